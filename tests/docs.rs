//! What a shell user reaches for after day one: completions (committed and
//! checked for staleness), `tok inspect`, and `--help` that names every env
//! var and default.

mod common;
use common::*;

const SHELLS: &[(&str, &str)] = &[
    ("bash", "tok.bash"),
    ("zsh", "_tok"),
    ("fish", "tok.fish"),
    ("powershell", "_tok.ps1"),
    ("elvish", "tok.elv"),
];

/// Regenerate with: TOK_UPDATE_COMPLETIONS=1 cargo test --test docs
#[test]
fn committed_completions_are_current() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("TOK_UPDATE_COMPLETIONS").is_some();
    let env = Env::new();
    for (shell, file) in SHELLS {
        let out = run(&mut env.tok(&["completions", shell])).expect(0);
        assert!(
            out.stdout.len() > 1000,
            "{shell}: {} bytes",
            out.stdout.len()
        );
        let path = dir.join(file);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &out.stdout).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == out.stdout,
            "completions/{file} is stale: regenerate with `TOK_UPDATE_COMPLETIONS=1 cargo test --test docs` and commit it"
        );
    }
}

#[test]
fn completions_know_the_providers_and_flags() {
    let env = Env::new();
    let out = run(&mut env.tok(&["completions", "bash"])).expect(0);
    for word in [
        "elfsquad",
        "authapi",
        "envoy",
        "crayon",
        "oauth2",
        "--client-secret",
        "--min-ttl",
        "--legacy",
    ] {
        assert!(
            out.stdout.contains(word),
            "{word} missing from bash completions"
        );
    }
    run(&mut env.tok(&["completions", "tcsh"])).expect(2);
}

#[test]
fn every_provider_help_shows_each_env_var_and_default() {
    let env = Env::new();
    for (provider, vars, defaults) in [
        (
            "elfsquad",
            &[
                "TOK_ELFSQUAD_CLIENT_ID",
                "TOK_ELFSQUAD_CLIENT_SECRET",
                "TOK_ELFSQUAD_TOKEN_URL",
                "TOK_ELFSQUAD_SCOPE",
                "TOK_ELFSQUAD_LEGACY",
            ][..],
            &["Elfskot.Api", "https://login.elfsquad.io/oauth2/token"][..],
        ),
        (
            "authapi",
            &[
                "TOK_AUTHAPI_USERNAME",
                "TOK_AUTHAPI_PASSWORD",
                "TOK_AUTHAPI_BASE_URL",
                "TOK_AUTHAPI_STAGING",
            ],
            &["-stg"],
        ),
        (
            "envoy",
            &[
                "TOK_ENVOY_CLIENT_ID",
                "TOK_ENVOY_CLIENT_SECRET",
                "TOK_ENVOY_USERNAME",
                "TOK_ENVOY_PASSWORD",
                "TOK_ENVOY_API_KEY",
                "TOK_ENVOY_TOKEN_URL",
                "TOK_ENVOY_SCOPE",
            ],
            &[
                "token.refresh,locations.read",
                "https://api.envoy.com/oauth2/token",
            ],
        ),
        (
            "crayon",
            &[
                "TOK_CRAYON_CLIENT_ID",
                "TOK_CRAYON_CLIENT_SECRET",
                "TOK_CRAYON_USERNAME",
                "TOK_CRAYON_PASSWORD",
                "TOK_CRAYON_TOKEN_URL",
                "TOK_CRAYON_SCOPE",
            ],
            &[
                "CustomerApi",
                "https://api.crayon.com/api/v1/connect/token/",
            ],
        ),
        (
            "oauth2",
            &[
                "TOK_OAUTH2_TOKEN_URL",
                "TOK_OAUTH2_GRANT",
                "TOK_OAUTH2_CLIENT_AUTH",
                "TOK_OAUTH2_CLIENT_ID",
                "TOK_OAUTH2_CLIENT_SECRET",
                "TOK_OAUTH2_USERNAME",
                "TOK_OAUTH2_PASSWORD",
                "TOK_OAUTH2_REFRESH_TOKEN",
                "TOK_OAUTH2_SCOPE",
                "TOK_OAUTH2_AUDIENCE",
            ],
            &["client_credentials", "basic"],
        ),
    ] {
        let out = run(&mut env.tok(&["get", provider, "--help"])).expect(0);
        for v in vars.iter().chain(defaults) {
            assert!(
                out.stdout.contains(v),
                "{provider} --help lacks {v}:\n{}",
                out.stdout
            );
        }
        // the common flags show up under each provider too
        for v in [
            "TOK_PROFILE",
            "TOK_MIN_TTL",
            "TOK_TIMEOUT",
            "TOK_CA_CERT",
            "[default: 60]",
            "[default: 30]",
        ] {
            assert!(out.stdout.contains(v), "{provider} --help lacks {v}");
        }
    }
    let out = run(&mut env.tok(&["login", "--help"])).expect(0);
    assert!(out.stdout.contains("TOK_PROFILE") && out.stdout.contains("[default: default]"));
    let out = run(&mut env.tok(&["--help"])).expect(0);
    assert!(out.stdout.contains("Exit codes"));
}

