//! `tok cache list|clear|status|keygen`: the local cache, and with
//! `--shared` the fleet's tier on Redis.

use crate::cache::shared::FleetKey;
use crate::cache::{Cache, Cleared, Filter};
use crate::cli::{CacheCmd, CacheOpts};
use crate::config::{self, Account};
use crate::error::{Class, TokError};
use crate::settings::Settings;
use crate::token::{self, Held, StoreFn};
use crate::{jwt, log, output};
use anyhow::Result;
use serde_json::json;
use std::path::Path;
use std::time::{Duration, Instant};

pub fn run(
    cmd: CacheCmd,
    account: Option<&Account>,
    config_flag: Option<&Path>,
    store: StoreFn,
) -> Result<()> {
    if let CacheCmd::Keygen = cmd {
        return output::emit(&format!("{}\n", FleetKey::generate()), "the key");
    }
    let cache = Cache::open()?;
    match cmd {
        CacheCmd::List {
            json,
            shared: false,
            opts,
        } => {
            log::set_verbose(opts.verbose);
            list(&cache, json)
        }
        CacheCmd::List {
            json,
            shared: true,
            opts,
        } => {
            log::set_verbose(opts.verbose);
            list_shared(&opts.settings(), config_flag, json, store)
        }
        CacheCmd::Clear {
            provider,
            profile,
            shared,
            opts,
        } => {
            log::set_verbose(opts.verbose);
            let cleared = cache.clear(&Filter {
                provider: provider.as_deref(),
                profile: profile.as_deref(),
                account: account.map(Account::cache_identity),
            })?;
            report_cleared(&cleared, &cache)?;
            match shared {
                true => clear_shared(&opts, provider.is_some(), account, config_flag, store),
                false => Ok(()),
            }
        }
        CacheCmd::Status { json, opts } => {
            log::set_verbose(opts.verbose);
            status(&cache, &opts.settings(), json)
        }
        CacheCmd::Keygen => Ok(()),
    }
}

/// The shared tier's settings, or exit 2 when none is configured.
fn shared_settings(s: &Settings) -> Result<&crate::settings::SharedSpec> {
    s.shared.as_ref().ok_or_else(|| {
        TokError::new(
            Class::Usage,
            "no shared cache is configured: --cache-url, TOK_CACHE_URL or [cache] url in the config file",
        )
        .into()
    })
}

/// `--shared`: the named account's entry, or every entry of this fleet.
fn clear_shared(
    opts: &CacheOpts,
    provider_named: bool,
    account: Option<&Account>,
    config_flag: Option<&Path>,
    store: StoreFn,
) -> Result<()> {
    let s = opts.settings();
    let spec = shared_settings(&s)?;
    let deadline = Instant::now() + Duration::from_secs(s.timeout);
    match account {
        Some(a) => {
            let call = super::account_call(a, config_flag)?;
            let shared = token::connect_shared(spec, &s, deadline)??;
            let gone = token::shared_of(call, &s, &shared, deadline, store)?.delete()?;
            log::line(&format!(
                "tok: removed {} shared entr{} of account {}",
                usize::from(gone),
                if gone { "y" } else { "ies" },
                a.name
            ));
            Ok(())
        }
        None if provider_named => Err(TokError::new(
            Class::Usage,
            "the shared tier holds no provider names (only HMACs): name an account, or no name for every entry of this fleet key",
        )
        .into()),
        None => {
            let shared = token::connect_shared(spec, &s, deadline)??;
            let n = shared.clear_fleet()?;
            log::line(&format!(
                "tok: removed {n} shared entr{} of this fleet key from {}",
                if n == 1 { "y" } else { "ies" },
                shared.place
            ));
            Ok(())
        }
    }
}

