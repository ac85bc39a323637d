//! `tok inspect [TOKEN|-] [--check]`: decode a JWT locally, without
//! verifying it. Takes a bare token, a header line (`-f header`) or a JSON
//! object with `access_token` (`-f json`).

use crate::error::{Class, TokError};
use crate::{jwt, output};
use anyhow::{Context, Result};
use serde_json::{Value, json};
use std::io::Read;

pub fn run(token: &str, check: bool) -> Result<()> {
    let token = if token == "-" {
        if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            crate::log::line("tok: reading a token from stdin (paste it, then Ctrl-D)");
        }
        let mut s = String::new();
        std::io::stdin()
            .take(1024 * 1024)
            .read_to_string(&mut s)
            .context("could not read the token from stdin")?;
        s
    } else {
        token.to_string()
    };
    // `tok get x -f header | tok inspect -` and `-f json` work too
    let token = token.trim();
    let from_json = token
        .starts_with('{')
        .then(|| serde_json::from_str::<Value>(token).ok())
        .flatten()
        .and_then(|v| v.get("access_token")?.as_str().map(str::to_string));
    let token = from_json.as_deref().unwrap_or(token);
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
    let now = jwt::now();
    let report = describe(header, claims, now);
    output::emit(
        &format!("{}\n", serde_json::to_string_pretty(&report)?),
        "the report",
    )?;
    if check {
        check_times(&report, now)?;
    }
    Ok(())
}

/// `--check`: exit 1 when the token has expired or is not valid yet.
fn check_times(report: &Value, now: f64) -> Result<()> {
    let claim = |name: &str| report["claims"].get(name).and_then(Value::as_f64);
    if report["expired"] == json!(true) {
        let ago = claim("exp").map_or(0.0, |exp| now - exp);
        return Err(TokError::new(
            Class::Transient,
            format!("the token expired {} ago", human(ago)),
        )
        .into());
    }
    if let Some(nbf) = claim("nbf")
        && nbf > now
    {
        return Err(TokError::new(
            Class::Transient,
            format!(
                "the token is not valid before {} (in {})",
                jwt::rfc3339(nbf),
                human(nbf - now)
            ),
        )
        .into());
    }
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
