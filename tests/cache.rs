//! The cache end to end: reuse, single flight across processes, refresh-token
//! rotation, fallbacks, --min-ttl, --offline, --no-cache, corrupt entries,
//! file modes, and that no secret is ever written.

mod common;
use common::rotating::Rotating;
use common::*;
use std::time::Duration;

const SECRET: &str = "s3cret-Value-42";
const PASSWORD: &str = "pa55-Word-99";

fn elfsquad(srv: &Server, extra: &[&str]) -> Vec<String> {
    elfsquad_args(SECRET, &srv.url("/oauth2/token"), extra)
}

fn args(v: &[String]) -> Vec<&str> {
    strs(v)
}

#[test]
fn second_call_makes_no_request() {
    let srv = Server::fixed("AT-1", 3600);
    let env = Env::new();
    let a = elfsquad(&srv, &["-f", "json"]);
    let first = run(&mut env.tok(&args(&a))).expect(0);
    let second = run(&mut env.tok(&args(&a))).expect(0);
    assert_eq!(srv.hits(), 1);
    let v1: serde_json::Value = serde_json::from_str(&first.stdout).unwrap();
    let v2: serde_json::Value = serde_json::from_str(&second.stdout).unwrap();
    assert_eq!(v1["from_cache"], false);
    assert_eq!(v2["from_cache"], true);
    assert_eq!(v2["access_token"], "AT-1");
    assert_eq!(v1["expires_at"], v2["expires_at"]);
    // another scope or profile is another entry
    run(&mut env.tok(&args(&elfsquad(&srv, &["--scope", "Other"])))).expect(0);
    run(&mut env.tok(&args(&elfsquad(&srv, &["--profile", "ci"])))).expect(0);
    assert_eq!(srv.hits(), 3);
    assert_eq!(env.entries().len(), 3);
}