fn jwt(claims: &str) -> String {
    use base64::Engine;
    let e = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    format!(
        "{}.{}.c2ln",
        e.encode(r#"{"alg":"RS256","kid":"k1"}"#),
        e.encode(claims)
    )
}

#[test]
fn inspect_decodes_a_jwt_from_an_argument_or_stdin() {
    let env = Env::new();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let token = jwt(&format!(
        r#"{{"sub":"me","iat":{},"exp":{}}}"#,
        now - 60,
        now + 3600
    ));
    let out = run(&mut env.tok(&["inspect", &token])).expect(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["header"]["alg"], "RS256");
    assert_eq!(v["claims"]["sub"], "me");
    assert!(v["times"]["exp"].as_str().unwrap().ends_with('Z'));
    assert!(v["times"]["iat"].as_str().unwrap().ends_with('Z'));
    assert_eq!(v["expired"], false);
    assert!(
        v["time_left"].as_str().unwrap().starts_with("59m")
            || v["time_left"].as_str().unwrap().starts_with("1h")
    );

    // tok get x | tok inspect -
    let srv = Server::start(move |_, _| {
        Reply::ok(&format!(
            r#"{{"access_token":"{token}","expires_in":3600}}"#
        ))
    });
    let got = run(&mut env.tok(&[
        "get",
        "elfsquad",
        "--client-id",
        "c",
        "--client-secret",
        "s3cret",
        "--token-url",
        &srv.url("/t"),
    ]))
    .expect(0);
    let out = run(env.tok(&["inspect", "-"]).write_stdin(got.stdout)).expect(0);
    assert!(out.stdout.contains("\"sub\": \"me\""), "{}", out.stdout);
    // the header form pipes in too, and - is the default
    let got = run(&mut env.tok(&[
        "get",
        "elfsquad",
        "--client-id",
        "c",
        "--client-secret",
        "s3cret",
        "-f",
        "header",
        "--token-url",
        &srv.url("/t"),
    ]))
    .expect(0);
    let out = run(env.tok(&["inspect"]).write_stdin(got.stdout)).expect(0);
    assert!(out.stdout.contains("\"sub\": \"me\""), "{}", out.stdout);
    // and the JSON form; --check passes for a valid token
    let got = run(&mut env.tok(&[
        "get",
        "elfsquad",
        "--client-id",
        "c",
        "--client-secret",
        "s3cret",
        "-f",
        "json",
        "--token-url",
        &srv.url("/t"),
    ]))
    .expect(0);
    let out = run(env.tok(&["inspect", "--check"]).write_stdin(got.stdout)).expect(0);
    assert!(out.stdout.contains("\"sub\": \"me\""), "{}", out.stdout);
}

#[test]
fn inspect_check_fails_for_an_expired_or_not_yet_valid_token() {
    let env = Env::new();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let expired = jwt(&format!(r#"{{"exp":{}}}"#, now - 7200));
    let out = run(&mut env.tok(&["inspect", "--check", &expired])).expect(1);
    assert!(
        out.stderr.starts_with("tok: the token expired 2h00m ago"),
        "{}",
        out.stderr
    );
    assert!(
        out.stdout.contains("\"expired\": true"),
        "the report is still printed"
    );
    let early = jwt(&format!(r#"{{"nbf":{},"exp":{}}}"#, now + 600, now + 3600));
    let out = run(&mut env.tok(&["inspect", "--check", &early])).expect(1);
    assert!(out.stderr.contains("not valid before"), "{}", out.stderr);
    // without --check, only a report
    run(&mut env.tok(&["inspect", &expired])).expect(0);
}

#[test]
fn inspect_says_how_long_ago_a_token_expired() {
    let env = Env::new();
    let token = jwt(r#"{"exp":1000000000}"#);
    let out = run(&mut env.tok(&["inspect", &token])).expect(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["expired"], true);
    assert_eq!(v["times"]["exp"], "2001-09-09T01:46:40Z");
    assert!(
        v["time_left"].as_str().unwrap().starts_with("expired "),
        "{}",
        v["time_left"]
    );
}

#[test]
fn inspect_rejects_what_is_not_a_jwt() {
    let env = Env::new();
    for bad in ["opaque-token", "a.b.c", "", "x.eyJhIjoxfQ.y"] {
        let out = run(env.tok(&["inspect", "-"]).write_stdin(bad.to_string()))
            .expect(2)
            .one_line_error();
        assert!(
            out.stderr.starts_with("tok: not a JWT") || out.stderr.contains("no token"),
            "{bad}: {}",
            out.stderr
        );
    }
}

#[test]
fn curl_recipe_keeps_the_token_out_of_argv() {
    if !have("curl") {
        return skip("curl is not installed (apt-get install curl, as in .ci/run)");
    }
    let api = Server::start(|req, _| {
        if req.header("authorization") == Some("Bearer AT-curl") {
            Reply::ok(r#"{"features":[]}"#)
        } else {
            Reply::status(401, "text/plain", "no")
        }
    });
    let idp = Server::fixed("AT-curl", 3600);
    let env = Env::new()
        .var("TOK_ELFSQUAD_CLIENT_ID", "cid")
        .var("TOK_ELFSQUAD_CLIENT_SECRET", "s3cret-value");
    let script = format!(
        "{tok} get elfsquad --token-url {idp} -f header | curl -sf -H @- {api}",
        tok = tok_bin().display(),
        idp = idp.url("/oauth2/token"),
        api = api.url("/data/1/features"),
    );
    let o = std::process::Command::new("sh")
        .args(["-c", &script])
        .env_clear()
        .env("HOME", env.home.path())
        .env("TOK_CACHE_DIR", &env.cache)
        .env("PATH", "/usr/bin:/bin")
        .env("TOK_ELFSQUAD_CLIENT_ID", "cid")
        .env("TOK_ELFSQUAD_CLIENT_SECRET", "s3cret-value")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(String::from_utf8_lossy(&o.stdout), r#"{"features":[]}"#);
}

/// The man pages: `man/tok.1` and one per subcommand, generated from the
/// clap definitions. Regenerate with: TOK_UPDATE_MAN=1 cargo test --test docs
#[test]
fn committed_man_pages_are_current() {
    use clap::CommandFactory;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let update = std::env::var_os("TOK_UPDATE_MAN").is_some();
    let mut cmd = tok::cli::Cli::command();
    cmd.build();
    let mut pages = vec![("tok.1".to_string(), cmd.clone())];
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("tok-{}", sub.get_name());
        let bin = format!("tok {}", sub.get_name());
        pages.push((format!("{name}.1"), sub.clone().name(name).bin_name(bin)));
    }
    for (file, page) in pages {
        let mut out = Vec::new();
        clap_mangen::Man::new(page).render(&mut out).unwrap();
        let path = dir.join(&file);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &out).unwrap();
            continue;
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == out,
            "man/{file} is stale: regenerate with `TOK_UPDATE_MAN=1 cargo test --test docs` and commit it"
        );
    }
}

#[test]
fn bash_completion_offers_config_accounts_where_a_provider_goes() {
    if !have("bash") {
        return skip("bash is not installed");
    }
    let env = Env::new();
    let config = env.home.path().join("tok.toml");
    std::fs::write(
        &config,
        "[accounts.shop-prod]\nprovider = \"elfsquad\"\n\n[accounts.warehouse]\nprovider = \"authapi\"\n",
    )
    .unwrap();
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/tok.bash");
    let bin_dir = tok_bin().parent().unwrap().to_path_buf();
    let complete = |line: &str| {
        let out = std::process::Command::new("bash")
            .args([
                "-c",
                &format!(
                    "source {}; COMP_WORDS=({line}); COMP_CWORD=$((${{#COMP_WORDS[@]}}-1)); \
                     _tok_accounts tok \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; \
                     printf '%s\\n' \"${{COMPREPLY[@]}}\"",
                    script.display()
                ),
            ])
            .env_clear()
            .env("PATH", format!("{}:/usr/bin:/bin", bin_dir.display()))
            .env("HOME", env.home.path())
            .env("TOK_CONFIG", &config)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let got = complete("tok get ''");
    assert!(
        got.contains("shop-prod") && got.contains("warehouse"),
        "{got}"
    );
    assert!(got.contains("elfsquad"), "providers still offered: {got}");
    assert_eq!(complete("tok curl sho").trim(), "shop-prod");
    assert!(!complete("tok inspect ''").contains("shop-prod"));
}

/// The config file and `tok` on PATH for a completion test.
fn completion_env() -> (Env, std::path::PathBuf, String) {
    let env = Env::new();
    let config = env.home.path().join("tok.toml");
    std::fs::write(
        &config,
        "[accounts.shop-prod]\nprovider = \"elfsquad\"\n\n[accounts.warehouse]\nprovider = \"authapi\"\n",
    )
    .unwrap();
    let bin_dir = tok_bin().parent().unwrap().to_path_buf();
    let path = format!("{}:/usr/bin:/bin", bin_dir.display());
    (env, config, path)
}

/// Issue 20.16: the zsh hook offers accounts after get/curl/exec/login/
/// logout (clap's own completer and zsh's compadd stubbed: the hook is
/// what is tested, run by a real zsh).
#[test]
fn zsh_completion_offers_config_accounts_where_a_provider_goes() {
    if !have("zsh") {
        return skip("zsh is not installed (apt-get install zsh)");
    }
    let (env, config, path) = completion_env();
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/_tok");
    let complete = |words: &str| {
        let out = std::process::Command::new("zsh")
            .args([
                "-f",
                "-c",
                &format!(
                    "source {} 2>/dev/null; _tok() {{ : }}; \
                     compadd() {{ print -l -- ${{(P)${{@[-1]}}}} }}; \
                     words=({words}); CURRENT=${{#words}}; _tok_accounts",
                    script.display()
                ),
            ])
            .env_clear()
            .env("PATH", &path)
            .env("HOME", env.home.path())
            .env("TOK_CONFIG", &config)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let got = complete("tok get ''");
    assert_eq!(
        got.lines().collect::<Vec<_>>(),
        ["shop-prod", "warehouse"],
        "{got}"
    );
    assert!(complete("tok logout ''").contains("warehouse"));
    assert_eq!(complete("tok inspect ''"), "");
}

/// Issue 20.16: fish offers accounts where a provider goes (fish's own
/// `complete -C` answers as it would at a prompt).
#[test]
fn fish_completion_offers_config_accounts_where_a_provider_goes() {
    if !have("fish") {
        return skip("fish is not installed (apt-get install fish)");
    }
    let (env, config, path) = completion_env();
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/tok.fish");
    let complete = |line: &str| {
        let out = std::process::Command::new("fish")
            .args([
                "--no-config",
                "-c",
                &format!("source {}; complete -C '{line}'", script.display()),
            ])
            .env_clear()
            .env("PATH", &path)
            .env("HOME", env.home.path())
            .env("TOK_CONFIG", &config)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let got = complete("tok get ");
    assert!(
        got.contains("shop-prod\taccount") && got.contains("warehouse"),
        "{got}"
    );
    assert!(got.contains("elfsquad"), "providers still offered: {got}");
    assert!(
        complete("tok curl sho").starts_with("shop-prod"),
        "{}",
        complete("tok curl sho")
    );
    assert!(!complete("tok inspect ").contains("shop-prod"));
}
