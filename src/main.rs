//! tok: fetch OAuth tokens for scripts and CI. `main` parses, runs, prints
//! the error once and picks the exit code (DESIGN §7).
//!
//! On Unix tok starts from C's `main`, not std's: std's start reads
//! `/proc/self/maps` and sets up a stack-overflow handler, an eighth of a
//! cache hit's instructions. What tok needs of it is done here: SIGPIPE
//! ignored (a closed pipe is an error to handle, not a kill), arguments
//! from `argv`, stdout flushed before exit.
#![cfg_attr(all(unix, not(test)), no_main)]

use clap::CommandFactory;
#[cfg(any(not(unix), test))]
use std::process::ExitCode;
use tok::cli::{self, Cli, Cmd, Format};
use tok::command::{accounts, cache, curl, docker_credential, exec, get, git_credential};
use tok::command::{inspect, install_helpers, login, watch};
use tok::config::{self, Account};
use tok::source::keyring;
use tok::{error, log, output};

#[cfg(all(unix, not(test)))]
#[unsafe(no_mangle)]
extern "C" fn main(argc: libc::c_int, argv: *const *const libc::c_char) -> libc::c_int {
    use std::os::unix::ffi::OsStrExt;
    // SAFETY: the C runtime passes `argc` valid NUL-terminated strings in
    // `argv`; ignoring SIGPIPE takes plain integers.
    let args = unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
        (0..argc.max(0) as usize)
            .map(|i| *argv.add(i))
            .take_while(|p| !p.is_null())
            .map(|p| std::ffi::OsStr::from_bytes(std::ffi::CStr::from_ptr(p).to_bytes()).into())
            .collect()
    };
    let code = tok_main(args);
    let _ = std::io::Write::flush(&mut std::io::stdout());
    code.into()
}

#[cfg(any(not(unix), test))]
fn main() -> ExitCode {
    ExitCode::from(tok_main(std::env::args_os().collect()))
}

/// The exit code of the whole run.
fn tok_main(args: Vec<std::ffi::OsString>) -> u8 {
    tok::harden::process();
    tok::harden::register_url_passwords(&args);
    let args = match helper_name(&args) {
        Some("docker-credential-tok") => return docker_helper(&args),
        // `git credential-tok NAME get` (credential.helper 'tok NAME')
        Some("git-credential-tok") => std::iter::once("tok".into())
            .chain(std::iter::once("git-credential".into()))
            .chain(args.into_iter().skip(1))
            .collect(),
        _ => cli::command_first(args),
    };
    let json_errors = wants_json(args.iter().filter_map(|a| a.to_str()).map(String::from));
    let raw_args = args.clone();
    let parsed = match cli::account_flags::account_in(&args) {
        // an account named where a provider goes, found before parsing
        Ok(Some((named, account))) => cli::parse(named).map(|cli| (cli, Some(account))),
        Ok(None) => cli::parse(args.clone())
            .map(|cli| (cli, None))
            .or_else(|e| {
                // not a provider: perhaps an account only clap could place
                match cli::account_flags::account_for(&e, &args) {
                    Ok(Some((args, account))) => cli::parse(args).map(|cli| (cli, Some(account))),
                    Ok(None) => Err(e),
                    Err(config_err) => {
                        report(&config_err, json_errors);
                        std::process::exit(error::Class::Usage.exit_code());
                    }
                }
            }),
        Err(config_err) => {
            report(&config_err, json_errors);
            return error::Class::Usage.exit_code() as u8;
        }
    };
    let (cli, account) = match parsed {
        Ok(parsed) => parsed,
        Err(e) => {
            let code = e.exit_code();
            let help_screen = code == 0
                || e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand;
            if help_screen {
                let _ = e.print();
            } else {
                let err =
                    error::TokError::new(error::Class::Usage, cli::usage::line(&e, &raw_args));
                report(&err.into(), json_errors);
            }
            return code as u8;
        }
    };
    if account.is_none()
        && let Err(config_err) = check_config(&cli)
    {
        report(&config_err, json_errors);
        return error::Class::Usage.exit_code() as u8;
    }
    let json = matches!(&cli.command, Cmd::Get(g) if g.format == Format::Json);
    match run(cli, account.as_ref(), &raw_args) {
        Ok(code) => code,
        Err(err) => {
            let (class, _) = error::classify(&err);
            report(&err, json);
            class.exit_code() as u8
        }
    }
}

