//! A cache entry and its key: what identifies a token (never a secret),
//! what is stored for it, and the checks a file must pass to be read as one.

use crate::fsread::{self, Refused};
use crate::secret::Secret;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// Bumped when the entry format changes; other versions are a miss.
pub const VERSION: u32 = 2;
/// The largest entry tok reads; a real one is well under 16 KiB.
pub const ENTRY_CAP: u64 = 256 * 1024;

/// What identifies an entry. Never holds a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub provider: String,
    pub profile: String,
    pub endpoint: String,
    pub scope: Option<String>,
    /// `name=value` of every non-secret input, and `name=fp:<fingerprint>`
    /// of every secret that decides whose token it is.
    pub parts: Vec<String>,
}

impl Key {
    /// The canonical text of the key, stored in the entry and hashed for its
    /// file name.
    pub fn text(&self) -> String {
        let mut s = format!(
            "v{VERSION}\nprovider={}\nprofile={}\nendpoint={}\nscope={}",
            self.provider,
            self.profile,
            self.endpoint,
            self.scope.as_deref().unwrap_or("")
        );
        for p in &self.parts {
            s.push('\n');
            s.push_str(p);
        }
        s
    }

    pub(super) fn file_stem(&self) -> String {
        let digest = ring::digest::digest(&ring::digest::SHA256, self.text().as_bytes());
        hex(&digest.as_ref()[..16])
    }
}

/// Lower-case hex (on every cache hit: no formatting machinery).
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    out
}

/// A cached token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub version: u32,
    pub key: String,
    pub provider: String,
    pub profile: String,
    pub identity: String,
    pub endpoint: String,
    pub scope: Option<String>,
    pub access_token: Secret,
    pub token_type: String,
    /// Seconds since the epoch.
    pub expires_at: f64,
    /// When the request that produced it was sent, seconds since the epoch.
    pub obtained_at: f64,
    pub refresh_token: Option<Secret>,
    /// The refresh token of a sign-in lives in the OS keyring instead.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub refresh_in_keyring: bool,
    /// The OpenID Connect ID token issued with the access token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<Secret>,
    /// RFC 8693: what kind of token a token exchange issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_token_type: Option<String>,
    /// When the refresh token expires, when the server said (seconds since
    /// the epoch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_expires_at: Option<f64>,
    /// Keyed fingerprints of the secrets that obtained this token, by field
    /// (only those given by flag, environment or file).
    #[serde(default)]
    pub secrets: BTreeMap<String, String>,
}

impl Entry {
    /// Seconds left, now.
    pub fn ttl(&self, now: f64) -> f64 {
        self.expires_at - now
    }

    pub fn fresh(&self, now: f64, min_ttl: u64) -> bool {
        self.ttl(now) > min_ttl as f64
    }
}

/// Read, trust and parse one entry file. An entry whose token could not be
/// printed safely (a control character, a line break) is refused like a
/// corrupt one.
pub(super) fn read_entry(path: &Path) -> Result<Entry, Refused> {
    parse_entry(&fsread::read_private(path, ENTRY_CAP)?)
}

/// Parse and check the bytes of an entry file (also a fuzz target).
pub fn parse_entry(bytes: &[u8]) -> Result<Entry, Refused> {
    let entry: Entry = serde_json::from_slice(bytes)
        .map_err(|_| Refused::Unsafe("corrupt (not a tok cache entry)".into()))?;
    if entry.version != VERSION {
        return Err(Refused::Unsafe(format!(
            "written by another version of tok (format {})",
            entry.version
        )));
    }
    crate::oauth::check_printable(entry.access_token.expose(), &entry.token_type)
        .map_err(|why| Refused::Unsafe(format!("holds an unusable token: {why}")))?;
    Ok(entry)
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A key and an entry for it, for the cache's tests.
    pub fn key(scope: &str) -> Key {
        Key {
            provider: "elfsquad".into(),
            profile: "default".into(),
            endpoint: "https://x/t".into(),
            scope: Some(scope.into()),
            parts: vec!["client-id=abc".into()],
        }
    }

    pub fn entry(k: &Key) -> Entry {
        Entry {
            version: VERSION,
            key: k.text(),
            provider: k.provider.clone(),
            profile: k.profile.clone(),
            identity: "abc".into(),
            endpoint: k.endpoint.clone(),
            scope: k.scope.clone(),
            access_token: Secret::new("AT"),
            token_type: "Bearer".into(),
            expires_at: 2e9,
            obtained_at: 1e9,
            refresh_token: None,
            refresh_in_keyring: false,
            id_token: None,
            issued_token_type: None,
            refresh_expires_at: None,
            secrets: BTreeMap::new(),
        }
    }

    #[test]
    fn hex_is_lower_case_two_digits_a_byte() {
        assert_eq!(hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
    }

    #[test]
    fn keys_differ_by_every_part_and_are_stable() {
        assert_ne!(key("a").file_stem(), key("b").file_stem());
        assert_eq!(key("a").file_stem(), key("a").file_stem());
        assert_eq!(key("a").file_stem().len(), 32);
    }

    #[test]
    fn freshness_respects_min_ttl() {
        let k = key("a");
        let mut e = entry(&k);
        e.expires_at = 1000.0;
        assert!(e.fresh(900.0, 60));
        assert!(!e.fresh(950.0, 60));
        assert!(!e.fresh(940.0, 60));
    }
}
