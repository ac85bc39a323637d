//! Sending a token request: client, timeouts, retries, body cap, extra CA.
//!
//! The client is built only when a request is really sent (a cache hit never
//! gets here). TLS is rustls with the ring provider and the OS trust store;
//! `--ca-cert` adds anchors on top. Redirects are not followed: a token
//! endpoint that redirects is misconfigured, and following it could carry
//! credentials elsewhere. A loopback endpoint never goes through a proxy
//! (it would carry a plain-http secret off the machine). Each attempt runs
//! on a helper thread that is abandoned at the deadline, so nothing — not
//! even a name lookup that never answers — outlives `--timeout`.

use crate::error::{Class, TokError};
use crate::log;
use crate::request::{Request, Response};
use anyhow::Result;
use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

/// Largest answer tok reads.
pub const BODY_CAP: u64 = 1024 * 1024;
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const ATTEMPTS: u32 = 3;

pub struct Http {
    /// Never dropped: dropping the last handle joins reqwest's runtime
    /// thread, and tokio's shutdown waits for its blocking tasks — a name
    /// lookup abandoned at the deadline would hold tok for as long as the
    /// resolver likes. A short-lived process can leave it to the OS.
    client: std::mem::ManuallyDrop<reqwest::blocking::Client>,
    deadline: Instant,
    timeout: Duration,
}

impl Http {
    /// A client for `url`'s scheme. A plain-http endpoint with no proxy
    /// configured never speaks TLS, so it skips loading the OS trust store
    /// (parsing ~150 CA certificates costs more than the whole request).
    pub fn new(
        url: &str,
        ca_cert: Option<&Path>,
        deadline: Instant,
        timeout: Duration,
    ) -> Result<Http> {
        Http::with_identity(url, ca_cert, deadline, timeout, None)
    }

