//! Signed JWTs that tok makes itself: client assertions (RFC 7523 §2.2,
//! `private_key_jwt`, `client_secret_jwt`). Keys come from PEM files (RSA
//! PKCS#1 and PKCS#8, EC P-256/P-384 SEC1 and PKCS#8, Ed25519 PKCS#8);
//! signing is *ring*'s (SEC1 EC keys are re-encoded as PKCS#8 by the
//! RustCrypto curves first). Nothing here is hand-made cryptography: this
//! module assembles a compact JWS around *ring*'s signatures.

use crate::error::{Class, TokError};
use crate::secret::Secret;
use crate::{fsread, jwt, log};
use anyhow::Result;
use base64::Engine;
use ring::rand::SystemRandom;
use ring::signature::{self, EcdsaKeyPair, Ed25519KeyPair, RsaKeyPair};
use rustls_pki_types::PrivateKeyDer;
use rustls_pki_types::pem::PemObject;
use std::path::Path;

/// The longest-lived assertion tok signs (RFC 7523: short-lived).
pub const LIFETIME: f64 = 300.0;
/// `client_assertion_type` of RFC 7523 §2.2.
pub const CLIENT_ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// A private key read from a PEM file.
pub struct SigningKey {
    kind: Kind,
    /// For messages: the file it came from.
    pub file: String,
}

enum Kind {
    Rsa(RsaKeyPair),
    P256(EcdsaKeyPair),
    P384(EcdsaKeyPair),
    Ed25519(Ed25519KeyPair),
}

const EXPECTED: &str = "a PEM private key: RSA (PKCS#1 or PKCS#8), EC P-256 or P-384 (SEC1 or PKCS#8), or Ed25519 (PKCS#8), not encrypted";

/// `what`: where the key came from, as a message names it (`key file
/// /x.pem`).
fn bad_key(what: &str, why: &str) -> anyhow::Error {
    TokError::new(Class::Usage, format!("{what}: {why}; expected {EXPECTED}")).into()
}

impl SigningKey {
    /// Read and parse a key file (bounded, never a FIFO). Its contents never
    /// appear in a message; a key others can read is one warning.
    pub fn load(path: &Path) -> Result<SigningKey> {
        let bytes = fsread::read_bounded(path, 64 * 1024).map_err(|e| {
            bad_key(
                &format!("key file {}", path.display()),
                &format!("could not read it ({e})"),
            )
        })?;
        let key = SigningKey::from_pem(&bytes, &format!("key file {}", path.display()))?;
        warn_if_readable(path);
        Ok(key)
    }

    /// A key from PEM text; `what` names it in messages ("key file
    /// /x.pem", "the assertion key").
    pub fn from_pem(bytes: &[u8], what: &str) -> Result<SigningKey> {
        let text = String::from_utf8_lossy(bytes);
        if text.contains("ENCRYPTED PRIVATE KEY") || text.contains("Proc-Type: 4,ENCRYPTED") {
            return Err(bad_key(what, "it is encrypted"));
        }
        let der = PrivateKeyDer::from_pem_slice(bytes)
            .map_err(|_| bad_key(what, "no private key in it"))?;
        let kind = parse(&der).ok_or_else(|| bad_key(what, "a key of a kind tok cannot use"))?;
        Ok(SigningKey {
            kind,
            file: what.to_string(),
        })
    }

    /// The algorithm its key implies: RS256, ES256, ES384 or EdDSA.
    pub fn default_alg(&self) -> &'static str {
        match self.kind {
            Kind::Rsa(_) => "RS256",
            Kind::P256(_) => "ES256",
            Kind::P384(_) => "ES384",
            Kind::Ed25519(_) => "EdDSA",
        }
    }

    /// A compact JWS of `claims` with `alg` (the key's default when none;
    /// PS256 is allowed for RSA), `kid` in the header when given.
    pub fn sign(
        &self,
        alg: Option<&str>,
        kid: Option<&str>,
        claims: &serde_json::Value,
    ) -> Result<Secret> {
        let alg = alg.unwrap_or(self.default_alg());
        let rng = SystemRandom::new();
        let input = signing_input(alg, kid, claims);
        let sig =
            match (&self.kind, alg) {
                (Kind::Rsa(k), "RS256" | "PS256") => {
                    let padding: &dyn signature::RsaEncoding = match alg {
                        "RS256" => &signature::RSA_PKCS1_SHA256,
                        _ => &signature::RSA_PSS_SHA256,
                    };
                    let mut sig = vec![0; k.public().modulus_len()];
                    k.sign(padding, &rng, input.as_bytes(), &mut sig)
                        .map_err(|_| anyhow::anyhow!("could not sign with {}", self.file))?;
                    sig
                }
                (Kind::P256(k), "ES256") | (Kind::P384(k), "ES384") => k
                    .sign(&rng, input.as_bytes())
                    .map_err(|_| anyhow::anyhow!("could not sign with {}", self.file))?
                    .as_ref()
                    .to_vec(),
                (Kind::Ed25519(k), "EdDSA") => k.sign(input.as_bytes()).as_ref().to_vec(),
                _ => {
                    return Err(TokError::new(
                    Class::Usage,
                    format!(
                        "--client-assertion-alg {alg} does not fit the key in {} (it signs {}{})",
                        self.file,
                        self.default_alg(),
                        if matches!(self.kind, Kind::Rsa(_)) { " or PS256" } else { "" }
                    ),
                )
                .into());
                }
            };
        Ok(finish(input, &sig))
    }
}

