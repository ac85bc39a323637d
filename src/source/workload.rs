//! Workload identity tokens: a jwt-bearer assertion, a token-exchange
//! subject or actor token. They come from a file (`--subject-token-file`),
//! a variable, a config reference, or a CI system's identity
//! (`--subject-token-from github-actions[:AUDIENCE]`, `kubernetes[:PATH]`,
//! `env:NAME`); a service account key file (`--key-file`) fills a signed
//! assertion's inputs.
//!
//! Such a token is new at every CI run, so the cache follows its identity,
//! never its bytes: [`key_parts`] names a JWT by its `iss`, `sub` and `aud`,
//! an opaque token by a keyed fingerprint, and a GitHub Actions source by
//! the request URL's host, the audience and the run (repository, run id,
//! attempt, job) — so a cache hit requests no OIDC token at all. [`fetch`]
//! asks the CI system only on a miss.

use crate::error::{Class, TokError};
use crate::http::Http;
use crate::log;
use crate::provider::inputs::{Inputs, Source};
use crate::request::Request;
use crate::secret::Secret;
use crate::settings::Settings;
use anyhow::Result;
use std::path::Path;
use std::time::{Duration, Instant};

/// The token fields, their `-file` field and their `-from` field.
const TOKENS: &[(&str, &str, Option<&str>)] = &[
    ("assertion", "assertion-file", Some("assertion-from")),
    (
        "subject-token",
        "subject-token-file",
        Some("subject-token-from"),
    ),
    ("actor-token", "actor-token-file", None),
];

/// The projected service-account token of a Kubernetes pod.
const KUBERNETES_TOKEN: &str = "/var/run/secrets/kubernetes.io/serviceaccount/token";

