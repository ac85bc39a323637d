//! A config-file account where a provider goes: `tok get shop-prod` runs
//! the account's provider with the account's values. The words are
//! rewritten before parsing where that is clear ([`account_in`], so the
//! hit takes the fast parse), else after clap refused the name
//! ([`account_for`]); [`apply_common`] gives the account's `min-ttl`,
//! `timeout` and `ca-cert` where no flag or variable did.

use super::Common;
use crate::config::{Account, load};
use crate::provider;
use std::path::PathBuf;

/// When clap refused a provider name that is an account of the config file:
/// the arguments with the account's provider in its place, and the account.
/// `Ok(None)`: not an account (clap's error stands).
pub fn account_for(
    e: &clap::Error,
    args: &[std::ffi::OsString],
) -> anyhow::Result<Option<(Vec<std::ffi::OsString>, Account)>> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let command = args.get(1).and_then(|a| a.to_str()).unwrap_or("");
    let name = match (
        e.kind(),
        e.get(ContextKind::InvalidSubcommand),
        e.get(ContextKind::InvalidValue),
    ) {
        (ErrorKind::InvalidSubcommand, Some(ContextValue::String(n)), _)
            if matches!(
                command,
                "get" | "curl" | "exec" | "git-credential" | "watch"
            ) =>
        {
            n.clone()
        }
        (ErrorKind::InvalidValue, _, Some(ContextValue::String(n)))
            if matches!(command, "login" | "logout" | "cache") =>
        {
            n.clone()
        }
        _ => return Ok(None),
    };
    let flag = config_flag(args);
    let config = load(flag.as_deref())?;
    let Some(account) = config.accounts.get(&name).cloned() else {
        return Ok(None);
    };
    let mut args = args.to_vec();
    if let Some(slot) = args
        .iter_mut()
        .skip(2)
        .take_while(|a| *a != "--")
        .find(|a| a.to_str() == Some(name.as_str()))
    {
        *slot = account.provider.name().into();
    }
    Ok(Some((args, account)))
}

/// Before parsing: when no provider is named and exactly one word before
/// `--` is an account of the config file, put the account's provider in its
/// place (so the parse takes its fast path: a cache hit through an account
/// costs what one through a provider does). Anything less clear is left to
/// clap's error and [`account_for`].
pub fn account_in(
    args: &[std::ffi::OsString],
) -> anyhow::Result<Option<(Vec<std::ffi::OsString>, Account)>> {
    let command = args.get(1).and_then(|a| a.to_str()).unwrap_or("");
    if !super::PROVIDER_COMMANDS.contains(&command) {
        return Ok(None);
    }
    let words: Vec<(usize, &str)> = args
        .iter()
        .enumerate()
        .skip(2)
        .take_while(|(_, a)| *a != "--")
        .filter_map(|(i, a)| Some((i, a.to_str()?)))
        .filter(|(_, a)| !a.starts_with('-'))
        .collect();
    if words.is_empty() || words.iter().any(|(_, w)| provider::find(w).is_some()) {
        return Ok(None);
    }
    let config = load(config_flag(args).as_deref())?;
    let mut found = words
        .iter()
        .filter_map(|(i, w)| Some((*i, config.accounts.get(*w)?)));
    let (Some((i, account)), None) = (found.next(), found.next()) else {
        return Ok(None);
    };
    let mut args = args.to_vec();
    args[i] = account.provider.name().into();
    Ok(Some((args, account.clone())))
}

/// `--config FILE` / `--config=FILE` among the arguments (before `--`).
pub fn config_flag(args: &[std::ffi::OsString]) -> Option<PathBuf> {
    let mut it = args.iter().take_while(|a| *a != "--");
    while let Some(a) = it.next() {
        let a = a.to_string_lossy();
        if a == "--config" {
            return it.next().map(PathBuf::from);
        }
        if let Some(v) = a.strip_prefix("--config=") {
            return Some(PathBuf::from(v));
        }
    }
    None
}

/// The account's `min-ttl`, `timeout` and `ca-cert`, where neither the
/// command line nor the environment gave one (flag → env → account).
pub fn apply_common(account: &Account, c: &mut Common, args: &[std::ffi::OsString]) {
    let given = |flag: &str, var: &str| {
        std::env::var_os(var).is_some_and(|v| !v.is_empty())
            || args.iter().take_while(|a| *a != "--").any(|a| {
                let a = a.to_string_lossy();
                a == flag || a.starts_with(&format!("{flag}="))
            })
    };
    if let Some(v) = account.min_ttl
        && !given("--min-ttl", "TOK_MIN_TTL")
    {
        c.min_ttl = v;
    }
    if let Some(v) = account.timeout
        && !given("--timeout", "TOK_TIMEOUT")
    {
        c.timeout = v;
    }
    if let Some(v) = &account.ca_cert
        && !given("--ca-cert", "TOK_CA_CERT")
    {
        c.ca_cert = Some(v.clone());
    }
}
