//! Elfsquad's legacy "Elfsquad Connect" login (`tok get elfsquad --legacy`).
//!
//! `POST https://api.elfsquad.io/api/2/auth/elfskotconnectlogin`, JSON body
//! `{"clientId", "secret"}` → `{"accessToken", "expiresIn"}` where
//! **`expiresIn` is milliseconds** (the vendor's sample JWT has
//! `exp − iat = 1800` s for `expiresIn: 1800000`). No token type: Bearer.
//! It shares the `elfsquad` credentials; its endpoint is its own
//! (`--legacy-url`, `TOK_ELFSQUAD_LEGACY_URL`): the OpenID `--token-url`
//! would answer it with a misleading `invalid_request`.

use super::Provider;
use super::elfsquad::FIELDS;
use super::field::Field;
use super::inputs::{Inputs, Source};
use crate::error::TokError;
use crate::oauth::{self, Token, json_object, lifetime, malformed};
use crate::request::{Request, Response};
use crate::secret::Secret;
use anyhow::Result;

pub struct ElfsquadLegacy;

pub const LOGIN_URL: &str = "https://api.elfsquad.io/api/2/auth/elfskotconnectlogin";

impl Provider for ElfsquadLegacy {
    fn name(&self) -> &'static str {
        "elfsquad"
    }
    fn about(&self) -> &'static str {
        "Elfsquad Connect login (legacy)"
    }
    fn long_about(&self) -> &'static str {
        self.about()
    }
    fn fields(&self) -> &'static [Field] {
        FIELDS
    }
    fn identity_field(&self) -> &'static str {
        "client-id"
    }
    fn endpoint(&self, inp: &Inputs) -> Result<String> {
        // given on purpose (not a variable set for the OpenID flow)
        if let Some(Source::Flag | Source::Account(..)) = inp.source("token-url") {
            return Err(TokError::new(
                crate::error::Class::Usage,
                "--token-url is the OpenID endpoint: with --legacy, give --legacy-url",
            )
            .into());
        }
        Ok(inp.get("legacy-url").unwrap_or(LOGIN_URL).to_string())
    }
    fn scope(&self, _inp: &Inputs) -> Option<String> {
        None
    }
    fn token_request(&self, inp: &Inputs) -> Result<Request> {
        let id = inp.require("client-id")?;
        let secret = inp.require_secret("client-secret")?;
        Ok(Request::json(self.endpoint(inp)?)
            .field("clientId", id)
            .field("secret", secret))
    }
    fn parse(&self, _inp: &Inputs, resp: &Response) -> Result<Token, TokError> {
        if !resp.is_success() {
            return Err(oauth::failure(resp));
        }
        let map = json_object(resp)?;
        let token = map
            .get("accessToken")
            .and_then(|v| v.as_str())
            .filter(|s| !s.is_empty())
            .ok_or_else(|| malformed(resp, "no accessToken in the answer"))?;
        Ok(Token {
            access_token: Secret::new(token),
            token_type: "Bearer".into(),
            expires_in: lifetime(map.get("expiresIn")).map(|ms| ms / 1000.0),
            scope: None,
            refresh_token: None,
            id_token: None,
            issued_token_type: None,
            refresh_expires_in: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Class;
    use crate::oauth::tests::resp;
    use crate::provider::elfsquad::Elfsquad;

    fn inputs() -> Inputs {
        Inputs::from_pairs(
            "elfsquad",
            FIELDS,
            &[
                ("client-id", "app"),
                ("client-secret", "s"),
                ("legacy", "true"),
            ],
        )
    }

    #[test]
    fn request_is_json_with_client_id_and_secret() {
        let req = Elfsquad.token_request(&inputs()).unwrap();
        assert_eq!(req.url, LOGIN_URL);
        assert_eq!(req.content_type(), "application/json");
        assert_eq!(req.body_bytes(), r#"{"clientId":"app","secret":"s"}"#);
        assert!(req.get("grant_type").is_none());
        assert_eq!(Elfsquad.scope(&inputs()), None);
    }

    #[test]
    fn expires_in_is_milliseconds() {
        let t = Elfsquad
            .parse(
                &inputs(),
                &resp(200, r#"{"accessToken":"J","expiresIn":1800000}"#),
            )
            .unwrap();
        assert_eq!(t.expires_in, Some(1800.0));
        assert_eq!(t.token_type, "Bearer");
        let t = Elfsquad
            .parse(&inputs(), &resp(200, r#"{"accessToken":"J"}"#))
            .unwrap();
        assert_eq!(t.expires_in, None);
    }

    #[test]
    fn failures() {
        let e = Elfsquad.parse(&inputs(), &resp(401, "")).unwrap_err();
        assert_eq!(e.class, Class::Rejected);
        let e = Elfsquad.parse(&inputs(), &resp(415, "")).unwrap_err();
        assert_eq!(e.class, Class::Transient);
        assert!(e.message.contains("415"));
        let e = Elfsquad
            .parse(&inputs(), &resp(200, r#"{"access_token":"x"}"#))
            .unwrap_err();
        assert!(e.message.contains("no accessToken"));
        let e = Elfsquad.parse(&inputs(), &resp(200, "[1]")).unwrap_err();
        assert!(e.message.contains("not an object"));
    }
}
