//! The config file: named accounts, each a provider plus any of its fields,
//! with secrets only as references (`env`, `file`, `command`, `keyring`).
//!
//! ```toml
//! [accounts.shop-prod]
//! provider = "elfsquad"
//! client-id = "2313449e-…"
//! client-secret = { env = "SHOP_PROD_SECRET" }
//! ```
//!
//! Location: `--config FILE`, else `TOK_CONFIG`, else the OS config dir +
//! `tok/config.toml` (`$XDG_CONFIG_HOME/tok/config.toml` or
//! `~/.config/tok/config.toml` on Linux). A missing default file is fine; a
//! named one must exist. Every command that could use the file reads and
//! checks it, also when it names a provider (a missing default file costs
//! one failed open). Every mistake is a usage error that names the file, the
//! line and the key, including values the provider refuses together.
//! Putting an account where a provider goes is `cli::account_flags`'s.

mod cache;

pub use cache::{CacheSection, shared_spec};

use crate::error::{Class, TokError};
use crate::provider::field::{Field, Kind};
use crate::provider::inputs::{Inputs, Source, Via};
use crate::provider::{self, Provider};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The largest config file tok reads.
const CONFIG_CAP: u64 = 1024 * 1024;

/// Where a secret comes from, as the config file says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretRef {
    /// `{ env = "NAME" }`: an environment variable.
    Env(String),
    /// `{ file = "PATH" }`: a file (`~` expanded, whitespace trimmed).
    File(PathBuf),
    /// `{ command = ["prog", "arg"] }`: a command's stdout, run without a
    /// shell, only on a cache miss.
    Command(Vec<String>),
    /// `{ keyring = true }`: the OS keyring entry of this account.
    Keyring,
}

impl std::fmt::Display for SecretRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SecretRef::Env(name) => write!(f, "env {name}"),
            SecretRef::File(path) => write!(f, "file {}", path.display()),
            SecretRef::Command(argv) => write!(f, "command {}", argv[0]),
            SecretRef::Keyring => f.write_str("keyring"),
        }
    }
}

/// One value an account sets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Switch(bool),
    List(Vec<String>),
    Secret(SecretRef),
}

/// A named account.
#[derive(Clone)]
pub struct Account {
    pub name: String,
    pub provider: &'static dyn Provider,
    /// The config file it was read from.
    pub file: PathBuf,
    /// Field name → value.
    pub values: BTreeMap<&'static str, Value>,
    pub min_ttl: Option<u64>,
    pub timeout: Option<u64>,
    pub ca_cert: Option<PathBuf>,
    /// What git and container registries are told (`git-hosts`, …).
    pub consumers: Consumers,
}

/// An account's settings for the programs that take its token through
/// helpers: git and container registries.
#[derive(Debug, Clone, Default)]
pub struct Consumers {
    /// `git-hosts`: the hosts (`host[:port]`; no port: any) git may ask for.
    pub git_hosts: Vec<String>,
    /// `git-username` (default `oauth2`).
    pub git_username: Option<String>,
    /// `registries`: container registries (`host[:port]`) it answers for.
    pub registries: Vec<String>,
    /// `registry-username` (default `oauth2accesstoken`).
    pub registry_username: Option<String>,
}

/// Whether `host` (`name[:port]`, as git or docker send it) is one of
/// `listed`: an entry without a port matches any port; names compare
/// without case.
pub fn host_listed(listed: &[String], host: &str) -> bool {
    let host = host.trim().to_ascii_lowercase();
    let (name, port) = split_port(&host);
    listed.iter().any(|entry| {
        let entry = entry.trim().to_ascii_lowercase();
        match split_port(&entry) {
            (n, None) => n == name,
            (n, Some(p)) => n == name && port == Some(p),
        }
    })
}

/// `host:port` → (`host`, `port`); IPv6 in brackets kept whole.
fn split_port(host: &str) -> (&str, Option<&str>) {
    match host.rsplit_once(':') {
        Some((name, port))
            if !port.is_empty()
                && port.bytes().all(|b| b.is_ascii_digit())
                && (!name.contains(':') || name.ends_with(']')) =>
        {
            (name, Some(port))
        }
        _ => (host, None),
    }
}

impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Account")
            .field("name", &self.name)
            .field("provider", &self.provider.name())
            .field("values", &self.values)
            .finish()
    }
}

