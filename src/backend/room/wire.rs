//! The room server's messages, shared by the client and the emulator.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::borrow::Cow;

use crate::signal::IceCandidate;

/// A frame as the client reads it: the envelope plus payload fields.
#[derive(Debug, Deserialize)]
pub struct Incoming<'a> {
    #[serde(rename = "type", borrow, default)]
    pub kind: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub sender: Option<Cow<'a, str>>,
    #[serde(default)]
    pub sdp: Option<String>,
    #[serde(default)]
    pub candidate: Option<Value>,
    #[serde(borrow, default)]
    pub reason: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub error: Option<Cow<'a, str>>,
}

/// `register`, client → server.
#[derive(Debug, Serialize)]
pub struct Register<'a> {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub peer_id: &'a str,
    pub room_id: &'a str,
    pub token: &'a str,
    pub id_token: &'a str,
}

/// A relayed message as a client writes it.
#[derive(Debug, Serialize)]
pub struct Relay<'a> {
    #[serde(rename = "type")]
    pub kind: &'a str,
    pub sender: &'a str,
    pub target: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sdp: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub candidate: Option<&'a IceCandidate>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub data: Option<&'a Map<String, Value>>,
}

pub const REGISTERED: &str = "registered_auth";

// Reasons the real server sends.
pub const MISSING_FIELDS: &str = "Missing required fields during registration.";
pub const ROOM_NOT_FOUND: &str = "Room not found";
pub const ROOM_TOKEN_INVALID: &str = "Invalid token";
pub const ROOM_EXPIRED: &str = "Room expired";

/// HTTP `POST /create-room` answer.
#[derive(Debug, Serialize, Deserialize)]
pub struct CreateRoomResponse {
    pub room_id: String,
    pub token: String,
}

/// HTTP `POST /delete-peers-and-room` body.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct DeleteRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peer_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_id: Option<String>,
}

/// HTTP `POST /delete-peers-and-room` answer.
#[derive(Debug, Serialize, Deserialize)]
pub struct StatusResponse {
    pub status: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relay_flattens_event_data() {
        let mut data = Map::new();
        data.insert("reason".into(), "done".into());
        let r = Relay {
            kind: "quit",
            sender: "a",
            target: "b",
            sdp: None,
            candidate: None,
            data: Some(&data),
        };
        let v: Value = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"type":"quit","sender":"a","target":"b","reason":"done"})
        );
    }
}
