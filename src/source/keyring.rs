//! The OS keyring: the last credential source, behind `tok login`.
//!
//! Layout: one entry per provider and profile, service `tok`, account
//! `<provider>:<profile>`, whose secret is a JSON object of the login fields
//! (`{"client-id": "…", "client-secret": "…"}`). One entry means one keyring
//! round trip per `tok get` miss, and a login replaces all values at once.
//!
//! Backends: Secret Service (GNOME Keyring, KWallet) on Linux, or kernel
//! keyutils with `TOK_KEYRING=keyutils`; Keychain on macOS; Credential
//! Manager on Windows. `TOK_KEYRING=none` turns the keyring off. Every call
//! runs on a helper thread and is abandoned after [`TIMEOUT`] (or sooner, at
//! `tok get`'s `--timeout`), so a hung keyring daemon cannot hang a CI step.

use super::{Store, Stored};
use crate::error::{Class, TokError};
use crate::log;
use crate::secret::Secret;
use anyhow::Result;
use std::collections::{BTreeMap, HashMap};
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub const SERVICE: &str = "tok";
pub const TIMEOUT: Duration = Duration::from_secs(5);

/// Why the keyring could not be used, in words that say what to do.
#[derive(Debug)]
enum Failure {
    /// No keyring service at all: for `get`, credentials are simply absent.
    Unreachable(String),
    /// The keyring is there but refuses or fails.
    Broken(String),
}

fn account(provider: &str, profile: &str) -> String {
    format!("{provider}:{profile}")
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Backend {
    Default,
    KeyUtils,
    Off,
}

fn backend() -> Result<Backend> {
    match std::env::var("TOK_KEYRING").unwrap_or_default().as_str() {
        "" | "default" | "secret-service" => Ok(Backend::Default),
        "keyutils" => Ok(Backend::KeyUtils),
        "none" | "off" => Ok(Backend::Off),
        other => Err(TokError::new(
            Class::Usage,
            format!(
                "TOK_KEYRING={other} is not a keyring backend (secret-service, keyutils, none)"
            ),
        )
        .into()),
    }
}

fn backend_name(b: Backend) -> &'static str {
    match b {
        Backend::KeyUtils => "kernel keyutils",
        Backend::Off => "none",
        Backend::Default if cfg!(target_os = "macos") => "macOS Keychain",
        Backend::Default if cfg!(windows) => "Windows Credential Manager",
        Backend::Default => "Secret Service",
    }
}

/// Make the platform store the default one for `keyring_core::Entry`.
fn install(b: Backend) -> Result<(), Failure> {
    let store: std::sync::Arc<keyring_core::CredentialStore> = match b {
        Backend::Off => {
            return Err(Failure::Unreachable(
                "the keyring is turned off by TOK_KEYRING=none".into(),
            ));
        }
        #[cfg(target_os = "linux")]
        Backend::KeyUtils => {
            linux_keyutils_keyring_store::Store::new().map_err(|e| translate(b, e))?
        }
        #[cfg(target_os = "linux")]
        Backend::Default => {
            dbus_secret_service_keyring_store::Store::new().map_err(|e| translate(b, e))?
        }
        #[cfg(target_os = "macos")]
        Backend::Default => {
            apple_native_keyring_store::keychain::Store::new().map_err(|e| translate(b, e))?
        }
        #[cfg(windows)]
        Backend::Default => {
            windows_native_keyring_store::Store::new().map_err(|e| translate(b, e))?
        }
        #[allow(unreachable_patterns)]
        _ => {
            return Err(Failure::Unreachable(
                "this platform has no supported keyring".into(),
            ));
        }
    };
    keyring_core::set_default_store(store);
    Ok(())
}

