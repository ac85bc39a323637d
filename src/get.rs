//! `tok get`: cache lookup, single flight, refresh, fetch, store, print.
//!
//! The order matters for speed and safety: a fresh cache entry is answered
//! before any secret file, keyring or HTTP client is touched. On a miss the
//! entry's lock is taken, the entry read again (another process may have
//! just fetched or rotated it), and only then are credentials completed and
//! a request sent.

use crate::cache::{Cache, Entry, Key, Lock};
use crate::cli::{Common, GetArgs};
use crate::credentials::{Inputs, Store};
use crate::error::{Class, TokError, fail};
use crate::http::Http;
use crate::oauth::Token;
use crate::output::{self, Shown};
use crate::provider::{self, Provider, StaticToken};
use crate::request::Request;
use crate::secret::Secret;
use crate::{jwt, log};
use anyhow::Result;
use std::time::{Duration, Instant};

pub fn run(args: GetArgs, store: &dyn Fn(Instant) -> Box<dyn Store>) -> Result<()> {
    let started = Instant::now();
    let c = &args.common;
    let provider = provider::find(&args.provider.name).ok_or_else(|| {
        TokError::new(
            Class::Usage,
            format!("unknown provider {}", args.provider.name),
        )
    })?;
    let mut inp = Inputs::from_matches(
        provider.name(),
        provider.fields(),
        &c.profile,
        &args.provider.matches,
    );
    let deadline = started + Duration::from_secs(c.timeout);

    if let Some(st) = provider.static_token(&inp) {
        return print_static(provider, &inp, c, &st);
    }
    if c.dry_run {
        inp.complete(&*store(deadline))?;
        trace_sources(provider, &inp);
        if let Some(st) = provider.static_token(&inp) {
            log::trace("dry run: an API key needs no request");
            return print_static(provider, &inp, c, &st);
        }
        let req = provider.token_request(&inp)?;
        provider::check_url(&req.url, c.allow_http)?;
        output::emit(&req.describe_masked())?;
        return Ok(());
    }

    let key = Key {
        provider: provider.name().into(),
        profile: c.profile.clone(),
        endpoint: provider
            .endpoint(&inp)
            .unwrap_or_else(|_| "@keyring".into()),
        scope: provider.scope(&inp),
        parts: inp.key_parts(),
    };
    let cache = if c.no_cache {
        log::trace("--no-cache: not reading or writing the cache");
        None
    } else {
        match Cache::locate() {
            Ok(cache) => Some(cache),
            Err(e) => {
                log::warn(format!("{e:#}; the token is not cached"));
                None
            }
        }
    };

    let started_epoch = jwt::now();
    if let Some(cache) = &cache {
        let entry = cache.read(&key);
        match &entry {
            Some(e) if !c.refresh && e.fresh(jwt::now(), c.min_ttl) => {
                log::trace(format!(
                    "cache hit: {} ({}s left)",
                    cache.entry_path(&key).display(),
                    e.ttl(jwt::now()) as i64
                ));
                return print_entry(e, c, true);
            }
            Some(e) if c.refresh => log::trace(format!(
                "--refresh: ignoring the cached access token ({})",
                cache.entry_path(&key).display()
            )),
            Some(e) => log::trace(format!(
                "cache stale: {}s left, --min-ttl {}",
                e.ttl(jwt::now()) as i64,
                c.min_ttl
            )),
            None => log::trace(format!("cache miss: {}", cache.entry_path(&key).display())),
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
        && e.fresh(jwt::now(), c.min_ttl)
        && (!c.refresh || e.obtained_at >= started_epoch)
    {
        log::trace("another tok process fetched this token meanwhile: using it");
        return print_entry(e, c, true);
    }

    inp.complete(&*store(deadline))?;
    trace_sources(provider, &inp);
    if let Some(st) = provider.static_token(&inp) {
        return print_static(provider, &inp, c, &st);
    }
    let endpoint = provider.endpoint(&inp)?;
    let http = Http::new(
        &endpoint,
        c.ca_cert.as_deref(),
        deadline,
        Duration::from_secs(c.timeout),
    )?;
    let refresh = entry.as_ref().and_then(|e| e.refresh_token.clone());
    let fetched = fetch(
        provider,
        &inp,
        c,
        &http,
        refresh,
        cache.as_ref().map(|cc| (cc, &key)),
    );
    let (token, sent_at) = fetched?;
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
    match &new_entry {
        Some(e) => print_entry(e, c, false),
        None => print(
            c,
            &Shown {
                token: &token.access_token,
                token_type: &token.token_type,
                header_name: None,
                expires_at: None,
                scope: token.scope.as_deref(),
                provider: provider.name(),
                profile: &c.profile,
                from_cache: false,
            },
        ),
    }
}

/// Refresh token first (if any), else the primary grant. A rejected refresh
/// falls back once to the primary grant when its credentials are there.
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
                    Err(e) if crate::error::classify(&e).0 == Class::Rejected => {
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
                    Err(e) => return Err(e),
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
    let token = provider.parse(inp, &resp)?;
    Ok((token, sent))
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
            && !(f.kind == crate::credentials::Kind::Switch
                && *src == crate::credentials::Source::Default)
        {
            log::trace(format!("{}: from {src}", f.name));
        }
    }
}

fn print_entry(e: &Entry, c: &Common, from_cache: bool) -> Result<()> {
    print(
        c,
        &Shown {
            token: &e.access_token,
            token_type: &e.token_type,
            header_name: None,
            expires_at: Some(e.expires_at),
            scope: e.scope.as_deref(),
            provider: &e.provider,
            profile: &e.profile,
            from_cache,
        },
    )
}

fn print_static(provider: &dyn Provider, inp: &Inputs, c: &Common, st: &StaticToken) -> Result<()> {
    log::register(st.value.expose());
    if let Some(src) = inp.source("api-key") {
        log::trace(format!("api-key: from {src}; no request needed"));
    }
    if c.dry_run {
        output::emit(&format!(
            "(no request: {} sends the API key as the header {}: ***)\n",
            provider.name(),
            st.header
        ))?;
        return Ok(());
    }
    print(
        c,
        &Shown {
            token: &st.value,
            token_type: "api-key",
            header_name: Some(st.header),
            expires_at: None,
            scope: None,
            provider: provider.name(),
            profile: &c.profile,
            from_cache: false,
        },
    )
}

fn print(c: &Common, shown: &Shown) -> Result<()> {
    output::mask_for_ci(shown.token, c.no_mask);
    output::emit(&output::render(c.format, shown, jwt::now()))?;
    Ok(())
}
