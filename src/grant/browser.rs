//! The authorization code grant with PKCE (RFC 7636, S256) on a loopback
//! redirect (RFC 8252 §7.3): tok listens on 127.0.0.1, the browser signs
//! the person in and is sent back with a code, tok trades the code (and
//! the PKCE verifier, which never left this process) for a token.
//!
//! `--manual` (over SSH, where the browser runs on another machine):
//! nothing listens; the person pastes the address the browser was sent to.

use super::random_b64;
use crate::error::{Class, TokError, sanitize_remote};
use crate::exchange::{client_auth_for, exchange};
use crate::log;
use crate::oauth::Token;
use crate::provider::inputs::Inputs;
use crate::provider::{self, AuthorizationParams, Provider};
use crate::secret::Secret;
use crate::settings::Settings;
use anyhow::{Context, Result};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

/// A nonce goes with an OpenID Connect request (`openid` in the scope).
pub fn wants_nonce(inp: &Inputs) -> bool {
    inp.get("scope")
        .is_some_and(|s| s.split_whitespace().any(|w| w == "openid"))
}

/// What came back on the redirect.
#[derive(Debug, PartialEq)]
pub enum Callback {
    Code(Secret),
    /// `error=` (and its description), escaped.
    Refused(String),
    /// No code, or a state that is not ours: not this sign-in's answer.
    Foreign(&'static str),
}

/// Read the redirect's query: `code` with our `state`, or `error`.
pub fn callback(query: &str, state: &Secret) -> Callback {
    let mut code = None;
    let mut got_state = None;
    let mut error = None;
    let mut description = None;
    for (k, v) in url::form_urlencoded::parse(query.as_bytes()) {
        match &*k {
            "code" => code = Some(v.into_owned()),
            "state" => got_state = Some(v.into_owned()),
            "error" => error = Some(v.into_owned()),
            "error_description" => description = Some(v.into_owned()),
            _ => {}
        }
    }
    if got_state.as_deref() != Some(state.expose()) {
        return Callback::Foreign("its state is not the one tok sent");
    }
    if let Some(error) = error {
        let mut why = sanitize_remote(&error);
        if let Some(d) = description {
            why.push_str(&format!(": {}", sanitize_remote(&d)));
        }
        return Callback::Refused(why);
    }
    match code.filter(|c| !c.is_empty()) {
        Some(code) => Callback::Code(Secret::new(code)),
        None => Callback::Foreign("it carries no code"),
    }
}

pub fn run(
    provider: &dyn Provider,
    inp: &Inputs,
    c: &Settings,
    until: Instant,
) -> Result<(Token, f64)> {
    let manual = inp.switch("manual");
    let port = match inp.get("redirect-port") {
        None => 0,
        Some(p) => p.trim().parse::<u16>().map_err(|_| {
            TokError::new(
                Class::Usage,
                format!("--redirect-port wants a port number, got {p:?}"),
            )
        })?,
    };
    let listener = TcpListener::bind(("127.0.0.1", port))
        .with_context(|| format!("could not listen on 127.0.0.1:{port} for the redirect"))?;
    let port = listener.local_addr()?.port();
    let redirect_uri = format!("http://127.0.0.1:{port}/callback");
    let verifier = Secret::new(random_b64(32)?);
    log::register(verifier.expose());
    let challenge = {
        use base64::Engine;
        let digest = ring::digest::digest(&ring::digest::SHA256, verifier.expose().as_bytes());
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest.as_ref())
    };
    let params = AuthorizationParams {
        redirect_uri: redirect_uri.clone(),
        state: Secret::new(random_b64(16)?),
        challenge,
        nonce: wants_nonce(inp)
            .then(|| random_b64(16).map(Secret::new))
            .transpose()?,
    };
    let url = provider.authorization_url(inp, &params)?;
    provider::check_url(&url, c.allow_http)?;

