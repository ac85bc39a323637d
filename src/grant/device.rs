//! The device authorization grant (RFC 8628): ask the device endpoint for
//! a code, show the person where to enter it (stderr), then poll the token
//! endpoint at the server's pace until they did, refused, or time ran out.

use crate::error::{Class, TokError, sanitize_remote};
use crate::exchange::{client_auth_for, exchange};
use crate::log;
use crate::oauth::{self, Token};
use crate::provider::Provider;
use crate::provider::inputs::Inputs;
use crate::secret::Secret;
use crate::settings::Settings;
use anyhow::Result;
use std::time::{Duration, Instant};

/// RFC 8628 §3.2: what the device endpoint answers.
#[derive(Debug)]
pub struct Authorization {
    pub device_code: Secret,
    pub user_code: String,
    pub verification_uri: String,
    pub verification_uri_complete: Option<String>,
    /// Seconds between polls (§3.5: 5 when not given).
    pub interval: u64,
}

/// Parse the device endpoint's answer, or classify its failure. Every
/// value shown to the person is escaped first.
pub fn parse(resp: &crate::request::Response) -> Result<Authorization, TokError> {
    if !resp.is_success() {
        return Err(oauth::failure(resp));
    }
    let map = oauth::json_object(resp)?;
    let text = |name: &str| {
        map.get(name)
            .and_then(|v| v.as_str())
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    let missing = |name: &str| oauth::malformed(resp, &format!("no {name} in the device answer"));
    let device_code = text("device_code").ok_or_else(|| missing("device_code"))?;
    let user_code = text("user_code").ok_or_else(|| missing("user_code"))?;
    // Google's older name for it
    let uri = text("verification_uri")
        .or_else(|| text("verification_url"))
        .ok_or_else(|| missing("verification_uri"))?;
    let web = |u: &str| {
        reqwest::Url::parse(u)
            .is_ok_and(|p| matches!(p.scheme(), "https" | "http"))
            .then(|| sanitize_remote(u))
    };
    let verification_uri = web(uri)
        .ok_or_else(|| oauth::malformed(resp, "the verification_uri is not a web address"))?;
    let interval = match map.get("interval") {
        None | Some(serde_json::Value::Null) => 5,
        Some(v) => oauth::lifetime(Some(v))
            .map_or(5, |s| s as u64)
            .clamp(1, 60),
    };
    Ok(Authorization {
        device_code: Secret::new(device_code),
        user_code: sanitize_remote(user_code),
        verification_uri,
        verification_uri_complete: text("verification_uri_complete").and_then(web),
        interval,
    })
}

pub fn run(
    provider: &dyn Provider,
    inp: &Inputs,
    c: &Settings,
    until: Instant,
) -> Result<(Token, f64)> {
    let req = provider.device_request(inp)?;
    let http = client_auth_for(&req.url, c, until, inp)?;
    for secret in req.secret_values() {
        log::register(secret);
    }
    log::trace(format!("device authorization request to {}", req.url));
    let resp = http.send(&req)?;
    let auth = parse(&resp).map_err(|mut e| {
        e.message = format!("the device endpoint refused: {}", e.message);
        e
    })?;
    log::register(auth.device_code.expose());
    log::line(&format!(
        "tok: to sign in, open {} and enter the code {}",
        auth.verification_uri, auth.user_code
    ));
    if let Some(complete) = &auth.verification_uri_complete {
        log::line(&format!("tok: or open {complete}"));
    }
    let token_url = inp.require("token-url")?;
    // the last poll, at the deadline, gets a whole --timeout of its own
    let http = client_auth_for(token_url, c, until + Duration::from_secs(c.timeout), inp)?;
    let mut interval = auth.interval;
    let mut last = false;
    loop {
        // wait the interval, or until the deadline and poll once more there:
        // a person who signs in within --login-timeout gets the token
        let now = Instant::now();
        if last || now >= until {
            return Err(TokError::new(
                Class::Transient,
                "nobody signed in before --login-timeout ran out: run it again, and enter the code in time",
            )
            .into());
        }
        let mut next = now + Duration::from_secs(interval);
        if next >= until {
            next = until;
            last = true;
        }
        std::thread::sleep(next.saturating_duration_since(Instant::now()));
        let req = provider.device_token_request(inp, &auth.device_code)?;
        match exchange(provider, inp, c, &http, &req) {
            Ok(done) => {
                log::trace("signed in");
                return Ok(done);
            }
            Err(e) => {
                let code = match crate::error::classify(&e) {
                    (_, Some(t)) => t.oauth_error.clone(),
                    _ => None,
                };
                match code.as_deref() {
                    Some("authorization_pending") => {
                        log::trace("not signed in yet: waiting");
                    }
                    Some("slow_down") => {
                        interval += 5;
                        log::trace(format!("slow_down: polling every {interval}s"));
                    }
                    Some("access_denied") => {
                        return Err(TokError::new(
                            Class::Rejected,
                            "the sign-in was denied (access_denied)",
                        )
                        .with_oauth_error(code)
                        .into());
                    }
                    Some("expired_token") => {
                        return Err(TokError::new(
                            Class::Rejected,
                            "the device code expired before anyone signed in (expired_token): run it again",
                        )
                        .with_oauth_error(code)
                        .into());
                    }
                    _ => return Err(e),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oauth::tests::resp;

    #[test]
    fn answers_are_parsed_and_escaped() {
        let a = parse(&resp(
            200,
            r#"{"device_code":"D","user_code":"AB\u001b[2J","verification_uri":"https://idp.test/device","interval":"7"}"#,
        ))
        .unwrap();
        assert_eq!(a.device_code.expose(), "D");
        assert_eq!(a.user_code, "AB\\u{1b}[2J");
        assert_eq!(a.interval, 7);
        assert_eq!(a.verification_uri_complete, None);
        let a = parse(&resp(
            200,
            r#"{"device_code":"D","user_code":"U","verification_url":"https://g.test/d","interval":0}"#,
        ))
        .unwrap();
        assert_eq!(a.verification_uri, "https://g.test/d");
        assert_eq!(a.interval, 5, "0 is no interval");
        for bad in [
            r#"{"user_code":"U","verification_uri":"https://x"}"#,
            r#"{"device_code":"D","verification_uri":"https://x"}"#,
            r#"{"device_code":"D","user_code":"U","verification_uri":"javascript:alert(1)"}"#,
            "<html>",
        ] {
            assert_eq!(
                parse(&resp(200, bad)).unwrap_err().class,
                Class::Transient,
                "{bad}"
            );
        }
        let e = parse(&resp(400, r#"{"error":"invalid_client"}"#)).unwrap_err();
        assert_eq!(e.class, Class::Rejected);
    }
}
