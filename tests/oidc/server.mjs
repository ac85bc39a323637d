// A real OpenID provider for tok's tests: panva's oidc-provider on
// 127.0.0.1, a random port, printed on the first line of stdout. Exits when
// its stdin closes (the test that started it is done).
//
// Clients:
//   ci-runner    confidential, client credentials (discovery tests)
//   tok-device   public, device authorization grant + refresh tokens
//   tok-browser  public native app, authorization code + PKCE on a
//                loopback redirect (any port, RFC 8252 §7.3) + refresh
//   pkjwt-rs256, pkjwt-es256, pkjwt-eddsa   private_key_jwt, client
//                credentials, with the public keys in $TOK_TEST_KEYS
//   csjwt        client_secret_jwt, client credentials
//   mtls         tls_client_auth (subject CN=tok-client), client credentials,
//                on a second, HTTPS listener that asks for a client
//                certificate ($TOK_TEST_KEYS/server.{crt,key}, ca.crt); its
//                URL is the second line of stdout
//   exchanger    client_secret_basic, the token-exchange (RFC 8693) and
//                jwt-bearer (RFC 7523) grants, registered here: a subject
//                token must be an ES256 JWT of the stand-in CI issuer (its
//                key by kid from the JWKS the test serves at
//                $TOK_TEST_CI_JWKS; iss https://ci.test, aud tok-test); an
//                assertion the same, or from the service account
//                sa@tok.test, with aud this token endpoint
// Sign-in pages are oidc-provider's own development pages (any login and
// password), driven by signin.mjs or a browser. Refresh tokens rotate: a
// used one is refused (and the reuse revokes its grant).
import Provider, { errors } from 'oidc-provider';
import http from 'node:http';
import https from 'node:https';
import fs from 'node:fs';
import crypto from 'node:crypto';

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;
// keys made by the test with openssl up front (generating them in node hung
// now and then on a 2-core machine)
const keys = process.env.TOK_TEST_KEYS;
const jwk = (file) => crypto.createPublicKey(fs.readFileSync(`${keys}/${file}`)).export({ format: 'jwk' });
const signed = keys
  ? [
      ['pkjwt-rs256', 'rsa.pub.pem', 'RS256'],
      ['pkjwt-es256', 'ec.pub.pem', 'ES256'],
      ['pkjwt-eddsa', 'ed.pub.pem', 'EdDSA'],
    ].map(([client_id, file, alg]) => ({
      client_id,
      token_endpoint_auth_method: 'private_key_jwt',
      token_endpoint_auth_signing_alg: alg,
      jwks: { keys: [{ ...jwk(file), kid: `${client_id}-key`, alg }] },
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
      scope: 'api.read',
    }))
  : [];
const provider = new Provider(issuer, {
  clients: [
    ...signed,
    {
      client_id: 'csjwt',
      client_secret: 'csjwt-secret-0123456789abcdef0123456789abcdef',
      token_endpoint_auth_method: 'client_secret_jwt',
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
      scope: 'api.read',
    },
    {
      client_id: 'exchanger',
      client_secret: 'exchanger-secret-0123456789',
      grant_types: [
        'urn:ietf:params:oauth:grant-type:token-exchange',
        'urn:ietf:params:oauth:grant-type:jwt-bearer',
      ],
      redirect_uris: [],
      response_types: [],
      scope: 'api.read',
    },
    {
      client_id: 'mtls',
      token_endpoint_auth_method: 'tls_client_auth',
      tls_client_auth_subject_dn: 'CN=tok-client',
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
      scope: 'api.read',
    },
    {
      client_id: 'ci-runner',
      client_secret: 'ci-runner-secret-0123456789',
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
      scope: 'api.read',
    },
    {
      client_id: 'tok-device',
      token_endpoint_auth_method: 'none',
      grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'],
      redirect_uris: [],
      response_types: [],
    },
    {
      client_id: 'tok-browser',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      redirect_uris: ['http://127.0.0.1/callback'],
      response_types: ['code'],
    },
  ],
  scopes: ['openid', 'offline_access', 'api.read'],
  features: {
    clientCredentials: { enabled: true },
    devInteractions: { enabled: true },
    deviceFlow: { enabled: true },
    revocation: { enabled: true },
    introspection: { enabled: true },
    mTLS: {
      enabled: true,
      tlsClientAuth: true,
      getCertificate: (ctx) => ctx.socket.getPeerX509Certificate?.()?.toString(),
      certificateAuthorized: (ctx) => ctx.socket.authorized === true,
      certificateSubjectMatches: (ctx, property, expected) =>
        property === 'tls_client_auth_subject_dn' &&
        ctx.socket.getPeerX509Certificate?.()?.subject === expected,
    },
  },
  clientAuthMethods: ['none', 'client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt', 'tls_client_auth'],
  issueRefreshToken: async () => true,
  rotateRefreshToken: true,
  // the sign-in pages are plain HTTP on loopback
  cookies: { keys: ['tok-test-cookie-key'] },
});
provider.proxy = false;

