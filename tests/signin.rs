//! Signing in as a person, end to end through the built binary against
//! real servers the tests start: panva's oidc-provider (device flow,
//! authorization code + PKCE, refresh rotation, revocation), with its own
//! sign-in pages driven over HTTP by tests/oidc/signin.mjs; and loopback
//! servers scripted for the answers a real one gives rarely (slow_down,
//! expired_token, an error redirect). Plus the CI rule: exit 6 at once.

mod common;
use common::signin::*;
use common::*;
use std::time::{Duration, Instant};

/// The token entries of the cache (not discovery documents).
fn token_entries(env: &Env) -> Vec<std::path::PathBuf> {
    env.entries()
        .into_iter()
        .filter(|p| {
            !p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("discovery-")
        })
        .collect()
}

/// The refresh token in the one cache entry.
fn cached_refresh_token(env: &Env) -> Option<String> {
    let files = token_entries(env);
    assert!(files.len() <= 1, "{files:?}");
    let file = files.first()?;
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    v["refresh_token"].as_str().map(String::from)
}

/// Present a refresh token to the provider directly: its RFC 6749 error
/// code, or None when it was accepted.
fn refresh_refused(op: &Oidc, client: &str, rt: &str) -> Option<String> {
    let o = std::process::Command::new("curl")
        .args(["-s", "-X", "POST", &format!("{}/token", op.issuer)])
        .args(["-d", "grant_type=refresh_token", "-d"])
        .arg(format!("client_id={client}"))
        .args(["--data-urlencode"])
        .arg(format!("refresh_token={rt}"))
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    v["error"].as_str().map(String::from)
}

#[test]
fn device_flow_signs_in_refreshes_rotation_safe_and_revokes() {
    if !have("curl") {
        return skip("curl is not installed (apt-get install -y curl, as in .ci/run)");
    }
    let Some(op) = Oidc::start() else { return };
    let env = Env::new().var("TOK_KEYRING", "none");
    let a = device_args(&op);

    let out = device_login(&env, &a).expect(0);
    assert!(
        out.stdout.is_empty(),
        "login prints no token: {}",
        out.stdout
    );
    assert!(
        out.stderr
            .contains("the refresh token is kept in the cache entry (0600)"),
        "{}",
        out.stderr
    );
    let list = run(&mut env.tok(&["cache", "list"])).expect(0);
    assert!(
        list.stdout.lines().nth(1).unwrap().ends_with("cache"),
        "{}",
        list.stdout
    );

    // later calls need no person, even under CI and without a terminal
    let ci = same_with_ci(&env);
    let json = run(&mut ci.tok(&with("get", &a, &["-f", "json"]))).expect(0);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(v["from_cache"], true);
    let id = v["id_token"]
        .as_str()
        .expect("an ID token with the openid scope");
    let got = run(&mut ci.tok(&with("get", &a, &["--id-token"]))).expect(0);
    assert_eq!(got.stdout.trim(), id);
    let header = run(&mut ci.tok(&with("get", &a, &["--id-token", "-f", "header"]))).expect(0);
    assert_eq!(header.stdout.trim(), format!("Authorization: Bearer {id}"));

    // refresh rotates: each refresh token is used once, tok keeps the new one
    let rt1 = cached_refresh_token(&env).expect("a refresh token in the entry");
    let first = run(&mut ci.tok(&with("get", &a, &["--refresh"]))).expect(0);
    let rt2 = cached_refresh_token(&env).unwrap();
    assert_ne!(rt1, rt2, "the server rotates refresh tokens");
    assert_ne!(first.stdout.trim(), v["access_token"].as_str().unwrap());
    run(&mut ci.tok(&with("get", &a, &["--refresh"]))).expect(0);
    let rt3 = cached_refresh_token(&env).unwrap();
    assert_ne!(rt2, rt3);
    assert_eq!(
        refresh_refused(&op, "tok-device", &rt1).as_deref(),
        Some("invalid_grant"),
        "the old refresh token is refused by the server"
    );
    // presenting a used token made the server revoke the whole grant: tok's
    // refresh is refused too, and signing in again needs a person (exit 6)
    let out = run(&mut ci.tok(&with("get", &a, &["--refresh"])))
        .expect(6)
        .one_line_error();
    assert!(out.stderr.contains("tok login oauth2"), "{}", out.stderr);
    assert_eq!(
        cached_refresh_token(&env),
        None,
        "the refused refresh token is dropped"
    );

    // sign in again, then revoke at the server
    device_login(&env, &a).expect(0);
    let rt = cached_refresh_token(&env).unwrap();
    let out = run(&mut env.tok(&with("logout", &a, &["--revoke"]))).expect(0);
    assert!(
        out.stderr.contains("revoked 1 refresh token at 127.0.0.1"),
        "{}",
        out.stderr
    );
    assert!(token_entries(&env).is_empty(), "logout forgets locally");
    assert_eq!(
        refresh_refused(&op, "tok-device", &rt).as_deref(),
        Some("invalid_grant"),
        "the revoked refresh token is refused by the server"
    );
}

