//! What the shared tier shows Redis: names that are HMACs and values that
//! are sealed. Everything is derived from the fleet key with HKDF-SHA256
//! (*ring*); nothing here is hand-made cryptography.
//!
//! - A name is `tok:<fleet id>:{<HMAC of the entry's key text>}:e` (the
//!   entry) or `…:l` (its lock): the `{…}` hash tag puts both in one Redis
//!   Cluster slot. The fleet id (an HMAC of a constant) keeps fleets that
//!   share one Redis apart, so `cache clear --shared` removes only its own.
//! - A value is `tok1 ‖ salt(16) ‖ nonce(12) ‖ AES-256-GCM(entry)`, under a
//!   key derived from the fleet key, the salt, the entry's name and the
//!   **credential fingerprint** (an HMAC of every secret that obtained the
//!   token), with the name as associated data: a machine holding other
//!   credentials cannot open it, and a value moved under another name does
//!   not open either.

use super::super::entry::hex;
use base64::Engine;
use ring::rand::{SecureRandom, SystemRandom};
use ring::{aead, hkdf, hmac};

/// The smallest fleet key tok takes, in bytes.
pub const KEY_BYTES: usize = 32;
const MAGIC: &[u8; 4] = b"tok1";
const SALT: usize = 16;
const NONCE: usize = aead::NONCE_LEN;

/// The fleet key and what is derived from it.
pub struct FleetKey {
    prk: hkdf::Prk,
    names: hmac::Key,
    fingerprints: hmac::Key,
    id: String,
}

impl std::fmt::Debug for FleetKey {
    /// Never the key: only the fleet id.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FleetKey({})", self.id)
    }
}

/// An entry's two names in Redis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Names {
    pub entry: String,
    pub lock: String,
}

/// An HMAC of every secret that obtained a token: part of its value's key.
pub struct Credential([u8; 32]);

impl FleetKey {
    /// The key as `tok cache keygen` writes it: base64 of at least 32
    /// random bytes (surrounding whitespace ignored).
    pub fn parse(text: &str) -> Result<FleetKey, String> {
        let text = text.trim();
        let engines = [
            base64::engine::general_purpose::STANDARD,
            base64::engine::general_purpose::URL_SAFE,
        ];
        let bytes = engines
            .iter()
            .find_map(|e| e.decode(text).ok())
            .ok_or("the fleet key is not base64 (make one with `tok cache keygen`)")?;
        if bytes.len() < KEY_BYTES {
            return Err(format!(
                "the fleet key holds {} bytes, at least {KEY_BYTES} are needed (make one with `tok cache keygen`)",
                bytes.len()
            ));
        }
        let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, b"tok shared cache v1").extract(&bytes);
        let names = hmac_key(&prk, b"names");
        let fingerprints = hmac_key(&prk, b"fingerprints");
        let id = hex(&hmac::sign(&names, b"fleet id").as_ref()[..4]);
        Ok(FleetKey {
            prk,
            names,
            fingerprints,
            id,
        })
    }

    /// A new key for `tok cache keygen`.
    pub fn generate() -> String {
        let mut bytes = [0u8; KEY_BYTES];
        SystemRandom::new()
            .fill(&mut bytes)
            .expect("the OS random source works");
        base64::engine::general_purpose::STANDARD.encode(bytes)
    }

    /// Tells this fleet's names apart from another fleet's on one Redis.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The pattern that matches every name of this fleet.
    pub fn pattern(&self) -> String {
        format!("tok:{}:*", self.id)
    }

    /// The names of the entry whose key text is `key_text`.
    pub fn names(&self, key_text: &str) -> Names {
        let tag = hex(&hmac::sign(&self.names, key_text.as_bytes()).as_ref()[..16]);
        let base = format!("tok:{}:{{{tag}}}", self.id);
        Names {
            entry: format!("{base}:e"),
            lock: format!("{base}:l"),
        }
    }

    /// A secret's fingerprint in the shared key text: the same on every
    /// machine of the fleet (the local cache's is keyed per machine).
    pub fn fingerprint(&self, secret: &str) -> String {
        hex(&hmac::sign(&self.fingerprints, secret.as_bytes()).as_ref()[..16])
    }

    /// The credential fingerprint of `secrets` (`name`, value), in any
    /// order: each is framed by its length, so no two lists collide.
    pub fn credential<'a>(
        &self,
        secrets: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    ) -> Credential {
        let mut secrets: Vec<(&str, &[u8])> = secrets.into_iter().collect();
        secrets.sort();
        let mut ctx = hmac::Context::with_key(&self.fingerprints);
        ctx.update(b"credential");
        for (name, value) in secrets {
            for part in [name.as_bytes(), value] {
                ctx.update(&(part.len() as u64).to_be_bytes());
                ctx.update(part);
            }
        }
        let mut out = [0u8; 32];
        out.copy_from_slice(ctx.sign().as_ref());
        Credential(out)
    }

    /// Seal an entry's bytes for `names.entry`.
    pub fn seal(&self, names: &Names, cred: &Credential, plain: &[u8]) -> Vec<u8> {
        let rng = SystemRandom::new();
        let mut salt = [0u8; SALT];
        let mut nonce = [0u8; NONCE];
        rng.fill(&mut salt).expect("the OS random source works");
        rng.fill(&mut nonce).expect("the OS random source works");
        let key = self.value_key(names, cred, &salt);
        let mut sealed = plain.to_vec();
        key.seal_in_place_append_tag(
            aead::Nonce::assume_unique_for_key(nonce),
            aead::Aad::from(names.entry.as_bytes()),
            &mut sealed,
        )
        .expect("AES-GCM seals any entry-sized input");
        let mut out = Vec::with_capacity(MAGIC.len() + SALT + NONCE + sealed.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&salt);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        out
    }

    /// Open a value read from `names.entry`: `Err(why)` for one that is
    /// not tok's, truncated, tampered with, moved from another name, or
    /// sealed under another fleet key or other credentials.
    pub fn open(
        &self,
        names: &Names,
        cred: &Credential,
        value: &[u8],
    ) -> Result<Vec<u8>, &'static str> {
        let rest = value
            .strip_prefix(MAGIC)
            .ok_or("not a tok entry (or another format version)")?;
        if rest.len() < SALT + NONCE + aead::AES_256_GCM.tag_len() {
            return Err("truncated");
        }
        let (salt, rest) = rest.split_at(SALT);
        let (nonce, sealed) = rest.split_at(NONCE);
        let key = self.value_key(names, cred, salt);
        let nonce = aead::Nonce::try_assume_unique_for_key(nonce).map_err(|_| "truncated")?;
        let mut buf = sealed.to_vec();
        let plain = key
            .open_in_place(nonce, aead::Aad::from(names.entry.as_bytes()), &mut buf)
            .map_err(|_| {
                "it does not open with this fleet key and these credentials (another fleet key, other credentials, another entry's value, or tampered with)"
            })?;
        Ok(plain.to_vec())
    }

    fn value_key(&self, names: &Names, cred: &Credential, salt: &[u8]) -> aead::LessSafeKey {
        let info = [b"value".as_slice(), salt, &cred.0, names.entry.as_bytes()];
        let okm = self
            .prk
            .expand(&info, &aead::AES_256_GCM)
            .expect("32 bytes is a valid HKDF-SHA256 output length");
        aead::LessSafeKey::new(aead::UnboundKey::from(okm))
    }
}

