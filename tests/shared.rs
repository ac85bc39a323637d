//! The shared cache tier (issue 23), against a real `redis-server` the
//! tests start on a loopback port (ACL user, password from a 0600 file,
//! once over TLS). A "machine" is its own HOME and TOK_CACHE_DIR sharing
//! one Redis and one fleet key.

mod common;

use common::redis::{PASSWORD, Redis};
use common::rotating::Rotating;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// A fleet key made by `tok cache keygen`, in a file of `dir`.
fn fleet_key(dir: &Path, name: &str) -> PathBuf {
    let out = run(&mut Env::new().tok(&["cache", "keygen"])).expect(0);
    let path = dir.join(name);
    std::fs::write(&path, out.stdout).unwrap();
    path
}

/// One machine of the fleet.
fn machine(redis: &Redis, key: &Path) -> Env {
    let mut env = Env::new()
        .var("TOK_CACHE_URL", &redis.url())
        .var("TOK_CACHE_PASSWORD", PASSWORD)
        .var("TOK_CACHE_KEY_FILE", path_str(key));
    if let Some(ca) = &redis.ca {
        env = env.var("TOK_CA_CERT", path_str(ca));
    }
    env
}

/// A token endpoint that answers `AT-<n>` after `delay`, counting calls.
fn slow_endpoint(delay: Duration) -> Server {
    Server::start(move |_, n| {
        std::thread::sleep(delay);
        Reply::token(&format!("AT-{}", n + 1), 3600)
    })
}

