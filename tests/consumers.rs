//! One cache for every consumer (issue 22), with the real clients against
//! loopback servers these tests start: git (both gits on the machine)
//! cloning and pushing through `git http-backend` behind a server that
//! demands the token; kubectl running tok as its exec plugin against an
//! HTTPS API stand-in; skopeo reading a registry stand-in through
//! `credHelpers`; and `tok watch` / `tok exec --keep-fresh` with 2-second
//! tokens read while they are renewed.

mod common;
use common::*;
use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A token server whose tokens live `lifetime` seconds; it remembers when
/// each was issued, and which were revoked.
#[derive(Clone, Default)]
struct Issued(Arc<Mutex<IssuedState>>);

/// Each token with when it was issued; the revoked ones.
type IssuedState = (Vec<(String, Instant)>, HashSet<String>);

impl Issued {
    fn server(&self, lifetime: u64) -> Server {
        let issued = self.clone();
        Server::start(move |_, n| {
            let token = format!("AT-{n}");
            issued
                .0
                .lock()
                .unwrap()
                .0
                .push((token.clone(), Instant::now()));
            Reply::token(&token, lifetime)
        })
    }

    /// Whether `token` was issued, is not revoked, and (with `lifetime`)
    /// has not expired.
    fn valid(&self, token: &str, lifetime: Option<Duration>) -> bool {
        let state = self.0.lock().unwrap();
        !state.1.contains(token)
            && state
                .0
                .iter()
                .any(|(t, at)| t == token && lifetime.is_none_or(|l| at.elapsed() < l))
    }

    fn revoke(&self, token: &str) {
        self.0.lock().unwrap().1.insert(token.to_string());
    }

    fn count(&self) -> usize {
        self.0.lock().unwrap().0.len()
    }
}

/// An env whose config file holds account `shop` for `token_url`, plus
/// `extra` lines, with its secret in the environment.
fn shop_env(token_url: &str, extra: &str) -> (Env, PathBuf) {
    let env = Env::new();
    let config = env.home.path().join("tok.toml");
    std::fs::write(
        &config,
        format!(
            "[accounts.shop]\nprovider = \"elfsquad\"\nclient-id = \"c-1\"\n\
             client-secret = {{ env = \"SHOP_SECRET\" }}\ntoken-url = \"{token_url}\"\n{extra}"
        ),
    )
    .unwrap();
    let env = env
        .var("TOK_CONFIG", path_str(&config))
        .var("SHOP_SECRET", "shop-s3cret")
        .var("TOK_KEYRING", "none");
    (env, config)
}

/// The token a request carries: Bearer, or the password of Basic.
fn token_of(headers: &[(String, String)]) -> Option<String> {
    use base64::Engine;
    let auth = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("authorization"))?
        .1
        .clone();
    if let Some(t) = auth.strip_prefix("Bearer ") {
        return Some(t.to_string());
    }
    let raw = base64::engine::general_purpose::STANDARD
        .decode(auth.strip_prefix("Basic ")?)
        .ok()?;
    let text = String::from_utf8(raw).ok()?;
    Some(text.split_once(':')?.1.to_string())
}

/// A git smart-HTTP server: `git http-backend` as CGI behind a check of
/// the token (byte-exact bodies, as packs need). Answers 401 without a
/// valid token.
fn git_server(git: &str, root: &Path, issued: Issued) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (git, root) = (git.to_string(), root.to_path_buf());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (git, root, issued) = (git.clone(), root.clone(), issued.clone());
            std::thread::spawn(move || serve_git(stream, &git, &root, &issued));
        }
    });
    url
}

