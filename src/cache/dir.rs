//! The cache directory, which someone else may have prepared: checked on
//! open (ours and private, or repaired, or refused), created 0700 when
//! missing, and swept of temp files that killed writers left behind.

use super::Cache;
use crate::fsread;
use crate::log;
use anyhow::{Context, Result};
use std::fs;
use std::time::Duration;

/// A temp file older than this was left by a killed writer.
const STALE_TMP: Duration = Duration::from_secs(60);

impl Cache {
    pub(super) fn check_dir(&self) -> Result<()> {
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

    /// Create the directory (0700) if it is missing. An existing directory
    /// was checked by [`Cache::open`].
    pub(super) fn ensure_dir(&self) -> Result<()> {
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

    /// Remove temp files older than [`STALE_TMP`]: a writer that was killed
    /// between create and rename leaves one, holding a live token.
    pub(super) fn sweep_stale_tmp(&self) {
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
}
