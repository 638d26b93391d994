//! The AppSync GraphQL emulator: `POST /graphql` for the `Signal` schema and
//! the real-time endpoint (`graphql-ws`) with AppSync's filtering rule,
//! every AppSync auth mode, `ka`, 100 subscriptions per connection, the
//! 240 KB payload limit and an `error` frame for every bad input. TLS and
//! plain HTTP share its port.

use axum::Router;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use futures_util::StreamExt;
use serde_json::{Map, Value, json};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::mpsc;

use super::schema::{self, Kind, Operation, Schema};
use super::wire;
use crate::backend::appsync::check::{Caller, ServerAuth};
use crate::backend::appsync::emulated;
use crate::backend::appsync::options::AppsyncOptions;
use crate::backend::appsync::upgrade_auth;
use crate::backend::appsync::{After, Mode};
use crate::emulator::{EmulatorConfig, RunningEmulator, Shutdown};
use crate::error::{Error, Result};

const UNAUTHORIZED: &str = "UnauthorizedException";
const NOT_AUTHORIZED: &str = "You are not authorized to make this call.";
const BAD_REQUEST: &str = "BadRequestException";
/// [emu] names: no AWS text we could read names these errors.
const LIMIT: &str = "LimitExceededException";
const UNKNOWN_OPERATION: &str = "UnknownOperationError";
/// Reported on AWS re:Post for a second start with a live id.
const DUPLICATE: &str = "DuplicatedOperationError";

/// A live subscription.
struct Sub {
    conn: u64,
    id: String,
    op: Arc<Operation>,
}

#[derive(Default)]
struct Tables {
    conns: HashMap<u64, mpsc::Sender<Message>>,
    /// Subscriptions by their field and the value of their `to` argument
    /// (`null` when they have none).
    by_to: HashMap<(String, Value), Vec<Sub>>,
}

struct Hub {
    schema: Schema,
    auth: ServerAuth,
    modes: Vec<Mode>,
    ka: Duration,
    /// `connectionTimeoutMs` of `connection_ack`.
    connection_timeout_ms: u64,
    max_duration: Duration,
    tables: Mutex<Tables>,
    next_conn: AtomicU64,
    shutdown: Shutdown,
}

impl Hub {
    fn tables(&self) -> std::sync::MutexGuard<'_, Tables> {
        self.tables.lock().unwrap_or_else(|p| p.into_inner())
    }

    async fn authorized(&self, auth: Option<&Value>, path: &str, body: &str) -> Option<Caller> {
        self.auth
            .allows("appsync-graphql", &self.modes, auth, path, body)
            .await
    }

    /// Deliver a mutation's result to every matching subscription of the
    /// subscription fields that follow it.
    async fn publish(&self, mutation: &Operation, result: &Map<String, Value>) {
        let to = result.get("to").cloned().unwrap_or(Value::Null);
        let targets: Vec<(mpsc::Sender<Message>, String, Arc<Operation>)> = {
            let t = self.tables();
            let fields = self.schema.subscription_fields_following(&mutation.field);
            fields
                .iter()
                .flat_map(|f| {
                    // Subscriptions to this `to`, and those without one.
                    let exact = t.by_to.get(&(f.clone(), to.clone()));
                    let open = (!to.is_null())
                        .then(|| t.by_to.get(&(f.clone(), Value::Null)))
                        .flatten();
                    exact.into_iter().chain(open).flatten()
                })
                .filter(|s| schema::matches(&s.op, mutation, result))
                .filter_map(|s| {
                    t.conns
                        .get(&s.conn)
                        .map(|tx| (tx.clone(), s.id.clone(), s.op.clone()))
                })
                .collect()
        };
        for (tx, id, op) in targets {
            let data = schema::project(result, &op.type_name, &op.selection, &mutation.selection);
            let payload = json!({"data": {op.key.clone(): data}});
            let text = json!({"type": "data", "id": id, "payload": payload}).to_string();
            if text.len() > wire::MAX_PAYLOAD_BYTES {
                // AppSync drops it (an InboundMessageError in its metrics).
                tracing::debug!("appsync-graphql: payload of {} bytes dropped", text.len());
                continue;
            }
            let _ = tx.send(Message::Text(text.into())).await;
        }
    }

    /// Drop a closed connection and its subscriptions.
    fn forget(&self, conn: &Conn) {
        let mut t = self.tables();
        t.conns.remove(&conn.id);
        for key in conn.subs.values() {
            if let Some(subs) = t.by_to.get_mut(key) {
                subs.retain(|s| s.conn != conn.id);
                if subs.is_empty() {
                    t.by_to.remove(key);
                }
            }
        }
    }
}

