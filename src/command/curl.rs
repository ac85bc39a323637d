//! `tok curl <provider> -- CURL_ARGS…`: run the system curl with the token,
//! and send once more with a new token after a 401.
//!
//! The header line reaches curl through a pipe (`-H @/dev/fd/N`): never in
//! argv or the environment. To see the status without taking over curl's
//! output, tok adds `-D /dev/fd/M` and reads the headers curl dumps there;
//! curl flushes each header line before it writes that answer's body, so
//! once the body starts tok knows the final status. A 401's body is read and
//! discarded; any other answer streams through to stdout as it comes. With
//! no retry possible curl simply inherits tok's stdout.

use crate::cli::CurlArgs;
use crate::config::Account;
use crate::error::{Class, TokError};
use crate::token::{self, Obtained, Outcome, StoreFn};
use crate::{child, log, output};
use anyhow::{Context, Result};
use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io::{Read, Seek, Write};
use std::os::fd::AsRawFd;
use std::path::PathBuf;
use std::process::{Command, Stdio};

pub fn run(args: CurlArgs, store: StoreFn, account: Option<&Account>) -> Result<u8> {
    let c = &args.common.settings();
    let call = || super::call(&args.provider.call, &c.profile, account);
    let curl_args = &args.provider.args;
    refuse_next(curl_args)?;
    let curl = Curl {
        bin: curl_binary()?,
        cert: client_cert(&call()?.inputs),
    };
    let first = match token::obtain(call()?, c, store, None)? {
        Outcome::DryRun(text) => {
            output::emit(&text, "the dry run")?;
            output::emit(
                &format!(
                    "(then: {} -H @/dev/fd/N {}, the header line on that pipe: ***)\n",
                    curl.bin.display(),
                    shown_args(curl_args)
                ),
                "the dry run",
            )?;
            return Ok(0);
        }
        Outcome::Token(t) => t,
    };
    let watch = if args.no_retry {
        log::trace("--no-retry: a 401 is passed through");
        false
    } else if !first.renewable {
        log::trace("a static API key: no retry after a 401");
        false
    } else if curl_args.iter().any(|a| is_dump_header(a)) {
        log::trace("the curl arguments dump headers themselves (-D): no retry after a 401");
        false
    } else {
        true
    };
    let body = if watch && reads_stdin(curl_args) {
        Some(spool_stdin()?)
    } else {
        None
    };
    output::mask_for_ci(&first.token, c.no_mask);
    let mode = if watch {
        Mode::Watch { discard_401: true }
    } else {
        Mode::Inherit
    };
    let run = attempt(&curl, &first, curl_args, body.as_ref(), mode)?;
    if !run.discarded_401 {
        return Ok(run.code);
    }
    log::trace("the API answered 401: obtaining a new token and sending again");
    let second = match token::obtain(call()?, c, store, Some(&first.token))? {
        Outcome::Token(t) => t,
        Outcome::DryRun(_) => unreachable!("--dry-run returned before curl ran"),
    };
    output::mask_for_ci(&second.token, c.no_mask);
    let again = attempt(
        &curl,
        &second,
        curl_args,
        body.as_ref(),
        Mode::Watch { discard_401: false },
    )?;
    if again.status == Some(401) {
        log::line(
            "tok: the API refused the new token too (HTTP 401); its answer is shown as it came",
        );
    }
    Ok(again.code)
}

/// The curl to run, and the client certificate (and key) a token obtained
/// with `--client-cert` may be bound to.
struct Curl {
    bin: PathBuf,
    cert: Option<(String, String)>,
}

fn client_cert(inp: &crate::provider::inputs::Inputs) -> Option<(String, String)> {
    Some((
        inp.get("client-cert")?.to_string(),
        inp.get("client-key")?.to_string(),
    ))
}

/// curl's config lines for a client certificate (curl's quoting: `\` and
/// `"` escaped inside double quotes).
fn curl_cert_config(cert: &str, key: &str) -> String {
    let quote = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    format!("cert = \"{}\"\nkey = \"{}\"\n", quote(cert), quote(key))
}

