//! The room server's client: its HTTP API and the common driver over its
//! WebSocket relay.

use async_trait::async_trait;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::wire::{self, Incoming};
use crate::auth::Identity;
use crate::backend::meter::{self, Billed, Meter};
use crate::backend::ws;
use crate::backend::{Backend, ConnectTimings, Group, GroupSpec, PeerSpec, Session, SignalSender};
use crate::config::Target;
use crate::error::{Error, Result};
use crate::signal::{Event, IceCandidate, PeerId, Signal, SignalKind};

/// Largest message the client accepts from the server.
const MAX_MESSAGE: usize = 4 << 20;

pub const DEFAULT_HTTP_URL: &str = "http://127.0.0.1:8001";
pub const DEFAULT_WS_URL: &str = "ws://127.0.0.1:8080";

/// The room server's HTTP API.
pub struct RoomApi {
    base: String,
    http: reqwest::Client,
}

/// What `/delete-peers-and-room` is asked to delete.
pub enum DeleteWhat<'a> {
    Peer(&'a str),
    Room(&'a str),
}

impl RoomApi {
    pub fn new(target: &Target) -> Result<Self> {
        let base = target
            .http_url
            .clone()
            .unwrap_or_else(|| DEFAULT_HTTP_URL.to_owned());
        Ok(RoomApi {
            base: base.trim_end_matches('/').to_owned(),
            http: crate::util::http::http_client(target.insecure, target.timeout)?,
        })
    }

    pub async fn anonymous_signin(&self) -> Result<Identity> {
        crate::auth::anonymous::sign_in(&self.http, &self.base).await
    }

    pub async fn create_room(&self, identity: &Identity) -> Result<wire::CreateRoomResponse> {
        self.post("/create-room", Some(&identity.id_token), None)
            .await
    }

    /// Returns the server's status text ("peer not found" is a 200 too).
    pub async fn delete(&self, what: DeleteWhat<'_>) -> Result<String> {
        let body = match what {
            DeleteWhat::Peer(p) => wire::DeleteRequest {
                peer_id: Some(p.to_owned()),
                room_id: None,
            },
            DeleteWhat::Room(r) => wire::DeleteRequest {
                peer_id: None,
                room_id: Some(r.to_owned()),
            },
        };
        let body = serde_json::to_value(body).unwrap_or(Value::Null);
        let r: wire::StatusResponse = self
            .post("/delete-peers-and-room", None, Some(&body))
            .await?;
        Ok(r.status)
    }

    async fn post<T: DeserializeOwned>(
        &self,
        path: &str,
        bearer: Option<&str>,
        body: Option<&Value>,
    ) -> Result<T> {
        let url = format!("{}{path}", self.base);
        crate::util::http::post_json(&self.http, &url, bearer, body, "a room server").await
    }
}

/// A room's token: what a peer presents to register in it.
struct RoomToken(String);

/// The common driver over the room server.
pub struct RoomBackend {
    api: RoomApi,
    ws_url: String,
    insecure: bool,
    timeout: Duration,
    meter: Arc<Meter>,
}

impl RoomBackend {
    pub fn new(target: &Target) -> Result<Self> {
        Ok(RoomBackend {
            api: RoomApi::new(target)?,
            ws_url: target
                .ws_url
                .clone()
                .unwrap_or_else(|| DEFAULT_WS_URL.to_owned()),
            insecure: target.insecure,
            timeout: target.timeout,
            meter: Meter::new(&meter::SELF_HOSTED),
        })
    }

    pub fn boxed(target: &Target) -> Result<Box<dyn Backend>> {
        Ok(Box::new(Self::new(target)?))
    }

    /// An anonymous sign-in, metered.
    async fn sign_in(&self) -> Result<Identity> {
        let identity = self.api.anonymous_signin().await?;
        self.meter.add(Billed::SignIns, 1);
        Ok(identity)
    }
}

#[async_trait]
impl Backend for RoomBackend {
    fn meter(&self) -> &Meter {
        &self.meter
    }

    fn name(&self) -> &'static str {
        "room"
    }

    fn cannot_carry(&self, kind: SignalKind, name: &str) -> Option<String> {
        (kind == SignalKind::Event).then(|| {
            format!("'{name}' is an application event; the room server forwards only offers, answers and candidates and drops anything else without a word")
        })
    }

    async fn sign_in_anonymously(&self) -> Result<Option<Identity>> {
        self.sign_in().await.map(Some)
    }

    async fn rendezvous(&self, creator: Option<&Identity>, _spec: &GroupSpec) -> Result<Group> {
        let owned;
        let creator = match creator {
            Some(c) => c,
            None => {
                owned = self.sign_in().await?;
                &owned
            }
        };
        let room = self.api.create_room(creator).await?;
        Ok(Group::with_state(Some(room.room_id), RoomToken(room.token)))
    }

    fn named_group(&self, id: Option<String>, secret: Option<String>) -> Group {
        match secret {
            Some(token) => Group::with_state(id, RoomToken(token)),
            None => Group::named(id),
        }
    }

    async fn connect(&self, group: &Group, peer: &PeerSpec) -> Result<Session> {
        let token = group.state::<RoomToken>().map(|t| t.0.as_str());
        let (Some(room_id), Some(token)) = (group.id.as_deref(), token) else {
            return Err(Error::usage(
                "the room backend needs a room id and its token (--room, --token)",
            ));
        };
        let identity = peer.identity.as_ref().ok_or_else(|| {
            Error::Auth("no ID token: run `signal-cli auth anonymous` or pass --id-token".into())
        })?;
        let started = Instant::now();
        let stream = ws::connect(&self.ws_url, self.insecure, self.timeout, MAX_MESSAGE).await?;
        let connected = started.elapsed();
        let (writer, stream) = ws::split(stream, &self.meter);
        let mut reader = ws::Reader::new(stream, writer.clone(), RoomCodec);
        let register = wire::Register {
            kind: "register",
            peer_id: &peer.id,
            room_id,
            token,
            id_token: &identity.id_token,
        };
        let text = serde_json::to_string(&register)
            .map_err(|e| Error::failed(format!("cannot encode register: {e}")))?;
        writer.send(text).await?;
        let answer = tokio::time::timeout(self.timeout, await_registration(&mut reader))
            .await
            .map_err(|_| {
                Error::Timeout(format!(
                    "no answer to register from {} within {}",
                    self.ws_url,
                    humantime::format_duration(self.timeout)
                ))
            })?;
        answer?;
        let timings = ConnectTimings {
            connect: connected,
            register: started.elapsed() - connected,
        };
        Ok(Session {
            peer: peer.id.clone(),
            timings,
            sender: Box::new(RoomSender {
                writer,
                me: peer.id.clone(),
            }),
            events: Box::new(reader),
        })
    }
}

