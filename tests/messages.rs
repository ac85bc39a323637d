//! Say what is true and what to do (issue 12): the cache follows the
//! credentials, and every message names what a CI log needs to act on.

mod common;
use common::*;

fn elfsquad_env(secret: Option<&str>) -> Vec<(String, String)> {
    let mut v = vec![("TOK_ELFSQUAD_CLIENT_ID".to_string(), "cid".to_string())];
    if let Some(s) = secret {
        v.push(("TOK_ELFSQUAD_CLIENT_SECRET".into(), s.into()));
    }
    v
}

fn get_with(env: &Env, vars: &[(String, String)], args: &[&str]) -> Out {
    let mut c = env.tok(args);
    for (k, v) in vars {
        c.env(k, v);
    }
    run(&mut c)
}

/// A token endpoint that takes only the client secret `right-s3cret`.
fn strict() -> Server {
    Server::start(|req, _| {
        if req.form().get("client_secret").map(String::as_str) == Some("right-s3cret") {
            Reply::token("AT-right", 3600)
        } else {
            Reply::Json(
                400,
                r#"{"error":"invalid_client","error_description":"Client authentication failed"}"#
                    .into(),
            )
        }
    })
}

#[test]
fn the_cache_follows_the_secret_given() {
    let srv = strict();
    let env = Env::new();
    let url = srv.url("/oauth2/token");
    let get = &["get", "elfsquad", "--token-url", &url][..];
    get_with(&env, &elfsquad_env(Some("right-s3cret")), get).expect(0);
    // a mistyped secret is not covered up by the cached token
    let out = get_with(&env, &elfsquad_env(Some("WRONG")), get)
        .expect(3)
        .one_line_error();
    assert_eq!(
        out.stderr,
        format!(
            "tok: elfsquad rejected the client credentials (HTTP 400 invalid_client from {}): \
             Client authentication failed: check TOK_ELFSQUAD_CLIENT_SECRET or run tok login elfsquad\n",
            srv.url("").trim_start_matches("http://")
        )
    );
    // nor an unset one (no keyring here: missing, exit 4)
    get_with(&env, &elfsquad_env(None), get).expect(4);
    // the right one again: a cache hit
    let before = srv.hits();
    assert_eq!(
        get_with(&env, &elfsquad_env(Some("right-s3cret")), get)
            .expect(0)
            .stdout,
        "AT-right\n"
    );
    assert_eq!(srv.hits(), before);
    // --offline answers from the cache and needs no secret
    let out = get_with(&env, &elfsquad_env(None), &[get, &["--offline"]].concat()).expect(0);
    assert_eq!(out.stdout, "AT-right\n");
    // the fingerprint key is private and the entry holds no secret
    let key = env.cache.join(".fingerprint-key");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
        0o600
    );
    for (_, bytes) in env.cache_files() {
        assert!(!String::from_utf8_lossy(&bytes).contains("right-s3cret"));
    }
}

