//! How the engine obtains a token: plain settings, built from clap's flags
//! in one place (`cli::Common::settings`), so `token::obtain` and the
//! grants can be called and tested without a command line.

use std::path::PathBuf;

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
}

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
        }
    }
}
