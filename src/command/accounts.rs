//! `tok accounts [--json|--names]`: the accounts of the config file, with
//! their provider, endpoint, identity and where each secret comes from
//! (`env SHOP_PROD_SECRET`, `command pass`, `keyring`) — never a value.

use crate::config::{self, Account, Value};
use crate::output;
use anyhow::Result;
use serde_json::json;
use std::path::Path;

pub fn run(flag: Option<&Path>, as_json: bool, names_only: bool) -> Result<()> {
    let config = config::load(flag)?;
    let accounts: Vec<&Account> = config.accounts.values().collect();
    let text = if names_only {
        accounts.iter().map(|a| format!("{}\n", a.name)).collect()
    } else if as_json {
        let rows: Vec<_> = accounts
            .iter()
            .map(|a| {
                json!({
                    "name": a.name,
                    "provider": a.provider.name(),
                    "endpoint": endpoint(a),
                    "identity": identity(a),
                    "secrets": secrets(a).into_iter().collect::<serde_json::Map<_, _>>(),
                    "file": a.file.display().to_string(),
                })
            })
            .collect();
        format!("{}\n", serde_json::Value::Array(rows))
    } else if accounts.is_empty() {
        match &config.file {
            Some(f) => format!("no accounts in {}\n", f.display()),
            None => "no config file\n".into(),
        }
    } else {
        let mut rows = vec![[
            "NAME".to_string(),
            "PROVIDER".into(),
            "ENDPOINT".into(),
            "IDENTITY".into(),
            "SECRETS".into(),
        ]];
        for a in &accounts {
            let secrets: Vec<String> = secrets(a)
                .into_iter()
                .map(|(field, from)| format!("{field}: {}", from.as_str().unwrap_or("")))
                .collect();
            rows.push([
                a.name.clone(),
                a.provider.name().into(),
                endpoint(a),
                identity(a).unwrap_or_else(|| "-".into()),
                if secrets.is_empty() {
                    "-".into()
                } else {
                    secrets.join(", ")
                },
            ]);
        }
        super::cache::table(&rows)
    };
    output::emit(&text, "the account list")
}

/// The endpoint the account talks to, as far as the file says.
fn endpoint(a: &Account) -> String {
    let text = |f: &str| match a.get(f) {
        Some(Value::Text(t)) => Some(t.clone()),
        _ => None,
    };
    text("token-url")
        .or_else(|| text("base-url"))
        .or_else(|| text("issuer").map(|i| format!("{i} (issuer)")))
        .unwrap_or_else(|| "(provider default)".into())
}

fn identity(a: &Account) -> Option<String> {
    match a.get(a.provider.identity_field()) {
        Some(Value::Text(t)) => Some(t.clone()),
        _ => None,
    }
}

/// Field → where its secret comes from.
fn secrets(a: &Account) -> Vec<(String, serde_json::Value)> {
    a.values
        .iter()
        .filter_map(|(field, v)| match v {
            Value::Secret(r) => Some((field.to_string(), json!(r.to_string()))),
            _ => None,
        })
        .collect()
}
