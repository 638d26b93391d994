//! Call control as PantherKolab's server signals it, mapped to the common
//! model: the events `ring`, `accept`, `reject` and `end` of a flow become
//! `new-call`, `accept-call`, `reject-call` and `end-call`, and what the
//! server sends back becomes the arrival of that event at the other peer.
//!
//! The server carries no payload of ours: it makes the session id and
//! writes its own events. So the sender of each step notes, in a book the
//! group shares, the signal it sent under the key the receiver will see
//! (the caller's name for a ring, the session id for the rest). The
//! receiver takes the signal from the book once it has checked what the
//! server did carry (who called, who ended, who is in the meeting); a
//! check that fails arrives as a changed signal, so the step is judged
//! corrupted. A server event nobody wrote in the book (a user's own
//! client, `peer connect` by hand) arrives as the event with the server's
//! fields.

use serde_json::{Map, Value, json};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::backend::acks::Acks;
use crate::backend::call_sessions::CallSessions;
use crate::error::{Error, Result};
use crate::signal::{Event, PeerId, Signal};

/// The seed's error for a call id it does not know.
pub const NOT_FOUND: &str = "Call not found";

/// The most entries a book keeps before it starts afresh.
const MAX_ENTRIES: usize = 8192;

/// What a group's members sent, by the key their receivers will see.
#[derive(Default)]
pub struct CallBook {
    entries: Mutex<HashMap<String, Entry>>,
}

struct Entry {
    signal: Signal,
    /// The sender's user id.
    from: String,
}

impl CallBook {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Entry>> {
        self.entries.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Note `signal`, sent by user `from`, under `key`.
    pub fn write(&self, key: String, from: &str, signal: &Signal) {
        let mut book = self.lock();
        if book.len() >= MAX_ENTRIES {
            book.clear();
        }
        book.insert(
            key,
            Entry {
                signal: signal.clone(),
                from: from.to_owned(),
            },
        );
    }

    /// The signal noted under `key`, if it was sent by user `from`; a
    /// signal marked as changed when someone else sent it.
    pub fn read(&self, key: &str, from: &str) -> Option<Signal> {
        let book = self.lock();
        let e = book.get(key)?;
        Some(if e.from == from {
            e.signal.clone()
        } else {
            changed(
                &e.signal,
                format!("sent by {}, the server says {from}", e.from),
            )
        })
    }
}

/// `signal` with a note of what the server changed: it no longer equals
/// what was sent.
pub fn changed(signal: &Signal, what: String) -> Signal {
    match signal {
        Signal::Event { name, data } => {
            let mut data = data.clone();
            data.insert("changed".into(), what.into());
            Signal::Event {
                name: name.clone(),
                data,
            }
        }
        other => other.clone(),
    }
}

/// Key of a ring in the book: the caller's name, which the server passes on.
pub fn ring_key(caller_name: &str) -> String {
    format!("ring:{caller_name}")
}

/// Key of an answer to call `session` (`accept`, `reject`, `end`).
pub fn session_key(event: &str, session: &str) -> String {
    format!("{event}:{session}")
}

/// The seed's event for each of our call events, and the reply its sender
/// waits for (`None`: the server sends the sender nothing).
pub fn wire_event(ours: &str) -> Option<(&'static str, Option<&'static str>)> {
    Some(match ours {
        "ring" => ("new-call", Some("call-ringing")),
        "accept" => ("accept-call", Some("call-connected")),
        "reject" => ("reject-call", None),
        "end" => ("end-call", Some("call-ended")),
        _ => return None,
    })
}

/// The caller's name a ring carries: the marker of a synthetic step, else
/// the step's own `callerName`.
pub fn caller_name(data: &Map<String, Value>) -> String {
    ["marker", "callerName"]
        .iter()
        .find_map(|k| data.get(*k).and_then(Value::as_str))
        .unwrap_or("signal-cli")
        .to_owned()
}

/// The `new-call` payload of a ring to user `to`.
pub fn new_call(to: &str, data: &Map<String, Value>) -> Value {
    json!({
        "userId": to,
        "callerName": caller_name(data),
        "callType": data.get("callType").and_then(Value::as_str).unwrap_or("DIRECT"),
    })
}

/// The call control of one session, shared by its two halves: the sender
/// writes the book and waits for the server's reply, the reader reads the
/// book and hands replies over.
pub struct CallControl {
    pub book: Arc<CallBook>,
    /// The call with each user, learnt from `call-ringing` and
    /// `incoming-call`.
    sessions: CallSessions,
    /// Replies awaited by the sender, by `REPLY:USER-OR-SESSION`.
    replies: Acks<String, std::result::Result<String, String>>,
    /// The reply the sender waits for now (sends take turns), for a
    /// `call-error` that names no call.
    current: Mutex<Option<String>>,
    /// This session's user id.
    me: String,
    /// Answers still to come to readiness probes sent after the first
    /// answered one: swallowed.
    stray_probes: std::sync::atomic::AtomicU32,
}

impl CallControl {
    pub fn new(book: Arc<CallBook>, me: String) -> CallControl {
        CallControl {
            book,
            sessions: CallSessions::default(),
            replies: Acks::default(),
            current: Mutex::new(None),
            me,
            stray_probes: Default::default(),
        }
    }