fn hmac_key(prk: &hkdf::Prk, what: &[u8]) -> hmac::Key {
    let info = [what];
    hmac::Key::from(
        prk.expand(&info, hmac::HMAC_SHA256)
            .expect("an HMAC key is a valid HKDF-SHA256 output length"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fleet() -> FleetKey {
        FleetKey::parse(&FleetKey::generate()).unwrap()
    }

    #[test]
    fn a_sealed_value_opens_only_with_the_same_key_name_and_credentials() {
        let k = fleet();
        let a = k.names("account a");
        let b = k.names("account b");
        let cred = k.credential([("client-secret", b"s1".as_slice())]);
        let other_cred = k.credential([("client-secret", b"s2".as_slice())]);
        let sealed = k.seal(&a, &cred, b"{\"entry\":1}");
        assert_eq!(k.open(&a, &cred, &sealed).unwrap(), b"{\"entry\":1}");
        assert!(k.open(&b, &cred, &sealed).is_err(), "moved to another name");
        assert!(
            k.open(&a, &other_cred, &sealed).is_err(),
            "other credentials"
        );
        let other = fleet();
        let cred2 = other.credential([("client-secret", b"s1".as_slice())]);
        assert!(
            other.open(&a, &cred2, &sealed).is_err(),
            "another fleet key"
        );
        for i in 0..sealed.len() {
            let mut t = sealed.clone();
            t[i] ^= 1;
            assert!(k.open(&a, &cred, &t).is_err(), "byte {i} flipped");
        }
        for n in 0..sealed.len() {
            assert!(k.open(&a, &cred, &sealed[..n]).is_err(), "truncated to {n}");
        }
        assert!(k.open(&a, &cred, b"").is_err());
        assert_ne!(
            sealed,
            k.seal(&a, &cred, b"{\"entry\":1}"),
            "fresh salt and nonce"
        );
    }

    #[test]
    fn names_are_keyed_share_a_slot_and_reveal_nothing() {
        let k = fleet();
        let n = k.names("v2\nprovider=elfsquad\nclient-id=abc");
        assert!(n.entry.starts_with(&format!("tok:{}:{{", k.id())));
        assert!(n.entry.ends_with("}:e") && n.lock.ends_with("}:l"));
        let tag = |s: &str| s[s.find('{').unwrap()..=s.find('}').unwrap()].to_string();
        assert_eq!(tag(&n.entry), tag(&n.lock), "one cluster slot");
        assert!(!n.entry.contains("abc") && !n.entry.contains("elfsquad"));
        assert_ne!(
            fleet().names("x"),
            k.names("x"),
            "another fleet, other names"
        );
        assert_eq!(k.names("x"), k.names("x"));
    }

    #[test]
    fn credentials_are_order_free_and_unambiguous() {
        let k = fleet();
        let ab = k.credential([("a", b"1".as_slice()), ("b", b"2".as_slice())]);
        let ba = k.credential([("b", b"2".as_slice()), ("a", b"1".as_slice())]);
        assert_eq!(ab.0, ba.0);
        let joined = k.credential([("a", b"12".as_slice())]);
        let split = k.credential([("a", b"1".as_slice()), ("", b"2".as_slice())]);
        assert_ne!(joined.0, split.0);
    }

    #[test]
    fn short_or_malformed_keys_are_refused() {
        assert!(FleetKey::parse("not base64 !").is_err());
        let short = base64::engine::general_purpose::STANDARD.encode([7u8; 16]);
        assert!(FleetKey::parse(&short).unwrap_err().contains("16 bytes"));
        assert!(FleetKey::parse(&format!("  {}\n", FleetKey::generate())).is_ok());
    }
}
