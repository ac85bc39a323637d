//! What git sends a credential helper (any bytes on stdin): parsed, and
//! answered, without a panic; a refused token is never echoed but kept
//! as a secret.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let req = tok::command::git_credential::parse_request(&text);
    assert!(!req.host.contains('\n'));
    let token = tok::secret::Secret::new("AT");
    let shown = tok::output::Shown {
        token: &token,
        token_type: "Bearer",
        header_name: None,
        expires_at: Some(2e9),
        scope: None,
        provider: "oauth2",
        profile: "default",
        from_cache: true,
        id_token: None,
        issued_token_type: None,
    };
    let answer = tok::command::git_credential::answer(&req, "oauth2", &shown);
    assert_eq!(answer.matches('\n').count(), 3, "{answer:?}");
});
