//! Where an input comes from, in one order: flag → environment →
//! `TOK_<PROVIDER>_<FIELD>_FILE` → config account → command → OS keyring.
//!
//! [`gather`] takes what the command line and the environment gave (the
//! layer above turns clap's matches into a [`Given`]) and the account's
//! values (no file, no keyring yet). [`Pending::read_files`] reads the
//! `_FILE` variables and an account's `{ file = … }` secrets: a given
//! secret takes part in the cache lookup, so this runs before it.
//! [`Pending::complete`] runs only on a miss: an account's commands, then
//! the keyring for the login fields still missing.

pub mod command;
pub mod keyring;
pub mod workload;

use crate::config::{Account, SecretRef, Value};
use crate::error::{Class, TokError};
use crate::provider::field::{Field, env_name};
use crate::provider::inputs::{Inputs, Source, Via};
use std::collections::{BTreeMap, HashMap};

/// How the command line gave a value: clap's value source, reduced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    CommandLine,
    Env,
    Default,
}

/// One value the command line or the environment gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GivenValue {
    Text(String),
    Switch(bool),
    List(Vec<String>),
}

/// What the command line and the environment gave, by field name.
#[derive(Debug, Clone, Default)]
pub struct Given(pub BTreeMap<&'static str, (GivenValue, Origin)>);

impl Given {
    fn origin(&self, name: &str) -> Option<Origin> {
        self.0.get(name).map(|(_, o)| *o)
    }
}

/// Account secrets still to fetch: from a file (on every call) or a
/// command (on a cache miss only).
#[derive(Debug, Clone, Default)]
pub struct Pending(Vec<(&'static str, String, SecretRef)>, Option<String>);

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

/// The inputs that flags, environment and account give (flag → env →
/// account → default); what files, commands and the keyring give comes
/// later, through the returned [`Pending`].
pub fn gather(
    provider: &'static str,
    fields: &'static [Field],
    profile: &str,
    given: &Given,
    account: Option<&Account>,
) -> (Inputs, Pending) {
    let keyring_profile = account.map_or(profile, |a| a.name.as_str());
    let mut inp = Inputs::new(provider, fields, profile, keyring_profile);
    let mut pending = Pending::default();
    for f in fields {
        let var = env_name(provider, f.name);
        let origin = given.origin(f.name);
        if origin != Some(Origin::CommandLine)
            && std::env::var_os(&var).is_some_and(|v| v.is_empty())
        {
            inp.note_empty(
                f.name,
                format!("{var} is set but empty (an unset CI secret?)"),
            );
        }
        let explicit = matches!(origin, Some(Origin::CommandLine | Origin::Env));
        if !explicit
            && let Some(a) = account
            && let Some(v) = a.get(f.name)
        {
            from_account(&mut inp, &mut pending, f, a, v);
            continue;
        }
        let Some((value, origin)) = given.0.get(f.name) else {
            continue;
        };
        let source = match origin {
            Origin::CommandLine => Source::Flag,
            Origin::Env => Source::Env(var),
            Origin::Default => Source::Default,
        };
        match value {
            GivenValue::Switch(on) => inp.set_switch(f.name, *on, source),
            GivenValue::List(items) => inp.set_list(f.name, items.clone(), source),
            // an empty value (an unset CI secret) counts as not given
            GivenValue::Text(v) if !v.is_empty() => inp.set_text(f.name, v.clone(), source),
            GivenValue::Text(_) => {}
        }
    }
    (inp, pending)
}

/// One value an account gives: written in the file, or a reference.
fn from_account(inp: &mut Inputs, pending: &mut Pending, f: &Field, a: &Account, v: &Value) {
    let from = |via| Source::Account(a.name.clone(), via);
    match v {
        Value::Text(t) => inp.set_text(f.name, t.clone(), from(Via::Value)),
        Value::Switch(b) => inp.set_switch(f.name, *b, from(Via::Value)),
        Value::List(l) => inp.set_list(f.name, l.clone(), from(Via::Value)),
        Value::Secret(SecretRef::Env(var)) => {
            crate::child::secret_var(var);
            from_account_env(inp, pending, f, a, var)
        }
        Value::Secret(r @ (SecretRef::File(_) | SecretRef::Command(_))) => {
            pending.0.push((f.name, a.name.clone(), r.clone()));
        }
        Value::Secret(SecretRef::Keyring) => {}
    }
}

/// An account's `{ env = "NAME" }`: the variable's value, or why not.
fn from_account_env(inp: &mut Inputs, pending: &mut Pending, f: &Field, a: &Account, var: &str) {
    let from = |via| Source::Account(a.name.clone(), via);
    match std::env::var(var) {
        Ok(v) if !v.is_empty() => inp.set_text(f.name, v, from(Via::Env(var.to_string()))),
        Err(std::env::VarError::NotUnicode(_)) => {
            pending.1 = Some(format!(
                "{var} (the {} of account {}) holds bytes that are not UTF-8 text",
                f.label(),
                a.name
            ))
        }
        Ok(_) => inp.note_empty(
            f.name,
            format!("{var} (account {}) is set but empty", a.name),
        ),
        Err(_) => inp.note_empty(f.name, format!("{var} (account {}) is not set", a.name)),
    }
}

impl Pending {
    /// Secrets not given by flag or environment, from
    /// `TOK_<PROVIDER>_<FIELD>_FILE`, and an account's `{ file = … }`
    /// secrets: a regular file of at most 64 KiB (a FIFO or a device is
    /// refused, never waited on), surrounding whitespace (a trailing
    /// newline, a stray space) trimmed. The variable and its `_FILE` both
    /// set is a usage error: which one was meant?
    pub fn read_files(&mut self, inp: &mut Inputs) -> anyhow::Result<()> {
        if let Some(why) = self.1.take() {
            return Err(TokError::new(Class::Usage, why).into());
        }
        for (name, account, r) in std::mem::take(&mut self.0) {
            let SecretRef::File(path) = &r else {
                self.0.push((name, account, r));
                continue;
            };
            let f = inp.field(name);
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
            let from = Source::Account(account.clone(), Via::File(path.clone()));
            inp.set_text(name, value, from);
        }
        for f in inp.fields().iter().filter(|f| f.secret) {
            read_file_var(inp, f)?;
        }
        workload::read_files(inp)
    }

    /// Run an account's commands, then fill the login fields still missing
    /// from the keyring (asked only for what is missing, and only if
    /// anything is).
    pub fn complete(
        self,
        inp: &mut Inputs,
        store: &dyn Store,
        deadline: std::time::Instant,
    ) -> anyhow::Result<()> {
        let Pending(refs, _) = self;
        for (name, account, r) in refs {
            let SecretRef::Command(argv) = &r else {
                continue;
            };
            let f = inp.field(name);
            let value = command::run(argv, deadline).map_err(|why| {
                TokError::new(
                    Class::Missing,
                    format!("the {} of account {account}: {why}", f.label()),
                )
            })?;
            crate::log::register(&value);
            let from = Source::Account(account, Via::Command(argv[0].clone()));
            inp.set_text(name, value, from);
        }
        from_keyring(inp, store)
    }
}

/// `TOK_<PROVIDER>_<FIELD>_FILE` for a secret field not given otherwise.
fn read_file_var(inp: &mut Inputs, f: &Field) -> anyhow::Result<()> {
    let var = format!("{}_FILE", env_name(inp.provider, f.name));
    let Some(path) = std::env::var_os(&var).filter(|p| !p.is_empty()) else {
        return Ok(());
    };
    match inp.source(f.name) {
        Some(Source::Env(env)) => {
            return Err(TokError::new(
                Class::Usage,
                format!("both {env} and {var} are set: unset one of them"),
            )
            .into());
        }
        Some(_) => return Ok(()), // a flag wins
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
        inp.note_empty(
            f.name,
            format!("{var} names an empty file ({})", path.display()),
        );
    } else {
        inp.set_text(f.name, value, Source::File(var));
    }
    Ok(())
}

/// The login fields still missing, from the keyring.
fn from_keyring(inp: &mut Inputs, store: &dyn Store) -> anyhow::Result<()> {
    let missing: Vec<&Field> = inp
        .fields()
        .iter()
        .filter(|f| f.login && !inp.has(f.name))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let mut stored = match store.load(inp.provider, inp.keyring_profile())? {
        Stored::Values(v) => v,
        Stored::Unavailable(why) => {
            crate::log::trace(format!("the OS keyring could not be asked: {why}"));
            inp.set_keyring_note(why);
            return Ok(());
        }
    };
    // explicit beats stored: credentials given by flag, env or file
    // select their mode; a stored credential that replaces them all
    // (an API key) does not override that choice
    let explicit = inp.fields().iter().any(|f| f.login && inp.explicit(f.name));
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
        inp.set_text(f.name, v, Source::Keyring);
    }
    Ok(())
}

/// A secret of the shared tier's configuration (the fleet key, the Redis
/// password): a variable, a file or a command's output, trimmed; `Err` says
/// why it could not be read (never the value).
pub fn resolve(
    spec: &crate::settings::SecretSpec,
    deadline: std::time::Instant,
) -> Result<crate::secret::Secret, String> {
    use crate::settings::SecretSpec;
    let value = match spec {
        SecretSpec::Env(name) => match std::env::var(name) {
            Ok(v) => v.trim().to_string(),
            Err(std::env::VarError::NotPresent) => return Err(format!("{name} is not set")),
            Err(std::env::VarError::NotUnicode(_)) => {
                return Err(format!("{name} is not UTF-8 text"));
            }
        },
        SecretSpec::File(path) => {
            read_secret_file(path).map_err(|why| format!("{}: {why}", path.display()))?
        }
        SecretSpec::Command(argv) => command::run(argv, deadline)?,
    };
    if value.is_empty() {
        return Err(format!("{spec} is empty"));
    }
    crate::log::register(&value);
    Ok(crate::secret::Secret::new(value))
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

#[cfg(test)]
mod tests {
    use super::*;

    use crate::provider::inputs::tests::FIELDS;

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
        Pending::default()
            .complete(&mut inp, &Fake, std::time::Instant::now())
            .unwrap();
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
        Pending::default()
            .complete(&mut inp, &Down, std::time::Instant::now())
            .unwrap();
        let e = inp.require("client-id").unwrap_err();
        // the keyring's details are for -v, never the one-line error
        assert!(!e.message.contains("no keyring here"), "{}", e.message);
    }
}