impl Account {
    /// The values written in the file (no secret, no environment), with
    /// the provider's defaults: for checks that need no credential.
    pub fn written_inputs(&self) -> Inputs {
        let p = self.provider;
        let mut inp = Inputs::new(p.name(), p.fields(), "default", &self.name);
        let from = || Source::Account(self.name.clone(), Via::Value);
        for f in p.fields() {
            match (self.values.get(f.name), f.default) {
                (Some(Value::Text(t)), _) => inp.set_text(f.name, t.clone(), from()),
                (Some(Value::Switch(b)), _) => inp.set_switch(f.name, *b, from()),
                (Some(Value::List(l)), _) => inp.set_list(f.name, l.clone(), from()),
                (None, Some(d)) if f.kind != Kind::Switch => {
                    inp.set_text(f.name, d.to_string(), Source::Default)
                }
                _ => {}
            }
        }
        inp
    }

    /// What tells this account's cache entries apart, for `cache clear`
    /// and `logout`: its name and the identity it sets, if any.
    pub fn cache_identity(&self) -> (&str, Option<&str>) {
        let identity = match self.get(self.provider.identity_field()) {
            Some(Value::Text(t)) => Some(t.as_str()),
            _ => None,
        };
        (&self.name, identity)
    }

    pub fn get(&self, field: &str) -> Option<&Value> {
        self.values.get(field)
    }
}

/// The parsed config file.
#[derive(Debug, Default)]
pub struct Config {
    pub file: Option<PathBuf>,
    pub accounts: BTreeMap<String, Account>,
    /// The `[cache]` table: the shared tier.
    pub cache: CacheSection,
}

/// Settings every account may hold besides its provider's fields.
const COMMON: &[&str] = &[
    "min-ttl",
    "timeout",
    "ca-cert",
    "git-hosts",
    "git-username",
    "registries",
    "registry-username",
];

const SECRET_FORMS: &str = "a secret is a reference: { env = \"NAME\" }, { file = \"PATH\" }, \
     { command = [\"prog\", \"arg\"] } or { keyring = true }";

/// The config file's path: `--config`, `TOK_CONFIG`, or the default.
/// Returns whether it was named explicitly (then it must exist).
pub fn locate(flag: Option<&Path>) -> Option<(PathBuf, bool)> {
    if let Some(p) = flag {
        return Some((p.to_path_buf(), true));
    }
    if let Some(p) = std::env::var_os("TOK_CONFIG").filter(|p| !p.is_empty()) {
        return Some((PathBuf::from(p), true));
    }
    let dir = match std::env::var_os("XDG_CONFIG_HOME").filter(|d| !d.is_empty()) {
        Some(d) => PathBuf::from(d).join("tok"),
        None => directories::ProjectDirs::from("", "", "tok")?
            .config_dir()
            .to_path_buf(),
    };
    Some((dir.join("config.toml"), false))
}

/// Read and check the config file. A missing default file is an empty
/// config; a missing file named by `--config`/`TOK_CONFIG` is an error.
pub fn load(flag: Option<&Path>) -> anyhow::Result<Config> {
    let Some((path, named)) = locate(flag) else {
        return Ok(Config::default());
    };
    let bytes = match crate::fsread::read_bounded(&path, CONFIG_CAP) {
        Ok(b) => b,
        Err(crate::fsread::Refused::Missing) if !named => return Ok(Config::default()),
        Err(e) => return Err(usage(format!("config file {}: {e}", path.display()))),
    };
    let text = String::from_utf8(bytes)
        .map_err(|_| usage(format!("config file {}: not UTF-8 text", path.display())))?;
    let config = parse(&text, &path)?;
    cache::remember(config.cache.clone());
    Ok(config)
}

fn usage(msg: String) -> anyhow::Error {
    TokError::new(Class::Usage, msg).into()
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    accounts: BTreeMap<Spanned<String>, BTreeMap<Spanned<String>, toml::Value>>,
    #[serde(default)]
    cache: BTreeMap<Spanned<String>, toml::Value>,
}

