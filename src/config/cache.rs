//! The config file's `[cache]` table (the shared tier), and the one place
//! it meets `--cache-url` and the `TOK_CACHE_*` variables.
//!
//! ```toml
//! [cache]
//! url = "rediss://tok@redis.internal:6380/0"
//! password = { env = "REDIS_PASSWORD" }
//! key = { file = "/run/secrets/tok-fleet-key" }
//! refresh-ttl = "30d"   # an entry holding a refresh token of unknown lifetime
//! timeout = "300ms"     # connect, and each command
//! lease = "10s"         # a lock outlives a dead holder this long
//! ```

use super::{SecretRef, secret_ref, usage};
use crate::settings::{SHARED_LEASE, SHARED_REFRESH_TTL, SHARED_TIMEOUT, SecretSpec, SharedSpec};
use std::collections::BTreeMap;
use std::sync::OnceLock;
use std::time::Duration;
use toml::Spanned;

/// The `[cache]` table as written.
#[derive(Debug, Default, Clone)]
pub struct CacheSection {
    /// The URL and `FILE:LINE` where it is written.
    pub url: Option<(String, String)>,
    pub password: Option<SecretSpec>,
    pub key: Option<SecretSpec>,
    pub refresh_ttl: Option<Duration>,
    pub timeout: Option<Duration>,
    pub lease: Option<Duration>,
}

/// The variables of the shared tier.
const VARS: &[&str] = &[
    "TOK_CACHE_URL",
    "TOK_CACHE_PASSWORD",
    "TOK_CACHE_PASSWORD_FILE",
    "TOK_CACHE_KEY",
    "TOK_CACHE_KEY_FILE",
];

/// The `[cache]` table of the config file this run loaded.
static LOADED: OnceLock<CacheSection> = OnceLock::new();

/// Remember the loaded file's `[cache]` table (the first load wins: one
/// run reads one file).
pub(super) fn remember(section: CacheSection) {
    let _ = LOADED.set(section);
}

/// Parse `[cache]`; `at(offset)` names `FILE:LINE`.
pub(super) fn parse(
    table: BTreeMap<Spanned<String>, toml::Value>,
    at: &dyn Fn(usize) -> String,
) -> anyhow::Result<CacheSection> {
    let mut s = CacheSection::default();
    for (key, value) in table {
        let place = at(key.span().start);
        let key = key.into_inner();
        let err = |why: &str| usage(format!("{place}: [cache], key {key}: {why}"));
        match key.as_str() {
            "url" => match value {
                toml::Value::String(u) => s.url = Some((u, place.clone())),
                _ => return Err(err("must be a string (redis://host:port/db)")),
            },
            "password" | "key" => {
                let spec = match secret_ref(&value).map_err(|why| err(&why))? {
                    super::Value::Secret(SecretRef::Env(n)) => SecretSpec::Env(n),
                    super::Value::Secret(SecretRef::File(p)) => SecretSpec::File(p),
                    super::Value::Secret(SecretRef::Command(a)) => SecretSpec::Command(a),
                    _ => {
                        return Err(err(
                            "{ env = \"NAME\" }, { file = \"PATH\" } or { command = [\"prog\"] }",
                        ));
                    }
                };
                match key.as_str() {
                    "password" => s.password = Some(spec),
                    _ => s.key = Some(spec),
                }
            }
            "refresh-ttl" | "timeout" | "lease" => {
                let d = duration(&value).ok_or_else(|| {
                    err("must be a duration: \"300ms\", \"10s\", \"30d\" or whole seconds")
                })?;
                match key.as_str() {
                    "refresh-ttl" => s.refresh_ttl = Some(d),
                    "timeout" => s.timeout = Some(d),
                    _ => s.lease = Some(d),
                }
            }
            _ => {
                return Err(err(
                    "unknown key (known: url, password, key, refresh-ttl, timeout, lease)",
                ));
            }
        }
    }
    Ok(s)
}

fn duration(v: &toml::Value) -> Option<Duration> {
    let d = match v {
        toml::Value::Integer(n) if *n > 0 => Duration::from_secs(*n as u64),
        toml::Value::String(s) => humantime::parse_duration(s).ok()?,
        _ => return None,
    };
    (!d.is_zero()).then_some(d)
}

