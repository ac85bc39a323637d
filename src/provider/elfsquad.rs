//! Elfsquad: OpenID client credentials (`--legacy`: the older Connect login,
//! in `elfsquad_legacy.rs`).
//!
//! `POST https://login.elfsquad.io/oauth2/token`, form body with the client
//! id and secret, `grant_type=client_credentials`, `scope=Elfskot.Api`.
//! Answer: RFC 6749 JSON, `expires_in` in seconds, no refresh token.

use super::Provider;
use super::elfsquad_legacy::ElfsquadLegacy;
use super::field::Field;
use super::inputs::Inputs;
use crate::error::TokError;
use crate::oauth::{Token, parse_standard};
use crate::request::{Request, Response};
use anyhow::Result;

pub struct Elfsquad;

pub const TOKEN_URL: &str = "https://login.elfsquad.io/oauth2/token";

pub static FIELDS: &[Field] = &[
    Field::credential(
        "client-id",
        "OpenID client id (with --legacy: the Connect application id)",
    ),
    Field::secret("client-secret", "Client secret"),
    Field::text(
        "token-url",
        "OpenID token endpoint [default: https://login.elfsquad.io/oauth2/token]",
    ),
    Field::text(
        "legacy-url",
        "Connect login endpoint, used with --legacy \
         [default: https://api.elfsquad.io/api/2/auth/elfskotconnectlogin]",
    ),
    Field::text("scope", "Scope to ask for (not used with --legacy)").with_default("Elfskot.Api"),
    Field::switch(
        "legacy",
        "Use the legacy Elfsquad Connect login (JSON body, expiresIn in milliseconds)",
    ),
];

impl Provider for Elfsquad {
    fn name(&self) -> &'static str {
        "elfsquad"
    }
    fn about(&self) -> &'static str {
        "Elfsquad: OpenID client credentials (or --legacy Connect login)"
    }
    fn long_about(&self) -> &'static str {
        "Elfsquad: OpenID client credentials.\n\nCreate an OpenID client on the \
         Integrations page of the Elfsquad Management System \
         (https://ems.elfsquad.io/integration) and note its client id and secret. \
         With --legacy, add an \"Elfsquad Connect\" integration application instead \
         and use its ApplicationId and Secret."
    }
    fn fields(&self) -> &'static [Field] {
        FIELDS
    }
    fn identity_field(&self) -> &'static str {
        "client-id"
    }
    fn endpoint(&self, inp: &Inputs) -> Result<String> {
        if inp.switch("legacy") {
            return ElfsquadLegacy.endpoint(inp);
        }
        Ok(inp.get("token-url").unwrap_or(TOKEN_URL).to_string())
    }
    fn reads(&self, inp: &Inputs, field: &str) -> bool {
        match field {
            "legacy-url" => inp.switch("legacy"),
            "token-url" | "scope" => !inp.switch("legacy"),
            _ => true,
        }
    }
    fn scope(&self, inp: &Inputs) -> Option<String> {
        if inp.switch("legacy") {
            return None;
        }
        inp.get("scope").map(str::to_string)
    }
    fn token_request(&self, inp: &Inputs) -> Result<Request> {
        if inp.switch("legacy") {
            return ElfsquadLegacy.token_request(inp);
        }
        let id = inp.require("client-id")?;
        let secret = inp.require_secret("client-secret")?;
        let mut req = Request::form(self.endpoint(inp)?)
            .field("client_id", id)
            .field("client_secret", secret)
            .field("grant_type", "client_credentials");
        if let Some(scope) = self.scope(inp) {
            req = req.field("scope", scope);
        }
        Ok(req)
    }
    fn parse(&self, inp: &Inputs, resp: &Response) -> Result<Token, TokError> {
        if inp.switch("legacy") {
            return ElfsquadLegacy.parse(inp, resp);
        }
        parse_standard(resp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Class;
    use crate::oauth::tests::resp;
    use crate::provider::shown;
    use crate::request::Body;

    fn inputs(pairs: &[(&str, &str)]) -> Inputs {
        Inputs::from_pairs("elfsquad", FIELDS, pairs)
    }

    #[test]
    fn request_is_a_form_with_credentials_in_the_body() {
        let inp = inputs(&[("client-id", "cid"), ("client-secret", "cs")]);
        let req = Elfsquad.token_request(&inp).unwrap();
        assert_eq!(req.url, TOKEN_URL);
        assert!(matches!(req.body, Body::Form(_)));
        assert_eq!(req.content_type(), "application/x-www-form-urlencoded");
        assert_eq!(shown(&req, "client_id").as_deref(), Some("cid"));
        assert_eq!(shown(&req, "client_secret").as_deref(), Some("cs"));
        assert_eq!(
            shown(&req, "grant_type").as_deref(),
            Some("client_credentials")
        );
        assert_eq!(shown(&req, "scope").as_deref(), Some("Elfskot.Api"));
        assert!(req.header_value("Authorization").is_none());
    }

    #[test]
    fn missing_secret_is_exit_4() {
        let inp = inputs(&[("client-id", "cid")]);
        let err = Elfsquad.token_request(&inp).unwrap_err();
        let tok = err.downcast_ref::<TokError>().unwrap();
        assert_eq!(tok.class, Class::Missing);
    }

    #[test]
    fn answers() {
        let inp = inputs(&[]);
        let t = Elfsquad
            .parse(
                &inp,
                &resp(
                    200,
                    r#"{"access_token":"AT","expires_in":3600,"token_type":"BEARER","scope":"Elfskot.Api"}"#,
                ),
            )
            .unwrap();
        assert_eq!(t.access_token.expose(), "AT");
        assert_eq!(t.expires_in, Some(3600.0));
        assert_eq!(t.token_type, "Bearer");
        let e = Elfsquad
            .parse(&inp, &resp(400, r#"{"error":"invalid_client"}"#))
            .unwrap_err();
        assert_eq!(e.class, Class::Rejected);
        let e = Elfsquad.parse(&inp, &resp(200, "nope")).unwrap_err();
        assert_eq!(e.class, Class::Transient);
        let e = Elfsquad.parse(&inp, &resp(200, "")).unwrap_err();
        assert!(e.message.contains("empty body"));
        let e = Elfsquad.parse(&inp, &resp(200, "{}")).unwrap_err();
        assert!(e.message.contains("no access_token"));
    }
}