/// Parse and check a config file's text (`path` is for messages).
pub fn parse(text: &str, path: &Path) -> anyhow::Result<Config> {
    let at = |span: std::ops::Range<usize>| {
        let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
        format!("{}:{line}", path.display())
    };
    let raw: RawFile = toml::from_str(text).map_err(|e| {
        let place = e
            .span()
            .map(&at)
            .unwrap_or_else(|| path.display().to_string());
        let why = e.message().trim().replace('\n', " ");
        usage(format!("{place}: {why}"))
    })?;
    let at_offset = |offset: usize| at(offset..offset);
    let cache = cache::parse(raw.cache, &at_offset)?;
    let mut accounts = BTreeMap::new();
    for (name, spanned) in raw.accounts {
        let start = name.span().start;
        let name = name.into_inner();
        // where each key stands, from the parser's own spans
        let key_at: BTreeMap<String, usize> = spanned
            .keys()
            .map(|k| (k.get_ref().clone(), k.span().start))
            .collect();
        let table: toml::Table = spanned
            .into_iter()
            .map(|(k, v)| (k.into_inner(), v))
            .collect();
        let err = |key: &str, why: String| {
            let offset = key_at.get(key).copied().unwrap_or(start);
            usage(format!(
                "{}: account {name}, key {key}: {why}",
                at(offset..offset)
            ))
        };
        if provider::find(&name).is_some() {
            return Err(usage(format!(
                "{}: account {name} is named like a provider: choose another name",
                at(start..start)
            )));
        }
        let provider_name = match table.get("provider") {
            Some(toml::Value::String(p)) => p.clone(),
            Some(_) => return Err(err("provider", "must be a string".into())),
            None => {
                return Err(usage(format!(
                    "{}: account {name} has no provider (one of {})",
                    at(start..start),
                    provider::names().join(", ")
                )));
            }
        };
        let p = provider::find(&provider_name).ok_or_else(|| {
            err(
                "provider",
                format!(
                    "unknown provider {provider_name} (one of {})",
                    provider::names().join(", ")
                ),
            )
        })?;
        let mut account = Account {
            name: name.clone(),
            provider: p,
            file: path.to_path_buf(),
            values: BTreeMap::new(),
            min_ttl: None,
            timeout: None,
            ca_cert: None,
            consumers: Consumers::default(),
        };
        for (key, value) in &table {
            if key == "provider" {
                continue;
            }
            if COMMON.contains(&key.as_str()) {
                common_setting(&mut account, key, value).map_err(|why| err(key, why))?;
                continue;
            }
            let field = p
                .fields()
                .iter()
                .find(|f| f.name == key)
                .ok_or_else(|| err(key, unknown_key(p)))?;
            let v = value_of(field, value).map_err(|why| err(key, why))?;
            account.values.insert(field.name, v);
        }
        check_together(&account).map_err(|(key, why)| err(&key, why))?;
        accounts.insert(name, account);
    }
    Ok(Config {
        file: Some(path.to_path_buf()),
        accounts,
        cache,
    })
}

/// Values that cannot go together (`legacy = true` with `token-url`): what
/// the provider refuses as a usage error when the same values come as
/// flags, refused here with the key it names (its first `--key` that the
/// account sets).
fn check_together(account: &Account) -> Result<(), (String, String)> {
    let Err(e) = account.provider.endpoint(&account.written_inputs()) else {
        return Ok(());
    };
    let (class, _) = crate::error::classify(&e);
    if class != Class::Usage {
        return Ok(()); // a credential still to come, checked at run time
    }
    let why = format!("{e:#}");
    let key = why
        .split(|c: char| c.is_whitespace() || c == ',' || c == ':')
        .filter_map(|w| w.strip_prefix("--"))
        .find(|k| account.values.contains_key(k))
        .unwrap_or("provider");
    Err((key.to_string(), why))
}

/// Why a key is not one of the provider's: the keys it knows.
fn unknown_key(p: &dyn Provider) -> String {
    let mut known: Vec<&str> = p
        .fields()
        .iter()
        .filter(|f| f.kind != Kind::List || f.name != "param")
        .map(|f| f.name)
        .collect();
    known.extend(COMMON);
    format!(
        "unknown key for provider {} (known: {})",
        p.name(),
        known.join(", ")
    )
}

