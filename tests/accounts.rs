//! Named accounts in a config file, secret references and OIDC discovery
//! (issue 13), through the built binary. Discovery runs against a real
//! OpenID provider (panva's oidc-provider on Node, `tests/oidc/`), started
//! here on 127.0.0.1; the keyring account is in tests/keyring.rs.

mod common;
use common::*;
use std::path::PathBuf;

/// An env whose config file (via XDG_CONFIG_HOME) holds `toml`.
fn with_config(toml: &str) -> (Env, PathBuf) {
    let env = Env::new();
    let dir = env.home.path().join("config").join("tok");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("config.toml");
    std::fs::write(&file, toml).unwrap();
    let config_home = env.home.path().join("config");
    let env = env.var("XDG_CONFIG_HOME", path_str(&config_home));
    (env, file)
}

#[test]
fn an_account_stands_where_a_provider_goes() {
    let srv = Server::fixed("AT-shop", 3600);
    let (env, _) = with_config(&format!(
        r#"
[accounts.shop-prod]
provider = "elfsquad"
client-id = "2313449e"
client-secret = {{ env = "SHOP_PROD_SECRET" }}
token-url = "{}"
"#,
        srv.url("/oauth2/token")
    ));
    let env = env.var("SHOP_PROD_SECRET", "shop-S3cret");
    let out = run(&mut env.tok(&["get", "shop-prod", "-v"])).expect(0);
    assert_eq!(out.stdout, "AT-shop\n");
    assert!(
        out.stderr.contains("account shop-prod from "),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("client-secret: from account shop-prod (env SHOP_PROD_SECRET)")
    );
    let form = srv.last().form();
    assert_eq!(form["client_id"], "2313449e");
    assert_eq!(form["client_secret"], "shop-S3cret");
    // the same values by flags: the same cache entry, so no second request
    let url = srv.url("/oauth2/token");
    let out = run(env
        .tok(&[
            "get",
            "elfsquad",
            "--client-id",
            "2313449e",
            "--token-url",
            &url,
        ])
        .env("TOK_ELFSQUAD_CLIENT_SECRET", "shop-S3cret"))
    .expect(0);
    assert_eq!(out.stdout, "AT-shop\n");
    assert_eq!(srv.hits(), 1, "one token for both");
    // tok curl and tok exec take it too
    let out = run(&mut env.tok(&[
        "exec",
        "shop-prod",
        "--",
        "sh",
        "-c",
        "printf %s \"$TOK_ACCESS_TOKEN:${SHOP_PROD_SECRET:-gone}\"",
    ]))
    .expect(0);
    // the account's secret variable is tok's secret: not passed on
    assert_eq!(out.stdout, "AT-shop:gone");
    // accounts list: where each secret comes from, never its value
    let out = run(&mut env.tok(&["accounts", "--json"])).expect(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v[0]["name"], "shop-prod");
    assert_eq!(v[0]["secrets"]["client-secret"], "env SHOP_PROD_SECRET");
    assert!(!out.stdout.contains("shop-S3cret"));
    let out = run(&mut env.tok(&["accounts", "--names"])).expect(0);
    assert_eq!(out.stdout, "shop-prod\n");
    // everything is in the file: tok login has nothing to ask for
    let out = run(&mut env.tok(&["login", "shop-prod"]))
        .expect(2)
        .one_line_error();
    assert!(
        out.stderr
            .contains("account shop-prod takes nothing from the keyring"),
        "{}",
        out.stderr
    );
}

#[test]
fn precedence_is_flag_then_env_then_account() {
    let account = Server::fixed("AT-account", 3600);
    let from_env = Server::fixed("AT-env", 3600);
    let from_flag = Server::fixed("AT-flag", 3600);
    let (env, _) = with_config(&format!(
        "[accounts.a]\nprovider = \"elfsquad\"\nclient-id = \"c\"\nclient-secret = {{ env = \"A_SECRET\" }}\ntoken-url = \"{}\"\nmin-ttl = 5\n",
        account.url("/t")
    ));
    let env = env.var("A_SECRET", "s");
    let get = |extra: &[&str], vars: &[(&str, &str)]| {
        let mut c = env.tok(&[&["get", "a", "--no-cache"][..], extra].concat());
        for (k, v) in vars {
            c.env(k, v);
        }
        run(&mut c).expect(0).stdout
    };
    assert_eq!(get(&[], &[]), "AT-account\n");
    let env_url = from_env.url("/t");
    let flag_url = from_flag.url("/t");
    assert_eq!(
        get(&[], &[("TOK_ELFSQUAD_TOKEN_URL", &env_url)]),
        "AT-env\n"
    );
    assert_eq!(
        get(
            &["--token-url", &flag_url],
            &[("TOK_ELFSQUAD_TOKEN_URL", &env_url)]
        ),
        "AT-flag\n"
    );
}

