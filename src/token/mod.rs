//! Obtaining a token, once for every command (`get`, `curl`, `exec`,
//! `login`): lookup → lock → read again → refresh → sign-in → fetch →
//! store, each a named step.
//!
//! The order matters for speed and safety: a fresh cache entry is answered
//! before any keyring or HTTP client is touched ([`lookup`]). On a miss the
//! entry's lock is taken, the entry read again (another process may have
//! just fetched or rotated it), and only then are credentials completed and
//! a request sent ([`fetch`]); the answer is written back under the lock
//! ([`store`]). `tok curl`'s retry after a 401 is the same pipeline with the
//! rejected token named: it is never served again, and a token another
//! process put in its place meanwhile is adopted. `--dry-run` stops before
//! sending ([`dry_run`]).
//!
//! The engine takes plain [`Settings`] and gathered inputs ([`Call`]), so
//! it runs without clap.

mod dry_run;
mod fetch;
mod lookup;
mod store;
mod tier;

pub use tier::{Held, SharedEntry, connect as connect_shared, shared_of};

use crate::cache::{Cache, Entry, Key, Lock};
use crate::config::Account;
use crate::error::{Class, TokError, fail};
use crate::grant::Asker;
use crate::output::Shown;
use crate::provider::field::Kind;
use crate::provider::inputs::{Inputs, Source};
use crate::provider::{self, Provider};
use crate::secret::Secret;
use crate::settings::Settings;
use crate::source::{Given, Pending, Store};
use crate::{jwt, log};
use anyhow::Result;
use std::time::{Duration, Instant};

/// Opens the credential store (the OS keyring) with a deadline.
pub type StoreFn<'a> = &'a dyn Fn(Instant) -> Box<dyn Store>;

/// A token ready to use.
#[derive(Debug, Clone)]
pub struct Obtained {
    pub token: Secret,
    pub token_type: String,
    /// A header other than `Authorization` (Envoy's `X-Api-Key`).
    pub header_name: Option<&'static str>,
    pub expires_at: Option<f64>,
    pub scope: Option<String>,
    pub provider: String,
    pub profile: String,
    pub from_cache: bool,
    /// Whether asking again can give another token (not for an API key).
    pub renewable: bool,
    /// The OpenID Connect ID token issued with it.
    pub id_token: Option<Secret>,
    /// Where its refresh token is kept, if it has one.
    pub refresh_in: Option<&'static str>,
    /// When its request was sent (with `expires_at`: its lifetime).
    pub obtained_at: Option<f64>,
    /// RFC 8693: what kind of token a token exchange issued.
    pub issued_token_type: Option<String>,
}

impl Obtained {
    pub fn shown(&self) -> Shown<'_> {
        Shown {
            token: &self.token,
            token_type: &self.token_type,
            header_name: self.header_name,
            expires_at: self.expires_at,
            scope: self.scope.as_deref(),
            provider: &self.provider,
            profile: &self.profile,
            from_cache: self.from_cache,
            id_token: self.id_token.as_ref(),
            issued_token_type: self.issued_token_type.as_deref(),
        }
    }

    /// `--id-token`: the ID token in the access token's place, with its
    /// own expiry.
    fn id_token_instead(mut self) -> Result<Obtained> {
        let Some(id) = self.id_token.take() else {
            return fail(
                Class::Usage,
                format!(
                    "{} issued no ID token: --id-token needs the openid scope (--scope openid) and an OpenID provider",
                    self.provider
                ),
            );
        };
        let exp = jwt::exp(id.expose());
        if exp.is_some_and(|exp| exp <= jwt::now()) {
            return fail(
                Class::InteractionRequired,
                format!(
                    "the {} ID token has expired and a refresh brought no new one: sign in again (tok login)",
                    self.provider
                ),
            );
        }
        self.expires_at = exp.or(self.expires_at);
        self.token = id;
        self.token_type = "Bearer".into();
        Ok(self)
    }

    fn from_entry(e: &Entry, from_cache: bool) -> Obtained {
        Obtained {
            token: e.access_token.clone(),
            token_type: e.token_type.clone(),
            header_name: None,
            expires_at: Some(e.expires_at),
            scope: e.scope.clone(),
            provider: e.provider.clone(),
            profile: e.profile.clone(),
            from_cache,
            renewable: true,
            id_token: e.id_token.clone(),
            refresh_in: if e.refresh_in_keyring {
                Some("the OS keyring")
            } else {
                e.refresh_token.as_ref().map(|_| "the cache entry (0600)")
            },
            obtained_at: Some(e.obtained_at),
            issued_token_type: e.issued_token_type.clone(),
        }
    }
}