    /// `n` more answers to readiness probes may still come.
    pub fn expect_stray_probes(&self, n: u32) {
        self.stray_probes
            .store(n, std::sync::atomic::Ordering::Relaxed);
    }

    /// Whether a `call-error` of `error` nobody waits for answers a probe.
    fn stray_probe(&self, error: &str) -> bool {
        use std::sync::atomic::Ordering::Relaxed;
        error == NOT_FOUND
            && self
                .stray_probes
                .fetch_update(Relaxed, Relaxed, |n| n.checked_sub(1))
                .is_ok()
    }

    fn current(&self) -> std::sync::MutexGuard<'_, Option<String>> {
        self.current.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The payload of our call event `name` to user `to`, the book entry
    /// written for it, and the reply to wait for. `Err` when there is no
    /// call with `to` to answer.
    pub fn prepare(
        &self,
        to: &str,
        name: &str,
        signal: &Signal,
    ) -> Result<(&'static str, Value, Option<String>)> {
        let (event, reply) = wire_event(name).ok_or_else(|| {
            Error::usage(format!(
                "'{name}' is not a call event; PantherKolab's server handles {}",
                crate::signal::CALL_EVENTS.join(", ")
            ))
        })?;
        let data = match signal {
            Signal::Event { data, .. } => data,
            _ => return Err(Error::usage("call control travels as events")),
        };
        let (payload, key, wait) = if name == "ring" {
            let caller = caller_name(data);
            (
                new_call(to, data),
                ring_key(&caller),
                reply.map(|r| format!("{r}:{to}")),
            )
        } else {
            let session = self.sessions.with(to).ok_or_else(|| {
                Error::failed(format!(
                    "no call with {to} to {name}: a ring must come first"
                ))
            })?;
            let payload = if name == "end" {
                json!({"sessionId": session})
            } else {
                json!({"sessionId": session, "callerId": to})
            };
            (
                payload,
                session_key(name, &session),
                reply.map(|r| format!("{r}:{session}")),
            )
        };
        self.book.write(key, &self.me, signal);
        Ok((event, payload, wait))
    }

    /// Wait up to `timeout` for `reply` (from `prepare`), registered before
    /// the event goes out by `expect`.
    pub fn register_reply(
        &self,
        reply: &str,
    ) -> tokio::sync::oneshot::Receiver<std::result::Result<String, String>> {
        *self.current() = Some(reply.to_owned());
        self.replies.register(reply.to_owned())
    }

    pub async fn wait(
        &self,
        reply: &str,
        rx: tokio::sync::oneshot::Receiver<std::result::Result<String, String>>,
        timeout: Duration,
        what: &str,
    ) -> Result<String> {
        let got = self
            .replies
            .wait(&reply.to_owned(), rx, timeout, what)
            .await;
        *self.current() = None;
        got?.map_err(|e| Error::failed(format!("the server refused {what}: {e}")))
    }

