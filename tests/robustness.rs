//! Misbehaving networks and servers, TLS trust, --verbose, JSON errors and
//! CI masking, through the built binary against loopback servers.

mod common;
use common::*;
use std::time::{Duration, Instant};

const SECRET: &str = "s3cret-Value-42";

fn get(srv_url: &str, extra: &[&str]) -> Vec<String> {
    elfsquad_args(SECRET, srv_url, extra)
}

fn tok(env: &Env, v: &[String]) -> Out {
    run(&mut env.tok(&strs(v)))
}

#[test]
fn retries_503_twice_then_succeeds() {
    let srv = Server::start(|_, n| {
        if n < 2 {
            Reply::status(503, "text/plain", "busy")
        } else {
            Reply::token("AT", 3600)
        }
    });
    let env = Env::new();
    let out = tok(&env, &get(&srv.url("/t"), &["-v"])).expect(0);
    assert_eq!(out.stdout, "AT\n");
    assert_eq!(srv.hits(), 3);
    assert!(out.stderr.contains("attempt 3 of 3"), "{}", out.stderr);
    assert!(out.stderr.contains("retrying in"), "{}", out.stderr);
}

#[test]
fn retry_after_is_honoured() {
    let srv = Server::start(|_, n| {
        if n == 0 {
            Reply::Raw {
                status: 429,
                headers: vec![("Retry-After".into(), "1".into())],
                body: vec![],
            }
        } else {
            Reply::token("AT", 3600)
        }
    });
    let env = Env::new();
    let t = Instant::now();
    let out = tok(&env, &get(&srv.url("/t"), &["-v"])).expect(0);
    assert!(
        t.elapsed() >= Duration::from_secs(1),
        "waited for Retry-After"
    );
    assert!(out.stderr.contains("retrying in 1000 ms"), "{}", out.stderr);
    assert_eq!(srv.hits(), 2);
}

#[test]
fn gives_up_after_three_attempts() {
    let srv = Server::start(|_, _| Reply::status(502, "text/html", "<html>bad gateway</html>"));
    let env = Env::new();
    let out = tok(&env, &get(&srv.url("/t"), &[]))
        .expect(1)
        .one_line_error();
    assert!(out.stderr.contains("HTTP 502"), "{}", out.stderr);
    assert_eq!(srv.hits(), 3);
}

#[test]
fn a_retry_after_beyond_the_timeout_is_not_waited_for() {
    let srv = Server::start(|_, _| Reply::Raw {
        status: 503,
        headers: vec![("Retry-After".into(), "120".into())],
        body: vec![],
    });
    let env = Env::new();
    let t = Instant::now();
    let out = tok(&env, &get(&srv.url("/t"), &["--timeout", "3"]))
        .expect(1)
        .one_line_error();
    assert!(t.elapsed() < Duration::from_secs(3), "gave up at once");
    assert!(out.stderr.contains("503"), "{}", out.stderr);
    assert_eq!(srv.hits(), 1);
}

