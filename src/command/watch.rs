//! `tok watch NAME --out FILE`: a token file kept fresh for jobs that
//! outlive a token, and the keeper behind `tok exec --keep-fresh`.
//!
//! The file (0600) is replaced atomically (a temp file in the same
//! directory, then rename), never truncated in place, so a reader sees the
//! old token or the new one. It is renewed when the time left falls below
//! the smaller of `--min-ttl` and a fifth of the token's lifetime. A failed
//! renewal keeps the old file while its token is valid, retries with
//! backoff and says so; once the file can no longer be kept valid, tok
//! exits with the failure's code. SIGTERM, SIGINT or the end of `--pid`:
//! exit 0, the file left as it is.

use crate::cli::{Format, WatchArgs};
use crate::config::Account;
use crate::error::{Class, TokError};
use crate::settings::Settings;
use crate::token::{self, Obtained, Outcome, StoreFn};
use crate::{jwt, log, output};
use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Set by SIGTERM or SIGINT.
static STOP: AtomicBool = AtomicBool::new(false);

extern "C" fn on_signal(_: libc::c_int) {
    STOP.store(true, Ordering::SeqCst);
}

/// SIGTERM and SIGINT end the watch (checked between short sleeps).
pub fn catch_stop_signals() {
    let handler: extern "C" fn(libc::c_int) = on_signal;
    // SAFETY: the handler only stores to an atomic (async-signal-safe)
    unsafe {
        libc::signal(libc::SIGTERM, handler as libc::sighandler_t);
        libc::signal(libc::SIGINT, handler as libc::sighandler_t);
    }
}

pub fn stopped() -> bool {
    STOP.load(Ordering::SeqCst)
}

pub fn run(args: WatchArgs, store: StoreFn, account: Option<&Account>) -> Result<()> {
    let out = match &args.out {
        Some(path) => path.clone(),
        None => default_path()?,
    };
    let dir = out.parent().filter(|d| !d.as_os_str().is_empty());
    if let Some(dir) = dir
        && !dir.is_dir()
    {
        return Err(TokError::new(
            Class::Usage,
            format!(
                "the token file's directory {} does not exist",
                dir.display()
            ),
        )
        .into());
    }
    let s = args.common.settings();
    if s.dry_run || s.offline {
        return Err(TokError::new(
            Class::Usage,
            "tok watch keeps a file fresh: --dry-run and --offline do not go with it",
        )
        .into());
    }
    catch_stop_signals();
    let pid = args.pid;
    if let Some(pid) = pid
        && !alive(pid)
    {
        return Err(TokError::new(Class::Usage, format!("--pid {pid}: no such process")).into());
    }
    let obtain = |min_ttl: u64| {
        let call = super::call(&args.provider, &s.profile, account)?;
        obtain_with(call, &s, min_ttl, store)
    };
    let keeper = Keeper {
        out: &out,
        format: args.format.into(),
        min_ttl: s.min_ttl,
    };
    keeper.keep(None, &obtain, &|| {
        stopped() || pid.is_some_and(|p| !alive(p))
    })
}

/// One token for the keeper: the pipeline with `min_ttl` as the bound of
/// a usable cached token (a renewal asks for more than the current one has).
pub fn obtain_with(
    call: token::Call,
    s: &Settings,
    min_ttl: u64,
    store: StoreFn,
) -> Result<Obtained> {
    let s = Settings {
        min_ttl,
        ..s.clone()
    };
    match token::obtain(call, &s, store, None)? {
        Outcome::Token(t) => Ok(t),
        Outcome::DryRun(_) => unreachable!("the keeper never runs a dry run"),
    }
}

/// `$BEARER_TOKEN_FILE`, else `$XDG_RUNTIME_DIR/bt_u$UID` (the WLCG bearer
/// token discovery convention).
fn default_path() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("BEARER_TOKEN_FILE").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    match std::env::var_os("XDG_RUNTIME_DIR").filter(|p| !p.is_empty()) {
        // SAFETY: geteuid cannot fail
        Some(dir) => Ok(PathBuf::from(dir).join(format!("bt_u{}", unsafe { libc::geteuid() }))),
        None => Err(TokError::new(
            Class::Usage,
            "tok watch needs --out FILE (neither BEARER_TOKEN_FILE nor XDG_RUNTIME_DIR is set)",
        )
        .into()),
    }
}

/// Whether process `pid` still exists.
fn alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 only checks for existence
    let r = unsafe { libc::kill(pid, 0) };
    let exists = r == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM);
    exists && !zombie(pid)
}

