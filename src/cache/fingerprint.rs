//! Keyed fingerprints of secrets: HMAC-SHA256 under a random key kept in
//! the cache directory (0600), so entries can tell secrets apart without
//! holding them or a plain hash of them.

use super::{Cache, hex};
use crate::fsread::{self, Refused};
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

    fn load_fingerprint_key(&self) -> Result<Vec<u8>> {
        let path = self.dir.join(KEY_FILE);
        let read = |path: &Path| match fsread::read_private(path, 1024) {
            Ok(k) if k.len() == 32 => Ok(Some(k)),
            Ok(_) => anyhow::bail!("fingerprint key {} is damaged", path.display()),
            Err(Refused::Missing) => Ok(None),
            Err(e) => anyhow::bail!("fingerprint key {}: {e}", path.display()),
        };
        if let Some(k) = read(&path)? {
            return Ok(k);
        }
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
        match tmp.persist_noclobber(&path) {
            Ok(_) => Ok(key),
            // another process made one first: use theirs
            Err(_) => read(&path)?.context("fingerprint key vanished"),
        }
    }
}
