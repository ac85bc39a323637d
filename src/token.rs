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
use crate::http::Http;
use crate::oauth::Token;
use crate::output::Shown;
use crate::provider::{self, Provider, StaticToken};
use crate::request::Request;
use crate::secret::Secret;
use crate::{jwt, log};
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
        }
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
/// (never served again, even if the cache still holds it).
pub fn obtain(
    call: &ProviderCall,
    c: &Common,
    store: StoreFn,
    rejected: Option<&Secret>,
    account: Option<&crate::config::Account>,
) -> Result<Outcome> {
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
        e.fresh(jwt::now(), c.min_ttl)
            && rejected.is_none_or(|r| *r != e.access_token)
            && (c.offline || same_secrets(&inp, e, cache.as_ref()))
    };

    let started_epoch = jwt::now();
    let mut entry = None;
    if let Some(cache) = &cache {
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
        return dry_run(provider, inp, c, store, deadline, entry, cache.as_ref());
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
    if let Some(issuer) = provider.issuer(&inp) {
        let http = client_for(&issuer, c, deadline)?;
        let found = crate::discovery::discover(&issuer, cache.as_ref(), &http)?;
        inp.set_found("token-url", found.token_endpoint, &issuer);
    }
    let http = client_for(&provider.endpoint(&inp)?, c, deadline)?;
    let refresh = entry.as_ref().and_then(|e| e.refresh_token.clone());
    let (token, sent_at) = fetch(
        provider,
        &inp,
        c,
        &http,
        refresh,
        cache.as_ref().map(|cc| (cc, &key)),
    )?;
    log::register(token.access_token.expose());
    if let Some(r) = &token.refresh_token {
        log::register(r.expose());
    }

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
        refresh_token: token.refresh_token.clone(),
        secrets: fingerprints(&inp, cache.as_ref()),
    });
    match (&cache, &new_entry) {
        (Some(cache), Some(e)) if lock.is_some() => match cache.write(&key, e) {
            Ok(()) => log::trace(format!("cached until {}", jwt::rfc3339(e.expires_at))),
            Err(err) => log::warn(format!("{err:#}; the token is not cached")),
        },
        (Some(_), None) => {
            log::trace("the answer gives no lifetime and the token is no JWT with exp: not cached")
        }
        _ => {}
    }
    drop(lock);
    Ok(Outcome::Token(match &new_entry {
        Some(e) => Obtained::from_entry(e, false),
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
        },
    }))
}