/// A process that has exited but is not yet reaped by its parent still
/// answers signal 0: on Linux its state in /proc says it is gone.
fn zombie(pid: libc::pid_t) -> bool {
    let stat = crate::fsread::read_bounded(Path::new(&format!("/proc/{pid}/stat")), 4096);
    let Ok(stat) = stat else { return false };
    let stat = String::from_utf8_lossy(&stat);
    // `pid (comm) S …`: the state follows the last ')'
    stat.rsplit_once(')')
        .is_some_and(|(_, rest)| rest.trim_start().starts_with(['Z', 'X']))
}

/// Keeps one file fresh.
pub struct Keeper<'a> {
    pub out: &'a Path,
    pub format: Format,
    pub min_ttl: u64,
}

/// The longest wait between two tries after a failed renewal.
const MAX_BACKOFF: Duration = Duration::from_secs(60);
/// How often a waiting keeper looks at the stop condition.
const TICK: Duration = Duration::from_millis(100);

impl Keeper<'_> {
    /// Obtain and write (unless `first` is written already), and renew
    /// until `stop` says so (Ok) or the file can no longer be kept valid
    /// (the failure).
    pub fn keep(
        &self,
        first: Option<Obtained>,
        obtain: &dyn Fn(u64) -> Result<Obtained>,
        stop: &dyn Fn() -> bool,
    ) -> Result<()> {
        let mut current = match first {
            Some(t) => t,
            None => {
                let t = obtain(self.min_ttl)?;
                self.write(&t)?;
                t
            }
        };
        let mut backoff = Duration::from_secs(1);
        let mut due = self.renew_at(&current);
        loop {
            if wait_until(due, stop) {
                return Ok(());
            }
            let threshold = self.threshold(&current).ceil() as u64 + 1;
            match obtain(threshold) {
                Ok(t) => {
                    self.write(&t)?;
                    current = t;
                    backoff = Duration::from_secs(1);
                    // never spin on a server that answers short tokens
                    due = self.renew_at(&current).max(Instant::now() + TICK);
                }
                Err(e) => {
                    let left = current.expires_at.map(|x| x - jwt::now());
                    if left.is_none_or(|l| l <= 0.0) {
                        return Err(e.context("the token file can no longer be kept valid"));
                    }
                    let left = left.unwrap_or(0.0);
                    log::warn(format!(
                        "{e:#}; {} keeps the current token ({}s left); trying again in {}s",
                        self.out.display(),
                        left as i64,
                        backoff.as_secs()
                    ));
                    let until_expiry = Duration::from_secs_f64(left.min(365.0 * 86_400.0));
                    due = Instant::now() + backoff.min(until_expiry);
                    backoff = (backoff * 2).min(MAX_BACKOFF);
                }
            }
        }
    }

    /// Seconds before expiry at which to renew: the smaller of `--min-ttl`
    /// and a fifth of the token's lifetime.
    fn threshold(&self, t: &Obtained) -> f64 {
        let min_ttl = self.min_ttl as f64;
        match (t.expires_at, t.obtained_at) {
            (Some(e), Some(o)) if e > o => min_ttl.min((e - o) / 5.0),
            _ => min_ttl,
        }
    }

    /// When to renew; never, for a token that does not expire.
    fn renew_at(&self, t: &Obtained) -> Instant {
        let Some(expires) = t.expires_at else {
            return Instant::now() + Duration::from_secs(365 * 86_400);
        };
        // at most a year: a far-future or odd expiry must not overflow
        let secs = (expires - self.threshold(t) - jwt::now()).clamp(0.0, 365.0 * 86_400.0);
        Instant::now() + Duration::from_secs_f64(secs)
    }

    /// Replace the file atomically: a private temp file beside it, then
    /// rename (a reader never sees it half written).
    pub fn write(&self, t: &Obtained) -> Result<()> {
        let dir = match self.out.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let what = || format!("could not write the token file {}", self.out.display());
        let mut tmp = tempfile::Builder::new()
            .prefix(".tok-token-")
            .tempfile_in(dir)
            .with_context(what)?;
        tmp.write_all(output::render(self.format, &t.shown(), jwt::now()).as_bytes())
            .and_then(|_| tmp.as_file().sync_all())
            .with_context(what)?;
        tmp.persist(self.out).with_context(what)?;
        log::trace(format!("wrote {}", self.out.display()));
        Ok(())
    }
}

/// Sleep until `due` in short steps; true when `stop` said so first.
fn wait_until(due: Instant, stop: &dyn Fn() -> bool) -> bool {
    loop {
        if stop() {
            return true;
        }
        let now = Instant::now();
        if now >= due {
            return false;
        }
        std::thread::sleep(TICK.min(due - now));
    }
}
