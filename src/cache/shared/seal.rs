//! What the shared tier shows Redis: names that are HMACs and values that
//! are sealed. Everything is derived from the fleet key with HKDF-SHA256;
//! the AEAD is AES-256-GCM. All of it comes from the RustCrypto crates
//! (`hkdf`, `hmac`, `sha2`, `aes-gcm`), the OS random source from *ring*;
//! nothing here is hand-made cryptography.
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
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use base64::Engine;
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use ring::rand::{SecureRandom, SystemRandom};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// The smallest fleet key tok takes, in bytes.
pub const KEY_BYTES: usize = 32;
const MAGIC: &[u8; 4] = b"tok1";
const SALT: usize = 16;
const NONCE: usize = 12;
const TAG: usize = 16;
/// HKDF's extract salt: tok's shared tier, format 1.
const DOMAIN: &[u8] = b"tok shared cache v1";

/// The fleet key and what is derived from it.
#[derive(Clone)]
pub struct FleetKey {
    prk: Hkdf<Sha256>,
    names: HmacSha256,
    fingerprints: HmacSha256,
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
        let prk = Hkdf::<Sha256>::new(Some(DOMAIN), &bytes);
        let names = hmac_key(&prk, b"names");
        let fingerprints = hmac_key(&prk, b"fingerprints");
        let id = hex(&mac(&names, &[b"fleet id"])[..4]);
        Ok(FleetKey {
            prk,
            names,
            fingerprints,
            id,
        })
    }

    /// A new key for `tok cache keygen`.
    pub fn generate() -> String {
        base64::engine::general_purpose::STANDARD.encode(random::<KEY_BYTES>())
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
        let tag = hex(&mac(&self.names, &[key_text.as_bytes()])[..16]);
        let base = format!("tok:{}:{{{tag}}}", self.id);
        Names {
            entry: format!("{base}:e"),
            lock: format!("{base}:l"),
        }
    }

    /// A secret's fingerprint in the shared key text: the same on every
    /// machine of the fleet (the local cache's is keyed per machine).
    pub fn fingerprint(&self, secret: &str) -> String {
        hex(&mac(&self.fingerprints, &[secret.as_bytes()])[..16])
    }

    /// The credential fingerprint of `secrets` (`name`, value), in any
    /// order: each is framed by its length, so no two lists collide.
    pub fn credential<'a>(
        &self,
        secrets: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    ) -> Credential {
        let mut secrets: Vec<(&str, &[u8])> = secrets.into_iter().collect();
        secrets.sort();
        let mut ctx = self.fingerprints.clone();
        ctx.update(b"credential");
        for (name, value) in secrets {
            for part in [name.as_bytes(), value] {
                ctx.update(&(part.len() as u64).to_be_bytes());
                ctx.update(part);
            }
        }
        Credential(ctx.finalize().into_bytes().into())
    }

    /// Seal an entry's bytes for `names.entry`.
    pub fn seal(&self, names: &Names, cred: &Credential, plain: &[u8]) -> Vec<u8> {
        let salt = random::<SALT>();
        let nonce = random::<NONCE>();
        let sealed = self
            .value_key(names, cred, &salt)
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: plain,
                    aad: names.entry.as_bytes(),
                },
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
        if rest.len() < SALT + NONCE + TAG {
            return Err("truncated");
        }
        let (salt, rest) = rest.split_at(SALT);
        let (nonce, sealed) = rest.split_at(NONCE);
        self.value_key(names, cred, salt)
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: names.entry.as_bytes(),
                },
            )
            .map_err(|_| {
                "it does not open with this fleet key and these credentials (another fleet key, other credentials, another entry's value, or tampered with)"
            })
    }

    fn value_key(&self, names: &Names, cred: &Credential, salt: &[u8]) -> Aes256Gcm {
        let info = [b"value".as_slice(), salt, &cred.0, names.entry.as_bytes()];
        let mut okm = Key::<Aes256Gcm>::default();
        self.prk
            .expand_multi_info(&info, &mut okm)
            .expect("32 bytes is a valid HKDF-SHA256 output length");
        Aes256Gcm::new(&okm)
    }
}

/// The HMAC-SHA256 key HKDF derives for `what`.
fn hmac_key(prk: &Hkdf<Sha256>, what: &[u8]) -> HmacSha256 {
    let mut okm = [0u8; 32];
    prk.expand(what, &mut okm)
        .expect("32 bytes is a valid HKDF-SHA256 output length");
    <HmacSha256 as Mac>::new_from_slice(&okm).expect("HMAC takes a key of any length")
}

/// HMAC-SHA256 of the parts, one after another.
fn mac(key: &HmacSha256, parts: &[&[u8]]) -> [u8; 32] {
    let mut ctx = key.clone();
    for p in parts {
        ctx.update(p);
    }
    ctx.finalize().into_bytes().into()
}

/// N bytes from the OS random source.
fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    SystemRandom::new()
        .fill(&mut bytes)
        .expect("the OS random source works");
    bytes
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

    /// The same derivations and the same sealed bytes through a second,
    /// independent implementation (*ring*): the format is what the module
    /// says, not an accident of one crate.
    #[test]
    fn ring_derives_the_same_names_and_opens_the_same_values() {
        use ring::{aead, hkdf, hmac};
        let text = FleetKey::generate();
        let k = FleetKey::parse(&text).unwrap();
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(&text)
            .unwrap();
        let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, DOMAIN).extract(&bytes);
        let key = |what: &[u8]| hmac::Key::from(prk.expand(&[what], hmac::HMAC_SHA256).unwrap());
        let (names, prints) = (key(b"names"), key(b"fingerprints"));
        let id = hex(&hmac::sign(&names, b"fleet id").as_ref()[..4]);
        assert_eq!(k.id(), id);
        let tag = hex(&hmac::sign(&names, b"key text").as_ref()[..16]);
        assert_eq!(k.names("key text").entry, format!("tok:{id}:{{{tag}}}:e"));
        let print = hex(&hmac::sign(&prints, b"s3cret").as_ref()[..16]);
        assert_eq!(k.fingerprint("s3cret"), print);

        let n = k.names("account");
        let cred = k.credential([("client-secret", b"s1".as_slice())]);
        let sealed = k.seal(&n, &cred, b"{\"entry\":1}");
        let (salt, rest) = sealed[MAGIC.len()..].split_at(SALT);
        let (nonce, ct) = rest.split_at(NONCE);
        let info = [b"value".as_slice(), salt, &cred.0, n.entry.as_bytes()];
        let okm = prk.expand(&info, &aead::AES_256_GCM).unwrap();
        let ring_key = aead::LessSafeKey::new(aead::UnboundKey::from(okm));
        let mut buf = ct.to_vec();
        let plain = ring_key
            .open_in_place(
                aead::Nonce::try_assume_unique_for_key(nonce).unwrap(),
                aead::Aad::from(n.entry.as_bytes()),
                &mut buf,
            )
            .unwrap();
        assert_eq!(plain, b"{\"entry\":1}");
    }

    #[test]
    fn short_or_malformed_keys_are_refused() {
        assert!(FleetKey::parse("not base64 !").is_err());
        let short = base64::engine::general_purpose::STANDARD.encode([7u8; 16]);
        assert!(FleetKey::parse(&short).unwrap_err().contains("16 bytes"));
        assert!(FleetKey::parse(&format!("  {}\n", FleetKey::generate())).is_ok());
    }
}
