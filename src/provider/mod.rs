//! The `Provider` trait and the registry of providers.
//!
//! A provider is data (its [`Field`]s, its default endpoint) plus small pure
//! functions: build the token request, build the refresh request, parse an
//! answer. Adding one is a new file in this folder and one line in
//! [`REGISTRY`]. A provider knows its fields ([`field`]) and the resolved
//! inputs ([`inputs`]); never the config file, clap or the terminal (its
//! subcommand is built from its fields in `cli::provider_args`).

pub mod field;
pub mod inputs;

use crate::oauth::Token;
use crate::request::{Request, Response};
use crate::secret::Secret;
use anyhow::Result;
use field::Field;
use inputs::Inputs;

mod authapi;
mod crayon;
mod elfsquad;
mod elfsquad_legacy;
mod envoy;
mod oauth2;

/// Every provider, in the order `tok get --help` lists them.
pub static REGISTRY: &[&dyn Provider] = &[
    &elfsquad::Elfsquad,
    &authapi::AuthApi,
    &envoy::Envoy,
    &crayon::Crayon,
    &oauth2::OAuth2,
];

pub fn find(name: &str) -> Option<&'static dyn Provider> {
    REGISTRY.iter().copied().find(|p| p.name() == name)
}

pub fn names() -> Vec<&'static str> {
    REGISTRY.iter().map(|p| p.name()).collect()
}

/// For `tok login --help`: which fields each provider asks for, in order.
pub fn login_help() -> String {
    let mut s = String::from(
        "With a sign-in grant (oauth2 --grant device_code or authorization_code), tok login \
         signs in as a person and keeps the refresh token (in the OS keyring where one works, \
         else in the 0600 cache entry); later calls refresh silently. Never under CI (exit 6).\n\n\
         Otherwise it stores credentials in the OS keyring. On a terminal tok prompts for each \
         value (secrets without echo); otherwise it reads them from stdin, one per line, in this \
         order (an empty line skips a value):\n",
    );
    for p in REGISTRY {
        let fields: Vec<&str> = p
            .fields()
            .iter()
            .filter(|f| f.login)
            .map(|f| f.name)
            .collect();
        s.push_str(&format!("  {}: {}\n", p.name(), fields.join(", ")));
    }
    s
}

/// How a person signs in, for grants that need one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignIn {
    /// RFC 8628: a code shown here, entered on any device's browser.
    Device,
    /// RFC 6749 §4.1 with PKCE: a browser sent back to a loopback listener.
    Browser,
}

/// What an authorization URL carries besides the provider's own inputs.
pub struct AuthorizationParams {
    pub redirect_uri: String,
    pub state: Secret,
    /// The PKCE S256 challenge (public; the verifier is the secret).
    pub challenge: String,
    /// Sent when `openid` is in the scope, and checked in the ID token.
    pub nonce: Option<Secret>,
}

/// A token that needs no exchange at all (Envoy's API key).
pub struct StaticToken {
    pub value: Secret,
    /// The header name used by `--format header`, e.g. `X-Api-Key`.
    pub header: &'static str,
}

pub trait Provider: Sync {
    fn name(&self) -> &'static str;
    /// One line for `tok get --help`.
    fn about(&self) -> &'static str;
    /// Longer help for `tok get <provider> --help`.
    fn long_about(&self) -> &'static str;
    fn fields(&self) -> &'static [Field];
    /// The field that names the account in `tok cache list`.
    fn identity_field(&self) -> &'static str;

    /// The token endpoint these inputs talk to.
    fn endpoint(&self, inp: &Inputs) -> Result<String>;

    /// An issuer whose discovery document names the token endpoint, when
    /// the endpoint is not given (only the generic provider has one).
    fn issuer(&self, _inp: &Inputs) -> Option<String> {
        None
    }

    /// Whether these inputs' request reads `field` (a login field it does
    /// not read is no part of the cache key: an account and the same values
    /// given by flags share one entry).
    fn reads(&self, _inp: &Inputs, _field: &str) -> bool {
        true
    }

    /// The scope asked for, if any.
    fn scope(&self, inp: &Inputs) -> Option<String> {
        inp.get("scope").map(str::to_string)
    }

    /// A token that needs no request (no cache, no network).
    fn static_token(&self, _inp: &Inputs) -> Option<StaticToken> {
        None
    }

    /// The primary grant: the request that turns credentials into a token.
    fn token_request(&self, inp: &Inputs) -> Result<Request>;

    /// The request that trades a refresh token for a new token, where the
    /// provider has one. `Err` when a credential it needs is missing.
    fn refresh_request(&self, _inp: &Inputs, _refresh: &Secret) -> Option<Result<Request>> {
        None
    }

