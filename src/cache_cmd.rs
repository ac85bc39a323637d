//! `tok cache list` and `tok cache clear`.

use crate::cache::Cache;
use crate::cli::CacheCmd;
use crate::{jwt, output};
use anyhow::Result;
use serde_json::json;

pub fn run(cmd: CacheCmd) -> Result<()> {
    let cache = Cache::locate()?;
    match cmd {
        CacheCmd::List { json } => list(&cache, json),
        CacheCmd::Clear { provider, profile } => {
            let n = cache.clear(provider.as_deref(), profile.as_deref())?;
            eprintln!(
                "tok: removed {n} cached entr{} from {}",
                if n == 1 { "y" } else { "ies" },
                cache.dir().display()
            );
            Ok(())
        }
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
                    "scope": e.scope,
                    "expires_at": jwt::rfc3339(e.expires_at),
                    "expires_in": e.ttl(now).max(0.0).floor() as u64,
                    "refresh_token": e.refresh_token.is_some(),
                })
            })
            .collect();
        format!("{}\n", serde_json::Value::Array(rows))
    } else {
        let mut rows = vec![[
            "PROVIDER".to_string(),
            "PROFILE".into(),
            "IDENTITY".into(),
            "EXPIRES_AT".into(),
            "REFRESH".into(),
        ]];
        for e in &entries {
            let expiry = if e.ttl(now) > 0.0 {
                jwt::rfc3339(e.expires_at)
            } else {
                format!("{} (expired)", jwt::rfc3339(e.expires_at))
            };
            let refresh = if e.refresh_token.is_some() {
                "yes"
            } else {
                "no"
            };
            rows.push([
                e.provider.clone(),
                e.profile.clone(),
                e.identity.clone(),
                expiry,
                refresh.into(),
            ]);
        }
        table(&rows)
    };
    output::emit(&text)?;
    Ok(())
}

fn table(rows: &[[String; 5]]) -> String {
    let mut widths = [0usize; 5];
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