#[test]
fn a_command_secret_runs_only_on_a_miss() {
    let srv = Server::fixed("AT-cmd", 3600);
    let dir = tempfile::tempdir().unwrap();
    let counter = dir.path().join("runs");
    let script = dir.path().join("secret.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho run >> {}\necho '  from-a-command  '\n",
            path_str(&counter)
        ),
    )
    .unwrap();
    let failing = dir.path().join("fail.sh");
    std::fs::write(&failing, "#!/bin/sh\necho 'gpg: decryption failed: No secret key' >&2\necho second line >&2\nexit 2\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    for f in [&script, &failing] {
        std::fs::set_permissions(f, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let (env, _) = with_config(&format!(
        r#"
[accounts.shop-test]
provider = "elfsquad"
client-id = "77aa"
token-url = "{url}"
client-secret = {{ command = ["{script}"] }}

[accounts.broken]
provider = "elfsquad"
client-id = "77ab"
token-url = "{url}"
client-secret = {{ command = ["{failing}", "arg"] }}
"#,
        url = srv.url("/t"),
        script = path_str(&script),
        failing = path_str(&failing),
    ));
    run(&mut env.tok(&["get", "shop-test"])).expect(0);
    assert_eq!(
        srv.last().form()["client_secret"],
        "from-a-command",
        "stdout trimmed"
    );
    run(&mut env.tok(&["get", "shop-test"])).expect(0);
    let runs = std::fs::read_to_string(&counter).unwrap();
    assert_eq!(runs.lines().count(), 1, "a cache hit runs no command");
    let out = run(&mut env.tok(&["get", "broken"]))
        .expect(4)
        .one_line_error();
    assert!(
        out.stderr
            .contains("fail.sh failed (exit 2): gpg: decryption failed: No secret key"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("second line"));
}

#[test]
fn a_file_secret_is_read_with_tilde_and_trimmed() {
    let srv = Server::fixed("AT-file", 3600);
    let (env, _) = with_config(&format!(
        "[accounts.f]\nprovider = \"oauth2\"\ntoken-url = \"{}\"\nclient-id = \"c\"\nclient-secret = {{ file = \"~/secrets/idp\" }}\nscope = \"api.read\"\n",
        srv.url("/t")
    ));
    std::fs::create_dir_all(env.home.path().join("secrets")).unwrap();
    std::fs::write(env.home.path().join("secrets/idp"), "file-s3cret\n").unwrap();
    run(&mut env.tok(&["get", "f"])).expect(0);
    let (user, pass) = srv.last().basic().unwrap();
    assert_eq!((user.as_str(), pass.as_str()), ("c", "file-s3cret"));
    assert_eq!(srv.last().form()["scope"], "api.read");
}

#[test]
fn config_mistakes_are_usage_errors_naming_file_line_and_key() {
    for (text, says) in [
        (
            "[accounts.elfsquad]\nprovider = \"elfsquad\"\n",
            ":1: account elfsquad is named like a provider",
        ),
        (
            "[accounts.a]\nprovider = \"nope\"\n",
            ":2: account a, key provider: unknown provider nope",
        ),
        (
            "[accounts.a]\nprovider = \"elfsquad\"\nclient-idd = \"x\"\n",
            ":3: account a, key client-idd: unknown key",
        ),
        (
            "[accounts.a]\nprovider = \"authapi\"\nstaging = \"yes\"\n",
            ":3: account a, key staging: must be true or false",
        ),
        (
            "[accounts.a]\nprovider = \"elfsquad\"\n\nclient-secret = \"literal\"\n",
            ":4: account a, key client-secret: a secret is never written in the file",
        ),
        (
            "[accounts.a]\nprovider = \"elfsquad\"\nmin-ttl = \"soon\"\n",
            ":3: account a, key min-ttl: must be a whole number",
        ),
        ("[accounts.a\n", ":1: "),
    ] {
        let (env, file) = with_config(text);
        let out = run(&mut env.tok(&["get", "a"])).expect(2).one_line_error();
        let want = format!("tok: {}{says}", file.display());
        assert!(
            out.stderr.starts_with(&want),
            "want {want}\n got {}",
            out.stderr
        );
        if says.contains("secret is never written") {
            for form in [
                "{ env = ",
                "{ file = ",
                "{ command = ",
                "{ keyring = true }",
            ] {
                assert!(out.stderr.contains(form), "{}", out.stderr);
            }
        }
        run(&mut env.tok(&["accounts"])).expect(2).one_line_error();
    }
    // --config and TOK_CONFIG name a file that must exist
    let env = Env::new();
    let out = run(&mut env.tok(&["accounts", "--config", "/nonexistent/tok.toml"]))
        .expect(2)
        .one_line_error();
    assert!(
        out.stderr.contains("/nonexistent/tok.toml"),
        "{}",
        out.stderr
    );
    // no config file at all is fine
    run(&mut env.tok(&["accounts"])).expect(0);
}

#[test]
fn discovery_against_a_real_openid_provider() {
    let Some(op) = Oidc::start() else { return };
    let (env, _) = with_config(&format!(
        r#"
[accounts.idp]
provider = "oauth2"
issuer = "{}"
client-id = "ci-runner"
client-secret = {{ env = "IDP_SECRET" }}
scope = "api.read"
"#,
        op.issuer
    ));
    let env = env.var("IDP_SECRET", "ci-runner-secret-0123456789");
    let out = run(&mut env.tok(&["get", "idp", "-f", "json", "-v"])).expect(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["scope"], "api.read");
    assert!(
        out.stderr
            .contains(&format!("discovery: token endpoint {}/token", op.issuer)),
        "{}",
        out.stderr
    );
    // a hit never fetches the document; a miss within a day reads it from the cache
    let out = run(&mut env.tok(&["get", "idp", "-v"])).expect(0);
    assert!(!out.stderr.contains("discovery"), "{}", out.stderr);
    let out = run(&mut env.tok(&["get", "idp", "--refresh", "-v"])).expect(0);
    assert!(out.stderr.contains("from the cache"), "{}", out.stderr);
    assert!(!out.stderr.contains("GET "), "{}", out.stderr);
    // the document is private
    use std::os::unix::fs::PermissionsExt;
    let doc = std::fs::read_dir(&env.cache)
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with("discovery-"))
        .expect("a cached discovery document");
    assert_eq!(doc.metadata().unwrap().permissions().mode() & 0o777, 0o600);
    // by flag, the same: --issuer
    let out = run(&mut env.tok(&[
        "get",
        "oauth2",
        "--issuer",
        &op.issuer,
        "--client-id",
        "ci-runner",
        "--client-secret",
        "ci-runner-secret-0123456789",
        "--scope",
        "api.read",
        "--no-cache",
    ]))
    .expect(0);
    assert!(!out.stdout.is_empty());
}

#[test]
fn a_discovery_document_for_another_issuer_is_refused() {
    let srv = Server::start(|req, _| {
        if req.path == "/.well-known/openid-configuration" {
            Reply::ok(
                r#"{"issuer":"https://evil.example","token_endpoint":"https://evil.example/token"}"#,
            )
        } else {
            Reply::token("never", 3600)
        }
    });
    let env = Env::new();
    let out = run(&mut env.tok(&[
        "get",
        "oauth2",
        "--issuer",
        &srv.url(""),
        "--client-id",
        "c",
        "--client-secret",
        "s",
    ]))
    .expect(3)
    .one_line_error();
    assert!(
        out.stderr.contains("names another issuer"),
        "{}",
        out.stderr
    );
    assert_eq!(srv.hits(), 1, "only the document was fetched");
    // RFC 8414 as fallback when there is no openid-configuration
    let me = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let me2 = me.clone();
    let srv = Server::start(move |req, _| {
        let issuer = me2.lock().unwrap().clone();
        match req.path.as_str() {
            "/.well-known/oauth-authorization-server" => Reply::ok(&format!(
                r#"{{"issuer":"{issuer}","token_endpoint":"{issuer}/t"}}"#
            )),
            "/t" => Reply::token("AT-8414", 3600),
            _ => Reply::Json(404, "{}".into()),
        }
    });
    *me.lock().unwrap() = srv.url("");
    let out = run(&mut env.tok(&[
        "get",
        "oauth2",
        "--issuer",
        &srv.url(""),
        "--client-id",
        "c",
        "--client-secret",
        "s",
    ]))
    .expect(0);
    assert_eq!(out.stdout, "AT-8414\n");
    let paths: Vec<String> = srv.seen().iter().map(|r| r.path.clone()).collect();
    assert_eq!(
        paths,
        [
            "/.well-known/openid-configuration",
            "/.well-known/oauth-authorization-server",
            "/t"
        ]
    );
}

#[test]
fn cache_clear_and_logout_of_an_account_touch_only_its_tokens() {
    let srv =
        Server::start(|req, _| Reply::token(&format!("AT-{}", req.form()["client_id"]), 3600));
    let (env, _) = with_config(&format!(
        "[accounts.one]\nprovider = \"elfsquad\"\nclient-id = \"c1\"\nclient-secret = {{ env = \"S\" }}\ntoken-url = \"{url}\"\n\n\
         [accounts.two]\nprovider = \"elfsquad\"\nclient-id = \"c2\"\nclient-secret = {{ env = \"S\" }}\ntoken-url = \"{url}\"\n",
        url = srv.url("/t")
    ));
    let env = env.var("S", "s3cret");
    run(&mut env.tok(&["get", "one"])).expect(0);
    run(&mut env.tok(&["get", "two"])).expect(0);
    assert_eq!(env.entries().len(), 2);
    let out = run(&mut env.tok(&["cache", "clear", "one"])).expect(0);
    assert!(
        out.stderr.starts_with("tok: removed 1 cached file"),
        "{}",
        out.stderr
    );
    let out = run(&mut env.tok(&["cache", "list", "--json"])).expect(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["identity"], "c2");
    // logout drops the account's tokens even without a keyring
    let out = run(env.tok(&["logout", "two"]).env("TOK_KEYRING", "none")).expect(0);
    assert!(
        out.stderr
            .contains("no keyring entry for elfsquad (profile two); dropped 1 cached token"),
        "{}",
        out.stderr
    );
    assert!(env.entries().is_empty());
}

#[test]
fn a_command_secret_is_bounded_by_timeout_even_through_what_it_leaves_running() {
    let (env, _) = with_config(
        "[accounts.slow]\nprovider = \"elfsquad\"\nclient-id = \"c\"\ntoken-url = \"http://127.0.0.1:9/t\"\n\
         client-secret = { command = [\"sh\", \"-c\", \"sleep 30\"] }\n\n\
         [accounts.bg]\nprovider = \"elfsquad\"\nclient-id = \"c\"\ntoken-url = \"http://127.0.0.1:9/t\"\n\
         client-secret = { command = [\"sh\", \"-c\", \"sleep 30 & echo s3cret\"] }\n",
    );
    for (account, says) in [
        ("slow", "did not finish within --timeout"),
        ("bg", "kept its output open past --timeout"),
    ] {
        let started = std::time::Instant::now();
        let out = run(&mut env.tok(&["get", account, "--timeout", "2", "--dry-run"]))
            .expect(4)
            .one_line_error();
        assert!(out.stderr.contains(says), "{account}: {}", out.stderr);
        let took = started.elapsed();
        assert!(
            took < std::time::Duration::from_secs(10),
            "{account}: took {took:?}"
        );
    }
}

/// Issue 20.1: a global `--config` before the command is honoured for
/// account names, in both spellings, for get, curl, exec and cache clear.
#[test]
fn a_global_config_before_the_command_finds_the_account() {
    let srv = Server::fixed("AT-global", 3600);
    let (env, file) = with_config("");
    let named = env.home.path().join("named.toml");
    std::fs::write(
        &named,
        format!(
            "[accounts.shop]\nprovider = \"elfsquad\"\nclient-id = \"c1\"\nclient-secret = {{ env = \"SHOP_S\" }}\ntoken-url = \"{}\"\n",
            srv.url("/oauth2/token")
        ),
    )
    .unwrap();
    drop(file);
    let env = env.var("SHOP_S", "shop-secret");
    let flag: String = path_str(&named).to_string();
    let eq = format!("--config={flag}");
    fn with<'a>(pre: &[&'a str], rest: &[&'a str]) -> Vec<&'a str> {
        pre.iter().chain(rest).copied().collect()
    }
    for pre in [vec!["--config", &flag[..]], vec![&eq[..]]] {
        let with = |rest: &[&'static str]| with(&pre, rest);
        let out = run(&mut env.tok(&with(&["get", "shop"]))).expect(0);
        assert_eq!(out.stdout, "AT-global\n");
        let out = run(&mut env.tok(&with(&[
            "exec",
            "shop",
            "--",
            "sh",
            "-c",
            "printf %s \"$TOK_ACCESS_TOKEN\"",
        ])))
        .expect(0);
        assert_eq!(out.stdout, "AT-global");
        run(&mut env.tok(&with(&["cache", "clear", "shop"]))).expect(0);
    }
    assert_eq!(srv.hits(), 2, "one fetch per spelling, after each clear");
}

/// Issue 20.2: `tok accounts` shows the URL a call through the account
/// actually sends to, by the code that builds the request.
#[test]
fn accounts_show_the_endpoint_that_is_called() {
    let (env, _) = with_config(
        r#"
[accounts.plain]
provider = "elfsquad"
[accounts.old]
provider = "elfsquad"
legacy = true
legacy-url = "https://legacy.example/login"
[accounts.oldest]
provider = "elfsquad"
legacy = true
[accounts.stg]
provider = "authapi"
base-url = "https://auth.example.com"
staging = true
"#,
    );
    let out = run(&mut env.tok(&["accounts", "--json"])).expect(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let endpoint = |name: &str| {
        v.as_array()
            .unwrap()
            .iter()
            .find(|a| a["name"] == name)
            .unwrap()["endpoint"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(endpoint("plain"), "https://login.elfsquad.io/oauth2/token");
    assert_eq!(endpoint("old"), "https://legacy.example/login");
    assert_eq!(
        endpoint("oldest"),
        "https://api.elfsquad.io/api/2/auth/elfskotconnectlogin"
    );
    assert_eq!(
        endpoint("stg"),
        "https://auth-stg.example.com/auth/password"
    );
    let table = run(&mut env.tok(&["accounts"])).expect(0);
    assert!(
        table
            .stdout
            .contains("https://auth-stg.example.com/auth/password"),
        "{}",
        table.stdout
    );
    // and the request goes there
    let dry = run(env
        .tok(&["get", "stg", "--dry-run"])
        .env("TOK_AUTHAPI_USERNAME", "u")
        .env("TOK_AUTHAPI_PASSWORD", "p"))
    .expect(0);
    assert!(
        dry.stdout
            .contains("https://auth-stg.example.com/auth/password"),
        "{}",
        dry.stdout
    );
}

/// Issue 20.3: values a provider refuses together as flags are refused in
/// the file too, naming the file, the line and the key.
#[test]
fn legacy_with_a_token_url_in_the_file_is_exit_2() {
    let (env, file) = with_config(
        "[accounts.old]\nprovider = \"elfsquad\"\nlegacy = true\ntoken-url = \"https://x.example/t\"\n",
    );
    for args in [
        &["get", "old"][..],
        &["accounts"],
        &["get", "elfsquad", "--dry-run"],
    ] {
        let out = run(&mut env.tok(args)).expect(2).one_line_error();
        assert!(
            out.stderr
                .contains(&format!("{}:4: account old, key token-url", file.display())),
            "{args:?}: {}",
            out.stderr
        );
    }
}

/// Issue 20.4: a mistyped account name is suggested from accounts and
/// providers alike.
#[test]
fn a_mistyped_account_gets_a_suggestion() {
    let (env, _) = with_config("[accounts.shop-local]\nprovider = \"elfsquad\"\n");
    let out = run(&mut env.tok(&["get", "shop-locl"]))
        .expect(2)
        .one_line_error();
    assert_eq!(
        out.stderr.trim_end(),
        "tok: unknown provider or account 'shop-locl' (did you mean 'shop-local'?) (see --help)"
    );
}

/// Issue 20.5: the config file is checked when a provider is named too.
#[test]
fn a_broken_or_missing_named_config_is_exit_2_for_a_provider_call() {
    let (env, file) = with_config("[accounts.elfsquad]\nprovider = \"elfsquad\"\n");
    let out = run(&mut env.tok(&["get", "elfsquad", "--dry-run"]))
        .expect(2)
        .one_line_error();
    assert!(
        out.stderr.contains("named like a provider"),
        "{}",
        out.stderr
    );
    std::fs::write(&file, "[accounts.a\n").unwrap();
    run(&mut env.tok(&["get", "elfsquad", "--dry-run"]))
        .expect(2)
        .one_line_error();
    let env = Env::new();
    let missing = env.home.path().join("nope.toml");
    for args in [
        vec!["get", "elfsquad", "--dry-run"],
        vec!["cache", "list"],
        vec!["logout", "elfsquad"],
    ] {
        let out = run(env.tok(&args).env("TOK_CONFIG", path_str(&missing)))
            .expect(2)
            .one_line_error();
        assert!(out.stderr.contains("nope.toml"), "{args:?}: {}", out.stderr);
    }
    let flag = path_str(&missing);
    run(&mut env.tok(&["get", "elfsquad", "--dry-run", "--config", flag])).expect(2);
}

/// Issue 20.6: an account and the same values given by flags share one
/// cache entry (login fields the grant does not read are no part of it).
#[test]
fn an_oauth2_account_and_the_same_flags_share_one_entry() {
    let srv = Server::fixed("AT-gen", 3600);
    let url = srv.url("/token");
    let (env, _) = with_config(&format!(
        "[accounts.gen]\nprovider = \"oauth2\"\ntoken-url = \"{url}\"\nclient-id = \"cid-123\"\nclient-secret = {{ env = \"GEN_SECRET\" }}\n"
    ));
    let env = env
        .var("GEN_SECRET", "gen-s3cret")
        .var("TOK_KEYRING", "none");
    run(&mut env.tok(&["get", "gen"])).expect(0);
    let out = run(env
        .tok(&[
            "get",
            "oauth2",
            "--token-url",
            &url,
            "--client-id",
            "cid-123",
            "-f",
            "json",
        ])
        .env("TOK_OAUTH2_CLIENT_SECRET", "gen-s3cret"))
    .expect(0);
    assert!(
        out.stdout.contains(r#""from_cache":true"#),
        "{}",
        out.stdout
    );
    assert_eq!(srv.hits(), 1);
}

/// Issue 20.11: a secret variable that is not UTF-8 is named (never
/// shown), exit 2 — a TOK_ variable and an account's `{ env = … }` alike.
#[cfg(unix)]
#[test]
fn a_secret_variable_that_is_not_utf8_is_named() {
    use std::os::unix::ffi::OsStrExt;
    let bad = std::ffi::OsStr::from_bytes(b"s3cret-\xff\xfe");
    let (env, _) = with_config(
        "[accounts.shop]\nprovider = \"elfsquad\"\nclient-id = \"c\"\nclient-secret = { env = \"SHOP_S\" }\n",
    );
    let out = run(env
        .tok(&["get", "elfsquad", "--client-id", "c"])
        .env("TOK_ELFSQUAD_CLIENT_SECRET", bad))
    .expect(2)
    .one_line_error();
    assert!(
        out.stderr
            .contains("TOK_ELFSQUAD_CLIENT_SECRET holds bytes that are not UTF-8"),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("invalid UTF-8 was detected"),
        "{}",
        out.stderr
    );
    let out = run(env.tok(&["get", "shop"]).env("SHOP_S", bad))
        .expect(2)
        .one_line_error();
    assert!(
        out.stderr
            .contains("SHOP_S (the client secret of account shop) holds bytes that are not UTF-8"),
        "{}",
        out.stderr
    );
}

/// Issue 20.17: `tok accounts` without a config file says where it looked
/// and what an account looks like.
#[test]
fn accounts_without_a_file_say_where_they_looked() {
    let env = Env::new();
    let out = run(&mut env.tok(&["accounts"])).expect(0);
    assert!(out.stdout.contains("no config file at "), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("config.toml (TOK_CONFIG or --config name another)"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("[accounts.shop]\nprovider = \"elfsquad\""),
        "{}",
        out.stdout
    );
}
