//! The Socket.IO emulator on socketioxide: the JWT auth middleware, user
//! rooms, presence, the message and call events, and the WebRTC relay of
//! protocols/socketio.md, over both transports (polling and WebSocket).
//!
//! Emulator choices where socketio.md leaves the server's data to a
//! database: a conversation's members are the users who have sent a message
//! or a typing event in it, or were in a call in it; presence is
//! `user-online` / `user-offline` `{userId}` to everyone else, on a user's
//! first socket and after its last.

use serde_json::{Map, Value, json};
use socketioxide::SocketIo;
use socketioxide::extract::{AckSender, SocketRef, TryData};
use socketioxide::handler::ConnectHandler;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::wire::SIGNAL_EVENTS;
use crate::emulator::idp::Verifier;
use crate::emulator::{self, EmulatorConfig, RunningEmulator, Shutdown};
use crate::error::Result;

/// Packets queued per socket before socketioxide drops them.
const SOCKET_BUFFER: usize = 1 << 16;

/// The authenticated user of a socket (`sub`), set by the auth middleware.
#[derive(Clone)]
struct UserId(String);

/// Whether the socket was its user's only one when it connected.
#[derive(Clone)]
struct FirstSocket(bool);

/// The presence room a socket asked for in its CONNECT (`auth.room`), with
/// `--presence-per-room`: its user's arrival and departure are announced
/// to that room only.
#[derive(Clone)]
struct PresenceRoom(String);

/// The Socket.IO room of presence room `name` (apart from the user rooms).
fn presence_room(name: &str) -> String {
    format!("presence:{name}")
}

/// Announce `event` about the socket's user to the sockets that follow its
/// presence: its presence room, or everyone else.
async fn announce(s: &SocketRef, event: &'static str) {
    let body = json!({"userId": user_of(s)});
    let _ = match s.extensions.get::<PresenceRoom>() {
        Some(room) => s.to(presence_room(&room.0)).emit(event, &body).await,
        None => s.broadcast().emit(event, &body).await,
    };
}

struct Call {
    participants: Vec<String>,
}

#[derive(Default)]
struct Tables {
    conversations: HashMap<String, HashSet<String>>,
    calls: HashMap<String, Call>,
}

struct Hub {
    verifier: Arc<Verifier>,
    tables: Mutex<Tables>,
    /// `maxHttpBufferSize`: socketioxide checks polling bodies; WebSocket
    /// events are measured here.
    max_payload: u64,
}

impl Hub {
    fn tables(&self) -> std::sync::MutexGuard<'_, Tables> {
        self.tables.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn user_of(s: &SocketRef) -> String {
    s.extensions
        .get::<UserId>()
        .map(|u| u.0)
        .unwrap_or_default()
}

fn refuse(ack: AckSender, error: &str) {
    let _ = ack.send(&json!({"ok": false, "error": error}));
}

/// The event's data as an object, or the ack error saying why not.
fn object(
    data: std::result::Result<Value, socketioxide::ParserError>,
) -> std::result::Result<Map<String, Value>, String> {
    match data {
        Ok(Value::Object(m)) => Ok(m),
        _ => Err("invalid payload: expected an object".into()),
    }
}

fn field<'a>(m: &'a Map<String, Value>, key: &str) -> std::result::Result<&'a str, String> {
    m.get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| format!("invalid payload: `{key}` is required"))
}

impl Hub {
    /// Over `maxHttpBufferSize`: the socket is dropped, as socket.io does.
    fn too_big(
        &self,
        s: &SocketRef,
        data: &std::result::Result<Value, socketioxide::ParserError>,
    ) -> bool {
        let size = data
            .as_ref()
            .map(|v| v.to_string().len() as u64)
            .unwrap_or(0);
        if size > self.max_payload {
            let _ = s.clone().disconnect();
            return true;
        }
        false
    }
}

/// `offer` / `answer` / `ice-candidate`: to the room of `to`, with `from`.
async fn relay(
    hub: &Hub,
    s: SocketRef,
    event: &'static str,
    data: std::result::Result<Value, socketioxide::ParserError>,
    ack: AckSender,
) {
    if hub.too_big(&s, &data) {
        return;
    }
    let mut m = match object(data) {
        Ok(m) => m,
        Err(e) => return refuse(ack, &e),
    };
    let to = match field(&m, "to") {
        Ok(t) => t.to_owned(),
        Err(e) => return refuse(ack, &e),
    };
    let body = if event == "ice-candidate" {
        "candidate"
    } else {
        "sdp"
    };
    if m.get(body).is_none_or(Value::is_null) {
        return refuse(ack, &format!("invalid payload: `{body}` is required"));
    }
    // The sender's own socket is not a target, even in its own user room.
    if s.to(to.clone()).sockets().is_empty() {
        return refuse(ack, "target offline");
    }
    m.insert("from".into(), user_of(&s).into());
    let _ = s.to(to).emit(event, &Value::Object(m)).await;
    let _ = ack.send(&json!({"ok": true}));
}

