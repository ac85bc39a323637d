//! `--verbose` tracing on stderr, and the redaction every line goes through.
//!
//! Each known secret (credentials, tokens) is registered with [`register`];
//! [`redact`] replaces them with `***` in any text bound for stderr, so even
//! a server that echoes a password back cannot make tok print it.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

static VERBOSE: AtomicBool = AtomicBool::new(false);
static SECRETS: Mutex<Vec<String>> = Mutex::new(Vec::new());

pub fn set_verbose(on: bool) {
    VERBOSE.store(on, Ordering::Relaxed);
}

pub fn verbose() -> bool {
    VERBOSE.load(Ordering::Relaxed)
}

/// Remember a secret so that [`redact`] hides it. Values shorter than four
/// characters are too common to hide without mangling the text.
pub fn register(secret: &str) {
    if secret.len() >= 4
        && let Ok(mut list) = SECRETS.lock()
        && !list.iter().any(|s| s == secret)
    {
        list.push(secret.to_string());
        // longest first, so a secret that contains another is hidden whole
        list.sort_by_key(|s| std::cmp::Reverse(s.len()));
    }
}

pub fn redact(text: &str) -> String {
    let mut out = text.to_string();
    if let Ok(list) = SECRETS.lock() {
        for s in list.iter() {
            if out.contains(s.as_str()) {
                out = out.replace(s.as_str(), "***");
            }
        }
    }
    out
}

/// One trace line on stderr when `--verbose` is on.
pub fn trace(msg: impl AsRef<str>) {
    if verbose() {
        eprintln!("tok: {}", redact(msg.as_ref()));
    }
}

/// A warning: always shown, one line.
pub fn warn(msg: impl AsRef<str>) {
    eprintln!("tok: warning: {}", redact(msg.as_ref()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registered_secrets_are_redacted() {
        register("pa55word-xyz");
        register("abc"); // too short to register
        assert_eq!(redact("bad password pa55word-xyz!"), "bad password ***!");
        assert_eq!(redact("abc"), "abc");
    }
}
