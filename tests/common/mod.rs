//! Test support: a loopback HTTP server the tests start themselves, and a
//! `tok` command with an isolated environment (temp HOME and cache dir, no
//! inherited TOK_*, proxy or RUST_BACKTRACE variables).

#![allow(dead_code)]

pub mod redis;
pub mod rotating;
pub mod signin;

use assert_cmd::Command;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn form(&self) -> HashMap<String, String> {
        url::form_urlencoded::parse(self.body.as_bytes())
            .into_owned()
            .collect()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).expect("JSON body")
    }

    /// `Authorization: Basic` decoded to `(user, password)`.
    pub fn basic(&self) -> Option<(String, String)> {
        use base64::Engine;
        let v = self.header("authorization")?.strip_prefix("Basic ")?;
        let raw = base64::engine::general_purpose::STANDARD.decode(v).ok()?;
        let s = String::from_utf8(raw).ok()?;
        let (u, p) = s.split_once(':')?;
        Some((u.to_string(), p.to_string()))
    }
}

/// What the server answers.
pub enum Reply {
    Json(u16, String),
    Raw {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// Never answer (hold the connection).
    Hang,
    /// A 200 with a body of this many bytes, streamed without Content-Length.
    Huge(usize),
    /// Close the connection without answering.
    Close,
}

impl Reply {
    pub fn ok(body: &str) -> Reply {
        Reply::Json(200, body.to_string())
    }

    /// A standard snake_case token answer.
    pub fn token(access: &str, expires_in: u64) -> Reply {
        Reply::ok(&format!(
            r#"{{"access_token":"{access}","token_type":"bearer","expires_in":{expires_in}}}"#
        ))
    }

    pub fn status(status: u16, content_type: &str, body: &str) -> Reply {
        Reply::Raw {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.as_bytes().to_vec(),
        }
    }
}

type Handler = dyn Fn(&Seen, usize) -> Reply + Send + Sync;

pub struct Server {
    pub url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    count: Arc<AtomicUsize>,
}

impl Server {
    /// Start a server on 127.0.0.1; `handler` gets each request and its
    /// 0-based number.
    pub fn start(handler: impl Fn(&Seen, usize) -> Reply + Send + Sync + 'static) -> Server {
        Server::start_with(None, handler)
    }

    /// An HTTPS server whose certificate for 127.0.0.1 and localhost is
    /// signed by a CA made for this test; returns the CA as PEM.
    pub fn start_tls(
        handler: impl Fn(&Seen, usize) -> Reply + Send + Sync + 'static,
    ) -> (Server, String) {
        let (config, ca_pem) = tls_config();
        (Server::start_with(Some(config), handler), ca_pem)
    }

    fn start_with(
        tls: Option<Arc<rustls::ServerConfig>>,
        handler: impl Fn(&Seen, usize) -> Reply + Send + Sync + 'static,
    ) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let scheme = if tls.is_some() { "https" } else { "http" };
        let url = format!("{scheme}://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let count = Arc::new(AtomicUsize::new(0));
        let handler: Arc<Handler> = Arc::new(handler);
        {
            let seen = seen.clone();
            let count = count.clone();
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    let Ok(stream) = stream else { continue };
                    let (seen, count, handler, tls) =
                        (seen.clone(), count.clone(), handler.clone(), tls.clone());
                    std::thread::spawn(move || match tls {
                        None => serve(stream, &seen, &count, &*handler),
                        Some(config) => {
                            let conn = rustls::ServerConnection::new(config).unwrap();
                            serve(
                                rustls::StreamOwned::new(conn, stream),
                                &seen,
                                &count,
                                &*handler,
                            )
                        }
                    });
                }
            });
        }
        Server { url, seen, count }
    }

    /// A server that always answers the same token.
    pub fn fixed(access: &str, expires_in: u64) -> Server {
        let access = access.to_string();
        Server::start(move |_, _| Reply::token(&access, expires_in))
    }

    pub fn hits(&self) -> usize {
        self.count.load(Ordering::SeqCst)
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    pub fn last(&self) -> Seen {
        self.seen()
            .last()
            .cloned()
            .expect("the server saw no request")
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.url)
    }
}