/// Where a `-from` source points.
enum From<'a> {
    GithubActions(Option<&'a str>),
    Kubernetes(&'a str),
    Env(&'a str),
}

fn parse_from(spec: &str) -> Result<From<'_>> {
    let (kind, arg) = match spec.split_once(':') {
        Some((k, a)) => (k, Some(a)),
        None => (spec, None),
    };
    match (kind, arg) {
        ("github-actions", aud) => Ok(From::GithubActions(aud.filter(|a| !a.is_empty()))),
        ("kubernetes", path) => Ok(From::Kubernetes(path.filter(|p| !p.is_empty()).unwrap_or(KUBERNETES_TOKEN))),
        ("env", Some(name)) if !name.is_empty() => Ok(From::Env(name)),
        _ => Err(TokError::new(
            Class::Usage,
            format!(
                "unknown token source {spec:?}: github-actions[:AUDIENCE], kubernetes[:PATH] or env:NAME"
            ),
        )
        .into()),
    }
}

/// Read the `-file` inputs and a service account key file into the values
/// they give (flags and variables given directly win).
pub fn read_files(inp: &mut Inputs) -> Result<()> {
    for (field, file_field, _) in TOKENS {
        if !inp.fields().iter().any(|f| f.name == *field) || inp.has(field) {
            continue;
        }
        let Some(path) = inp.get(file_field).map(str::to_string) else {
            continue;
        };
        let value = read_token_file(Path::new(&path), field)?;
        inp.set_text(
            field,
            value,
            Source::Named(format!("--{file_field} {path}")),
        );
    }
    if inp.fields().iter().any(|f| f.name == "key-file")
        && let Some(path) = inp.get("key-file").map(str::to_string)
    {
        service_account(inp, Path::new(&path))?;
    }
    Ok(())
}

fn read_token_file(path: &Path, field: &str) -> Result<String> {
    let fail = |why: String| -> anyhow::Error {
        TokError::new(
            Class::Missing,
            format!(
                "could not read the {} from {}: {why}",
                field.replace('-', " "),
                path.display()
            ),
        )
        .into()
    };
    let text = super::read_secret_file(path).map_err(fail)?;
    if text.is_empty() {
        return Err(fail("the file is empty".into()));
    }
    log::register(&text);
    Ok(text)
}

/// A Google-style service account key: `client_email` (iss and sub),
/// `private_key`, `private_key_id` (kid) and `token_uri` (the endpoint and
/// the aud), where not given otherwise.
fn service_account(inp: &mut Inputs, path: &Path) -> Result<()> {
    let bad = |why: &str| -> anyhow::Error {
        TokError::new(
            Class::Usage,
            format!(
                "key file {}: {why}; expected a service account key (JSON with client_email, private_key, private_key_id, token_uri)",
                path.display()
            ),
        )
        .into()
    };
    let bytes = crate::fsread::read_bounded(path, super::SECRET_FILE_CAP)
        .map_err(|e| bad(&format!("could not read it ({e})")))?;
    let doc: serde_json::Value = serde_json::from_slice(&bytes).map_err(|_| bad("not JSON"))?;
    let text = |k: &str| {
        doc[k]
            .as_str()
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    };
    let (email, key) = match (text("client_email"), text("private_key")) {
        (Some(e), Some(k)) => (e, k),
        _ => return Err(bad("no client_email or private_key in it")),
    };
    log::register(&key);
    crate::jose::warn_if_readable(path);
    let from = || Source::File(format!("--key-file {}", path.display()));
    inp.set_text("assertion-key-pem", key, from());
    for (field, value) in [
        ("assertion-iss", Some(email.clone())),
        ("assertion-sub", Some(email)),
        ("assertion-kid", text("private_key_id")),
        ("token-url", text("token_uri")),
        ("assertion-aud", text("token_uri")),
    ] {
        if let Some(v) = value
            && !inp.explicit(field)
        {
            inp.set_text(field, v, from());
        }
    }
    Ok(())
}

/// The cache key parts of the workload tokens: their identity.
pub fn key_parts(
    inp: &Inputs,
    fingerprint: &dyn Fn(&str) -> Result<String>,
) -> Result<Vec<String>> {
    let mut parts = Vec::new();
    for (field, _, from_field) in TOKENS {
        if !inp.fields().iter().any(|f| f.name == *field) {
            continue;
        }
        if let Some(token) = inp.secret(field) {
            parts.push(format!(
                "{field}={}",
                identity(token.expose(), fingerprint)?
            ));
        } else if let Some(spec) = from_field.and_then(|f| inp.get(f)) {
            parts.push(format!("{field}={}", source_identity(spec, fingerprint)?));
        }
    }
    Ok(parts)
}

/// A JWT's `iss`, `sub` and `aud` (unverified: the server verifies it), or
/// an opaque token's keyed fingerprint.
fn identity(token: &str, fingerprint: &dyn Fn(&str) -> Result<String>) -> Result<String> {
    match crate::jwt::decode(token) {
        Ok((_, claims)) => Ok(format!(
            "jwt:iss={};sub={};aud={}",
            claims["iss"], claims["sub"], claims["aud"]
        )),
        Err(_) => Ok(format!("fp:{}", fingerprint(token)?)),
    }
}

/// The identity a source will give, known without asking it.
fn source_identity(spec: &str, fingerprint: &dyn Fn(&str) -> Result<String>) -> Result<String> {
    Ok(match parse_from(spec)? {
        From::GithubActions(aud) => {
            let var = |n: &str| std::env::var(n).unwrap_or_default();
            let host = reqwest::Url::parse(&var("ACTIONS_ID_TOKEN_REQUEST_URL"))
                .ok()
                .and_then(|u| u.host_str().map(str::to_string))
                .unwrap_or_default();
            format!(
                "github-actions:host={host};aud={};repo={};run={};attempt={};job={}",
                aud.unwrap_or(""),
                var("GITHUB_REPOSITORY"),
                var("GITHUB_RUN_ID"),
                var("GITHUB_RUN_ATTEMPT"),
                var("GITHUB_JOB")
            )
        }
        // a file and a variable are read now (cheap, no network)
        From::Kubernetes(path) => match read_token_file(Path::new(path), "token") {
            Ok(token) => identity(&token, fingerprint)?,
            Err(_) => format!("kubernetes:{path}:unreadable"),
        },
        From::Env(name) => match std::env::var(name) {
            Ok(token) if !token.is_empty() => identity(&token, fingerprint)?,
            _ => format!("env:{name}:unset"),
        },
    })
}

/// On a miss: the tokens that `-from` sources give, where no token was
/// given otherwise. In GitHub Actions each is masked in the job log.
pub fn fetch(inp: &mut Inputs, s: &Settings, deadline: Instant) -> Result<()> {
    for (field, _, from_field) in TOKENS {
        let Some(from_field) = from_field else {
            continue;
        };
        if !inp.fields().iter().any(|f| f.name == *field) || inp.has(field) {
            continue;
        }
        let Some(spec) = inp.get(from_field).map(str::to_string) else {
            continue;
        };
        let token = match parse_from(&spec)? {
            From::GithubActions(aud) => github_actions(aud, s, deadline)?,
            From::Kubernetes(path) => {
                read_token_file(Path::new(path), "Kubernetes service account token")?
            }
            From::Env(name) => match std::env::var(name) {
                Ok(t) if !t.trim().is_empty() => t.trim().to_string(),
                _ => {
                    return Err(TokError::new(
                        Class::Missing,
                        format!(
                            "the {} from env:{name}: {name} is not set",
                            field.replace('-', " ")
                        ),
                    )
                    .into());
                }
            },
        };
        log::register(&token);
        log::mask_for_ci(&Secret::new(token.clone()), s.no_mask);
        inp.set_text(field, token, Source::Named(spec.clone()));
    }
    Ok(())
}

/// `--dry-run` asks no CI system: a token a `-from` source would give is
/// shown as `***`.
pub fn placeholders(inp: &mut Inputs) {
    for (field, _, from_field) in TOKENS {
        if let Some(spec) = from_field.and_then(|f| inp.get(f)).map(str::to_string)
            && !inp.has(field)
        {
            inp.set_text(field, "***".into(), Source::Named(spec));
        }
    }
}

/// The job's OIDC token from GitHub Actions: `GET
/// $ACTIONS_ID_TOKEN_REQUEST_URL&audience=…` with `Authorization: bearer
/// $ACTIONS_ID_TOKEN_REQUEST_TOKEN`, answered `{"value": "<jwt>"}`.
fn github_actions(aud: Option<&str>, s: &Settings, deadline: Instant) -> Result<String> {
    let (Some(url), Some(bearer)) = (
        std::env::var("ACTIONS_ID_TOKEN_REQUEST_URL")
            .ok()
            .filter(|v| !v.is_empty()),
        std::env::var("ACTIONS_ID_TOKEN_REQUEST_TOKEN")
            .ok()
            .filter(|v| !v.is_empty()),
    ) else {
        return Err(TokError::new(
            Class::Usage,
            "github-actions: ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN are not set: this is not a GitHub Actions job, \
             or the workflow lacks `permissions: id-token: write`",
        )
        .into());
    };
    log::register(&bearer);
    let mut url = reqwest::Url::parse(&url).map_err(|e| {
        TokError::new(
            Class::Usage,
            format!("ACTIONS_ID_TOKEN_REQUEST_URL is no URL: {e}"),
        )
    })?;
    if let Some(aud) = aud {
        // it carries a query already (api-version): append, never replace
        url.query_pairs_mut().append_pair("audience", aud);
    }
    crate::provider::check_url(url.as_str(), s.allow_http)?;
    let http = Http::new(
        url.as_str(),
        s.ca_cert.as_deref(),
        deadline,
        Duration::from_secs(s.timeout),
    )?;
    let req = Request::get_document(url.to_string())
        .header("Authorization", &Secret::new(format!("bearer {bearer}")));
    let resp = http.send(&req)?;
    if !resp.is_success() {
        // a refusal (401/403: the workflow's permissions) is exit 3; a
        // failing service (5xx, 429) is exit 1, worth a retry
        let mut e = crate::oauth::failure(&resp);
        e.message = format!("github-actions' OIDC token request: {}", e.message);
        return Err(e.into());
    }
    let doc: serde_json::Value = crate::oauth::lossy_json(&resp.body).unwrap_or_default();
    match doc["value"].as_str().filter(|v| !v.is_empty()) {
        Some(v) => Ok(v.to_string()),
        None => Err(TokError::new(
            Class::Transient,
            "github-actions answered the OIDC token request without a value",
        )
        .into()),
    }
}
