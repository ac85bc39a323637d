//! Leak hunt: for every provider and every path that prints (wrong
//! credentials, server errors, malformed answers, -v, --dry-run, JSON
//! errors), stdout, stderr and every cache file are searched for each secret
//! and for tokens that must not be there. The servers here are hostile: they
//! echo the secrets back in their error texts.

mod common;
use common::*;

const CLIENT_SECRET: &str = "cl1ent-Secret-Alpha";
const PASSWORD: &str = "passw0rd-Bravo-Charlie";
const ACCESS: &str = "acc3ss-Token-Delta";
const REFRESH: &str = "refr3sh-Token-Echo";

struct Case {
    name: &'static str,
    args: Vec<String>,
}

impl Case {
    /// The secrets this provider is given (tok cannot hide what it never had).
    fn secrets(&self) -> Vec<&'static str> {
        let basic = "Y2lkOmNsMWVudC1TZWNyZXQtQWxwaGE";
        match self.name {
            "elfsquad" | "elfsquad --legacy" | "oauth2 body" => vec![CLIENT_SECRET],
            "authapi" => vec![PASSWORD],
            _ => vec![CLIENT_SECRET, PASSWORD, basic],
        }
    }
}

fn cases(url: &str) -> Vec<Case> {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    vec![
        Case {
            name: "elfsquad",
            args: s(&["get", "elfsquad", "--client-id", "cid", "--token-url", url]),
        },
        Case {
            name: "elfsquad --legacy",
            args: s(&[
                "get",
                "elfsquad",
                "--legacy",
                "--client-id",
                "cid",
                "--legacy-url",
                url,
            ]),
        },
        Case {
            name: "authapi",
            args: s(&["get", "authapi", "--username", "bob", "--base-url", url]),
        },
        Case {
            name: "envoy",
            args: s(&[
                "get",
                "envoy",
                "--client-id",
                "cid",
                "--username",
                "bob",
                "--token-url",
                url,
            ]),
        },
        Case {
            name: "crayon",
            args: s(&[
                "get",
                "crayon",
                "--client-id",
                "cid",
                "--username",
                "bob",
                "--token-url",
                url,
            ]),
        },
        Case {
            name: "oauth2 basic",
            args: s(&[
                "get",
                "oauth2",
                "--grant",
                "password",
                "--client-id",
                "cid",
                "--username",
                "bob",
                "--token-url",
                url,
            ]),
        },
        Case {
            name: "oauth2 body",
            args: s(&[
                "get",
                "oauth2",
                "--client-auth",
                "body",
                "--client-id",
                "cid",
                "--token-url",
                url,
            ]),
        },
    ]
}

/// Secrets go in through the environment, the way CI passes them.
fn env_with_secrets() -> Env {
    let mut env = Env::new();
    for p in ["ELFSQUAD", "ENVOY", "CRAYON", "OAUTH2"] {
        env = env.var(&format!("TOK_{p}_CLIENT_SECRET"), CLIENT_SECRET);
    }
    for p in ["AUTHAPI", "ENVOY", "CRAYON", "OAUTH2"] {
        env = env.var(&format!("TOK_{p}_PASSWORD"), PASSWORD);
    }
    env
}

fn echo_all() -> String {
    format!(
        "client secret {CLIENT_SECRET} password {PASSWORD} basic Y2lkOmNsMWVudC1TZWNyZXQtQWxwaGE="
    )
}

fn check(
    what: &str,
    env: &Env,
    out: &Out,
    forbidden_on_stdout: &[&str],
    forbidden_on_stderr: &[&str],
) {
    assert!(!out.stderr.contains("panicked"), "{what}: panic");
    for s in forbidden_on_stdout {
        assert!(
            !out.stdout.contains(s),
            "{what}: {s} on stdout:\n{}",
            out.stdout
        );
    }
    for s in forbidden_on_stderr {
        assert!(
            !out.stderr.contains(s),
            "{what}: {s} on stderr:\n{}",
            out.stderr
        );
    }
    for (path, bytes) in env.cache_files() {
        let text = String::from_utf8_lossy(&bytes);
        for s in [CLIENT_SECRET, PASSWORD, "Y2lkOmNsMWVudC1TZWNyZXQtQWxwaGE"] {
            assert!(
                !text.contains(s),
                "{what}: {s} in cache file {}",
                path.display()
            );
        }
    }
}

fn run_case(env: &Env, case: &Case, extra: &[&str]) -> Out {
    let mut args: Vec<&str> = case.args.iter().map(String::as_str).collect();
    args.extend_from_slice(extra);
    run(&mut env.tok(&args))
}

const ALL_SECRETS: &[&str] = &[CLIENT_SECRET, PASSWORD, "Y2lkOmNsMWVudC1TZWNyZXQtQWxwaGE"];

