//! The shared tier in the pipeline. After a local miss (under the local
//! lock, with the credentials complete) the fleet's entry is read: a usable
//! one is adopted into the local cache and answers. Otherwise this machine
//! takes the fleet's lock, or waits while another machine holds it and
//! re-reads what that one writes; the holder fetches and writes the result
//! to both tiers before the lock is released ([`Tier::publish`]).
//!
//! Every Redis fault (refused, unreachable, slow, restarted, out of memory,
//! an error answer) is said once and the run goes on as if no shared tier
//! were configured: it never costs a token.

use super::fetch::{Previous, Rescue};
use super::{Look, Obtained, Outcome, Run, lookup};
use crate::cache::Entry;
use crate::cache::shared::{self, Credential, FleetKey, Found, Lease, Names, Shared};
use crate::error::{Class, TokError, fail};
use crate::oauth::Token;
use crate::provider::Provider;
use crate::provider::inputs::Inputs;
use crate::secret::Secret;
use crate::settings::{Settings, SharedSpec};
use crate::{jwt, log};
use anyhow::Result;
use std::cell::{Cell, RefCell};
use std::time::{Duration, Instant};

/// The shared tier for one run.
pub(super) struct Tier {
    shared: Shared,
    names: Names,
    /// The key text on every machine of the fleet (secrets fingerprinted
    /// under the fleet key, not this machine's).
    key_text: String,
    cred: Credential,
    refresh_ttl: Duration,
    lease: RefCell<Option<Lease>>,
    /// A fault was said: nothing more is asked of Redis in this run.
    down: Cell<bool>,
}

/// What is wrong with the shared tier's configuration (exit 2), found
/// without I/O, so a mistake shows on every call, hit or miss.
pub(super) fn check(s: &Settings) -> Result<()> {
    match &s.shared {
        Some(SharedSpec {
            problem: Some(p), ..
        }) => fail(Class::Usage, p.clone()),
        _ => Ok(()),
    }
}

impl Tier {
    /// The shared tier, on a local miss: `None` when none is configured, or
    /// when it cannot be reached (one warning). A fleet key or password
    /// that cannot be read is an error: the configuration names it.
    pub(super) fn open(run: &Run, inp: &Inputs) -> Result<Option<Tier>> {
        Tier::open_for(run.provider, inp, run.s, run.deadline)
    }

    fn open_for(
        provider: &dyn Provider,
        inp: &Inputs,
        s: &Settings,
        deadline: Instant,
    ) -> Result<Option<Tier>> {
        let Some(spec) = &s.shared else {
            return Ok(None);
        };
        match connect(spec, s, deadline)? {
            Ok(shared) => Tier::on(shared, spec, provider, inp, s).map(Some),
            Err(e) => {
                say_fault(&e);
                Ok(None)
            }
        }
    }

    /// The tier of these credentials on a connected shared cache: the key
    /// text every machine computes, the entry's names, the credential.
    fn on(
        shared: Shared,
        spec: &SharedSpec,
        provider: &dyn Provider,
        inp: &Inputs,
        s: &Settings,
    ) -> Result<Tier> {
        let key = shared.key();
        let key_text = lookup::key_with(provider, inp, s, &|sec| Ok(key.fingerprint(sec)))?.text();
        let names = key.names(&key_text);
        let cred = credential(key, inp);
        log::trace(format!(
            "shared cache {}: entry {}",
            shared.place, names.entry
        ));
        Ok(Tier {
            shared,
            names,
            key_text,
            cred,
            refresh_ttl: spec.refresh_ttl,
            lease: RefCell::new(None),
            down: Cell::new(false),
        })
    }

    /// Let the tier's commands run until `until` (past the run's deadline:
    /// a person signs in on `--login-timeout`).
    pub(super) fn extend(&self, until: Instant) {
        self.shared.extend(until);
    }

    /// A fault: said once, and the tier is not asked again in this run.
    fn fault(&self, e: &anyhow::Error) {
        if !self.down.replace(true) {
            say_fault(e);
        }
    }