/// One of the settings every account may hold ([`COMMON`]).
fn common_setting(account: &mut Account, key: &str, value: &toml::Value) -> Result<(), String> {
    match (key, value) {
        ("min-ttl", toml::Value::Integer(n)) if *n >= 0 => account.min_ttl = Some(*n as u64),
        ("timeout", toml::Value::Integer(n)) if (1..=3600).contains(n) => {
            account.timeout = Some(*n as u64)
        }
        ("ca-cert", toml::Value::String(s)) => account.ca_cert = Some(expand_tilde(s)),
        ("git-username", toml::Value::String(s)) if !s.is_empty() => {
            account.consumers.git_username = Some(s.clone())
        }
        ("registry-username", toml::Value::String(s)) if !s.is_empty() => {
            account.consumers.registry_username = Some(s.clone())
        }
        ("git-hosts" | "registries", toml::Value::Array(items)) => {
            let hosts = items
                .iter()
                .map(|i| i.as_str().filter(|h| valid_host(h)).map(str::to_string))
                .collect::<Option<Vec<_>>>()
                .ok_or("must be a list of hosts (host or host:port, no scheme or path)")?;
            match key {
                "git-hosts" => account.consumers.git_hosts = hosts,
                _ => account.consumers.registries = hosts,
            }
        }
        ("git-hosts" | "registries", _) => {
            return Err("must be a list of hosts (host or host:port, no scheme or path)".into());
        }
        ("git-username" | "registry-username", _) => {
            return Err("must be a non-empty string".into());
        }
        ("timeout", _) => return Err("must be a whole number of seconds, 1 to 3600".into()),
        ("min-ttl", _) => return Err("must be a whole number of seconds".into()),
        _ => return Err("must be a string (a path)".into()),
    }
    Ok(())
}

/// `host` or `host:port`: no scheme, no path, no space.
fn valid_host(h: &str) -> bool {
    !h.is_empty() && !h.contains("://") && !h.contains('/') && !h.contains(char::is_whitespace)
}

/// Check one value against its field's kind.
fn value_of(field: &Field, value: &toml::Value) -> Result<Value, String> {
    if field.secret {
        return secret_ref(value);
    }
    if field.file
        && let toml::Value::Table(t) = value
    {
        return match (t.len(), t.get("file")) {
            (1, Some(toml::Value::String(path))) if !path.is_empty() => {
                Ok(Value::Text(expand_tilde(path).display().to_string()))
            }
            _ => Err("a path, or { file = \"PATH\" }".into()),
        };
    }
    match (field.kind, value) {
        (Kind::Text, toml::Value::String(s)) if field.file => {
            Ok(Value::Text(expand_tilde(s).display().to_string()))
        }
        (Kind::Text, toml::Value::String(s)) => Ok(Value::Text(s.clone())),
        (Kind::Choice(allowed), toml::Value::String(s)) => {
            if allowed.contains(&s.as_str()) {
                Ok(Value::Text(s.clone()))
            } else {
                Err(format!("must be one of {}", allowed.join(", ")))
            }
        }
        (Kind::Switch, toml::Value::Boolean(b)) => Ok(Value::Switch(*b)),
        (Kind::List, toml::Value::String(s)) => Ok(Value::List(vec![s.clone()])),
        (Kind::List, toml::Value::Array(items)) => items
            .iter()
            .map(|i| i.as_str().map(str::to_string))
            .collect::<Option<Vec<_>>>()
            .map(Value::List)
            .ok_or_else(|| "must be a list of strings".to_string()),
        (Kind::Switch, _) => Err("must be true or false".into()),
        (Kind::List, _) => Err("must be a list of strings".into()),
        (_, _) => Err("must be a string".into()),
    }
}

pub(crate) fn secret_ref(value: &toml::Value) -> Result<Value, String> {
    let toml::Value::Table(t) = value else {
        return Err(format!(
            "a secret is never written in the file: {SECRET_FORMS}"
        ));
    };
    if t.len() != 1 {
        return Err(format!("exactly one source, please: {SECRET_FORMS}"));
    }
    let (how, what) = t.iter().next().expect("one entry");
    let r = match (how.as_str(), what) {
        ("env", toml::Value::String(name)) if !name.is_empty() => SecretRef::Env(name.clone()),
        ("file", toml::Value::String(path)) if !path.is_empty() => {
            SecretRef::File(expand_tilde(path))
        }
        ("command", toml::Value::Array(argv)) if !argv.is_empty() => SecretRef::Command(
            argv.iter()
                .map(|a| a.as_str().map(str::to_string))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| format!("command is a list of strings: {SECRET_FORMS}"))?,
        ),
        ("keyring", toml::Value::Boolean(true)) => SecretRef::Keyring,
        _ => return Err(SECRET_FORMS.to_string()),
    };
    Ok(Value::Secret(r))
}

