//! Single flight: one `flock`ed `<hash>.lock` file per entry, so that of
//! the processes that miss together exactly one fetches and the others
//! wait (bounded by the deadline) and read its result.

use super::{Cache, Key};
use crate::error::{Class, TokError};
use crate::fsread::{self, Refused};
use crate::log;
use anyhow::Result;
use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Held while fetching; released on drop (and by the kernel if tok dies).
pub struct Lock {
    _file: File,
}

impl Cache {
    pub(super) fn lock_path(&self, key: &Key) -> PathBuf {
        self.dir.join(format!("{}.lock", key.file_stem()))
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
