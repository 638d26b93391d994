//! The mesh server's client: join by id, relay by id, presence as events,
//! and a heartbeat (a re-join) so that the Lambda flavour keeps the peer
//! reachable.

use async_trait::async_trait;
use serde_json::{Map, Value, json};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::wire;
use crate::backend::meter::{self, Meter};
use crate::backend::ws;
use crate::backend::{Backend, ConnectTimings, Group, GroupSpec, PeerSpec, Session, SignalSender};
use crate::config::Target;
use crate::error::{Error, Result};
use crate::signal::{Event, IceCandidate, PeerId, Presence, Signal};

const MAX_MESSAGE: usize = 4 << 20;
pub const DEFAULT_WS_URL: &str = "ws://127.0.0.1:8080";
/// The mesh library's heartbeat interval.
pub const DEFAULT_HEARTBEAT: Duration = Duration::from_secs(30);

/// A random 40-hex-character peer id, as the mesh library makes them.
pub fn random_peer_id() -> String {
    (0..20)
        .map(|_| format!("{:02x}", rand::random::<u8>()))
        .collect()
}

pub struct MeshBackend {
    ws_url: String,
    insecure: bool,
    timeout: Duration,
    heartbeat: Duration,
    /// `--option mesh.group-path=true`: every group meets on a URL path of
    /// its own (`serve mesh --network-per-path`).
    group_path: bool,
    meter: Arc<Meter>,
}

impl MeshBackend {
    pub fn boxed(target: &Target) -> Result<Box<dyn Backend>> {
        let group_path = match target.options.get("mesh.group-path").map(String::as_str) {
            None | Some("false") => false,
            Some("true") => true,
            Some(other) => {
                return Err(Error::usage(format!(
                    "--option mesh.group-path={other}: expected true or false"
                )));
            }
        };
        let ws_url = target
            .ws_url
            .clone()
            .unwrap_or_else(|| DEFAULT_WS_URL.to_owned());
        let tariff = match target.options.get("mesh.flavour").map(String::as_str) {
            Some("apigw") => &meter::API_GATEWAY,
            Some("node") => &meter::SELF_HOSTED,
            // API Gateway's own endpoints say what they are.
            None if ws_url.contains(".execute-api.") => &meter::API_GATEWAY,
            None => &meter::SELF_HOSTED,
            Some(other) => {
                return Err(Error::usage(format!(
                    "--option mesh.flavour={other}: expected node or apigw"
                )));
            }
        };
        Ok(Box::new(MeshBackend {
            ws_url,
            insecure: target.insecure,
            timeout: target.timeout,
            heartbeat: target.keepalive.unwrap_or(DEFAULT_HEARTBEAT),
            group_path,
            meter: Meter::new(tariff),
        }))
    }

    /// The URL a peer of `group` connects to.
    fn url_for(&self, group: &Group) -> String {
        let Some(id) = group.id.as_deref().filter(|_| self.group_path) else {
            return self.ws_url.clone();
        };
        let (base, query) = match self.ws_url.split_once('?') {
            Some((b, q)) => (b, Some(q)),
            None => (self.ws_url.as_str(), None),
        };
        let mut url = format!("{}/{id}", base.trim_end_matches('/'));
        if let Some(q) = query {
            url.push('?');
            url.push_str(q);
        }
        url
    }
}

#[async_trait]
impl Backend for MeshBackend {
    fn meter(&self) -> &Meter {
        &self.meter
    }