/// An HTTP client for `url`, once tok may send to it (https, or plain http
/// to loopback or with --allow-http; no credentials in the URL).
fn client_for(url: &str, c: &Common, deadline: Instant) -> Result<Http> {
    provider::check_url(url, c.allow_http)?;
    Http::new(
        url,
        c.ca_cert.as_deref(),
        deadline,
        Duration::from_secs(c.timeout),
    )
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
    store: StoreFn,
    deadline: Instant,
    entry: Option<Entry>,
    cache: Option<&Cache>,
) -> Result<Outcome> {
    inp.complete(&*store(deadline), deadline)?;
    trace_sources(provider, &inp);
    if let Some(st) = provider.static_token(&inp) {
        log::trace("dry run: an API key needs no request");
        return static_token(provider, &inp, c, st);
    }
    // a dry run fetches nothing: a cached discovery document, or say so
    let mut before = String::new();
    if let Some(issuer) = provider.issuer(&inp) {
        provider::check_url(&issuer, c.allow_http)?;
        let token_url = match crate::discovery::cached_only(&issuer, cache) {
            Some(m) => m.token_endpoint,
            None => {
                before = format!(
                    "GET {}/.well-known/openid-configuration (discovery; the token endpoint below is a placeholder)\n\n",
                    issuer.trim_end_matches('/')
                );
                format!("{}/<token_endpoint>", issuer.trim_end_matches('/'))
            }
        };
        inp.set_found("token-url", token_url, &issuer);
    }
    let refresh = entry
        .and_then(|e| e.refresh_token)
        .and_then(|rt| provider.refresh_request(&inp, &rt))
        .and_then(Result::ok);
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
    refresh: Option<Secret>,
    cache: Option<(&Cache, &Key)>,
) -> Result<(Token, f64)> {
    if let Some(rt) = refresh {
        match provider.refresh_request(inp, &rt) {
            Some(Ok(req)) => {
                log::trace("using the cached refresh token");
                match exchange(provider, inp, c, http, &req) {
                    Ok((mut token, sent)) => {
                        // a server that does not rotate keeps the old one valid
                        if token.refresh_token.is_none() {
                            token.refresh_token = Some(rt);
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
                        if let Some((cache, key)) = cache {
                            cache.remove(key);
                        }
                        return match provider.token_request(inp) {
                            Ok(req) => {
                                log::trace(format!("refresh token rejected ({e:#}); falling back to the primary grant"));
                                exchange(provider, inp, c, http, &req)
                            }
                            Err(missing) => Err(TokError::new(
                                Class::Rejected,
                                format!(
                                    "the cached refresh token was rejected ({e:#}), and the primary grant cannot be used: {missing:#}"
                                ),
                            )
                            .into()),
                        };
                    }
                }
            }
            Some(Err(e)) => log::trace(format!("cannot use the cached refresh token: {e:#}")),
            None => {}
        }
    }
    let req = provider.token_request(inp)?;
    exchange(provider, inp, c, http, &req)
}

/// Send one request and parse its answer. Returns the token and when the
/// request was sent (expiry counts from there).
fn exchange(
    provider: &dyn Provider,
    inp: &Inputs,
    c: &Common,
    http: &Http,
    req: &Request,
) -> Result<(Token, f64)> {
    provider::check_url(&req.url, c.allow_http)?;
    for secret in req.secret_values() {
        log::register(secret);
    }
    let sent = jwt::now();
    let resp = http.send(req)?;
    let token = provider.parse(inp, &resp).map_err(|e| match e.class {
        Class::Rejected => rejection(provider, inp, req, e),
        _ => e,
    })?;
    crate::oauth::check_token(&token, resp.status)?;
    Ok((token, sent))
}

/// A rejection in words a CI log can act on: which provider refused what,
/// with the status, code and host, and where the rejected values came from.
/// `elfsquad rejected the client credentials (HTTP 400 invalid_client from
/// login.elfsquad.io): check TOK_ELFSQUAD_CLIENT_SECRET or run tok login elfsquad`
fn rejection(provider: &dyn Provider, inp: &Inputs, req: &Request, mut e: TokError) -> TokError {
    let refresh =
        req.body_field("grant_type") == Some("refresh_token") || req.url.ends_with("/auth/refresh");
    let mut checks = Vec::new();
    let mut what = Vec::new();
    if refresh && inp.source("refresh-token").is_none() {
        what.push("cached refresh token");
    }
    for f in provider.fields().iter().filter(|f| f.secret) {
        let Some(src) = inp.source(f.name) else {
            continue;
        };
        if refresh && f.name != "client-secret" && f.name != "refresh-token" {
            continue;
        }
        what.push(match f.name {
            "client-secret" => "client credentials",
            "password" => "username and password",
            other => other,
        });
        checks.push(match src {
            Source::Env(var) | Source::File(var) => var.clone(),
            Source::Flag => format!("--{}", f.name),
            Source::Keyring => "the keyring entry".into(),
            Source::Account(name, crate::credentials::Via::Env(var)) => {
                format!("{var} (account {name})")
            }
            Source::Account(name, _) => format!("account {name}"),
            Source::Default | Source::Found(_) => continue,
        });
    }
    let what = if what.is_empty() {
        "credentials".to_string()
    } else {
        what.join(" or ")
    };
    let mut why = match (e.status, &e.oauth_error) {
        (Some(s), Some(code)) => format!("HTTP {s} {code}"),
        (Some(s), None) => format!("HTTP {s}"),
        (None, Some(code)) => code.clone(),
        (None, None) => "refused".into(),
    };
    why.push_str(&format!(" from {}", crate::http::host_of(&req.url)));
    let profile = if inp.profile == "default" {
        String::new()
    } else {
        format!(" --profile {}", inp.profile)
    };
    let mut msg = format!("{} rejected the {what} ({why})", provider.name());
    if let Some(d) = &e.detail {
        msg.push_str(&format!(": {d}"));
    }
    msg.push_str(": check ");
    if !checks.is_empty() {
        msg.push_str(&checks.join(", "));
        msg.push_str(" or ");
    }
    msg.push_str(&format!("run tok login {}{profile}", provider.name()));
    e.message = msg;
    e
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
    }))
}
