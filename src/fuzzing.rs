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
