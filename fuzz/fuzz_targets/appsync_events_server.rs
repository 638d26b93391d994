//! The AppSync Events emulator's handling of real-time frames, in
//! sequence, from a connection whose upgrade passed and one whose did not.

#![no_main]

mod common;

use signal_cli::backend::appsync_events::server::FrameHarness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some(frames) = common::frames(data) else {
        return;
    };
    let mut api = FrameHarness::new(common::verifier());
    common::block_on(async {
        for (conn, text) in frames {
            api.feed(conn, text).await;
        }
    });
});
