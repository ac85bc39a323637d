
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'tok' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'tok'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'tok' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Fetch (or reuse from the cache) a token and print it')
            [CompletionResult]::new('curl', 'curl', [CompletionResultType]::ParameterValue, 'Run curl with the token: the header never appears in argv or environment')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with the token in its environment (TOK_ACCESS_TOKEN, …)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in as a person (device code / browser grants), or store a provider''s credentials in the OS keyring')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Delete a provider''s keyring entry and cached tokens (--revoke: revoke the refresh token at the server first)')
            [CompletionResult]::new('cache', 'cache', [CompletionResultType]::ParameterValue, 'List or clear cached tokens')
            [CompletionResult]::new('accounts', 'accounts', [CompletionResultType]::ParameterValue, 'List the accounts of the config file (never a secret)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Decode a JWT locally (no verification, no network)')
            [CompletionResult]::new('git-credential', 'git-credential', [CompletionResultType]::ParameterValue, 'Answer git''s credential-helper protocol (get/store/erase) with a token: `git config credential.https://HOST.helper ''!tok git-credential NAME''`')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Keep a token file fresh for a long job (atomic 0600 file, renewed before expiry) until signalled or --pid exits')
            [CompletionResult]::new('install-helpers', 'install-helpers', [CompletionResultType]::ParameterValue, 'Create the docker-credential-tok and git-credential-tok links to tok')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tok;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('elfsquad', 'elfsquad', [CompletionResultType]::ParameterValue, 'Elfsquad: OpenID client credentials (or --legacy Connect login)')
            [CompletionResult]::new('authapi', 'authapi', [CompletionResultType]::ParameterValue, 'Auth API: username/password, rotating refresh tokens (--base-url required)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Envoy: password grant with Basic client auth, or --api-key')
            [CompletionResult]::new('crayon', 'crayon', [CompletionResultType]::ParameterValue, 'Crayon: password grant with Basic client auth (PascalCase answer)')
            [CompletionResult]::new('oauth2', 'oauth2', [CompletionResultType]::ParameterValue, 'Any RFC 6749 token endpoint (--token-url required)')
            break
        }
        'tok;get;elfsquad' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OpenID client id (with --legacy: the Connect application id)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret [also: TOK_ELFSQUAD_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OpenID token endpoint [default: https://login.elfsquad.io/oauth2/token]')
            [CompletionResult]::new('--legacy-url', '--legacy-url', [CompletionResultType]::ParameterName, 'Connect login endpoint, used with --legacy [default: https://api.elfsquad.io/api/2/auth/elfskotconnectlogin]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (not used with --legacy)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--legacy', '--legacy', [CompletionResultType]::ParameterName, 'Use the legacy Elfsquad Connect login (JSON body, expiresIn in milliseconds)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;get;authapi' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password [also: TOK_AUTHAPI_PASSWORD_FILE]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the Auth API, e.g. https://auth.example.com (no default)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--staging', '--staging', [CompletionResultType]::ParameterName, 'Use the staging host: -stg appended to the first host label')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;get;envoy' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id of the integration (Dev Dashboard)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret of the integration [also: TOK_ENVOY_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Email of the API user')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password of the API user [also: TOK_ENVOY_PASSWORD_FILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Client API key: no token exchange, header X-Api-Key (other credentials not needed) [also: TOK_ENVOY_API_KEY_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scopes, comma separated')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;get;crayon' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id (registered in Crayon Cloud-iQ)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret [also: TOK_CRAYON_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username of the API user')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password of the API user [also: TOK_CRAYON_PASSWORD_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;get;oauth2' {
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint (or --issuer)')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Issuer URL: the token endpoint is found by OIDC discovery (RFC 8414 as fallback)')
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'Grant type (device_code and authorization_code: a person signs in)')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the client authenticates: secret in Basic or body, a signed assertion (client_secret_jwt, private_key_jwt), a TLS client certificate, or none')
            [CompletionResult]::new('--client-assertion-key', '--client-assertion-key', [CompletionResultType]::ParameterName, 'PEM private key file that signs the client assertion (private_key_jwt)')
            [CompletionResult]::new('--client-assertion-alg', '--client-assertion-alg', [CompletionResultType]::ParameterName, 'JOSE algorithm of the client assertion [default: from the key: RS256, ES256, ES384, EdDSA]')
            [CompletionResult]::new('--client-assertion-kid', '--client-assertion-kid', [CompletionResultType]::ParameterName, 'kid in the client assertion''s header')
            [CompletionResult]::new('--client-assertion-aud', '--client-assertion-aud', [CompletionResultType]::ParameterName, 'aud of the client assertion [default: the token endpoint URL]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS (tls_client_auth, or with any method)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret (omit for a public client) [also: TOK_OAUTH2_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username (password grant)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password (password grant) [also: TOK_OAUTH2_PASSWORD_FILE]')
            [CompletionResult]::new('--refresh-token', '--refresh-token', [CompletionResultType]::ParameterName, 'Refresh token (refresh_token grant) [also: TOK_OAUTH2_REFRESH_TOKEN_FILE]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (space separated)')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'Audience parameter (repeatable for token-exchange)')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource indicator, RFC 8707 (repeatable)')
            [CompletionResult]::new('--assertion', '--assertion', [CompletionResultType]::ParameterName, 'JWT assertion for the jwt-bearer grant (or --assertion-file, --assertion-from, --assertion-key) [also: TOK_OAUTH2_ASSERTION_FILE]')
            [CompletionResult]::new('--assertion-file', '--assertion-file', [CompletionResultType]::ParameterName, 'File holding the jwt-bearer assertion')
            [CompletionResult]::new('--assertion-from', '--assertion-from', [CompletionResultType]::ParameterName, 'Where the assertion comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME')
            [CompletionResult]::new('--assertion-key', '--assertion-key', [CompletionResultType]::ParameterName, 'PEM private key with which tok signs the jwt-bearer assertion itself')
            [CompletionResult]::new('--assertion-key-pem', '--assertion-key-pem', [CompletionResultType]::ParameterName, 'The assertion key as PEM text (from the environment; a --key-file fills it) [also: TOK_OAUTH2_ASSERTION_KEY_PEM_FILE]')
            [CompletionResult]::new('--assertion-iss', '--assertion-iss', [CompletionResultType]::ParameterName, 'iss of a signed assertion [default: the client id]')
            [CompletionResult]::new('--assertion-sub', '--assertion-sub', [CompletionResultType]::ParameterName, 'sub of a signed assertion [default: the client id]')
            [CompletionResult]::new('--assertion-aud', '--assertion-aud', [CompletionResultType]::ParameterName, 'aud of a signed assertion [default: the token endpoint]')
            [CompletionResult]::new('--assertion-alg', '--assertion-alg', [CompletionResultType]::ParameterName, 'JOSE algorithm of a signed assertion [default: from the key]')
            [CompletionResult]::new('--assertion-kid', '--assertion-kid', [CompletionResultType]::ParameterName, 'kid in a signed assertion''s header')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Service account key (JSON: client_email, private_key, private_key_id, token_uri): fills the assertion and the token endpoint')
            [CompletionResult]::new('--subject-token', '--subject-token', [CompletionResultType]::ParameterName, 'Subject token for token-exchange (or --subject-token-file, --subject-token-from) [also: TOK_OAUTH2_SUBJECT_TOKEN_FILE]')
            [CompletionResult]::new('--subject-token-file', '--subject-token-file', [CompletionResultType]::ParameterName, 'File holding the subject token')
            [CompletionResult]::new('--subject-token-from', '--subject-token-from', [CompletionResultType]::ParameterName, 'Where the subject token comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME')
            [CompletionResult]::new('--subject-token-type', '--subject-token-type', [CompletionResultType]::ParameterName, 'Type of the subject token (RFC 8693)')
            [CompletionResult]::new('--actor-token', '--actor-token', [CompletionResultType]::ParameterName, 'Actor token for token-exchange (or --actor-token-file) [also: TOK_OAUTH2_ACTOR_TOKEN_FILE]')
            [CompletionResult]::new('--actor-token-file', '--actor-token-file', [CompletionResultType]::ParameterName, 'File holding the actor token')
            [CompletionResult]::new('--actor-token-type', '--actor-token-type', [CompletionResultType]::ParameterName, 'Type of the actor token (RFC 8693)')
            [CompletionResult]::new('--requested-token-type', '--requested-token-type', [CompletionResultType]::ParameterName, 'The type of token to ask for (RFC 8693)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Extra body parameter, repeatable (not treated as a secret)')
            [CompletionResult]::new('--device-url', '--device-url', [CompletionResultType]::ParameterName, 'Device authorization endpoint (device_code; else from --issuer discovery)')
            [CompletionResult]::new('--authorization-url', '--authorization-url', [CompletionResultType]::ParameterName, 'Authorization endpoint (authorization_code; else from --issuer discovery)')
            [CompletionResult]::new('--revocation-url', '--revocation-url', [CompletionResultType]::ParameterName, 'Revocation endpoint for `tok logout --revoke` (else from --issuer discovery)')
            [CompletionResult]::new('--redirect-port', '--redirect-port', [CompletionResultType]::ParameterName, 'Port of the loopback redirect (authorization_code) [default: a free one]')
            [CompletionResult]::new('--login-timeout', '--login-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a person to sign in')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the sign-in URL instead of opening a browser')
            [CompletionResult]::new('--manual', '--manual', [CompletionResultType]::ParameterName, 'Over SSH: print the sign-in URL, then paste the URL the browser was sent back to')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;curl' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('--no-retry', '--no-retry', [CompletionResultType]::ParameterName, 'Do not obtain a new token and re-send after a 401')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('elfsquad', 'elfsquad', [CompletionResultType]::ParameterValue, 'Elfsquad: OpenID client credentials (or --legacy Connect login)')
            [CompletionResult]::new('authapi', 'authapi', [CompletionResultType]::ParameterValue, 'Auth API: username/password, rotating refresh tokens (--base-url required)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Envoy: password grant with Basic client auth, or --api-key')
            [CompletionResult]::new('crayon', 'crayon', [CompletionResultType]::ParameterValue, 'Crayon: password grant with Basic client auth (PascalCase answer)')
            [CompletionResult]::new('oauth2', 'oauth2', [CompletionResultType]::ParameterValue, 'Any RFC 6749 token endpoint (--token-url required)')
            break
        }
        'tok;curl;elfsquad' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OpenID client id (with --legacy: the Connect application id)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret [also: TOK_ELFSQUAD_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OpenID token endpoint [default: https://login.elfsquad.io/oauth2/token]')
            [CompletionResult]::new('--legacy-url', '--legacy-url', [CompletionResultType]::ParameterName, 'Connect login endpoint, used with --legacy [default: https://api.elfsquad.io/api/2/auth/elfskotconnectlogin]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (not used with --legacy)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--legacy', '--legacy', [CompletionResultType]::ParameterName, 'Use the legacy Elfsquad Connect login (JSON body, expiresIn in milliseconds)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('--no-retry', '--no-retry', [CompletionResultType]::ParameterName, 'Do not obtain a new token and re-send after a 401')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;curl;authapi' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password [also: TOK_AUTHAPI_PASSWORD_FILE]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the Auth API, e.g. https://auth.example.com (no default)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--staging', '--staging', [CompletionResultType]::ParameterName, 'Use the staging host: -stg appended to the first host label')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('--no-retry', '--no-retry', [CompletionResultType]::ParameterName, 'Do not obtain a new token and re-send after a 401')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;curl;envoy' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id of the integration (Dev Dashboard)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret of the integration [also: TOK_ENVOY_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Email of the API user')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password of the API user [also: TOK_ENVOY_PASSWORD_FILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Client API key: no token exchange, header X-Api-Key (other credentials not needed) [also: TOK_ENVOY_API_KEY_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scopes, comma separated')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('--no-retry', '--no-retry', [CompletionResultType]::ParameterName, 'Do not obtain a new token and re-send after a 401')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;curl;crayon' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id (registered in Crayon Cloud-iQ)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret [also: TOK_CRAYON_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username of the API user')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password of the API user [also: TOK_CRAYON_PASSWORD_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('--no-retry', '--no-retry', [CompletionResultType]::ParameterName, 'Do not obtain a new token and re-send after a 401')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;curl;oauth2' {
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint (or --issuer)')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Issuer URL: the token endpoint is found by OIDC discovery (RFC 8414 as fallback)')
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'Grant type (device_code and authorization_code: a person signs in)')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the client authenticates: secret in Basic or body, a signed assertion (client_secret_jwt, private_key_jwt), a TLS client certificate, or none')
            [CompletionResult]::new('--client-assertion-key', '--client-assertion-key', [CompletionResultType]::ParameterName, 'PEM private key file that signs the client assertion (private_key_jwt)')
            [CompletionResult]::new('--client-assertion-alg', '--client-assertion-alg', [CompletionResultType]::ParameterName, 'JOSE algorithm of the client assertion [default: from the key: RS256, ES256, ES384, EdDSA]')
            [CompletionResult]::new('--client-assertion-kid', '--client-assertion-kid', [CompletionResultType]::ParameterName, 'kid in the client assertion''s header')
            [CompletionResult]::new('--client-assertion-aud', '--client-assertion-aud', [CompletionResultType]::ParameterName, 'aud of the client assertion [default: the token endpoint URL]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS (tls_client_auth, or with any method)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret (omit for a public client) [also: TOK_OAUTH2_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username (password grant)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password (password grant) [also: TOK_OAUTH2_PASSWORD_FILE]')
            [CompletionResult]::new('--refresh-token', '--refresh-token', [CompletionResultType]::ParameterName, 'Refresh token (refresh_token grant) [also: TOK_OAUTH2_REFRESH_TOKEN_FILE]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (space separated)')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'Audience parameter (repeatable for token-exchange)')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource indicator, RFC 8707 (repeatable)')
            [CompletionResult]::new('--assertion', '--assertion', [CompletionResultType]::ParameterName, 'JWT assertion for the jwt-bearer grant (or --assertion-file, --assertion-from, --assertion-key) [also: TOK_OAUTH2_ASSERTION_FILE]')
            [CompletionResult]::new('--assertion-file', '--assertion-file', [CompletionResultType]::ParameterName, 'File holding the jwt-bearer assertion')
            [CompletionResult]::new('--assertion-from', '--assertion-from', [CompletionResultType]::ParameterName, 'Where the assertion comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME')
            [CompletionResult]::new('--assertion-key', '--assertion-key', [CompletionResultType]::ParameterName, 'PEM private key with which tok signs the jwt-bearer assertion itself')
            [CompletionResult]::new('--assertion-key-pem', '--assertion-key-pem', [CompletionResultType]::ParameterName, 'The assertion key as PEM text (from the environment; a --key-file fills it) [also: TOK_OAUTH2_ASSERTION_KEY_PEM_FILE]')
            [CompletionResult]::new('--assertion-iss', '--assertion-iss', [CompletionResultType]::ParameterName, 'iss of a signed assertion [default: the client id]')
            [CompletionResult]::new('--assertion-sub', '--assertion-sub', [CompletionResultType]::ParameterName, 'sub of a signed assertion [default: the client id]')
            [CompletionResult]::new('--assertion-aud', '--assertion-aud', [CompletionResultType]::ParameterName, 'aud of a signed assertion [default: the token endpoint]')
            [CompletionResult]::new('--assertion-alg', '--assertion-alg', [CompletionResultType]::ParameterName, 'JOSE algorithm of a signed assertion [default: from the key]')
            [CompletionResult]::new('--assertion-kid', '--assertion-kid', [CompletionResultType]::ParameterName, 'kid in a signed assertion''s header')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Service account key (JSON: client_email, private_key, private_key_id, token_uri): fills the assertion and the token endpoint')
            [CompletionResult]::new('--subject-token', '--subject-token', [CompletionResultType]::ParameterName, 'Subject token for token-exchange (or --subject-token-file, --subject-token-from) [also: TOK_OAUTH2_SUBJECT_TOKEN_FILE]')
            [CompletionResult]::new('--subject-token-file', '--subject-token-file', [CompletionResultType]::ParameterName, 'File holding the subject token')
            [CompletionResult]::new('--subject-token-from', '--subject-token-from', [CompletionResultType]::ParameterName, 'Where the subject token comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME')
            [CompletionResult]::new('--subject-token-type', '--subject-token-type', [CompletionResultType]::ParameterName, 'Type of the subject token (RFC 8693)')
            [CompletionResult]::new('--actor-token', '--actor-token', [CompletionResultType]::ParameterName, 'Actor token for token-exchange (or --actor-token-file) [also: TOK_OAUTH2_ACTOR_TOKEN_FILE]')
            [CompletionResult]::new('--actor-token-file', '--actor-token-file', [CompletionResultType]::ParameterName, 'File holding the actor token')
            [CompletionResult]::new('--actor-token-type', '--actor-token-type', [CompletionResultType]::ParameterName, 'Type of the actor token (RFC 8693)')
            [CompletionResult]::new('--requested-token-type', '--requested-token-type', [CompletionResultType]::ParameterName, 'The type of token to ask for (RFC 8693)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Extra body parameter, repeatable (not treated as a secret)')
            [CompletionResult]::new('--device-url', '--device-url', [CompletionResultType]::ParameterName, 'Device authorization endpoint (device_code; else from --issuer discovery)')
            [CompletionResult]::new('--authorization-url', '--authorization-url', [CompletionResultType]::ParameterName, 'Authorization endpoint (authorization_code; else from --issuer discovery)')
            [CompletionResult]::new('--revocation-url', '--revocation-url', [CompletionResultType]::ParameterName, 'Revocation endpoint for `tok logout --revoke` (else from --issuer discovery)')
            [CompletionResult]::new('--redirect-port', '--redirect-port', [CompletionResultType]::ParameterName, 'Port of the loopback redirect (authorization_code) [default: a free one]')
            [CompletionResult]::new('--login-timeout', '--login-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a person to sign in')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the sign-in URL instead of opening a browser')
            [CompletionResult]::new('--manual', '--manual', [CompletionResultType]::ParameterName, 'Over SSH: print the sign-in URL, then paste the URL the browser was sent back to')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('--no-retry', '--no-retry', [CompletionResultType]::ParameterName, 'Do not obtain a new token and re-send after a 401')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;exec' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Put the token in this variable instead of TOK_ACCESS_TOKEN')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('--keep-fresh', '--keep-fresh', [CompletionResultType]::ParameterName, 'Stay beside the command and keep a token file fresh for its whole life, named in TOK_TOKEN_FILE and BEARER_TOKEN_FILE (removed when it exits)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('elfsquad', 'elfsquad', [CompletionResultType]::ParameterValue, 'Elfsquad: OpenID client credentials (or --legacy Connect login)')
            [CompletionResult]::new('authapi', 'authapi', [CompletionResultType]::ParameterValue, 'Auth API: username/password, rotating refresh tokens (--base-url required)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Envoy: password grant with Basic client auth, or --api-key')
            [CompletionResult]::new('crayon', 'crayon', [CompletionResultType]::ParameterValue, 'Crayon: password grant with Basic client auth (PascalCase answer)')
            [CompletionResult]::new('oauth2', 'oauth2', [CompletionResultType]::ParameterValue, 'Any RFC 6749 token endpoint (--token-url required)')
            break
        }
        'tok;exec;elfsquad' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OpenID client id (with --legacy: the Connect application id)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret [also: TOK_ELFSQUAD_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OpenID token endpoint [default: https://login.elfsquad.io/oauth2/token]')
            [CompletionResult]::new('--legacy-url', '--legacy-url', [CompletionResultType]::ParameterName, 'Connect login endpoint, used with --legacy [default: https://api.elfsquad.io/api/2/auth/elfskotconnectlogin]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (not used with --legacy)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Put the token in this variable instead of TOK_ACCESS_TOKEN')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--legacy', '--legacy', [CompletionResultType]::ParameterName, 'Use the legacy Elfsquad Connect login (JSON body, expiresIn in milliseconds)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('--keep-fresh', '--keep-fresh', [CompletionResultType]::ParameterName, 'Stay beside the command and keep a token file fresh for its whole life, named in TOK_TOKEN_FILE and BEARER_TOKEN_FILE (removed when it exits)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;exec;authapi' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password [also: TOK_AUTHAPI_PASSWORD_FILE]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the Auth API, e.g. https://auth.example.com (no default)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Put the token in this variable instead of TOK_ACCESS_TOKEN')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--staging', '--staging', [CompletionResultType]::ParameterName, 'Use the staging host: -stg appended to the first host label')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('--keep-fresh', '--keep-fresh', [CompletionResultType]::ParameterName, 'Stay beside the command and keep a token file fresh for its whole life, named in TOK_TOKEN_FILE and BEARER_TOKEN_FILE (removed when it exits)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;exec;envoy' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id of the integration (Dev Dashboard)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret of the integration [also: TOK_ENVOY_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Email of the API user')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password of the API user [also: TOK_ENVOY_PASSWORD_FILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Client API key: no token exchange, header X-Api-Key (other credentials not needed) [also: TOK_ENVOY_API_KEY_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scopes, comma separated')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Put the token in this variable instead of TOK_ACCESS_TOKEN')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('--keep-fresh', '--keep-fresh', [CompletionResultType]::ParameterName, 'Stay beside the command and keep a token file fresh for its whole life, named in TOK_TOKEN_FILE and BEARER_TOKEN_FILE (removed when it exits)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;exec;crayon' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id (registered in Crayon Cloud-iQ)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret [also: TOK_CRAYON_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username of the API user')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password of the API user [also: TOK_CRAYON_PASSWORD_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Put the token in this variable instead of TOK_ACCESS_TOKEN')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('--keep-fresh', '--keep-fresh', [CompletionResultType]::ParameterName, 'Stay beside the command and keep a token file fresh for its whole life, named in TOK_TOKEN_FILE and BEARER_TOKEN_FILE (removed when it exits)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;exec;oauth2' {
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint (or --issuer)')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Issuer URL: the token endpoint is found by OIDC discovery (RFC 8414 as fallback)')
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'Grant type (device_code and authorization_code: a person signs in)')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the client authenticates: secret in Basic or body, a signed assertion (client_secret_jwt, private_key_jwt), a TLS client certificate, or none')
            [CompletionResult]::new('--client-assertion-key', '--client-assertion-key', [CompletionResultType]::ParameterName, 'PEM private key file that signs the client assertion (private_key_jwt)')
            [CompletionResult]::new('--client-assertion-alg', '--client-assertion-alg', [CompletionResultType]::ParameterName, 'JOSE algorithm of the client assertion [default: from the key: RS256, ES256, ES384, EdDSA]')
            [CompletionResult]::new('--client-assertion-kid', '--client-assertion-kid', [CompletionResultType]::ParameterName, 'kid in the client assertion''s header')
            [CompletionResult]::new('--client-assertion-aud', '--client-assertion-aud', [CompletionResultType]::ParameterName, 'aud of the client assertion [default: the token endpoint URL]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS (tls_client_auth, or with any method)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret (omit for a public client) [also: TOK_OAUTH2_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username (password grant)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password (password grant) [also: TOK_OAUTH2_PASSWORD_FILE]')
            [CompletionResult]::new('--refresh-token', '--refresh-token', [CompletionResultType]::ParameterName, 'Refresh token (refresh_token grant) [also: TOK_OAUTH2_REFRESH_TOKEN_FILE]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (space separated)')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'Audience parameter (repeatable for token-exchange)')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource indicator, RFC 8707 (repeatable)')
            [CompletionResult]::new('--assertion', '--assertion', [CompletionResultType]::ParameterName, 'JWT assertion for the jwt-bearer grant (or --assertion-file, --assertion-from, --assertion-key) [also: TOK_OAUTH2_ASSERTION_FILE]')
            [CompletionResult]::new('--assertion-file', '--assertion-file', [CompletionResultType]::ParameterName, 'File holding the jwt-bearer assertion')
            [CompletionResult]::new('--assertion-from', '--assertion-from', [CompletionResultType]::ParameterName, 'Where the assertion comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME')
            [CompletionResult]::new('--assertion-key', '--assertion-key', [CompletionResultType]::ParameterName, 'PEM private key with which tok signs the jwt-bearer assertion itself')
            [CompletionResult]::new('--assertion-key-pem', '--assertion-key-pem', [CompletionResultType]::ParameterName, 'The assertion key as PEM text (from the environment; a --key-file fills it) [also: TOK_OAUTH2_ASSERTION_KEY_PEM_FILE]')
            [CompletionResult]::new('--assertion-iss', '--assertion-iss', [CompletionResultType]::ParameterName, 'iss of a signed assertion [default: the client id]')
            [CompletionResult]::new('--assertion-sub', '--assertion-sub', [CompletionResultType]::ParameterName, 'sub of a signed assertion [default: the client id]')
            [CompletionResult]::new('--assertion-aud', '--assertion-aud', [CompletionResultType]::ParameterName, 'aud of a signed assertion [default: the token endpoint]')
            [CompletionResult]::new('--assertion-alg', '--assertion-alg', [CompletionResultType]::ParameterName, 'JOSE algorithm of a signed assertion [default: from the key]')
            [CompletionResult]::new('--assertion-kid', '--assertion-kid', [CompletionResultType]::ParameterName, 'kid in a signed assertion''s header')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Service account key (JSON: client_email, private_key, private_key_id, token_uri): fills the assertion and the token endpoint')
            [CompletionResult]::new('--subject-token', '--subject-token', [CompletionResultType]::ParameterName, 'Subject token for token-exchange (or --subject-token-file, --subject-token-from) [also: TOK_OAUTH2_SUBJECT_TOKEN_FILE]')
            [CompletionResult]::new('--subject-token-file', '--subject-token-file', [CompletionResultType]::ParameterName, 'File holding the subject token')
            [CompletionResult]::new('--subject-token-from', '--subject-token-from', [CompletionResultType]::ParameterName, 'Where the subject token comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME')
            [CompletionResult]::new('--subject-token-type', '--subject-token-type', [CompletionResultType]::ParameterName, 'Type of the subject token (RFC 8693)')
            [CompletionResult]::new('--actor-token', '--actor-token', [CompletionResultType]::ParameterName, 'Actor token for token-exchange (or --actor-token-file) [also: TOK_OAUTH2_ACTOR_TOKEN_FILE]')
            [CompletionResult]::new('--actor-token-file', '--actor-token-file', [CompletionResultType]::ParameterName, 'File holding the actor token')
            [CompletionResult]::new('--actor-token-type', '--actor-token-type', [CompletionResultType]::ParameterName, 'Type of the actor token (RFC 8693)')
            [CompletionResult]::new('--requested-token-type', '--requested-token-type', [CompletionResultType]::ParameterName, 'The type of token to ask for (RFC 8693)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Extra body parameter, repeatable (not treated as a secret)')
            [CompletionResult]::new('--device-url', '--device-url', [CompletionResultType]::ParameterName, 'Device authorization endpoint (device_code; else from --issuer discovery)')
            [CompletionResult]::new('--authorization-url', '--authorization-url', [CompletionResultType]::ParameterName, 'Authorization endpoint (authorization_code; else from --issuer discovery)')
            [CompletionResult]::new('--revocation-url', '--revocation-url', [CompletionResultType]::ParameterName, 'Revocation endpoint for `tok logout --revoke` (else from --issuer discovery)')
            [CompletionResult]::new('--redirect-port', '--redirect-port', [CompletionResultType]::ParameterName, 'Port of the loopback redirect (authorization_code) [default: a free one]')
            [CompletionResult]::new('--login-timeout', '--login-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a person to sign in')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Put the token in this variable instead of TOK_ACCESS_TOKEN')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the sign-in URL instead of opening a browser')
            [CompletionResult]::new('--manual', '--manual', [CompletionResultType]::ParameterName, 'Over SSH: print the sign-in URL, then paste the URL the browser was sent back to')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('--keep-fresh', '--keep-fresh', [CompletionResultType]::ParameterName, 'Stay beside the command and keep a token file fresh for its whole life, named in TOK_TOKEN_FILE and BEARER_TOKEN_FILE (removed when it exits)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;login' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each request to the server')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('elfsquad', 'elfsquad', [CompletionResultType]::ParameterValue, 'Elfsquad: OpenID client credentials (or --legacy Connect login)')
            [CompletionResult]::new('authapi', 'authapi', [CompletionResultType]::ParameterValue, 'Auth API: username/password, rotating refresh tokens (--base-url required)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Envoy: password grant with Basic client auth, or --api-key')
            [CompletionResult]::new('crayon', 'crayon', [CompletionResultType]::ParameterValue, 'Crayon: password grant with Basic client auth (PascalCase answer)')
            [CompletionResult]::new('oauth2', 'oauth2', [CompletionResultType]::ParameterValue, 'Any RFC 6749 token endpoint (--token-url required)')
            break
        }
        'tok;login;elfsquad' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OpenID client id (with --legacy: the Connect application id)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret [also: TOK_ELFSQUAD_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OpenID token endpoint [default: https://login.elfsquad.io/oauth2/token]')
            [CompletionResult]::new('--legacy-url', '--legacy-url', [CompletionResultType]::ParameterName, 'Connect login endpoint, used with --legacy [default: https://api.elfsquad.io/api/2/auth/elfskotconnectlogin]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (not used with --legacy)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each request to the server')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--legacy', '--legacy', [CompletionResultType]::ParameterName, 'Use the legacy Elfsquad Connect login (JSON body, expiresIn in milliseconds)')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;login;authapi' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password [also: TOK_AUTHAPI_PASSWORD_FILE]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the Auth API, e.g. https://auth.example.com (no default)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each request to the server')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--staging', '--staging', [CompletionResultType]::ParameterName, 'Use the staging host: -stg appended to the first host label')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;login;envoy' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id of the integration (Dev Dashboard)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret of the integration [also: TOK_ENVOY_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Email of the API user')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password of the API user [also: TOK_ENVOY_PASSWORD_FILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Client API key: no token exchange, header X-Api-Key (other credentials not needed) [also: TOK_ENVOY_API_KEY_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scopes, comma separated')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each request to the server')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;login;crayon' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id (registered in Crayon Cloud-iQ)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret [also: TOK_CRAYON_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username of the API user')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password of the API user [also: TOK_CRAYON_PASSWORD_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each request to the server')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;login;oauth2' {
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint (or --issuer)')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Issuer URL: the token endpoint is found by OIDC discovery (RFC 8414 as fallback)')
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'Grant type (device_code and authorization_code: a person signs in)')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the client authenticates: secret in Basic or body, a signed assertion (client_secret_jwt, private_key_jwt), a TLS client certificate, or none')
            [CompletionResult]::new('--client-assertion-key', '--client-assertion-key', [CompletionResultType]::ParameterName, 'PEM private key file that signs the client assertion (private_key_jwt)')
            [CompletionResult]::new('--client-assertion-alg', '--client-assertion-alg', [CompletionResultType]::ParameterName, 'JOSE algorithm of the client assertion [default: from the key: RS256, ES256, ES384, EdDSA]')
            [CompletionResult]::new('--client-assertion-kid', '--client-assertion-kid', [CompletionResultType]::ParameterName, 'kid in the client assertion''s header')
            [CompletionResult]::new('--client-assertion-aud', '--client-assertion-aud', [CompletionResultType]::ParameterName, 'aud of the client assertion [default: the token endpoint URL]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS (tls_client_auth, or with any method)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret (omit for a public client) [also: TOK_OAUTH2_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username (password grant)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password (password grant) [also: TOK_OAUTH2_PASSWORD_FILE]')
            [CompletionResult]::new('--refresh-token', '--refresh-token', [CompletionResultType]::ParameterName, 'Refresh token (refresh_token grant) [also: TOK_OAUTH2_REFRESH_TOKEN_FILE]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (space separated)')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'Audience parameter (repeatable for token-exchange)')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource indicator, RFC 8707 (repeatable)')
            [CompletionResult]::new('--assertion', '--assertion', [CompletionResultType]::ParameterName, 'JWT assertion for the jwt-bearer grant (or --assertion-file, --assertion-from, --assertion-key) [also: TOK_OAUTH2_ASSERTION_FILE]')
            [CompletionResult]::new('--assertion-file', '--assertion-file', [CompletionResultType]::ParameterName, 'File holding the jwt-bearer assertion')
            [CompletionResult]::new('--assertion-from', '--assertion-from', [CompletionResultType]::ParameterName, 'Where the assertion comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME')
            [CompletionResult]::new('--assertion-key', '--assertion-key', [CompletionResultType]::ParameterName, 'PEM private key with which tok signs the jwt-bearer assertion itself')
            [CompletionResult]::new('--assertion-key-pem', '--assertion-key-pem', [CompletionResultType]::ParameterName, 'The assertion key as PEM text (from the environment; a --key-file fills it) [also: TOK_OAUTH2_ASSERTION_KEY_PEM_FILE]')
            [CompletionResult]::new('--assertion-iss', '--assertion-iss', [CompletionResultType]::ParameterName, 'iss of a signed assertion [default: the client id]')
            [CompletionResult]::new('--assertion-sub', '--assertion-sub', [CompletionResultType]::ParameterName, 'sub of a signed assertion [default: the client id]')
            [CompletionResult]::new('--assertion-aud', '--assertion-aud', [CompletionResultType]::ParameterName, 'aud of a signed assertion [default: the token endpoint]')
            [CompletionResult]::new('--assertion-alg', '--assertion-alg', [CompletionResultType]::ParameterName, 'JOSE algorithm of a signed assertion [default: from the key]')
            [CompletionResult]::new('--assertion-kid', '--assertion-kid', [CompletionResultType]::ParameterName, 'kid in a signed assertion''s header')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Service account key (JSON: client_email, private_key, private_key_id, token_uri): fills the assertion and the token endpoint')
            [CompletionResult]::new('--subject-token', '--subject-token', [CompletionResultType]::ParameterName, 'Subject token for token-exchange (or --subject-token-file, --subject-token-from) [also: TOK_OAUTH2_SUBJECT_TOKEN_FILE]')
            [CompletionResult]::new('--subject-token-file', '--subject-token-file', [CompletionResultType]::ParameterName, 'File holding the subject token')
            [CompletionResult]::new('--subject-token-from', '--subject-token-from', [CompletionResultType]::ParameterName, 'Where the subject token comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME')
            [CompletionResult]::new('--subject-token-type', '--subject-token-type', [CompletionResultType]::ParameterName, 'Type of the subject token (RFC 8693)')
            [CompletionResult]::new('--actor-token', '--actor-token', [CompletionResultType]::ParameterName, 'Actor token for token-exchange (or --actor-token-file) [also: TOK_OAUTH2_ACTOR_TOKEN_FILE]')
            [CompletionResult]::new('--actor-token-file', '--actor-token-file', [CompletionResultType]::ParameterName, 'File holding the actor token')
            [CompletionResult]::new('--actor-token-type', '--actor-token-type', [CompletionResultType]::ParameterName, 'Type of the actor token (RFC 8693)')
            [CompletionResult]::new('--requested-token-type', '--requested-token-type', [CompletionResultType]::ParameterName, 'The type of token to ask for (RFC 8693)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Extra body parameter, repeatable (not treated as a secret)')
            [CompletionResult]::new('--device-url', '--device-url', [CompletionResultType]::ParameterName, 'Device authorization endpoint (device_code; else from --issuer discovery)')
            [CompletionResult]::new('--authorization-url', '--authorization-url', [CompletionResultType]::ParameterName, 'Authorization endpoint (authorization_code; else from --issuer discovery)')
            [CompletionResult]::new('--revocation-url', '--revocation-url', [CompletionResultType]::ParameterName, 'Revocation endpoint for `tok logout --revoke` (else from --issuer discovery)')
            [CompletionResult]::new('--redirect-port', '--redirect-port', [CompletionResultType]::ParameterName, 'Port of the loopback redirect (authorization_code) [default: a free one]')
            [CompletionResult]::new('--login-timeout', '--login-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a person to sign in')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each request to the server')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the sign-in URL instead of opening a browser')
            [CompletionResult]::new('--manual', '--manual', [CompletionResultType]::ParameterName, 'Over SSH: print the sign-in URL, then paste the URL the browser was sent back to')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each request to the server')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--revoke', '--revoke', [CompletionResultType]::ParameterName, 'Revoke the refresh token at the server''s revocation endpoint (RFC 7009) before forgetting it; the local copy goes even if that fails')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('elfsquad', 'elfsquad', [CompletionResultType]::ParameterValue, 'Elfsquad: OpenID client credentials (or --legacy Connect login)')
            [CompletionResult]::new('authapi', 'authapi', [CompletionResultType]::ParameterValue, 'Auth API: username/password, rotating refresh tokens (--base-url required)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Envoy: password grant with Basic client auth, or --api-key')
            [CompletionResult]::new('crayon', 'crayon', [CompletionResultType]::ParameterValue, 'Crayon: password grant with Basic client auth (PascalCase answer)')
            [CompletionResult]::new('oauth2', 'oauth2', [CompletionResultType]::ParameterValue, 'Any RFC 6749 token endpoint (--token-url required)')
            break
        }
        'tok;logout;elfsquad' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OpenID client id (with --legacy: the Connect application id)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret [also: TOK_ELFSQUAD_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OpenID token endpoint [default: https://login.elfsquad.io/oauth2/token]')
            [CompletionResult]::new('--legacy-url', '--legacy-url', [CompletionResultType]::ParameterName, 'Connect login endpoint, used with --legacy [default: https://api.elfsquad.io/api/2/auth/elfskotconnectlogin]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (not used with --legacy)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each request to the server')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--legacy', '--legacy', [CompletionResultType]::ParameterName, 'Use the legacy Elfsquad Connect login (JSON body, expiresIn in milliseconds)')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--revoke', '--revoke', [CompletionResultType]::ParameterName, 'Revoke the refresh token at the server''s revocation endpoint (RFC 7009) before forgetting it; the local copy goes even if that fails')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;logout;authapi' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password [also: TOK_AUTHAPI_PASSWORD_FILE]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the Auth API, e.g. https://auth.example.com (no default)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each request to the server')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--staging', '--staging', [CompletionResultType]::ParameterName, 'Use the staging host: -stg appended to the first host label')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--revoke', '--revoke', [CompletionResultType]::ParameterName, 'Revoke the refresh token at the server''s revocation endpoint (RFC 7009) before forgetting it; the local copy goes even if that fails')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;logout;envoy' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id of the integration (Dev Dashboard)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret of the integration [also: TOK_ENVOY_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Email of the API user')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password of the API user [also: TOK_ENVOY_PASSWORD_FILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Client API key: no token exchange, header X-Api-Key (other credentials not needed) [also: TOK_ENVOY_API_KEY_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scopes, comma separated')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each request to the server')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--revoke', '--revoke', [CompletionResultType]::ParameterName, 'Revoke the refresh token at the server''s revocation endpoint (RFC 7009) before forgetting it; the local copy goes even if that fails')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;logout;crayon' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id (registered in Crayon Cloud-iQ)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret [also: TOK_CRAYON_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username of the API user')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password of the API user [also: TOK_CRAYON_PASSWORD_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each request to the server')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--revoke', '--revoke', [CompletionResultType]::ParameterName, 'Revoke the refresh token at the server''s revocation endpoint (RFC 7009) before forgetting it; the local copy goes even if that fails')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;logout;oauth2' {
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint (or --issuer)')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Issuer URL: the token endpoint is found by OIDC discovery (RFC 8414 as fallback)')
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'Grant type (device_code and authorization_code: a person signs in)')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the client authenticates: secret in Basic or body, a signed assertion (client_secret_jwt, private_key_jwt), a TLS client certificate, or none')
            [CompletionResult]::new('--client-assertion-key', '--client-assertion-key', [CompletionResultType]::ParameterName, 'PEM private key file that signs the client assertion (private_key_jwt)')
            [CompletionResult]::new('--client-assertion-alg', '--client-assertion-alg', [CompletionResultType]::ParameterName, 'JOSE algorithm of the client assertion [default: from the key: RS256, ES256, ES384, EdDSA]')
            [CompletionResult]::new('--client-assertion-kid', '--client-assertion-kid', [CompletionResultType]::ParameterName, 'kid in the client assertion''s header')
            [CompletionResult]::new('--client-assertion-aud', '--client-assertion-aud', [CompletionResultType]::ParameterName, 'aud of the client assertion [default: the token endpoint URL]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS (tls_client_auth, or with any method)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret (omit for a public client) [also: TOK_OAUTH2_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username (password grant)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password (password grant) [also: TOK_OAUTH2_PASSWORD_FILE]')
            [CompletionResult]::new('--refresh-token', '--refresh-token', [CompletionResultType]::ParameterName, 'Refresh token (refresh_token grant) [also: TOK_OAUTH2_REFRESH_TOKEN_FILE]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (space separated)')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'Audience parameter (repeatable for token-exchange)')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource indicator, RFC 8707 (repeatable)')
            [CompletionResult]::new('--assertion', '--assertion', [CompletionResultType]::ParameterName, 'JWT assertion for the jwt-bearer grant (or --assertion-file, --assertion-from, --assertion-key) [also: TOK_OAUTH2_ASSERTION_FILE]')
            [CompletionResult]::new('--assertion-file', '--assertion-file', [CompletionResultType]::ParameterName, 'File holding the jwt-bearer assertion')
            [CompletionResult]::new('--assertion-from', '--assertion-from', [CompletionResultType]::ParameterName, 'Where the assertion comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME')
            [CompletionResult]::new('--assertion-key', '--assertion-key', [CompletionResultType]::ParameterName, 'PEM private key with which tok signs the jwt-bearer assertion itself')
            [CompletionResult]::new('--assertion-key-pem', '--assertion-key-pem', [CompletionResultType]::ParameterName, 'The assertion key as PEM text (from the environment; a --key-file fills it) [also: TOK_OAUTH2_ASSERTION_KEY_PEM_FILE]')
            [CompletionResult]::new('--assertion-iss', '--assertion-iss', [CompletionResultType]::ParameterName, 'iss of a signed assertion [default: the client id]')
            [CompletionResult]::new('--assertion-sub', '--assertion-sub', [CompletionResultType]::ParameterName, 'sub of a signed assertion [default: the client id]')
            [CompletionResult]::new('--assertion-aud', '--assertion-aud', [CompletionResultType]::ParameterName, 'aud of a signed assertion [default: the token endpoint]')
            [CompletionResult]::new('--assertion-alg', '--assertion-alg', [CompletionResultType]::ParameterName, 'JOSE algorithm of a signed assertion [default: from the key]')
            [CompletionResult]::new('--assertion-kid', '--assertion-kid', [CompletionResultType]::ParameterName, 'kid in a signed assertion''s header')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Service account key (JSON: client_email, private_key, private_key_id, token_uri): fills the assertion and the token endpoint')
            [CompletionResult]::new('--subject-token', '--subject-token', [CompletionResultType]::ParameterName, 'Subject token for token-exchange (or --subject-token-file, --subject-token-from) [also: TOK_OAUTH2_SUBJECT_TOKEN_FILE]')
            [CompletionResult]::new('--subject-token-file', '--subject-token-file', [CompletionResultType]::ParameterName, 'File holding the subject token')
            [CompletionResult]::new('--subject-token-from', '--subject-token-from', [CompletionResultType]::ParameterName, 'Where the subject token comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME')
            [CompletionResult]::new('--subject-token-type', '--subject-token-type', [CompletionResultType]::ParameterName, 'Type of the subject token (RFC 8693)')
            [CompletionResult]::new('--actor-token', '--actor-token', [CompletionResultType]::ParameterName, 'Actor token for token-exchange (or --actor-token-file) [also: TOK_OAUTH2_ACTOR_TOKEN_FILE]')
            [CompletionResult]::new('--actor-token-file', '--actor-token-file', [CompletionResultType]::ParameterName, 'File holding the actor token')
            [CompletionResult]::new('--actor-token-type', '--actor-token-type', [CompletionResultType]::ParameterName, 'Type of the actor token (RFC 8693)')
            [CompletionResult]::new('--requested-token-type', '--requested-token-type', [CompletionResultType]::ParameterName, 'The type of token to ask for (RFC 8693)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Extra body parameter, repeatable (not treated as a secret)')
            [CompletionResult]::new('--device-url', '--device-url', [CompletionResultType]::ParameterName, 'Device authorization endpoint (device_code; else from --issuer discovery)')
            [CompletionResult]::new('--authorization-url', '--authorization-url', [CompletionResultType]::ParameterName, 'Authorization endpoint (authorization_code; else from --issuer discovery)')
            [CompletionResult]::new('--revocation-url', '--revocation-url', [CompletionResultType]::ParameterName, 'Revocation endpoint for `tok logout --revoke` (else from --issuer discovery)')
            [CompletionResult]::new('--redirect-port', '--redirect-port', [CompletionResultType]::ParameterName, 'Port of the loopback redirect (authorization_code) [default: a free one]')
            [CompletionResult]::new('--login-timeout', '--login-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a person to sign in')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each request to the server')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the sign-in URL instead of opening a browser')
            [CompletionResult]::new('--manual', '--manual', [CompletionResultType]::ParameterName, 'Over SSH: print the sign-in URL, then paste the URL the browser was sent back to')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--revoke', '--revoke', [CompletionResultType]::ParameterName, 'Revoke the refresh token at the server''s revocation endpoint (RFC 7009) before forgetting it; the local copy goes even if that fails')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;cache' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cached entries (never a token)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove cached entries')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tok;cache;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'One JSON array instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'tok;cache;clear' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Only this profile''s entries')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'tok;cache;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cached entries (never a token)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove cached entries')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tok;cache;help;list' {
            break
        }
        'tok;cache;help;clear' {
            break
        }
        'tok;cache;help;help' {
            break
        }
        'tok;accounts' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'One JSON array instead of a table')
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'Only the names, one per line (for shell completion)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'tok;inspect' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Exit 1 when the token has expired or is not valid yet (for scripts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'tok;git-credential' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('elfsquad', 'elfsquad', [CompletionResultType]::ParameterValue, 'Elfsquad: OpenID client credentials (or --legacy Connect login)')
            [CompletionResult]::new('authapi', 'authapi', [CompletionResultType]::ParameterValue, 'Auth API: username/password, rotating refresh tokens (--base-url required)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Envoy: password grant with Basic client auth, or --api-key')
            [CompletionResult]::new('crayon', 'crayon', [CompletionResultType]::ParameterValue, 'Crayon: password grant with Basic client auth (PascalCase answer)')
            [CompletionResult]::new('oauth2', 'oauth2', [CompletionResultType]::ParameterValue, 'Any RFC 6749 token endpoint (--token-url required)')
            break
        }
        'tok;git-credential;elfsquad' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OpenID client id (with --legacy: the Connect application id)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret [also: TOK_ELFSQUAD_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OpenID token endpoint [default: https://login.elfsquad.io/oauth2/token]')
            [CompletionResult]::new('--legacy-url', '--legacy-url', [CompletionResultType]::ParameterName, 'Connect login endpoint, used with --legacy [default: https://api.elfsquad.io/api/2/auth/elfskotconnectlogin]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (not used with --legacy)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--legacy', '--legacy', [CompletionResultType]::ParameterName, 'Use the legacy Elfsquad Connect login (JSON body, expiresIn in milliseconds)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;git-credential;authapi' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password [also: TOK_AUTHAPI_PASSWORD_FILE]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the Auth API, e.g. https://auth.example.com (no default)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--staging', '--staging', [CompletionResultType]::ParameterName, 'Use the staging host: -stg appended to the first host label')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;git-credential;envoy' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id of the integration (Dev Dashboard)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret of the integration [also: TOK_ENVOY_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Email of the API user')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password of the API user [also: TOK_ENVOY_PASSWORD_FILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Client API key: no token exchange, header X-Api-Key (other credentials not needed) [also: TOK_ENVOY_API_KEY_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scopes, comma separated')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;git-credential;crayon' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id (registered in Crayon Cloud-iQ)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret [also: TOK_CRAYON_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username of the API user')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password of the API user [also: TOK_CRAYON_PASSWORD_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;git-credential;oauth2' {
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint (or --issuer)')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Issuer URL: the token endpoint is found by OIDC discovery (RFC 8414 as fallback)')
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'Grant type (device_code and authorization_code: a person signs in)')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the client authenticates: secret in Basic or body, a signed assertion (client_secret_jwt, private_key_jwt), a TLS client certificate, or none')
            [CompletionResult]::new('--client-assertion-key', '--client-assertion-key', [CompletionResultType]::ParameterName, 'PEM private key file that signs the client assertion (private_key_jwt)')
            [CompletionResult]::new('--client-assertion-alg', '--client-assertion-alg', [CompletionResultType]::ParameterName, 'JOSE algorithm of the client assertion [default: from the key: RS256, ES256, ES384, EdDSA]')
            [CompletionResult]::new('--client-assertion-kid', '--client-assertion-kid', [CompletionResultType]::ParameterName, 'kid in the client assertion''s header')
            [CompletionResult]::new('--client-assertion-aud', '--client-assertion-aud', [CompletionResultType]::ParameterName, 'aud of the client assertion [default: the token endpoint URL]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS (tls_client_auth, or with any method)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret (omit for a public client) [also: TOK_OAUTH2_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username (password grant)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password (password grant) [also: TOK_OAUTH2_PASSWORD_FILE]')
            [CompletionResult]::new('--refresh-token', '--refresh-token', [CompletionResultType]::ParameterName, 'Refresh token (refresh_token grant) [also: TOK_OAUTH2_REFRESH_TOKEN_FILE]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (space separated)')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'Audience parameter (repeatable for token-exchange)')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource indicator, RFC 8707 (repeatable)')
            [CompletionResult]::new('--assertion', '--assertion', [CompletionResultType]::ParameterName, 'JWT assertion for the jwt-bearer grant (or --assertion-file, --assertion-from, --assertion-key) [also: TOK_OAUTH2_ASSERTION_FILE]')
            [CompletionResult]::new('--assertion-file', '--assertion-file', [CompletionResultType]::ParameterName, 'File holding the jwt-bearer assertion')
            [CompletionResult]::new('--assertion-from', '--assertion-from', [CompletionResultType]::ParameterName, 'Where the assertion comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME')
            [CompletionResult]::new('--assertion-key', '--assertion-key', [CompletionResultType]::ParameterName, 'PEM private key with which tok signs the jwt-bearer assertion itself')
            [CompletionResult]::new('--assertion-key-pem', '--assertion-key-pem', [CompletionResultType]::ParameterName, 'The assertion key as PEM text (from the environment; a --key-file fills it) [also: TOK_OAUTH2_ASSERTION_KEY_PEM_FILE]')
            [CompletionResult]::new('--assertion-iss', '--assertion-iss', [CompletionResultType]::ParameterName, 'iss of a signed assertion [default: the client id]')
            [CompletionResult]::new('--assertion-sub', '--assertion-sub', [CompletionResultType]::ParameterName, 'sub of a signed assertion [default: the client id]')
            [CompletionResult]::new('--assertion-aud', '--assertion-aud', [CompletionResultType]::ParameterName, 'aud of a signed assertion [default: the token endpoint]')
            [CompletionResult]::new('--assertion-alg', '--assertion-alg', [CompletionResultType]::ParameterName, 'JOSE algorithm of a signed assertion [default: from the key]')
            [CompletionResult]::new('--assertion-kid', '--assertion-kid', [CompletionResultType]::ParameterName, 'kid in a signed assertion''s header')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Service account key (JSON: client_email, private_key, private_key_id, token_uri): fills the assertion and the token endpoint')
            [CompletionResult]::new('--subject-token', '--subject-token', [CompletionResultType]::ParameterName, 'Subject token for token-exchange (or --subject-token-file, --subject-token-from) [also: TOK_OAUTH2_SUBJECT_TOKEN_FILE]')
            [CompletionResult]::new('--subject-token-file', '--subject-token-file', [CompletionResultType]::ParameterName, 'File holding the subject token')
            [CompletionResult]::new('--subject-token-from', '--subject-token-from', [CompletionResultType]::ParameterName, 'Where the subject token comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME')
            [CompletionResult]::new('--subject-token-type', '--subject-token-type', [CompletionResultType]::ParameterName, 'Type of the subject token (RFC 8693)')
            [CompletionResult]::new('--actor-token', '--actor-token', [CompletionResultType]::ParameterName, 'Actor token for token-exchange (or --actor-token-file) [also: TOK_OAUTH2_ACTOR_TOKEN_FILE]')
            [CompletionResult]::new('--actor-token-file', '--actor-token-file', [CompletionResultType]::ParameterName, 'File holding the actor token')
            [CompletionResult]::new('--actor-token-type', '--actor-token-type', [CompletionResultType]::ParameterName, 'Type of the actor token (RFC 8693)')
            [CompletionResult]::new('--requested-token-type', '--requested-token-type', [CompletionResultType]::ParameterName, 'The type of token to ask for (RFC 8693)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Extra body parameter, repeatable (not treated as a secret)')
            [CompletionResult]::new('--device-url', '--device-url', [CompletionResultType]::ParameterName, 'Device authorization endpoint (device_code; else from --issuer discovery)')
            [CompletionResult]::new('--authorization-url', '--authorization-url', [CompletionResultType]::ParameterName, 'Authorization endpoint (authorization_code; else from --issuer discovery)')
            [CompletionResult]::new('--revocation-url', '--revocation-url', [CompletionResultType]::ParameterName, 'Revocation endpoint for `tok logout --revoke` (else from --issuer discovery)')
            [CompletionResult]::new('--redirect-port', '--redirect-port', [CompletionResultType]::ParameterName, 'Port of the loopback redirect (authorization_code) [default: a free one]')
            [CompletionResult]::new('--login-timeout', '--login-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a person to sign in')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the sign-in URL instead of opening a browser')
            [CompletionResult]::new('--manual', '--manual', [CompletionResultType]::ParameterName, 'Over SSH: print the sign-in URL, then paste the URL the browser was sent back to')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;watch' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'What the file holds')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What the file holds')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The token file [default: $BEARER_TOKEN_FILE, else $XDG_RUNTIME_DIR/bt_u$UID]')
            [CompletionResult]::new('--pid', '--pid', [CompletionResultType]::ParameterName, 'Exit (0) when this process exits')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('elfsquad', 'elfsquad', [CompletionResultType]::ParameterValue, 'Elfsquad: OpenID client credentials (or --legacy Connect login)')
            [CompletionResult]::new('authapi', 'authapi', [CompletionResultType]::ParameterValue, 'Auth API: username/password, rotating refresh tokens (--base-url required)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Envoy: password grant with Basic client auth, or --api-key')
            [CompletionResult]::new('crayon', 'crayon', [CompletionResultType]::ParameterValue, 'Crayon: password grant with Basic client auth (PascalCase answer)')
            [CompletionResult]::new('oauth2', 'oauth2', [CompletionResultType]::ParameterValue, 'Any RFC 6749 token endpoint (--token-url required)')
            break
        }
        'tok;watch;elfsquad' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OpenID client id (with --legacy: the Connect application id)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret [also: TOK_ELFSQUAD_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OpenID token endpoint [default: https://login.elfsquad.io/oauth2/token]')
            [CompletionResult]::new('--legacy-url', '--legacy-url', [CompletionResultType]::ParameterName, 'Connect login endpoint, used with --legacy [default: https://api.elfsquad.io/api/2/auth/elfskotconnectlogin]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (not used with --legacy)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'What the file holds')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What the file holds')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The token file [default: $BEARER_TOKEN_FILE, else $XDG_RUNTIME_DIR/bt_u$UID]')
            [CompletionResult]::new('--pid', '--pid', [CompletionResultType]::ParameterName, 'Exit (0) when this process exits')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--legacy', '--legacy', [CompletionResultType]::ParameterName, 'Use the legacy Elfsquad Connect login (JSON body, expiresIn in milliseconds)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;watch;authapi' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password [also: TOK_AUTHAPI_PASSWORD_FILE]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the Auth API, e.g. https://auth.example.com (no default)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'What the file holds')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What the file holds')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The token file [default: $BEARER_TOKEN_FILE, else $XDG_RUNTIME_DIR/bt_u$UID]')
            [CompletionResult]::new('--pid', '--pid', [CompletionResultType]::ParameterName, 'Exit (0) when this process exits')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--staging', '--staging', [CompletionResultType]::ParameterName, 'Use the staging host: -stg appended to the first host label')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;watch;envoy' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id of the integration (Dev Dashboard)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret of the integration [also: TOK_ENVOY_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Email of the API user')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password of the API user [also: TOK_ENVOY_PASSWORD_FILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Client API key: no token exchange, header X-Api-Key (other credentials not needed) [also: TOK_ENVOY_API_KEY_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scopes, comma separated')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'What the file holds')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What the file holds')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The token file [default: $BEARER_TOKEN_FILE, else $XDG_RUNTIME_DIR/bt_u$UID]')
            [CompletionResult]::new('--pid', '--pid', [CompletionResultType]::ParameterName, 'Exit (0) when this process exits')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;watch;crayon' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id (registered in Crayon Cloud-iQ)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret [also: TOK_CRAYON_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username of the API user')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password of the API user [also: TOK_CRAYON_PASSWORD_FILE]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'What the file holds')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What the file holds')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The token file [default: $BEARER_TOKEN_FILE, else $XDG_RUNTIME_DIR/bt_u$UID]')
            [CompletionResult]::new('--pid', '--pid', [CompletionResultType]::ParameterName, 'Exit (0) when this process exits')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;watch;oauth2' {
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Token endpoint (or --issuer)')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Issuer URL: the token endpoint is found by OIDC discovery (RFC 8414 as fallback)')
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'Grant type (device_code and authorization_code: a person signs in)')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the client authenticates: secret in Basic or body, a signed assertion (client_secret_jwt, private_key_jwt), a TLS client certificate, or none')
            [CompletionResult]::new('--client-assertion-key', '--client-assertion-key', [CompletionResultType]::ParameterName, 'PEM private key file that signs the client assertion (private_key_jwt)')
            [CompletionResult]::new('--client-assertion-alg', '--client-assertion-alg', [CompletionResultType]::ParameterName, 'JOSE algorithm of the client assertion [default: from the key: RS256, ES256, ES384, EdDSA]')
            [CompletionResult]::new('--client-assertion-kid', '--client-assertion-kid', [CompletionResultType]::ParameterName, 'kid in the client assertion''s header')
            [CompletionResult]::new('--client-assertion-aud', '--client-assertion-aud', [CompletionResultType]::ParameterName, 'aud of the client assertion [default: the token endpoint URL]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS (tls_client_auth, or with any method)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret (omit for a public client) [also: TOK_OAUTH2_CLIENT_SECRET_FILE]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username (password grant)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password (password grant) [also: TOK_OAUTH2_PASSWORD_FILE]')
            [CompletionResult]::new('--refresh-token', '--refresh-token', [CompletionResultType]::ParameterName, 'Refresh token (refresh_token grant) [also: TOK_OAUTH2_REFRESH_TOKEN_FILE]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (space separated)')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'Audience parameter (repeatable for token-exchange)')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource indicator, RFC 8707 (repeatable)')
            [CompletionResult]::new('--assertion', '--assertion', [CompletionResultType]::ParameterName, 'JWT assertion for the jwt-bearer grant (or --assertion-file, --assertion-from, --assertion-key) [also: TOK_OAUTH2_ASSERTION_FILE]')
            [CompletionResult]::new('--assertion-file', '--assertion-file', [CompletionResultType]::ParameterName, 'File holding the jwt-bearer assertion')
            [CompletionResult]::new('--assertion-from', '--assertion-from', [CompletionResultType]::ParameterName, 'Where the assertion comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME')
            [CompletionResult]::new('--assertion-key', '--assertion-key', [CompletionResultType]::ParameterName, 'PEM private key with which tok signs the jwt-bearer assertion itself')
            [CompletionResult]::new('--assertion-key-pem', '--assertion-key-pem', [CompletionResultType]::ParameterName, 'The assertion key as PEM text (from the environment; a --key-file fills it) [also: TOK_OAUTH2_ASSERTION_KEY_PEM_FILE]')
            [CompletionResult]::new('--assertion-iss', '--assertion-iss', [CompletionResultType]::ParameterName, 'iss of a signed assertion [default: the client id]')
            [CompletionResult]::new('--assertion-sub', '--assertion-sub', [CompletionResultType]::ParameterName, 'sub of a signed assertion [default: the client id]')
            [CompletionResult]::new('--assertion-aud', '--assertion-aud', [CompletionResultType]::ParameterName, 'aud of a signed assertion [default: the token endpoint]')
            [CompletionResult]::new('--assertion-alg', '--assertion-alg', [CompletionResultType]::ParameterName, 'JOSE algorithm of a signed assertion [default: from the key]')
            [CompletionResult]::new('--assertion-kid', '--assertion-kid', [CompletionResultType]::ParameterName, 'kid in a signed assertion''s header')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Service account key (JSON: client_email, private_key, private_key_id, token_uri): fills the assertion and the token endpoint')
            [CompletionResult]::new('--subject-token', '--subject-token', [CompletionResultType]::ParameterName, 'Subject token for token-exchange (or --subject-token-file, --subject-token-from) [also: TOK_OAUTH2_SUBJECT_TOKEN_FILE]')
            [CompletionResult]::new('--subject-token-file', '--subject-token-file', [CompletionResultType]::ParameterName, 'File holding the subject token')
            [CompletionResult]::new('--subject-token-from', '--subject-token-from', [CompletionResultType]::ParameterName, 'Where the subject token comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME')
            [CompletionResult]::new('--subject-token-type', '--subject-token-type', [CompletionResultType]::ParameterName, 'Type of the subject token (RFC 8693)')
            [CompletionResult]::new('--actor-token', '--actor-token', [CompletionResultType]::ParameterName, 'Actor token for token-exchange (or --actor-token-file) [also: TOK_OAUTH2_ACTOR_TOKEN_FILE]')
            [CompletionResult]::new('--actor-token-file', '--actor-token-file', [CompletionResultType]::ParameterName, 'File holding the actor token')
            [CompletionResult]::new('--actor-token-type', '--actor-token-type', [CompletionResultType]::ParameterName, 'Type of the actor token (RFC 8693)')
            [CompletionResult]::new('--requested-token-type', '--requested-token-type', [CompletionResultType]::ParameterName, 'The type of token to ask for (RFC 8693)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Extra body parameter, repeatable (not treated as a secret)')
            [CompletionResult]::new('--device-url', '--device-url', [CompletionResultType]::ParameterName, 'Device authorization endpoint (device_code; else from --issuer discovery)')
            [CompletionResult]::new('--authorization-url', '--authorization-url', [CompletionResultType]::ParameterName, 'Authorization endpoint (authorization_code; else from --issuer discovery)')
            [CompletionResult]::new('--revocation-url', '--revocation-url', [CompletionResultType]::ParameterName, 'Revocation endpoint for `tok logout --revoke` (else from --issuer discovery)')
            [CompletionResult]::new('--redirect-port', '--redirect-port', [CompletionResultType]::ParameterName, 'Port of the loopback redirect (authorization_code) [default: a free one]')
            [CompletionResult]::new('--login-timeout', '--login-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a person to sign in')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Keeps several accounts of one provider apart (keyring and cache)')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only while it has more than this many seconds left')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on the whole operation, retries and lock wait included')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of extra CA certificates, trusted on top of the OS store')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'What the file holds')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What the file holds')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The token file [default: $BEARER_TOKEN_FILE, else $XDG_RUNTIME_DIR/bt_u$UID]')
            [CompletionResult]::new('--pid', '--pid', [CompletionResultType]::ParameterName, 'Exit (0) when this process exits')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the sign-in URL instead of opening a browser')
            [CompletionResult]::new('--manual', '--manual', [CompletionResultType]::ParameterName, 'Over SSH: print the sign-in URL, then paste the URL the browser was sent back to')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the cache')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached access token (a cached refresh token is still used)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer only from the cache; exit 5 when no usable token is cached')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow plain http:// endpoints on non-loopback hosts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (secrets as ***) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each step on stderr (secrets and tokens masked)')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Do not write ::add-mask:: for GitHub Actions')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'tok;install-helpers' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Where to create the links [default: the directory tok is in]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'tok;completions' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'tok;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Fetch (or reuse from the cache) a token and print it')
            [CompletionResult]::new('curl', 'curl', [CompletionResultType]::ParameterValue, 'Run curl with the token: the header never appears in argv or environment')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with the token in its environment (TOK_ACCESS_TOKEN, …)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in as a person (device code / browser grants), or store a provider''s credentials in the OS keyring')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Delete a provider''s keyring entry and cached tokens (--revoke: revoke the refresh token at the server first)')
            [CompletionResult]::new('cache', 'cache', [CompletionResultType]::ParameterValue, 'List or clear cached tokens')
            [CompletionResult]::new('accounts', 'accounts', [CompletionResultType]::ParameterValue, 'List the accounts of the config file (never a secret)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Decode a JWT locally (no verification, no network)')
            [CompletionResult]::new('git-credential', 'git-credential', [CompletionResultType]::ParameterValue, 'Answer git''s credential-helper protocol (get/store/erase) with a token: `git config credential.https://HOST.helper ''!tok git-credential NAME''`')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Keep a token file fresh for a long job (atomic 0600 file, renewed before expiry) until signalled or --pid exits')
            [CompletionResult]::new('install-helpers', 'install-helpers', [CompletionResultType]::ParameterValue, 'Create the docker-credential-tok and git-credential-tok links to tok')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tok;help;get' {
            [CompletionResult]::new('elfsquad', 'elfsquad', [CompletionResultType]::ParameterValue, 'Elfsquad: OpenID client credentials (or --legacy Connect login)')
            [CompletionResult]::new('authapi', 'authapi', [CompletionResultType]::ParameterValue, 'Auth API: username/password, rotating refresh tokens (--base-url required)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Envoy: password grant with Basic client auth, or --api-key')
            [CompletionResult]::new('crayon', 'crayon', [CompletionResultType]::ParameterValue, 'Crayon: password grant with Basic client auth (PascalCase answer)')
            [CompletionResult]::new('oauth2', 'oauth2', [CompletionResultType]::ParameterValue, 'Any RFC 6749 token endpoint (--token-url required)')
            break
        }
        'tok;help;get;elfsquad' {
            break
        }
        'tok;help;get;authapi' {
            break
        }
        'tok;help;get;envoy' {
            break
        }
        'tok;help;get;crayon' {
            break
        }
        'tok;help;get;oauth2' {
            break
        }
        'tok;help;curl' {
            [CompletionResult]::new('elfsquad', 'elfsquad', [CompletionResultType]::ParameterValue, 'Elfsquad: OpenID client credentials (or --legacy Connect login)')
            [CompletionResult]::new('authapi', 'authapi', [CompletionResultType]::ParameterValue, 'Auth API: username/password, rotating refresh tokens (--base-url required)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Envoy: password grant with Basic client auth, or --api-key')
            [CompletionResult]::new('crayon', 'crayon', [CompletionResultType]::ParameterValue, 'Crayon: password grant with Basic client auth (PascalCase answer)')
            [CompletionResult]::new('oauth2', 'oauth2', [CompletionResultType]::ParameterValue, 'Any RFC 6749 token endpoint (--token-url required)')
            break
        }
        'tok;help;curl;elfsquad' {
            break
        }
        'tok;help;curl;authapi' {
            break
        }
        'tok;help;curl;envoy' {
            break
        }
        'tok;help;curl;crayon' {
            break
        }
        'tok;help;curl;oauth2' {
            break
        }
        'tok;help;exec' {
            [CompletionResult]::new('elfsquad', 'elfsquad', [CompletionResultType]::ParameterValue, 'Elfsquad: OpenID client credentials (or --legacy Connect login)')
            [CompletionResult]::new('authapi', 'authapi', [CompletionResultType]::ParameterValue, 'Auth API: username/password, rotating refresh tokens (--base-url required)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Envoy: password grant with Basic client auth, or --api-key')
            [CompletionResult]::new('crayon', 'crayon', [CompletionResultType]::ParameterValue, 'Crayon: password grant with Basic client auth (PascalCase answer)')
            [CompletionResult]::new('oauth2', 'oauth2', [CompletionResultType]::ParameterValue, 'Any RFC 6749 token endpoint (--token-url required)')
            break
        }
        'tok;help;exec;elfsquad' {
            break
        }
        'tok;help;exec;authapi' {
            break
        }
        'tok;help;exec;envoy' {
            break
        }
        'tok;help;exec;crayon' {
            break
        }
        'tok;help;exec;oauth2' {
            break
        }
        'tok;help;login' {
            [CompletionResult]::new('elfsquad', 'elfsquad', [CompletionResultType]::ParameterValue, 'Elfsquad: OpenID client credentials (or --legacy Connect login)')
            [CompletionResult]::new('authapi', 'authapi', [CompletionResultType]::ParameterValue, 'Auth API: username/password, rotating refresh tokens (--base-url required)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Envoy: password grant with Basic client auth, or --api-key')
            [CompletionResult]::new('crayon', 'crayon', [CompletionResultType]::ParameterValue, 'Crayon: password grant with Basic client auth (PascalCase answer)')
            [CompletionResult]::new('oauth2', 'oauth2', [CompletionResultType]::ParameterValue, 'Any RFC 6749 token endpoint (--token-url required)')
            break
        }
        'tok;help;login;elfsquad' {
            break
        }
        'tok;help;login;authapi' {
            break
        }
        'tok;help;login;envoy' {
            break
        }
        'tok;help;login;crayon' {
            break
        }
        'tok;help;login;oauth2' {
            break
        }
        'tok;help;logout' {
            [CompletionResult]::new('elfsquad', 'elfsquad', [CompletionResultType]::ParameterValue, 'Elfsquad: OpenID client credentials (or --legacy Connect login)')
            [CompletionResult]::new('authapi', 'authapi', [CompletionResultType]::ParameterValue, 'Auth API: username/password, rotating refresh tokens (--base-url required)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Envoy: password grant with Basic client auth, or --api-key')
            [CompletionResult]::new('crayon', 'crayon', [CompletionResultType]::ParameterValue, 'Crayon: password grant with Basic client auth (PascalCase answer)')
            [CompletionResult]::new('oauth2', 'oauth2', [CompletionResultType]::ParameterValue, 'Any RFC 6749 token endpoint (--token-url required)')
            break
        }
        'tok;help;logout;elfsquad' {
            break
        }
        'tok;help;logout;authapi' {
            break
        }
        'tok;help;logout;envoy' {
            break
        }
        'tok;help;logout;crayon' {
            break
        }
        'tok;help;logout;oauth2' {
            break
        }
        'tok;help;cache' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cached entries (never a token)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove cached entries')
            break
        }
        'tok;help;cache;list' {
            break
        }
        'tok;help;cache;clear' {
            break
        }
        'tok;help;accounts' {
            break
        }
        'tok;help;inspect' {
            break
        }
        'tok;help;git-credential' {
            [CompletionResult]::new('elfsquad', 'elfsquad', [CompletionResultType]::ParameterValue, 'Elfsquad: OpenID client credentials (or --legacy Connect login)')
            [CompletionResult]::new('authapi', 'authapi', [CompletionResultType]::ParameterValue, 'Auth API: username/password, rotating refresh tokens (--base-url required)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Envoy: password grant with Basic client auth, or --api-key')
            [CompletionResult]::new('crayon', 'crayon', [CompletionResultType]::ParameterValue, 'Crayon: password grant with Basic client auth (PascalCase answer)')
            [CompletionResult]::new('oauth2', 'oauth2', [CompletionResultType]::ParameterValue, 'Any RFC 6749 token endpoint (--token-url required)')
            break
        }
        'tok;help;git-credential;elfsquad' {
            break
        }
        'tok;help;git-credential;authapi' {
            break
        }
        'tok;help;git-credential;envoy' {
            break
        }
        'tok;help;git-credential;crayon' {
            break
        }
        'tok;help;git-credential;oauth2' {
            break
        }
        'tok;help;watch' {
            [CompletionResult]::new('elfsquad', 'elfsquad', [CompletionResultType]::ParameterValue, 'Elfsquad: OpenID client credentials (or --legacy Connect login)')
            [CompletionResult]::new('authapi', 'authapi', [CompletionResultType]::ParameterValue, 'Auth API: username/password, rotating refresh tokens (--base-url required)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Envoy: password grant with Basic client auth, or --api-key')
            [CompletionResult]::new('crayon', 'crayon', [CompletionResultType]::ParameterValue, 'Crayon: password grant with Basic client auth (PascalCase answer)')
            [CompletionResult]::new('oauth2', 'oauth2', [CompletionResultType]::ParameterValue, 'Any RFC 6749 token endpoint (--token-url required)')
            break
        }
        'tok;help;watch;elfsquad' {
            break
        }
        'tok;help;watch;authapi' {
            break
        }
        'tok;help;watch;envoy' {
            break
        }
        'tok;help;watch;crayon' {
            break
        }
        'tok;help;watch;oauth2' {
            break
        }
        'tok;help;install-helpers' {
            break
        }
        'tok;help;completions' {
            break
        }
        'tok;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
