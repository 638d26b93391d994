//! A WebSocket connection layer that behaves like an API Gateway WebSocket
//! API (aws.md §3): opaque connection ids, a `$connect` check that can refuse
//! the upgrade before any frame, frame and message limits closing with 1009,
//! idle and maximum-duration timers, binary frames closing with 1003, the
//! `@connections` management API, and an optional new-connection rate
//! limit. `limits: None` lifts the limits and timers (the fuzz harness).
//!
//! A backend's emulator plugs in a `Routes` implementation: its `$connect`,
//! `$default` and `$disconnect`. Routes answer through `Gateway::post`, as a
//! Lambda answers through the management API.

use async_trait::async_trait;
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::{Json, Router};
use futures_util::{FutureExt, StreamExt};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};
use tokio::sync::mpsc;

use super::Shutdown;
use super::faults::{Delivery, FaultInjector, corrupt_json_text};
use super::idp::random_string;

/// API Gateway's fixed limits and timers, all adjustable for tests.
#[derive(Debug, Clone)]
pub struct Limits {
    pub frame: usize,
    pub message: usize,
    pub idle: Duration,
    pub max_duration: Duration,
    /// New connections per second (500 under `--faithful-limits`).
    pub connect_rate: Option<u32>,
    /// `$default` invocations (1-based, over the whole API) that fail as a
    /// Lambda that throws or times out (`--lambda-error N`).
    pub failing_invocations: Vec<u64>,
}

/// `serve` options of the emulators that run behind an API Gateway
/// WebSocket API (robot, mesh `--flavour apigw`).
#[derive(Debug, Clone, clap::Args)]
#[command(next_help_heading = "API Gateway (robot, mesh --flavour apigw)")]
pub struct GatewayOptions {
    /// API Gateway: largest frame (bytes); larger closes with 1009.
    #[arg(long, value_name = "BYTES", default_value_t = 32 * 1024)]
    pub frame_limit: usize,
    /// API Gateway: largest message (bytes); larger closes with 1009.
    #[arg(long, value_name = "BYTES", default_value_t = 128 * 1024)]
    pub message_limit: usize,
    /// API Gateway: close a connection with no data frame for this long.
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "10m")]
    pub idle_timeout: Duration,
    /// API Gateway and AppSync: close every connection after this long.
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "2h")]
    pub max_duration: Duration,
    /// API Gateway: also enforce its quotas (500 new connections per second).
    #[arg(long)]
    pub faithful_limits: bool,
    /// API Gateway: the Nth message's Lambda invocation fails (counted over
    /// the whole API); its sender gets `{"message": "Internal server
    /// error", ...}` and stays connected. Repeatable.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub lambda_error: Vec<u64>,
}

impl GatewayOptions {
    /// The gateway's limits as configured.
    pub fn limits(&self) -> Limits {
        Limits {
            frame: self.frame_limit,
            message: self.message_limit,
            idle: self.idle_timeout,
            max_duration: self.max_duration,
            connect_rate: self.faithful_limits.then_some(500),
            failing_invocations: self.lambda_error.clone(),
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            frame: 32 * 1024,
            message: 128 * 1024,
            idle: Duration::from_secs(600),
            max_duration: Duration::from_secs(7200),
            connect_rate: None,
            failing_invocations: Vec::new(),
        }
    }
}

/// The close code for a frame or message over the limit.
pub const CLOSE_TOO_BIG: u16 = 1009;
/// The close code for a binary frame, which API Gateway does not take.
pub const CLOSE_UNSUPPORTED: u16 = 1003;
/// The close code when the maximum duration is reached.
pub const CLOSE_GOING_AWAY: u16 = 1001;

/// What a `$connect` route decided about the caller, kept with the connection.
#[derive(Debug, Clone, Default)]
pub struct Caller {
    /// The authenticated user (`sub`), if the route checked a token.
    pub user: Option<String>,
    pub groups: Vec<String>,
    /// When the caller's token expires (Unix seconds), if it had one.
    pub expires_at: Option<u64>,
}

/// A backend's routes.
#[async_trait]
pub trait Routes: Send + Sync + 'static {
    /// `$connect`: the query string; an error status refuses the upgrade.
    async fn connect(
        &self,
        query: &HashMap<String, String>,
    ) -> Result<Caller, (StatusCode, String)>;
    /// `$default`: one text message from `conn`.
    async fn message(&self, gw: &Arc<Gateway>, conn: &str, caller: &Caller, text: &str);
    /// `$disconnect`, after the socket closed (best effort).
    async fn disconnect(&self, gw: &Arc<Gateway>, conn: &str, caller: &Caller);
}

