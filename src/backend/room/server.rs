//! The room emulator, faithful to the room server it stands for:
//! `webRTC_external/server.py` of talmolab/webRTC-connect at commit 8144b60
//! (FastAPI over HTTP, the websockets library over WebSocket), as observed
//! on loopback beside it. What that server does silently is logged here
//! (`--diagnostics` also explains it on the wire); see protocols/room.md
//! and the README for the behaviours and the flags that change them.

use axum::Router;
use axum::extract::State;
use axum::extract::ws::{Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, post};
use futures_util::StreamExt;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::fmt::{self, Display};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::mpsc;

use super::pyjson::PyValue;
use super::wire;
use crate::emulator::cognito::UserPool;
use crate::emulator::faults::{Delivery, FaultInjector, corrupt_json_text};
use crate::emulator::idp::{Rejection, Verifier, random_string};
use crate::emulator::log::Log;
use crate::emulator::{self, EmulatorConfig, RunningEmulator, Shutdown};
use crate::error::Result;
use crate::util::clock::{now_millis, now_secs};

/// Frames waiting for one slow connection before its senders wait too.
const OUTBOX: usize = 256;
/// The websockets library's default `max_size`: a larger message closes
/// the connection (1009).
pub const MAX_MESSAGE: usize = 1 << 20;

/// A room's record in the `rooms` table (DynamoDB).
struct RoomRecord {
    token: String,
    created_by: String,
    expires_at: u64,
}

/// A registered peer's connection. Kept after the connection closes, as
/// the real server keeps it: sends to it are then lost without a word.
struct Peer {
    tx: mpsc::Sender<Message>,
}

/// The real server's three tables. Peer ids are keyed by their JSON text
/// (`"7"` and `7` are two peers there too).
#[derive(Default)]
struct Tables {
    /// `rooms` (DynamoDB): written by /create-room, never deleted here.
    records: HashMap<String, RoomRecord>,
    /// `ROOMS`: a room's peers, made at its first registration; never
    /// emptied (neither a disconnect nor /delete-peers-and-room removes one).
    live: HashMap<String, HashMap<String, Peer>>,
    /// `PEER_TO_ROOM`: the room a peer id last registered into.
    peer_to_room: HashMap<String, String>,
}

struct Hub {
    room_ttl: Duration,
    max_message: usize,
    forward_candidates: bool,
    ping_interval: Duration,
    ping_timeout: Duration,
    verifier: Arc<Verifier>,
    pool: Option<Arc<UserPool>>,
    tables: Mutex<Tables>,
    next_conn: AtomicU64,
    shutdown: Shutdown,
    faults: FaultInjector<(mpsc::Sender<Message>, Utf8Bytes)>,
    log: Log,
    diagnostics: bool,
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
    /// Room: largest WebSocket message; a larger one closes the connection
    /// (1009), as the real server's websockets library does.
    #[arg(long, value_name = "BYTES", default_value_t = MAX_MESSAGE)]
    pub max_frame: usize,
    /// Room: drop relayed `candidate` messages, as server.py at commit
    /// 8144b60 does (by default they are relayed, as the protocol's design
    /// and trickle ICE need).
    #[arg(long)]
    pub drop_candidates: bool,
    /// Room: WebSocket ping interval (the websockets library's 20s).
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "20s")]
    pub ping_interval: Duration,
    /// Room: close (1011) a connection whose pong has not come this long
    /// after a ping.
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "20s")]
    pub ping_timeout: Duration,
}

