//! The emulator's log: what a faithful emulator does silently (a frame it
//! drops, a connection it closes), with the reason, one line each on
//! standard error; NDJSON with `serve --json`. In-process emulators (replay,
//! loadtest, tests) keep it off.

use serde_json::json;
use std::fmt::Display;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Log {
    #[default]
    Off,
    /// `room: dropped a frame from a: unknown target 'x'`.
    Text,
    /// `{"backend":"room","event":"dropped","from":"a","reason":"..."}`.
    Json,
}

impl Log {
    /// `backend` dropped a frame from `from` (a peer id or a connection)
    /// without a word on the wire. `from` is only formatted when the log is
    /// on: frames are dropped on hot paths.
    pub fn dropped(self, backend: &str, from: &dyn Display, reason: &str) {
        self.write(backend, "dropped", from, reason);
    }

    /// `backend` closed `from`'s connection.
    pub fn closed(self, backend: &str, from: &dyn Display, reason: &str) {
        self.write(backend, "closed", from, reason);
    }

    pub fn is_on(self) -> bool {
        self != Log::Off
    }

    fn write(self, backend: &str, event: &str, from: &dyn Display, reason: &str) {
        match self {
            Log::Off => {}
            Log::Text => {
                let what = match event {
                    "dropped" => "dropped a frame from",
                    _ => "closed the connection of",
                };
                eprintln!("{backend}: {what} {from}: {reason}");
            }
            Log::Json => eprintln!(
                "{}",
                json!({"backend": backend, "event": event, "from": from.to_string(), "reason": reason})
            ),
        }
    }
}