/// What the pipeline produced: a token, or with `--dry-run` the text that
/// describes what a real run would do.
// made once per process and moved once: its size costs nothing
#[allow(clippy::large_enum_variant)]
pub enum Outcome {
    Token(Obtained),
    DryRun(String),
}

/// What to obtain a token for: a provider and its inputs as flags,
/// environment and account gave them (files, commands and the keyring are
/// read by the pipeline, in their order).
pub struct Call {
    pub provider: &'static dyn Provider,
    pub inputs: Inputs,
    pub pending: Pending,
    /// The config-file account named in place of the provider.
    pub account: Option<String>,
}

impl Call {
    pub fn new(
        provider: &'static dyn Provider,
        given: &Given,
        profile: &str,
        account: Option<&Account>,
    ) -> Call {
        let (inputs, pending) =
            crate::source::gather(provider.name(), provider.fields(), profile, given, account);
        Call {
            provider,
            inputs,
            pending,
            account: account.map(|a| a.name.clone()),
        }
    }
}

/// Obtain a token for `call`. `rejected`: a token an API has just refused
/// (never served again, even if the cache still holds it). A sign-in grant
/// asks a person only on a terminal, and never under CI (exit 6).
pub fn obtain(
    call: Call,
    s: &Settings,
    store: StoreFn,
    rejected: Option<&Secret>,
) -> Result<Outcome> {
    let asker = match s.interactive {
        true => Asker::Command,
        false => Asker::Nobody,
    };
    match pipeline(call, s, store, rejected, asker)? {
        Outcome::Token(t) if s.id_token => Ok(Outcome::Token(t.id_token_instead()?)),
        other => Ok(other),
    }
}

/// `tok login` for a sign-in grant: a person signs in now, whatever the
/// cache holds; the refresh token is kept for later calls.
pub fn sign_in(call: Call, s: &Settings, store: StoreFn) -> Result<Outcome> {
    pipeline(call, s, store, None, Asker::Login)
}

/// Drop the cached access token of `call` (an API refused it: git's
/// `erase`, docker's `erase`), keeping its refresh token, so the next call
/// obtains a new one. `refused`: drop it only if it is that token (another
/// process may have put a new one in its place). Nothing is sent. True when
/// an entry was dropped.
pub fn forget(call: Call, s: &Settings, store: StoreFn, refused: Option<&Secret>) -> Result<bool> {
    let Call {
        provider,
        inputs: mut inp,
        mut pending,
        ..
    } = call;
    let deadline = Instant::now() + Duration::from_secs(s.timeout);
    pending.read_files(&mut inp)?;
    let local = forget_local(provider, &inp, s, deadline, refused)?;
    // the fleet's copy too: another machine would adopt the refused token
    let shared = s.shared.is_some()
        && pending
            .complete(&mut inp, &*store(deadline), deadline)
            .is_ok()
        && tier::forget_shared(provider, &inp, s, deadline, refused);
    Ok(local || shared)
}

fn forget_local(
    provider: &'static dyn Provider,
    inp: &Inputs,
    s: &Settings,
    deadline: Instant,
    refused: Option<&Secret>,
) -> Result<bool> {
    let mut cache = lookup::open_cache(s);
    let key = lookup::cache_key(provider, inp, s, &mut cache)?;
    let Some(cache) = cache else {
        return Ok(false);
    };
    let Some(_lock) = cache.lock(&key, deadline)? else {
        return Ok(false);
    };
    let Some(mut entry) = cache.read(&key) else {
        return Ok(false);
    };
    if !is_refused(&entry, refused) {
        log::trace("the cached token is not the refused one: kept");
        return Ok(false);
    }
    entry.expires_at = 0.0;
    cache.write(&key, &entry)?;
    log::trace("dropped the cached access token (a refresh token is kept)");
    Ok(true)
}

/// Whether `e` holds the token an API refused (`None`: whatever it holds)
/// and still offers it.
fn is_refused(e: &Entry, refused: Option<&Secret>) -> bool {
    let theirs = refused.is_some_and(|r| *r != e.access_token && Some(r) != e.id_token.as_ref());
    !theirs && e.expires_at != 0.0
}

/// One run of the pipeline: what every step needs to know.
struct Run<'a> {
    provider: &'static dyn Provider,
    s: &'a Settings,
    asker: Asker,
    rejected: Option<&'a Secret>,
    account: Option<String>,
    deadline: Instant,
    cache: Option<Cache>,
    key: Key,
}

/// What a look into the cache found: an answer, or the entry (if any) to
/// go on with.
enum Look {
    Done(Outcome),
    Go(Option<Entry>),
}

