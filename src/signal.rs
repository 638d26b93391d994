//! The common model every backend maps to and from: peers, signals, events.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fmt;
use std::sync::Arc;

/// A peer's name. Cheap to clone: thousands of sessions hold them.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PeerId(Arc<str>);

impl PeerId {
    pub fn new(s: &str) -> Self {
        PeerId(Arc::from(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for PeerId {
    fn from(s: &str) -> Self {
        PeerId::new(s)
    }
}

impl From<String> for PeerId {
    fn from(s: String) -> Self {
        PeerId(Arc::from(s))
    }
}

impl std::ops::Deref for PeerId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PeerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for PeerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", &*self.0)
    }
}

/// The events of call control as a chat app signals it (the `call` flow
/// rings, accepts and ends). Each backend maps them to its own call events
/// where it has some, or relays them as application events.
pub const CALL_EVENTS: &[&str] = &["ring", "accept", "reject", "end"];

/// The kind of a signal, for flows, metrics and expectations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SignalKind {
    Offer,
    Answer,
    Candidate,
    Event,
}

impl SignalKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SignalKind::Offer => "offer",
            SignalKind::Answer => "answer",
            SignalKind::Candidate => "candidate",
            SignalKind::Event => "event",
        }
    }
}

/// One ICE candidate as browsers serialize `RTCIceCandidate`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IceCandidate {
    pub candidate: String,
    #[serde(rename = "sdpMid", default, skip_serializing_if = "Option::is_none")]
    pub sdp_mid: Option<String>,
    #[serde(
        rename = "sdpMLineIndex",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sdp_mline_index: Option<u32>,
}

/// One message between peers.
#[derive(Clone, Debug, PartialEq)]
pub enum Signal {
    Offer {
        sdp: String,
    },
    Answer {
        sdp: String,
    },
    Candidate(IceCandidate),
    /// An application message (`quit`, `bye`, call events, ...): a name and
    /// whatever fields came with it.
    Event {
        name: String,
        data: Map<String, Value>,
    },
}

impl Signal {
    pub fn kind(&self) -> SignalKind {
        match self {
            Signal::Offer { .. } => SignalKind::Offer,
            Signal::Answer { .. } => SignalKind::Answer,
            Signal::Candidate(_) => SignalKind::Candidate,
            Signal::Event { .. } => SignalKind::Event,
        }
    }

    /// The name a person would use: `offer`, `answer`, `candidate` or the
    /// event's own name.
    pub fn name(&self) -> &str {
        match self {
            Signal::Event { name, .. } => name,
            other => other.kind().as_str(),
        }
    }

    /// The size of what the signal carries (SDP or candidate line), in bytes.
    pub fn payload_len(&self) -> usize {
        match self {
            Signal::Offer { sdp } | Signal::Answer { sdp } => sdp.len(),
            Signal::Candidate(c) => c.candidate.len(),
            Signal::Event { data, .. } => data.len(),
        }
    }

    /// The backend-neutral JSON form: `{"type": "offer", "sdp": ...}`,
    /// `{"type": "candidate", "candidate": {...}}`, `{"type": NAME, ...data}`.
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("type".into(), Value::String(self.name().to_owned()));
        match self {
            Signal::Offer { sdp } | Signal::Answer { sdp } => {
                m.insert("sdp".into(), Value::String(sdp.clone()));
            }
            Signal::Candidate(c) => {
                m.insert(
                    "candidate".into(),
                    serde_json::to_value(c).unwrap_or(Value::Null),
                );
            }
            Signal::Event { data, .. } => {
                for (k, v) in data {
                    if k != "type" {
                        m.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        Value::Object(m)
    }
}

/// A change in who is present, for backends that announce it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    Joined,
    Left,
    TakenOver,
}

impl Presence {
    pub fn as_str(self) -> &'static str {
        match self {
            Presence::Joined => "joined",
            Presence::Left => "left",
            Presence::TakenOver => "taken over",
        }
    }
}

/// Something a session received.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// A signal from another peer.
    Signal { from: PeerId, signal: Signal },
    /// Another peer came or went.
    Presence { peer: PeerId, change: Presence },
    /// The server reported an error about something this peer sent.
    ServerError { message: String },
    /// A frame the backend's client did not recognise, kept verbatim.
    Unrecognized { raw: String },
    /// The connection ended.
    Closed { code: Option<u16>, reason: String },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signal_json_uses_the_wire_names() {
        let c = Signal::Candidate(IceCandidate {
            candidate: "candidate:1 1 udp 1 10.0.0.1 5000 typ host".into(),
            sdp_mid: Some("0".into()),
            sdp_mline_index: Some(0),
        });
        let v = c.to_json();
        assert_eq!(v["type"], "candidate");
        assert_eq!(v["candidate"]["sdpMid"], "0");
        assert_eq!(v["candidate"]["sdpMLineIndex"], 0);
        let e = Signal::Event {
            name: "quit".into(),
            data: Map::new(),
        };
        assert_eq!(e.to_json(), serde_json::json!({"type": "quit"}));
        assert_eq!(e.name(), "quit");
        assert_eq!(e.kind(), SignalKind::Event);
    }
}