struct Conn {
    tx: mpsc::Sender<Message>,
    connected_at: SystemTime,
    last_active: SystemTime,
}

/// The connection table and the management API.
pub struct Gateway {
    conns: Mutex<HashMap<String, Conn>>,
    limits: Option<Limits>,
    /// The current one-second window of the rate limit: its start and count.
    rate: Mutex<Option<(Instant, u32)>>,
    /// `$default` invocations so far.
    invocations: AtomicU64,
    shutdown: Shutdown,
}

/// Posting to a connection that is gone.
#[derive(Debug, PartialEq, Eq)]
pub struct Gone;

impl Gateway {
    pub fn new(limits: Option<Limits>, shutdown: Shutdown) -> Arc<Self> {
        Arc::new(Gateway {
            conns: Mutex::new(HashMap::new()),
            limits,
            rate: Mutex::new(None),
            invocations: AtomicU64::new(0),
            shutdown,
        })
    }

    fn table(&self) -> std::sync::MutexGuard<'_, HashMap<String, Conn>> {
        self.conns.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Send `text` to connection `id` (the management API's POST).
    pub async fn post(&self, id: &str, text: String) -> Result<(), Gone> {
        let tx = self.table().get(id).map(|c| c.tx.clone()).ok_or(Gone)?;
        tx.send(Message::Text(text.into())).await.map_err(|_| Gone)
    }

    /// Post `text` to `id` through a fault plan (`--fault`): dropped,
    /// doubled, held back or corrupted as the plan says. `Err(Gone)` when a
    /// delivery made now found the connection gone.
    pub async fn post_through(
        self: &Arc<Self>,
        faults: &FaultInjector<(String, String)>,
        id: &str,
        text: String,
    ) -> Result<(), Gone> {
        let mut result = Ok(());
        for d in faults.apply((id.to_owned(), text), |(c, t)| {
            (c.clone(), corrupt_json_text(t))
        }) {
            match d {
                Delivery::Now((c, t)) => {
                    if self.post(&c, t).await.is_err() {
                        result = Err(Gone);
                    }
                }
                Delivery::After(wait, (c, t)) => {
                    let gw = self.clone();
                    tokio::spawn(async move {
                        tokio::time::sleep(wait).await;
                        let _ = gw.post(&c, t).await;
                    });
                }
            }
        }
        result
    }

    /// Close connection `id` with a code (the management API's DELETE).
    pub async fn close(&self, id: &str, code: u16, reason: &str) -> Result<(), Gone> {
        let tx = self.table().get(id).map(|c| c.tx.clone()).ok_or(Gone)?;
        let frame = CloseFrame {
            code,
            reason: reason.to_owned().into(),
        };
        tx.send(Message::Close(Some(frame))).await.map_err(|_| Gone)
    }

    /// Run `$default` for one message. A failing invocation (configured, or
    /// a route that panics) gets API Gateway's `Internal server error` frame
    /// and the connection stays open.
    async fn invoke<R: Routes>(
        self: &Arc<Self>,
        routes: &R,
        conn: &str,
        caller: &Caller,
        text: &str,
    ) {
        let n = self.invocations.fetch_add(1, Ordering::Relaxed) + 1;
        let configured = self
            .limits
            .as_ref()
            .is_some_and(|l| l.failing_invocations.contains(&n));
        let failed = configured
            || AssertUnwindSafe(routes.message(self, conn, caller, text))
                .catch_unwind()
                .await
                .is_err();
        if failed {
            self.internal_server_error(conn).await;
        }
    }

    /// What API Gateway sends the sender of a message whose Lambda threw,
    /// with the spacing it is reported with.
    pub async fn internal_server_error(&self, conn: &str) {
        let frame = format!(
            r#"{{"message": "Internal server error", "connectionId":{}, "requestId":{}}}"#,
            Value::from(conn),
            Value::from(uuid::Uuid::new_v4().to_string()),
        );
        let _ = self.post(conn, frame).await;
    }

    /// A new connection is allowed under the rate limit.
    fn admit(&self) -> bool {
        let Some(per_second) = self.limits.as_ref().and_then(|l| l.connect_rate) else {
            return true;
        };
        let mut r = self.rate.lock().unwrap_or_else(|p| p.into_inner());
        // A window opens with the first connection after the last one closed.
        let window = match *r {
            Some((start, n)) if start.elapsed() < Duration::from_secs(1) => (start, n + 1),
            _ => (Instant::now(), 1),
        };
        *r = Some(window);
        window.1 <= per_second
    }

    /// The router: the WebSocket at `/` and `/{stage}`, and (with limits)
    /// `@connections/{id}` on the same listener.
    pub fn router<R: Routes>(self: &Arc<Self>, routes: Arc<R>) -> Router {
        let state = (self.clone(), routes);
        let mut router = Router::new()
            .route("/", any(upgrade::<R>))
            .route("/{stage}", any(upgrade_stage::<R>));
        if self.limits.is_some() {
            router = router
                .route(
                    "/@connections/{id}",
                    get(conn_get::<R>)
                        .post(conn_post::<R>)
                        .delete(conn_delete::<R>),
                )
                .route(
                    "/{stage}/@connections/{id}",
                    get(conn_get_stage::<R>)
                        .post(conn_post_stage::<R>)
                        .delete(conn_delete_stage::<R>),
                );
        }
        router.with_state(state)
    }
}

type St<R> = State<(Arc<Gateway>, Arc<R>)>;

fn gone() -> Response {
    (StatusCode::GONE, Json(json!({"message": "GoneException"}))).into_response()
}

async fn conn_get<R: Routes>(State((gw, _)): St<R>, Path(id): Path<String>) -> Response {
    let t = gw.table();
    let Some(c) = t.get(&id) else { return gone() };
    let iso = |t: SystemTime| humantime::format_rfc3339_millis(t).to_string();
    Json(json!({"ConnectedAt": iso(c.connected_at), "LastActiveAt": iso(c.last_active), "Identity": {"SourceIp": "127.0.0.1"}})).into_response()
}

async fn conn_post<R: Routes>(
    State((gw, _)): St<R>,
    Path(id): Path<String>,
    body: String,
) -> Response {
    match gw.post(&id, body).await {
        Ok(()) => StatusCode::OK.into_response(),
        Err(Gone) => gone(),
    }
}

async fn conn_delete<R: Routes>(State((gw, _)): St<R>, Path(id): Path<String>) -> Response {
    match gw.close(&id, 1000, "").await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(Gone) => gone(),
    }
}

