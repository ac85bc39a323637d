//! The provider subcommands, built from the registry: each provider's
//! fields become flags with their `TOK_<PROVIDER>_<FIELD>` variables, so a
//! new provider needs no change here. [`given`] turns a provider's matches
//! into the plain values `source` resolves.

use super::fast::ONLY;
use crate::provider::field::{Field, Kind, env_name};
use crate::provider::{self, Provider};
use crate::source::{Given, GivenValue, Origin};
use clap::parser::ValueSource;
use clap::{Arg, ArgAction, ArgMatches, Command, FromArgMatches, Subcommand};

/// `tok get <provider> …`: the provider's name and its own arguments.
#[derive(Debug, Clone)]
pub struct ProviderCall {
    pub name: String,
    pub matches: ArgMatches,
}

/// `tok curl|exec <provider> … -- ARGS…`: the provider call and the
/// arguments after `--` (curl's, or the command and its arguments), as given.
#[derive(Debug, Clone)]
pub struct ProviderRun<const EXEC: bool> {
    pub call: ProviderCall,
    pub args: Vec<std::ffi::OsString>,
}

impl<const EXEC: bool> FromArgMatches for ProviderRun<EXEC> {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        Self::from_arg_matches_mut(&mut m.clone())
    }

    fn from_arg_matches_mut(m: &mut ArgMatches) -> Result<Self, clap::Error> {
        Ok(Self::from_call(ProviderCall::from_arg_matches_mut(m)?))
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

const TRAILING: &str = "tok-trailing-args";

impl<const EXEC: bool> ProviderRun<EXEC> {
    pub(super) fn from_call(call: ProviderCall) -> Self {
        let args = call
            .matches
            .get_raw(TRAILING)
            .map(|v| v.map(|a| a.to_os_string()).collect())
            .unwrap_or_default();
        ProviderRun { call, args }
    }
}

/// The words after `--`: curl's arguments, or the command to run.
pub(super) fn trailing(exec: bool) -> clap::Arg {
    let (name, help) = if exec {
        ("COMMAND", "The command to run and its arguments, after --")
    } else {
        (
            "CURL_ARGS",
            "Arguments for curl, after --, passed through unchanged",
        )
    };
    clap::Arg::new(TRAILING)
        .value_name(name)
        .help(help)
        .num_args(1..)
        .last(true)
        .required(true)
        .value_parser(clap::value_parser!(std::ffi::OsString))
}

impl<const EXEC: bool> Subcommand for ProviderRun<EXEC> {
    fn augment_subcommands(cmd: Command) -> Command {
        providers(cmd, &|p| command(p).arg(trailing(EXEC)))
    }

    fn augment_subcommands_for_update(cmd: Command) -> Command {
        Self::augment_subcommands(cmd)
    }

    fn has_subcommand(name: &str) -> bool {
        provider::find(name).is_some()
    }
}

/// `tok git-credential <provider> … ACTION`: the provider call and git's
/// action (get, store or erase).
#[derive(Debug, Clone)]
pub struct ProviderAction {
    pub call: ProviderCall,
    pub action: String,
}

const ACTION: &str = "tok-action";

/// git's action word, after the provider's flags.
pub(super) fn action() -> Arg {
    Arg::new(ACTION)
        .value_name("ACTION")
        .help("What git asks: get, store or erase")
        .value_parser(["get", "store", "erase"])
        .required(true)
}

impl ProviderAction {
    pub(super) fn from_call(mut call: ProviderCall) -> Self {
        let action = call
            .matches
            .remove_one::<String>(ACTION)
            .unwrap_or_default();
        ProviderAction { call, action }
    }
}

impl FromArgMatches for ProviderAction {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        Self::from_arg_matches_mut(&mut m.clone())
    }

    fn from_arg_matches_mut(m: &mut ArgMatches) -> Result<Self, clap::Error> {
        Ok(Self::from_call(ProviderCall::from_arg_matches_mut(m)?))
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

impl Subcommand for ProviderAction {
    fn augment_subcommands(cmd: Command) -> Command {
        providers(cmd, &|p| command(p).arg(action()))
    }

    fn augment_subcommands_for_update(cmd: Command) -> Command {
        Self::augment_subcommands(cmd)
    }

    fn has_subcommand(name: &str) -> bool {
        provider::find(name).is_some()
    }
}

/// The provider subcommands (with the parse shortcut on: only the one
/// named), each built by `build`.
fn providers(cmd: Command, build: &dyn Fn(&dyn provider::Provider) -> Command) -> Command {
    let only = ONLY.with(std::cell::Cell::get);
    provider::REGISTRY
        .iter()
        .filter(|p| only.is_none_or(|o| o == p.name()))
        .fold(cmd, |cmd, p| cmd.subcommand(build(*p)))
        .subcommand_required(true)
        .subcommand_value_name("PROVIDER")
        .subcommand_help_heading("Providers")
        .disable_help_subcommand(true)
}

impl FromArgMatches for ProviderCall {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        Self::from_arg_matches_mut(&mut m.clone())
    }

    /// Takes the provider's matches out instead of copying them.
    fn from_arg_matches_mut(m: &mut ArgMatches) -> Result<Self, clap::Error> {
        match m.remove_subcommand() {
            Some((name, matches)) => Ok(ProviderCall { name, matches }),
            None => Err(clap::Error::new(clap::error::ErrorKind::MissingSubcommand)),
        }
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

impl Subcommand for ProviderCall {
    fn augment_subcommands(cmd: Command) -> Command {
        providers(cmd, &|p| command(p))
    }

    fn augment_subcommands_for_update(cmd: Command) -> Command {
        Self::augment_subcommands(cmd)
    }

    fn has_subcommand(name: &str) -> bool {
        provider::find(name).is_some()
    }
}

/// The clap subcommand for `tok get <name>`, built from the provider's fields.
pub fn command(p: &dyn Provider) -> Command {
    let args = p.fields().iter().map(|f| field_arg(p.name(), f));
    Command::new(p.name())
        .about(p.about())
        .long_about(p.long_about())
        .args(args)
}

/// What the command line and the environment gave for the provider's
/// fields, as plain values for `source::gather`.
pub fn given(p: &dyn Provider, m: &ArgMatches) -> Given {
    let mut given = Given::default();
    for f in p.fields() {
        let origin = match m.value_source(f.name) {
            Some(ValueSource::CommandLine) => Origin::CommandLine,
            Some(ValueSource::EnvVariable) => Origin::Env,
            Some(ValueSource::DefaultValue) => Origin::Default,
            _ => continue,
        };
        let value = match f.kind {
            Kind::Switch => GivenValue::Switch(m.get_flag(f.name)),
            Kind::List => GivenValue::List(
                m.get_many::<String>(f.name)
                    .map(|v| v.cloned().collect())
                    .unwrap_or_default(),
            ),
            Kind::Text | Kind::Choice(_) => match m.get_one::<String>(f.name) {
                Some(v) => GivenValue::Text(v.clone()),
                None => continue,
            },
        };
        given.0.insert(f.name, (value, origin));
    }
    given
}

fn field_arg(provider: &str, f: &'static Field) -> Arg {
    let env = env_name(provider, f.name);
    let mut help = f.help.to_string();
    if f.secret {
        help.push_str(&format!(" [also: {env}_FILE]"));
    }
    let mut arg = Arg::new(f.name).long(f.name).help(help);
    arg = match f.kind {
        // from the environment: 1/0, true/false, yes/no, on/off, any case
        Kind::Switch => arg
            .action(ArgAction::SetTrue)
            .value_parser(clap::builder::BoolishValueParser::new())
            .env(env),
        Kind::List if f.name == "param" => arg.action(ArgAction::Append).value_name("KEY=VALUE"),
        Kind::List => arg
            .action(ArgAction::Append)
            .env(env)
            .value_name(value_name(f)),
        Kind::Text => arg.env(env).value_name(value_name(f)),
        Kind::Choice(values) => arg.env(env).value_parser(values.to_vec()),
    };
    if let Some(default) = f.default {
        arg = arg.default_value(default);
    }
    // never show an env var's value in --help: it may be a secret
    arg.hide_env_values(true)
}

fn value_name(f: &Field) -> String {
    match f.name {
        n if n.ends_with("url") => "URL".into(),
        n => n.to_ascii_uppercase().replace('-', "_"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_provider_builds_a_valid_command() {
        for p in provider::REGISTRY {
            command(*p).debug_assert();
        }
    }
}