#[test]
fn device_flow_denied_is_exit_3() {
    let Some(op) = Oidc::start() else { return };
    let env = Env::new().var("TOK_KEYRING", "none");
    let a = device_args(&op);
    let mut tok = Running::start(&env, &with("login", &a, &[]));
    let line = tok.line_with("tok: or open ");
    sign_in_at(&complete_uri(&line), &["--deny"]);
    let out = tok.finish();
    assert_eq!(out.code, 3, "{}", out.stderr);
    assert!(out.stderr.contains("denied"), "{}", out.stderr);
    assert!(token_entries(&env).is_empty());
}

fn browser_args(op: &Oidc, extra: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = [
        "oauth2",
        "--issuer",
        &op.issuer,
        "--client-id",
        "tok-browser",
        "--grant",
        "authorization_code",
        "--scope",
        "openid api.read",
    ]
    .map(String::from)
    .to_vec();
    v.extend(extra.iter().map(|s| s.to_string()));
    v
}

#[test]
fn authorization_code_with_pkce_through_the_browser() {
    let Some(op) = Oidc::start() else { return };
    // $BROWSER signs in through the provider's login and consent pages
    let env = Env::new()
        .var("TOK_KEYRING", "none")
        .var("BROWSER", &oidc_dir().join("signin.mjs").to_string_lossy());
    let a = browser_args(&op, &[]);
    let out = run(&mut env.tok(&with("login", &a, &[]))).expect(0);
    assert!(
        out.stderr
            .contains("sign in with your browser: http://127.0.0.1:"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("code_challenge_method=S256"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("kept in the cache entry"),
        "{}",
        out.stderr
    );
    let json = run(&mut env.tok(&with("get", &a, &["-f", "json"]))).expect(0);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(v["from_cache"], true);
    let id = v["id_token"].as_str().expect("an ID token").to_string();
    // the refresh works without a browser, under CI
    let ci = same_with_ci(&env);
    run(&mut ci.tok(&with("get", &a, &["--refresh"]))).expect(0);
    // --id-token reaches a command as its token too
    let exec = run(&mut ci.tok(&with(
        "exec",
        &a,
        &[
            "--id-token",
            "--",
            "sh",
            "-c",
            "printf %s \"$TOK_ACCESS_TOKEN\"",
        ],
    )))
    .expect(0);
    let fresh = run(&mut ci.tok(&with("get", &a, &["-f", "json"]))).expect(0);
    let fresh: serde_json::Value = serde_json::from_str(&fresh.stdout).unwrap();
    assert_eq!(exec.stdout, fresh["id_token"].as_str().unwrap());
    assert_eq!(exec.stdout.split('.').count(), 3, "a JWT: {}", exec.stdout);
    assert!(!id.is_empty());
}

#[test]
fn manual_sign_in_reads_the_pasted_redirect_address() {
    let Some(op) = Oidc::start() else { return };
    let env = Env::new().var("TOK_KEYRING", "none");
    let a = browser_args(&op, &["--manual"]);
    let mut tok = Running::start(&env, &with("login", &a, &["-v"]));
    let url = tok.line_with("/auth?").trim().to_string();
    tok.line_with("paste that whole address here");
    // signed in elsewhere; the browser's address bar shows the redirect
    let said = sign_in_at(&url, &["--print-redirect"]);
    let redirect = said
        .lines()
        .find(|l| l.starts_with("http://127.0.0.1:"))
        .unwrap();
    tok.write_stdin("not the address\n");
    tok.line_with("not the address of this sign-in");
    tok.write_stdin(&format!("{redirect}\n"));
    let out = tok.finish();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("signed in for oauth2"),
        "{}",
        out.stderr
    );
    // -v traced every step, and never the authorization code
    let code = url_pairs(redirect.split_once('?').unwrap().1)
        .into_iter()
        .find(|(k, _)| k == "code")
        .unwrap()
        .1;
    assert!(
        out.stderr.contains("trading it for a token"),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr.contains(&code),
        "the code leaked: {}",
        out.stderr
    );
}

#[test]
fn an_error_redirect_is_exit_3_with_its_description() {
    // an authorization server that refuses at once: back to the redirect
    // with error=, and the state it was sent
    let srv = Server::start(|seen, _| {
        let query = seen.path.split_once('?').map(|(_, q)| q).unwrap_or("");
        let pairs: std::collections::HashMap<String, String> =
            url_pairs(query).into_iter().collect();
        let location = format!(
            "{}?error=access_denied&error_description=the+user+said+no&state={}",
            pairs["redirect_uri"], pairs["state"]
        );
        Reply::Raw {
            status: 302,
            headers: vec![("Location".into(), location)],
            body: Vec::new(),
        }
    });
    let env = Env::new()
        .var("TOK_KEYRING", "none")
        .var("BROWSER", &oidc_dir().join("signin.mjs").to_string_lossy());
    if !have("node") {
        return skip("node is not installed (the BROWSER helper is a node script)");
    }
    let out = run(&mut env.tok(&with("login", &scripted_browser_args(&srv), &[]))).expect(3);
    assert!(
        out.stderr
            .contains("the sign-in was refused: access_denied: the user said no"),
        "{}",
        out.stderr
    );
}

/// A browser sign-in against a scripted loopback server.
fn scripted_browser_args(srv: &Server) -> Vec<String> {
    vec![
        "oauth2".into(),
        "--token-url".into(),
        srv.url("/token"),
        "--authorization-url".into(),
        srv.url("/authorize"),
        "--client-id".into(),
        "app".into(),
        "--grant".into(),
        "authorization_code".into(),
    ]
}

/// `k=v&…` decoded.
fn url_pairs(query: &str) -> Vec<(String, String)> {
    url::form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect()
}

#[test]
fn no_person_no_wait_exit_6() {
    // nothing listens at these addresses: the check comes before any request
    let dead = "http://127.0.0.1:9/x";
    for grant in ["device_code", "authorization_code"] {
        let a: Vec<String> = [
            "oauth2",
            "--token-url",
            dead,
            "--device-url",
            dead,
            "--authorization-url",
            dead,
            "--client-id",
            "app",
            "--grant",
            grant,
        ]
        .map(String::from)
        .to_vec();
        // no terminal (the test's stdin and stderr are not TTYs)
        let env = Env::new().var("TOK_KEYRING", "none");
        for cmd in [
            with("get", &a, &[]),
            with("curl", &a, &["--", "http://127.0.0.1:9/"]),
            with("exec", &a, &["--", "true"]),
        ] {
            let t = Instant::now();
            let out = run(env.tok(&cmd).write_stdin(""))
                .expect(6)
                .one_line_error();
            // not a benchmark: a bound that tells "failed at once" from "waited"
            assert!(
                t.elapsed() < Duration::from_secs(1),
                "{cmd:?} took {:?}",
                t.elapsed()
            );
            assert!(
                out.stderr.contains("there is no terminal"),
                "{}",
                out.stderr
            );
            assert!(
                out.stderr
                    .contains("run `tok login oauth2 …` on a terminal"),
                "{}",
                out.stderr
            );
        }
        // CI set: even tok login does not wait
        let ci = Env::new().var("TOK_KEYRING", "none").var("CI", "true");
        let out = run(ci.tok(&with("login", &a, &[])).write_stdin(""))
            .expect(6)
            .one_line_error();
        assert!(out.stderr.contains("CI is set"), "{}", out.stderr);
        let out = run(ci.tok(&with("get", &a, &["-f", "json"])).write_stdin("")).expect(6);
        let v: serde_json::Value = serde_json::from_str(out.stderr.trim()).unwrap();
        assert_eq!(v["error"], "interaction_required");
    }
    // an account names itself in the advice
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[accounts.sso]\nprovider = \"oauth2\"\ntoken-url = \"{dead}\"\ndevice-url = \"{dead}\"\nclient-id = \"app\"\ngrant = \"device_code\"\n"
        ),
    )
    .unwrap();
    let env = Env::new()
        .var("TOK_KEYRING", "none")
        .var("TOK_CONFIG", &config.to_string_lossy());
    let out = run(env.tok(&["get", "sso"]).write_stdin(""))
        .expect(6)
        .one_line_error();
    assert!(
        out.stderr.contains("run `tok login sso` on a terminal"),
        "{}",
        out.stderr
    );
}