/// Read the server's answer to `register`: accepted or refused.
async fn await_registration(reader: &mut ws::Reader<RoomCodec>) -> Result<()> {
    let text = match reader.next_text().await {
        Ok(t) => t,
        Err(Event::Closed {
            code: Some(code),
            reason,
        }) => {
            return Err(Error::protocol(format!(
                "the server closed the connection during registration ({code} {reason})"
            )));
        }
        Err(Event::Closed { code: None, reason }) if reason != ws::ENDED => {
            return Err(Error::Unreachable(format!(
                "the connection failed during registration: {reason}"
            )));
        }
        Err(_) => {
            return Err(Error::protocol(
                "the server closed the connection during registration",
            ));
        }
    };
    let inc: Incoming = serde_json::from_str(&text).map_err(|e| {
        Error::protocol(format!(
            "the server answered register with invalid JSON: {e}"
        ))
    })?;
    match (
        inc.kind.as_deref(),
        inc.reason.as_deref(),
        inc.error.as_deref(),
    ) {
        (Some(wire::REGISTERED), _, _) => Ok(()),
        // No `type`: the id_token failed verification.
        (None, _, Some(err)) => Err(Error::Auth(format!(
            "the server rejected the ID token: {err}; sign in again"
        ))),
        (Some("error"), Some(reason), _) => Err(registration_refused(reason)),
        _ => Err(Error::protocol(format!(
            "unexpected answer to register: {}",
            truncate(&text, 200)
        ))),
    }
}

fn registration_refused(reason: &str) -> Error {
    match reason {
        wire::ROOM_TOKEN_INVALID => {
            Error::Auth("the server rejected the room token (Invalid token); check --token".into())
        }
        wire::ROOM_NOT_FOUND => Error::failed(
            "registration refused: Room not found; check --room or create one with `signal-cli room create`",
        ),
        wire::ROOM_EXPIRED => Error::failed(
            "registration refused: Room expired; create a new one with `signal-cli room create`",
        ),
        other => Error::failed(format!("registration refused: {other}")),
    }
}

