//! Any RFC 6749 token endpoint (`tok get oauth2 --token-url …`).
//!
//! `--token-url`, or `--issuer` to find it by OIDC / RFC 8414 discovery.
//! `--grant client_credentials|password|refresh_token`, client
//! authentication with HTTP Basic or in the body (`--client-auth`),
//! `--scope`, `--audience` and repeated `--param key=value`. Tokens need not
//! be JWTs.
//!
//! A person signs in with `--grant device_code` (RFC 8628) or
//! `--grant authorization_code` (RFC 6749 §4.1 with PKCE, RFC 7636). This
//! file only builds their requests; `crate::grant` runs the flows.

use super::field::Field;
use super::inputs::Inputs;
use super::{AuthorizationParams, Provider, SignIn};
use crate::error::{Class, TokError};
use crate::jose;
use crate::request::Request;
use crate::secret::Secret;
use anyhow::Result;

pub struct OAuth2;

static FIELDS: &[Field] = &[
    Field::credential("token-url", "Token endpoint (or --issuer)"),
    Field::text(
        "issuer",
        "Issuer URL: the token endpoint is found by OIDC discovery (RFC 8414 as fallback)",
    ),
    Field::text(
        "grant",
        "Grant type (device_code and authorization_code: a person signs in)",
    )
    .with_default("client_credentials")
    .choice(&[
        "client_credentials",
        "password",
        "refresh_token",
        "device_code",
        "authorization_code",
        "jwt-bearer",
        "token-exchange",
    ]),
    Field::text(
        "client-auth",
        "How the client authenticates: secret in Basic or body, a signed assertion \
         (client_secret_jwt, private_key_jwt), a TLS client certificate, or none",
    )
    .with_default("basic")
    .choice(&[
        "basic",
        "body",
        "client_secret_jwt",
        "private_key_jwt",
        "tls_client_auth",
        "none",
    ]),
    Field::text(
        "client-assertion-key",
        "PEM private key file that signs the client assertion (private_key_jwt)",
    )
    .file(),
    Field::text(
        "client-assertion-alg",
        "JOSE algorithm of the client assertion [default: from the key: RS256, ES256, ES384, EdDSA]",
    )
    .choice(&["RS256", "PS256", "ES256", "ES384", "EdDSA"]),
    Field::text("client-assertion-kid", "kid in the client assertion's header"),
    Field::text(
        "client-assertion-aud",
        "aud of the client assertion [default: the token endpoint URL]",
    ),
    Field::text(
        "client-cert",
        "PEM client certificate for mutual TLS (tls_client_auth, or with any method)",
    )
    .file(),
    Field::text("client-key", "PEM private key of --client-cert").file(),
    Field::credential("client-id", "Client id"),
    Field::secret("client-secret", "Client secret (omit for a public client)"),
    Field::credential("username", "Username (password grant)"),
    Field::secret("password", "Password (password grant)"),
    Field::secret("refresh-token", "Refresh token (refresh_token grant)").identity(),
    Field::text("scope", "Scope to ask for (space separated)"),
    Field::text("audience", "Audience parameter (repeatable for token-exchange)").list(),
    Field::text("resource", "Resource indicator, RFC 8707 (repeatable)").list(),
    Field::secret_input(
        "assertion",
        "JWT assertion for the jwt-bearer grant (or --assertion-file, --assertion-from, --assertion-key)",
    )
    .workload(),
    Field::text("assertion-file", "File holding the jwt-bearer assertion")
        .file()
        .unkeyed(),
    Field::text(
        "assertion-from",
        "Where the assertion comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME",
    )
    .unkeyed(),
    Field::text(
        "assertion-key",
        "PEM private key with which tok signs the jwt-bearer assertion itself",
    )
    .file(),
    Field::secret_input(
        "assertion-key-pem",
        "The assertion key as PEM text (from the environment; a --key-file fills it)",
    )
    .unkeyed(),
    Field::text("assertion-iss", "iss of a signed assertion [default: the client id]"),
    Field::text("assertion-sub", "sub of a signed assertion [default: the client id]"),
    Field::text("assertion-aud", "aud of a signed assertion [default: the token endpoint]"),
    Field::text(
        "assertion-alg",
        "JOSE algorithm of a signed assertion [default: from the key]",
    )
    .choice(&["RS256", "PS256", "ES256", "ES384", "EdDSA"]),
    Field::text("assertion-kid", "kid in a signed assertion's header"),
    Field::text(
        "key-file",
        "Service account key (JSON: client_email, private_key, private_key_id, token_uri): fills the assertion and the token endpoint",
    )
    .file(),
    Field::secret_input(
        "subject-token",
        "Subject token for token-exchange (or --subject-token-file, --subject-token-from)",
    )
    .workload(),
    Field::text("subject-token-file", "File holding the subject token")
        .file()
        .unkeyed(),
    Field::text(
        "subject-token-from",
        "Where the subject token comes from: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME",
    )
    .unkeyed(),
    Field::text("subject-token-type", "Type of the subject token (RFC 8693)")
        .with_default("urn:ietf:params:oauth:token-type:jwt"),
    Field::secret_input("actor-token", "Actor token for token-exchange (or --actor-token-file)")
        .workload(),
    Field::text("actor-token-file", "File holding the actor token")
        .file()
        .unkeyed(),
    Field::text("actor-token-type", "Type of the actor token (RFC 8693)")
        .with_default("urn:ietf:params:oauth:token-type:jwt"),
    Field::text("requested-token-type", "The type of token to ask for (RFC 8693)"),
    Field::text(
        "param",
        "Extra body parameter, repeatable (not treated as a secret)",
    )
    .list(),
    Field::text(
        "device-url",
        "Device authorization endpoint (device_code; else from --issuer discovery)",
    )
    .unkeyed(),
    Field::text(
        "authorization-url",
        "Authorization endpoint (authorization_code; else from --issuer discovery)",
    )
    .unkeyed(),
    Field::text(
        "revocation-url",
        "Revocation endpoint for `tok logout --revoke` (else from --issuer discovery)",
    )
    .unkeyed(),
    Field::text(
        "redirect-port",
        "Port of the loopback redirect (authorization_code) [default: a free one]",
    )
    .unkeyed(),
    Field::text("login-timeout", "Seconds to wait for a person to sign in")
        .with_default("300")
        .unkeyed(),
    Field::switch(
        "no-browser",
        "Print the sign-in URL instead of opening a browser",
    )
    .unkeyed(),
    Field::switch(
        "manual",
        "Over SSH: print the sign-in URL, then paste the URL the browser was sent back to",
    )
    .unkeyed(),
];