/// `tok cache list --shared`: for each account of the config file, what the
/// shared tier holds (never a token).
fn list_shared(
    s: &Settings,
    config_flag: Option<&Path>,
    as_json: bool,
    store: StoreFn,
) -> Result<()> {
    let spec = shared_settings(s)?;
    let config = config::load(config_flag)?;
    let now = jwt::now();
    // one connection, asked first whether it answers (not once per
    // account), and one --timeout for the whole list
    let deadline = Instant::now() + Duration::from_secs(s.timeout);
    let shared = match config.accounts.is_empty() {
        true => None,
        false => {
            let shared = token::connect_shared(spec, s, deadline)??;
            shared.ping()?;
            Some(shared)
        }
    };
    let mut rows = Vec::new();
    for (a, shared) in config.accounts.values().zip(shared.iter().cycle()) {
        let (state, expires_at, refresh, kept) = match super::account_call(a, config_flag)
            .and_then(|call| token::shared_of(call, s, shared, deadline, store))
        {
            Ok(one) => match one.held {
                Held::Entry {
                    expires_at,
                    refresh,
                    kept,
                } => {
                    let state = if expires_at > now { "fresh" } else { "expired" };
                    (state.to_string(), Some(expires_at), refresh, kept)
                }
                Held::Missing => ("not shared".into(), None, false, None),
                Held::Unusable(why) => (format!("unusable: {why}"), None, false, None),
            },
            Err(e) => (
                format!("cannot tell: {}", log::redact(&format!("{e:#}"))),
                None,
                false,
                None,
            ),
        };
        rows.push((a.name.clone(), state, expires_at, refresh, kept));
    }
    let text = if as_json {
        let rows: Vec<_> = rows
            .iter()
            .map(|(name, state, exp, refresh, kept)| {
                json!({
                    "account": name,
                    "state": state,
                    "expires_at": exp.map(jwt::rfc3339),
                    "refresh_token": refresh,
                    "kept_for": kept.map(|k| k.as_secs()),
                })
            })
            .collect();
        format!("{}\n", serde_json::Value::Array(rows))
    } else if rows.is_empty() {
        "no accounts in the config file: the shared tier is listed by account\n".into()
    } else {
        let mut table_rows = vec![[
            "ACCOUNT".to_string(),
            "STATE".into(),
            "EXPIRES_AT".into(),
            "REFRESH".into(),
            "KEPT_FOR".into(),
        ]];
        for (name, state, exp, refresh, kept) in rows {
            table_rows.push([
                name,
                state,
                exp.map(jwt::rfc3339).unwrap_or_else(|| "-".into()),
                if refresh { "yes" } else { "no" }.into(),
                kept.map(|k| {
                    humantime::format_duration(Duration::from_secs(k.as_secs())).to_string()
                })
                .unwrap_or_else(|| "-".into()),
            ]);
        }
        table(&table_rows)
    };
    output::emit(&text, "the shared cache list")?;
    Ok(())
}

/// `tok cache status`: the local tier, and the shared one (configured,
/// answering, how many entries this fleet key has there).
fn status(cache: &Cache, s: &Settings, as_json: bool) -> Result<()> {
    let local = cache.entries()?.len();
    let deadline = Instant::now() + Duration::from_secs(s.timeout);
    let shared = match &s.shared {
        None => json!({"configured": false}),
        Some(spec) => {
            let mut v = json!({"configured": true, "url": spec.url, "from": spec.from});
            match token::connect_shared(spec, s, deadline)? {
                Err(e) => {
                    v["answers"] = json!(false);
                    v["error"] = json!(log::redact(&format!("{e:#}")));
                }
                Ok(shared) => match shared
                    .ping()
                    .and_then(|rtt| Ok((rtt, shared.fleet_entries()?.len())))
                {
                    Ok((rtt, n)) => {
                        v["answers"] = json!(true);
                        v["round_trip_ms"] =
                            json!((rtt.as_secs_f64() * 1000.0 * 100.0).round() / 100.0);
                        v["fleet_entries"] = json!(n);
                        v["fleet_id"] = json!(shared.key().id());
                    }
                    Err(e) => {
                        v["answers"] = json!(false);
                        v["error"] = json!(log::redact(&format!("{e:#}")));
                    }
                },
            }
            v
        }
    };
    let answers = shared["answers"].as_bool();
    let text = if as_json {
        let v = json!({
            "local": {"dir": cache.dir().display().to_string(), "entries": local},
            "shared": shared,
        });
        format!("{v}\n")
    } else {
        let mut t = format!(
            "local:  {} ({local} entr{})\n",
            cache.dir().display(),
            if local == 1 { "y" } else { "ies" }
        );
        t.push_str(&match answers {
            None => {
                "shared: not configured (--cache-url, TOK_CACHE_URL or [cache] url)\n".to_string()
            }
            Some(true) => format!(
                "shared: {} (from {}): answers in {} ms, {} entr{} of fleet key {}\n",
                shared["url"].as_str().unwrap_or(""),
                shared["from"].as_str().unwrap_or(""),
                shared["round_trip_ms"],
                shared["fleet_entries"],
                if shared["fleet_entries"] == 1 {
                    "y"
                } else {
                    "ies"
                },
                shared["fleet_id"].as_str().unwrap_or("")
            ),
            Some(false) => format!(
                "shared: {} (from {}): not answering: {}\n",
                shared["url"].as_str().unwrap_or(""),
                shared["from"].as_str().unwrap_or(""),
                shared["error"].as_str().unwrap_or("")
            ),
        });
        t
    };
    output::emit(&text, "the cache status")?;
    match answers {
        Some(false) => {
            Err(TokError::new(Class::Transient, "the shared cache is not answering").into())
        }
        _ => Ok(()),
    }
}

