//! The mesh servers fed frames in sequence from three connections, with
//! and without `--diagnostics`: the Node server's dispatch and the Lambda's
//! `$default` route (the input's length modulo 4 picks); "!N" is a
//! disconnect.

#![no_main]

mod common;

use signal_cli::backend::mesh::node::FrameHarness;
use signal_cli::backend::mesh::server::routes_for_fuzzing;
use signal_cli::emulator::apigw::{Caller, RouteHarness};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some(frames) = common::frames(data) else {
        return;
    };
    let diagnostics = data.len() % 4 >= 2;
    if data.len() % 2 == 0 {
        let mut node = FrameHarness::new(diagnostics);
        for (conn, text) in frames {
            if text == "!" {
                node.close(conn);
            } else {
                node.feed(conn, text);
            }
        }
        return;
    }
    let callers = vec![Caller::default(); 3];
    let mut lambda = RouteHarness::new(routes_for_fuzzing(diagnostics), callers);
    common::block_on(async {
        for (conn, text) in frames {
            if text == "!" {
                lambda.disconnect(conn).await;
            } else {
                lambda.feed(conn, text).await;
            }
        }
    });
});
