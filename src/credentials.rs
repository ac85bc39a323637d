//! Where each provider input comes from: flag → environment → OS keyring.
//!
//! A provider declares its inputs as [`Field`]s. [`Inputs::from_matches`]
//! takes what the command line and the environment give (no file, no
//! keyring). [`Inputs::read_files`] reads `TOK_<PROVIDER>_<FIELD>_FILE` for
//! secrets not given otherwise: a given secret takes part in the cache
//! lookup, so this runs before it. [`Inputs::complete`] runs only on a miss:
//! it asks the keyring for the login fields still missing.

use crate::error::{Class, TokError};
use crate::secret::Secret;
use clap::ArgMatches;
use clap::parser::ValueSource;
use std::collections::{BTreeMap, HashMap};

/// What sort of value a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A single string.
    Text,
    /// A boolean switch (`--legacy`).
    Switch,
    /// One of a fixed set of strings.
    Choice(&'static [&'static str]),
    /// Repeated `--name k=v`.
    List,
}

/// One input of a provider: a flag `--<name>`, an env var
/// `TOK_<PROVIDER>_<NAME>`, and for login fields a keyring entry.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub name: &'static str,
    pub help: &'static str,
    pub kind: Kind,
    /// Never printed, never cached; also read from `..._FILE`.
    pub secret: bool,
    /// Asked by `tok login` and looked up in the keyring when not given.
    pub login: bool,
    /// A secret that decides *whose* token it is (a refresh token given as
    /// input): it separates cache entries, as a keyed fingerprint.
    pub identity: bool,
    /// A credential that replaces all the others (Envoy's API key): the
    /// keyring's is not used when other credentials were given explicitly.
    pub alone: bool,
    /// Whether it decides which token this is (enters the cache key). Not
    /// for settings of how a token is obtained (`--login-timeout`).
    pub keyed: bool,
    pub default: Option<&'static str>,
}

impl Field {
    pub const fn text(name: &'static str, help: &'static str) -> Field {
        Field {
            name,
            help,
            kind: Kind::Text,
            secret: false,
            login: false,
            identity: false,
            alone: false,
            keyed: true,
            default: None,
        }
    }

    /// An account value stored by `tok login`.
    pub const fn credential(name: &'static str, help: &'static str) -> Field {
        Field {
            login: true,
            ..Field::text(name, help)
        }
    }

    /// A secret account value stored by `tok login`.
    pub const fn secret(name: &'static str, help: &'static str) -> Field {
        Field {
            secret: true,
            login: true,
            ..Field::text(name, help)
        }
    }

    pub const fn switch(name: &'static str, help: &'static str) -> Field {
        Field {
            kind: Kind::Switch,
            ..Field::text(name, help)
        }
    }

    /// A secret that decides whose token it is (see [`Field::identity`]).
    pub const fn identity(self) -> Field {
        Field {
            identity: true,
            ..self
        }
    }

    /// A setting of how, not which (see [`Field::keyed`]).
    pub const fn unkeyed(self) -> Field {
        Field {
            keyed: false,
            ..self
        }
    }

    /// A credential that replaces the others (see [`Field::alone`]).
    pub const fn alone(self) -> Field {
        Field {
            alone: true,
            ..self
        }
    }

    pub const fn with_default(self, default: &'static str) -> Field {
        Field {
            default: Some(default),
            ..self
        }
    }

    pub const fn choice(self, values: &'static [&'static str]) -> Field {
        Field {
            kind: Kind::Choice(values),
            ..self
        }
    }

    pub const fn list(self) -> Field {
        Field {
            kind: Kind::List,
            ..self
        }
    }

    /// A human name: `client-secret` → `client secret`.
    pub fn label(&self) -> String {
        self.name.replace('-', " ")
    }
}

/// `TOK_<PROVIDER>_<FIELD>`, upper case, `-` → `_`.
pub fn env_name(provider: &str, field: &str) -> String {
    format!("TOK_{provider}_{field}")
        .to_ascii_uppercase()
        .replace('-', "_")
}

/// Where a value came from, for `--verbose`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag,
    Env(String),
    File(String),
    Keyring,
    Default,
    /// A config-file account: its name, and how it gave the value.
    Account(String, Via),
    /// Found on the way: discovery of this issuer.
    Found(String),
}

