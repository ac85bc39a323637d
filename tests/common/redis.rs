//! A real `redis-server` (Debian's), started by the test on a loopback
//! port with a throw-away directory, an ACL user whose password is in a
//! 0600 config file (never on argv), and the default user off. Optionally
//! TLS only, with a CA made for the test.

use super::{have, skip};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const USER: &str = "tok";
pub const PASSWORD: &str = "redis-pw-Zq81";
/// The commands tok's ACL user may run, as README "Sharing tokens across
/// machines" gives them: the tests prove the list is enough.
pub const TOK_ACL: &str = "~tok:* resetchannels -@all +get +getrange +set +del +pttl +scan +ping +pexpire +evalsha +script|load";
/// The test's own user (MONITOR, planting values).
const ADMIN: &str = "admin";
const ADMIN_PASSWORD: &str = "admin-pw-Lk20";

pub struct Redis {
    child: Option<Child>,
    pub port: u16,
    dir: tempfile::TempDir,
    /// The CA's PEM file, for a TLS server.
    pub ca: Option<PathBuf>,
}

impl Redis {
    /// A plain-TCP server; `None` (skipped, or a failure under CI) when
    /// redis-server is not installed.
    pub fn start() -> Option<Redis> {
        Redis::start_with(false)
    }

    /// A TLS-only server whose certificate a test CA signed.
    pub fn start_tls() -> Option<Redis> {
        Redis::start_with(true)
    }

    fn start_with(tls: bool) -> Option<Redis> {
        if !have("redis-server") || !have("redis-cli") {
            skip("redis-server is not installed (apt-get install redis-server, as .ci/run does)");
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let mut conf = format!(
            "bind 127.0.0.1\nsave \"\"\nappendonly no\ndir {}\nuser default off\nuser {USER} on >{PASSWORD} {TOK_ACL}\nuser {ADMIN} on >{ADMIN_PASSWORD} ~* &* +@all\n",
            dir.path().display()
        );
        let mut ca = None;
        if tls {
            let (cert, key, ca_pem) = super::loopback_pki();
            let (cert, key) = (cert.pem(), key.serialize_pem());
            for (name, pem) in [
                ("server.pem", &cert),
                ("server.key", &key),
                ("ca.pem", &ca_pem),
            ] {
                std::fs::write(dir.path().join(name), pem).unwrap();
            }
            let d = dir.path().display();
            conf.push_str(&format!(
                "port 0\ntls-port {port}\ntls-cert-file {d}/server.pem\ntls-key-file {d}/server.key\ntls-ca-cert-file {d}/ca.pem\ntls-auth-clients no\n"
            ));
            ca = Some(dir.path().join("ca.pem"));
        } else {
            conf.push_str(&format!("port {port}\n"));
        }
        let path = dir.path().join("redis.conf");
        {
            use std::os::unix::fs::OpenOptionsExt;
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&path)
                .unwrap();
            f.write_all(conf.as_bytes()).unwrap();
        }
        let mut r = Redis {
            child: None,
            port,
            dir,
            ca,
        };
        r.spawn();
        Some(r)
    }

    fn conf(&self) -> PathBuf {
        self.dir.path().join("redis.conf")
    }

    fn spawn(&mut self) {
        let child = Command::new("redis-server")
            .arg(self.conf())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        self.child = Some(child);
        let until = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(Instant::now() < until, "redis-server did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// `redis://tok@127.0.0.1:PORT/0` (or `rediss://`): the password goes
    /// separately.
    pub fn url(&self) -> String {
        let scheme = if self.ca.is_some() { "rediss" } else { "redis" };
        format!("{scheme}://{USER}@127.0.0.1:{}/0", self.port)
    }

    /// A connection for the test's own reads and writes.
    pub fn conn(&self) -> redis::Connection {
        assert!(self.ca.is_none(), "the test talks plain TCP only");
        let info = redis::IntoConnectionInfo::into_connection_info(self.url().as_str()).unwrap();
        let settings = info
            .redis_settings()
            .clone()
            .set_username(ADMIN)
            .set_password(ADMIN_PASSWORD);
        let client = redis::Client::open(info.set_redis_settings(settings)).unwrap();
        client
            .get_connection_with_timeout(Duration::from_secs(5))
            .unwrap()
    }

    /// Every key (`SCAN`), as `redis-cli --scan` lists them.
    pub fn keys(&self) -> Vec<String> {
        let out = self.cli(&["--scan"]);
        out.lines().map(str::to_string).collect()
    }

    /// `redis-cli` as the test's own user (the password in the environment).
    pub fn cli(&self, args: &[&str]) -> String {
        let out = self.cli_cmd(args).output().unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn cli_cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new("redis-cli");
        c.env_clear()
            .env("REDISCLI_AUTH", ADMIN_PASSWORD)
            .args([
                "--no-auth-warning",
                "--user",
                ADMIN,
                "-p",
                &self.port.to_string(),
            ])
            .args(args);
        c
    }

    /// SIGKILL the server (its data goes: no persistence).
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Start it again on the same port.
    pub fn restart(&mut self) {
        self.kill();
        self.spawn();
    }

    /// SIGSTOP / SIGCONT: a server that accepts connections and never answers.
    pub fn pause(&self, stopped: bool) {
        let pid = self.child.as_ref().unwrap().id().to_string();
        let sig = if stopped { "-STOP" } else { "-CONT" };
        Command::new("kill").args([sig, &pid]).status().unwrap();
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        if self.child.is_some() {
            self.pause(false);
        }
        self.kill();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