/// `$TOK_CURL`, else `curl` on PATH: a clear exit 1 when missing, before
/// any token is fetched.
fn curl_binary() -> Result<PathBuf> {
    let (name, from) = match std::env::var_os("TOK_CURL").filter(|v| !v.is_empty()) {
        Some(v) => (v, "TOK_CURL"),
        None => (OsString::from("curl"), "PATH"),
    };
    child::find_program(&name).ok_or_else(|| {
        TokError::new(
            Class::Transient,
            format!(
                "could not find {} (from {from}): install curl, or set TOK_CURL to a curl binary",
                name.to_string_lossy()
            ),
        )
        .into()
    })
}

/// How tok stands between curl and stdout.
#[derive(Clone, Copy)]
enum Mode {
    /// curl writes straight to tok's stdout; tok learns no status.
    Inherit,
    /// tok reads the status from its own `-D` pipe and relays the body,
    /// throwing a 401's away when `discard_401`.
    Watch { discard_401: bool },
}

/// What one run of curl gave.
struct Run {
    code: u8,
    /// The final HTTP status, when tok watched the headers.
    status: Option<u16>,
    /// A 401 whose body tok read and threw away (so the caller may retry).
    discarded_401: bool,
}

fn attempt(
    curl: &Curl,
    t: &Obtained,
    curl_args: &[OsString],
    body: Option<&File>,
    mode: Mode,
) -> Result<Run> {
    let spawn_err = |e: std::io::Error| {
        anyhow::Error::from(TokError::new(
            Class::Transient,
            format!("could not start {}: {e}", curl.bin.display()),
        ))
    };
    let (header_r, mut header_w) = child::pipe().map_err(spawn_err)?;
    header_w
        .write_all(format!("{}\n", output::header_line(&t.shown())).as_bytes())
        .map_err(spawn_err)?;
    drop(header_w);
    let mut cmd = Command::new(&curl.bin);
    cmd.arg("-H").arg(format!("@{}", child::dev_fd(&header_r)));
    child::inheritable(&header_r).map_err(spawn_err)?;
    // a certificate-bound token (RFC 8705) goes with its certificate: the
    // paths on a config pipe, never on argv, never the key's contents
    let cert_r = match &curl.cert {
        Some((cert, key)) => {
            let (r, mut w) = child::pipe().map_err(spawn_err)?;
            w.write_all(curl_cert_config(cert, key).as_bytes())
                .map_err(spawn_err)?;
            drop(w);
            cmd.arg("-K").arg(child::dev_fd(&r));
            child::inheritable(&r).map_err(spawn_err)?;
            Some(r)
        }
        None => None,
    };
    let dump = match mode {
        Mode::Watch { .. } => {
            let (r, w) = child::pipe().map_err(spawn_err)?;
            cmd.arg("-D").arg(child::dev_fd(&w));
            child::inheritable(&w).map_err(spawn_err)?;
            cmd.stdout(Stdio::piped());
            Some((r, w))
        }
        Mode::Inherit => None,
    };
    cmd.args(curl_args);
    child::scrub_env(&mut cmd);
    if let Some(body) = body {
        let mut f = body
            .try_clone()
            .context("could not re-read the request body")?;
        f.rewind().context("could not re-read the request body")?;
        cmd.stdin(Stdio::from(f));
    }
    let mut proc = child::spawn_forwarding(&mut cmd).map_err(spawn_err)?;
    // our copies of the child's ends must go, or the pipes never end
    drop(header_r);
    drop(cert_r);
    let (status, discarded) = match (mode, dump) {
        (Mode::Watch { discard_401 }, Some((dump_r, dump_w))) => {
            drop(dump_w);
            let stdout = proc.stdout.take().expect("stdout was piped");
            relay(stdout, dump_r, discard_401)?
        }
        _ => (None, false),
    };
    let exit = proc.wait().context("could not wait for curl")?;
    child::reaped();
    Ok(Run {
        code: child::exit_code(exit),
        status,
        discarded_401: discarded,
    })
}

