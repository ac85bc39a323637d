//! tok as a library: the modules behind the `tok` binary (`main.rs`), also
//! linked by the fuzz targets in `fuzz/`. Not a stable API.

pub mod cache;
pub mod cache_cmd;
pub mod cli;
pub mod credentials;
pub mod error;
pub mod fsread;
pub mod fuzzing;
pub mod get;
pub mod harden;
pub mod http;
pub mod inspect;
pub mod jwt;
pub mod keyring;
pub mod log;
pub mod login;
pub mod oauth;
pub mod output;
pub mod provider;
pub mod request;
pub mod secret;
pub mod token;