    /// The sign-in a person must do for these inputs' grant, if any.
    fn sign_in(&self, _inp: &Inputs) -> Option<SignIn> {
        None
    }

    /// RFC 8628 §3.1: the device authorization request.
    fn device_request(&self, _inp: &Inputs) -> Result<Request> {
        Err(no_sign_in(self.name()))
    }

    /// RFC 8628 §3.4: the token request that asks whether the person has
    /// signed in yet.
    fn device_token_request(&self, _inp: &Inputs, _device_code: &Secret) -> Result<Request> {
        Err(no_sign_in(self.name()))
    }

    /// RFC 6749 §4.1.1 with RFC 7636: the URL the browser opens.
    fn authorization_url(&self, _inp: &Inputs, _p: &AuthorizationParams) -> Result<String> {
        Err(no_sign_in(self.name()))
    }

    /// RFC 6749 §4.1.3: the code (and PKCE verifier) traded for a token.
    fn code_token_request(
        &self,
        _inp: &Inputs,
        _code: &Secret,
        _verifier: &Secret,
        _redirect_uri: &str,
    ) -> Result<Request> {
        Err(no_sign_in(self.name()))
    }

    /// RFC 7009: the request that revokes `token` (`hint`: its kind), when
    /// the provider has a revocation endpoint.
    fn revocation_request(
        &self,
        _inp: &Inputs,
        _token: &Secret,
        _hint: &str,
    ) -> Option<Result<Request>> {
        None
    }

    /// Whether a refused refresh condemns the refresh token itself (so it is
    /// dropped): RFC 6749 `invalid_grant`. Any other refusal (a mistyped
    /// client secret, `invalid_client`) keeps it.
    fn refresh_token_dead(&self, err: &crate::error::TokError) -> bool {
        err.oauth_error.as_deref() == Some("invalid_grant")
    }

    /// Parse an answer of either request into a token or a classified error.
    /// The default reads an RFC 6749 answer.
    fn parse(&self, _inp: &Inputs, resp: &Response) -> Result<Token, crate::error::TokError> {
        crate::oauth::parse_standard(resp)
    }
}

fn no_sign_in(provider: &str) -> anyhow::Error {
    crate::error::TokError::new(
        crate::error::Class::Usage,
        format!("{provider} has no sign-in grant"),
    )
    .into()
}

/// Refuses a URL with a user name or password in it: tok would show it in
/// traces, the cache and `tok cache list`. Credentials go in their own
/// flags. The message never repeats the password.
pub fn refuse_userinfo(url: &str) -> Result<()> {
    use crate::error::{Class, fail};
    match reqwest::Url::parse(url) {
        Ok(u) if !u.username().is_empty() || u.password().is_some() => {
            if let Some(p) = u.password() {
                crate::log::register(p);
            }
            fail(
                Class::Usage,
                format!(
                    "refusing a URL with credentials in it ({}://***@{}): give them with their own flags or variables instead",
                    u.scheme(),
                    u.host_str().unwrap_or("?")
                ),
            )
        }
        _ => Ok(()),
    }
}

/// Rejects a token URL tok would send secrets to in clear text, or that
/// carries credentials itself.
pub fn check_url(url: &str, allow_http: bool) -> Result<()> {
    use crate::error::{Class, fail};
    refuse_userinfo(url)?;
    let parsed = reqwest::Url::parse(url).map_err(|e| {
        crate::error::TokError::new(Class::Usage, format!("invalid URL {url}: {e}"))
    })?;
    match parsed.scheme() {
        "https" => Ok(()),
        "http" if allow_http || is_loopback(&parsed) => Ok(()),
        "http" => fail(
            Class::Usage,
            format!(
                "refusing to send credentials over plain http to {}: use https, or pass --allow-http",
                parsed.host_str().unwrap_or("?")
            ),
        ),
        other => fail(
            Class::Usage,
            format!("unsupported URL scheme {other}: in {url}"),
        ),
    }
}