/// The `grant_type` of RFC 8628's token request.
const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

impl OAuth2 {
    /// The request with grant-independent parts: client auth, scope, extras.
    fn base(&self, inp: &Inputs, grant: &str, with_scope: bool) -> Result<Request> {
        let req = Request::form(inp.require("token-url")?).field("grant_type", grant);
        self.client(inp, req, with_scope)
    }

    /// Client authentication, scope and extra parameters on `req`.
    fn client(&self, inp: &Inputs, mut req: Request, with_scope: bool) -> Result<Request> {
        req = self.authenticate(inp, req)?;
        if with_scope && let Some(scope) = inp.get("scope") {
            req = req.field("scope", scope);
        }
        for aud in inp.list("audience") {
            req = req.field("audience", aud.as_str());
        }
        for resource in inp.list("resource") {
            req = req.field("resource", resource.as_str());
        }
        for p in inp.list("param") {
            let (k, v) = p
                .split_once('=')
                .filter(|(k, _)| !k.is_empty())
                .ok_or_else(|| {
                    TokError::new(Class::Usage, format!("--param wants KEY=VALUE, got {p:?}"))
                })?;
            req = req.field(k, v);
        }
        Ok(req)
    }
}

impl OAuth2 {
    /// Client authentication (RFC 6749 §2.3, RFC 7523 §2.2, RFC 8705).
    fn authenticate(&self, inp: &Inputs, req: Request) -> Result<Request> {
        let id = inp.get("client-id");
        let secret = inp.secret("client-secret");
        let method = inp.get("client-auth").unwrap_or("basic");
        let assertion = |jwt: &Secret, id: &str, req: Request| {
            req.field("client_id", id)
                .field("client_assertion_type", jose::CLIENT_ASSERTION_TYPE)
                .field("client_assertion", jwt)
        };
        Ok(match (method, id, secret) {
            ("private_key_jwt", _, _) => {
                let id = inp.require("client-id")?;
                let path = inp
                    .get("client-assertion-key")
                    .ok_or_else(|| inp.missing("client-assertion-key"))?;
                let key = jose::SigningKey::load(std::path::Path::new(path))?;
                let aud = inp
                    .get("client-assertion-aud")
                    .unwrap_or(&req.url)
                    .to_string();
                let claims = jose::assertion_claims(id, id, &aud)?;
                let jwt = key.sign(
                    inp.get("client-assertion-alg"),
                    inp.get("client-assertion-kid"),
                    &claims,
                )?;
                assertion(&jwt, id, req)
            }
            ("client_secret_jwt", _, _) => {
                let id = inp.require("client-id")?;
                let secret = inp.require_secret("client-secret")?;
                let aud = inp
                    .get("client-assertion-aud")
                    .unwrap_or(&req.url)
                    .to_string();
                let jwt = jose::sign_hs256(secret, &jose::assertion_claims(id, id, &aud)?);
                assertion(&jwt, id, req)
            }
            ("tls_client_auth", _, _) => {
                if inp.get("client-cert").is_none() {
                    return Err(inp.missing("client-cert").into());
                }
                req.field("client_id", inp.require("client-id")?)
            }
            ("none", _, _) => req.field("client_id", inp.require("client-id")?),
            ("basic", Some(id), Some(secret)) => req.basic_auth_form_encoded(id, secret),
            (_, Some(id), secret) => {
                let req = req.field("client_id", id);
                match secret {
                    Some(secret) => req.field("client_secret", secret),
                    None => req,
                }
            }
            (_, None, Some(_)) => return Err(inp.missing("client-id").into()),
            (_, None, None) => req,
        })
    }
}

