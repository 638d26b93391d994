//! The robot Lambda's `$default` route fed frames in sequence from an
//! owner, another user and an admin; "!" after the connection digit is a
//! disconnect. The input's length modulo 4 picks the Lambda (upstream's
//! acf2c28, or the notes' design) and turns route responses (and
//! diagnostics) on.

#![no_main]

mod common;

use signal_cli::backend::robot::server::{Version, routes_for_fuzzing};
use signal_cli::emulator::apigw::{Caller, RouteHarness};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some(frames) = common::frames(data) else {
        return;
    };
    let user = |sub: &str, groups: &[&str]| Caller {
        user: Some(sub.to_owned()),
        groups: groups.iter().map(|g| g.to_string()).collect(),
        expires_at: None,
    };
    let callers = vec![
        user("owner", &[]),
        user("other", &[]),
        user("root", &["ADMINS"]),
    ];
    let version = if data.len() % 4 < 2 {
        Version::Acf2c28
    } else {
        Version::Notes
    };
    let extras = data.len() % 2 == 1;
    let routes = routes_for_fuzzing(version, common::verifier(), extras, extras);
    let mut lambda = RouteHarness::new(routes, callers);
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
