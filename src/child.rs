//! Starting another program with a token (`tok curl`, `tok exec`): its
//! environment without tok's secrets, its exit status as tok's, signals
//! passed on, and pipes it inherits so a header never sits in argv.

use crate::provider;
use crate::provider::field::env_name;
use std::ffi::OsStr;
use std::fs::File;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::process::{Command, ExitStatus};
use std::sync::atomic::{AtomicI32, Ordering};

/// Remove tok's own secret variables (`TOK_<PROVIDER>_<SECRET>` of every
/// provider) from what the child inherits, and give it back the core limit
/// tok lowered for itself.
pub fn scrub_env(cmd: &mut Command) {
    crate::harden::restore_core_limit();
    for p in provider::REGISTRY {
        for f in p.fields().iter().filter(|f| f.secret) {
            cmd.env_remove(env_name(p.name(), f.name));
        }
    }
    for name in SECRET_VARS.lock().map(|v| v.clone()).unwrap_or_default() {
        cmd.env_remove(name);
    }
}

/// Variables a config account named as secret references (`{ env =
/// "SHOP_SECRET" }`): tok's secrets too, removed from children like the
/// `TOK_*` ones.
static SECRET_VARS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Remember that variable `name` holds one of tok's secrets.
pub fn secret_var(name: &str) {
    if let Ok(mut v) = SECRET_VARS.lock()
        && !v.iter().any(|n| n == name)
    {
        v.push(name.to_string());
    }
}

/// The exit code a shell would report: the child's, or 128+N when signal N
/// killed it.
pub fn exit_code(status: ExitStatus) -> u8 {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => code as u8,
        (None, Some(sig)) => (128 + sig) as u8,
        (None, None) => 1,
    }
}

static CHILD: AtomicI32 = AtomicI32::new(0);
/// A signal that came before the child's pid was known: passed on as soon
/// as it is.
static EARLY: AtomicI32 = AtomicI32::new(0);

const FORWARDED: [libc::c_int; 6] = [
    libc::SIGINT,
    libc::SIGTERM,
    libc::SIGHUP,
    libc::SIGQUIT,
    libc::SIGUSR1,
    libc::SIGUSR2,
];

extern "C" fn forward(sig: libc::c_int) {
    let mut pid = CHILD.load(Ordering::SeqCst);
    if pid <= 0 {
        // spawning: keep it, then look again in case the pid came meanwhile
        // (whoever empties EARLY first passes it on, exactly once)
        EARLY.store(sig, Ordering::SeqCst);
        pid = CHILD.load(Ordering::SeqCst);
        if pid <= 0 || EARLY.swap(0, Ordering::SeqCst) == 0 {
            return;
        }
    }
    // SAFETY: kill is async-signal-safe.
    unsafe {
        libc::kill(pid, sig);
    }
}

fn set_handlers(handler: libc::sighandler_t) {
    for sig in FORWARDED {
        // SAFETY: installs either the default action or a handler that only
        // touches atomics and calls kill(2).
        unsafe {
            libc::signal(sig, handler);
        }
    }
}

/// From now on the signals [`spawn_forwarding`] passes on are held for the
/// child it is about to start: for a caller that makes something the child
/// must clean up (a token file) before starting it.
pub fn hold_signals() {
    CHILD.store(0, Ordering::SeqCst);
    set_handlers(forward as *const () as libc::sighandler_t);
}

/// Start `cmd` with SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1 and SIGUSR2
/// sent to tok going to the child instead (tok stays to report the child's
/// status and to clean up). The handlers are in place before the child
/// exists, so a signal sent the moment the child shows life (say, after
/// its first line of output) can never end tok first: one that arrives
/// before the pid is known is passed on right after. The child starts with
/// default handlers and an empty signal mask (exec and std see to that).
pub fn spawn_forwarding(cmd: &mut Command) -> std::io::Result<std::process::Child> {
    hold_signals();
    let child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) => {
            set_handlers(libc::SIG_DFL);
            let early = EARLY.swap(0, Ordering::SeqCst);
            if early != 0 {
                // SAFETY: raising a signal tok received, now with its default action.
                unsafe { libc::raise(early) };
            }
            return Err(e);
        }
    };
    CHILD.store(child.id() as i32, Ordering::SeqCst);
    let early = EARLY.swap(0, Ordering::SeqCst);
    if early != 0 {
        // SAFETY: a plain signal to our own child.
        unsafe { libc::kill(child.id() as libc::pid_t, early) };
    }
    Ok(child)
}

/// The child started by [`spawn_forwarding`] was waited for: its pid may
/// be reused, so signals take their default action on tok again (until the
/// next child: tok curl's retry).
pub fn reaped() {
    set_handlers(libc::SIG_DFL);
    CHILD.store(0, Ordering::SeqCst);
}

/// A pipe whose ends close on exec; [`inheritable`] lets one end through.
pub fn pipe() -> std::io::Result<(File, File)> {
    let mut fds = [0 as RawFd; 2];
    // SAFETY: fds is a valid array of two ints.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: pipe2 returned two new descriptors that we now own.
    let (r, w) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
    Ok((File::from(r), File::from(w)))
}

/// Let the next child inherit this descriptor (at the same number): clear
/// its close-on-exec flag. tok starts no other process meanwhile, and drops
/// its copy right after the spawn. Done here rather than in the child, so
/// the child can be started with posix_spawn instead of fork.
pub fn inheritable(f: &impl AsRawFd) -> std::io::Result<()> {
    // SAFETY: fcntl on a descriptor we own.
    if unsafe { libc::fcntl(f.as_raw_fd(), libc::F_SETFD, 0) } == -1 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// `/dev/fd/N` for a descriptor the child inherits.
pub fn dev_fd(f: &impl AsRawFd) -> String {
    format!("/dev/fd/{}", f.as_raw_fd())
}

/// A program on PATH (or a path), the way execvp would find it.
pub fn find_program(name: &OsStr) -> Option<std::path::PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let runnable = |p: &std::path::Path| {
        p.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    };
    let path = std::path::Path::new(name);
    if path.components().count() > 1 {
        return runnable(path).then(|| path.to_path_buf());
    }
    let dirs = std::env::var_os("PATH")?;
    std::env::split_paths(&dirs)
        .map(|d| d.join(name))
        .find(|p| runnable(p))
}
