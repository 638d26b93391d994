//! What the fuzz targets share: the input format of the server targets and
//! one runtime per thread.

#![allow(dead_code)]

use std::future::Future;

/// A server target's input: UTF-8 lines, each one frame; a line's first
/// character picks the connection it comes from ('0', '1', '2', ...), the
/// rest is the frame's text. A line "!N" closes connection N instead.
pub fn frames(data: &[u8]) -> Option<Vec<(usize, &str)>> {
    let text = std::str::from_utf8(data).ok()?;
    Some(
        text.split('\n')
            .filter_map(|line| {
                let mut chars = line.chars();
                let first = chars.next()?;
                Some((first as usize % 16, chars.as_str()))
            })
            .collect(),
    )
}

/// Run `f` to completion on this thread's runtime.
pub fn block_on<F: Future>(f: F) -> F::Output {
    thread_local! {
        static RT: tokio::runtime::Runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("a runtime");
    }
    RT.with(|rt| rt.block_on(f))
}

/// A token verifier of the embedded identity provider, made once.
pub fn verifier() -> std::sync::Arc<signal_cli::emulator::idp::Verifier> {
    use std::sync::{Arc, OnceLock};
    static V: OnceLock<Arc<signal_cli::emulator::idp::Verifier>> = OnceLock::new();
    V.get_or_init(|| {
        block_on(async {
            let cfg = signal_cli::emulator::EmulatorConfig::ephemeral();
            let tokens = signal_cli::emulator::Tokens::new(&cfg, "http://127.0.0.1:9")
                .await
                .expect("the embedded provider");
            tokens.verifier.clone()
        })
    })
    .clone()
}
