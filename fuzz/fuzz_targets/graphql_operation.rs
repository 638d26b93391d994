//! The AppSync GraphQL emulator's operation parser and validator against
//! the built-in signal schema (first line: the query; the rest: its
//! variables as JSON), and, for inputs starting with "S", the schema
//! parser itself.

#![no_main]

use signal_cli::backend::appsync_graphql::schema::Schema;
use std::sync::OnceLock;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(sdl) = text.strip_prefix('S') {
        let _ = Schema::parse(sdl);
        return;
    }
    static SCHEMA: OnceLock<Schema> = OnceLock::new();
    let schema = SCHEMA.get_or_init(Schema::signal);
    let (query, vars) = text.split_once('\n').unwrap_or((text, ""));
    let vars: serde_json::Value = serde_json::from_str(vars).unwrap_or_default();
    let _ = schema.operation(query, &vars, None);
});
