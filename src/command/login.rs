//! `tok login` and `tok logout`: sign in, or credentials into and out of
//! the OS keyring.
//!
//! For a sign-in grant (`--grant device_code|authorization_code`) `login`
//! runs the flow once through the token pipeline, which keeps the refresh
//! token for later calls. Otherwise it asks for each login field of the
//! provider, in the order its `--help` lists them: on a terminal with a
//! prompt (secrets without echo), otherwise one value per line from stdin.
//! An empty answer skips a field. Both drop the provider/profile's cached
//! tokens; `logout --revoke` first revokes refresh tokens at the server.

use crate::cache::{Cache, Filter};
use crate::cli::ProviderCall;
use crate::config::{Account, SecretRef, Value};
use crate::error::{Class, TokError};
use crate::provider::Provider;
use crate::secret::Secret;
use crate::settings::Settings;
use crate::source::keyring;
use crate::token::{self, Outcome, StoreFn};
use crate::{exchange, log, output};
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::io::{BufRead, IsTerminal, Read};

/// `c`: the settings of `tok login` (see `LoginOpts::common`), with the
/// account's applied.
pub fn login(
    pc: &ProviderCall,
    c: &Settings,
    account: Option<&Account>,
    store: StoreFn,
) -> Result<()> {
    let call = super::call(pc, &c.profile, account)?;
    let provider = call.provider;
    if provider.sign_in(&call.inputs).is_some() {
        return sign_in(call, c, store);
    }
    only_for_sign_in(provider, pc, "tok login asks for the credentials it stores")?;
    if c.dry_run {
        return Err(TokError::new(
            Class::Usage,
            "--dry-run shows a sign-in grant's first step; storing credentials has none",
        )
        .into());
    }
    let (profile, fields) = to_store(provider, &c.profile, account)?;
    usable_keyring(provider, &profile)?;
    let values = ask(provider, &profile, &fields)?;
    let backend = keyring::save(provider.name(), &profile, &values)?;
    let dropped = drop_cached(provider, &profile, account);
    let names: Vec<&str> = values.keys().map(String::as_str).collect();
    log::line(&format!(
        "tok: stored {} for {} (profile {profile}) in the {backend}{dropped}",
        names.join(", "),
        provider.name(),
    ));
    Ok(())
}

/// The keyring entry's name (the profile, or the account's) and the login
/// fields to ask for: an account's keyring entry is named after it, and
/// the values its file gives are not asked for.
fn to_store(
    provider: &dyn Provider,
    profile: &str,
    account: Option<&Account>,
) -> Result<(String, Vec<&'static crate::provider::field::Field>)> {
    let mut profile = profile.to_string();
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
        profile = a.name.clone();
    }
    Ok((profile, fields))
}

