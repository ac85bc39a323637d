//! `tok git-credential <provider|account> get|store|erase`: git's
//! credential-helper protocol on stdin/stdout, answered from the same token
//! path as `tok get` (cache, lock, refresh, sign-in).
//!
//! `get` answers `username=` + `password=` (+ `password_expiry_utc=`), or,
//! when git offers `capability[]=authtype` (git 2.46+), `authtype=Bearer` +
//! `credential=` and the capability back. A host the account's `git-hosts`
//! does not list gets an empty answer, so git asks its next helper. `erase`
//! (git got a 401 with that token) drops the cached access token, keeping a
//! refresh token. `store` does nothing. Nothing is ever answered after an
//! error.

use crate::cli::GitCredentialArgs;
use crate::config::{Account, host_listed};
use crate::secret::Secret;
use crate::token::{self, Outcome, StoreFn};
use crate::{log, output};
use anyhow::Result;

/// What git asked, as `key=value` lines.
#[derive(Debug, Default)]
pub struct GitRequest {
    pub protocol: String,
    pub host: String,
    /// The token git used, on `erase`.
    pub refused: Option<Secret>,
    /// git offers `capability[]=authtype`.
    pub authtype: bool,
}

/// Parse git's request (unknown keys are ignored, as git's helpers do).
pub fn parse_request(text: &str) -> GitRequest {
    let mut req = GitRequest::default();
    for line in text.lines() {
        if line.is_empty() {
            break;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        match key {
            "protocol" => req.protocol = value.to_string(),
            "host" => req.host = value.to_string(),
            "password" | "credential" if !value.is_empty() => {
                log::register(value);
                req.refused = Some(Secret::new(value));
            }
            "capability[]" if value == "authtype" => req.authtype = true,
            _ => {}
        }
    }
    req
}

pub fn run(args: GitCredentialArgs, store: StoreFn, account: Option<&Account>) -> Result<()> {
    let req = read_request()?;
    let action = args.provider.action.as_str();
    if action == "store" || !answers_for(&req, account) {
        return Ok(());
    }
    let s = args.common.settings();
    let call = super::call(&args.provider.call, &s.profile, account)?;
    if action == "erase" {
        if token::forget(call, &s, store, req.refused.as_ref())? {
            log::trace("git was refused with the cached token: dropped it");
        }
        return Ok(());
    }
    let t = match token::obtain(call, &s, store, None)? {
        Outcome::Token(t) => t,
        Outcome::DryRun(text) => return output::emit(&text, "the dry run"),
    };
    super::bearer_only(&t, "git")?;
    output::mask_for_ci(&t.token, s.no_mask);
    let username = account
        .and_then(|a| a.consumers.git_username.as_deref())
        .unwrap_or("oauth2");
    output::emit(&answer(&req, username, &t.shown()), "the credential")
}

/// The lines `get` answers.
pub fn answer(req: &GitRequest, username: &str, t: &output::Shown) -> String {
    if req.authtype {
        return format!(
            "capability[]=authtype\nauthtype={}\ncredential={}\n",
            t.token_type,
            t.token.expose()
        );
    }
    let mut text = format!("username={username}\npassword={}\n", t.token.expose());
    if let Some(expires) = t.expires_at {
        text.push_str(&format!(
            "password_expiry_utc={}\n",
            expires.max(0.0) as u64
        ));
    }
    text
}

/// Whether this account answers for the host git asks about: its
/// `git-hosts` (when it lists any), and never a token over plain http to a
/// host that is not loopback.
fn answers_for(req: &GitRequest, account: Option<&Account>) -> bool {
    if let Some(hosts) = account.map(|a| &a.consumers.git_hosts)
        && !hosts.is_empty()
        && !host_listed(hosts, &req.host)
    {
        log::trace(format!(
            "git asks for {}, which the account's git-hosts do not list: no answer",
            crate::error::sanitize_remote(&req.host)
        ));
        return false;
    }
    let loopback = reqwest::Url::parse(&format!("http://{}/", req.host))
        .is_ok_and(|u| crate::provider::is_loopback(&u));
    if req.protocol == "http" && !loopback {
        log::warn(format!(
            "git asks for a token for plain http://{}: not sent in clear text",
            crate::error::sanitize_remote(&req.host)
        ));
        return false;
    }
    true
}

/// git's request from stdin.
fn read_request() -> Result<GitRequest> {
    let text = super::read_helper_stdin(
        "tok git-credential reads git's request on stdin: git runs it (credential.helper), not a person",
    )?;
    Ok(parse_request(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_read_and_answered_as_git_expects() {
        let req = parse_request(
            "protocol=https\nhost=git.example.com:8443\npath=x.git\ncapability[]=authtype\n\nhost=late\n",
        );
        assert_eq!(req.host, "git.example.com:8443");
        assert!(req.authtype);
        let token = Secret::new("AT-1");
        let shown = output::Shown {
            token: &token,
            token_type: "Bearer",
            header_name: None,
            expires_at: Some(2e9),
            scope: None,
            provider: "oauth2",
            profile: "default",
            from_cache: false,
            id_token: None,
            issued_token_type: None,
        };
        assert_eq!(
            answer(&req, "oauth2", &shown),
            "capability[]=authtype\nauthtype=Bearer\ncredential=AT-1\n"
        );
        let old = parse_request("protocol=https\nhost=h\nusername=oauth2\npassword=AT-0\n");
        assert!(!old.authtype);
        assert_eq!(old.refused.as_ref().map(Secret::expose), Some("AT-0"));
        assert_eq!(
            answer(&old, "ci-bot", &shown),
            "username=ci-bot\npassword=AT-1\npassword_expiry_utc=2000000000\n"
        );
    }
}
