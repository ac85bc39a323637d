//! What a provider asks for: each input a [`Field`] — a flag `--<name>`, an
//! environment variable `TOK_<PROVIDER>_<NAME>`, and for login fields a
//! keyring value — with the [`Kind`] of value it holds.

/// What sort of value a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A single string.
    Text,
    /// A boolean switch (`--legacy`).
    Switch,
    /// One of a fixed set of strings.
    Choice(&'static [&'static str]),
    /// Repeated `--name k=v`.
    List,
}

/// One input of a provider: a flag `--<name>`, an env var
/// `TOK_<PROVIDER>_<NAME>`, and for login fields a keyring entry.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub name: &'static str,
    pub help: &'static str,
    pub kind: Kind,
    /// Never printed, never cached; also read from `..._FILE`.
    pub secret: bool,
    /// Asked by `tok login` and looked up in the keyring when not given.
    pub login: bool,
    /// A secret that decides *whose* token it is (a refresh token given as
    /// input): it separates cache entries, as a keyed fingerprint.
    pub identity: bool,
    /// A credential that replaces all the others (Envoy's API key): the
    /// keyring's is not used when other credentials were given explicitly.
    pub alone: bool,
    /// Whether it decides which token this is (enters the cache key). Not
    /// for settings of how a token is obtained (`--login-timeout`).
    pub keyed: bool,
    pub default: Option<&'static str>,
    /// A path to a file (a key, a certificate): a config file may also
    /// write it as `{ file = "PATH" }`.
    pub file: bool,
    /// A token that proves a workload's identity (a CI job's OIDC token, an
    /// assertion): new at every run, so the cache follows its identity
    /// (`iss`, `sub`, `aud`), not its bytes, and never its fingerprint.
    pub workload: bool,
}

impl Field {
    pub const fn text(name: &'static str, help: &'static str) -> Field {
        Field {
            name,
            help,
            kind: Kind::Text,
            secret: false,
            login: false,
            identity: false,
            alone: false,
            keyed: true,
            default: None,
            file: false,
            workload: false,
        }
    }

    /// An account value stored by `tok login`.
    pub const fn credential(name: &'static str, help: &'static str) -> Field {
        Field {
            login: true,
            ..Field::text(name, help)
        }
    }

    /// A secret account value stored by `tok login`.
    pub const fn secret(name: &'static str, help: &'static str) -> Field {
        Field {
            secret: true,
            login: true,
            ..Field::text(name, help)
        }
    }

    pub const fn switch(name: &'static str, help: &'static str) -> Field {
        Field {
            kind: Kind::Switch,
            ..Field::text(name, help)
        }
    }

    /// A secret input that `tok login` does not store.
    pub const fn secret_input(name: &'static str, help: &'static str) -> Field {
        Field {
            secret: true,
            ..Field::text(name, help)
        }
    }

    /// A workload identity token (see [`Field::workload`]).
    pub const fn workload(self) -> Field {
        Field {
            workload: true,
            keyed: false,
            ..self
        }
    }

    /// A secret that decides whose token it is (see [`Field::identity`]).
    pub const fn identity(self) -> Field {
        Field {
            identity: true,
            ..self
        }
    }

    /// A setting of how, not which (see [`Field::keyed`]).
    pub const fn unkeyed(self) -> Field {
        Field {
            keyed: false,
            ..self
        }
    }

    /// A credential that replaces the others (see [`Field::alone`]).
    pub const fn alone(self) -> Field {
        Field {
            alone: true,
            ..self
        }
    }

    pub const fn with_default(self, default: &'static str) -> Field {
        Field {
            default: Some(default),
            ..self
        }
    }

    pub const fn choice(self, values: &'static [&'static str]) -> Field {
        Field {
            kind: Kind::Choice(values),
            ..self
        }
    }

    /// A path to a file (see [`Field::file`]).
    pub const fn file(self) -> Field {
        Field { file: true, ..self }
    }

    pub const fn list(self) -> Field {
        Field {
            kind: Kind::List,
            ..self
        }
    }

    /// A human name: `client-secret` → `client secret`.
    pub fn label(&self) -> String {
        self.name.replace('-', " ")
    }
}

/// `TOK_<PROVIDER>_<FIELD>`, upper case, `-` → `_`.
pub fn env_name(provider: &str, field: &str) -> String {
    format!("TOK_{provider}_{field}")
        .to_ascii_uppercase()
        .replace('-', "_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_names_follow_the_convention() {
        assert_eq!(env_name("elfsquad", "client-id"), "TOK_ELFSQUAD_CLIENT_ID");
        assert_eq!(env_name("oauth2", "token-url"), "TOK_OAUTH2_TOKEN_URL");
    }
}
