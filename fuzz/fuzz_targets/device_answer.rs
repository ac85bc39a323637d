//! The device endpoint's answer (RFC 8628 §3.2), fed any status and body:
//! no panic, and every value shown to the person is one escaped line.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let (status, body) = tok::fuzzing::split(data);
    let resp = tok::request::Response {
        status,
        content_type: Some("application/json".into()),
        body: body.to_vec(),
    };
    match tok::grant::device::parse(&resp) {
        Ok(a) => {
            assert!(resp.is_success());
            for shown in [&a.user_code, &a.verification_uri] {
                assert!(!shown.chars().any(char::is_control), "{shown:?}");
            }
            assert!((1..=60).contains(&a.interval));
        }
        Err(e) => assert!(!e.message.contains('\n') && !e.message.contains('\r')),
    }
});