impl Hub {
    /// The other members of a conversation, after adding `user` to it.
    fn members(&self, conversation: &str, user: &str) -> Vec<String> {
        let mut t = self.tables();
        let members = t.conversations.entry(conversation.to_owned()).or_default();
        members.insert(user.to_owned());
        members.iter().filter(|m| *m != user).cloned().collect()
    }

    async fn send_message(
        &self,
        s: SocketRef,
        data: std::result::Result<Value, socketioxide::ParserError>,
        ack: AckSender,
    ) {
        if self.too_big(&s, &data) {
            return;
        }
        let m = match object(data) {
            Ok(m) => m,
            Err(e) => return refuse(ack, &e),
        };
        let (conversation, content) = match (field(&m, "conversationId"), field(&m, "content")) {
            (Ok(c), Ok(x)) => (c.to_owned(), x.to_owned()),
            (Err(e), _) | (_, Err(e)) => return refuse(ack, &e),
        };
        let user = user_of(&s);
        let message = json!({
            "id": uuid::Uuid::new_v4().to_string(),
            "conversationId": conversation,
            "senderId": user,
            "content": content,
            "tempId": m.get("tempId").cloned().unwrap_or(Value::Null),
            "createdAt": crate::util::clock::now_rfc3339(),
        });
        for member in self.members(&conversation, &user) {
            let _ = s.to(member).emit("new-message", &message).await;
        }
        let _ = ack.send(&json!({"ok": true, "message": message}));
    }

    async fn typing(
        &self,
        s: SocketRef,
        out: &'static str,
        data: std::result::Result<Value, socketioxide::ParserError>,
    ) {
        let Ok(m) = object(data) else { return };
        let Ok(conversation) = field(&m, "conversationId") else {
            return;
        };
        let user = user_of(&s);
        let body = json!({"userId": user, "conversationId": conversation});
        for member in self.members(conversation, &user) {
            let _ = s.to(member).emit(out, &body).await;
        }
    }

    async fn new_call(
        &self,
        s: SocketRef,
        data: std::result::Result<Value, socketioxide::ParserError>,
        ack: AckSender,
    ) {
        let m = match object(data) {
            Ok(m) => m,
            Err(e) => return refuse(ack, &e),
        };
        let Some(invited) = m.get("participantIds").and_then(Value::as_array) else {
            return refuse(ack, "invalid payload: `participantIds` is required");
        };
        let invited: Vec<String> = invited
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect();
        if invited.is_empty() {
            return refuse(ack, "invalid payload: `participantIds` is empty");
        }
        let caller = user_of(&s);
        let session = uuid::Uuid::new_v4().to_string();
        let conversation = m.get("conversationId").cloned().unwrap_or(Value::Null);
        let mut participants = vec![caller.clone()];
        participants.extend(invited.iter().filter(|p| **p != caller).cloned());
        {
            let mut t = self.tables();
            if let Some(c) = conversation.as_str() {
                t.conversations
                    .entry(c.to_owned())
                    .or_default()
                    .extend(participants.iter().cloned());
            }
            t.calls.insert(
                session.clone(),
                Call {
                    participants: participants.clone(),
                },
            );
        }
        let incoming = json!({
            "sessionId": session, "callerId": caller,
            "callType": m.get("callType").cloned().unwrap_or(Value::Null),
            "conversationId": conversation, "participantIds": participants,
        });
        for p in participants.iter().filter(|p| **p != caller) {
            let _ = s.to(p.clone()).emit("incoming-call", &incoming).await;
        }
        let _ = s.emit(
            "call-ringing",
            &json!({"sessionId": session, "participantIds": participants}),
        );
        let _ = ack.send(&json!({"ok": true, "sessionId": session}));
    }