#[test]
fn failures_never_show_a_secret() {
    type Hostile = fn(&str) -> Reply;
    let replies: Vec<(&str, Hostile)> = vec![
        ("rfc6749 401", |e| {
            Reply::Json(
                401,
                format!(r#"{{"error":"invalid_client","error_description":"{e}"}}"#),
            )
        }),
        ("plain 401", |e| Reply::status(401, "text/plain", e)),
        ("crayon-style 200", |e| {
            Reply::ok(&format!(r#"{{"AccessToken":null,"Error":"{e}"}}"#))
        }),
        ("500 text", |e| Reply::status(500, "text/plain", e)),
        ("malformed 200", |e| Reply::status(200, "text/plain", e)),
        ("no token 200", |e| {
            Reply::ok(&format!(r#"{{"message":"{e}"}}"#))
        }),
    ];
    for (label, reply) in replies {
        let srv = Server::start(move |_, _| reply(&echo_all()));
        for case in cases(&srv.url("")) {
            let env = env_with_secrets();
            for extra in [
                &[][..],
                &["-v"][..],
                &["-f", "json"][..],
                &["-v", "-f", "json"][..],
            ] {
                let out = run_case(&env, &case, extra);
                assert_ne!(out.code, 0, "{label} / {}: should fail", case.name);
                let secrets = case.secrets();
                check(
                    &format!("{label} / {} {extra:?}", case.name),
                    &env,
                    &out,
                    &secrets,
                    &secrets,
                );
            }
        }
    }
}

#[test]
fn success_with_verbose_shows_no_secret_and_no_token_on_stderr() {
    let body = format!(
        r#"{{"access_token":"{ACCESS}","refresh_token":"{REFRESH}","token_type":"bearer","expires_in":3600,"AccessToken":"{ACCESS}","accessToken":"{ACCESS}","expiresIn":3600000,"ExpiresIn":3600,"RefreshToken":"{REFRESH}"}}"#
    );
    let srv = Server::start(move |_, _| Reply::ok(&body));
    for case in cases(&srv.url("")) {
        let env = env_with_secrets();
        for round in ["miss", "hit", "refresh"] {
            let extra: &[&str] = if round == "refresh" {
                &["-v", "--refresh", "-f", "json"]
            } else {
                &["-v", "-f", "json"]
            };
            let out = run_case(&env, &case, extra).expect(0);
            let what = format!("{} {round}", case.name);
            let mut on_stderr = ALL_SECRETS.to_vec();
            on_stderr.extend([ACCESS, REFRESH]);
            let mut on_stdout = ALL_SECRETS.to_vec();
            on_stdout.push(REFRESH);
            check(&what, &env, &out, &on_stdout, &on_stderr);
            assert!(out.stdout.contains(ACCESS), "{what}: token printed");
            assert!(out.stderr.contains("tok: "), "{what}: verbose traced");
        }
    }
}

#[test]
fn dry_run_shows_no_secret() {
    let srv = Server::fixed(ACCESS, 3600);
    for case in cases(&srv.url("")) {
        let env = env_with_secrets();
        let out = run_case(&env, &case, &["--dry-run", "-v"]).expect(0);
        check(
            &format!("{} dry-run", case.name),
            &env,
            &out,
            ALL_SECRETS,
            ALL_SECRETS,
        );
        assert!(out.stdout.contains("***"), "{}: {}", case.name, out.stdout);
    }
    assert_eq!(srv.hits(), 0);
    let env = Env::new();
    let out = run(env
        .tok(&["get", "envoy", "--dry-run", "-v"])
        .env("TOK_ENVOY_API_KEY", "api-Key-Foxtrot"))
    .expect(0);
    assert!(
        !out.stdout.contains("api-Key-Foxtrot") && !out.stderr.contains("api-Key-Foxtrot"),
        "{}",
        out.stdout
    );
}

#[test]
fn secrets_given_as_flags_or_files_are_masked_too() {
    let e = echo_all();
    let srv = Server::start(move |_, _| Reply::status(401, "text/plain", &e));
    let env = Env::new();
    let file = env.home.path().join("pw");
    std::fs::write(&file, format!("{PASSWORD}\n")).unwrap();
    let out = run(env
        .tok(&[
            "get",
            "envoy",
            "--client-id",
            "cid",
            "--client-secret",
            CLIENT_SECRET,
            "--username",
            "u",
            "--token-url",
            &srv.url("/t"),
            "-v",
        ])
        .env("TOK_ENVOY_PASSWORD_FILE", &file))
    .expect(3);
    check("flags and files", &env, &out, ALL_SECRETS, ALL_SECRETS);
}
