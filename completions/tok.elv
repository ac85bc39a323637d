
use builtin;
use str;

set edit:completion:arg-completer[tok] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'tok'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'tok'= {
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Fetch (or reuse from the cache) a token and print it'
            cand curl 'Run curl with the token: the header never appears in argv or environment'
            cand exec 'Run a command with the token in its environment (TOK_ACCESS_TOKEN, …)'
            cand login 'Store a provider''s credentials in the OS keyring'
            cand logout 'Delete a provider''s keyring entry and cached tokens'
            cand cache 'List or clear cached tokens'
            cand accounts 'List the accounts of the config file (never a secret)'
            cand inspect 'Decode a JWT locally (no verification, no network)'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tok;get'= {
            cand --profile 'Keeps several accounts of one provider apart (keyring and cache)'
            cand --min-ttl 'Reuse a cached token only while it has more than this many seconds left'
            cand --timeout 'Bound on the whole operation, retries and lock wait included'
            cand --ca-cert 'PEM file of extra CA certificates, trusted on top of the OS store'
            cand -f 'Output format'
            cand --format 'Output format'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --no-cache 'Neither read nor write the cache'
            cand --refresh 'Ignore the cached access token (a cached refresh token is still used)'
            cand --offline 'Answer only from the cache; exit 5 when no usable token is cached'
            cand --allow-http 'Allow plain http:// endpoints on non-loopback hosts'
            cand --dry-run 'Print the request that would be sent (secrets as ***) and send nothing'
            cand -v 'Trace each step on stderr (secrets and tokens masked)'
            cand --verbose 'Trace each step on stderr (secrets and tokens masked)'
            cand --no-mask 'Do not write ::add-mask:: for GitHub Actions'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand elfsquad 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
            cand authapi 'Auth API: username/password, rotating refresh tokens (--base-url required)'
            cand envoy 'Envoy: password grant with Basic client auth, or --api-key'
            cand crayon 'Crayon: password grant with Basic client auth (PascalCase answer)'
            cand oauth2 'Any RFC 6749 token endpoint (--token-url required)'
        }
        &'tok;get;elfsquad'= {
            cand --client-id 'OpenID client id (with --legacy: the Connect application id)'
            cand --client-secret 'Client secret [also: TOK_ELFSQUAD_CLIENT_SECRET_FILE]'
            cand --token-url 'OpenID token endpoint [default: https://login.elfsquad.io/oauth2/token]'
            cand --legacy-url 'Connect login endpoint, used with --legacy [default: https://api.elfsquad.io/api/2/auth/elfskotconnectlogin]'
            cand --scope 'Scope to ask for (not used with --legacy)'
            cand --profile 'Keeps several accounts of one provider apart (keyring and cache)'
            cand --min-ttl 'Reuse a cached token only while it has more than this many seconds left'
            cand --timeout 'Bound on the whole operation, retries and lock wait included'
            cand --ca-cert 'PEM file of extra CA certificates, trusted on top of the OS store'
            cand -f 'Output format'
            cand --format 'Output format'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --legacy 'Use the legacy Elfsquad Connect login (JSON body, expiresIn in milliseconds)'
            cand --no-cache 'Neither read nor write the cache'
            cand --refresh 'Ignore the cached access token (a cached refresh token is still used)'
            cand --offline 'Answer only from the cache; exit 5 when no usable token is cached'
            cand --allow-http 'Allow plain http:// endpoints on non-loopback hosts'
            cand --dry-run 'Print the request that would be sent (secrets as ***) and send nothing'
            cand -v 'Trace each step on stderr (secrets and tokens masked)'
            cand --verbose 'Trace each step on stderr (secrets and tokens masked)'
            cand --no-mask 'Do not write ::add-mask:: for GitHub Actions'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'tok;get;authapi'= {
            cand --username 'Username'
            cand --password 'Password [also: TOK_AUTHAPI_PASSWORD_FILE]'
            cand --base-url 'Base URL of the Auth API, e.g. https://auth.example.com (no default)'
            cand --profile 'Keeps several accounts of one provider apart (keyring and cache)'
            cand --min-ttl 'Reuse a cached token only while it has more than this many seconds left'
            cand --timeout 'Bound on the whole operation, retries and lock wait included'
            cand --ca-cert 'PEM file of extra CA certificates, trusted on top of the OS store'
            cand -f 'Output format'
            cand --format 'Output format'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --staging 'Use the staging host: -stg appended to the first host label'
            cand --no-cache 'Neither read nor write the cache'
            cand --refresh 'Ignore the cached access token (a cached refresh token is still used)'
            cand --offline 'Answer only from the cache; exit 5 when no usable token is cached'
            cand --allow-http 'Allow plain http:// endpoints on non-loopback hosts'
            cand --dry-run 'Print the request that would be sent (secrets as ***) and send nothing'
            cand -v 'Trace each step on stderr (secrets and tokens masked)'
            cand --verbose 'Trace each step on stderr (secrets and tokens masked)'
            cand --no-mask 'Do not write ::add-mask:: for GitHub Actions'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'tok;get;envoy'= {
            cand --client-id 'Client id of the integration (Dev Dashboard)'
            cand --client-secret 'Client secret of the integration [also: TOK_ENVOY_CLIENT_SECRET_FILE]'
            cand --username 'Email of the API user'
            cand --password 'Password of the API user [also: TOK_ENVOY_PASSWORD_FILE]'
            cand --api-key 'Client API key: no token exchange, header X-Api-Key (other credentials not needed) [also: TOK_ENVOY_API_KEY_FILE]'
            cand --token-url 'Token endpoint'
            cand --scope 'Scopes, comma separated'
            cand --profile 'Keeps several accounts of one provider apart (keyring and cache)'
            cand --min-ttl 'Reuse a cached token only while it has more than this many seconds left'
            cand --timeout 'Bound on the whole operation, retries and lock wait included'
            cand --ca-cert 'PEM file of extra CA certificates, trusted on top of the OS store'
            cand -f 'Output format'
            cand --format 'Output format'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --no-cache 'Neither read nor write the cache'
            cand --refresh 'Ignore the cached access token (a cached refresh token is still used)'
            cand --offline 'Answer only from the cache; exit 5 when no usable token is cached'
            cand --allow-http 'Allow plain http:// endpoints on non-loopback hosts'
            cand --dry-run 'Print the request that would be sent (secrets as ***) and send nothing'
            cand -v 'Trace each step on stderr (secrets and tokens masked)'
            cand --verbose 'Trace each step on stderr (secrets and tokens masked)'
            cand --no-mask 'Do not write ::add-mask:: for GitHub Actions'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'tok;get;crayon'= {
            cand --client-id 'Client id (registered in Crayon Cloud-iQ)'
            cand --client-secret 'Client secret [also: TOK_CRAYON_CLIENT_SECRET_FILE]'
            cand --username 'Username of the API user'
            cand --password 'Password of the API user [also: TOK_CRAYON_PASSWORD_FILE]'
            cand --token-url 'Token endpoint'
            cand --scope 'Scope to ask for'
            cand --profile 'Keeps several accounts of one provider apart (keyring and cache)'
            cand --min-ttl 'Reuse a cached token only while it has more than this many seconds left'
            cand --timeout 'Bound on the whole operation, retries and lock wait included'
            cand --ca-cert 'PEM file of extra CA certificates, trusted on top of the OS store'
            cand -f 'Output format'
            cand --format 'Output format'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --no-cache 'Neither read nor write the cache'
            cand --refresh 'Ignore the cached access token (a cached refresh token is still used)'
            cand --offline 'Answer only from the cache; exit 5 when no usable token is cached'
            cand --allow-http 'Allow plain http:// endpoints on non-loopback hosts'
            cand --dry-run 'Print the request that would be sent (secrets as ***) and send nothing'
            cand -v 'Trace each step on stderr (secrets and tokens masked)'
            cand --verbose 'Trace each step on stderr (secrets and tokens masked)'
            cand --no-mask 'Do not write ::add-mask:: for GitHub Actions'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'tok;get;oauth2'= {
            cand --token-url 'Token endpoint (or --issuer)'
            cand --issuer 'Issuer URL: the token endpoint is found by OIDC discovery (RFC 8414 as fallback)'
            cand --grant 'Grant type'
            cand --client-auth 'Where the client id and secret go'
            cand --client-id 'Client id'
            cand --client-secret 'Client secret (omit for a public client) [also: TOK_OAUTH2_CLIENT_SECRET_FILE]'
            cand --username 'Username (password grant)'
            cand --password 'Password (password grant) [also: TOK_OAUTH2_PASSWORD_FILE]'
            cand --refresh-token 'Refresh token (refresh_token grant) [also: TOK_OAUTH2_REFRESH_TOKEN_FILE]'
            cand --scope 'Scope to ask for (space separated)'
            cand --audience 'Audience parameter'
            cand --param 'Extra body parameter, repeatable (not treated as a secret)'
            cand --profile 'Keeps several accounts of one provider apart (keyring and cache)'
            cand --min-ttl 'Reuse a cached token only while it has more than this many seconds left'
            cand --timeout 'Bound on the whole operation, retries and lock wait included'
            cand --ca-cert 'PEM file of extra CA certificates, trusted on top of the OS store'
            cand -f 'Output format'
            cand --format 'Output format'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --no-cache 'Neither read nor write the cache'
            cand --refresh 'Ignore the cached access token (a cached refresh token is still used)'
            cand --offline 'Answer only from the cache; exit 5 when no usable token is cached'
            cand --allow-http 'Allow plain http:// endpoints on non-loopback hosts'
            cand --dry-run 'Print the request that would be sent (secrets as ***) and send nothing'
            cand -v 'Trace each step on stderr (secrets and tokens masked)'
            cand --verbose 'Trace each step on stderr (secrets and tokens masked)'
            cand --no-mask 'Do not write ::add-mask:: for GitHub Actions'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'tok;curl'= {
            cand --profile 'Keeps several accounts of one provider apart (keyring and cache)'
            cand --min-ttl 'Reuse a cached token only while it has more than this many seconds left'
            cand --timeout 'Bound on the whole operation, retries and lock wait included'
            cand --ca-cert 'PEM file of extra CA certificates, trusted on top of the OS store'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --no-cache 'Neither read nor write the cache'
            cand --refresh 'Ignore the cached access token (a cached refresh token is still used)'
            cand --offline 'Answer only from the cache; exit 5 when no usable token is cached'
            cand --allow-http 'Allow plain http:// endpoints on non-loopback hosts'
            cand --dry-run 'Print the request that would be sent (secrets as ***) and send nothing'
            cand -v 'Trace each step on stderr (secrets and tokens masked)'
            cand --verbose 'Trace each step on stderr (secrets and tokens masked)'
            cand --no-mask 'Do not write ::add-mask:: for GitHub Actions'
            cand --no-retry 'Do not obtain a new token and re-send after a 401'
            cand -h 'Print help'
            cand --help 'Print help'
            cand elfsquad 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
            cand authapi 'Auth API: username/password, rotating refresh tokens (--base-url required)'
            cand envoy 'Envoy: password grant with Basic client auth, or --api-key'
            cand crayon 'Crayon: password grant with Basic client auth (PascalCase answer)'
            cand oauth2 'Any RFC 6749 token endpoint (--token-url required)'
        }
        &'tok;curl;elfsquad'= {
            cand --client-id 'OpenID client id (with --legacy: the Connect application id)'
            cand --client-secret 'Client secret [also: TOK_ELFSQUAD_CLIENT_SECRET_FILE]'
            cand --token-url 'OpenID token endpoint [default: https://login.elfsquad.io/oauth2/token]'
            cand --legacy-url 'Connect login endpoint, used with --legacy [default: https://api.elfsquad.io/api/2/auth/elfskotconnectlogin]'
            cand --scope 'Scope to ask for (not used with --legacy)'
            cand --profile 'Keeps several accounts of one provider apart (keyring and cache)'
            cand --min-ttl 'Reuse a cached token only while it has more than this many seconds left'
            cand --timeout 'Bound on the whole operation, retries and lock wait included'
            cand --ca-cert 'PEM file of extra CA certificates, trusted on top of the OS store'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --legacy 'Use the legacy Elfsquad Connect login (JSON body, expiresIn in milliseconds)'
            cand --no-cache 'Neither read nor write the cache'
            cand --refresh 'Ignore the cached access token (a cached refresh token is still used)'
            cand --offline 'Answer only from the cache; exit 5 when no usable token is cached'
            cand --allow-http 'Allow plain http:// endpoints on non-loopback hosts'
            cand --dry-run 'Print the request that would be sent (secrets as ***) and send nothing'
            cand -v 'Trace each step on stderr (secrets and tokens masked)'
            cand --verbose 'Trace each step on stderr (secrets and tokens masked)'
            cand --no-mask 'Do not write ::add-mask:: for GitHub Actions'
            cand --no-retry 'Do not obtain a new token and re-send after a 401'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'tok;curl;authapi'= {
            cand --username 'Username'
            cand --password 'Password [also: TOK_AUTHAPI_PASSWORD_FILE]'
            cand --base-url 'Base URL of the Auth API, e.g. https://auth.example.com (no default)'
            cand --profile 'Keeps several accounts of one provider apart (keyring and cache)'
            cand --min-ttl 'Reuse a cached token only while it has more than this many seconds left'
            cand --timeout 'Bound on the whole operation, retries and lock wait included'
            cand --ca-cert 'PEM file of extra CA certificates, trusted on top of the OS store'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --staging 'Use the staging host: -stg appended to the first host label'
            cand --no-cache 'Neither read nor write the cache'
            cand --refresh 'Ignore the cached access token (a cached refresh token is still used)'
            cand --offline 'Answer only from the cache; exit 5 when no usable token is cached'
            cand --allow-http 'Allow plain http:// endpoints on non-loopback hosts'
            cand --dry-run 'Print the request that would be sent (secrets as ***) and send nothing'
            cand -v 'Trace each step on stderr (secrets and tokens masked)'
            cand --verbose 'Trace each step on stderr (secrets and tokens masked)'
            cand --no-mask 'Do not write ::add-mask:: for GitHub Actions'
            cand --no-retry 'Do not obtain a new token and re-send after a 401'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'tok;curl;envoy'= {
            cand --client-id 'Client id of the integration (Dev Dashboard)'
            cand --client-secret 'Client secret of the integration [also: TOK_ENVOY_CLIENT_SECRET_FILE]'
            cand --username 'Email of the API user'
            cand --password 'Password of the API user [also: TOK_ENVOY_PASSWORD_FILE]'
            cand --api-key 'Client API key: no token exchange, header X-Api-Key (other credentials not needed) [also: TOK_ENVOY_API_KEY_FILE]'
            cand --token-url 'Token endpoint'
            cand --scope 'Scopes, comma separated'
            cand --profile 'Keeps several accounts of one provider apart (keyring and cache)'
            cand --min-ttl 'Reuse a cached token only while it has more than this many seconds left'
            cand --timeout 'Bound on the whole operation, retries and lock wait included'
            cand --ca-cert 'PEM file of extra CA certificates, trusted on top of the OS store'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --no-cache 'Neither read nor write the cache'
            cand --refresh 'Ignore the cached access token (a cached refresh token is still used)'
            cand --offline 'Answer only from the cache; exit 5 when no usable token is cached'
            cand --allow-http 'Allow plain http:// endpoints on non-loopback hosts'
            cand --dry-run 'Print the request that would be sent (secrets as ***) and send nothing'
            cand -v 'Trace each step on stderr (secrets and tokens masked)'
            cand --verbose 'Trace each step on stderr (secrets and tokens masked)'
            cand --no-mask 'Do not write ::add-mask:: for GitHub Actions'
            cand --no-retry 'Do not obtain a new token and re-send after a 401'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'tok;curl;crayon'= {
            cand --client-id 'Client id (registered in Crayon Cloud-iQ)'
            cand --client-secret 'Client secret [also: TOK_CRAYON_CLIENT_SECRET_FILE]'
            cand --username 'Username of the API user'
            cand --password 'Password of the API user [also: TOK_CRAYON_PASSWORD_FILE]'
            cand --token-url 'Token endpoint'
            cand --scope 'Scope to ask for'
            cand --profile 'Keeps several accounts of one provider apart (keyring and cache)'
            cand --min-ttl 'Reuse a cached token only while it has more than this many seconds left'
            cand --timeout 'Bound on the whole operation, retries and lock wait included'
            cand --ca-cert 'PEM file of extra CA certificates, trusted on top of the OS store'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --no-cache 'Neither read nor write the cache'
            cand --refresh 'Ignore the cached access token (a cached refresh token is still used)'
            cand --offline 'Answer only from the cache; exit 5 when no usable token is cached'
            cand --allow-http 'Allow plain http:// endpoints on non-loopback hosts'
            cand --dry-run 'Print the request that would be sent (secrets as ***) and send nothing'
            cand -v 'Trace each step on stderr (secrets and tokens masked)'
            cand --verbose 'Trace each step on stderr (secrets and tokens masked)'
            cand --no-mask 'Do not write ::add-mask:: for GitHub Actions'
            cand --no-retry 'Do not obtain a new token and re-send after a 401'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'tok;curl;oauth2'= {
            cand --token-url 'Token endpoint (or --issuer)'
            cand --issuer 'Issuer URL: the token endpoint is found by OIDC discovery (RFC 8414 as fallback)'
            cand --grant 'Grant type'
            cand --client-auth 'Where the client id and secret go'
            cand --client-id 'Client id'
            cand --client-secret 'Client secret (omit for a public client) [also: TOK_OAUTH2_CLIENT_SECRET_FILE]'
            cand --username 'Username (password grant)'
            cand --password 'Password (password grant) [also: TOK_OAUTH2_PASSWORD_FILE]'
            cand --refresh-token 'Refresh token (refresh_token grant) [also: TOK_OAUTH2_REFRESH_TOKEN_FILE]'
            cand --scope 'Scope to ask for (space separated)'
            cand --audience 'Audience parameter'
            cand --param 'Extra body parameter, repeatable (not treated as a secret)'
            cand --profile 'Keeps several accounts of one provider apart (keyring and cache)'
            cand --min-ttl 'Reuse a cached token only while it has more than this many seconds left'
            cand --timeout 'Bound on the whole operation, retries and lock wait included'
            cand --ca-cert 'PEM file of extra CA certificates, trusted on top of the OS store'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --no-cache 'Neither read nor write the cache'
            cand --refresh 'Ignore the cached access token (a cached refresh token is still used)'
            cand --offline 'Answer only from the cache; exit 5 when no usable token is cached'
            cand --allow-http 'Allow plain http:// endpoints on non-loopback hosts'
            cand --dry-run 'Print the request that would be sent (secrets as ***) and send nothing'
            cand -v 'Trace each step on stderr (secrets and tokens masked)'
            cand --verbose 'Trace each step on stderr (secrets and tokens masked)'
            cand --no-mask 'Do not write ::add-mask:: for GitHub Actions'
            cand --no-retry 'Do not obtain a new token and re-send after a 401'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'tok;exec'= {
            cand --profile 'Keeps several accounts of one provider apart (keyring and cache)'
            cand --min-ttl 'Reuse a cached token only while it has more than this many seconds left'
            cand --timeout 'Bound on the whole operation, retries and lock wait included'
            cand --ca-cert 'PEM file of extra CA certificates, trusted on top of the OS store'
            cand --env 'Put the token in this variable instead of TOK_ACCESS_TOKEN'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --no-cache 'Neither read nor write the cache'
            cand --refresh 'Ignore the cached access token (a cached refresh token is still used)'
            cand --offline 'Answer only from the cache; exit 5 when no usable token is cached'
            cand --allow-http 'Allow plain http:// endpoints on non-loopback hosts'
            cand --dry-run 'Print the request that would be sent (secrets as ***) and send nothing'
            cand -v 'Trace each step on stderr (secrets and tokens masked)'
            cand --verbose 'Trace each step on stderr (secrets and tokens masked)'
            cand --no-mask 'Do not write ::add-mask:: for GitHub Actions'
            cand -h 'Print help'
            cand --help 'Print help'
            cand elfsquad 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
            cand authapi 'Auth API: username/password, rotating refresh tokens (--base-url required)'
            cand envoy 'Envoy: password grant with Basic client auth, or --api-key'
            cand crayon 'Crayon: password grant with Basic client auth (PascalCase answer)'
            cand oauth2 'Any RFC 6749 token endpoint (--token-url required)'
        }
        &'tok;exec;elfsquad'= {
            cand --client-id 'OpenID client id (with --legacy: the Connect application id)'
            cand --client-secret 'Client secret [also: TOK_ELFSQUAD_CLIENT_SECRET_FILE]'
            cand --token-url 'OpenID token endpoint [default: https://login.elfsquad.io/oauth2/token]'
            cand --legacy-url 'Connect login endpoint, used with --legacy [default: https://api.elfsquad.io/api/2/auth/elfskotconnectlogin]'
            cand --scope 'Scope to ask for (not used with --legacy)'
            cand --profile 'Keeps several accounts of one provider apart (keyring and cache)'
            cand --min-ttl 'Reuse a cached token only while it has more than this many seconds left'
            cand --timeout 'Bound on the whole operation, retries and lock wait included'
            cand --ca-cert 'PEM file of extra CA certificates, trusted on top of the OS store'
            cand --env 'Put the token in this variable instead of TOK_ACCESS_TOKEN'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --legacy 'Use the legacy Elfsquad Connect login (JSON body, expiresIn in milliseconds)'
            cand --no-cache 'Neither read nor write the cache'
            cand --refresh 'Ignore the cached access token (a cached refresh token is still used)'
            cand --offline 'Answer only from the cache; exit 5 when no usable token is cached'
            cand --allow-http 'Allow plain http:// endpoints on non-loopback hosts'
            cand --dry-run 'Print the request that would be sent (secrets as ***) and send nothing'
            cand -v 'Trace each step on stderr (secrets and tokens masked)'
            cand --verbose 'Trace each step on stderr (secrets and tokens masked)'
            cand --no-mask 'Do not write ::add-mask:: for GitHub Actions'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'tok;exec;authapi'= {
            cand --username 'Username'
            cand --password 'Password [also: TOK_AUTHAPI_PASSWORD_FILE]'
            cand --base-url 'Base URL of the Auth API, e.g. https://auth.example.com (no default)'
            cand --profile 'Keeps several accounts of one provider apart (keyring and cache)'
            cand --min-ttl 'Reuse a cached token only while it has more than this many seconds left'
            cand --timeout 'Bound on the whole operation, retries and lock wait included'
            cand --ca-cert 'PEM file of extra CA certificates, trusted on top of the OS store'
            cand --env 'Put the token in this variable instead of TOK_ACCESS_TOKEN'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --staging 'Use the staging host: -stg appended to the first host label'
            cand --no-cache 'Neither read nor write the cache'
            cand --refresh 'Ignore the cached access token (a cached refresh token is still used)'
            cand --offline 'Answer only from the cache; exit 5 when no usable token is cached'
            cand --allow-http 'Allow plain http:// endpoints on non-loopback hosts'
            cand --dry-run 'Print the request that would be sent (secrets as ***) and send nothing'
            cand -v 'Trace each step on stderr (secrets and tokens masked)'
            cand --verbose 'Trace each step on stderr (secrets and tokens masked)'
            cand --no-mask 'Do not write ::add-mask:: for GitHub Actions'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'tok;exec;envoy'= {
            cand --client-id 'Client id of the integration (Dev Dashboard)'
            cand --client-secret 'Client secret of the integration [also: TOK_ENVOY_CLIENT_SECRET_FILE]'
            cand --username 'Email of the API user'
            cand --password 'Password of the API user [also: TOK_ENVOY_PASSWORD_FILE]'
            cand --api-key 'Client API key: no token exchange, header X-Api-Key (other credentials not needed) [also: TOK_ENVOY_API_KEY_FILE]'
            cand --token-url 'Token endpoint'
            cand --scope 'Scopes, comma separated'
            cand --profile 'Keeps several accounts of one provider apart (keyring and cache)'
            cand --min-ttl 'Reuse a cached token only while it has more than this many seconds left'
            cand --timeout 'Bound on the whole operation, retries and lock wait included'
            cand --ca-cert 'PEM file of extra CA certificates, trusted on top of the OS store'
            cand --env 'Put the token in this variable instead of TOK_ACCESS_TOKEN'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --no-cache 'Neither read nor write the cache'
            cand --refresh 'Ignore the cached access token (a cached refresh token is still used)'
            cand --offline 'Answer only from the cache; exit 5 when no usable token is cached'
            cand --allow-http 'Allow plain http:// endpoints on non-loopback hosts'
            cand --dry-run 'Print the request that would be sent (secrets as ***) and send nothing'
            cand -v 'Trace each step on stderr (secrets and tokens masked)'
            cand --verbose 'Trace each step on stderr (secrets and tokens masked)'
            cand --no-mask 'Do not write ::add-mask:: for GitHub Actions'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'tok;exec;crayon'= {
            cand --client-id 'Client id (registered in Crayon Cloud-iQ)'
            cand --client-secret 'Client secret [also: TOK_CRAYON_CLIENT_SECRET_FILE]'
            cand --username 'Username of the API user'
            cand --password 'Password of the API user [also: TOK_CRAYON_PASSWORD_FILE]'
            cand --token-url 'Token endpoint'
            cand --scope 'Scope to ask for'
            cand --profile 'Keeps several accounts of one provider apart (keyring and cache)'
            cand --min-ttl 'Reuse a cached token only while it has more than this many seconds left'
            cand --timeout 'Bound on the whole operation, retries and lock wait included'
            cand --ca-cert 'PEM file of extra CA certificates, trusted on top of the OS store'
            cand --env 'Put the token in this variable instead of TOK_ACCESS_TOKEN'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --no-cache 'Neither read nor write the cache'
            cand --refresh 'Ignore the cached access token (a cached refresh token is still used)'
            cand --offline 'Answer only from the cache; exit 5 when no usable token is cached'
            cand --allow-http 'Allow plain http:// endpoints on non-loopback hosts'
            cand --dry-run 'Print the request that would be sent (secrets as ***) and send nothing'
            cand -v 'Trace each step on stderr (secrets and tokens masked)'
            cand --verbose 'Trace each step on stderr (secrets and tokens masked)'
            cand --no-mask 'Do not write ::add-mask:: for GitHub Actions'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'tok;exec;oauth2'= {
            cand --token-url 'Token endpoint (or --issuer)'
            cand --issuer 'Issuer URL: the token endpoint is found by OIDC discovery (RFC 8414 as fallback)'
            cand --grant 'Grant type'
            cand --client-auth 'Where the client id and secret go'
            cand --client-id 'Client id'
            cand --client-secret 'Client secret (omit for a public client) [also: TOK_OAUTH2_CLIENT_SECRET_FILE]'
            cand --username 'Username (password grant)'
            cand --password 'Password (password grant) [also: TOK_OAUTH2_PASSWORD_FILE]'
            cand --refresh-token 'Refresh token (refresh_token grant) [also: TOK_OAUTH2_REFRESH_TOKEN_FILE]'
            cand --scope 'Scope to ask for (space separated)'
            cand --audience 'Audience parameter'
            cand --param 'Extra body parameter, repeatable (not treated as a secret)'
            cand --profile 'Keeps several accounts of one provider apart (keyring and cache)'
            cand --min-ttl 'Reuse a cached token only while it has more than this many seconds left'
            cand --timeout 'Bound on the whole operation, retries and lock wait included'
            cand --ca-cert 'PEM file of extra CA certificates, trusted on top of the OS store'
            cand --env 'Put the token in this variable instead of TOK_ACCESS_TOKEN'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --no-cache 'Neither read nor write the cache'
            cand --refresh 'Ignore the cached access token (a cached refresh token is still used)'
            cand --offline 'Answer only from the cache; exit 5 when no usable token is cached'
            cand --allow-http 'Allow plain http:// endpoints on non-loopback hosts'
            cand --dry-run 'Print the request that would be sent (secrets as ***) and send nothing'
            cand -v 'Trace each step on stderr (secrets and tokens masked)'
            cand --verbose 'Trace each step on stderr (secrets and tokens masked)'
            cand --no-mask 'Do not write ::add-mask:: for GitHub Actions'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'tok;login'= {
            cand --profile 'Account profile'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'tok;logout'= {
            cand --profile 'Account profile'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'tok;cache'= {
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List cached entries (never a token)'
            cand clear 'Remove cached entries'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tok;cache;list'= {
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --json 'One JSON array instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'tok;cache;clear'= {
            cand --profile 'Only this profile''s entries'
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'tok;cache;help'= {
            cand list 'List cached entries (never a token)'
            cand clear 'Remove cached entries'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tok;cache;help;list'= {
        }
        &'tok;cache;help;clear'= {
        }
        &'tok;cache;help;help'= {
        }
        &'tok;accounts'= {
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --json 'One JSON array instead of a table'
            cand --names 'Only the names, one per line (for shell completion)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'tok;inspect'= {
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand --check 'Exit 1 when the token has expired or is not valid yet (for scripts)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'tok;completions'= {
            cand --config 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'tok;help'= {
            cand get 'Fetch (or reuse from the cache) a token and print it'
            cand curl 'Run curl with the token: the header never appears in argv or environment'
            cand exec 'Run a command with the token in its environment (TOK_ACCESS_TOKEN, …)'
            cand login 'Store a provider''s credentials in the OS keyring'
            cand logout 'Delete a provider''s keyring entry and cached tokens'
            cand cache 'List or clear cached tokens'
            cand accounts 'List the accounts of the config file (never a secret)'
            cand inspect 'Decode a JWT locally (no verification, no network)'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tok;help;get'= {
            cand elfsquad 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
            cand authapi 'Auth API: username/password, rotating refresh tokens (--base-url required)'
            cand envoy 'Envoy: password grant with Basic client auth, or --api-key'
            cand crayon 'Crayon: password grant with Basic client auth (PascalCase answer)'
            cand oauth2 'Any RFC 6749 token endpoint (--token-url required)'
        }
        &'tok;help;get;elfsquad'= {
        }
        &'tok;help;get;authapi'= {
        }
        &'tok;help;get;envoy'= {
        }
        &'tok;help;get;crayon'= {
        }
        &'tok;help;get;oauth2'= {
        }
        &'tok;help;curl'= {
            cand elfsquad 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
            cand authapi 'Auth API: username/password, rotating refresh tokens (--base-url required)'
            cand envoy 'Envoy: password grant with Basic client auth, or --api-key'
            cand crayon 'Crayon: password grant with Basic client auth (PascalCase answer)'
            cand oauth2 'Any RFC 6749 token endpoint (--token-url required)'
        }
        &'tok;help;curl;elfsquad'= {
        }
        &'tok;help;curl;authapi'= {
        }
        &'tok;help;curl;envoy'= {
        }
        &'tok;help;curl;crayon'= {
        }
        &'tok;help;curl;oauth2'= {
        }
        &'tok;help;exec'= {
            cand elfsquad 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
            cand authapi 'Auth API: username/password, rotating refresh tokens (--base-url required)'
            cand envoy 'Envoy: password grant with Basic client auth, or --api-key'
            cand crayon 'Crayon: password grant with Basic client auth (PascalCase answer)'
            cand oauth2 'Any RFC 6749 token endpoint (--token-url required)'
        }
        &'tok;help;exec;elfsquad'= {
        }
        &'tok;help;exec;authapi'= {
        }
        &'tok;help;exec;envoy'= {
        }
        &'tok;help;exec;crayon'= {
        }
        &'tok;help;exec;oauth2'= {
        }
        &'tok;help;login'= {
        }
        &'tok;help;logout'= {
        }
        &'tok;help;cache'= {
            cand list 'List cached entries (never a token)'
            cand clear 'Remove cached entries'
        }
        &'tok;help;cache;list'= {
        }
        &'tok;help;cache;clear'= {
        }
        &'tok;help;accounts'= {
        }
        &'tok;help;inspect'= {
        }
        &'tok;help;completions'= {
        }
        &'tok;help;help'= {
        }
    ]
    $completions[$command]
}
