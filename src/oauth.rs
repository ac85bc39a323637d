//! Token answers and RFC 6749 error bodies, shared by the providers.
//!
//! [`Token`] is what every provider's parser produces. [`parse_standard`]
//! reads a snake_case RFC 6749 answer; [`failure`] turns a non-success answer
//! (or an `error` field) into a classified [`TokError`].

use crate::error::{Class, TokError, sanitize_remote};
use crate::request::Response;
use crate::secret::Secret;
use serde::Deserialize;

/// A token as a provider answered it.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub access_token: Secret,
    /// Normalised: any case of "bearer" becomes "Bearer"; missing is "Bearer".
    pub token_type: String,
    /// Lifetime in seconds, already converted from the provider's unit.
    pub expires_in: Option<f64>,
    pub scope: Option<String>,
    pub refresh_token: Option<Secret>,
    /// An OpenID Connect ID token, when one was issued.
    pub id_token: Option<Secret>,
    /// RFC 8693: what kind of token a token exchange issued.
    pub issued_token_type: Option<String>,
    /// The refresh token's lifetime in seconds, when the server gives it
    /// (`refresh_token_expires_in`, Keycloak's `refresh_expires_in`).
    pub refresh_expires_in: Option<f64>,
}

pub fn normalise_token_type(raw: Option<&str>) -> String {
    match raw.map(str::trim) {
        None | Some("") => "Bearer".to_string(),
        Some(t) if t.eq_ignore_ascii_case("bearer") => "Bearer".to_string(),
        Some(t) => t.to_string(),
    }
}

/// A token goes into a header line and a shell variable: it must be one
/// line of visible ASCII, and so must its type. A CR/LF would let a server
/// inject headers into `tok get -f header | curl -H @-`.
pub fn check_printable(token: &str, token_type: &str) -> Result<(), String> {
    let visible = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_graphic());
    if !visible(token) {
        return Err("the access token holds a space, a control character or non-ASCII (a token is one printable line)".into());
    }
    if !visible(token_type) {
        return Err("the token_type holds a space, a control character or non-ASCII".into());
    }
    Ok(())
}

/// [`check_printable`] on a parsed answer: a malformed response if not.
pub fn check_token(token: &Token, resp_status: u16) -> Result<(), TokError> {
    check_printable(token.access_token.expose(), &token.token_type).map_err(|why| {
        TokError::new(
            Class::Transient,
            format!("malformed response (HTTP {resp_status}): {why}"),
        )
        .with_status(resp_status)
    })
}

/// A lifetime given as a number or a string of digits; anything else is none.
pub fn lifetime(value: Option<&serde_json::Value>) -> Option<f64> {
    let secs = match value? {
        serde_json::Value::Number(n) => n.as_f64()?,
        serde_json::Value::String(s) => s.trim().parse().ok()?,
        _ => return None,
    };
    (secs.is_finite() && secs > 0.0).then_some(secs)
}

fn non_empty(value: Option<&serde_json::Value>) -> Option<String> {
    match value? {
        serde_json::Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        _ => None,
    }
}

/// A server's JSON, read lossily: a byte that is not UTF-8 (in an
/// `error_description`, say) becomes U+FFFD instead of losing the whole
/// answer, its error code with it.
pub fn lossy_json<T: serde::de::DeserializeOwned>(body: &[u8]) -> serde_json::Result<T> {
    match std::str::from_utf8(body) {
        Ok(text) => serde_json::from_str(text),
        Err(_) => serde_json::from_str(&String::from_utf8_lossy(body)),
    }
}

/// The answer's JSON object, or a classified error that says why not.
pub fn json_object(
    resp: &Response,
) -> Result<serde_json::Map<String, serde_json::Value>, TokError> {
    if resp.body.iter().all(u8::is_ascii_whitespace) {
        return Err(malformed(resp, "empty body"));
    }
    match lossy_json::<serde_json::Value>(&resp.body) {
        Ok(serde_json::Value::Object(map)) => Ok(map),
        Ok(_) => Err(malformed(resp, "JSON is not an object")),
        Err(_) => {
            let kind = match &resp.content_type {
                Some(ct) => format!("not JSON (content-type {})", sanitize_remote(ct)),
                None => "not JSON".to_string(),
            };
            Err(malformed(resp, &kind))
        }
    }
}

