//! One file per subcommand, each thin: flags in, a call into the token
//! engine (`token/`), output out. clap's types stop here: the engine gets
//! plain settings ([`crate::settings::Settings`]) and a [`token::Call`].

pub mod accounts;
pub mod cache;
pub mod curl;
pub mod docker_credential;
pub mod exec;
pub mod get;
pub mod git_credential;
pub mod inspect;
pub mod install_helpers;
pub mod login;
pub mod watch;

use crate::cli::{ProviderCall, provider_args};
use crate::config::Account;
use crate::token;
use anyhow::Result;

/// The engine's call for a provider named on the command line (or in
/// place of an account).
pub fn call(pc: &ProviderCall, profile: &str, account: Option<&Account>) -> Result<token::Call> {
    let provider = token::find(&pc.name)?;
    let given = provider_args::given(provider, &pc.matches);
    Ok(token::Call::new(provider, &given, profile, account))
}

/// The engine's call `tok get ACCOUNT` would make (flags from the
/// account, the environment's TOK_* variables, defaults): for commands
/// that act on an account's entry without obtaining a token.
pub fn account_call(account: &Account, config: Option<&std::path::Path>) -> Result<token::Call> {
    let mut args: Vec<std::ffi::OsString> = vec!["tok".into(), "get".into()];
    if let Some(c) = config {
        args.extend(["--config".into(), c.as_os_str().to_owned()]);
    }
    args.push(account.name.clone().into());
    let (named, account) = crate::cli::account_flags::account_in(&args)?
        .ok_or_else(|| anyhow::anyhow!("account {} is not in the config file", account.name))?;
    let cli = crate::cli::parse(named).map_err(|e| {
        let line = e.to_string();
        anyhow::anyhow!(
            "account {}: {}",
            account.name,
            line.lines().next().unwrap_or("")
        )
    })?;
    let crate::cli::Cmd::Get(get) = cli.command else {
        anyhow::bail!("account {}: not a get", account.name);
    };
    call(&get.provider, &get.common.profile, Some(&account))
}

/// A helper protocol's request from stdin (git's, docker's): at most 64
/// KiB, lossily UTF-8, and never from a terminal, where tok would wait for
/// a person typing. `refusal`: what to say on a terminal.
pub fn read_helper_stdin(refusal: &str) -> Result<String> {
    use crate::error::{Class, TokError};
    use std::io::{IsTerminal, Read};
    const CAP: u64 = 64 * 1024;
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Err(TokError::new(Class::Usage, refusal).into());
    }
    let mut bytes = Vec::new();
    stdin
        .lock()
        .take(CAP + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| TokError::new(Class::Transient, format!("could not read stdin: {e}")))?;
    if bytes.len() as u64 > CAP {
        return Err(
            TokError::new(Class::Usage, "the request on stdin is larger than 64 KiB").into(),
        );
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A helper protocol (git's, a registry's) sends the token as a password or
/// a bearer credential: an API key in its own header cannot go that way.
pub fn bearer_only(t: &token::Obtained, client: &str) -> Result<()> {
    match t.header_name {
        None => Ok(()),
        Some(_) => Err(crate::error::TokError::new(
            crate::error::Class::Usage,
            format!("an API key is sent in its own header, which {client} cannot send: use a token provider"),
        )
        .into()),
    }
}
