//! The resolved inputs of one provider call: each value and where it came
//! from. Plain data: the order that fills it (flag, environment, `_FILE`,
//! account, command, keyring) is `source`'s; providers only read it.

#[cfg(test)]
use super::field::Kind;
use super::field::{Field, env_name};
use crate::error::{Class, TokError};
use crate::secret::Secret;
use std::collections::BTreeMap;

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
    /// Named as it is: a CI identity (`github-actions:AUD`), a token file
    /// (`--subject-token-file PATH`).
    Named(String),
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
            Source::Named(from) => write!(f, "{from}"),
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
    /// Why a field that looks given is not: `TOK_X is set but empty`.
    empty: BTreeMap<&'static str, String>,
    /// A person signs in with these inputs: `tok login` runs that sign-in
    /// and stores nothing, so a missing value is not its to give.
    signs_in: bool,
}

impl Inputs {
    /// No values yet; `keyring_profile`: whose keyring entry to ask (the
    /// profile, or an account's name).
    pub fn new(
        provider: &'static str,
        fields: &'static [Field],
        profile: &str,
        keyring_profile: &str,
    ) -> Inputs {
        Inputs {
            provider,
            profile: profile.to_string(),
            fields,
            values: BTreeMap::new(),
            keyring_note: None,
            keyring_profile: keyring_profile.to_string(),
            empty: BTreeMap::new(),
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
            empty: BTreeMap::new(),
            signs_in: false,
        }
    }

    /// Set a text value (held as a secret when the field is one).
    pub fn set_text(&mut self, name: &str, value: String, from: Source) {
        let f = self.field(name);
        self.values.insert(f.name, (wrap(f, value), from));
    }

    pub fn set_switch(&mut self, name: &str, on: bool, from: Source) {
        let f = self.field(name);
        self.values.insert(f.name, (Held::Switch(on), from));
    }

    pub fn set_list(&mut self, name: &str, items: Vec<String>, from: Source) {
        let f = self.field(name);
        self.values.insert(f.name, (Held::List(items), from));
    }

    /// Why a field that looks given is not (`TOK_X is set but empty`), for
    /// the missing-credentials message.
    pub fn note_empty(&mut self, name: &str, why: String) {
        let f = self.field(name);
        self.empty.insert(f.name, why);
    }

    /// Why the keyring could not be asked, for the same message.
    pub fn set_keyring_note(&mut self, why: String) {
        self.keyring_note = Some(why);
    }

    /// Whether the field has a value.
    pub fn has(&self, name: &str) -> bool {
        self.values.contains_key(name)
    }

    pub fn fields(&self) -> &'static [Field] {
        self.fields
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

    pub fn field(&self, name: &str) -> &'static Field {
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
        // a workload token's other ways in: a file, a CI identity, a key
        let alternatives: Vec<String> = ["file", "from", "key"]
            .iter()
            .map(|suffix| format!("{}-{suffix}", f.name))
            .filter(|alt| self.fields.iter().any(|g| g.name == alt))
            .map(|alt| format!("--{alt}"))
            .collect();
        if !alternatives.is_empty() {
            msg.push_str(&format!(", or give {}", alternatives.join(" or ")));
        }
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
            _ if crate::log::under_ci() || !f.login => {}
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
        reads: &dyn Fn(&str) -> bool,
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
            .filter(|f| f.keyed && (!f.secret || f.identity) && reads(f.name))
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
            .filter(|(name, _)| !self.field(name).workload)
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

fn wrap(f: &Field, v: String) -> Held {
    if f.secret {
        Held::Secret(Secret::new(v))
    } else {
        Held::Plain(v)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Fields of a small provider, for the tests of inputs and sources.
    pub static FIELDS: &[Field] = &[
        Field::credential("client-id", "id"),
        Field::secret("client-secret", "secret"),
        Field::text("scope", "scope").with_default("S"),
    ];

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
            .key_parts(&|s| Ok(format!("FP({})", s.len())), &|_| true)
            .unwrap()
            .join(",");
        assert_eq!(parts, "client-id=@keyring,scope=S");
        assert!(!parts.contains("zzz"));
        // a field the request does not read is no part of the key
        let parts = inp
            .key_parts(&|_| Ok("-".into()), &|f| f != "client-id")
            .unwrap();
        assert_eq!(parts, ["scope=S"]);
    }
}
