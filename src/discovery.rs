//! OIDC discovery (OpenID Connect Discovery 1.0) with the RFC 8414
//! fallback: an `issuer` names the token endpoint (and the device,
//! revocation and introspection endpoints, for later use).
//!
//! `<issuer>/.well-known/openid-configuration` first; on a 404,
//! `/.well-known/oauth-authorization-server` inserted before the issuer's
//! path (RFC 8414 §3), then appended to it. The document's `issuer` must be
//! the one asked for, and every endpoint https unless the issuer is
//! loopback. The document is kept in the cache directory (0600) for a day:
//! a token-cache hit never gets here, a miss fetches it at most once a day.

use crate::cache::Cache;
use crate::error::{Class, TokError};
use crate::http::Http;
use crate::request::Request;
use crate::{jwt, log};
use anyhow::Result;
use serde::{Deserialize, Serialize};

/// How long a discovery document is reused.
pub const MAX_AGE: f64 = 24.0 * 3600.0;

/// What tok uses of a discovery document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    pub issuer: String,
    pub token_endpoint: String,
    #[serde(default)]
    pub device_authorization_endpoint: Option<String>,
    #[serde(default)]
    pub revocation_endpoint: Option<String>,
    #[serde(default)]
    pub introspection_endpoint: Option<String>,
    #[serde(default)]
    pub authorization_endpoint: Option<String>,
}

/// A cached document and when it was fetched.
#[derive(Serialize, Deserialize)]
struct Cached {
    fetched_at: f64,
    metadata: Metadata,
}

/// The endpoints of `issuer`: from the cache when fetched within a day,
/// else from the issuer (and then cached).
pub fn discover(issuer: &str, cache: Option<&Cache>, http: &Http) -> Result<Metadata> {
    let issuer = issuer.trim_end_matches('/');
    if let Some(m) = cache.and_then(|c| cached(c, issuer)) {
        log::trace(format!("discovery document of {issuer} from the cache"));
        return Ok(m);
    }
    let metadata = fetch(issuer, http)?;
    if let Some(cache) = cache {
        let doc = Cached {
            fetched_at: jwt::now(),
            metadata: metadata.clone(),
        };
        match serde_json::to_vec(&doc) {
            Ok(bytes) => {
                if let Err(e) = cache.write_file(&file_name(issuer), &bytes) {
                    log::warn(format!("{e:#}; the discovery document is not cached"));
                }
            }
            Err(e) => log::warn(format!("could not encode the discovery document: {e}")),
        }
    }
    Ok(metadata)
}

/// The document as `--dry-run` would use it: cached, or `None` (a dry run
/// fetches nothing).
pub fn cached_only(issuer: &str, cache: Option<&Cache>) -> Option<Metadata> {
    cache.and_then(|c| cached(c, issuer.trim_end_matches('/')))
}

fn file_name(issuer: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, issuer.as_bytes());
    format!(
        "discovery-{}.json",
        crate::cache::hex(&digest.as_ref()[..16])
    )
}

fn cached(cache: &Cache, issuer: &str) -> Option<Metadata> {
    let bytes = cache.read_file(&file_name(issuer))?;
    let doc: Cached = serde_json::from_slice(&bytes).ok()?;
    let fresh = jwt::now() - doc.fetched_at < MAX_AGE && doc.fetched_at <= jwt::now() + 60.0;
    (fresh && check(issuer, &doc.metadata).is_ok()).then_some(doc.metadata)
}

