//! Helpers for the fuzz targets in `fuzz/` (not used by the binary).

/// Fuzz input as an HTTP status (first two bytes) and a body (the rest).
pub fn split(data: &[u8]) -> (u16, &[u8]) {
    match data {
        [a, b, rest @ ..] => (100 + u16::from_be_bytes([*a, *b]) % 500, rest),
        _ => (200, data),
    }
}

/// A provider's inputs as `tok get <args>` would make them (no
/// environment), for feeding its parser.
pub fn inputs(
    args: &[&str],
) -> (
    &'static dyn crate::provider::Provider,
    crate::provider::inputs::Inputs,
) {
    let p = crate::provider::find(args[0]).expect("a registered provider");
    let m = crate::cli::provider_args::command(p)
        .try_get_matches_from(args)
        .expect("valid provider arguments");
    let given = crate::cli::provider_args::given(p, &m);
    let (inp, _) = crate::source::gather(p.name(), p.fields(), "default", &given, None);
    (p, inp)
}

/// Check one answer through a provider's parser: no panic; an accepted
/// token is a success status and non-empty; a failure is one line.
pub fn check_answer(
    p: &dyn crate::provider::Provider,
    inp: &crate::provider::inputs::Inputs,
    data: &[u8],
) {
    let (status, body) = split(data);
    let resp = crate::request::Response {
        status,
        content_type: Some("application/json".into()),
        body: body.to_vec(),
    };
    match p.parse(inp, &resp) {
        Ok(t) => {
            assert!(resp.is_success());
            assert!(!t.access_token.expose().is_empty());
            let _ = crate::oauth::check_token(&t, status);
        }
        Err(e) => assert!(!e.message.contains('\n') && !e.message.contains('\r')),
    }
}

/// A fuzz target for one provider's answers: `fuzz_answer_target!("crayon")`.
#[macro_export]
macro_rules! fuzz_answer_target {
    ($($arg:expr),+) => {
        static INPUTS: std::sync::OnceLock<(
            &'static dyn tok::provider::Provider,
            tok::provider::inputs::Inputs,
        )> = std::sync::OnceLock::new();
        libfuzzer_sys::fuzz_target!(|data: &[u8]| {
            let (p, inp) = INPUTS.get_or_init(|| tok::fuzzing::inputs(&[$($arg),+]));
            tok::fuzzing::check_answer(*p, inp, data);
        });
    };
}

/// A shared-tier value as a hostile Redis may hold it (first byte even:
/// the raw value), or as a fleet member holding the key may seal it (odd:
/// the rest sealed, so the parser behind the AEAD is reached too). Either
/// way: no panic, and what comes out is an entry for the key asked for, or
/// a miss with one line saying why. True when an entry came out.
pub fn shared_value(data: &[u8]) -> bool {
    use crate::cache::shared::{FleetKey, Found, decode};
    let key = FleetKey::parse("dG9rLWZ1enotZmxlZXQta2V5LXRoaXJ0eS10d28tYnl0ZXMhIQ==")
        .expect("a valid fleet key");
    let names = key.names("fuzz key text");
    let cred = key.credential([("client-secret", b"fuzz".as_slice())]);
    let (sealed_by_member, rest) = match data {
        [first, rest @ ..] => (first % 2 == 1, rest),
        [] => (false, data),
    };
    let value = match sealed_by_member {
        true => key.seal(&names, &cred, rest),
        false => rest.to_vec(),
    };
    match decode(&key, &names, &cred, "fuzz key text", &value) {
        Found::Entry(e) => {
            assert_eq!(e.key, "fuzz key text");
            return true;
        }
        Found::Missing => assert!(value.is_empty()),
        Found::Unusable(why) => assert!(!why.is_empty() && !why.contains('\n')),
    }
    false
}

#[cfg(test)]
mod tests {
    /// The shared-value target's seeds hold its own checks (the fuzzer
    /// itself runs from `fuzz/run.sh`).
    #[test]
    fn shared_value_seeds() {
        let entry = br#"{"version":2,"key":"fuzz key text","provider":"p","profile":"d","identity":"i","endpoint":"e","scope":null,"access_token":"A","token_type":"Bearer","expires_at":2e9,"obtained_at":1e9,"refresh_token":"R","secrets":{}}"#;
        assert!(super::shared_value(&[b"\x01".as_slice(), entry].concat()));
        for seed in [
            [b"\x00".as_slice(), entry].concat(),
            b"\x00tok1".to_vec(),
            b"\x01not json".to_vec(),
            Vec::new(),
            vec![0; 300 * 1024],
        ] {
            assert!(!super::shared_value(&seed));
        }
    }
}