fn serve_git(stream: std::net::TcpStream, git: &str, root: &Path, issued: &Issued) {
    let mut out = stream.try_clone().unwrap();
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let target = parts.next().unwrap_or("").to_string();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim_end().is_empty() {
            break;
        }
        if let Some((k, v)) = h.trim_end().split_once(':') {
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
        loop {
            let mut size = String::new();
            reader.read_line(&mut size).unwrap();
            let size = usize::from_str_radix(size.trim(), 16).unwrap();
            let mut chunk = vec![0; size + 2];
            reader.read_exact(&mut chunk).unwrap();
            if size == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..size]);
        }
    } else if let Some(len) = header("content-length").and_then(|v| v.parse().ok()) {
        body = vec![0; len];
        reader.read_exact(&mut body).unwrap();
    }
    if !token_of(&headers).is_some_and(|t| issued.valid(&t, None)) {
        let _ = out.write_all(
            b"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"git\"\r\n\
              Content-Length: 0\r\nConnection: close\r\n\r\n",
        );
        return;
    }
    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    let mut cgi = std::process::Command::new(git);
    cgi.arg("http-backend")
        .env_clear()
        .env("GIT_PROJECT_ROOT", root)
        .env("GIT_HTTP_EXPORT_ALL", "1")
        .env("REMOTE_USER", "ci")
        .env("REMOTE_ADDR", "127.0.0.1")
        .env("REQUEST_METHOD", &method)
        .env("PATH_INFO", path)
        .env("QUERY_STRING", query)
        .env("CONTENT_LENGTH", body.len().to_string())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped());
    for (name, var) in [
        ("content-type", "CONTENT_TYPE"),
        ("content-encoding", "HTTP_CONTENT_ENCODING"),
        ("git-protocol", "GIT_PROTOCOL"),
    ] {
        if let Some(v) = header(name) {
            cgi.env(var, v);
        }
    }
    let mut child = cgi.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    std::thread::spawn(move || {
        let _ = stdin.write_all(&body);
    });
    let output = child.wait_with_output().unwrap();
    let raw = output.stdout;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| (i, 4))
        .or_else(|| raw.windows(2).position(|w| w == b"\n\n").map(|i| (i, 2)))
        .unwrap();
    let head = String::from_utf8_lossy(&raw[..split.0]).into_owned();
    let content = &raw[split.0 + split.1..];
    let mut status = "200 OK".to_string();
    let mut reply = String::new();
    for l in head.lines() {
        match l.split_once(':') {
            Some((k, v)) if k.eq_ignore_ascii_case("status") => status = v.trim().to_string(),
            Some(_) => reply.push_str(&format!("{l}\r\n")),
            None => {}
        }
    }
    let _ = out.write_all(
        format!(
            "HTTP/1.1 {status}\r\n{reply}Content-Length: {}\r\nConnection: close\r\n\r\n",
            content.len()
        )
        .as_bytes(),
    );
    let _ = out.write_all(content);
}

/// A real client (git, kubectl, skopeo, a helper link) with only the
/// environment of `env`: its HOME, cache, variables, and `path`.
fn client(program: impl AsRef<std::ffi::OsStr>, env: &Env, path: &str) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(program);
    cmd.env_clear()
        .env("PATH", path)
        .env("HOME", env.home.path())
        .env("TOK_CACHE_DIR", &env.cache)
        .envs(env.vars.iter().cloned());
    cmd
}

/// Run `git` in `dir` with only the environment a test gives it.
fn git(bin: &str, env: &Env, gitconfig: &Path, dir: &Path, args: &[&str]) -> Out {
    let mut cmd = client(bin, env, "/usr/local/bin:/usr/bin:/bin");
    cmd.current_dir(dir)
        .args(args)
        .env("GIT_CONFIG_GLOBAL", gitconfig)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_TERMINAL_PROMPT", "0");
    run(&mut cmd)
}

