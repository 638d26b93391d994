//! The AppSync Events emulator (WebSocket side): `connection_init` /
//! `connection_ack`, `ka`, subscriptions with wildcards, publish with
//! per-event outcomes, one `data` frame per event, every AppSync auth mode
//! (per namespace), the optional own-channel `onSubscribe` rule, and the
//! error frames of aws.md §1.10. TLS and plain HTTP share its port.

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::http::HeaderMap;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{any, post};
use futures_util::StreamExt;
use serde_json::{Map, Value, json};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::mpsc;

use super::wire::{self, Channel};
use crate::backend::appsync::check::{Caller, ServerAuth};
use crate::backend::appsync::emulated;
use crate::backend::appsync::options::AppsyncOptions;
use crate::backend::appsync::{After, Mode};
use crate::emulator::{EmulatorConfig, RunningEmulator, Shutdown};
use crate::error::{Error, Result};

const UNAUTHORIZED: &str = "UnauthorizedException";
const NOT_AUTHORIZED: &str = "You are not authorized to make this call.";
const BAD_REQUEST: &str = "BadRequestException";
/// [emu] name: no AWS text names the subscription-cap error.
const LIMIT: &str = "LimitExceededException";

#[derive(Default)]
struct Tables {
    conns: HashMap<u64, mpsc::Sender<Message>>,
    /// Exact channel → (connection, subscription id).
    exact: HashMap<String, Vec<(u64, String)>>,
    /// Wildcard subscriptions.
    wild: Vec<(Channel, u64, String)>,
}

struct Hub {
    auth: ServerAuth,
    /// Connection auth modes, and the default of operations.
    modes: Vec<Mode>,
    /// Namespace → the auth modes of its operations.
    namespaces: Vec<(String, Vec<Mode>)>,
    /// Namespaces where a user subscribes only to `/<ns>/<its sub>...`.
    own_channel: Vec<String>,
    ka: Duration,
    /// `connectionTimeoutMs` of `connection_ack`.
    connection_timeout_ms: u64,
    /// Connections are closed after this long (`--max-duration`).
    max_duration: Duration,
    tables: Mutex<Tables>,
    next_conn: AtomicU64,
    shutdown: Shutdown,
}

impl Hub {
    fn tables(&self) -> std::sync::MutexGuard<'_, Tables> {
        self.tables.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether `auth` passes one of `modes` for an operation whose signed
    /// body is `body`; refusals are logged with their reason.
    async fn authorized(&self, modes: &[Mode], auth: Option<&Value>, body: &str) -> Option<Caller> {
        self.auth
            .allows("appsync-events", modes, auth, "/event", body)
            .await
    }

    /// The channel and the auth modes of its namespace.
    fn channel(
        &self,
        path: Option<&str>,
        wildcard: bool,
    ) -> std::result::Result<(Channel, &[Mode]), &'static str> {
        let c = Channel::parse(path.ok_or("Invalid Channel Format")?, wildcard)?;
        match self.namespaces.iter().find(|(n, _)| n == c.namespace()) {
            Some((_, modes)) => Ok((c, modes)),
            None => Err("Namespace not found"),
        }
    }

    /// Every subscription an event on `path` reaches.
    fn targets(&self, path: &str) -> Vec<(mpsc::Sender<Message>, String)> {
        let t = self.tables();
        let exact = t.exact.get(path).into_iter().flatten();
        let wild = t
            .wild
            .iter()
            .filter(|(c, _, _)| c.matches(path))
            .map(|(_, conn, id)| (conn, id));
        exact
            .map(|(conn, id)| (conn, id))
            .chain(wild)
            .filter_map(|(conn, id)| t.conns.get(conn).map(|tx| (tx.clone(), id.clone())))
            .collect()
    }

    fn forget(&self, conn: u64) {
        let mut t = self.tables();
        t.conns.remove(&conn);
        t.exact.retain(|_, subs| {
            subs.retain(|(c, _)| *c != conn);
            !subs.is_empty()
        });
        t.wild.retain(|(_, c, _)| *c != conn);
    }
}

/// One connection's state.
struct Conn {
    id: u64,
    initialised: bool,
    /// Subscription id → channel.
    subs: HashMap<String, Channel>,
}

