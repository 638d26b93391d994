//! The robot client's decoder of server frames: any text frame is an
//! event, a skip, a reply or an error, never a panic.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = signal_cli::backend::robot::client::decode_frame(text);
    }
});