/// git clones, pushes and fetches through tok as its credential helper;
/// an old token refused with 401 is erased, and the next command brings a
/// new one; a host the account does not list gets no token.
#[test]
fn git_clones_and_pushes_with_the_token_and_renews_it_after_a_401() {
    // the machine image has two gits (2.47 with authtype, Debian's 2.39
    // without); every one that is here is tested
    let gits: Vec<&str> = ["/usr/local/bin/git", "/usr/bin/git"]
        .into_iter()
        .filter(|g| Path::new(g).exists())
        .collect();
    if gits.is_empty() {
        return skip("git is not installed (apt-get install git)");
    }
    for bin in gits {
        let issued = Issued::default();
        let tokens = issued.server(3600);
        let (env, _) = shop_env(
            &tokens.url("/oauth2/token"),
            "git-hosts = [\"127.0.0.1\"]\ngit-username = \"ci-bot\"\n",
        );
        let work = tempfile::tempdir().unwrap();
        let root = work.path().join("srv");
        std::fs::create_dir_all(&root).unwrap();
        let gitconfig = work.path().join("gitconfig");
        let helper = format!("!{} git-credential shop", tok_bin().display());
        std::fs::write(
            &gitconfig,
            format!(
                "[user]\n\tname = t\n\temail = t@example.com\n[init]\n\tdefaultBranch = main\n\
                 [credential]\n\thelper = \"{}\"\n",
                helper.replace('\\', "\\\\").replace('"', "\\\"")
            ),
        )
        .unwrap();
        let g = |dir: &Path, args: &[&str]| git(bin, &env, &gitconfig, dir, args);
        g(&root, &["init", "--bare", "-q", "repo.git"]).expect(0);
        let url = format!("{}/repo.git", git_server(bin, &root, issued.clone()));

        let clone = work.path().join("clone");
        g(work.path(), &["clone", "-q", &url, path_str(&clone)]).expect(0);
        std::fs::write(clone.join("a.txt"), "one\n").unwrap();
        g(&clone, &["add", "a.txt"]).expect(0);
        g(&clone, &["commit", "-qm", "one"]).expect(0);
        g(&clone, &["push", "-q", "origin", "main"]).expect(0);
        assert_eq!(issued.count(), 1, "{bin}: one token for clone and push");

        // the server stops taking AT-0: git gets a 401, tok's erase drops it
        issued.revoke("AT-0");
        std::fs::write(clone.join("a.txt"), "two\n").unwrap();
        g(&clone, &["commit", "-qam", "two"]).expect(0);
        let refused = g(&clone, &["push", "-q", "origin", "main"]);
        assert_ne!(refused.code, 0, "{bin}: {}", refused.stderr);
        assert!(!refused.stderr.contains("AT-0"), "{}", refused.stderr);
        // the next command gets a new token and succeeds
        g(&clone, &["push", "-q", "origin", "main"]).expect(0);
        assert_eq!(issued.count(), 2, "{bin}");
        g(&clone, &["fetch", "-q"]).expect(0);
        assert_eq!(issued.count(), 2, "{bin}: a cached token for fetch");
        let log = g(&root.join("repo.git"), &["log", "--format=%s", "main"]).expect(0);
        assert_eq!(log.stdout, "two\none\n");
    }
}