/// Run the command; the exit code on success (a child's, for curl/exec).
/// `account`: the config-file account named in place of a provider.
fn run(cli: Cli, account: Option<&Account>, raw: &[std::ffi::OsString]) -> anyhow::Result<u8> {
    log::set_quiet(cli.globals.quiet);
    let done = |r: anyhow::Result<()>| r.map(|()| 0);
    let common = |c: &mut tok::cli::Common| {
        log::set_verbose(c.verbose);
        if let Some(a) = account {
            cli::account_flags::apply_common(a, c, raw);
            log::trace(format!("account {} from {}", a.name, a.file.display()));
        }
    };
    match cli.command {
        Cmd::Get(mut args) => {
            common(&mut args.common);
            done(get::run(args, &keyring::open, account))
        }
        Cmd::Curl(mut args) => {
            common(&mut args.common);
            curl::run(args, &keyring::open, account)
        }
        Cmd::Exec(mut args) => {
            common(&mut args.common);
            exec::run(args, &keyring::open, account)
        }
        Cmd::Login(args) => {
            let mut c = args.opts.common();
            common(&mut c);
            done(login::login(
                &args.provider,
                &c.settings(),
                account,
                &keyring::open,
            ))
        }
        Cmd::Logout(args) => {
            let mut c = args.opts.common();
            common(&mut c);
            done(login::logout(
                &args.provider,
                args.revoke,
                &c.settings(),
                account,
                &keyring::open,
            ))
        }
        Cmd::GitCredential(mut args) => {
            common(&mut args.common);
            done(git_credential::run(args, &keyring::open, account))
        }
        Cmd::Watch(mut args) => {
            common(&mut args.common);
            done(watch::run(args, &keyring::open, account))
        }
        Cmd::InstallHelpers { dir } => done(install_helpers::run(dir.as_deref())),
        Cmd::Cache { command } => done(cache::run(
            command,
            account,
            cli.globals.config.as_deref(),
            &keyring::open,
        )),
        Cmd::Accounts { json, names } => {
            done(accounts::run(cli.globals.config.as_deref(), json, names))
        }
        Cmd::Inspect { token, check } => done(inspect::run(&token, check)),
        Cmd::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "tok", &mut out);
            let script = format!(
                "{}{}",
                String::from_utf8_lossy(&out),
                tok::completions::accounts_hook(shell)
            );
            output::emit(&script, "the completion script")?;
            Ok(0)
        }
    }
}

/// A command that could use the config file checks it even when it names
/// a provider: a file the user named (`--config`, `TOK_CONFIG`) that is
/// missing or broken, or a broken default one, is exit 2 — never silently
/// passed over. (A missing default file costs one failed open.)
fn check_config(cli: &Cli) -> anyhow::Result<()> {
    match cli.command {
        Cmd::Get(_)
        | Cmd::Curl(_)
        | Cmd::Exec(_)
        | Cmd::Login(_)
        | Cmd::Logout(_)
        | Cmd::GitCredential(_)
        | Cmd::Watch(_)
        | Cmd::Cache { .. } => config::load(cli.globals.config.as_deref()).map(drop),
        _ => Ok(()),
    }
}

/// The helper name tok runs under (`docker-credential-tok`, a link
/// `tok install-helpers` made), if any.
fn helper_name(args: &[std::ffi::OsString]) -> Option<&str> {
    let name = std::path::Path::new(args.first()?).file_name()?.to_str()?;
    install_helpers::HELPERS.into_iter().find(|h| *h == name)
}

/// `docker-credential-tok ACTION`: its own protocol, tok's errors.
fn docker_helper(args: &[std::ffi::OsString]) -> u8 {
    let action = args.get(1).and_then(|a| a.to_str());
    match docker_credential::run(action, &keyring::open) {
        Ok(code) => code,
        Err(err) => {
            report(&err, false);
            error::classify(&err).0.exit_code() as u8
        }
    }
}

/// `-f json` / `--format json` / `--format=json` anywhere on the line.
fn wants_json(args: impl Iterator<Item = String>) -> bool {
    let args: Vec<String> = args.collect();
    args.windows(2)
        .any(|w| (w[0] == "-f" || w[0] == "--format") && w[1] == "json")
        || args.iter().any(|a| a == "--format=json" || a == "-fjson")
}

/// Print the error once: `tok: <what>: <why>` on one line, or one JSON
/// object with `--format json`. Known secrets are redacted either way.
fn report(err: &anyhow::Error, json: bool) {
    let (class, tok) = error::classify(err);
    let message = log::redact(&format!("{err:#}").replace(['\n', '\r'], " "));
    if json {
        let obj = serde_json::json!({
            "error": class.name(),
            "message": message,
            "oauth_error": tok.and_then(|t| t.oauth_error.as_deref()).map(log::redact),
            "status": tok.and_then(|t| t.status),
        });
        log::line(&format!("{obj}"));
    } else {
        log::line(&format!("tok: {message}"));
    }
}