    fn name(&self) -> &'static str {
        "mesh"
    }

    fn needs_identity(&self) -> bool {
        false
    }

    fn new_peer_id(&self) -> String {
        random_peer_id()
    }

    async fn rendezvous(
        &self,
        _creator: Option<&crate::auth::Identity>,
        _spec: &GroupSpec,
    ) -> Result<Group> {
        // The mesh is the meeting point: nothing to prepare, unless every
        // group has a path (a network) of its own.
        Ok(if self.group_path {
            Group::named(Some(format!("net-{:016x}", rand::random::<u64>())))
        } else {
            Group::default()
        })
    }

    async fn connect(&self, group: &Group, peer: &PeerSpec) -> Result<Session> {
        let started = Instant::now();
        let url = self.url_for(group);
        let stream = ws::connect(&url, self.insecure, self.timeout, MAX_MESSAGE).await?;
        let connected = started.elapsed();
        let (writer, stream) = ws::split(stream, &self.meter);
        let me = peer.id.clone();
        let mut heartbeat =
            tokio::time::interval_at((Instant::now() + self.heartbeat).into(), self.heartbeat);
        heartbeat.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut reader = ws::Reader::new(stream, writer.clone(), MeshCodec { me: me.clone() })
            .with_heartbeat(heartbeat, wire::join(&me));
        // The server acknowledges nothing: join, then relay an `ack` to
        // ourselves; its return proves the join was processed.
        let nonce = format!("{:016x}", rand::random::<u64>());
        writer.send(wire::join(&me)).await?;
        let ack = json!({"type": "ack", "to": &*me, "nonce": nonce}).to_string();
        writer.send(ack).await?;
        let wait = async {
            loop {
                let text = match reader.next_text().await {
                    Ok(t) => t,
                    Err(_) => {
                        return Err(Error::protocol(
                            "the server closed the connection after join",
                        ));
                    }
                };
                let v: Value = serde_json::from_str(&text).map_err(|e| {
                    Error::protocol(format!("the server sent a frame that is not JSON: {e}"))
                })?;
                if v["type"] == "ack" && v["nonce"] == nonce.as_str() {
                    return Ok(());
                }
                if v["type"] == "error" {
                    let message = v["message"].as_str().unwrap_or_default();
                    return Err(Error::failed(format!(
                        "the mesh server refused the join: {message}"
                    )));
                }
                if let Some(e) = decode(&text, &me)? {
                    reader.keep(e);
                }
            }
        };
        tokio::time::timeout(self.timeout, wait)
            .await
            .map_err(|_| {
                Error::Timeout(format!(
                    "no answer to join from {} within {}",
                    url,
                    humantime::format_duration(self.timeout)
                ))
            })??;
        let timings = ConnectTimings {
            connect: connected,
            register: started.elapsed() - connected,
        };
        Ok(Session {
            peer: me,
            timings,
            sender: Box::new(MeshSender { writer }),
            events: Box::new(reader),
        })
    }
}

/// The mesh relay's frames, decoded for peer `me`.
struct MeshCodec {
    me: PeerId,
}

impl ws::Codec for MeshCodec {
    fn decode(&mut self, text: &str) -> Result<ws::Decoded> {
        Ok(match decode(text, &self.me)? {
            Some(e) => ws::Decoded::Event(e),
            None => ws::Decoded::Skip,
        })
    }
}

/// A signal as the mesh relays it: offers, answers and candidates under
/// their own kinds, application events inside a `signal`.
pub fn encode(to: &str, signal: &Signal) -> String {
    let v = match signal {
        Signal::Offer { sdp } => json!({"type": "offer", "to": to, "sdp": sdp}),
        Signal::Answer { sdp } => json!({"type": "answer", "to": to, "sdp": sdp}),
        Signal::Candidate(c) => json!({"type": "candidate", "to": to, "candidate": c}),
        Signal::Event { name, data } => {
            let mut d = data.clone();
            d.insert("type".into(), name.clone().into());
            json!({"type": "signal", "to": to, "data": d})
        }
    };
    v.to_string()
}

/// Map one server frame to a driver event.
/// `None` for frames that mean nothing to the driver: `bootstrap_peers` and
/// our own `ack` relays.
pub fn decode(text: &str, me: &PeerId) -> Result<Option<Event>> {
    let v: Value = serde_json::from_str(text)
        .map_err(|e| Error::protocol(format!("the server sent a frame that is not JSON: {e}")))?;
    let unrecognized = || {
        Ok(Some(Event::Unrecognized {
            raw: text.to_owned(),
        }))
    };
    if let Some(message) = ws::gateway_error(&v) {
        return Ok(Some(Event::ServerError {
            message: message.to_owned(),
        }));
    }
    let kind = v.get("type").and_then(Value::as_str).unwrap_or("");
    let from = v.get("from").and_then(Value::as_str).map(PeerId::from);
    let signal = match kind {
        "error" => {
            return Ok(Some(Event::ServerError {
                message: v["message"].as_str().unwrap_or(text).to_owned(),
            }));
        }
        "peer_joined" | "peer_left" => {
            let Some(p) = v.get("peerId").and_then(Value::as_str) else {
                return unrecognized();
            };
            let change = if kind == "peer_joined" {
                Presence::Joined
            } else {
                Presence::Left
            };
            return Ok(Some(Event::Presence {
                peer: p.into(),
                change,
            }));
        }
        // Who to connect to first: the mesh library's business, not a signal.
        "bootstrap_peers" => return Ok(None),
        "offer" | "answer" => {
            let Some(sdp) = v.get("sdp").and_then(Value::as_str) else {
                return unrecognized();
            };
            if kind == "offer" {
                Signal::Offer {
                    sdp: sdp.to_owned(),
                }
            } else {
                Signal::Answer {
                    sdp: sdp.to_owned(),
                }
            }
        }
        "candidate" => match v.get("candidate") {
            Some(Value::String(s)) => Signal::Candidate(IceCandidate {
                candidate: s.clone(),
                sdp_mid: None,
                sdp_mline_index: None,
            }),
            Some(c) => match serde_json::from_value(c.clone()) {
                Ok(c) => Signal::Candidate(c),
                Err(_) => return unrecognized(),
            },
            None => return unrecognized(),
        },
        "signal" => {
            let mut data: Map<String, Value> = v
                .get("data")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default();
            let name = data
                .remove("type")
                .and_then(|t| t.as_str().map(str::to_owned))
                .unwrap_or_else(|| "signal".into());
            Signal::Event { name, data }
        }
        // Our own `ack` echoes (heartbeats) and the rest of the library's
        // kinds come through as events named by their type.
        "ack" if from.as_ref() == Some(me) => return Ok(None),
        other if from.is_some() => {
            let mut data: Map<String, Value> = v.as_object().cloned().unwrap_or_default();
            for k in ["type", "to", "from"] {
                data.remove(k);
            }
            Signal::Event {
                name: other.to_owned(),
                data,
            }
        }
        _ => return unrecognized(),
    };
    match from {
        Some(from) => Ok(Some(Event::Signal { from, signal })),
        None => unrecognized(),
    }
}