    /// The fleet's entry, adopted for this machine (`None`: a miss, an
    /// unusable value, or a fault).
    fn read(&self, run: &Run, inp: &Inputs) -> Option<Entry> {
        if self.down.get() {
            return None;
        }
        match self.shared.get(&self.names, &self.cred, &self.key_text) {
            Ok(Found::Entry(e)) => Some(run.adopt(*e, inp)),
            Ok(Found::Missing) => {
                log::trace("shared cache miss");
                None
            }
            Ok(Found::Unusable(why)) => {
                log::trace(format!("shared cache entry ignored (a miss): {why}"));
                None
            }
            Err(e) => {
                self.fault(&e);
                None
            }
        }
    }

    /// The entry to go on with, from both tiers: the one obtained last (its
    /// refresh token is the current one).
    fn newer(local: Option<Entry>, shared: Option<Entry>) -> Option<Entry> {
        match (local, shared) {
            (Some(l), Some(s)) if s.obtained_at > l.obtained_at => Some(s),
            (Some(l), _) => Some(l),
            (None, s) => s,
        }
    }

    /// Write what was obtained to the shared entry, if this machine holds
    /// the fleet's lock (fenced: only while it still does), then release
    /// the lock.
    pub(super) fn publish(&self, e: Option<&Entry>) {
        let Some(lease) = self.lease.borrow_mut().take() else {
            return;
        };
        let Some(e) = e.filter(|_| !self.down.get()) else {
            return;
        };
        let mut fleet = e.clone();
        fleet.key = self.key_text.clone();
        fleet.secrets.clear();
        let Some(ttl) = shared_ttl(&fleet, self.refresh_ttl) else {
            return;
        };
        match self.shared.put(&lease, &fleet, &self.cred, ttl) {
            Ok(true) => log::trace(format!(
                "written to the shared cache (kept {}s)",
                ttl.as_secs()
            )),
            Ok(false) => log::warn(
                "the shared cache's lock ran out while this token was fetched (a pause longer than its lease): the shared entry is left to the machine that holds it now; this machine's cache has the token",
            ),
            Err(err) => self.fault(&err),
        }
        drop(lease);
    }

    /// After the server refused the refresh token `refused`: a newer one
    /// another machine put in the shared entry (a lease that ran out, a
    /// partition), if any.
    pub(super) fn rescue(&self, run: &Run, inp: &Inputs, refused: &Secret) -> Option<Rescue> {
        let e = self.read(run, inp)?;
        if run.usable(&e, inp) {
            log::trace("the shared cache holds a newer token: adopting it");
            return Some(Rescue::Use(token_of(&e), e.obtained_at));
        }
        let rt = e.refresh_token.clone().filter(|rt| rt != refused)?;
        log::trace("the shared cache holds a newer refresh token: refreshing with it");
        Some(Rescue::Refresh(rt, Previous::of(e)))
    }
}