/// One line for what went; an error (exit 1) naming every file that could
/// not be removed.
pub fn report_cleared(cleared: &Cleared, cache: &Cache) -> Result<()> {
    let n = cleared.removed;
    log::line(&format!(
        "tok: removed {n} cached file{} from {}",
        if n == 1 { "" } else { "s" },
        cache.dir().display()
    ));
    if cleared.failed.is_empty() {
        Ok(())
    } else {
        Err(anyhow::anyhow!(
            "could not remove {} file(s): {}",
            cleared.failed.len(),
            cleared.failed.join("; ")
        ))
    }
}

fn list(cache: &Cache, as_json: bool) -> Result<()> {
    let now = jwt::now();
    let entries: Vec<_> = cache
        .entries()?
        .into_iter()
        .filter_map(|(_, e)| e)
        .collect();
    let text = if as_json {
        let rows: Vec<_> = entries
            .iter()
            .map(|e| {
                json!({
                    "provider": e.provider,
                    "profile": e.profile,
                    "identity": e.identity,
                    "endpoint": e.endpoint,
                    "host": crate::http::host_of(&e.endpoint),
                    "scope": e.scope,
                    "expires_at": jwt::rfc3339(e.expires_at),
                    "expires_in": e.ttl(now).max(0.0).floor() as u64,
                    "refresh_token": e.refresh_token.is_some() || e.refresh_in_keyring,
                    "refresh_token_in": refresh_place(e),
                })
            })
            .collect();
        format!("{}\n", serde_json::Value::Array(rows))
    } else {
        let mut rows = vec![[
            "PROVIDER".to_string(),
            "PROFILE".into(),
            "IDENTITY".into(),
            "HOST".into(),
            "SCOPE".into(),
            "EXPIRES_AT".into(),
            "REFRESH".into(),
        ]];
        for e in &entries {
            let expiry = if e.ttl(now) > 0.0 {
                jwt::rfc3339(e.expires_at)
            } else {
                format!("{} (expired)", jwt::rfc3339(e.expires_at))
            };
            let refresh = refresh_place(e).unwrap_or("no");
            let host = if e.endpoint == "@keyring" {
                "(from keyring)".to_string()
            } else {
                crate::http::host_of(&e.endpoint)
            };
            rows.push([
                e.provider.clone(),
                e.profile.clone(),
                e.identity.clone(),
                host,
                e.scope.clone().unwrap_or_else(|| "-".into()),
                expiry,
                refresh.into(),
            ]);
        }
        table(&rows)
    };
    output::emit(&text, "the cache list")?;
    Ok(())
}

/// Where an entry's refresh token is kept: in the entry, or (a sign-in's)
/// in the OS keyring.
fn refresh_place(e: &crate::cache::Entry) -> Option<&'static str> {
    if e.refresh_in_keyring {
        Some("keyring")
    } else {
        e.refresh_token.as_ref().map(|_| "cache")
    }
}

/// Rows as aligned columns, two spaces apart.
pub fn table<const N: usize>(rows: &[[String; N]]) -> String {
    let mut widths = [0usize; N];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for row in rows {
        let line: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c:w$}"))
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    out
}
