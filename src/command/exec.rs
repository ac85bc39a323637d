//! `tok exec <provider> -- CMD…`: run a command with the token in its
//! environment. tok replaces itself with the command (execvp), so signals
//! reach it directly and its exit status is the one the caller sees; tok's
//! own secrets are not in its environment, nor in its memory.

use crate::cli::{ExecArgs, Format};
use crate::config::Account;
use crate::error::{Class, TokError};
use crate::settings::Settings;
use crate::token::{self, Obtained, Outcome, StoreFn};
use crate::{child, log, output};
use anyhow::{Context, Result};
use std::os::unix::process::CommandExt;
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

pub fn run(args: ExecArgs, store: StoreFn, account: Option<&Account>) -> Result<u8> {
    let argv = &args.provider.args;
    let s = args.common.settings();
    let call = super::call(&args.provider.call, &s.profile, account)?;
    let t = match token::obtain(call, &s, store, None)? {
        Outcome::DryRun(text) => {
            output::emit(&text, "the dry run")?;
            output::emit(
                &format!(
                    "(then: run {} with the token in {} and TOK_TOKEN_TYPE, TOK_EXPIRES_AT, TOK_AUTH_HEADER)\n",
                    argv[0].to_string_lossy(),
                    args.env.as_deref().unwrap_or("TOK_ACCESS_TOKEN")
                ),
                "the dry run",
            )?;
            return Ok(0);
        }
        Outcome::Token(t) => t,
    };
    output::mask_for_ci(&t.token, args.common.no_mask);
    if args.keep_fresh {
        let renew = |min_ttl: u64| {
            let call = super::call(&args.provider.call, &s.profile, account)?;
            super::watch::obtain_with(call, &s, min_ttl, store)
        };
        return keep_fresh(&args, &t, &s, &renew);
    }
    let mut cmd = command(&args, &t);
    // only returns when the command could not be started
    Err(not_started(&argv[0], &cmd.exec()))
}

/// The command with the token's variables, without tok's secrets.
fn command(args: &ExecArgs, t: &Obtained) -> Command {
    let argv = &args.provider.args;
    let mut cmd = Command::new(&argv[0]);
    cmd.args(&argv[1..]);
    child::scrub_env(&mut cmd);
    let token_var = args.env.as_deref().unwrap_or("TOK_ACCESS_TOKEN");
    for (k, v) in output::env_pairs(&t.shown(), token_var) {
        cmd.env(k, v);
    }
    cmd
}

/// Exit 127 (not found) or 126 (not runnable), as shells say.
fn not_started(program: &std::ffi::OsStr, e: &std::io::Error) -> anyhow::Error {
    let class = match e.kind() {
        std::io::ErrorKind::NotFound => Class::CommandNotFound,
        _ => Class::CommandNotRunnable,
    };
    TokError::new(
        class,
        format!("could not run {}: {e}", program.to_string_lossy()),
    )
    .into()
}

/// `--keep-fresh`: tok stays beside the command (signals passed on) and
/// keeps a token file fresh for its whole life, named in `TOK_TOKEN_FILE`
/// and `BEARER_TOKEN_FILE`; the file (in a private directory) goes when
/// the command exits or tok is signalled. The environment token is the
/// first one, as without the flag.
fn keep_fresh(
    args: &ExecArgs,
    first: &Obtained,
    s: &Settings,
    renew: &dyn Fn(u64) -> Result<Obtained>,
) -> Result<u8> {
    let argv = &args.provider.args;
    // a signal from here on ends the command (once started), never tok
    // alone: the token file is always removed
    child::hold_signals();
    let base = std::env::var_os("XDG_RUNTIME_DIR")
        .filter(|d| !d.is_empty() && std::path::Path::new(d).is_dir())
        .map_or_else(std::env::temp_dir, std::path::PathBuf::from);
    let dir = tempfile::Builder::new()
        .prefix("tok-")
        .tempdir_in(&base)
        .with_context(|| format!("could not make a private directory in {}", base.display()))?;
    let file = dir.path().join("token");
    let keeper = super::watch::Keeper {
        out: &file,
        format: Format::Token,
        min_ttl: s.min_ttl,
    };
    keeper.write(first)?;
    let mut cmd = command(args, first);
    cmd.env("TOK_TOKEN_FILE", &file)
        .env("BEARER_TOKEN_FILE", &file);
    let mut child = child::spawn_forwarding(&mut cmd).map_err(|e| not_started(&argv[0], &e))?;
    // the command is waited for on a thread; the keeper runs here until it ends
    let done = Arc::new(AtomicBool::new(false));
    let ended = done.clone();
    let waiter = std::thread::spawn(move || {
        let status = child.wait();
        ended.store(true, Ordering::SeqCst);
        status
    });
    let stop = || done.load(Ordering::SeqCst) || super::watch::stopped();
    if let Err(e) = keeper.keep(Some(first.clone()), renew, &stop) {
        log::warn(format!("{e:#}; the token file is no longer renewed"));
    }
    let status = waiter
        .join()
        .map_err(|_| anyhow::anyhow!("could not wait for the command"))?;
    drop(dir); // the token file goes with its directory
    Ok(child::exit_code(
        status.context("could not wait for the command")?,
    ))
}
