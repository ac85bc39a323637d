//! A clap error as tok's one line: what was wrong, a likely meant name
//! (accounts of the config file included), where a bad value came from.

use crate::{config, provider};

/// clap's message on one line: its lines up to the first blank one (so the
/// names of missing arguments and the possible values stay), its tip (a
/// similar flag or provider), where a bad value came from when a variable
/// gave it, then a pointer to --help. A mistyped provider reads as one.
pub fn line(e: &clap::Error, args: &[std::ffi::OsString]) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let text = e.render().to_string();
    let head: Vec<&str> = text
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .map(str::trim)
        .collect();
    let head = head.join(" ");
    let mut line = head.strip_prefix("error: ").unwrap_or(&head).to_string();
    let value = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => v.first().cloned(),
        _ => None,
    };
    let runs_provider = args
        .get(1)
        .and_then(|a| a.to_str())
        .is_some_and(|c| super::PROVIDER_COMMANDS.contains(&c));
    let unknown = match (e.kind(), value(ContextKind::InvalidSubcommand)) {
        (ErrorKind::InvalidSubcommand, Some(name)) if runs_provider => Some(name),
        _ => None,
    };
    if let Some(name) = unknown {
        line = format!("unknown provider or account '{name}'");
        if let Some(similar) = similar_name(&name, args) {
            line.push_str(&format!(" (did you mean '{similar}'?)"));
        }
    } else if let Some(similar) = value(ContextKind::SuggestedSubcommand)
        .or_else(|| value(ContextKind::SuggestedArg))
        .or_else(|| value(ContextKind::SuggestedValue))
    {
        line.push_str(&format!(" (did you mean '{similar}'?)"));
    }
    if e.kind() == ErrorKind::InvalidUtf8 {
        line = not_utf8(args);
    }
    if line.ends_with("value was not a boolean") {
        line.push_str(" (use 1/0, true/false, yes/no or on/off)");
    }
    if matches!(
        e.kind(),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation
    ) && let Some(bad) = value(ContextKind::InvalidValue)
        && !args
            .iter()
            .any(|a| a.to_str().is_some_and(|a| a.ends_with(&bad)))
    {
        // not on the command line: a TOK_* variable gave it
        let vars: Vec<String> = std::env::vars_os()
            .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
            .filter(|(k, v)| k.starts_with("TOK_") && *v == bad)
            .map(|(k, _)| k)
            .collect();
        if !vars.is_empty() {
            line.push_str(&format!(" (from {})", vars.join(", ")));
        }
    }
    format!("{line} (see --help)")
}

/// Which word or `TOK_*` variable is not UTF-8 (named, never shown).
fn not_utf8(args: &[std::ffi::OsString]) -> String {
    let var = std::env::vars_os()
        .filter(|(k, v)| k.to_str().is_some_and(|k| k.starts_with("TOK_")) && v.to_str().is_none())
        .filter_map(|(k, _)| k.into_string().ok())
        .min();
    match var {
        Some(var) => {
            format!("{var} holds bytes that are not UTF-8 text: tok takes text values only")
        }
        None if args.iter().any(|a| a.to_str().is_none()) => {
            "an argument holds bytes that are not UTF-8 text: tok takes text values only".into()
        }
        None => "a value holds bytes that are not UTF-8 text".into(),
    }
}

/// The provider or config-file account most like `name`, if one is close
/// (the config file named by the arguments, else the default one).
fn similar_name(name: &str, args: &[std::ffi::OsString]) -> Option<String> {
    let accounts = config::load(super::account_flags::config_flag(args).as_deref())
        .map(|c| c.accounts.into_keys().collect::<Vec<_>>())
        .unwrap_or_default();
    closest(
        name,
        provider::names()
            .into_iter()
            .map(String::from)
            .chain(accounts),
    )
}

/// The candidate most like `name`, if any is close (clap's own measure).
fn closest(name: &str, candidates: impl Iterator<Item = String>) -> Option<String> {
    candidates
        .map(|n| (strsim::jaro(name, &n), n))
        .filter(|(score, _)| *score > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, n)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_close_name_is_suggested_from_providers_and_accounts() {
        let names = || ["elfsquad", "oauth2", "shop-local", "shop-prod"].map(String::from);
        let near = |n| closest(n, names().into_iter());
        assert_eq!(near("elfsqad").as_deref(), Some("elfsquad"));
        assert_eq!(near("shop-locl").as_deref(), Some("shop-local"));
        assert_eq!(near("zzzzzz"), None);
    }
}
