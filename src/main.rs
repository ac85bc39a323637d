//! tok: fetch OAuth tokens for scripts and CI. `main` parses, runs, prints
//! the error once and picks the exit code (DESIGN §7).

use clap::CommandFactory;
use std::process::ExitCode;
use tok::cli::{self, Cli, Cmd, Format};
use tok::command::{cache, curl, exec, get, inspect, login};
use tok::{error, keyring, log, output};

fn main() -> ExitCode {
    tok::harden::process();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    tok::harden::register_url_passwords(&args);
    let json_errors = wants_json(args.iter().filter_map(|a| a.to_str()).map(String::from));
    let raw_args = args.clone();
    let cli = match cli::parse(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = e.exit_code();
            let help_screen = code == 0
                || e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand;
            if help_screen {
                let _ = e.print();
            } else {
                let err = error::TokError::new(error::Class::Usage, usage_line(&e, &raw_args));
                report(&err.into(), json_errors);
            }
            return ExitCode::from(code as u8);
        }
    };
    let json = matches!(&cli.command, Cmd::Get(g) if g.format == Format::Json);
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            let (class, _) = error::classify(&err);
            report(&err, json);
            ExitCode::from(class.exit_code() as u8)
        }
    }
}

/// Run the command; the exit code on success (a child's, for curl/exec).
fn run(cli: Cli) -> anyhow::Result<u8> {
    let done = |r: anyhow::Result<()>| r.map(|()| 0);
    match cli.command {
        Cmd::Get(args) => {
            log::set_verbose(args.common.verbose);
            done(get::run(args, &keyring::open))
        }
        Cmd::Curl(args) => {
            log::set_verbose(args.common.verbose);
            curl::run(args, &keyring::open)
        }
        Cmd::Exec(args) => {
            log::set_verbose(args.common.verbose);
            exec::run(args, &keyring::open)
        }
        Cmd::Login(args) => done(login::login(args)),
        Cmd::Logout(args) => done(login::logout(args)),
        Cmd::Cache { command } => done(cache::run(command)),
        Cmd::Inspect { token, check } => done(inspect::run(&token, check)),
        Cmd::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "tok", &mut out);
            output::emit(&String::from_utf8_lossy(&out), "the completion script")?;
            Ok(0)
        }
    }
}

/// clap's message on one line: its lines up to the first blank one (so the
/// names of missing arguments and the possible values stay), its tip (a
/// similar flag or provider), where a bad value came from when a variable
/// gave it, then a pointer to --help. A mistyped provider reads as one.
fn usage_line(e: &clap::Error, args: &[std::ffi::OsString]) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let text = e.render().to_string();
    let head: Vec<&str> = text
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .map(str::trim)
        .collect();
    let head = head.join(" ");
    let mut line = head.strip_prefix("error: ").unwrap_or(&head).to_string();
    let value = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => v.first().cloned(),
        _ => None,
    };
    let runs_provider = matches!(
        args.get(1).and_then(|a| a.to_str()),
        Some("get" | "curl" | "exec")
    );
    if e.kind() == ErrorKind::InvalidSubcommand
        && runs_provider
        && let Some(name) = value(ContextKind::InvalidSubcommand)
    {
        line = format!("unknown provider '{name}'");
    }
    if let Some(similar) = value(ContextKind::SuggestedSubcommand)
        .or_else(|| value(ContextKind::SuggestedArg))
        .or_else(|| value(ContextKind::SuggestedValue))
    {
        line.push_str(&format!(" (did you mean '{similar}'?)"));
    }
    if line.ends_with("value was not a boolean") {
        line.push_str(" (use 1/0, true/false, yes/no or on/off)");
    }
    if matches!(
        e.kind(),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation
    ) && let Some(bad) = value(ContextKind::InvalidValue)
        && !args
            .iter()
            .any(|a| a.to_str().is_some_and(|a| a.ends_with(&bad)))
    {
        // not on the command line: a TOK_* variable gave it
        let vars: Vec<String> = std::env::vars_os()
            .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
            .filter(|(k, v)| k.starts_with("TOK_") && *v == bad)
            .map(|(k, _)| k)
            .collect();
        if !vars.is_empty() {
            line.push_str(&format!(" (from {})", vars.join(", ")));
        }
    }
    format!("{line} (see --help)")
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
