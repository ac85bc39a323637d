//! Process-wide protections that run before any secret is read.
//!
//! - No core dumps: a crash or SIGQUIT must not write the client secret to
//!   disk. The process is made non-dumpable (as ssh-agent and gpg-agent
//!   do), which also keeps other processes of the same user from reading
//!   its memory through ptrace or `/proc/<pid>/mem`, and its soft core limit
//!   is set to zero. Before a child starts (`tok curl`, `tok exec`) the limit
//!   is given back ([`restore_core_limit`]) so the child inherits its own;
//!   tok stays non-dumpable, and `execve` makes the child dumpable again.
//! - A password inside a URL argument or variable is registered for
//!   redaction before anything is parsed, so not even a usage error can
//!   echo it.

use std::ffi::OsString;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// The soft core limit tok was started with (RLIM_INFINITY is u64::MAX, so
/// whether it is known is kept apart).
static CORE_SOFT: AtomicU64 = AtomicU64::new(0);
static CORE_KNOWN: AtomicBool = AtomicBool::new(false);

pub fn process() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl(PR_SET_DUMPABLE) takes plain integers; it cannot break
    // memory safety.
    unsafe {
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
    // Only the soft limit drops: the hard one stays, so a child can be
    // given back what it would have had.
    #[cfg(unix)]
    if let Some(old) = set_soft_core_limit(|_| 0) {
        CORE_SOFT.store(old, Ordering::SeqCst);
        CORE_KNOWN.store(true, Ordering::SeqCst);
    }
}

/// Give the core limit tok was started with back, before starting a child
/// (which inherits it). tok itself stays non-dumpable, so it still writes
/// no core. Done in tok rather than in the child, so the child can be
/// started with posix_spawn instead of fork.
#[cfg(unix)]
pub fn restore_core_limit() {
    if CORE_KNOWN.load(Ordering::SeqCst) {
        let soft = CORE_SOFT.load(Ordering::SeqCst);
        set_soft_core_limit(|hard| soft.min(hard));
    }
}

/// Set the soft core limit to what `soft` makes of the hard one; the soft
/// limit it had, or `None` when it cannot be read.
#[cfg(unix)]
fn set_soft_core_limit(soft: impl FnOnce(u64) -> u64) -> Option<u64> {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit with a valid pointer to a local.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_CORE, &mut limit) != 0 {
            return None;
        }
        // rlim_t is u64 on Linux, not everywhere
        #[allow(clippy::unnecessary_cast, clippy::useless_conversion)]
        let old = limit.rlim_cur as u64;
        #[allow(clippy::unnecessary_cast)]
        let new = soft(limit.rlim_max as u64) as libc::rlim_t;
        limit.rlim_cur = new;
        libc::setrlimit(libc::RLIMIT_CORE, &limit);
        Some(old)
    }
}

/// Register the password of every URL among the arguments, the `TOK_*`
/// variables and the proxy variables (`HTTPS_PROXY=http://user:pw@proxy`),
/// so [`crate::log::redact`] hides it everywhere.
pub fn register_url_passwords(args: &[OsString]) {
    let vars = std::env::vars_os()
        .filter(|(k, _)| {
            k.to_str().is_some_and(|k| {
                k.starts_with("TOK_") || k.to_ascii_uppercase().ends_with("_PROXY")
            })
        })
        .map(|(_, v)| v);
    for value in args.iter().cloned().chain(vars) {
        let Some(text) = value.to_str() else { continue };
        // `--token-url=https://…` as well as a separate value
        let text = text
            .split_once('=')
            .filter(|(k, _)| k.starts_with("--"))
            .map_or(text, |(_, v)| v);
        if text.contains("://")
            && let Ok(url) = reqwest::Url::parse(text)
            && let Some(password) = url.password()
        {
            crate::log::register(password);
            if let Ok(decoded) = percent_decode(password) {
                crate::log::register(&decoded);
            }
        }
    }
}

fn percent_decode(s: &str) -> Result<String, std::string::FromUtf8Error> {
    let bytes: Vec<u8> =
        url::form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
            .next()
            .map(|(_, v)| v.into_owned().into_bytes())
            .unwrap_or_default();
    String::from_utf8(bytes)
}
