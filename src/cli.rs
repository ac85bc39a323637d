//! Command-line definitions (clap derive), and nothing else.
//!
//! The provider subcommands of `tok get` are built from the registry
//! (`provider::REGISTRY`), each from its declared fields, so adding a
//! provider needs no change here.

use crate::provider;
use clap::{ArgMatches, Args, Command, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "tok",
    version,
    about = "Fetch OAuth tokens for scripts and CI: credentials in, a cached token out",
    after_help = "Exit codes: 0 token printed, 1 transient/local failure (retry later), \
                  2 usage error, 3 credentials rejected, 4 credentials missing, \
                  5 --offline and no usable cached token."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Cmd,
}

#[derive(Subcommand, Debug)]
pub enum Cmd {
    /// Fetch (or reuse from the cache) a token and print it
    #[command(
        after_help = "Credentials come from flags, then TOK_<PROVIDER>_<FIELD> environment \
                      variables (secrets also from TOK_<PROVIDER>_<FIELD>_FILE), then the OS \
                      keyring (`tok login`)."
    )]
    Get(GetArgs),
    /// Store a provider's credentials in the OS keyring
    #[command(after_help = provider::login_help())]
    Login(ProfileArgs),
    /// Delete a provider's keyring entry and cached tokens
    Logout(ProfileArgs),
    /// List or clear cached tokens
    Cache {
        #[command(subcommand)]
        command: CacheCmd,
    },
    /// Decode a JWT locally (no verification, no network)
    Inspect {
        /// The token, or - (the default) to read it from stdin
        #[arg(default_value = "-")]
        token: String,
    },
    /// Print a shell completion script
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Args, Debug)]
pub struct GetArgs {
    #[command(subcommand)]
    pub provider: ProviderCall,
    #[command(flatten)]
    pub common: Common,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The access token and a newline
    Token,
    /// `Authorization: Bearer <token>` (Envoy API key: `X-Api-Key: <key>`)
    Header,
    /// One JSON object: access_token, token_type, expires_at, expires_in, scope, provider, profile, from_cache
    Json,
}

/// Flags every provider takes (they may come before or after the provider).
#[derive(Args, Debug, Clone)]
pub struct Common {
    /// Output format
    #[arg(short = 'f', long, value_enum, default_value = "token", global = true)]
    pub format: Format,
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
}

#[derive(Args, Debug)]
pub struct ProfileArgs {
    /// Provider name
    #[arg(value_parser = provider::names())]
    pub provider: String,
    /// Account profile
    #[arg(long, env = "TOK_PROFILE", default_value = "default")]
    pub profile: String,
}

#[derive(Subcommand, Debug)]
pub enum CacheCmd {
    /// List cached entries (never a token)
    List {
        /// One JSON array instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Remove cached entries
    Clear {
        /// Only this provider's entries
        #[arg(value_parser = provider::names())]
        provider: Option<String>,
        /// Only this profile's entries
        #[arg(long)]
        profile: Option<String>,
    },
}

/// `tok get <provider> …`: the provider's name and its own arguments.
#[derive(Debug, Clone)]
pub struct ProviderCall {
    pub name: String,
    pub matches: ArgMatches,
}

impl FromArgMatches for ProviderCall {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        match m.subcommand() {
            Some((name, sub)) => Ok(ProviderCall {
                name: name.to_string(),
                matches: sub.clone(),
            }),
            None => Err(clap::Error::new(clap::error::ErrorKind::MissingSubcommand)),
        }
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

/// When set, `tok get` registers only this provider's subcommand: building
/// the full tree for every provider is most of a cache hit's CPU time. The
/// caller falls back to the full tree for any error or help output.
static ONLY: std::sync::Mutex<Option<&'static str>> = std::sync::Mutex::new(None);

/// Parse the command line, building only the provider subcommand it names
/// when that is unambiguous. Errors (and help) come from the full tree, so
/// they read exactly as without the shortcut.
pub fn parse(args: Vec<std::ffi::OsString>) -> Result<Cli, clap::Error> {
    use clap::CommandFactory;
    let named: Vec<&'static str> = match args.get(1).and_then(|a| a.to_str()) {
        Some("get") => provider::REGISTRY
            .iter()
            .map(|p| p.name())
            .filter(|n| args.iter().skip(2).any(|a| a == n))
            .collect(),
        _ => Vec::new(),
    };
    if let [only] = named[..] {
        set_only(Some(only));
        let mut cmd = Cli::command();
        let fast = cmd.try_get_matches_from_mut(args.iter());
        set_only(None);
        if let Ok(matches) = fast
            && let Ok(cli) = Cli::from_arg_matches(&matches)
        {
            // a short-lived process: the OS frees this faster than drop does
            std::mem::forget(cmd);
            std::mem::forget(matches);
            return Ok(cli);
        }
    }
    Cli::try_parse_from(args)
}

fn set_only(name: Option<&'static str>) {
    if let Ok(mut only) = ONLY.lock() {
        *only = name;
    }
}

impl Subcommand for ProviderCall {
    fn augment_subcommands(cmd: Command) -> Command {
        let only = ONLY.lock().ok().and_then(|o| *o);
        provider::REGISTRY
            .iter()
            .filter(|p| only.is_none_or(|o| o == p.name()))
            .fold(cmd, |cmd, p| cmd.subcommand(p.command()))
            .subcommand_required(true)
            .subcommand_value_name("PROVIDER")
            .subcommand_help_heading("Providers")
            .disable_help_subcommand(true)
    }

    fn augment_subcommands_for_update(cmd: Command) -> Command {
        Self::augment_subcommands(cmd)
    }

    fn has_subcommand(name: &str) -> bool {
        provider::find(name).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn common_flags_work_after_the_provider() {
        let cli = Cli::try_parse_from(["tok", "get", "elfsquad", "-f", "json", "--min-ttl", "5"])
            .unwrap();
        let Cmd::Get(get) = cli.command else { panic!() };
        assert_eq!(get.common.format, Format::Json);
        assert_eq!(get.common.min_ttl, 5);
        assert_eq!(get.provider.name, "elfsquad");
    }

    fn os(args: &[&str]) -> Vec<std::ffi::OsString> {
        args.iter().map(Into::into).collect()
    }

    #[test]
    fn the_shortcut_parses_like_the_full_tree() {
        let cli = parse(os(&["tok", "get", "-f", "json", "envoy", "--api-key", "k"])).unwrap();
        let Cmd::Get(get) = cli.command else { panic!() };
        assert_eq!(get.provider.name, "envoy");
        assert_eq!(get.common.format, Format::Json);
        assert_eq!(
            get.provider.matches.get_one::<String>("api-key").unwrap(),
            "k"
        );
        // a profile named like another provider: ambiguous, so the full tree decides
        let cli = parse(os(&["tok", "get", "--profile", "crayon", "envoy"])).unwrap();
        let Cmd::Get(get) = cli.command else { panic!() };
        assert_eq!(get.provider.name, "envoy");
        assert_eq!(get.common.profile, "crayon");
        // errors are those of the full tree
        let err = parse(os(&["tok", "get", "elfsquad", "--bogus"])).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        let err = parse(os(&["tok", "get", "--help"])).unwrap_err();
        assert!(err.to_string().contains("crayon"));
    }

    #[test]
    fn offline_conflicts_with_no_cache() {
        let err =
            Cli::try_parse_from(["tok", "get", "elfsquad", "--offline", "--no-cache"]).unwrap_err();
        assert_eq!(err.exit_code(), 2);
    }
}