impl Run<'_> {
    /// A shared entry as this machine keeps it: its local key and the
    /// fingerprints of the secrets given here (it opened, so they match).
    fn adopt(&self, mut e: Entry, inp: &Inputs) -> Entry {
        e.key = self.key.text();
        e.secrets = lookup::fingerprints(inp, self.cache.as_ref());
        e.refresh_in_keyring = false;
        e
    }

    /// The shared tier's step: answer from the fleet's entry, or take the
    /// fleet's lock (waiting while another machine fetches), and say which
    /// entry (local or shared, the newer) the fetch goes on with.
    pub(super) fn shared_look(
        &self,
        tier: Option<&Tier>,
        inp: &Inputs,
        local: Option<Entry>,
        started: f64,
    ) -> Look {
        let Some(t) = tier else {
            return Look::Go(local);
        };
        let answers =
            |e: &Entry| self.usable(e, inp) && (!self.s.refresh || e.obtained_at >= started);
        let found = t.read(self, inp);
        if let Some(e) = found.as_ref().filter(|e| answers(e)) {
            return self.adopted(e, "shared cache hit");
        }
        let now = Instant::now();
        let give_up = now + self.deadline.saturating_duration_since(now) / 2;
        let mut pause = Duration::from_millis(10);
        let mut waited = false;
        let mut seen = found;
        loop {
            if t.down.get() {
                return Look::Go(Tier::newer(local, seen));
            }
            match t.shared.try_lock(&t.names) {
                Ok(Some(lease)) => {
                    // another machine may have written between read and lock
                    let again = t.read(self, inp);
                    if let Some(e) = again.as_ref().filter(|e| answers(e)) {
                        return self.adopted(
                            e,
                            "another machine of the fleet fetched this token meanwhile",
                        );
                    }
                    *t.lease.borrow_mut() = Some(lease);
                    log::trace("holding the shared lock: this machine fetches for the fleet");
                    return Look::Go(Tier::newer(local, again.or(seen)));
                }
                Ok(None) => {}
                Err(e) => t.fault(&e),
            }
            if !waited {
                log::trace("waiting for another machine of the fleet (shared lock)");
                waited = true;
            }
            if Instant::now() >= give_up {
                log::trace(
                    "the shared lock is still held: fetching without it (not written to the shared cache)",
                );
                return Look::Go(Tier::newer(local, seen));
            }
            std::thread::sleep(pause.min(give_up.saturating_duration_since(Instant::now())));
            pause = (pause * 2).min(Duration::from_millis(100));
            let again = t.read(self, inp);
            if let Some(e) = again.as_ref().filter(|e| answers(e)) {
                return self.adopted(e, "another machine of the fleet fetched this token");
            }
            seen = again.or(seen);
        }
    }

    /// Answer with a shared entry, kept in the local cache too.
    fn adopted(&self, e: &Entry, why: &str) -> Look {
        log::trace(format!(
            "{why}: using it ({}s left)",
            e.ttl(jwt::now()) as i64
        ));
        self.write(e);
        Look::Done(Outcome::Token(Obtained::from_entry(e, true)))
    }
}

/// Drop the fleet's cached access token if it is the refused one (its
/// refresh token is kept), under the fleet's lock; true when dropped. A
/// fault, or a lock held by a machine fetching now (it writes a new token
/// anyway), leaves it.
pub(super) fn forget_shared(
    provider: &dyn Provider,
    inp: &Inputs,
    s: &Settings,
    deadline: Instant,
    refused: Option<&Secret>,
) -> bool {
    let Ok(Some(t)) = Tier::open_for(provider, inp, s, deadline) else {
        return false;
    };
    let lease = match t.shared.try_lock(&t.names) {
        Ok(Some(lease)) => lease,
        Ok(None) => return false,
        Err(e) => {
            t.fault(&e);
            return false;
        }
    };
    let mut e = match t.shared.get(&t.names, &t.cred, &t.key_text) {
        Ok(Found::Entry(e)) if super::is_refused(&e, refused) => *e,
        Ok(_) => return false,
        Err(err) => {
            t.fault(&err);
            return false;
        }
    };
    e.expires_at = 0.0;
    let done = match shared_ttl(&e, t.refresh_ttl) {
        Some(ttl) => t.shared.put(&lease, &e, &t.cred, ttl),
        None => t.shared.delete(&t.names),
    };
    match done {
        Ok(dropped) => {
            log::trace("dropped the fleet's cached access token (a refresh token is kept)");
            dropped
        }
        Err(err) => {
            t.fault(&err);
            false
        }
    }
}

