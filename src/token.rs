//! Obtaining a token, once for every command (`get`, `curl`, `exec`):
//! cache lookup → lock → read again → refresh → fetch → store.
//!
//! The order matters for speed and safety: a fresh cache entry is answered
//! before any keyring or HTTP client is touched. On a miss the entry's lock
//! is taken, the entry read again (another process may have just fetched or
//! rotated it), and only then are credentials completed and a request sent.
//! `tok curl`'s retry after a 401 is the same pipeline with the rejected
//! token named: it is never served again, and a token another process put
//! in its place meanwhile is adopted.

use crate::cache::{Cache, Entry, Key, Lock};
use crate::cli::{Common, ProviderCall};
use crate::credentials::{Inputs, Kind, Source, Store};
use crate::error::{Class, TokError, fail};
use crate::grant::Asker;
use crate::http::Http;
use crate::oauth::Token;
use crate::output::Shown;
use crate::provider::{self, Provider, StaticToken};
use crate::secret::Secret;
use crate::{exchange, jwt, log};
use anyhow::Result;
use std::collections::BTreeMap;
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
        }
    }
}

/// What the pipeline produced: a token, or with `--dry-run` the text that
/// describes what a real run would do.
pub enum Outcome {
    Token(Obtained),
    DryRun(String),
}

/// Obtain a token for `call`. `rejected`: a token an API has just refused
/// (never served again, even if the cache still holds it). A sign-in grant
/// asks a person only on a terminal, and never under CI (exit 6).
pub fn obtain(
    call: &ProviderCall,
    c: &Common,
    store: StoreFn,
    rejected: Option<&Secret>,
    account: Option<&crate::config::Account>,
) -> Result<Outcome> {
    match pipeline(call, c, store, rejected, account, Asker::Command)? {
        Outcome::Token(t) if c.id_token => Ok(Outcome::Token(t.id_token_instead()?)),
        other => Ok(other),
    }
}

/// `tok login` for a sign-in grant: a person signs in now, whatever the
/// cache holds; the refresh token is kept for later calls.
pub fn sign_in(
    call: &ProviderCall,
    c: &Common,
    store: StoreFn,
    account: Option<&crate::config::Account>,
) -> Result<Outcome> {
    pipeline(call, c, store, None, account, Asker::Login)
}

