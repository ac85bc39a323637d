//! Command-line definitions (clap derive). clap's types stop here and in
//! `command/`: the engine below takes [`Common::settings`].
//!
//! [`provider_args`] builds the provider subcommands from the registry (a
//! new provider needs no change here) and turns their matches into plain
//! values; [`fast`] is the cache hit's parser; [`account_flags`] puts a
//! config-file account where a provider goes.

pub mod account_flags;
pub mod fast;
pub mod provider_args;
pub mod usage;

pub use fast::parse;

/// The commands that take a provider, or an account in its place.
pub const PROVIDER_COMMANDS: &[&str] = &[
    "get",
    "curl",
    "exec",
    "login",
    "logout",
    "git-credential",
    "watch",
];
pub use provider_args::{ProviderAction, ProviderCall, ProviderRun};

use crate::provider;
use crate::settings::Settings;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "tok",
    version,
    about = "Fetch OAuth tokens for scripts and CI: credentials in, a cached token out",
    after_help = "Exit codes: 0 token printed, 1 transient/local failure (retry later), \
                  2 usage error, 3 credentials rejected, 4 credentials missing, \
                  5 --offline and no usable cached token, 6 a person must sign in and \
                  cannot (no terminal, or CI is set: run `tok login` on a terminal). \
                  After `tok curl` / `tok exec` started their child, the exit code is \
                  the child's."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Cmd,
    #[command(flatten)]
    pub globals: Globals,
}

