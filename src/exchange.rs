//! One request to an authorization server, as the token pipeline, the
//! sign-in flows and `tok logout --revoke` all send it: a client for the
//! endpoint (https, or plain http to loopback or with `--allow-http`;
//! `--ca-cert`; `--timeout` per attempt), the endpoints an issuer's
//! discovery document names, and a token answer read into a token or into
//! a rejection that says what to check.

use crate::cache::Cache;
use crate::error::{Class, TokError};
use crate::http::{ClientCert, Http};
use crate::oauth::Token;
use crate::provider::inputs::{Inputs, Source, Via};
use crate::provider::{self, Provider};
use crate::request::Request;
use crate::settings::Settings;
use crate::{jwt, log};
use anyhow::Result;
use std::time::{Duration, Instant};

/// An HTTP client for `url`, once tok may send to it (https, or plain http
/// to loopback or with --allow-http; no credentials in the URL).
pub fn client_for(url: &str, c: &Settings, deadline: Instant) -> Result<Http> {
    provider::check_url(url, c.allow_http)?;
    Http::new(
        url,
        c.ca_cert.as_deref(),
        deadline,
        Duration::from_secs(c.timeout),
    )
}

/// [`client_for`] an endpoint where the client authenticates: it presents
/// the inputs' client certificate (`--client-cert`, `--client-key`) in the
/// TLS handshake when they name one (RFC 8705).
pub fn client_auth_for(url: &str, c: &Settings, deadline: Instant, inp: &Inputs) -> Result<Http> {
    provider::check_url(url, c.allow_http)?;
    let cert = match (inp.get("client-cert"), inp.get("client-key")) {
        (Some(cert), Some(key)) => Some(ClientCert::load(cert.as_ref(), key.as_ref())?),
        (Some(_), None) => return Err(inp.missing("client-key").into()),
        (None, Some(_)) => return Err(inp.missing("client-cert").into()),
        (None, None) => None,
    };
    Http::with_identity(
        url,
        c.ca_cert.as_deref(),
        deadline,
        Duration::from_secs(c.timeout),
        cert.as_ref(),
    )
}

/// Find the endpoints `issuer`'s discovery document names (from the cache
/// when it holds it) and fill in those not given.
pub fn discover(
    inp: &mut Inputs,
    issuer: &str,
    c: &Settings,
    cache: Option<&Cache>,
    deadline: Instant,
) -> Result<()> {
    let http = client_for(issuer, c, deadline)?;
    let found = crate::discovery::discover(issuer, cache, &http)?;
    set_discovered(inp, found, issuer);
    Ok(())
}

/// The endpoints an issuer's discovery document names, where not given.
pub fn set_discovered(inp: &mut Inputs, found: crate::discovery::Metadata, issuer: &str) {
    inp.set_found("token-url", found.token_endpoint, issuer);
    for (field, url) in [
        ("device-url", found.device_authorization_endpoint),
        ("authorization-url", found.authorization_endpoint),
        ("revocation-url", found.revocation_endpoint),
    ] {
        if let Some(url) = url
            && inp.get(field).is_none()
        {
            inp.set_found(field, url, issuer);
        }
    }
}

/// Send one request and parse its answer. Returns the token and when the
/// request was sent (expiry counts from there).
pub fn exchange(
    provider: &dyn Provider,
    inp: &Inputs,
    c: &Settings,
    http: &Http,
    req: &Request,
) -> Result<(Token, f64)> {
    provider::check_url(&req.url, c.allow_http)?;
    for secret in req.secret_values() {
        log::register(secret);
    }
    for line in req.assertions().lines() {
        log::trace(line);
    }
    // every JWT tok sends (an assertion it minted, a CI token) is masked in
    // a GitHub Actions log
    for secret in req.secret_values() {
        if jwt::decode(secret).is_ok() {
            log::mask_for_ci(&crate::secret::Secret::new(secret), c.no_mask);
        }
    }
    // every JWT tok sends (an assertion it minted, a CI token) is masked in
    // a GitHub Actions log
    for secret in req.secret_values() {
        if jwt::decode(secret).is_ok() {
            log::mask_for_ci(&crate::secret::Secret::new(secret), c.no_mask);
        }
    }
    let sent = jwt::now();
    let resp = http.send(req)?;
    let token = provider.parse(inp, &resp).map_err(|e| match e.class {
        Class::Rejected => rejection(provider, inp, req, e),
        _ => e,
    })?;
    crate::oauth::check_token(&token, resp.status)?;
    if req.body_field("grant_type") == Some("urn:ietf:params:oauth:grant-type:token-exchange")
        && token.issued_token_type.is_none()
    {
        return Err(crate::oauth::malformed(
            &resp,
            "a token exchange answer without issued_token_type (RFC 8693 §2.2.1)",
        )
        .into());
    }
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
            Source::Account(name, Via::Env(var)) => {
                format!("{var} (account {name})")
            }
            Source::Account(name, _) => format!("account {name}"),
            Source::Named(from) => from.clone(),
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
        if let Some(cause) = likely_cause(d) {
            msg.push_str(&format!(" (likely {cause})"));
        }
    }
    // a sign-in's own request: tok login would only run it again
    let login = (!inp.signs_in()).then(|| format!("run tok login {}{profile}", provider.name()));
    let checks = checks.join(", ");
    match (checks.is_empty(), login) {
        (false, Some(login)) => msg.push_str(&format!(": check {checks} or {login}")),
        (false, None) => msg.push_str(&format!(": check {checks}")),
        (true, Some(login)) => msg.push_str(&format!(": {login}")),
        (true, None) => msg.push_str(": check --client-id and the client's settings at the server"),
    }
    e.message = msg;
    e
}

/// What a refusal of an assertion most likely means, from the server's own
/// description: the audience, the clock, the key, a replay.
fn likely_cause(description: &str) -> Option<&'static str> {
    let d = description.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| d.contains(w));
    if has(&["aud", "audience"]) {
        Some(
            "the audience: aud must be what the server expects (--client-assertion-aud, --assertion-aud, --audience)",
        )
    } else if has(&[
        "expired",
        "exp ",
        "\"exp\"",
        "iat",
        "nbf",
        "clock",
        "not yet valid",
        "future",
    ]) {
        Some(
            "the clock or the token's lifetime (exp, iat, nbf): check this machine's time and the token's age",
        )
    } else if has(&["kid", "signature", "jwks", "key"]) {
        Some("the key: the kid and the signing key must be the ones registered for the client")
    } else if has(&["jti", "replay", "reused"]) {
        Some("a replayed assertion (jti reused)")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn likely_causes_are_named_from_the_description() {
        assert!(
            likely_cause("invalid aud value")
                .unwrap()
                .starts_with("the audience")
        );
        assert!(
            likely_cause("jwt expired")
                .unwrap()
                .starts_with("the clock")
        );
        assert!(
            likely_cause("no matching key (kid) found")
                .unwrap()
                .starts_with("the key")
        );
        assert!(
            likely_cause("jti already used: replay")
                .unwrap()
                .starts_with("a replayed")
        );
        assert_eq!(likely_cause("client authentication failed"), None);
    }
}
