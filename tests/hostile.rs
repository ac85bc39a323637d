//! A hostile environment (issue 10): servers that misbehave on purpose, a
//! cache directory others prepared, hostile files, signals, a resolver that
//! never answers, a stderr that cannot be written. Each test fails on the
//! build before the fix (run with `TOK_TEST_BIN=<old tok>` to see it).

mod common;
use common::*;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

fn chmod(p: &Path, m: u32) {
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
}

fn chown(p: &Path, uid: u32) {
    let s = std::process::Command::new("chown")
        .args(["-h", &uid.to_string(), path_str(p)])
        .status()
        .unwrap();
    assert!(s.success());
}

fn mkfifo(p: &Path) {
    let s = std::process::Command::new("mkfifo")
        .arg(p)
        .status()
        .unwrap();
    assert!(s.success());
}

/// Fetch once so the cache holds an entry; returns its path.
fn cached_entry(env: &Env, srv: &Server) -> PathBuf {
    run(&mut env.tok(&strs(&elfsquad_args("s3cret", &srv.url("/t"), &[])))).expect(0);
    let entries = env.entries();
    assert_eq!(entries.len(), 1);
    entries[0].clone()
}

fn get(env: &Env, srv: &Server) -> Out {
    run(&mut env.tok(&strs(&elfsquad_args("s3cret", &srv.url("/t"), &[]))))
}

// 1. Loopback never goes through a proxy.
#[test]
fn a_loopback_endpoint_never_goes_through_a_proxy() {
    let proxy = Server::fixed("FROM-PROXY", 3600);
    let srv = Server::fixed("AT", 3600);
    for var in ["HTTP_PROXY", "http_proxy", "ALL_PROXY"] {
        let env = Env::new().var(var, &proxy.url);
        let out = get(&env, &srv).expect(0);
        assert_eq!(out.stdout, "AT\n", "{var}");
    }
    assert_eq!(proxy.hits(), 0, "the client secret went to the proxy");
    assert_eq!(srv.hits(), 3);
    // plain http to another host stays refused even with a proxy configured
    let env = Env::new().var("HTTP_PROXY", &proxy.url);
    run(&mut env.tok(&strs(&elfsquad_args(
        "s3cret",
        "http://auth.example.com/t",
        &[],
    ))))
    .expect(2)
    .one_line_error();
    assert_eq!(proxy.hits(), 0);
}

// 2. Credentials in a URL are refused everywhere, and never shown.
#[test]
fn a_url_with_credentials_is_refused_and_never_shown() {
    let srv = Server::fixed("AT", 3600);
    let url = srv
        .url("/t")
        .replace("http://", "http://user:Url-Pa55word@");
    let env = Env::new();
    for extra in [&[][..], &["-v"], &["--dry-run"], &["-f", "json"]] {
        let out = run(&mut env.tok(&strs(&elfsquad_args("s3cret", &url, extra)))).expect(2);
        assert!(
            out.stderr.contains("refusing a URL with credentials"),
            "{}",
            out.stderr
        );
        assert!(!out.stderr.contains("Url-Pa55word") && !out.stdout.contains("Url-Pa55word"));
    }
    // from the environment too, and in a usage error that echoes the value
    let env = Env::new().var("TOK_OAUTH2_TOKEN_URL", &url);
    let out = run(&mut env.tok(&["get", "oauth2", "--client-id", "c", "-v"])).expect(2);
    assert!(!out.stderr.contains("Url-Pa55word"), "{}", out.stderr);
    let out = run(&mut env.tok(&["get", "oauth2", "--grant", &url])).expect(2);
    assert!(!out.stderr.contains("Url-Pa55word"), "{}", out.stderr);
    assert_eq!(srv.hits(), 0);
    assert!(env.cache_files().is_empty());
    let out = run(&mut env.tok(&["cache", "list", "--json"])).expect(0);
    assert!(!out.stdout.contains("Url-Pa55word"));
}

