//! One file per subcommand, each thin: flags in, calls into the token
//! pipeline (`token.rs`), output out.

pub mod accounts;
pub mod cache;
pub mod curl;
pub mod exec;
pub mod get;
pub mod inspect;
pub mod login;