/// A 2xx answer that tok cannot use.
pub fn malformed(resp: &Response, why: &str) -> TokError {
    TokError::new(
        Class::Transient,
        format!("malformed response (HTTP {}): {why}", resp.status),
    )
    .with_status(resp.status)
}

/// Parse an RFC 6749 §5.1 answer (snake_case), or classify its failure.
pub fn parse_standard(resp: &Response) -> Result<Token, TokError> {
    if !resp.is_success() {
        return Err(failure(resp));
    }
    let map = json_object(resp)?;
    if map.get("error").is_some_and(|e| !e.is_null()) {
        return Err(failure(resp));
    }
    let access_token = non_empty(map.get("access_token"))
        .ok_or_else(|| malformed(resp, "no access_token in the answer"))?;
    Ok(Token {
        access_token: Secret::new(access_token),
        token_type: normalise_token_type(map.get("token_type").and_then(|v| v.as_str())),
        expires_in: lifetime(map.get("expires_in")),
        scope: non_empty(map.get("scope")),
        refresh_token: non_empty(map.get("refresh_token")).map(Secret::new),
        id_token: non_empty(map.get("id_token")).map(Secret::new),
        issued_token_type: non_empty(map.get("issued_token_type")).map(|t| sanitize_remote(&t)),
        refresh_expires_in: lifetime(map.get("refresh_token_expires_in"))
            .or_else(|| lifetime(map.get("refresh_expires_in"))),
    })
}

#[derive(Deserialize, Default)]
struct ErrorBody {
    #[serde(default)]
    error: Option<serde_json::Value>,
    #[serde(default)]
    error_description: Option<serde_json::Value>,
    #[serde(default)]
    message: Option<serde_json::Value>,
}

fn text_of(v: &Option<serde_json::Value>) -> Option<String> {
    match v.as_ref()? {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// RFC 6749 error codes that mean "these credentials are not accepted".
const REJECTION_CODES: &[&str] = &[
    "invalid_client",
    "invalid_grant",
    "unauthorized_client",
    "access_denied",
    "invalid_scope",
    "invalid_request",
    "unsupported_grant_type",
];

/// Classify a failed answer: status, RFC 6749 `error`/`error_description`,
/// or the raw text (escaped, cut) when the body is short plain text. HTML
/// pages are never dumped.
pub fn failure(resp: &Response) -> TokError {
    let body: ErrorBody = lossy_json(&resp.body).unwrap_or_default();
    let code = text_of(&body.error).map(|c| sanitize_remote(&c));
    let description = text_of(&body.error_description)
        .or_else(|| text_of(&body.message))
        .map(|d| sanitize_remote(&d));
    failure_with(resp, code, description)
}

/// Classify a failure whose code and description are already extracted.
pub fn failure_with(
    resp: &Response,
    code: Option<String>,
    description: Option<String>,
) -> TokError {
    let status = resp.status;
    let rejected_status = matches!(status, 400 | 401 | 403);
    let rejected_code = code
        .as_deref()
        .is_some_and(|c| REJECTION_CODES.contains(&c) && !matches!(status, 429 | 500..=599));
    let class = if rejected_status || rejected_code {
        Class::Rejected
    } else {
        Class::Transient
    };
    let what = if class == Class::Rejected {
        "the provider rejected the request"
    } else if resp.is_success() {
        "the provider answered with an error"
    } else {
        "the token endpoint failed"
    };
    let mut msg = format!("{what}: HTTP {status}");
    if let Some(reason) = reason_phrase(status) {
        msg.push(' ');
        msg.push_str(reason);
    }
    let detail = description.or_else(|| if code.is_none() { raw_text(resp) } else { None });
    match (&code, &detail) {
        (Some(c), Some(d)) => msg.push_str(&format!(": {c}: {d}")),
        (Some(c), None) => msg.push_str(&format!(": {c}")),
        (None, Some(d)) => msg.push_str(&format!(": {d}")),
        (None, None) => {}
    }
    let mut e = TokError::new(class, msg)
        .with_status(status)
        .with_oauth_error(code);
    e.detail = detail;
    e
}

/// The body as text when it is worth showing: not HTML, not binary, not JSON
/// we already understood.
fn raw_text(resp: &Response) -> Option<String> {
    let text = std::str::from_utf8(&resp.body).ok()?.trim();
    let html = resp
        .content_type
        .as_deref()
        .is_some_and(|ct| ct.to_ascii_lowercase().contains("html"))
        || text.starts_with('<');
    if text.is_empty() || html {
        return None;
    }
    Some(sanitize_remote(text))
}

fn reason_phrase(status: u16) -> Option<&'static str> {
    Some(match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        415 => "Unsupported Media Type",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => return None,
    })
}