/// Read the fleet key and the password and connect. `Err`: the
/// configuration is wrong (exit 2) or names a secret that cannot be read
/// (exit 4); `Ok(Err)`: Redis could not be reached (a fault).
pub fn connect(spec: &SharedSpec, s: &Settings, deadline: Instant) -> Result<Result<Shared>> {
    if let Some(p) = &spec.problem {
        return fail(Class::Usage, p.clone());
    }
    let Some(key_spec) = &spec.key else {
        return fail(Class::Usage, "the shared cache needs a fleet key");
    };
    let missing = |what: &str, why: String| TokError::new(Class::Missing, format!("{what}: {why}"));
    let key = crate::source::resolve(key_spec, deadline)
        .map_err(|why| missing("the shared cache's fleet key", why))?;
    let key = FleetKey::parse(key.expose())
        .map_err(|why| TokError::new(Class::Usage, format!("{why} ({key_spec})")))?;
    let password = match &spec.password {
        Some(p) => Some(
            crate::source::resolve(p, deadline)
                .map_err(|why| missing("the shared cache's password", why))?,
        ),
        None => None,
    };
    let ca_pem = match &s.ca_cert {
        Some(path) => Some(crate::fsread::read_bounded(path, 1024 * 1024).map_err(|e| {
            TokError::new(Class::Usage, format!("--ca-cert {}: {e}", path.display()))
        })?),
        None => None,
    };
    Ok(Shared::connect(shared::Config {
        url: spec.url.clone(),
        password,
        key,
        ca_pem,
        timeout: spec.timeout,
        deadline,
        lease: spec.lease,
    }))
}

/// What the shared tier holds for one account (`tok cache list --shared`).
pub enum Held {
    /// An entry: when its access token expires, whether it holds a refresh
    /// token, and how long Redis keeps it.
    Entry {
        expires_at: f64,
        refresh: bool,
        kept: Option<Duration>,
    },
    Missing,
    Unusable(String),
}

/// The fleet's entry of one call's credentials on `shared` (they are
/// completed as on a miss, by `deadline`: the name and the key need them):
/// what it holds, and a way to remove it.
pub fn shared_of(
    call: super::Call,
    s: &Settings,
    shared: &Shared,
    deadline: Instant,
    store: super::StoreFn,
) -> Result<SharedEntry> {
    let super::Call {
        provider,
        inputs: mut inp,
        mut pending,
        ..
    } = call;
    let Some(spec) = &s.shared else {
        return fail(Class::Usage, "no shared cache is configured");
    };
    pending.read_files(&mut inp)?;
    pending.complete(&mut inp, &*store(deadline), deadline)?;
    let t = Tier::on(shared.clone(), spec, provider, &inp, s)?;
    let held = match t.shared.get(&t.names, &t.cred, &t.key_text)? {
        Found::Entry(e) => Held::Entry {
            expires_at: e.expires_at,
            refresh: e.refresh_token.is_some(),
            kept: t.shared.expiry(&t.names)?,
        },
        Found::Missing => Held::Missing,
        Found::Unusable(why) => Held::Unusable(why),
    };
    Ok(SharedEntry {
        shared: t.shared,
        names: t.names,
        held,
    })
}

/// One account's shared entry (see [`shared_of`]).
pub struct SharedEntry {
    shared: Shared,
    names: Names,
    pub held: Held,
}

impl SharedEntry {
    /// Remove it (and its lock); true if it was there.
    pub fn delete(&self) -> Result<bool> {
        self.shared.delete(&self.names)
    }
}

/// Say a fault once: the tier is skipped, the run goes on.
fn say_fault(e: &anyhow::Error) {
    log::warn(format!(
        "{e:#}; going on without the shared cache (the local cache and the endpoint)"
    ));
}

/// An HMAC of every secret that obtained the token (workload tokens, which
/// change with each job, enter by identity through the key instead), and
/// of the files a key or certificate is read from.
fn credential(key: &FleetKey, inp: &Inputs) -> Credential {
    let mut parts: Vec<(&str, Vec<u8>)> = Vec::new();
    for f in inp.fields().iter().filter(|f| !f.workload) {
        if f.secret {
            if let Some(s) = inp.secret(f.name) {
                parts.push((f.name, s.expose().as_bytes().to_vec()));
            }
        } else if f.file
            && let Some(path) = inp.get(f.name)
        {
            let bytes = crate::fsread::read_bounded(std::path::Path::new(path), 64 * 1024)
                .unwrap_or_else(|_| b"(unreadable)".to_vec());
            parts.push((f.name, bytes));
        }
    }
    key.credential(parts.iter().map(|(n, v)| (*n, v.as_slice())))
}

