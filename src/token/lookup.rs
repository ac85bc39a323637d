//! Looking a token up: the cache (opened, or not used with one warning),
//! the entry's key, and whether a cached entry still answers for the
//! secrets given now.

use super::Settings;
use crate::cache::{Cache, Entry, Key};
use crate::error::Class;
use crate::jwt;
use crate::log;
use crate::provider::inputs::Inputs;
use crate::provider::{self, Provider};
use crate::secret::Secret;
use anyhow::Result;
use std::collections::BTreeMap;

/// The cache, unless `--no-cache` or it cannot be used (one warning).
pub(super) fn open_cache(s: &Settings) -> Option<Cache> {
    if s.no_cache {
        log::trace("--no-cache: not reading or writing the cache");
        return None;
    }
    match Cache::open() {
        Ok(cache) => Some(cache),
        Err(e) => {
            log::warn(format!("{e:#}; the token is not cached"));
            None
        }
    }
}

/// The entry's key. A secret that decides whose token it is enters as a
/// keyed fingerprint; when no fingerprint can be made the cache is not
/// used (one warning) rather than mixing two users' tokens.
pub(super) fn cache_key(
    provider: &dyn Provider,
    inp: &Inputs,
    s: &Settings,
    cache: &mut Option<Cache>,
) -> Result<Key> {
    let no_fingerprint = |_: &str| Ok("-".to_string());
    let fingerprinted = cache
        .as_ref()
        .map(|cc| key_with(provider, inp, s, &|s| cc.fingerprint(s)));
    match fingerprinted {
        Some(Ok(key)) => Ok(key),
        Some(Err(e)) if crate::error::classify(&e).1.is_none() => {
            log::warn(format!("{e:#}; the token is not cached"));
            *cache = None;
            key_with(provider, inp, s, &no_fingerprint)
        }
        Some(Err(e)) => Err(e),
        None => key_with(provider, inp, s, &no_fingerprint),
    }
}

/// The key with secrets fingerprinted by `fingerprint` (the local cache's
/// key, or the fleet's for the shared tier).
pub(super) fn key_with(
    provider: &dyn Provider,
    inp: &Inputs,
    s: &Settings,
    fingerprint: &dyn Fn(&str) -> Result<String>,
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
    let reads = |field: &str| provider.reads(inp, field);
    let mut parts = inp.key_parts(fingerprint, &reads)?;
    // a workload token's identity, never its bytes
    parts.extend(crate::source::workload::key_parts(inp, fingerprint)?);
    Ok(Key {
        provider: provider.name().into(),
        profile: s.profile.clone(),
        endpoint,
        scope: provider.scope(inp),
        parts,
    })
}

/// Whether the secrets given now (flag, environment, file) are the ones the
/// entry's token was obtained with: a changed, mistyped or no longer given
/// secret must not be covered up by a cached token. (`--offline` asks only
/// the cache, and needs no secret.)
pub(super) fn same_secrets(inp: &Inputs, e: &Entry, cache: Option<&Cache>) -> bool {
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

pub(super) fn fingerprints(inp: &Inputs, cache: Option<&Cache>) -> BTreeMap<String, String> {
    let Some(cache) = cache else {
        return BTreeMap::new();
    };
    inp.given_secrets()
        .filter_map(|(name, s)| Some((name.to_string(), cache.fingerprint(s.expose()).ok()?)))
        .collect()
}

pub(super) fn stale_reason(
    e: &Entry,
    s: &Settings,
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
            s.min_ttl
        )
    }
}

/// Whether the entry's ID token has more than `min_ttl` seconds left (one
/// without `exp` lives as long as the access token).
pub(super) fn id_token_fresh(e: &Entry, now: f64, min_ttl: u64) -> bool {
    e.id_token
        .as_ref()
        .is_some_and(|id| jwt::exp(id.expose()).is_none_or(|exp| exp - now > min_ttl as f64))
}