// 3. A server that echoes the request gets no secret printed, in any form.
#[test]
fn echoed_secrets_are_redacted_in_every_encoding() {
    let secret = "p@ss w+rd\"se\\cr\tet%0A";
    let srv = Server::start(|req, _| {
        let form: String = req.body.clone();
        let raw = req.form().get("client_secret").cloned().unwrap_or_default();
        let json = serde_json::to_string(&raw).unwrap();
        Reply::status(
            400,
            "text/plain",
            &format!("form={form} json={json} raw={raw} end"),
        )
    });
    let env = Env::new().var("TOK_ELFSQUAD_CLIENT_SECRET", secret);
    for extra in [&[][..], &["-v"], &["-f", "json"]] {
        let mut args = vec!["get", "elfsquad", "--client-id", "cid"];
        let url = srv.url("/t");
        args.extend(["--token-url", &url]);
        args.extend(extra);
        let out = run(&mut env.tok(&args)).expect(3);
        for form in [
            secret.to_string(),
            "p%40ss+w%2Brd%22se%5Ccr%09et%250A".to_string(),
            r#"p@ss w+rd\"se\\cr\tet%0A"#.to_string(),
            "se\\cr".to_string(),
            "se\\\\cr".to_string(),
        ] {
            assert!(!out.stderr.contains(&form), "{form} in {}", out.stderr);
        }
        assert!(out.stderr.contains("form=") && out.stderr.contains("end"));
    }
}

// 4. The Actions mask is escaped as the runner un-escapes it.
#[test]
fn the_actions_mask_is_escaped() {
    let srv = Server::fixed("tok%0Aen%25x", 3600);
    let env = Env::new().var("GITHUB_ACTIONS", "true");
    let out = get(&env, &srv).expect(0);
    assert_eq!(out.stdout, "tok%0Aen%25x\n");
    assert_eq!(out.stderr, "::add-mask::tok%250Aen%2525x\n");
}

// 5. No core dump holds the secret.
#[test]
fn no_core_dump_is_written() {
    let pattern = std::fs::read_to_string("/proc/sys/kernel/core_pattern").unwrap_or_default();
    if pattern.trim() != "core" && pattern.trim() != "core.%p" {
        return skip(&format!(
            "core_pattern is {:?}: cores do not land in the working directory here",
            pattern.trim()
        ));
    }
    let srv = Server::start(|_, _| Reply::Hang);
    let dir = tempfile::tempdir().unwrap();
    let core_files = |d: &Path| {
        std::fs::read_dir(d)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("core"))
            .count()
    };
    let quit = |script: &str, cwd: &Path| {
        let mut child = std::process::Command::new("sh")
            .args(["-c", script])
            .current_dir(cwd)
            .env("TOK_ELFSQUAD_CLIENT_SECRET", "core-Secret-Zulu")
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(700));
        unsafe_kill(child.id(), "QUIT");
        child.wait().unwrap()
    };
    // the control: this machine writes cores for an ordinary process
    let control = tempfile::tempdir().unwrap();
    quit("ulimit -c unlimited; exec sleep 30", control.path());
    if core_files(control.path()) == 0 {
        return skip("no core file is written for an ordinary process here");
    }
    let script = format!(
        "ulimit -c unlimited; exec {} get elfsquad --client-id c --token-url {} --timeout 20 --no-cache",
        path_str(&tok_bin()),
        srv.url("/t")
    );
    let status = quit(&script, dir.path());
    assert!(!status.success());
    assert_eq!(core_files(dir.path()), 0, "tok wrote a core dump");
}

fn unsafe_kill(pid: u32, sig: &str) {
    std::process::Command::new("kill")
        .args([&format!("-{sig}"), &pid.to_string()])
        .status()
        .unwrap();
}