fn pipeline(
    call: &ProviderCall,
    c: &Common,
    store: StoreFn,
    rejected: Option<&Secret>,
    account: Option<&crate::config::Account>,
    asker: Asker,
) -> Result<Outcome> {
    let login = asker == Asker::Login;
    let started = Instant::now();
    let deadline = started + Duration::from_secs(c.timeout);
    let provider = provider::find(&call.name)
        .ok_or_else(|| TokError::new(Class::Usage, format!("unknown provider {}", call.name)))?;
    let mut inp = Inputs::from_matches(
        provider.name(),
        provider.fields(),
        &c.profile,
        &call.matches,
        account,
    );
    inp.read_files()?;
    if let Some(st) = provider.static_token(&inp) {
        return static_token(provider, &inp, c, st);
    }

    let mut cache = if c.no_cache {
        log::trace("--no-cache: not reading or writing the cache");
        None
    } else {
        match Cache::open() {
            Ok(cache) => Some(cache),
            Err(e) => {
                log::warn(format!("{e:#}; the token is not cached"));
                None
            }
        }
    };
    let key = cache_key(provider, &inp, c, &mut cache)?;
    let usable = |e: &Entry| {
        let now = jwt::now();
        !login
            && e.fresh(now, c.min_ttl)
            && rejected.is_none_or(|r| *r != e.access_token && Some(r) != e.id_token.as_ref())
            && (c.offline || same_secrets(&inp, e, cache.as_ref()))
            && (!c.id_token || id_token_fresh(e, now, c.min_ttl))
    };

    let started_epoch = jwt::now();
    let mut entry = None;
    if let Some(cache) = cache.as_ref().filter(|_| !login) {
        let path = cache.entry_path(&key);
        entry = cache.read_at(&path, &key);
        match &entry {
            Some(e) if !c.refresh && usable(e) && c.dry_run => {
                return Ok(Outcome::DryRun(format!(
                    "(no request: the cached token is fresh for {}s more; --refresh shows the request a refresh would send)\n",
                    e.ttl(jwt::now()) as i64
                )));
            }
            Some(e) if !c.refresh && usable(e) => {
                log::trace(format!(
                    "cache hit: {} ({}s left)",
                    path.display(),
                    e.ttl(jwt::now()) as i64
                ));
                return Ok(Outcome::Token(Obtained::from_entry(e, true)));
            }
            Some(_) if c.refresh => log::trace(format!(
                "--refresh: ignoring the cached access token ({})",
                path.display()
            )),
            Some(e) => log::trace(stale_reason(e, c, rejected, &inp, cache)),
            None => log::trace(format!("cache miss: {}", path.display())),
        }
    }
    if c.offline {
        let where_ = if cache.is_some() {
            ""
        } else {
            " (no cache directory)"
        };
        return fail(
            Class::Offline,
            format!(
                "no usable cached token for {} (profile {}){where_}, and --offline forbids fetching one",
                provider.name(),
                c.profile
            ),
        );
    }
    if c.dry_run {
        inp.complete(&*store(deadline), deadline)?;
        return dry_run(provider, inp, c, entry, cache.as_ref(), login);
    }

    let lock: Option<Lock> = match &cache {
        Some(cache) => cache.lock(&key, deadline)?,
        None => None,
    };
    // read again under the lock: another process may have fetched meanwhile
    let entry = match (&cache, &lock) {
        (Some(cache), Some(_)) => cache.read(&key),
        _ => None,
    };
    if let Some(e) = &entry
        && usable(e)
        && (!c.refresh || e.obtained_at >= started_epoch)
    {
        log::trace("another tok process fetched this token meanwhile: using it");
        return Ok(Outcome::Token(Obtained::from_entry(e, true)));
    }
    // a token the API refused is never served again, even if fetching a new
    // one fails below; its refresh token stays
    if let (Some(cache), Some(e), Some(r), Some(_)) = (&cache, &entry, rejected, &lock)
        && e.access_token == *r
    {
        let mut dead = e.clone();
        dead.expires_at = 0.0;
        if let Err(err) = cache.write(&key, &dead) {
            log::warn(format!("{err:#}; could not drop the refused token"));
        }
    }

    inp.complete(&*store(deadline), deadline)?;
    trace_sources(provider, &inp);
    if let Some(st) = provider.static_token(&inp) {
        return static_token(provider, &inp, c, st);
    }
    let kind = provider.sign_in(&inp);
    if kind.is_some() {
        inp.set_signs_in();
    }
    if login && kind.is_none() {
        return fail(
            Class::Usage,
            format!(
                "{} signs in without a person: nothing to do",
                provider.name()
            ),
        );
    }
    // a sign-in's refresh token: in the cache entry, or in the keyring
    let kept = inp
        .keyring_secret("refresh-token")
        .filter(|_| kind.is_some())
        .cloned();
    let refresh = match login {
        true => None,
        false => entry
            .as_ref()
            .and_then(|e| e.refresh_token.clone())
            .or_else(|| kept.clone()),
    };
    let login_cmd = login_command(provider, &inp, account);
    if let Some(kind) = kind
        && refresh.is_none()
    {
        crate::grant::check_person(kind, asker, &login_cmd)?;
    }
    if let Some(issuer) = provider.issuer(&inp) {
        exchange::discover(&mut inp, &issuer, c, cache.as_ref(), deadline)?;
    }
    let http = exchange::client_for(&provider.endpoint(&inp)?, c, deadline)?;
    let keyring_refresh = refresh.is_some() && refresh == kept;
    // a person's sign-in runs on --login-timeout, past --timeout's deadline
    let signed_in = std::cell::Cell::new(false);
    let primary = || match kind {
        Some(kind) => {
            crate::grant::check_person(kind, asker, &login_cmd)?;
            let until = crate::grant::login_deadline(&inp)?;
            signed_in.set(true);
            crate::grant::run(kind, provider, &inp, c, until)
        }
        None => exchange::exchange(provider, &inp, c, &http, &provider.token_request(&inp)?),
    };
    let forget = || {
        if let Some((cache, key)) = cache.as_ref().map(|cc| (cc, &key)) {
            cache.remove(key);
        }
        if keyring_refresh {
            forget_keyring_refresh(provider, &inp, deadline);
        }
    };
    // the ID token issued with the refresh token's last answer: OIDC Core
    // §12.2 lets a refresh answer leave it out
    let previous_id = entry.as_ref().and_then(|e| e.id_token.clone());
    let (token, sent_at) = fetch(
        provider,
        &inp,
        c,
        &http,
        refresh.clone().map(|rt| (rt, previous_id)),
        &primary,
        &forget,
    )?;
    log::register(token.access_token.expose());
    for t in [&token.refresh_token, &token.id_token]
        .into_iter()
        .flatten()
    {
        log::register(t.expose());
    }
    // the refresh token of a sign-in is the long-lived credential: the
    // keyring keeps it where one works, else the 0600 entry
    let keyring_by = match signed_in.get() {
        true => Instant::now() + Duration::from_secs(c.timeout),
        false => deadline,
    };
    let in_keyring = match (&token.refresh_token, kind) {
        (Some(rt), Some(_)) => {
            (keyring_refresh && refresh.as_ref() == Some(rt))
                || keep_in_keyring(provider, &inp, rt, keyring_by)
        }
        _ => false,
    };

    let expires_at = token
        .expires_in
        .map(|secs| sent_at + secs)
        .or_else(|| jwt::exp(token.access_token.expose()));
    let new_entry = expires_at.map(|expires_at| Entry {
        version: crate::cache::VERSION,
        key: key.text(),
        provider: provider.name().into(),
        profile: c.profile.clone(),
        identity: inp.get(provider.identity_field()).unwrap_or("").to_string(),
        endpoint: key.endpoint.clone(),
        scope: token.scope.clone().or_else(|| key.scope.clone()),
        access_token: token.access_token.clone(),
        token_type: token.token_type.clone(),
        expires_at,
        obtained_at: sent_at,
        refresh_token: token.refresh_token.clone().filter(|_| !in_keyring),
        refresh_in_keyring: in_keyring,
        id_token: token.id_token.clone(),
        secrets: fingerprints(&inp, cache.as_ref()),
    });
    let cached = match (&cache, &new_entry) {
        (Some(cache), Some(e)) if lock.is_some() => match cache.write(&key, e) {
            Ok(()) => {
                log::trace(format!("cached until {}", jwt::rfc3339(e.expires_at)));
                true
            }
            Err(err) => {
                log::warn(format!("{err:#}; the token is not cached"));
                false
            }
        },
        (Some(_), None) => {
            log::trace("the answer gives no lifetime and the token is no JWT with exp: not cached");
            false
        }
        _ => false,
    };
    drop(lock);
    Ok(Outcome::Token(match &new_entry {
        Some(e) => {
            let mut got = Obtained::from_entry(e, false);
            if !cached && !in_keyring {
                // nothing keeps its refresh token
                got.refresh_in = None;
            }
            got
        }
        None => Obtained {
            token: token.access_token,
            token_type: token.token_type,
            header_name: None,
            expires_at: None,
            scope: token.scope,
            provider: provider.name().into(),
            profile: c.profile.clone(),
            from_cache: false,
            renewable: true,
            id_token: token.id_token,
            refresh_in: in_keyring.then_some("the OS keyring"),
        },
    }))
}

