//! The elfsquad answer parser, fed any status and body.
#![no_main]
tok::fuzz_answer_target!("elfsquad");
