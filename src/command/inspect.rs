//! `tok inspect [TOKEN|-]`: decode a JWT locally, without verifying it.

use crate::error::{Class, TokError};
use crate::{jwt, output};
use anyhow::{Context, Result};
use serde_json::{Value, json};
use std::io::Read;

pub fn run(token: &str) -> Result<()> {
    let token = if token == "-" {
        let mut s = String::new();
        std::io::stdin()
            .take(1024 * 1024)
            .read_to_string(&mut s)
            .context("could not read the token from stdin")?;
        s
    } else {
        token.to_string()
    };
    // `tok get x -f header | tok inspect -` works too
    let token = token.trim();
    let token = token
        .strip_prefix("Authorization:")
        .map(str::trim)
        .and_then(|t| t.split_once(' ').map(|(_, t)| t.trim()))
        .unwrap_or(token);
    if token.is_empty() {
        return Err(
            TokError::new(Class::Usage, "no token given (pass it, or - to read stdin)").into(),
        );
    }
    let (header, claims) =
        jwt::decode(token).map_err(|e| TokError::new(Class::Usage, format!("{e:#}")))?;
    let report = describe(header, claims, jwt::now());
    output::emit(&format!("{}\n", serde_json::to_string_pretty(&report)?))?;
    Ok(())
}

/// Header, claims, and the time claims as UTC with the time left.
pub fn describe(header: Value, claims: Value, now: f64) -> Value {
    let mut times = serde_json::Map::new();
    for name in ["exp", "iat", "nbf"] {
        if let Some(t) = claims.get(name).and_then(Value::as_f64) {
            times.insert(name.into(), json!(jwt::rfc3339(t)));
        }
    }
    let mut out = json!({ "header": header, "claims": claims, "times": times });
    if let Some(exp) = claims_exp(&out) {
        let left = exp - now;
        out["expired"] = json!(left <= 0.0);
        out["expires_in"] = json!(left.max(0.0).floor() as i64);
        out["time_left"] = if left > 0.0 {
            json!(human(left))
        } else {
            json!(format!("expired {} ago", human(-left)))
        };
    }
    out
}

fn claims_exp(v: &Value) -> Option<f64> {
    v["claims"].get("exp")?.as_f64()
}

fn human(secs: f64) -> String {
    let s = secs.floor() as u64;
    match s {
        0..60 => format!("{s}s"),
        60..3600 => format!("{}m{:02}s", s / 60, s % 60),
        3600..86400 => format!("{}h{:02}m", s / 3600, s % 3600 / 60),
        _ => format!("{}d{:02}h", s / 86400, s % 86400 / 3600),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_time_left() {
        let claims = json!({"exp": 1000, "iat": 100});
        let v = describe(json!({"alg":"none"}), claims.clone(), 400.0);
        assert_eq!(v["times"]["exp"], "1970-01-01T00:16:40Z");
        assert_eq!(v["times"]["iat"], "1970-01-01T00:01:40Z");
        assert_eq!(v["time_left"], "10m00s");
        assert_eq!(v["expired"], false);
        let v = describe(json!({}), claims, 1000.0 + 7200.0);
        assert_eq!(v["time_left"], "expired 2h00m ago");
        assert_eq!(v["expires_in"], 0);
    }
}