/// How an account gave a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    /// Written in the file (never a secret).
    Value,
    /// `{ env = "NAME" }`
    Env(String),
    /// `{ file = "PATH" }`
    File(std::path::PathBuf),
    /// `{ command = [...] }`: its program
    Command(String),
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Flag => f.write_str("command line"),
            Source::Env(name) => write!(f, "environment ({name})"),
            Source::File(name) => write!(f, "file named by {name}"),
            Source::Keyring => f.write_str("OS keyring"),
            Source::Default => f.write_str("default"),
            Source::Found(issuer) => write!(f, "discovery of {issuer}"),
            Source::Account(name, Via::Value) => write!(f, "account {name}"),
            Source::Account(name, Via::Env(var)) => write!(f, "account {name} (env {var})"),
            Source::Account(name, Via::File(p)) => {
                write!(f, "account {name} (file {})", p.display())
            }
            Source::Account(name, Via::Command(prog)) => {
                write!(f, "account {name} (command {prog})")
            }
        }
    }
}

#[derive(Debug, Clone)]
enum Held {
    Plain(String),
    Secret(Secret),
    Switch(bool),
    List(Vec<String>),
}

/// What a credential store holds for one provider and profile.
pub enum Stored {
    /// Field name → value (empty when nothing is stored).
    Values(HashMap<String, String>),
    /// The store cannot be asked; the reason is added to the
    /// missing-credentials message instead of failing.
    Unavailable(String),
}

/// A place that may hold login fields: the OS keyring, or nothing.
pub trait Store {
    fn load(&self, provider: &str, profile: &str) -> anyhow::Result<Stored>;
}

/// The resolved inputs of one provider call.
#[derive(Debug, Clone)]
pub struct Inputs {
    pub provider: &'static str,
    pub profile: String,
    fields: &'static [Field],
    values: BTreeMap<&'static str, (Held, Source)>,
    keyring_note: Option<String>,
    /// Whose keyring entry to ask: the profile, or the account's name.
    keyring_profile: String,
    /// Account secrets still to fetch: from a file (on every call) or a
    /// command (on a cache miss only).
    pending: Vec<(&'static str, String, crate::config::SecretRef)>,
    /// Why a field that looks given is not: `TOK_X is set but empty`.
    empty: BTreeMap<&'static str, String>,
    /// A person signs in with these inputs: `tok login` runs that sign-in
    /// and stores nothing, so a missing value is not its to give.
    signs_in: bool,
}

impl Inputs {
    /// Values from flags and environment (clap reads both), and defaults.
    pub fn from_matches(
        provider: &'static str,
        fields: &'static [Field],
        profile: &str,
        m: &ArgMatches,
        account: Option<&crate::config::Account>,
    ) -> Inputs {
        use crate::config::{SecretRef, Value};
        let mut values = BTreeMap::new();
        let mut empty = BTreeMap::new();
        let mut pending = Vec::new();
        for f in fields {
            let var = env_name(provider, f.name);
            if m.value_source(f.name) != Some(ValueSource::CommandLine)
                && std::env::var_os(&var).is_some_and(|v| v.is_empty())
            {
                empty.insert(
                    f.name,
                    format!("{var} is set but empty (an unset CI secret?)"),
                );
            }
            let explicit = matches!(
                m.value_source(f.name),
                Some(ValueSource::CommandLine | ValueSource::EnvVariable)
            );
            // flag → env → account → default (→ keyring, on a miss)
            if !explicit
                && let Some(a) = account
                && let Some(v) = a.get(f.name)
            {
                let from = |via| Source::Account(a.name.clone(), via);
                let held = match v {
                    Value::Text(t) => (wrap(f, t.clone()), from(Via::Value)),
                    Value::Switch(b) => (Held::Switch(*b), from(Via::Value)),
                    Value::List(l) => (Held::List(l.clone()), from(Via::Value)),
                    Value::Secret(SecretRef::Env(var)) => match std::env::var(var) {
                        Ok(v) if !v.is_empty() => (wrap(f, v), from(Via::Env(var.clone()))),
                        Ok(_) => {
                            empty.insert(
                                f.name,
                                format!("{var} (account {}) is set but empty", a.name),
                            );
                            continue;
                        }
                        Err(_) => {
                            empty.insert(f.name, format!("{var} (account {}) is not set", a.name));
                            continue;
                        }
                    },
                    Value::Secret(r @ (SecretRef::File(_) | SecretRef::Command(_))) => {
                        pending.push((f.name, a.name.clone(), r.clone()));
                        continue;
                    }
                    Value::Secret(SecretRef::Keyring) => continue,
                };
                values.insert(f.name, held);
                continue;
            }
            let source = match m.value_source(f.name) {
                Some(ValueSource::CommandLine) => Source::Flag,
                Some(ValueSource::EnvVariable) => Source::Env(env_name(provider, f.name)),
                Some(ValueSource::DefaultValue) => Source::Default,
                _ => continue,
            };
            let held = match f.kind {
                Kind::Switch => Held::Switch(m.get_flag(f.name)),
                Kind::List => Held::List(
                    m.get_many::<String>(f.name)
                        .map(|v| v.cloned().collect())
                        .unwrap_or_default(),
                ),
                Kind::Text | Kind::Choice(_) => match m.get_one::<String>(f.name) {
                    // an empty value (an unset CI secret) counts as not given
                    Some(v) if !v.is_empty() => wrap(f, v.clone()),
                    _ => continue,
                },
            };
            values.insert(f.name, (held, source));
        }
        Inputs {
            provider,
            profile: profile.to_string(),
            fields,
            values,
            keyring_note: None,
            keyring_profile: account.map_or_else(|| profile.to_string(), |a| a.name.clone()),
            pending,
            empty,
            signs_in: false,
        }
    }

