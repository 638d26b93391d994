//! The mesh signaling server's messages (protocols/mesh.md).

use serde_json::{Map, Value, json};

/// Kinds every deployment relays from one peer to another by `to`.
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
/// Kinds only the Lambda deployment relays.
pub const RELAYED_APIGW: &[&str] = &["kademlia_rpc_request", "kademlia_rpc_response"];

/// How many peers `bootstrap_peers` names at most.
pub const BOOTSTRAP_PEERS: usize = 5;

pub const INVALID_JSON: &str = "Invalid JSON message format.";
pub const PEER_ID_REQUIRED: &str = "peerId is required for join message.";
pub const DUPLICATE_ID: &str = "Another client joined with your ID.";

pub fn peer_not_found(id: &str) -> String {
    format!("Peer {id} not found.")
}

pub fn error(message: &str) -> String {
    json!({"type": "error", "message": message}).to_string()
}

pub fn join(peer_id: &str) -> String {
    json!({"type": "join", "peerId": peer_id}).to_string()
}

pub fn peer_joined(peer_id: &str) -> String {
    json!({"type": "peer_joined", "peerId": peer_id}).to_string()
}

pub fn peer_left(peer_id: &str) -> String {
    json!({"type": "peer_left", "peerId": peer_id}).to_string()
}

/// `bootstrap_peers`; `last_seen` (Unix ms) is added by the Lambda flavour.
pub fn bootstrap(peers: &[(String, Option<u64>)]) -> String {
    let list: Vec<Value> = peers
        .iter()
        .map(|(id, seen)| {
            let mut m = Map::new();
            m.insert("id".into(), id.clone().into());
            if let Some(s) = seen {
                m.insert("lastSeen".into(), (*s).into());
            }
            Value::Object(m)
        })
        .collect();
    json!({"type": "bootstrap_peers", "peers": list}).to_string()
}

/// The bytes an id is compared by: the id decoded from hex when it is hex,
/// else its UTF-8 bytes.
fn id_bytes(id: &str) -> Vec<u8> {
    let hex =
        id.len().is_multiple_of(2) && !id.is_empty() && id.bytes().all(|b| b.is_ascii_hexdigit());
    if !hex {
        return id.as_bytes().to_vec();
    }
    (0..id.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&id[i..i + 2], 16).unwrap_or(0))
        .collect()
}

/// XOR distance between two ids (Kademlia), as big-endian bytes; shorter ids
/// are padded with zeros on the left.
pub fn xor_distance(a: &str, b: &str) -> Vec<u8> {
    let (a, b) = (id_bytes(a), id_bytes(b));
    let n = a.len().max(b.len());
    let pad = |v: &[u8]| {
        std::iter::repeat_n(0u8, n - v.len())
            .chain(v.iter().copied())
            .collect::<Vec<_>>()
    };
    pad(&a).iter().zip(pad(&b)).map(|(x, y)| x ^ y).collect()
}

/// Up to `BOOTSTRAP_PEERS` of `others`, closest to `me` first.
pub fn closest<'a>(me: &str, others: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut v: Vec<(Vec<u8>, &str)> = others.map(|o| (xor_distance(me, o), o)).collect();
    v.sort();
    v.into_iter()
        .take(BOOTSTRAP_PEERS)
        .map(|(_, o)| o)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xor_distance_orders_hex_ids() {
        let me = "00000000000000000000000000000000000000ff";
        assert_eq!(xor_distance(me, me), vec![0; 20]);
        let near = "00000000000000000000000000000000000000fe";
        let far = "f0000000000000000000000000000000000000ff";
        assert!(xor_distance(me, near) < xor_distance(me, far));
        let others = ["f0", "01", "ff", "0f", "10", "11", "80"].map(|s| format!("{:0>40}", s));
        let got = closest(
            "0000000000000000000000000000000000000000",
            others.iter().map(String::as_str),
        );
        let want: Vec<String> = ["01", "0f", "10", "11", "80"]
            .iter()
            .map(|s| format!("{:0>40}", s))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn frames_have_the_documented_shapes() {
        assert_eq!(
            error(PEER_ID_REQUIRED),
            r#"{"message":"peerId is required for join message.","type":"error"}"#
        );
        let b: Value = serde_json::from_str(&bootstrap(&[("a".into(), Some(5))])).unwrap();
        assert_eq!(
            b,
            json!({"type": "bootstrap_peers", "peers": [{"id": "a", "lastSeen": 5}]})
        );
    }
}