/// Start the room emulator per `cfg` and `opts`.
pub async fn start(cfg: EmulatorConfig, opts: RoomOptions) -> Result<RunningEmulator> {
    let shutdown = Shutdown::default();
    let (http_listener, http_addr) = emulator::bind(&cfg.host, cfg.port_or(cfg.port, 8001)).await?;
    let http_url = emulator::base_url("http", http_addr);
    let tokens = emulator::Tokens::new(&cfg, &http_url).await?;
    let hub = Arc::new(Hub {
        room_ttl: opts.room_ttl,
        max_message: opts.max_frame,
        forward_candidates: !opts.drop_candidates,
        ping_interval: opts.ping_interval,
        ping_timeout: opts.ping_timeout,
        verifier: tokens.verifier.clone(),
        pool: tokens.pool(),
        tables: Mutex::new(Tables::default()),
        next_conn: AtomicU64::new(1),
        shutdown: shutdown.clone(),
        faults: FaultInjector::new(cfg.faults.clone()),
        log: cfg.log,
        diagnostics: cfg.diagnostics,
    });
    // FastAPI's answers to a path it has no route for and to a method a
    // route does not take.
    let api = Router::new()
        .route("/create-room", post(create_room))
        .route("/delete-peers-and-room", post(delete_peers_and_room))
        .method_not_allowed_fallback(|| async {
            fastapi(
                StatusCode::METHOD_NOT_ALLOWED,
                r#"{"detail":"Method Not Allowed"}"#.into(),
            )
        });
    let identity = tokens
        .router()
        .fallback(|| async { fastapi(StatusCode::NOT_FOUND, r#"{"detail":"Not Found"}"#.into()) });
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
        // The websockets server upgrades on any path.
        let ws = ws.route("/{*path}", any(ws_upgrade));
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

/// A JSON answer as FastAPI writes it (compact, keys in its order).
fn fastapi(status: StatusCode, body: String) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// A string as a JSON literal.
fn lit(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// FastAPI's 422 for a missing `Authorization` header.
fn missing_header() -> Response {
    fastapi(
        StatusCode::UNPROCESSABLE_ENTITY,
        r#"{"detail":[{"type":"missing","loc":["header","authorization"],"msg":"Field required","input":null}]}"#.into(),
    )
}

/// How python-jose words a refusal (the real server's 401 `detail`).
fn jose_wording(r: &Rejection) -> &'static str {
    match r {
        Rejection::NotYetValid => "The token is not yet valid (nbf)",
        Rejection::Malformed => "Not enough segments",
        Rejection::Expired => "Signature has expired.",
        Rejection::Audience => "Invalid audience",
        Rejection::Issuer => "Invalid issuer",
        Rejection::Algorithm => "The specified alg value is not allowed",
        Rejection::NoKeyId
        | Rejection::UnknownKey
        | Rejection::Signature
        | Rejection::MissingClaim(_)
        | Rejection::NotIdToken(_) => "Signature verification failed.",
    }
}

async fn create_room(State(hub): State<Shared>, headers: HeaderMap) -> Response {
    let Some(auth) = headers.get(header::AUTHORIZATION) else {
        return missing_header();
    };
    // As the real server reads it: every "Bearer " taken out, the rest is
    // the token (a raw token works too). It accepts access tokens as well.
    let token = String::from_utf8_lossy(auth.as_bytes()).replace("Bearer ", "");
    let claims = match hub.verifier.verify_as_jose(&token).await {
        Ok(c) => c,
        Err(r) => {
            hub.log
                .dropped("room", &"/create-room", &format!("token refused: {r}"));
            let detail = format!("Token verification failed: {}", jose_wording(&r));
            return fastapi(
                StatusCode::UNAUTHORIZED,
                format!(r#"{{"detail":{}}}"#, lit(&detail)),
            );
        }
    };
    // `claims["sub"]` fails the request when a signed token has no `sub`.
    let Some(sub) = claims.get("sub").and_then(Value::as_str).map(str::to_owned) else {
        hub.log
            .dropped("room", &"/create-room", "the token has no sub (500)");
        return (StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error").into_response();
    };
    // The first characters of a UUID4: hex.
    let room_id = random_string(8, HEX);
    let room_token = random_string(6, HEX);
    hub.tables().records.insert(
        room_id.clone(),
        RoomRecord {
            token: room_token.clone(),
            created_by: sub,
            expires_at: now_secs() + hub.room_ttl.as_secs(),
        },
    );
    fastapi(
        StatusCode::OK,
        format!(
            r#"{{"room_id":{},"token":{}}}"#,
            lit(&room_id),
            lit(&room_token)
        ),
    )
}

const HEX: &[u8] = b"0123456789abcdef";

/// The body of `/delete-peers-and-room` as FastAPI reads a `dict`
/// parameter: JSON unless another content type is declared, else a string;
/// anything but an object is refused (the 422 body).
fn dict_body(headers: &HeaderMap, body: &[u8]) -> std::result::Result<PyValue, String> {
    let unprocessable = |detail: String| format!(r#"{{"detail":[{detail}]}}"#);
    if body.is_empty() {
        return Err(unprocessable(
            r#"{"type":"missing","loc":["body"],"msg":"Field required","input":null}"#.into(),
        ));
    }
    let text = String::from_utf8_lossy(body);
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|ct| {
            let ct = ct.split(';').next().unwrap_or("").trim();
            ct == "application/json" || ct.ends_with("+json")
        });
    let value = if json {
        match serde_json::from_str::<PyValue>(&text) {
            Ok(v) => v,
            Err(e) => {
                let (pos, why) = python_json_error(&text, &e);
                return Err(unprocessable(format!(
                    r#"{{"type":"json_invalid","loc":["body",{pos}],"msg":"JSON decode error","input":{{}},"ctx":{{"error":{}}}}}"#,
                    lit(why)
                )));
            }
        }
    } else {
        PyValue::Str(text.into_owned())
    };
    if matches!(value, PyValue::Dict(_)) {
        return Ok(value);
    }
    let input =
        serde_json::to_string(&serde_json::from_str::<Value>(&value.dumps()).unwrap_or_default())
            .unwrap_or_default();
    Err(unprocessable(format!(
        r#"{{"type":"dict_type","loc":["body"],"msg":"Input should be a valid dictionary","input":{input}}}"#
    )))
}

/// Where Python's `json.loads` would stop on `text` (a character offset)
/// and its message, from serde_json's error.
fn python_json_error(text: &str, e: &serde_json::Error) -> (usize, &'static str) {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(e.line().saturating_sub(1))
        .map(|l| l.chars().count())
        .sum();
    let pos = (line_start + e.column()).saturating_sub(1);
    let msg = e.to_string();
    let why = if msg.starts_with("trailing characters") {
        "Extra data"
    } else if msg.starts_with("key must be a string") {
        "Expecting property name enclosed in double quotes"
    } else if msg.starts_with("expected `:`") {
        "Expecting ':' delimiter"
    } else if msg.starts_with("expected `,` or `}`") || msg.starts_with("expected `,` or `]`") {
        "Expecting ',' delimiter"
    } else if msg.starts_with("EOF while parsing a string") || msg.starts_with("control character")
    {
        "Unterminated string starting at"
    } else {
        "Expecting value"
    };
    (pos, why)
}

async fn delete_peers_and_room(
    State(hub): State<Shared>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let req = match dict_body(&headers, &body) {
        Ok(v) => v,
        Err(refused) => return fastapi(StatusCode::UNPROCESSABLE_ENTITY, refused),
    };
    let status = |s: &str| fastapi(StatusCode::OK, format!(r#"{{"status":{}}}"#, lit(s)));
    // server.py at 8144b60 reads only `peer_id`.
    let Some(peer) = req.get("peer_id").filter(|p| p.hashable()) else {
        return status("peer not found");
    };
    let mut t = hub.tables();
    let Some(room_id) = t.peer_to_room.get(&peer.key()).cloned() else {
        return status("peer not found");
    };
    let Some(peers) = t.live.get(&room_id) else {
        return status("room not found");
    };
    // Every peer of the room is deleted as a Cognito user; only one that is
    // a user loses its room mapping. The room itself stays (its peers are
    // never removed, so it never looks empty).
    let keys: Vec<String> = peers.keys().cloned().collect();
    for key in keys {
        let username = PyValue::loads(&key).and_then(|v| v.as_str().map(str::to_owned));
        let deleted = match (&hub.pool, username) {
            (Some(pool), Some(name)) => pool.admin_delete_user(&name),
            _ => false,
        };
        if deleted {
            t.peer_to_room.remove(&key);
        } else {
            hub.log.dropped(
                "room",
                &"/delete-peers-and-room",
                &format!("cannot delete Cognito user {key}: User does not exist"),
            );
        }
    }
    tracing::debug!(room = %room_id, "peers deleted");
    status("peer deleted successfully")
}

async fn ws_upgrade(State(hub): State<Shared>, ws: WebSocketUpgrade) -> Response {
    // Read somewhat past the limit, so that the close (1009) names the
    // real limit; far past it, the frame is refused before it is buffered.
    let hard = hub.max_message.saturating_mul(4).max(1 << 20);
    ws.max_message_size(hard)
        .max_frame_size(hard)
        .on_upgrade(move |socket| connection(hub, socket))
}

/// What to do after a frame.
enum After {
    Go,
    Close(u16, String),
}

async fn connection(hub: Shared, socket: WebSocket) {
    let conn = hub.next_conn.fetch_add(1, Ordering::Relaxed);
    let label = Label(conn);
    let (sink, mut stream) = socket.split();
    let (tx, rx) = mpsc::channel::<Message>(OUTBOX);
    let writer = emulator::spawn_writer(sink, rx);
    let mut ping = tokio::time::interval(hub.ping_interval);
    ping.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    ping.tick().await;
    // The payload of the ping waiting for its pong, and when it is late.
    let mut waiting: Option<(Vec<u8>, tokio::time::Instant)> = None;
    loop {
        let late = waiting.as_ref().map(|(_, at)| *at);
        let msg = tokio::select! {
            _ = hub.shutdown.wait() => break,
            _ = ping.tick(), if waiting.is_none() => {
                let payload = rand::random::<[u8; 4]>().to_vec();
                let _ = tx.send(Message::Ping(payload.clone().into())).await;
                waiting = Some((payload, tokio::time::Instant::now() + hub.ping_timeout));
                continue;
            }
            _ = tokio::time::sleep_until(late.unwrap_or_else(tokio::time::Instant::now)), if late.is_some() => {
                hub.log.closed("room", &label, "no pong within the ping timeout (1011)");
                close(&tx, 1011, "keepalive ping timeout").await;
                break;
            }
            msg = stream.next() => msg,
        };
        let after = match msg {
            Some(Ok(Message::Text(text))) => on_frame(&hub, conn, &tx, text.as_str()).await,
            // The websockets library hands binary messages over as bytes,
            // which json.loads reads as UTF-8; bytes that are not UTF-8
            // make the handler fail, which closes the connection.
            Some(Ok(Message::Binary(bytes))) => match std::str::from_utf8(&bytes) {
                Ok(text) => on_frame(&hub, conn, &tx, text).await,
                Err(_) => {
                    hub.log
                        .closed("room", &label, "a binary message that is not UTF-8 (1000)");
                    After::Close(1000, String::new())
                }
            },
            Some(Ok(Message::Pong(p))) => {
                if waiting.as_ref().is_some_and(|(want, _)| want[..] == p[..]) {
                    waiting = None;
                }
                After::Go
            }
            Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
            Some(Ok(_)) => After::Go,
        };
        if let After::Close(code, reason) = after {
            close(&tx, code, &reason).await;
            break;
        }
    }
    // The real server forgets nothing when a connection ends: the peer's
    // registration and its room stay (with this outbox), and sends to it
    // are lost. The socket itself is closed: the writer stops at a close.
    let _ = tx.send(Message::Close(None)).await;
    drop(tx);
    let abort = writer.abort_handle();
    if tokio::time::timeout(Duration::from_secs(5), writer)
        .await
        .is_err()
    {
        abort.abort();
    }
}

async fn close(tx: &mpsc::Sender<Message>, code: u16, reason: &str) {
    let frame = axum::extract::ws::CloseFrame {
        code,
        reason: reason.to_owned().into(),
    };
    let _ = tx.send(Message::Close(Some(frame))).await;
}

async fn reply(tx: &mpsc::Sender<Message>, text: String) {
    let _ = tx.send(Message::Text(text.into())).await;
}

/// A connection as the log names it (formatted only when logged).
struct Label(u64);

impl Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "connection {}", self.0)
    }
}

/// A frame the real server drops: logged, and explained on the wire with
/// `--diagnostics`.
async fn silent(hub: &Hub, tx: &mpsc::Sender<Message>, from: &(dyn Display + Sync), reason: &str) {
    hub.log.dropped("room", from, reason);
    if hub.diagnostics {
        reply(tx, error_frame(reason)).await;
    }
}

/// One message, as server.py's handler treats it.
async fn on_frame(hub: &Hub, conn: u64, tx: &mpsc::Sender<Message>, text: &str) -> After {
    let label = &Label(conn);
    if text.len() > hub.max_message {
        hub.log.closed(
            "room",
            &label,
            &format!("a message of {} bytes (1009)", text.len()),
        );
        return After::Close(
            1009,
            format!(
                "frame with {} bytes exceeds limit of {} bytes",
                text.len(),
                hub.max_message
            ),
        );
    }
    let Some(data) = PyValue::loads(text) else {
        silent(hub, tx, &label, "Invalid JSON").await;
        return After::Go;
    };
    if !matches!(data, PyValue::Dict(_)) {
        // `data.get` fails on anything but an object; the handler ends.
        hub.log.closed(
            "room",
            &label,
            "a JSON message that is not an object (1000)",
        );
        return After::Close(1000, String::new());
    }
    match data.get("type").and_then(PyValue::as_str) {
        Some("register") => register(hub, conn, tx, &data).await,
        Some("offer" | "answer") => forward(hub, tx, label, &data).await,
        Some("candidate") if hub.forward_candidates => forward(hub, tx, label, &data).await,
        _ => {
            let what = match data.get("type") {
                None => "Missing message type".to_owned(),
                Some(t) => format!("Message type {} is not relayed", t.dumps()),
            };
            silent(hub, tx, &label, &what).await;
            After::Go
        }
    }
}

/// Relay `data` to its target in the sender's room (found from the
/// `sender` field, whatever connection it came on), re-encoded as Python
/// writes it.
async fn forward(hub: &Hub, tx: &mpsc::Sender<Message>, label: &Label, data: &PyValue) -> After {
    let (Some(sender), Some(target)) = (
        data.get("sender").filter(|v| v.truthy()),
        data.get("target").filter(|v| v.truthy()),
    ) else {
        silent(hub, tx, label, "Missing sender or target").await;
        return After::Go;
    };
    if !sender.hashable() {
        hub.log
            .closed("room", label, "a sender that is a list or an object (1000)");
        return After::Close(1000, String::new());
    }
    let found = {
        let t = hub.tables();
        match t.peer_to_room.get(&sender.key()) {
            None => Err(format!("Sender {sender} is not registered in any room")),
            Some(room) => match t.live.get(room) {
                None => Err(format!("Room {room} is not in memory")),
                Some(_) if !target.hashable() => Ok(None),
                Some(peers) => match peers.get(&target.key()) {
                    Some(p) => Ok(Some(p.tx.clone())),
                    None => Err(format!("Unknown target peer: {target}")),
                },
            },
        }
    };
    let target_tx = match found {
        Ok(Some(t)) => t,
        Ok(None) => {
            hub.log
                .closed("room", label, "a target that is a list or an object (1000)");
            return After::Close(1000, String::new());
        }
        Err(reason) => {
            silent(hub, tx, sender, &reason).await;
            return After::Go;
        }
    };
    let out: Utf8Bytes = data.dumps().into();
    if hub.faults.is_empty() {
        if target_tx.send(Message::Text(out)).await.is_err() {
            silent(
                hub,
                tx,
                sender,
                &format!("Target {target} has disconnected"),
            )
            .await;
        }
        return After::Go;
    }
    let corrupt =
        |(tx, t): &(mpsc::Sender<Message>, Utf8Bytes)| (tx.clone(), corrupt_json_text(t).into());
    for delivery in hub.faults.apply((target_tx, out), corrupt) {
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
    After::Go
}

/// `register`, as server.py's `handle_register` answers it.
async fn register(hub: &Hub, conn: u64, tx: &mpsc::Sender<Message>, data: &PyValue) -> After {
    let field = |k: &str| data.get(k).filter(|v| v.truthy());
    let (Some(peer_id), Some(room_id), Some(token), Some(id_token)) = (
        field("peer_id"),
        field("room_id"),
        field("token"),
        field("id_token"),
    ) else {
        reply(tx, error_frame(wire::MISSING_FIELDS)).await;
        return After::Go;
    };
    let verified = match id_token.as_str() {
        Some(t) => hub.verifier.verify_as_jose(t).await.and_then(|c| {
            // `claims["sub"]` is read in the same `try`.
            c.get("sub")
                .map(|_| ())
                .ok_or(Rejection::MissingClaim("sub".into()))
        }),
        None => Err(Rejection::Malformed),
    };
    if let Err(r) = verified {
        hub.log.dropped(
            "room",
            &Label(conn),
            &format!("register: ID token refused: {r}"),
        );
        let frame = if hub.diagnostics {
            PyValue::Dict(vec![
                ("error".into(), "Invalid token".into()),
                ("detail".into(), r.to_string().as_str().into()),
            ])
        } else {
            PyValue::Dict(vec![("error".into(), "Invalid token".into())])
        };
        reply(tx, frame.dumps()).await;
        return After::Go;
    }
    let verdict = {
        let mut t = hub.tables();
        let record = match room_id {
            PyValue::Str(id) => t.records.get(id).map(|r| (id.clone(), r)),
            PyValue::Int(_) | PyValue::UInt(_) => None,
            // A key DynamoDB refuses: the handler's catch-all.
            _ => {
                drop(t);
                reply(tx, error_frame("DynamoDB error")).await;
                return After::Go;
            }
        };
        match record {
            None => Err(wire::ROOM_NOT_FOUND),
            Some((_, r)) if token.as_str() != Some(r.token.as_str()) => {
                Err(wire::ROOM_TOKEN_INVALID)
            }
            Some((_, r)) if now_millis() > r.expires_at * 1000 => Err(wire::ROOM_EXPIRED),
            Some(_) if !peer_id.hashable() => Err("DynamoDB error"),
            Some((id, r)) => {
                tracing::debug!(room = %id, created_by = %r.created_by, "registered");
                t.live
                    .entry(id.clone())
                    .or_default()
                    .insert(peer_id.key(), Peer { tx: tx.clone() });
                t.peer_to_room.insert(peer_id.key(), id);
                Ok(())
            }
        }
    };
    match verdict {
        Ok(()) => {
            let frame = PyValue::Dict(vec![
                ("type".into(), wire::REGISTERED.into()),
                ("room_id".into(), room_id.clone()),
                ("token".into(), token.clone()),
                ("peer_id".into(), peer_id.clone()),
            ]);
            reply(tx, frame.dumps()).await;
        }
        Err(reason) => reply(tx, error_frame(reason)).await,
    }
    After::Go
}

/// `{"type": "error", "reason": ...}` as the real server writes it.
fn error_frame(reason: &str) -> String {
    PyValue::Dict(vec![
        ("type".into(), "error".into()),
        ("reason".into(), reason.into()),
    ])
    .dumps()
}

/// The relay fed frames directly, as the fuzz targets do: one room with
/// peers `a` and `b` registered on connections 1 and 2, connection 3 not
/// registered; tokens checked by `verifier`; no sockets.
#[doc(hidden)]
pub struct FrameHarness {
    hub: Shared,
    conns: Vec<(u64, mpsc::Sender<Message>, mpsc::Receiver<Message>)>,
}

impl FrameHarness {
    pub fn new(verifier: Arc<Verifier>, diagnostics: bool) -> Self {
        let hub = Arc::new(Hub {
            room_ttl: Duration::from_secs(3600),
            max_message: MAX_MESSAGE,
            forward_candidates: true,
            ping_interval: Duration::from_secs(20),
            ping_timeout: Duration::from_secs(20),
            verifier,
            pool: None,
            tables: Mutex::new(Tables::default()),
            next_conn: AtomicU64::new(4),
            shutdown: Shutdown::default(),
            faults: FaultInjector::new(Vec::new()),
            log: Log::Off,
            diagnostics,
        });
        let conns: Vec<_> = (1..=3)
            .map(|id| {
                let (tx, rx) = mpsc::channel(OUTBOX);
                (id, tx, rx)
            })
            .collect();
        {
            let mut t = hub.tables();
            t.records.insert(
                "room1".into(),
                RoomRecord {
                    token: "token1".into(),
                    created_by: "user1".into(),
                    expires_at: now_secs() + 3600,
                },
            );
            let peers = t.live.entry("room1".into()).or_default();
            for (name, (_, tx, _)) in ["a", "b"].iter().zip(&conns) {
                peers.insert(PyValue::from(*name).key(), Peer { tx: tx.clone() });
            }
            for name in ["a", "b"] {
                t.peer_to_room
                    .insert(PyValue::from(name).key(), "room1".into());
            }
        }
        FrameHarness { hub, conns }
    }

    /// `text` from connection `conn` (modulo 3); returns how many frames
    /// the connections were sent, and whether the connection was closed.
    pub async fn feed(&mut self, conn: usize, text: &str) -> (usize, bool) {
        let n = self.conns.len();
        let (id, tx, _) = &self.conns[conn % n];
        let closed = matches!(on_frame(&self.hub, *id, tx, text).await, After::Close(..));
        let mut sent = 0;
        for (_, _, rx) in &mut self.conns {
            while rx.try_recv().is_ok() {
                sent += 1;
            }
        }
        (sent, closed)
    }
}
