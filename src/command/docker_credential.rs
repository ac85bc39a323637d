//! `docker-credential-tok get|store|erase|list`: tok run under that name
//! (a link `tok install-helpers` makes) speaks the docker credential-helper
//! protocol, for every client that reads `credHelpers` from
//! `~/.docker/config.json` (docker, skopeo, crane, buildah).
//!
//! `get` reads a registry on stdin and answers with the token of the
//! account whose `registries` lists it; a registry no account lists gets
//! the protocol's "credentials not found in native keychain" and exit 1.
//! `erase` drops the cached access token, `store` answers success without
//! storing, `list` names the accounts' registries (never a token).

use crate::cli::{self, Cmd, account_flags};
use crate::config::{self, Account, host_listed};
use crate::error::{Class, TokError};
use crate::token::{self, Obtained, Outcome, StoreFn};
use crate::{log, output};
use anyhow::Result;

/// What the protocol says when a helper has nothing for a registry.
pub const NOT_FOUND: &str = "credentials not found in native keychain";

/// The exit code of `docker-credential-tok ACTION`.
pub fn run(action: Option<&str>, store: StoreFn) -> Result<u8> {
    let config = config::load(None)?;
    match action {
        Some("get") => {
            let server = read_input()?;
            let Some(account) = find(&config, &server) else {
                output::emit(&format!("{NOT_FOUND}\n"), "the answer")?;
                return Ok(1);
            };
            let t = obtain(account, store)?;
            output::mask_for_ci(&t.token, false);
            let answer = serde_json::json!({
                "ServerURL": server.trim(),
                "Username": username(account),
                "Secret": t.token.expose(),
            });
            output::emit(&format!("{answer}\n"), "the credential")?;
            Ok(0)
        }
        Some("erase") => {
            let server = read_input()?;
            if let Some(account) = find(&config, &server) {
                let (call, s) = call_for(account)?;
                token::forget(call, &s, store, None)?;
            }
            Ok(0)
        }
        Some("store") => {
            read_input()?; // docker's JSON, not kept: tok makes tokens itself
            Ok(0)
        }
        Some("list") => {
            let mut all = serde_json::Map::new();
            for a in config.accounts.values() {
                for r in &a.consumers.registries {
                    all.insert(r.clone(), username(a).into());
                }
            }
            output::emit(&format!("{}\n", serde_json::Value::Object(all)), "the list")?;
            Ok(0)
        }
        other => Err(TokError::new(
            Class::Usage,
            format!(
                "docker-credential-tok takes get, store, erase or list (got {})",
                other.map_or("nothing".into(), crate::error::sanitize_remote)
            ),
        )
        .into()),
    }
}

/// The account whose `registries` lists the server (`https://host:port/…`,
/// `host:port` or `host`, as clients send it).
fn find<'a>(config: &'a config::Config, server: &str) -> Option<&'a Account> {
    let server = server.trim();
    let rest = server.split_once("://").map_or(server, |(_, r)| r);
    let host = rest.split('/').next().unwrap_or("");
    let found = config
        .accounts
        .values()
        .find(|a| host_listed(&a.consumers.registries, host));
    if found.is_none() {
        log::trace(format!(
            "no account lists the registry {}",
            crate::error::sanitize_remote(host)
        ));
    }
    found
}

fn username(a: &Account) -> &str {
    a.consumers
        .registry_username
        .as_deref()
        .unwrap_or("oauth2accesstoken")
}

/// The engine's call for an account, with its settings as `tok get ACCOUNT`
/// would have them (flags none; `TOK_*` variables and the account's own).
fn call_for(account: &Account) -> Result<(token::Call, crate::settings::Settings)> {
    let args: Vec<std::ffi::OsString> =
        vec!["tok".into(), "get".into(), account.provider.name().into()];
    let parsed = cli::parse(args.clone())
        .map_err(|e| TokError::new(Class::Usage, cli::usage::line(&e, &args)))?;
    let Cmd::Get(mut get) = parsed.command else {
        unreachable!("a get command was parsed")
    };
    account_flags::apply_common(account, &mut get.common, &args);
    log::set_verbose(get.common.verbose);
    let s = get.common.settings();
    Ok((super::call(&get.provider, &s.profile, Some(account))?, s))
}

fn obtain(account: &Account, store: StoreFn) -> Result<Obtained> {
    let (call, s) = call_for(account)?;
    match token::obtain(call, &s, store, None)? {
        Outcome::Token(t) => super::bearer_only(&t, "a registry client").map(|()| t),
        Outcome::DryRun(_) => unreachable!("no --dry-run here"),
    }
}

/// The helper's stdin.
fn read_input() -> Result<String> {
    super::read_helper_stdin(
        "docker-credential-tok reads the registry on stdin: a container client runs it",
    )
}
