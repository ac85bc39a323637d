//! End to end through the built binary: every provider against a loopback
//! server, every output format, the exit codes, --dry-run, http refusal.

mod common;
use common::*;

const SECRET: &str = "s3cret-Value-42";
const PASSWORD: &str = "pa55-Word-99";

#[test]
fn elfsquad_client_credentials() {
    let srv = Server::fixed("AT-elf", 3600);
    let env = Env::new();
    let out = run(&mut env.tok(&[
        "get",
        "elfsquad",
        "--client-id",
        "cid",
        "--client-secret",
        SECRET,
        "--token-url",
        &srv.url("/oauth2/token"),
    ]))
    .expect(0);
    assert_eq!(out.stdout, "AT-elf\n");
    assert_eq!(out.stderr, "");
    let req = srv.last();
    assert_eq!(req.method, "POST");
    assert_eq!(req.path, "/oauth2/token");
    assert_eq!(
        req.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    let form = req.form();
    assert_eq!(form["client_id"], "cid");
    assert_eq!(form["client_secret"], SECRET);
    assert_eq!(form["grant_type"], "client_credentials");
    assert_eq!(form["scope"], "Elfskot.Api");
    assert!(req.header("authorization").is_none());
}

#[test]
fn elfsquad_legacy_json_login_in_milliseconds() {
    let srv = Server::start(|_, _| Reply::ok(r#"{"accessToken":"AT-legacy","expiresIn":1800000}"#));
    let env = Env::new();
    let out = run(env
        .tok(&[
            "get",
            "elfsquad",
            "--legacy",
            "-f",
            "json",
            "--legacy-url",
            &srv.url("/api/2/auth/elfskotconnectlogin"),
        ])
        .env("TOK_ELFSQUAD_CLIENT_ID", "app-id")
        .env("TOK_ELFSQUAD_CLIENT_SECRET", SECRET))
    .expect(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["access_token"], "AT-legacy");
    assert_eq!(v["token_type"], "Bearer");
    let left = v["expires_in"].as_u64().unwrap();
    assert!((1790..=1800).contains(&left), "1800 s, not 1800000: {left}");
    let req = srv.last();
    assert_eq!(req.header("content-type"), Some("application/json"));
    assert_eq!(
        req.json(),
        serde_json::json!({"clientId": "app-id", "secret": SECRET})
    );
}

#[test]
fn authapi_password() {
    let srv = Server::start(|_, _| {
        Reply::ok(
            r#"{"access_token":"AT-auth","refresh_token":"RT-1","token_type":"bearer","expires_in":3600}"#,
        )
    });
    let env = Env::new();
    let out = run(env
        .tok(&["get", "authapi", "-f", "header", "--username", "bob"])
        .env("TOK_AUTHAPI_BASE_URL", &srv.url)
        .env("TOK_AUTHAPI_PASSWORD", PASSWORD))
    .expect(0);
    assert_eq!(out.stdout, "Authorization: Bearer AT-auth\n");
    let req = srv.last();
    assert_eq!(req.path, "/auth/password");
    let form = req.form();
    assert_eq!(form.len(), 2, "{form:?}");
    assert_eq!(form["username"], "bob");
    assert_eq!(form["password"], PASSWORD);
}

#[test]
fn envoy_password_grant_with_basic_auth() {
    let srv = Server::start(|_, _| {
        Reply::ok(
            r#"{"token_type":"Bearer","access_token":"AT-envoy","expires_in":86400,"refresh_token":"R","refresh_token_expires_in":2592000,"state":null,"company_id":"10000"}"#,
        )
    });
    let env = Env::new();
    run(&mut env.tok(&[
        "get",
        "envoy",
        "--client-id",
        "cid",
        "--client-secret",
        SECRET,
        "--username",
        "u@x.com",
        "--password",
        PASSWORD,
        "--token-url",
        &srv.url("/oauth2/token"),
    ]))
    .expect(0);
    let req = srv.last();
    assert_eq!(req.basic(), Some(("cid".into(), SECRET.into())));
    let form = req.form();
    assert_eq!(form["grant_type"], "password");
    assert_eq!(form["scope"], "token.refresh,locations.read");
    assert_eq!(form["username"], "u@x.com");
    assert!(!form.contains_key("client_secret"));
}

#[test]
fn envoy_api_key_needs_no_request() {
    let env = Env::new();
    let out = run(env
        .tok(&["get", "envoy", "-f", "header"])
        .env("TOK_ENVOY_API_KEY", "key-123456"))
    .expect(0);
    assert_eq!(out.stdout, "X-Api-Key: key-123456\n");
    let out =
        run(&mut env.tok(&["get", "envoy", "--api-key", "key-123456", "-f", "json"])).expect(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["access_token"], "key-123456");
    assert!(v["expires_at"].is_null());
    assert!(env.entries().is_empty(), "an API key is never cached");
}

#[test]
fn crayon_pascal_case() {
    let srv = Server::start(|_, _| {
        Reply::ok(
            r#"{"AccessToken":"AT-crayon","IdentityToken":null,"Error":null,"ExpiresIn":20060,"TokenType":"Bearer","RefreshToken":null}"#,
        )
    });
    let env = Env::new();
    let out = run(env
        .tok(&[
            "get",
            "crayon",
            "-f",
            "json",
            "--token-url",
            &srv.url("/api/v1/connect/token/"),
        ])
        .env("TOK_CRAYON_CLIENT_ID", "C")
        .env("TOK_CRAYON_CLIENT_SECRET", SECRET)
        .env("TOK_CRAYON_USERNAME", "u")
        .env("TOK_CRAYON_PASSWORD", PASSWORD))
    .expect(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["access_token"], "AT-crayon");
    assert_eq!(v["provider"], "crayon");
    assert_eq!(v["from_cache"], false);
    let req = srv.last();
    assert_eq!(req.path, "/api/v1/connect/token/");
    assert_eq!(req.basic(), Some(("C".into(), SECRET.into())));
    assert_eq!(req.header("accept"), Some("application/json"));
    assert_eq!(req.form()["scope"], "CustomerApi");
}

#[test]
fn crayon_error_on_200_is_exit_3() {
    let srv = Server::start(|_, _| {
        Reply::ok(r#"{"AccessToken":null,"Error":"invalid_grant","ExpiresIn":0}"#)
    });
    let env = Env::new();
    let out = run(&mut env.tok(&[
        "get",
        "crayon",
        "--client-id",
        "C",
        "--client-secret",
        SECRET,
        "--username",
        "u",
        "--password",
        PASSWORD,
        "--token-url",
        &srv.url("/t/"),
    ]))
    .expect(3)
    .one_line_error();
    assert!(out.stderr.contains("invalid_grant"), "{}", out.stderr);
}

#[test]
fn oauth2_every_option() {
    let srv = Server::start(|_, _| {
        Reply::ok(
            r#"{"access_token":"opaque-xyz","token_type":"Bearer","expires_in":60,"scope":"a b"}"#,
        )
    });
    let env = Env::new();
    let out = run(&mut env.tok(&[
        "get",
        "oauth2",
        "--token-url",
        &srv.url("/token"),
        "--grant",
        "password",
        "--client-auth",
        "body",
        "--client-id",
        "C",
        "--client-secret",
        SECRET,
        "--username",
        "u",
        "--password",
        PASSWORD,
        "--scope",
        "a b",
        "--audience",
        "api://x",
        "--param",
        "resource=r1",
        "--param",
        "k=v",
        "--min-ttl",
        "0",
    ]))
    .expect(0);
    assert_eq!(out.stdout, "opaque-xyz\n");
    let form = srv.last().form();
    assert_eq!(form["grant_type"], "password");
    assert_eq!(form["client_id"], "C");
    assert_eq!(form["client_secret"], SECRET);
    assert_eq!(form["scope"], "a b");
    assert_eq!(form["audience"], "api://x");
    assert_eq!(form["resource"], "r1");
    assert_eq!(form["k"], "v");
    assert!(srv.last().header("authorization").is_none());
}

#[test]
fn oauth2_requires_token_url() {
    let env = Env::new();
    let out = run(&mut env.tok(&["get", "oauth2", "--client-id", "C"]))
        .expect(4)
        .one_line_error();
    assert!(
        out.stderr.contains("--token-url") && out.stderr.contains("TOK_OAUTH2_TOKEN_URL"),
        "{}",
        out.stderr
    );
}

#[test]
fn rejected_credentials_exit_3_with_server_text() {
    let srv = Server::start(|_, _| {
        Reply::Json(
            401,
            r#"{"error":"invalid_client","error_description":"Client authentication failed"}"#
                .into(),
        )
    });
    let env = Env::new();
    let out = run(&mut env.tok(&[
        "get",
        "elfsquad",
        "--client-id",
        "c",
        "--client-secret",
        SECRET,
        "--token-url",
        &srv.url("/t"),
    ]))
    .expect(3)
    .one_line_error();
    assert!(
        out.stderr.contains("HTTP 401 invalid_client"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("): Client authentication failed: check --client-secret"),
        "{}",
        out.stderr
    );
    assert_eq!(srv.hits(), 1, "never retried on 401");
}

#[test]
fn missing_credentials_exit_4_and_nothing_is_sent() {
    let srv = Server::fixed("x", 60);
    let env = Env::new();
    let out = run(&mut env.tok(&[
        "get",
        "elfsquad",
        "--client-id",
        "c",
        "--token-url",
        &srv.url("/t"),
    ]))
    .expect(4)
    .one_line_error();
    assert!(out.stderr.contains("--client-secret"), "{}", out.stderr);
    assert!(
        out.stderr.contains("TOK_ELFSQUAD_CLIENT_SECRET"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("tok login elfsquad"), "{}", out.stderr);
    assert_eq!(srv.hits(), 0);
    // an empty variable (an unset CI secret) is missing too
    run(env
        .tok(&[
            "get",
            "elfsquad",
            "--client-id",
            "c",
            "--token-url",
            &srv.url("/t"),
        ])
        .env("TOK_ELFSQUAD_CLIENT_SECRET", ""))
    .expect(4);
}

#[test]
fn secret_from_file_strips_one_trailing_newline() {
    let srv = Server::fixed("AT", 3600);
    let env = Env::new();
    let file = env.home.path().join("secret.txt");
    std::fs::write(&file, format!("{SECRET}\n")).unwrap();
    run(env
        .tok(&[
            "get",
            "elfsquad",
            "--client-id",
            "c",
            "--token-url",
            &srv.url("/t"),
        ])
        .env("TOK_ELFSQUAD_CLIENT_SECRET_FILE", &file))
    .expect(0);
    assert_eq!(srv.last().form()["client_secret"], SECRET);
    // a file that is not there: exit 4 naming the variable
    let out = run(env
        .tok(&[
            "get",
            "elfsquad",
            "--client-id",
            "c2",
            "--token-url",
            &srv.url("/t"),
        ])
        .env("TOK_ELFSQUAD_CLIENT_SECRET_FILE", "/nonexistent/secret"))
    .expect(4)
    .one_line_error();
    assert!(
        out.stderr.contains("TOK_ELFSQUAD_CLIENT_SECRET_FILE"),
        "{}",
        out.stderr
    );
}

#[test]
fn flag_beats_env() {
    let srv = Server::fixed("AT", 3600);
    let env = Env::new();
    run(env
        .tok(&[
            "get",
            "elfsquad",
            "--client-id",
            "from-flag",
            "--token-url",
            &srv.url("/t"),
        ])
        .env("TOK_ELFSQUAD_CLIENT_ID", "from-env")
        .env("TOK_ELFSQUAD_CLIENT_SECRET", SECRET))
    .expect(0);
    assert_eq!(srv.last().form()["client_id"], "from-flag");
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    for (args, says) in [
        (
            &["get", "elfsquad", "--no-such-flag"][..],
            "unexpected argument '--no-such-flag'",
        ),
        (
            &["get", "nosuchprovider"][..],
            "unknown provider or account 'nosuchprovider'",
        ),
        (
            &["get", "elfsquad", "-f", "yaml"][..],
            "[possible values: token, header, json, env, exec-credential]",
        ),
        (
            &["get", "elfsquad", "--offline", "--no-cache"][..],
            "cannot be used with",
        ),
        (
            &["login", "nosuchprovider"][..],
            "unknown provider or account 'nosuchprovider'",
        ),
    ] {
        let out = run(&mut env.tok(args)).expect(2).one_line_error();
        assert!(out.stderr.contains(says), "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.trim_end().ends_with("(see --help)"),
            "{}",
            out.stderr
        );
    }
    let out = run(&mut env.tok(&[
        "get",
        "oauth2",
        "--token-url",
        "https://x.test/t",
        "--client-id",
        "c",
        "--param",
        "noequals",
        "--dry-run",
    ]))
    .expect(2)
    .one_line_error();
    assert!(out.stderr.contains("KEY=VALUE"));
}

#[test]
fn usage_error_with_json_format_is_json() {
    let env = Env::new();
    let out = run(&mut env.tok(&["get", "elfsquad", "-f", "json", "--bogus"])).expect(2);
    let v: serde_json::Value = serde_json::from_str(out.stderr.trim()).unwrap();
    assert_eq!(v["error"], "usage");
    assert!(v["message"].as_str().unwrap().contains("--bogus"), "{v}");
}

#[test]
fn server_error_exit_1() {
    let srv = Server::start(|_, _| {
        Reply::status(
            500,
            "text/html",
            "<html><body>Internal error page</body></html>",
        )
    });
    let env = Env::new();
    let out = run(&mut env.tok(&[
        "get",
        "elfsquad",
        "--client-id",
        "c",
        "--client-secret",
        SECRET,
        "--token-url",
        &srv.url("/t"),
    ]))
    .expect(1)
    .one_line_error();
    assert!(out.stderr.contains("HTTP 500"), "{}", out.stderr);
    assert!(
        !out.stderr.contains("<html>"),
        "no page dump: {}",
        out.stderr
    );
    assert_eq!(srv.hits(), 1, "500 is not retried");
}

#[test]
fn plain_http_to_a_remote_host_is_refused() {
    let env = Env::new();
    let out = run(&mut env.tok(&[
        "get",
        "elfsquad",
        "--client-id",
        "c",
        "--client-secret",
        SECRET,
        "--token-url",
        "http://auth.example.invalid/t",
    ]))
    .expect(2)
    .one_line_error();
    assert!(out.stderr.contains("--allow-http"), "{}", out.stderr);
    // --allow-http lifts the refusal (checked with --dry-run: nothing leaves the machine)
    let out = run(&mut env.tok(&[
        "get",
        "elfsquad",
        "--client-id",
        "c",
        "--client-secret",
        SECRET,
        "--token-url",
        "http://auth.example.invalid/t",
        "--allow-http",
        "--dry-run",
    ]))
    .expect(0);
    assert!(
        out.stdout
            .starts_with("POST http://auth.example.invalid/t\n")
    );
    run(&mut env.tok(&[
        "get",
        "elfsquad",
        "--client-id",
        "c",
        "--client-secret",
        SECRET,
        "--token-url",
        "http://auth.example.invalid/t",
        "--dry-run",
    ]))
    .expect(2);
}

#[test]
fn dry_run_prints_the_request_masked_and_sends_nothing() {
    let srv = Server::fixed("x", 60);
    let env = Env::new();
    let out = run(&mut env.tok(&[
        "get",
        "envoy",
        "--client-id",
        "cid",
        "--client-secret",
        SECRET,
        "--username",
        "u",
        "--password",
        PASSWORD,
        "--token-url",
        &srv.url("/oauth2/token"),
        "--dry-run",
    ]))
    .expect(0);
    assert_eq!(
        out.stdout,
        format!(
            "POST {}\nContent-Type: application/x-www-form-urlencoded\nAccept: application/json\n\
             Authorization: Basic ***\n\nusername=u&password=***&scope=token.refresh%2Clocations.read&grant_type=password\n",
            srv.url("/oauth2/token")
        )
    );
    assert!(!out.stdout.contains(SECRET) && !out.stderr.contains(SECRET));
    assert_eq!(srv.hits(), 0);
    assert!(env.cache_files().is_empty());
}

#[test]
fn dry_run_of_the_real_endpoint_needs_no_account() {
    let env = Env::new();
    let out = run(env
        .tok(&["get", "elfsquad", "--client-id", "demo", "--dry-run"])
        .env("TOK_ELFSQUAD_CLIENT_SECRET", SECRET))
    .expect(0);
    assert!(
        out.stdout
            .starts_with("POST https://login.elfsquad.io/oauth2/token\n"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("client_secret=***"));
    assert!(!out.stdout.contains(SECRET));
}

#[test]
fn closed_stdout_is_a_quiet_success() {
    let env = Env::new();
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = env
        .std_cmd(&["get", "envoy", "--api-key", "key-123456"])
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn help_lists_providers_and_env_vars() {
    let env = Env::new();
    let out = run(&mut env.tok(&["get", "--help"])).expect(0);
    for p in ["elfsquad", "authapi", "envoy", "crayon", "oauth2"] {
        assert!(out.stdout.contains(p), "{p} missing from help");
    }
    let out = run(&mut env.tok(&["get", "elfsquad", "--help"])).expect(0);
    assert!(out.stdout.contains("TOK_ELFSQUAD_CLIENT_SECRET"));
    assert!(out.stdout.contains("TOK_ELFSQUAD_CLIENT_SECRET_FILE"));
    assert!(out.stdout.contains("Elfskot.Api"));
    // an env value is never shown in help
    let out = run(env
        .tok(&["get", "elfsquad", "--help"])
        .env("TOK_ELFSQUAD_CLIENT_SECRET", SECRET))
    .expect(0);
    assert!(!out.stdout.contains(SECRET));
}