    /// Inputs from explicit pairs, for unit tests of providers.
    #[cfg(test)]
    pub fn from_pairs(
        provider: &'static str,
        fields: &'static [Field],
        pairs: &[(&str, &str)],
    ) -> Inputs {
        let mut values = BTreeMap::new();
        for f in fields {
            let given = pairs.iter().find(|(k, _)| *k == f.name).map(|(_, v)| *v);
            let held = match (f.kind, given, f.default) {
                (Kind::Switch, Some(v), _) => Held::Switch(v == "true"),
                (Kind::List, Some(v), _) => Held::List(v.split('&').map(String::from).collect()),
                (_, Some(v), _) | (_, None, Some(v)) => wrap(f, v.to_string()),
                _ => continue,
            };
            values.insert(f.name, (held, Source::Flag));
        }
        Inputs {
            provider,
            profile: "default".into(),
            fields,
            values,
            keyring_note: None,
            keyring_profile: "default".into(),
            pending: Vec::new(),
            empty: BTreeMap::new(),
            signs_in: false,
        }
    }

    /// Secrets not given by flag or environment, from
    /// `TOK_<PROVIDER>_<FIELD>_FILE`: a regular file of at most 64 KiB (a
    /// FIFO or a device is refused, never waited on), surrounding whitespace
    /// (a trailing newline, a stray space) trimmed. The variable and its
    /// `_FILE` both set is a usage error: which one was meant?
    pub fn read_files(&mut self) -> anyhow::Result<()> {
        for (name, account, r) in std::mem::take(&mut self.pending) {
            let crate::config::SecretRef::File(path) = &r else {
                self.pending.push((name, account, r));
                continue;
            };
            let f = self.field(name);
            let fail = |why: String| {
                TokError::new(
                    Class::Missing,
                    format!(
                        "could not read the {} of account {account} from {}: {why}",
                        f.label(),
                        path.display()
                    ),
                )
            };
            let value = read_secret_file(path).map_err(fail)?;
            if value.is_empty() {
                return Err(fail("the file is empty".into()).into());
            }
            let held = wrap(f, value);
            self.values.insert(
                name,
                (held, Source::Account(account, Via::File(path.clone()))),
            );
        }
        for f in self.fields.iter().filter(|f| f.secret) {
            let var = format!("{}_FILE", env_name(self.provider, f.name));
            let Some(path) = std::env::var_os(&var).filter(|p| !p.is_empty()) else {
                continue;
            };
            match self.values.get(f.name) {
                Some((_, Source::Env(env))) => {
                    return Err(TokError::new(
                        Class::Usage,
                        format!("both {env} and {var} are set: unset one of them"),
                    )
                    .into());
                }
                Some(_) => continue, // a flag wins
                None => {}
            }
            let path = std::path::PathBuf::from(path);
            let fail = |why: String| {
                TokError::new(
                    Class::Missing,
                    format!(
                        "could not read the {} from {var}={}: {why}",
                        f.label(),
                        path.display()
                    ),
                )
            };
            let value = read_secret_file(&path).map_err(fail)?;
            if value.is_empty() {
                self.empty.insert(
                    f.name,
                    format!("{var} names an empty file ({})", path.display()),
                );
            } else {
                let held = wrap(f, value);
                self.values.insert(f.name, (held, Source::File(var)));
            }
        }
        Ok(())
    }