/// RFC 7523 §2.1 and RFC 8693 grant types.
const JWT_BEARER: &str = "urn:ietf:params:oauth:grant-type:jwt-bearer";
const TOKEN_EXCHANGE: &str = "urn:ietf:params:oauth:grant-type:token-exchange";
const JWT_TYPE: &str = "urn:ietf:params:oauth:token-type:jwt";

impl OAuth2 {
    /// RFC 7523 §2.1: an assertion given (a file, a variable, a CI
    /// identity), or one tok signs with `--assertion-key`.
    fn jwt_bearer(&self, inp: &Inputs) -> Result<Request> {
        let assertion = match inp.secret("assertion") {
            Some(a) => a.clone(),
            None => self.signed_assertion(inp)?,
        };
        not_expired(inp, "assertion", &assertion)?;
        Ok(self
            .base(inp, JWT_BEARER, true)?
            .field("assertion", &assertion))
    }

    fn signed_assertion(&self, inp: &Inputs) -> Result<Secret> {
        let key = match (inp.secret("assertion-key-pem"), inp.get("assertion-key")) {
            (Some(pem), _) => {
                jose::SigningKey::from_pem(pem.expose().as_bytes(), "the assertion key")?
            }
            (None, Some(path)) => jose::SigningKey::load(std::path::Path::new(path))?,
            (None, None) => return Err(inp.missing("assertion").into()),
        };
        let id = inp.get("client-id");
        let iss = inp
            .get("assertion-iss")
            .or(id)
            .ok_or_else(|| inp.missing("assertion-iss"))?;
        let sub = inp.get("assertion-sub").or(id).unwrap_or(iss);
        let aud = match inp.get("assertion-aud") {
            Some(aud) => aud,
            None => inp.require("token-url")?,
        };
        let mut claims = jose::assertion_claims(iss, sub, aud)?;
        // a service account key (Google's flow) asks for its scope in the assertion
        if inp.explicit("key-file")
            && let Some(scope) = inp.get("scope")
        {
            claims["scope"] = scope.into();
        }
        key.sign(inp.get("assertion-alg"), inp.get("assertion-kid"), &claims)
    }

