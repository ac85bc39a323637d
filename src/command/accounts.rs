//! `tok accounts [--json|--names]`: the accounts of the config file, with
//! their provider, endpoint, identity and where each secret comes from
//! (`env SHOP_PROD_SECRET`, `command pass`, `keyring`) — never a value.

use crate::cli::provider_args;
use crate::config::{self, Account, Value};
use crate::{output, source};
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
            None => no_file(flag),
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

/// Where tok looked, and what an account looks like.
fn no_file(flag: Option<&Path>) -> String {
    let place = match config::locate(flag) {
        Some((path, _)) => format!("no config file at {}", path.display()),
        None => "no config file (no config directory: HOME is not set)".into(),
    };
    format!(
        "{place} (TOK_CONFIG or --config name another). An account looks like:\n\n\
         [accounts.shop]\n\
         provider = \"elfsquad\"\n\
         client-id = \"2313449e-…\"\n\
         client-secret = {{ env = \"SHOP_SECRET\" }}\n\n\
         then: tok get shop\n"
    )
}

/// The endpoint a call through the account talks to, by the code that
/// builds its request: the account's values under the environment's
/// `TOK_<PROVIDER>_*` (flag → env → account), the provider's default, the
/// staging host. An issuer's endpoint is found by discovery at run time.
fn endpoint(a: &Account) -> String {
    let p = a.provider;
    let given = provider_args::command(p)
        .try_get_matches_from([p.name()])
        .map(|m| provider_args::given(p, &m))
        .unwrap_or_default();
    let (inp, _) = source::gather(p.name(), p.fields(), "default", &given, Some(a));
    if let Some(issuer) = p.issuer(&inp)
        && inp.get("token-url").is_none()
    {
        return format!("{issuer} (by discovery)");
    }
    match p.endpoint(&inp) {
        Ok(url) => url,
        Err(e) => format!("(none: {e:#})"),
    }
}

fn identity(a: &Account) -> Option<String> {
    match a.get(a.provider.identity_field()) {
        Some(Value::Text(t)) => Some(t.clone()),
        _ => None,
    }
}

/// Field → where its secret (or key, or certificate) comes from.
fn secrets(a: &Account) -> Vec<(String, serde_json::Value)> {
    let is_file = |name: &str| a.provider.fields().iter().any(|f| f.name == name && f.file);
    a.values
        .iter()
        .filter_map(|(field, v)| match v {
            Value::Secret(r) => Some((field.to_string(), json!(r.to_string()))),
            Value::Text(path) if is_file(field) => {
                Some((field.to_string(), json!(format!("file {path}"))))
            }
            Value::Text(from) if field.ends_with("-from") => Some((field.to_string(), json!(from))),
            _ => None,
        })
        .collect()
}
