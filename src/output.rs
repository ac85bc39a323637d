//! Rendering a token as `token`, `header` or `json`, and writing it to
//! stdout (a closed pipe is a quiet success).

use crate::cli::Format;
use crate::jwt;
use crate::secret::Secret;
use std::io::Write;

/// What gets printed for one token.
pub struct Shown<'a> {
    pub token: &'a Secret,
    pub token_type: &'a str,
    /// A header other than `Authorization` (Envoy's `X-Api-Key`).
    pub header_name: Option<&'a str>,
    pub expires_at: Option<f64>,
    pub scope: Option<&'a str>,
    pub provider: &'a str,
    pub profile: &'a str,
    pub from_cache: bool,
    /// The ID token issued with it, shown by `-f json`.
    pub id_token: Option<&'a Secret>,
    /// RFC 8693's `issued_token_type`, shown by `-f json`.
    pub issued_token_type: Option<&'a str>,
}

/// The credential header line, without a newline: `Authorization: Bearer
/// <token>`, or Envoy's `X-Api-Key: <key>`.
pub fn header_line(s: &Shown) -> String {
    match s.header_name {
        Some(name) => format!("{name}: {}", s.token.expose()),
        None => format!("Authorization: {} {}", s.token_type, s.token.expose()),
    }
}

/// The variables `tok exec` sets and `-f env` prints: the token (in
/// `token_var`, by default `TOK_ACCESS_TOKEN`), its type, its expiry
/// (RFC 3339; empty for a token that never expires) and the header line.
pub fn env_pairs(s: &Shown, token_var: &str) -> Vec<(String, String)> {
    vec![
        (token_var.to_string(), s.token.expose().to_string()),
        ("TOK_TOKEN_TYPE".into(), s.token_type.to_string()),
        (
            "TOK_EXPIRES_AT".into(),
            s.expires_at.map(jwt::rfc3339).unwrap_or_default(),
        ),
        ("TOK_AUTH_HEADER".into(), header_line(s)),
    ]
}

/// A word for `sh`/`bash`/`zsh`/`dash`: single quotes, each `'` as `'\''`.
/// Nothing inside single quotes is special to any of them.
pub fn shell_quote(value: &str) -> String {
    format!("'{}'", value.replace('\'', "'\\''"))
}

pub fn render(format: Format, s: &Shown, now: f64) -> String {
    match format {
        Format::Token => format!("{}\n", s.token.expose()),
        Format::Header => format!("{}\n", header_line(s)),
        Format::Env => env_pairs(s, "TOK_ACCESS_TOKEN")
            .iter()
            .map(|(k, v)| format!("export {k}={}\n", shell_quote(v)))
            .collect(),
        Format::Json => {
            let mut obj = serde_json::json!({
                "access_token": s.token.expose(),
                "token_type": s.token_type,
                "expires_at": s.expires_at.map(jwt::rfc3339),
                "expires_in": s.expires_at.map(|e| (e - now).max(0.0).floor() as u64),
                "scope": s.scope,
                "provider": s.provider,
                "profile": s.profile,
                "from_cache": s.from_cache,
            });
            if let Some(id) = s.id_token {
                obj["id_token"] = id.expose().into();
            }
            if let Some(t) = s.issued_token_type {
                obj["issued_token_type"] = t.into();
            }
            format!("{obj}\n")
        }
        Format::ExecCredential => exec_credential(s, &exec_info().0),
    }
}

/// `KUBERNETES_EXEC_INFO` as kubectl sets it for an exec plugin: the
/// `apiVersion` it asks for (v1 when absent or unknown), and whether a
/// person may be asked (`spec.interactive`; true when absent).
pub fn exec_info() -> (String, bool) {
    const V1: &str = "client.authentication.k8s.io/v1";
    const V1BETA1: &str = "client.authentication.k8s.io/v1beta1";
    let info: serde_json::Value = std::env::var("KUBERNETES_EXEC_INFO")
        .ok()
        .filter(|v| v.len() <= 64 * 1024)
        .and_then(|v| serde_json::from_str(&v).ok())
        .unwrap_or_default();
    let version = match info["apiVersion"].as_str() {
        Some(V1BETA1) => V1BETA1,
        _ => V1,
    };
    let interactive = info["spec"]["interactive"].as_bool().unwrap_or(true);
    (version.to_string(), interactive)
}

/// A Kubernetes `ExecCredential` (`status.token`; an expiry only for a
/// token that expires).
pub fn exec_credential(s: &Shown, api_version: &str) -> String {
    let mut status = serde_json::json!({ "token": s.token.expose() });
    if let Some(e) = s.expires_at {
        status["expirationTimestamp"] = jwt::rfc3339(e).into();
    }
    let obj = serde_json::json!({
        "apiVersion": api_version,
        "kind": "ExecCredential",
        "status": status,
    });
    format!("{obj}\n")
}

/// Write `what` to stdout in one go. A reader that went away (`tok get x |
/// head -c0`) is not an error: the caller no longer wants the output. Any
/// other failure names what could not be written: `could not write the
/// token to stdout: No space left on device`.
pub fn emit(text: &str, what: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(anyhow::anyhow!("could not write {what} to stdout: {e}")),
        Ok(()) => Ok(()),
    }
}

pub use crate::log::{mask_for_ci, workflow_escape};

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(token: &Secret) -> Shown<'_> {
        Shown {
            token,
            token_type: "Bearer",
            header_name: None,
            expires_at: Some(1000.0),
            scope: Some("s"),
            provider: "elfsquad",
            profile: "default",
            from_cache: true,
            id_token: None,
            issued_token_type: None,
        }
    }

    #[test]
    fn workflow_data_is_escaped_as_the_runner_unescapes_it() {
        assert_eq!(
            workflow_escape("a%0Ab\r\n::set-env"),
            "a%250Ab%0D%0A::set-env"
        );
    }

    #[test]
    fn formats() {
        let t = Secret::new("AT");
        let s = shown(&t);
        assert_eq!(render(Format::Token, &s, 0.0), "AT\n");
        assert_eq!(
            render(Format::Header, &s, 0.0),
            "Authorization: Bearer AT\n"
        );
        let v: serde_json::Value = serde_json::from_str(&render(Format::Json, &s, 400.5)).unwrap();
        assert_eq!(v["access_token"], "AT");
        assert_eq!(v["expires_in"], 599);
        assert_eq!(v["expires_at"], "1970-01-01T00:16:40Z");
        assert_eq!(v["from_cache"], true);
        assert!(v.get("refresh_token").is_none());
        let key = Shown {
            header_name: Some("X-Api-Key"),
            ..shown(&t)
        };
        assert_eq!(render(Format::Header, &key, 0.0), "X-Api-Key: AT\n");
        assert_eq!(
            render(Format::Env, &s, 0.0),
            "export TOK_ACCESS_TOKEN='AT'\nexport TOK_TOKEN_TYPE='Bearer'\n\
             export TOK_EXPIRES_AT='1970-01-01T00:16:40Z'\n\
             export TOK_AUTH_HEADER='Authorization: Bearer AT'\n"
        );
    }

    #[test]
    fn shell_quoting_survives_quotes() {
        assert_eq!(shell_quote(r#"a'b"c$d`e\f"#), r#"'a'\''b"c$d`e\f'"#);
    }
}