    /// RFC 8693: the subject token (and an actor token) traded for a token.
    fn token_exchange(&self, inp: &Inputs) -> Result<Request> {
        let subject = inp
            .secret("subject-token")
            .ok_or_else(|| inp.missing("subject-token"))?;
        not_expired(inp, "subject-token", subject)?;
        let mut req = self
            .base(inp, TOKEN_EXCHANGE, true)?
            .field("subject_token", subject)
            .field(
                "subject_token_type",
                inp.get("subject-token-type").unwrap_or(JWT_TYPE),
            );
        if let Some(actor) = inp.secret("actor-token") {
            not_expired(inp, "actor-token", actor)?;
            req = req.field("actor_token", actor).field(
                "actor_token_type",
                inp.get("actor-token-type").unwrap_or(JWT_TYPE),
            );
        }
        if let Some(t) = inp.get("requested-token-type") {
            req = req.field("requested_token_type", t);
        }
        Ok(req)
    }
}

/// A JWT that has expired is refused before anything is sent (exit 3),
/// saying where it came from and when it expired.
fn not_expired(inp: &Inputs, field: &str, token: &Secret) -> Result<()> {
    let Some(exp) = crate::jwt::exp(token.expose()) else {
        return Ok(());
    };
    let now = crate::jwt::now();
    if exp > now {
        return Ok(());
    }
    let from = inp
        .source(field)
        .map_or_else(|| "?".to_string(), ToString::to_string);
    Err(TokError::new(
        Class::Rejected,
        format!(
            "the {} from {from} expired at {} ({}s ago): nothing was sent",
            field.replace('-', " "),
            crate::jwt::rfc3339(exp),
            (now - exp) as i64
        ),
    )
    .into())
}