    let code = if manual {
        drop(listener);
        log::line(&format!(
            "tok: open this address in a browser and sign in:\n  {url}\n\
             tok: the browser then goes to {redirect_uri}?… (a page that may not load): paste that whole address here"
        ));
        loop {
            log::prompt("redirect address: ");
            let line = read_line_until(until)?;
            let query = line
                .trim()
                .split_once('?')
                .map(|(_, q)| q.split('#').next().unwrap_or(q).to_string())
                .unwrap_or_default();
            match callback(&query, &params.state) {
                Callback::Code(code) => break code,
                Callback::Refused(why) => return Err(refused(&why)),
                Callback::Foreign(why) => log::line(&format!(
                    "tok: that is not the address of this sign-in ({why}); paste the address the browser shows after signing in"
                )),
            }
        }
    } else {
        log::line(&format!("tok: sign in with your browser: {url}"));
        if inp.switch("no-browser") {
            log::trace("--no-browser: open the address above yourself");
        } else if let Err(e) = open_browser(&url) {
            log::line(&format!(
                "tok: could not open a browser ({}): open the address above yourself",
                sanitize_remote(&format!("{e:#}"))
            ));
        }
        wait_for_code(&listener, &params.state, until)?
    };
    log::register(code.expose());
    log::trace("the browser came back with a code: trading it for a token");
    let req = provider.code_token_request(inp, &code, &verifier, &redirect_uri)?;
    let http = client_auth_for(&req.url, c, until, inp)?;
    let (token, sent) = exchange(provider, inp, c, &http, &req)?;
    if let (Some(nonce), Some(id)) = (&params.nonce, &token.id_token) {
        let claims = crate::jwt::decode(id.expose())
            .ok()
            .map(|(_, claims)| claims);
        let got = claims
            .as_ref()
            .and_then(|c| c.get("nonce"))
            .and_then(|n| n.as_str());
        if got != Some(nonce.expose()) {
            return Err(TokError::new(
                Class::Rejected,
                "the ID token does not carry the nonce tok sent: refusing it (a replayed or foreign sign-in)",
            )
            .into());
        }
    }
    Ok((token, sent))
}

/// `$BROWSER URL`, else the system's opener (`xdg-open`; `open` on
/// macOS). Started here, so that it gets tok's environment without tok's
/// secret variables, as curl and exec children do, in a session of its own
/// (a terminal hang-up when tok exits does not reach the browser). Not
/// waited for: the browser outlives tok.
#[cfg(unix)]
fn open_browser(url: &str) -> Result<()> {
    use std::os::unix::process::CommandExt;
    let (program, what) = match std::env::var_os("BROWSER").filter(|b| !b.is_empty()) {
        Some(program) => {
            let what = format!("BROWSER={}", program.to_string_lossy());
            (program, what)
        }
        None => {
            let opener = if cfg!(target_os = "macos") {
                "open"
            } else {
                "xdg-open"
            };
            (
                opener.into(),
                format!("the system's browser opener ({opener})"),
            )
        }
    };
    let mut cmd = std::process::Command::new(&program);
    cmd.arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    crate::child::scrub_env(&mut cmd);
    // SAFETY: setsid is async-signal-safe; nothing else runs between fork and exec
    unsafe {
        cmd.pre_exec(|| {
            libc::setsid();
            Ok(())
        });
    }
    let mut child = cmd
        .spawn()
        .with_context(|| format!("could not start {what}"))?;
    // reaped when it ends (an opener hands over and exits), never waited on
    std::thread::spawn(move || child.wait());
    Ok(())
}

#[cfg(not(unix))]
fn open_browser(url: &str) -> Result<()> {
    opener::open(url).map_err(Into::into)
}

fn refused(why: &str) -> anyhow::Error {
    TokError::new(Class::Rejected, format!("the sign-in was refused: {why}")).into()
}