#[cfg(test)]
pub mod tests {
    use super::*;

    pub fn resp(status: u16, body: &str) -> Response {
        Response {
            status,
            content_type: Some("application/json".into()),
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn minimal_answer() {
        let t = parse_standard(&resp(200, r#"{"access_token":"abc"}"#)).unwrap();
        assert_eq!(t.access_token.expose(), "abc");
        assert_eq!(t.token_type, "Bearer");
        assert_eq!(t.expires_in, None);
        assert_eq!(t.refresh_token, None);
    }

    #[test]
    fn full_answer_and_token_type_case() {
        for tt in ["bearer", "BEARER", "Bearer"] {
            let body = format!(
                r#"{{"access_token":"abc","token_type":"{tt}","expires_in":"3600","scope":"a b","refresh_token":"r1","extra":1}}"#
            );
            let t = parse_standard(&resp(200, &body)).unwrap();
            assert_eq!(t.token_type, "Bearer");
            assert_eq!(t.expires_in, Some(3600.0));
            assert_eq!(t.scope.as_deref(), Some("a b"));
            assert_eq!(t.refresh_token.unwrap().expose(), "r1");
        }
    }

    #[test]
    fn rfc6749_error_is_a_rejection_with_code_and_description() {
        let e = parse_standard(&resp(
            400,
            r#"{"error":"invalid_client","error_description":"Client authentication failed"}"#,
        ))
        .unwrap_err();
        assert_eq!(e.class, Class::Rejected);
        assert_eq!(e.oauth_error.as_deref(), Some("invalid_client"));
        assert_eq!(e.status, Some(400));
        assert!(
            e.message
                .contains("invalid_client: Client authentication failed")
        );
    }

    #[test]
    fn error_field_on_200_is_a_failure() {
        let e = parse_standard(&resp(200, r#"{"error":"invalid_grant"}"#)).unwrap_err();
        assert_eq!(e.class, Class::Rejected);
    }

    #[test]
    fn malformed_answers_are_transient_and_say_what_is_missing() {
        let e = parse_standard(&resp(200, "<html>oops</html>")).unwrap_err();
        assert_eq!(e.class, Class::Transient);
        assert!(e.message.contains("not JSON"), "{}", e.message);
        let e = parse_standard(&resp(200, "")).unwrap_err();
        assert!(e.message.contains("empty body"));
        let e = parse_standard(&resp(200, r#"{"token_type":"bearer"}"#)).unwrap_err();
        assert!(e.message.contains("no access_token"));
        let e = parse_standard(&resp(200, r#"{"access_token":""}"#)).unwrap_err();
        assert!(e.message.contains("no access_token"));
    }

    #[test]
    fn server_errors_are_transient_and_html_is_not_dumped() {
        let mut r = resp(500, "<html><body>stack trace</body></html>");
        r.content_type = Some("text/html".into());
        let e = parse_standard(&r).unwrap_err();
        assert_eq!(e.class, Class::Transient);
        assert_eq!(
            e.message,
            "the token endpoint failed: HTTP 500 Internal Server Error"
        );
    }

    #[test]
    fn tokens_must_be_one_printable_line() {
        assert!(check_printable("eyJ.abc-_~+/=", "Bearer").is_ok());
        for bad in ["a\r\nX-Evil: 1", "a\tb", "a b", "tök", "a\u{7f}", ""] {
            assert!(check_printable(bad, "Bearer").is_err(), "{bad:?}");
        }
        assert!(check_printable("abc", "Bearer\r\nX: y").is_err());
        let t = parse_standard(&resp(200, r#"{"access_token":"a\r\nInjected: 1"}"#)).unwrap();
        let e = check_token(&t, 200).unwrap_err();
        assert_eq!(e.class, Class::Transient);
        assert!(e.message.starts_with("malformed response"), "{}", e.message);
    }

    #[test]
    fn plain_text_errors_are_shown_escaped() {
        let mut r = resp(401, "bad\ncredentials");
        r.content_type = Some("text/plain".into());
        let e = parse_standard(&r).unwrap_err();
        assert_eq!(e.class, Class::Rejected);
        assert!(e.message.ends_with("bad\\ncredentials"), "{}", e.message);
    }
}
