//! `tok login` and `tok logout`: credentials into and out of the OS keyring.
//!
//! `login` asks for each login field of the provider, in the order its
//! `--help` lists them: on a terminal with a prompt (secrets without echo),
//! otherwise one value per line from stdin. An empty answer skips a field.
//! Both drop the provider/profile's cached tokens.

use crate::cache::Cache;
use crate::cli::ProfileArgs;
use crate::error::{Class, TokError};
use crate::provider::{self, Provider};
use crate::{keyring, log};
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::io::{BufRead, IsTerminal, Write};

pub fn login(args: ProfileArgs) -> Result<()> {
    let provider = find(&args.provider)?;
    let fields: Vec<_> = provider.fields().iter().filter(|f| f.login).collect();
    let stdin = std::io::stdin();
    let tty = stdin.is_terminal();
    if tty {
        eprintln!(
            "tok: credentials for {} (profile {}); leave a value empty to skip it",
            provider.name(),
            args.profile
        );
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
                eprint!("{}: ", f.label());
                let _ = std::io::stderr().flush();
            }
            let mut line = String::new();
            lines
                .read_line(&mut line)
                .with_context(|| format!("could not read the {} from stdin", f.label()))?;
            line
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
    let dropped = drop_cached(provider, &args.profile);
    let names: Vec<&str> = values.keys().map(String::as_str).collect();
    eprintln!(
        "tok: stored {} for {} (profile {}) in the {backend}{dropped}",
        names.join(", "),
        provider.name(),
        args.profile
    );
    Ok(())
}

pub fn logout(args: ProfileArgs) -> Result<()> {
    let provider = find(&args.provider)?;
    // the cached tokens go first: they must go even if the keyring fails
    let dropped = drop_cached(provider, &args.profile);
    let deleted = keyring::delete(provider.name(), &args.profile)?;
    let what = if deleted {
        "deleted the keyring entry"
    } else {
        "no keyring entry"
    };
    eprintln!(
        "tok: {what} for {} (profile {}){dropped}",
        provider.name(),
        args.profile
    );
    Ok(())
}

fn find(name: &str) -> Result<&'static dyn Provider> {
    provider::find(name)
        .ok_or_else(|| TokError::new(Class::Usage, format!("unknown provider {name}")).into())
}

/// Remove the provider/profile's cache entries; a note for the message.
fn drop_cached(provider: &dyn Provider, profile: &str) -> String {
    match Cache::locate().and_then(|c| c.clear(Some(provider.name()), Some(profile))) {
        Ok(0) => String::new(),
        Ok(n) => format!(
            "; dropped {n} cached token{}",
            if n == 1 { "" } else { "s" }
        ),
        Err(e) => {
            log::warn(format!("could not drop cached tokens: {e:#}"));
            String::new()
        }
    }
}
