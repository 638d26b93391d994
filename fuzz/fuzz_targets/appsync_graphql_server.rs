//! The AppSync GraphQL emulator's handling of real-time frames and of
//! HTTP operations (a line from connection 1 is an HTTP body), in sequence.

#![no_main]

mod common;

use signal_cli::backend::appsync_graphql::server::FrameHarness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some(frames) = common::frames(data) else {
        return;
    };
    let mut api = FrameHarness::new(common::verifier());
    common::block_on(async {
        for (conn, text) in frames {
            if conn % 2 == 1 {
                if let Ok(body) = serde_json::from_str::<serde_json::Value>(text)
                    && body.is_object()
                {
                    api.http(&body).await;
                }
            } else {
                api.frame(text).await;
            }
        }
    });
});