/// Whether the entry's ID token has more than `min_ttl` seconds left (one
/// without `exp` lives as long as the access token).
fn id_token_fresh(e: &Entry, now: f64, min_ttl: u64) -> bool {
    e.id_token
        .as_ref()
        .is_some_and(|id| jwt::exp(id.expose()).is_none_or(|exp| exp - now > min_ttl as f64))
}

/// The `tok login` that signs in for these inputs.
fn login_command(
    provider: &dyn Provider,
    inp: &Inputs,
    account: Option<&crate::config::Account>,
) -> String {
    match account {
        Some(a) => format!("tok login {}", a.name),
        None if inp.profile == "default" => {
            format!("tok login {} …", provider.name())
        }
        None => format!("tok login {} --profile {} …", provider.name(), inp.profile),
    }
}

/// Put a sign-in's refresh token in the keyring by `deadline`; false when
/// none works (then the cache entry keeps it).
fn keep_in_keyring(provider: &dyn Provider, inp: &Inputs, rt: &Secret, deadline: Instant) -> bool {
    match crate::keyring::update(
        provider.name(),
        inp.keyring_profile(),
        "refresh-token",
        Some(rt),
        deadline,
    ) {
        Ok(()) => {
            log::trace("the refresh token is kept in the OS keyring");
            true
        }
        Err(e) => {
            log::trace(format!(
                "the OS keyring cannot keep the refresh token ({e:#}): the cache entry (0600) keeps it"
            ));
            false
        }
    }
}

fn forget_keyring_refresh(provider: &dyn Provider, inp: &Inputs, deadline: Instant) {
    if let Err(e) = crate::keyring::update(
        provider.name(),
        inp.keyring_profile(),
        "refresh-token",
        None,
        deadline,
    ) {
        log::warn(format!(
            "{e:#}; could not remove the refused refresh token from the keyring"
        ));
    }
}

