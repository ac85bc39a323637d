//! `tok install-helpers [--dir DIR]`: the links through which docker (and
//! skopeo, crane, buildah) and git find tok as a credential helper:
//! `docker-credential-tok` and `git-credential-tok`, each a symbolic link
//! to this tok. A link already there is replaced (atomically); a file that
//! is not a link is left alone and named.

use crate::error::{Class, TokError};
use crate::log;
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

pub const HELPERS: [&str; 2] = ["docker-credential-tok", "git-credential-tok"];

pub fn run(dir: Option<&Path>) -> Result<()> {
    let exe = std::env::current_exe()
        .and_then(|p| p.canonicalize())
        .context("could not find the tok binary")?;
    let dir: PathBuf = match dir {
        Some(d) => d.to_path_buf(),
        None => exe.parent().map(Path::to_path_buf).unwrap_or_default(),
    };
    if !dir.is_dir() {
        return Err(TokError::new(
            Class::Usage,
            format!("{} is not a directory", dir.display()),
        )
        .into());
    }
    let mut refused = Vec::new();
    for name in HELPERS {
        let link = dir.join(name);
        match std::fs::symlink_metadata(&link) {
            Ok(m) if !m.file_type().is_symlink() => {
                refused.push(link.display().to_string());
                continue;
            }
            _ => {}
        }
        // a new link beside it, renamed over the old: never a moment without one
        let tmp = dir.join(format!(".{name}.tok-new"));
        let _ = std::fs::remove_file(&tmp);
        std::os::unix::fs::symlink(&exe, &tmp)
            .and_then(|()| std::fs::rename(&tmp, &link))
            .with_context(|| format!("could not create {}", link.display()))?;
        log::line(&format!("tok: {} -> {}", link.display(), exe.display()));
    }
    if !refused.is_empty() {
        return Err(TokError::new(
            Class::Transient,
            format!("not replaced (not a link): {}", refused.join(", ")),
        )
        .into());
    }
    if std::env::var_os("PATH").is_some_and(|p| !std::env::split_paths(&p).any(|d| d == dir)) {
        log::line(&format!(
            "tok: {} is not on PATH: docker and git look for the helpers there",
            dir.display()
        ));
    }
    Ok(())
}