/// The caller as the resolver names it in `from`.
fn from_of(caller: &Caller) -> String {
    caller
        .sub
        .clone()
        .unwrap_or_else(|| caller.mode.short().to_owned())
}

fn gql_error(e: &schema::GqlError) -> Value {
    wire::error_object(e.kind, &e.message)
}

/// Run one operation from HTTP: `(status, body)`.
async fn execute(hub: &Hub, caller: &Caller, body: &Value) -> (StatusCode, Value) {
    let Some(query) = body["query"].as_str() else {
        return (
            StatusCode::BAD_REQUEST,
            json!({"errors": [wire::error_object("MalformedHttpRequestException", "the body has no query")]}),
        );
    };
    let op = match hub
        .schema
        .operation(query, &body["variables"], body["operationName"].as_str())
    {
        Ok(op) => op,
        Err(e) => {
            return (
                StatusCode::OK,
                json!({"data": null, "errors": [gql_error(&e)]}),
            );
        }
    };
    let value = match (op.kind, op.field.as_str()) {
        (_, "__typename") => Value::from(op.type_name.clone()),
        (Kind::Query, _) => Value::Null,
        (Kind::Mutation, _) => {
            let result = schema::resolve_mutation(&op, &from_of(caller));
            hub.publish(&op, &result).await;
            schema::project(&result, &op.type_name, &op.selection, &op.selection)
        }
        (Kind::Subscription, _) => {
            return (
                StatusCode::OK,
                json!({"data": null, "errors": [wire::error_object(BAD_REQUEST, "subscriptions run over the real-time endpoint")]}),
            );
        }
    };
    (StatusCode::OK, json!({"data": {op.key: value}}))
}

/// `POST /graphql`.
async fn http(State(hub): State<Arc<Hub>>, headers: HeaderMap, raw: String) -> Response {
    let mut auth = Map::new();
    for (k, v) in &headers {
        if let Ok(v) = v.to_str() {
            auth.insert(k.as_str().to_owned(), v.into());
        }
    }
    let reply = |status: StatusCode, v: Value| {
        let mut r = (status, axum::Json(&v)).into_response();
        if let Some(kind) = v["errors"][0]["errorType"].as_str()
            && status != StatusCode::OK
            && let Ok(h) = axum::http::HeaderValue::from_str(kind)
        {
            r.headers_mut().insert("x-amzn-errortype", h);
        }
        r
    };
    let Some(caller) = hub
        .authorized(Some(&Value::Object(auth)), wire::HTTP_PATH, &raw)
        .await
    else {
        return reply(
            StatusCode::UNAUTHORIZED,
            json!({"errors": [wire::error_object(UNAUTHORIZED, NOT_AUTHORIZED)]}),
        );
    };
    let Some(body) = serde_json::from_str::<Value>(&raw)
        .ok()
        .filter(Value::is_object)
    else {
        return reply(
            StatusCode::BAD_REQUEST,
            json!({"errors": [wire::error_object("MalformedHttpRequestException", "the body is not a JSON object")]}),
        );
    };
    let (status, v) = execute(&hub, &caller, &body).await;
    reply(status, v)
}

async fn upgrade(
    State(hub): State<Arc<Hub>>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
    ws: WebSocketUpgrade,
) -> Response {
    // The authorization object: the `header` query parameter, else as
    // for Events (subprotocol or headers).
    let auth = query
        .get("header")
        .and_then(|h| wire::parse_query_auth(h))
        .or_else(|| upgrade_auth(&headers));
    ws.protocols([wire::SUBPROTOCOL])
        .on_upgrade(move |socket| connection(hub, socket, auth))
}

struct Conn {
    id: u64,
    /// Subscription id → its key in `by_to`.
    subs: HashMap<String, (String, Value)>,
}