#[test]
fn dry_run_shows_the_refresh_grant_when_a_refresh_token_is_cached() {
    let srv = Server::start(|req, _| match req.path.as_str() {
        "/auth/password" => {
            Reply::ok(r#"{"access_token":"AT","refresh_token":"RT","expires_in":30}"#)
        }
        _ => Reply::ok(r#"{"access_token":"AT2","refresh_token":"RT2","expires_in":3600}"#),
    });
    let env = Env::new().var("TOK_AUTHAPI_PASSWORD", "pw");
    let base = srv.url("");
    let args = ["get", "authapi", "--username", "u", "--base-url", &base];
    run(&mut env.tok(&args)).expect(0);
    let out = run(&mut env.tok(&[&args[..], &["--dry-run"]].concat())).expect(0);
    assert!(
        out.stdout
            .starts_with(&format!("POST {base}/auth/refresh\n")),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("refresh_token=***"), "{}", out.stdout);
    assert!(!out.stdout.contains("RT"), "{}", out.stdout);
    assert_eq!(srv.hits(), 1, "a dry run sends nothing");
}

#[test]
fn legacy_has_its_own_endpoint() {
    let openid = Server::fixed("AT-openid", 3600);
    let legacy =
        Server::start(|_, _| Reply::ok(r#"{"accessToken":"AT-legacy","expiresIn":1800000}"#));
    let env = Env::new()
        .var("TOK_ELFSQUAD_CLIENT_ID", "cid")
        .var("TOK_ELFSQUAD_CLIENT_SECRET", "s3cret")
        .var("TOK_ELFSQUAD_TOKEN_URL", &openid.url("/oauth2/token"));
    // TOK_ELFSQUAD_TOKEN_URL is the OpenID endpoint: --legacy does not use it
    let out = run(&mut env.tok(&["get", "elfsquad", "--legacy", "--dry-run"])).expect(0);
    assert!(
        out.stdout
            .starts_with("POST https://api.elfsquad.io/api/2/auth/elfskotconnectlogin\n"),
        "{}",
        out.stdout
    );
    let out = run(env
        .tok(&["get", "elfsquad", "--legacy"])
        .env("TOK_ELFSQUAD_LEGACY_URL", legacy.url("/login")))
    .expect(0);
    assert_eq!(out.stdout, "AT-legacy\n");
    assert_eq!(openid.hits(), 0);
    let out = run(&mut env.tok(&[
        "get",
        "elfsquad",
        "--legacy",
        "--token-url",
        "https://x.test/t",
    ]))
    .expect(2)
    .one_line_error();
    assert!(out.stderr.contains("--legacy-url"), "{}", out.stderr);
}

#[test]
fn set_but_empty_variables_are_named() {
    let env = Env::new()
        .var("TOK_ELFSQUAD_CLIENT_ID", "cid")
        .var("TOK_ELFSQUAD_CLIENT_SECRET", "")
        .var("CI", "true");
    let out = run(&mut env.tok(&["get", "elfsquad"]))
        .expect(4)
        .one_line_error();
    assert!(
        out.stderr
            .contains("TOK_ELFSQUAD_CLIENT_SECRET is set but empty"),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr.to_lowercase().contains("keyring "),
        "CI: {}",
        out.stderr
    );
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("secret");
    std::fs::write(&empty, "\n").unwrap();
    let env = Env::new()
        .var("TOK_ELFSQUAD_CLIENT_ID", "cid")
        .var("TOK_ELFSQUAD_CLIENT_SECRET_FILE", path_str(&empty));
    let out = run(&mut env.tok(&["get", "elfsquad"]))
        .expect(4)
        .one_line_error();
    assert!(out.stderr.contains("names an empty file"), "{}", out.stderr);
}

#[test]
fn typos_get_suggestions() {
    let env = Env::new();
    for (args, says) in [
        (
            &["get", "elfsqaud"][..],
            "tok: unknown provider or account 'elfsqaud' (did you mean 'elfsquad'?) (see --help)",
        ),
        (
            &["curl", "envy", "--", "x"][..],
            "tok: unknown provider or account 'envy' (did you mean 'envoy'?) (see --help)",
        ),
        (
            &["get", "elfsquad", "--client-secrte", "x"][..],
            "tok: unexpected argument '--client-secrte' found (did you mean '--client-secret'?) (see --help)",
        ),
    ] {
        let out = run(&mut env.tok(args)).expect(2).one_line_error();
        assert_eq!(out.stderr.trim_end(), says);
        assert!(!out.stderr.contains("subcommand"), "{}", out.stderr);
    }
}

#[test]
fn boolean_variables_take_the_usual_words_and_name_themselves() {
    let env = Env::new()
        .var("TOK_ELFSQUAD_CLIENT_ID", "cid")
        .var("TOK_ELFSQUAD_CLIENT_SECRET", "s");
    for (value, legacy) in [
        ("1", true),
        ("yes", true),
        ("TRUE", true),
        ("On", true),
        ("0", false),
        ("no", false),
        ("False", false),
        ("OFF", false),
    ] {
        let out = run(env
            .tok(&["get", "elfsquad", "--dry-run"])
            .env("TOK_ELFSQUAD_LEGACY", value))
        .expect(0);
        assert_eq!(
            out.stdout.contains("elfskotconnectlogin"),
            legacy,
            "{value}"
        );
    }
    let out = run(env
        .tok(&["get", "elfsquad", "--dry-run"])
        .env("TOK_ELFSQUAD_LEGACY", "maybe"))
    .expect(2)
    .one_line_error();
    assert!(
        out.stderr.contains("(from TOK_ELFSQUAD_LEGACY)"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("yes/no"), "{}", out.stderr);
}

#[test]
fn secret_files_are_trimmed_and_env_plus_file_is_refused() {
    let srv = Server::fixed("AT", 3600);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("secret");
    std::fs::write(&file, "  s3cret-from-file \r\n\n").unwrap();
    let env = Env::new()
        .var("TOK_ELFSQUAD_CLIENT_ID", "cid")
        .var("TOK_ELFSQUAD_CLIENT_SECRET_FILE", path_str(&file));
    let url = srv.url("/t");
    run(&mut env.tok(&["get", "elfsquad", "--token-url", &url])).expect(0);
    assert_eq!(
        srv.last().form().get("client_secret").map(String::as_str),
        Some("s3cret-from-file")
    );
    let out = run(env
        .tok(&["get", "elfsquad", "--token-url", &url])
        .env("TOK_ELFSQUAD_CLIENT_SECRET", "other"))
    .expect(2)
    .one_line_error();
    assert!(
        out.stderr
            .contains("TOK_ELFSQUAD_CLIENT_SECRET and TOK_ELFSQUAD_CLIENT_SECRET_FILE"),
        "{}",
        out.stderr
    );
}

#[test]
fn cache_list_tells_entries_apart_by_host_and_scope() {
    let a = Server::fixed("A", 3600);
    let b = Server::fixed("B", 3600);
    let env = Env::new();
    run(&mut env.tok(&strs(&elfsquad_args("s", &a.url("/t"), &[])))).expect(0);
    run(&mut env.tok(&strs(&elfsquad_args(
        "s",
        &b.url("/t"),
        &["--scope", "other"],
    ))))
    .expect(0);
    let out = run(&mut env.tok(&["cache", "list"])).expect(0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(
        lines[0].contains("HOST") && lines[0].contains("SCOPE"),
        "{}",
        out.stdout
    );
    assert_eq!(lines.len(), 3);
    assert_ne!(lines[1], lines[2]);
    let host = |s: &Server| s.url("").trim_start_matches("http://").to_string();
    assert!(
        out.stdout.contains(&host(&a)) && out.stdout.contains(&host(&b)),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("Elfskot.Api") && out.stdout.contains("other"));
    let out = run(&mut env.tok(&["cache", "list", "--json"])).expect(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert!(v[0]["host"].is_string() && v[0]["scope"].is_string());
}

#[test]
fn a_failed_write_to_stdout_says_what_failed() {
    let srv = Server::fixed("AT", 3600);
    let env = Env::new();
    let o = env
        .std_cmd(&strs(&elfsquad_args("s", &srv.url("/t"), &[])))
        .stdout(
            std::fs::File::options()
                .write(true)
                .open("/dev/full")
                .unwrap(),
        )
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "tok: could not write the token to stdout: No space left on device (os error 28)\n"
    );
}
