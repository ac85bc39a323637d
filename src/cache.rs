//! The token cache: one JSON file per entry, private, atomic, single-flight.
//!
//! Directory `$TOK_CACHE_DIR`, else the OS user cache dir + `tok` (0700).
//! An entry is `<hash>.json` (0600), where the hash is SHA-256 of a key that
//! holds no secret: provider, profile, endpoint and the non-secret inputs.
//! Writes go to a temp file in the same directory, then rename. A separate
//! `<hash>.lock` file, held with `flock`, makes processes that miss together
//! wait for the one that fetches.

use crate::error::{Class, TokError};
use crate::log;
use crate::secret::Secret;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::fs::{self, File, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Bumped when the entry format changes; other versions are a miss.
pub const VERSION: u32 = 1;

/// What identifies an entry. Never holds a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub provider: String,
    pub profile: String,
    pub endpoint: String,
    pub scope: Option<String>,
    /// `name=value` of every non-secret input.
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

    fn file_stem(&self) -> String {
        let digest = ring::digest::digest(&ring::digest::SHA256, self.text().as_bytes());
        digest.as_ref()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
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

pub struct Cache {
    dir: PathBuf,
}

/// Held while fetching; released on drop (and by the kernel if tok dies).
pub struct Lock {
    _file: File,
}

impl Cache {
    /// Where the cache lives. No I/O.
    pub fn locate() -> Result<Cache> {
        let dir = match std::env::var_os("TOK_CACHE_DIR").filter(|d| !d.is_empty()) {
            Some(dir) => PathBuf::from(dir),
            None => directories::ProjectDirs::from("", "", "tok")
                .map(|d| d.cache_dir().to_path_buf())
                .context("no cache directory: HOME is not set (set TOK_CACHE_DIR)")?,
        };
        Ok(Cache { dir })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn entry_path(&self, key: &Key) -> PathBuf {
        self.dir.join(format!("{}.json", key.file_stem()))
    }

    fn lock_path(&self, key: &Key) -> PathBuf {
        self.dir.join(format!("{}.lock", key.file_stem()))
    }

    /// The entry for `key`, or `None` for a missing, corrupt, foreign or
    /// mismatched one (a miss, never an error).
    pub fn read(&self, key: &Key) -> Option<Entry> {
        let path = self.entry_path(key);
        let bytes = match fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
            Err(e) => {
                log::trace(format!(
                    "cache entry {} unreadable, ignored: {e}",
                    path.display()
                ));
                return None;
            }
        };
        match serde_json::from_slice::<Entry>(&bytes) {
            Ok(entry) if entry.version == VERSION && entry.key == key.text() => Some(entry),
            Ok(_) => {
                log::trace(format!(
                    "cache entry {} is for another key or version, ignored",
                    path.display()
                ));
                None
            }
            Err(_) => {
                log::trace(format!(
                    "cache entry {} is corrupt, ignored",
                    path.display()
                ));
                None
            }
        }
    }

    /// Create the directory (0700) if it is missing. An existing directory
    /// is left as it is: `TOK_CACHE_DIR` may name a shared one.
    fn ensure_dir(&self) -> Result<()> {
        if self.dir.is_dir() {
            return Ok(());
        }
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder
            .create(&self.dir)
            .with_context(|| format!("could not create cache directory {}", self.dir.display()))
    }

    /// Write an entry atomically: temp file (0600) in the same directory,
    /// fsync, rename over the old one.
    pub fn write(&self, key: &Key, entry: &Entry) -> Result<()> {
        self.ensure_dir()?;
        let path = self.entry_path(key);
        let mut tmp = tempfile::Builder::new()
            .prefix(".tmp-")
            .suffix(".json")
            .tempfile_in(&self.dir)
            .with_context(|| {
                format!("could not write to cache directory {}", self.dir.display())
            })?;
        let json = serde_json::to_vec(entry).context("could not encode cache entry")?;
        tmp.write_all(&json)
            .and_then(|_| tmp.as_file().sync_all())
            .with_context(|| format!("could not write cache entry {}", path.display()))?;
        tmp.persist(&path)
            .with_context(|| format!("could not replace cache entry {}", path.display()))?;
        Ok(())
    }

    pub fn remove(&self, key: &Key) {
        let _ = fs::remove_file(self.entry_path(key));
    }

    /// Take the entry's lock, waiting until `deadline`. `Ok(None)` when the
    /// cache directory cannot hold a lock file (then tok works unlocked).
    pub fn lock(&self, key: &Key, deadline: Instant) -> Result<Option<Lock>> {
        if let Err(e) = self.ensure_dir() {
            log::warn(format!("{e:#}; the token is not cached"));
            return Ok(None);
        }
        let path = self.lock_path(key);
        let mut options = File::options();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = match options.open(&path) {
            Ok(f) => f,
            Err(e) => {
                log::warn(format!(
                    "could not open lock file {}: {e}; the token is not cached",
                    path.display()
                ));
                return Ok(None);
            }
        };
        let mut waited = false;
        let mut pause = Duration::from_millis(5);
        loop {
            match file.try_lock() {
                Ok(()) => {
                    if waited {
                        log::trace("lock acquired");
                    }
                    return Ok(Some(Lock { _file: file }));
                }
                Err(TryLockError::WouldBlock) => {}
                Err(TryLockError::Error(e)) => {
                    log::warn(format!(
                        "could not lock {}: {e}; continuing unlocked",
                        path.display()
                    ));
                    return Ok(None);
                }
            }
            if !waited {
                log::trace(format!(
                    "waiting for another tok process (lock {})",
                    path.display()
                ));
                waited = true;
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(TokError::new(
                    Class::Transient,
                    format!(
                        "timed out waiting for another tok process to finish fetching this token (lock file {})",
                        path.display()
                    ),
                )
                .into());
            }
            std::thread::sleep(pause.min(deadline - now));
            pause = (pause * 2).min(Duration::from_millis(50));
        }
    }

    /// Every readable entry, for `tok cache list` and `clear`.
    pub fn entries(&self) -> Result<Vec<(PathBuf, Option<Entry>)>> {
        let dir = match fs::read_dir(&self.dir) {
            Ok(d) => d,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => {
                return Err(e).with_context(|| {
                    format!("could not read cache directory {}", self.dir.display())
                });
            }
        };
        let mut out = Vec::new();
        for item in dir.flatten() {
            let path = item.path();
            let name = item.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') || !name.ends_with(".json") {
                continue;
            }
            let entry = fs::read(&path)
                .ok()
                .and_then(|b| serde_json::from_slice::<Entry>(&b).ok())
                .filter(|e| e.version == VERSION);
            out.push((path, entry));
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(out)
    }

    /// Remove the entries matching provider and profile (`None`: any);
    /// unreadable entries go too when no filter is given. Returns the count.
    pub fn clear(&self, provider: Option<&str>, profile: Option<&str>) -> Result<usize> {
        let mut removed = 0;
        for (path, entry) in self.entries()? {
            let matches = match &entry {
                Some(e) => {
                    provider.is_none_or(|p| e.provider == p)
                        && profile.is_none_or(|p| e.profile == p)
                }
                None => provider.is_none() && profile.is_none(),
            };
            if matches {
                fs::remove_file(&path)
                    .with_context(|| format!("could not remove {}", path.display()))?;
                removed += 1;
            }
        }
        Ok(removed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(scope: &str) -> Key {
        Key {
            provider: "elfsquad".into(),
            profile: "default".into(),
            endpoint: "https://x/t".into(),
            scope: Some(scope.into()),
            parts: vec!["client-id=abc".into()],
        }
    }

    fn entry(k: &Key) -> Entry {
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
        }
    }

    #[test]
    fn keys_differ_by_every_part_and_are_stable() {
        assert_ne!(key("a").file_stem(), key("b").file_stem());
        assert_eq!(key("a").file_stem(), key("a").file_stem());
        assert_eq!(key("a").file_stem().len(), 32);
    }

    #[test]
    fn write_read_and_corruption() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache {
            dir: dir.path().join("sub"),
        };
        let k = key("a");
        assert!(cache.read(&k).is_none());
        cache.write(&k, &entry(&k)).unwrap();
        assert_eq!(cache.read(&k).unwrap().access_token.expose(), "AT");
        // another key never reads this entry
        assert!(cache.read(&key("b")).is_none());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&cache.dir), 0o700);
            assert_eq!(mode(&cache.entry_path(&k)), 0o600);
        }
        for junk in [&b""[..], b"{", b"null", b"{\"version\":1}", &[0xff, 0xfe]] {
            fs::write(cache.entry_path(&k), junk).unwrap();
            assert!(cache.read(&k).is_none());
        }
        let mut foreign = entry(&k);
        foreign.version = 99;
        fs::write(cache.entry_path(&k), serde_json::to_vec(&foreign).unwrap()).unwrap();
        assert!(cache.read(&k).is_none());
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

    #[test]
    fn clear_filters_by_provider_and_profile() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache {
            dir: dir.path().to_path_buf(),
        };
        let a = key("a");
        let mut b = key("b");
        b.profile = "ci".into();
        cache.write(&a, &entry(&a)).unwrap();
        cache.write(&b, &entry(&b)).unwrap();
        assert_eq!(cache.clear(Some("envoy"), None).unwrap(), 0);
        assert_eq!(cache.clear(Some("elfsquad"), Some("ci")).unwrap(), 1);
        assert_eq!(cache.entries().unwrap().len(), 1);
        assert_eq!(cache.clear(None, None).unwrap(), 1);
    }
}
