//! `tok curl`, `tok exec` and `-f env` through the built binary, with the
//! real curl, against loopback servers (issue 11).

mod common;
use common::*;
use std::io::Read;
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn need_curl() -> bool {
    if have("curl") {
        return true;
    }
    skip("curl is not installed (apt-get install curl)");
    false
}

fn bearer(req: &Seen) -> String {
    req.header("authorization").unwrap_or("").to_string()
}

/// A token endpoint at /t (client credentials: AT1, AT2, … one per request)
/// and an API at /api that takes the tokens whose number `accept` likes.
fn token_and_api(accept: impl Fn(u32) -> bool + Send + Sync + 'static) -> Server {
    let n = Arc::new(Mutex::new(0));
    Server::start(move |req, _| {
        if req.path == "/t" {
            let mut n = n.lock().unwrap();
            *n += 1;
            return Reply::token(&format!("AT{n}"), 3600);
        }
        let number = bearer(req)
            .strip_prefix("Bearer AT")
            .and_then(|n| n.parse::<u32>().ok());
        match number {
            Some(n) if accept(n) => Reply::status(200, "text/plain", &format!("data for AT{n}")),
            _ => Reply::status(401, "text/plain", "expired token"),
        }
    })
}

/// The API takes only the token `AT<good>` (0: none).
fn elfsquad_and_api(good: u32) -> Server {
    token_and_api(move |n| n == good)
}

fn curl_elfsquad(srv: &Server, extra: &[&str], curl_args: &[&str]) -> Vec<String> {
    let mut v = vec!["curl".to_string()];
    v.extend(
        elfsquad_args("s3cret", &srv.url("/t"), extra)
            .into_iter()
            .skip(1),
    );
    v.push("--".into());
    v.extend(curl_args.iter().map(|s| s.to_string()));
    v
}

fn api_hits(srv: &Server) -> usize {
    srv.seen()
        .iter()
        .filter(|r| r.path.starts_with("/api"))
        .count()
}

