//! The room emulator: the HTTP API and the WebSocket relay of room.md.

use axum::extract::State;
use axum::extract::ws::{Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, post};
use axum::{Json, Router};
use futures_util::StreamExt;
use serde_json::{Map, Value, json};
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::mpsc;

use super::wire::{self, Envelope};
use crate::emulator::faults::{Delivery, FaultInjector, corrupt_json_text};
use crate::emulator::idp::{LOWER_ALNUM, Verifier, random_string};
use crate::emulator::{self, EmulatorConfig, RunningEmulator, Shutdown};
use crate::error::Result;
use crate::util::clock::now_secs;

/// Frames waiting for one slow connection before its senders wait too.
const OUTBOX: usize = 256;

struct Room {
    token: String,
    created_by: String,
    expires_at: u64,
    peers: HashSet<String>,
}

struct PeerSlot {
    room_id: String,
    conn: u64,
    tx: mpsc::Sender<Message>,
}

#[derive(Default)]
struct Tables {
    rooms: HashMap<String, Room>,
    peers: HashMap<String, PeerSlot>,
}

struct Hub {
    room_ttl: Duration,
    max_frame: usize,
    drop_candidates: bool,
    verifier: Arc<Verifier>,
    tables: Mutex<Tables>,
    next_conn: AtomicU64,
    shutdown: Shutdown,
    faults: FaultInjector<(mpsc::Sender<Message>, Utf8Bytes)>,
}

type Shared = Arc<Hub>;

impl Hub {
    fn tables(&self) -> std::sync::MutexGuard<'_, Tables> {
        // A panic while holding the lock cannot leave the tables half-updated
        // in a way later requests would trip on, so keep serving.
        self.tables.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// `serve room` options.
#[derive(Debug, Clone, clap::Args)]
#[command(next_help_heading = "Room")]
pub struct RoomOptions {
    /// Room: port of the WebSocket listener (default 8080; the HTTP API is
    /// on --port, default 8001).
    #[arg(long, value_name = "PORT")]
    pub ws_port: Option<u16>,
    /// Room: serve the HTTP API and the WebSocket on one port.
    #[arg(long)]
    pub single_port: bool,
    /// Room: lifetime of a room.
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "2h")]
    pub room_ttl: Duration,
    /// Room: largest text frame accepted before answering with an error frame.
    #[arg(long, value_name = "BYTES", default_value_t = 65536)]
    pub max_frame: usize,
    /// Room: drop relayed `candidate` messages, as some deployed room
    /// servers do.
    #[arg(long)]
    pub drop_candidates: bool,
}

/// Start the room emulator per `cfg` and `opts`.
pub async fn start(cfg: EmulatorConfig, opts: RoomOptions) -> Result<RunningEmulator> {
    let shutdown = Shutdown::default();
    let (http_listener, http_addr) = emulator::bind(&cfg.host, cfg.port_or(cfg.port, 8001)).await?;
    let http_url = emulator::base_url("http", http_addr);
    let tokens = emulator::Tokens::new(&cfg, &http_url).await?;
    let hub = Arc::new(Hub {
        room_ttl: opts.room_ttl,
        max_frame: opts.max_frame,
        drop_candidates: opts.drop_candidates,
        verifier: tokens.verifier.clone(),
        tables: Mutex::new(Tables::default()),
        next_conn: AtomicU64::new(1),
        shutdown: shutdown.clone(),
        faults: FaultInjector::new(cfg.faults.clone()),
    });
    let api = Router::new()
        .route("/create-room", post(create_room))
        .route("/delete-peers-and-room", post(delete_peers_and_room));
    let identity = tokens.router();
    let ws = Router::new().route("/", any(ws_upgrade));

    let mut tasks = Vec::new();
    let mut endpoints = vec![("http", http_url.clone())];
    if opts.single_port {
        tasks.push(emulator::spawn_http(
            http_listener,
            api.merge(ws).with_state(hub).merge(identity),
            shutdown.clone(),
            &cfg.limits,
        ));
        endpoints.push(("ws", emulator::base_url("ws", http_addr)));
    } else {
        let (ws_listener, ws_addr) =
            emulator::bind(&cfg.host, cfg.port_or(opts.ws_port, 8080)).await?;
        tasks.push(emulator::spawn_http(
            http_listener,
            api.with_state(hub.clone()).merge(identity),
            shutdown.clone(),
            &cfg.limits,
        ));
        tasks.push(emulator::spawn_http(
            ws_listener,
            ws.with_state(hub),
            shutdown.clone(),
            &cfg.limits,
        ));
        endpoints.push(("ws", emulator::base_url("ws", ws_addr)));
    }
    let mut info = Map::new();
    tokens.describe(&cfg, &mut endpoints, &mut info);
    Ok(RunningEmulator {
        backend: "room",
        endpoints,
        info,
        shutdown,
        tasks,
    })
}