/// HS256 with a shared secret (`client_secret_jwt`).
pub fn sign_hs256(secret: &Secret, claims: &serde_json::Value) -> Secret {
    let input = signing_input("HS256", None, claims);
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret.expose().as_bytes());
    let tag = ring::hmac::sign(&key, input.as_bytes());
    finish(input, tag.as_ref())
}

/// The claims of a client assertion: `iss` = `sub` = the client id, `aud`,
/// a fresh random `jti`, `iat`, `exp` 5 minutes later.
pub fn assertion_claims(iss: &str, sub: &str, aud: &str) -> Result<serde_json::Value> {
    let now = jwt::now().floor();
    Ok(serde_json::json!({
        "iss": iss,
        "sub": sub,
        "aud": aud,
        "jti": random_id()?,
        "iat": now as u64,
        "exp": (now + LIFETIME) as u64,
    }))
}

fn random_id() -> Result<String> {
    let mut bytes = [0u8; 16];
    ring::rand::SecureRandom::fill(&SystemRandom::new(), &mut bytes)
        .map_err(|_| anyhow::anyhow!("no random numbers from the OS"))?;
    Ok(crate::cache::hex(&bytes))
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn signing_input(alg: &str, kid: Option<&str>, claims: &serde_json::Value) -> String {
    let mut header = serde_json::json!({ "alg": alg, "typ": "JWT" });
    if let Some(kid) = kid {
        header["kid"] = kid.into();
    }
    format!(
        "{}.{}",
        b64(header.to_string().as_bytes()),
        b64(claims.to_string().as_bytes())
    )
}

fn finish(input: String, sig: &[u8]) -> Secret {
    let jws = format!("{input}.{}", b64(sig));
    log::register(&jws);
    Secret::new(jws)
}

/// The key of `der`, of the first kind that parses it.
fn parse(der: &PrivateKeyDer) -> Option<Kind> {
    let rng = SystemRandom::new();
    let ec = |bytes: &[u8]| {
        EcdsaKeyPair::from_pkcs8(&signature::ECDSA_P256_SHA256_FIXED_SIGNING, bytes, &rng)
            .map(Kind::P256)
            .or_else(|_| {
                EcdsaKeyPair::from_pkcs8(&signature::ECDSA_P384_SHA384_FIXED_SIGNING, bytes, &rng)
                    .map(Kind::P384)
            })
            .ok()
    };
    match der {
        PrivateKeyDer::Pkcs1(k) => RsaKeyPair::from_der(k.secret_pkcs1_der())
            .ok()
            .map(Kind::Rsa),
        PrivateKeyDer::Pkcs8(k) => {
            let bytes = k.secret_pkcs8_der();
            RsaKeyPair::from_pkcs8(bytes)
                .ok()
                .map(Kind::Rsa)
                .or_else(|| ec(bytes))
                .or_else(|| {
                    Ed25519KeyPair::from_pkcs8_maybe_unchecked(bytes)
                        .ok()
                        .map(Kind::Ed25519)
                })
        }
        PrivateKeyDer::Sec1(k) => {
            use p256::pkcs8::EncodePrivateKey;
            let sec1 = k.secret_sec1_der();
            let pkcs8 = match p256::SecretKey::from_sec1_der(sec1) {
                Ok(key) => key.to_pkcs8_der().ok()?,
                Err(_) => p384::SecretKey::from_sec1_der(sec1)
                    .ok()?
                    .to_pkcs8_der()
                    .ok()?,
            };
            ec(pkcs8.as_bytes())
        }
        _ => None,
    }
}

/// A private key readable by group or others: one warning, as ssh gives
/// (it is still used).
pub fn warn_if_readable(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(m) = std::fs::metadata(path)
            && m.permissions().mode() & 0o077 != 0
        {
            log::warn(format!(
                "key file {} is readable by others (mode {:o}): chmod 600 it",
                path.display(),
                m.permissions().mode() & 0o777
            ));
        }
    }
}

/// The header and claims of a JWT, for `--dry-run` and `-v` (never the
/// signature).
pub fn describe(token: &str) -> Option<String> {
    let (header, claims) = jwt::decode(token).ok()?;
    Some(format!("header {header}, claims {claims}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hs256_is_a_verifiable_compact_jws() {
        let claims = assertion_claims("cid", "cid", "https://idp.test/token").unwrap();
        let jws = sign_hs256(&Secret::new("s3cret"), &claims);
        let parts: Vec<&str> = jws.expose().split('.').collect();
        assert_eq!(parts.len(), 3);
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, b"s3cret");
        let sig = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(parts[2])
            .unwrap();
        ring::hmac::verify(&key, format!("{}.{}", parts[0], parts[1]).as_bytes(), &sig).unwrap();
        let (header, got) = jwt::decode(jws.expose()).unwrap();
        assert_eq!(header["alg"], "HS256");
        assert_eq!(got["aud"], "https://idp.test/token");
        assert_eq!(
            got["exp"].as_u64().unwrap() - got["iat"].as_u64().unwrap(),
            300
        );
        let again = assertion_claims("cid", "cid", "x").unwrap();
        assert_ne!(claims["jti"], again["jti"], "a fresh jti each time");
    }
}
