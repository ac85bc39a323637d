// A real OpenID provider for tok's tests: panva's oidc-provider on
// 127.0.0.1, a random port, printed on the first line of stdout. One
// confidential client with the client credentials grant. Exits when its
// stdin closes (the test that started it is done).
import Provider from 'oidc-provider';
import http from 'node:http';

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;
const provider = new Provider(issuer, {
  clients: [{
    client_id: 'ci-runner',
    client_secret: 'ci-runner-secret-0123456789',
    grant_types: ['client_credentials'],
    redirect_uris: [],
    response_types: [],
    scope: 'api.read',
  }],
  scopes: ['api.read'],
  features: {
    clientCredentials: { enabled: true },
    devInteractions: { enabled: false },
    revocation: { enabled: true },
    introspection: { enabled: true },
  },
});
provider.on('server_error', (ctx, err) => console.error('server_error', err));
server.on('request', provider.callback());
console.log(issuer);
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
