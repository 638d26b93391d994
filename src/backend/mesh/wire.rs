//! The mesh signaling server's messages (protocols/mesh.md).

use crate::emulator::js::JsValue;

/// Kinds both servers relay from one peer to another by `to`, with the
/// sender's id added as `from`.
pub const RELAYED: &[&str] = &[
    "signal",
    "offer",
    "answer",
    "candidate",
    "ack",
    "connection_rejected",
    "signal_rejected",
    "batched_signals",
];
/// Kinds the Node server relays as they came (no `from` added) and the
/// Lambda relays like the others.
pub const KADEMLIA: &[&str] = &["kademlia_rpc_request", "kademlia_rpc_response"];

/// How many peers `bootstrap_peers` names at most.
pub const BOOTSTRAP_PEERS: usize = 5;

pub const INVALID_JSON: &str = "Invalid JSON message format.";
pub const PEER_ID_REQUIRED: &str = "peerId is required for join message.";
pub const DUPLICATE_ID: &str = "Another client joined with your ID.";

/// `{"type":"join","peerId":...}`, as the client sends it.
pub fn join(peer_id: &str) -> String {
    format!(
        r#"{{"type":"join","peerId":{}}}"#,
        JsValue::Str(peer_id.to_owned()).stringify()
    )
}

/// `{"type":"error","message":...}`, keys in the servers' order.
pub fn error(message: &str) -> String {
    format!(
        r#"{{"type":"error","message":{}}}"#,
        JsValue::Str(message.to_owned()).stringify()
    )
}

/// `peer_joined` / `peer_left` with the peer's id as JSON.
pub fn peer_event(kind: &str, peer_id_json: &str) -> String {
    format!(r#"{{"type":"{kind}","peerId":{peer_id_json}}}"#)
}

/// `bootstrap_peers` of ids given as JSON; the Lambda adds `lastSeen`
/// (Unix ms).
pub fn bootstrap(peers: &[(&str, Option<u64>)]) -> String {
    let mut out = String::from(r#"{"type":"bootstrap_peers","peers":["#);
    for (i, (id, seen)) in peers.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match seen {
            Some(s) => out.push_str(&format!(r#"{{"id":{id},"lastSeen":{s}}}"#)),
            None => out.push_str(&format!(r#"{{"id":{id}}}"#)),
        }
    }
    out.push_str("]}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_have_the_servers_key_order() {
        assert_eq!(
            error(PEER_ID_REQUIRED),
            r#"{"type":"error","message":"peerId is required for join message."}"#
        );
        assert_eq!(
            bootstrap(&[(r#""a""#, Some(5)), ("12345", None)]),
            r#"{"type":"bootstrap_peers","peers":[{"id":"a","lastSeen":5},{"id":12345}]}"#
        );
        assert_eq!(
            peer_event("peer_left", r#""b""#),
            r#"{"type":"peer_left","peerId":"b"}"#
        );
        assert_eq!(join("a\"b"), r#"{"type":"join","peerId":"a\"b"}"#);
    }
}
