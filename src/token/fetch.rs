//! Fetching a new token on a miss: which grant (a cached or kept refresh
//! token first, else the primary grant or a person's sign-in), the
//! endpoints (discovery), and the fallback when a refresh token is refused.

use super::tier::Tier;
use super::{Run, login_command};
use crate::cache::Entry;
use crate::error::{Class, TokError, fail};
use crate::grant;
use crate::http::Http;
use crate::log;
use crate::oauth::Token;
use crate::provider::inputs::Inputs;
use crate::provider::{Provider, SignIn};
use crate::secret::Secret;
use crate::settings::Settings;
use crate::{exchange, source};
use anyhow::Result;
use std::cell::Cell;
use std::time::Instant;

/// A token just obtained, and how.
pub(super) struct Fetched {
    pub token: Token,
    /// When its request was sent (expiry counts from there).
    pub sent_at: f64,
    /// The sign-in grant of these inputs, if any.
    pub kind: Option<SignIn>,
    /// A person signed in now (the keyring write gets its own time).
    pub signed_in: bool,
    /// The refresh token used came from the keyring.
    pub keyring_refresh: bool,
    /// The refresh token sent, if any.
    pub refresh: Option<Secret>,
}

/// What the shared tier offers after the server refused a refresh token:
/// a token another machine obtained, or its newer refresh token.
pub(super) enum Rescue {
    Use(Token, f64),
    Refresh(Secret, Previous),
}

/// What a refresh answer may leave out and the entry that held the refresh
/// token still knows: the ID token (OIDC Core §12.2) and, when the server
/// keeps the refresh token, when that one expires.
#[derive(Default)]
pub(super) struct Previous {
    pub id_token: Option<Secret>,
    pub refresh_expires_at: Option<f64>,
}

impl Previous {
    pub fn of(e: Entry) -> Self {
        Previous {
            id_token: e.id_token,
            refresh_expires_at: e.refresh_expires_at,
        }
    }
}

/// Which grant a miss uses.
struct Plan {
    kind: Option<SignIn>,
    refresh: Option<Secret>,
    keyring_refresh: bool,
    login_cmd: String,
}

impl Run<'_> {
    /// Obtain a new token: refresh token first, else the primary grant.
    pub(super) fn fetch(
        &self,
        inp: &mut Inputs,
        entry: Option<Entry>,
        tier: Option<&Tier>,
    ) -> Result<Fetched> {
        let plan = self.plan(inp, entry.as_ref())?;
        let s = self.s;
        if let Some(issuer) = self.provider.issuer(inp) {
            exchange::discover(inp, &issuer, s, self.cache.as_ref(), self.deadline)?;
        }
        let inp: &Inputs = inp;
        let endpoint = self.provider.endpoint(inp)?;
        let http = exchange::client_auth_for(&endpoint, s, self.deadline, inp)?;
        // a person's sign-in runs on --login-timeout, past --timeout's deadline
        let signed_in = Cell::new(false);
        let primary = || match plan.kind {
            Some(kind) => {
                grant::check_person(kind, self.asker, &plan.login_cmd)?;
                let until = grant::login_deadline(inp)?;
                // the fleet's lock is held (and renewed) while a person signs in
                if let Some(t) = tier {
                    t.extend(until);
                }
                signed_in.set(true);
                grant::run(kind, self.provider, inp, s, until)
            }
            None => exchange::exchange(
                self.provider,
                inp,
                s,
                &http,
                &self.provider.token_request(inp)?,
            ),
        };
        let forget = || {
            if let Some(cache) = &self.cache {
                cache.remove(&self.key);
            }
            if plan.keyring_refresh {
                forget_keyring_refresh(self.provider, inp, self.deadline);
            }
        };
        let previous = entry.map(Previous::of).unwrap_or_default();
        let refresh = plan.refresh.clone().map(|rt| (rt, previous));
        let rescue = |refused: &Secret| tier.and_then(|t| t.rescue(self, inp, refused));
        let fallbacks = Fallbacks {
            primary: &primary,
            forget: &forget,
            rescue: &rescue,
        };
        let (token, sent_at) = refresh_or(self.provider, inp, s, &http, refresh, &fallbacks)?;
        Ok(Fetched {
            token,
            sent_at,
            kind: plan.kind,
            signed_in: signed_in.get(),
            keyring_refresh: plan.keyring_refresh,
            refresh: plan.refresh,
        })
    }

    /// The grant: a sign-in's refresh token is in the cache entry or the
    /// keyring; without one a person must be able to sign in (exit 6).
    fn plan(&self, inp: &mut Inputs, entry: Option<&Entry>) -> Result<Plan> {
        let kind = self.provider.sign_in(inp);
        if kind.is_some() {
            inp.set_signs_in();
        }
        if self.login() && kind.is_none() {
            return fail(
                Class::Usage,
                format!(
                    "{} signs in without a person: nothing to do",
                    self.provider.name()
                ),
            );
        }
        let kept = inp
            .keyring_secret("refresh-token")
            .filter(|_| kind.is_some())
            .cloned();
        let refresh = match self.login() {
            true => None,
            false => entry
                .and_then(|e| e.refresh_token.clone())
                .or_else(|| kept.clone()),
        };
        let login_cmd = login_command(self.provider, inp, self.account.as_deref());
        if let Some(kind) = kind
            && refresh.is_none()
        {
            grant::check_person(kind, self.asker, &login_cmd)?;
        }
        Ok(Plan {
            kind,
            keyring_refresh: refresh.is_some() && refresh == kept,
            refresh,
            login_cmd,
        })
    }
}

