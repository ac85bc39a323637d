//! `--verbose` tracing on stderr, and the redaction every line goes through.
//!
//! Each known secret (credentials, tokens) is registered with [`register`];
//! [`redact`] replaces them with `***` in any text bound for stderr, so even
//! a server that echoes a password back cannot make tok print it — raw, or
//! in any encoding tok itself produces or a server plausibly echoes.
//!
//! Writing to stderr is best-effort: a closed or full stderr never stops
//! tok from printing the token or from exiting with the right code.

use std::io::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

static VERBOSE: AtomicBool = AtomicBool::new(false);
static QUIET: AtomicBool = AtomicBool::new(false);
static SECRETS: Mutex<Vec<String>> = Mutex::new(Vec::new());

pub fn set_verbose(on: bool) {
    VERBOSE.store(on, Ordering::Relaxed);
}

pub fn verbose() -> bool {
    VERBOSE.load(Ordering::Relaxed)
}

/// `-q`: no warnings (errors are still said; `-v` overrides).
pub fn set_quiet(on: bool) {
    QUIET.store(on, Ordering::Relaxed);
}

/// Running under CI: `CI` set to anything but empty, `0`, `false`, `no` or
/// `off`. Then nobody is asked to sign in, and messages leave out what only
/// a person at a desk could act on.
pub fn under_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| {
        !matches!(
            v.trim().to_ascii_lowercase().as_str(),
            "" | "0" | "false" | "no" | "off"
        )
    })
}

/// Remember a secret so that [`redact`] hides it, in every form it may take
/// on the way back: as sent (form- or percent-encoded, JSON-escaped) and as
/// shown (tok's escaping of control characters, HTML). Values shorter than
/// four characters are too common to hide without mangling the text.
pub fn register(secret: &str) {
    if secret.len() < 4 {
        return;
    }
    if let Ok(mut list) = SECRETS.lock() {
        for form in forms(secret) {
            if !list.contains(&form) {
                list.push(form);
            }
        }
        // longest first, so a secret that contains another is hidden whole
        list.sort_by_key(|s| std::cmp::Reverse(s.len()));
    }
}

/// The forms one secret may take in text tok prints.
fn forms(secret: &str) -> Vec<String> {
    let form: String = url::form_urlencoded::byte_serialize(secret.as_bytes()).collect();
    let percent = form.replace('+', "%20");
    let json = serde_json::to_string(secret).unwrap_or_default();
    let json = json[1..json.len() - 1].to_string();
    let json_ascii: String = json
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c.to_string()
            } else {
                c.encode_utf16(&mut [0; 2])
                    .iter()
                    .map(|u| format!("\\u{u:04x}"))
                    .collect()
            }
        })
        .collect();
    let escaped: String = secret
        .chars()
        .flat_map(|c| {
            if c.is_control() {
                c.escape_default().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect();
    let debug = format!("{secret:?}");
    let html = secret
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;");
    let mut out = vec![
        secret.to_string(),
        form.to_ascii_lowercase(),
        percent.to_ascii_lowercase(),
        json_ascii.replace('/', "\\/"),
        form,
        percent,
        json_ascii,
        json,
        escaped,
        debug[1..debug.len() - 1].to_string(),
        html,
    ];
    out.sort();
    out.dedup();
    out
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
        line(&format!("tok: {}", redact(msg.as_ref())));
    }
}

/// A warning: one line, unless `-q`.
pub fn warn(msg: impl AsRef<str>) {
    if !QUIET.load(Ordering::Relaxed) || verbose() {
        line(&format!("tok: warning: {}", redact(msg.as_ref())));
    }
}

/// A line on stderr, as it is (the caller redacts). Best-effort: an error
/// writing it is ignored, never a panic.
pub fn line(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{text}").and_then(|_| err.flush());
}

/// Text on stderr without a newline (a prompt), best-effort.
pub fn prompt(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "{text}").and_then(|_| err.flush());
}

/// In GitHub Actions, ask the runner to mask the token in the job log.
pub fn mask_for_ci(token: &crate::secret::Secret, no_mask: bool) {
    if !no_mask && std::env::var("GITHUB_ACTIONS").is_ok_and(|v| v == "true") {
        line(&format!("::add-mask::{}", workflow_escape(token.expose())));
    }
}

/// Escape workflow-command data the way the Actions runner un-escapes it:
/// `%` → `%25`, CR → `%0D`, LF → `%0A`. Without it a token holding `%0A`
/// is masked as the wrong string, and one holding a newline injects a
/// command.
pub fn workflow_escape(data: &str) -> String {
    data.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
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

    #[test]
    fn every_encoded_form_is_redacted() {
        let secret = "p@ss w+rd/se\"cr\\et\ttäb%0A";
        register(secret);
        for echoed in [
            secret.to_string(),
            url::form_urlencoded::byte_serialize(secret.as_bytes()).collect::<String>(),
            "p%40ss%20w%2Brd%2Fse%22cr%5Cet%09t%C3%A4b%250A".to_string(),
            "p%40ss+w%2brd%2fse%22cr%5cet%09t%c3%a4b%250a".to_string(),
            r#"p@ss w+rd/se\"cr\\et\tt\u00e4b%0A"#.to_string(),
            r#"p@ss w+rd\/se\"cr\\et\tt\u00e4b%0A"#.to_string(),
            r#"p@ss w+rd/se\"cr\\et\ttäb%0A"#.to_string(),
            "p@ss w+rd/se\"cr\\et\\ttäb%0A".to_string(),
            "p@ss w+rd/se&quot;cr\\et\ttäb%0A".to_string(),
        ] {
            let shown = redact(&format!("echo: {echoed} end"));
            assert_eq!(shown, "echo: *** end", "{echoed}");
        }
    }
}
