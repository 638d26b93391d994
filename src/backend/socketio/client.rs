//! The Socket.IO client: Engine.IO v4 over one WebSocket (no polling), the
//! token in the CONNECT packet's `auth`. Two servers, as `serve socketio`
//! has them (`--option socketio.server=pantherkolab|relay`):
//!
//! - PantherKolab's (the default): Cognito access tokens, and call control
//!   only: the events `ring` / `accept` / `reject` / `end` of a flow are its
//!   `new-call` / `accept-call` / `reject-call` / `end-call`, accepted on the
//!   server's reply to the sender (`calls.rs`). It has no WebRTC relay, so
//!   offers, answers and candidates are refused before anything is sent.
//! - The relay: signals as `offer` / `answer` / `ice-candidate` events
//!   addressed to the target's user id, each sent with an ack id and
//!   accepted when the server acks it.
//!
//! The codec is our own (`wire.rs`) on tokio-tungstenite rather than a
//! Socket.IO client crate: the driver needs a sending half and a receiving
//! half per session with no task or thread of their own, raw frames for
//! probing servers, and acks resolved by whichever half reads them.
//!
//! Peers are addressed by user id (`sub`): on a group made by `rendezvous`,
//! each member signs in as its own user where the backend hands out
//! identities, and names are mapped to user ids both ways.

use async_trait::async_trait;
use serde_json::{Map, Value, json};
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use super::calls::{CallBook, CallControl};
use super::wire::{self, Packet};
use crate::auth::Identity;
use crate::auth::jwt::Claims;
use crate::backend::meter::{self, Meter};
use crate::backend::ws;
use crate::backend::{Backend, ConnectTimings, Group, GroupSpec, PeerSpec, Session, SignalSender};
use crate::config::Target;
use crate::error::{Error, Result};
use crate::signal::{Event, IceCandidate, PeerId, Presence, Signal, SignalKind};

const MAX_MESSAGE: usize = 4 << 20;
pub const DEFAULT_WS_URL: &str = "ws://127.0.0.1:3000";

/// Which server the target runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Server {
    /// PantherKolab's: call control, no relay.
    Pantherkolab,
    /// The relay-and-presence pattern.
    Relay,
}

/// A deployment's choices (`--option socketio.KEY=VALUE`).
#[derive(Debug, Clone)]
pub struct Settings {
    pub server: Server,
    /// The Engine.IO path (`path` of the JS client).
    pub path: String,
    pub namespace: String,
    /// Wire names of the signal events, by our name.
    pub events: HashMap<&'static str, String>,
    /// Send the access token as `auth.token` instead of the ID token (as
    /// servers that verify access tokens want; PantherKolab's default).
    pub access_token: bool,
    /// `socketio.room=NAME`: the presence room named in the CONNECT's
    /// `auth.room` (`serve socketio --server relay --presence-per-room`).
    pub room: Option<String>,
    /// `socketio.group-room=true`: every group in a presence room of its
    /// own, so that a load test's arrivals are announced to their group only.
    pub group_room: bool,
}

/// The `serve socketio` flags of the server a client with `options` expects.
pub fn emulator_flags(options: &std::collections::BTreeMap<String, String>) -> Vec<String> {
    match options.get("socketio.server").map(String::as_str) {
        Some("relay") => {
            let mut flags = vec!["--server".into(), "relay".into()];
            if options.contains_key("socketio.room")
                || options
                    .get("socketio.group-room")
                    .is_some_and(|v| v == "true")
            {
                flags.push("--presence-per-room".into());
            }
            flags
        }
        _ => Vec::new(),
    }
}

