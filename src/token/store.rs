//! Keeping a token just obtained: its refresh token (a sign-in's in the OS
//! keyring where one works, else the 0600 entry), the cache entry written
//! under the lock, and what the caller is told about where it is kept.

use super::fetch::Fetched;
use super::tier::Tier;
use super::{Obtained, Run, lookup};
use crate::cache::{Entry, Lock};
use crate::log;
use crate::provider::Provider;
use crate::provider::inputs::Inputs;
use crate::secret::Secret;
use crate::{jwt, source};
use std::time::{Duration, Instant};

impl Run<'_> {
    /// Keep the token (and its refresh token), release the lock, and say
    /// what was obtained.
    pub(super) fn store(
        &self,
        inp: &Inputs,
        f: Fetched,
        lock: Option<Lock>,
        tier: Option<&Tier>,
    ) -> Obtained {
        let t = &f.token;
        log::register(t.access_token.expose());
        for secret in [&t.refresh_token, &t.id_token].into_iter().flatten() {
            log::register(secret.expose());
        }
        let in_keyring = self.keep_refresh(inp, &f);
        let entry = self.entry(inp, &f, in_keyring);
        let cached = match &entry {
            Some(e) if lock.is_some() => self.write(e),
            Some(_) => false,
            None => {
                if self.cache.is_some() {
                    log::trace(
                        "the answer gives no lifetime and the token is no JWT with exp: not cached",
                    );
                }
                false
            }
        };
        // the fleet's copy before its lock and ours are released (after a
        // sign-in, with a --timeout of its own, as the keyring write has)
        if let Some(t) = tier {
            if f.signed_in {
                t.extend(Instant::now() + Duration::from_secs(self.s.timeout));
            }
            t.publish(entry.as_ref());
        }
        drop(lock);
        if !cached && !in_keyring {
            self.warn_refresh_lost(&f);
        }
        match &entry {
            Some(e) => {
                let mut got = Obtained::from_entry(e, false);
                if !cached && !in_keyring {
                    // nothing keeps its refresh token
                    got.refresh_in = None;
                }
                got
            }
            None => Obtained {
                token: f.token.access_token,
                token_type: f.token.token_type,
                header_name: None,
                expires_at: None,
                scope: f.token.scope,
                provider: self.provider.name().into(),
                profile: self.s.profile.clone(),
                from_cache: false,
                renewable: true,
                id_token: f.token.id_token,
                refresh_in: in_keyring.then_some("the OS keyring"),
                obtained_at: Some(f.sent_at),
                issued_token_type: f.token.issued_token_type,
            },
        }
    }

    /// A refresh token that nothing keeps, where that loses state: the
    /// server has just rotated the old one (now spent), or a person signed
    /// in for it. Said loudly, never a silent exit 0.
    fn warn_refresh_lost(&self, f: &Fetched) {
        let Some(rt) = &f.token.refresh_token else {
            return;
        };
        let rotated = f.refresh.as_ref().is_some_and(|old| old != rt);
        if self.cache.is_none() || !(rotated || f.kind.is_some()) {
            return;
        }
        let spent = if rotated {
            "the server rotated the refresh token and the old one is spent, but the new one could not be kept (neither the cache entry nor the OS keyring)"
        } else {
            "the refresh token of this sign-in could not be kept (neither the cache entry nor the OS keyring)"
        };
        let next = match f.kind {
            Some(_) => "a person to sign in again",
            None => "the primary grant again (the password or client credentials)",
        };
        log::warn(format!("{spent}: the next call needs {next}"));
    }

    /// The refresh token of a sign-in is the long-lived credential: the
    /// keyring keeps it where one works (true), else the 0600 entry.
    fn keep_refresh(&self, inp: &Inputs, f: &Fetched) -> bool {
        let (Some(rt), Some(_)) = (&f.token.refresh_token, f.kind) else {
            return false;
        };
        if f.keyring_refresh && f.refresh.as_ref() == Some(rt) {
            return true; // the keyring holds it already
        }
        let by = match f.signed_in {
            true => Instant::now() + Duration::from_secs(self.s.timeout),
            false => self.deadline,
        };
        keep_in_keyring(self.provider, inp, rt, by)
    }

    /// The cache entry for the token: none when its lifetime is unknown.
    fn entry(&self, inp: &Inputs, f: &Fetched, in_keyring: bool) -> Option<Entry> {
        let t = &f.token;
        let expires_at = t
            .expires_in
            .map(|secs| f.sent_at + secs)
            .or_else(|| jwt::exp(t.access_token.expose()))?;
        let provider = self.provider;
        Some(Entry {
            version: crate::cache::VERSION,
            key: self.key.text(),
            provider: provider.name().into(),
            profile: self.s.profile.clone(),
            identity: inp.get(provider.identity_field()).unwrap_or("").to_string(),
            endpoint: self.key.endpoint.clone(),
            scope: t.scope.clone().or_else(|| self.key.scope.clone()),
            access_token: t.access_token.clone(),
            token_type: t.token_type.clone(),
            expires_at,
            obtained_at: f.sent_at,
            refresh_token: t.refresh_token.clone().filter(|_| !in_keyring),
            refresh_in_keyring: in_keyring,
            id_token: t.id_token.clone(),
            issued_token_type: t.issued_token_type.clone(),
            refresh_expires_at: t.refresh_expires_in.map(|secs| f.sent_at + secs),
            secrets: lookup::fingerprints(inp, self.cache.as_ref()),
        })
    }

    /// Write the entry; false (one warning) when it cannot be written.
    pub(super) fn write(&self, e: &Entry) -> bool {
        let Some(cache) = &self.cache else {
            return false;
        };
        match cache.write(&self.key, e) {
            Ok(()) => {
                log::trace(format!("cached until {}", jwt::rfc3339(e.expires_at)));
                true
            }
            Err(err) => {
                log::warn(format!("{err:#}; the token is not cached"));
                false
            }
        }
    }
}

/// Put a sign-in's refresh token in the keyring by `deadline`; false when
/// none works (then the cache entry keeps it).
fn keep_in_keyring(provider: &dyn Provider, inp: &Inputs, rt: &Secret, deadline: Instant) -> bool {
    match source::keyring::update(
        provider.name(),
        inp.keyring_profile(),
        "refresh-token",
        Some(rt),
        deadline,
    ) {
        Ok(()) => {
            log::trace("the refresh token is kept in the OS keyring");
            true
        }
        Err(e) => {
            log::trace(format!(
                "the OS keyring cannot keep the refresh token ({e:#}): the cache entry (0600) keeps it"
            ));
            false
        }
    }
}