// 6. A token or type with CR/LF or control characters is refused.
#[test]
fn a_token_that_is_not_one_printable_line_is_refused() {
    for body in [
        r#"{"access_token":"abc\r\nX-Injected: 1","expires_in":3600}"#,
        r#"{"access_token":"abc","token_type":"Bearer\r\nX-Injected: 1","expires_in":3600}"#,
        r#"{"access_token":"ab\u001b[31mc","expires_in":3600}"#,
    ] {
        let body = body.to_string();
        let srv = Server::start(move |_, _| Reply::ok(&body));
        let env = Env::new();
        let out = run(&mut env.tok(&strs(&elfsquad_args(
            "s3cret",
            &srv.url("/t"),
            &["-f", "header"],
        ))))
        .expect(1)
        .one_line_error();
        assert!(out.stderr.contains("malformed response"), "{}", out.stderr);
        assert!(env.entries().is_empty(), "refused, so not cached");
    }
    // a cache entry holding such a token is a miss, never printed
    let srv = Server::fixed("GOOD", 3600);
    let env = Env::new();
    let entry = cached_entry(&env, &srv);
    let text = std::fs::read_to_string(&entry).unwrap();
    std::fs::write(&entry, text.replace("\"GOOD\"", "\"BAD\\r\\nX: y\"")).unwrap();
    let out = get(&env, &srv).expect(0);
    assert_eq!(out.stdout, "GOOD\n");
    assert_eq!(srv.hits(), 2);
}

// 7. A refresh token given as input separates cache entries.
#[test]
fn another_users_refresh_token_never_gets_their_cached_token() {
    let srv = Server::start(|req, _| {
        let rt = req.form().get("refresh_token").cloned().unwrap_or_default();
        Reply::token(&format!("AT-for-{}", &rt[..5]), 3600)
    });
    let env = Env::new();
    let call = |rt: &str| {
        run(&mut env.tok(&[
            "get",
            "oauth2",
            "--grant",
            "refresh_token",
            "--client-id",
            "c",
            "--token-url",
            &srv.url("/t"),
            "--refresh-token",
            rt,
        ]))
        .expect(0)
        .stdout
    };
    assert_eq!(call("alice-rt-0001"), "AT-for-alice\n");
    assert_eq!(call("bob00-rt-0002"), "AT-for-bob00\n");
    assert_eq!(call("alice-rt-0001"), "AT-for-alice\n");
    assert_eq!(srv.hits(), 2, "alice's second call is a cache hit");
    for (_, bytes) in env.cache_files() {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("alice-rt") && !text.contains("bob00-rt"),
            "{text}"
        );
    }
}

