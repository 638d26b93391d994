//! Flow files (JSONL steps) as `replay FILE` and `loadtest FILE` read them.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = signal_cli::flow::model::Flow::parse_jsonl("fuzz.jsonl", text);
    }
});
