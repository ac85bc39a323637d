//! The shared tier: one cache for a fleet of machines, on Redis or Valkey.
//!
//! The local file cache stays in front (a hit is still one file read); on
//! a local miss the engine asks this tier, and on a shared miss the
//! endpoint. Redis holds only names that are HMACs and values that are
//! sealed ([`seal`]); a per-entry lock with a renewed lease and a fenced
//! write ([`lease`]) lets one machine of the fleet fetch (or rotate a
//! refresh token) while the others wait and read its result.
//!
//! Every Redis call is bounded (connect and each command, 300 ms by
//! default); a fault is returned to the engine, which says it once and
//! goes on with the local cache and the endpoint.

mod lease;
mod seal;

pub use lease::Lease;
pub use seal::{Credential, FleetKey, Names};

use super::entry::{ENTRY_CAP, Entry, parse_entry};
use crate::secret::Secret;
use anyhow::{Context, Result, anyhow};
use redis::{ConnectionAddr, ConnectionInfo, IntoConnectionInfo};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Everything needed to reach the shared tier, secrets already read.
pub struct Config {
    /// `redis://`, `rediss://`, `valkey://` or `valkeys://`, no password.
    pub url: String,
    pub password: Option<Secret>,
    pub key: FleetKey,
    /// PEM certificates a `rediss://` server must chain to.
    pub ca_pem: Option<Vec<u8>>,
    /// Bound on connecting and on each command.
    pub timeout: Duration,
    /// The run's deadline (`--timeout`): no command waits past it.
    pub deadline: Instant,
    /// How long a lock outlives a holder that stopped renewing it.
    pub lease: Duration,
}

/// A connection to the shared tier (a clone shares the connection).
#[derive(Clone)]
pub struct Shared {
    key: FleetKey,
    conn: Arc<Mutex<Conn>>,
    lease: Duration,
    /// `host:port`, for messages.
    pub place: String,
}

/// The connection and the bounds every command on it keeps: each waits at
/// most `timeout`, and none past `deadline`.
pub(super) struct Conn {
    redis: redis::Connection,
    timeout: Duration,
    deadline: Instant,
    /// Commands were sent whose answers were never read: no more use.
    abandoned: bool,
}

impl Conn {
    /// The connection, its socket bounded by the smaller of the timeout and
    /// what is left until the deadline; a timeout error, sending nothing,
    /// once the deadline has passed.
    pub(super) fn bounded(&mut self) -> redis::RedisResult<&mut redis::Connection> {
        let left = (!self.abandoned)
            .then(|| left_of(self.timeout, self.deadline))
            .flatten()
            .ok_or_else(spent)?;
        self.redis.set_read_timeout(Some(left))?;
        self.redis.set_write_timeout(Some(left))?;
        Ok(&mut self.redis)
    }

    /// Whether the deadline has passed (a command now would not be sent).
    pub(super) fn spent(&self) -> bool {
        left_of(self.timeout, self.deadline).is_none()
    }

    /// Hand commands to the socket without waiting for Redis to answer
    /// (a clean-up once the deadline has passed: a healthy Redis still
    /// carries it out, a stalled one costs nothing). The connection is not
    /// used again: its answers are never read.
    pub(super) fn send_and_forget(&mut self, pipeline: &redis::Pipeline) {
        self.abandoned = true;
        let _ = self.redis.set_write_timeout(Some(Duration::from_millis(1)));
        let _ = self
            .redis
            .send_packed_command(&pipeline.get_packed_pipeline());
    }
}

/// The smaller of `timeout` and what is left until `deadline`; `None` when
/// nothing is.
fn left_of(timeout: Duration, deadline: Instant) -> Option<Duration> {
    let left = deadline
        .saturating_duration_since(Instant::now())
        .min(timeout);
    (left >= Duration::from_millis(1)).then_some(left)
}

/// The error of a command not sent because the run's deadline has passed:
/// a timeout, told apart from Redis's own by [`describe`].
fn spent() -> redis::RedisError {
    std::io::Error::new(std::io::ErrorKind::TimedOut, SPENT).into()
}

const SPENT: &str = "the time --timeout allows is spent";