pub fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// Shared by provider tests: the outgoing form field as shown, secret or not.
#[cfg(test)]
pub fn shown(req: &Request, name: &str) -> Option<String> {
    req.get(name).map(|v| v.expose().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_only_for_loopback_or_when_allowed() {
        assert!(check_url("https://login.elfsquad.io/oauth2/token", false).is_ok());
        assert!(check_url("http://127.0.0.1:8080/t", false).is_ok());
        assert!(check_url("http://[::1]:8080/t", false).is_ok());
        assert!(check_url("http://localhost/t", false).is_ok());
        assert!(check_url("http://auth.example.com/t", false).is_err());
        assert!(check_url("http://auth.example.com/t", true).is_ok());
        assert!(check_url("ftp://x/t", true).is_err());
        assert!(check_url("not a url", true).is_err());
        let e = check_url("https://user:hunter22@x.test/t", false).unwrap_err();
        assert!(!format!("{e:#}").contains("hunter22"), "{e:#}");
        assert!(check_url("https://user@x.test/t", false).is_err());
    }
}

/// The same canned answers for every provider, each in its own shape:
/// minimal, full, "bearer"/"BEARER", an error body, non-JSON, empty, and no
/// access token. (Each provider's file tests its outgoing request.)
#[cfg(test)]
mod canned {
    use super::*;
    use crate::error::Class;
    use crate::oauth::tests::resp;

    /// A provider's answer shape: snake_case, camelCase (ms) or PascalCase.
    enum Shape {
        Snake,
        LegacyCamel,
        Pascal,
    }

    fn every() -> Vec<(&'static str, &'static dyn Provider, Inputs, Shape)> {
        let mut v: Vec<(&'static str, &'static dyn Provider, Inputs, Shape)> = Vec::new();
        for p in REGISTRY {
            let shape = if p.name() == "crayon" {
                Shape::Pascal
            } else {
                Shape::Snake
            };
            v.push((
                p.name(),
                *p,
                Inputs::from_pairs(p.name(), p.fields(), &[]),
                shape,
            ));
        }
        let legacy = Inputs::from_pairs("elfsquad", elfsquad::FIELDS, &[("legacy", "true")]);
        v.push((
            "elfsquad --legacy",
            &elfsquad::Elfsquad,
            legacy,
            Shape::LegacyCamel,
        ));
        v
    }

    fn body(shape: &Shape, token_type: Option<&str>, full: bool) -> String {
        let tt = token_type
            .map(|t| format!("{t:?}"))
            .unwrap_or("null".into());
        match (shape, full) {
            (Shape::Snake, false) => r#"{"access_token":"AT"}"#.into(),
            (Shape::Snake, true) => format!(
                r#"{{"access_token":"AT","token_type":{tt},"expires_in":3600,"scope":"s","refresh_token":"RT","extra":{{"x":1}}}}"#
            ),
            (Shape::LegacyCamel, false) => r#"{"accessToken":"AT"}"#.into(),
            (Shape::LegacyCamel, true) => r#"{"accessToken":"AT","expiresIn":3600000}"#.into(),
            (Shape::Pascal, false) => r#"{"AccessToken":"AT"}"#.into(),
            (Shape::Pascal, true) => format!(
                r#"{{"AccessToken":"AT","IdentityToken":null,"Error":null,"ExpiresIn":3600,"TokenType":{tt},"RefreshToken":"RT"}}"#
            ),
        }
    }

    #[test]
    fn minimal_and_full_answers() {
        for (name, p, inp, shape) in every() {
            let t = p
                .parse(&inp, &resp(200, &body(&shape, None, false)))
                .unwrap();
            assert_eq!(t.access_token.expose(), "AT", "{name}");
            assert_eq!(t.token_type, "Bearer", "{name}");
            assert_eq!(t.expires_in, None, "{name}");
            for tt in ["bearer", "BEARER", "Bearer"] {
                let t = p
                    .parse(&inp, &resp(200, &body(&shape, Some(tt), true)))
                    .unwrap();
                assert_eq!(t.token_type, "Bearer", "{name} {tt}");
                assert_eq!(t.expires_in, Some(3600.0), "{name}: lifetime in seconds");
                if !matches!(shape, Shape::LegacyCamel) {
                    assert_eq!(
                        t.refresh_token.as_ref().map(|r| r.expose()),
                        Some("RT"),
                        "{name}"
                    );
                }
            }
        }
    }

    #[test]
    fn error_bodies_are_rejections_with_the_code() {
        for (name, p, inp, shape) in every() {
            let (status, text) = match shape {
                Shape::Pascal => (400, r#"{"AccessToken":null,"Error":"invalid_grant"}"#),
                _ => (
                    400,
                    r#"{"error":"invalid_grant","error_description":"bad password"}"#,
                ),
            };
            let e = p.parse(&inp, &resp(status, text)).unwrap_err();
            assert_eq!(e.class, Class::Rejected, "{name}");
            assert_eq!(e.oauth_error.as_deref(), Some("invalid_grant"), "{name}");
            assert_eq!(e.status, Some(400), "{name}");
            let e = p.parse(&inp, &resp(401, "")).unwrap_err();
            assert_eq!(e.class, Class::Rejected, "{name}: bare 401");
            // a byte that is not UTF-8 in the description keeps the code
            let mut bytes = resp(status, text);
            let at = bytes.body.len() - 1;
            bytes.body.splice(at..at, *b",\"message\":\"caf\xe9 \xff\"");
            let e = p.parse(&inp, &bytes).unwrap_err();
            assert_eq!(e.class, Class::Rejected, "{name}: not UTF-8");
            assert_eq!(e.oauth_error.as_deref(), Some("invalid_grant"), "{name}");
        }
    }

    #[test]
    fn unusable_answers_are_transient_and_say_why() {
        for (name, p, inp, _) in every() {
            let e = p
                .parse(&inp, &resp(200, "<html>maintenance</html>"))
                .unwrap_err();
            assert_eq!(e.class, Class::Transient, "{name}");
            assert!(e.message.contains("not JSON"), "{name}: {}", e.message);
            let e = p.parse(&inp, &resp(200, "")).unwrap_err();
            assert!(e.message.contains("empty body"), "{name}: {}", e.message);
            let e = p
                .parse(&inp, &resp(200, r#"{"token_type":"Bearer"}"#))
                .unwrap_err();
            assert_eq!(e.class, Class::Transient, "{name}");
            assert!(
                e.message.to_lowercase().contains("no accesstoken")
                    || e.message.contains("no access_token"),
                "{name}: {}",
                e.message
            );
        }
    }
}

/// Random, truncated and oversized answers fed to every provider's parser:
/// no panic, and every outcome is a usable token or a classified error.
#[cfg(test)]
mod prop {
    use super::*;
    use crate::error::Class;
    use proptest::prelude::*;

    const NAMES: &[&str] = &[
        "access_token",
        "token_type",
        "expires_in",
        "refresh_token",
        "scope",
        "error",
        "error_description",
        "accessToken",
        "expiresIn",
        "AccessToken",
        "ExpiresIn",
        "TokenType",
        "RefreshToken",
        "Error",
        "message",
    ];

    fn json_value() -> impl Strategy<Value = serde_json::Value> {
        prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<f64>().prop_map(
                |f| serde_json::Number::from_f64(f).map_or(serde_json::Value::Null, Into::into)
            ),
            ".{0,40}".prop_map(serde_json::Value::from),
            (0usize..3000).prop_map(|n| serde_json::Value::from("\u{1b}x\n".repeat(n))),
            Just(serde_json::json!({"nested": [1, 2, {"a": null}]})),
        ]
    }

    fn answer() -> impl Strategy<Value = Vec<u8>> {
        let object = || {
            proptest::collection::vec((proptest::sample::select(NAMES), json_value()), 0..8)
                .prop_map(|pairs| {
                    let map: serde_json::Map<_, _> =
                        pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
                    serde_json::Value::Object(map).to_string().into_bytes()
                })
        };
        prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..600),
            object(),
            (object(), any::<proptest::sample::Index>())
                .prop_map(|(b, i)| b[..i.index(b.len() + 1)].to_vec()),
            (0usize..200_000)
                .prop_map(|n| format!(r#"{{"access_token":"{}"}}"#, "x".repeat(n)).into_bytes()),
            Just(b"<html><body>502 Bad Gateway</body></html>".to_vec()),
        ]
    }

    fn all_inputs() -> Vec<(&'static dyn Provider, Inputs)> {
        let mut out = Vec::new();
        for p in REGISTRY {
            out.push((*p, Inputs::from_pairs(p.name(), p.fields(), &[])));
        }
        out.push((
            &elfsquad::Elfsquad,
            Inputs::from_pairs("elfsquad", elfsquad::FIELDS, &[("legacy", "true")]),
        ));
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn parsers_never_panic_and_classify_everything(
            status in prop_oneof![100u16..600, Just(200u16), Just(401u16)],
            body in answer(),
            content_type in proptest::option::of(prop_oneof![Just("application/json".to_string()), Just("text/html".to_string()), ".{0,20}"]),
        ) {
            let resp = Response { status, content_type, body };
            for (p, inp) in all_inputs() {
                match p.parse(&inp, &resp) {
                    Ok(t) => {
                        prop_assert!(resp.is_success(), "{} accepted HTTP {}", p.name(), status);
                        prop_assert!(!t.access_token.expose().is_empty());
                        if let Some(e) = t.expires_in {
                            prop_assert!(e.is_finite() && e > 0.0);
                        }
                    }
                    Err(e) => {
                        prop_assert!(matches!(e.class, Class::Transient | Class::Rejected));
                        prop_assert!(!e.message.is_empty());
                        prop_assert!(!e.message.contains('\n'), "{}", e.message);
                        prop_assert!(e.message.len() < 3 * 1024, "{} bytes", e.message.len());
                        prop_assert_eq!(e.status, Some(status));
                    }
                }
            }
        }
    }
}
