//! `tok exec <provider> -- CMD…`: run a command with the token in its
//! environment. tok replaces itself with the command (execvp), so signals
//! reach it directly and its exit status is the one the caller sees; tok's
//! own secrets are not in its environment, nor in its memory.

use crate::cli::ExecArgs;
use crate::config::Account;
use crate::error::{Class, TokError};
use crate::token::{self, Outcome, StoreFn};
use crate::{child, output};
use anyhow::Result;
use std::os::unix::process::CommandExt;
use std::process::Command;

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
    let mut cmd = Command::new(&argv[0]);
    cmd.args(&argv[1..]);
    child::scrub_env(&mut cmd);
    let token_var = args.env.as_deref().unwrap_or("TOK_ACCESS_TOKEN");
    for (k, v) in output::env_pairs(&t.shown(), token_var) {
        cmd.env(k, v);
    }
    // only returns when the command could not be started
    let e = cmd.exec();
    let name = argv[0].to_string_lossy();
    let class = match e.kind() {
        std::io::ErrorKind::NotFound => Class::CommandNotFound,
        _ => Class::CommandNotRunnable,
    };
    Err(TokError::new(class, format!("could not run {name}: {e}")).into())
}