    /// Fill the login fields still missing from the keyring (asked only for
    /// what is missing, and only if anything is).
    pub fn complete(
        &mut self,
        store: &dyn Store,
        deadline: std::time::Instant,
    ) -> anyhow::Result<()> {
        for (name, account, r) in std::mem::take(&mut self.pending) {
            let crate::config::SecretRef::Command(argv) = &r else {
                continue;
            };
            let f = self.field(name);
            let value = crate::command_source::run(argv, deadline).map_err(|why| {
                TokError::new(
                    Class::Missing,
                    format!("the {} of account {account}: {why}", f.label()),
                )
            })?;
            crate::log::register(&value);
            self.values.insert(
                name,
                (
                    wrap(f, value),
                    Source::Account(account, Via::Command(argv[0].clone())),
                ),
            );
        }
        let missing: Vec<&Field> = self
            .fields
            .iter()
            .filter(|f| f.login && !self.values.contains_key(f.name))
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        let mut stored = match store.load(self.provider, &self.keyring_profile)? {
            Stored::Values(v) => v,
            Stored::Unavailable(why) => {
                crate::log::trace(format!("the OS keyring could not be asked: {why}"));
                self.keyring_note = Some(why);
                return Ok(());
            }
        };
        // explicit beats stored: credentials given by flag, env or file
        // select their mode; a stored credential that replaces them all
        // (an API key) does not override that choice
        let explicit = self.fields.iter().any(|f| f.login && self.explicit(f.name));
        for f in missing {
            let Some(v) = stored.remove(f.name).filter(|v| !v.is_empty()) else {
                continue;
            };
            if f.alone && explicit {
                crate::log::trace(format!(
                    "{}: the keyring's is not used, other credentials were given explicitly",
                    f.name
                ));
                continue;
            }
            self.values.insert(f.name, (wrap(f, v), Source::Keyring));
        }
        Ok(())
    }

    /// A secret that came from the keyring (not given any other way).
    pub fn keyring_secret(&self, name: &str) -> Option<&Secret> {
        match self.values.get(name) {
            Some((Held::Secret(s), Source::Keyring)) => Some(s),
            _ => None,
        }
    }

    /// A person signs in with these inputs (a device or browser grant):
    /// what is missing is not for `tok login` to store.
    pub fn set_signs_in(&mut self) {
        self.signs_in = true;
    }

    pub fn signs_in(&self) -> bool {
        self.signs_in
    }

    /// The keyring profile these inputs read (an account's name, or the
    /// profile).
    pub fn keyring_profile(&self) -> &str {
        &self.keyring_profile
    }

    fn field(&self, name: &str) -> &'static Field {
        self.fields
            .iter()
            .find(|f| f.name == name)
            .unwrap_or_else(|| panic!("provider {} has no field {name}", self.provider))
    }

    /// A non-secret text value.
    pub fn get(&self, name: &str) -> Option<&str> {
        match self.values.get(name) {
            Some((Held::Plain(s), _)) => Some(s),
            _ => None,
        }
    }

    pub fn secret(&self, name: &str) -> Option<&Secret> {
        match self.values.get(name) {
            Some((Held::Secret(s), _)) => Some(s),
            _ => None,
        }
    }

    pub fn switch(&self, name: &str) -> bool {
        matches!(self.values.get(name), Some((Held::Switch(true), _)))
    }

    pub fn list(&self, name: &str) -> &[String] {
        match self.values.get(name) {
            Some((Held::List(v), _)) => v,
            _ => &[],
        }
    }

    /// Set a value found on the way (a discovered endpoint).
    pub fn set_found(&mut self, name: &str, value: String, from: &str) {
        let f = self.field(name);
        self.values
            .insert(f.name, (wrap(f, value), Source::Found(from.to_string())));
    }