    /// `accept-call` / `reject-call` / `end-call` → `out` to every participant.
    async fn call_step(
        &self,
        s: SocketRef,
        out: &'static str,
        data: std::result::Result<Value, socketioxide::ParserError>,
        ack: AckSender,
    ) {
        let m = match object(data) {
            Ok(m) => m,
            Err(e) => return refuse(ack, &e),
        };
        let session = match field(&m, "sessionId") {
            Ok(x) => x.to_owned(),
            Err(e) => return refuse(ack, &e),
        };
        let user = user_of(&s);
        let participants = {
            let mut t = self.tables();
            let Some(call) = t.calls.get(&session) else {
                drop(t);
                return refuse(ack, "call not found");
            };
            if !call.participants.contains(&user) {
                drop(t);
                return refuse(ack, "not a participant of this call");
            }
            let p = call.participants.clone();
            if out == "call-ended" {
                t.calls.remove(&session);
            }
            p
        };
        let body = json!({"sessionId": session, "userId": user});
        for p in &participants {
            let _ = s.within(p.clone()).emit(out, &body).await;
        }
        let _ = ack.send(&json!({"ok": true}));
    }
}

fn register(hub: Arc<Hub>, io: SocketIo, s: &SocketRef) {
    for event in SIGNAL_EVENTS {
        let h = hub.clone();
        s.on(
            *event,
            async move |s: SocketRef, TryData(d): TryData<Value>, ack: AckSender| {
                relay(&h, s, event, d, ack).await
            },
        );
    }
    let h = hub.clone();
    s.on(
        "send-message",
        async move |s: SocketRef, TryData(d): TryData<Value>, ack: AckSender| {
            h.send_message(s, d, ack).await
        },
    );
    for (event, out) in [
        ("typing-start", "user-typing"),
        ("typing-stop", "user-stopped-typing"),
    ] {
        let h = hub.clone();
        s.on(
            event,
            async move |s: SocketRef, TryData(d): TryData<Value>| h.typing(s, out, d).await,
        );
    }
    let h = hub.clone();
    s.on(
        "new-call",
        async move |s: SocketRef, TryData(d): TryData<Value>, ack: AckSender| {
            h.new_call(s, d, ack).await
        },
    );
    for (event, out) in [
        ("accept-call", "call-connected"),
        ("reject-call", "call-rejected"),
        ("end-call", "call-ended"),
    ] {
        let h = hub.clone();
        s.on(
            event,
            async move |s: SocketRef, TryData(d): TryData<Value>, ack: AckSender| {
                h.call_step(s, out, d, ack).await
            },
        );
    }
    s.on_disconnect(async move |s: SocketRef| {
        let user = user_of(&s);
        // The user's last socket: tell the others.
        if io.to(user).sockets().iter().all(|o| o.id == s.id) {
            announce(&s, "user-offline").await;
        }
    });
}

/// Which server `serve socketio` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Flavour {
    /// PantherKolab's server (6f1fbec): call control and messages, no
    /// presence, no relay.
    Pantherkolab,
    /// Presence, user rooms and the WebRTC relay, the pattern of common
    /// Socket.IO signaling servers.
    Relay,
}

impl Flavour {
    fn as_str(self) -> &'static str {
        match self {
            Flavour::Relay => "relay",
            Flavour::Pantherkolab => "pantherkolab",
        }
    }
}

/// `serve socketio` options.
#[derive(Debug, Clone, clap::Args)]
#[command(next_help_heading = "Socket.IO")]
pub struct SocketIoOptions {
    /// Socket.IO: the server to be: PantherKolab's (6f1fbec: call
    /// control, no relay), or the relay-and-presence pattern.
    #[arg(
        long,
        value_enum,
        value_name = "SERVER",
        default_value = "pantherkolab"
    )]
    pub server: Flavour,
    /// Socket.IO, PantherKolab: how long after acknowledging a CONNECT the
    /// server starts handling the socket's events (it drops earlier ones,
    /// as the seed does while its handlers load; 0 handles them at once).
    #[arg(long, value_name = "DURATION", default_value = "6ms")]
    pub attach_delay: humantime::Duration,
    /// Socket.IO, relay: announce a user's presence only to the sockets
    /// whose CONNECT named the same `auth.room` (an extension; without it
    /// every arrival is announced to every socket).
    #[arg(long)]
    pub presence_per_room: bool,
    /// Socket.IO: the largest packet accepted (`maxHttpBufferSize`).
    #[arg(long, value_name = "BYTES", default_value_t = 1_000_000)]
    pub max_http_buffer_size: u64,
}

