//! An Auth API stand-in whose refresh tokens rotate (each may be used
//! once), counting password grants and refused refresh tokens.

use super::{Reply, Server};
use std::sync::{Arc, Mutex};

/// An Auth API whose refresh tokens rotate: each may be used once.
pub struct Rotating {
    pub srv: Server,
    pub state: Arc<Mutex<RotState>>,
}

#[derive(Default)]
pub struct RotState {
    pub current: Option<String>,
    pub issued: usize,
    pub refresh_seen: Vec<String>,
    pub passwords: usize,
    pub refresh_rejected: usize,
    pub revoke_all: bool,
}

impl Rotating {
    pub fn start() -> Rotating {
        Rotating::start_for(3600)
    }

    /// Access tokens that live `expires_in` seconds.
    pub fn start_for(expires_in: u64) -> Rotating {
        let state = Arc::new(Mutex::new(RotState::default()));
        let st = state.clone();
        let srv = Server::start(move |req, _| {
            let mut s = st.lock().unwrap();
            let form = req.form();
            match req.path.as_str() {
                "/auth/password" => s.passwords += 1,
                "/auth/refresh" => {
                    let rt = form.get("refresh_token").cloned().unwrap_or_default();
                    s.refresh_seen.push(rt.clone());
                    if s.revoke_all || s.current.as_deref() != Some(rt.as_str()) {
                        s.refresh_rejected += 1;
                        return Reply::status(401, "text/plain", "refresh token expired");
                    }
                }
                _ => return Reply::status(404, "text/plain", "no"),
            }
            s.issued += 1;
            let rt = format!("RT-{}", s.issued);
            s.current = Some(rt.clone());
            Reply::ok(&format!(
                r#"{{"access_token":"AT-{}","refresh_token":"{rt}","token_type":"bearer","expires_in":{expires_in}}}"#,
                s.issued
            ))
        });
        Rotating { srv, state }
    }

    pub fn args(&self, extra: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = ["get", "authapi", "--username", "bob", "--base-url"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        v.push(self.srv.url.clone());
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    }
}
