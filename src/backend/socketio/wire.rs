//! Engine.IO v4 / Socket.IO v5 packets as text WebSocket frames (the JS
//! library's version 4), and the signaling server's event names
//! (protocols/socketio.md).
//!
//! A frame is one Engine.IO packet: `0` open, `1` close, `2` ping, `3` pong,
//! `4` message. A message carries one Socket.IO packet: type digit, then an
//! optional `/namespace,`, an optional ack id, then JSON:
//! `0` CONNECT, `1` DISCONNECT, `2` EVENT, `3` ACK, `4` CONNECT_ERROR.

use serde_json::Value;

/// The WebRTC signal events the server relays by `to`.
pub const SIGNAL_EVENTS: &[&str] = &["offer", "answer", "ice-candidate"];

/// The default Engine.IO path.
pub const DEFAULT_PATH: &str = "/socket.io/";

/// One decoded frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Packet {
    /// Engine.IO open: the handshake's JSON.
    Open(Value),
    Close,
    Ping,
    Pong,
    /// Socket.IO CONNECT accepted (`{"sid"}`).
    Connected(Value),
    /// Socket.IO CONNECT_ERROR (`{"message"}`).
    ConnectError(Value),
    Disconnect,
    /// An event: name, its first argument (or null), and an ack id.
    Event {
        name: String,
        data: Value,
        ack: Option<u64>,
    },
    /// An acknowledgement of our event `id`: its arguments.
    Ack {
        id: u64,
        args: Vec<Value>,
    },
}

/// Why a frame could not be read.
#[derive(Debug, PartialEq, Eq)]
pub struct BadFrame(pub String);

/// Decode one text frame of a client of namespace `ns` (Socket.IO packets
/// of other namespaces are refused).
pub fn decode(frame: &str, ns: &str) -> Result<Packet, BadFrame> {
    let bad = |why: &str| BadFrame(format!("{why}: {}", preview(frame)));
    let mut chars = frame.chars();
    let eio = chars.next().ok_or_else(|| bad("empty frame"))?;
    let rest = chars.as_str();
    match eio {
        '0' => serde_json::from_str(rest)
            .map(Packet::Open)
            .map_err(|_| bad("open packet without JSON")),
        '1' => Ok(Packet::Close),
        '2' => Ok(Packet::Ping),
        '3' => Ok(Packet::Pong),
        '4' => decode_socketio(rest, ns).ok_or_else(|| bad("malformed Socket.IO packet")),
        _ => Err(bad("unknown Engine.IO packet type")),
    }
}

fn decode_socketio(p: &str, expected: &str) -> Option<Packet> {
    let mut chars = p.chars();
    let kind = chars.next()?;
    let mut rest = chars.as_str();
    // An optional namespace, `/name,`; none means `/`.
    let mut ns = "/";
    if rest.starts_with('/') {
        let (name, after) = rest.split_once(',').unwrap_or((rest, ""));
        ns = name;
        rest = after;
    }
    if ns != expected {
        return None;
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let ack = if digits > 0 {
        Some(rest[..digits].parse::<u64>().ok()?)
    } else {
        None
    };
    let json = &rest[digits..];
    let value = || -> Option<Value> {
        if json.is_empty() {
            Some(Value::Null)
        } else {
            serde_json::from_str(json).ok()
        }
    };
    match kind {
        '0' => Some(Packet::Connected(value()?)),
        '1' => Some(Packet::Disconnect),
        '2' => {
            let Value::Array(mut args) = value()? else {
                return None;
            };
            if args.is_empty() {
                return None;
            }
            let name = args.remove(0).as_str()?.to_owned();
            let data = if args.is_empty() {
                Value::Null
            } else {
                args.remove(0)
            };
            Some(Packet::Event { name, data, ack })
        }
        '3' => {
            let Value::Array(args) = value()? else {
                return None;
            };
            Some(Packet::Ack { id: ack?, args })
        }
        '4' => Some(Packet::ConnectError(value()?)),
        _ => None,
    }
}

fn preview(frame: &str) -> String {
    let mut s: String = frame.chars().take(80).collect();
    if frame.len() > s.len() {
        s.push('…');
    }
    s
}

pub const PONG: &str = "3";

/// How a namespace is written in a packet: nothing for `/`, else `/name,`.
fn ns_prefix(ns: &str) -> String {
    if ns == "/" {
        String::new()
    } else {
        format!("{ns},")
    }
}

/// CONNECT to namespace `ns` with `auth`.
pub fn connect(ns: &str, auth: &Value) -> String {
    format!("40{}{auth}", ns_prefix(ns))
}

/// An event with one argument on `ns`, asking for an ack when `ack` is given.
pub fn event(ns: &str, name: &str, data: &Value, ack: Option<u64>) -> String {
    let args = Value::Array(vec![Value::String(name.to_owned()), data.clone()]);
    let id = ack.map(|i| i.to_string()).unwrap_or_default();
    format!("42{}{id}{args}", ns_prefix(ns))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn packets_round_trip_and_bad_ones_are_named() {
        assert_eq!(
            decode(r#"0{"sid":"x","pingInterval":25000}"#, "/").unwrap(),
            Packet::Open(json!({"sid": "x", "pingInterval": 25000}))
        );
        assert_eq!(decode("2", "/").unwrap(), Packet::Ping);
        assert_eq!(
            decode(r#"40{"sid":"s"}"#, "/").unwrap(),
            Packet::Connected(json!({"sid": "s"}))
        );
        assert_eq!(
            decode(r#"44{"message":"Authentication error"}"#, "/").unwrap(),
            Packet::ConnectError(json!({"message": "Authentication error"}))
        );
        let e = event("/", "offer", &json!({"to": "b", "sdp": "v=0"}), Some(7));
        assert_eq!(e, r#"427["offer",{"sdp":"v=0","to":"b"}]"#);
        assert_eq!(
            decode(&e, "/").unwrap(),
            Packet::Event {
                name: "offer".into(),
                data: json!({"to": "b", "sdp": "v=0"}),
                ack: Some(7)
            }
        );
        assert_eq!(
            decode(r#"437[{"ok":false,"error":"target offline"}]"#, "/").unwrap(),
            Packet::Ack {
                id: 7,
                args: vec![json!({"ok": false, "error": "target offline"})]
            }
        );
        assert_eq!(
            decode(r#"42/,["x"]"#, "/").unwrap(),
            Packet::Event {
                name: "x".into(),
                data: Value::Null,
                ack: None
            }
        );
        assert!(decode(r#"42/admin,["x"]"#, "/").is_err());
        assert_eq!(
            decode(r#"42/admin,1["x",{}]"#, "/admin").unwrap(),
            Packet::Event {
                name: "x".into(),
                data: json!({}),
                ack: Some(1)
            }
        );
        assert_eq!(
            event("/admin", "x", &json!({}), Some(1)),
            r#"42/admin,1["x",{}]"#
        );
        assert_eq!(connect("/admin", &json!({})), "40/admin,{}");
        assert!(decode("42[1]", "/").is_err());
        assert!(decode("9", "/").is_err());
        assert!(decode("", "/").is_err());
        assert_eq!(connect("/", &json!({"token": "t"})), r#"40{"token":"t"}"#);
    }
}
