//! The call a session has with each peer: call control (PantherKolab's
//! Socket.IO server, its AppSync Events successor) names a call by a
//! session id that a ring makes and every answer repeats.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

/// Session ids by the peer (or user) the call is with.
#[derive(Default)]
pub struct CallSessions(Mutex<HashMap<String, String>>);

impl CallSessions {
    fn lock(&self) -> MutexGuard<'_, HashMap<String, String>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The call with `peer` is now `session`.
    pub fn set(&self, peer: &str, session: &str) {
        self.lock().insert(peer.to_owned(), session.to_owned());
    }

    /// The call with `peer`, if any.
    pub fn with(&self, peer: &str) -> Option<String> {
        self.lock().get(peer).cloned()
    }

    /// The peer the call `session` is with.
    pub fn peer_of(&self, session: &str) -> Option<String> {
        self.lock()
            .iter()
            .find(|(_, s)| s.as_str() == session)
            .map(|(p, _)| p.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_are_found_both_ways() {
        let s = CallSessions::default();
        s.set("u-b", "s-1");
        assert_eq!(s.with("u-b").as_deref(), Some("s-1"));
        assert_eq!(s.peer_of("s-1").as_deref(), Some("u-b"));
        assert_eq!(s.peer_of("s-2"), None);
        s.set("u-b", "s-2");
        assert_eq!(s.with("u-b").as_deref(), Some("s-2"));
    }
}