    /// [`Http::new`] presenting a client certificate in the TLS handshake
    /// (RFC 8705 mutual TLS), when one is given.
    pub fn with_identity(
        url: &str,
        ca_cert: Option<&Path>,
        deadline: Instant,
        timeout: Duration,
        identity: Option<&ClientCert>,
    ) -> Result<Http> {
        // reqwest is built without a crypto provider: ring starts fast
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut builder = reqwest::blocking::Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("tok/", env!("CARGO_PKG_VERSION")));
        // a bad --ca-cert is reported whatever the scheme
        let extra = ca_cert.map(read_ca).transpose()?;
        let loopback = reqwest::Url::parse(url)
            .ok()
            .is_some_and(|u| crate::provider::is_loopback(&u));
        if loopback {
            builder = builder.no_proxy();
        }
        if url.starts_with("http://") && (loopback || !proxy_configured()) {
            builder = builder.tls_certs_only(std::iter::empty());
        } else if let Some(certs) = extra {
            builder = builder.tls_certs_merge(certs);
        }
        if let Some(id) = identity {
            builder = builder.identity(id.identity()?);
        }
        let client = builder.build().map_err(|e| match identity {
            // the only input of a build that can be wrong is the certificate
            Some(id) => TokError::new(
                Class::Usage,
                format!(
                    "the client certificate {} cannot be used: {e}",
                    id.cert_file
                ),
            )
            .into(),
            None => anyhow::Error::from(e).context("could not set up the HTTP client"),
        })?;
        Ok(Http {
            client: std::mem::ManuallyDrop::new(client),
            deadline,
            timeout,
        })
    }

    /// What is left until `until`, if anything.
    fn remaining(until: Instant) -> Option<Duration> {
        until
            .checked_duration_since(Instant::now())
            .filter(|d| !d.is_zero())
    }

    fn timed_out(&self, url: &str) -> anyhow::Error {
        TokError::new(
            Class::Transient,
            format!(
                "timed out after {}s waiting for {}",
                self.timeout.as_secs(),
                host_of(url)
            ),
        )
        .into()
    }

    /// Send with retries on connect errors, 429, 502, 503 and 504 (never on
    /// other statuses), all inside the timeout and the deadline, whichever
    /// ends first (a sign-in sends many requests before its deadline, each
    /// bounded by `--timeout`). The last answer is returned whatever its
    /// status; transport failures are errors.
    pub fn send(&self, req: &Request) -> Result<Response> {
        let until = self.deadline.min(Instant::now() + self.timeout);
        let body = req.body_bytes();
        let mut attempt = 1;
        loop {
            let remaining = Http::remaining(until).ok_or_else(|| self.timed_out(&req.url))?;
            log::trace(format!(
                "{} {} (attempt {attempt} of {ATTEMPTS})",
                if req.get { "GET" } else { "POST" },
                req.url
            ));
            let mut rb = if req.get {
                self.client.get(&req.url).timeout(remaining)
            } else {
                self.client
                    .post(&req.url)
                    .timeout(remaining)
                    .header("Content-Type", req.content_type())
                    .body(body.clone())
            };
            for (name, value) in &req.headers {
                rb = rb.header(name.as_str(), value.expose());
            }
            let delay = match self.bounded(rb, remaining, &req.url)? {
                Attempt::Answer(resp, retry_after) => {
                    let status = resp.status;
                    log::trace(format!("HTTP {status} from {}", host_of(&req.url)));
                    if !matches!(status, 429 | 502 | 503 | 504) || attempt == ATTEMPTS {
                        return Ok(resp);
                    }
                    let delay = retry_after.unwrap_or_else(|| backoff(attempt));
                    if Http::remaining(until).is_none_or(|r| r <= delay) {
                        log::trace(format!(
                            "not retrying: waiting {delay:?} would pass --timeout"
                        ));
                        return Ok(resp);
                    }
                    delay
                }
                Attempt::Failed(e) if e.is_timeout() => return Err(self.timed_out(&req.url)),
                Attempt::Failed(e)
                    if e.is_connect() && attempt < ATTEMPTS && !is_tls_failure(&e) =>
                {
                    log::trace(format!("could not connect: {}", root_cause(&e)));
                    backoff(attempt)
                }
                Attempt::Failed(e) => return Err(transport_error(&req.url, &e, attempt)),
            };
            if Http::remaining(until).is_none_or(|r| r <= delay) {
                return Err(self.timed_out(&req.url));
            }
            log::trace(format!("retrying in {} ms", delay.as_millis()));
            std::thread::sleep(delay);
            attempt += 1;
        }
    }

    /// One attempt, answer read whole (capped), on a helper thread that is
    /// abandoned when `limit` passes: reqwest's own timeout does not cover
    /// the name lookup, which can block for as long as the resolver likes.
    fn bounded(
        &self,
        rb: reqwest::blocking::RequestBuilder,
        limit: Duration,
        url: &str,
    ) -> Result<Attempt> {
        let (tx, rx) = std::sync::mpsc::channel();
        let this = Http {
            client: std::mem::ManuallyDrop::new((*self.client).clone()),
            deadline: self.deadline,
            timeout: self.timeout,
        };
        let url_owned = url.to_string();
        std::thread::spawn(move || {
            let result = match rb.send() {
                Ok(resp) => {
                    let retry = retry_after(resp.headers());
                    this.read(resp, &url_owned)
                        .map(|r| Attempt::Answer(r, retry))
                }
                Err(e) => Ok(Attempt::Failed(e)),
            };
            let _ = tx.send(result);
        });
        match rx.recv_timeout(limit) {
            Ok(result) => result,
            Err(_) => Err(self.timed_out(url)),
        }
    }

    /// Read the body, at most [`BODY_CAP`] bytes.
    fn read(&self, resp: reqwest::blocking::Response, url: &str) -> Result<Response> {
        let status = resp.status().as_u16();
        let content_type = resp
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let too_large = || -> anyhow::Error {
            TokError::new(
                Class::Transient,
                format!(
                    "response too large: more than {} KiB from {} (HTTP {status})",
                    BODY_CAP / 1024,
                    host_of(url)
                ),
            )
            .with_status(status)
            .into()
        };
        if resp.content_length().is_some_and(|n| n > BODY_CAP) {
            return Err(too_large());
        }
        let mut body = Vec::new();
        match resp.take(BODY_CAP + 1).read_to_end(&mut body) {
            Ok(_) if body.len() as u64 > BODY_CAP => Err(too_large()),
            Ok(_) => Ok(Response {
                status,
                content_type,
                body,
            }),
            Err(e) if is_timeout(&e) => Err(self.timed_out(url)),
            Err(e) => Err(TokError::new(
                Class::Transient,
                format!(
                    "could not read the answer from {} (HTTP {status}): {e}",
                    host_of(url)
                ),
            )
            .into()),
        }
    }
}