async fn upgrade(
    State(hub): State<Arc<Hub>>,
    headers: HeaderMap,
    ws: WebSocketUpgrade,
) -> Response {
    let auth = crate::backend::appsync::upgrade_auth(&headers);
    // Only the protocol's name is selected; the `header-...` entry carries
    // credentials and is never echoed.
    ws.protocols([wire::SUBPROTOCOL])
        .on_upgrade(move |socket| connection(hub, socket, auth))
}

async fn connection(hub: Arc<Hub>, socket: WebSocket, auth: Option<Value>) {
    // IAM signs `{}` for the connection.
    let authorized = hub
        .authorized(&hub.modes, auth.as_ref(), "{}")
        .await
        .is_some();
    let (sink, mut stream) = socket.split();
    let (tx, rx) = mpsc::channel::<Message>(1024);
    let id = hub.next_conn.fetch_add(1, Ordering::Relaxed);
    hub.tables().conns.insert(id, tx.clone());
    let writer = crate::emulator::spawn_writer(sink, rx);
    let mut conn = Conn {
        id,
        initialised: false,
        subs: HashMap::new(),
    };
    let mut ka = tokio::time::interval(hub.ka);
    ka.tick().await;
    let end = tokio::time::Instant::now() + hub.max_duration;
    let mut replies = Vec::new();
    loop {
        let msg = tokio::select! {
            _ = hub.shutdown.wait() => break,
            _ = tokio::time::sleep_until(end) => {
                let _ = tx.send(Message::Close(None)).await;
                break;
            }
            _ = ka.tick(), if conn.initialised => {
                let _ = tx.send(Message::Text(json!({"type": "ka"}).to_string().into())).await;
                continue;
            }
            m = stream.next() => m,
        };
        let text = match msg {
            Some(Ok(Message::Text(t))) => t,
            Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
            Some(Ok(_)) => continue,
        };
        let after = on_frame(&hub, &mut conn, authorized, &text, &mut replies).await;
        for r in replies.drain(..) {
            let _ = tx.send(Message::Text(r.into())).await;
        }
        match after {
            After::Go => {}
            After::Acked => ka.reset(),
            After::Close => {
                let _ = tx.send(Message::Close(None)).await;
                break;
            }
        }
    }
    hub.forget(conn.id);
    drop(tx);
    let _ = tokio::time::timeout(Duration::from_secs(5), writer).await;
}

/// One frame of a connection (`authorized`: its upgrade's credentials
/// passed): the frames to answer with go to `replies`.
async fn on_frame(
    hub: &Hub,
    conn: &mut Conn,
    authorized: bool,
    text: &str,
    replies: &mut Vec<String>,
) -> After {
    let Some(frame) = serde_json::from_str::<Value>(text)
        .ok()
        .filter(Value::is_object)
    else {
        replies.push(wire::error_frame(
            "error",
            None,
            BAD_REQUEST,
            "Invalid JSON",
        ));
        return After::Go;
    };
    let kind = frame["type"].as_str().unwrap_or_default();
    if kind == "connection_init" {
        if !authorized {
            let err = json!({"type": "connection_error", "errors": [wire::error_object(UNAUTHORIZED, NOT_AUTHORIZED)]});
            replies.push(err.to_string());
            return After::Close;
        }
        conn.initialised = true;
        replies.push(
            json!({"type": "connection_ack", "connectionTimeoutMs": hub.connection_timeout_ms})
                .to_string(),
        );
        // The first `ka` right away: the Amplify client checks its
        // keep-alive every 5 s from an old timestamp after a reconnect.
        replies.push(json!({"type": "ka"}).to_string());
        return After::Acked;
    }
    if !conn.initialised {
        replies.push(wire::error_frame(
            "error",
            frame["id"].as_str(),
            BAD_REQUEST,
            "connection_init must come first",
        ));
        return After::Go;
    }
    let reply = match kind {
        "subscribe" => subscribe(hub, conn, &frame).await,
        "unsubscribe" => unsubscribe(hub, conn, &frame),
        "publish" => publish(hub, &frame).await,
        _ => wire::error_frame(
            "error",
            frame["id"].as_str(),
            BAD_REQUEST,
            "Unknown message type",
        ),
    };
    replies.push(reply);
    After::Go
}

/// The frame's `id`, or the `*_error` frame saying it is missing.
fn frame_id<'a>(frame: &'a Value, op: &str) -> std::result::Result<&'a str, String> {
    frame["id"]
        .as_str()
        .filter(|s| !s.is_empty() && s.len() <= 128)
        .ok_or_else(|| {
            wire::error_frame(&format!("{op}_error"), None, BAD_REQUEST, "id is required")
        })
}

