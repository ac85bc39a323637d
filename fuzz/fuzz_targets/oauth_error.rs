//! RFC 6749 error bodies: classification and the message built from them.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (status, body) = tok::fuzzing::split(data);
    let resp = tok::request::Response {
        status,
        content_type: Some("application/json".into()),
        body: body.to_vec(),
    };
    let e = tok::oauth::failure(&resp);
    assert!(!e.message.contains('\n') && !e.message.contains('\r'));
    assert!(e.message.len() < 4 * 1024);
});