#[test]
fn no_token_means_curl_never_runs() {
    if !need_curl() {
        return;
    }
    let srv = elfsquad_and_api(1);
    let env = Env::new();
    let url = srv.url("/api");
    // no secret: exit 4, tok's own one line, no request anywhere
    let out = run(&mut env.tok(&[
        "curl",
        "elfsquad",
        "--client-id",
        "c",
        "--token-url",
        &srv.url("/t"),
        "--",
        "-sf",
        &url,
    ]))
    .expect(4)
    .one_line_error();
    assert!(
        out.stderr.contains("missing client secret"),
        "{}",
        out.stderr
    );
    // a rejected secret: exit 3
    let bad = Server::start(|_, _| Reply::Json(401, r#"{"error":"invalid_client"}"#.into()));
    run(&mut env.tok(&strs(&curl_elfsquad(&bad, &[], &["-sf", &url])))).expect(3);
    assert_eq!(api_hits(&srv), 0, "curl sent a request without a token");
    assert_eq!(srv.hits(), 0);
}

#[test]
fn a_401_gets_a_new_client_credentials_token_and_one_resend() {
    if !need_curl() {
        return;
    }
    let srv = elfsquad_and_api(2);
    let env = Env::new();
    // a cached token the API no longer takes
    run(&mut env.tok(&strs(&elfsquad_args("s3cret", &srv.url("/t"), &[])))).expect(0);
    let out =
        run(&mut env.tok(&strs(&curl_elfsquad(&srv, &[], &["-s", &srv.url("/api")])))).expect(0);
    assert_eq!(
        out.stdout, "data for AT2",
        "only the second answer is shown"
    );
    assert_eq!(out.stderr, "");
    assert_eq!(api_hits(&srv), 2);
    // the new token was cached: the next call needs no token request
    let out =
        run(&mut env.tok(&strs(&curl_elfsquad(&srv, &[], &["-s", &srv.url("/api")])))).expect(0);
    assert_eq!(out.stdout, "data for AT2");
    assert_eq!(srv.hits() - api_hits(&srv), 2, "two token requests in all");
}

#[test]
fn a_401_uses_the_rotated_refresh_token_and_keeps_the_new_one() {
    if !need_curl() {
        return;
    }
    let srv = Server::start(|req, _| match req.path.as_str() {
        "/auth/password" => {
            Reply::ok(r#"{"access_token":"AT1","refresh_token":"RT1","expires_in":3600}"#)
        }
        "/auth/refresh" => {
            let rt = req.form().get("refresh_token").cloned().unwrap_or_default();
            match rt.as_str() {
                "RT1" => {
                    Reply::ok(r#"{"access_token":"AT2","refresh_token":"RT2","expires_in":3600}"#)
                }
                "RT2" => {
                    Reply::ok(r#"{"access_token":"AT3","refresh_token":"RT3","expires_in":3600}"#)
                }
                _ => Reply::Json(401, r#"{"error":"invalid_grant"}"#.into()),
            }
        }
        _ if bearer(req) == "Bearer AT2" => Reply::status(200, "text/plain", "ok"),
        _ => Reply::status(401, "text/plain", "no"),
    });
    let env = Env::new().var("TOK_AUTHAPI_PASSWORD", "pw");
    let base = srv.url("");
    let args = |extra: &[&str]| {
        let mut v = vec!["authapi", "--username", "u", "--base-url", &base];
        v.extend(extra);
        v.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    let mut curl = vec!["curl".to_string()];
    curl.extend(args(&[]));
    curl.extend(["--".into(), "-sf".into(), srv.url("/api")]);
    let out = run(&mut env.tok(&strs(&curl))).expect(0);
    assert_eq!(out.stdout, "ok");
    let paths: Vec<String> = srv.seen().iter().map(|r| r.path.clone()).collect();
    assert_eq!(paths, ["/auth/password", "/api", "/auth/refresh", "/api"]);
    // RT2 was kept: a forced refresh now sends it
    let mut get = vec!["get".to_string()];
    get.extend(args(&["--refresh"]));
    assert_eq!(run(&mut env.tok(&strs(&get))).expect(0).stdout, "AT3\n");
    assert_eq!(
        srv.last().form().get("refresh_token").map(String::as_str),
        Some("RT2")
    );
}

#[test]
fn a_body_from_stdin_is_sent_intact_both_times() {
    if !need_curl() {
        return;
    }
    // the API takes the even tokens: each round starts with a refused one
    let srv = token_and_api(|n| n % 2 == 0);
    let env = Env::new();
    run(&mut env.tok(&strs(&elfsquad_args("s3cret", &srv.url("/t"), &[])))).expect(0);
    let body: String = (0..5000).map(|i| format!("line {i} äöü\t\"'\n")).collect();
    for flag in ["--data-binary", "-T"] {
        let before = srv.seen().len();
        let src = if flag == "-T" { "-" } else { "@-" };
        let url = srv.url("/api/upload");
        let out = run(env
            .tok(&strs(&curl_elfsquad(&srv, &[], &["-s", flag, src, &url])))
            .write_stdin(body.clone()))
        .expect(0);
        assert!(out.stdout.starts_with("data for AT"), "{}", out.stdout);
        let sent: Vec<Seen> = srv.seen()[before..]
            .iter()
            .filter(|r| r.path == "/api/upload")
            .cloned()
            .collect();
        assert_eq!(sent.len(), 2, "{flag}");
        for s in sent {
            assert!(
                s.body == body,
                "{flag}: the body changed ({} of {} bytes)",
                s.body.len(),
                body.len()
            );
        }
        // start over: the next round begins with a 401 again
        std::fs::remove_dir_all(&env.cache).unwrap();
        run(&mut env.tok(&strs(&elfsquad_args(
            "s3cret",
            &srv.url("/t"),
            &["--refresh"],
        ))))
        .expect(0);
    }
}

#[test]
fn a_second_401_is_passed_through_with_one_line() {
    if !need_curl() {
        return;
    }
    let srv = elfsquad_and_api(0);
    let env = Env::new();
    let url = srv.url("/api");
    let out = run(&mut env.tok(&strs(&curl_elfsquad(&srv, &[], &["-s", &url])))).expect(0);
    assert_eq!(out.stdout, "expired token", "the second answer, as it came");
    assert_eq!(
        out.stderr,
        "tok: the API refused the new token too (HTTP 401); its answer is shown as it came\n"
    );
    assert_eq!(api_hits(&srv), 2);
    // with --fail, curl's own exit code
    let out = run(&mut env.tok(&strs(&curl_elfsquad(&srv, &[], &["-sf", &url])))).expect(22);
    assert_eq!(out.stdout, "");
    // --no-retry: one request, curl's answer as is
    let before = api_hits(&srv);
    run(&mut env.tok(&strs(&curl_elfsquad(&srv, &["--no-retry"], &["-sf", &url])))).expect(22);
    assert_eq!(api_hits(&srv), before + 1);
}

#[test]
fn an_api_key_is_never_retried() {
    if !need_curl() {
        return;
    }
    let srv = Server::start(|req, _| {
        assert_eq!(req.header("x-api-key"), Some("K3y-value"));
        Reply::status(401, "text/plain", "no")
    });
    let env = Env::new().var("TOK_ENVOY_API_KEY", "K3y-value");
    let out = run(&mut env.tok(&["curl", "envoy", "--", "-s", &srv.url("/api")])).expect(0);
    assert_eq!(out.stdout, "no");
    assert_eq!(srv.hits(), 1);
}

/// Every process whose command line contains `needle`: (cmdline, environ).
fn processes_with(needle: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let read = |f: &str| {
            std::fs::read(e.path().join(f))
                .map(|b| String::from_utf8_lossy(&b).replace('\0', " "))
                .unwrap_or_default()
        };
        let cmdline = read("cmdline");
        if cmdline.contains(needle) {
            out.push((cmdline, read("environ")));
        }
    }
    out
}

#[test]
fn the_token_is_in_no_argv_and_no_environment() {
    if !need_curl() {
        return;
    }
    let seen: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
    let seen2 = seen.clone();
    let srv = Server::start(move |req, _| {
        if req.path == "/t" {
            return Reply::token("Tok3n-In-Flight-123", 3600);
        }
        // curl is waiting for this answer: look at every process now
        *seen2.lock().unwrap() = processes_with("/api/in-flight-7f3a");
        Reply::status(200, "text/plain", &bearer(req))
    });
    let env = Env::new()
        .var("TOK_ELFSQUAD_CLIENT_SECRET", "Client-S3cret-Env")
        .var("TOK_ELFSQUAD_CLIENT_ID", "c");
    let out = run(&mut env.tok(&[
        "curl",
        "elfsquad",
        "--token-url",
        &srv.url("/t"),
        "--",
        "-s",
        &srv.url("/api/in-flight-7f3a"),
    ]))
    .expect(0);
    assert_eq!(
        out.stdout, "Bearer Tok3n-In-Flight-123",
        "the header reached the API"
    );
    let seen = seen.lock().unwrap();
    assert!(!seen.is_empty(), "curl was not found in flight");
    let curl = seen
        .iter()
        .find(|(c, _)| c.starts_with("/usr/bin/curl"))
        .expect("curl");
    assert!(curl.0.contains("@/dev/fd/"), "{}", curl.0);
    // tok and curl: the token is in neither's argv or environment
    assert!(seen.len() >= 2, "{seen:?}");
    for (cmdline, environ) in seen.iter() {
        assert!(
            !cmdline.contains("Tok3n-In-Flight-123"),
            "token in argv: {cmdline}"
        );
        assert!(
            !environ.contains("Tok3n-In-Flight-123"),
            "token in environ of {cmdline}"
        );
    }
    // tok's own secret variables do not reach curl
    assert!(!curl.1.contains("Client-S3cret-Env"), "{}", curl.1);
    assert!(!curl.1.contains("TOK_ELFSQUAD_CLIENT_SECRET"));
}

#[test]
// reaped with wait4 below, to read the peak RSS that Child::wait drops
#[allow(clippy::zombie_processes)]
fn a_large_download_streams_through_in_little_memory() {
    if !need_curl() {
        return;
    }
    const SIZE: usize = 1 << 30;
    let srv = Server::start(|req, _| match req.path.as_str() {
        "/t" => Reply::token("AT", 3600),
        _ => Reply::Huge(SIZE),
    });
    let env = Env::new();
    let mut child = env
        .std_cmd(&strs(&curl_elfsquad(
            &srv,
            &[],
            &["-s", &srv.url("/api/big")],
        )))
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let mut stdout = child.stdout.take().unwrap();
    let mut total = 0usize;
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = stdout.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        total += n;
    }
    let mut status = 0;
    // SAFETY: a zeroed rusage is valid; wait4 fills it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid);
    assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0);
    assert!(total >= SIZE, "{total} bytes");
    let peak_kib = usage.ru_maxrss;
    assert!(peak_kib < 20 * 1024, "tok's peak RSS was {peak_kib} KiB");
}

#[test]
fn curl_missing_is_a_clear_exit_1() {
    let srv = elfsquad_and_api(1);
    let env = Env::new();
    let url = srv.url("/api");
    let out = run(env
        .tok(&strs(&curl_elfsquad(&srv, &[], &[&url])))
        .env("TOK_CURL", "/nonexistent/curl"))
    .expect(1)
    .one_line_error();
    assert!(out.stderr.contains("set TOK_CURL"), "{}", out.stderr);
    let out = run(env
        .tok(&strs(&curl_elfsquad(&srv, &[], &[&url])))
        .env("PATH", "/nonexistent"))
    .expect(1)
    .one_line_error();
    assert!(out.stderr.contains("install curl"), "{}", out.stderr);
    assert_eq!(srv.hits(), 0, "no token is fetched for nothing");
}

#[test]
fn curl_and_exec_pass_on_signals_and_report_them() {
    if !need_curl() {
        return;
    }
    let srv = Server::start(|req, _| match req.path.as_str() {
        "/t" => Reply::token("AT", 3600),
        _ => Reply::Hang,
    });
    let env = Env::new();
    for argv in [curl_elfsquad(&srv, &[], &["-s", &srv.url("/api")]), {
        let mut v = vec!["exec".to_string()];
        v.extend(
            elfsquad_args("s3cret", &srv.url("/t"), &[])
                .into_iter()
                .skip(1),
        );
        v.extend(["--".into(), "sleep".into(), "30".into()]);
        v
    }] {
        let mut child = env.std_cmd(&strs(&argv)).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(800));
        let started = Instant::now();
        // SAFETY: signalling our own child.
        unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
        let status = child.wait().unwrap();
        assert!(started.elapsed() < Duration::from_secs(10));
        use std::os::unix::process::ExitStatusExt;
        let code = status.code().or(status.signal().map(|s| 128 + s));
        assert_eq!(code, Some(143), "{}: {status:?}", argv[0]);
    }
}

#[test]
fn exec_sets_the_four_variables_and_removes_tok_secrets() {
    let srv = Server::fixed("AT-exec", 3600);
    let env = Env::new()
        .var("TOK_ELFSQUAD_CLIENT_SECRET", "Sec-ret-exec")
        .var("TOK_ELFSQUAD_CLIENT_ID", "c");
    let script = r#"printf '%s|%s|%s|%s|%s' "$TOK_ACCESS_TOKEN" "$TOK_TOKEN_TYPE" "$TOK_EXPIRES_AT" "$TOK_AUTH_HEADER" "${TOK_ELFSQUAD_CLIENT_SECRET-unset}""#;
    let url = srv.url("/t");
    let out = run(&mut env.tok(&[
        "exec",
        "elfsquad",
        "--token-url",
        &url,
        "--",
        "sh",
        "-c",
        script,
    ]))
    .expect(0);
    let parts: Vec<&str> = out.stdout.split('|').collect();
    assert_eq!(parts[0], "AT-exec");
    assert_eq!(parts[1], "Bearer");
    assert!(
        parts[2].ends_with('Z') && parts[2].len() == 20,
        "{}",
        parts[2]
    );
    assert_eq!(parts[3], "Authorization: Bearer AT-exec");
    assert_eq!(parts[4], "unset", "tok's secret leaked into the command");
    // --env renames the token variable
    let out = run(&mut env.tok(&[
        "exec",
        "--env",
        "API_TOKEN",
        "elfsquad",
        "--token-url",
        &url,
        "--",
        "sh",
        "-c",
        "printf '%s|%s' \"$API_TOKEN\" \"${TOK_ACCESS_TOKEN-unset}\"",
    ]))
    .expect(0);
    assert_eq!(out.stdout, "AT-exec|unset");
    // an API key never expires: TOK_EXPIRES_AT is empty
    let env = Env::new().var("TOK_ENVOY_API_KEY", "Key-1234");
    let out = run(&mut env.tok(&[
        "exec",
        "envoy",
        "--",
        "sh",
        "-c",
        "printf '%s|%s' \"$TOK_EXPIRES_AT\" \"$TOK_AUTH_HEADER\"",
    ]))
    .expect(0);
    assert_eq!(out.stdout, "|X-Api-Key: Key-1234");
}

#[test]
fn exec_exit_codes_are_the_commands_or_a_shells() {
    let srv = Server::fixed("AT", 3600);
    let env = Env::new();
    let exec = |cmd: &[&str]| {
        let mut v = vec!["exec".to_string()];
        v.extend(
            elfsquad_args("s3cret", &srv.url("/t"), &[])
                .into_iter()
                .skip(1),
        );
        v.push("--".into());
        v.extend(cmd.iter().map(|s| s.to_string()));
        run(&mut env.tok(&strs(&v)))
    };
    exec(&["sh", "-c", "exit 7"]).expect(7);
    exec(&["sh", "-c", "kill -TERM $$"]).expect(143);
    let out = exec(&["no-such-command-tok-test"])
        .expect(127)
        .one_line_error();
    assert!(
        out.stderr
            .contains("could not run no-such-command-tok-test"),
        "{}",
        out.stderr
    );
    let plain = env.home.path().join("not-executable");
    std::fs::write(&plain, "#!/bin/sh\n").unwrap();
    exec(&[path_str(&plain)]).expect(126).one_line_error();
    // fail closed: no token, the command never starts
    let marker = env.home.path().join("ran");
    let bad = Server::start(|_, _| Reply::Json(400, r#"{"error":"invalid_client"}"#.into()));
    let mut v = vec!["exec".to_string()];
    v.extend(
        elfsquad_args("s3cret", &bad.url("/t"), &[])
            .into_iter()
            .skip(1),
    );
    v.extend(["--".into(), "touch".into(), path_str(&marker).into()]);
    run(&mut env.tok(&strs(&v))).expect(3).one_line_error();
    assert!(!marker.exists(), "the command ran without a token");
}

#[test]
fn env_format_round_trips_through_eval_in_bash_and_dash() {
    let token = r#"a'b"c$d`e\f!g*h;i|j&k(l)m{n}o#p~q%r"#;
    let body = serde_json::json!({"access_token": token, "expires_in": 3600}).to_string();
    let srv = Server::start(move |_, _| Reply::ok(&body));
    let env = Env::new();
    let printed = run(&mut env.tok(&strs(&elfsquad_args(
        "s3cret",
        &srv.url("/t"),
        &["-f", "env"],
    ))))
    .expect(0)
    .stdout;
    assert_eq!(printed.lines().count(), 4, "{printed}");
    for shell in ["bash", "dash"] {
        if !have(shell) {
            skip(&format!("{shell} is not installed"));
            continue;
        }
        let out = std::process::Command::new(shell)
            .args([
                "-c",
                "eval \"$1\"; printf '%s\\n%s\\n%s' \"$TOK_ACCESS_TOKEN\" \"$TOK_TOKEN_TYPE\" \"$TOK_AUTH_HEADER\"",
                "sh",
                &printed,
            ])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert_eq!(
            text,
            format!("{token}\nBearer\nAuthorization: Bearer {token}"),
            "{shell}"
        );
    }
}

#[test]
fn the_command_keeps_the_core_limit_tok_lowered_for_itself() {
    let env = Env::new();
    let script = format!(
        "ulimit -c unlimited; exec {} exec envoy -- sh -c 'ulimit -c; ulimit -Hc'",
        path_str(&tok_bin())
    );
    let o = std::process::Command::new("sh")
        .args(["-c", &script])
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("HOME", env.home.path())
        .env("TOK_CACHE_DIR", &env.cache)
        .env("TOK_ENVOY_API_KEY", "Key-1234")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&o.stdout), "unlimited\nunlimited\n");
}

#[test]
fn a_reader_that_goes_away_stops_curl_instead_of_hanging() {
    if !need_curl() {
        return;
    }
    let srv = Server::start(|req, _| match req.path.as_str() {
        "/t" => Reply::token("AT", 3600),
        _ => Reply::Huge(1 << 30),
    });
    let env = Env::new();
    let script = format!(
        // bounded here too: a hang must fail this test, not the suite
        "timeout 20 {} curl elfsquad --client-id c --client-secret s --token-url {} -- -s {} | head -c 100 > /dev/null; echo \"${{PIPESTATUS[0]}}\"",
        path_str(&tok_bin()),
        srv.url("/t"),
        srv.url("/api/big")
    );
    let started = std::time::Instant::now();
    let out = run(assert_cmd::Command::new("bash")
        .args(["-c", &script])
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("HOME", env.home.path())
        .env("TOK_CACHE_DIR", &env.cache)
        .timeout(Duration::from_secs(30)));
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "took {:?}",
        started.elapsed()
    );
    // curl's own answer to a closed pipe: exit 23 (write error) or SIGPIPE;
    // 124 is the hang
    let code: i32 = out.stdout.trim().parse().unwrap_or(-1);
    assert!(code == 23 || code == 141, "exit {code}: {}", out.stderr);
}

/// Issue 20.15: curl drops the credential header at `--next`, so tok
/// refuses it (every spelling) before obtaining a token: exit 2, nothing
/// sent anywhere.
#[test]
fn next_is_refused_before_anything_is_sent() {
    let srv = elfsquad_and_api(1);
    let env = Env::new();
    let (a, b) = (srv.url("/api/a"), srv.url("/api/b"));
    for next in ["--next", "-:", "-s:"] {
        let args = curl_elfsquad(&srv, &[], &["-s", &a, next, &b]);
        let out = run(&mut env.tok(&strs(&args))).expect(2).one_line_error();
        assert!(out.stderr.contains("--next"), "{}", out.stderr);
    }
    assert_eq!(srv.hits(), 0);
}