fn pipeline(
    call: Call,
    s: &Settings,
    store: StoreFn,
    rejected: Option<&Secret>,
    asker: Asker,
) -> Result<Outcome> {
    let Call {
        provider,
        inputs: mut inp,
        mut pending,
        account,
    } = call;
    let deadline = Instant::now() + Duration::from_secs(s.timeout);
    tier::check(s)?;
    pending.read_files(&mut inp)?;
    if let Some(st) = provider.static_token(&inp) {
        return dry_run::static_token(provider, &inp, s, st);
    }
    let mut cache = lookup::open_cache(s);
    let key = lookup::cache_key(provider, &inp, s, &mut cache)?;
    let run = Run {
        provider,
        s,
        asker,
        rejected,
        account,
        deadline,
        cache,
        key,
    };
    let started = jwt::now();
    let entry = match run.first_look(&inp) {
        Look::Done(answer) => return Ok(answer),
        Look::Go(entry) => entry,
    };
    if s.offline {
        return run.offline();
    }
    if s.dry_run {
        pending.complete(&mut inp, &*store(deadline), deadline)?;
        crate::source::workload::placeholders(&mut inp);
        return dry_run::dry_run(provider, inp, s, entry, run.cache.as_ref(), run.login());
    }
    let lock = run.lock()?;
    let entry = match run.read_again(&inp, lock.as_ref(), started) {
        Look::Done(answer) => return Ok(answer),
        Look::Go(entry) => entry,
    };
    pending.complete(&mut inp, &*store(deadline), deadline)?;
    if let Some(st) = provider.static_token(&inp) {
        trace_sources(provider, &inp);
        return dry_run::static_token(provider, &inp, s, st);
    }
    // the fleet's entry, or its lock (after the local one: one process per
    // machine asks Redis)
    let tier = tier::Tier::open(&run, &inp)?;
    let entry = match run.shared_look(tier.as_ref(), &inp, entry, started) {
        Look::Done(answer) => return Ok(answer),
        Look::Go(entry) => entry,
    };
    crate::source::workload::fetch(&mut inp, s, deadline)?;
    trace_sources(provider, &inp);
    let fetched = run.fetch(&mut inp, entry, tier.as_ref())?;
    Ok(Outcome::Token(run.store(
        &inp,
        fetched,
        lock,
        tier.as_ref(),
    )))
}

impl Run<'_> {
    /// `tok login`: a person signs in now, whatever the cache holds.
    fn login(&self) -> bool {
        self.asker == Asker::Login
    }

    /// Whether a cached entry may answer this call.
    fn usable(&self, e: &Entry, inp: &Inputs) -> bool {
        let now = jwt::now();
        !self.login()
            && e.fresh(now, self.s.min_ttl)
            && self
                .rejected
                .is_none_or(|r| *r != e.access_token && Some(r) != e.id_token.as_ref())
            && (self.s.offline || lookup::same_secrets(inp, e, self.cache.as_ref()))
            && (!self.s.id_token || lookup::id_token_fresh(e, now, self.s.min_ttl))
    }

    /// The first read, without the lock: a hit answers here.
    fn first_look(&self, inp: &Inputs) -> Look {
        let Some(cache) = self.cache.as_ref().filter(|_| !self.login()) else {
            return Look::Go(None);
        };
        let path = cache.entry_path(&self.key);
        let entry = cache.read_at(&path, &self.key);
        let s = self.s;
        match &entry {
            Some(e) if !s.refresh && self.usable(e, inp) && s.dry_run => {
                return Look::Done(Outcome::DryRun(format!(
                    "(no request: the cached token is fresh for {}s more; --refresh shows the request a refresh would send)\n",
                    e.ttl(jwt::now()) as i64
                )));
            }
            Some(e) if !s.refresh && self.usable(e, inp) => {
                log::trace(format!(
                    "cache hit: {} ({}s left)",
                    path.display(),
                    e.ttl(jwt::now()) as i64
                ));
                return Look::Done(Outcome::Token(Obtained::from_entry(e, true)));
            }
            Some(_) if s.refresh => log::trace(format!(
                "--refresh: ignoring the cached access token ({})",
                path.display()
            )),
            Some(e) => log::trace(lookup::stale_reason(e, s, self.rejected, inp, cache)),
            None => log::trace(format!("cache miss: {}", path.display())),
        }
        Look::Go(entry)
    }

    /// `--offline` and nothing usable: exit 5.
    fn offline(&self) -> Result<Outcome> {
        let where_ = if self.cache.is_some() {
            ""
        } else {
            " (no cache directory)"
        };
        fail(
            Class::Offline,
            format!(
                "no usable cached token for {} (profile {}){where_}, and --offline forbids fetching one",
                self.provider.name(),
                self.s.profile
            ),
        )
    }

    fn lock(&self) -> Result<Option<Lock>> {
        match &self.cache {
            Some(cache) => cache.lock(&self.key, self.deadline),
            None => Ok(None),
        }
    }

    /// Read again under the lock: another process may have fetched (or
    /// rotated the refresh token) meanwhile. A token the API refused is
    /// never served again, even if fetching a new one fails later; its
    /// refresh token stays.
    fn read_again(&self, inp: &Inputs, lock: Option<&Lock>, started: f64) -> Look {
        let (Some(cache), Some(_)) = (&self.cache, lock) else {
            return Look::Go(None);
        };
        let entry = cache.read(&self.key);
        if let Some(e) = &entry
            && self.usable(e, inp)
            && (!self.s.refresh || e.obtained_at >= started)
        {
            log::trace("another tok process fetched this token meanwhile: using it");
            return Look::Done(Outcome::Token(Obtained::from_entry(e, true)));
        }
        if let (Some(e), Some(r)) = (&entry, self.rejected)
            && e.access_token == *r
        {
            let mut dead = e.clone();
            dead.expires_at = 0.0;
            if let Err(err) = cache.write(&self.key, &dead) {
                log::warn(format!("{err:#}; could not drop the refused token"));
            }
        }
        Look::Go(entry)
    }
}

