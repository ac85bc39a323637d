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
The command runs in place of tok (signals reach it directly) with TOK_ACCESS_TOKEN \
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
}

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

/// `tok curl|exec <provider> … -- ARGS…`: the provider call and the
/// arguments after `--` (curl's, or the command and its arguments), as given.
#[derive(Debug, Clone)]
pub struct ProviderRun<const EXEC: bool> {
    pub call: ProviderCall,
    pub args: Vec<std::ffi::OsString>,
}

impl<const EXEC: bool> FromArgMatches for ProviderRun<EXEC> {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        Self::from_arg_matches_mut(&mut m.clone())
    }

    fn from_arg_matches_mut(m: &mut ArgMatches) -> Result<Self, clap::Error> {
        Ok(Self::from_call(ProviderCall::from_arg_matches_mut(m)?))
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

const TRAILING: &str = "tok-trailing-args";

impl<const EXEC: bool> ProviderRun<EXEC> {
    fn from_call(call: ProviderCall) -> Self {
        let args = call
            .matches
            .get_raw(TRAILING)
            .map(|v| v.map(|a| a.to_os_string()).collect())
            .unwrap_or_default();
        ProviderRun { call, args }
    }
}

/// The words after `--`: curl's arguments, or the command to run.
fn trailing(exec: bool) -> clap::Arg {
    let (name, help) = if exec {
        ("COMMAND", "The command to run and its arguments, after --")
    } else {
        (
            "CURL_ARGS",
            "Arguments for curl, after --, passed through unchanged",
        )
    };
    clap::Arg::new(TRAILING)
        .value_name(name)
        .help(help)
        .num_args(1..)
        .last(true)
        .required(true)
        .value_parser(clap::value_parser!(std::ffi::OsString))
}

impl<const EXEC: bool> Subcommand for ProviderRun<EXEC> {
    fn augment_subcommands(cmd: Command) -> Command {
        providers(cmd, &|p| p.command().arg(trailing(EXEC)))
    }

    fn augment_subcommands_for_update(cmd: Command) -> Command {
        Self::augment_subcommands(cmd)
    }

    fn has_subcommand(name: &str) -> bool {
        provider::find(name).is_some()
    }
}

/// The provider subcommands (with the parse shortcut on: only the one
/// named), each built by `build`.
fn providers(cmd: Command, build: &dyn Fn(&dyn provider::Provider) -> Command) -> Command {
    let only = ONLY.with(std::cell::Cell::get);
    provider::REGISTRY
        .iter()
        .filter(|p| only.is_none_or(|o| o == p.name()))
        .fold(cmd, |cmd, p| cmd.subcommand(build(*p)))
        .subcommand_required(true)
        .subcommand_value_name("PROVIDER")
        .subcommand_help_heading("Providers")
        .disable_help_subcommand(true)
}

impl FromArgMatches for ProviderCall {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        Self::from_arg_matches_mut(&mut m.clone())
    }

    /// Takes the provider's matches out instead of copying them.
    fn from_arg_matches_mut(m: &mut ArgMatches) -> Result<Self, clap::Error> {
        match m.remove_subcommand() {
            Some((name, matches)) => Ok(ProviderCall { name, matches }),
            None => Err(clap::Error::new(clap::error::ErrorKind::MissingSubcommand)),
        }
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

thread_local! {
    /// When set (by [`fast_parse`]), only this provider's subcommand is
    /// built: building every provider is most of a cache hit's CPU time.
    /// Per thread: the parse that sets it builds the tree on the same
    /// thread, and two parses on two threads (the unit tests) must not see
    /// each other's.
    static ONLY: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
}

/// Parse the command line, building only the provider subcommand it names
/// when that is unambiguous. Errors (and help) come from the full tree, so
/// they read exactly as without the shortcut.
pub fn parse(args: Vec<std::ffi::OsString>) -> Result<Cli, clap::Error> {
    // the words before `--` (after it come curl's or the command's)
    let own = args.iter().skip(2).take_while(|a| *a != "--");
    let own: Vec<&std::ffi::OsString> = own.collect();
    let command = match args.get(1).and_then(|a| a.to_str()) {
        Some("get") => "get",
        Some("curl") => "curl",
        Some("exec") => "exec",
        _ => "",
    };
    let named: Vec<&'static str> = match command {
        "get" | "curl" | "exec" => provider::REGISTRY
            .iter()
            .map(|p| p.name())
            .filter(|n| own.iter().any(|a| *a == n))
            .collect(),
        _ => Vec::new(),
    };
    if let [only] = named[..]
        && let Some(cli) = fast_parse(&args, command, only)
    {
        return Ok(cli);
    }
    Cli::try_parse_from(args)
}

/// The parse of a call that names one provider, with a tree of just that
/// provider, its flags and the command's own: building every command's
/// flags is most of a cache hit's CPU time, and carrying global flags down
/// through three levels of matches most of the rest. So the provider is
/// moved to the front of the command's words and every flag defined on it
/// alone (`tok get -f json elfsquad` parses as `tok get elfsquad -f json`).
/// `None` for anything it cannot take (then the full tree parses, and says
/// what is wrong).
fn fast_parse(
    args: &[std::ffi::OsString],
    command: &'static str,
    only: &'static str,
) -> Option<Cli> {
    let provider = provider::find(only)?;
    let own: Vec<usize> = (2..args.len()).take_while(|&i| args[i] != "--").collect();
    let at: Vec<usize> = own.iter().copied().filter(|&i| args[i] == only).collect();
    let [at] = at[..] else { return None };

    // the command's own flags (and the global ones), on the provider itself;
    // their tree is built with no provider at all ("" names none)
    set_only(Some(""));
    let shell = match command {
        "get" => GetArgs::augment_args(Command::new(command)),
        "curl" => CurlArgs::augment_args(Command::new(command)),
        _ => ExecArgs::augment_args(Command::new(command)),
    };
    set_only(None);
    let shell = Globals::augment_args(shell);
    let mut leaf = provider
        .command()
        .args(shell.get_arguments().map(|a| a.clone().global(false)));
    if command != "get" {
        leaf = leaf.arg(trailing(command == "exec"));
    }
    // sound only when the name is not the value of the flag before it
    if at > 2 {
        let before = args[at - 1].to_str()?;
        if before.starts_with('-') && takes_value(&leaf, before) {
            return None;
        }
    }
    let mut moved = Vec::with_capacity(args.len());
    moved.extend_from_slice(&args[..2]);
    moved.push(args[at].clone());
    moved.extend(
        args[2..]
            .iter()
            .enumerate()
            .filter(|(i, _)| i + 2 != at)
            .map(|(_, a)| a.clone()),
    );

    let mut cmd = Command::new("tok")
        .args(
            Globals::augment_args(Command::new(""))
                .get_arguments()
                .map(|a| a.clone().global(false)),
        )
        .subcommand(
            Command::new(command)
                .subcommand(leaf)
                .subcommand_required(true),
        )
        .subcommand_required(true);
    let mut top = cmd.try_get_matches_from_mut(moved).ok()?;
    let (_, mut mid) = top.remove_subcommand()?;
    let (name, mut m) = mid.remove_subcommand()?;
    let common = Common::from_arg_matches_mut(&mut m).ok()?;
    let mut globals = Globals::from_arg_matches_mut(&mut m).ok()?;
    if globals.config.is_none() {
        globals = Globals::from_arg_matches_mut(&mut top).ok()?;
    }
    let command = match command {
        "get" => {
            let format = m.remove_one::<Format>("format")?;
            Cmd::Get(GetArgs {
                provider: ProviderCall { name, matches: m },
                common,
                format,
            })
        }
        "curl" => {
            let no_retry = m.remove_one::<bool>("no_retry")?;
            Cmd::Curl(CurlArgs {
                provider: ProviderRun::from_call(ProviderCall { name, matches: m }),
                common,
                no_retry,
            })
        }
        _ => {
            let env = m.remove_one::<String>("env");
            Cmd::Exec(ExecArgs {
                provider: ProviderRun::from_call(ProviderCall { name, matches: m }),
                common,
                env,
            })
        }
    };
    // a short-lived process: the OS frees this faster than drop does
    std::mem::forget(cmd);
    std::mem::forget(mid);
    std::mem::forget(shell);
    Some(Cli { command, globals })
}

/// Whether `word` (an option as typed) takes the next word as its value.
/// Unknown forms count as taking one: the caller then parses the slow way.
fn takes_value(cmd: &Command, word: &str) -> bool {
    if word.contains('=') {
        return false;
    }
    let arg = match word.strip_prefix("--") {
        Some(long) => cmd.get_arguments().find(|a| a.get_long() == Some(long)),
        None => {
            let mut chars = word.chars().skip(1);
            match (chars.next(), chars.next()) {
                (Some(c), None) => cmd.get_arguments().find(|a| a.get_short() == Some(c)),
                _ => None,
            }
        }
    };
    arg.is_none_or(|a| a.get_action().takes_values())
}

fn set_only(only: Option<&'static str>) {
    ONLY.with(|o| o.set(only));
}

impl Subcommand for ProviderCall {
    fn augment_subcommands(cmd: Command) -> Command {
        providers(cmd, &|p| p.command())
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
        assert_eq!(get.format, Format::Json);
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
        assert_eq!(get.format, Format::Json);
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
    fn curl_and_exec_keep_everything_after_the_double_dash() {
        let cli = parse(os(&[
            "tok",
            "curl",
            "elfsquad",
            "--min-ttl",
            "5",
            "--no-retry",
            "--",
            "-f",
            "envoy",
            "-d",
            "@-",
        ]))
        .unwrap();
        let Cmd::Curl(c) = cli.command else { panic!() };
        assert_eq!(c.provider.call.name, "elfsquad");
        assert!(c.no_retry);
        assert_eq!(c.common.min_ttl, 5);
        assert_eq!(c.provider.args, os(&["-f", "envoy", "-d", "@-"]));
        let cli = parse(os(&[
            "tok",
            "exec",
            "--env",
            "API_TOKEN",
            "envoy",
            "--",
            "sh",
            "-c",
            "x",
        ]))
        .unwrap();
        let Cmd::Exec(e) = cli.command else { panic!() };
        assert_eq!(e.env.as_deref(), Some("API_TOKEN"));
        assert_eq!(e.provider.args, os(&["sh", "-c", "x"]));
        // the trailing part is required, and -f is not a curl/exec flag
        assert!(parse(os(&["tok", "curl", "elfsquad"])).is_err());
        assert!(parse(os(&["tok", "curl", "elfsquad", "-f", "json", "--", "x"])).is_err());
        assert!(parse(os(&["tok", "exec", "--env", "1X", "elfsquad", "--", "x"])).is_err());
    }

    /// What a parse decided, in comparable form.
    fn decided(cli: &Cli) -> String {
        let (common, call, own, rest) = match &cli.command {
            Cmd::Get(g) => (&g.common, &g.provider, format!("{:?}", g.format), vec![]),
            Cmd::Curl(c) => (
                &c.common,
                &c.provider.call,
                format!("{}", c.no_retry),
                c.provider.args.clone(),
            ),
            Cmd::Exec(e) => (
                &e.common,
                &e.provider.call,
                format!("{:?}", e.env),
                e.provider.args.clone(),
            ),
            _ => unreachable!(),
        };
        let p = provider::find(&call.name).unwrap();
        let fields: Vec<String> = p
            .fields()
            .iter()
            .map(|f| {
                let v: Vec<_> = call
                    .matches
                    .get_raw(f.name)
                    .map(|v| v.collect())
                    .unwrap_or_default();
                format!("{}={v:?}/{:?}", f.name, call.matches.value_source(f.name))
            })
            .collect();
        format!(
            "{:?} {common:?} {} {own} {rest:?} {fields:?}",
            cli.globals, call.name
        )
    }

    #[test]
    fn the_shortcut_decides_what_the_full_tree_decides() {
        let cases: &[(&[&str], bool)] = &[
            (&["tok", "get", "elfsquad"], true),
            (
                &["tok", "get", "elfsquad", "-f", "json", "--min-ttl", "5"],
                true,
            ),
            (
                &[
                    "tok",
                    "get",
                    "-f",
                    "json",
                    "--min-ttl",
                    "5",
                    "elfsquad",
                    "--client-id",
                    "c",
                ],
                true,
            ),
            (&["tok", "get", "-v", "elfsquad", "--refresh"], true),
            (&["tok", "get", "--format=header", "elfsquad"], true),
            (&["tok", "--config", "/x.toml", "get", "elfsquad"], false),
            (
                &[
                    "tok",
                    "get",
                    "elfsquad",
                    "--config",
                    "/y.toml",
                    "--profile",
                    "p",
                ],
                true,
            ),
            (
                &[
                    "tok", "get", "oauth2", "--param", "a=b", "--param", "c=d", "--scope", "s",
                ],
                true,
            ),
            (
                &[
                    "tok",
                    "curl",
                    "--no-retry",
                    "elfsquad",
                    "--timeout",
                    "9",
                    "--",
                    "-s",
                    "elfsquad",
                ],
                true,
            ),
            (
                &[
                    "tok", "exec", "elfsquad", "--env", "T", "--", "sh", "-c", "echo",
                ],
                true,
            ),
            (&["tok", "exec", "--env", "T", "elfsquad", "--", "x"], true),
            // the name as a flag's value: the full tree decides
            (&["tok", "get", "--profile", "elfsquad", "envoy"], false),
            (&["tok", "get", "--profile", "elfsquad"], false),
        ];
        for (argv, fast) in cases {
            let args = os(argv);
            let full = Cli::try_parse_from(&args);
            let named: Vec<_> = provider::REGISTRY
                .iter()
                .map(|p| p.name())
                .filter(|n| argv[2..].contains(n))
                .collect();
            let shortcut = match named[..] {
                [only] if ["get", "curl", "exec"].contains(&argv[1]) => {
                    fast_parse(&args, argv[1], only)
                }
                _ => None,
            };
            assert_eq!(shortcut.is_some(), *fast, "{argv:?}");
            if let Some(cli) = shortcut {
                assert_eq!(decided(&cli), decided(&full.unwrap()), "{argv:?}");
            }
            // and parse() agrees with the full tree either way
            match (parse(args.clone()), Cli::try_parse_from(&args)) {
                (Ok(a), Ok(b)) => assert_eq!(decided(&a), decided(&b), "{argv:?}"),
                (Err(a), Err(b)) => assert_eq!(a.kind(), b.kind(), "{argv:?}"),
                (a, b) => panic!("{argv:?}: {:?} vs {:?}", a.is_ok(), b.is_ok()),
            }
        }
    }

    #[test]
    fn offline_conflicts_with_no_cache() {
        let err =
            Cli::try_parse_from(["tok", "get", "elfsquad", "--offline", "--no-cache"]).unwrap_err();
        assert_eq!(err.exit_code(), 2);
    }
}