/// What one attempt gave: an answer (and its `Retry-After`), or a
/// transport failure.
enum Attempt {
    Answer(Response, Option<Duration>),
    Failed(reqwest::Error),
}

/// The largest `--ca-cert` file tok reads.
const CA_CAP: u64 = 4 * 1024 * 1024;

/// The certificates of a `--ca-cert` PEM file.
/// A client certificate and its private key (PEM files), for mutual TLS.
pub struct ClientCert {
    cert: Vec<u8>,
    key: Vec<u8>,
    /// For messages.
    cert_file: String,
}

impl ClientCert {
    /// Read both files (bounded); a file that is unreadable or holds no
    /// certificate / no usable key is exit 2 naming it (never its contents).
    pub fn load(cert: &Path, key: &Path) -> Result<ClientCert> {
        use rustls_pki_types::pem::PemObject;
        let bad = |file: &Path, why: String| -> anyhow::Error {
            TokError::new(
                Class::Usage,
                format!(
                    "{} {}: {why}",
                    if file == cert {
                        "certificate file"
                    } else {
                        "key file"
                    },
                    file.display()
                ),
            )
            .into()
        };
        let read = |file: &Path| {
            crate::fsread::read_bounded(file, 256 * 1024)
                .map_err(|e| bad(file, format!("could not read it ({e})")))
        };
        let cert_pem = read(cert)?;
        if rustls_pki_types::CertificateDer::pem_slice_iter(&cert_pem)
            .next()
            .is_none_or(|c| c.is_err())
        {
            return Err(bad(cert, "no PEM certificate in it".into()));
        }
        let key_pem = read(key)?;
        if String::from_utf8_lossy(&key_pem).contains("ENCRYPTED") {
            return Err(bad(
                key,
                "it is encrypted; tok needs an unencrypted PEM key".into(),
            ));
        }
        if rustls_pki_types::PrivateKeyDer::from_pem_slice(&key_pem).is_err() {
            return Err(bad(key, "no PEM private key in it".into()));
        }
        crate::jose::warn_if_readable(key);
        Ok(ClientCert {
            cert: cert_pem,
            key: key_pem,
            cert_file: cert.display().to_string(),
        })
    }

    fn identity(&self) -> Result<reqwest::Identity> {
        let mut pem = self.cert.clone();
        pem.push(b'\n');
        pem.extend_from_slice(&self.key);
        reqwest::Identity::from_pem(&pem).map_err(|e| {
            TokError::new(
                Class::Usage,
                format!("the client certificate and key do not go together: {e}"),
            )
            .into()
        })
    }
}

fn read_ca(path: &Path) -> Result<Vec<reqwest::Certificate>> {
    let pem = crate::fsread::read_bounded(path, CA_CAP).map_err(|e| {
        TokError::new(
            Class::Usage,
            format!("could not read --ca-cert {}: {e}", path.display()),
        )
    })?;
    let certs = reqwest::Certificate::from_pem_bundle(&pem)
        .ok()
        .filter(|c| !c.is_empty())
        .ok_or_else(|| {
            TokError::new(
                Class::Usage,
                format!("--ca-cert {}: no PEM certificate in it", path.display()),
            )
        })?;
    log::trace(format!(
        "trusting {} extra CA certificate(s) from {}",
        certs.len(),
        path.display()
    ));
    Ok(certs)
}