// 8. A refusal that does not condemn the refresh token keeps it.
#[test]
fn a_mistyped_client_secret_does_not_destroy_the_refresh_token() {
    let srv = Server::start(|req, _| {
        let f = req.form();
        if f.get("client_secret").map(String::as_str) != Some("right-secret") {
            return Reply::Json(401, r#"{"error":"invalid_client"}"#.into());
        }
        match f.get("grant_type").map(String::as_str) {
            Some("password") => {
                Reply::ok(r#"{"access_token":"AT1","refresh_token":"RT1","expires_in":30}"#)
            }
            Some("refresh_token") if f.get("refresh_token").map(String::as_str) == Some("RT1") => {
                Reply::ok(r#"{"access_token":"AT2","refresh_token":"RT2","expires_in":3600}"#)
            }
            _ => Reply::Json(400, r#"{"error":"invalid_grant"}"#.into()),
        }
    });
    let env = Env::new();
    let call = |secret: &str| {
        run(&mut env.tok(&[
            "get",
            "oauth2",
            "--grant",
            "password",
            "--client-auth",
            "body",
            "--client-id",
            "c",
            "--username",
            "u",
            "--password",
            "pw",
            "--token-url",
            &srv.url("/t"),
            "--client-secret",
            secret,
        ]))
    };
    call("right-secret").expect(0);
    // the 30 s token is stale (min-ttl 60): the refresh is tried with the typo
    let out = call("typo-secret").expect(3).one_line_error();
    assert!(out.stderr.contains("invalid_client"), "{}", out.stderr);
    let out = call("right-secret").expect(0);
    assert_eq!(out.stdout, "AT2\n");
    let last = srv.last().form();
    assert_eq!(
        last.get("grant_type").map(String::as_str),
        Some("refresh_token")
    );
    assert_eq!(last.get("refresh_token").map(String::as_str), Some("RT1"));
}

// 9. The generic provider form-encodes Basic credentials (RFC 6749 §2.3.1).
#[test]
fn generic_basic_auth_is_form_encoded() {
    let srv = Server::fixed("AT", 3600);
    let env = Env::new();
    run(&mut env.tok(&[
        "get",
        "oauth2",
        "--token-url",
        &srv.url("/t"),
        "--client-id",
        "my client",
        "--client-secret",
        "p+%:& s",
    ]))
    .expect(0);
    let (user, pass) = srv.last().basic().unwrap();
    assert_eq!(user, "my+client");
    assert_eq!(pass, "p%2B%25%3A%26+s");
    let decode = |s: &str| -> String {
        url::form_urlencoded::parse(format!("x={s}").as_bytes())
            .next()
            .unwrap()
            .1
            .into_owned()
    };
    assert_eq!(decode(&pass), "p+%:& s");
}

// 10. A cache directory others prepared.
#[test]
fn a_symlinked_or_writable_entry_is_never_served() {
    let srv = Server::fixed("MINE", 3600);
    let env = Env::new();
    let entry = cached_entry(&env, &srv);
    // someone else's entry, linked in place of ours
    let elsewhere = env.home.path().join("planted.json");
    let text = std::fs::read_to_string(&entry).unwrap();
    std::fs::write(&elsewhere, text.replace("\"MINE\"", "\"PLANTED\"")).unwrap();
    std::fs::remove_file(&entry).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &entry).unwrap();
    assert_eq!(get(&env, &srv).expect(0).stdout, "MINE\n");
    assert_eq!(srv.hits(), 2);
    // an entry others may write to
    std::fs::write(&entry, text.replace("\"MINE\"", "\"PLANTED\"")).unwrap();
    chmod(&entry, 0o666);
    assert_eq!(get(&env, &srv).expect(0).stdout, "MINE\n");
    assert_eq!(srv.hits(), 3);
}

#[test]
fn an_entry_owned_by_another_user_is_never_served() {
    if !is_root() {
        return skip("not root: cannot give a file to another user");
    }
    let srv = Server::fixed("MINE", 3600);
    let env = Env::new();
    let entry = cached_entry(&env, &srv);
    let text = std::fs::read_to_string(&entry).unwrap();
    std::fs::write(&entry, text.replace("\"MINE\"", "\"THEIRS\"")).unwrap();
    chown(&entry, 65534);
    assert_eq!(get(&env, &srv).expect(0).stdout, "MINE\n");
    assert_eq!(srv.hits(), 2);
}

#[test]
fn a_cache_dir_others_can_write_is_repaired_or_refused() {
    let srv = Server::fixed("AT", 3600);
    let env = Env::new();
    std::fs::create_dir_all(&env.cache).unwrap();
    chmod(&env.cache, 0o777);
    let out = get(&env, &srv).expect(0);
    assert_eq!(out.stdout, "AT\n");
    let lines: Vec<_> = out.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{}", out.stderr);
    assert!(lines[0].contains("made it private"), "{}", out.stderr);
    assert_eq!(mode(&env.cache), 0o700);
    assert_eq!(get(&env, &srv).expect(0).stderr, "", "repaired once");

    if !is_root() {
        return skip("not root: cannot give the cache directory to another user");
    }
    let env = Env::new();
    std::fs::create_dir_all(&env.cache).unwrap();
    chmod(&env.cache, 0o1777);
    chown(&env.cache, 65534);
    let out = get(&env, &srv).expect(0);
    assert_eq!(out.stdout, "AT\n");
    let lines: Vec<_> = out.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{}", out.stderr);
    assert!(
        lines[0].contains("not to this user: not used"),
        "{}",
        out.stderr
    );
    assert!(
        env.cache_files().is_empty(),
        "nothing written into their directory"
    );
}

#[test]
fn a_symlink_planted_at_the_lock_path_is_not_followed() {
    let srv = Server::fixed("AT", 3600);
    let env = Env::new();
    let entry = cached_entry(&env, &srv);
    let lock = entry.with_extension("lock");
    std::fs::remove_file(&lock).unwrap();
    std::fs::remove_file(&entry).unwrap();
    let victim = env.home.path().join("victim");
    std::os::unix::fs::symlink(&victim, &lock).unwrap();
    let out = get(&env, &srv).expect(0);
    assert_eq!(out.stdout, "AT\n");
    assert!(out.stderr.contains("symbolic link"), "{}", out.stderr);
    assert!(
        !victim.exists(),
        "a file was created through the planted link"
    );
}

// 11. Bounded everything.
#[test]
fn fifos_devices_and_huge_entries_are_a_miss_not_a_hang() {
    let srv = Server::fixed("AT", 3600);
    let env = Env::new();
    let entry = cached_entry(&env, &srv);
    let mut hits = 1;
    for plant in ["fifo", "sparse", "zero"] {
        std::fs::remove_file(&entry).unwrap();
        match plant {
            "fifo" => mkfifo(&entry),
            "sparse" => {
                let f = std::fs::File::create(&entry).unwrap();
                f.set_len(2 << 30).unwrap();
                chmod(&entry, 0o600);
            }
            _ => std::os::unix::fs::symlink("/dev/zero", &entry).unwrap(),
        }
        let started = Instant::now();
        assert_eq!(get(&env, &srv).expect(0).stdout, "AT\n", "{plant}");
        hits += 1;
        assert_eq!(srv.hits(), hits, "{plant}");
        std::fs::remove_file(&entry).unwrap();
        match plant {
            "fifo" => mkfifo(&entry),
            "sparse" => std::fs::File::create(&entry)
                .unwrap()
                .set_len(2 << 30)
                .unwrap(),
            _ => std::os::unix::fs::symlink("/dev/zero", &entry).unwrap(),
        }
        run(&mut env.tok(&["cache", "list"])).expect(0);
        assert!(started.elapsed() < Duration::from_secs(20), "{plant}");
    }
}

#[test]
fn a_secret_file_that_is_a_fifo_a_device_or_huge_is_refused() {
    let srv = Server::fixed("AT", 3600);
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo");
    mkfifo(&fifo);
    let huge = dir.path().join("huge");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(100 << 20)
        .unwrap();
    for (path, why) in [
        (fifo.as_path(), "not a regular file"),
        (Path::new("/dev/zero"), "not a regular file"),
        (huge.as_path(), "too large"),
    ] {
        let env = Env::new().var("TOK_ELFSQUAD_CLIENT_SECRET_FILE", path_str(path));
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
        assert!(out.stderr.contains(why), "{}", out.stderr);
        assert!(
            out.stderr.contains(path_str(path)),
            "names the path: {}",
            out.stderr
        );
    }
    let env = Env::new();
    let out = run(&mut env.tok(&strs(&elfsquad_args(
        "s3cret",
        &srv.url("/t"),
        &["--ca-cert", "/dev/zero"],
    ))))
    .expect(2)
    .one_line_error();
    assert!(out.stderr.contains("not a regular file"), "{}", out.stderr);
    // `tok login < /dev/zero` is in tests/keyring.rs: login needs a keyring
    // before it reads anything
    assert_eq!(srv.hits(), 0);
}

// 12. Temp files a killed writer left.
#[test]
fn orphaned_temp_files_are_cleared_and_clear_goes_on_past_a_failure() {
    let srv = Server::fixed("AT", 3600);
    let env = Env::new();
    let entry = cached_entry(&env, &srv);
    let orphan = env.cache.join(".tmp-0123-abcd.json");
    std::fs::copy(&entry, &orphan).unwrap();
    let stale = env.cache.join(".tmp-4567-efgh.json");
    std::fs::copy(&entry, &stale).unwrap();
    let old = std::time::SystemTime::now() - Duration::from_secs(600);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();
    // the next write sweeps the stale one
    run(&mut env.tok(&strs(&elfsquad_args(
        "s3cret",
        &srv.url("/t"),
        &["--refresh"],
    ))))
    .expect(0);
    assert!(!stale.exists(), "a stale temp file survived a write");
    assert!(
        orphan.exists(),
        "a fresh temp file may belong to a writer at work"
    );
    // clear removes the rest and reports what it could not
    let stuck = env.cache.join("stuck.json");
    std::fs::create_dir(&stuck).unwrap();
    let out = run(&mut env.tok(&["cache", "clear"])).expect(1);
    assert!(
        out.stderr.contains("removed 2 cached files"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("stuck.json"), "{}", out.stderr);
    assert!(!orphan.exists() && !entry.exists());
}

// 13. --timeout bounds the name lookup too.
#[test]
fn timeout_bounds_a_name_lookup_that_never_answers() {
    if !is_root() || !have("unshare") || !have("mount") {
        return skip("needs root, unshare and mount for a private resolv.conf");
    }
    let Ok(sock) = std::net::UdpSocket::bind("127.53.53.53:53") else {
        return skip("could not bind a silent resolver on 127.53.53.53:53");
    };
    let dir = tempfile::tempdir().unwrap();
    let resolv = dir.path().join("resolv.conf");
    std::fs::write(
        &resolv,
        "nameserver 127.53.53.53\noptions timeout:30 attempts:1\n",
    )
    .unwrap();
    let script = format!(
        "mount --bind {} /etc/resolv.conf && exec {} get elfsquad --client-id c --client-secret s \
         --token-url https://token.tok-test.example/t --timeout 3 --no-cache",
        path_str(&resolv),
        path_str(&tok_bin())
    );
    let started = Instant::now();
    let out = run(assert_cmd::Command::new("unshare")
        .args(["-m", "sh", "-c", &script])
        .env_clear()
        .env("PATH", "/usr/bin:/bin:/usr/sbin:/sbin")
        .env("HOME", dir.path())
        .timeout(Duration::from_secs(60)));
    let took = started.elapsed();
    drop(sock);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("timed out after 3s"), "{}", out.stderr);
    assert!(
        took < Duration::from_secs(8),
        "took {took:?} for --timeout 3"
    );
}

// 14. A stderr that cannot be written never costs the token.
#[test]
fn an_unwritable_stderr_never_costs_the_token() {
    let srv = Server::fixed("AT", 3600);
    let env = Env::new();
    for redirect in ["2>&-", "2>/dev/full"] {
        let script = format!(
            "exec {} get elfsquad --client-id c --client-secret s --token-url {} -v --refresh {redirect}",
            path_str(&tok_bin()),
            srv.url("/t")
        );
        let out = run(assert_cmd::Command::new("sh")
            .args(["-c", &script])
            .env_clear()
            .env("HOME", env.home.path())
            .env("TOK_CACHE_DIR", &env.cache)
            .env("GITHUB_ACTIONS", "true")
            .timeout(Duration::from_secs(60)));
        assert_eq!(out.code, 0, "{redirect}: {}", out.stderr);
        assert_eq!(out.stdout, "AT\n", "{redirect}");
    }
}

// 2b. Credentials in a proxy URL are secrets too.
#[test]
fn a_proxy_that_echoes_its_credentials_gets_them_masked() {
    let proxy = Server::start(|req, _| {
        use base64::Engine;
        let basic = req
            .header("proxy-authorization")
            .and_then(|v| v.strip_prefix("Basic "))
            .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
        Reply::status(400, "text/plain", &format!("proxy says: {basic}"))
    });
    let proxy_url = proxy.url("").replace("http://", "http://puser:Pr0xy-Pa55@");
    let env = Env::new().var("HTTP_PROXY", &proxy_url);
    let out = run(&mut env.tok(&strs(&elfsquad_args(
        "s3cret",
        "http://auth.example.com/t",
        &["--allow-http", "-v"],
    ))))
    .expect(3);
    assert_eq!(proxy.hits(), 1, "the request went through the proxy");
    assert!(
        out.stderr.contains("proxy says: puser:***"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("Pr0xy-Pa55"), "{}", out.stderr);
}
