//! JWT decoding (the `exp` fallback and `tok inspect`).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = tok::jwt::exp(text);
        if let Ok((header, claims)) = tok::jwt::decode(text) {
            let _ = tok::command::inspect::describe(header, claims, 1e9);
        }
    }
});