fn detail(status: StatusCode, detail: impl Into<Value>) -> Response {
    (status, Json(json!({ "detail": detail.into() }))).into_response()
}

fn missing_header() -> Response {
    detail(
        StatusCode::UNPROCESSABLE_ENTITY,
        json!([{"type": "missing", "loc": ["header", "authorization"], "msg": "Field required", "input": null}]),
    )
}

async fn create_room(State(hub): State<Shared>, headers: HeaderMap) -> Response {
    let Some(auth) = headers.get(header::AUTHORIZATION) else {
        return missing_header();
    };
    let token = auth
        .to_str()
        .ok()
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .unwrap_or_default();
    let claims = match hub.verifier.verify(token).await {
        Ok(c) => c,
        Err(reason) => {
            return detail(
                StatusCode::UNAUTHORIZED,
                format!("Token verification failed: {reason}"),
            );
        }
    };
    let room_id = random_string(8, LOWER_ALNUM);
    let room_token = random_string(6, LOWER_ALNUM);
    let room = Room {
        token: room_token.clone(),
        created_by: claims.sub,
        expires_at: now_secs() + hub.room_ttl.as_secs(),
        peers: HashSet::new(),
    };
    hub.tables().rooms.insert(room_id.clone(), room);
    Json(wire::CreateRoomResponse {
        room_id,
        token: room_token,
    })
    .into_response()
}

async fn delete_peers_and_room(State(hub): State<Shared>, body: axum::body::Bytes) -> Response {
    let req: wire::DeleteRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => {
            return detail(
                StatusCode::UNPROCESSABLE_ENTITY,
                json!([{"type": "json_invalid", "loc": ["body"], "msg": format!("JSON decode error: {e}"), "input": {}}]),
            );
        }
    };
    let mut t = hub.tables();
    let (room_id, found) = match (&req.peer_id, &req.room_id) {
        (Some(peer), _) => match t.peers.get(peer) {
            Some(slot) => (slot.room_id.clone(), "peer deleted successfully"),
            None => return Json(json!({"status": "peer not found"})).into_response(),
        },
        (None, Some(room)) => (room.clone(), "room deleted successfully"),
        (None, None) => {
            return detail(
                StatusCode::UNPROCESSABLE_ENTITY,
                json!([{"type": "missing", "loc": ["body", "peer_id"], "msg": "Field required", "input": {}}]),
            );
        }
    };
    let Some(room) = t.rooms.remove(&room_id) else {
        return Json(json!({"status": "room not found"})).into_response();
    };
    for peer in &room.peers {
        t.peers.remove(peer);
    }
    tracing::debug!(room = %room_id, created_by = %room.created_by, "room deleted");
    Json(json!({ "status": found })).into_response()
}

async fn ws_upgrade(State(hub): State<Shared>, ws: WebSocketUpgrade) -> Response {
    // Frames somewhat over the limit get a readable error frame; far over it,
    // the connection is closed (1009) before the frame is buffered whole.
    let hard = hub.max_frame.saturating_mul(4).max(1 << 20);
    ws.max_message_size(hard)
        .max_frame_size(hard)
        .on_upgrade(move |socket| connection(hub, socket))
}

async fn connection(hub: Shared, socket: WebSocket) {
    let conn = hub.next_conn.fetch_add(1, Ordering::Relaxed);
    let (sink, mut stream) = socket.split();
    let (tx, rx) = mpsc::channel::<Message>(OUTBOX);
    let writer = emulator::spawn_writer(sink, rx);
    let mut me: Option<String> = None;
    loop {
        let msg = tokio::select! {
            _ = hub.shutdown.wait() => break,
            msg = stream.next() => msg,
        };
        match msg {
            Some(Ok(Message::Text(text))) => on_text(&hub, conn, &tx, &mut me, text).await,
            Some(Ok(Message::Binary(_))) => {
                reply(&tx, wire::error_frame("Binary frames are not supported")).await
            }
            Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
            Some(Ok(_)) => {}
        }
    }
    if let Some(peer) = me {
        let mut t = hub.tables();
        // Only if the id is still ours (a later register may have taken it).
        if t.peers.get(&peer).is_some_and(|s| s.conn == conn)
            && let Some(slot) = t.peers.remove(&peer)
        {
            let now_empty = t.rooms.get_mut(&slot.room_id).map(|r| {
                r.peers.remove(&peer);
                r.peers.is_empty()
            });
            if now_empty == Some(true) {
                t.rooms.remove(&slot.room_id);
            }
        }
    }
    drop(tx);
    let _ = tokio::time::timeout(Duration::from_secs(5), writer).await;
}

