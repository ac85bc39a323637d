//! Error classes and the exit codes they map to (DESIGN §7).
//!
//! Most errors are plain `anyhow` chains. Where `main` must choose an exit
//! code, the chain carries a [`TokError`] that names the class; anything
//! without one is a transient/local failure (exit 1).

use std::fmt;

/// What kind of failure happened, which decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Network, timeout, 5xx/429 after retries, malformed answer, local I/O.
    Transient,
    /// Bad flags or arguments.
    Usage,
    /// The provider rejected the credentials.
    Rejected,
    /// Credentials are missing; nothing was sent.
    Missing,
    /// `--offline` and no usable cached token.
    Offline,
    /// A person must sign in (device code, browser) and none can: no
    /// terminal, or `CI` is set.
    InteractionRequired,
    /// `tok exec`: the command was not found (127, as shells say).
    CommandNotFound,
    /// `tok exec`: the command was found but could not be run (126).
    CommandNotRunnable,
}

impl Class {
    pub fn exit_code(self) -> i32 {
        match self {
            Class::Transient => 1,
            Class::Usage => 2,
            Class::Rejected => 3,
            Class::Missing => 4,
            Class::Offline => 5,
            Class::InteractionRequired => 6,
            Class::CommandNotFound => 127,
            Class::CommandNotRunnable => 126,
        }
    }

    /// The `error` field of a `--format json` failure object.
    pub fn name(self) -> &'static str {
        match self {
            Class::Transient => "transient",
            Class::Usage => "usage",
            Class::Rejected => "rejected",
            Class::Missing => "missing_credentials",
            Class::Offline => "offline",
            Class::InteractionRequired => "interaction_required",
            Class::CommandNotFound => "command_not_found",
            Class::CommandNotRunnable => "command_not_runnable",
        }
    }
}

/// A classified error: the message plus what the server said, if anything.
#[derive(Debug, Clone)]
pub struct TokError {
    pub class: Class,
    pub message: String,
    /// The RFC 6749 `error` code (or the vendor's equivalent), escaped.
    pub oauth_error: Option<String>,
    /// The HTTP status of the answer that caused the failure.
    pub status: Option<u16>,
    /// The server's own description (escaped, cut), when it gave one.
    pub detail: Option<String>,
}

impl TokError {
    pub fn new(class: Class, message: impl Into<String>) -> Self {
        TokError {
            class,
            message: message.into(),
            oauth_error: None,
            status: None,
            detail: None,
        }
    }

    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    pub fn with_oauth_error(mut self, code: Option<String>) -> Self {
        self.oauth_error = code;
        self
    }
}

impl fmt::Display for TokError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TokError {}

/// Shorthand for returning a classified error from an `anyhow` function.
pub fn fail<T>(class: Class, message: impl Into<String>) -> anyhow::Result<T> {
    Err(TokError::new(class, message).into())
}

/// The class of an error chain: the first [`TokError`] in it, else transient.
pub fn classify(err: &anyhow::Error) -> (Class, Option<&TokError>) {
    for cause in err.chain() {
        if let Some(tok) = cause.downcast_ref::<TokError>() {
            return (tok.class, Some(tok));
        }
    }
    (Class::Transient, None)
}

/// Make remote text safe to show on a terminal: known secrets redacted
/// first (so the cut cannot leave part of one), control characters escaped,
/// cut at 1 KiB (on a character boundary).
pub fn sanitize_remote(text: &str) -> String {
    const LIMIT: usize = 1024;
    let mut out = String::new();
    for ch in crate::log::redact(text.trim()).chars() {
        if out.len() >= LIMIT {
            out.push('…');
            break;
        }
        if ch.is_control() {
            out.extend(ch.escape_default());
        } else {
            out.push(ch);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_are_the_documented_ones() {
        assert_eq!(Class::Transient.exit_code(), 1);
        assert_eq!(Class::Usage.exit_code(), 2);
        assert_eq!(Class::Rejected.exit_code(), 3);
        assert_eq!(Class::Missing.exit_code(), 4);
        assert_eq!(Class::Offline.exit_code(), 5);
        assert_eq!(Class::InteractionRequired.exit_code(), 6);
        assert_eq!(Class::CommandNotFound.exit_code(), 127);
        assert_eq!(Class::CommandNotRunnable.exit_code(), 126);
    }

    #[test]
    fn classify_finds_the_class_under_context() {
        let err = anyhow::Error::from(TokError::new(Class::Rejected, "no"))
            .context("could not fetch a token");
        assert_eq!(classify(&err).0, Class::Rejected);
        assert_eq!(classify(&anyhow::anyhow!("plain")).0, Class::Transient);
    }

    #[test]
    fn remote_text_is_escaped_and_cut() {
        assert_eq!(sanitize_remote("a\nb\x1b[31m"), "a\\nb\\u{1b}[31m");
        let long = "x".repeat(5000);
        let cut = sanitize_remote(&long);
        assert!(cut.len() <= 1024 + '…'.len_utf8());
        assert!(cut.ends_with('…'));
        // multi-byte characters are never split
        let wide = "é".repeat(3000);
        assert!(sanitize_remote(&wide).ends_with('…'));
    }
}