/// What reading one shared entry found.
pub enum Found {
    Entry(Box<Entry>),
    Missing,
    /// Something that is not a usable entry for this key: a miss, with why.
    Unusable(String),
}

impl Shared {
    /// Connect (bounded by `cfg.timeout` and `cfg.deadline`, TLS and AUTH
    /// included).
    pub fn connect(cfg: Config) -> Result<Shared> {
        let info = connection_info(&cfg.url, cfg.password.as_ref())?;
        let place = match info.addr() {
            ConnectionAddr::Tcp(h, p)
            | ConnectionAddr::TcpTls {
                host: h, port: p, ..
            } => {
                format!("{h}:{p}")
            }
            other => other.to_string(),
        };
        let tls = matches!(info.addr(), ConnectionAddr::TcpTls { .. });
        let client = match (&cfg.ca_pem, tls) {
            (Some(pem), true) => redis::Client::build_with_tls(
                info,
                redis::TlsCertificates {
                    client_tls: None,
                    root_cert: Some(pem.clone()),
                },
            ),
            _ => redis::Client::open(info),
        }
        .map_err(|e| anyhow!("shared cache {place}: {}", describe(&e)))?;
        let could_not = |e: redis::RedisError| {
            anyhow!("shared cache {place}: could not connect: {}", describe(&e))
        };
        let bound = left_of(cfg.timeout, cfg.deadline).ok_or_else(|| could_not(spent()))?;
        let redis = client
            .get_connection_with_timeout(bound)
            .map_err(could_not)?;
        let conn = Conn {
            redis,
            timeout: cfg.timeout,
            deadline: cfg.deadline,
            abandoned: false,
        };
        Ok(Shared {
            key: cfg.key,
            conn: Arc::new(Mutex::new(conn)),
            lease: cfg.lease,
            place,
        })
    }

    pub fn key(&self) -> &FleetKey {
        &self.key
    }

    /// Let commands run until `until` if that is later than the deadline
    /// so far (a person signed in, on `--login-timeout`).
    pub fn extend(&self, until: Instant) {
        let mut conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        conn.deadline = conn.deadline.max(until);
    }

    /// Run one command on the connection.
    fn query<T: redis::FromRedisValue>(&self, cmd: &redis::Cmd) -> Result<T> {
        let mut conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        conn.bounded()
            .and_then(|c| cmd.query(c))
            .map_err(|e| anyhow!("shared cache {}: {}", self.place, describe(&e)))
    }

    /// The entry under `names` for `key_text`, if it opens with `cred`.
    /// A value that is not one (garbage, another fleet key, other
    /// credentials, another entry's, tampered, oversized) is
    /// [`Found::Unusable`], never an error; only Redis faults are.
    pub fn get(&self, names: &Names, cred: &Credential, key_text: &str) -> Result<Found> {
        // bounded: a planted value of a gigabyte is never read whole
        let mut cmd = redis::cmd("GETRANGE");
        cmd.arg(&names.entry).arg(0).arg(ENTRY_CAP);
        let value: Vec<u8> = match self.query(&cmd) {
            Ok(v) => v,
            Err(e) if format!("{e:#}").contains("WRONGTYPE") => {
                return Ok(Found::Unusable("not a string value".into()));
            }
            Err(e) => return Err(e),
        };
        Ok(decode(&self.key, names, cred, key_text, &value))
    }

    /// Take the entry's lock if it is free: `SET NX PX` with a random value,
    /// its lease renewed until the [`Lease`] is dropped.
    pub fn try_lock(&self, names: &Names) -> Result<Option<Lease>> {
        Lease::try_take(self, names)
    }

    /// Seal and write `entry` under `names`, expiring after `ttl`, only if
    /// `lease` still holds the lock (checked in the same script: a holder
    /// whose lease ran out while it was paused writes nothing). False when
    /// the lock was lost.
    pub fn put(
        &self,
        lease: &Lease,
        entry: &Entry,
        cred: &Credential,
        ttl: Duration,
    ) -> Result<bool> {
        let json = serde_json::to_vec(entry).context("could not encode the entry")?;
        let sealed = self.key.seal(lease.names(), cred, &json);
        lease.write_fenced(self, &sealed, ttl)
    }