    /// Whether a value was chosen explicitly: the command line, the
    /// environment, a file or a config-file account (not a default, not
    /// the keyring).
    pub fn explicit(&self, name: &str) -> bool {
        matches!(
            self.source(name),
            Some(Source::Flag | Source::Env(_) | Source::File(_) | Source::Account(..))
        )
    }

    pub fn source(&self, name: &str) -> Option<&Source> {
        self.values.get(name).map(|(_, s)| s)
    }

    /// A non-secret value that must be there.
    pub fn require(&self, name: &str) -> Result<&str, TokError> {
        self.get(name).ok_or_else(|| self.missing(name))
    }

    pub fn require_secret(&self, name: &str) -> Result<&Secret, TokError> {
        self.secret(name).ok_or_else(|| self.missing(name))
    }

    /// The exit-4 error for a missing field: names the flag, the env var(s)
    /// and `tok login`.
    pub fn missing(&self, name: &str) -> TokError {
        let f = self.field(name);
        let env = env_name(self.provider, f.name);
        let env = if f.secret {
            format!("{env} (or {env}_FILE)")
        } else {
            env
        };
        let profile = if self.profile == "default" {
            String::new()
        } else {
            format!(" --profile {}", self.profile)
        };
        let mut msg = format!("missing {} for {}: ", f.label(), self.provider);
        if let Some(why) = self.empty.get(f.name) {
            msg.push_str(&format!("{why}; "));
        }
        msg.push_str(&format!("pass --{}, set {env}", f.name));
        if self.signs_in {
            // tok login would run the sign-in, which needs this too
        } else if f.login && self.keyring_profile != self.profile {
            // an account: its own keyring entry
            msg.push_str(&format!(", or run `tok login {}`", self.keyring_profile));
        } else if f.login {
            msg.push_str(&format!(", or run `tok login {}{profile}`", self.provider));
        }
        // the keyring's own words (D-Bus text) are for -v; in CI, nothing
        match &self.keyring_note {
            _ if crate::log::under_ci() => {}
            Some(note) if note.contains("TOK_KEYRING=none") => {
                msg.push_str(" (the OS keyring is turned off by TOK_KEYRING=none)")
            }
            Some(_) => msg.push_str(" (no OS keyring is reachable in this session; -v says why)"),
            None => {}
        }
        TokError::new(Class::Missing, msg)
    }

    /// Every secret value held, for redaction of remote text.
    pub fn secrets(&self) -> impl Iterator<Item = &Secret> {
        self.values.values().filter_map(|(h, _)| match h {
            Held::Secret(s) => Some(s),
            _ => None,
        })
    }

    /// The values that decide which token this is, as `name=value` pairs
    /// for the cache key. A login field not given by flag, env or file shows
    /// as `@keyring`: the profile, not the secret, names the keyring set. A
    /// secret that decides whose token it is enters as `fp:` + its keyed
    /// fingerprint; other secrets do not enter at all.
    pub fn key_parts(
        &self,
        fingerprint: &dyn Fn(&str) -> anyhow::Result<String>,
    ) -> anyhow::Result<Vec<String>> {
        let mut parts = Vec::new();
        let keyring = if self.keyring_profile == self.profile {
            "@keyring".to_string()
        } else {
            format!("@keyring:{}", self.keyring_profile)
        };
        for f in self
            .fields
            .iter()
            .filter(|f| f.keyed && (!f.secret || f.identity))
        {
            let v = match self.values.get(f.name) {
                Some((_, Source::Keyring)) => keyring.clone(),
                Some((Held::Plain(s), _)) => s.clone(),
                Some((Held::Switch(b), _)) => b.to_string(),
                Some((Held::List(l), _)) => l.join("&"),
                Some((Held::Secret(s), _)) => format!("fp:{}", fingerprint(s.expose())?),
                None if f.login => keyring.clone(),
                None => String::new(),
            };
            parts.push(format!("{}={v}", f.name));
        }
        Ok(parts)
    }