async fn subscribe(hub: &Hub, conn: &mut Conn, frame: &Value) -> String {
    let id = match frame_id(frame, "subscribe") {
        Ok(id) => id.to_owned(),
        Err(e) => return e,
    };
    let fail = |kind: &str, msg: &str| wire::error_frame("subscribe_error", Some(&id), kind, msg);
    if conn.subs.contains_key(&id) {
        return fail(BAD_REQUEST, "Duplicate subscription id");
    }
    let (channel, modes) = match hub.channel(frame["channel"].as_str(), true) {
        Ok(c) => c,
        Err(m) => return fail(BAD_REQUEST, m),
    };
    let body = json!({"channel": frame["channel"]}).to_string();
    let Some(caller) = hub
        .authorized(modes, frame.get("authorization"), &body)
        .await
    else {
        return fail(UNAUTHORIZED, NOT_AUTHORIZED);
    };
    if hub.own_channel.iter().any(|n| n == channel.namespace()) {
        // The onSubscribe rule: the second segment is the caller's `sub`.
        let second = channel.path.split('/').nth(2);
        let own = caller.sub.as_deref().is_some_and(|s| Some(s) == second);
        if !own {
            return fail(UNAUTHORIZED, NOT_AUTHORIZED);
        }
    }
    if conn.subs.len() >= wire::MAX_SUBSCRIPTIONS {
        return fail(LIMIT, "Too many subscriptions on this connection");
    }
    {
        let mut t = hub.tables();
        if channel.wildcard {
            t.wild.push((channel.clone(), conn.id, id.clone()));
        } else {
            t.exact
                .entry(channel.path.clone())
                .or_default()
                .push((conn.id, id.clone()));
        }
    }
    conn.subs.insert(id.clone(), channel);
    json!({"type": "subscribe_success", "id": id}).to_string()
}

fn unsubscribe(hub: &Hub, conn: &mut Conn, frame: &Value) -> String {
    let id = match frame_id(frame, "unsubscribe") {
        Ok(id) => id.to_owned(),
        Err(e) => return e,
    };
    let Some(channel) = conn.subs.remove(&id) else {
        return wire::error_frame(
            "unsubscribe_error",
            Some(&id),
            BAD_REQUEST,
            "Unknown subscription id",
        );
    };
    let mut t = hub.tables();
    if channel.wildcard {
        t.wild.retain(|(_, c, s)| !(*c == conn.id && *s == id));
    } else if let Some(subs) = t.exact.get_mut(&channel.path) {
        subs.retain(|(c, s)| !(*c == conn.id && *s == id));
    }
    json!({"type": "unsubscribe_success", "id": id}).to_string()
}

async fn publish(hub: &Hub, frame: &Value) -> String {
    let id = match frame_id(frame, "publish") {
        Ok(id) => id.to_owned(),
        Err(e) => return e,
    };
    let body = json!({"channel": frame["channel"], "events": frame["events"]}).to_string();
    match deliver(
        hub,
        frame["channel"].as_str(),
        &frame["events"],
        frame.get("authorization"),
        &body,
    )
    .await
    {
        Ok(mut outcome) => {
            outcome["type"] = "publish_success".into();
            outcome["id"] = id.into();
            outcome.to_string()
        }
        Err((kind, msg)) => wire::error_frame("publish_error", Some(&id), kind, msg),
    }
}

