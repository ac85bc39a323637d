//! Helpers for the sign-in tests: a `tok` running in the background whose
//! stderr can be waited on line by line, and tests/oidc/signin.mjs, which
//! signs in through oidc-provider's own pages as a person would.

use super::*;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::Instant;

/// A `tok` run in the background whose stderr lines arrive on a channel.
pub struct Running {
    child: Child,
    lines: mpsc::Receiver<String>,
    pub seen: Vec<String>,
}

impl Running {
    pub fn start(env: &Env, args: &[&str]) -> Running {
        Running::start_with(env.std_cmd(args))
    }

    pub fn start_with(cmd: std::process::Command) -> Running {
        Running::spawn(cmd, false)
    }

    /// `tok args` on a terminal of its own (util-linux `script` gives it a
    /// pty for stdin, stdout and stderr); its screen arrives as the lines.
    pub fn on_terminal(env: &Env, args: &[&str]) -> Running {
        let words: Vec<String> = std::iter::once(tok_bin().to_string_lossy().into_owned())
            .chain(args.iter().map(|a| a.to_string()))
            .map(|w| format!("'{}'", w.replace('\'', "'\\''")))
            .collect();
        let mut cmd = std::process::Command::new("script");
        cmd.args(["-qfec", &words.join(" "), "/dev/null"])
            .env_clear()
            .env("HOME", env.home.path())
            .env("TOK_CACHE_DIR", &env.cache)
            .env("PATH", "/usr/bin:/bin");
        for (k, v) in &env.vars {
            cmd.env(k, v);
        }
        Running::spawn(cmd, true)
    }

    fn spawn(mut cmd: std::process::Command, screen: bool) -> Running {
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, lines) = mpsc::channel();
        let err: Box<dyn std::io::Read + Send> = if screen {
            Box::new(child.stdout.take().unwrap())
        } else {
            Box::new(child.stderr.take().unwrap())
        };
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        Running {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// The first stderr line containing `what` (waiting up to 20 s).
    pub fn line_with(&mut self, what: &str) -> String {
        let until = Instant::now() + Duration::from_secs(20);
        while let Ok(line) = self
            .lines
            .recv_timeout(until.saturating_duration_since(Instant::now()))
        {
            self.seen.push(line.clone());
            if line.contains(what) {
                return line;
            }
        }
        let _ = self.child.kill();
        panic!("no line with {what:?} on stderr: {:#?}", self.seen);
    }

    pub fn write_stdin(&mut self, text: &str) {
        self.child
            .stdin
            .as_mut()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    }

    /// Wait for the exit (at most 60 s): the code, stdout and all of stderr.
    pub fn finish(mut self) -> Out {
        drop(self.child.stdin.take());
        let until = Instant::now() + Duration::from_secs(60);
        let status = loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                break s;
            }
            if Instant::now() > until {
                let _ = self.child.kill();
                panic!("tok did not finish: {:#?}", self.seen);
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut stdout = String::new();
        if let Some(mut out) = self.child.stdout.take() {
            std::io::Read::read_to_string(&mut out, &mut stdout).unwrap();
        }
        while let Ok(line) = self.lines.recv_timeout(Duration::from_secs(2)) {
            self.seen.push(line);
        }
        Out {
            code: status.code().unwrap_or(-1),
            stdout,
            stderr: self.seen.join("\n"),
        }
    }
}

/// Another env on the same HOME and cache, with `CI=true`.
pub fn same_with_ci(env: &Env) -> Env {
    let mut ci = Env::new()
        .var("CI", "true")
        .var("HOME", &env.home.path().to_string_lossy())
        .var("TOK_CACHE_DIR", &env.cache.to_string_lossy());
    for (k, v) in &env.vars {
        ci = ci.var(k, v);
    }
    ci
}

/// Sign in through the provider's pages starting at `url`.
pub fn sign_in_at(url: &str, extra: &[&str]) -> String {
    let o = std::process::Command::new("node")
        .arg(oidc_dir().join("signin.mjs"))
        .arg(url)
        .args(extra)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        o.status.success(),
        "signin.mjs: {said}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    said
}

/// The URL at the end of the "tok: or open …" line.
pub fn complete_uri(line: &str) -> String {
    line.rsplit(' ').next().unwrap().to_string()
}

pub fn device_args(op: &Oidc) -> Vec<String> {
    [
        "oauth2",
        "--issuer",
        &op.issuer,
        "--client-id",
        "tok-device",
        "--grant",
        "device_code",
        "--scope",
        "openid api.read",
    ]
    .map(String::from)
    .to_vec()
}

pub fn with<'a>(command: &'a str, args: &'a [String], extra: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec![command];
    v.extend(args.iter().map(String::as_str));
    v.extend_from_slice(extra);
    v
}

/// A device sign-in through `tok login`, approved on the provider's pages.
pub fn device_login(env: &Env, args: &[String]) -> Out {
    let mut tok = Running::start(env, &with("login", args, &[]));
    let line = tok.line_with("tok: or open ");
    assert!(
        tok.seen.iter().any(|l| l.contains("enter the code")),
        "{:#?}",
        tok.seen
    );
    sign_in_at(&complete_uri(&line), &[]);
    tok.finish()
}