/// How long Redis keeps an entry: an access token only, its lifetime; with
/// a refresh token, the refresh token's (when the server said) or
/// `refresh_ttl`, so the current refresh token is never lost to an access
/// token's expiry; never less than the access token's own (a refresh
/// token said to end first still leaves a good access token to share).
/// `None`: nothing worth keeping.
fn shared_ttl(e: &Entry, refresh_ttl: Duration) -> Option<Duration> {
    let now = jwt::now();
    let until = match &e.refresh_token {
        Some(_) => e
            .refresh_expires_at
            .unwrap_or(now + refresh_ttl.as_secs_f64())
            .max(e.expires_at),
        None => e.expires_at,
    };
    (until - now >= 1.0).then(|| Duration::from_secs_f64(until - now))
}

/// An entry as a token answer (a rescue adopts it like a fetch).
fn token_of(e: &Entry) -> Token {
    Token {
        access_token: e.access_token.clone(),
        token_type: e.token_type.clone(),
        expires_in: Some(e.expires_at - e.obtained_at),
        scope: e.scope.clone(),
        refresh_token: e.refresh_token.clone(),
        id_token: e.id_token.clone(),
        issued_token_type: e.issued_token_type.clone(),
        refresh_expires_in: e.refresh_expires_at.map(|t| t - e.obtained_at),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::Key;

    fn entry() -> Entry {
        let k = Key {
            provider: "authapi".into(),
            profile: "default".into(),
            endpoint: "https://x".into(),
            scope: None,
            parts: vec![],
        };
        Entry {
            version: crate::cache::VERSION,
            key: k.text(),
            provider: k.provider,
            profile: k.profile,
            identity: "bob".into(),
            endpoint: k.endpoint,
            scope: None,
            access_token: Secret::new("AT"),
            token_type: "Bearer".into(),
            expires_at: jwt::now() + 3600.0,
            obtained_at: jwt::now(),
            refresh_token: None,
            refresh_in_keyring: false,
            id_token: None,
            issued_token_type: None,
            refresh_expires_at: None,
            secrets: Default::default(),
        }
    }

    #[test]
    fn redis_keeps_a_refresh_token_past_the_access_tokens_expiry() {
        let month = Duration::from_secs(30 * 24 * 3600);
        let mut e = entry();
        let ttl = shared_ttl(&e, month).unwrap();
        assert!((3590..=3600).contains(&ttl.as_secs()), "{ttl:?}");
        e.refresh_token = Some(Secret::new("RT"));
        let ttl = shared_ttl(&e, month).unwrap();
        assert!(ttl.as_secs() > month.as_secs() - 10, "{ttl:?}");
        e.refresh_expires_at = Some(jwt::now() + 7200.0);
        let ttl = shared_ttl(&e, month).unwrap();
        assert!((7190..=7200).contains(&ttl.as_secs()), "{ttl:?}");
        e.refresh_expires_at = Some(jwt::now() + 60.0);
        let ttl = shared_ttl(&e, month).unwrap();
        assert!(
            (3590..=3600).contains(&ttl.as_secs()),
            "the access token's: {ttl:?}"
        );
        e.refresh_token = None;
        e.expires_at = 0.0;
        assert!(shared_ttl(&e, month).is_none(), "nothing to keep");
    }

    #[test]
    fn the_newer_entry_wins_between_the_tiers() {
        let mut old = entry();
        old.obtained_at = 10.0;
        old.refresh_token = Some(Secret::new("RT-old"));
        let mut new = entry();
        new.obtained_at = 20.0;
        new.refresh_token = Some(Secret::new("RT-new"));
        let rt = |e: Option<Entry>| e.unwrap().refresh_token.unwrap().expose().to_string();
        assert_eq!(
            rt(Tier::newer(Some(old.clone()), Some(new.clone()))),
            "RT-new"
        );
        assert_eq!(
            rt(Tier::newer(Some(new.clone()), Some(old.clone()))),
            "RT-new"
        );
        assert_eq!(rt(Tier::newer(None, Some(old.clone()))), "RT-old");
        assert_eq!(rt(Tier::newer(Some(old), None)), "RT-old");
    }
}