/// `~/x` → `$HOME/x`.
fn expand_tilde(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_err(text: &str) -> String {
        format!("{:#}", parse(text, Path::new("c.toml")).unwrap_err())
    }

    #[test]
    fn the_issue_example_parses() {
        let text = r#"
[accounts.shop-prod]
provider = "elfsquad"
client-id = "2313449e"
client-secret = { env = "SHOP_PROD_SECRET" }

[accounts.shop-test]
provider = "elfsquad"
client-id = "77aa"
token-url = "https://login-test.example/oauth2/token"
client-secret = { command = ["pass", "show", "elfsquad/test"] }

[accounts.warehouse]
provider = "authapi"
base-url = "https://auth.example.com"
staging = true
username = "svc@example.com"
password = { keyring = true }
timeout = 10
"#;
        let c = parse(text, Path::new("c.toml")).unwrap();
        assert_eq!(c.accounts.len(), 3);
        let w = &c.accounts["warehouse"];
        assert_eq!(w.provider.name(), "authapi");
        assert_eq!(w.get("staging"), Some(&Value::Switch(true)));
        assert_eq!(w.get("password"), Some(&Value::Secret(SecretRef::Keyring)));
        assert_eq!(w.timeout, Some(10));
        let t = &c.accounts["shop-test"];
        assert_eq!(
            t.get("client-secret"),
            Some(&Value::Secret(SecretRef::Command(vec![
                "pass".into(),
                "show".into(),
                "elfsquad/test".into()
            ])))
        );
    }

    #[test]
    fn hosts_match_with_or_without_a_port() {
        let listed = vec!["git.example.com".to_string(), "127.0.0.1:8443".to_string()];
        assert!(host_listed(&listed, "git.example.com"));
        assert!(host_listed(&listed, "GIT.example.com:443"));
        assert!(host_listed(&listed, "127.0.0.1:8443"));
        assert!(!host_listed(&listed, "127.0.0.1:8444"));
        assert!(!host_listed(&listed, "127.0.0.1"));
        assert!(!host_listed(&listed, "evil.example.com"));
        assert!(!host_listed(&listed, "git.example.com.evil.test"));
        let e = parse_err("[accounts.a]\nprovider = \"elfsquad\"\ngit-hosts = [\"https://x\"]\n");
        assert!(e.contains("key git-hosts: must be a list of hosts"), "{e}");
    }

    #[test]
    fn mistakes_name_the_file_line_and_key() {
        let e = parse_err("[accounts.a]\nprovider = \"elfsquad\"\nclient-secret = \"plain\"\n");
        assert!(
            e.starts_with("c.toml:3: account a, key client-secret: a secret is never written"),
            "{e}"
        );
        assert!(e.contains("{ keyring = true }"), "{e}");
        let e = parse_err("[accounts.a]\nprovider = \"elfsquad\"\n\nclient-idd = \"x\"\n");
        assert!(
            e.starts_with("c.toml:4: account a, key client-idd: unknown key"),
            "{e}"
        );
        let e = parse_err("[accounts.a]\nprovider = \"nope\"\n");
        assert!(
            e.starts_with("c.toml:2: account a, key provider: unknown provider nope"),
            "{e}"
        );
        let e = parse_err("[accounts.elfsquad]\nprovider = \"elfsquad\"\n");
        assert!(
            e.starts_with("c.toml:1: account elfsquad is named like a provider"),
            "{e}"
        );
        let e = parse_err("[accounts.a]\nprovider = \"authapi\"\nstaging = \"yes\"\n");
        assert!(
            e.starts_with("c.toml:3: account a, key staging: must be true or false"),
            "{e}"
        );
        let e = parse_err("[accounts.a]\nprovider = \"authapi\"\ntimeout = 0\n");
        assert!(e.contains("key timeout"), "{e}");
        // the parser's spans, not a text scan: dotted keys and inline tables
        let e =
            parse_err("accounts.a.provider = \"elfsquad\"\n\naccounts.a.client-secret = \"x\"\n");
        assert!(
            e.starts_with("c.toml:3: account a, key client-secret"),
            "{e}"
        );
        let e = parse_err("[accounts]\na = { provider = \"elfsquad\", scopee = \"x\" }\n");
        assert!(
            e.starts_with("c.toml:2: account a, key scopee: unknown key"),
            "{e}"
        );
        let e = parse_err("[other]\nx = 1\n");
        assert!(e.starts_with("c.toml:1: unknown field `other`"), "{e}");
        let e = parse_err("[accounts.a]\nprovider = \n");
        assert!(e.starts_with("c.toml:2: "), "{e}");
        let e = parse_err(
            "[accounts.a]\nprovider = \"oauth2\"\nclient-secret = { env = \"A\", file = \"b\" }\n",
        );
        assert!(e.contains("exactly one source"), "{e}");
    }
}