/// An error and its causes. Looks inside an `io::Error` too: its `source()`
/// skips the error it wraps, which is where reqwest and rustls put theirs.
fn causes<'a>(
    e: &'a (dyn std::error::Error + 'static),
) -> impl Iterator<Item = &'a (dyn std::error::Error + 'static)> {
    std::iter::successors(Some(e), |s| {
        match s
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(inner) => Some(inner as &(dyn std::error::Error + 'static)),
            None => s.source(),
        }
    })
}

/// A TLS failure (untrusted certificate, wrong host name, a peer that does
/// not speak TLS) will not go away by trying again.
fn is_tls_failure(e: &(dyn std::error::Error + 'static)) -> bool {
    causes(e).any(|s| s.is::<rustls::Error>())
}

/// Whether any proxy variable is set (a proxy may itself speak TLS).
fn proxy_configured() -> bool {
    [
        "HTTP_PROXY",
        "http_proxy",
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
    ]
    .iter()
    .any(|v| std::env::var_os(v).is_some_and(|x| !x.is_empty()))
}

fn is_timeout(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::TimedOut
        || causes(e).any(|s| {
            s.downcast_ref::<reqwest::Error>()
                .is_some_and(reqwest::Error::is_timeout)
        })
}

/// `host[:port]` of a URL, for messages.
pub fn host_of(url: &str) -> String {
    reqwest::Url::parse(url)
        .ok()
        .and_then(|u| {
            u.host_str().map(|h| match u.port() {
                Some(p) => format!("{h}:{p}"),
                None => h.to_string(),
            })
        })
        .unwrap_or_else(|| "the token endpoint".into())
}

/// The innermost cause: "Connection refused (os error 111)", not reqwest's
/// "error sending request for url …".
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut last: &dyn std::error::Error = e;
    while let Some(next) = last.source() {
        last = next;
    }
    last.to_string()
}

fn transport_error(url: &str, e: &reqwest::Error, attempts: u32) -> anyhow::Error {
    let what = if e.is_connect() {
        "could not connect to"
    } else {
        "request failed to"
    };
    let tries = if attempts > 1 {
        format!(" ({attempts} attempts)")
    } else {
        String::new()
    };
    TokError::new(
        Class::Transient,
        format!("{what} {}{tries}: {}", host_of(url), root_cause(e)),
    )
    .into()
}

/// Exponential backoff with jitter: ~250 ms, ~500 ms, … (±50 %).
fn backoff(attempt: u32) -> Duration {
    let base = 250u64 << (attempt - 1).min(6);
    let jitter = random_fraction();
    Duration::from_millis((base as f64 * (0.5 + jitter)) as u64)
}

/// A number in [0, 1) that differs between processes and calls; good enough
/// to spread retries, not for anything secret.
fn random_fraction() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(Instant::now().elapsed().as_nanos());
    h.write_u32(std::process::id());
    (h.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// `Retry-After`: delay seconds or an HTTP-date.
fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(
        when.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};

    #[test]
    fn retry_after_seconds_and_dates() {
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, HeaderValue::from_static("2"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(2)));
        let later = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(30));
        h.insert(RETRY_AFTER, HeaderValue::from_str(&later).unwrap());
        let d = retry_after(&h).unwrap();
        assert!(
            d > Duration::from_secs(25) && d <= Duration::from_secs(30),
            "{d:?}"
        );
        let past = httpdate::fmt_http_date(SystemTime::now() - Duration::from_secs(30));
        h.insert(RETRY_AFTER, HeaderValue::from_str(&past).unwrap());
        assert_eq!(retry_after(&h), Some(Duration::ZERO));
        h.insert(RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&h), None);
    }

    #[test]
    fn backoff_grows_with_jitter() {
        for attempt in 1..=3 {
            let base = 250u64 << (attempt - 1);
            let d = backoff(attempt).as_millis() as u64;
            assert!(d >= base / 2 && d <= base * 3 / 2, "{attempt}: {d}");
        }
    }

    #[test]
    fn host_of_keeps_port_and_drops_the_rest() {
        assert_eq!(host_of("https://u:p@x.test:8443/a?b=c"), "x.test:8443");
        assert_eq!(host_of("nonsense"), "the token endpoint");
    }
}