/// Flags of every command.
#[derive(Args, Debug)]
pub struct Globals {
    /// Config file with named accounts [default: $XDG_CONFIG_HOME/tok/config.toml]
    #[arg(long, global = true, env = "TOK_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// No warnings on stderr (errors are still said; -v shows them)
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Subcommand, Debug)]
pub enum Cmd {
    /// Fetch (or reuse from the cache) a token and print it
    #[command(
        after_help = "Credentials come from flags, then TOK_<PROVIDER>_<FIELD> environment \
                      variables (secrets also from TOK_<PROVIDER>_<FIELD>_FILE), then the \
                      account of the config file (`tok get <account>`), then the OS keyring \
                      (`tok login`)."
    )]
    Get(GetArgs),
    /// Run curl with the token: the header never appears in argv or environment
    #[command(after_help = CURL_HELP)]
    Curl(CurlArgs),
    /// Run a command with the token in its environment (TOK_ACCESS_TOKEN, …)
    #[command(after_help = EXEC_HELP)]
    Exec(ExecArgs),
    /// Sign in as a person (device code / browser grants), or store a
    /// provider's credentials in the OS keyring
    #[command(after_help = provider::login_help())]
    Login(LoginArgs),
    /// Delete a provider's keyring entry and cached tokens (--revoke: revoke
    /// the refresh token at the server first)
    Logout(LogoutArgs),
    /// List or clear cached tokens
    Cache {
        #[command(subcommand)]
        command: CacheCmd,
    },
    /// List the accounts of the config file (never a secret)
    Accounts {
        /// One JSON array instead of a table
        #[arg(long, conflicts_with = "names")]
        json: bool,
        /// Only the names, one per line (for shell completion)
        #[arg(long)]
        names: bool,
    },
    /// Decode a JWT locally (no verification, no network)
    Inspect {
        /// The token (bare, a header line, or `tok get -f json` output), or
        /// - (the default) to read it from stdin
        #[arg(default_value = "-")]
        token: String,
        /// Exit 1 when the token has expired or is not valid yet (for scripts)
        #[arg(long)]
        check: bool,
    },
    /// Answer git's credential-helper protocol (get/store/erase) with a
    /// token: `git config credential.https://HOST.helper '!tok git-credential NAME'`
    #[command(name = "git-credential", after_help = GIT_HELP)]
    GitCredential(GitCredentialArgs),
    /// Keep a token file fresh for a long job (atomic 0600 file, renewed
    /// before expiry) until signalled or --pid exits
    #[command(after_help = WATCH_HELP)]
    Watch(WatchArgs),
    /// Create the docker-credential-tok and git-credential-tok links to tok
    #[command(name = "install-helpers")]
    InstallHelpers {
        /// Where to create the links [default: the directory tok is in]
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// Print a shell completion script
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

const CURL_HELP: &str = "Example: tok curl elfsquad -- https://api.elfsquad.io/data/1/features\n\n\
The token is obtained exactly as `tok get` obtains it (same cache, lock, refresh, \
credentials and flags); then the system curl (or $TOK_CURL) runs with every argument \
after -- unchanged, and the credential header reaches it through a pipe (-H @/dev/fd/N), \
never through argv or the environment. tok's own secret variables are removed from \
curl's environment. When no token can be obtained curl is never started.\n\n\
After a 401 tok obtains a new token once (refresh token first) and sends the request \
again, stdin body included; only the second answer is shown. Not for an API key, not \
with --no-retry, and not when the curl arguments contain -D/--dump-header (tok reads the \
status through its own -D).\n\n\
Exit codes: once curl ran, tok exits with curl's code (22 with --fail on an HTTP error; \
128+N when a signal killed it). tok's own codes, before curl starts: 1 transient/local \
failure or curl not found, 2 usage error, 3 credentials rejected, 4 credentials missing, \
5 --offline and no usable cached token, 6 a person must sign in and cannot (no terminal, or \
CI is set).";

const EXEC_HELP: &str = "Example: tok exec elfsquad -- ./deploy.sh\n\n\
The command runs in place of tok (signals reach it directly; with --keep-fresh tok stays \
beside it and passes signals on) with TOK_ACCESS_TOKEN \
(or the --env name), TOK_TOKEN_TYPE, TOK_EXPIRES_AT (RFC 3339, empty when the token never \
expires) and TOK_AUTH_HEADER (the whole header line) set, and tok's own secret \
variables removed. When no token can be obtained the command is never started.\n\n\
Exit codes: once the command started, its own (128+N when a signal killed it); 127 when \
it cannot be found and 126 when it cannot be run, as shells do. tok's own codes before \
that: 1 transient/local failure, 2 usage error, 3 credentials rejected, 4 credentials \
missing, 5 --offline and no usable cached token, 6 a person must sign in and cannot (no terminal, or \
CI is set).";

#[derive(Args, Debug)]
pub struct GetArgs {
    #[command(subcommand)]
    pub provider: ProviderCall,
    #[command(flatten)]
    pub common: Common,
    /// Output format
    #[arg(short = 'f', long, value_enum, default_value = "token", global = true)]
    pub format: Format,
}

#[derive(Args, Debug)]
pub struct CurlArgs {
    #[command(subcommand)]
    pub provider: ProviderRun<false>,
    #[command(flatten)]
    pub common: Common,
    /// Do not obtain a new token and re-send after a 401
    #[arg(long, global = true)]
    pub no_retry: bool,
}

#[derive(Args, Debug)]
pub struct ExecArgs {
    #[command(subcommand)]
    pub provider: ProviderRun<true>,
    #[command(flatten)]
    pub common: Common,
    /// Put the token in this variable instead of TOK_ACCESS_TOKEN
    #[arg(long, global = true, value_name = "NAME", value_parser = env_var_name)]
    pub env: Option<String>,
    /// Stay beside the command and keep a token file fresh for its whole
    /// life, named in TOK_TOKEN_FILE and BEARER_TOKEN_FILE (removed when it
    /// exits)
    #[arg(long, global = true)]
    pub keep_fresh: bool,
}

#[derive(Args, Debug)]
pub struct GitCredentialArgs {
    #[command(subcommand)]
    pub provider: ProviderAction,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args, Debug)]
pub struct WatchArgs {
    #[command(subcommand)]
    pub provider: ProviderCall,
    #[command(flatten)]
    pub common: Common,
    /// What the file holds
    #[arg(short = 'f', long, value_enum, default_value = "token", global = true)]
    pub format: WatchFormat,
    /// The token file [default: $BEARER_TOKEN_FILE, else $XDG_RUNTIME_DIR/bt_u$UID]
    #[arg(long, global = true, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Exit (0) when this process exits
    #[arg(long, global = true, value_name = "PID")]
    pub pid: Option<u32>,
}