/// Copy curl's stdout to ours as it comes, unless the answer is a 401 and
/// `discard_401`: then read it and throw it away. Header lines from the dump
/// pipe are always read first, so the status is known before the body.
fn relay(
    body: std::process::ChildStdout,
    mut dump: File,
    discard_401: bool,
) -> Result<(Option<u16>, bool)> {
    set_nonblocking(&body)?;
    set_nonblocking(&dump)?;
    let mut headers = StatusReader::default();
    let mut decided: Option<bool> = None; // Some(true): discard
    let mut out = std::io::stdout().lock();
    // `None` once read to its end, or closed when our reader went away
    let mut body = Some(body);
    let mut dump_open = true;
    let mut buf = vec![0u8; 64 * 1024];
    while body.is_some() || dump_open {
        let mut fds = Vec::new();
        if dump_open {
            fds.push(libc::pollfd {
                fd: dump.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            });
        }
        if let Some(b) = &body {
            fds.push(libc::pollfd {
                fd: b.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            });
        }
        // SAFETY: fds is a valid array of pollfd for the call's duration.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, -1) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e).context("could not wait for curl's output");
        }
        // headers first: everything curl dumped before this body chunk
        if dump_open {
            dump_open = drain(&mut dump, &mut buf, |chunk| headers.feed(chunk))?;
        }
        let Some(b) = body.as_mut() else { continue };
        if !fds.iter().any(|f| f.fd == b.as_raw_fd() && f.revents != 0) {
            continue;
        }
        match read_some(b, &mut buf)? {
            None => {}
            Some(0) => body = None,
            Some(n) => {
                let discard =
                    *decided.get_or_insert_with(|| discard_401 && headers.status == Some(401));
                if !discard && let Err(e) = out.write_all(&buf[..n]).and_then(|_| out.flush()) {
                    if e.kind() != std::io::ErrorKind::BrokenPipe {
                        log::warn(format!("could not write curl's output to stdout: {e}"));
                    }
                    // the reader went away: close curl's stdout too, so curl
                    // stops (as it would in `curl | head`) instead of
                    // blocking on a pipe nobody reads
                    body = None;
                }
            }
        }
    }
    let discarded = decided.unwrap_or(discard_401 && headers.status == Some(401));
    Ok((headers.status, discarded))
}

/// Read what is there now; `Ok(false)` at end of file.
fn drain(f: &mut File, buf: &mut [u8], mut feed: impl FnMut(&[u8])) -> Result<bool> {
    loop {
        match read_some(f, buf)? {
            None => return Ok(true),
            Some(0) => return Ok(false),
            Some(n) => feed(&buf[..n]),
        }
    }
}

/// One read: `None` when nothing is there yet.
fn read_some(f: &mut impl Read, buf: &mut [u8]) -> Result<Option<usize>> {
    match f.read(buf) {
        Ok(n) => Ok(Some(n)),
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => Ok(None),
        Err(e) => Err(e).context("could not read curl's output"),
    }
}

fn set_nonblocking(f: &impl AsRawFd) -> Result<()> {
    let fd = f.as_raw_fd();
    // SAFETY: fcntl on a descriptor we own.
    let ok = unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        flags >= 0 && libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK) >= 0
    };
    if ok {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error()).context("could not set up curl's pipes")
    }
}

/// The last `HTTP/x NNN` status line among the dumped headers.
#[derive(Default)]
struct StatusReader {
    line: Vec<u8>,
    status: Option<u16>,
}

impl StatusReader {
    fn feed(&mut self, chunk: &[u8]) {
        for &b in chunk {
            if b == b'\n' {
                let line = String::from_utf8_lossy(&self.line);
                if line.starts_with("HTTP/")
                    && let Some(code) = line.split_whitespace().nth(1)
                    && let Ok(code) = code.parse()
                {
                    self.status = Some(code);
                }
                self.line.clear();
            } else if self.line.len() < 256 {
                self.line.push(b);
            }
        }
    }
}

/// `-D`/`--dump-header` in curl's arguments (alone or `-Dfile`).
fn is_dump_header(a: &OsStr) -> bool {
    let a = a.to_string_lossy();
    a == "--dump-header" || (a.starts_with("-D") && !a.starts_with("--"))
}