async fn conn_get_stage<R: Routes>(s: St<R>, Path((_, id)): Path<(String, String)>) -> Response {
    conn_get(s, Path(id)).await
}

async fn conn_post_stage<R: Routes>(
    s: St<R>,
    Path((_, id)): Path<(String, String)>,
    body: String,
) -> Response {
    conn_post(s, Path(id), body).await
}

async fn conn_delete_stage<R: Routes>(s: St<R>, Path((_, id)): Path<(String, String)>) -> Response {
    conn_delete(s, Path(id)).await
}

async fn upgrade_stage<R: Routes>(
    s: St<R>,
    Path(_stage): Path<String>,
    q: Query<HashMap<String, String>>,
    ws: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    upgrade(s, q, ws).await
}

async fn upgrade<R: Routes>(
    State((gw, routes)): St<R>,
    Query(query): Query<HashMap<String, String>>,
    ws: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    let Ok(ws) = ws else {
        return (StatusCode::BAD_REQUEST, "expected a WebSocket upgrade").into_response();
    };
    if !gw.admit() {
        return (
            StatusCode::TOO_MANY_REQUESTS,
            Json(json!({"message": "Limit Exceeded"})),
        )
            .into_response();
    }
    // `$connect` runs during the upgrade: a refusal is an HTTP status, no frames.
    let caller = match routes.connect(&query).await {
        Ok(c) => c,
        Err((status, body)) => return (status, Json(json!({"message": body}))).into_response(),
    };
    let ws = match &gw.limits {
        // Over either limit the read fails and the layer closes with 1009.
        Some(l) => ws.max_frame_size(l.frame).max_message_size(l.message),
        None => ws,
    };
    ws.on_upgrade(move |socket| connection(gw, routes, caller, socket))
}

/// A 16-character id like API Gateway's (`R0oXAdfD0kwCH6w=`).
fn connection_id() -> String {
    random_string(
        15,
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
    ) + "="
}

