//! `tok login` / `tok logout` and keyring lookups against a real Secret
//! Service: each test starts its own private D-Bus session bus and a
//! throw-away, unlocked gnome-keyring in a temp dir, so no test ever touches
//! the developer's own keyring. Needs Debian's `dbus` and `gnome-keyring`
//! (`.ci/run` installs them); kernel keyutils tests need `keyutils`.

mod common;
use common::*;
use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const SECRET: &str = "kr-Secret-Golf-77";

/// A private session bus with an unlocked gnome-keyring on it.
struct SecretService {
    dir: tempfile::TempDir,
    bus: String,
    children: Vec<Child>,
}

fn need(bin: &str) -> bool {
    if have(bin) {
        return true;
    }
    skip(&format!(
        "{bin} is not installed: the keyring tests need Debian's dbus and gnome-keyring \
         (apt-get install -y dbus dbus-x11 gnome-keyring keyutils, as in .ci/run)"
    ));
    false
}

impl SecretService {
    /// `None` (a visible skip; a failure under CI) without the daemons.
    fn start() -> Option<SecretService> {
        SecretService::launch(true)
    }

    /// A keyring daemon that was never unlocked (no login collection).
    fn start_locked() -> Option<SecretService> {
        SecretService::launch(false)
    }

    fn launch(unlock: bool) -> Option<SecretService> {
        if !need("dbus-daemon") || !need("gnome-keyring-daemon") {
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let socket = dir.path().join("bus");
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .arg(format!("--address=unix:path={}", socket.display()))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufRead::read_line(
            &mut std::io::BufReader::new(daemon.stdout.take().unwrap()),
            &mut line,
        )
        .unwrap();
        let bus = line.trim().to_string();
        assert!(bus.starts_with("unix:"), "dbus-daemon said {bus:?}");
        let data = dir.path().join("data");
        std::fs::create_dir_all(&data).unwrap();
        let mut keyring = Command::new("gnome-keyring-daemon")
            .args(if unlock {
                &["--unlock", "--components=secrets", "--foreground"][..]
            } else {
                &["--components=secrets", "--foreground"][..]
            })
            .env_clear()
            .env("DBUS_SESSION_BUS_ADDRESS", &bus)
            .env("XDG_DATA_HOME", &data)
            .env("XDG_RUNTIME_DIR", dir.path())
            .env("HOME", dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // the unlock password must not be empty, or no login collection is made
        let mut stdin = keyring.stdin.take().unwrap();
        if unlock {
            stdin.write_all(b"throwaway-test-password").unwrap();
        }
        drop(stdin);
        let ss = SecretService {
            dir,
            bus,
            children: vec![daemon, keyring],
        };
        ss.wait_until_ready();
        Some(ss)
    }

    /// gnome-keyring takes a moment to claim its bus name.
    fn wait_until_ready(&self) {
        let t = Instant::now();
        while t.elapsed() < Duration::from_secs(10) {
            let out = Command::new("dbus-send")
                .args([
                    "--session",
                    "--print-reply",
                    "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.NameHasOwner",
                    "string:org.freedesktop.secrets",
                ])
                .env("DBUS_SESSION_BUS_ADDRESS", &self.bus)
                .output();
            if out.is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("boolean true")) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("gnome-keyring did not come up on the test bus");
    }

    /// An isolated tok environment that talks to this keyring.
    fn env(&self) -> Env {
        Env::new()
            .var("DBUS_SESSION_BUS_ADDRESS", &self.bus)
            .var("XDG_RUNTIME_DIR", &self.dir.path().to_string_lossy())
    }
}

impl Drop for SecretService {
    fn drop(&mut self) {
        for c in self.children.iter_mut().rev() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

fn login(env: &Env, args: &[&str], stdin: &str) -> Out {
    let mut all = vec!["login"];
    all.extend_from_slice(args);
    run(env.tok(&all).write_stdin(stdin.to_string()))
}

#[test]
fn login_get_logout_get() {
    let Some(ss) = SecretService::start() else {
        return;
    };
    let srv = Server::fixed("AT-kr", 3600);
    let env = ss.env();
    let out = login(&env, &["elfsquad"], &format!("cid-kr\n{SECRET}\n")).expect(0);
    assert!(
        out.stderr
            .contains("stored client-id, client-secret for elfsquad (profile default)"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains(SECRET) && out.stdout.is_empty());

    // no flag and no env var: everything from the keyring
    let out =
        run(&mut env.tok(&["get", "elfsquad", "--token-url", &srv.url("/t"), "-v"])).expect(0);
    assert_eq!(out.stdout, "AT-kr\n");
    assert!(
        out.stderr.contains("client-secret: from OS keyring"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains(SECRET));
    let form = srv.last().form();
    assert_eq!(form["client_id"], "cid-kr");
    assert_eq!(form["client_secret"], SECRET);

    let out = run(&mut env.tok(&["logout", "elfsquad"])).expect(0);
    assert!(
        out.stderr.contains("deleted the keyring entry")
            && out.stderr.contains("dropped 1 cached token"),
        "{}",
        out.stderr
    );
    assert!(env.entries().is_empty());
    let out = run(&mut env.tok(&["logout", "elfsquad"])).expect(0);
    assert!(out.stderr.contains("no keyring entry"), "{}", out.stderr);

    let out = run(&mut env.tok(&["get", "elfsquad", "--token-url", &srv.url("/t")]))
        .expect(4)
        .one_line_error();
    assert!(out.stderr.contains("tok login elfsquad"), "{}", out.stderr);
    assert_eq!(srv.hits(), 1);
}

#[test]
fn non_secret_fields_are_stored_too_so_get_needs_no_flags() {
    let Some(ss) = SecretService::start() else {
        return;
    };
    let srv = Server::start(|_, _| {
        Reply::ok(r#"{"access_token":"AT-auth","refresh_token":"RT","expires_in":3600}"#)
    });
    let env = ss.env();
    login(
        &env,
        &["authapi", "--profile", "prod"],
        &format!("bob\n{SECRET}\n{}\n", srv.url),
    )
    .expect(0);
    let out = run(&mut env.tok(&["get", "authapi", "--profile", "prod"])).expect(0);
    assert_eq!(out.stdout, "AT-auth\n");
    assert_eq!(srv.last().path, "/auth/password");
    assert_eq!(srv.last().form()["username"], "bob");
    // another profile has nothing stored
    run(&mut env.tok(&["get", "authapi"])).expect(4);
}

#[test]
fn flag_and_env_win_over_the_keyring() {
    let Some(ss) = SecretService::start() else {
        return;
    };
    let srv = Server::fixed("AT", 3600);
    let env = ss.env();
    login(&env, &["elfsquad"], &format!("from-keyring\n{SECRET}\n")).expect(0);
    run(&mut env.tok(&[
        "get",
        "elfsquad",
        "--client-id",
        "from-flag",
        "--token-url",
        &srv.url("/t"),
        "--no-cache",
    ]))
    .expect(0);
    assert_eq!(srv.last().form()["client_id"], "from-flag");
    assert_eq!(
        srv.last().form()["client_secret"],
        SECRET,
        "the rest still from the keyring"
    );
    run(env
        .tok(&[
            "get",
            "elfsquad",
            "--token-url",
            &srv.url("/t"),
            "--no-cache",
        ])
        .env("TOK_ELFSQUAD_CLIENT_SECRET", "from-env-secret"))
    .expect(0);
    assert_eq!(srv.last().form()["client_secret"], "from-env-secret");
    assert_eq!(srv.last().form()["client_id"], "from-keyring");
}

#[test]
fn a_new_login_replaces_values_and_drops_cached_tokens() {
    let Some(ss) = SecretService::start() else {
        return;
    };
    let srv =
        Server::start(|req, _| Reply::token(&format!("AT-for-{}", req.form()["client_id"]), 3600));
    let env = ss.env();
    login(&env, &["elfsquad"], &format!("first\n{SECRET}\n")).expect(0);
    let url = srv.url("/t");
    assert_eq!(
        run(&mut env.tok(&["get", "elfsquad", "--token-url", &url]))
            .expect(0)
            .stdout,
        "AT-for-first\n"
    );
    let out = login(&env, &["elfsquad"], &format!("second\n{SECRET}\n")).expect(0);
    assert!(
        out.stderr.contains("dropped 1 cached token"),
        "{}",
        out.stderr
    );
    assert_eq!(
        run(&mut env.tok(&["get", "elfsquad", "--token-url", &url]))
            .expect(0)
            .stdout,
        "AT-for-second\n"
    );
    // an empty answer skips a field, and the login replaces every value:
    // the old client id is gone
    login(&env, &["elfsquad"], "\nnew-secret-value\n").expect(0);
    run(&mut env.tok(&["get", "elfsquad", "--token-url", &url])).expect(4);
    run(&mut env.tok(&[
        "get",
        "elfsquad",
        "--token-url",
        &url,
        "--client-id",
        "third",
    ]))
    .expect(0);
    assert_eq!(srv.last().form()["client_secret"], "new-secret-value");
}

#[test]
fn a_cache_hit_never_opens_the_keyring() {
    let Some(ss) = SecretService::start() else {
        return;
    };
    let srv = Server::fixed("AT-cached", 3600);
    let env = ss.env();
    login(&env, &["elfsquad"], &format!("cid\n{SECRET}\n")).expect(0);
    let url = srv.url("/t");
    run(&mut env.tok(&["get", "elfsquad", "--token-url", &url])).expect(0);
    drop(ss); // the keyring and its bus are gone
    let out = run(&mut env.tok(&["get", "elfsquad", "--token-url", &url, "-v"])).expect(0);
    assert_eq!(out.stdout, "AT-cached\n");
    assert!(!out.stderr.contains("keyring"), "{}", out.stderr);
    assert_eq!(srv.hits(), 1);
}

#[test]
fn no_secret_service_is_a_clear_message() {
    // no bus address and an empty runtime dir: nothing to talk to
    let env = Env::new();
    let out = run(&mut env.tok(&["get", "elfsquad"]))
        .expect(4)
        .one_line_error();
    // the one line says there is no keyring; its D-Bus details are for -v
    assert!(
        out.stderr.contains("no OS keyring is reachable"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("DBus"), "{}", out.stderr);
    let verbose = run(&mut env.tok(&["get", "elfsquad", "-v"])).expect(4);
    assert!(
        verbose.stderr.contains("no Secret Service is reachable"),
        "{}",
        verbose.stderr
    );
    // in CI, nothing about a keyring at all
    let ci = run(env.tok(&["get", "elfsquad"]).env("CI", "true"))
        .expect(4)
        .one_line_error();
    assert!(
        !ci.stderr.to_lowercase().contains("keyring "),
        "{}",
        ci.stderr
    );
    assert!(
        out.stderr.contains("TOK_ELFSQUAD_CLIENT_ID"),
        "{}",
        out.stderr
    );
    let out = login(&env, &["elfsquad"], &format!("cid\n{SECRET}\n"))
        .expect(1)
        .one_line_error();
    assert!(
        out.stderr.contains("no Secret Service is reachable") && out.stderr.contains("TOK_*"),
        "{}",
        out.stderr
    );
    // a bus that has no keyring daemon and cannot start one
    if !need("dbus-daemon") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("bus.conf");
    std::fs::write(
        &config,
        format!(
            r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:path={}</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy></busconfig>"#,
            dir.path().join("bus").display()
        ),
    )
    .unwrap();
    let mut daemon = Command::new("dbus-daemon")
        .arg(format!("--config-file={}", config.display()))
        .args(["--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut bus = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(daemon.stdout.take().unwrap()),
        &mut bus,
    )
    .unwrap();
    let env = Env::new().var("DBUS_SESSION_BUS_ADDRESS", bus.trim());
    let out = login(&env, &["elfsquad"], &format!("cid\n{SECRET}\n"))
        .expect(1)
        .one_line_error();
    assert!(
        out.stderr
            .contains("no Secret Service is reachable: start a keyring daemon"),
        "{}",
        out.stderr
    );
    let out = run(&mut env.tok(&["get", "elfsquad"]))
        .expect(4)
        .one_line_error();
    assert!(
        out.stderr.contains("TOK_ELFSQUAD_CLIENT_ID"),
        "{}",
        out.stderr
    );
    // why, in the keyring's words, is for -v
    let out = run(&mut env.tok(&["get", "elfsquad", "-v"])).expect(4);
    assert!(
        out.stderr
            .contains("no Secret Service is reachable: start a keyring daemon"),
        "{}",
        out.stderr
    );
    let _ = daemon.kill();
    let _ = daemon.wait();
}

#[test]
fn a_locked_keyring_is_a_clear_message() {
    let Some(ss) = SecretService::start_locked() else {
        return;
    };
    let env = ss.env();
    let out = login(&env, &["elfsquad"], &format!("cid\n{SECRET}\n"))
        .expect(1)
        .one_line_error();
    assert!(
        out.stderr.contains("locked") && out.stderr.contains("unlock"),
        "{}",
        out.stderr
    );
}

#[test]
fn keyring_can_be_turned_off() {
    let Some(ss) = SecretService::start() else {
        return;
    };
    let env = ss.env();
    login(&env, &["elfsquad"], &format!("cid\n{SECRET}\n")).expect(0);
    let out = run(env
        .tok(&["get", "elfsquad", "--dry-run"])
        .env("TOK_KEYRING", "none"))
    .expect(4);
    assert!(
        out.stderr.contains("turned off by TOK_KEYRING=none"),
        "{}",
        out.stderr
    );
    run(env
        .tok(&["get", "elfsquad", "--dry-run"])
        .env("TOK_KEYRING", "bogus"))
    .expect(2);
}

#[test]
fn a_hung_keyring_cannot_hang_tok() {
    // a socket that accepts connections and never says a word
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("silent");
    let listener = std::os::unix::net::UnixListener::bind(&path).unwrap();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming() {
            held.push(s);
        }
    });
    let env = Env::new().var(
        "DBUS_SESSION_BUS_ADDRESS",
        &format!("unix:path={}", path.display()),
    );
    let t = Instant::now();
    let out = run(&mut env.tok(&["get", "elfsquad", "--dry-run"]))
        .expect(1)
        .one_line_error();
    assert!(t.elapsed() < Duration::from_secs(15), "{:?}", t.elapsed());
    assert!(
        out.stderr.contains("did not answer within 5s"),
        "{}",
        out.stderr
    );
}

#[test]
fn login_reads_fields_in_the_documented_order_and_nothing_is_not_stored() {
    let Some(ss) = SecretService::start() else {
        return;
    };
    let env = ss.env();
    let out = login(&env, &["envoy"], "").expect(2).one_line_error();
    assert!(
        out.stderr
            .contains("client-id, client-secret, username, password, api-key"),
        "{}",
        out.stderr
    );
    let help = run(&mut env.tok(&["login", "--help"])).expect(0);
    assert!(
        help.stdout
            .contains("envoy: client-id, client-secret, username, password, api-key"),
        "{}",
        help.stdout
    );
    // an API key alone is enough for envoy
    login(&env, &["envoy"], "\n\n\n\nkey-from-keyring\n").expect(0);
    let out = run(&mut env.tok(&["get", "envoy", "-f", "header"])).expect(0);
    assert_eq!(out.stdout, "X-Api-Key: key-from-keyring\n");
}

#[test]
fn kernel_keyutils_backend() {
    if !need("keyctl") {
        return;
    }
    let env = Env::new().var("TOK_KEYRING", "keyutils");
    let tok = tok_bin();
    let script = format!(
        "printf 'cid-ku\\n{SECRET}\\n' | {tok} login elfsquad && {tok} get elfsquad --dry-run && {tok} logout elfsquad && {tok} get elfsquad --dry-run",
        tok = tok.display()
    );
    let o = Command::new("keyctl")
        .args(["session", "-", "sh", "-c", &script])
        .env_clear()
        .env("HOME", env.home.path())
        .env("TOK_CACHE_DIR", &env.cache)
        .env("TOK_KEYRING", "keyutils")
        .env("PATH", "/usr/bin:/bin")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&o.stdout);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stdout.contains("client_id=cid-ku&client_secret=***"),
        "{stdout}\n{stderr}"
    );
    assert!(stderr.contains("in the kernel keyutils"), "{stderr}");
    assert!(
        stderr.contains("missing client id"),
        "after logout: {stderr}"
    );
    assert!(!stdout.contains(SECRET) && !stderr.contains(SECRET));
}

/// Drives `tok login` on a real pseudo-terminal, answering each prompt only
/// once it appears (so the secret is typed while echo is off, as a person
/// would), and returns everything the terminal showed.
const PTY_DRIVER: &str = r#"
import os, pty, select, sys, time
tok, secret = sys.argv[1], sys.argv[2].encode()
pid, fd = pty.fork()
if pid == 0:
    os.execv(tok, [tok, "login", "elfsquad"])
seen = b""
def wait_for(text):
    global seen
    end = time.time() + 10
    while text not in seen and time.time() < end:
        if select.select([fd], [], [], 0.1)[0]:
            try:
                seen += os.read(fd, 4096)
            except OSError:
                break
    if text not in seen:
        sys.stdout.buffer.write(seen)
        sys.exit("no %r on the terminal" % text)
wait_for(b"client id: ")
os.write(fd, b"tty-client\n")
wait_for(b"client secret (hidden): ")
# rpassword prints the prompt a moment before it turns echo off; a person
# cannot type into that gap, so answer like one (see the note in login.rs)
time.sleep(0.3)
os.write(fd, secret + b"\n")
wait_for(b"stored client-id, client-secret")
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(seen)
sys.exit(os.waitstatus_to_exitcode(status))
"#;

#[test]
fn login_on_a_terminal_prompts_and_hides_secrets() {
    if !have("python3") {
        return skip("python3 is not installed: the terminal login test drives a pty with it");
    }
    let Some(ss) = SecretService::start() else {
        return;
    };
    let env = ss.env();
    let o = Command::new("python3")
        .args(["-c", PTY_DRIVER, &tok_bin().to_string_lossy(), SECRET])
        .env_clear()
        .env("HOME", env.home.path())
        .env("TOK_CACHE_DIR", &env.cache)
        .env("DBUS_SESSION_BUS_ADDRESS", &ss.bus)
        .env("XDG_RUNTIME_DIR", ss.dir.path())
        .env("PATH", "/usr/bin:/bin")
        .output()
        .unwrap();
    let screen = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "{screen}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        screen.contains("leave a value empty to skip it"),
        "{screen}"
    );
    assert!(
        screen.contains("tty-client"),
        "a plain value is echoed: {screen}"
    );
    assert!(!screen.contains(SECRET), "the secret was echoed: {screen}");
    let out = run(&mut env.tok(&["get", "elfsquad", "--dry-run"])).expect(0);
    assert!(
        out.stdout
            .contains("client_id=tty-client&client_secret=***"),
        "{}",
        out.stdout
    );
}

#[test]
fn login_reads_bounded_lines_and_refuses_without_a_keyring() {
    let Some(ss) = SecretService::start() else {
        return;
    };
    let env = ss.env();
    // assert_cmd would read all of /dev/zero first: hand the file over as is
    let mut login = env.std_cmd(&["login", "elfsquad"]);
    login.stdin(std::fs::File::open("/dev/zero").unwrap());
    let o = login.output().unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("longer than"), "{stderr}");
    // no keyring: fails before asking for anything, and names what works
    let out = run(Env::new()
        .tok(&["login", "elfsquad"])
        .env("TOK_KEYRING", "none")
        .write_stdin("cid\nsecret\n"))
    .expect(1)
    .one_line_error();
    for alternative in ["keyctl session", "TOK_ELFSQUAD_CLIENT_SECRET", "_FILE"] {
        assert!(out.stderr.contains(alternative), "{}", out.stderr);
    }
}

#[test]
fn explicit_credentials_beat_a_stored_api_key() {
    let Some(ss) = SecretService::start() else {
        return;
    };
    let srv = Server::fixed("AT-password-grant", 3600);
    let env = ss.env();
    // the keyring holds an API key
    login(&env, &["envoy"], "\n\n\n\nkey-from-keyring\n").expect(0);
    let out = run(&mut env.tok(&["get", "envoy", "-f", "header"])).expect(0);
    assert_eq!(out.stdout, "X-Api-Key: key-from-keyring\n");
    // a complete password-grant set in the environment wins, and -v says why
    let out = run(env
        .tok(&["get", "envoy", "--token-url", &srv.url("/t"), "-v"])
        .env("TOK_ENVOY_CLIENT_ID", "cid")
        .env("TOK_ENVOY_CLIENT_SECRET", "cs")
        .env("TOK_ENVOY_USERNAME", "u@x")
        .env("TOK_ENVOY_PASSWORD", "pw"))
    .expect(0);
    assert_eq!(out.stdout, "AT-password-grant\n");
    assert!(
        out.stderr.contains("api-key: the keyring's is not used"),
        "{}",
        out.stderr
    );
    assert_eq!(srv.hits(), 1);
}

#[test]
fn logout_says_what_it_removed_even_when_the_keyring_fails() {
    let srv = Server::fixed("AT", 3600);
    let env = Env::new();
    run(&mut env.tok(&strs(&elfsquad_args("s3cret", &srv.url("/t"), &[])))).expect(0);
    // a keyring that cannot be reached
    let out = run(env
        .tok(&["logout", "elfsquad"])
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus"))
    .expect(1);
    assert!(
        out.stderr.starts_with("tok: dropped 1 cached token for elfsquad (profile default); the keyring entry was not removed\n"),
        "{}",
        out.stderr
    );
    assert!(env.entries().is_empty());
    // a keyring turned off holds nothing to remove
    let out = run(env.tok(&["logout", "elfsquad"]).env("TOK_KEYRING", "none")).expect(0);
    assert_eq!(
        out.stderr,
        "tok: no keyring entry for elfsquad (profile default)\n"
    );
}

#[test]
fn an_account_secret_from_the_keyring_and_account_over_keyring() {
    let Some(ss) = SecretService::start() else {
        return;
    };
    let srv = Server::start(|req, _| {
        let f = req.form();
        Reply::token(&format!("AT-{}-{}", f["username"], f["password"]), 3600)
    });
    let env = ss.env();
    let config = env.home.path().join("tok.toml");
    std::fs::write(
        &config,
        format!(
            "[accounts.warehouse]\nprovider = \"authapi\"\nbase-url = \"{}\"\nusername = \"svc-account\"\npassword = {{ keyring = true }}\n",
            srv.url("")
        ),
    )
    .unwrap();
    let env = env.var("TOK_CONFIG", path_str(&config));
    // login asks only for what the file does not give: the password
    let out = login(&env, &["warehouse"], "kr-pass-1\n").expect(0);
    assert!(
        out.stderr
            .contains("stored password for authapi (profile warehouse)"),
        "{}",
        out.stderr
    );
    let out = run(&mut env.tok(&["get", "warehouse", "-v"])).expect(0);
    assert_eq!(out.stdout, "AT-svc-account-kr-pass-1\n");
    assert!(
        out.stderr.contains("password: from OS keyring"),
        "{}",
        out.stderr
    );
    // the keyring's username (stored for the plain provider) never beats the account's
    login(
        &env,
        &["authapi"],
        &format!("kr-user\nother-pass\n{}\n", srv.url("")),
    )
    .expect(0);
    let out = run(&mut env.tok(&["get", "warehouse", "--refresh"])).expect(0);
    assert_eq!(out.stdout, "AT-svc-account-kr-pass-1\n");
    // a cache hit opens no keyring (it is gone now)
    drop(ss);
    run(&mut env.tok(&["get", "warehouse"])).expect(0);
}

#[test]
fn a_sign_in_keeps_its_refresh_token_in_the_keyring() {
    let Some(ss) = SecretService::start() else {
        return;
    };
    let Some(op) = Oidc::start() else { return };
    let env = ss.env();
    let a = signin::device_args(&op);
    let out = signin::device_login(&env, &a).expect(0);
    assert!(
        out.stderr
            .contains("the refresh token is kept in the OS keyring"),
        "{}",
        out.stderr
    );
    let list = run(&mut env.tok(&["cache", "list", "--json"])).expect(0);
    let rows: serde_json::Value = serde_json::from_str(&list.stdout).unwrap();
    assert_eq!(rows[0]["refresh_token_in"], "keyring", "{}", list.stdout);
    for (path, bytes) in env.cache_files() {
        let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
        if v.get("access_token").is_some() {
            assert!(
                v["refresh_token"].is_null(),
                "{path:?} holds the refresh token"
            );
            assert_eq!(v["refresh_in_keyring"], true);
        }
    }
    // a refresh reads it from the keyring (and keeps the rotated one there),
    // with no person and under CI
    let ci = signin::same_with_ci(&env);
    let first = run(&mut ci.tok(&signin::with("get", &a, &[]))).expect(0);
    for _ in 0..2 {
        let again = run(&mut ci.tok(&signin::with("get", &a, &["--refresh"]))).expect(0);
        assert_ne!(again.stdout, first.stdout);
    }
    let out = run(&mut env.tok(&signin::with("logout", &a, &["--revoke"]))).expect(0);
    assert!(
        out.stderr.contains("revoked 1 refresh token")
            && out.stderr.contains("deleted the keyring entry"),
        "{}",
        out.stderr
    );
    run(&mut ci.tok(&signin::with("get", &a, &[]))).expect(6);
}