/// Check and deliver one publish (WebSocket or HTTP): the per-event
/// `successful` / `failed` outcome, or the error of the whole publish.
async fn deliver(
    hub: &Hub,
    channel: Option<&str>,
    events: &Value,
    auth: Option<&Value>,
    body: &str,
) -> std::result::Result<Value, (&'static str, &'static str)> {
    let (channel, modes) = hub.channel(channel, false).map_err(|m| (BAD_REQUEST, m))?;
    let events = match events.as_array() {
        Some(e) if (1..=wire::MAX_EVENTS).contains(&e.len()) => e,
        _ => return Err((BAD_REQUEST, "A publish carries 1 to 5 events")),
    };
    // Every element is a string holding JSON.
    let mut texts = Vec::with_capacity(events.len());
    for e in events {
        match e.as_str() {
            Some(s) if serde_json::from_str::<Value>(s).is_ok() => texts.push(s.to_owned()),
            _ => return Err((BAD_REQUEST, "Each event must be a string holding JSON")),
        }
    }
    if hub.authorized(modes, auth, body).await.is_none() {
        return Err((UNAUTHORIZED, NOT_AUTHORIZED));
    }
    let targets = hub.targets(&channel.path);
    let mut successful = Vec::new();
    let mut failed = Vec::new();
    for (index, text) in texts.into_iter().enumerate() {
        let identifier = uuid::Uuid::new_v4().to_string();
        if text.len() > wire::MAX_EVENT_BYTES {
            failed.push(json!({"identifier": identifier, "index": index, "errorCode": 400, "errorMessage": "Event exceeds 240 KB"}));
            continue;
        }
        for (tx, sub) in &targets {
            let data = json!({"type": "data", "id": sub, "event": text});
            let _ = tx.send(Message::Text(data.to_string().into())).await;
        }
        successful.push(json!({"identifier": identifier, "index": index}));
    }
    Ok(json!({"successful": successful, "failed": failed}))
}

/// `POST /event`: the same publish with real headers.
async fn http_publish(State(hub): State<Arc<Hub>>, headers: HeaderMap, raw: String) -> Response {
    // Every header: IAM signs some of them.
    let mut auth = Map::new();
    for (k, v) in &headers {
        if let Ok(v) = v.to_str() {
            auth.insert(k.as_str().to_owned(), v.into());
        }
    }
    let reply = |status: StatusCode, v: Value| (status, Json(v)).into_response();
    // AWS services name the error in a header too; the JavaScript client
    // reads it from there.
    let refuse = |status: StatusCode, kind: &str, msg: &str| {
        let mut r = reply(status, json!({"errors": [wire::error_object(kind, msg)]}));
        if let Ok(v) = axum::http::HeaderValue::from_str(kind) {
            r.headers_mut().insert("x-amzn-errortype", v);
        }
        r
    };
    let Some(body) = serde_json::from_str::<Value>(&raw)
        .ok()
        .filter(Value::is_object)
    else {
        return refuse(StatusCode::BAD_REQUEST, BAD_REQUEST, "Invalid JSON");
    };
    match deliver(
        &hub,
        body["channel"].as_str(),
        &body["events"],
        Some(&Value::Object(auth)),
        &raw,
    )
    .await
    {
        Ok(outcome) => reply(StatusCode::OK, outcome),
        Err((kind, msg)) => {
            let status = if kind == UNAUTHORIZED {
                StatusCode::UNAUTHORIZED
            } else {
                StatusCode::BAD_REQUEST
            };
            refuse(status, kind, msg)
        }
    }
}

/// `NAME` or `NAME=MODE,...`: a namespace and the auth modes of its
/// operations (default: the API's).
fn namespace(spec: &str, default: &[Mode]) -> Result<(String, Vec<Mode>)> {
    let (name, modes) = match spec.split_once('=') {
        Some((n, m)) => (
            n,
            m.split(',')
                .map(|m| Mode::parse(m.trim()).map_err(Error::usage))
                .collect::<Result<Vec<_>>>()?,
        ),
        None => (spec, default.to_vec()),
    };
    Channel::parse(name, false)
        .ok()
        .filter(|c| c.path[1..] == *name)
        .ok_or_else(|| Error::usage(format!("--namespace '{name}': not a valid namespace name")))?;
    Ok((name.to_owned(), modes))
}

/// `serve appsync-events` options.
#[derive(Debug, Clone, clap::Args)]
#[command(next_help_heading = "AppSync Events")]
pub struct EventsOptions {
    /// AppSync Events: a channel namespace, optionally with its own auth
    /// modes for publish and subscribe (`secure=iam,cognito`). Repeatable;
    /// default calls, chats, users.
    #[arg(long = "namespace", value_name = "NAME[=MODE,...]")]
    pub namespaces: Vec<String>,
    /// AppSync Events: in this namespace a user may subscribe only to
    /// channels whose second segment is its own `sub` (repeatable).
    #[arg(long = "own-channel", value_name = "NAMESPACE")]
    pub own_channel: Vec<String>,
    #[command(flatten)]
    pub api: AppsyncOptions,
}

/// The namespaces of an Event API nobody configured.
const DEFAULT_NAMESPACES: [&str; 3] = ["calls", "chats", "users"];