/// The entry's key. A secret that decides whose token it is enters as a
/// keyed fingerprint; when no fingerprint can be made the cache is not
/// used (one warning) rather than mixing two users' tokens.
fn cache_key(
    provider: &dyn Provider,
    inp: &Inputs,
    c: &Common,
    cache: &mut Option<Cache>,
) -> Result<Key> {
    let endpoint = match provider.endpoint(inp) {
        Ok(url) => {
            provider::refuse_userinfo(&url)?;
            url
        }
        // not given yet: the keyring may hold it (on a miss)
        Err(e) if crate::error::classify(&e).0 == Class::Missing => "@keyring".into(),
        Err(e) => return Err(e),
    };
    let no_fingerprint = |_: &str| Ok("-".to_string());
    let parts = match cache
        .as_ref()
        .map(|cc| inp.key_parts(&|s| cc.fingerprint(s)))
    {
        Some(Ok(parts)) => parts,
        Some(Err(e)) => {
            log::warn(format!("{e:#}; the token is not cached"));
            *cache = None;
            inp.key_parts(&no_fingerprint)?
        }
        None => inp.key_parts(&no_fingerprint)?,
    };
    Ok(Key {
        provider: provider.name().into(),
        profile: c.profile.clone(),
        endpoint,
        scope: provider.scope(inp),
        parts,
    })
}

/// Whether the secrets given now (flag, environment, file) are the ones the
/// entry's token was obtained with: a changed, mistyped or no longer given
/// secret must not be covered up by a cached token. (`--offline` asks only
/// the cache, and needs no secret.)
fn same_secrets(inp: &Inputs, e: &Entry, cache: Option<&Cache>) -> bool {
    let Some(cache) = cache else { return true };
    let given: Vec<(&str, &Secret)> = inp.given_secrets().collect();
    let all_still_given = e
        .secrets
        .keys()
        .all(|name| given.iter().any(|(g, _)| g == name));
    all_still_given
        && given.iter().all(|(name, s)| {
            cache
                .fingerprint(s.expose())
                .is_ok_and(|fp| e.secrets.get(*name) == Some(&fp))
        })
}

fn fingerprints(inp: &Inputs, cache: Option<&Cache>) -> BTreeMap<String, String> {
    let Some(cache) = cache else {
        return BTreeMap::new();
    };
    inp.given_secrets()
        .filter_map(|(name, s)| Some((name.to_string(), cache.fingerprint(s.expose()).ok()?)))
        .collect()
}

fn stale_reason(
    e: &Entry,
    c: &Common,
    rejected: Option<&Secret>,
    inp: &Inputs,
    cache: &Cache,
) -> String {
    if rejected.is_some_and(|r| *r == e.access_token) {
        "the API refused the cached token: obtaining a new one".into()
    } else if !same_secrets(inp, e, Some(cache)) {
        "the cached token was obtained with other credentials than those given now: fetching anew"
            .into()
    } else {
        format!(
            "cache stale: {}s left, --min-ttl {}",
            e.ttl(jwt::now()) as i64,
            c.min_ttl
        )
    }
}

/// `--dry-run`: the request a real run would send now, the refresh grant
/// when a usable refresh token is cached; nothing is sent or written.
fn dry_run(
    provider: &dyn Provider,
    mut inp: Inputs,
    c: &Common,
    entry: Option<Entry>,
    cache: Option<&Cache>,
    login: bool,
) -> Result<Outcome> {
    trace_sources(provider, &inp);
    if let Some(st) = provider.static_token(&inp) {
        log::trace("dry run: an API key needs no request");
        return static_token(provider, &inp, c, st);
    }
    let kind = provider.sign_in(&inp);
    if kind.is_some() {
        inp.set_signs_in();
    }
    // a dry run fetches nothing: a cached discovery document, or say so
    let mut before = String::new();
    if let Some(issuer) = provider.issuer(&inp) {
        provider::check_url(&issuer, c.allow_http)?;
        match crate::discovery::cached_only(&issuer, cache) {
            Some(m) => exchange::set_discovered(&mut inp, m, &issuer),
            None => {
                before = format!(
                    "GET {}/.well-known/openid-configuration (discovery; the endpoints below are placeholders)\n\n",
                    issuer.trim_end_matches('/')
                );
                let base = issuer.trim_end_matches('/');
                exchange::set_discovered(
                    &mut inp,
                    crate::discovery::Metadata {
                        issuer: issuer.clone(),
                        token_endpoint: format!("{base}/<token_endpoint>"),
                        device_authorization_endpoint: Some(format!(
                            "{base}/<device_authorization_endpoint>"
                        )),
                        revocation_endpoint: None,
                        introspection_endpoint: None,
                        authorization_endpoint: Some(format!("{base}/<authorization_endpoint>")),
                    },
                    &issuer,
                );
            }
        };
    }
    let kept = inp
        .keyring_secret("refresh-token")
        .filter(|_| kind.is_some())
        .cloned();
    let refresh = entry
        .and_then(|e| e.refresh_token)
        .or(kept)
        .filter(|_| !login)
        .and_then(|rt| provider.refresh_request(&inp, &rt))
        .and_then(Result::ok);
    if let (Some(kind), None) = (kind, &refresh) {
        return Ok(Outcome::DryRun(format!(
            "{before}{}",
            crate::grant::describe(kind, provider, &inp, c.allow_http)?
        )));
    }
    let req = match refresh {
        Some(req) => {
            log::trace("dry run: a cached refresh token would be used");
            req
        }
        None => provider.token_request(&inp)?,
    };
    if before.is_empty() {
        provider::check_url(&req.url, c.allow_http)?;
    }
    Ok(Outcome::DryRun(format!(
        "{before}{}",
        req.describe_masked()
    )))
}