/// Each field's value: a prompt on a terminal (secrets without echo),
/// else one line of stdin each. At least one must be given.
fn ask(
    provider: &dyn Provider,
    profile: &str,
    fields: &[&crate::provider::field::Field],
) -> Result<BTreeMap<String, String>> {
    let stdin = std::io::stdin();
    let tty = stdin.is_terminal();
    if tty {
        log::line(&format!(
            "tok: credentials for {} (profile {profile}); leave a value empty to skip it",
            provider.name(),
        ));
    }
    let mut lines = stdin.lock();
    let mut values = BTreeMap::new();
    for f in fields {
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
    Ok(values)
}

/// A person signs in now (exit 6 under CI); the refresh token is kept.
fn sign_in(call: token::Call, c: &Settings, store: StoreFn) -> Result<()> {
    let who = match &call.account {
        Some(name) => format!("account {name}"),
        None => format!("{} (profile {})", call.provider.name(), c.profile),
    };
    match token::sign_in(call, c, store)? {
        Outcome::DryRun(text) => output::emit(&text, "the dry run"),
        Outcome::Token(t) => {
            let kept = match t.refresh_in {
                Some(place) => format!("the refresh token is kept in {place}"),
                None => "no refresh token was kept: the next token needs a sign-in again".into(),
            };
            log::line(&format!("tok: signed in for {who}; {kept}"));
            Ok(())
        }
    }
}

/// Refuse provider flags on the command line where they would not be
/// used (storing credentials; logout without --revoke).
fn only_for_sign_in(provider: &dyn Provider, call: &ProviderCall, why: &str) -> Result<()> {
    let given: Vec<String> = provider
        .fields()
        .iter()
        .filter(|f| {
            call.matches.value_source(f.name) == Some(clap::parser::ValueSource::CommandLine)
        })
        .map(|f| format!("--{}", f.name))
        .collect();
    if given.is_empty() {
        return Ok(());
    }
    Err(TokError::new(
        Class::Usage,
        format!("{why}: {} would not be used here", given.join(", ")),
    )
    .into())
}

/// `revoke_first`: revoke the refresh tokens at the server first; `c` as
/// for [`login`].
pub fn logout(
    pc: &ProviderCall,
    revoke_first: bool,
    c: &Settings,
    account: Option<&Account>,
    store: StoreFn,
) -> Result<()> {
    let provider = token::find(&pc.name)?;
    let mut profile = c.profile.clone();
    let revoked = if revoke_first {
        Some(revoke(pc, c, store, account))
    } else {
        only_for_sign_in(provider, pc, "without --revoke, tok logout only forgets")?;
        None
    };
    if let Some(a) = account {
        profile = a.name.clone();
    }
    // the cached tokens go first: they must go even if the keyring fails
    let dropped = drop_cached(provider, &profile, account);
    let deleted = match keyring::delete(provider.name(), &profile) {
        Ok(deleted) => deleted,
        Err(e) => {
            let removed = dropped.trim_start_matches("; ");
            let removed = if removed.is_empty() {
                "no cached tokens to drop"
            } else {
                removed
            };
            log::line(&format!(
                "tok: {removed} for {} (profile {profile}); the keyring entry was not removed",
                provider.name(),
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
        "tok: {what} for {} (profile {profile}){dropped}",
        provider.name(),
    ));
    match revoked {
        Some(Err(e)) => Err(e.context("the local copy was removed, but revoking failed")),
        _ => Ok(()),
    }
}

/// Revoke every refresh token tok keeps for this provider/profile (or
/// account) at the server; says what it did. An error when any
/// revocation failed (the caller still forgets them locally).
fn revoke(
    pc: &ProviderCall,
    c: &Settings,
    store: StoreFn,
    account: Option<&Account>,
) -> Result<()> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(c.timeout);
    let token::Call {
        provider,
        inputs: mut inp,
        mut pending,
        ..
    } = super::call(pc, &c.profile, account)?;
    pending.read_files(&mut inp)?;
    pending.complete(&mut inp, &*store(deadline), deadline)?;
    for s in inp.secrets() {
        log::register(s.expose());
    }
    let mut tokens: Vec<Secret> = inp
        .keyring_secret("refresh-token")
        .into_iter()
        .cloned()
        .collect();
    let filter = filter(provider, &c.profile, account);
    let cache = Cache::open().ok();
    if let Some(cache) = &cache {
        for (_, e) in cache.entries().unwrap_or_default() {
            if let Some(rt) = e
                .filter(|e| filter.matches(e))
                .and_then(|e| e.refresh_token)
                && !tokens.contains(&rt)
            {
                tokens.push(rt);
            }
        }
    }
    if tokens.is_empty() {
        log::line("tok: no refresh token to revoke");
        return Ok(());
    }
    for t in &tokens {
        log::register(t.expose());
    }
    if let Some(issuer) = provider.issuer(&inp)
        && inp.get("revocation-url").is_none()
    {
        exchange::discover(&mut inp, &issuer, c, cache.as_ref(), deadline)?;
    }
    let mut failed = Vec::new();
    for t in &tokens {
        let Some(req) = provider.revocation_request(&inp, t, "refresh_token") else {
            // RFC 7009 is optional: forget locally all the same
            log::line(&format!(
                "tok: {} has no revocation endpoint (give --revocation-url, or an --issuer whose \
                 discovery names one): nothing was revoked at the server",
                provider.name()
            ));
            return Ok(());
        };
        let req = req?;
        let http = exchange::client_auth_for(&req.url, c, deadline, &inp)?;
        for s in req.secret_values() {
            log::register(s);
        }
        match http.send(&req) {
            // RFC 7009 §2.2: 200 also for a token the server no longer knows
            Ok(resp) if resp.is_success() => {}
            Ok(resp) => failed.push(format!("{}", crate::oauth::failure(&resp))),
            Err(e) => failed.push(format!("{e:#}")),
        }
    }
    let host = crate::http::host_of(inp.get("revocation-url").unwrap_or(""));
    if failed.is_empty() {
        log::line(&format!(
            "tok: revoked {} refresh token{} at {host}",
            tokens.len(),
            if tokens.len() == 1 { "" } else { "s" }
        ));
        Ok(())
    } else {
        Err(TokError::new(
            Class::Transient,
            format!("revocation at {host} failed: {}", failed.join("; ")),
        )
        .into())
    }
}

/// Fail before asking for anything when there is no keyring to store it
/// in, and say what works instead.
fn usable_keyring(provider: &dyn Provider, profile: &str) -> Result<()> {
    let deadline = std::time::Instant::now() + keyring::TIMEOUT;
    let why = match keyring::open(deadline).load(provider.name(), profile) {
        Ok(crate::source::Stored::Values(_)) => return Ok(()),
        Ok(crate::source::Stored::Unavailable(why)) => why,
        Err(e) => format!("{e:#}"),
    };
    let var = |f: &str| crate::provider::field::env_name(provider.name(), f);
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
    let cap = crate::source::SECRET_FILE_CAP;
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

/// The cache entries of a provider/profile, or of an account.
fn filter<'a>(
    provider: &'a dyn Provider,
    profile: &'a str,
    account: Option<&'a Account>,
) -> Filter<'a> {
    Filter {
        provider: Some(provider.name()),
        profile: account.is_none().then_some(profile),
        account: account.map(Account::cache_identity),
    }
}

/// Remove the provider/profile's cache entries; a note for the message.
fn drop_cached(provider: &dyn Provider, profile: &str, account: Option<&Account>) -> String {
    let filter = filter(provider, profile, account);
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
