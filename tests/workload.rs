//! CI without long-lived secrets (issue 21), client authentication part:
//! `private_key_jwt` (RS256, ES256, EdDSA; PKCS#1, PKCS#8 and SEC1 keys),
//! `client_secret_jwt` and `tls_client_auth` against panva's oidc-provider
//! (tests/oidc), with keys and certificates made by openssl here.

mod common;
use common::*;
use std::path::Path;

/// Keys and a small PKI, made with openssl (the provider reads the public
/// halves and the server certificate from the same folder).
fn make_keys(dir: &Path) {
    let script = r#"set -e
openssl genrsa -traditional -out rsa.pem 2048 2>/dev/null
openssl pkey -in rsa.pem -pubout -out rsa.pub.pem
openssl pkcs8 -topk8 -nocrypt -in rsa.pem -out rsa8.pem
openssl ecparam -name prime256v1 -genkey -noout -out ec.pem
openssl pkey -in ec.pem -pubout -out ec.pub.pem
openssl pkcs8 -topk8 -nocrypt -in ec.pem -out ec8.pem
openssl genpkey -algorithm ed25519 -out ed.pem
openssl pkey -in ed.pem -pubout -out ed.pub.pem
openssl pkcs8 -topk8 -in ec.pem -passout pass:pw -out encrypted.pem
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout ca.key -out ca.crt -subj /CN=tok-test-ca -days 1 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\n' > san.ext
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout server.key -out server.csr -subj /CN=127.0.0.1 2>/dev/null
openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out server.crt -days 1 -extfile san.ext 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout client.key -out client.csr -subj /CN=tok-client 2>/dev/null
printf 'extendedKeyUsage=clientAuth\n' > client.ext
openssl x509 -req -in client.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out client.crt -days 1 -extfile client.ext 2>/dev/null
openssl x509 -req -in client.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out client-v1.crt -days 1 2>/dev/null
openssl ecparam -name prime256v1 -genkey -noout -out ci-sec1.pem
openssl pkcs8 -topk8 -nocrypt -in ci-sec1.pem -out ci.pem
openssl pkey -in ci.pem -pubout -out ci.pub.pem
node -e 'const c = require("crypto"), fs = require("fs");
const jwk = c.createPublicKey(fs.readFileSync("ci.pub.pem")).export({ format: "jwk" });
const keys = ["ci-1", "sa-key-1"].map((kid) => ({ ...jwk, kid, alg: "ES256", use: "sig" }));
fs.writeFileSync("ci.jwks.json", JSON.stringify({ keys }));' 2>/dev/null || true
chmod 600 *.pem *.key
"#;
    let out = std::process::Command::new("sh")
        .args(["-c", script])
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn setup() -> Option<(tempfile::TempDir, Oidc, String)> {
    setup_with_ci().map(|(keys, op, tls, _)| (keys, op, tls))
}

/// The keys, the stand-in CI issuer (its JWKS, and GitHub Actions' token
/// request), then the provider, which verifies CI tokens with that JWKS.
fn setup_with_ci() -> Option<(tempfile::TempDir, Oidc, String, Server)> {
    if !have("openssl") {
        skip("openssl is not installed (apt-get install openssl)");
        return None;
    }
    let keys = tempfile::tempdir().unwrap();
    make_keys(keys.path());
    let ci = ci_stand_in(keys.path());
    let (op, tls) = Oidc::start_with_keys(keys.path(), &ci.url("/jwks"))?;
    Some((keys, op, tls, ci))
}

/// The access token's claims, as oidc-provider issues it (JWT or opaque).
fn client_of(out: &str) -> serde_json::Value {
    serde_json::from_str(out).unwrap()
}

#[test]
fn private_key_jwt_signs_with_every_kind_of_key() {
    let Some((keys, op, _)) = setup() else { return };
    let env = Env::new().var("TOK_KEYRING", "none");
    let token_url = format!("{}/token", op.issuer);
    for (client, key, alg) in [
        ("pkjwt-rs256", "rsa.pem", None),
        ("pkjwt-rs256", "rsa8.pem", Some("RS256")),
        ("pkjwt-es256", "ec.pem", None),
        ("pkjwt-es256", "ec8.pem", None),
        ("pkjwt-eddsa", "ed.pem", None),
    ] {
        let key = keys.path().join(key);
        let kid = format!("{client}-key");
        let mut args = vec![
            "get",
            "oauth2",
            "--token-url",
            &token_url,
            "--client-id",
            client,
            "--client-auth",
            "private_key_jwt",
            "--client-assertion-key",
            path_str(&key),
            "--client-assertion-kid",
            &kid,
            "--scope",
            "api.read",
            "--no-cache",
            "-f",
            "json",
        ];
        if let Some(alg) = alg {
            args.extend(["--client-assertion-alg", alg]);
        }
        // twice in the same second: each assertion has its own jti (the
        // provider refuses a replay)
        for _ in 0..2 {
            let out = run(&mut env.tok(&args)).expect(0);
            assert_eq!(
                client_of(&out.stdout)["token_type"],
                "Bearer",
                "{client} {key:?}"
            );
        }
    }
    // a PS256 assertion for a client registered for RS256 is refused: exit 3
    let rsa = keys.path().join("rsa.pem");
    let out = run(&mut env.tok(&[
        "get",
        "oauth2",
        "--token-url",
        &token_url,
        "--client-id",
        "pkjwt-rs256",
        "--client-auth",
        "private_key_jwt",
        "--client-assertion-key",
        path_str(&rsa),
        "--client-assertion-alg",
        "PS256",
        "--no-cache",
    ]))
    .expect(3)
    .one_line_error();
    assert!(out.stderr.contains("invalid_client"), "{}", out.stderr);
    // a key that cannot sign the algorithm asked for: exit 2
    let ed = keys.path().join("ed.pem");
    let out = run(&mut env.tok(&[
        "get",
        "oauth2",
        "--token-url",
        &token_url,
        "--client-id",
        "pkjwt-eddsa",
        "--client-auth",
        "private_key_jwt",
        "--client-assertion-key",
        path_str(&ed),
        "--client-assertion-alg",
        "RS256",
        "--no-cache",
    ]))
    .expect(2)
    .one_line_error();
    assert!(
        out.stderr.contains("does not fit the key"),
        "{}",
        out.stderr
    );
}

#[test]
fn client_secret_jwt_and_tls_client_auth() {
    let Some((keys, op, tls)) = setup() else {
        return;
    };
    let env = Env::new().var("TOK_KEYRING", "none").var(
        "TOK_OAUTH2_CLIENT_SECRET",
        "csjwt-secret-0123456789abcdef0123456789abcdef",
    );
    let token_url = format!("{}/token", op.issuer);
    let out = run(&mut env.tok(&[
        "get",
        "oauth2",
        "--token-url",
        &token_url,
        "--client-id",
        "csjwt",
        "--client-auth",
        "client_secret_jwt",
        "--scope",
        "api.read",
        "-v",
    ]))
    .expect(0);
    assert!(!out.stderr.contains("csjwt-secret"), "{}", out.stderr);
    let p = |f: &str| keys.path().join(f).display().to_string();
    let mtls = ["get", "oauth2", "--token-url"];
    let url = format!("{tls}/token");
    let (cert, key, ca) = (p("client.crt"), p("client.key"), p("ca.crt"));
    let base: Vec<&str> = mtls
        .iter()
        .copied()
        .chain([
            url.as_str(),
            "--client-id",
            "mtls",
            "--client-auth",
            "tls_client_auth",
            "--ca-cert",
            ca.as_str(),
        ])
        .collect();
    let env = Env::new().var("TOK_KEYRING", "none");
    let with_cert: Vec<&str> = base
        .iter()
        .copied()
        .chain(["--client-cert", cert.as_str(), "--client-key", key.as_str()])
        .collect();
    run(&mut env.tok(&with_cert)).expect(0);
    // tok curl presents the same certificate to an API that demands it
    if have("curl") && have("python3") {
        let api = MtlsApi::start(keys.path());
        let mut curl: Vec<&str> = with_cert.clone();
        curl[0] = "curl";
        let target = format!("https://127.0.0.1:{}/api", api.port);
        curl.extend(["--", "-s", "--cacert", ca.as_str(), target.as_str()]);
        let out = run(&mut env.tok(&curl)).expect(0);
        assert_eq!(out.stdout, "cn=tok-client bearer=yes");
        assert!(!out.stderr.contains("BEGIN"), "{}", out.stderr);
    }
    // a v1 certificate rustls will not present: exit 2 naming it
    let v1 = p("client-v1.crt");
    let with_v1: Vec<&str> = base
        .iter()
        .copied()
        .chain(["--client-cert", v1.as_str(), "--client-key", key.as_str()])
        .collect();
    let out = run(&mut env.tok(&with_v1)).expect(2).one_line_error();
    assert!(out.stderr.contains("client-v1.crt"), "{}", out.stderr);
    // without the certificate: missing, exit 4, before anything is sent
    let out = run(&mut env.tok(&base)).expect(4).one_line_error();
    assert!(out.stderr.contains("--client-cert"), "{}", out.stderr);
}

#[test]
fn bad_key_files_are_exit_2_and_never_shown() {
    let dir = tempfile::tempdir().unwrap();
    if !have("openssl") {
        return skip("openssl is not installed");
    }
    make_keys(dir.path());
    let garbage = dir.path().join("garbage.pem");
    std::fs::write(
        &garbage,
        "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n",
    )
    .unwrap();
    let env = Env::new().var("TOK_KEYRING", "none");
    for (file, says) in [
        (dir.path().join("missing.pem"), "could not read it"),
        (garbage, "a key of a kind tok cannot use"),
        (dir.path().join("encrypted.pem"), "it is encrypted"),
        (dir.path().join("ca.crt"), "no private key in it"),
    ] {
        let out = run(&mut env.tok(&[
            "get",
            "oauth2",
            "--token-url",
            "http://127.0.0.1:9/token",
            "--client-id",
            "c",
            "--client-auth",
            "private_key_jwt",
            "--client-assertion-key",
            path_str(&file),
        ]))
        .expect(2)
        .one_line_error();
        assert!(
            out.stderr.contains(path_str(&file)) && out.stderr.contains(says),
            "{}",
            out.stderr
        );
        assert!(
            !out.stderr.contains("-----BEGIN") && !out.stderr.contains("bm90"),
            "{}",
            out.stderr
        );
    }
    // readable by others: one warning, still used (the dry run signs)
    let ec = dir.path().join("ec.pem");
    std::fs::set_permissions(&ec, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let out = run(&mut env.tok(&[
        "get",
        "oauth2",
        "--token-url",
        "http://127.0.0.1:9/token",
        "--client-id",
        "c",
        "--client-auth",
        "private_key_jwt",
        "--client-assertion-key",
        path_str(&ec),
        "--dry-run",
    ]))
    .expect(0);
    assert!(out.stderr.contains("readable by others"), "{}", out.stderr);
    assert!(
        out.stdout.contains("client_assertion=***"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("client_assertion_type=urn"),
        "{}",
        out.stdout
    );
    // the assertion's header and claims, never its signature
    assert!(
        out.stdout
            .contains(r#"(client_assertion: *** with header {"alg":"ES256""#),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains(r#""aud":"http://127.0.0.1:9/token""#),
        "{}",
        out.stdout
    );
}

/// Every option works from a config-file account too, and `tok accounts`
/// says where the key comes from (never its contents).
#[test]
fn a_private_key_jwt_account_in_the_config_file() {
    let Some((keys, op, tls)) = setup() else {
        return;
    };
    let env = Env::new().var("TOK_KEYRING", "none");
    let config = env.home.path().join("tok.toml");
    std::fs::write(
        &config,
        format!(
            "[accounts.ci]\nprovider = \"oauth2\"\ntoken-url = \"{}/token\"\nclient-id = \"pkjwt-es256\"\n\
             client-auth = \"private_key_jwt\"\nclient-assertion-key = {{ file = \"{}\" }}\n\
             client-assertion-kid = \"pkjwt-es256-key\"\nscope = \"api.read\"\n\n\
             [accounts.wrong-cert]\nprovider = \"oauth2\"\ntoken-url = \"{tls}/token\"\nclient-id = \"mtls\"\n\
             client-auth = \"tls_client_auth\"\nclient-cert = \"{}\"\nclient-key = {{ file = \"{}\" }}\n\
             ca-cert = \"{}\"\n",
            op.issuer,
            keys.path().join("ec.pem").display(),
            keys.path().join("server.crt").display(),
            keys.path().join("server.key").display(),
            keys.path().join("ca.crt").display(),
        ),
    )
    .unwrap();
    let env = env.var("TOK_CONFIG", path_str(&config));
    let first = run(&mut env.tok(&["get", "ci", "-f", "json"])).expect(0);
    let again = run(&mut env.tok(&["get", "ci", "-f", "json"])).expect(0);
    assert!(first.stdout.contains(r#""from_cache":false"#));
    assert!(
        again.stdout.contains(r#""from_cache":true"#),
        "{}",
        again.stdout
    );
    let out = run(&mut env.tok(&["accounts", "--json"])).expect(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let ci = v
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "ci")
        .unwrap();
    assert!(
        ci["secrets"]["client-assertion-key"]
            .as_str()
            .unwrap()
            .starts_with("file /"),
        "{ci}"
    );
    assert!(!out.stdout.contains("BEGIN"), "{}", out.stdout);
    // a certificate the server does not register for the client: exit 3
    run(&mut env.tok(&["get", "wrong-cert"]))
        .expect(3)
        .one_line_error();
}

/// A JWT of the stand-in CI issuer (signed with its key in `keys`).
fn ci_jwt(keys: &Path, sub: &str, aud: &str, exp_in: i64) -> String {
    let key = tok::jose::SigningKey::load(&keys.join("ci.pem")).unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let claims = serde_json::json!({
        "iss": "https://ci.test", "sub": sub, "aud": aud,
        "iat": now - 5, "exp": now + exp_in, "jti": format!("{sub}-{now}-{exp_in}"),
    });
    key.sign(None, Some("ci-1"), &claims)
        .unwrap()
        .expose()
        .to_string()
}

/// The stand-in CI issuer: its JWKS at /jwks, and GitHub Actions' OIDC
/// token request (a bearer must be `req-token-1`, the audience is appended
/// to the URL's own query).
fn ci_stand_in(keys: &Path) -> Server {
    let keys = keys.to_path_buf();
    Server::start(move |seen, _| {
        if seen.path == "/jwks" {
            return Reply::ok(&std::fs::read_to_string(keys.join("ci.jwks.json")).unwrap());
        }
        let ok = seen
            .path
            .starts_with("/actions-token?api-version=2.0&audience=tok-test")
            && seen.header("authorization") == Some("bearer req-token-1");
        if !ok {
            return Reply::status(403, "application/json", r#"{"message":"no"}"#);
        }
        Reply::ok(&format!(
            r#"{{"value":"{}"}}"#,
            ci_jwt(&keys, "repo:acme/app:ref:refs/heads/main", "tok-test", 300)
        ))
    })
}

#[test]
fn token_exchange_from_a_file_and_from_github_actions_with_the_cache() {
    let Some((keys, op, _, actions)) = setup_with_ci() else {
        return;
    };
    let token_url = format!("{}/token", op.issuer);
    let env = Env::new()
        .var("TOK_KEYRING", "none")
        .var("TOK_OAUTH2_CLIENT_SECRET", "exchanger-secret-0123456789");
    let base = [
        "get",
        "oauth2",
        "--token-url",
        &token_url,
        "--client-id",
        "exchanger",
        "--grant",
        "token-exchange",
        "--scope",
        "api.read",
    ];
    let with = |extra: &[&str]| -> Vec<String> {
        base.iter().chain(extra).map(|s| s.to_string()).collect()
    };
    // a subject token from a file
    let subject = keys.path().join("subject.jwt");
    std::fs::write(
        &subject,
        ci_jwt(keys.path(), "repo:acme/app", "tok-test", 300),
    )
    .unwrap();
    let out = run(&mut env.tok(&strs(&with(&[
        "--subject-token-file",
        path_str(&subject),
        "-f",
        "json",
    ]))))
    .expect(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        v["issued_token_type"],
        "urn:ietf:params:oauth:token-type:access_token"
    );
    // a new token of the same identity (a new CI run): the cached token
    std::fs::write(
        &subject,
        ci_jwt(keys.path(), "repo:acme/app", "tok-test", 299),
    )
    .unwrap();
    let out = run(&mut env.tok(&strs(&with(&[
        "--subject-token-file",
        path_str(&subject),
        "-f",
        "json",
    ]))))
    .expect(0);
    assert!(
        out.stdout.contains(r#""from_cache":true"#),
        "{}",
        out.stdout
    );
    // another identity never gets that token
    std::fs::write(
        &subject,
        ci_jwt(keys.path(), "repo:evil/app", "tok-test", 300),
    )
    .unwrap();
    let out = run(&mut env.tok(&strs(&with(&[
        "--subject-token-file",
        path_str(&subject),
        "-f",
        "json",
    ]))))
    .expect(0);
    assert!(
        out.stdout.contains(r#""from_cache":false"#),
        "{}",
        out.stdout
    );
    // an expired one: exit 3, nothing sent, saying where it came from
    std::fs::write(
        &subject,
        ci_jwt(keys.path(), "repo:acme/other", "tok-test", -60),
    )
    .unwrap();
    let out = run(&mut env.tok(&strs(&with(&["--subject-token-file", path_str(&subject)]))))
        .expect(3)
        .one_line_error();
    assert!(
        out.stderr
            .contains("subject token from --subject-token-file")
            && out.stderr.contains("expired at"),
        "{}",
        out.stderr
    );
    // a token the server refuses: exit 3 (oidc-provider's description is
    // generic; naming the likely cause from a description is a unit test)
    std::fs::write(
        &subject,
        ci_jwt(keys.path(), "repo:acme/app", "someone-else", 300),
    )
    .unwrap();
    run(&mut env.tok(&strs(&with(&[
        "--subject-token-file",
        path_str(&subject),
        "--no-cache",
    ]))))
    .expect(3)
    .one_line_error();

    // from GitHub Actions: a hit requests no OIDC token at all

    let gh = env
        .var(
            "ACTIONS_ID_TOKEN_REQUEST_URL",
            &actions.url("/actions-token?api-version=2.0"),
        )
        .var("ACTIONS_ID_TOKEN_REQUEST_TOKEN", "req-token-1")
        .var("GITHUB_ACTIONS", "true")
        .var("GITHUB_REPOSITORY", "acme/app")
        .var("GITHUB_RUN_ID", "42")
        .var("GITHUB_RUN_ATTEMPT", "1")
        .var("GITHUB_JOB", "deploy");
    let a = with(&[
        "--subject-token-from",
        "github-actions:tok-test",
        "-f",
        "json",
    ]);
    let first = run(&mut gh.tok(&strs(&a))).expect(0);
    assert!(first.stdout.contains(r#""from_cache":false"#));
    assert!(
        first.stderr.contains("::add-mask::ey"),
        "the OIDC token is masked: {}",
        first.stderr
    );
    let second = run(&mut gh.tok(&strs(&a))).expect(0);
    assert!(
        second.stdout.contains(r#""from_cache":true"#),
        "{}",
        second.stdout
    );
    let requests = actions
        .seen()
        .iter()
        .filter(|r| r.path.starts_with("/actions-token"))
        .count();
    assert_eq!(requests, 1, "a hit fetched no OIDC token");
    // outside Actions: exit 2 naming the permission
    let outside = Env::new().var("TOK_OAUTH2_CLIENT_SECRET", "exchanger-secret-0123456789");
    let out = run(&mut outside.tok(&strs(&a))).expect(2);
    assert!(out.stderr.contains("id-token: write"), "{}", out.stderr);
}

#[test]
fn jwt_bearer_with_a_given_a_signed_and_a_service_account_assertion() {
    let Some((keys, op, _)) = setup() else { return };
    let token_url = format!("{}/token", op.issuer);
    let env = Env::new()
        .var("TOK_KEYRING", "none")
        .var("TOK_OAUTH2_CLIENT_SECRET", "exchanger-secret-0123456789");
    let base = [
        "get",
        "oauth2",
        "--token-url",
        &token_url,
        "--client-id",
        "exchanger",
        "--grant",
        "jwt-bearer",
        "--no-cache",
    ];
    let with = |extra: &[&str]| -> Vec<String> {
        base.iter().chain(extra).map(|s| s.to_string()).collect()
    };
    // given, from the environment
    let given = ci_jwt(keys.path(), "job-1", &token_url, 300);
    run(env
        .tok(&strs(&with(&[])))
        .env("TOK_OAUTH2_ASSERTION", &given))
    .expect(0);
    // signed by tok with the CI key
    let ci = keys.path().join("ci.pem");
    let signed = with(&[
        "--assertion-key",
        path_str(&ci),
        "--assertion-iss",
        "https://ci.test",
        "--assertion-kid",
        "ci-1",
    ]);
    run(&mut env.tok(&strs(&signed))).expect(0);
    // the dry run shows the assertion's header and claims, never its signature
    let mut dry = signed.clone();
    dry.push("--dry-run".into());
    let dry = strs(&dry);
    let out = run(&mut env.tok(&dry)).expect(0);
    assert!(out.stdout.contains("assertion=***"), "{}", out.stdout);
    assert!(
        out.stdout.contains(r#""iss":"https://ci.test""#),
        "{}",
        out.stdout
    );
    // a service account key file fills iss, sub, kid, aud and the endpoint
    let pem = std::fs::read_to_string(&ci).unwrap();
    let sa = keys.path().join("sa.json");
    std::fs::write(
        &sa,
        serde_json::json!({
            "type": "service_account", "client_email": "sa@tok.test", "private_key": pem,
            "private_key_id": "sa-key-1", "token_uri": token_url,
        })
        .to_string(),
    )
    .unwrap();
    let out = run(&mut env.tok(&[
        "get",
        "oauth2",
        "--client-id",
        "exchanger",
        "--grant",
        "jwt-bearer",
        "--key-file",
        path_str(&sa),
        "-v",
        "--no-cache",
    ]))
    .expect(0);
    assert!(!out.stderr.contains("BEGIN"), "{}", out.stderr);
    assert!(
        out.stderr.contains(r#""kid":"sa-key-1""#),
        "-v traces the header: {}",
        out.stderr
    );
}

/// An HTTPS API (Python's ssl) that demands a client certificate of the
/// test CA and answers with the certificate's CN and whether a bearer came.
struct MtlsApi {
    port: u16,
    child: std::process::Child,
}

impl MtlsApi {
    fn start(keys: &Path) -> MtlsApi {
        let script = r#"
import http.server, ssl, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        cert = self.connection.getpeercert() or {}
        cn = dict(x[0] for x in cert.get('subject', ())).get('commonName', '')
        bearer = self.headers.get('Authorization', '').startswith('Bearer ')
        body = ('cn=%s bearer=%s' % (cn, 'yes' if bearer else 'no')).encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a):
        pass
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain('server.crt', 'server.key')
ctx.load_verify_locations('ca.crt')
ctx.verify_mode = ssl.CERT_REQUIRED
srv = http.server.HTTPServer(('127.0.0.1', 0), H)
srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
print(srv.server_address[1], flush=True)
srv.serve_forever()
"#;
        let mut child = std::process::Command::new("python3")
            .args(["-c", script])
            .current_dir(keys)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufRead::read_line(
            &mut std::io::BufReader::new(child.stdout.take().unwrap()),
            &mut line,
        )
        .unwrap();
        MtlsApi {
            port: line.trim().parse().unwrap(),
            child,
        }
    }
}

impl Drop for MtlsApi {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A GitHub Actions token service that fails, answers garbage or hangs:
/// tok's own codes within --timeout, and no request to the token endpoint.
#[test]
fn a_hostile_actions_token_service_is_bounded_and_classified() {
    let token = Server::fixed("AT-never", 3600);
    let env = Env::new()
        .var("TOK_KEYRING", "none")
        .var("ACTIONS_ID_TOKEN_REQUEST_TOKEN", "req-token-1")
        .var("TOK_OAUTH2_CLIENT_SECRET", "s");
    type Make = fn() -> Reply;
    let cases: [(Make, i32); 5] = [
        (
            || {
                Reply::status(
                    403,
                    "application/json",
                    r#"{"message":"no id-token permission"}"#,
                )
            },
            3,
        ),
        (|| Reply::status(503, "text/plain", "down"), 1),
        (|| Reply::ok(r#"{"count":1}"#), 1),
        (|| Reply::ok("<html>"), 1),
        (|| Reply::Hang, 1),
    ];
    for (reply, code) in cases {
        let actions = Server::start(move |_, _| reply());
        let started = std::time::Instant::now();
        let out = run(env
            .tok(&[
                "get",
                "oauth2",
                "--token-url",
                &token.url("/t"),
                "--client-id",
                "c",
                "--grant",
                "token-exchange",
                "--subject-token-from",
                "github-actions:aud",
                "--timeout",
                "2",
            ])
            .env(
                "ACTIONS_ID_TOKEN_REQUEST_URL",
                actions.url("/t?api-version=2.0"),
            ))
        .expect(code)
        .one_line_error();
        assert!(
            started.elapsed() < std::time::Duration::from_secs(6),
            "{}",
            out.stderr
        );
        assert!(!out.stderr.contains("req-token-1"), "{}", out.stderr);
    }
    assert_eq!(token.hits(), 0, "nothing reached the token endpoint");
}