/// Refresh token first (if any), else the primary grant. A refresh refused
/// for the refresh token itself (`invalid_grant` or the vendor's word for
/// it) drops it and falls back once to the primary grant; a refusal for
/// any other reason (a mistyped client secret) keeps it.
fn fetch(
    provider: &dyn Provider,
    inp: &Inputs,
    c: &Common,
    http: &Http,
    refresh: Option<(Secret, Option<Secret>)>,
    primary: &dyn Fn() -> Result<(Token, f64)>,
    forget: &dyn Fn(),
) -> Result<(Token, f64)> {
    if let Some((rt, previous_id)) = refresh {
        match provider.refresh_request(inp, &rt) {
            Some(Ok(req)) => {
                log::trace("using the cached refresh token");
                match exchange::exchange(provider, inp, c, http, &req) {
                    Ok((mut token, sent)) => {
                        // a server that does not rotate keeps the old one valid
                        if token.refresh_token.is_none() {
                            token.refresh_token = Some(rt);
                        }
                        // nor need it send a new ID token (the old one may
                        // still be good: --id-token checks its exp)
                        if token.id_token.is_none() {
                            token.id_token = previous_id;
                        }
                        return Ok((token, sent));
                    }
                    Err(e) => {
                        let condemned = match crate::error::classify(&e) {
                            (Class::Rejected, Some(t)) => provider.refresh_token_dead(t),
                            _ => false,
                        };
                        if !condemned {
                            log::trace(
                                "the refresh failed, but not because of the refresh token: it is kept",
                            );
                            return Err(e);
                        }
                        // the refresh token is dead: never send it again
                        forget();
                        log::trace(format!(
                            "refresh token rejected ({e:#}); falling back to the primary grant"
                        ));
                        return match primary() {
                            Ok(done) => Ok(done),
                            Err(missing)
                                if crate::error::classify(&missing).0 == Class::Missing =>
                            {
                                Err(TokError::new(
                                    Class::Rejected,
                                    format!(
                                        "the cached refresh token was rejected ({e:#}), and the primary grant cannot be used: {missing:#}"
                                    ),
                                )
                                .into())
                            }
                            Err(other) => Err(other),
                        };
                    }
                }
            }
            Some(Err(e)) => log::trace(format!("cannot use the cached refresh token: {e:#}")),
            None => {}
        }
    }
    primary()
}

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

fn static_token(
    provider: &dyn Provider,
    inp: &Inputs,
    c: &Common,
    st: StaticToken,
) -> Result<Outcome> {
    log::register(st.value.expose());
    if let Some(src) = inp.source("api-key") {
        log::trace(format!("api-key: from {src}; no request needed"));
    }
    if crate::oauth::check_printable(st.value.expose(), "x").is_err() {
        return fail(
            Class::Usage,
            format!(
                "the {} API key holds a space, a control character or non-ASCII: it cannot be sent as a header",
                provider.name()
            ),
        );
    }
    if c.dry_run {
        return Ok(Outcome::DryRun(format!(
            "(no request: {} sends the API key as the header {}: ***)\n",
            provider.name(),
            st.header
        )));
    }
    Ok(Outcome::Token(Obtained {
        token: st.value,
        token_type: "api-key".into(),
        header_name: Some(st.header),
        expires_at: None,
        scope: None,
        provider: provider.name().into(),
        profile: c.profile.clone(),
        from_cache: false,
        renewable: false,
        id_token: None,
        refresh_in: None,
    }))
}
