//! The config file (profiles), as every command reads it.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = toml::from_str::<signal_cli::config::Config>(text);
    }
});