impl Settings {
    pub fn from_options(options: &std::collections::BTreeMap<String, String>) -> Result<Settings> {
        let mut token = None;
        let mut s = Settings {
            server: Server::Pantherkolab,
            path: wire::DEFAULT_PATH.to_owned(),
            namespace: "/".to_owned(),
            events: wire::SIGNAL_EVENTS
                .iter()
                .map(|e| (*e, e.to_string()))
                .collect(),
            access_token: false,
            room: None,
            group_room: false,
        };
        for (key, value) in options {
            let Some(k) = key.strip_prefix("socketio.") else {
                continue;
            };
            match k {
                "path" if value.starts_with('/') => s.path = value.clone(),
                "namespace" if value.starts_with('/') => s.namespace = value.clone(),
                "token" if value == "id" || value == "access" => {
                    token = Some(value == "access");
                }
                "room" if !value.is_empty() => s.room = Some(value.clone()),
                "group-room" if value == "true" || value == "false" => {
                    s.group_room = value == "true";
                }
                "server" if value == "pantherkolab" || value == "relay" => {
                    s.server = if value == "relay" {
                        Server::Relay
                    } else {
                        Server::Pantherkolab
                    };
                }
                _ => match k
                    .strip_prefix("event.")
                    .and_then(|e| wire::SIGNAL_EVENTS.iter().find(|s| **s == e))
                {
                    Some(e) if !value.is_empty() => {
                        s.events.insert(e, value.clone());
                    }
                    _ => {
                        return Err(Error::usage(format!(
                            "--option {key}={value}: the socketio backend knows socketio.server=pantherkolab|relay, socketio.path=/PATH/, socketio.namespace=/NAME, socketio.token=id|access, socketio.room=NAME, socketio.group-room=true|false and socketio.event.{{offer,answer,ice-candidate}}=NAME"
                        )));
                    }
                },
            }
        }
        s.access_token = token.unwrap_or(s.server == Server::Pantherkolab);
        Ok(s)
    }

    fn wire_name<'a>(&'a self, ours: &'a str) -> &'a str {
        self.events.get(ours).map(String::as_str).unwrap_or(ours)
    }

    /// Our name of a wire event name.
    fn our_name<'a>(&'a self, wire_name: &'a str) -> &'a str {
        self.events
            .iter()
            .find(|(_, w)| w.as_str() == wire_name)
            .map(|(ours, _)| *ours)
            .unwrap_or(wire_name)
    }
}

pub struct SocketIoBackend {
    target: Target,
    ws_url: String,
    settings: Arc<Settings>,
    meter: Arc<Meter>,
}

impl SocketIoBackend {
    pub fn boxed(target: &Target) -> Result<Box<dyn Backend>> {
        Ok(Box::new(SocketIoBackend {
            target: target.clone(),
            ws_url: target
                .ws_url
                .clone()
                .unwrap_or_else(|| DEFAULT_WS_URL.to_owned()),
            settings: Arc::new(Settings::from_options(&target.options)?),
            meter: Meter::new(&meter::SELF_HOSTED),
        }))
    }

    /// The Engine.IO WebSocket URL: the configured path on the target's
    /// host, with `EIO=4&transport=websocket`.
    fn engine_url(&self) -> Result<String> {
        let mut url = reqwest::Url::parse(&self.ws_url).map_err(|e| {
            Error::usage(format!(
                "'{}' is not a usable WebSocket URL: {e}",
                self.ws_url
            ))
        })?;
        url.set_path(&self.settings.path);
        url.query_pairs_mut()
            .append_pair("EIO", "4")
            .append_pair("transport", "websocket");
        Ok(url.into())
    }
}

type Acks = crate::backend::acks::Acks<u64, Vec<Value>>;

/// Peer names ↔ user ids within a group.
#[derive(Default)]
struct Names {
    to_user: HashMap<PeerId, String>,
    to_name: HashMap<String, PeerId>,
}

/// A group made by `rendezvous`: the user each member was signed in as,
/// and the book of the calls they make.
struct Members {
    users: HashMap<PeerId, Identity>,
    book: Arc<CallBook>,
}

impl Names {
    fn of(group: &Group) -> Names {
        let mut n = Names::default();
        let users = group.state::<Members>().map(|m| &m.users);
        for (peer, identity) in users.into_iter().flatten() {
            if let Some(sub) = Claims::decode(&identity.id_token)
                .ok()
                .and_then(|c| c.sub().map(str::to_owned))
            {
                n.to_name.insert(sub.clone(), peer.clone());
                n.to_user.insert(peer.clone(), sub);
            }
        }
        n
    }

    fn user(&self, peer: &PeerId) -> String {
        self.to_user
            .get(peer)
            .cloned()
            .unwrap_or_else(|| peer.to_string())
    }

    fn name(&self, user: &str) -> PeerId {
        self.to_name
            .get(user)
            .cloned()
            .unwrap_or_else(|| PeerId::from(user))
    }
}

#[async_trait]
impl Backend for SocketIoBackend {
    fn meter(&self) -> &Meter {
        &self.meter
    }