async fn connection(hub: Arc<Hub>, socket: WebSocket, auth: Option<Value>) {
    let authorized = hub
        .authorized(auth.as_ref(), wire::CONNECT_PATH, "{}")
        .await
        .is_some();
    let (sink, mut stream) = socket.split();
    let (tx, rx) = mpsc::channel::<Message>(1024);
    let id = hub.next_conn.fetch_add(1, Ordering::Relaxed);
    let writer = crate::emulator::spawn_writer(sink, rx);
    let mut conn = Conn {
        id,
        subs: HashMap::new(),
    };
    if authorized {
        hub.tables().conns.insert(id, tx.clone());
    }
    let mut acked = false;
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
            _ = ka.tick(), if acked => {
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
            After::Acked => acked = true,
            After::Close => {
                let _ = tx.send(Message::Close(None)).await;
                break;
            }
        }
    }
    hub.forget(&conn);
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
    if !authorized {
        // Whatever comes first is answered with the refusal.
        let err = json!({"type": "connection_error", "payload": {"errors": [wire::error_object(UNAUTHORIZED, NOT_AUTHORIZED)]}});
        replies.push(err.to_string());
        return After::Close;
    }
    let Some(frame) = serde_json::from_str::<Value>(text)
        .ok()
        .filter(Value::is_object)
    else {
        replies.push(wire::error_frame(None, BAD_REQUEST, "Invalid JSON"));
        return After::Go;
    };
    let mut after = After::Go;
    let reply = match frame["type"].as_str().unwrap_or_default() {
        "connection_init" => {
            after = After::Acked;
            json!({"type": "connection_ack", "payload": {"connectionTimeoutMs": hub.connection_timeout_ms}}).to_string()
        }
        "start" => start(hub, conn, &frame).await,
        "stop" => stop(hub, conn, &frame),
        _ => wire::error_frame(frame["id"].as_str(), BAD_REQUEST, "Unknown message type"),
    };
    replies.push(reply);
    after
}

async fn start(hub: &Hub, conn: &mut Conn, frame: &Value) -> String {
    let Some(id) = frame["id"]
        .as_str()
        .filter(|s| !s.is_empty() && s.len() <= 128)
    else {
        return wire::error_frame(None, BAD_REQUEST, "id is required");
    };
    let fail = |kind: &str, msg: &str| wire::error_frame(Some(id), kind, msg);
    if conn.subs.contains_key(id) {
        return fail(DUPLICATE, "an operation with this id is already running");
    }
    let Some(data) = frame["payload"]["data"].as_str() else {
        return fail(
            BAD_REQUEST,
            "payload.data must be a string holding the request",
        );
    };
    let Some(request) = serde_json::from_str::<Value>(data)
        .ok()
        .filter(Value::is_object)
    else {
        return fail(BAD_REQUEST, "payload.data is not a JSON object");
    };
    let op = match hub.schema.operation(
        request["query"].as_str().unwrap_or_default(),
        &request["variables"],
        request["operationName"].as_str(),
    ) {
        Ok(op) => op,
        Err(e) => return fail(e.kind, &e.message),
    };
    if op.kind != Kind::Subscription || op.field == "__typename" {
        return fail(
            BAD_REQUEST,
            "only subscriptions run over the real-time endpoint",
        );
    }
    let auth = frame["payload"]["extensions"].get("authorization");
    if hub.authorized(auth, wire::HTTP_PATH, data).await.is_none() {
        return fail(UNAUTHORIZED, NOT_AUTHORIZED);
    }
    if conn.subs.len() >= wire::MAX_SUBSCRIPTIONS {
        return fail(LIMIT, "Too many subscriptions on this connection");
    }
    let key = (
        op.field.clone(),
        op.args.get("to").cloned().unwrap_or(Value::Null),
    );
    hub.tables()
        .by_to
        .entry(key.clone())
        .or_default()
        .push(Sub {
            conn: conn.id,
            id: id.to_owned(),
            op: Arc::new(op),
        });
    conn.subs.insert(id.to_owned(), key);
    json!({"type": "start_ack", "id": id}).to_string()
}

fn stop(hub: &Hub, conn: &mut Conn, frame: &Value) -> String {
    let Some(id) = frame["id"].as_str() else {
        return wire::error_frame(None, BAD_REQUEST, "id is required");
    };
    let Some(key) = conn.subs.remove(id) else {
        return wire::error_frame(Some(id), UNKNOWN_OPERATION, "Unknown operation id");
    };
    let mut t = hub.tables();
    if let Some(subs) = t.by_to.get_mut(&key) {
        subs.retain(|s| !(s.conn == conn.id && s.id == id));
    }
    json!({"type": "complete", "id": id}).to_string()
}

