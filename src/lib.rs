//! tok as a library: the modules behind the `tok` binary (`main.rs`), also
//! linked by the fuzz targets in `fuzz/`. Not a stable API.

pub mod cache;
pub mod child;
pub mod cli;
pub mod command;
pub mod completions;
pub mod config;
pub mod discovery;
pub mod error;
pub mod exchange;
pub mod fsread;
pub mod fuzzing;
pub mod grant;
pub mod harden;
pub mod http;
pub mod jose;
pub mod jwt;
pub mod log;
pub mod oauth;
pub mod output;
pub mod provider;
pub mod request;
pub mod secret;
pub mod settings;
pub mod source;
pub mod token;