#[test]
fn never_retried_on_client_errors_or_500() {
    for status in [400, 401, 403, 500] {
        let srv = Server::start(move |_, _| Reply::Json(status, r#"{"error":"x"}"#.into()));
        let env = Env::new();
        let out = tok(&env, &get(&srv.url("/t"), &[])).one_line_error();
        assert_eq!(srv.hits(), 1, "status {status} retried");
        let want = if status == 500 { 1 } else { 3 };
        assert_eq!(out.code, want, "status {status}: {}", out.stderr);
    }
}

#[test]
fn html_error_page_shows_status_not_page() {
    let srv = Server::start(|_, _| {
        Reply::status(
            500,
            "text/html; charset=utf-8",
            "<!DOCTYPE html><html><h1>Oops</h1></html>",
        )
    });
    let env = Env::new();
    let out = tok(&env, &get(&srv.url("/t"), &[]))
        .expect(1)
        .one_line_error();
    assert_eq!(
        out.stderr,
        "tok: the token endpoint failed: HTTP 500 Internal Server Error\n"
    );
}

#[test]
fn garbage_body() {
    let srv = Server::start(|_, _| Reply::Raw {
        status: 200,
        headers: vec![],
        body: b"\x00\xff\x1b[2Jgarbage".to_vec(),
    });
    let env = Env::new();
    let out = tok(&env, &get(&srv.url("/t"), &[]))
        .expect(1)
        .one_line_error();
    assert!(
        out.stderr
            .contains("malformed response (HTTP 200): not JSON"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains('\x1b'), "no terminal escapes");
}

#[test]
fn json_without_access_token() {
    let srv = Server::start(|_, _| Reply::ok(r#"{"token_type":"Bearer","expires_in":3600}"#));
    let env = Env::new();
    let out = tok(&env, &get(&srv.url("/t"), &[]))
        .expect(1)
        .one_line_error();
    assert!(out.stderr.contains("no access_token"), "{}", out.stderr);
}

#[test]
fn a_64_mib_body_is_refused_unread() {
    let srv = Server::start(|_, _| Reply::Huge(64 * 1024 * 1024));
    let env = Env::new();
    let out = tok(&env, &get(&srv.url("/t"), &[]))
        .expect(1)
        .one_line_error();
    assert!(out.stderr.contains("response too large"), "{}", out.stderr);
}

#[test]
fn a_declared_huge_body_is_refused_before_reading() {
    let srv = Server::start(|_, _| Reply::Raw {
        status: 200,
        headers: vec![],
        body: vec![b' '; 2 * 1024 * 1024],
    });
    let env = Env::new();
    let out = tok(&env, &get(&srv.url("/t"), &[]))
        .expect(1)
        .one_line_error();
    assert!(out.stderr.contains("response too large"), "{}", out.stderr);
}

#[test]
fn a_server_that_never_answers_times_out() {
    let srv = Server::start(|_, _| Reply::Hang);
    let env = Env::new();
    let t = Instant::now();
    let out = tok(&env, &get(&srv.url("/t"), &["--timeout", "2"]))
        .expect(1)
        .one_line_error();
    assert!(t.elapsed() < Duration::from_secs(5));
    assert!(out.stderr.contains("timed out after 2s"), "{}", out.stderr);
}

#[test]
fn a_closed_port() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let env = Env::new();
    let out = tok(&env, &get(&format!("http://127.0.0.1:{port}/t"), &[]))
        .expect(1)
        .one_line_error();
    assert!(
        out.stderr.contains("could not connect to 127.0.0.1"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("3 attempts"), "{}", out.stderr);
}

#[test]
fn a_connection_closed_without_answer() {
    let srv = Server::start(|_, _| Reply::Close);
    let env = Env::new();
    tok(&env, &get(&srv.url("/t"), &[]))
        .expect(1)
        .one_line_error();
}

#[test]
fn redirects_are_not_followed() {
    let srv = Server::start(|_, _| Reply::Raw {
        status: 307,
        headers: vec![("Location".into(), "http://127.0.0.1:9/x".into())],
        body: vec![],
    });
    let env = Env::new();
    let out = tok(&env, &get(&srv.url("/t"), &[]))
        .expect(1)
        .one_line_error();
    assert!(out.stderr.contains("HTTP 307"), "{}", out.stderr);
    assert_eq!(srv.hits(), 1);
}

#[test]
fn https_with_a_private_ca_needs_ca_cert() {
    let (srv, ca) = Server::start_tls(|_, _| Reply::token("AT-tls", 3600));
    let env = Env::new();
    let ca_file = env.home.path().join("ca.pem");
    std::fs::write(&ca_file, ca).unwrap();
    let url = srv.url("/t");
    assert!(url.starts_with("https://127.0.0.1:"));
    let out = tok(&env, &get(&url, &["--no-cache"]))
        .expect(1)
        .one_line_error();
    assert!(
        out.stderr.to_lowercase().contains("certificate"),
        "{}",
        out.stderr
    );
    let out = tok(
        &env,
        &get(&url, &["--no-cache", "--ca-cert", path_str(&ca_file)]),
    )
    .expect(0);
    assert_eq!(out.stdout, "AT-tls\n");
    let mut c = env.tok(&[
        "get",
        "elfsquad",
        "--client-id",
        "cid",
        "--client-secret",
        SECRET,
        "--token-url",
        &url,
        "--no-cache",
    ]);
    let out = run(c.env("TOK_CA_CERT", &ca_file)).expect(0);
    assert_eq!(out.stdout, "AT-tls\n");
}

#[test]
fn a_bad_ca_cert_file_is_a_usage_error() {
    let srv = Server::fixed("AT", 3600);
    let env = Env::new();
    let junk = env.home.path().join("junk.pem");
    std::fs::write(&junk, "not a certificate").unwrap();
    let out = tok(&env, &get(&srv.url("/t"), &["--ca-cert", path_str(&junk)]))
        .expect(2)
        .one_line_error();
    assert!(out.stderr.contains("no PEM certificate"), "{}", out.stderr);
    tok(
        &env,
        &get(&srv.url("/t"), &["--ca-cert", "/nonexistent.pem"]),
    )
    .expect(2)
    .one_line_error();
}

#[test]
fn verbose_traces_each_step() {
    let srv = Server::fixed("AT-verbose-token", 3600);
    let env = Env::new();
    let mut c = env.tok(&[
        "get",
        "elfsquad",
        "--client-id",
        "cid",
        "--token-url",
        &srv.url("/t"),
        "-v",
    ]);
    let out = run(c.env("TOK_ELFSQUAD_CLIENT_SECRET", SECRET)).expect(0);
    for want in [
        "cache miss",
        "client-id: from command line",
        "client-secret: from environment (TOK_ELFSQUAD_CLIENT_SECRET)",
        "POST http://127.0.0.1",
        "HTTP 200",
        "cached until",
    ] {
        assert!(
            out.stderr.contains(want),
            "{want:?} missing from:\n{}",
            out.stderr
        );
    }
    // the same secret again (a cached token follows the secret given)
    let out = run(env
        .tok(&[
            "get",
            "elfsquad",
            "--client-id",
            "cid",
            "--token-url",
            &srv.url("/t"),
            "-v",
        ])
        .env("TOK_ELFSQUAD_CLIENT_SECRET", SECRET))
    .expect(0);
    assert!(out.stderr.contains("cache hit"), "{}", out.stderr);
    {
        let o = &out;
        assert!(
            !o.stderr.contains(SECRET) && !o.stderr.contains("AT-verbose-token"),
            "{}",
            o.stderr
        );
    }
}

#[test]
fn json_errors_are_one_object_whose_class_matches_the_exit_code() {
    let env = Env::new();
    let cases: Vec<(Server, i32, &str)> = vec![
        (
            Server::start(|_, _| {
                Reply::Json(
                    401,
                    r#"{"error":"invalid_client","error_description":"nope"}"#.into(),
                )
            }),
            3,
            "rejected",
        ),
        (
            Server::start(|_, _| Reply::status(500, "text/html", "<html>")),
            1,
            "transient",
        ),
    ];
    for (srv, code, class) in &cases {
        let out = tok(&env, &get(&srv.url("/t"), &["-f", "json"])).expect(*code);
        assert_eq!(out.stdout, "");
        assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
        let v: serde_json::Value = serde_json::from_str(&out.stderr).unwrap();
        assert_eq!(v["error"], *class);
        assert!(v["message"].as_str().unwrap().contains("HTTP"));
        assert_eq!(v["status"], if *code == 3 { 401 } else { 500 });
        if *code == 3 {
            assert_eq!(v["oauth_error"], "invalid_client");
        }
    }
    let out = run(&mut env.tok(&["get", "elfsquad", "-f", "json"])).expect(4);
    let v: serde_json::Value = serde_json::from_str(&out.stderr).unwrap();
    assert_eq!(v["error"], "missing_credentials");
    assert!(v["oauth_error"].is_null() && v["status"].is_null());
    let out = run(&mut env.tok(&[
        "get",
        "elfsquad",
        "--client-id",
        "c",
        "-f",
        "json",
        "--offline",
    ]))
    .expect(5);
    let v: serde_json::Value = serde_json::from_str(&out.stderr).unwrap();
    assert_eq!(v["error"], "offline");
}

#[test]
fn github_actions_masks_the_token() {
    let srv = Server::fixed("AT-mask-me", 3600);
    let env = Env::new().var("GITHUB_ACTIONS", "true");
    let out = tok(&env, &get(&srv.url("/t"), &[])).expect(0);
    assert_eq!(out.stdout, "AT-mask-me\n");
    assert_eq!(out.stderr, "::add-mask::AT-mask-me\n");
    // from the cache too
    let out = tok(&env, &get(&srv.url("/t"), &[])).expect(0);
    assert_eq!(out.stderr, "::add-mask::AT-mask-me\n");
    let out = tok(&env, &get(&srv.url("/t"), &["--no-mask"])).expect(0);
    assert_eq!(out.stderr, "");
    let out = run(&mut env.tok(&["get", "envoy", "--api-key", "key-to-mask"])).expect(0);
    assert_eq!(out.stderr, "::add-mask::key-to-mask\n");
    // outside GitHub Actions nothing is written
    let env = Env::new();
    let out = tok(&env, &get(&srv.url("/t"), &[])).expect(0);
    assert_eq!(out.stderr, "");
}

#[test]
fn proxy_variables_are_honoured() {
    // the proxy answers for a host that does not exist: only a proxied request can succeed
    let proxy = Server::start(|req, _| {
        if req.path == "http://idp.tok.test/oauth2/token" {
            Reply::token("AT-via-proxy", 3600)
        } else {
            Reply::status(400, "text/plain", "unexpected request")
        }
    });
    let env = Env::new().var("HTTP_PROXY", &proxy.url);
    let out = tok(
        &env,
        &get(
            "http://idp.tok.test/oauth2/token",
            &["--allow-http", "--no-cache"],
        ),
    )
    .expect(0);
    assert_eq!(out.stdout, "AT-via-proxy\n");
    assert_eq!(proxy.hits(), 1);

    // NO_PROXY sends a request past the proxy, straight to the server
    let direct = Server::fixed("AT-direct", 3600);
    let env = Env::new()
        .var("HTTP_PROXY", &proxy.url)
        .var("NO_PROXY", "127.0.0.1");
    let out = tok(&env, &get(&direct.url("/t"), &["--no-cache"])).expect(0);
    assert_eq!(out.stdout, "AT-direct\n");
    assert_eq!(proxy.hits(), 1, "not proxied");
}
