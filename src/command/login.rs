//! `tok login` and `tok logout`: credentials into and out of the OS keyring.
//!
//! `login` asks for each login field of the provider, in the order its
//! `--help` lists them: on a terminal with a prompt (secrets without echo),
//! otherwise one value per line from stdin. An empty answer skips a field.
//! Both drop the provider/profile's cached tokens.

use crate::cache::{Cache, Filter};
use crate::cli::ProfileArgs;
use crate::config::{Account, SecretRef, Value};
use crate::error::{Class, TokError};
use crate::provider::{self, Provider};
use crate::{keyring, log};
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::io::{BufRead, IsTerminal, Read};

pub fn login(mut args: ProfileArgs, account: Option<&Account>) -> Result<()> {
    let provider = find(&args.provider)?;
    // an account's keyring entry is named after it; the values its file
    // gives are not asked for
    let fields: Vec<_> = provider
        .fields()
        .iter()
        .filter(|f| f.login)
        .filter(|f| {
            account.is_none_or(|a| {
                matches!(
                    a.get(f.name),
                    None | Some(Value::Secret(SecretRef::Keyring))
                )
            })
        })
        .collect();
    if let Some(a) = account {
        if fields.is_empty() {
            return Err(TokError::new(
                Class::Usage,
                format!(
                    "account {} takes nothing from the keyring ({}): nothing to store",
                    a.name,
                    a.file.display()
                ),
            )
            .into());
        }
        args.profile = a.name.clone();
    }
    usable_keyring(provider, &args.profile)?;
    let stdin = std::io::stdin();
    let tty = stdin.is_terminal();
    if tty {
        log::line(&format!(
            "tok: credentials for {} (profile {}); leave a value empty to skip it",
            provider.name(),
            args.profile
        ));
    }
    let mut lines = stdin.lock();
    let mut values = BTreeMap::new();
    for f in &fields {
        let value = if tty && f.secret {
            // rpassword turns echo off just after printing the prompt: input
            // that arrives within that instant (a paste, an expect script
            // answering at once) can still be echoed
            rpassword::prompt_password(format!("{} (hidden): ", f.label()))
                .with_context(|| format!("could not read the {}", f.label()))?
        } else {
            if tty {
                log::prompt(&format!("{}: ", f.label()));
            }
            read_line_bounded(&mut lines)
                .with_context(|| format!("could not read the {} from stdin", f.label()))?
        };
        let value = value.trim_end_matches(['\n', '\r']).to_string();
        if !value.is_empty() {
            if f.secret {
                log::register(&value);
            }
            values.insert(f.name.to_string(), value);
        }
    }
    if values.is_empty() {
        let names: Vec<_> = fields.iter().map(|f| f.name).collect();
        return Err(TokError::new(
            Class::Usage,
            format!("nothing to store: give {} one per line", names.join(", ")),
        )
        .into());
    }
    let backend = keyring::save(provider.name(), &args.profile, &values)?;
    let dropped = drop_cached(provider, &args.profile, account);
    let names: Vec<&str> = values.keys().map(String::as_str).collect();
    log::line(&format!(
        "tok: stored {} for {} (profile {}) in the {backend}{dropped}",
        names.join(", "),
        provider.name(),
        args.profile
    ));
    Ok(())
}

pub fn logout(mut args: ProfileArgs, account: Option<&Account>) -> Result<()> {
    let provider = find(&args.provider)?;
    if let Some(a) = account {
        args.profile = a.name.clone();
    }
    // the cached tokens go first: they must go even if the keyring fails
    let dropped = drop_cached(provider, &args.profile, account);
    let deleted = match keyring::delete(provider.name(), &args.profile) {
        Ok(deleted) => deleted,
        Err(e) => {
            let removed = dropped.trim_start_matches("; ");
            let removed = if removed.is_empty() {
                "no cached tokens to drop"
            } else {
                removed
            };
            log::line(&format!(
                "tok: {removed} for {} (profile {}); the keyring entry was not removed",
                provider.name(),
                args.profile
            ));
            return Err(e);
        }
    };
    let what = if deleted {
        "deleted the keyring entry"
    } else {
        "no keyring entry"
    };
    log::line(&format!(
        "tok: {what} for {} (profile {}){dropped}",
        provider.name(),
        args.profile
    ));
    Ok(())
}

/// Fail before asking for anything when there is no keyring to store it
/// in, and say what works instead.
fn usable_keyring(provider: &dyn Provider, profile: &str) -> Result<()> {
    let deadline = std::time::Instant::now() + keyring::TIMEOUT;
    let why = match keyring::open(deadline).load(provider.name(), profile) {
        Ok(crate::credentials::Stored::Values(_)) => return Ok(()),
        Ok(crate::credentials::Stored::Unavailable(why)) => why,
        Err(e) => format!("{e:#}"),
    };
    let var = |f: &str| crate::credentials::env_name(provider.name(), f);
    let secret = provider
        .fields()
        .iter()
        .find(|f| f.secret && f.login)
        .map(|f| var(f.name))
        .unwrap_or_else(|| var("secret"));
    Err(TokError::new(
        Class::Transient,
        format!(
            "tok login needs a usable OS keyring: {why}. Instead: TOK_KEYRING=keyutils inside `keyctl session`, \
             or the {prefix}_* variables ({secret}), or {secret}_FILE",
            prefix = var("").trim_end_matches('_'),
        ),
    )
    .into())
}

/// One line of stdin, at most 64 KiB: `tok login < /dev/zero` is an error,
/// not a process that eats memory.
fn read_line_bounded(input: &mut impl BufRead) -> std::io::Result<String> {
    let cap = crate::credentials::SECRET_FILE_CAP;
    let mut line = Vec::new();
    input.by_ref().take(cap + 1).read_until(b'\n', &mut line)?;
    if line.len() as u64 > cap && !line.ends_with(b"\n") {
        return Err(std::io::Error::other(format!(
            "a line longer than {} KiB",
            cap / 1024
        )));
    }
    String::from_utf8(line).map_err(|_| std::io::Error::other("not UTF-8 text"))
}

fn find(name: &str) -> Result<&'static dyn Provider> {
    provider::find(name)
        .ok_or_else(|| TokError::new(Class::Usage, format!("unknown provider {name}")).into())
}

/// Remove the provider/profile's cache entries; a note for the message.
fn drop_cached(provider: &dyn Provider, profile: &str, account: Option<&Account>) -> String {
    let filter = Filter {
        provider: Some(provider.name()),
        profile: account.is_none().then_some(profile),
        account: account.map(Account::cache_identity),
    };
    match Cache::open().and_then(|c| c.clear(&filter)) {
        Ok(cleared) => {
            for why in &cleared.failed {
                log::warn(format!("could not drop a cached token: {why}"));
            }
            match cleared.removed {
                0 => String::new(),
                n => format!(
                    "; dropped {n} cached token{}",
                    if n == 1 { "" } else { "s" }
                ),
            }
        }
        Err(e) => {
            log::warn(format!("could not drop cached tokens: {e:#}"));
            String::new()
        }
    }
}
