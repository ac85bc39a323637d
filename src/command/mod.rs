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