/// The shared tier of this run: `--cache-url`, else `TOK_CACHE_URL`, else
/// the file's `[cache] url`; an empty URL turns it off. Secrets: the
/// `TOK_CACHE_PASSWORD`/`TOK_CACHE_KEY` variables (or their `_FILE`), else
/// the file's references. No I/O beyond the environment: what is wrong is
/// kept in `problem` (exit 2 when the tier is used).
pub fn shared_spec(flag: Option<&str>) -> Option<SharedSpec> {
    let file = LOADED.get().cloned().unwrap_or_default();
    // the hit path's common case: no tier anywhere, nothing more to read
    if flag.is_none() && file.url.is_none() && std::env::var_os("TOK_CACHE_URL").is_none() {
        return None;
    }
    // a variable that is not UTF-8 is named (never shown): exit 2
    let garbled = VARS
        .iter()
        .find(|v| std::env::var_os(v).is_some_and(|x| x.to_str().is_none()));
    let env = |name: &str| std::env::var(name).ok();
    let (url, from) = match (flag, env("TOK_CACHE_URL")) {
        (Some(u), _) => (u.to_string(), "--cache-url".to_string()),
        (None, Some(u)) => (u, "TOK_CACHE_URL".to_string()),
        (None, None) if garbled == Some(&"TOK_CACHE_URL") => {
            ("redis://-".to_string(), "TOK_CACHE_URL".to_string())
        }
        (None, None) => file.url.clone()?,
    };
    if url.is_empty() {
        return None;
    }
    let mut problem = garbled.map(|v| format!("{v} is not UTF-8 text"));
    let mut secret = |name: &str, written: Option<SecretSpec>| {
        let file_var = format!("{name}_FILE");
        match (env(name).filter(|v| !v.is_empty()), env(&file_var)) {
            (Some(_), Some(_)) => {
                problem.get_or_insert(format!(
                    "both {name} and {file_var} are set: unset one of them"
                ));
                None
            }
            (Some(_), None) => Some(SecretSpec::Env(name.to_string())),
            (None, Some(path)) if !path.is_empty() => Some(SecretSpec::File(path.into())),
            _ => written,
        }
    };
    let password = secret("TOK_CACHE_PASSWORD", file.password.clone());
    let key = secret("TOK_CACHE_KEY", file.key.clone());
    if problem.is_none() {
        problem = check_url(&url, &from).err();
    }
    if problem.is_none() && key.is_none() {
        problem = Some(format!(
            "the shared cache ({from}) needs a fleet key: make one with `tok cache keygen > FILE` and give it as TOK_CACHE_KEY_FILE=FILE, TOK_CACHE_KEY, or [cache] key = {{ file = \"FILE\" }}"
        ));
    }
    Some(SharedSpec {
        url,
        from,
        password,
        key,
        refresh_ttl: file.refresh_ttl.unwrap_or(SHARED_REFRESH_TTL),
        timeout: file.timeout.unwrap_or(SHARED_TIMEOUT),
        lease: file.lease.unwrap_or(SHARED_LEASE),
        problem,
    })
}

/// A Redis URL tok takes: a TCP scheme, a host, no password inside.
fn check_url(url: &str, from: &str) -> Result<(), String> {
    let bad = |why: &str| Err(format!("the shared cache URL ({from}) {why}"));
    let Ok(u) = url::Url::parse(url) else {
        return bad("is not a URL: redis://host:port/db or rediss://host:port/db");
    };
    if !matches!(u.scheme(), "redis" | "rediss" | "valkey" | "valkeys") {
        return bad("must start with redis://, rediss://, valkey:// or valkeys://");
    }
    if u.host_str().is_none_or(str::is_empty) {
        return bad("names no host");
    }
    if u.password().is_some() {
        return bad(
            "holds a password: give it as TOK_CACHE_PASSWORD (or _FILE) or [cache] password = { env = \"NAME\" }, never in the URL",
        );
    }
    let db = u.path().trim_start_matches('/');
    if !db.is_empty() && db.parse::<u16>().is_err() {
        return bad("names a database that is not a number");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_checked_without_io() {
        assert!(check_url("redis://127.0.0.1:6379/0", "x").is_ok());
        assert!(check_url("rediss://tok@cache.internal:6380", "x").is_ok());
        assert!(check_url("valkey://h", "x").is_ok());
        for bad in [
            "http://h",
            "redis://",
            "nonsense",
            "redis://u:pw@h:1",
            "redis://h/abc",
        ] {
            assert!(check_url(bad, "x").is_err(), "{bad}");
        }
        let e = check_url("redis://u:hunter2@h", "--cache-url").unwrap_err();
        assert!(!e.contains("hunter2"), "{e}");
    }
}
