//! Flows in which a person signs in: the device authorization grant
//! ([`device`], RFC 8628) and the authorization code grant with PKCE on a
//! loopback redirect ([`browser`], RFC 6749 §4.1, RFC 7636, RFC 8252).
//!
//! The provider builds each request (pure functions); this module talks to
//! the person: stderr, a browser, a loopback listener, a pasted URL. It
//! never waits for a person who cannot come: [`check_person`] fails at once
//! (exit 6) without a terminal or under CI.

pub mod browser;
pub mod device;

use crate::error::{Class, TokError};
use crate::log;
use crate::oauth::Token;
use crate::provider::inputs::Inputs;
use crate::provider::{self, Provider, SignIn};
use crate::settings::Settings;
use anyhow::Result;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// Who asked for the sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asker {
    /// `tok get` / `curl` / `exec`: only with a terminal (stdin or stderr).
    Command,
    /// `tok login`: a person ran it on purpose; still never under CI.
    Login,
    /// A caller that says no person may be asked (kubectl's
    /// `"interactive": false`): exit 6 whenever a sign-in is needed.
    Nobody,
}

/// Fail at once (exit 6) when nobody can sign in now; `login`: the words
/// of the `tok login` command that would do it.
pub fn check_person(kind: SignIn, asker: Asker, login: &str) -> Result<()> {
    let what = match kind {
        SignIn::Device => "with a device code",
        SignIn::Browser => "in a browser",
    };
    let why = if log::under_ci() {
        "CI is set"
    } else if asker == Asker::Nobody {
        "the caller runs tok non-interactively"
    } else if asker == Asker::Command
        && !std::io::stdin().is_terminal()
        && !std::io::stderr().is_terminal()
    {
        "there is no terminal"
    } else {
        return Ok(());
    };
    Err(TokError::new(
        Class::InteractionRequired,
        format!(
            "a person must sign in {what}, and {why}: run `{login}` on a terminal first \
             (later calls then refresh silently)"
        ),
    )
    .into())
}

/// The `--login-timeout` deadline.
pub fn login_deadline(inp: &Inputs) -> Result<Instant> {
    let raw = inp.get("login-timeout").unwrap_or("300");
    match raw.trim().parse::<u64>() {
        Ok(secs @ 1..=86_400) => Ok(Instant::now() + Duration::from_secs(secs)),
        _ => Err(TokError::new(
            Class::Usage,
            format!("--login-timeout wants seconds from 1 to 86400, got {raw:?}"),
        )
        .into()),
    }
}

/// Run the sign-in `kind`: the token and when its request was sent.
pub fn run(
    kind: SignIn,
    provider: &dyn Provider,
    inp: &Inputs,
    c: &Settings,
    until: Instant,
) -> Result<(Token, f64)> {
    match kind {
        SignIn::Device => device::run(provider, inp, c, until),
        SignIn::Browser => browser::run(provider, inp, c, until),
    }
}

/// Random bytes as base64url without padding (state, nonce, PKCE).
fn random_b64(n: usize) -> Result<String> {
    use base64::Engine;
    use ring::rand::SecureRandom;
    let mut bytes = vec![0u8; n];
    ring::rand::SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| anyhow::anyhow!("no random numbers from the OS"))?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

/// What a `--dry-run` of a sign-in shows: the device request, or the
/// authorization URL with its one-time values masked.
/// The endpoints are checked as a real run checks them (https, or plain
/// http to loopback or with `allow_http`); a placeholder for an endpoint
/// discovery would find passes, as its issuer did.
pub fn describe(
    kind: SignIn,
    provider: &dyn Provider,
    inp: &Inputs,
    allow_http: bool,
) -> Result<String> {
    match kind {
        SignIn::Device => {
            let req = provider.device_request(inp)?;
            provider::check_url(&req.url, allow_http)?;
            Ok(format!(
                "{}\n(then the token endpoint is polled with the device code until a person signs in)\n",
                req.describe_masked().trim_end()
            ))
        }
        SignIn::Browser => {
            let params = provider::AuthorizationParams {
                redirect_uri: "http://127.0.0.1:<port>/callback".into(),
                state: crate::secret::Secret::new("***"),
                challenge: "***".into(),
                nonce: browser::wants_nonce(inp).then(|| crate::secret::Secret::new("***")),
            };
            let url = provider.authorization_url(inp, &params)?;
            provider::check_url(&url, allow_http)?;
            Ok(format!(
                "open in a browser: {}\n(then the code is traded at {} with the PKCE verifier)\n",
                // the placeholders, as written
                url.replace("%3C", "<").replace("%3E", ">"),
                inp.get("token-url").unwrap_or("the token endpoint"),
            ))
        }
    }
}