    fn name(&self) -> &'static str {
        "socketio"
    }

    fn default_flow(&self) -> &'static str {
        match self.settings.server {
            Server::Pantherkolab => "call",
            Server::Relay => "offer-answer",
        }
    }

    fn cannot_carry(&self, kind: SignalKind, name: &str) -> Option<String> {
        if self.settings.server == Server::Relay {
            return None;
        }
        match kind {
            SignalKind::Event if super::calls::wire_event(name).is_some() => None,
            SignalKind::Event => Some(format!(
                "PantherKolab's server handles only the call events {} (and messages); it drops '{name}'",
                crate::signal::CALL_EVENTS.join(", ")
            )),
            _ => Some(format!(
                "PantherKolab's server has no WebRTC relay (media goes through Amazon Chime) and drops every {name}; run the call flow, or pass --option socketio.server=relay for a server that relays signals"
            )),
        }
    }

    async fn sign_in_anonymously(&self) -> Result<Option<Identity>> {
        let t = &self.target;
        let identity = crate::auth::anonymous::from_emulator_with(
            t.http_url.as_deref(),
            t.insecure,
            t.timeout,
            self.settings.access_token,
        )
        .await?;
        Ok(self.meter.signed_in(identity))
    }

    async fn rendezvous(&self, _creator: Option<&Identity>, spec: &GroupSpec) -> Result<Group> {
        // A peer is reached through its user's room: where identities are
        // handed out, every member gets its own user. Otherwise they share
        // the creator's, which still works for pairs (an emit to a user
        // room skips the sending socket).
        let mut users = HashMap::new();
        if self.target.http_url.is_some() && spec.peers.len() > 1 {
            for peer in &spec.peers {
                if let Some(identity) = self.sign_in_anonymously().await? {
                    users.insert(peer.clone(), identity);
                }
            }
        }
        let room = self
            .settings
            .group_room
            .then(|| format!("group-{:016x}", rand::random::<u64>()));
        Ok(Group::with_state(
            room,
            Members {
                users,
                book: Arc::default(),
            },
        ))
    }

    async fn connect(&self, group: &Group, peer: &PeerSpec) -> Result<Session> {
        let identity = group
            .state::<Members>()
            .and_then(|m| m.users.get(&peer.id))
            .or(peer.identity.as_ref())
            .ok_or_else(|| {
                Error::Auth(
                    "the socketio backend needs an ID token: sign in first, or pass --id-token"
                        .into(),
                )
            })?;
        let token = if self.settings.access_token {
            identity.access_token.clone().ok_or_else(|| {
                Error::Auth(
                    "--option socketio.token=access needs an access token: sign in with `auth signin` (an anonymous or given ID token has none)"
                        .into(),
                )
            })?
        } else {
            identity.id_token.clone()
        };
        let timeout = self.target.timeout;
        let started = Instant::now();
        let url = self.engine_url()?;
        let stream = ws::connect(&url, self.target.insecure, timeout, MAX_MESSAGE).await?;
        let connected = started.elapsed();
        let (writer, stream) = ws::split(stream, &self.meter);
        let names = Arc::new(Names::of(group));
        let settings = self.settings.clone();
        let acks = Acks::default();
        let calls = (settings.server == Server::Pantherkolab).then(|| {
            let book = group
                .state::<Members>()
                .map(|m| m.book.clone())
                .unwrap_or_default();
            let me = Claims::decode(&identity.id_token)
                .ok()
                .and_then(|c| c.sub().map(str::to_owned))
                .unwrap_or_else(|| peer.id.to_string());
            Arc::new(CallControl::new(book, me))
        });
        let codec = SocketIoCodec {
            settings: settings.clone(),
            names: names.clone(),
            acks: acks.clone(),
            calls: calls.clone(),
        };
        let mut reader = ws::Reader::new(stream, writer.clone(), codec);
        let ns = settings.namespace.as_str();
        let room = settings
            .room
            .as_deref()
            .or(group.id.as_deref().filter(|_| settings.group_room));
        let handshake = async {
            let mut opened = false;
            loop {
                let Ok(text) = reader.next_text().await else {
                    return Err(Error::protocol(
                        "the server closed the connection during the Socket.IO handshake",
                    ));
                };
                match wire::decode(&text, ns).map_err(|e| Error::protocol(e.0))? {
                    Packet::Open(_) if !opened => {
                        opened = true;
                        let mut auth = json!({"token": token});
                        if let Some(room) = room {
                            auth["room"] = room.into();
                        }
                        writer.send(wire::connect(ns, &auth)).await?;
                    }
                    Packet::Ping => writer.send(wire::PONG.into()).await?,
                    Packet::Connected(_) => break,
                    // Broadcasts may reach a socket before its CONNECT is
                    // acknowledged.
                    Packet::Event { name, data, .. } => {
                        if let Some(e) = event_of(settings.our_name(&name), data, &names) {
                            reader.keep(e);
                        }
                    }
                    Packet::ConnectError(v) => {
                        let message = v
                            .get("message")
                            .and_then(Value::as_str)
                            .map(str::to_owned)
                            .unwrap_or_else(|| v.to_string());
                        return Err(Error::Auth(format!(
                            "the Socket.IO server refused the connection: {message}"
                        )));
                    }
                    other => {
                        return Err(Error::protocol(format!(
                            "unexpected packet during the Socket.IO handshake: {other:?}"
                        )));
                    }
                }
            }
            match &calls {
                Some(calls) => until_handled(&mut reader, &writer, ns, calls, &names).await,
                None => Ok(()),
            }
        };
        tokio::time::timeout(timeout, handshake)
            .await
            .map_err(|_| {
                Error::Timeout(format!(
                    "no Socket.IO handshake with {} within {}",
                    ws::redact_query(&url),
                    humantime::format_duration(timeout)
                ))
            })??;
        Ok(Session {
            peer: peer.id.clone(),
            timings: ConnectTimings {
                connect: connected,
                register: started.elapsed() - connected,
            },
            sender: Box::new(SocketIoSender {
                settings,
                writer,
                names,
                acks,
                calls,
                next_ack: AtomicU64::new(1),
                timeout,
            }),
            events: Box::new(reader),
        })
    }
}

