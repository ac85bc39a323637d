//! Keyed fingerprints of secrets: HMAC-SHA256 under a random key kept in
//! the cache directory (0600), so entries can tell secrets apart without
//! holding them or a plain hash of them.

use super::{Cache, hex};
use crate::fsread::{self, Refused};
use crate::log;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::Path;

pub(super) const KEY_FILE: &str = ".fingerprint-key";

impl Cache {
    /// A keyed fingerprint of a secret: HMAC-SHA256 under a random key kept
    /// in the cache directory (0600), so the cache can tell secrets apart
    /// without holding them or a plain hash of them.
    pub fn fingerprint(&self, secret: &str) -> Result<String> {
        let key = self
            .fingerprint_key
            .get_or_init(|| self.load_fingerprint_key().map_err(|e| format!("{e:#}")))
            .as_ref()
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, key);
        Ok(hex(
            &ring::hmac::sign(&key, secret.as_bytes()).as_ref()[..16]
        ))
    }

    /// The key: read, or made (and replaced, with one warning, when the
    /// file is damaged: entries fingerprinted under the old key then fail
    /// their check and are fetched anew, which is safe).
    fn load_fingerprint_key(&self) -> Result<Vec<u8>> {
        let path = self.dir.join(KEY_FILE);
        let damaged = match read_key(&path)? {
            Key::Good(k) => return Ok(k),
            Key::Missing => false,
            Key::Damaged(len) => {
                let len = if len > 1024 {
                    "over 1 KiB".into()
                } else {
                    format!("{len} bytes")
                };
                log::warn(format!(
                    "fingerprint key {} is damaged ({len}, not 32 bytes): replaced; cached tokens are fetched anew",
                    path.display()
                ));
                true
            }
        };
        self.ensure_dir()?;
        let mut key = vec![0u8; 32];
        ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut key)
            .map_err(|_| anyhow::anyhow!("no randomness for the fingerprint key"))?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".tmp-key-")
            .tempfile_in(&self.dir)
            .with_context(|| format!("could not write to {}", self.dir.display()))?;
        tmp.write_all(&key)
            .and_then(|_| tmp.as_file().sync_all())
            .context("could not write the fingerprint key")?;
        let placed = match damaged {
            // atomically over the damaged one
            true => tmp.persist(&path).is_ok(),
            false => tmp.persist_noclobber(&path).is_ok(),
        };
        // another process may have made (or replaced) one at the same time:
        // whatever the file holds now is the key everyone uses
        match read_key(&path)? {
            Key::Good(k) => Ok(k),
            _ if placed => Ok(key),
            _ => anyhow::bail!("fingerprint key {} could not be replaced", path.display()),
        }
    }
}

enum Key {
    Good(Vec<u8>),
    Missing,
    /// Its length, not 32.
    Damaged(usize),
}

fn read_key(path: &Path) -> Result<Key> {
    match fsread::read_private(path, 1024) {
        Ok(k) if k.len() == 32 => Ok(Key::Good(k)),
        Ok(k) => Ok(Key::Damaged(k.len())),
        Err(Refused::Missing) => Ok(Key::Missing),
        Err(Refused::Unsafe(why)) if why.starts_with("too large") => Ok(Key::Damaged(1025)),
        Err(e) => anyhow::bail!("fingerprint key {}: {e}", path.display()),
    }
}