#[test]
fn sixteen_cold_processes_make_one_request() {
    let srv = Server::start(|_, n| {
        std::thread::sleep(Duration::from_millis(700));
        Reply::token(&format!("AT-{n}"), 3600)
    });
    let env = Env::new();
    let a = elfsquad(&srv, &[]);
    let children: Vec<_> = (0..16)
        .map(|_| {
            env.std_cmd(&args(&a))
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let outs: Vec<_> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
    for o in &outs {
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert_eq!(String::from_utf8_lossy(&o.stdout), "AT-0\n");
    }
    assert_eq!(srv.hits(), 1);
}

#[test]
fn three_refreshes_in_a_row_each_use_the_rotated_token() {
    let r = Rotating::start();
    let env = Env::new().var("TOK_AUTHAPI_PASSWORD", PASSWORD);
    assert_eq!(
        run(&mut env.tok(&args(&r.args(&[])))).expect(0).stdout,
        "AT-1\n"
    );
    for i in 2..=4 {
        let out = run(&mut env.tok(&args(&r.args(&["--refresh"])))).expect(0);
        assert_eq!(out.stdout, format!("AT-{i}\n"));
    }
    let s = r.state.lock().unwrap();
    assert_eq!(s.refresh_seen, ["RT-1", "RT-2", "RT-3"]);
    assert_eq!(
        s.passwords, 1,
        "the password is sent once, refreshes after that"
    );
    assert_eq!(s.refresh_rejected, 0);
}

#[test]
fn eight_parallel_refreshes_all_succeed_without_reusing_a_token() {
    let r = Rotating::start();
    let env = Env::new().var("TOK_AUTHAPI_PASSWORD", PASSWORD);
    run(&mut env.tok(&args(&r.args(&[])))).expect(0);
    let a = r.args(&["--refresh"]);
    let children: Vec<_> = (0..8)
        .map(|_| {
            env.std_cmd(&args(&a))
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert!(String::from_utf8_lossy(&o.stdout).starts_with("AT-"));
    }
    let s = r.state.lock().unwrap();
    assert_eq!(s.refresh_rejected, 0, "a rotated refresh token was reused");
    assert_eq!(s.passwords, 1, "no fallback to the password was needed");
    assert!(!s.refresh_seen.is_empty());
}

#[test]
fn revoked_refresh_token_falls_back_to_the_password_once() {
    let r = Rotating::start();
    let env = Env::new().var("TOK_AUTHAPI_PASSWORD", PASSWORD);
    run(&mut env.tok(&args(&r.args(&[])))).expect(0);
    r.state.lock().unwrap().revoke_all = true;
    let out = run(&mut env.tok(&args(&r.args(&["--refresh"])))).expect(0);
    assert_eq!(out.stdout, "AT-2\n");
    let s = r.state.lock().unwrap();
    assert_eq!(s.refresh_rejected, 1);
    assert_eq!(s.passwords, 2);
}

#[test]
fn revoked_refresh_token_without_password_is_exit_3_with_a_hint() {
    let r = Rotating::start();
    let env = Env::new();
    run(env
        .tok(&args(&r.args(&[])))
        .env("TOK_AUTHAPI_PASSWORD", PASSWORD))
    .expect(0);
    r.state.lock().unwrap().revoke_all = true;
    let out = run(&mut env.tok(&args(&r.args(&["--refresh"]))))
        .expect(3)
        .one_line_error();
    assert!(
        out.stderr.contains("refresh token was rejected"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("tok login authapi"), "{}", out.stderr);
    assert_eq!(r.state.lock().unwrap().passwords, 1);
    // the dead refresh token is not tried again
    run(&mut env.tok(&args(&r.args(&["--refresh"])))).expect(4);
    assert_eq!(r.state.lock().unwrap().refresh_seen.len(), 1);
}

#[test]
fn a_token_near_expiry_is_refreshed_with_the_refresh_token() {
    // envoy: the refresh grant puts the client credentials in the body
    let srv = Server::start(|req, n| {
        let form = req.form();
        let body = if form["grant_type"] == "password" {
            r#"{"access_token":"AT-pw","refresh_token":"RT-A","token_type":"Bearer","expires_in":30}"#
        } else {
            r#"{"access_token":"AT-rf","refresh_token":"RT-B","token_type":"Bearer","expires_in":3600}"#
        };
        let _ = n;
        Reply::ok(body)
    });
    let env = Env::new();
    let a: Vec<String> = [
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
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    assert_eq!(run(&mut env.tok(&args(&a))).expect(0).stdout, "AT-pw\n");
    // 30 s left is under the default --min-ttl of 60: refresh
    assert_eq!(run(&mut env.tok(&args(&a))).expect(0).stdout, "AT-rf\n");
    let form = srv.last().form();
    assert_eq!(form["grant_type"], "refresh_token");
    assert_eq!(form["refresh_token"], "RT-A");
    assert_eq!(form["client_id"], "cid");
    assert_eq!(form["client_secret"], SECRET);
    assert!(srv.last().header("authorization").is_none());
}

#[test]
fn min_ttl_both_ways() {
    let srv = Server::fixed("AT", 100);
    let env = Env::new();
    run(&mut env.tok(&args(&elfsquad(&srv, &[])))).expect(0);
    run(&mut env.tok(&args(&elfsquad(&srv, &["--min-ttl", "50"])))).expect(0);
    assert_eq!(srv.hits(), 1, "100 s left > 50: reused");
    run(&mut env.tok(&args(&elfsquad(&srv, &["--min-ttl", "200"])))).expect(0);
    assert_eq!(srv.hits(), 2, "100 s left < 200: fetched");
    run(env
        .tok(&args(&elfsquad(&srv, &[])))
        .env("TOK_MIN_TTL", "500"))
    .expect(0);
    assert_eq!(srv.hits(), 3, "TOK_MIN_TTL is honoured");
}

#[test]
fn corrupt_entries_are_a_miss_and_are_replaced() {
    let srv = Server::fixed("AT", 3600);
    let env = Env::new();
    let a = elfsquad(&srv, &[]);
    run(&mut env.tok(&args(&a))).expect(0);
    let entry = env.entries().pop().unwrap();
    let good = std::fs::read(&entry).unwrap();
    let junk: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"{not json".to_vec(),
        good[..good.len() / 2].to_vec(),
        b"\xff\xfe\x00garbage".to_vec(),
        br#"{"version":99}"#.to_vec(),
        b"[]".to_vec(),
    ];
    for (i, bytes) in junk.iter().enumerate() {
        std::fs::write(&entry, bytes).unwrap();
        let out = run(&mut env.tok(&args(&a))).expect(0);
        assert_eq!(out.stdout, "AT\n");
        assert_eq!(srv.hits(), i + 2);
        let now: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&entry).unwrap()).unwrap();
        assert_eq!(now["access_token"], "AT", "entry replaced");
    }
    // a directory where the entry should be: still a miss, still a token
    std::fs::remove_file(&entry).unwrap();
    std::fs::create_dir(&entry).unwrap();
    let out = run(&mut env.tok(&args(&a))).expect(0);
    assert_eq!(out.stdout, "AT\n");
    assert!(out.stderr.contains("warning"), "{}", out.stderr);
}

#[cfg(unix)]
#[test]
fn cache_dir_and_files_are_private_and_hold_no_secret() {
    use std::os::unix::fs::PermissionsExt;
    let r = Rotating::start();
    let env = Env::new().var("TOK_AUTHAPI_PASSWORD", PASSWORD);
    run(&mut env.tok(&args(&r.args(&[])))).expect(0);
    let srv = Server::fixed("AT-elf", 3600);
    run(&mut env.tok(&args(&elfsquad(&srv, &[])))).expect(0);
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&env.cache), 0o700);
    let files = env.cache_files();
    assert!(files.len() >= 4, "two entries, two locks: {files:?}");
    for (path, bytes) in files {
        assert_eq!(mode(&path), 0o600, "{}", path.display());
        let text = String::from_utf8_lossy(&bytes);
        for secret in [SECRET, PASSWORD] {
            assert!(!text.contains(secret), "{} holds a secret", path.display());
        }
        assert!(
            !path.to_string_lossy().contains("cid"),
            "file names are hashes"
        );
    }
}