fn serve<S: Read + Write>(
    mut stream: S,
    seen: &Mutex<Vec<Seen>>,
    count: &AtomicUsize,
    handler: &Handler,
) {
    let Some(req) = read_request(&mut stream) else {
        return;
    };
    let n = count.fetch_add(1, Ordering::SeqCst);
    seen.lock().unwrap().push(req.clone());
    match handler(&req, n) {
        Reply::Json(status, body) => write_reply(
            &mut stream,
            status,
            &[("Content-Type".into(), "application/json".into())],
            body.as_bytes(),
        ),
        Reply::Raw {
            status,
            headers,
            body,
        } => write_reply(&mut stream, status, &headers, &body),
        Reply::Hang => std::thread::sleep(Duration::from_secs(60)),
        Reply::Huge(size) => {
            let _ = stream.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n",
            );
            let chunk = vec![b'x'; 64 * 1024];
            let mut sent = 0;
            while sent < size {
                if stream.write_all(&chunk).is_err() {
                    break; // the client stopped reading: good
                }
                sent += chunk.len();
            }
        }
        Reply::Close => {}
    }
}

fn read_request<S: Read>(stream: &mut S) -> Option<Seen> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    if reader.read_line(&mut line).ok()? == 0 {
        return None;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let path = parts.next().unwrap_or("").to_string();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).ok()? == 0 {
            return None;
        }
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let header = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    };
    let mut body = Vec::new();
    if header("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        // `curl -T -` sends its stdin chunked
        loop {
            let mut size = String::new();
            reader.read_line(&mut size).ok()?;
            let size = usize::from_str_radix(size.trim().split(';').next()?, 16).ok()?;
            let mut chunk = vec![0; size + 2];
            reader.read_exact(&mut chunk).ok()?;
            if size == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..size]);
        }
    } else {
        let len = header("content-length")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0usize);
        body = vec![0; len];
        reader.read_exact(&mut body).ok()?;
    }
    Some(Seen {
        method,
        path,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

fn tls_config() -> (Arc<rustls::ServerConfig>, String) {
    let (leaf, leaf_key, ca_pem) = loopback_pki();
    let key = rustls::pki_types::PrivateKeyDer::try_from(leaf_key.serialize_der()).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(vec![leaf.der().clone()], key)
    .unwrap();
    (Arc::new(config), ca_pem)
}

/// A CA made for one test, and a certificate it signed for 127.0.0.1 and
/// localhost: (certificate, its key, the CA as PEM).
pub fn loopback_pki() -> (rcgen::Certificate, rcgen::KeyPair, String) {
    use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "tok test CA");
    let ca_key = KeyPair::generate().unwrap();
    let ca_cert = ca_params.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca_params, ca_key);
    let leaf_key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()])
        .unwrap()
        .signed_by(&leaf_key, &issuer)
        .unwrap();
    (leaf, leaf_key, ca_cert.pem())
}