/// A device endpoint and a token endpoint that answer as scripted; the
/// token endpoint's answers come from `polls` in order (the last repeats).
fn device_server(
    polls: Vec<(u16, &'static str)>,
) -> (Server, std::sync::Arc<std::sync::Mutex<Vec<Instant>>>) {
    let times = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let t = times.clone();
    let srv = Server::start(move |seen, _| {
        if seen.path == "/device" {
            return Reply::ok(
                r#"{"device_code":"DEV-CODE-SECRET-1","user_code":"WXYZ-1234","verification_uri":"https://idp.test/activate","expires_in":600,"interval":1}"#,
            );
        }
        if seen.path == "/device-slow" {
            return Reply::ok(
                r#"{"device_code":"DEV-CODE-SECRET-1","user_code":"WXYZ-1234","verification_uri":"https://idp.test/activate","expires_in":600,"interval":5}"#,
            );
        }
        let mut t = t.lock().unwrap();
        t.push(Instant::now());
        let (status, body) = polls[(t.len() - 1).min(polls.len() - 1)];
        Reply::status(status, "application/json", body)
    });
    (srv, times)
}

fn scripted_device_args(srv: &Server, extra: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = vec![
        "oauth2".into(),
        "--token-url".into(),
        srv.url("/token"),
        "--device-url".into(),
        srv.url("/device"),
        "--client-id".into(),
        "app".into(),
        "--grant".into(),
        "device_code".into(),
    ];
    v.extend(extra.iter().map(|s| s.to_string()));
    v
}

const PENDING: (u16, &str) = (400, r#"{"error":"authorization_pending"}"#);
const SLOW_DOWN: (u16, &str) = (400, r#"{"error":"slow_down"}"#);

#[test]
fn device_polling_waits_slows_down_and_stops() {
    let env = Env::new().var("TOK_KEYRING", "none");
    let (srv, times) = device_server(vec![
        PENDING,
        SLOW_DOWN,
        (
            200,
            r#"{"access_token":"AT-after-waiting","expires_in":3600,"refresh_token":"RT-1"}"#,
        ),
    ]);
    let out =
        run(&mut env.tok(&with("login", &scripted_device_args(&srv, &["-v"]), &[]))).expect(0);
    assert!(
        out.stderr
            .contains("open https://idp.test/activate and enter the code WXYZ-1234"),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("DEV-CODE-SECRET-1"),
        "the device code is a secret: {}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("RT-1") && !out.stderr.contains("AT-after"),
        "{}",
        out.stderr
    );
    let t = times.lock().unwrap().clone();
    assert_eq!(t.len(), 3);
    // RFC 8628 §3.5: the interval, and 5 s more after slow_down
    assert!(
        t[1] - t[0] >= Duration::from_millis(950),
        "{:?}",
        t[1] - t[0]
    );
    assert!(
        t[2] - t[1] >= Duration::from_millis(5950),
        "{:?}",
        t[2] - t[1]
    );
    let form = srv.seen().last().unwrap().form();
    assert_eq!(
        form["grant_type"],
        "urn:ietf:params:oauth:grant-type:device_code"
    );
    assert_eq!(form["device_code"], "DEV-CODE-SECRET-1");
    assert_eq!(form["client_id"], "app");
    let got = run(&mut env.tok(&with("get", &scripted_device_args(&srv, &[]), &[]))).expect(0);
    assert_eq!(got.stdout.trim(), "AT-after-waiting");

    // refused and expired codes are rejections; a login timeout is exit 1
    for (answer, code, says) in [
        ((400, r#"{"error":"access_denied"}"#), 3, "denied"),
        ((400, r#"{"error":"expired_token"}"#), 3, "expired"),
        (PENDING, 1, "--login-timeout"),
    ] {
        let (srv, _) = device_server(vec![answer]);
        let env = Env::new().var("TOK_KEYRING", "none");
        let out = run(&mut env.tok(&with(
            "login",
            &scripted_device_args(&srv, &["--login-timeout", "3"]),
            &[],
        )))
        .expect(code);
        assert!(
            out.stderr.lines().last().unwrap().contains(says),
            "{}",
            out.stderr
        );
        assert!(token_entries(&env).is_empty());
    }
}

/// Issue 20.7: a person who signs in within --login-timeout gets the token.
/// With interval 1 and --login-timeout 3 the server approves at the third
/// poll (about 3 s in): tok used to give up at 2 s, before the next poll.
#[test]
fn the_device_flow_polls_once_more_at_the_deadline() {
    let env = Env::new().var("TOK_KEYRING", "none");
    let approved = (200, r#"{"access_token":"AT-in-time","expires_in":3600}"#);
    let (srv, times) = device_server(vec![PENDING, PENDING, approved]);
    let started = Instant::now();
    let args = scripted_device_args(&srv, &["--login-timeout", "3"]);
    run(&mut env.tok(&with("login", &args, &[]))).expect(0);
    let out = run(&mut env.tok(&with("get", &args, &[]))).expect(0);
    assert_eq!(out.stdout.trim(), "AT-in-time");
    let t = times.lock().unwrap().clone();
    assert_eq!(t.len(), 3, "three polls: 1 s, 2 s and at the deadline");
    assert!(
        t[2] - started >= Duration::from_millis(2900),
        "{:?}",
        t[2] - started
    );
    // an interval longer than the whole timeout still polls, at the deadline
    let (srv, times) = device_server(vec![approved]);
    let args: Vec<String> = scripted_device_args(&srv, &["--login-timeout", "1"])
        .into_iter()
        .map(|a| a.replace("/device", "/device-slow"))
        .collect();
    let env = Env::new().var("TOK_KEYRING", "none");
    let out = run(&mut env.tok(&with("login", &args, &[]))).expect(0);
    assert!(out.stderr.contains("signed in"), "{}", out.stderr);
    assert_eq!(times.lock().unwrap().len(), 1);
}

/// Issue 20.8: revoke "when the server has one"; without an endpoint tok
/// forgets locally, says nothing was revoked, and exits 0.
#[test]
fn logout_revoke_without_an_endpoint_forgets_locally_and_says_so() {
    let env = Env::new().var("TOK_KEYRING", "none");
    let signed_in = (
        200,
        r#"{"access_token":"AT-9","expires_in":3600,"refresh_token":"RT-9"}"#,
    );
    let (srv, _) = device_server(vec![signed_in]);
    let args = scripted_device_args(&srv, &[]);
    run(&mut env.tok(&with("login", &args, &[]))).expect(0);
    assert_eq!(token_entries(&env).len(), 1);
    let out = run(&mut env.tok(&with("logout", &args, &["--revoke"]))).expect(0);
    assert!(
        out.stderr.contains("nothing was revoked at the server"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("RT-9"), "{}", out.stderr);
    assert!(token_entries(&env).is_empty());
}

#[test]
fn dry_run_shows_the_first_step_with_secrets_masked() {
    let (srv, _) = device_server(vec![PENDING]);
    let env = Env::new().var("TOK_KEYRING", "none");
    let out = run(&mut env.tok(&with(
        "get",
        &scripted_device_args(
            &srv,
            &["--client-secret", "hunter2-secret", "--scope", "openid"],
        ),
        &["--dry-run"],
    )))
    .expect(0);
    assert!(
        out.stdout
            .starts_with(&format!("POST {}", srv.url("/device"))),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("scope=openid"), "{}", out.stdout);
    assert!(!out.stdout.contains("hunter2"), "{}", out.stdout);
    assert_eq!(srv.hits(), 0, "a dry run sends nothing");
    // what a real run would refuse, a dry run refuses too
    let out = run(&mut env.tok(&[
        "get",
        "oauth2",
        "--token-url",
        "https://idp.test/token",
        "--device-url",
        "http://idp.test/device",
        "--client-id",
        "app",
        "--grant",
        "device_code",
        "--dry-run",
    ]))
    .expect(2);
    assert!(out.stderr.contains("plain http"), "{}", out.stderr);
    // a missing value of a sign-in is not for `tok login` to give: it would
    // run the very sign-in that needs it
    let out = run(&mut env.tok(&[
        "login",
        "oauth2",
        "--token-url",
        "https://idp.test/token",
        "--device-url",
        "https://idp.test/device",
        "--grant",
        "device_code",
    ]))
    .expect(4)
    .one_line_error();
    assert!(out.stderr.contains("missing client id"), "{}", out.stderr);
    assert!(!out.stderr.contains("tok login"), "{}", out.stderr);
    let out = run(&mut env.tok(&with(
        "login",
        &scripted_browser_args(&srv),
        &["--scope", "openid profile", "--dry-run"],
    )))
    .expect(0);
    let url = out.stdout.lines().next().unwrap();
    assert!(url.contains("response_type=code"), "{url}");
    assert!(url.contains("code_challenge=***"), "{url}");
    assert!(
        url.contains("state=***") && url.contains("nonce=***"),
        "{url}"
    );
    assert!(
        url.contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A<port>%2Fcallback"),
        "{url}"
    );
    assert_eq!(srv.hits(), 0);
}

#[test]
fn on_a_terminal_tok_get_signs_in_itself() {
    if !have("script") {
        return skip("util-linux script is not installed (it gives tok a terminal)");
    }
    let Some(op) = Oidc::start() else { return };
    let env = Env::new().var("TOK_KEYRING", "none");
    let a = device_args(&op);
    let mut tok = Running::on_terminal(&env, &with("get", &a, &[]));
    let line = tok.line_with("tok: or open ");
    sign_in_at(&complete_uri(&line), &[]);
    let out = tok.finish();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let token = out.stderr.lines().last().unwrap().trim();
    assert!(
        !token.starts_with("tok:") && !token.is_empty(),
        "{}",
        out.stderr
    );
    // the next call, without a terminal, is a cache hit on the same token
    let again = run(env.tok(&with("get", &a, &[])).write_stdin("")).expect(0);
    assert_eq!(again.stdout.trim(), token);
}

#[test]
fn device_flow_against_django_oauth_toolkit() {
    let Some(dot) = Dot::start() else { return };
    if !have("node") {
        return skip("node is not installed (signin.mjs approves the code)");
    }
    let a: Vec<String> = [
        "oauth2",
        "--token-url",
        &format!("{}/o/token/", dot.base),
        "--device-url",
        &format!("{}/o/device-authorization/", dot.base),
        "--client-id",
        "tok-device",
        "--grant",
        "device_code",
    ]
    .map(String::from)
    .to_vec();
    let env = Env::new().var("TOK_KEYRING", "none");
    // approved on the toolkit's pages (Django's login, the code, Accept)
    let out = device_login(&env, &a).expect(0);
    assert!(
        out.stderr.contains("kept in the cache entry"),
        "{}",
        out.stderr
    );
    let ci = same_with_ci(&env);
    let first = run(&mut ci.tok(&with("get", &a, &[]))).expect(0);
    let again = run(&mut ci.tok(&with("get", &a, &["--refresh"]))).expect(0);
    assert_ne!(first.stdout, again.stdout, "a refresh without a person");

    // Deny on the toolkit's page is access_denied: exit 3
    let env = Env::new().var("TOK_KEYRING", "none");
    let mut tok = Running::start(&env, &with("login", &a, &[]));
    let line = tok.line_with("tok: or open ");
    sign_in_at(&complete_uri(&line), &["--deny"]);
    let out = tok.finish();
    assert_eq!(out.code, 3, "{}", out.stderr);
    assert!(out.stderr.contains("denied"), "{}", out.stderr);
}

#[test]
fn a_person_signs_in_through_headless_chromium() {
    let chromium = std::env::var("TOK_TEST_CHROMIUM").unwrap_or("/usr/bin/chromium".into());
    if !std::path::Path::new(&chromium).exists() {
        return skip("chromium is not installed (apt-get install -y chromium, as in .ci/run)");
    }
    let Some(op) = Oidc::start() else { return };
    if !oidc_dir().join("node_modules/playwright-core").is_dir() {
        return skip("playwright-core is not installed: npm ci --prefix tests/oidc");
    }
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("browser.log");
    // $BROWSER: chromium, typing into the provider's login and consent pages
    let env = Env::new()
        .var("TOK_KEYRING", "none")
        .var(
            "BROWSER",
            &oidc_dir().join("chromium.mjs").to_string_lossy(),
        )
        .var("TOK_TEST_BROWSER_LOG", &log.to_string_lossy())
        .var("TOK_TEST_CHROMIUM", &chromium);
    let a = browser_args(&op, &[]);
    let out = run(&mut env.tok(&with("login", &a, &[]))).expect(0);
    assert!(
        out.stderr.contains("signed in for oauth2"),
        "{}",
        out.stderr
    );
    // tok does not wait for its browser; the browser says what it saw
    let until = Instant::now() + Duration::from_secs(30);
    while !log.exists() && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(100));
    }
    let seen = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(
        seen.starts_with("ok ") && seen.contains("You can close this tab"),
        "the browser saw: {seen:?}"
    );
    let json = run(&mut same_with_ci(&env).tok(&with("get", &a, &["-f", "json"]))).expect(0);
    assert!(json.stdout.contains("\"id_token\""), "{}", json.stdout);
}

#[test]
fn a_failed_revocation_is_reported_and_the_local_copy_still_goes() {
    let srv = Server::start(|seen, _| match seen.path.as_str() {
        "/device" => Reply::ok(
            r#"{"device_code":"D","user_code":"U","verification_uri":"https://idp.test/d","interval":1}"#,
        ),
        "/revoke" => Reply::status(
            400,
            "application/json",
            r#"{"error":"unsupported_token_type"}"#,
        ),
        _ => {
            Reply::ok(r#"{"access_token":"AT-1","expires_in":3600,"refresh_token":"RT-to-revoke"}"#)
        }
    });
    let env = Env::new().var("TOK_KEYRING", "none");
    let revoke_url = srv.url("/revoke");
    let a = scripted_device_args(&srv, &["--revocation-url", revoke_url.as_str()]);
    run(&mut env.tok(&with("login", &a, &[]))).expect(0);
    assert_eq!(token_entries(&env).len(), 1);
    let out = run(&mut env.tok(&with("logout", &a, &["--revoke"]))).expect(1);
    assert!(
        out.stderr
            .contains("the local copy was removed, but revoking failed")
            && out.stderr.contains("unsupported_token_type"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("RT-to-revoke"), "{}", out.stderr);
    assert!(token_entries(&env).is_empty(), "forgotten locally anyway");
    let revoke = srv
        .seen()
        .into_iter()
        .find(|s| s.path == "/revoke")
        .unwrap()
        .form();
    assert_eq!(revoke["token"], "RT-to-revoke");
    assert_eq!(revoke["token_type_hint"], "refresh_token");
    assert_eq!(revoke["client_id"], "app");
    // nothing left to revoke: said, and fine
    let out = run(&mut env.tok(&with("logout", &a, &["--revoke"]))).expect(0);
    assert!(
        out.stderr.contains("no refresh token to revoke"),
        "{}",
        out.stderr
    );
}

#[test]
fn no_browser_prints_the_address_and_the_redirect_port_is_kept() {
    let Some(op) = Oidc::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let opened = dir.path().join("opened");
    let browser = dir.path().join("browser.sh");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\ntouch '{}'\n", opened.display()),
    )
    .unwrap();
    std::fs::set_permissions(
        &browser,
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port().to_string()
    };
    let env = Env::new()
        .var("TOK_KEYRING", "none")
        .var("BROWSER", &browser.to_string_lossy());
    let a = browser_args(&op, &["--no-browser", "--redirect-port", &port]);
    let mut tok = Running::start(&env, &with("login", &a, &[]));
    let line = tok.line_with("sign in with your browser: ");
    let url = line.rsplit(' ').next().unwrap().to_string();
    assert!(
        url.contains(&format!(
            "redirect_uri=http%3A%2F%2F127.0.0.1%3A{port}%2Fcallback"
        )),
        "{url}"
    );
    // a person opens it themselves
    sign_in_at(&url, &[]);
    let out = tok.finish();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!opened.exists(), "--no-browser started the browser");
}

#[test]
fn an_id_token_without_the_nonce_sent_is_refused() {
    // an authorization server that answers with an ID token for another
    // sign-in (a nonce that is not the one tok sent)
    let srv = Server::start(|seen, _| {
        if seen.path.starts_with("/authorize") {
            let query = seen.path.split_once('?').map(|(_, q)| q).unwrap_or("");
            let pairs: std::collections::HashMap<String, String> =
                url_pairs(query).into_iter().collect();
            assert!(
                pairs.contains_key("nonce"),
                "openid in the scope sends a nonce"
            );
            assert_eq!(pairs["code_challenge_method"], "S256");
            let location = format!(
                "{}?code=C-1&state={}",
                pairs["redirect_uri"], pairs["state"]
            );
            return Reply::Raw {
                status: 302,
                headers: vec![("Location".into(), location)],
                body: Vec::new(),
            };
        }
        let e = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        use base64::Engine;
        let id = format!(
            "{}.{}.sig",
            e.encode(r#"{"alg":"none"}"#),
            e.encode(r#"{"sub":"alice","nonce":"someone-elses"}"#)
        );
        Reply::ok(&format!(
            r#"{{"access_token":"AT-x","expires_in":3600,"id_token":"{id}"}}"#
        ))
    });
    if !have("node") {
        return skip("node is not installed (the BROWSER helper is a node script)");
    }
    let env = Env::new()
        .var("TOK_KEYRING", "none")
        .var("BROWSER", &oidc_dir().join("signin.mjs").to_string_lossy());
    let out = run(&mut env.tok(&with(
        "login",
        &scripted_browser_args(&srv),
        &["--scope", "openid"],
    )))
    .expect(3);
    assert!(out.stderr.contains("nonce"), "{}", out.stderr);
    assert!(token_entries(&env).is_empty(), "nothing of it is kept");
    // the code was traded with the PKCE verifier
    let form = srv.last().form();
    assert_eq!(form["code"], "C-1");
    assert!(form["code_verifier"].len() >= 43, "{form:?}");
}

#[test]
fn a_sign_in_says_when_nothing_can_keep_its_refresh_token() {
    let (srv, _) = device_server(vec![(
        200,
        r#"{"access_token":"AT-1","expires_in":3600,"refresh_token":"RT-1"}"#,
    )]);
    // no keyring, and a cache directory that cannot be made
    let env = Env::new()
        .var("TOK_KEYRING", "none")
        .var("TOK_CACHE_DIR", "/dev/null/tok");
    let out = run(&mut env.tok(&with("login", &scripted_device_args(&srv, &[]), &[]))).expect(0);
    assert!(
        out.stderr
            .contains("no refresh token was kept: the next token needs a sign-in again"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("RT-1"), "{}", out.stderr);
}

/// $BROWSER, and (issue 20.9) the system opener found on PATH alike: the
/// address, tok's environment without its secret variables, and a session
/// of its own (a hang-up of tok's terminal does not reach it).
#[test]
fn the_browser_gets_the_address_but_not_tok_secret_variables() {
    for system_opener in [false, true] {
        let srv = Server::start(|_, _| Reply::ok("{}"));
        let dir = tempfile::tempdir().unwrap();
        let seen = dir.path().join("seen");
        let name = if system_opener {
            "xdg-open"
        } else {
            "browser.sh"
        };
        let browser = dir.path().join(name);
        std::fs::write(
            &browser,
            format!(
                "#!/bin/sh\n{{ echo \"url=$1\"; echo \"sid=$(cut -d' ' -f6 /proc/self/stat) pid=$$\"; env; }} > '{}'\n",
                seen.display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(
            &browser,
            std::os::unix::fs::PermissionsExt::from_mode(0o755),
        )
        .unwrap();
        let env = Env::new()
            .var("TOK_KEYRING", "none")
            .var("TOK_OAUTH2_CLIENT_SECRET", "browser-must-not-see-this")
            .var("TOK_OAUTH2_SCOPE", "openid");
        let env = match system_opener {
            true => env.var("PATH", &format!("{}:/usr/bin:/bin", dir.path().display())),
            false => env.var("BROWSER", &browser.to_string_lossy()),
        };
        // nobody comes back: the login times out (exit 1)
        let out = run(&mut env.tok(&with(
            "login",
            &scripted_browser_args(&srv),
            &["--login-timeout", "2"],
        )))
        .expect(1);
        assert!(out.stderr.contains("--login-timeout"), "{}", out.stderr);
        let seen = std::fs::read_to_string(&seen).unwrap();
        assert!(
            seen.starts_with(&format!("url={}?", srv.url("/authorize"))),
            "{seen}"
        );
        assert!(seen.contains("TOK_OAUTH2_SCOPE=openid"), "{seen}");
        assert!(!seen.contains("browser-must-not-see-this"), "{seen}");
        // setsid: its session is its own (session id = its pid)
        let line = seen.lines().nth(1).unwrap();
        let (sid, pid) = line.split_once(' ').unwrap();
        assert_eq!(
            sid.trim_start_matches("sid="),
            pid.trim_start_matches("pid="),
            "{line}"
        );
    }
}

#[test]
fn a_refresh_without_an_id_token_keeps_the_last_one_while_it_is_good() {
    use base64::Engine;
    let jwt = |exp: u64| {
        let e = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        format!(
            "{}.{}.sig",
            e.encode(r#"{"alg":"none"}"#),
            e.encode(format!(r#"{{"sub":"alice","exp":{exp}}}"#))
        )
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    for (id_exp, code) in [(now + 3600, 0), (now - 10, 6)] {
        let id = jwt(id_exp);
        let sign_in_answer = format!(
            r#"{{"access_token":"AT-1","expires_in":3600,"refresh_token":"RT-1","id_token":"{id}"}}"#
        );
        let srv = Server::start(move |seen, _| match seen.path.as_str() {
            "/device" => Reply::ok(
                r#"{"device_code":"D","user_code":"U","verification_uri":"https://idp.test/d","interval":1}"#,
            ),
            // OIDC Core 12.2: a refresh answer may leave the ID token out
            _ if seen.form().get("grant_type").map(String::as_str) == Some("refresh_token") => {
                Reply::ok(r#"{"access_token":"AT-2","expires_in":3600}"#)
            }
            _ => Reply::ok(&sign_in_answer),
        });
        let env = Env::new().var("TOK_KEYRING", "none");
        let a = scripted_device_args(&srv, &[]);
        run(&mut env.tok(&with("login", &a, &[]))).expect(0);
        let ci = same_with_ci(&env);
        let out = run(&mut ci.tok(&with("get", &a, &["--refresh", "--id-token"]))).expect(code);
        if code == 0 {
            assert_eq!(out.stdout.trim(), id, "the last ID token, still good");
        } else {
            // expired, and the refresh brought no new one
            assert!(
                out.stderr.contains("ID token has expired"),
                "{}",
                out.stderr
            );
        }
        let access = run(&mut ci.tok(&with("get", &a, &[]))).expect(0);
        assert_eq!(access.stdout.trim(), "AT-2");
    }
}

#[test]
fn a_silent_connection_to_the_listener_cannot_stretch_the_login_timeout() {
    let srv = Server::start(|_, _| Reply::ok("{}"));
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port().to_string()
    };
    let env = Env::new().var("TOK_KEYRING", "none");
    let a = scripted_browser_args(&srv);
    let mut tok = Running::start(
        &env,
        &with(
            "login",
            &a,
            &[
                "--no-browser",
                "--redirect-port",
                &port,
                "--login-timeout",
                "2",
            ],
        ),
    );
    tok.line_with("sign in with your browser: ");
    let started = Instant::now();
    // connects, sends nothing, and stays
    let _silent = std::net::TcpStream::connect(format!("127.0.0.1:{port}")).unwrap();
    let out = tok.finish();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("--login-timeout"), "{}", out.stderr);
    // a bound that tells "stopped at the deadline" from "waited on the client"
    assert!(
        started.elapsed() < Duration::from_millis(3500),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn each_request_of_a_sign_in_is_bounded_by_timeout() {
    // the device endpoint never answers; the person has minutes, the
    // request does not
    let srv = Server::start(|_, _| Reply::Hang);
    let env = Env::new().var("TOK_KEYRING", "none");
    let a = scripted_device_args(&srv, &["--login-timeout", "60", "--timeout", "1"]);
    let started = Instant::now();
    let out = run(&mut env.tok(&with("login", &a, &[])))
        .expect(1)
        .one_line_error();
    assert!(out.stderr.contains("timed out after 1s"), "{}", out.stderr);
    // a bound that tells "--timeout" from "--login-timeout"
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn a_refused_sign_in_says_what_to_check_not_to_sign_in_again() {
    let srv = Server::start(|seen, _| match seen.path.as_str() {
        "/device" => Reply::ok(
            r#"{"device_code":"D","user_code":"U","verification_uri":"https://idp.test/d","interval":1}"#,
        ),
        _ => Reply::status(400, "application/json", r#"{"error":"invalid_client"}"#),
    });
    let env = Env::new().var("TOK_KEYRING", "none");
    let out = run(&mut env.tok(&with("login", &scripted_device_args(&srv, &[]), &[]))).expect(3);
    let last = out.stderr.lines().last().unwrap();
    assert!(last.contains("HTTP 400 invalid_client"), "{last}");
    assert!(
        last.ends_with("check --client-id and the client's settings at the server"),
        "{last}"
    );
    // a public client of a machine grant: nothing to check but the login
    let out = run(&mut env.tok(&[
        "get",
        "oauth2",
        "--token-url",
        &srv.url("/token"),
        "--client-id",
        "app",
    ]))
    .expect(3)
    .one_line_error();
    assert!(
        out.stderr.trim_end().ends_with(": run tok login oauth2"),
        "{}",
        out.stderr
    );
}
