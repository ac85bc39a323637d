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

use crate::error::{Class, TokError};
use crate::fsread::{self, Refused};
use crate::log;
use crate::secret::Secret;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs::{self, File, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Bumped when the entry format changes; other versions are a miss.
pub const VERSION: u32 = 2;
/// The largest entry tok reads; a real one is well under 16 KiB.
pub const ENTRY_CAP: u64 = 256 * 1024;
/// A temp file older than this was left by a killed writer.
const STALE_TMP: Duration = Duration::from_secs(60);
const KEY_FILE: &str = ".fingerprint-key";

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

    fn file_stem(&self) -> String {
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

pub struct Cache {
    dir: PathBuf,
    fingerprint_key: OnceLock<Result<Vec<u8>, String>>,
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

    fn check_dir(&self) -> Result<()> {
        let meta = match fs::metadata(&self.dir) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => {
                return Err(e).with_context(|| {
                    format!("could not use cache directory {}", self.dir.display())
                });
            }
        };
        if !meta.is_dir() {
            anyhow::bail!("cache directory {} is not a directory", self.dir.display());
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::{MetadataExt, PermissionsExt};
            let mode = meta.mode() & 0o7777;
            if meta.uid() != fsread::euid() {
                anyhow::bail!(
                    "cache directory {} belongs to uid {}, not to this user: not used (set TOK_CACHE_DIR to a directory of your own)",
                    self.dir.display(),
                    meta.uid()
                );
            }
            if mode & 0o022 != 0 {
                fs::set_permissions(&self.dir, fs::Permissions::from_mode(0o700)).with_context(
                    || {
                        format!(
                            "cache directory {} is writable by others (mode {mode:o}) and could not be made private",
                            self.dir.display()
                        )
                    },
                )?;
                log::warn(format!(
                    "cache directory {} was writable by others (mode {mode:o}): made it private (0700)",
                    self.dir.display()
                ));
            }
        }
        Ok(())
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

    /// Create the directory (0700) if it is missing. An existing directory
    /// was checked by [`Cache::open`].
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

    /// Remove temp files older than [`STALE_TMP`]: a writer that was killed
    /// between create and rename leaves one, holding a live token.
    fn sweep_stale_tmp(&self) {
        let Ok(dir) = fs::read_dir(&self.dir) else {
            return;
        };
        for item in dir.flatten() {
            let stale = item.file_name().to_string_lossy().starts_with(".tmp-")
                && item
                    .metadata()
                    .ok()
                    .and_then(|m| m.modified().ok())
                    .and_then(|t| t.elapsed().ok())
                    .is_some_and(|age| age > STALE_TMP);
            if stale && fs::remove_file(item.path()).is_ok() {
                log::trace(format!(
                    "removed a temp file left by a killed writer: {}",
                    item.path().display()
                ));
            }
        }
    }

    pub fn remove(&self, key: &Key) {
        let _ = fs::remove_file(self.entry_path(key));
    }

    /// Take the entry's lock, waiting until `deadline`. `Ok(None)` when the
    /// cache directory cannot hold a safe lock file (then tok works unlocked
    /// and writes nothing).
    pub fn lock(&self, key: &Key, deadline: Instant) -> Result<Option<Lock>> {
        if let Err(e) = self.ensure_dir() {
            log::warn(format!("{e:#}; the token is not cached"));
            return Ok(None);
        }
        let path = self.lock_path(key);
        let file = match open_lock(&path) {
            Ok(f) => f,
            Err(e) => {
                log::warn(format!(
                    "could not use lock file {}: {e}; the token is not cached",
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
                        "could not lock {}: {e}; the token is not cached",
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

/// Read, trust and parse one entry file. An entry whose token could not be
/// printed safely (a control character, a line break) is refused like a
/// corrupt one.
fn read_entry(path: &Path) -> Result<Entry, Refused> {
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

/// Open (creating) a lock file without following a planted symlink and
/// without blocking on a planted FIFO; it must be a private regular file.
fn open_lock(path: &Path) -> Result<File, Refused> {
    let mut options = File::options();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path).map_err(|e| {
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ELOOP) {
            return Refused::Unsafe("it is a symbolic link (not followed)".into());
        }
        Refused::from(e)
    })?;
    if !file.metadata()?.is_file() {
        return Err(Refused::Unsafe("it is not a regular file".into()));
    }
    fsread::check_private(&file)?;
    Ok(file)
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
            refresh_in_keyring: false,
            id_token: None,
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