/// Turn a keyring error into a message that says what to do.
fn translate(b: Backend, e: keyring_core::Error) -> Failure {
    use keyring_core::Error as E;
    let detail = short(&e.to_string());
    let envs = "or use the TOK_* environment variables";
    match e {
        E::NoStorageAccess(_) if b == Backend::KeyUtils => Failure::Broken(format!(
            "kernel keyutils refused access: run tok inside a session keyring (keyctl session), {envs} [{detail}]"
        )),
        E::NoStorageAccess(_) => Failure::Broken(format!(
            "the OS keyring is locked or has no default collection: unlock it (log in to your desktop session, or start gnome-keyring-daemon --unlock), {envs}"
        )),
        E::PlatformFailure(_) if is_unreachable(&detail) => Failure::Unreachable(format!(
            "no Secret Service is reachable: start a keyring daemon (gnome-keyring, KWallet) in this session, {envs} [{detail}]"
        )),
        _ => Failure::Broken(format!(
            "the OS keyring ({}) failed: {envs} [{detail}]",
            backend_name(b)
        )),
    }
}

fn is_unreachable(detail: &str) -> bool {
    [
        "autolaunch",
        "DBUS_SESSION_BUS_ADDRESS",
        "was not provided by any .service",
        "ServiceUnknown",
        "No such file or directory",
        "Connection refused",
        "Failed to connect",
    ]
    .iter()
    .any(|s| detail.contains(s))
}

fn short(detail: &str) -> String {
    let detail = detail.strip_prefix("Platform failure: ").unwrap_or(detail);
    let one_line = detail.replace(['\n', '\r'], " ");
    let cut: String = one_line.chars().take(200).collect();
    if cut.len() < one_line.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

/// Run `op` against the keyring on a helper thread, bounded by [`TIMEOUT`].
fn bounded<T: Send + 'static>(
    deadline: Option<Instant>,
    op: impl FnOnce(Backend) -> Result<T, Failure> + Send + 'static,
) -> Result<Result<T, Failure>> {
    let limit = deadline
        .map(|d| d.saturating_duration_since(Instant::now()).min(TIMEOUT))
        .unwrap_or(TIMEOUT);
    let b = backend()?;
    log::trace(format!("asking the OS keyring ({})", backend_name(b)));
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let result = install(b).and_then(|()| op(b));
        let _ = tx.send(result);
    });
    match rx.recv_timeout(limit) {
        Ok(r) => Ok(r),
        Err(_) => Err(TokError::new(
            Class::Transient,
            format!(
                "the OS keyring ({}) did not answer within {:.0}s: is the keyring daemon hung? Use the TOK_* environment variables instead",
                backend_name(b),
                limit.as_secs_f64()
            ),
        )
        .into()),
    }
}

fn broken(message: String) -> anyhow::Error {
    TokError::new(Class::Transient, message).into()
}

/// The credentials `tok get` may read, through the OS keyring; a lookup
/// gives up at [`TIMEOUT`] or at `deadline` (`--timeout`), whichever is first.
pub struct OsKeyring {
    pub deadline: Instant,
}

impl Store for OsKeyring {
    fn load(&self, provider: &str, profile: &str) -> Result<Stored> {
        let user = account(provider, profile);
        let got = bounded(Some(self.deadline), move |b| {
            let entry = keyring_core::Entry::new(SERVICE, &user).map_err(|e| translate(b, e))?;
            match entry.get_password() {
                Ok(json) => Ok(Some(json)),
                Err(keyring_core::Error::NoEntry) => Ok(None),
                Err(e) => Err(translate(b, e)),
            }
        })?;
        match got {
            Ok(None) => Ok(Stored::Values(HashMap::new())),
            Ok(Some(json)) => serde_json::from_str(&json).map(Stored::Values).map_err(|_| {
                broken(format!(
                    "the keyring entry {SERVICE}/{} is not tok's: run `tok login {provider}` again",
                    account(provider, profile)
                ))
            }),
            Err(Failure::Unreachable(why)) => Ok(Stored::Unavailable(why)),
            Err(Failure::Broken(why)) => Err(broken(why)),
        }
    }
}

/// The OS keyring as the credential store of a `tok get`/`curl`/`exec`.
pub fn open(deadline: Instant) -> Box<dyn Store> {
    Box::new(OsKeyring { deadline })
}

