//! `--dry-run`: the request a real run would send now, with every secret
//! as `***`; and a token that needs no request at all (an API key).

use super::{Obtained, Outcome, trace_sources};
use crate::cache::{Cache, Entry};
use crate::error::{Class, fail};
use crate::exchange;
use crate::log;
use crate::provider::inputs::Inputs;
use crate::provider::{self, Provider, StaticToken};
use crate::settings::Settings;
use anyhow::Result;

/// `--dry-run`: the request a real run would send now, the refresh grant
/// when a usable refresh token is cached; nothing is sent or written.
pub(super) fn dry_run(
    provider: &dyn Provider,
    mut inp: Inputs,
    s: &Settings,
    entry: Option<Entry>,
    cache: Option<&Cache>,
    login: bool,
) -> Result<Outcome> {
    trace_sources(provider, &inp);
    if let Some(st) = provider.static_token(&inp) {
        log::trace("dry run: an API key needs no request");
        return static_token(provider, &inp, s, st);
    }
    let kind = provider.sign_in(&inp);
    if kind.is_some() {
        inp.set_signs_in();
    }
    // a dry run fetches nothing: a cached discovery document, or say so
    let mut before = String::new();
    if let Some(issuer) = provider.issuer(&inp) {
        provider::check_url(&issuer, s.allow_http)?;
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
            crate::grant::describe(kind, provider, &inp, s.allow_http)?
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
        provider::check_url(&req.url, s.allow_http)?;
    }
    Ok(Outcome::DryRun(format!(
        "{before}{}",
        req.describe_masked()
    )))
}

pub(super) fn static_token(
    provider: &dyn Provider,
    inp: &Inputs,
    s: &Settings,
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
    if s.dry_run {
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
        profile: s.profile.clone(),
        from_cache: false,
        renewable: false,
        id_token: None,
        refresh_in: None,
        obtained_at: None,
        issued_token_type: None,
    }))
}
