//! What comes back on the loopback redirect (any local process can send
//! it): no panic, a code only with the state tok sent, and a refusal's text
//! one escaped line.
#![no_main]
use tok::grant::browser::{Callback, callback};
use tok::secret::Secret;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let state = Secret::new("tok-state-0123456789");
    match callback(&query, &state) {
        Callback::Code(code) => {
            assert!(!code.expose().is_empty());
            assert!(query.contains("tok-state-0123456789"));
        }
        Callback::Refused(why) => assert!(!why.chars().any(char::is_control), "{why:?}"),
        Callback::Foreign(_) => {}
    }
});