fn oauth2(srv: &Server, extra: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = [
        "get",
        "oauth2",
        "--client-id",
        "cid-visible-7",
        "--token-url",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.push(srv.url("/token"));
    v.extend(extra.iter().map(|s| s.to_string()));
    v
}

const SECRET: &str = "client-secret-Hq72";

fn with_secret(env: Env) -> Env {
    env.var("TOK_OAUTH2_CLIENT_SECRET", SECRET)
}

/// `tok` started on machine `m`, returned once its request reached `srv`
/// (it then holds the fleet's lock); its output is piped.
fn holding_the_lock(m: &Env, args: &[String], srv: &Server) -> std::process::Child {
    let child = m
        .std_cmd(&strs(args))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let until = Instant::now() + Duration::from_secs(10);
    while srv.hits() == 0 {
        assert!(Instant::now() < until, "the first machine never asked");
        std::thread::sleep(Duration::from_millis(20));
    }
    child
}

/// The one entry name (`…:e`) Redis holds.
fn entry_names(redis: &Redis) -> Vec<String> {
    redis
        .keys()
        .into_iter()
        .filter(|k| k.ends_with(":e"))
        .collect()
}

#[test]
fn four_machines_of_sixteen_processes_make_one_endpoint_call() {
    let Some(redis) = Redis::start() else { return };
    let srv = slow_endpoint(Duration::from_millis(300));
    let key = fleet_key(redis.dir(), "fleet.key");
    let machines: Vec<Env> = (0..4).map(|_| with_secret(machine(&redis, &key))).collect();
    let args = oauth2(&srv, &[]);
    let children: Vec<_> = machines
        .iter()
        .flat_map(|m| (0..16).map(|_| m.std_cmd(&strs(&args))))
        .map(|mut c| {
            c.stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert_eq!(String::from_utf8_lossy(&o.stdout), "AT-1\n");
        assert_eq!(String::from_utf8_lossy(&o.stderr), "", "no warning");
    }
    assert_eq!(srv.hits(), 1, "one endpoint call for the whole fleet");
    // each machine keeps it locally too: the next call is one file read
    for m in &machines {
        assert_eq!(m.entries().len(), 1);
    }
}

#[test]
fn a_rotating_refresh_token_is_refreshed_by_one_machine_at_a_time() {
    let Some(redis) = Redis::start() else { return };
    let r = Rotating::start_for(2);
    let key = fleet_key(redis.dir(), "fleet.key");
    let machines: Vec<Env> = (0..8)
        .map(|_| machine(&redis, &key).var("TOK_AUTHAPI_PASSWORD", "pw-rot-1"))
        .collect();
    // stale one second after it was obtained
    let args = r.args(&["--min-ttl", "1"]);
    for round in 0..20 {
        let children: Vec<_> = machines
            .iter()
            .map(|m| {
                m.std_cmd(&strs(&args))
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for c in children {
            let o = c.wait_with_output().unwrap();
            let err = String::from_utf8_lossy(&o.stderr);
            assert!(o.status.success(), "round {round}: {err}");
            assert!(String::from_utf8_lossy(&o.stdout).starts_with("AT-"));
            assert_eq!(err, "", "round {round}: no warning");
        }
        std::thread::sleep(Duration::from_millis(1100));
    }
    let s = r.state.lock().unwrap();
    assert_eq!(s.refresh_rejected, 0, "a spent refresh token was sent");
    assert_eq!(s.passwords, 1, "one password grant for the fleet, ever");
    assert!(
        (19..=40).contains(&s.refresh_seen.len()),
        "about one refresh per round, not one per machine: {}",
        s.refresh_seen.len()
    );
}

#[test]
fn redis_killed_restarted_and_stopped_never_costs_a_token() {
    let Some(mut redis) = Redis::start() else {
        return;
    };
    let srv = slow_endpoint(Duration::ZERO);
    let key = fleet_key(redis.dir(), "fleet.key");
    let args = oauth2(&srv, &["--timeout", "5"]);
    let done = Arc::new(AtomicUsize::new(0));
    let worker = {
        let (url, key, args, done) = (redis.url(), key.clone(), args.clone(), done.clone());
        std::thread::spawn(move || {
            let mut failures = Vec::new();
            let until = Instant::now() + Duration::from_secs(9);
            while Instant::now() < until {
                // a new machine each time: its local cache is empty
                let m = with_secret(
                    Env::new()
                        .var("TOK_CACHE_URL", &url)
                        .var("TOK_CACHE_PASSWORD", PASSWORD)
                        .var("TOK_CACHE_KEY_FILE", path_str(&key)),
                );
                let started = Instant::now();
                let o = run(&mut m.tok(&strs(&args)));
                let took = started.elapsed();
                if o.code != 0 || !o.stdout.starts_with("AT-") || took > Duration::from_secs(5) {
                    failures.push(format!("exit {} after {took:?}: {}", o.code, o.stderr));
                }
                assert!(
                    o.stderr.lines().count() <= 1,
                    "at most one warning line: {}",
                    o.stderr
                );
                done.fetch_add(1, Ordering::SeqCst);
            }
            failures
        })
    };
    std::thread::sleep(Duration::from_millis(700));
    redis.kill();
    std::thread::sleep(Duration::from_millis(700));
    redis.restart();
    std::thread::sleep(Duration::from_millis(700));
    redis.pause(true);
    std::thread::sleep(Duration::from_secs(5));
    redis.pause(false);
    let failures = worker.join().unwrap();
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(done.load(Ordering::SeqCst) >= 8, "the loop ran");
}

#[test]
fn a_fault_is_one_warning_and_quiet_silences_it() {
    let Some(mut redis) = Redis::start() else {
        return;
    };
    let srv = slow_endpoint(Duration::ZERO);
    let key = fleet_key(redis.dir(), "fleet.key");
    redis.kill();
    let m = with_secret(machine(&redis, &key));
    let out = run(&mut m.tok(&strs(&oauth2(&srv, &[])))).expect(0);
    assert_eq!(out.stdout, "AT-1\n");
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr
            .starts_with("tok: warning: shared cache 127.0.0.1:")
            && out.stderr.contains("going on without the shared cache"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains(PASSWORD));
    let m = with_secret(machine(&redis, &key));
    let out = run(&mut m.tok(&strs(&oauth2(&srv, &["-q"])))).expect(0);
    assert_eq!(out.stderr, "");
    let out = run(&mut m.tok(&["-q", "cache", "status"])).expect(1);
    assert!(out.stdout.contains("not answering"), "{}", out.stdout);
}

#[test]
fn a_lock_holder_killed_mid_fetch_frees_the_fleet_within_the_lease() {
    let Some(redis) = Redis::start() else { return };
    // the first request never answers: its machine is killed while it waits
    let srv = Server::start(|_, n| match n {
        0 => Reply::Hang,
        _ => Reply::token("AT-second", 3600),
    });
    let key = fleet_key(redis.dir(), "fleet.key");
    let config = redis.dir().join("tok.toml");
    std::fs::write(&config, "[cache]\nlease = \"2s\"\n").unwrap();
    let m1 = with_secret(machine(&redis, &key)).var("TOK_CONFIG", path_str(&config));
    let m2 = with_secret(machine(&redis, &key)).var("TOK_CONFIG", path_str(&config));
    let args = oauth2(&srv, &["--timeout", "20"]);
    let mut holder = holding_the_lock(&m1, &args, &srv);
    holder.kill().unwrap();
    holder.wait().unwrap();
    let with_v = [&strs(&args)[..], &["-v"]].concat();
    let out = run(&mut m2.tok(&with_v)).expect(0);
    assert_eq!(out.stdout, "AT-second\n");
    assert!(
        out.stderr
            .contains("waiting for another machine of the fleet"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("holding the shared lock"),
        "{}",
        out.stderr
    );
    assert_eq!(srv.hits(), 2);
}

#[test]
fn garbage_foreign_and_swapped_values_are_never_served() {
    let Some(redis) = Redis::start() else { return };
    let srv = slow_endpoint(Duration::ZERO);
    let key = fleet_key(redis.dir(), "fleet.key");
    let other_key = fleet_key(redis.dir(), "other.key");
    let mut conn = redis.conn();
    let get = |m: &Env, extra: &[&str]| {
        let plain = oauth2(&srv, extra);
        let args = [&strs(&plain)[..], &["-v"]].concat();
        run(&mut m.tok(&args)).expect(0)
    };
    let first = get(&with_secret(machine(&redis, &key)), &[]);
    assert_eq!(first.stdout, "AT-1\n");
    let [name] = &entry_names(&redis)[..] else {
        panic!("one entry: {:?}", redis.keys())
    };
    let sealed: Vec<u8> = ::redis::cmd("GET").arg(name).query(&mut conn).unwrap();

    let mut expect_miss = |value: Option<Vec<u8>>, why: &str, n: usize| {
        match value {
            Some(v) => ::redis::cmd("SET")
                .arg(name)
                .arg(v)
                .query::<()>(&mut conn)
                .unwrap(),
            None => {
                ::redis::cmd("DEL")
                    .arg(name)
                    .query::<()>(&mut conn)
                    .unwrap();
                ::redis::cmd("RPUSH")
                    .arg(name)
                    .arg("x")
                    .query::<()>(&mut conn)
                    .unwrap();
            }
        }
        let out = get(&with_secret(machine(&redis, &key)), &[]);
        assert_eq!(out.stdout, format!("AT-{n}\n"), "{why}: fetched anew");
        assert!(
            out.stderr.contains("shared cache entry ignored"),
            "{why}: -v says why\n{}",
            out.stderr
        );
    };
    expect_miss(Some(b"garbage".to_vec()), "garbage", 2);
    expect_miss(Some(sealed[..sealed.len() - 5].to_vec()), "truncated", 3);
    let mut flipped = sealed.clone();
    flipped[40] ^= 0x20;
    expect_miss(Some(flipped), "tampered", 4);
    expect_miss(Some(vec![b'x'; 300 * 1024]), "oversized", 5);
    expect_miss(None, "a list, not a string", 6);

    // another fleet key's value, copied under this fleet's name
    ::redis::cmd("DEL")
        .arg(name)
        .query::<()>(&mut conn)
        .unwrap();
    get(&with_secret(machine(&redis, &other_key)), &[]);
    let foreign_name = entry_names(&redis).into_iter().find(|n| n != name).unwrap();
    let foreign: Vec<u8> = ::redis::cmd("GET")
        .arg(&foreign_name)
        .query(&mut conn)
        .unwrap();
    let expect_miss = |value: Vec<u8>, why: &str, who: Env, extra: &[&str]| {
        ::redis::cmd("SET")
            .arg(name)
            .arg(value)
            .query::<()>(&mut redis.conn())
            .unwrap();
        let before = srv.hits();
        let out = get(&who, extra);
        assert_eq!(srv.hits(), before + 1, "{why}: fetched anew");
        assert!(
            out.stderr.contains("shared cache entry ignored"),
            "{why}\n{}",
            out.stderr
        );
    };
    expect_miss(
        foreign,
        "another fleet key",
        with_secret(machine(&redis, &key)),
        &[],
    );

    // another account's value (another scope), swapped in
    let other = get(
        &with_secret(machine(&redis, &key)),
        &["--scope", "other-scope"],
    );
    assert!(other.stdout.starts_with("AT-"));
    let names = entry_names(&redis);
    let other_name = names
        .iter()
        .find(|n| *n != name && **n != foreign_name)
        .unwrap();
    let theirs: Vec<u8> = ::redis::cmd("GET")
        .arg(other_name)
        .query(&mut conn)
        .unwrap();
    expect_miss(
        theirs,
        "another account's entry",
        with_secret(machine(&redis, &key)),
        &[],
    );

    // the same account with another secret cannot open what it holds
    let fresh = get(&with_secret(machine(&redis, &key)), &[]);
    let stolen: Vec<u8> = ::redis::cmd("GET").arg(name).query(&mut conn).unwrap();
    let wrong = machine(&redis, &key).var("TOK_OAUTH2_CLIENT_SECRET", "another-secret-9");
    expect_miss(stolen, "another client secret", wrong, &[]);
    assert!(fresh.stdout.starts_with("AT-"));
}

#[test]
fn redis_sees_no_token_secret_client_id_or_account_name() {
    let Some(redis) = Redis::start() else { return };
    let srv = slow_endpoint(Duration::from_millis(100));
    let key = fleet_key(redis.dir(), "fleet.key");
    let config = redis.dir().join("tok.toml");
    std::fs::write(
        &config,
        format!(
            "[cache]\nurl = \"{}\"\npassword = {{ env = \"FLEET_REDIS_PW\" }}\nkey = {{ file = \"{}\" }}\n\n[accounts.warehouse-prod]\nprovider = \"oauth2\"\nclient-id = \"cid-visible-7\"\ntoken-url = \"{}\"\nclient-secret = {{ env = \"WAREHOUSE_SECRET\" }}\n",
            redis.url(),
            key.display(),
            srv.url("/token")
        ),
    )
    .unwrap();
    let monitor_out = redis.dir().join("monitor.txt");
    let mut monitor = redis
        .cli_cmd(&["monitor"])
        .stdout(std::fs::File::create(&monitor_out).unwrap())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let machines: Vec<Env> = (0..3)
        .map(|_| {
            Env::new()
                .var("TOK_CONFIG", path_str(&config))
                .var("FLEET_REDIS_PW", PASSWORD)
                .var("WAREHOUSE_SECRET", SECRET)
        })
        .collect();
    let children: Vec<_> = machines
        .iter()
        .map(|m| {
            m.std_cmd(&["get", "warehouse-prod"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    run(&mut machines[0].tok(&["cache", "list", "--shared"])).expect(0);
    std::thread::sleep(Duration::from_millis(300));
    monitor.kill().unwrap();
    monitor.wait().unwrap();
    let seen = std::fs::read(&monitor_out).unwrap();
    let seen = String::from_utf8_lossy(&seen);
    let scan = redis.keys().join("\n");
    assert!(
        seen.contains("\"tok:") && seen.contains("GETRANGE"),
        "MONITOR captured the run: {seen}"
    );
    assert_eq!(srv.hits(), 1);
    for (what, text) in [("MONITOR", &*seen), ("--scan", &*scan)] {
        for secret in [
            "AT-1",
            SECRET,
            "cid-visible-7",
            "warehouse-prod",
            "oauth2",
            PASSWORD,
            &srv.url,
        ] {
            assert!(!text.contains(secret), "{what} shows {secret}: {text}");
        }
    }
}

#[test]
fn a_tls_redis_with_the_fleets_own_ca() {
    let Some(redis) = Redis::start_tls() else {
        return;
    };
    let srv = slow_endpoint(Duration::ZERO);
    let key = fleet_key(redis.dir(), "fleet.key");
    let first =
        run(&mut with_secret(machine(&redis, &key)).tok(&strs(&oauth2(&srv, &[])))).expect(0);
    assert_eq!(first.stdout, "AT-1\n");
    assert_eq!(first.stderr, "");
    let plain = oauth2(&srv, &[]);
    let args = [&strs(&plain)[..], &["-v"]].concat();
    let second = run(&mut with_secret(machine(&redis, &key)).tok(&args)).expect(0);
    assert_eq!(second.stdout, "AT-1\n", "served from the shared tier");
    assert!(
        second.stderr.contains("shared cache hit"),
        "{}",
        second.stderr
    );
    // without the CA, the server's certificate is refused: a fault, not a token lost
    let untrusting = Env::new()
        .var("TOK_CACHE_URL", &redis.url())
        .var("TOK_CACHE_PASSWORD", PASSWORD)
        .var("TOK_CACHE_KEY_FILE", path_str(&key));
    let third = run(&mut with_secret(untrusting).tok(&strs(&oauth2(&srv, &[])))).expect(0);
    assert_eq!(third.stdout, "AT-2\n");
    assert!(
        third.stderr.contains("tok: warning: shared cache"),
        "{}",
        third.stderr
    );
    assert_eq!(srv.hits(), 2);
}

#[test]
fn cache_status_list_and_clear_reach_the_shared_tier() {
    let Some(redis) = Redis::start() else { return };
    let srv = slow_endpoint(Duration::ZERO);
    let key = fleet_key(redis.dir(), "fleet.key");
    let config = redis.dir().join("tok.toml");
    std::fs::write(
        &config,
        format!(
            "[accounts.shop]\nprovider = \"oauth2\"\nclient-id = \"cid-shop\"\ntoken-url = \"{}\"\nclient-secret = {{ env = \"SHOP_SECRET\" }}\n\n[accounts.absent]\nprovider = \"oauth2\"\nclient-id = \"cid-absent\"\ntoken-url = \"{}\"\nclient-secret = {{ env = \"SHOP_SECRET\" }}\n",
            srv.url("/token"),
            srv.url("/token")
        ),
    )
    .unwrap();
    let m = machine(&redis, &key)
        .var("TOK_CONFIG", path_str(&config))
        .var("SHOP_SECRET", SECRET);
    let status = run(&mut m.tok(&["cache", "status"])).expect(0);
    assert!(
        status.stdout.contains("0 entries of fleet key"),
        "{}",
        status.stdout
    );
    run(&mut m.tok(&["get", "shop"])).expect(0);
    let status = run(&mut m.tok(&["cache", "status", "--json"])).expect(0);
    let v: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(v["shared"]["answers"], true);
    assert_eq!(v["shared"]["fleet_entries"], 1);
    assert_eq!(v["local"]["entries"], 1);

    let list = run(&mut m.tok(&["cache", "list", "--shared", "--json"])).expect(0);
    assert!(!list.stdout.contains("AT-1"), "never a token");
    let v: serde_json::Value = serde_json::from_str(&list.stdout).unwrap();
    let row = |name: &str| {
        v.as_array()
            .unwrap()
            .iter()
            .find(|r| r["account"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(row("shop")["state"], "fresh");
    assert_eq!(row("shop")["refresh_token"], false);
    assert!(row("shop")["kept_for"].as_u64().unwrap() > 3500);
    assert_eq!(row("absent")["state"], "not shared");
    let table = run(&mut m.tok(&["cache", "list", "--shared"])).expect(0);
    assert!(table.stdout.starts_with("ACCOUNT"), "{}", table.stdout);

    // another fleet's entry on the same Redis survives this fleet's clear
    let other = fleet_key(redis.dir(), "other.key");
    run(&mut machine(&redis, &other)
        .var("TOK_CONFIG", path_str(&config))
        .var("SHOP_SECRET", SECRET)
        .tok(&["get", "shop"]))
    .expect(0);
    assert_eq!(entry_names(&redis).len(), 2);
    let cleared = run(&mut m.tok(&["cache", "clear", "shop", "--shared"])).expect(0);
    assert!(
        cleared
            .stderr
            .contains("removed 1 shared entry of account shop"),
        "{}",
        cleared.stderr
    );
    assert_eq!(entry_names(&redis).len(), 1);
    run(&mut m.tok(&["get", "shop", "--cache-url", &redis.url()])).expect(0);
    let cleared = run(&mut m.tok(&["cache", "clear", "--shared"])).expect(0);
    assert!(
        cleared
            .stderr
            .contains("removed 1 shared entry of this fleet key"),
        "{}",
        cleared.stderr
    );
    assert_eq!(entry_names(&redis).len(), 1, "the other fleet's stays");
    let e = run(&mut m.tok(&["cache", "clear", "oauth2", "--shared"])).expect(2);
    assert!(e.stderr.contains("name an account"), "{}", e.stderr);

    // a Redis that does not answer: one line and exit 1, asked once (not
    // once per account)
    redis.pause(true);
    let down = run(&mut m.tok(&["cache", "list", "--shared"]));
    let cleared = run(&mut m.tok(&["cache", "clear", "shop", "--shared"]));
    redis.pause(false);
    for out in [down.expect(1), cleared.expect(1)] {
        assert_eq!(out.stdout, "");
        assert!(
            out.stderr
                .ends_with("(Redis is slow, stopped or unreachable)\n"),
            "{}",
            out.stderr
        );
    }
}

#[test]
fn a_shared_url_needs_a_key_and_no_password_inside() {
    let srv = slow_endpoint(Duration::ZERO);
    let env = with_secret(Env::new().var("TOK_CACHE_URL", "redis://127.0.0.1:1/0"));
    let out = run(&mut env.tok(&strs(&oauth2(&srv, &[]))))
        .expect(2)
        .one_line_error();
    assert!(
        out.stderr.contains("needs a fleet key") && out.stderr.contains("tok cache keygen"),
        "{}",
        out.stderr
    );
    let out = run(&mut with_secret(Env::new()).tok(&strs(&oauth2(
        &srv,
        &["--cache-url", "redis://u:hunter2-pw@127.0.0.1:1/0"],
    ))))
    .expect(2)
    .one_line_error();
    assert!(
        out.stderr.contains("never in the URL") && !out.stderr.contains("hunter2-pw"),
        "{}",
        out.stderr
    );
    let key_file = Env::new();
    let bad = key_file.home.path().join("short.key");
    std::fs::write(&bad, "c2hvcnQ=\n").unwrap();
    let env = with_secret(
        Env::new()
            .var("TOK_CACHE_URL", "redis://127.0.0.1:1/0")
            .var("TOK_CACHE_KEY_FILE", path_str(&bad)),
    );
    let out = run(&mut env.tok(&strs(&oauth2(&srv, &[]))))
        .expect(2)
        .one_line_error();
    assert!(
        out.stderr.contains("at least 32 are needed"),
        "{}",
        out.stderr
    );
    // a variable that is not UTF-8 is named, never shown
    use std::os::unix::ffi::OsStrExt;
    let garbled = std::ffi::OsStr::from_bytes(b"k\xffey");
    let out = run(
        with_secret(Env::new().var("TOK_CACHE_URL", "redis://127.0.0.1:1/0"))
            .tok(&strs(&oauth2(&srv, &[])))
            .env("TOK_CACHE_KEY", garbled),
    )
    .expect(2)
    .one_line_error();
    assert!(
        out.stderr.contains("TOK_CACHE_KEY is not UTF-8"),
        "{}",
        out.stderr
    );
    // "" turns a configured tier off
    let off = with_secret(Env::new().var("TOK_CACHE_URL", "redis://127.0.0.1:1/0"));
    run(&mut off.tok(&strs(&oauth2(&srv, &["--cache-url", ""])))).expect(0);
    let keygen = run(&mut Env::new().tok(&["cache", "keygen"])).expect(0);
    assert_eq!(keygen.stdout.trim().len(), 44, "base64 of 32 bytes");
    assert_eq!(srv.hits(), 1);
}

/// git's `erase` (an API refused the token) drops the fleet's copy too: no
/// other machine adopts the refused token afterwards.
#[test]
fn an_erased_token_is_not_adopted_by_another_machine() {
    let Some(redis) = Redis::start() else { return };
    let srv = slow_endpoint(Duration::ZERO);
    let key = fleet_key(redis.dir(), "fleet.key");
    let config = redis.dir().join("tok.toml");
    std::fs::write(
        &config,
        format!(
            "[accounts.shop]\nprovider = \"oauth2\"\nclient-id = \"cid-shop\"\ntoken-url = \"{}\"\nclient-secret = {{ env = \"SHOP_SECRET\" }}\n",
            srv.url("/token")
        ),
    )
    .unwrap();
    let m = || {
        machine(&redis, &key)
            .var("TOK_CONFIG", path_str(&config))
            .var("SHOP_SECRET", SECRET)
    };
    let git = |env: &Env, action: &str, input: &str| {
        run(env
            .tok(&["git-credential", "shop", action])
            .write_stdin(input.to_string()))
        .expect(0)
    };
    let a = m();
    let got = git(&a, "get", "protocol=https\nhost=git.example.com\n");
    assert!(got.stdout.contains("password=AT-1"), "{}", got.stdout);
    // another token's erase keeps the fleet's
    git(
        &m(),
        "erase",
        "protocol=https\nhost=git.example.com\npassword=AT-9\n",
    );
    let b = run(&mut m().tok(&["get", "shop"])).expect(0);
    assert_eq!(b.stdout, "AT-1\n");
    git(
        &a,
        "erase",
        "protocol=https\nhost=git.example.com\npassword=AT-1\n",
    );
    let c = run(&mut m().tok(&["get", "shop"])).expect(0);
    assert_eq!(c.stdout, "AT-2\n", "the refused token is not adopted");
    assert_eq!(srv.hits(), 2);
}

/// Redis keeps an entry as long as what it holds: an access token alone
/// until it expires; a refresh token for the lifetime the server gave it,
/// also after a refresh whose answer keeps the old refresh token (no new
/// one, no new lifetime): never the 30-day default for a refresh token the
/// server said ends sooner.
#[test]
fn a_shared_entry_lives_as_long_as_what_it_holds() {
    let Some(redis) = Redis::start() else { return };
    let key = fleet_key(redis.dir(), "fleet.key");
    let pttl = || -> i64 {
        let names = entry_names(&redis);
        assert_eq!(names.len(), 1, "{names:?}");
        redis.cli(&["PTTL", &names[0]]).trim().parse().unwrap()
    };
    // an access token alone: 100 s
    let plain = Server::fixed("AT-plain", 100);
    run(&mut with_secret(machine(&redis, &key)).tok(&strs(&oauth2(&plain, &[])))).expect(0);
    let ttl = pttl();
    assert!((90_000..=100_000).contains(&ttl), "{ttl}");
    redis.cli(&["FLUSHALL"]);
    // a refresh token that lives 600 s; the refresh answer keeps it
    let srv = Server::start(|req, n| {
        let rt = req.form().get("grant_type").map(String::as_str) == Some("refresh_token");
        match (n, rt) {
            (0, false) => Reply::ok(
                r#"{"access_token":"AT-1","expires_in":100,"token_type":"Bearer","refresh_token":"RT-1","refresh_token_expires_in":600}"#,
            ),
            (_, true) => Reply::ok(&format!(
                r#"{{"access_token":"AT-{}","expires_in":100,"token_type":"Bearer"}}"#,
                n + 1
            )),
            _ => Reply::status(400, "application/json", r#"{"error":"invalid_request"}"#),
        }
    });
    let get = |extra: &[&str]| {
        run(&mut with_secret(machine(&redis, &key)).tok(&strs(&oauth2(&srv, extra)))).expect(0)
    };
    assert_eq!(get(&[]).stdout, "AT-1\n");
    let ttl = pttl();
    assert!((590_000..=600_000).contains(&ttl), "{ttl}");
    // another machine finds it too short-lived for its --min-ttl: refreshes
    assert_eq!(get(&["--min-ttl", "200"]).stdout, "AT-2\n");
    assert_eq!(srv.last().form()["refresh_token"], "RT-1");
    let ttl = pttl();
    assert!(
        (580_000..=600_000).contains(&ttl),
        "the refresh token's end is kept: {ttl}"
    );
}

/// A partition during a refresh loses no refresh token: machine A rotates
/// it while Redis does not answer (one warning; its local cache keeps the
/// new one), so afterwards the fleet's copy is older than A's. A's next
/// refresh goes on with its own, newer one and puts the result back in the
/// shared tier, where a new machine then finds a live refresh token.
#[test]
fn a_refresh_during_a_partition_keeps_the_newer_refresh_token() {
    let Some(redis) = Redis::start() else { return };
    let r = Rotating::start_for(100);
    let key = fleet_key(redis.dir(), "fleet.key");
    let new_machine = || machine(&redis, &key).var("TOK_AUTHAPI_PASSWORD", "pw-part-1");
    // --min-ttl past the lifetime: every call refreshes
    let stale = r.args(&["--min-ttl", "200", "--timeout", "5"]);
    let a = new_machine();
    assert_eq!(
        run(&mut a.tok(&strs(&r.args(&[])))).expect(0).stdout,
        "AT-1\n"
    );
    redis.pause(true);
    let during = run(&mut a.tok(&strs(&stale))).expect(0);
    redis.pause(false);
    assert_eq!(during.stdout, "AT-2\n");
    assert_eq!(
        during.stderr.lines().count(),
        1,
        "one warning: {}",
        during.stderr
    );
    // the shared tier still holds RT-1 (spent); A's own RT-2 is newer
    let after = run(&mut a.tok(&strs(&stale))).expect(0);
    assert_eq!(after.stdout, "AT-3\n", "{}", after.stderr);
    assert_eq!(after.stderr, "");
    // a new machine adopts what A published and refreshes with RT-3
    let b = run(&mut new_machine().tok(&strs(&stale))).expect(0);
    assert_eq!(b.stdout, "AT-4\n", "{}", b.stderr);
    let s = r.state.lock().unwrap();
    assert_eq!(s.refresh_seen, ["RT-1", "RT-2", "RT-3"]);
    assert_eq!(s.refresh_rejected, 0, "a spent refresh token was sent");
    assert_eq!(s.passwords, 1);
}

/// A cache URL that reaches something other than Redis (here a web server)
/// is one warning that says so in words, never the protocol parser's byte
/// dump; the token still comes from the endpoint.
#[test]
fn a_server_that_is_not_redis_is_named_as_such() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for conn in listener.incoming().flatten() {
            use std::io::{Read, Write};
            let mut conn = conn;
            let mut buf = [0u8; 512];
            let _ = conn.read(&mut buf);
            let _ = conn.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let key = fleet_key(dir.path(), "fleet.key");
    let srv = slow_endpoint(Duration::ZERO);
    let m = with_secret(Env::new())
        .var("TOK_CACHE_URL", &format!("redis://127.0.0.1:{port}"))
        .var("TOK_CACHE_KEY_FILE", path_str(&key));
    let out = run(&mut m.tok(&strs(&oauth2(&srv, &[])))).expect(0);
    assert_eq!(out.stdout, "AT-1\n");
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("not in Redis's protocol") && !out.stderr.contains("Unexpected"),
        "{}",
        out.stderr
    );
    let out = run(&mut m.tok(&["cache", "status"])).expect(1);
    assert!(
        out.stdout.contains("not in Redis's protocol"),
        "{}",
        out.stdout
    );
}

/// The Redlock critique, played out: a lock holder paused (SIGSTOP) past
/// its lease while its request runs. Another machine takes the lock and
/// publishes; when the paused one resumes, the fencing check in the write
/// script refuses its now stale write (one warning), so the fleet keeps the
/// newer token and a new machine adopts that one.
#[test]
fn a_paused_holder_past_its_lease_cannot_overwrite_the_fleets_entry() {
    let Some(redis) = Redis::start() else { return };
    // the first request answers after 4 s; later ones at once
    let srv = Server::start(|_, n| {
        if n == 0 {
            std::thread::sleep(Duration::from_secs(4));
        }
        Reply::token(&format!("AT-{}", n + 1), 3600)
    });
    let key = fleet_key(redis.dir(), "fleet.key");
    let config = redis.dir().join("tok.toml");
    std::fs::write(&config, "[cache]\nlease = \"1s\"\n").unwrap();
    let m = || with_secret(machine(&redis, &key)).var("TOK_CONFIG", path_str(&config));
    let args = oauth2(&srv, &["--timeout", "20"]);
    let paused = holding_the_lock(&m(), &args, &srv);
    let pid = paused.id() as libc::pid_t;
    // SAFETY: plain signals to our own child
    unsafe { libc::kill(pid, libc::SIGSTOP) };
    std::thread::sleep(Duration::from_millis(1500));
    let second = run(&mut m().tok(&strs(&args))).expect(0);
    assert_eq!(second.stdout, "AT-2\n", "{}", second.stderr);
    // SAFETY: as above
    unsafe { libc::kill(pid, libc::SIGCONT) };
    let first = paused.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&first.stderr);
    assert!(first.status.success(), "{err}");
    assert_eq!(String::from_utf8_lossy(&first.stdout), "AT-1\n");
    assert!(err.contains("lock ran out"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let third = run(&mut m().tok(&strs(&args))).expect(0);
    assert_eq!(third.stdout, "AT-2\n", "the fenced write did not land");
    assert_eq!(srv.hits(), 2);
}

/// Redis stops answering while the endpoint takes most of `--timeout`:
/// the shared write and the lock's release get only what is left of it,
/// so the token still comes within `--timeout` (with one warning), not a
/// per-command bound or two later.
#[test]
fn a_stalled_redis_never_stretches_a_run_past_its_timeout() {
    let Some(redis) = Redis::start() else { return };
    let srv = slow_endpoint(Duration::from_millis(1900));
    let key = fleet_key(redis.dir(), "fleet.key");
    let args = oauth2(&srv, &["--timeout", "2"]);
    let started = Instant::now();
    let tok = holding_the_lock(&with_secret(machine(&redis, &key)), &args, &srv);
    redis.pause(true);
    let out = tok.wait_with_output().unwrap();
    let took = started.elapsed();
    redis.pause(false);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "AT-1\n");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(took < Duration::from_millis(2250), "took {took:?}: {err}");
}

/// A run whose endpoint uses up all of `--timeout` still gives the
/// fleet's lock back (sent without waiting for the answer), so the next
/// machine fetches at once instead of waiting out the lease.
#[test]
fn a_run_out_of_time_still_releases_the_fleets_lock() {
    let Some(redis) = Redis::start() else { return };
    let srv = Server::start(|_, n| match n {
        0 => Reply::Hang,
        _ => Reply::token("AT-next", 3600),
    });
    let key = fleet_key(redis.dir(), "fleet.key");
    let m = || with_secret(machine(&redis, &key));
    run(&mut m().tok(&strs(&oauth2(&srv, &["--timeout", "1"])))).expect(1);
    let until = Instant::now() + Duration::from_secs(2);
    while redis.keys().iter().any(|k| k.ends_with(":l")) {
        assert!(
            Instant::now() < until,
            "the lock was left: {:?}",
            redis.keys()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = run(&mut m().tok(&strs(&oauth2(&srv, &["-v"])))).expect(0);
    assert_eq!(out.stdout, "AT-next\n");
    assert!(
        !out.stderr.contains("waiting for another machine"),
        "{}",
        out.stderr
    );
}
