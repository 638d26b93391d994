//! The robot-presence Lambda's messages (protocols/robot.md).

use serde_json::{Map, Value, json};

/// The signal kinds the Lambda forwards, as they travel.
pub const SIGNAL_KINDS: &[&str] = &["offer", "answer", "ice-candidate"];

pub const ROBOT_ID_REQUIRED: &str = "robotId required";
pub const INVALID_SIGNAL: &str = "Invalid Signal";
pub const INVALID_TARGET: &str = "invalid target";
pub const CLIENT_CONNECTION_REQUIRED: &str = "clientConnectionId required for target=client";
pub const INVALID_JSON: &str = "Invalid JSON";
pub const UNKNOWN_TYPE: &str = "Unknown message type";
pub const UNAUTHORIZED: &str = "Unauthorized";
pub const FORBIDDEN: &str = "forbidden";
pub const ACCESS_DENIED: &str = "access denied";
pub const ROBOT_OFFLINE: &str = "robot offline";
pub const TARGET_OFFLINE: &str = "target offline";
pub const OWNED_BY_ANOTHER: &str = "Robot is already registered by another owner";

/// Where a signal goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Robot,
    Client,
}

/// The name of a signal kind as the Lambda knows it: later versions accept
/// `candidate` for `ice-candidate`.
pub fn canonical_kind(kind: &str) -> Option<&'static str> {
    match kind {
        "candidate" => Some("ice-candidate"),
        k => SIGNAL_KINDS.iter().find(|s| **s == k).copied(),
    }
}

/// What `--diagnostics` sends where the Lambda is silent.
pub fn diagnostic(reason: &str) -> String {
    #[derive(serde::Serialize)]
    struct Frame<'a> {
        r#type: &'a str,
        message: String,
    }
    let frame = Frame {
        r#type: "error",
        message: format!("emulator: {reason}"),
    };
    serde_json::to_string(&frame).unwrap_or_default()
}

/// The Lambda's answer to one message (sent back only with a route response).
pub fn route_response(status: u16, body: &str) -> String {
    json!({"statusCode": status, "body": body}).to_string()
}

pub fn register(robot_id: &str) -> String {
    json!({"type": "register", "robotId": robot_id}).to_string()
}

pub fn takeover(robot_id: &str) -> String {
    json!({"type": "takeover", "robotId": robot_id}).to_string()
}

pub fn admin_takeover(robot_id: &str, by: &str) -> String {
    json!({"type": "admin-takeover", "robotId": robot_id, "by": by}).to_string()
}

/// A signal from a client: to the robot, or (from the robot) to the client
/// connection `client`.
pub fn signal(kind: &str, robot_id: &str, client: Option<&str>, payload: Value) -> String {
    let mut m = Map::new();
    m.insert("type".into(), kind.into());
    m.insert("robotId".into(), robot_id.into());
    match client {
        Some(c) => {
            m.insert("target".into(), "client".into());
            m.insert("clientConnectionId".into(), c.into());
        }
        None => {
            m.insert("target".into(), "robot".into());
        }
    }
    m.insert("payload".into(), payload);
    Value::Object(m).to_string()
}

/// A signal as the Lambda forwards it; `client_connection` is the emulator's
/// extension on messages to a robot (the sender's connection id).
pub fn forwarded(
    kind: &str,
    robot_id: &str,
    from: &str,
    client_connection: Option<&str>,
    payload: &Value,
) -> String {
    let mut m = Map::new();
    m.insert("type".into(), kind.into());
    m.insert("robotId".into(), robot_id.into());
    m.insert("from".into(), from.into());
    if let Some(c) = client_connection {
        m.insert("clientConnectionId".into(), c.into());
    }
    m.insert("payload".into(), payload.clone());
    Value::Object(m).to_string()
}

/// The payload of a client's signal message: `payload` when it is an object,
/// else the top-level `sdp` / `candidate` fields folded into one (later
/// versions). `None` when there is nothing to forward.
pub fn payload_of(msg: &Map<String, Value>) -> Option<Value> {
    if let Some(p) = msg.get("payload").filter(|p| p.is_object()) {
        return Some(p.clone());
    }
    let mut folded = Map::new();
    for k in ["sdp", "candidate", "sdpMid", "sdpMLineIndex"] {
        if let Some(v) = msg.get(k) {
            folded.insert(k.into(), v.clone());
        }
    }
    if !folded.contains_key("sdp") && !folded.contains_key("candidate") {
        return None;
    }
    Some(Value::Object(folded))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_version_aliases_fold_into_the_original_shape() {
        assert_eq!(canonical_kind("candidate"), Some("ice-candidate"));
        assert_eq!(canonical_kind("offer"), Some("offer"));
        assert_eq!(canonical_kind("register"), None);
        let m = json!({"type": "offer", "to": "r", "sdp": "v=0"});
        assert_eq!(
            payload_of(m.as_object().unwrap()),
            Some(json!({"sdp": "v=0"}))
        );
        let m = json!({"type": "offer", "payload": {"sdp": "x"}, "sdp": "y"});
        assert_eq!(
            payload_of(m.as_object().unwrap()),
            Some(json!({"sdp": "x"}))
        );
        let m = json!({"type": "offer", "payload": "nope"});
        assert_eq!(payload_of(m.as_object().unwrap()), None);
    }
}