async fn reply(tx: &mpsc::Sender<Message>, text: String) {
    let _ = tx.send(Message::Text(text.into())).await;
}

async fn on_text(
    hub: &Hub,
    conn: u64,
    tx: &mpsc::Sender<Message>,
    me: &mut Option<String>,
    text: Utf8Bytes,
) {
    if text.len() > hub.max_frame {
        let reason = format!(
            "Frame too large: {} bytes (limit {})",
            text.len(),
            hub.max_frame
        );
        return reply(tx, wire::error_frame(&reason)).await;
    }
    let env: Envelope = match serde_json::from_str(text.as_str()) {
        Ok(e) => e,
        Err(e) => return reply(tx, wire::error_frame(&format!("Invalid JSON: {e}"))).await,
    };
    match env.kind.as_deref() {
        None => reply(tx, wire::error_frame("Missing message type")).await,
        Some("register") => register(hub, conn, tx, me, &env).await,
        Some(wire::REGISTERED) | Some("error") => {
            reply(
                tx,
                wire::error_frame(&format!(
                    "Unknown message type: {}",
                    env.kind.as_deref().unwrap_or("")
                )),
            )
            .await
        }
        Some(kind) => {
            let outcome = route(hub, me.as_deref(), &env, kind);
            match outcome {
                Route::Forward(target_tx) if hub.faults.is_empty() => {
                    let _ = target_tx.send(Message::Text(text)).await;
                }
                Route::Forward(target_tx) => {
                    let corrupt = |(tx, t): &(mpsc::Sender<Message>, Utf8Bytes)| {
                        (tx.clone(), corrupt_json_text(t).into())
                    };
                    for delivery in hub.faults.apply((target_tx, text), corrupt) {
                        match delivery {
                            Delivery::Now((tx, t)) => {
                                let _ = tx.send(Message::Text(t)).await;
                            }
                            Delivery::After(d, (tx, t)) => {
                                tokio::spawn(async move {
                                    tokio::time::sleep(d).await;
                                    let _ = tx.send(Message::Text(t)).await;
                                });
                            }
                        }
                    }
                }
                Route::Drop => {}
                Route::Refuse(reason) => reply(tx, wire::error_frame(&reason)).await,
            }
        }
    }
}

enum Route {
    Forward(mpsc::Sender<Message>),
    Drop,
    Refuse(String),
}

fn route(hub: &Hub, me: Option<&str>, env: &Envelope, kind: &str) -> Route {
    let Some(me) = me else {
        return Route::Refuse("Not registered: send a register message first".into());
    };
    let (Some(sender), Some(target)) = (env.sender.as_deref(), env.target.as_deref()) else {
        return Route::Refuse("Missing sender or target".into());
    };
    if sender != me {
        return Route::Refuse(format!(
            "Sender {sender} is not the peer registered on this connection ({me})"
        ));
    }
    if kind == "candidate" && hub.drop_candidates {
        return Route::Drop;
    }
    let t = hub.tables();
    let Some(my_room) = t.peers.get(me).map(|s| s.room_id.as_str()) else {
        return Route::Refuse("Not registered: your registration was removed".into());
    };
    match t.peers.get(target) {
        Some(slot) if slot.room_id == my_room => Route::Forward(slot.tx.clone()),
        _ => Route::Refuse(format!("Unknown target peer: {target}")),
    }
}