    /// The connection ended: no reply will come.
    pub fn closed(&self) {
        self.replies.clear();
    }

    fn resolve(&self, key: String, value: std::result::Result<String, String>) -> bool {
        self.replies.resolve(&key, value).is_none()
    }

    /// A server event of call control as a driver event: `None` for one
    /// this session waited for (handed to the sender) or that is not call
    /// control; `name` maps a user id to a peer name.
    pub fn decode(
        &self,
        event: &str,
        data: &Value,
        name: &dyn Fn(&str) -> PeerId,
    ) -> Option<Option<Event>> {
        let field = |k: &str| data.get(k).and_then(Value::as_str).unwrap_or_default();
        let session = field("sessionId");
        let arrival = |from: &str, key: String, ours: &str, check: Option<String>| {
            let signal = match self.book.read(&key, from) {
                Some(s) => match check {
                    Some(what) => changed(&s, what),
                    None => s,
                },
                None => {
                    let mut d = data.as_object().cloned().unwrap_or_default();
                    d.remove("from");
                    Signal::Event {
                        name: ours.to_owned(),
                        data: d,
                    }
                }
            };
            Some(Some(Event::Signal {
                from: name(from),
                signal,
            }))
        };
        match event {
            "call-ringing" => {
                let callee = field("recipientId");
                self.sessions.set(callee, session);
                let waited = self.resolve(format!("call-ringing:{callee}"), Ok(session.into()));
                if waited {
                    return Some(None);
                }
                // Another socket of this user rang: the server's event as is.
                Some(Some(Event::Signal {
                    from: name(callee),
                    signal: Signal::Event {
                        name: event.to_owned(),
                        data: data.as_object().cloned().unwrap_or_default(),
                    },
                }))
            }
            "incoming-call" => {
                let caller = field("callerId");
                self.sessions.set(caller, session);
                let key = ring_key(field("callerName"));
                arrival(caller, key, "ring", None)
            }
            "call-connected" => {
                if self.resolve(format!("call-connected:{session}"), Ok(session.into())) {
                    return Some(None);
                }
                let callee = self.sessions.peer_of(session).unwrap_or_default();
                let in_meeting = data
                    .get("attendees")
                    .and_then(Value::as_object)
                    .is_some_and(|a| a.contains_key(&self.me) && a.contains_key(&callee));
                let check = (!in_meeting)
                    .then(|| "the meeting's attendees are not the call's two users".to_owned());
                arrival(&callee, session_key("accept", session), "accept", check)
            }
            "call-ended" => {
                if self.resolve(format!("call-ended:{session}"), Ok(session.into())) {
                    return Some(None);
                }
                arrival(field("endedBy"), session_key("end", session), "end", None)
            }
            "call-rejected" => arrival(
                field("userId"),
                session_key("reject", session),
                "reject",
                None,
            ),
            "call-error" | "call-connection-failed" => {
                let error = field("error").to_owned();
                let waiting = match event {
                    "call-connection-failed" => Some(format!("call-connected:{session}")),
                    _ => self.current().clone(),
                };
                if self.stray_probe(&error) {
                    return Some(None);
                }
                match waiting {
                    Some(key) if self.resolve(key.clone(), Err(error.clone())) => Some(None),
                    _ => Some(Some(Event::ServerError { message: error })),
                }
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(marker: &str) -> Signal {
        Signal::Event {
            name: "ring".into(),
            data: Map::from_iter([("marker".to_owned(), marker.into())]),
        }
    }

    #[test]
    fn the_book_returns_what_was_sent_only_to_the_right_sender() {
        let book = CallBook::default();
        book.write(ring_key("m-1"), "u-a", &ring("m-1"));
        assert_eq!(book.read(&ring_key("m-1"), "u-a"), Some(ring("m-1")));
        let other = book.read(&ring_key("m-1"), "u-x").unwrap();
        assert_ne!(other, ring("m-1"));
        assert_eq!(book.read(&ring_key("m-2"), "u-a"), None);
    }

    #[test]
    fn a_ring_is_a_new_call_with_the_marker_as_the_callers_name() {
        let Signal::Event { data, .. } = ring("m-1") else {
            unreachable!()
        };
        assert_eq!(
            new_call("u-b", &data),
            json!({"userId": "u-b", "callerName": "m-1", "callType": "DIRECT"})
        );
        assert_eq!(wire_event("end"), Some(("end-call", Some("call-ended"))));
        assert_eq!(wire_event("hangup"), None);
    }

    fn names(u: &str) -> PeerId {
        PeerId::from(format!("peer-{u}"))
    }

    #[test]
    fn arrivals_are_what_the_sender_noted_once_the_server_s_fields_check_out() {
        let book = Arc::new(CallBook::default());
        let caller = CallControl::new(book.clone(), "u-a".into());
        let callee = CallControl::new(book.clone(), "u-b".into());
        let ring = ring("m-1");
        let (event, payload, reply) = caller.prepare("u-b", "ring", &ring).unwrap();
        assert_eq!(
            (event, reply.as_deref()),
            ("new-call", Some("call-ringing:u-b"))
        );
        assert_eq!(payload["callerName"], "m-1");
        let incoming = json!({"sessionId": "s-1", "callerId": "u-a", "callerName": "m-1", "callType": "DIRECT"});
        assert_eq!(
            callee.decode("incoming-call", &incoming, &names),
            Some(Some(Event::Signal {
                from: "peer-u-a".into(),
                signal: ring.clone()
            }))
        );
        // The same ring said to come from someone else arrives changed.
        let forged = json!({"sessionId": "s-1", "callerId": "u-x", "callerName": "m-1"});
        let Some(Some(Event::Signal { signal, .. })) =
            callee.decode("incoming-call", &forged, &names)
        else {
            panic!("no arrival")
        };
        assert_ne!(signal, ring);
        // The callee learnt the session and answers it; its own
        // call-connected is the reply it waits for, the caller's an arrival.
        let accept = Signal::Event {
            name: "accept".into(),
            data: Map::from_iter([("marker".to_owned(), "m-2".into())]),
        };
        let (event, payload, reply) = callee.prepare("u-a", "accept", &accept).unwrap();
        assert_eq!(event, "accept-call");
        assert_eq!(payload, json!({"sessionId": "s-1", "callerId": "u-a"}));
        let reply = reply.unwrap();
        let mut rx = callee.register_reply(&reply);
        caller.sessions.set("u-b", "s-1");
        let connected =
            json!({"sessionId": "s-1", "meeting": {}, "attendees": {"u-b": {}, "u-a": {}}});
        assert_eq!(
            callee.decode("call-connected", &connected, &names),
            Some(None)
        );
        assert_eq!(rx.try_recv().unwrap(), Ok("s-1".to_owned()));
        assert_eq!(
            caller.decode("call-connected", &connected, &names),
            Some(Some(Event::Signal {
                from: "peer-u-b".into(),
                signal: accept.clone()
            }))
        );
        // A meeting without the call's two users is not the call accepted.
        let elsewhere = json!({"sessionId": "s-1", "attendees": {"u-x": {}}});
        let Some(Some(Event::Signal { signal, .. })) =
            caller.decode("call-connected", &elsewhere, &names)
        else {
            panic!("no arrival")
        };
        assert_ne!(signal, accept);
        // No call with a stranger to end.
        assert!(caller.prepare("u-x", "end", &accept).is_err());
        assert!(caller.decode("user-online", &json!({}), &names).is_none());
    }

    #[test]
    fn late_probe_answers_are_swallowed_and_then_errors_surface() {
        let c = CallControl::new(Arc::default(), "u-a".into());
        c.expect_stray_probes(1);
        let not_found = json!({"error": NOT_FOUND});
        assert_eq!(c.decode("call-error", &not_found, &names), Some(None));
        assert_eq!(
            c.decode("call-error", &not_found, &names),
            Some(Some(Event::ServerError {
                message: NOT_FOUND.into()
            }))
        );
    }
}