/// `serve appsync-graphql` options.
#[derive(Debug, Clone, clap::Args)]
#[command(next_help_heading = "AppSync GraphQL")]
pub struct GraphqlOptions {
    /// AppSync GraphQL: the API's schema (SDL) instead of the built-in
    /// `Signal` schema; it must keep `sendSignal`/`onSignal`.
    #[arg(long = "schema", value_name = "FILE")]
    pub graphql_schema: Option<std::path::PathBuf>,
    #[command(flatten)]
    pub api: AppsyncOptions,
}

/// Start the AppSync GraphQL emulator per `cfg` and `opts`.
pub async fn start_emulator(cfg: EmulatorConfig, opts: GraphqlOptions) -> Result<RunningEmulator> {
    let api = opts.api.settings()?;
    let (prepared, auth) = emulated::prepare(&cfg, &api, 20002).await?;
    let schema = match &opts.graphql_schema {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
            Schema::parse(&text)
                .map_err(|e| Error::usage(format!("--schema {}: {e}", path.display())))?
        }
        None => Schema::signal(),
    };
    let hub = Arc::new(Hub {
        schema,
        auth,
        modes: api.modes.clone(),
        ka: api.ka,
        connection_timeout_ms: api.connection_timeout.as_millis() as u64,
        max_duration: api.max_duration,
        tables: Mutex::new(Tables::default()),
        next_conn: AtomicU64::new(1),
        shutdown: prepared.shutdown.clone(),
    });
    let router = Router::new()
        .route(wire::HTTP_PATH, get(upgrade).post(http))
        .route(wire::REALTIME_PATH, any(upgrade))
        .with_state(hub);
    prepared.serve(&cfg, &api, "appsync-graphql", router, wire::REALTIME_PATH)
}

/// The real-time connection's frame handling and the HTTP operations fed
/// directly, for the fuzz target: one connection whose upgrade passed, on
/// the built-in `Signal` schema (API key `da2-fuzz`, Cognito tokens of
/// `verifier`), no sockets.
#[doc(hidden)]
pub struct FrameHarness {
    hub: Arc<Hub>,
    conn: Conn,
    caller: Caller,
    rx: mpsc::Receiver<Message>,
}

impl FrameHarness {
    pub fn new(verifier: Arc<crate::emulator::idp::Verifier>) -> FrameHarness {
        let hub = Arc::new(Hub {
            schema: Schema::signal(),
            auth: ServerAuth {
                api_keys: vec!["da2-fuzz".into()],
                verifier,
                iam_keys: HashMap::new(),
                lambda_tokens: Vec::new(),
            },
            modes: vec![Mode::ApiKey, Mode::Cognito],
            ka: Duration::from_secs(60),
            connection_timeout_ms: 300_000,
            max_duration: Duration::from_secs(7200),
            tables: Mutex::new(Tables::default()),
            next_conn: AtomicU64::new(1),
            shutdown: Shutdown::default(),
        });
        // Room for a mutation's deliveries to every subscription, drained
        // after each input.
        let (tx, rx) = mpsc::channel(4096);
        hub.tables().conns.insert(1, tx);
        FrameHarness {
            hub,
            conn: Conn {
                id: 1,
                subs: HashMap::new(),
            },
            caller: Caller {
                mode: Mode::ApiKey,
                sub: None,
            },
            rx,
        }
    }

    /// A real-time frame: how many frames were sent.
    pub async fn frame(&mut self, text: &str) -> usize {
        let mut replies = Vec::new();
        on_frame(&self.hub, &mut self.conn, true, text, &mut replies).await;
        replies.len() + self.drain()
    }

    /// An HTTP operation's body (a JSON object): its status, and how many
    /// frames it delivered.
    pub async fn http(&mut self, body: &Value) -> (u16, usize) {
        let (status, _) = execute(&self.hub, &self.caller, body).await;
        (status.as_u16(), self.drain())
    }

    fn drain(&mut self) -> usize {
        let mut n = 0;
        while self.rx.try_recv().is_ok() {
            n += 1;
        }
        n
    }
}
