//! "Auth API": username/password with rotating refresh tokens.
//!
//! `POST {base}/auth/password`, form `username`, `password` → access and
//! refresh token. `POST {base}/auth/refresh`, form `refresh_token` → a new
//! pair; the old refresh token is dead. The base URL has no public default;
//! `--staging` appends `-stg` to its first host label.

use super::Provider;
use super::field::Field;
use super::inputs::Inputs;
use crate::error::{Class, TokError};
use crate::request::Request;
use crate::secret::Secret;
use anyhow::Result;

pub struct AuthApi;

static FIELDS: &[Field] = &[
    Field::credential("username", "Username"),
    Field::secret("password", "Password"),
    Field::credential(
        "base-url",
        "Base URL of the Auth API, e.g. https://auth.example.com (no default)",
    ),
    Field::switch(
        "staging",
        "Use the staging host: -stg appended to the first host label",
    ),
];

impl AuthApi {
    fn base(&self, inp: &Inputs) -> Result<String> {
        let base = inp.require("base-url")?.trim_end_matches('/');
        if inp.switch("staging") {
            staging(base)
        } else {
            Ok(base.to_string())
        }
    }
}

/// `https://auth.x.com` → `https://auth-stg.x.com` (already `-stg`: unchanged).
pub fn staging(base: &str) -> Result<String> {
    let mut url = reqwest::Url::parse(base)
        .map_err(|e| TokError::new(Class::Usage, format!("invalid --base-url {base}: {e}")))?;
    let host = match url.host() {
        Some(url::Host::Domain(d)) => d.to_string(),
        _ => {
            return Err(TokError::new(
                Class::Usage,
                format!("--staging needs a host name in --base-url, not {base}"),
            )
            .into());
        }
    };
    let (first, rest) = host.split_once('.').unwrap_or((&host, ""));
    if !first.ends_with("-stg") {
        let new = if rest.is_empty() {
            format!("{first}-stg")
        } else {
            format!("{first}-stg.{rest}")
        };
        url.set_host(Some(&new))
            .map_err(|e| TokError::new(Class::Usage, format!("invalid staging host {new}: {e}")))?;
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

impl Provider for AuthApi {
    fn name(&self) -> &'static str {
        "authapi"
    }
    fn about(&self) -> &'static str {
        "Auth API: username/password, rotating refresh tokens (--base-url required)"
    }
    fn long_about(&self) -> &'static str {
        "Auth API: username/password at {base}/auth/password, rotating refresh \
         tokens at {base}/auth/refresh.\n\nThe base URL and the username and \
         password come from the vendor's support team; staging and production \
         have separate credentials."
    }
    fn fields(&self) -> &'static [Field] {
        FIELDS
    }
    fn identity_field(&self) -> &'static str {
        "username"
    }
    fn endpoint(&self, inp: &Inputs) -> Result<String> {
        Ok(format!("{}/auth/password", self.base(inp)?))
    }
    fn scope(&self, _inp: &Inputs) -> Option<String> {
        None
    }
    fn token_request(&self, inp: &Inputs) -> Result<Request> {
        let user = inp.require("username")?;
        let password = inp.require_secret("password")?;
        Ok(Request::form(self.endpoint(inp)?)
            .field("username", user)
            .field("password", password))
    }
    /// The Auth API answers 401 to a dead refresh token.
    fn refresh_token_dead(&self, err: &TokError) -> bool {
        err.status == Some(401) || err.oauth_error.as_deref() == Some("invalid_grant")
    }
    fn refresh_request(&self, inp: &Inputs, refresh: &Secret) -> Option<Result<Request>> {
        Some(self.base(inp).map(|base| {
            Request::form(format!("{base}/auth/refresh")).field("refresh_token", refresh)
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oauth::tests::resp;
    use crate::provider::shown;

    fn inputs(extra: &[(&str, &str)]) -> Inputs {
        let mut pairs = vec![
            ("username", "u"),
            ("password", "p"),
            ("base-url", "https://auth.example.com/"),
        ];
        pairs.extend_from_slice(extra);
        Inputs::from_pairs("authapi", FIELDS, &pairs)
    }

    #[test]
    fn password_request_has_only_username_and_password() {
        let req = AuthApi.token_request(&inputs(&[])).unwrap();
        assert_eq!(req.url, "https://auth.example.com/auth/password");
        assert_eq!(req.content_type(), "application/x-www-form-urlencoded");
        assert_eq!(req.body_bytes(), "username=u&password=p");
        assert!(req.header_value("Authorization").is_none());
    }

    #[test]
    fn refresh_request_sends_only_the_refresh_token() {
        let req = AuthApi
            .refresh_request(&inputs(&[]), &Secret::new("R1"))
            .unwrap()
            .unwrap();
        assert_eq!(req.url, "https://auth.example.com/auth/refresh");
        assert_eq!(req.body_bytes(), "refresh_token=R1");
        assert_eq!(shown(&req, "password"), None);
    }

    #[test]
    fn staging_appends_stg_to_the_first_label() {
        assert_eq!(
            staging("https://auth.x.com").unwrap(),
            "https://auth-stg.x.com"
        );
        assert_eq!(
            staging("https://auth-stg.x.com").unwrap(),
            "https://auth-stg.x.com"
        );
        assert_eq!(
            staging("https://auth.x.com:8443/base").unwrap(),
            "https://auth-stg.x.com:8443/base"
        );
        assert!(staging("http://127.0.0.1:9").is_err());
        let req = AuthApi
            .token_request(&inputs(&[("staging", "true")]))
            .unwrap();
        assert_eq!(req.url, "https://auth-stg.example.com/auth/password");
    }

    #[test]
    fn answer_with_lowercase_bearer_and_refresh_token() {
        let t = AuthApi
            .parse(
                &inputs(&[]),
                &resp(
                    200,
                    r#"{"access_token":"A","refresh_token":"R","token_type":"bearer","expires_in":3600}"#,
                ),
            )
            .unwrap();
        assert_eq!(t.token_type, "Bearer");
        assert_eq!(t.refresh_token.unwrap().expose(), "R");
        let e = AuthApi
            .parse(&inputs(&[]), &resp(401, "expired"))
            .unwrap_err();
        assert_eq!(e.class, crate::error::Class::Rejected);
        assert!(e.message.contains("expired"));
    }
}
