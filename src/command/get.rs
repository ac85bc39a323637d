//! `tok get`: obtain a token through the shared pipeline and print it.

use crate::cli::{Format, GetArgs};
use crate::config::Account;
use crate::token::{self, Obtained, Outcome, StoreFn};
use crate::{jwt, output};
use anyhow::Result;

pub fn run(args: GetArgs, store: StoreFn, account: Option<&Account>) -> Result<()> {
    let mut s = args.common.settings();
    if args.format == Format::ExecCredential {
        // kubectl says whether a person may be asked
        s.interactive = output::exec_info().1;
    }
    let call = super::call(&args.provider, &s.profile, account)?;
    match token::obtain(call, &s, store, None)? {
        Outcome::DryRun(text) => output::emit(&text, "the dry run")?,
        Outcome::Token(t) => print(&args, &t)?,
    }
    Ok(())
}

fn print(args: &GetArgs, t: &Obtained) -> Result<()> {
    output::mask_for_ci(&t.token, args.common.no_mask);
    output::emit(
        &output::render(args.format, &t.shown(), jwt::now()),
        "the token",
    )?;
    Ok(())
}
