//! Local JWT decoding: no signature check, no network.
//!
//! Used for the `exp` fallback when an answer gives no lifetime, and by
//! `tok inspect`.

use anyhow::{Context, Result, bail};
use base64::Engine;
use serde_json::Value;

/// Header and claims of a JWT, or a clear error when it is not one.
pub fn decode(token: &str) -> Result<(Value, Value)> {
    let token = token.trim();
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() != 3 {
        bail!(
            "not a JWT: expected three dot-separated parts, found {}",
            parts.len()
        );
    }
    let header = segment(parts[0]).context("not a JWT: bad header")?;
    let claims = segment(parts[1]).context("not a JWT: bad claims")?;
    Ok((header, claims))
}

fn segment(part: &str) -> Result<Value> {
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let bytes = engine
        .decode(part.trim_end_matches('='))
        .context("not base64url")?;
    let value: Value = serde_json::from_slice(&bytes).context("not JSON")?;
    if !value.is_object() {
        bail!("not a JSON object");
    }
    Ok(value)
}

/// The `exp` claim (seconds since the epoch), if the token is a JWT with one.
pub fn exp(token: &str) -> Option<f64> {
    let (_, claims) = decode(token).ok()?;
    claims
        .get("exp")?
        .as_f64()
        .filter(|e| e.is_finite() && *e > 0.0)
}

/// Seconds since the Unix epoch, now.
pub fn now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// RFC 3339 UTC, whole seconds: `2026-11-23T01:02:03Z`.
pub fn rfc3339(secs: f64) -> String {
    let secs = secs.clamp(0.0, 253_402_300_799.0) as u64; // up to year 9999
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs);
    humantime::format_rfc3339_seconds(t).to_string()
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// An unsigned JWT with the given claims, for tests.
    pub fn make(claims: &str) -> String {
        let e = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        format!(
            "{}.{}.sig",
            e.encode(r#"{"alg":"HS256","typ":"JWT"}"#),
            e.encode(claims)
        )
    }

    #[test]
    fn decodes_header_claims_and_exp() {
        let t = make(r#"{"sub":"x","exp":1900000000}"#);
        let (h, c) = decode(&t).unwrap();
        assert_eq!(h["alg"], "HS256");
        assert_eq!(c["sub"], "x");
        assert_eq!(exp(&t), Some(1900000000.0));
    }

    #[test]
    fn the_vendor_sample_has_1800_seconds() {
        let sample = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAiLCJqdGkiOiI3Y2JhNTY4MC03MTA5LTQ4Y2QtOWIzMi0zZTBjMzVlODA2ODciLCJpYXQiOjE1MzkzMzIxMDYsInRlbmFudGlkIjoiYTRlY2U3OWYtZjZmMC00YzgwLTljYmEtMDhkNGFkMGQ4NTRmIiwib3JnYW5pemF0aW9uaWQiOiIiLCJpc0VsZnNrb3RDb25uZWN0IjoiVHJ1ZSIsIm5iZiI6MTUzOTMzMjEwNiwiZXhwIjoxNTM5MzMzOTA2LCJpc3MiOiJodHRwczovL2FwaS5lbGZza290LmNsb3VkLyIsImF1ZCI6Imh0dHBzOi8vYXBpLmVsZnNrb3QuY2xvdWQvIn0.lqVHiSG7wZkmFtuuRY5n3S_sGYazHYdD8HMokRL7Lf0";
        let (_, c) = decode(sample).unwrap();
        assert_eq!(
            c["exp"].as_i64().unwrap() - c["iat"].as_i64().unwrap(),
            1800
        );
    }

    #[test]
    fn non_jwts_are_clear_errors() {
        for bad in ["", "opaque", "a.b", "a.b.c", "!!.@@.##", "e30.W10.x"] {
            let err = decode(bad).unwrap_err();
            assert!(
                format!("{err:#}").starts_with("not a JWT"),
                "{bad}: {err:#}"
            );
        }
        assert_eq!(exp("opaque"), None);
        assert_eq!(exp(&make(r#"{"sub":"no exp"}"#)), None);
    }

    #[test]
    fn rfc3339_is_utc() {
        assert_eq!(rfc3339(0.0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1539333906.0), "2018-10-12T08:45:06Z");
    }
}