/// Register every secret for redaction; with `-v`, say where each input
/// came from.
fn trace_sources(provider: &dyn Provider, inp: &Inputs) {
    for s in inp.secrets() {
        log::register(s.expose());
    }
    if !log::verbose() {
        return;
    }
    for f in provider.fields() {
        if let Some(src) = inp.source(f.name)
            && !(f.kind == Kind::Switch && *src == Source::Default)
        {
            log::trace(format!("{}: from {src}", f.name));
        }
    }
}

/// The `tok login` that signs in for these inputs.
fn login_command(provider: &dyn Provider, inp: &Inputs, account: Option<&str>) -> String {
    match account {
        Some(name) => format!("tok login {name}"),
        None if inp.profile == "default" => {
            format!("tok login {} …", provider.name())
        }
        None => format!("tok login {} --profile {} …", provider.name(), inp.profile),
    }
}

/// `unknown provider NAME` (exit 2).
pub fn find(name: &str) -> Result<&'static dyn Provider> {
    provider::find(name)
        .ok_or_else(|| TokError::new(Class::Usage, format!("unknown provider {name}")).into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{GivenValue, Origin, Stored};

    struct NoKeyring;
    impl Store for NoKeyring {
        fn load(&self, _: &str, _: &str) -> Result<Stored> {
            Ok(Stored::Unavailable("no keyring in unit tests".into()))
        }
    }

    fn call(provider: &str, pairs: &[(&'static str, &str)]) -> Call {
        let mut given = Given::default();
        for (k, v) in pairs {
            let value = (GivenValue::Text(v.to_string()), Origin::CommandLine);
            given.0.insert(k, value);
        }
        Call::new(provider::find(provider).unwrap(), &given, "default", None)
    }

    /// The engine runs on plain settings and gathered inputs: no clap.
    #[test]
    fn obtain_runs_without_a_command_line() {
        let store: StoreFn = &|_| Box::new(NoKeyring);
        let s = Settings::default();
        let Outcome::Token(t) =
            obtain(call("envoy", &[("api-key", "k-123")]), &s, store, None).unwrap()
        else {
            panic!("an API key needs no request")
        };
        assert_eq!(t.token.expose(), "k-123");
        assert_eq!(t.header_name, Some("X-Api-Key"));

        let offline = Settings {
            no_cache: true,
            offline: true,
            ..Settings::default()
        };
        let e = obtain(
            call("elfsquad", &[("client-id", "c")]),
            &offline,
            store,
            None,
        )
        .err()
        .unwrap();
        assert_eq!(crate::error::classify(&e).0, Class::Offline);

        let dry = Settings {
            no_cache: true,
            dry_run: true,
            ..Settings::default()
        };
        let pairs = [("client-id", "c"), ("client-secret", "s3cret")];
        let Outcome::DryRun(text) = obtain(call("elfsquad", &pairs), &dry, store, None).unwrap()
        else {
            panic!("a dry run describes the request")
        };
        assert!(text.contains("client_id=c"), "{text}");
        assert!(!text.contains("s3cret"), "{text}");
    }
}