async fn register(
    hub: &Hub,
    conn: u64,
    tx: &mpsc::Sender<Message>,
    me: &mut Option<String>,
    env: &Envelope<'_>,
) {
    let field = |f: &Option<std::borrow::Cow<'_, str>>| {
        f.as_deref().filter(|s| !s.is_empty()).map(str::to_owned)
    };
    let (Some(peer_id), Some(room_id), Some(token), Some(id_token)) = (
        field(&env.peer_id),
        field(&env.room_id),
        field(&env.token),
        field(&env.id_token),
    ) else {
        return reply(tx, wire::error_frame(wire::MISSING_FIELDS)).await;
    };
    if let Err(reason) = hub.verifier.verify(&id_token).await {
        return reply(tx, wire::invalid_id_token_frame(&reason)).await;
    }
    let outcome = {
        let mut t = hub.tables();
        let verdict = match t.rooms.get(&room_id) {
            None => Err(wire::ROOM_NOT_FOUND),
            Some(r) if now_secs() >= r.expires_at => Err(wire::ROOM_EXPIRED),
            Some(r) if r.token != token => Err(wire::ROOM_TOKEN_INVALID),
            Some(_) => Ok(()),
        };
        if verdict == Err(wire::ROOM_EXPIRED) {
            t.rooms.remove(&room_id);
        }
        verdict.map(|()| {
            // Re-registering under another id on this connection frees the old one.
            if let Some(old) = me.take().filter(|old| *old != peer_id)
                && t.peers.get(&old).is_some_and(|s| s.conn == conn)
            {
                t.peers.remove(&old);
            }
            if let Some(previous) = t.peers.insert(
                peer_id.clone(),
                PeerSlot {
                    room_id: room_id.clone(),
                    conn,
                    tx: tx.clone(),
                },
            ) && previous.room_id != room_id
                && let Some(r) = t.rooms.get_mut(&previous.room_id)
            {
                r.peers.remove(&peer_id);
            }
            if let Some(r) = t.rooms.get_mut(&room_id) {
                r.peers.insert(peer_id.clone());
            }
        })
    };
    match outcome {
        Ok(()) => {
            let frame = wire::Registered {
                kind: wire::REGISTERED,
                peer_id: &peer_id,
                room_id: &room_id,
                token: &token,
            };
            let text = serde_json::to_string(&frame).unwrap_or_default();
            *me = Some(peer_id);
            reply(tx, text).await;
        }
        Err(reason) => reply(tx, wire::error_frame(reason)).await,
    }
}

/// The relay fed frames directly, as the fuzz targets do: one room with
/// peers `a` and `b` registered on connections 0 and 1, connection 2 not
/// registered; tokens checked by `verifier`; no sockets.
#[doc(hidden)]
pub struct FrameHarness {
    hub: Shared,
    conns: Vec<HarnessConn>,
}

struct HarnessConn {
    id: u64,
    tx: mpsc::Sender<Message>,
    rx: mpsc::Receiver<Message>,
    me: Option<String>,
}

impl FrameHarness {
    pub fn new(verifier: Arc<Verifier>) -> Self {
        let hub = Arc::new(Hub {
            room_ttl: Duration::from_secs(3600),
            max_frame: 65536,
            drop_candidates: false,
            verifier,
            tables: Mutex::new(Tables::default()),
            next_conn: AtomicU64::new(4),
            shutdown: Shutdown::default(),
            faults: FaultInjector::new(Vec::new()),
        });
        let mut conns = Vec::new();
        for (id, me) in [(1, Some("a")), (2, Some("b")), (3, None)] {
            let (tx, rx) = mpsc::channel(OUTBOX);
            conns.push(HarnessConn {
                id,
                tx,
                rx,
                me: me.map(str::to_owned),
            });
        }
        {
            let mut t = hub.tables();
            t.rooms.insert(
                "room1".into(),
                Room {
                    token: "token1".into(),
                    created_by: "user1".into(),
                    expires_at: now_secs() + 3600,
                    peers: ["a".to_owned(), "b".to_owned()].into(),
                },
            );
            for c in &conns {
                if let Some(me) = &c.me {
                    t.peers.insert(
                        me.clone(),
                        PeerSlot {
                            room_id: "room1".into(),
                            conn: c.id,
                            tx: c.tx.clone(),
                        },
                    );
                }
            }
        }
        FrameHarness { hub, conns }
    }

    /// `text` from connection `conn` (modulo 3); returns how many frames
    /// the connections were sent.
    pub async fn feed(&mut self, conn: usize, text: &str) -> usize {
        let n = self.conns.len();
        let c = &mut self.conns[conn % n];
        on_text(&self.hub, c.id, &c.tx, &mut c.me, text.into()).await;
        let mut sent = 0;
        for c in &mut self.conns {
            while c.rx.try_recv().is_ok() {
                sent += 1;
            }
        }
        sent
    }
}