struct MeshSender {
    writer: ws::Writer,
}

#[async_trait]
impl SignalSender for MeshSender {
    async fn send(&mut self, to: &PeerId, signal: &Signal) -> Result<()> {
        self.writer.send(encode(to, signal)).await
    }

    async fn send_raw(&mut self, text: &str) -> Result<()> {
        self.writer.send(text.to_owned()).await
    }

    async fn close(&mut self) -> Result<()> {
        self.writer.close(None).await;
        Ok(())
    }
}

/// One server frame decoded as peer `a`'s session would: the fuzz
/// target's entry.
#[doc(hidden)]
pub fn decode_frame(text: &str) -> Result<ws::Decoded> {
    use ws::Codec;
    MeshCodec {
        me: PeerId::new("a"),
    }
    .decode(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_path_goes_before_the_query() {
        let backend = |url: &str, on: bool| MeshBackend {
            ws_url: url.into(),
            insecure: false,
            timeout: Duration::from_secs(1),
            heartbeat: DEFAULT_HEARTBEAT,
            group_path: on,
            meter: Meter::new(&meter::SELF_HOSTED),
        };
        let g = Group::named(Some("net-1".into()));
        assert_eq!(
            backend("ws://h:1/?k=v", true).url_for(&g),
            "ws://h:1/net-1?k=v"
        );
        assert_eq!(
            backend("ws://h:1/base", true).url_for(&g),
            "ws://h:1/base/net-1"
        );
        assert_eq!(backend("ws://h:1", false).url_for(&g), "ws://h:1");
        assert_eq!(
            backend("ws://h:1", true).url_for(&Group::default()),
            "ws://h:1"
        );
    }

    #[test]
    fn signals_round_trip_through_the_mesh_shape() {
        let me = PeerId::from("b");
        for s in [
            Signal::Offer {
                sdp: "v=0\r\n".into(),
            },
            Signal::Answer {
                sdp: "v=0\r\n".into(),
            },
            Signal::Candidate(IceCandidate {
                candidate: "candidate:1".into(),
                sdp_mid: Some("0".into()),
                sdp_mline_index: Some(0),
            }),
            Signal::Event {
                name: "bye".into(),
                data: Map::new(),
            },
        ] {
            let mut v: Value = serde_json::from_str(&encode("b", &s)).unwrap();
            v["from"] = "a".into();
            assert_eq!(
                decode(&v.to_string(), &me).unwrap().unwrap(),
                Event::Signal {
                    from: "a".into(),
                    signal: s
                }
            );
        }
        assert_eq!(
            decode(r#"{"type":"peer_left","peerId":"x"}"#, &me).unwrap(),
            Some(Event::Presence {
                peer: "x".into(),
                change: Presence::Left
            })
        );
        assert_eq!(
            decode(r#"{"type":"bootstrap_peers","peers":[]}"#, &me).unwrap(),
            None
        );
        assert_eq!(
            decode(r#"{"type":"ack","from":"b","to":"b"}"#, &me).unwrap(),
            None
        );
        assert!(matches!(
            decode(r#"{"type":"error","message":"Peer x not found."}"#, &me).unwrap(),
            Some(Event::ServerError { .. })
        ));
        assert_eq!(decode("nope", &me).unwrap_err().code(), 6);
        assert_eq!(random_peer_id().len(), 40);
    }
}
