// A real OpenID provider for tok's tests: panva's oidc-provider on
// 127.0.0.1, a random port, printed on the first line of stdout. Exits when
// its stdin closes (the test that started it is done).
//
// Clients:
//   ci-runner    confidential, client credentials (discovery tests)
//   tok-device   public, device authorization grant + refresh tokens
//   tok-browser  public native app, authorization code + PKCE on a
//                loopback redirect (any port, RFC 8252 §7.3) + refresh
// Sign-in pages are oidc-provider's own development pages (any login and
// password), driven by signin.mjs or a browser. Refresh tokens rotate: a
// used one is refused (and the reuse revokes its grant).
import Provider from 'oidc-provider';
import http from 'node:http';

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;
const provider = new Provider(issuer, {
  clients: [
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
  },
  issueRefreshToken: async () => true,
  rotateRefreshToken: true,
  // the sign-in pages are plain HTTP on loopback
  cookies: { keys: ['tok-test-cookie-key'] },
});
provider.proxy = false;
provider.on('server_error', (ctx, err) => console.error('server_error', err));
server.on('request', provider.callback());
console.log(issuer);
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