/// What a refresh falls back on: the primary grant, forgetting a dead
/// refresh token, and the shared tier's newer one.
#[derive(Clone, Copy)]
struct Fallbacks<'a> {
    primary: &'a dyn Fn() -> Result<(Token, f64)>,
    forget: &'a dyn Fn(),
    rescue: &'a dyn Fn(&Secret) -> Option<Rescue>,
}

/// Refresh token first (if any), else the primary grant. A refresh refused
/// for the refresh token itself (`invalid_grant` or the vendor's word for
/// it) drops it and falls back once to the primary grant; a refusal for
/// any other reason (a mistyped client secret) keeps it.
fn refresh_or(
    provider: &dyn Provider,
    inp: &Inputs,
    s: &Settings,
    http: &Http,
    refresh: Option<(Secret, Previous)>,
    then: &Fallbacks,
) -> Result<(Token, f64)> {
    let primary = then.primary;
    let Some((rt, previous)) = refresh else {
        return primary();
    };
    let req = match provider.refresh_request(inp, &rt) {
        Some(Ok(req)) => req,
        Some(Err(e)) => {
            log::trace(format!("cannot use the cached refresh token: {e:#}"));
            return primary();
        }
        None => return primary(),
    };
    log::trace("using the cached refresh token");
    let e = match exchange::exchange(provider, inp, s, http, &req) {
        Ok((mut token, sent)) => {
            // a server that does not rotate keeps the old one valid, until
            // the old one's end
            if token.refresh_token.is_none() {
                token.refresh_token = Some(rt);
                token.refresh_expires_in = token
                    .refresh_expires_in
                    .or(previous.refresh_expires_at.map(|at| at - sent));
            }
            // nor need it send a new ID token (the old one may still be
            // good: --id-token checks its exp)
            if token.id_token.is_none() {
                token.id_token = previous.id_token;
            }
            return Ok((token, sent));
        }
        Err(e) => e,
    };
    let condemned = match crate::error::classify(&e) {
        (Class::Rejected, Some(t)) => provider.refresh_token_dead(t),
        _ => false,
    };
    if !condemned {
        log::trace("the refresh failed, but not because of the refresh token: it is kept");
        return Err(e);
    }
    // another machine of the fleet may have rotated it (once: a rescue's
    // own refusal goes on to the primary grant)
    match (then.rescue)(&rt) {
        Some(Rescue::Use(token, sent)) => return Ok((token, sent)),
        Some(Rescue::Refresh(newer, previous)) => {
            let once = Fallbacks {
                rescue: &|_| None,
                ..*then
            };
            return refresh_or(provider, inp, s, http, Some((newer, previous)), &once);
        }
        None => {}
    }
    // the refresh token is dead: never send it again
    (then.forget)();
    log::trace(format!(
        "refresh token rejected ({e:#}); falling back to the primary grant"
    ));
    match primary() {
        Ok(done) => Ok(done),
        Err(missing) if crate::error::classify(&missing).0 == Class::Missing => Err(TokError::new(
            Class::Rejected,
            format!(
                "the cached refresh token was rejected ({e:#}), and the primary grant cannot be used: {missing:#}"
            ),
        )
        .into()),
        Err(other) => Err(other),
    }
}

fn forget_keyring_refresh(provider: &dyn Provider, inp: &Inputs, deadline: Instant) {
    if let Err(e) = source::keyring::update(
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
