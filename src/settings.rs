//! How the engine obtains a token: plain settings, built from clap's flags
//! in one place (`cli::Common::settings`), so `token::obtain` and the
//! grants can be called and tested without a command line.

use std::path::PathBuf;
use std::time::Duration;

/// The settings of one call of the engine.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Keeps several accounts of one provider apart (keyring and cache).
    pub profile: String,
    /// Reuse a cached token only while it has more than this many seconds left.
    pub min_ttl: u64,
    /// Neither read nor write the cache.
    pub no_cache: bool,
    /// Ignore the cached access token (a cached refresh token is still used).
    pub refresh: bool,
    /// Answer only from the cache.
    pub offline: bool,
    /// Bound on the whole operation, in seconds.
    pub timeout: u64,
    /// PEM file of extra CA certificates.
    pub ca_cert: Option<PathBuf>,
    /// Allow plain http:// endpoints on non-loopback hosts.
    pub allow_http: bool,
    /// Describe the request instead of sending it.
    pub dry_run: bool,
    /// Do not write `::add-mask::` for GitHub Actions.
    pub no_mask: bool,
    /// Use the OpenID Connect ID token instead of the access token.
    pub id_token: bool,
    /// A person may be asked to sign in (on a terminal, never under CI);
    /// false: exit 6 whenever one would be.
    pub interactive: bool,
    /// The shared cache tier, when one is configured (`--cache-url`,
    /// `TOK_CACHE_URL`, the config file's `[cache]`).
    pub shared: Option<SharedSpec>,
}

/// Where the shared cache tier is and how to reach it, as configured:
/// secrets still references (read only on a local miss).
#[derive(Debug, Clone)]
pub struct SharedSpec {
    pub url: String,
    /// Where the URL was set, for messages (`--cache-url`, `TOK_CACHE_URL`,
    /// `FILE:LINE`).
    pub from: String,
    pub password: Option<SecretSpec>,
    pub key: Option<SecretSpec>,
    /// How long Redis keeps an entry holding a refresh token whose
    /// lifetime the server did not give.
    pub refresh_ttl: Duration,
    /// Bound on connecting and on each Redis command.
    pub timeout: Duration,
    /// How long a lock outlives a holder that stopped renewing it.
    pub lease: Duration,
    /// What is wrong with the configuration (exit 2 on use), found without
    /// any I/O.
    pub problem: Option<String>,
}

/// A secret of the shared tier's configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretSpec {
    /// An environment variable.
    Env(String),
    /// A file (a regular file of at most 64 KiB, whitespace trimmed).
    File(PathBuf),
    /// A command's stdout, run without a shell.
    Command(Vec<String>),
}

impl std::fmt::Display for SecretSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SecretSpec::Env(name) => write!(f, "{name}"),
            SecretSpec::File(path) => write!(f, "file {}", path.display()),
            SecretSpec::Command(argv) => write!(f, "command {}", argv[0]),
        }
    }
}

/// Defaults of the shared tier.
pub const SHARED_TIMEOUT: Duration = Duration::from_millis(300);
pub const SHARED_LEASE: Duration = Duration::from_secs(10);
pub const SHARED_REFRESH_TTL: Duration = Duration::from_secs(30 * 24 * 3600);

impl Default for Settings {
    /// The command line's defaults.
    fn default() -> Settings {
        Settings {
            profile: "default".into(),
            min_ttl: 60,
            no_cache: false,
            refresh: false,
            offline: false,
            timeout: 30,
            ca_cert: None,
            allow_http: false,
            dry_run: false,
            no_mask: false,
            id_token: false,
            interactive: true,
            shared: None,
        }
    }
}
