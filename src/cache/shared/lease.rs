//! One fetch per fleet: the per-entry lock in Redis.
//!
//! Taken with `SET lock <random> NX PX <lease>`; renewed by a thread every
//! third of the lease while the holder works; released only by its holder
//! (compare-and-delete; once the run's --timeout is spent, sent without
//! waiting for the answer). A holder that dies frees it within the lease. A
//! lease can still run out under a holder that was paused (the Redlock
//! critique), so the entry is written by a script that checks, in the same
//! step, that the lock still holds this holder's value: a fencing check.

use super::{Conn, Names, Shared, describe};
use anyhow::{Result, anyhow};
use ring::rand::SecureRandom;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

const WRITE: &str = r"
if redis.call('GET', KEYS[2]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0";

const RENEW: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0";

const RELEASE: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0";

/// The lock of one shared entry, held. Dropping it stops the renewal and
/// releases the lock (if this holder still has it).
pub struct Lease {
    names: Names,
    value: String,
    conn: Arc<Mutex<Conn>>,
    renewal: Option<(mpsc::Sender<()>, JoinHandle<()>)>,
}

impl Lease {
    pub(super) fn try_take(shared: &Shared, names: &Names) -> Result<Option<Lease>> {
        let mut bytes = [0u8; 16];
        ring::rand::SystemRandom::new()
            .fill(&mut bytes)
            .map_err(|_| anyhow!("the OS random source failed"))?;
        let value = super::super::entry::hex(&bytes);
        let ms = shared.lease.as_millis() as u64;
        let mut cmd = redis::cmd("SET");
        cmd.arg(&names.lock).arg(&value).arg("NX").arg("PX").arg(ms);
        let taken: Option<String> = shared.query(&cmd)?;
        if taken.is_none() {
            return Ok(None);
        }
        let mut lease = Lease {
            names: names.clone(),
            value,
            conn: shared.conn.clone(),
            renewal: None,
        };
        lease.renew_every(shared.lease, shared.place.clone());
        Ok(Some(lease))
    }

    pub(super) fn names(&self) -> &Names {
        &self.names
    }

    /// The renewal thread: every third of the lease, extend it if the lock
    /// is still ours; stops at the first failure (the fenced write then
    /// tells whether the lock held).
    fn renew_every(&mut self, lease: Duration, place: String) {
        let (stop, stopped) = mpsc::channel::<()>();
        let conn = self.conn.clone();
        let (lock, value) = (self.names.lock.clone(), self.value.clone());
        let ms = lease.as_millis() as u64;
        let thread = std::thread::spawn(move || {
            let script = redis::Script::new(RENEW);
            loop {
                match stopped.recv_timeout(lease / 3) {
                    Err(RecvTimeoutError::Timeout) => {}
                    _ => return,
                }
                let mut c = conn.lock().unwrap_or_else(|p| p.into_inner());
                let renewed = c
                    .bounded()
                    .and_then(|r| script.key(&lock).arg(&value).arg(ms).invoke::<i64>(r));
                drop(c);
                match renewed {
                    Ok(1) => crate::log::trace("renewed the shared lock's lease"),
                    Ok(_) => {
                        crate::log::trace("the shared lock is no longer ours: not renewed");
                        return;
                    }
                    Err(e) => {
                        crate::log::trace(format!(
                            "shared cache {place}: could not renew the lock: {}",
                            describe(&e)
                        ));
                        return;
                    }
                }
            }
        });
        self.renewal = Some((stop, thread));
    }

    /// Write `value` to the entry, expiring after `ttl`, if the lock still
    /// holds this lease's value.
    pub(super) fn write_fenced(
        &self,
        shared: &Shared,
        value: &[u8],
        ttl: Duration,
    ) -> Result<bool> {
        let ms = ttl.as_millis().max(1) as u64;
        let mut c = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        let written: i64 = c
            .bounded()
            .and_then(|r| {
                redis::Script::new(WRITE)
                    .key(&self.names.entry)
                    .key(&self.names.lock)
                    .arg(&self.value)
                    .arg(value)
                    .arg(ms)
                    .invoke(r)
            })
            .map_err(|e| anyhow!("shared cache {}: {}", shared.place, describe(&e)))?;
        Ok(written == 1)
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        if let Some((stop, thread)) = self.renewal.take() {
            drop(stop);
            let _ = thread.join();
        }
        let mut c = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        let script = redis::Script::new(RELEASE);
        if c.spent() {
            // no time left to wait for an answer, but a lock left behind
            // would hold the fleet up for a whole lease
            let mut release = redis::pipe();
            release.cmd("SCRIPT").arg("LOAD").arg(RELEASE);
            release.cmd("EVALSHA").arg(script.get_hash()).arg(1);
            release.arg(&self.names.lock).arg(&self.value);
            c.send_and_forget(&release);
            crate::log::trace(
                "the shared lock's release was sent without waiting (--timeout is spent)",
            );
            return;
        }
        let released = c.bounded().and_then(|r| {
            script
                .key(&self.names.lock)
                .arg(&self.value)
                .invoke::<i64>(r)
        });
        if let Err(e) = released {
            // the lease runs out by itself
            crate::log::trace(format!(
                "could not release the shared lock: {}",
                describe(&e)
            ));
        }
    }
}