async fn connection<R: Routes>(
    gw: Arc<Gateway>,
    routes: Arc<R>,
    caller: Caller,
    socket: WebSocket,
) {
    let id = connection_id();
    let (sink, mut stream) = socket.split();
    let (tx, rx) = mpsc::channel::<Message>(256);
    let now = SystemTime::now();
    gw.table().insert(
        id.clone(),
        Conn {
            tx: tx.clone(),
            connected_at: now,
            last_active: now,
        },
    );
    let writer = super::spawn_writer(sink, rx);
    let limits = gw.limits.clone();
    let started = Instant::now();
    let far = Duration::from_secs(100 * 365 * 24 * 3600);
    let (idle, max_duration) = limits
        .as_ref()
        .map(|l| (l.idle, l.max_duration))
        .unwrap_or((far, far));
    let mut last_frame = Instant::now();
    let close = |code: u16, reason: &str| {
        Message::Close(Some(CloseFrame {
            code,
            reason: reason.to_owned().into(),
        }))
    };
    loop {
        let idle_at = last_frame + idle;
        let end_at = started + max_duration;
        let msg = tokio::select! {
            _ = gw.shutdown.wait() => break,
            _ = tokio::time::sleep_until(idle_at.into()) => {
                let _ = tx.send(close(CLOSE_GOING_AWAY, "Idle timeout")).await;
                break;
            }
            _ = tokio::time::sleep_until(end_at.into()) => {
                let _ = tx.send(close(CLOSE_GOING_AWAY, "Going away")).await;
                break;
            }
            msg = stream.next() => msg,
        };
        match msg {
            Some(Ok(Message::Text(text))) => {
                last_frame = Instant::now();
                if let Some(l) = &limits
                    && text.len() > l.message
                {
                    let _ = tx.send(close(CLOSE_TOO_BIG, "Message too big")).await;
                    break;
                }
                if let Some(c) = gw.table().get_mut(&id) {
                    c.last_active = SystemTime::now();
                }
                gw.invoke(&*routes, &id, &caller, text.as_str()).await;
            }
            // "If a client app sends a binary frame, API Gateway rejects it
            // and disconnects the client with code 1003" (its guide).
            Some(Ok(Message::Binary(_))) => {
                let _ = tx.send(close(CLOSE_UNSUPPORTED, "")).await;
                break;
            }
            Some(Ok(Message::Close(_))) | None => break,
            Some(Err(e)) => {
                // Over the frame or message size: API Gateway closes with 1009.
                if limits.is_some() && e.to_string().to_ascii_lowercase().contains("too long") {
                    let _ = tx.send(close(CLOSE_TOO_BIG, "Message too big")).await;
                }
                break;
            }
            Some(Ok(_)) => {}
        }
    }
    gw.table().remove(&id);
    drop(tx);
    routes.disconnect(&gw, &id, &caller).await;
    let _ = tokio::time::timeout(Duration::from_secs(5), writer).await;
}

/// A backend's `$default` route fed frames directly, as the fuzz targets
/// do: no sockets, and a panic is not caught (the gateway would turn it
/// into `Internal server error`; a fuzzer must see it).
#[doc(hidden)]
pub struct RouteHarness<R: Routes> {
    gw: Arc<Gateway>,
    routes: Arc<R>,
    conns: Vec<(String, Caller, mpsc::Receiver<Message>)>,
}

impl<R: Routes> RouteHarness<R> {
    /// One open connection per caller.
    pub fn new(routes: Arc<R>, callers: Vec<Caller>) -> Self {
        let gw = Gateway::new(None, Shutdown::default());
        let mut conns = Vec::new();
        for (i, caller) in callers.into_iter().enumerate() {
            let (tx, rx) = mpsc::channel(1024);
            let id = format!("conn{i}=");
            let now = SystemTime::now();
            gw.table().insert(
                id.clone(),
                Conn {
                    tx,
                    connected_at: now,
                    last_active: now,
                },
            );
            conns.push((id, caller, rx));
        }
        RouteHarness { gw, routes, conns }
    }

    /// `text` from connection `conn` (modulo their number); returns how
    /// many frames the connections were sent.
    pub async fn feed(&mut self, conn: usize, text: &str) -> usize {
        let (id, caller, _) = &self.conns[conn % self.conns.len()];
        self.routes.message(&self.gw, id, caller, text).await;
        let mut sent = 0;
        for (_, _, rx) in &mut self.conns {
            while rx.try_recv().is_ok() {
                sent += 1;
            }
        }
        sent
    }

    /// Connection `conn` goes away (`$disconnect`).
    pub async fn disconnect(&mut self, conn: usize) {
        let (id, caller, _) = &self.conns[conn % self.conns.len()];
        self.routes.disconnect(&self.gw, id, caller).await;
    }
}
