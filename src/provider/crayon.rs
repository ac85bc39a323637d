//! Crayon: password grant with HTTP Basic client auth, PascalCase answer.
//!
//! `POST https://api.crayon.com/api/v1/connect/token/` (trailing slash as
//! documented), Basic `ClientId:ClientSecret`, form `grant_type=password`,
//! `username`, `password`, `scope=CustomerApi`. The answer is
//! `{AccessToken, ExpiresIn, TokenType, RefreshToken, Error}`; a non-null
//! `Error` is a failure even with HTTP 200.

use super::Provider;
use super::field::Field;
use super::inputs::Inputs;
use crate::error::{Class, TokError, sanitize_remote};
use crate::oauth::{self, Token, json_object, lifetime, malformed, normalise_token_type};
use crate::request::{Request, Response};
use crate::secret::Secret;
use anyhow::Result;

pub struct Crayon;

pub const TOKEN_URL: &str = "https://api.crayon.com/api/v1/connect/token/";

static FIELDS: &[Field] = &[
    Field::credential("client-id", "Client id (registered in Crayon Cloud-iQ)"),
    Field::secret("client-secret", "Client secret"),
    Field::credential("username", "Username of the API user"),
    Field::secret("password", "Password of the API user"),
    Field::text("token-url", "Token endpoint").with_default(TOKEN_URL),
    Field::text("scope", "Scope to ask for").with_default("CustomerApi"),
];

/// The first of several spellings of a field that holds a non-empty string.
fn pick<'a>(
    map: &'a serde_json::Map<String, serde_json::Value>,
    names: &[&str],
) -> Option<&'a str> {
    names
        .iter()
        .find_map(|n| map.get(*n).and_then(|v| v.as_str()))
        .filter(|s| !s.is_empty())
}

impl Provider for Crayon {
    fn name(&self) -> &'static str {
        "crayon"
    }
    fn about(&self) -> &'static str {
        "Crayon: password grant with Basic client auth (PascalCase answer)"
    }
    fn long_about(&self) -> &'static str {
        "Crayon: OAuth2 password grant with HTTP Basic client authentication.\n\n\
         Register the client (client id and secret) at \
         https://cloudiq.crayon.com/clients/; the username and password are \
         those of your Crayon API user."
    }
    fn fields(&self) -> &'static [Field] {
        FIELDS
    }
    fn identity_field(&self) -> &'static str {
        "username"
    }
    fn endpoint(&self, inp: &Inputs) -> Result<String> {
        Ok(inp.get("token-url").unwrap_or(TOKEN_URL).to_string())
    }
    fn token_request(&self, inp: &Inputs) -> Result<Request> {
        let id = inp.require("client-id")?;
        let secret = inp.require_secret("client-secret")?;
        let user = inp.require("username")?;
        let password = inp.require_secret("password")?;
        let mut req = Request::form(self.endpoint(inp)?)
            .basic_auth(id, secret)
            .field("grant_type", "password")
            .field("username", user)
            .field("password", password);
        if let Some(scope) = self.scope(inp) {
            req = req.field("scope", scope);
        }
        Ok(req)
    }
    fn parse(&self, _inp: &Inputs, resp: &Response) -> Result<Token, TokError> {
        let map = match json_object(resp) {
            Ok(map) => map,
            Err(_) if !resp.is_success() => return Err(oauth::failure(resp)),
            Err(e) => return Err(e),
        };
        let error = match map.get("Error").or_else(|| map.get("error")) {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::String(s)) if s.is_empty() => None,
            Some(serde_json::Value::String(s)) => Some(s.clone()),
            Some(other) => Some(other.to_string()),
        };
        if let Some(error) = error {
            let error = sanitize_remote(&error);
            let class = if matches!(resp.status, 429 | 500..=599) {
                Class::Transient
            } else {
                Class::Rejected
            };
            return Err(TokError::new(
                class,
                format!(
                    "the provider rejected the request: HTTP {}: {error}",
                    resp.status
                ),
            )
            .with_status(resp.status)
            .with_oauth_error(Some(error)));
        }
        if !resp.is_success() {
            return Err(oauth::failure(resp));
        }
        let token = pick(&map, &["AccessToken", "access_token"])
            .ok_or_else(|| malformed(resp, "no AccessToken in the answer"))?;
        Ok(Token {
            access_token: Secret::new(token),
            token_type: normalise_token_type(pick(&map, &["TokenType", "token_type"])),
            expires_in: lifetime(map.get("ExpiresIn").or_else(|| map.get("expires_in"))),
            scope: None,
            refresh_token: pick(&map, &["RefreshToken", "refresh_token"]).map(Secret::new),
            id_token: pick(&map, &["IdentityToken", "id_token"]).map(Secret::new),
            issued_token_type: None,
            refresh_expires_in: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oauth::tests::resp;
    use crate::provider::shown;

    fn inputs() -> Inputs {
        Inputs::from_pairs(
            "crayon",
            FIELDS,
            &[
                ("client-id", "C"),
                ("client-secret", "S"),
                ("username", "u"),
                ("password", "p"),
            ],
        )
    }

    #[test]
    fn request_uses_basic_auth_and_password_grant() {
        let req = Crayon.token_request(&inputs()).unwrap();
        assert_eq!(req.url, TOKEN_URL);
        assert!(req.url.ends_with('/'));
        assert!(
            req.header_value("Authorization")
                .unwrap()
                .expose()
                .starts_with("Basic ")
        );
        assert_eq!(
            req.header_value("Accept").unwrap().expose(),
            "application/json"
        );
        assert_eq!(
            req.body_bytes(),
            "grant_type=password&username=u&password=p&scope=CustomerApi"
        );
        assert_eq!(shown(&req, "client_id"), None);
    }

    #[test]
    fn pascal_case_answer() {
        let t = Crayon
            .parse(
                &inputs(),
                &resp(
                    200,
                    r#"{"AccessToken":"A","IdentityToken":null,"Error":null,"ExpiresIn":20060,"TokenType":"BEARER","RefreshToken":null}"#,
                ),
            )
            .unwrap();
        assert_eq!(t.access_token.expose(), "A");
        assert_eq!(t.expires_in, Some(20060.0));
        assert_eq!(t.token_type, "Bearer");
        assert_eq!(t.refresh_token, None);
        let t = Crayon
            .parse(&inputs(), &resp(200, r#"{"AccessToken":"A"}"#))
            .unwrap();
        assert_eq!(t.token_type, "Bearer");
    }

    #[test]
    fn error_field_fails_even_on_200() {
        for status in [200, 400] {
            let e = Crayon
                .parse(
                    &inputs(),
                    &resp(
                        status,
                        r#"{"AccessToken":null,"Error":"invalid_grant","ExpiresIn":0}"#,
                    ),
                )
                .unwrap_err();
            assert_eq!(e.class, Class::Rejected);
            assert_eq!(e.oauth_error.as_deref(), Some("invalid_grant"));
        }
    }

    #[test]
    fn malformed_answers() {
        let e = Crayon.parse(&inputs(), &resp(200, "")).unwrap_err();
        assert_eq!(e.class, Class::Transient);
        let e = Crayon
            .parse(&inputs(), &resp(200, r#"{"Error":null}"#))
            .unwrap_err();
        assert!(e.message.contains("no AccessToken"));
        let e = Crayon.parse(&inputs(), &resp(502, "<html>")).unwrap_err();
        assert_eq!(e.class, Class::Transient);
        assert!(e.message.contains("502"));
    }
}