fn truncate(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

struct RoomSender {
    writer: ws::Writer,
    me: PeerId,
}

#[async_trait]
impl SignalSender for RoomSender {
    async fn send(&mut self, to: &PeerId, signal: &Signal) -> Result<()> {
        let mut relay = wire::Relay {
            kind: signal.name(),
            sender: &self.me,
            target: to,
            sdp: None,
            candidate: None,
            data: None,
        };
        match signal {
            Signal::Offer { sdp } | Signal::Answer { sdp } => relay.sdp = Some(sdp),
            Signal::Candidate(c) => relay.candidate = Some(c),
            Signal::Event { data, .. } => relay.data = Some(data),
        }
        let text = serde_json::to_string(&relay)
            .map_err(|e| Error::failed(format!("cannot encode a signal: {e}")))?;
        self.writer.send(text).await
    }

    async fn send_raw(&mut self, text: &str) -> Result<()> {
        self.writer.send(text.to_owned()).await
    }

    async fn close(&mut self) -> Result<()> {
        self.writer.close(None).await;
        Ok(())
    }
}

/// The room relay's frames, decoded.
struct RoomCodec;

impl ws::Codec for RoomCodec {
    fn decode(&mut self, text: &str) -> Result<ws::Decoded> {
        decode_event(text).map(ws::Decoded::Event)
    }
}

/// Map one server frame to a driver event.
pub fn decode_event(text: &str) -> Result<Event> {
    let inc: Incoming = serde_json::from_str(text)
        .map_err(|e| Error::protocol(format!("the server sent a frame that is not JSON: {e}")))?;
    let unrecognized = || {
        Ok(Event::Unrecognized {
            raw: text.to_owned(),
        })
    };
    let Some(kind) = inc.kind.as_deref() else {
        return match inc.error {
            Some(err) => Ok(Event::ServerError {
                message: err.into_owned(),
            }),
            None => unrecognized(),
        };
    };
    if kind == "error" {
        let message = inc
            .reason
            .or(inc.error)
            .map(|c| c.into_owned())
            .unwrap_or_else(|| text.to_owned());
        return Ok(Event::ServerError { message });
    }
    if kind == wire::REGISTERED {
        return unrecognized();
    }
    let Some(from) = inc.sender.as_deref() else {
        return unrecognized();
    };
    let from = PeerId::new(from);
    let signal = match kind {
        "offer" | "answer" => {
            let Some(sdp) = inc.sdp else {
                return unrecognized();
            };
            if kind == "offer" {
                Signal::Offer { sdp }
            } else {
                Signal::Answer { sdp }
            }
        }
        "candidate" => match inc.candidate {
            Some(Value::String(candidate)) => Signal::Candidate(IceCandidate {
                candidate,
                sdp_mid: None,
                sdp_mline_index: None,
            }),
            Some(v) => match serde_json::from_value::<IceCandidate>(v) {
                Ok(c) => Signal::Candidate(c),
                Err(_) => return unrecognized(),
            },
            None => return unrecognized(),
        },
        name => {
            let mut data: Map<String, Value> = serde_json::from_str(text).unwrap_or_default();
            for k in ["type", "sender", "target"] {
                data.remove(k);
            }
            Signal::Event {
                name: name.to_owned(),
                data,
            }
        }
    };
    Ok(Event::Signal { from, signal })
}

/// One server frame decoded as a session would: the fuzz target's entry.
#[doc(hidden)]
pub fn decode_frame(text: &str) -> Result<ws::Decoded> {
    use ws::Codec;
    RoomCodec.decode(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_both_error_shapes() {
        assert_eq!(
            decode_event(r#"{"error":"Invalid token"}"#).unwrap(),
            Event::ServerError {
                message: "Invalid token".into()
            }
        );
        assert_eq!(
            decode_event(r#"{"type":"error","reason":"Room not found"}"#).unwrap(),
            Event::ServerError {
                message: "Room not found".into()
            }
        );
    }

    #[test]
    fn decodes_relayed_signals() {
        let e =
            decode_event(r#"{"type":"offer","sender":"a","target":"b","sdp":"v=0\r\n"}"#).unwrap();
        assert_eq!(
            e,
            Event::Signal {
                from: "a".into(),
                signal: Signal::Offer {
                    sdp: "v=0\r\n".into()
                }
            }
        );
        let e = decode_event(
            r#"{"type":"candidate","sender":"a","target":"b","candidate":{"candidate":"candidate:1","sdpMid":"0","sdpMLineIndex":0}}"#,
        )
        .unwrap();
        let Event::Signal {
            signal: Signal::Candidate(c),
            ..
        } = e
        else {
            panic!("{e:?}")
        };
        assert_eq!(c.sdp_mid.as_deref(), Some("0"));
        let e = decode_event(r#"{"type":"quit","sender":"a","target":"b","why":"done"}"#).unwrap();
        let Event::Signal {
            signal: Signal::Event { name, data },
            ..
        } = e
        else {
            panic!()
        };
        assert_eq!(name, "quit");
        assert_eq!(data.get("why").and_then(Value::as_str), Some("done"));
    }

    #[test]
    fn odd_frames_are_kept_and_garbage_is_a_protocol_error() {
        assert!(matches!(
            decode_event(r#"{"type":"offer"}"#).unwrap(),
            Event::Unrecognized { .. }
        ));
        assert_eq!(decode_event("not json").unwrap_err().code(), 6);
    }
}