fn fetch(issuer: &str, http: &Http) -> Result<Metadata> {
    let url = reqwest::Url::parse(issuer)
        .map_err(|e| TokError::new(Class::Usage, format!("invalid issuer {issuer}: {e}")))?;
    let path = url.path().trim_end_matches('/');
    let origin = issuer[..issuer.len() - url.path().trim_start_matches('/').len()]
        .trim_end_matches('/')
        .to_string();
    let candidates = [
        format!("{issuer}/.well-known/openid-configuration"),
        format!("{origin}/.well-known/oauth-authorization-server{path}"),
        format!("{issuer}/.well-known/oauth-authorization-server"),
    ];
    let mut last = None;
    for candidate in candidates.iter().take(if path.is_empty() { 2 } else { 3 }) {
        log::trace(format!("discovery: GET {candidate}"));
        let resp = http.send(&Request::get_document(candidate.clone()))?;
        if resp.status == 404 {
            last = Some(resp.status);
            continue;
        }
        if !resp.is_success() {
            return Err(TokError::new(
                Class::Transient,
                format!(
                    "discovery of {issuer} failed: HTTP {} from {candidate}",
                    resp.status
                ),
            )
            .with_status(resp.status)
            .into());
        }
        let metadata: Metadata = crate::oauth::lossy_json(&resp.body).map_err(|e| {
            TokError::new(
                Class::Transient,
                format!("the discovery document of {issuer} is not usable: {e}"),
            )
        })?;
        check(issuer, &metadata)?;
        log::trace(format!(
            "discovery: token endpoint {}",
            metadata.token_endpoint
        ));
        return Ok(metadata);
    }
    Err(TokError::new(
        Class::Usage,
        format!(
            "{issuer} publishes no discovery document (HTTP {} for openid-configuration and oauth-authorization-server): give --token-url",
            last.unwrap_or(404)
        ),
    )
    .into())
}

/// The document must be the issuer's own, and send tok nowhere in clear
/// text: endpoints are https, unless the issuer itself is loopback.
fn check(issuer: &str, m: &Metadata) -> Result<()> {
    if m.issuer.trim_end_matches('/') != issuer {
        return Err(TokError::new(
            Class::Rejected,
            format!(
                "the discovery document of {issuer} names another issuer ({}): refusing it",
                crate::error::sanitize_remote(&m.issuer)
            ),
        )
        .into());
    }
    let loopback = reqwest::Url::parse(issuer)
        .ok()
        .is_some_and(|u| crate::provider::is_loopback(&u));
    let endpoints = [
        Some(&m.token_endpoint),
        m.device_authorization_endpoint.as_ref(),
        m.revocation_endpoint.as_ref(),
        m.introspection_endpoint.as_ref(),
        m.authorization_endpoint.as_ref(),
    ];
    for e in endpoints.into_iter().flatten() {
        let ok = match reqwest::Url::parse(e) {
            Ok(u) if u.scheme() == "https" => true,
            Ok(u) if u.scheme() == "http" => loopback && crate::provider::is_loopback(&u),
            _ => false,
        };
        if !ok {
            return Err(TokError::new(
                Class::Transient,
                format!(
                    "the discovery document of {issuer} names an endpoint that is not https: {}",
                    crate::error::sanitize_remote(e)
                ),
            )
            .into());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(issuer: &str, token: &str) -> Metadata {
        Metadata {
            issuer: issuer.into(),
            token_endpoint: token.into(),
            device_authorization_endpoint: None,
            revocation_endpoint: None,
            introspection_endpoint: None,
            authorization_endpoint: None,
        }
    }

    #[test]
    fn the_issuer_must_match_and_endpoints_be_https() {
        let iss = "https://login.example.com/realms/main";
        assert!(check(iss, &meta(iss, "https://login.example.com/t")).is_ok());
        assert!(
            check(
                iss,
                &meta(&format!("{iss}/"), "https://login.example.com/t")
            )
            .is_ok()
        );
        assert!(
            check(
                iss,
                &meta("https://evil.example", "https://login.example.com/t")
            )
            .is_err()
        );
        assert!(check(iss, &meta(iss, "http://login.example.com/t")).is_err());
        let local = "http://127.0.0.1:8080";
        assert!(check(local, &meta(local, "http://127.0.0.1:8080/token")).is_ok());
        assert!(check(local, &meta(local, "http://10.0.0.1/token")).is_err());
    }
}
