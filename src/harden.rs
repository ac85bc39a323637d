//! Process-wide protections that run before any secret is read.
//!
//! - No core dumps: a crash or SIGQUIT must not write the client secret to
//!   disk. The process is made non-dumpable (as ssh-agent and gpg-agent
//!   do), which also keeps other processes of the same user from reading
//!   its memory through ptrace or `/proc/<pid>/mem`, and its core limit is
//!   set to zero. `execve` of a child (`tok curl`, `tok exec`) restores the
//!   child's own defaults.
//! - A password inside a URL argument or variable is registered for
//!   redaction before anything is parsed, so not even a usage error can
//!   echo it.

use std::ffi::OsString;

pub fn process() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl(PR_SET_DUMPABLE) and setrlimit take plain integers and
    // a valid pointer to a local; neither can break memory safety.
    unsafe {
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
    #[cfg(unix)]
    // SAFETY: as above.
    unsafe {
        let zero = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        libc::setrlimit(libc::RLIMIT_CORE, &zero);
    }
}

/// Register the password of every URL among the arguments and the `TOK_*`
/// variables, so [`crate::log::redact`] hides it everywhere.
pub fn register_url_passwords(args: &[OsString]) {
    let vars = std::env::vars_os()
        .filter(|(k, _)| k.to_str().is_some_and(|k| k.starts_with("TOK_")))
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