/// The protocol as git speaks it, through the binary: the host filter,
/// authtype, erase, store, and no answer for plain http to another host.
#[test]
fn git_credential_speaks_the_protocol() {
    let issued = Issued::default();
    let tokens = issued.server(3600);
    let (env, _) = shop_env(
        &tokens.url("/oauth2/token"),
        "git-hosts = [\"git.example.com\", \"127.0.0.1:8443\"]\n",
    );
    let ask = |action: &str, input: &str| {
        run(env
            .tok(&["git-credential", "shop", action])
            .write_stdin(input.to_string()))
    };
    let out = ask("get", "protocol=https\nhost=git.example.com\n\n").expect(0);
    assert!(
        out.stdout
            .starts_with("username=oauth2\npassword=AT-0\npassword_expiry_utc=")
    );
    let out = ask(
        "get",
        "protocol=https\nhost=127.0.0.1:8443\ncapability[]=authtype\n",
    )
    .expect(0);
    assert_eq!(
        out.stdout,
        "capability[]=authtype\nauthtype=Bearer\ncredential=AT-0\n"
    );
    for other in [
        "host=evil.example.com",
        "host=127.0.0.1:9999",
        "host=git.example.com.evil.test",
    ] {
        let out = ask("get", &format!("protocol=https\n{other}\n")).expect(0);
        assert_eq!(out.stdout, "", "{other}");
    }
    let out = ask("get", "protocol=http\nhost=git.example.com\n").expect(0);
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr.contains("not sent in clear text"),
        "{}",
        out.stderr
    );
    ask(
        "store",
        "protocol=https\nhost=git.example.com\npassword=AT-0\n",
    )
    .expect(0);
    // erase of another token keeps the cached one; of the cached one drops it
    ask(
        "erase",
        "protocol=https\nhost=git.example.com\npassword=AT-9\n",
    )
    .expect(0);
    let out = ask("get", "protocol=https\nhost=git.example.com\n").expect(0);
    assert!(out.stdout.contains("password=AT-0"), "{}", out.stdout);
    ask(
        "erase",
        "protocol=https\nhost=git.example.com\npassword=AT-0\n",
    )
    .expect(0);
    let out = ask("get", "protocol=https\nhost=git.example.com\n").expect(0);
    assert!(out.stdout.contains("password=AT-1"), "{}", out.stdout);
    assert_eq!(issued.count(), 2);
    // fail closed: no token, nothing on stdout, tok's exit code
    let out = run(env
        .tok(&["git-credential", "shop", "get"])
        .env_remove("SHOP_SECRET")
        .env("TOK_CACHE_DIR", env.home.path().join("empty-cache"))
        .write_stdin("protocol=https\nhost=git.example.com\n"))
    .expect(4);
    assert_eq!(out.stdout, "");
    // what git-credential cached is tok's cache: tok cache list shows it
    let list = run(&mut env.tok(&["cache", "list"])).expect(0);
    assert!(
        list.stdout.contains("elfsquad") && list.stdout.contains("c-1"),
        "{}",
        list.stdout
    );
    assert!(!list.stdout.contains("AT-"), "{}", list.stdout);
    // a person would have to sign in, and CI is set: exit 6, nothing for git
    let signin = run(env
        .tok(&[
            "git-credential",
            "oauth2",
            "--grant",
            "device_code",
            "--client-id",
            "app",
            "--token-url",
            &tokens.url("/t"),
            "--device-url",
            &tokens.url("/d"),
            "get",
        ])
        .env("CI", "true")
        .write_stdin("protocol=https\nhost=git.example.com\n"))
    .expect(6);
    assert_eq!(signin.stdout, "");
    assert!(signin.stderr.contains("CI is set"), "{}", signin.stderr);
    // the short form git runs for `credential.helper 'tok shop'`
    let dir = tempfile::tempdir().unwrap();
    run(&mut env.tok(&["install-helpers", "--dir", path_str(dir.path())])).expect(0);
    let out = run(
        client(dir.path().join("git-credential-tok"), &env, "/usr/bin:/bin")
            .args(["shop", "get"])
            .write_stdin("protocol=https\nhost=git.example.com\n"),
    )
    .expect(0);
    assert!(out.stdout.contains("password=AT-1"), "{}", out.stdout);
}