/// What `tok watch` writes.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum WatchFormat {
    /// The access token and a newline
    Token,
    /// `Authorization: Bearer <token>`
    Header,
    /// One JSON object, as `tok get -f json`
    Json,
}

impl From<WatchFormat> for Format {
    fn from(f: WatchFormat) -> Format {
        match f {
            WatchFormat::Token => Format::Token,
            WatchFormat::Header => Format::Header,
            WatchFormat::Json => Format::Json,
        }
    }
}

const GIT_HELP: &str = "Example: git config --global credential.https://git.example.com.helper '!tok git-credential shop'\n\n\
get: answers username (the account's git-username, default oauth2) and password (the token) with \
password_expiry_utc; when git offers capability[]=authtype, authtype=Bearer and credential instead. \
An account's git-hosts limits the hosts it answers for: another host gets an empty answer (exit 0) \
so git asks its next helper. erase (git got a 401): the cached access token is dropped, a refresh \
token kept. store: nothing. Never prompts; a sign-in needed without a terminal or under CI is exit 6.";

const WATCH_HELP: &str = "Example: tok watch shop --out /run/job/token &  (then read the file whenever a token is needed)\n\n\
The file (mode 0600) is replaced atomically, never truncated in place. It is renewed when the time left \
falls below the smaller of --min-ttl and a fifth of the token's lifetime. When renewing fails, the old \
file stays while its token is valid, tok retries with backoff and says so on stderr, and exits with \
tok's exit code once the file can no longer be kept valid. SIGTERM, SIGINT or the end of --pid: exit 0, \
the file left as it is.";

/// A portable environment variable name: letters, digits, `_`, not
/// starting with a digit.
fn env_var_name(s: &str) -> Result<String, String> {
    let mut chars = s.chars();
    let ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    if ok {
        Ok(s.to_string())
    } else {
        Err("a variable name is letters, digits and _, not starting with a digit".into())
    }
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The access token and a newline
    Token,
    /// `Authorization: Bearer <token>` (Envoy API key: `X-Api-Key: <key>`)
    Header,
    /// One JSON object: access_token, token_type, expires_at, expires_in, scope, provider, profile, from_cache (and id_token when one was issued)
    Json,
    /// `export NAME='value'` lines for eval: TOK_ACCESS_TOKEN, TOK_TOKEN_TYPE, TOK_EXPIRES_AT, TOK_AUTH_HEADER
    Env,
    /// A Kubernetes ExecCredential (the apiVersion $KUBERNETES_EXEC_INFO asks for; v1 without it)
    ExecCredential,
}

/// Flags every provider takes (they may come before or after the provider).
#[derive(Args, Debug, Clone)]
pub struct Common {
    /// Keeps several accounts of one provider apart (keyring and cache)
    #[arg(long, env = "TOK_PROFILE", default_value = "default", global = true)]
    pub profile: String,
    /// Reuse a cached token only while it has more than this many seconds left
    #[arg(
        long,
        env = "TOK_MIN_TTL",
        default_value_t = 60,
        global = true,
        value_name = "SECONDS"
    )]
    pub min_ttl: u64,
    /// Neither read nor write the cache
    #[arg(long, global = true, conflicts_with_all = ["offline", "refresh"])]
    pub no_cache: bool,
    /// Ignore the cached access token (a cached refresh token is still used)
    #[arg(long, global = true, conflicts_with = "offline")]
    pub refresh: bool,
    /// Answer only from the cache; exit 5 when no usable token is cached
    #[arg(long, global = true)]
    pub offline: bool,
    /// Bound on the whole operation, retries and lock wait included
    #[arg(long, env = "TOK_TIMEOUT", default_value_t = 30, global = true, value_name = "SECONDS",
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub timeout: u64,
    /// PEM file of extra CA certificates, trusted on top of the OS store
    #[arg(long, env = "TOK_CA_CERT", global = true, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
    /// Allow plain http:// endpoints on non-loopback hosts
    #[arg(long, global = true)]
    pub allow_http: bool,
    /// Print the request that would be sent (secrets as ***) and send nothing
    #[arg(long, global = true, conflicts_with = "offline")]
    pub dry_run: bool,
    /// Trace each step on stderr (secrets and tokens masked)
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Do not write ::add-mask:: for GitHub Actions
    #[arg(long, global = true)]
    pub no_mask: bool,
    /// Use the OpenID Connect ID token instead of the access token (every
    /// format, and for curl/exec)
    #[arg(long, global = true)]
    pub id_token: bool,
    /// Shared cache tier for a fleet (redis://host:port/db, rediss://…;
    /// "" turns a configured one off) [env: TOK_CACHE_URL]
    #[arg(long, global = true, value_name = "URL")]
    pub cache_url: Option<String>,
}

