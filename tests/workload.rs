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
    if !have("openssl") {
        skip("openssl is not installed (apt-get install openssl)");
        return None;
    }
    let keys = tempfile::tempdir().unwrap();
    make_keys(keys.path());
    let (op, tls) = Oidc::start_with_keys(keys.path())?;
    Some((keys, op, tls))
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