/// Start the Socket.IO emulator per `cfg` and `opts`.
pub async fn start(cfg: EmulatorConfig, opts: SocketIoOptions) -> Result<RunningEmulator> {
    if opts.presence_per_room && opts.server != Flavour::Relay {
        return Err(crate::error::Error::usage(
            "--presence-per-room: only the relay server (--server relay) has presence",
        ));
    }
    let shutdown = Shutdown::default();
    let (listener, addr) = emulator::bind(&cfg.host, cfg.port_or(cfg.port, 3000)).await?;
    let http_url = emulator::base_url("http", addr);
    let tokens = emulator::Tokens::new(&cfg, &http_url).await?;
    // socket.io buffers without bound for a slow reader; socketioxide drops
    // packets (and its pings, closing the socket) past a per-socket bound,
    // 128 by default. A connection storm's presence broadcasts exceed that,
    // so the bound is set far above it.
    let (layer, io) = SocketIo::builder()
        .max_payload(opts.max_http_buffer_size)
        .max_buffer_size(SOCKET_BUFFER)
        .build_layer();
    install(
        &io,
        tokens.verifier.clone(),
        &opts,
        cfg.log,
        cfg.diagnostics,
    );
    let router = tokens.router().layer(layer);
    let task = emulator::spawn_http(listener, router, shutdown.clone(), &cfg.limits);
    let mut endpoints = vec![
        ("http", http_url.clone()),
        ("ws", emulator::base_url("ws", addr)),
    ];
    let mut info = Map::new();
    tokens.describe(&cfg, &mut endpoints, &mut info);
    info.insert("server".into(), opts.server.as_str().into());
    if opts.server == Flavour::Relay {
        info.insert("presence_per_room".into(), opts.presence_per_room.into());
    }
    if opts.server == Flavour::Pantherkolab {
        info.insert(
            "attach_delay_ms".into(),
            (Duration::from(opts.attach_delay).as_secs_f64() * 1000.0).into(),
        );
    }
    info.insert(
        "max_http_buffer_size".into(),
        opts.max_http_buffer_size.into(),
    );
    Ok(RunningEmulator {
        backend: "socketio",
        endpoints,
        info,
        shutdown,
        tasks: vec![task],
    })
}

/// The handlers of the server `opts` picks, on the default namespace of
/// `io`.
fn install(
    io: &SocketIo,
    verifier: Arc<Verifier>,
    opts: &SocketIoOptions,
    log: crate::emulator::log::Log,
    diagnostics: bool,
) {
    let hub = Arc::new(Hub {
        verifier: verifier.clone(),
        tables: Mutex::new(Tables::default()),
        max_payload: opts.max_http_buffer_size,
    });
    let io2 = io.clone();
    let per_room = opts.presence_per_room;
    // The auth middleware: `auth: {token}` verified, else CONNECT_ERROR.
    // On success the socket joins its user room and gets its event handlers
    // here, before socketioxide acknowledges the CONNECT: the client's first
    // event can then never arrive before its handler.
    let middleware = async move |s: SocketRef, TryData(auth): TryData<Value>| {
        let auth = auth.ok();
        let text = |key: &str| {
            auth.as_ref()
                .and_then(|a| a.get(key).and_then(Value::as_str))
                .map(str::to_owned)
        };
        let token = text("token").unwrap_or_default();
        if token.is_empty() {
            return Err(AuthError("Authentication error: no token".into()));
        }
        match hub.verifier.verify(&token).await {
            Ok(claims) => {
                let user = claims.sub;
                let first = io2.to(user.clone()).sockets().is_empty();
                s.extensions.insert(UserId(user.clone()));
                s.extensions.insert(FirstSocket(first));
                if let Some(room) = text("room").filter(|r| per_room && !r.is_empty()) {
                    s.join(presence_room(&room));
                    s.extensions.insert(PresenceRoom(room));
                }
                s.join(user);
                register(hub.clone(), io2.clone(), &s);
                Ok(())
            }
            Err(reason) => Err(AuthError(format!("Authentication error: {reason}"))),
        }
    };
    // Presence: the user's first socket is announced to everyone else.
    let on_connect = async move |s: SocketRef| {
        if s.extensions.get::<FirstSocket>().is_some_and(|f| f.0) {
            announce(&s, "user-online").await;
        }
    };
    match opts.server {
        Flavour::Relay => io.ns("/", on_connect.with(middleware)),
        Flavour::Pantherkolab => {
            let attach_delay = opts.attach_delay.into();
            let seed = Arc::new(super::seed::Seed::new(verifier, log, diagnostics));
            let middleware = async move |s: SocketRef, TryData(auth): TryData<Value>| {
                let auth = auth.ok();
                match seed.authenticate(auth.as_ref()).await {
                    Ok(user) => {
                        seed.admit(&s, user, attach_delay);
                        Ok(())
                    }
                    Err(message) => Err(AuthError(message)),
                }
            };
            io.ns("/", (async |_: SocketRef| {}).with(middleware))
        }
    }
}

#[derive(Debug)]
struct AuthError(String);

impl std::fmt::Display for AuthError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