impl Common {
    /// The engine's settings: the one place clap's flags become them.
    pub fn settings(&self) -> Settings {
        Settings {
            profile: self.profile.clone(),
            min_ttl: self.min_ttl,
            no_cache: self.no_cache,
            refresh: self.refresh,
            offline: self.offline,
            timeout: self.timeout,
            ca_cert: self.ca_cert.clone(),
            allow_http: self.allow_http,
            dry_run: self.dry_run,
            no_mask: self.no_mask,
            id_token: self.id_token,
            interactive: true,
            shared: match self.no_cache {
                true => None,
                false => crate::config::shared_spec(self.cache_url.as_deref()),
            },
        }
    }
}

#[derive(Args, Debug)]
pub struct LoginArgs {
    #[command(subcommand)]
    pub provider: ProviderCall,
    #[command(flatten)]
    pub opts: LoginOpts,
}

#[derive(Args, Debug)]
pub struct LogoutArgs {
    #[command(subcommand)]
    pub provider: ProviderCall,
    #[command(flatten)]
    pub opts: LoginOpts,
    /// Revoke the refresh token at the server's revocation endpoint (RFC
    /// 7009) before forgetting it; the local copy goes even if that fails
    #[arg(long, global = true)]
    pub revoke: bool,
}

/// The flags of `tok login` / `tok logout` (the provider's own flags come
/// with the provider, for sign-in grants and --revoke).
#[derive(Args, Debug, Clone)]
pub struct LoginOpts {
    /// Keeps several accounts of one provider apart (keyring and cache)
    #[arg(long, env = "TOK_PROFILE", default_value = "default", global = true)]
    pub profile: String,
    /// Bound on each request to the server
    #[arg(long, env = "TOK_TIMEOUT", default_value_t = 30, global = true, value_name = "SECONDS",
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub timeout: u64,
    /// PEM file of extra CA certificates, trusted on top of the OS store
    #[arg(long, env = "TOK_CA_CERT", global = true, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
    /// Allow plain http:// endpoints on non-loopback hosts
    #[arg(long, global = true)]
    pub allow_http: bool,
    /// Sign-in grants: print the authorization URL or device request (one-time values as ***) and do nothing
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// Trace each step on stderr (secrets and tokens masked)
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Shared cache tier for a fleet (redis://host:port/db, rediss://…;
    /// "" turns a configured one off) [env: TOK_CACHE_URL]
    #[arg(long, global = true, value_name = "URL")]
    pub cache_url: Option<String>,
}

impl LoginOpts {
    /// The pipeline's settings for a sign-in or a revocation.
    pub fn common(&self) -> Common {
        Common {
            profile: self.profile.clone(),
            min_ttl: 60,
            no_cache: false,
            refresh: false,
            offline: false,
            timeout: self.timeout,
            ca_cert: self.ca_cert.clone(),
            allow_http: self.allow_http,
            dry_run: self.dry_run,
            verbose: self.verbose,
            no_mask: false,
            id_token: false,
            cache_url: self.cache_url.clone(),
        }
    }
}

#[derive(Subcommand, Debug)]
pub enum CacheCmd {
    /// List cached entries (never a token)
    List {
        /// One JSON array instead of a table
        #[arg(long)]
        json: bool,
        /// The shared tier's entries of this machine's accounts instead
        /// (their credentials are read, as on a miss)
        #[arg(long)]
        shared: bool,
        #[command(flatten)]
        opts: CacheOpts,
    },
    /// Remove cached entries
    Clear {
        /// Only this provider's entries
        #[arg(value_parser = provider::names())]
        provider: Option<String>,
        /// Only this profile's entries
        #[arg(long)]
        profile: Option<String>,
        /// Also the shared tier's: the named account's entry, or without a
        /// name every entry of this fleet key
        #[arg(long)]
        shared: bool,
        #[command(flatten)]
        opts: CacheOpts,
    },
    /// Which tiers are in use, and whether the shared one answers
    Status {
        /// One JSON object instead of lines
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        opts: CacheOpts,
    },
    /// Print a new fleet key for the shared tier (base64 of 32 random bytes)
    Keygen,
}

/// How `tok cache` reaches the shared tier.
#[derive(Args, Debug, Clone)]
pub struct CacheOpts {
    /// Shared cache tier (redis://host:port/db, rediss://…) [env: TOK_CACHE_URL]
    #[arg(long, value_name = "URL")]
    pub cache_url: Option<String>,
    /// PEM file of extra CA certificates (a rediss:// server's)
    #[arg(long, env = "TOK_CA_CERT", value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
    /// Bound on the whole operation
    #[arg(long, env = "TOK_TIMEOUT", default_value_t = 30, value_name = "SECONDS",
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub timeout: u64,
    /// Trace each step on stderr
    #[arg(short, long)]
    pub verbose: bool,
}

impl CacheOpts {
    /// The engine's settings for `tok cache`.
    pub fn settings(&self) -> Settings {
        Settings {
            timeout: self.timeout,
            ca_cert: self.ca_cert.clone(),
            shared: crate::config::shared_spec(self.cache_url.as_deref()),
            ..Settings::default()
        }
    }
}

/// The words with the command first: global options typed before it
/// (`tok --config f.toml get shop`) move to just after it, where they mean
/// the same, so every place that looks for the command word (the account
/// rewrite, the hit's parser, messages) finds it at index 1.
pub fn command_first(args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let mut globals = Vec::new();
    let mut i = 1;
    while let Some(word) = args.get(i).and_then(|a| a.to_str()) {
        if word == "--config" && i + 1 < args.len() {
            globals.extend_from_slice(&args[i..i + 2]);
            i += 2;
        } else if word.starts_with("--config=") {
            globals.push(args[i].clone());
            i += 1;
        } else {
            break;
        }
    }
    if globals.is_empty() || i >= args.len() || args[i].to_str().is_none_or(|w| w.starts_with('-'))
    {
        return args;
    }
    let mut out = Vec::with_capacity(args.len());
    out.push(args[0].clone());
    out.push(args[i].clone());
    out.extend(globals);
    out.extend_from_slice(&args[i + 1..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn global_options_before_the_command_move_after_it() {
        let os = |a: &[&str]| -> Vec<std::ffi::OsString> { a.iter().map(Into::into).collect() };
        assert_eq!(
            command_first(os(&["tok", "--config", "f.toml", "get", "shop", "-v"])),
            os(&["tok", "get", "--config", "f.toml", "shop", "-v"])
        );
        assert_eq!(
            command_first(os(&["tok", "--config=f.toml", "cache", "clear", "shop"])),
            os(&["tok", "cache", "--config=f.toml", "clear", "shop"])
        );
        for unchanged in [
            &["tok", "get", "--config", "f", "shop"][..],
            &["tok", "--config", "f"],
            &["tok", "--config", "f", "--help"],
        ] {
            assert_eq!(command_first(os(unchanged)), os(unchanged));
        }
    }

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn common_flags_work_after_the_provider() {
        let cli = Cli::try_parse_from(["tok", "get", "elfsquad", "-f", "json", "--min-ttl", "5"])
            .unwrap();
        let Cmd::Get(get) = cli.command else { panic!() };
        assert_eq!(get.format, Format::Json);
        assert_eq!(get.common.min_ttl, 5);
        assert_eq!(get.provider.name, "elfsquad");
    }

    #[test]
    fn offline_conflicts_with_no_cache() {
        let err =
            Cli::try_parse_from(["tok", "get", "elfsquad", "--offline", "--no-cache"]).unwrap_err();
        assert_eq!(err.exit_code(), 2);
    }
}