/// kubectl runs `tok get shop -f exec-credential` as its exec plugin (both
/// API versions) against an HTTPS API stand-in that checks the token.
#[test]
fn kubectl_gets_the_token_through_its_exec_plugin() {
    if !have("kubectl") {
        return skip("kubectl is not installed (apt-get install kubernetes-client)");
    }
    use base64::Engine;
    let issued = Issued::default();
    let tokens = issued.server(3600);
    let (env, _) = shop_env(&tokens.url("/oauth2/token"), "");
    let api_issued = issued.clone();
    let (api, ca) = Server::start_tls(move |seen, _| {
        let headers: Vec<(String, String)> = seen.headers.clone();
        match token_of(&headers) {
            Some(t) if api_issued.valid(&t, None) => Reply::ok(
                r#"{"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[{"clientCIDR":"0.0.0.0/0","serverAddress":"127.0.0.1"}]}"#,
            ),
            _ => Reply::status(401, "application/json", r#"{"kind":"Status","code":401}"#),
        }
    });
    // client.authentication.k8s.io/v1 needs kubectl 1.22+ (Debian's
    // kubernetes-client is 1.20: v1beta1 only)
    let about = std::process::Command::new("kubectl")
        .args(["version", "--client", "-o", "json"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let minor: u32 = serde_json::from_str::<serde_json::Value>(&about)
        .ok()
        .and_then(|v| {
            v["clientVersion"]["minor"]
                .as_str()
                .map(|m| m.trim_end_matches('+').to_string())
        })
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    let versions: &[&str] = if minor >= 22 {
        &["v1", "v1beta1"]
    } else {
        &["v1beta1"]
    };
    for &version in versions {
        let kubeconfig = env.home.path().join(format!("kubeconfig-{version}"));
        let ca = base64::engine::general_purpose::STANDARD.encode(&ca);
        std::fs::write(
            &kubeconfig,
            format!(
                "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: {}\n    certificate-authority-data: {ca}\n\
                 users:\n- name: u\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/{version}\n      command: {}\n      args: [get, shop, -f, exec-credential]\n      interactiveMode: Never\n\
                 contexts:\n- name: x\n  context: {{cluster: c, user: u}}\ncurrent-context: x\n",
                api.url,
                tok_bin().display()
            ),
        )
        .unwrap();
        let mut cmd = client("kubectl", &env, "/usr/bin:/bin");
        cmd.args([
            "--kubeconfig",
            path_str(&kubeconfig),
            "get",
            "--raw",
            "/api",
        ]);
        let out = run(&mut cmd).expect(0);
        assert!(
            out.stdout.contains("APIVersions"),
            "{version}: {}",
            out.stdout
        );
    }
    assert_eq!(
        issued.count(),
        1,
        "the second kubectl took the cached token"
    );
}

/// The ExecCredential itself, and kubectl's "interactive": false: a
/// sign-in that would be needed is exit 6 at once, never a prompt.
#[test]
fn exec_credential_follows_kubernetes_exec_info() {
    let issued = Issued::default();
    let tokens = issued.server(3600);
    let (env, _) = shop_env(&tokens.url("/oauth2/token"), "");
    let out = run(&mut env.tok(&["get", "shop", "-f", "exec-credential"])).expect(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["apiVersion"], "client.authentication.k8s.io/v1");
    assert_eq!(v["kind"], "ExecCredential");
    assert_eq!(v["status"]["token"], "AT-0");
    assert!(
        v["status"]["expirationTimestamp"]
            .as_str()
            .unwrap()
            .ends_with('Z')
    );
    let info = r#"{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","spec":{"interactive":false}}"#;
    let out = run(env
        .tok(&["get", "shop", "-f", "exec-credential"])
        .env("KUBERNETES_EXEC_INFO", info))
    .expect(0);
    assert!(out.stdout.contains("client.authentication.k8s.io/v1beta1"));
    // a garbled KUBERNETES_EXEC_INFO is no reason to fail: v1, as without it
    for garbage in [
        "{",
        "null",
        r#"{"apiVersion":"client.authentication.k8s.io/v9"}"#,
    ] {
        let out = run(env
            .tok(&["get", "shop", "-f", "exec-credential"])
            .env("KUBERNETES_EXEC_INFO", garbage))
        .expect(0);
        assert!(
            out.stdout
                .contains(r#""apiVersion":"client.authentication.k8s.io/v1""#),
            "{}",
            out.stdout
        );
    }
    // a token that never expires has no expirationTimestamp
    let out =
        run(&mut env.tok(&["get", "envoy", "--api-key", "k-1", "-f", "exec-credential"])).expect(0);
    assert!(
        !out.stdout.contains("expirationTimestamp"),
        "{}",
        out.stdout
    );
    // a person would have to sign in: exit 6, naming why
    let out = run(env
        .tok(&[
            "get",
            "oauth2",
            "--grant",
            "device_code",
            "--client-id",
            "app",
            "--token-url",
            &tokens.url("/t"),
            "--device-url",
            &tokens.url("/d"),
            "-f",
            "exec-credential",
        ])
        .env("KUBERNETES_EXEC_INFO", info))
    .expect(6)
    .one_line_error();
    assert!(out.stderr.contains("non-interactively"), "{}", out.stderr);
}

/// A registry stand-in that takes `oauth2accesstoken:<token>` (Basic) and
/// serves one image manifest.
fn registry(issued: Issued) -> (Server, String) {
    let config = r#"{"architecture":"amd64","os":"linux","created":"2026-01-01T00:00:00Z","config":{},"rootfs":{"type":"layers","diff_ids":[]}}"#;
    let digest = |b: &str| {
        let d = ring::digest::digest(&ring::digest::SHA256, b.as_bytes());
        let hex: String = d.as_ref().iter().map(|x| format!("{x:02x}")).collect();
        format!("sha256:{hex}")
    };
    let config_digest = digest(config);
    let manifest = format!(
        r#"{{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{{"mediaType":"application/vnd.docker.container.image.v1+json","size":{},"digest":"{config_digest}"}},"layers":[]}}"#,
        config.len()
    );
    let manifest_digest = digest(&manifest);
    Server::start_tls(move |seen, _| {
        let user_ok = seen
            .basic()
            .is_some_and(|(u, t)| u == "oauth2accesstoken" && issued.valid(&t, None));
        if !user_ok {
            return Reply::Raw {
                status: 401,
                headers: vec![(
                    "WWW-Authenticate".into(),
                    r#"Basic realm="tok-test""#.into(),
                )],
                body: b"{}".to_vec(),
            };
        }
        let (ct, body) = match seen.path.as_str() {
            "/v2/" => ("application/json", "{}".to_string()),
            "/v2/app/manifests/v1" => (
                "application/vnd.docker.distribution.manifest.v2+json",
                manifest.clone(),
            ),
            p if p == format!("/v2/app/blobs/{config_digest}") => {
                ("application/octet-stream", config.to_string())
            }
            "/v2/app/tags/list" => ("application/json", r#"{"name":"app","tags":["v1"]}"#.into()),
            _ => return Reply::status(404, "application/json", "{}"),
        };
        Reply::Raw {
            status: 200,
            headers: vec![
                ("Content-Type".into(), ct.into()),
                ("Docker-Content-Digest".into(), manifest_digest.clone()),
            ],
            body: body.into_bytes(),
        }
    })
}

/// skopeo reads the registry through `credHelpers` → docker-credential-tok
/// (a link `tok install-helpers` made); an unknown registry is the
/// protocol's "not found"; list and erase never print a token.
#[test]
fn skopeo_reads_a_registry_through_the_docker_helper() {
    if !have("skopeo") {
        return skip("skopeo is not installed (apt-get install skopeo)");
    }
    let issued = Issued::default();
    let tokens = issued.server(3600);
    let (env, _) = shop_env(
        &tokens.url("/oauth2/token"),
        "registries = [\"127.0.0.1\"]\n",
    );
    let (reg, _) = registry(issued.clone());
    let host = reg.url.trim_start_matches("https://").to_string();
    let bin = env.home.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    run(&mut env.tok(&["install-helpers", "--dir", path_str(&bin)])).expect(0);
    let docker = env.home.path().join(".docker");
    std::fs::create_dir_all(&docker).unwrap();
    std::fs::write(
        docker.join("config.json"),
        format!(r#"{{"credHelpers":{{"{host}":"tok"}}}}"#),
    )
    .unwrap();
    let runtime = env.home.path().join("run");
    std::fs::create_dir_all(&runtime).unwrap();
    let path = format!("{}:/usr/bin:/bin", bin.display());
    let mut cmd = client("skopeo", &env, &path);
    cmd.args([
        "inspect",
        "--tls-verify=false",
        &format!("docker://{host}/app:v1"),
    ])
    .env("XDG_RUNTIME_DIR", &runtime);
    let out = run(&mut cmd).expect(0);
    assert!(
        out.stdout.contains("\"Architecture\": \"amd64\""),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("AT-0") && !out.stderr.contains("AT-0"));

    let helper = |action: &str, input: &str| {
        let mut cmd = client(bin.join("docker-credential-tok"), &env, "/usr/bin:/bin");
        cmd.arg(action).write_stdin(input.to_string());
        run(&mut cmd)
    };
    let out = helper("get", &format!("https://{host}")).expect(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["Username"], "oauth2accesstoken");
    assert_eq!(v["Secret"], "AT-0");
    let out = helper("get", "registry.other.example").expect(1);
    assert_eq!(
        out.stdout.trim(),
        "credentials not found in native keychain"
    );
    let out = helper("list", "").expect(0);
    assert_eq!(out.stdout.trim(), r#"{"127.0.0.1":"oauth2accesstoken"}"#);
    helper("store", r#"{"ServerURL":"x","Username":"u","Secret":"s"}"#).expect(0);
    helper("erase", &host).expect(0);
    let out = helper("get", &host).expect(0);
    assert!(
        out.stdout.contains("AT-1"),
        "erase dropped the cached token: {}",
        out.stdout
    );
    assert_eq!(issued.count(), 2);
}

/// `tok watch` with 2-second tokens: a reader that checks the file every
/// 0.2 s for 10 s always finds a token the server still accepts; SIGTERM
/// ends it with 0 and leaves the file.
#[test]
fn watch_keeps_the_file_valid_for_a_reader() {
    let issued = Issued::default();
    let tokens = issued.server(2);
    let (env, _) = shop_env(&tokens.url("/oauth2/token"), "");
    let out = env.home.path().join("token");
    let watch = env
        .std_cmd(&["watch", "shop", "--out", path_str(&out)])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !out.exists() && started.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut seen = HashSet::new();
    while started.elapsed() < Duration::from_secs(10) {
        let token = std::fs::read_to_string(&out).unwrap();
        let token = token.trim_end();
        assert!(
            issued.valid(token, Some(Duration::from_secs(2))),
            "{token:?} read at {:?} is not valid",
            started.elapsed()
        );
        seen.insert(token.to_string());
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(seen.len() >= 4, "renewed: {seen:?}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // SAFETY: a plain signal to the child
    unsafe { libc::kill(watch.id() as libc::pid_t, libc::SIGTERM) };
    let done = watch.wait_with_output().unwrap();
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    assert!(out.exists(), "the file is left as it is");
}

/// `--pid`: the watch ends (0) when that process does; a renewal that
/// keeps failing keeps the old file while it is valid, says so, then exits
/// with tok's code.
#[test]
fn watch_follows_its_pid_and_gives_up_only_when_the_file_expires() {
    let issued = Issued::default();
    let tokens = issued.server(3600);
    let (env, _) = shop_env(&tokens.url("/oauth2/token"), "");
    let out = env.home.path().join("token");
    let mut sleeper = std::process::Command::new("sleep")
        .arg("1")
        .spawn()
        .unwrap();
    let pid = sleeper.id().to_string();
    let started = Instant::now();
    let done =
        run(&mut env.tok(&["watch", "shop", "--out", path_str(&out), "--pid", &pid])).expect(0);
    let _ = sleeper.wait();
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{done:?}",
        done = done.stderr
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "AT-0\n");
    // no --out: $BEARER_TOKEN_FILE, else $XDG_RUNTIME_DIR/bt_u$UID
    let named = env.home.path().join("bearer");
    let mut sleeper = std::process::Command::new("sleep")
        .arg("0.5")
        .spawn()
        .unwrap();
    let pid = sleeper.id().to_string();
    run(env
        .tok(&["watch", "shop", "--pid", &pid])
        .env("BEARER_TOKEN_FILE", path_str(&named)))
    .expect(0);
    let _ = sleeper.wait();
    assert_eq!(std::fs::read_to_string(&named).unwrap(), "AT-0\n");
    let mut sleeper = std::process::Command::new("sleep")
        .arg("0.5")
        .spawn()
        .unwrap();
    let pid = sleeper.id().to_string();
    run(env
        .tok(&["watch", "shop", "--pid", &pid])
        .env("XDG_RUNTIME_DIR", env.home.path()))
    .expect(0);
    let _ = sleeper.wait();
    // SAFETY: geteuid cannot fail
    let uid = unsafe { libc::geteuid() };
    let wlcg = env.home.path().join(format!("bt_u{uid}"));
    assert_eq!(std::fs::read_to_string(&wlcg).unwrap(), "AT-0\n");
    run(&mut env.tok(&["watch", "shop"])).expect(2);

    // one 2-second token, then the endpoint fails
    let failing = Server::start(|_, n| match n {
        0 => Reply::token("AT-first", 2),
        _ => Reply::status(400, "application/json", r#"{"error":"invalid_client"}"#),
    });
    let (env, _) = shop_env(&failing.url("/oauth2/token"), "");
    let out = env.home.path().join("token");
    let mut cmd = env.tok(&["watch", "shop", "--out", path_str(&out), "-f", "header"]);
    let done = run(cmd.timeout(Duration::from_secs(30))).expect(3);
    assert!(
        done.stderr.contains("keeps the current token"),
        "{}",
        done.stderr
    );
    assert!(
        done.stderr.contains("can no longer be kept valid"),
        "{}",
        done.stderr
    );
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "Authorization: Bearer AT-first\n"
    );
}

/// `tok exec --keep-fresh`: the command reads a file that is renewed while
/// it runs (TOK_TOKEN_FILE = BEARER_TOKEN_FILE); the file goes when it
/// exits; its exit code is tok's.
#[test]
fn exec_keep_fresh_renews_the_file_for_the_command_and_removes_it() {
    let issued = Issued::default();
    let tokens = issued.server(2);
    let (env, _) = shop_env(&tokens.url("/oauth2/token"), "");
    let script = r#"a=$(cat "$TOK_TOKEN_FILE"); sleep 2.5; b=$(cat "$BEARER_TOKEN_FILE")
echo "$a $b $TOK_ACCESS_TOKEN $TOK_TOKEN_FILE"; exit 7"#;
    let out =
        run(&mut env.tok(&["exec", "--keep-fresh", "shop", "--", "sh", "-c", script])).expect(7);
    let words: Vec<&str> = out.stdout.split_whitespace().collect();
    assert_eq!(words.len(), 4, "{}", out.stdout);
    assert_eq!(words[0], "AT-0");
    assert_eq!(words[2], "AT-0", "the environment keeps the first token");
    assert_ne!(words[1], "AT-0", "renewed while the command ran");
    assert!(issued.valid(words[1], Some(Duration::from_secs(2))) || issued.count() > 2);
    assert!(!Path::new(words[3]).exists(), "the token file is removed");
    assert!(!out.stderr.contains("AT-"), "{}", out.stderr);
}

/// `tok exec --keep-fresh` signalled: the signal reaches the command, the
/// token file goes, and tok's exit is the command's (128 + SIGTERM).
#[test]
fn exec_keep_fresh_removes_the_file_when_signalled() {
    let issued = Issued::default();
    let tokens = issued.server(3600);
    let (env, _) = shop_env(&tokens.url("/oauth2/token"), "");
    let mut tok = env
        .std_cmd(&[
            "exec",
            "--keep-fresh",
            "shop",
            "--",
            "sh",
            "-c",
            "echo \"$TOK_TOKEN_FILE\"; exec sleep 30",
        ])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(tok.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let file = PathBuf::from(line.trim());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "AT-0\n");
    // SAFETY: a plain signal to the child
    unsafe { libc::kill(tok.id() as libc::pid_t, libc::SIGTERM) };
    let status = tok.wait().unwrap();
    assert_eq!(status.code(), Some(128 + libc::SIGTERM), "{status:?}");
    assert!(!file.exists(), "the token file is removed");
}

/// `tok exec --keep-fresh` signalled the moment its token file exists
/// (before or while the command starts): never a tok killed with the file
/// left behind; the signal reaches the command and tok reports it. Each
/// round polls for the file and signals at once, so the window between
/// the file and the command's start is hit rather than hoped for.
#[test]
fn exec_keep_fresh_signalled_while_starting_leaves_no_file() {
    let issued = Issued::default();
    let tokens = issued.server(3600);
    let (env, _) = shop_env(&tokens.url("/oauth2/token"), "");
    for round in 0..20 {
        let runtime = tempfile::tempdir().unwrap();
        let mut tok = env
            .std_cmd(&["exec", "--keep-fresh", "shop", "--", "sleep", "30"])
            .env("XDG_RUNTIME_DIR", runtime.path())
            .spawn()
            .unwrap();
        let until = Instant::now() + Duration::from_secs(20);
        let token_file = || {
            std::fs::read_dir(runtime.path())
                .ok()?
                .flatten()
                .map(|d| d.path().join("token"))
                .find(|p| p.exists())
        };
        while token_file().is_none() {
            assert!(Instant::now() < until, "round {round}: no token file");
            std::hint::spin_loop();
        }
        // SAFETY: a plain signal to the child
        unsafe { libc::kill(tok.id() as libc::pid_t, libc::SIGTERM) };
        let status = tok.wait().unwrap();
        assert_eq!(
            status.code(),
            Some(128 + libc::SIGTERM),
            "round {round}: {status:?}"
        );
        assert!(
            token_file().is_none(),
            "round {round}: the token file is left"
        );
    }
}
