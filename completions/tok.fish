# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_tok_global_optspecs
    string join \n config= q/quiet h/help V/version
end

function __fish_tok_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_tok_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_tok_using_subcommand
    set -l cmd (__fish_tok_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c tok -n "__fish_tok_needs_command" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_needs_command" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_needs_command" -s h -l help -d 'Print help'
complete -c tok -n "__fish_tok_needs_command" -s V -l version -d 'Print version'
complete -c tok -n "__fish_tok_needs_command" -f -a "get" -d 'Fetch (or reuse from the cache) a token and print it'
complete -c tok -n "__fish_tok_needs_command" -f -a "curl" -d 'Run curl with the token: the header never appears in argv or environment'
complete -c tok -n "__fish_tok_needs_command" -f -a "exec" -d 'Run a command with the token in its environment (TOK_ACCESS_TOKEN, …)'
complete -c tok -n "__fish_tok_needs_command" -f -a "login" -d 'Sign in as a person (device code / browser grants), or store a provider\'s credentials in the OS keyring'
complete -c tok -n "__fish_tok_needs_command" -f -a "logout" -d 'Delete a provider\'s keyring entry and cached tokens (--revoke: revoke the refresh token at the server first)'
complete -c tok -n "__fish_tok_needs_command" -f -a "cache" -d 'List or clear cached tokens'
complete -c tok -n "__fish_tok_needs_command" -f -a "accounts" -d 'List the accounts of the config file (never a secret)'
complete -c tok -n "__fish_tok_needs_command" -f -a "inspect" -d 'Decode a JWT locally (no verification, no network)'
complete -c tok -n "__fish_tok_needs_command" -f -a "git-credential" -d 'Answer git\'s credential-helper protocol (get/store/erase) with a token: `git config credential.https://HOST.helper \'!tok git-credential NAME\'`'
complete -c tok -n "__fish_tok_needs_command" -f -a "watch" -d 'Keep a token file fresh for a long job (atomic 0600 file, renewed before expiry) until signalled or --pid exits'
complete -c tok -n "__fish_tok_needs_command" -f -a "install-helpers" -d 'Create the docker-credential-tok and git-credential-tok links to tok'
complete -c tok -n "__fish_tok_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c tok -n "__fish_tok_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s f -l format -d 'Output format' -r -f -a "token\t'The access token and a newline'
header\t'`Authorization: Bearer <token>` (Envoy API key: `X-Api-Key: <key>`)'
json\t'One JSON object: access_token, token_type, expires_at, expires_in, scope, provider, profile, from_cache (and id_token when one was issued)'
env\t'`export NAME=\'value\'` lines for eval: TOK_ACCESS_TOKEN, TOK_TOKEN_TYPE, TOK_EXPIRES_AT, TOK_AUTH_HEADER'
exec-credential\t'A Kubernetes ExecCredential (the apiVersion $KUBERNETES_EXEC_INFO asks for; v1 without it)'"
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "elfsquad" -d 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "authapi" -d 'Auth API: username/password, rotating refresh tokens (--base-url required)'
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "envoy" -d 'Envoy: password grant with Basic client auth, or --api-key'
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "crayon" -d 'Crayon: password grant with Basic client auth (PascalCase answer)'
complete -c tok -n "__fish_tok_using_subcommand get; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "oauth2" -d 'Any RFC 6749 token endpoint (--token-url required)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l client-id -d 'OpenID client id (with --legacy: the Connect application id)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l client-secret -d 'Client secret [also: TOK_ELFSQUAD_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l token-url -d 'OpenID token endpoint [default: https://login.elfsquad.io/oauth2/token]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l legacy-url -d 'Connect login endpoint, used with --legacy [default: https://api.elfsquad.io/api/2/auth/elfskotconnectlogin]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l scope -d 'Scope to ask for (not used with --legacy)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -s f -l format -d 'Output format' -r -f -a "token\t'The access token and a newline'
header\t'`Authorization: Bearer <token>` (Envoy API key: `X-Api-Key: <key>`)'
json\t'One JSON object: access_token, token_type, expires_at, expires_in, scope, provider, profile, from_cache (and id_token when one was issued)'
env\t'`export NAME=\'value\'` lines for eval: TOK_ACCESS_TOKEN, TOK_TOKEN_TYPE, TOK_EXPIRES_AT, TOK_AUTH_HEADER'
exec-credential\t'A Kubernetes ExecCredential (the apiVersion $KUBERNETES_EXEC_INFO asks for; v1 without it)'"
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l legacy -d 'Use the legacy Elfsquad Connect login (JSON body, expiresIn in milliseconds)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from elfsquad" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -l username -d 'Username' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -l password -d 'Password [also: TOK_AUTHAPI_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -l base-url -d 'Base URL of the Auth API, e.g. https://auth.example.com (no default)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -s f -l format -d 'Output format' -r -f -a "token\t'The access token and a newline'
header\t'`Authorization: Bearer <token>` (Envoy API key: `X-Api-Key: <key>`)'
json\t'One JSON object: access_token, token_type, expires_at, expires_in, scope, provider, profile, from_cache (and id_token when one was issued)'
env\t'`export NAME=\'value\'` lines for eval: TOK_ACCESS_TOKEN, TOK_TOKEN_TYPE, TOK_EXPIRES_AT, TOK_AUTH_HEADER'
exec-credential\t'A Kubernetes ExecCredential (the apiVersion $KUBERNETES_EXEC_INFO asks for; v1 without it)'"
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -l staging -d 'Use the staging host: -stg appended to the first host label'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from authapi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l client-id -d 'Client id of the integration (Dev Dashboard)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l client-secret -d 'Client secret of the integration [also: TOK_ENVOY_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l username -d 'Email of the API user' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l password -d 'Password of the API user [also: TOK_ENVOY_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l api-key -d 'Client API key: no token exchange, header X-Api-Key (other credentials not needed) [also: TOK_ENVOY_API_KEY_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l token-url -d 'Token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l scope -d 'Scopes, comma separated' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -s f -l format -d 'Output format' -r -f -a "token\t'The access token and a newline'
header\t'`Authorization: Bearer <token>` (Envoy API key: `X-Api-Key: <key>`)'
json\t'One JSON object: access_token, token_type, expires_at, expires_in, scope, provider, profile, from_cache (and id_token when one was issued)'
env\t'`export NAME=\'value\'` lines for eval: TOK_ACCESS_TOKEN, TOK_TOKEN_TYPE, TOK_EXPIRES_AT, TOK_AUTH_HEADER'
exec-credential\t'A Kubernetes ExecCredential (the apiVersion $KUBERNETES_EXEC_INFO asks for; v1 without it)'"
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l client-id -d 'Client id (registered in Crayon Cloud-iQ)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l client-secret -d 'Client secret [also: TOK_CRAYON_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l username -d 'Username of the API user' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l password -d 'Password of the API user [also: TOK_CRAYON_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l token-url -d 'Token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l scope -d 'Scope to ask for' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -s f -l format -d 'Output format' -r -f -a "token\t'The access token and a newline'
header\t'`Authorization: Bearer <token>` (Envoy API key: `X-Api-Key: <key>`)'
json\t'One JSON object: access_token, token_type, expires_at, expires_in, scope, provider, profile, from_cache (and id_token when one was issued)'
env\t'`export NAME=\'value\'` lines for eval: TOK_ACCESS_TOKEN, TOK_TOKEN_TYPE, TOK_EXPIRES_AT, TOK_AUTH_HEADER'
exec-credential\t'A Kubernetes ExecCredential (the apiVersion $KUBERNETES_EXEC_INFO asks for; v1 without it)'"
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from crayon" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l token-url -d 'Token endpoint (or --issuer)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l issuer -d 'Issuer URL: the token endpoint is found by OIDC discovery (RFC 8414 as fallback)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l grant -d 'Grant type (device_code and authorization_code: a person signs in)' -r -f -a "client_credentials\t''
password\t''
refresh_token\t''
device_code\t''
authorization_code\t''
jwt-bearer\t''
token-exchange\t''"
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l client-auth -d 'How the client authenticates: secret in Basic or body, a signed assertion (client_secret_jwt, private_key_jwt), a TLS client certificate, or none' -r -f -a "basic\t''
body\t''
client_secret_jwt\t''
private_key_jwt\t''
tls_client_auth\t''
none\t''"
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l client-assertion-key -d 'PEM private key file that signs the client assertion (private_key_jwt)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l client-assertion-alg -d 'JOSE algorithm of the client assertion [default: from the key: RS256, ES256, ES384, EdDSA]' -r -f -a "RS256\t''
PS256\t''
ES256\t''
ES384\t''
EdDSA\t''"
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l client-assertion-kid -d 'kid in the client assertion\'s header' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l client-assertion-aud -d 'aud of the client assertion [default: the token endpoint URL]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l client-cert -d 'PEM client certificate for mutual TLS (tls_client_auth, or with any method)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l client-key -d 'PEM private key of --client-cert' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l client-id -d 'Client id' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l client-secret -d 'Client secret (omit for a public client) [also: TOK_OAUTH2_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l username -d 'Username (password grant)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l password -d 'Password (password grant) [also: TOK_OAUTH2_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l refresh-token -d 'Refresh token (refresh_token grant) [also: TOK_OAUTH2_REFRESH_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l scope -d 'Scope to ask for (space separated)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l audience -d 'Audience parameter (repeatable for token-exchange)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l resource -d 'Resource indicator, RFC 8707 (repeatable)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l assertion -d 'JWT assertion for the jwt-bearer grant (or --assertion-file, --assertion-from, --assertion-key) [also: TOK_OAUTH2_ASSERTION_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l assertion-file -d 'File holding the jwt-bearer assertion' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l assertion-from -d 'Where the assertion comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l assertion-key -d 'PEM private key with which tok signs the jwt-bearer assertion itself' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l assertion-key-pem -d 'The assertion key as PEM text (from the environment; a --key-file fills it) [also: TOK_OAUTH2_ASSERTION_KEY_PEM_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l assertion-iss -d 'iss of a signed assertion [default: the client id]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l assertion-sub -d 'sub of a signed assertion [default: the client id]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l assertion-aud -d 'aud of a signed assertion [default: the token endpoint]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l assertion-alg -d 'JOSE algorithm of a signed assertion [default: from the key]' -r -f -a "RS256\t''
PS256\t''
ES256\t''
ES384\t''
EdDSA\t''"
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l assertion-kid -d 'kid in a signed assertion\'s header' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l key-file -d 'Service account key (JSON: client_email, private_key, private_key_id, token_uri): fills the assertion and the token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l subject-token -d 'Subject token for token-exchange (or --subject-token-file, --subject-token-from) [also: TOK_OAUTH2_SUBJECT_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l subject-token-file -d 'File holding the subject token' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l subject-token-from -d 'Where the subject token comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l subject-token-type -d 'Type of the subject token (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l actor-token -d 'Actor token for token-exchange (or --actor-token-file) [also: TOK_OAUTH2_ACTOR_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l actor-token-file -d 'File holding the actor token' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l actor-token-type -d 'Type of the actor token (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l requested-token-type -d 'The type of token to ask for (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l param -d 'Extra body parameter, repeatable (not treated as a secret)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l device-url -d 'Device authorization endpoint (device_code; else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l authorization-url -d 'Authorization endpoint (authorization_code; else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l revocation-url -d 'Revocation endpoint for `tok logout --revoke` (else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l redirect-port -d 'Port of the loopback redirect (authorization_code) [default: a free one]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l login-timeout -d 'Seconds to wait for a person to sign in' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -s f -l format -d 'Output format' -r -f -a "token\t'The access token and a newline'
header\t'`Authorization: Bearer <token>` (Envoy API key: `X-Api-Key: <key>`)'
json\t'One JSON object: access_token, token_type, expires_at, expires_in, scope, provider, profile, from_cache (and id_token when one was issued)'
env\t'`export NAME=\'value\'` lines for eval: TOK_ACCESS_TOKEN, TOK_TOKEN_TYPE, TOK_EXPIRES_AT, TOK_AUTH_HEADER'
exec-credential\t'A Kubernetes ExecCredential (the apiVersion $KUBERNETES_EXEC_INFO asks for; v1 without it)'"
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l no-browser -d 'Print the sign-in URL instead of opening a browser'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l manual -d 'Over SSH: print the sign-in URL, then paste the URL the browser was sent back to'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand get; and __fish_seen_subcommand_from oauth2" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l no-retry -d 'Do not obtain a new token and re-send after a 401'
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s h -l help -d 'Print help'
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "elfsquad" -d 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "authapi" -d 'Auth API: username/password, rotating refresh tokens (--base-url required)'
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "envoy" -d 'Envoy: password grant with Basic client auth, or --api-key'
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "crayon" -d 'Crayon: password grant with Basic client auth (PascalCase answer)'
complete -c tok -n "__fish_tok_using_subcommand curl; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "oauth2" -d 'Any RFC 6749 token endpoint (--token-url required)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l client-id -d 'OpenID client id (with --legacy: the Connect application id)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l client-secret -d 'Client secret [also: TOK_ELFSQUAD_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l token-url -d 'OpenID token endpoint [default: https://login.elfsquad.io/oauth2/token]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l legacy-url -d 'Connect login endpoint, used with --legacy [default: https://api.elfsquad.io/api/2/auth/elfskotconnectlogin]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l scope -d 'Scope to ask for (not used with --legacy)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l legacy -d 'Use the legacy Elfsquad Connect login (JSON body, expiresIn in milliseconds)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -l no-retry -d 'Do not obtain a new token and re-send after a 401'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from elfsquad" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -l username -d 'Username' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -l password -d 'Password [also: TOK_AUTHAPI_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -l base-url -d 'Base URL of the Auth API, e.g. https://auth.example.com (no default)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -l staging -d 'Use the staging host: -stg appended to the first host label'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -l no-retry -d 'Do not obtain a new token and re-send after a 401'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from authapi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l client-id -d 'Client id of the integration (Dev Dashboard)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l client-secret -d 'Client secret of the integration [also: TOK_ENVOY_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l username -d 'Email of the API user' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l password -d 'Password of the API user [also: TOK_ENVOY_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l api-key -d 'Client API key: no token exchange, header X-Api-Key (other credentials not needed) [also: TOK_ENVOY_API_KEY_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l token-url -d 'Token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l scope -d 'Scopes, comma separated' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -l no-retry -d 'Do not obtain a new token and re-send after a 401'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l client-id -d 'Client id (registered in Crayon Cloud-iQ)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l client-secret -d 'Client secret [also: TOK_CRAYON_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l username -d 'Username of the API user' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l password -d 'Password of the API user [also: TOK_CRAYON_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l token-url -d 'Token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l scope -d 'Scope to ask for' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -l no-retry -d 'Do not obtain a new token and re-send after a 401'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from crayon" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l token-url -d 'Token endpoint (or --issuer)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l issuer -d 'Issuer URL: the token endpoint is found by OIDC discovery (RFC 8414 as fallback)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l grant -d 'Grant type (device_code and authorization_code: a person signs in)' -r -f -a "client_credentials\t''
password\t''
refresh_token\t''
device_code\t''
authorization_code\t''
jwt-bearer\t''
token-exchange\t''"
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l client-auth -d 'How the client authenticates: secret in Basic or body, a signed assertion (client_secret_jwt, private_key_jwt), a TLS client certificate, or none' -r -f -a "basic\t''
body\t''
client_secret_jwt\t''
private_key_jwt\t''
tls_client_auth\t''
none\t''"
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l client-assertion-key -d 'PEM private key file that signs the client assertion (private_key_jwt)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l client-assertion-alg -d 'JOSE algorithm of the client assertion [default: from the key: RS256, ES256, ES384, EdDSA]' -r -f -a "RS256\t''
PS256\t''
ES256\t''
ES384\t''
EdDSA\t''"
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l client-assertion-kid -d 'kid in the client assertion\'s header' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l client-assertion-aud -d 'aud of the client assertion [default: the token endpoint URL]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l client-cert -d 'PEM client certificate for mutual TLS (tls_client_auth, or with any method)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l client-key -d 'PEM private key of --client-cert' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l client-id -d 'Client id' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l client-secret -d 'Client secret (omit for a public client) [also: TOK_OAUTH2_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l username -d 'Username (password grant)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l password -d 'Password (password grant) [also: TOK_OAUTH2_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l refresh-token -d 'Refresh token (refresh_token grant) [also: TOK_OAUTH2_REFRESH_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l scope -d 'Scope to ask for (space separated)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l audience -d 'Audience parameter (repeatable for token-exchange)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l resource -d 'Resource indicator, RFC 8707 (repeatable)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l assertion -d 'JWT assertion for the jwt-bearer grant (or --assertion-file, --assertion-from, --assertion-key) [also: TOK_OAUTH2_ASSERTION_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l assertion-file -d 'File holding the jwt-bearer assertion' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l assertion-from -d 'Where the assertion comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l assertion-key -d 'PEM private key with which tok signs the jwt-bearer assertion itself' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l assertion-key-pem -d 'The assertion key as PEM text (from the environment; a --key-file fills it) [also: TOK_OAUTH2_ASSERTION_KEY_PEM_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l assertion-iss -d 'iss of a signed assertion [default: the client id]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l assertion-sub -d 'sub of a signed assertion [default: the client id]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l assertion-aud -d 'aud of a signed assertion [default: the token endpoint]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l assertion-alg -d 'JOSE algorithm of a signed assertion [default: from the key]' -r -f -a "RS256\t''
PS256\t''
ES256\t''
ES384\t''
EdDSA\t''"
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l assertion-kid -d 'kid in a signed assertion\'s header' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l key-file -d 'Service account key (JSON: client_email, private_key, private_key_id, token_uri): fills the assertion and the token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l subject-token -d 'Subject token for token-exchange (or --subject-token-file, --subject-token-from) [also: TOK_OAUTH2_SUBJECT_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l subject-token-file -d 'File holding the subject token' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l subject-token-from -d 'Where the subject token comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l subject-token-type -d 'Type of the subject token (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l actor-token -d 'Actor token for token-exchange (or --actor-token-file) [also: TOK_OAUTH2_ACTOR_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l actor-token-file -d 'File holding the actor token' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l actor-token-type -d 'Type of the actor token (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l requested-token-type -d 'The type of token to ask for (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l param -d 'Extra body parameter, repeatable (not treated as a secret)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l device-url -d 'Device authorization endpoint (device_code; else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l authorization-url -d 'Authorization endpoint (authorization_code; else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l revocation-url -d 'Revocation endpoint for `tok logout --revoke` (else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l redirect-port -d 'Port of the loopback redirect (authorization_code) [default: a free one]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l login-timeout -d 'Seconds to wait for a person to sign in' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l no-browser -d 'Print the sign-in URL instead of opening a browser'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l manual -d 'Over SSH: print the sign-in URL, then paste the URL the browser was sent back to'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -l no-retry -d 'Do not obtain a new token and re-send after a 401'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand curl; and __fish_seen_subcommand_from oauth2" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l env -d 'Put the token in this variable instead of TOK_ACCESS_TOKEN' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l keep-fresh -d 'Stay beside the command and keep a token file fresh for its whole life, named in TOK_TOKEN_FILE and BEARER_TOKEN_FILE (removed when it exits)'
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s h -l help -d 'Print help'
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "elfsquad" -d 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "authapi" -d 'Auth API: username/password, rotating refresh tokens (--base-url required)'
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "envoy" -d 'Envoy: password grant with Basic client auth, or --api-key'
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "crayon" -d 'Crayon: password grant with Basic client auth (PascalCase answer)'
complete -c tok -n "__fish_tok_using_subcommand exec; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "oauth2" -d 'Any RFC 6749 token endpoint (--token-url required)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l client-id -d 'OpenID client id (with --legacy: the Connect application id)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l client-secret -d 'Client secret [also: TOK_ELFSQUAD_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l token-url -d 'OpenID token endpoint [default: https://login.elfsquad.io/oauth2/token]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l legacy-url -d 'Connect login endpoint, used with --legacy [default: https://api.elfsquad.io/api/2/auth/elfskotconnectlogin]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l scope -d 'Scope to ask for (not used with --legacy)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l env -d 'Put the token in this variable instead of TOK_ACCESS_TOKEN' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l legacy -d 'Use the legacy Elfsquad Connect login (JSON body, expiresIn in milliseconds)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -l keep-fresh -d 'Stay beside the command and keep a token file fresh for its whole life, named in TOK_TOKEN_FILE and BEARER_TOKEN_FILE (removed when it exits)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from elfsquad" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l username -d 'Username' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l password -d 'Password [also: TOK_AUTHAPI_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l base-url -d 'Base URL of the Auth API, e.g. https://auth.example.com (no default)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l env -d 'Put the token in this variable instead of TOK_ACCESS_TOKEN' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l staging -d 'Use the staging host: -stg appended to the first host label'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -l keep-fresh -d 'Stay beside the command and keep a token file fresh for its whole life, named in TOK_TOKEN_FILE and BEARER_TOKEN_FILE (removed when it exits)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from authapi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l client-id -d 'Client id of the integration (Dev Dashboard)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l client-secret -d 'Client secret of the integration [also: TOK_ENVOY_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l username -d 'Email of the API user' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l password -d 'Password of the API user [also: TOK_ENVOY_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l api-key -d 'Client API key: no token exchange, header X-Api-Key (other credentials not needed) [also: TOK_ENVOY_API_KEY_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l token-url -d 'Token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l scope -d 'Scopes, comma separated' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l env -d 'Put the token in this variable instead of TOK_ACCESS_TOKEN' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -l keep-fresh -d 'Stay beside the command and keep a token file fresh for its whole life, named in TOK_TOKEN_FILE and BEARER_TOKEN_FILE (removed when it exits)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l client-id -d 'Client id (registered in Crayon Cloud-iQ)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l client-secret -d 'Client secret [also: TOK_CRAYON_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l username -d 'Username of the API user' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l password -d 'Password of the API user [also: TOK_CRAYON_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l token-url -d 'Token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l scope -d 'Scope to ask for' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l env -d 'Put the token in this variable instead of TOK_ACCESS_TOKEN' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -l keep-fresh -d 'Stay beside the command and keep a token file fresh for its whole life, named in TOK_TOKEN_FILE and BEARER_TOKEN_FILE (removed when it exits)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from crayon" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l token-url -d 'Token endpoint (or --issuer)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l issuer -d 'Issuer URL: the token endpoint is found by OIDC discovery (RFC 8414 as fallback)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l grant -d 'Grant type (device_code and authorization_code: a person signs in)' -r -f -a "client_credentials\t''
password\t''
refresh_token\t''
device_code\t''
authorization_code\t''
jwt-bearer\t''
token-exchange\t''"
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l client-auth -d 'How the client authenticates: secret in Basic or body, a signed assertion (client_secret_jwt, private_key_jwt), a TLS client certificate, or none' -r -f -a "basic\t''
body\t''
client_secret_jwt\t''
private_key_jwt\t''
tls_client_auth\t''
none\t''"
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l client-assertion-key -d 'PEM private key file that signs the client assertion (private_key_jwt)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l client-assertion-alg -d 'JOSE algorithm of the client assertion [default: from the key: RS256, ES256, ES384, EdDSA]' -r -f -a "RS256\t''
PS256\t''
ES256\t''
ES384\t''
EdDSA\t''"
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l client-assertion-kid -d 'kid in the client assertion\'s header' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l client-assertion-aud -d 'aud of the client assertion [default: the token endpoint URL]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l client-cert -d 'PEM client certificate for mutual TLS (tls_client_auth, or with any method)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l client-key -d 'PEM private key of --client-cert' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l client-id -d 'Client id' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l client-secret -d 'Client secret (omit for a public client) [also: TOK_OAUTH2_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l username -d 'Username (password grant)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l password -d 'Password (password grant) [also: TOK_OAUTH2_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l refresh-token -d 'Refresh token (refresh_token grant) [also: TOK_OAUTH2_REFRESH_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l scope -d 'Scope to ask for (space separated)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l audience -d 'Audience parameter (repeatable for token-exchange)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l resource -d 'Resource indicator, RFC 8707 (repeatable)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l assertion -d 'JWT assertion for the jwt-bearer grant (or --assertion-file, --assertion-from, --assertion-key) [also: TOK_OAUTH2_ASSERTION_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l assertion-file -d 'File holding the jwt-bearer assertion' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l assertion-from -d 'Where the assertion comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l assertion-key -d 'PEM private key with which tok signs the jwt-bearer assertion itself' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l assertion-key-pem -d 'The assertion key as PEM text (from the environment; a --key-file fills it) [also: TOK_OAUTH2_ASSERTION_KEY_PEM_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l assertion-iss -d 'iss of a signed assertion [default: the client id]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l assertion-sub -d 'sub of a signed assertion [default: the client id]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l assertion-aud -d 'aud of a signed assertion [default: the token endpoint]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l assertion-alg -d 'JOSE algorithm of a signed assertion [default: from the key]' -r -f -a "RS256\t''
PS256\t''
ES256\t''
ES384\t''
EdDSA\t''"
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l assertion-kid -d 'kid in a signed assertion\'s header' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l key-file -d 'Service account key (JSON: client_email, private_key, private_key_id, token_uri): fills the assertion and the token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l subject-token -d 'Subject token for token-exchange (or --subject-token-file, --subject-token-from) [also: TOK_OAUTH2_SUBJECT_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l subject-token-file -d 'File holding the subject token' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l subject-token-from -d 'Where the subject token comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l subject-token-type -d 'Type of the subject token (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l actor-token -d 'Actor token for token-exchange (or --actor-token-file) [also: TOK_OAUTH2_ACTOR_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l actor-token-file -d 'File holding the actor token' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l actor-token-type -d 'Type of the actor token (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l requested-token-type -d 'The type of token to ask for (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l param -d 'Extra body parameter, repeatable (not treated as a secret)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l device-url -d 'Device authorization endpoint (device_code; else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l authorization-url -d 'Authorization endpoint (authorization_code; else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l revocation-url -d 'Revocation endpoint for `tok logout --revoke` (else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l redirect-port -d 'Port of the loopback redirect (authorization_code) [default: a free one]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l login-timeout -d 'Seconds to wait for a person to sign in' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l env -d 'Put the token in this variable instead of TOK_ACCESS_TOKEN' -r
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l no-browser -d 'Print the sign-in URL instead of opening a browser'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l manual -d 'Over SSH: print the sign-in URL, then paste the URL the browser was sent back to'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -l keep-fresh -d 'Stay beside the command and keep a token file fresh for its whole life, named in TOK_TOKEN_FILE and BEARER_TOKEN_FILE (removed when it exits)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand exec; and __fish_seen_subcommand_from oauth2" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand login; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l timeout -d 'Bound on each request to the server' -r
complete -c tok -n "__fish_tok_using_subcommand login; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand login; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand login; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand login; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l dry-run -d 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing'
complete -c tok -n "__fish_tok_using_subcommand login; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand login; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand login; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s h -l help -d 'Print help'
complete -c tok -n "__fish_tok_using_subcommand login; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "elfsquad" -d 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
complete -c tok -n "__fish_tok_using_subcommand login; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "authapi" -d 'Auth API: username/password, rotating refresh tokens (--base-url required)'
complete -c tok -n "__fish_tok_using_subcommand login; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "envoy" -d 'Envoy: password grant with Basic client auth, or --api-key'
complete -c tok -n "__fish_tok_using_subcommand login; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "crayon" -d 'Crayon: password grant with Basic client auth (PascalCase answer)'
complete -c tok -n "__fish_tok_using_subcommand login; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "oauth2" -d 'Any RFC 6749 token endpoint (--token-url required)'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from elfsquad" -l client-id -d 'OpenID client id (with --legacy: the Connect application id)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from elfsquad" -l client-secret -d 'Client secret [also: TOK_ELFSQUAD_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from elfsquad" -l token-url -d 'OpenID token endpoint [default: https://login.elfsquad.io/oauth2/token]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from elfsquad" -l legacy-url -d 'Connect login endpoint, used with --legacy [default: https://api.elfsquad.io/api/2/auth/elfskotconnectlogin]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from elfsquad" -l scope -d 'Scope to ask for (not used with --legacy)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from elfsquad" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from elfsquad" -l timeout -d 'Bound on each request to the server' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from elfsquad" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from elfsquad" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from elfsquad" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from elfsquad" -l legacy -d 'Use the legacy Elfsquad Connect login (JSON body, expiresIn in milliseconds)'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from elfsquad" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from elfsquad" -l dry-run -d 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from elfsquad" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from elfsquad" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from elfsquad" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from authapi" -l username -d 'Username' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from authapi" -l password -d 'Password [also: TOK_AUTHAPI_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from authapi" -l base-url -d 'Base URL of the Auth API, e.g. https://auth.example.com (no default)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from authapi" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from authapi" -l timeout -d 'Bound on each request to the server' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from authapi" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from authapi" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from authapi" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from authapi" -l staging -d 'Use the staging host: -stg appended to the first host label'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from authapi" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from authapi" -l dry-run -d 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from authapi" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from authapi" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from authapi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from envoy" -l client-id -d 'Client id of the integration (Dev Dashboard)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from envoy" -l client-secret -d 'Client secret of the integration [also: TOK_ENVOY_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from envoy" -l username -d 'Email of the API user' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from envoy" -l password -d 'Password of the API user [also: TOK_ENVOY_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from envoy" -l api-key -d 'Client API key: no token exchange, header X-Api-Key (other credentials not needed) [also: TOK_ENVOY_API_KEY_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from envoy" -l token-url -d 'Token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from envoy" -l scope -d 'Scopes, comma separated' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from envoy" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from envoy" -l timeout -d 'Bound on each request to the server' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from envoy" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from envoy" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from envoy" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from envoy" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from envoy" -l dry-run -d 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from envoy" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from envoy" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from crayon" -l client-id -d 'Client id (registered in Crayon Cloud-iQ)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from crayon" -l client-secret -d 'Client secret [also: TOK_CRAYON_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from crayon" -l username -d 'Username of the API user' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from crayon" -l password -d 'Password of the API user [also: TOK_CRAYON_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from crayon" -l token-url -d 'Token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from crayon" -l scope -d 'Scope to ask for' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from crayon" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from crayon" -l timeout -d 'Bound on each request to the server' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from crayon" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from crayon" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from crayon" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from crayon" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from crayon" -l dry-run -d 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from crayon" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from crayon" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from crayon" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l token-url -d 'Token endpoint (or --issuer)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l issuer -d 'Issuer URL: the token endpoint is found by OIDC discovery (RFC 8414 as fallback)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l grant -d 'Grant type (device_code and authorization_code: a person signs in)' -r -f -a "client_credentials\t''
password\t''
refresh_token\t''
device_code\t''
authorization_code\t''
jwt-bearer\t''
token-exchange\t''"
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l client-auth -d 'How the client authenticates: secret in Basic or body, a signed assertion (client_secret_jwt, private_key_jwt), a TLS client certificate, or none' -r -f -a "basic\t''
body\t''
client_secret_jwt\t''
private_key_jwt\t''
tls_client_auth\t''
none\t''"
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l client-assertion-key -d 'PEM private key file that signs the client assertion (private_key_jwt)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l client-assertion-alg -d 'JOSE algorithm of the client assertion [default: from the key: RS256, ES256, ES384, EdDSA]' -r -f -a "RS256\t''
PS256\t''
ES256\t''
ES384\t''
EdDSA\t''"
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l client-assertion-kid -d 'kid in the client assertion\'s header' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l client-assertion-aud -d 'aud of the client assertion [default: the token endpoint URL]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l client-cert -d 'PEM client certificate for mutual TLS (tls_client_auth, or with any method)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l client-key -d 'PEM private key of --client-cert' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l client-id -d 'Client id' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l client-secret -d 'Client secret (omit for a public client) [also: TOK_OAUTH2_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l username -d 'Username (password grant)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l password -d 'Password (password grant) [also: TOK_OAUTH2_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l refresh-token -d 'Refresh token (refresh_token grant) [also: TOK_OAUTH2_REFRESH_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l scope -d 'Scope to ask for (space separated)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l audience -d 'Audience parameter (repeatable for token-exchange)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l resource -d 'Resource indicator, RFC 8707 (repeatable)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l assertion -d 'JWT assertion for the jwt-bearer grant (or --assertion-file, --assertion-from, --assertion-key) [also: TOK_OAUTH2_ASSERTION_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l assertion-file -d 'File holding the jwt-bearer assertion' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l assertion-from -d 'Where the assertion comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l assertion-key -d 'PEM private key with which tok signs the jwt-bearer assertion itself' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l assertion-key-pem -d 'The assertion key as PEM text (from the environment; a --key-file fills it) [also: TOK_OAUTH2_ASSERTION_KEY_PEM_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l assertion-iss -d 'iss of a signed assertion [default: the client id]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l assertion-sub -d 'sub of a signed assertion [default: the client id]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l assertion-aud -d 'aud of a signed assertion [default: the token endpoint]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l assertion-alg -d 'JOSE algorithm of a signed assertion [default: from the key]' -r -f -a "RS256\t''
PS256\t''
ES256\t''
ES384\t''
EdDSA\t''"
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l assertion-kid -d 'kid in a signed assertion\'s header' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l key-file -d 'Service account key (JSON: client_email, private_key, private_key_id, token_uri): fills the assertion and the token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l subject-token -d 'Subject token for token-exchange (or --subject-token-file, --subject-token-from) [also: TOK_OAUTH2_SUBJECT_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l subject-token-file -d 'File holding the subject token' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l subject-token-from -d 'Where the subject token comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l subject-token-type -d 'Type of the subject token (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l actor-token -d 'Actor token for token-exchange (or --actor-token-file) [also: TOK_OAUTH2_ACTOR_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l actor-token-file -d 'File holding the actor token' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l actor-token-type -d 'Type of the actor token (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l requested-token-type -d 'The type of token to ask for (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l param -d 'Extra body parameter, repeatable (not treated as a secret)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l device-url -d 'Device authorization endpoint (device_code; else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l authorization-url -d 'Authorization endpoint (authorization_code; else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l revocation-url -d 'Revocation endpoint for `tok logout --revoke` (else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l redirect-port -d 'Port of the loopback redirect (authorization_code) [default: a free one]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l login-timeout -d 'Seconds to wait for a person to sign in' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l timeout -d 'Bound on each request to the server' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l no-browser -d 'Print the sign-in URL instead of opening a browser'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l manual -d 'Over SSH: print the sign-in URL, then paste the URL the browser was sent back to'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -l dry-run -d 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand login; and __fish_seen_subcommand_from oauth2" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand logout; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l timeout -d 'Bound on each request to the server' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand logout; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand logout; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand logout; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l dry-run -d 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing'
complete -c tok -n "__fish_tok_using_subcommand logout; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand logout; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l revoke -d 'Revoke the refresh token at the server\'s revocation endpoint (RFC 7009) before forgetting it; the local copy goes even if that fails'
complete -c tok -n "__fish_tok_using_subcommand logout; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand logout; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s h -l help -d 'Print help'
complete -c tok -n "__fish_tok_using_subcommand logout; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "elfsquad" -d 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
complete -c tok -n "__fish_tok_using_subcommand logout; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "authapi" -d 'Auth API: username/password, rotating refresh tokens (--base-url required)'
complete -c tok -n "__fish_tok_using_subcommand logout; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "envoy" -d 'Envoy: password grant with Basic client auth, or --api-key'
complete -c tok -n "__fish_tok_using_subcommand logout; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "crayon" -d 'Crayon: password grant with Basic client auth (PascalCase answer)'
complete -c tok -n "__fish_tok_using_subcommand logout; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "oauth2" -d 'Any RFC 6749 token endpoint (--token-url required)'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from elfsquad" -l client-id -d 'OpenID client id (with --legacy: the Connect application id)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from elfsquad" -l client-secret -d 'Client secret [also: TOK_ELFSQUAD_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from elfsquad" -l token-url -d 'OpenID token endpoint [default: https://login.elfsquad.io/oauth2/token]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from elfsquad" -l legacy-url -d 'Connect login endpoint, used with --legacy [default: https://api.elfsquad.io/api/2/auth/elfskotconnectlogin]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from elfsquad" -l scope -d 'Scope to ask for (not used with --legacy)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from elfsquad" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from elfsquad" -l timeout -d 'Bound on each request to the server' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from elfsquad" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from elfsquad" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from elfsquad" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from elfsquad" -l legacy -d 'Use the legacy Elfsquad Connect login (JSON body, expiresIn in milliseconds)'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from elfsquad" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from elfsquad" -l dry-run -d 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from elfsquad" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from elfsquad" -l revoke -d 'Revoke the refresh token at the server\'s revocation endpoint (RFC 7009) before forgetting it; the local copy goes even if that fails'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from elfsquad" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from elfsquad" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from authapi" -l username -d 'Username' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from authapi" -l password -d 'Password [also: TOK_AUTHAPI_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from authapi" -l base-url -d 'Base URL of the Auth API, e.g. https://auth.example.com (no default)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from authapi" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from authapi" -l timeout -d 'Bound on each request to the server' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from authapi" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from authapi" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from authapi" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from authapi" -l staging -d 'Use the staging host: -stg appended to the first host label'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from authapi" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from authapi" -l dry-run -d 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from authapi" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from authapi" -l revoke -d 'Revoke the refresh token at the server\'s revocation endpoint (RFC 7009) before forgetting it; the local copy goes even if that fails'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from authapi" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from authapi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from envoy" -l client-id -d 'Client id of the integration (Dev Dashboard)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from envoy" -l client-secret -d 'Client secret of the integration [also: TOK_ENVOY_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from envoy" -l username -d 'Email of the API user' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from envoy" -l password -d 'Password of the API user [also: TOK_ENVOY_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from envoy" -l api-key -d 'Client API key: no token exchange, header X-Api-Key (other credentials not needed) [also: TOK_ENVOY_API_KEY_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from envoy" -l token-url -d 'Token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from envoy" -l scope -d 'Scopes, comma separated' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from envoy" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from envoy" -l timeout -d 'Bound on each request to the server' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from envoy" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from envoy" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from envoy" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from envoy" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from envoy" -l dry-run -d 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from envoy" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from envoy" -l revoke -d 'Revoke the refresh token at the server\'s revocation endpoint (RFC 7009) before forgetting it; the local copy goes even if that fails'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from envoy" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from crayon" -l client-id -d 'Client id (registered in Crayon Cloud-iQ)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from crayon" -l client-secret -d 'Client secret [also: TOK_CRAYON_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from crayon" -l username -d 'Username of the API user' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from crayon" -l password -d 'Password of the API user [also: TOK_CRAYON_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from crayon" -l token-url -d 'Token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from crayon" -l scope -d 'Scope to ask for' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from crayon" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from crayon" -l timeout -d 'Bound on each request to the server' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from crayon" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from crayon" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from crayon" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from crayon" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from crayon" -l dry-run -d 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from crayon" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from crayon" -l revoke -d 'Revoke the refresh token at the server\'s revocation endpoint (RFC 7009) before forgetting it; the local copy goes even if that fails'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from crayon" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from crayon" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l token-url -d 'Token endpoint (or --issuer)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l issuer -d 'Issuer URL: the token endpoint is found by OIDC discovery (RFC 8414 as fallback)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l grant -d 'Grant type (device_code and authorization_code: a person signs in)' -r -f -a "client_credentials\t''
password\t''
refresh_token\t''
device_code\t''
authorization_code\t''
jwt-bearer\t''
token-exchange\t''"
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l client-auth -d 'How the client authenticates: secret in Basic or body, a signed assertion (client_secret_jwt, private_key_jwt), a TLS client certificate, or none' -r -f -a "basic\t''
body\t''
client_secret_jwt\t''
private_key_jwt\t''
tls_client_auth\t''
none\t''"
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l client-assertion-key -d 'PEM private key file that signs the client assertion (private_key_jwt)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l client-assertion-alg -d 'JOSE algorithm of the client assertion [default: from the key: RS256, ES256, ES384, EdDSA]' -r -f -a "RS256\t''
PS256\t''
ES256\t''
ES384\t''
EdDSA\t''"
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l client-assertion-kid -d 'kid in the client assertion\'s header' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l client-assertion-aud -d 'aud of the client assertion [default: the token endpoint URL]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l client-cert -d 'PEM client certificate for mutual TLS (tls_client_auth, or with any method)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l client-key -d 'PEM private key of --client-cert' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l client-id -d 'Client id' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l client-secret -d 'Client secret (omit for a public client) [also: TOK_OAUTH2_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l username -d 'Username (password grant)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l password -d 'Password (password grant) [also: TOK_OAUTH2_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l refresh-token -d 'Refresh token (refresh_token grant) [also: TOK_OAUTH2_REFRESH_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l scope -d 'Scope to ask for (space separated)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l audience -d 'Audience parameter (repeatable for token-exchange)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l resource -d 'Resource indicator, RFC 8707 (repeatable)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l assertion -d 'JWT assertion for the jwt-bearer grant (or --assertion-file, --assertion-from, --assertion-key) [also: TOK_OAUTH2_ASSERTION_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l assertion-file -d 'File holding the jwt-bearer assertion' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l assertion-from -d 'Where the assertion comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l assertion-key -d 'PEM private key with which tok signs the jwt-bearer assertion itself' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l assertion-key-pem -d 'The assertion key as PEM text (from the environment; a --key-file fills it) [also: TOK_OAUTH2_ASSERTION_KEY_PEM_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l assertion-iss -d 'iss of a signed assertion [default: the client id]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l assertion-sub -d 'sub of a signed assertion [default: the client id]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l assertion-aud -d 'aud of a signed assertion [default: the token endpoint]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l assertion-alg -d 'JOSE algorithm of a signed assertion [default: from the key]' -r -f -a "RS256\t''
PS256\t''
ES256\t''
ES384\t''
EdDSA\t''"
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l assertion-kid -d 'kid in a signed assertion\'s header' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l key-file -d 'Service account key (JSON: client_email, private_key, private_key_id, token_uri): fills the assertion and the token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l subject-token -d 'Subject token for token-exchange (or --subject-token-file, --subject-token-from) [also: TOK_OAUTH2_SUBJECT_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l subject-token-file -d 'File holding the subject token' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l subject-token-from -d 'Where the subject token comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l subject-token-type -d 'Type of the subject token (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l actor-token -d 'Actor token for token-exchange (or --actor-token-file) [also: TOK_OAUTH2_ACTOR_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l actor-token-file -d 'File holding the actor token' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l actor-token-type -d 'Type of the actor token (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l requested-token-type -d 'The type of token to ask for (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l param -d 'Extra body parameter, repeatable (not treated as a secret)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l device-url -d 'Device authorization endpoint (device_code; else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l authorization-url -d 'Authorization endpoint (authorization_code; else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l revocation-url -d 'Revocation endpoint for `tok logout --revoke` (else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l redirect-port -d 'Port of the loopback redirect (authorization_code) [default: a free one]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l login-timeout -d 'Seconds to wait for a person to sign in' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l timeout -d 'Bound on each request to the server' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l no-browser -d 'Print the sign-in URL instead of opening a browser'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l manual -d 'Over SSH: print the sign-in URL, then paste the URL the browser was sent back to'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l dry-run -d 'Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -l revoke -d 'Revoke the refresh token at the server\'s revocation endpoint (RFC 7009) before forgetting it; the local copy goes even if that fails'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand logout; and __fish_seen_subcommand_from oauth2" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand cache; and not __fish_seen_subcommand_from list clear status keygen help" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand cache; and not __fish_seen_subcommand_from list clear status keygen help" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand cache; and not __fish_seen_subcommand_from list clear status keygen help" -s h -l help -d 'Print help'
complete -c tok -n "__fish_tok_using_subcommand cache; and not __fish_seen_subcommand_from list clear status keygen help" -f -a "list" -d 'List cached entries (never a token)'
complete -c tok -n "__fish_tok_using_subcommand cache; and not __fish_seen_subcommand_from list clear status keygen help" -f -a "clear" -d 'Remove cached entries'
complete -c tok -n "__fish_tok_using_subcommand cache; and not __fish_seen_subcommand_from list clear status keygen help" -f -a "status" -d 'Which tiers are in use, and whether the shared one answers'
complete -c tok -n "__fish_tok_using_subcommand cache; and not __fish_seen_subcommand_from list clear status keygen help" -f -a "keygen" -d 'Print a new fleet key for the shared tier (base64 of 32 random bytes)'
complete -c tok -n "__fish_tok_using_subcommand cache; and not __fish_seen_subcommand_from list clear status keygen help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from list" -l cache-url -d 'Shared cache tier (redis://host:port/db, rediss://…) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from list" -l ca-cert -d 'PEM file of extra CA certificates (a rediss:// server\'s)' -r -F
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from list" -l timeout -d 'Bound on the whole operation' -r
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from list" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from list" -l json -d 'One JSON array instead of a table'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from list" -l shared -d 'The shared tier\'s entries of this machine\'s accounts instead (their credentials are read, as on a miss)'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace each step on stderr'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from clear" -l profile -d 'Only this profile\'s entries' -r
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from clear" -l cache-url -d 'Shared cache tier (redis://host:port/db, rediss://…) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from clear" -l ca-cert -d 'PEM file of extra CA certificates (a rediss:// server\'s)' -r -F
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from clear" -l timeout -d 'Bound on the whole operation' -r
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from clear" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from clear" -l shared -d 'Also the shared tier\'s: the named account\'s entry, or without a name every entry of this fleet key'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from clear" -s v -l verbose -d 'Trace each step on stderr'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from clear" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from status" -l cache-url -d 'Shared cache tier (redis://host:port/db, rediss://…) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from status" -l ca-cert -d 'PEM file of extra CA certificates (a rediss:// server\'s)' -r -F
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from status" -l timeout -d 'Bound on the whole operation' -r
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from status" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from status" -l json -d 'One JSON object instead of lines'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Trace each step on stderr'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from status" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from keygen" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from keygen" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from keygen" -s h -l help -d 'Print help'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "list" -d 'List cached entries (never a token)'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Remove cached entries'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "status" -d 'Which tiers are in use, and whether the shared one answers'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "keygen" -d 'Print a new fleet key for the shared tier (base64 of 32 random bytes)'
complete -c tok -n "__fish_tok_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tok -n "__fish_tok_using_subcommand accounts" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand accounts" -l json -d 'One JSON array instead of a table'
complete -c tok -n "__fish_tok_using_subcommand accounts" -l names -d 'Only the names, one per line (for shell completion)'
complete -c tok -n "__fish_tok_using_subcommand accounts" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand accounts" -s h -l help -d 'Print help'
complete -c tok -n "__fish_tok_using_subcommand inspect" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand inspect" -l check -d 'Exit 1 when the token has expired or is not valid yet (for scripts)'
complete -c tok -n "__fish_tok_using_subcommand inspect" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand inspect" -s h -l help -d 'Print help'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s h -l help -d 'Print help'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "elfsquad" -d 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "authapi" -d 'Auth API: username/password, rotating refresh tokens (--base-url required)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "envoy" -d 'Envoy: password grant with Basic client auth, or --api-key'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "crayon" -d 'Crayon: password grant with Basic client auth (PascalCase answer)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "oauth2" -d 'Any RFC 6749 token endpoint (--token-url required)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l client-id -d 'OpenID client id (with --legacy: the Connect application id)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l client-secret -d 'Client secret [also: TOK_ELFSQUAD_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l token-url -d 'OpenID token endpoint [default: https://login.elfsquad.io/oauth2/token]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l legacy-url -d 'Connect login endpoint, used with --legacy [default: https://api.elfsquad.io/api/2/auth/elfskotconnectlogin]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l scope -d 'Scope to ask for (not used with --legacy)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l legacy -d 'Use the legacy Elfsquad Connect login (JSON body, expiresIn in milliseconds)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from elfsquad" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -l username -d 'Username' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -l password -d 'Password [also: TOK_AUTHAPI_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -l base-url -d 'Base URL of the Auth API, e.g. https://auth.example.com (no default)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -l staging -d 'Use the staging host: -stg appended to the first host label'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from authapi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l client-id -d 'Client id of the integration (Dev Dashboard)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l client-secret -d 'Client secret of the integration [also: TOK_ENVOY_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l username -d 'Email of the API user' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l password -d 'Password of the API user [also: TOK_ENVOY_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l api-key -d 'Client API key: no token exchange, header X-Api-Key (other credentials not needed) [also: TOK_ENVOY_API_KEY_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l token-url -d 'Token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l scope -d 'Scopes, comma separated' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l client-id -d 'Client id (registered in Crayon Cloud-iQ)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l client-secret -d 'Client secret [also: TOK_CRAYON_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l username -d 'Username of the API user' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l password -d 'Password of the API user [also: TOK_CRAYON_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l token-url -d 'Token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l scope -d 'Scope to ask for' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from crayon" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l token-url -d 'Token endpoint (or --issuer)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l issuer -d 'Issuer URL: the token endpoint is found by OIDC discovery (RFC 8414 as fallback)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l grant -d 'Grant type (device_code and authorization_code: a person signs in)' -r -f -a "client_credentials\t''
password\t''
refresh_token\t''
device_code\t''
authorization_code\t''
jwt-bearer\t''
token-exchange\t''"
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l client-auth -d 'How the client authenticates: secret in Basic or body, a signed assertion (client_secret_jwt, private_key_jwt), a TLS client certificate, or none' -r -f -a "basic\t''
body\t''
client_secret_jwt\t''
private_key_jwt\t''
tls_client_auth\t''
none\t''"
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l client-assertion-key -d 'PEM private key file that signs the client assertion (private_key_jwt)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l client-assertion-alg -d 'JOSE algorithm of the client assertion [default: from the key: RS256, ES256, ES384, EdDSA]' -r -f -a "RS256\t''
PS256\t''
ES256\t''
ES384\t''
EdDSA\t''"
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l client-assertion-kid -d 'kid in the client assertion\'s header' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l client-assertion-aud -d 'aud of the client assertion [default: the token endpoint URL]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l client-cert -d 'PEM client certificate for mutual TLS (tls_client_auth, or with any method)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l client-key -d 'PEM private key of --client-cert' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l client-id -d 'Client id' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l client-secret -d 'Client secret (omit for a public client) [also: TOK_OAUTH2_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l username -d 'Username (password grant)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l password -d 'Password (password grant) [also: TOK_OAUTH2_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l refresh-token -d 'Refresh token (refresh_token grant) [also: TOK_OAUTH2_REFRESH_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l scope -d 'Scope to ask for (space separated)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l audience -d 'Audience parameter (repeatable for token-exchange)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l resource -d 'Resource indicator, RFC 8707 (repeatable)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l assertion -d 'JWT assertion for the jwt-bearer grant (or --assertion-file, --assertion-from, --assertion-key) [also: TOK_OAUTH2_ASSERTION_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l assertion-file -d 'File holding the jwt-bearer assertion' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l assertion-from -d 'Where the assertion comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l assertion-key -d 'PEM private key with which tok signs the jwt-bearer assertion itself' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l assertion-key-pem -d 'The assertion key as PEM text (from the environment; a --key-file fills it) [also: TOK_OAUTH2_ASSERTION_KEY_PEM_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l assertion-iss -d 'iss of a signed assertion [default: the client id]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l assertion-sub -d 'sub of a signed assertion [default: the client id]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l assertion-aud -d 'aud of a signed assertion [default: the token endpoint]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l assertion-alg -d 'JOSE algorithm of a signed assertion [default: from the key]' -r -f -a "RS256\t''
PS256\t''
ES256\t''
ES384\t''
EdDSA\t''"
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l assertion-kid -d 'kid in a signed assertion\'s header' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l key-file -d 'Service account key (JSON: client_email, private_key, private_key_id, token_uri): fills the assertion and the token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l subject-token -d 'Subject token for token-exchange (or --subject-token-file, --subject-token-from) [also: TOK_OAUTH2_SUBJECT_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l subject-token-file -d 'File holding the subject token' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l subject-token-from -d 'Where the subject token comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l subject-token-type -d 'Type of the subject token (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l actor-token -d 'Actor token for token-exchange (or --actor-token-file) [also: TOK_OAUTH2_ACTOR_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l actor-token-file -d 'File holding the actor token' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l actor-token-type -d 'Type of the actor token (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l requested-token-type -d 'The type of token to ask for (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l param -d 'Extra body parameter, repeatable (not treated as a secret)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l device-url -d 'Device authorization endpoint (device_code; else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l authorization-url -d 'Authorization endpoint (authorization_code; else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l revocation-url -d 'Revocation endpoint for `tok logout --revoke` (else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l redirect-port -d 'Port of the loopback redirect (authorization_code) [default: a free one]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l login-timeout -d 'Seconds to wait for a person to sign in' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l no-browser -d 'Print the sign-in URL instead of opening a browser'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l manual -d 'Over SSH: print the sign-in URL, then paste the URL the browser was sent back to'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand git-credential; and __fish_seen_subcommand_from oauth2" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s f -l format -d 'What the file holds' -r -f -a "token\t'The access token and a newline'
header\t'`Authorization: Bearer <token>`'
json\t'One JSON object, as `tok get -f json`'"
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l out -d 'The token file [default: $BEARER_TOKEN_FILE, else $XDG_RUNTIME_DIR/bt_u$UID]' -r -F
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l pid -d 'Exit (0) when this process exits' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "elfsquad" -d 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "authapi" -d 'Auth API: username/password, rotating refresh tokens (--base-url required)'
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "envoy" -d 'Envoy: password grant with Basic client auth, or --api-key'
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "crayon" -d 'Crayon: password grant with Basic client auth (PascalCase answer)'
complete -c tok -n "__fish_tok_using_subcommand watch; and not __fish_seen_subcommand_from elfsquad authapi envoy crayon oauth2" -f -a "oauth2" -d 'Any RFC 6749 token endpoint (--token-url required)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l client-id -d 'OpenID client id (with --legacy: the Connect application id)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l client-secret -d 'Client secret [also: TOK_ELFSQUAD_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l token-url -d 'OpenID token endpoint [default: https://login.elfsquad.io/oauth2/token]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l legacy-url -d 'Connect login endpoint, used with --legacy [default: https://api.elfsquad.io/api/2/auth/elfskotconnectlogin]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l scope -d 'Scope to ask for (not used with --legacy)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -s f -l format -d 'What the file holds' -r -f -a "token\t'The access token and a newline'
header\t'`Authorization: Bearer <token>`'
json\t'One JSON object, as `tok get -f json`'"
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l out -d 'The token file [default: $BEARER_TOKEN_FILE, else $XDG_RUNTIME_DIR/bt_u$UID]' -r -F
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l pid -d 'Exit (0) when this process exits' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l legacy -d 'Use the legacy Elfsquad Connect login (JSON body, expiresIn in milliseconds)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from elfsquad" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l username -d 'Username' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l password -d 'Password [also: TOK_AUTHAPI_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l base-url -d 'Base URL of the Auth API, e.g. https://auth.example.com (no default)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -s f -l format -d 'What the file holds' -r -f -a "token\t'The access token and a newline'
header\t'`Authorization: Bearer <token>`'
json\t'One JSON object, as `tok get -f json`'"
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l out -d 'The token file [default: $BEARER_TOKEN_FILE, else $XDG_RUNTIME_DIR/bt_u$UID]' -r -F
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l pid -d 'Exit (0) when this process exits' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l staging -d 'Use the staging host: -stg appended to the first host label'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from authapi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l client-id -d 'Client id of the integration (Dev Dashboard)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l client-secret -d 'Client secret of the integration [also: TOK_ENVOY_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l username -d 'Email of the API user' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l password -d 'Password of the API user [also: TOK_ENVOY_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l api-key -d 'Client API key: no token exchange, header X-Api-Key (other credentials not needed) [also: TOK_ENVOY_API_KEY_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l token-url -d 'Token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l scope -d 'Scopes, comma separated' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -s f -l format -d 'What the file holds' -r -f -a "token\t'The access token and a newline'
header\t'`Authorization: Bearer <token>`'
json\t'One JSON object, as `tok get -f json`'"
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l out -d 'The token file [default: $BEARER_TOKEN_FILE, else $XDG_RUNTIME_DIR/bt_u$UID]' -r -F
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l pid -d 'Exit (0) when this process exits' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l client-id -d 'Client id (registered in Crayon Cloud-iQ)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l client-secret -d 'Client secret [also: TOK_CRAYON_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l username -d 'Username of the API user' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l password -d 'Password of the API user [also: TOK_CRAYON_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l token-url -d 'Token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l scope -d 'Scope to ask for' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -s f -l format -d 'What the file holds' -r -f -a "token\t'The access token and a newline'
header\t'`Authorization: Bearer <token>`'
json\t'One JSON object, as `tok get -f json`'"
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l out -d 'The token file [default: $BEARER_TOKEN_FILE, else $XDG_RUNTIME_DIR/bt_u$UID]' -r -F
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l pid -d 'Exit (0) when this process exits' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from crayon" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l token-url -d 'Token endpoint (or --issuer)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l issuer -d 'Issuer URL: the token endpoint is found by OIDC discovery (RFC 8414 as fallback)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l grant -d 'Grant type (device_code and authorization_code: a person signs in)' -r -f -a "client_credentials\t''
password\t''
refresh_token\t''
device_code\t''
authorization_code\t''
jwt-bearer\t''
token-exchange\t''"
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l client-auth -d 'How the client authenticates: secret in Basic or body, a signed assertion (client_secret_jwt, private_key_jwt), a TLS client certificate, or none' -r -f -a "basic\t''
body\t''
client_secret_jwt\t''
private_key_jwt\t''
tls_client_auth\t''
none\t''"
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l client-assertion-key -d 'PEM private key file that signs the client assertion (private_key_jwt)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l client-assertion-alg -d 'JOSE algorithm of the client assertion [default: from the key: RS256, ES256, ES384, EdDSA]' -r -f -a "RS256\t''
PS256\t''
ES256\t''
ES384\t''
EdDSA\t''"
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l client-assertion-kid -d 'kid in the client assertion\'s header' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l client-assertion-aud -d 'aud of the client assertion [default: the token endpoint URL]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l client-cert -d 'PEM client certificate for mutual TLS (tls_client_auth, or with any method)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l client-key -d 'PEM private key of --client-cert' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l client-id -d 'Client id' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l client-secret -d 'Client secret (omit for a public client) [also: TOK_OAUTH2_CLIENT_SECRET_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l username -d 'Username (password grant)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l password -d 'Password (password grant) [also: TOK_OAUTH2_PASSWORD_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l refresh-token -d 'Refresh token (refresh_token grant) [also: TOK_OAUTH2_REFRESH_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l scope -d 'Scope to ask for (space separated)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l audience -d 'Audience parameter (repeatable for token-exchange)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l resource -d 'Resource indicator, RFC 8707 (repeatable)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l assertion -d 'JWT assertion for the jwt-bearer grant (or --assertion-file, --assertion-from, --assertion-key) [also: TOK_OAUTH2_ASSERTION_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l assertion-file -d 'File holding the jwt-bearer assertion' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l assertion-from -d 'Where the assertion comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l assertion-key -d 'PEM private key with which tok signs the jwt-bearer assertion itself' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l assertion-key-pem -d 'The assertion key as PEM text (from the environment; a --key-file fills it) [also: TOK_OAUTH2_ASSERTION_KEY_PEM_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l assertion-iss -d 'iss of a signed assertion [default: the client id]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l assertion-sub -d 'sub of a signed assertion [default: the client id]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l assertion-aud -d 'aud of a signed assertion [default: the token endpoint]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l assertion-alg -d 'JOSE algorithm of a signed assertion [default: from the key]' -r -f -a "RS256\t''
PS256\t''
ES256\t''
ES384\t''
EdDSA\t''"
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l assertion-kid -d 'kid in a signed assertion\'s header' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l key-file -d 'Service account key (JSON: client_email, private_key, private_key_id, token_uri): fills the assertion and the token endpoint' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l subject-token -d 'Subject token for token-exchange (or --subject-token-file, --subject-token-from) [also: TOK_OAUTH2_SUBJECT_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l subject-token-file -d 'File holding the subject token' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l subject-token-from -d 'Where the subject token comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l subject-token-type -d 'Type of the subject token (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l actor-token -d 'Actor token for token-exchange (or --actor-token-file) [also: TOK_OAUTH2_ACTOR_TOKEN_FILE]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l actor-token-file -d 'File holding the actor token' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l actor-token-type -d 'Type of the actor token (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l requested-token-type -d 'The type of token to ask for (RFC 8693)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l param -d 'Extra body parameter, repeatable (not treated as a secret)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l device-url -d 'Device authorization endpoint (device_code; else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l authorization-url -d 'Authorization endpoint (authorization_code; else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l revocation-url -d 'Revocation endpoint for `tok logout --revoke` (else from --issuer discovery)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l redirect-port -d 'Port of the loopback redirect (authorization_code) [default: a free one]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l login-timeout -d 'Seconds to wait for a person to sign in' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l profile -d 'Keeps several accounts of one provider apart (keyring and cache)' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l min-ttl -d 'Reuse a cached token only while it has more than this many seconds left' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l timeout -d 'Bound on the whole operation, retries and lock wait included' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l ca-cert -d 'PEM file of extra CA certificates, trusted on top of the OS store' -r -F
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l cache-url -d 'Shared cache tier for a fleet (redis://host:port/db, rediss://…; "" turns a configured one off) [env: TOK_CACHE_URL]' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -s f -l format -d 'What the file holds' -r -f -a "token\t'The access token and a newline'
header\t'`Authorization: Bearer <token>`'
json\t'One JSON object, as `tok get -f json`'"
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l out -d 'The token file [default: $BEARER_TOKEN_FILE, else $XDG_RUNTIME_DIR/bt_u$UID]' -r -F
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l pid -d 'Exit (0) when this process exits' -r
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l no-browser -d 'Print the sign-in URL instead of opening a browser'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l manual -d 'Over SSH: print the sign-in URL, then paste the URL the browser was sent back to'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l no-cache -d 'Neither read nor write the cache'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l refresh -d 'Ignore the cached access token (a cached refresh token is still used)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l offline -d 'Answer only from the cache; exit 5 when no usable token is cached'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l allow-http -d 'Allow plain http:// endpoints on non-loopback hosts'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l dry-run -d 'Print the request that would be sent (secrets as ***) and send nothing'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -s v -l verbose -d 'Trace each step on stderr (secrets and tokens masked)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l no-mask -d 'Do not write ::add-mask:: for GitHub Actions'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -l id-token -d 'Use the OpenID Connect ID token instead of the access token (every format, and for curl/exec)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand watch; and __fish_seen_subcommand_from oauth2" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tok -n "__fish_tok_using_subcommand install-helpers" -l dir -d 'Where to create the links [default: the directory tok is in]' -r -F
complete -c tok -n "__fish_tok_using_subcommand install-helpers" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand install-helpers" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand install-helpers" -s h -l help -d 'Print help'
complete -c tok -n "__fish_tok_using_subcommand completions" -l config -d 'Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]' -r -F
complete -c tok -n "__fish_tok_using_subcommand completions" -s q -l quiet -d 'No warnings on stderr (errors are still said; -v shows them)'
complete -c tok -n "__fish_tok_using_subcommand completions" -s h -l help -d 'Print help'
complete -c tok -n "__fish_tok_using_subcommand help; and not __fish_seen_subcommand_from get curl exec login logout cache accounts inspect git-credential watch install-helpers completions help" -f -a "get" -d 'Fetch (or reuse from the cache) a token and print it'
complete -c tok -n "__fish_tok_using_subcommand help; and not __fish_seen_subcommand_from get curl exec login logout cache accounts inspect git-credential watch install-helpers completions help" -f -a "curl" -d 'Run curl with the token: the header never appears in argv or environment'
complete -c tok -n "__fish_tok_using_subcommand help; and not __fish_seen_subcommand_from get curl exec login logout cache accounts inspect git-credential watch install-helpers completions help" -f -a "exec" -d 'Run a command with the token in its environment (TOK_ACCESS_TOKEN, …)'
complete -c tok -n "__fish_tok_using_subcommand help; and not __fish_seen_subcommand_from get curl exec login logout cache accounts inspect git-credential watch install-helpers completions help" -f -a "login" -d 'Sign in as a person (device code / browser grants), or store a provider\'s credentials in the OS keyring'
complete -c tok -n "__fish_tok_using_subcommand help; and not __fish_seen_subcommand_from get curl exec login logout cache accounts inspect git-credential watch install-helpers completions help" -f -a "logout" -d 'Delete a provider\'s keyring entry and cached tokens (--revoke: revoke the refresh token at the server first)'
complete -c tok -n "__fish_tok_using_subcommand help; and not __fish_seen_subcommand_from get curl exec login logout cache accounts inspect git-credential watch install-helpers completions help" -f -a "cache" -d 'List or clear cached tokens'
complete -c tok -n "__fish_tok_using_subcommand help; and not __fish_seen_subcommand_from get curl exec login logout cache accounts inspect git-credential watch install-helpers completions help" -f -a "accounts" -d 'List the accounts of the config file (never a secret)'
complete -c tok -n "__fish_tok_using_subcommand help; and not __fish_seen_subcommand_from get curl exec login logout cache accounts inspect git-credential watch install-helpers completions help" -f -a "inspect" -d 'Decode a JWT locally (no verification, no network)'
complete -c tok -n "__fish_tok_using_subcommand help; and not __fish_seen_subcommand_from get curl exec login logout cache accounts inspect git-credential watch install-helpers completions help" -f -a "git-credential" -d 'Answer git\'s credential-helper protocol (get/store/erase) with a token: `git config credential.https://HOST.helper \'!tok git-credential NAME\'`'
complete -c tok -n "__fish_tok_using_subcommand help; and not __fish_seen_subcommand_from get curl exec login logout cache accounts inspect git-credential watch install-helpers completions help" -f -a "watch" -d 'Keep a token file fresh for a long job (atomic 0600 file, renewed before expiry) until signalled or --pid exits'
complete -c tok -n "__fish_tok_using_subcommand help; and not __fish_seen_subcommand_from get curl exec login logout cache accounts inspect git-credential watch install-helpers completions help" -f -a "install-helpers" -d 'Create the docker-credential-tok and git-credential-tok links to tok'
complete -c tok -n "__fish_tok_using_subcommand help; and not __fish_seen_subcommand_from get curl exec login logout cache accounts inspect git-credential watch install-helpers completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c tok -n "__fish_tok_using_subcommand help; and not __fish_seen_subcommand_from get curl exec login logout cache accounts inspect git-credential watch install-helpers completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "elfsquad" -d 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "authapi" -d 'Auth API: username/password, rotating refresh tokens (--base-url required)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "envoy" -d 'Envoy: password grant with Basic client auth, or --api-key'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "crayon" -d 'Crayon: password grant with Basic client auth (PascalCase answer)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "oauth2" -d 'Any RFC 6749 token endpoint (--token-url required)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from curl" -f -a "elfsquad" -d 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from curl" -f -a "authapi" -d 'Auth API: username/password, rotating refresh tokens (--base-url required)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from curl" -f -a "envoy" -d 'Envoy: password grant with Basic client auth, or --api-key'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from curl" -f -a "crayon" -d 'Crayon: password grant with Basic client auth (PascalCase answer)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from curl" -f -a "oauth2" -d 'Any RFC 6749 token endpoint (--token-url required)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from exec" -f -a "elfsquad" -d 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from exec" -f -a "authapi" -d 'Auth API: username/password, rotating refresh tokens (--base-url required)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from exec" -f -a "envoy" -d 'Envoy: password grant with Basic client auth, or --api-key'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from exec" -f -a "crayon" -d 'Crayon: password grant with Basic client auth (PascalCase answer)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from exec" -f -a "oauth2" -d 'Any RFC 6749 token endpoint (--token-url required)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from login" -f -a "elfsquad" -d 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from login" -f -a "authapi" -d 'Auth API: username/password, rotating refresh tokens (--base-url required)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from login" -f -a "envoy" -d 'Envoy: password grant with Basic client auth, or --api-key'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from login" -f -a "crayon" -d 'Crayon: password grant with Basic client auth (PascalCase answer)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from login" -f -a "oauth2" -d 'Any RFC 6749 token endpoint (--token-url required)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from logout" -f -a "elfsquad" -d 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from logout" -f -a "authapi" -d 'Auth API: username/password, rotating refresh tokens (--base-url required)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from logout" -f -a "envoy" -d 'Envoy: password grant with Basic client auth, or --api-key'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from logout" -f -a "crayon" -d 'Crayon: password grant with Basic client auth (PascalCase answer)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from logout" -f -a "oauth2" -d 'Any RFC 6749 token endpoint (--token-url required)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "list" -d 'List cached entries (never a token)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "clear" -d 'Remove cached entries'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "status" -d 'Which tiers are in use, and whether the shared one answers'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "keygen" -d 'Print a new fleet key for the shared tier (base64 of 32 random bytes)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from git-credential" -f -a "elfsquad" -d 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from git-credential" -f -a "authapi" -d 'Auth API: username/password, rotating refresh tokens (--base-url required)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from git-credential" -f -a "envoy" -d 'Envoy: password grant with Basic client auth, or --api-key'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from git-credential" -f -a "crayon" -d 'Crayon: password grant with Basic client auth (PascalCase answer)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from git-credential" -f -a "oauth2" -d 'Any RFC 6749 token endpoint (--token-url required)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "elfsquad" -d 'Elfsquad: OpenID client credentials (or --legacy Connect login)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "authapi" -d 'Auth API: username/password, rotating refresh tokens (--base-url required)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "envoy" -d 'Envoy: password grant with Basic client auth, or --api-key'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "crayon" -d 'Crayon: password grant with Basic client auth (PascalCase answer)'
complete -c tok -n "__fish_tok_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "oauth2" -d 'Any RFC 6749 token endpoint (--token-url required)'

# tok: config-file accounts where a provider goes
complete -c tok -n "__fish_seen_subcommand_from get curl exec login logout git-credential watch; and test (count (commandline -opc)) -eq 2" -f -a "(tok accounts --names 2>/dev/null)" -d account
