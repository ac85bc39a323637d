//! Envoy: password grant with HTTP Basic client auth, or a client API key.
//!
//! `POST https://api.envoy.com/oauth2/token`: Basic `client_id:client_secret`,
//! form `username`, `password`, `scope=token.refresh,locations.read` (comma
//! separated), `grant_type=password`. The refresh grant sends the client id
//! and secret **in the body**. An API key (`--api-key`) needs no exchange:
//! it is printed as is, header form `X-Api-Key: <key>`, never expires.

use super::field::Field;
use super::inputs::Inputs;
use super::{Provider, StaticToken};
use crate::request::Request;
use crate::secret::Secret;
use anyhow::Result;

pub struct Envoy;

pub const TOKEN_URL: &str = "https://api.envoy.com/oauth2/token";

static FIELDS: &[Field] = &[
    Field::credential("client-id", "Client id of the integration (Dev Dashboard)"),
    Field::secret("client-secret", "Client secret of the integration"),
    Field::credential("username", "Email of the API user"),
    Field::secret("password", "Password of the API user"),
    Field::secret(
        "api-key",
        "Client API key: no token exchange, header X-Api-Key (other credentials not needed)",
    )
    .alone(),
    Field::text("token-url", "Token endpoint").with_default(TOKEN_URL),
    Field::text("scope", "Scopes, comma separated").with_default("token.refresh,locations.read"),
];

impl Provider for Envoy {
    fn name(&self) -> &'static str {
        "envoy"
    }
    fn about(&self) -> &'static str {
        "Envoy: password grant with Basic client auth, or --api-key"
    }
    fn long_about(&self) -> &'static str {
        "Envoy: OAuth2 password grant with HTTP Basic client authentication; \
         refresh tokens (scope token.refresh) are used before the password.\n\n\
         Create the client id and secret as an integration in Envoy's Dev \
         Dashboard, and an API user (an employee with the Global Admin role) \
         for the username and password. A Client API key (--api-key) needs no \
         exchange at all: tok prints it as is."
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
    fn static_token(&self, inp: &Inputs) -> Option<StaticToken> {
        inp.secret("api-key").map(|key| StaticToken {
            value: key.clone(),
            header: "X-Api-Key",
        })
    }
    fn token_request(&self, inp: &Inputs) -> Result<Request> {
        let id = inp.require("client-id")?;
        let secret = inp.require_secret("client-secret")?;
        let user = inp.require("username")?;
        let password = inp.require_secret("password")?;
        let mut req = Request::form(self.endpoint(inp)?)
            .basic_auth(id, secret)
            .field("username", user)
            .field("password", password);
        if let Some(scope) = self.scope(inp) {
            req = req.field("scope", scope);
        }
        Ok(req.field("grant_type", "password"))
    }
    fn refresh_request(&self, inp: &Inputs, refresh: &Secret) -> Option<Result<Request>> {
        let build = || -> Result<Request> {
            Ok(Request::form(self.endpoint(inp)?)
                .field("client_id", inp.require("client-id")?)
                .field("client_secret", inp.require_secret("client-secret")?)
                .field("refresh_token", refresh)
                .field("grant_type", "refresh_token"))
        };
        Some(build())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oauth::tests::resp;
    use crate::provider::shown;
    use crate::request::Value;

    fn inputs(extra: &[(&str, &str)]) -> Inputs {
        let mut pairs = vec![
            ("client-id", "cid"),
            ("client-secret", "cs"),
            ("username", "u@x.com"),
            ("password", "pw"),
        ];
        pairs.extend_from_slice(extra);
        Inputs::from_pairs("envoy", FIELDS, &pairs)
    }

    #[test]
    fn password_grant_uses_basic_auth_and_comma_scope() {
        let req = Envoy.token_request(&inputs(&[])).unwrap();
        assert_eq!(req.url, TOKEN_URL);
        // base64("cid:cs")
        assert_eq!(
            req.header_value("Authorization"),
            Some(&Value::Secret(Secret::new("Basic Y2lkOmNz")))
        );
        assert_eq!(shown(&req, "client_secret"), None);
        assert_eq!(shown(&req, "grant_type").as_deref(), Some("password"));
        assert_eq!(
            shown(&req, "scope").as_deref(),
            Some("token.refresh,locations.read")
        );
        assert_eq!(shown(&req, "username").as_deref(), Some("u@x.com"));
    }

    #[test]
    fn refresh_grant_puts_client_credentials_in_the_body() {
        let req = Envoy
            .refresh_request(&inputs(&[]), &Secret::new("R"))
            .unwrap()
            .unwrap();
        assert!(req.header_value("Authorization").is_none());
        assert_eq!(
            req.body_bytes(),
            "client_id=cid&client_secret=cs&refresh_token=R&grant_type=refresh_token"
        );
    }

    #[test]
    fn api_key_is_a_static_token() {
        assert!(Envoy.static_token(&inputs(&[])).is_none());
        let t = Envoy.static_token(&inputs(&[("api-key", "K")])).unwrap();
        assert_eq!(t.value.expose(), "K");
        assert_eq!(t.header, "X-Api-Key");
    }

    #[test]
    fn full_answer_with_string_company_id() {
        let t = Envoy
            .parse(
                &inputs(&[]),
                &resp(
                    200,
                    r#"{"token_type":"Bearer","access_token":"A","expires_in":86400,"refresh_token":"R","refresh_token_expires_in":2592000,"state":null,"company_id":"10000"}"#,
                ),
            )
            .unwrap();
        assert_eq!(t.expires_in, Some(86400.0));
        assert_eq!(t.refresh_token.unwrap().expose(), "R");
    }
}