/// curl's short options that take a value: in a bundle (`-sSu user:pw`)
/// the rest of the word after one of them is its value.
const SHORT_WITH_VALUE: &str = "AbcCdDeEFHKmoPQrtTuUwxXyYz";

/// `--next` (`-:`) starts a new group of options, and curl drops the
/// credential header there: tok refuses it (before any token is obtained)
/// rather than send later requests without it.
fn refuse_next(args: &[OsString]) -> Result<()> {
    let next = args.iter().any(|a| {
        let a = a.to_string_lossy();
        if a == "--next" {
            return true;
        }
        let Some(bundle) = a.strip_prefix('-').filter(|b| !b.starts_with('-')) else {
            return false;
        };
        for ch in bundle.chars() {
            if ch == ':' {
                return true;
            }
            if SHORT_WITH_VALUE.contains(ch) {
                return false;
            }
        }
        false
    });
    if !next {
        return Ok(());
    }
    Err(TokError::new(
        Class::Usage,
        "tok curl does not take --next (-:): curl drops the credential header at each new \
         group, so later requests would go without it; run tok curl once per request",
    )
    .into())
}

/// Whether curl will read its stdin: `@-` (`-d @-`, `--data-binary @-`,
/// `-F f=@-`, `--json @-`) or a lone `-` (`-T -`, `-K -`).
fn reads_stdin(args: &[OsString]) -> bool {
    args.iter().any(|a| {
        let a = a.to_string_lossy();
        a == "-" || a.ends_with("@-") || a == "-T-"
    })
}

/// Keep stdin in an unnamed temp file, so the body can be sent twice.
fn spool_stdin() -> Result<File> {
    let mut f = tempfile::tempfile().context("could not keep the request body for a retry")?;
    std::io::copy(&mut std::io::stdin().lock(), &mut f)
        .context("could not read the request body from stdin")?;
    Ok(f)
}

/// curl's arguments as `--dry-run` shows them.
fn shown_args(args: &[OsString]) -> String {
    args.iter()
        .map(|a| output::shell_quote(&a.to_string_lossy()))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_certificate_goes_on_curls_config_pipe_quoted() {
        assert_eq!(
            curl_cert_config("/c/a b.crt", "/k/\"x\\y\".key"),
            "cert = \"/c/a b.crt\"\nkey = \"/k/\\\"x\\\\y\\\".key\"\n"
        );
    }

    #[test]
    fn next_is_refused_in_every_spelling() {
        let os = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        for refused in [
            &["--next"][..],
            &["-:"],
            &["-s:"],
            &["-sS:", "x"],
            &["https://a", "-:"],
        ] {
            assert!(refuse_next(&os(refused)).is_err(), "{refused:?}");
        }
        for fine in [
            &["-uuser:pw"][..],
            &["-H", "X-A: b"],
            &["-sSH", "A: b"],
            &["https://h:8443/x"],
            &["--json", "{\"a\":1}"],
        ] {
            assert!(refuse_next(&os(fine)).is_ok(), "{fine:?}");
        }
    }

    #[test]
    fn the_last_status_line_wins() {
        let mut r = StatusReader::default();
        r.feed(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 40");
        assert_eq!(r.status, Some(100));
        r.feed(b"1 Unauthorized\r\nWWW-Authenticate: Bearer\r\n\r\n");
        assert_eq!(r.status, Some(401));
        r.feed(b"HTTP/2 200 \r\n");
        assert_eq!(r.status, Some(200));
    }

    #[test]
    fn stdin_and_dump_header_arguments_are_recognised() {
        let os = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert!(reads_stdin(&os(&["-d", "@-", "https://x"])));
        assert!(reads_stdin(&os(&["-T", "-", "https://x"])));
        assert!(reads_stdin(&os(&["-F", "file=@-"])));
        assert!(!reads_stdin(&os(&["-d", "a=b", "https://x"])));
        assert!(is_dump_header(OsStr::new("-D")));
        assert!(is_dump_header(OsStr::new("-Dh.txt")));
        assert!(is_dump_header(OsStr::new("--dump-header")));
        assert!(!is_dump_header(OsStr::new("--data")));
    }
}
