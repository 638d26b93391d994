//! The room relay's handling of client frames, in sequence, from two
//! registered peers and one unregistered connection; with --diagnostics
//! when the input's length is odd.

#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some(frames) = common::frames(data) else {
        return;
    };
    let mut relay = signal_cli::backend::room::server::FrameHarness::new(
        common::verifier(),
        data.len() % 2 == 1,
    );
    common::block_on(async {
        for (conn, text) in frames {
            relay.feed(conn, text).await;
        }
    });
});