/// Start the AppSync Events emulator per `cfg` and `opts`.
pub async fn start(cfg: EmulatorConfig, opts: EventsOptions) -> Result<RunningEmulator> {
    let api = opts.api.settings()?;
    let names: Vec<String> = if opts.namespaces.is_empty() {
        DEFAULT_NAMESPACES.map(String::from).to_vec()
    } else {
        opts.namespaces.clone()
    };
    let namespaces = names
        .iter()
        .map(|n| namespace(n, &api.modes))
        .collect::<Result<Vec<_>>>()?;
    for n in &opts.own_channel {
        if !namespaces.iter().any(|(name, _)| name == n) {
            return Err(Error::usage(format!(
                "--own-channel {n}: no such namespace"
            )));
        }
    }
    let (prepared, auth) = emulated::prepare(&cfg, &api, 8090).await?;
    let hub = Arc::new(Hub {
        auth,
        modes: api.modes.clone(),
        namespaces: namespaces.clone(),
        own_channel: opts.own_channel.clone(),
        ka: api.ka,
        connection_timeout_ms: api.connection_timeout.as_millis() as u64,
        max_duration: api.max_duration,
        tables: Mutex::new(Tables::default()),
        next_conn: AtomicU64::new(1),
        shutdown: prepared.shutdown.clone(),
    });
    let router = Router::new()
        .route(wire::REALTIME_PATH, any(upgrade))
        .route("/event", post(http_publish))
        .with_state(hub);
    let mut running = prepared.serve(&cfg, &api, "appsync-events", router, wire::REALTIME_PATH)?;
    let ns: Map<String, Value> = namespaces
        .iter()
        .map(|(n, modes)| {
            let modes: Vec<&str> = modes.iter().map(|m| m.short()).collect();
            (n.clone(), modes.into())
        })
        .collect();
    running.info.insert("namespaces".into(), ns.into());
    Ok(running)
}

/// The connection loop's frame handling fed directly, for the fuzz target:
/// two connections (the first with credentials that pass the upgrade, the
/// second without) on an API with every namespace's default modes (API
/// key `da2-fuzz`, Cognito tokens of `verifier`), no sockets.
#[doc(hidden)]
pub struct FrameHarness {
    hub: Arc<Hub>,
    conns: Vec<(Conn, bool, mpsc::Receiver<Message>)>,
}

impl FrameHarness {
    pub fn new(verifier: Arc<crate::emulator::idp::Verifier>) -> FrameHarness {
        let modes = vec![Mode::ApiKey, Mode::Cognito];
        let hub = Arc::new(Hub {
            auth: ServerAuth {
                api_keys: vec!["da2-fuzz".into()],
                verifier,
                iam_keys: HashMap::new(),
                lambda_tokens: Vec::new(),
            },
            modes: modes.clone(),
            namespaces: DEFAULT_NAMESPACES
                .iter()
                .map(|n| (n.to_string(), modes.clone()))
                .collect(),
            own_channel: Vec::new(),
            ka: Duration::from_secs(60),
            connection_timeout_ms: 300_000,
            max_duration: Duration::from_secs(7200),
            tables: Mutex::new(Tables::default()),
            next_conn: AtomicU64::new(1),
            shutdown: Shutdown::default(),
        });
        let conns = [true, false]
            .into_iter()
            .map(|authorized| {
                // Room for every delivery of one publish (5 events to 200
                // subscriptions), drained after each frame.
                let (tx, rx) = mpsc::channel(2048);
                let id = hub.next_conn.fetch_add(1, Ordering::Relaxed);
                hub.tables().conns.insert(id, tx);
                let conn = Conn {
                    id,
                    initialised: false,
                    subs: HashMap::new(),
                };
                (conn, authorized, rx)
            })
            .collect();
        FrameHarness { hub, conns }
    }

    /// `text` from connection `conn` (modulo two): how many frames were
    /// sent, and whether the connection would close.
    pub async fn feed(&mut self, conn: usize, text: &str) -> (usize, bool) {
        let i = conn % self.conns.len();
        let (c, authorized, _) = &mut self.conns[i];
        let mut replies = Vec::new();
        let after = on_frame(&self.hub, c, *authorized, text, &mut replies).await;
        let mut sent = replies.len();
        for (_, _, rx) in &mut self.conns {
            while rx.try_recv().is_ok() {
                sent += 1;
            }
        }
        (sent, after == After::Close)
    }
}