#[test]
fn offline_both_ways() {
    let srv = Server::fixed("AT", 3600);
    let env = Env::new();
    let out = run(&mut env.tok(&args(&elfsquad(&srv, &["--offline"]))))
        .expect(5)
        .one_line_error();
    assert!(out.stderr.contains("--offline"), "{}", out.stderr);
    assert_eq!(srv.hits(), 0);
    run(&mut env.tok(&args(&elfsquad(&srv, &[])))).expect(0);
    let out = run(&mut env.tok(&args(&elfsquad(&srv, &["--offline"])))).expect(0);
    assert_eq!(out.stdout, "AT\n");
    assert_eq!(srv.hits(), 1);
    // a stale entry is not usable offline
    run(&mut env.tok(&args(&elfsquad(&srv, &["--offline", "--min-ttl", "7200"])))).expect(5);
}

#[test]
fn offline_works_without_the_secret() {
    let srv = Server::fixed("AT", 3600);
    let env = Env::new();
    run(&mut env.tok(&args(&elfsquad(&srv, &[])))).expect(0);
    let out = run(&mut env.tok(&[
        "get",
        "elfsquad",
        "--client-id",
        "cid",
        "--offline",
        "--token-url",
        &srv.url("/oauth2/token"),
    ]))
    .expect(0);
    assert_eq!(out.stdout, "AT\n");
}

#[test]
fn no_cache_neither_reads_nor_writes() {
    let srv = Server::fixed("AT", 3600);
    let env = Env::new();
    run(&mut env.tok(&args(&elfsquad(&srv, &["--no-cache"])))).expect(0);
    assert!(!env.cache.exists(), "nothing written");
    run(&mut env.tok(&args(&elfsquad(&srv, &[])))).expect(0);
    run(&mut env.tok(&args(&elfsquad(&srv, &["--no-cache"])))).expect(0);
    assert_eq!(srv.hits(), 3, "--no-cache never reads");
}

#[test]
fn unwritable_cache_is_one_warning_and_the_token_is_printed() {
    let srv = Server::fixed("AT", 3600);
    let env = Env::new();
    let file = env.home.path().join("a-file");
    std::fs::write(&file, "").unwrap();
    let out = run(env
        .tok(&args(&elfsquad(&srv, &[])))
        .env("TOK_CACHE_DIR", file.join("cache")))
    .expect(0);
    assert_eq!(out.stdout, "AT\n");
    let warnings: Vec<_> = out.stderr.lines().collect();
    assert_eq!(warnings.len(), 1, "{}", out.stderr);
    assert!(
        warnings[0].starts_with("tok: warning: could not use cache directory"),
        "{}",
        out.stderr
    );
}

