//! The token cache: one JSON file per entry, private, atomic, single-flight.
//!
//! Directory `$TOK_CACHE_DIR`, else the OS user cache dir + `tok` (0700).
//! An entry is `<hash>.json` (0600), where the hash is SHA-256 of a key that
//! holds no secret: provider, profile, endpoint and the non-secret inputs
//! (a secret that decides whose token it is enters as a keyed fingerprint).
//! Writes go to `.tmp-<hash>-*.json` in the same directory, then rename. A
//! separate `<hash>.lock` file, held with `flock`, makes processes that miss
//! together wait for the one that fetches.
//!
//! The directory may have been prepared by someone else: an entry is trusted
//! only when it is a regular file owned by this user, not writable by others,
//! and not a symlink; a directory others can write to is repaired (ours) or
//! not used (theirs).

mod dir;
mod entry;
mod fingerprint;
mod lock;
pub mod shared;

pub use entry::{ENTRY_CAP, Entry, Key, VERSION, hex, parse_entry};
pub use lock::Lock;

use crate::fsread::{self, Refused};
use crate::log;
use anyhow::{Context, Result};
use entry::read_entry;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub struct Cache {
    dir: PathBuf,
    fingerprint_key: OnceLock<Result<Vec<u8>, String>>,
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
        Ok(Cache::at(dir))
    }

    pub fn at(dir: PathBuf) -> Cache {
        Cache {
            dir,
            fingerprint_key: OnceLock::new(),
        }
    }

    /// Where the cache lives, checked: a directory others can write to is
    /// made private when it is ours (one warning) and refused when it is
    /// not. A missing directory is fine (it is created on the first write).
    pub fn open() -> Result<Cache> {
        let cache = Cache::locate()?;
        cache.check_dir()?;
        Ok(cache)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn entry_path(&self, key: &Key) -> PathBuf {
        self.dir.join(format!("{}.json", key.file_stem()))
    }

    /// The entry for `key`, or `None` for a missing, corrupt, foreign,
    /// unsafe or mismatched one (a miss, never an error).
    pub fn read(&self, key: &Key) -> Option<Entry> {
        self.read_at(&self.entry_path(key), key)
    }

    /// [`Cache::read`] when the caller has the entry's path already.
    pub fn read_at(&self, path: &Path, key: &Key) -> Option<Entry> {
        match read_entry(path) {
            Ok(entry) if entry.key == key.text() => Some(entry),
            Ok(_) => {
                log::trace(format!(
                    "cache entry {} is for another key, ignored",
                    path.display()
                ));
                None
            }
            Err(Refused::Missing) => None,
            Err(why) => {
                log::trace(format!("cache entry {} ignored: {why}", path.display()));
                None
            }
        }
    }

    /// Write an entry atomically: temp file (0600, created exclusively, so
    /// never through a planted link) in the same directory, fsync, rename
    /// over the old one. Temp files a killed writer left behind go first.
    pub fn write(&self, key: &Key, entry: &Entry) -> Result<()> {
        let json = serde_json::to_vec(entry).context("could not encode cache entry")?;
        self.write_file(&format!("{}.json", key.file_stem()), &json)
    }

    /// Write any file of the cache directory the same way.
    pub fn write_file(&self, name: &str, bytes: &[u8]) -> Result<()> {
        self.ensure_dir()?;
        self.sweep_stale_tmp();
        let path = self.dir.join(name);
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!(".tmp-{name}-"))
            .tempfile_in(&self.dir)
            .with_context(|| {
                format!("could not write to cache directory {}", self.dir.display())
            })?;
        tmp.write_all(bytes)
            .and_then(|_| tmp.as_file().sync_all())
            .with_context(|| format!("could not write {}", path.display()))?;
        tmp.persist(&path)
            .with_context(|| format!("could not replace {}", path.display()))?;
        Ok(())
    }

    /// A private file of the cache directory, trusted like an entry (ours,
    /// not a link, not writable by others, bounded), or `None`.
    pub fn read_file(&self, name: &str) -> Option<Vec<u8>> {
        fsread::read_private(&self.dir.join(name), ENTRY_CAP).ok()
    }

    pub fn remove(&self, key: &Key) {
        let _ = fs::remove_file(self.entry_path(key));
    }

    /// Every entry file (`<hash>.json`), with the entry when it is readable
    /// and trusted, for `tok cache list`.
    pub fn entries(&self) -> Result<Vec<(PathBuf, Option<Entry>)>> {
        Ok(self
            .files()?
            .into_iter()
            .filter(|(_, tmp)| !tmp)
            .map(|(path, _)| {
                let entry = read_entry(&path).ok();
                (path, entry)
            })
            .collect())
    }

    /// Entry and temp files in the directory: `(path, is_temp)`.
    fn files(&self) -> Result<Vec<(PathBuf, bool)>> {
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
            let name = item.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(".tmp-") {
                out.push((item.path(), true));
            } else if !name.starts_with('.') && name.ends_with(".json") {
                out.push((item.path(), false));
            }
        }
        out.sort();
        Ok(out)
    }

    /// Remove the entries matching provider and profile (`None`: any), and
    /// the temp files killed writers left (a finished one is matched like an
    /// entry); unreadable files go too when no filter is given. Goes on past
    /// a file it cannot remove: returns how many went and what could not.
    pub fn clear(&self, filter: &Filter) -> Result<Cleared> {
        let mut cleared = Cleared::default();
        for (path, _) in self.files()? {
            let matches = match read_entry(&path) {
                Ok(e) => filter.matches(&e),
                Err(_) => filter.is_empty(),
            };
            if !matches {
                continue;
            }
            match fs::remove_file(&path) {
                Ok(()) => cleared.removed += 1,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => cleared.failed.push(format!("{}: {e}", path.display())),
            }
        }
        // all gone: the fingerprint key goes too (a damaged one with it)
        if filter.is_empty() {
            match fs::remove_file(self.dir.join(fingerprint::KEY_FILE)) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => cleared
                    .failed
                    .push(format!("{}: {e}", fingerprint::KEY_FILE)),
                _ => {}
            }
        }
        Ok(cleared)
    }
}

