//! The mesh relay's `$default` route, both flavours (the input's parity
//! picks one), fed frames in sequence from three connections; "!N" is a
//! disconnect.

#![no_main]

mod common;

use signal_cli::backend::mesh::server::{Flavour, routes_for_fuzzing};
use signal_cli::emulator::apigw::{Caller, RouteHarness};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some(frames) = common::frames(data) else {
        return;
    };
    let flavour = if data.len() % 2 == 0 {
        Flavour::Node
    } else {
        Flavour::Apigw
    };
    let callers = vec![Caller::default(); 3];
    let mut mesh = RouteHarness::new(routes_for_fuzzing(flavour), callers);
    common::block_on(async {
        for (conn, text) in frames {
            if text == "!" {
                mesh.disconnect(conn).await;
            } else {
                mesh.feed(conn, text).await;
            }
        }
    });
});
