//! The cache hit's parser: a call that names one provider is parsed with a
//! tree of just that provider (building every provider's flags is most of
//! a hit's CPU time). Errors and help come from the full tree.

use super::provider_args::{action, trailing};
use super::{Cli, Cmd, Common, CurlArgs, ExecArgs, Format, GetArgs, GitCredentialArgs, Globals};
use super::{ProviderAction, ProviderCall, ProviderRun};
use crate::provider;
use clap::{Args, Command, FromArgMatches, Parser};

thread_local! {
    /// When set (by [`fast_parse`]), only this provider's subcommand is
    /// built: building every provider is most of a cache hit's CPU time.
    /// Per thread: the parse that sets it builds the tree on the same
    /// thread, and two parses on two threads (the unit tests) must not see
    /// each other's.
    pub(super) static ONLY: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
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
        Some("git-credential") => "git-credential",
        _ => "",
    };
    let named: Vec<&'static str> = match command {
        "get" | "curl" | "exec" | "git-credential" => provider::REGISTRY
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
        "git-credential" => GitCredentialArgs::augment_args(Command::new(command)),
        _ => ExecArgs::augment_args(Command::new(command)),
    };
    set_only(None);
    let shell = Globals::augment_args(shell);
    let mut leaf = super::provider_args::command(provider)
        .args(shell.get_arguments().map(|a| a.clone().global(false)));
    match command {
        "get" => {}
        "git-credential" => leaf = leaf.arg(action()),
        _ => leaf = leaf.arg(trailing(command == "exec")),
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
    let before = Globals::from_arg_matches_mut(&mut top).ok()?;
    globals.config = globals.config.or(before.config);
    globals.quiet |= before.quiet;
    let command = command_of(command, ProviderCall { name, matches: m }, common)?;
    // a short-lived process: the OS frees this faster than drop does
    std::mem::forget(cmd);
    std::mem::forget(mid);
    std::mem::forget(shell);
    Some(Cli { command, globals })
}

/// The parsed command, from the provider's matches (which also hold the
/// command's own flags).
fn command_of(command: &str, mut call: ProviderCall, common: Common) -> Option<Cmd> {
    Some(match command {
        "get" => {
            let format = call.matches.remove_one::<Format>("format")?;
            Cmd::Get(GetArgs {
                provider: call,
                common,
                format,
            })
        }
        "curl" => {
            let no_retry = call.matches.remove_one::<bool>("no_retry")?;
            Cmd::Curl(CurlArgs {
                provider: ProviderRun::from_call(call),
                common,
                no_retry,
            })
        }
        "git-credential" => Cmd::GitCredential(GitCredentialArgs {
            provider: ProviderAction::from_call(call),
            common,
        }),
        _ => {
            let env = call.matches.remove_one::<String>("env");
            let keep_fresh = call.matches.remove_one::<bool>("keep_fresh")?;
            Cmd::Exec(ExecArgs {
                provider: ProviderRun::from_call(call),
                common,
                env,
                keep_fresh,
            })
        }
    })
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

#[cfg(test)]
mod tests {
    use super::*;

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
                format!("{:?} {}", e.env, e.keep_fresh),
                e.provider.args.clone(),
            ),
            Cmd::GitCredential(g) => (
                &g.common,
                &g.provider.call,
                g.provider.action.clone(),
                vec![],
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
            (&["tok", "git-credential", "elfsquad", "get"], true),
            (
                &[
                    "tok",
                    "git-credential",
                    "--min-ttl",
                    "5",
                    "elfsquad",
                    "erase",
                ],
                true,
            ),
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
                [only] if ["get", "curl", "exec", "git-credential"].contains(&argv[1]) => {
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
}