/// Accept browser requests on the listener until one brings this
/// sign-in's code (or error), or `until`.
fn wait_for_code(listener: &TcpListener, state: &Secret, until: Instant) -> Result<Secret> {
    listener.set_nonblocking(true)?;
    loop {
        if Instant::now() >= until {
            return Err(TokError::new(
                Class::Transient,
                "nobody signed in before --login-timeout ran out: run it again (or use --manual when the browser is on another machine)",
            )
            .into());
        }
        let mut stream = match listener.accept() {
            Ok((stream, _)) => stream,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(Duration::from_millis(50));
                continue;
            }
            Err(e) => return Err(e).context("the redirect listener failed"),
        };
        let Some(target) = request_target(&mut stream, until) else {
            continue;
        };
        let (path, query) = target.split_once('?').unwrap_or((&target, ""));
        if path != "/callback" {
            respond(
                &mut stream,
                until,
                "404 Not Found",
                "Not the sign-in address.",
            );
            continue;
        }
        match callback(query, state) {
            Callback::Code(code) => {
                respond(
                    &mut stream,
                    until,
                    "200 OK",
                    "Signed in: tok has what it needs. You can close this tab.",
                );
                return Ok(code);
            }
            Callback::Refused(why) => {
                respond(
                    &mut stream,
                    until,
                    "200 OK",
                    "The sign-in was refused. See the terminal.",
                );
                return Err(refused(&why));
            }
            Callback::Foreign(why) => {
                log::warn(format!("ignored a request to the redirect address: {why}"));
                respond(
                    &mut stream,
                    until,
                    "400 Bad Request",
                    "This is not the answer to tok's sign-in.",
                );
            }
        }
    }
}

/// The target of an HTTP GET (`/callback?code=…`), read with a bound on
/// size and time; `None` for anything else.
fn request_target(stream: &mut TcpStream, until: Instant) -> Option<String> {
    stream.set_nonblocking(false).ok()?;
    stream.set_read_timeout(Some(io_bound(until)?)).ok()?;
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && !head.ends_with(b"\n\n") {
        let n = stream.read(&mut buf).ok()?;
        if n == 0 || head.len() + n > 16 * 1024 {
            return None;
        }
        head.extend_from_slice(&buf[..n]);
    }
    let head = String::from_utf8(head).ok()?;
    let mut words = head.lines().next()?.split(' ');
    match (words.next(), words.next()) {
        (Some("GET"), Some(target)) => Some(target.to_string()),
        _ => None,
    }
}

/// How long one read or write of a browser connection may take: 5 s, and
/// never past the login deadline (a client that connects and sends
/// nothing cannot stretch it). `None` once the deadline has passed.
fn io_bound(until: Instant) -> Option<Duration> {
    Some(
        until
            .saturating_duration_since(Instant::now())
            .min(Duration::from_secs(5)),
    )
    .filter(|d| !d.is_zero())
}

fn respond(stream: &mut TcpStream, until: Instant, status: &str, text: &str) {
    let body = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>tok</title></head>\
         <body><p>{text}</p></body></html>"
    );
    let Some(bound) = io_bound(until) else { return };
    let _ = stream.set_write_timeout(Some(bound));
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
}

/// One line of stdin, at most 64 KiB, waiting no later than `until`.
fn read_line_until(until: Instant) -> Result<String> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = Vec::new();
        let cap = crate::source::SECRET_FILE_CAP;
        let got =
            std::io::BufRead::read_until(&mut std::io::stdin().lock().take(cap), b'\n', &mut line)
                .map(|_| line);
        let _ = tx.send(got);
    });
    match rx.recv_timeout(until.saturating_duration_since(Instant::now())) {
        Ok(Ok(line)) if !line.is_empty() => Ok(String::from_utf8_lossy(&line).into_owned()),
        Ok(Ok(_)) => Err(TokError::new(
            Class::InteractionRequired,
            "stdin ended before the redirect address was pasted",
        )
        .into()),
        Ok(Err(e)) => Err(e).context("could not read the redirect address from stdin"),
        Err(_) => Err(TokError::new(
            Class::Transient,
            "no redirect address was pasted before --login-timeout ran out",
        )
        .into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_callback_must_carry_our_state() {
        let state = Secret::new("S1");
        assert_eq!(
            callback("code=C&state=S1", &state),
            Callback::Code(Secret::new("C"))
        );
        assert!(matches!(
            callback("code=C&state=S2", &state),
            Callback::Foreign(_)
        ));
        assert!(matches!(callback("code=C", &state), Callback::Foreign(_)));
        assert!(matches!(callback("state=S1", &state), Callback::Foreign(_)));
        assert_eq!(
            callback(
                "error=access_denied&error_description=no%0Away&state=S1",
                &state
            ),
            Callback::Refused("access_denied: no\\nway".into())
        );
        // an error from a stranger is not this sign-in's answer either
        assert!(matches!(
            callback("error=access_denied", &state),
            Callback::Foreign(_)
        ));
    }
}
