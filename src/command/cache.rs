//! `tok cache list` and `tok cache clear`.

use crate::cache::{Cache, Cleared, Filter};
use crate::cli::CacheCmd;
use crate::config::Account;
use crate::log;
use crate::{jwt, output};
use anyhow::Result;
use serde_json::json;

pub fn run(cmd: CacheCmd, account: Option<&Account>) -> Result<()> {
    let cache = Cache::open()?;
    match cmd {
        CacheCmd::List { json } => list(&cache, json),
        CacheCmd::Clear { provider, profile } => {
            let cleared = cache.clear(&Filter {
                provider: provider.as_deref(),
                profile: profile.as_deref(),
                account: account.map(Account::cache_identity),
            })?;
            report_cleared(&cleared, &cache)
        }
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