/// Store the login fields of one provider and profile, replacing old ones.
/// Returns the backend's name for the confirmation message.
pub fn save(
    provider: &str,
    profile: &str,
    values: &BTreeMap<String, String>,
) -> Result<&'static str> {
    save_until(provider, profile, values, None)
}

fn save_until(
    provider: &str,
    profile: &str,
    values: &BTreeMap<String, String>,
    deadline: Option<Instant>,
) -> Result<&'static str> {
    let user = account(provider, profile);
    let json = serde_json::to_string(values)?;
    let b = backend()?;
    match bounded(deadline, move |b| {
        let entry = keyring_core::Entry::new(SERVICE, &user).map_err(|e| translate(b, e))?;
        entry.set_password(&json).map_err(|e| translate(b, e))
    })? {
        Ok(()) => Ok(backend_name(b)),
        Err(Failure::Unreachable(why) | Failure::Broken(why)) => Err(broken(why)),
    }
}

/// Set one value of a provider/profile's entry (`None`: remove it),
/// keeping the others; an entry left empty is deleted. Every step gives up
/// at `deadline` (or [`TIMEOUT`], whichever is first).
pub fn update(
    provider: &str,
    profile: &str,
    name: &str,
    value: Option<&Secret>,
    deadline: Instant,
) -> Result<()> {
    let mut values: BTreeMap<String, String> =
        match (OsKeyring { deadline }).load(provider, profile)? {
            Stored::Values(v) => v.into_iter().collect(),
            Stored::Unavailable(why) => return Err(broken(why)),
        };
    match value {
        Some(v) => values.insert(name.to_string(), v.expose().to_string()),
        None => values.remove(name),
    };
    if values.is_empty() {
        delete_until(provider, profile, Some(deadline)).map(|_| ())
    } else {
        save_until(provider, profile, &values, Some(deadline)).map(|_| ())
    }
}

/// Delete the entry of one provider and profile; no entry is fine.
pub fn delete(provider: &str, profile: &str) -> Result<bool> {
    delete_until(provider, profile, None)
}

fn delete_until(provider: &str, profile: &str, deadline: Option<Instant>) -> Result<bool> {
    // turned off: it holds nothing of tok's
    if backend()? == Backend::Off {
        return Ok(false);
    }
    let user = account(provider, profile);
    match bounded(deadline, move |b| {
        let entry = keyring_core::Entry::new(SERVICE, &user).map_err(|e| translate(b, e))?;
        match entry.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring_core::Error::NoEntry) => Ok(false),
            Err(e) => Err(translate(b, e)),
        }
    })? {
        Ok(deleted) => Ok(deleted),
        Err(Failure::Unreachable(why) | Failure::Broken(why)) => Err(broken(why)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_say_what_to_do() {
        let locked = translate(
            Backend::Default,
            keyring_core::Error::NoStorageAccess(Box::new(std::io::Error::other("x"))),
        );
        assert!(
            matches!(&locked, Failure::Broken(m) if m.contains("unlock") && m.contains("TOK_*"))
        );
        let no_bus = translate(
            Backend::Default,
            keyring_core::Error::PlatformFailure(Box::new(std::io::Error::other(
                "DBus error: Using X11 for dbus-daemon autolaunch was disabled at compile time",
            ))),
        );
        assert!(
            matches!(&no_bus, Failure::Unreachable(m) if m.contains("no Secret Service") && m.contains("TOK_*"))
        );
        let no_daemon = translate(
            Backend::Default,
            keyring_core::Error::PlatformFailure(Box::new(std::io::Error::other(
                "The name org.freedesktop.secrets was not provided by any .service files",
            ))),
        );
        assert!(matches!(no_daemon, Failure::Unreachable(_)));
        let keyutils = translate(
            Backend::KeyUtils,
            keyring_core::Error::NoStorageAccess(Box::new(std::io::Error::other("EACCES"))),
        );
        assert!(matches!(&keyutils, Failure::Broken(m) if m.contains("keyctl session")));
    }

    #[test]
    fn accounts_are_provider_and_profile() {
        assert_eq!(account("elfsquad", "ci"), "elfsquad:ci");
    }
}