impl Provider for OAuth2 {
    fn name(&self) -> &'static str {
        "oauth2"
    }
    fn about(&self) -> &'static str {
        "Any RFC 6749 token endpoint (--token-url required)"
    }
    fn long_about(&self) -> &'static str {
        "Any RFC 6749 token endpoint: client_credentials, password or \
         refresh_token grant, client authentication with HTTP Basic or in the \
         body, optional scope, audience and extra parameters."
    }
    fn fields(&self) -> &'static [Field] {
        FIELDS
    }
    fn identity_field(&self) -> &'static str {
        "client-id"
    }
    /// The token endpoint, or (before discovery) the issuer: what the
    /// cache key names.
    fn endpoint(&self, inp: &Inputs) -> Result<String> {
        match (inp.get("token-url"), inp.get("issuer")) {
            (Some(url), _) => Ok(url.to_string()),
            (None, Some(issuer)) => Ok(issuer.trim_end_matches('/').to_string()),
            (None, None) => Err(inp.missing("token-url").into()),
        }
    }
    fn reads(&self, inp: &Inputs, field: &str) -> bool {
        let grant = inp.get("grant").unwrap_or("client_credentials");
        let method = inp.get("client-auth").unwrap_or("basic");
        match field {
            "client-assertion-key" | "client-assertion-alg" | "client-assertion-kid" => {
                method == "private_key_jwt"
            }
            "client-assertion-aud" => method.ends_with("_jwt"),
            "subject-token-type" | "actor-token-type" | "requested-token-type" => {
                grant == "token-exchange"
            }
            "assertion-key" | "assertion-iss" | "assertion-sub" | "assertion-aud"
            | "assertion-alg" | "assertion-kid" | "key-file" => grant == "jwt-bearer",
            "username" | "password" => grant == "password",
            // a sign-in's refresh token is kept in the keyring under this name
            "refresh-token" => grant != "client_credentials" && grant != "password",
            // with an issuer, discovery finds it
            "token-url" => inp.get("token-url").is_some() || inp.get("issuer").is_none(),
            _ => true,
        }
    }
    fn issuer(&self, inp: &Inputs) -> Option<String> {
        inp.get("token-url")
            .is_none()
            .then(|| inp.get("issuer").map(str::to_string))
            .flatten()
    }
    fn token_request(&self, inp: &Inputs) -> Result<Request> {
        let grant = inp.get("grant").unwrap_or("client_credentials");
        // check the grant's own credentials first: their message is the useful one
        match grant {
            "password" => {
                inp.require("username")?;
                inp.require_secret("password")?;
            }
            "refresh_token" => {
                inp.require_secret("refresh-token")?;
            }
            "jwt-bearer" => return self.jwt_bearer(inp),
            "token-exchange" => return self.token_exchange(inp),
            _ => {
                inp.require("client-id")?;
            }
        }
        let req = self.base(inp, grant, true)?;
        Ok(match grant {
            "password" => req
                .field("username", inp.require("username")?)
                .field("password", inp.require_secret("password")?),
            "refresh_token" => req.field("refresh_token", inp.require_secret("refresh-token")?),
            _ => req,
        })
    }
    fn refresh_request(&self, inp: &Inputs, refresh: &Secret) -> Option<Result<Request>> {
        Some(
            self.base(inp, "refresh_token", false)
                .map(|req| req.field("refresh_token", refresh)),
        )
    }
    fn sign_in(&self, inp: &Inputs) -> Option<SignIn> {
        match inp.get("grant") {
            Some("device_code") => Some(SignIn::Device),
            Some("authorization_code") => Some(SignIn::Browser),
            _ => None,
        }
    }
    fn device_request(&self, inp: &Inputs) -> Result<Request> {
        inp.require("client-id")?;
        self.client(inp, Request::form(inp.require("device-url")?), true)
    }
    fn device_token_request(&self, inp: &Inputs, device_code: &Secret) -> Result<Request> {
        Ok(self
            .base(inp, DEVICE_GRANT, false)?
            .field("device_code", device_code))
    }
    fn authorization_url(&self, inp: &Inputs, p: &AuthorizationParams) -> Result<String> {
        let mut url = url::Url::parse(inp.require("authorization-url")?)
            .map_err(|e| TokError::new(Class::Usage, format!("invalid authorization URL: {e}")))?;
        {
            let mut q = url.query_pairs_mut();
            q.append_pair("response_type", "code")
                .append_pair("client_id", inp.require("client-id")?)
                .append_pair("redirect_uri", &p.redirect_uri)
                .append_pair("state", p.state.expose())
                .append_pair("code_challenge", &p.challenge)
                .append_pair("code_challenge_method", "S256");
            if let Some(scope) = inp.get("scope") {
                q.append_pair("scope", scope);
            }
            if let Some(nonce) = &p.nonce {
                q.append_pair("nonce", nonce.expose());
            }
            for aud in inp.list("audience") {
                q.append_pair("audience", aud);
            }
        }
        Ok(url.into())
    }
    fn code_token_request(
        &self,
        inp: &Inputs,
        code: &Secret,
        verifier: &Secret,
        redirect_uri: &str,
    ) -> Result<Request> {
        Ok(self
            .base(inp, "authorization_code", false)?
            .field("code", code)
            .field("redirect_uri", redirect_uri)
            .field("code_verifier", verifier))
    }
    fn revocation_request(
        &self,
        inp: &Inputs,
        token: &Secret,
        hint: &str,
    ) -> Option<Result<Request>> {
        let url = inp.get("revocation-url")?;
        Some(
            self.client(inp, Request::form(url), false)
                .map(|req| req.field("token", token).field("token_type_hint", hint)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oauth::tests::resp;
    use crate::provider::shown;

    fn inputs(extra: &[(&str, &str)]) -> Inputs {
        let mut pairs = vec![("token-url", "https://idp.test/token"), ("client-id", "C")];
        pairs.extend_from_slice(extra);
        Inputs::from_pairs("oauth2", FIELDS, &pairs)
    }

    #[test]
    fn client_credentials_with_basic_auth() {
        let req = OAuth2
            .token_request(&inputs(&[("client-secret", "S"), ("scope", "a b")]))
            .unwrap();
        assert_eq!(req.url, "https://idp.test/token");
        assert!(req.header_value("Authorization").is_some());
        assert_eq!(req.body_bytes(), "grant_type=client_credentials&scope=a+b");
    }

    #[test]
    fn client_auth_in_body_with_audience_and_params() {
        let req = OAuth2
            .token_request(&inputs(&[
                ("client-secret", "S"),
                ("client-auth", "body"),
                ("audience", "api://x"),
                ("param", "resource=r1&k=v=w"),
            ]))
            .unwrap();
        assert!(req.header_value("Authorization").is_none());
        assert_eq!(shown(&req, "client_id").as_deref(), Some("C"));
        assert_eq!(shown(&req, "client_secret").as_deref(), Some("S"));
        assert_eq!(shown(&req, "audience").as_deref(), Some("api://x"));
        assert_eq!(shown(&req, "resource").as_deref(), Some("r1"));
        assert_eq!(shown(&req, "k").as_deref(), Some("v=w"));
    }

    #[test]
    fn a_token_exchange_carries_every_audience_resource_and_the_actor() {
        let req = OAuth2
            .token_request(&inputs(&[
                ("client-secret", "S"),
                ("grant", "token-exchange"),
                ("subject-token", "opaque-subject"),
                ("actor-token", "opaque-actor"),
                (
                    "actor-token-type",
                    "urn:ietf:params:oauth:token-type:access_token",
                ),
                ("audience", "https://a.example&https://b.example"),
                ("resource", "https://r.example/api"),
                (
                    "requested-token-type",
                    "urn:ietf:params:oauth:token-type:access_token",
                ),
            ]))
            .unwrap();
        let body = req.body_bytes();
        assert!(
            body.starts_with(
                "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange"
            ),
            "{body}"
        );
        for part in [
            "audience=https%3A%2F%2Fa.example&audience=https%3A%2F%2Fb.example",
            "resource=https%3A%2F%2Fr.example%2Fapi",
            "subject_token=opaque-subject&subject_token_type=urn%3Aietf%3Aparams%3Aoauth%3Atoken-type%3Ajwt",
            "actor_token=opaque-actor&actor_token_type=urn%3Aietf%3Aparams%3Aoauth%3Atoken-type%3Aaccess_token",
            "requested_token_type=urn%3Aietf%3Aparams%3Aoauth%3Atoken-type%3Aaccess_token",
        ] {
            assert!(body.contains(part), "{part} in {body}");
        }
        // no subject token: exit 4 naming how to give one
        let e = OAuth2
            .token_request(&inputs(&[("grant", "token-exchange")]))
            .unwrap_err();
        assert!(format!("{e:#}").contains("--subject-token"), "{e:#}");
    }

    #[test]
    fn bad_param_is_a_usage_error() {
        let err = OAuth2
            .token_request(&inputs(&[("param", "novalue")]))
            .unwrap_err();
        assert_eq!(err.downcast_ref::<TokError>().unwrap().class, Class::Usage);
    }

    #[test]
    fn password_and_refresh_grants() {
        let req = OAuth2
            .token_request(&inputs(&[
                ("grant", "password"),
                ("username", "u"),
                ("password", "p"),
            ]))
            .unwrap();
        assert_eq!(shown(&req, "grant_type").as_deref(), Some("password"));
        assert_eq!(shown(&req, "username").as_deref(), Some("u"));
        // a public client: id in the body, no Basic
        assert_eq!(shown(&req, "client_id").as_deref(), Some("C"));
        let err = OAuth2
            .token_request(&inputs(&[("grant", "password")]))
            .unwrap_err();
        assert!(err.to_string().contains("missing username"));
        let req = OAuth2
            .token_request(&inputs(&[
                ("grant", "refresh_token"),
                ("refresh-token", "R"),
            ]))
            .unwrap();
        assert_eq!(shown(&req, "refresh_token").as_deref(), Some("R"));
        let req = OAuth2
            .refresh_request(&inputs(&[("scope", "s")]), &Secret::new("R2"))
            .unwrap()
            .unwrap();
        assert_eq!(shown(&req, "grant_type").as_deref(), Some("refresh_token"));
        assert_eq!(shown(&req, "scope"), None);
    }

    #[test]
    fn opaque_tokens_are_fine() {
        let t = OAuth2
            .parse(
                &inputs(&[]),
                &resp(200, r#"{"access_token":"opaque-123","token_type":"mac"}"#),
            )
            .unwrap();
        assert_eq!(t.access_token.expose(), "opaque-123");
        assert_eq!(t.token_type, "mac");
    }
}