/// The session id of the readiness probe: no call has it.
const PROBE_SESSION: &str = "signal-cli-ready-probe";
/// The probe is sent again after 2 ms, then half as long again each time,
/// at most every 50 ms (a cold server takes 200 ms).
const PROBE_FIRST: Duration = Duration::from_millis(2);
const PROBE_MAX: Duration = Duration::from_millis(50);

/// Wait until PantherKolab's server handles this socket's events. It
/// attaches its handlers only after acknowledging the CONNECT and drops
/// what comes before, so the first call would be lost: a `leave-call` for
/// a session that does not exist is sent, more and more slowly, until its
/// `call-error` ("Call not found", to this socket only, nothing written)
/// comes back.
async fn until_handled(
    reader: &mut ws::Reader<SocketIoCodec>,
    writer: &ws::Writer,
    ns: &str,
    calls: &CallControl,
    names: &Names,
) -> Result<()> {
    let probe = wire::event(ns, "leave-call", &json!({"sessionId": PROBE_SESSION}), None);
    let mut sent = 0u32;
    let mut every = PROBE_FIRST;
    loop {
        writer.send(probe.clone()).await?;
        sent += 1;
        let next = tokio::time::Instant::now() + every;
        every = (every * 3 / 2).min(PROBE_MAX);
        loop {
            let text = match tokio::time::timeout_at(next, reader.next_text()).await {
                Err(_) => break,
                Ok(Ok(text)) => text,
                Ok(Err(_)) => {
                    return Err(Error::protocol(
                        "the server closed the connection before it handled any event",
                    ));
                }
            };
            match wire::decode(&text, ns) {
                Ok(Packet::Ping) => writer.send(wire::PONG.into()).await?,
                Ok(Packet::Event { name, data, .. }) if name == "call-error" => {
                    if data.get("error").and_then(Value::as_str) == Some(super::calls::NOT_FOUND) {
                        // The probes still on their way get the same answer.
                        calls.expect_stray_probes(sent - 1);
                        return Ok(());
                    }
                    return Err(Error::protocol(format!(
                        "the server answered the readiness probe (leave-call) with {data}"
                    )));
                }
                Ok(Packet::Event { name, data, .. }) => {
                    match calls.decode(&name, &data, &|u| names.name(u)) {
                        Some(Some(e)) => reader.keep(e),
                        Some(None) => {}
                        None => {
                            if let Some(e) = event_of(&name, data, names) {
                                reader.keep(e);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// The event name and data of `signal` addressed to user `to`.
pub fn encode(to: &str, signal: &Signal) -> (String, Value) {
    match signal {
        Signal::Offer { sdp } => ("offer".into(), json!({"to": to, "sdp": sdp})),
        Signal::Answer { sdp } => ("answer".into(), json!({"to": to, "sdp": sdp})),
        Signal::Candidate(c) => ("ice-candidate".into(), json!({"to": to, "candidate": c})),
        Signal::Event { name, data } => {
            let mut d = data.clone();
            d.insert("to".into(), to.into());
            (name.clone(), Value::Object(d))
        }
    }
}

/// A server event as a driver event.
fn event_of(name: &str, data: Value, names: &Names) -> Option<Event> {
    let user_field = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| data.get(*k).and_then(Value::as_str))
            .map(|u| names.name(u))
    };
    match name {
        "user-online" | "user-offline" => {
            let peer = user_field(&["userId"])?;
            let change = if name == "user-online" {
                Presence::Joined
            } else {
                Presence::Left
            };
            return Some(Event::Presence { peer, change });
        }
        "offer" | "answer" if data.get("sdp").is_some_and(Value::is_string) => {
            let from = user_field(&["from"])?;
            let sdp = data["sdp"].as_str().unwrap_or_default().to_owned();
            let signal = if name == "offer" {
                Signal::Offer { sdp }
            } else {
                Signal::Answer { sdp }
            };
            return Some(Event::Signal { from, signal });
        }
        "ice-candidate" => {
            let from = user_field(&["from"])?;
            let c = match data.get("candidate") {
                Some(Value::String(s)) => IceCandidate {
                    candidate: s.clone(),
                    sdp_mid: data
                        .get("sdpMid")
                        .and_then(Value::as_str)
                        .map(str::to_owned),
                    sdp_mline_index: data
                        .get("sdpMLineIndex")
                        .and_then(Value::as_u64)
                        .map(|i| i as u32),
                },
                Some(c) => serde_json::from_value(c.clone()).ok()?,
                None => return None,
            };
            return Some(Event::Signal {
                from,
                signal: Signal::Candidate(c),
            });
        }
        _ => {}
    }
    // Call, message and application events: named by the event, from the
    // user they name.
    let from = user_field(&["from", "callerId", "senderId", "userId"])
        .unwrap_or_else(|| PeerId::from("server"));
    let mut data = match data {
        Value::Object(m) => m,
        Value::Null => Map::new(),
        other => Map::from_iter([("value".to_owned(), other)]),
    };
    data.remove("to");
    data.remove("from");
    Some(Event::Signal {
        from,
        signal: Signal::Event {
            name: name.to_owned(),
            data,
        },
    })
}

struct SocketIoSender {
    settings: Arc<Settings>,
    writer: ws::Writer,
    names: Arc<Names>,
    acks: Acks,
    /// PantherKolab's call control; `None` on the relay.
    calls: Option<Arc<CallControl>>,
    next_ack: AtomicU64,
    timeout: Duration,
}

#[async_trait]
impl SignalSender for SocketIoSender {
    async fn send(&mut self, to: &PeerId, signal: &Signal) -> Result<()> {
        if let Some(calls) = &self.calls {
            return self.call(calls.clone(), to, signal).await;
        }
        let (name, data) = encode(&self.names.user(to), signal);
        let name = self.settings.wire_name(&name).to_owned();
        let id = self.next_ack.fetch_add(1, Ordering::Relaxed);
        let rx = self.acks.register(id);
        let frame = wire::event(&self.settings.namespace, &name, &data, Some(id));
        self.writer.send(frame).await?;
        // Accepted when the server acks; its `{ok: false, error}` is the refusal.
        let args = self.acks.wait(&id, rx, self.timeout, &name).await?;
        match args.first() {
            Some(v) if v.get("ok") == Some(&Value::Bool(false)) => Err(Error::failed(format!(
                "the server refused {name} to {to}: {}",
                v.get("error")
                    .and_then(Value::as_str)
                    .unwrap_or("no reason given")
            ))),
            _ => Ok(()),
        }
    }

    async fn send_raw(&mut self, text: &str) -> Result<()> {
        self.writer.send(text.to_owned()).await
    }

    async fn close(&mut self) -> Result<()> {
        // Leave the namespace (DISCONNECT), then close the socket.
        self.writer.close(Some("41".into())).await;
        Ok(())
    }
}

impl SocketIoSender {
    /// A call event to PantherKolab's server, accepted on its reply.
    async fn call(&mut self, calls: Arc<CallControl>, to: &PeerId, signal: &Signal) -> Result<()> {
        if signal.kind() != SignalKind::Event {
            return Err(Error::usage(format!(
                "PantherKolab's server has no WebRTC relay and drops every {}: only call events ({}) reach {to}",
                signal.name(),
                crate::signal::CALL_EVENTS.join(", ")
            )));
        }
        let user = self.names.user(to);
        let (event, payload, reply) = calls.prepare(&user, signal.name(), signal)?;
        let what = format!("{event} to {to}");
        let frame = wire::event(&self.settings.namespace, event, &payload, None);
        let Some(reply) = reply else {
            return self.writer.send(frame).await;
        };
        let rx = calls.register_reply(&reply);
        self.writer.send(frame).await?;
        calls.wait(&reply, rx, self.timeout, &what).await.map(drop)
    }
}

/// Engine.IO/Socket.IO packets decoded into events: pings answered, acks
/// handed to the sends that wait for them.
struct SocketIoCodec {
    settings: Arc<Settings>,
    names: Arc<Names>,
    acks: Acks,
    calls: Option<Arc<CallControl>>,
}

impl ws::Codec for SocketIoCodec {
    fn decode(&mut self, text: &str) -> Result<ws::Decoded> {
        use ws::Decoded;
        let Ok(packet) = wire::decode(text, &self.settings.namespace) else {
            return Ok(Decoded::Event(Event::Unrecognized {
                raw: text.to_owned(),
            }));
        };
        let closed = |reason: &str| {
            Decoded::Event(Event::Closed {
                code: None,
                reason: reason.to_owned(),
            })
        };
        Ok(match packet {
            Packet::Ping => Decoded::Reply(wire::PONG.into()),
            Packet::Ack { id, args } => {
                // An ack nobody waits for is the answer to a raw frame: a
                // refusal is a server error.
                match self.acks.resolve(&id, args) {
                    Some(args)
                        if args.first().and_then(|v| v.get("ok")) == Some(&Value::Bool(false)) =>
                    {
                        let error = args[0]
                            .get("error")
                            .and_then(Value::as_str)
                            .unwrap_or("refused");
                        Decoded::Event(Event::ServerError {
                            message: error.to_owned(),
                        })
                    }
                    _ => Decoded::Skip,
                }
            }
            Packet::Event { name, data, .. } => {
                if let Some(calls) = &self.calls {
                    let names = &self.names;
                    if let Some(e) = calls.decode(&name, &data, &|u| names.name(u)) {
                        return Ok(e.map_or(Decoded::Skip, Decoded::Event));
                    }
                }
                let name = self.settings.our_name(&name);
                match event_of(name, data, &self.names) {
                    Some(e) => Decoded::Event(e),
                    None => Decoded::Skip,
                }
            }
            Packet::Disconnect => closed("the server disconnected the socket"),
            Packet::Close => closed("the server closed the session"),
            Packet::ConnectError(v) => Decoded::Event(Event::ServerError {
                message: v
                    .get("message")
                    .and_then(Value::as_str)
                    .unwrap_or("connect error")
                    .to_owned(),
            }),
            Packet::Open(_) | Packet::Pong | Packet::Connected(_) => Decoded::Skip,
        })
    }

    fn closed(&mut self) {
        // Pending sends learn that no ack will come.
        self.acks.clear();
        if let Some(c) = &self.calls {
            c.closed();
        }
    }
}

/// One Engine.IO frame decoded as a session on the default namespace
/// would: the fuzz target's entry.
#[doc(hidden)]
pub fn decode_frame(text: &str) -> Result<ws::Decoded> {
    use ws::Codec;
    SocketIoCodec {
        settings: Arc::new(Settings::from_options(&Default::default())?),
        names: Arc::default(),
        acks: Acks::default(),
        calls: Some(Arc::new(CallControl::new(Arc::default(), "fuzz".into()))),
    }
    .decode(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals_round_trip_through_the_socketio_shape() {
        let names = Names::default();
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
                name: "hangup".into(),
                data: Map::new(),
            },
        ] {
            let (name, mut data) = encode("u-b", &s);
            data["from"] = "u-a".into();
            assert_eq!(
                event_of(&name, data, &names),
                Some(Event::Signal {
                    from: "u-a".into(),
                    signal: s
                })
            );
        }
        assert_eq!(
            event_of("user-offline", json!({"userId": "u-a"}), &names),
            Some(Event::Presence {
                peer: "u-a".into(),
                change: Presence::Left
            })
        );
        assert!(matches!(
            event_of("incoming-call", json!({"callerId": "u-c", "sessionId": "s"}), &names),
            Some(Event::Signal { from, signal: Signal::Event { name, .. } })
                if &*from == "u-c" && name == "incoming-call"
        ));
    }
}
