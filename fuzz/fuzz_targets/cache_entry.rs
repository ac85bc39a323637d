//! Cache entry files as a hostile directory may hold them.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(e) = tok::cache::parse_entry(data) {
        // whatever is accepted can be printed as one safe line
        assert!(tok::oauth::check_printable(e.access_token.expose(), &e.token_type).is_ok());
        let _ = e.fresh(tok::jwt::now(), 60);
    }
});
