//! JWTs: the client's claim decoding (token cache, whoami) and the
//! emulators' verification of a bearer token.

#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(token) = std::str::from_utf8(data) else {
        return;
    };
    let _ = signal_cli::auth::jwt::Claims::decode(token);
    let verifier = common::verifier();
    let _ = common::block_on(verifier.verify(token));
});