#[test]
fn expiry_from_jwt_exp_or_not_cached() {
    use base64::Engine;
    let e = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let exp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + 3000;
    let jwt = format!(
        "{}.{}.sig",
        e.encode(r#"{"alg":"none"}"#),
        e.encode(format!(r#"{{"exp":{exp}}}"#))
    );
    let body = format!(r#"{{"access_token":"{jwt}"}}"#);
    let srv = Server::start(move |_, _| Reply::ok(&body));
    let env = Env::new();
    let out = run(&mut env.tok(&args(&elfsquad(&srv, &["-f", "json"])))).expect(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let left = v["expires_in"].as_u64().unwrap();
    assert!((2990..=3000).contains(&left), "{left}");
    run(&mut env.tok(&args(&elfsquad(&srv, &[])))).expect(0);
    assert_eq!(srv.hits(), 1, "cached by its exp claim");

    let opaque = Server::start(|_, _| Reply::ok(r#"{"access_token":"opaque"}"#));
    let env = Env::new();
    run(&mut env.tok(&args(&elfsquad(&opaque, &[])))).expect(0);
    run(&mut env.tok(&args(&elfsquad(&opaque, &[])))).expect(0);
    assert_eq!(opaque.hits(), 2, "no lifetime, no exp: not cached");
    assert!(env.entries().is_empty());
}

#[test]
fn a_process_killed_holding_the_lock_blocks_nobody() {
    let srv = Server::start(|_, n| {
        if n == 0 {
            Reply::Hang
        } else {
            Reply::token("AT-late", 3600)
        }
    });
    let env = Env::new();
    let a = elfsquad(&srv, &[]);
    let mut first = env
        .std_cmd(&args(&a))
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // wait until it holds the lock and sits in the request
    for _ in 0..200 {
        if srv.hits() == 1 {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(srv.hits(), 1);
    // meanwhile a second one waits at most its --timeout, with a clear error
    let out = run(&mut env.tok(&args(&elfsquad(&srv, &["--timeout", "1"]))))
        .expect(1)
        .one_line_error();
    assert!(
        out.stderr
            .contains("timed out waiting for another tok process"),
        "{}",
        out.stderr
    );
    first.kill().unwrap();
    first.wait().unwrap();
    let out = run(&mut env.tok(&args(&a))).expect(0);
    assert_eq!(out.stdout, "AT-late\n");
}

#[test]
fn cache_list_and_clear() {
    let r = Rotating::start();
    let env = Env::new().var("TOK_AUTHAPI_PASSWORD", PASSWORD);
    run(&mut env.tok(&args(&r.args(&[])))).expect(0);
    let srv = Server::fixed("AT-elf", 3600);
    run(&mut env.tok(&args(&elfsquad(&srv, &["--profile", "ci"])))).expect(0);

    let out = run(&mut env.tok(&["cache", "list"])).expect(0);
    let lines: Vec<_> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", out.stdout);
    assert!(lines[0].starts_with("PROVIDER"));
    assert!(
        out.stdout.contains("authapi")
            && out.stdout.contains("bob")
            && out.stdout.contains("cache")
    );
    assert!(
        out.stdout.contains("elfsquad") && out.stdout.contains("ci") && out.stdout.contains("cid")
    );
    assert!(
        !out.stdout.contains("AT-") && !out.stdout.contains("RT-"),
        "never a token"
    );

    let out = run(&mut env.tok(&["cache", "list", "--json"])).expect(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert!(!out.stdout.contains("AT-") && !out.stdout.contains("RT-"));
    let auth = v
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["provider"] == "authapi")
        .unwrap();
    assert_eq!(auth["refresh_token"], true);
    assert_eq!(auth["identity"], "bob");

    run(&mut env.tok(&["cache", "clear", "elfsquad", "--profile", "default"])).expect(0);
    assert_eq!(env.entries().len(), 2);
    run(&mut env.tok(&["cache", "clear", "elfsquad"])).expect(0);
    assert_eq!(env.entries().len(), 1);
    run(&mut env.tok(&["cache", "clear"])).expect(0);
    assert!(env.entries().is_empty());
    let out = run(&mut env.tok(&["cache", "list", "--json"])).expect(0);
    assert_eq!(out.stdout, "[]\n");
}

#[test]
fn a_cache_hit_opens_no_socket() {
    if !have("strace") {
        return skip("strace is not installed (apt-get install strace, as in .ci/run)");
    }
    let srv = Server::fixed("AT", 3600);
    let env = Env::new();
    let a = elfsquad(&srv, &[]);
    run(&mut env.tok(&args(&a))).expect(0);
    let trace = env.home.path().join("strace.out");
    let mut strace_args: Vec<String> = vec![
        "-f".into(),
        "-qq".into(),
        "-e".into(),
        "trace=socket,connect".into(),
        "-o".into(),
    ];
    strace_args.push(trace.to_string_lossy().into_owned());
    strace_args.push(tok_bin().to_string_lossy().into_owned());
    strace_args.extend(a.iter().cloned());
    let o = std::process::Command::new("strace")
        .args(&strace_args)
        .env_clear()
        .env("HOME", env.home.path())
        .env("TOK_CACHE_DIR", &env.cache)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "AT\n");
    let calls = std::fs::read_to_string(&trace).unwrap();
    assert!(
        !calls.contains("socket(") && !calls.contains("connect("),
        "a hit touched the network:\n{calls}"
    );
    assert_eq!(srv.hits(), 1);
}

/// Issue 20.12: a damaged fingerprint key used to defeat the cache for
/// good (every call fetched, no warning). It is replaced, once, with a
/// warning; `tok cache clear` removes it.
#[test]
fn a_damaged_fingerprint_key_is_replaced_once_and_cleared() {
    let key = |env: &Env| env.cache.join(".fingerprint-key");
    for damage in [&b""[..], b"short", &[7u8; 2000]] {
        let srv = Server::fixed("AT-fp", 3600);
        let env = Env::new();
        let a = elfsquad(&srv, &["-f", "json"]);
        std::fs::create_dir_all(&env.cache).unwrap();
        std::fs::write(key(&env), damage).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let private = std::fs::Permissions::from_mode(0o600);
            std::fs::set_permissions(key(&env), private).unwrap();
        }
        let first = run(&mut env.tok(&args(&a))).expect(0);
        assert!(first.stderr.contains("is damaged"), "{}", first.stderr);
        assert_eq!(std::fs::read(key(&env)).unwrap().len(), 32);
        let second = run(&mut env.tok(&args(&a))).expect(0);
        assert!(
            second.stdout.contains(r#""from_cache":true"#),
            "{}",
            second.stdout
        );
        assert!(second.stderr.is_empty(), "warned once: {}", second.stderr);
        assert_eq!(srv.hits(), 1);
        run(&mut env.tok(&["cache", "clear"])).expect(0);
        assert!(!key(&env).exists(), "cache clear removes the key too");
    }
}

/// Issue 20.13: when the server rotated the refresh token but the entry
/// cannot be written (here: a file-size limit, as a full disk), the new
/// refresh token is lost and the old one is spent. tok says so on stderr.
#[cfg(unix)]
#[test]
fn a_rotated_refresh_token_that_cannot_be_kept_is_said_loudly() {
    use std::os::unix::process::CommandExt;
    let r = Rotating::start();
    let env = Env::new().var("TOK_AUTHAPI_PASSWORD", PASSWORD);
    run(&mut env.tok(&args(&r.args(&[])))).expect(0);
    let mut cmd = env.std_cmd(&args(&r.args(&["--refresh"])));
    // SAFETY: only async-signal-safe calls between fork and exec
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let limit = libc::rlimit {
                rlim_cur: 64,
                rlim_max: 64,
            };
            libc::setrlimit(libc::RLIMIT_FSIZE, &limit);
            Ok(())
        });
    }
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "AT-2\n");
    assert!(
        stderr.contains("rotated the refresh token") && stderr.contains("next call needs"),
        "{stderr}"
    );
    assert!(!stderr.contains("RT-2"), "{stderr}");
    assert_eq!(r.state.lock().unwrap().refresh_seen, ["RT-1"]);
}
