//! Shared-tier values as a hostile Redis or fleet member may hold them.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    tok::fuzzing::shared_value(data);
});
