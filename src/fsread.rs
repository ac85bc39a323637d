//! Reading files that may be hostile: bounded, never blocking, and (for
//! files tok trusts with tokens) never through a symlink or from a file
//! another user could have written.
//!
//! Every file tok reads goes through here: cache entries and the
//! fingerprint key ([`read_private`]), `_FILE` secrets, `--ca-cert` and the
//! config file ([`read_bounded`]). A FIFO, a device, `/dev/zero` behind a
//! link or a 2 GiB sparse file is a clear error, not a hang or an
//! out-of-memory.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Why a file was not read.
#[derive(Debug)]
pub enum Refused {
    /// No file there.
    Missing,
    /// The file exists but is not something tok may read; says why.
    Unsafe(String),
    /// An I/O error.
    Io(io::Error),
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::Missing => f.write_str("no such file"),
            Refused::Unsafe(why) => f.write_str(why),
            Refused::Io(e) => write!(f, "{e}"),
        }
    }
}

impl From<io::Error> for Refused {
    fn from(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::NotFound {
            Refused::Missing
        } else {
            Refused::Io(e)
        }
    }
}

/// The effective user id (what owns the files tok writes).
#[cfg(unix)]
pub fn euid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

/// Read a regular file of at most `cap` bytes, following symlinks (a
/// mounted secret is often a link), opened non-blocking so a FIFO cannot
/// hang tok.
pub fn read_bounded(path: &Path, cap: u64) -> Result<Vec<u8>, Refused> {
    let file = open(path, false)?;
    let meta = check_regular(&file, cap)?;
    read_capped(file, cap, meta.len())
}

/// Read a file tok itself wrote and trusts: not a symlink, a regular file
/// owned by this user, not writable by group or others, at most `cap` bytes.
pub fn read_private(path: &Path, cap: u64) -> Result<Vec<u8>, Refused> {
    let file = open(path, true)?;
    let meta = check_regular(&file, cap)?;
    private(&meta)?;
    read_capped(file, cap, meta.len())
}

/// Check that an open file is private to this user (owner, no group or
/// other write bit). Also used on lock files.
pub fn check_private(file: &File) -> Result<(), Refused> {
    private(&file.metadata()?)
}

fn private(meta: &std::fs::Metadata) -> Result<(), Refused> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta.uid() != euid() {
            return Err(Refused::Unsafe(format!(
                "owned by uid {}, not by this user (uid {})",
                meta.uid(),
                euid()
            )));
        }
        if meta.mode() & 0o022 != 0 {
            return Err(Refused::Unsafe(format!(
                "writable by others (mode {:o})",
                meta.mode() & 0o777
            )));
        }
    }
    #[cfg(not(unix))]
    let _ = meta;
    Ok(())
}

fn open(path: &Path, no_follow: bool) -> Result<File, Refused> {
    let mut options = File::options();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let mut flags = libc::O_NONBLOCK | libc::O_NOCTTY;
        if no_follow {
            flags |= libc::O_NOFOLLOW;
        }
        options.custom_flags(flags);
    }
    options.open(path).map_err(|e| {
        #[cfg(unix)]
        if no_follow && e.raw_os_error() == Some(libc::ELOOP) {
            return Refused::Unsafe("a symbolic link (not followed)".into());
        }
        Refused::from(e)
    })
}

fn check_regular(file: &File, cap: u64) -> Result<std::fs::Metadata, Refused> {
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(Refused::Unsafe(
            "not a regular file (a FIFO, device or directory)".into(),
        ));
    }
    if meta.len() > cap {
        return Err(Refused::Unsafe(format!(
            "too large: {} bytes, at most {cap} are read",
            meta.len()
        )));
    }
    Ok(meta)
}

/// Read at most `cap` bytes (one more shows it is larger); `size` is what
/// the file said it holds, so that one read usually does.
fn read_capped(file: File, cap: u64, size: u64) -> Result<Vec<u8>, Refused> {
    let mut out = Vec::with_capacity(size.min(cap) as usize + 1);
    file.take(cap + 1).read_to_end(&mut out)?;
    if out.len() as u64 > cap {
        return Err(Refused::Unsafe(format!("too large: more than {cap} bytes")));
    }
    Ok(out)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn fifos_links_devices_and_large_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(matches!(read_bounded(&fifo, 10), Err(Refused::Unsafe(_))));
        assert!(matches!(read_private(&fifo, 10), Err(Refused::Unsafe(_))));

        let link = dir.path().join("zero");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        assert!(matches!(read_bounded(&link, 10), Err(Refused::Unsafe(_))));
        assert!(
            matches!(read_private(&link, 10), Err(Refused::Unsafe(m)) if m.contains("symbolic link"))
        );

        let big = dir.path().join("big");
        File::create(&big).unwrap().set_len(1 << 31).unwrap();
        assert!(
            matches!(read_bounded(&big, 1024), Err(Refused::Unsafe(m)) if m.contains("too large"))
        );

        let ok = dir.path().join("ok");
        std::fs::write(&ok, "abc").unwrap();
        std::fs::set_permissions(&ok, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(read_private(&ok, 10).unwrap(), b"abc");
        std::fs::set_permissions(&ok, std::fs::Permissions::from_mode(0o666)).unwrap();
        assert!(matches!(read_private(&ok, 10), Err(Refused::Unsafe(m)) if m.contains("writable")));
        assert!(matches!(
            read_bounded(&dir.path().join("none"), 10),
            Err(Refused::Missing)
        ));
    }
}