fn write_reply<S: Write>(stream: &mut S, status: u16, headers: &[(String, String)], body: &[u8]) {
    let mut head = format!(
        "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
    let _ = stream.flush();
}

/// An isolated home for tok: temp HOME and TOK_CACHE_DIR, nothing inherited.
pub struct Env {
    pub home: tempfile::TempDir,
    pub cache: PathBuf,
    pub vars: Vec<(String, String)>,
}

impl Env {
    pub fn new() -> Env {
        let home = tempfile::tempdir().unwrap();
        let cache = home.path().join("cache");
        Env {
            home,
            cache,
            vars: Vec::new(),
        }
    }

    /// Set an environment variable for every command of this env.
    pub fn var(mut self, k: &str, v: &str) -> Env {
        self.vars.push((k.into(), v.into()));
        self
    }

    pub fn cmd(&self) -> Command {
        let mut c = Command::new(tok_bin());
        c.env_clear()
            .env("HOME", self.home.path())
            .env("TOK_CACHE_DIR", &self.cache)
            .env("PATH", "/usr/bin:/bin")
            .timeout(Duration::from_secs(60));
        for (k, v) in &self.vars {
            c.env(k, v);
        }
        c
    }

    pub fn tok(&self, args: &[&str]) -> Command {
        let mut c = self.cmd();
        c.args(args);
        c
    }

    /// A std command (for spawning many at once).
    pub fn std_cmd(&self, args: &[&str]) -> std::process::Command {
        let mut c = std::process::Command::new(tok_bin());
        c.env_clear()
            .env("HOME", self.home.path())
            .env("TOK_CACHE_DIR", &self.cache)
            .env("PATH", "/usr/bin:/bin")
            .args(args);
        for (k, v) in &self.vars {
            c.env(k, v);
        }
        c
    }

    /// Every file under the cache dir, with its bytes.
    pub fn cache_files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut out = Vec::new();
        if let Ok(rd) = std::fs::read_dir(&self.cache) {
            for e in rd.flatten() {
                out.push((e.path(), std::fs::read(e.path()).unwrap_or_default()));
            }
        }
        out
    }

    pub fn entries(&self) -> Vec<PathBuf> {
        self.cache_files()
            .into_iter()
            .map(|(p, _)| p)
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect()
    }
}

/// The binary under test: this build's, or `TOK_TEST_BIN` (to show that a
/// regression test fails on an older build).
pub fn tok_bin() -> PathBuf {
    std::env::var_os("TOK_TEST_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_tok")))
}

/// Whether the tests run as root (ownership cases need it).
pub fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

/// A test that cannot run here says so visibly; under CI it fails instead,
/// since `.ci/run` installs everything the tests need.
pub fn skip(why: &str) {
    if std::env::var_os("CI").is_some() {
        panic!("CI is set, so this test must run, but: {why}");
    }
    // straight to the handle: the test harness captures eprintln!, and a
    // skip must be seen
    let _ = writeln!(std::io::stderr(), "skipped: {why}");
}