    /// Remove one entry (and its lock). True if it was there.
    pub fn delete(&self, names: &Names) -> Result<bool> {
        let mut cmd = redis::cmd("DEL");
        cmd.arg(&names.entry).arg(&names.lock);
        Ok(self.query::<i64>(&cmd)? > 0)
    }

    /// The names of this fleet's entries (never another fleet's); each
    /// step of the scan within the connection's deadline.
    pub fn fleet_entries(&self) -> Result<Vec<String>> {
        let mut names = Vec::new();
        let mut cursor = 0u64;
        loop {
            let mut cmd = redis::cmd("SCAN");
            cmd.arg(cursor)
                .arg("MATCH")
                .arg(self.key.pattern())
                .arg("COUNT")
                .arg(500);
            let (next, batch): (u64, Vec<String>) = self.query(&cmd)?;
            names.extend(batch.into_iter().filter(|n| n.ends_with(":e")));
            if next == 0 {
                return Ok(names);
            }
            cursor = next;
        }
    }

    /// Remove every entry and lock of this fleet; how many entries went.
    pub fn clear_fleet(&self) -> Result<usize> {
        let entries = self.fleet_entries()?;
        for chunk in entries.chunks(100) {
            let mut cmd = redis::cmd("DEL");
            for e in chunk {
                cmd.arg(e).arg(format!("{}l", &e[..e.len() - 1]));
            }
            self.query::<i64>(&cmd)?;
        }
        Ok(entries.len())
    }

    /// How long the entry has left in Redis (`None`: not there).
    pub fn expiry(&self, names: &Names) -> Result<Option<Duration>> {
        let mut cmd = redis::cmd("PTTL");
        cmd.arg(&names.entry);
        let ms: i64 = self.query(&cmd)?;
        Ok((ms >= 0).then(|| Duration::from_millis(ms as u64)))
    }

    /// One round trip, timed.
    pub fn ping(&self) -> Result<Duration> {
        let start = Instant::now();
        let _: String = self.query(&redis::cmd("PING"))?;
        Ok(start.elapsed())
    }
}

/// The URL's parts with the password set apart (never in the URL).
fn connection_info(url: &str, password: Option<&Secret>) -> Result<ConnectionInfo> {
    let info = url
        .into_connection_info()
        .map_err(|e| anyhow!("shared cache URL: {}", describe(&e)))?;
    let mut redis = info.redis_settings().clone().set_skip_set_lib_name();
    if let Some(p) = password {
        redis = redis.set_password(p.expose());
    }
    Ok(info.set_redis_settings(redis))
}

/// What a value read from `names.entry` is: nothing (empty), an entry
/// sealed for `key_text` under these credentials, or unusable (and why).
/// Every byte of `value` may come from a hostile Redis or fleet member.
pub fn decode(
    key: &FleetKey,
    names: &Names,
    cred: &Credential,
    key_text: &str,
    value: &[u8],
) -> Found {
    if value.is_empty() {
        return Found::Missing;
    }
    if value.len() as u64 > ENTRY_CAP {
        return Found::Unusable("larger than an entry can be".into());
    }
    let plain = match key.open(names, cred, value) {
        Ok(p) => p,
        Err(why) => return Found::Unusable(why.into()),
    };
    match parse_entry(&plain) {
        Ok(e) if e.key == key_text => Found::Entry(Box::new(e)),
        Ok(_) => Found::Unusable("sealed for another key".into()),
        Err(why) => Found::Unusable(why.to_string()),
    }
}

/// A Redis error in one line, its code first (`WRONGPASS`, `NOPERM`,
/// `OOM`, a timeout).
fn describe(e: &redis::RedisError) -> String {
    if e.is_timeout() {
        if e.to_string().contains(SPENT) {
            return format!("not asked: {SPENT}");
        }
        return "no answer within the time allowed (Redis is slow, stopped or unreachable)".into();
    }
    if e.kind() == redis::ErrorKind::Parse {
        // the crate's own text quotes the bytes as numbers: no help to a person
        return "the answer is not in Redis's protocol (not a Redis or Valkey server, or one that speaks TLS: rediss://)".into();
    }
    let text = e.to_string().replace(['\n', '\r'], " ");
    match e.code() {
        Some(code) if !text.contains(code) => format!("{code}: {text}"),
        _ => text,
    }
}