/// Which entries `clear` removes; every part that is set must match.
#[derive(Debug, Default)]
pub struct Filter<'a> {
    pub provider: Option<&'a str>,
    pub profile: Option<&'a str>,
    /// A config-file account: its entries are those with its identity (when
    /// the account names one) or whose key names its keyring entry.
    pub account: Option<(&'a str, Option<&'a str>)>,
}

impl Filter<'_> {
    fn is_empty(&self) -> bool {
        self.provider.is_none() && self.profile.is_none() && self.account.is_none()
    }

    pub fn matches(&self, e: &Entry) -> bool {
        self.provider.is_none_or(|p| e.provider == p)
            && self.profile.is_none_or(|p| e.profile == p)
            && self.account.is_none_or(|(name, identity)| match identity {
                Some(id) => e.identity == id,
                None => e.key.contains(&format!("@keyring:{name}")),
            })
    }
}

/// What `clear` did.
#[derive(Debug, Default)]
pub struct Cleared {
    pub removed: usize,
    /// `path: why` of each file that could not be removed.
    pub failed: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::entry::tests::{entry, key};
    use super::*;

    #[test]
    fn write_read_and_corruption() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::at(dir.path().join("sub"));
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
    fn clear_filters_by_provider_and_profile() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::at(dir.path().to_path_buf());
        let a = key("a");
        let mut b = key("b");
        b.profile = "ci".into();
        cache.write(&a, &entry(&a)).unwrap();
        cache.write(&b, &entry(&b)).unwrap();
        let only = |provider, profile| Filter {
            provider,
            profile,
            account: None,
        };
        assert_eq!(cache.clear(&only(Some("envoy"), None)).unwrap().removed, 0);
        let ci = only(Some("elfsquad"), Some("ci"));
        assert_eq!(cache.clear(&ci).unwrap().removed, 1);
        assert_eq!(cache.entries().unwrap().len(), 1);
        assert_eq!(cache.clear(&Filter::default()).unwrap().removed, 1);
    }
}