/// Whether `bin` is on PATH.
pub fn have(bin: &str) -> bool {
    std::process::Command::new("sh")
        .args(["-c", &format!("command -v {bin}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Output of a finished command, as text.
pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(c: &mut Command) -> Out {
    let o = c.output().unwrap();
    use std::os::unix::process::ExitStatusExt;
    Out {
        // as a shell reports it: 128+N for a process signal N killed
        code: o
            .status
            .code()
            .or(o.status.signal().map(|s| 128 + s))
            .unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

impl Out {
    /// Exit code as expected, else a failure that shows everything.
    pub fn expect(self, code: i32) -> Out {
        assert_eq!(
            self.code, code,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "panic: {}", self.stderr);
        self
    }

    /// A failure is one line on stderr, `tok: …`, and nothing on stdout.
    pub fn one_line_error(self) -> Out {
        assert_eq!(self.stdout, "", "stdout must be empty on failure");
        let lines: Vec<&str> = self.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "one line expected: {:?}", self.stderr);
        assert!(lines[0].starts_with("tok: "), "{:?}", self.stderr);
        self
    }
}

/// `tok get elfsquad` with a client id, the given secret and token URL, then `extra`.
pub fn elfsquad_args(secret: &str, token_url: &str, extra: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = [
        "get",
        "elfsquad",
        "--client-id",
        "cid",
        "--client-secret",
        secret,
        "--token-url",
        token_url,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.extend(extra.iter().map(|s| s.to_string()));
    v
}

/// Borrow a list of owned arguments.
pub fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

pub fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// An OAuth server the tests start (a program that listens on 127.0.0.1
/// and prints its base URL on its first line); killed when dropped.
pub struct Spawned {
    pub url: String,
    child: std::process::Child,
}

impl Spawned {
    fn start(program: &Path, script: &Path) -> Spawned {
        Spawned::start_with(program, script, &[], 1).0
    }

    /// Started with `env` added; the first `lines` lines of its stdout (the
    /// first is its URL).
    fn start_with(
        program: &Path,
        script: &Path,
        env: &[(&str, &str)],
        lines: usize,
    ) -> (Spawned, Vec<String>) {
        let mut child = std::process::Command::new(program)
            .arg(script)
            .envs(env.iter().copied())
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(match std::env::var_os("TOK_TEST_SERVER_STDERR") {
                // to see a test server's own errors
                Some(_) => std::process::Stdio::inherit(),
                None => std::process::Stdio::null(),
            })
            .spawn()
            .unwrap();
        let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut first = Vec::new();
        for _ in 0..lines {
            let mut line = String::new();
            out.read_line(&mut line).unwrap();
            first.push(line.trim().to_string());
        }
        // keep reading: the servers log to stdout (their sign-in pages do),
        // and a closed pipe would kill them
        std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
        let url = first[0].clone();
        assert!(
            url.starts_with("http://127.0.0.1:"),
            "{} said {url:?}",
            script.display()
        );
        (Spawned { url, child }, first)
    }
}

impl Drop for Spawned {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// panva's oidc-provider on Node, from tests/oidc (npm ci there first).
pub struct Oidc {
    pub issuer: String,
    _server: Spawned,
}

impl Oidc {
    pub fn start() -> Option<Oidc> {
        let dir = oidc_dir();
        if !have("node") || !dir.join("node_modules/oidc-provider").is_dir() {
            skip(
                "the OpenID provider is not installed: run `npm ci --prefix tests/oidc` (needs node), as .ci/run does",
            );
            return None;
        }
        let server = Spawned::start(Path::new("node"), &dir.join("server.mjs"));
        Some(Oidc {
            issuer: server.url.clone(),
            _server: server,
        })
    }
}

impl Oidc {
    /// The provider with the clients whose keys (and mutual-TLS
    /// certificates) are in `keys`: the issuer and the HTTPS listener's URL.
    pub fn start_with_keys(keys: &Path, ci_jwks: &str) -> Option<(Oidc, String)> {
        let dir = oidc_dir();
        if !have("node") || !dir.join("node_modules/oidc-provider").is_dir() {
            skip("the OpenID provider is not installed: run `npm ci --prefix tests/oidc`");
            return None;
        }
        let env = [
            ("TOK_TEST_KEYS", path_str(keys)),
            ("TOK_TEST_CI_JWKS", ci_jwks),
        ];
        let (server, lines) =
            Spawned::start_with(Path::new("node"), &dir.join("server.mjs"), &env, 2);
        let tls = lines[1].clone();
        Some((
            Oidc {
                issuer: server.url.clone(),
                _server: server,
            },
            tls,
        ))
    }
}

/// tests/oidc: the OpenID provider and the sign-in helpers.
pub fn oidc_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oidc")
}

/// django-oauth-toolkit (tests/dot/server.py) in the venv .ci/run makes.
pub struct Dot {
    pub base: String,
    _server: Spawned,
}

impl Dot {
    pub fn start() -> Option<Dot> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dot");
        let python = dir.join(".venv/bin/python");
        if !python.exists() {
            skip(
                "django-oauth-toolkit is not installed: python3 -m venv tests/dot/.venv && \
                 tests/dot/.venv/bin/pip install -r tests/dot/requirements.txt (as .ci/run does)",
            );
            return None;
        }
        let server = Spawned::start(&python, &dir.join("server.py"));
        Some(Dot {
            base: server.url.clone(),
            _server: server,
        })
    }
}