    /// The secrets given explicitly (flag, environment, file, or an
    /// account's env/file reference), by field: the ones a cached token
    /// must have been obtained with. (A command's or the keyring's are
    /// known only on a miss.)
    pub fn given_secrets(&self) -> impl Iterator<Item = (&'static str, &Secret)> {
        self.values
            .iter()
            .filter_map(|(name, (h, src))| match (h, src) {
                (
                    Held::Secret(s),
                    Source::Flag
                    | Source::Env(_)
                    | Source::File(_)
                    | Source::Account(_, Via::Env(_) | Via::File(_)),
                ) => Some((*name, s)),
                _ => None,
            })
    }
}

/// The largest `_FILE` secret tok reads.
pub const SECRET_FILE_CAP: u64 = 64 * 1024;

/// A secret held in a file (`_FILE`, an account's `{ file = … }`): a regular
/// file of at most [`SECRET_FILE_CAP`], never waited on, UTF-8, surrounding
/// whitespace trimmed (possibly empty: the caller decides what that means).
fn read_secret_file(path: &std::path::Path) -> Result<String, String> {
    let bytes = crate::fsread::read_bounded(path, SECRET_FILE_CAP).map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())?;
    Ok(text.trim().to_string())
}

fn wrap(f: &Field, v: String) -> Held {
    if f.secret {
        Held::Secret(Secret::new(v))
    } else {
        Held::Plain(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static FIELDS: &[Field] = &[
        Field::credential("client-id", "id"),
        Field::secret("client-secret", "secret"),
        Field::text("scope", "scope").with_default("S"),
    ];

    #[test]
    fn env_names_follow_the_convention() {
        assert_eq!(env_name("elfsquad", "client-id"), "TOK_ELFSQUAD_CLIENT_ID");
        assert_eq!(env_name("oauth2", "token-url"), "TOK_OAUTH2_TOKEN_URL");
    }

    #[test]
    fn missing_message_names_flag_env_and_login() {
        let inp = Inputs::from_pairs("elfsquad", FIELDS, &[]);
        let e = inp.require_secret("client-secret").unwrap_err();
        assert_eq!(e.class, Class::Missing);
        assert_eq!(
            e.message,
            "missing client secret for elfsquad: pass --client-secret, set \
             TOK_ELFSQUAD_CLIENT_SECRET (or TOK_ELFSQUAD_CLIENT_SECRET_FILE), \
             or run `tok login elfsquad`"
        );
    }

    #[test]
    fn key_parts_hold_no_secret_and_mark_keyring_fields() {
        let inp = Inputs::from_pairs("elfsquad", FIELDS, &[("client-secret", "zzz")]);
        let parts = inp
            .key_parts(&|s| Ok(format!("FP({})", s.len())))
            .unwrap()
            .join(",");
        assert_eq!(parts, "client-id=@keyring,scope=S");
        assert!(!parts.contains("zzz"));
    }

    struct Fake;
    impl Store for Fake {
        fn load(&self, p: &str, profile: &str) -> anyhow::Result<Stored> {
            let v = ["client-id", "client-secret", "scope"]
                .iter()
                .map(|f| (f.to_string(), format!("{p}/{profile}/{f}")))
                .collect();
            Ok(Stored::Values(v))
        }
    }

    #[test]
    fn keyring_fills_only_missing_login_fields() {
        let mut inp = Inputs::from_pairs("elfsquad", FIELDS, &[("client-id", "given")]);
        inp.complete(&Fake, std::time::Instant::now()).unwrap();
        assert_eq!(inp.get("client-id"), Some("given"));
        assert_eq!(
            inp.secret("client-secret").unwrap().expose(),
            "elfsquad/default/client-secret"
        );
        assert_eq!(inp.source("client-secret"), Some(&Source::Keyring));
        assert_eq!(
            inp.get("scope"),
            Some("S"),
            "not a login field: never from the keyring"
        );
    }

    struct Down;
    impl Store for Down {
        fn load(&self, _: &str, _: &str) -> anyhow::Result<Stored> {
            Ok(Stored::Unavailable("no keyring here".into()))
        }
    }

    #[test]
    fn an_unavailable_keyring_is_named_in_the_missing_message() {
        let mut inp = Inputs::from_pairs("elfsquad", FIELDS, &[]);
        inp.complete(&Down, std::time::Instant::now()).unwrap();
        let e = inp.require("client-id").unwrap_err();
        // the keyring's details are for -v, never the one-line error
        assert!(!e.message.contains("no keyring here"), "{}", e.message);
    }
}