// a JWT of the stand-in CI issuer (or the service account), checked with
// node's own crypto: signature (ES256), iss, aud, exp
async function verified(jwt, audience, issuers) {
  const [h, p, s] = String(jwt || '').split('.');
  if (!s) throw new errors.InvalidGrant('not a JWT');
  const { kid } = JSON.parse(Buffer.from(h, 'base64url'));
  const jwks = await (await fetch(process.env.TOK_TEST_CI_JWKS)).json();
  const jwk = jwks.keys.find((k) => k.kid === kid);
  if (!jwk) throw new errors.InvalidGrant(`no key ${kid} in the issuer's JWKS`);
  const key = crypto.createPublicKey({ key: jwk, format: 'jwk' });
  const ok = crypto.verify('sha256', Buffer.from(`${h}.${p}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(s, 'base64url'));
  if (!ok) throw new errors.InvalidGrant('signature (kid) does not match the issuer key');
  const claims = JSON.parse(Buffer.from(p, 'base64url'));
  if (!issuers.includes(claims.iss)) throw new errors.InvalidGrant(`unknown iss ${claims.iss}`);
  const auds = [].concat(claims.aud);
  if (!auds.includes(audience)) throw new errors.InvalidGrant(`aud mismatch: expected ${audience}`);
  if (!(claims.exp > Date.now() / 1000)) throw new errors.InvalidGrant('the token has expired');
  return claims;
}

async function issue(ctx, extra) {
  const at = new ctx.oidc.provider.ClientCredentials({ client: ctx.oidc.client, scope: 'api.read' });
  const value = await at.save();
  ctx.body = { access_token: value, token_type: 'Bearer', expires_in: at.expiration, ...extra };
}

if (keys) {
  provider.registerGrantType(
    'urn:ietf:params:oauth:grant-type:token-exchange',
    async (ctx) => {
      const { subject_token: token, subject_token_type: type } = ctx.oidc.params;
      if (type !== 'urn:ietf:params:oauth:token-type:jwt') throw new errors.InvalidRequest(`unsupported subject_token_type ${type}`);
      await verified(token, 'tok-test', ['https://ci.test']);
      await issue(ctx, { issued_token_type: 'urn:ietf:params:oauth:token-type:access_token' });

    },
    new Set(['subject_token', 'subject_token_type', 'actor_token', 'actor_token_type', 'audience', 'resource', 'requested_token_type', 'scope']),
  );
  provider.registerGrantType(
    'urn:ietf:params:oauth:grant-type:jwt-bearer',
    async (ctx) => {
      await verified(ctx.oidc.params.assertion, `${issuer}/token`, ['https://ci.test', 'sa@tok.test']);
      await issue(ctx, {});

    },
    new Set(['assertion', 'scope']),
  );
}
provider.on('server_error', (ctx, err) => console.error('server_error', err));
server.on('request', provider.callback());
console.log(issuer);
if (keys && fs.existsSync(`${keys}/server.crt`)) {
  const tls = https.createServer({
    key: fs.readFileSync(`${keys}/server.key`),
    cert: fs.readFileSync(`${keys}/server.crt`),
    ca: fs.readFileSync(`${keys}/ca.crt`),
    requestCert: true,
    rejectUnauthorized: false,
  });
  await new Promise((resolve) => tls.listen(0, '127.0.0.1', resolve));
  tls.on('request', provider.callback());
  console.log(`https://127.0.0.1:${tls.address().port}`);
}
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
