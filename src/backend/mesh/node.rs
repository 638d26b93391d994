//! `serve mesh --flavour node`: p2pmesh's signaling server
//! (`src/servers/websocket-server.js` on the `ws` library), as it behaves
//! on the wire (protocols/mesh.md, "Node server").
//!
//! Like the original, one table maps each peer id (any truthy JSON value)
//! to a socket, in joining order, and every frame is handled to the end
//! before the next: the whole dispatch runs under one lock and every send
//! goes to an unbounded outbox, as `ws.send` buffers. Its quirks are kept:
//! a socket's earlier ids stay in the table after a re-join, the socket a
//! duplicate id displaced removes the new owner's entry when it closes, a
//! relay to a socket that is not open forgets it and announces it as left,
//! and a signal without `to` gets no answer. What it does silently goes to
//! the emulator's log (and onto the wire with `--diagnostics`).

use axum::extract::State;
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use std::collections::{BTreeMap, HashMap};
use std::fmt::{self, Display};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::mpsc;

use super::wire;
use crate::emulator::faults::{Delivery, FaultInjector, corrupt_json_text};
use crate::emulator::js::{self, JsValue, Key};
use crate::emulator::log::Log;
use crate::emulator::{self, Shutdown};

/// `ws`'s default `maxPayload`: a larger message closes with 1009.
pub const MAX_PAYLOAD: usize = 100 * 1024 * 1024;
/// How long `ws` waits for the client's close frame after its own.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(30);

/// One socket, as the table holds it.
struct Conn {
    n: u64,
    tx: mpsc::UnboundedSender<Message>,
    /// `readyState === OPEN`: false from the moment either side closes.
    open: AtomicBool,
}

impl Conn {
    /// `ws.send`: a socket that is not open drops the frame.
    fn send(&self, text: String) {
        if self.open.load(Ordering::Relaxed) {
            let _ = self.tx.send(Message::Text(text.into()));
        }
    }

    /// `ws.close(code)`; `None` sends a close frame without a code (the
    /// client reads 1005).
    fn close(&self, code: Option<u16>) {
        if self.open.swap(false, Ordering::Relaxed) {
            let frame = code.map(|code| CloseFrame {
                code,
                reason: "".into(),
            });
            let _ = self.tx.send(Message::Close(frame));
        }
    }
}

struct Entry {
    /// The id as JSON (`"a1…"`, `12345`).
    id_json: String,
    id: JsValue,
    seq: u64,
    conn: Arc<Conn>,
}

/// The `peers` Map: ids in insertion order (a `set` of a present id keeps
/// its place).
#[derive(Default)]
struct Net {
    peers: HashMap<Key, Entry>,
    order: BTreeMap<u64, Key>,
    next: u64,
}

impl Net {
    fn set(&mut self, key: &Key, id: &JsValue, conn: &Arc<Conn>) {
        if let Some(e) = self.peers.get_mut(key) {
            e.conn = conn.clone();
            return;
        }
        self.next += 1;
        self.order.insert(self.next, key.clone());
        self.peers.insert(
            key.clone(),
            Entry {
                id_json: id.stringify(),
                id: id.clone(),
                seq: self.next,
                conn: conn.clone(),
            },
        );
    }

    fn delete(&mut self, key: &Key) -> Option<Entry> {
        let e = self.peers.remove(key)?;
        self.order.remove(&e.seq);
        Some(e)
    }

    fn entries(&self) -> impl Iterator<Item = (&Key, &Entry)> {
        self.order
            .values()
            .filter_map(|k| self.peers.get(k).map(|e| (k, e)))
    }

    /// `notifyPeerLeft`: every remaining entry is told.
    fn notify_left(&self, id_json: &str) {
        let frame = wire::peer_event("peer_left", id_json);
        for (_, e) in self.entries() {
            e.conn.send(frame.clone());
        }
    }

    /// `handleDisconnect(id)`: the entry goes, whichever socket holds it.
    fn disconnect(&mut self, key: &Key) {
        if let Some(e) = self.delete(key) {
            self.notify_left(&e.id_json);
        }
    }
}

/// The server: its networks (one, or one per URL path with
/// `--network-per-path`).
pub struct Node {
    nets: Mutex<HashMap<String, Net>>,
    per_path: bool,
    next_conn: AtomicU64,
    faults: FaultInjector<(Arc<Conn>, String)>,
    log: Log,
    diagnostics: bool,
    shutdown: Shutdown,
}

/// The socket's `currentPeerId`.
struct Current {
    key: Key,
    id: JsValue,
}

/// A connection or a peer, as the log names it (formatted only when logged).
struct Label<'a>(u64, Option<&'a Current>);

impl Display for Label<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.1 {
            Some(c) => write!(f, "peer {}", c.id.stringify()),
            None => write!(f, "connection {}", self.0),
        }
    }
}

/// What the connection does after a frame.
#[derive(PartialEq, Eq)]
enum After {
    Go,
    /// The real server's process dies here; only this socket is dropped.
    Crash,
}

impl Node {
    pub fn new(
        per_path: bool,
        faults: Vec<crate::emulator::faults::Fault>,
        log: Log,
        diagnostics: bool,
        shutdown: Shutdown,
    ) -> Arc<Node> {
        Arc::new(Node {
            nets: Mutex::new(HashMap::new()),
            per_path,
            next_conn: AtomicU64::new(1),
            faults: FaultInjector::new(faults),
            log,
            diagnostics,
            shutdown,
        })
    }

    fn nets(&self) -> std::sync::MutexGuard<'_, HashMap<String, Net>> {
        self.nets.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A frame the real server answers with silence: logged, and explained
    /// with `--diagnostics`.
    fn silent(&self, conn: &Conn, from: &Label<'_>, reason: &str) {
        self.log.dropped("mesh", from, reason);
        if self.diagnostics {
            conn.send(wire::error(&format!("emulator: {reason}")));
        }
    }

    /// Deliver a relayed frame through the fault plan.
    fn deliver(&self, to: &Arc<Conn>, text: String) {
        if self.faults.is_empty() {
            to.send(text);
            return;
        }
        for d in self.faults.apply((to.clone(), text), |(c, t)| {
            (c.clone(), corrupt_json_text(t))
        }) {
            match d {
                Delivery::Now((c, t)) => c.send(t),
                Delivery::After(wait, (c, t)) => {
                    tokio::spawn(async move {
                        tokio::time::sleep(wait).await;
                        c.send(t);
                    });
                }
            }
        }
    }

    /// `ws.on('message')`: one frame, handled to the end.
    fn on_message(
        &self,
        net: &mut Net,
        conn: &Arc<Conn>,
        current: &mut Option<Current>,
        text: &str,
    ) -> After {
        let Some(msg) = JsValue::parse(text) else {
            conn.send(wire::error(wire::INVALID_JSON));
            return After::Go;
        };
        if msg == JsValue::Null {
            let reason = "the real server's process exits on a null message (TypeError \
                          reading 'type'), dropping every connection; the emulator drops \
                          this one";
            self.log
                .closed("mesh", &Label(conn.n, current.as_ref()), reason);
            if self.diagnostics {
                conn.send(wire::error(&format!("emulator: {reason}")));
            }
            return After::Crash;
        }
        let kind = msg.get("type");
        match kind.and_then(JsValue::as_str) {
            Some("join") => self.join(net, conn, current, &msg),
            Some(k) if wire::RELAYED.contains(&k) => self.relay(net, conn, current, &msg, k),
            Some("leave") => match current.take() {
                Some(c) => {
                    net.disconnect(&c.key);
                    conn.close(None);
                }
                None => self.silent(
                    conn,
                    &Label(conn.n, None),
                    "a leave from a socket that has not joined",
                ),
            },
            Some(k) if wire::KADEMLIA.contains(&k) => self.kademlia(net, conn, &msg, k),
            _ => conn.send(wire::error(&format!(
                "Unknown message type: {}",
                js::string_of(kind)
            ))),
        }
        After::Go
    }

    fn join(&self, net: &mut Net, conn: &Arc<Conn>, current: &mut Option<Current>, msg: &JsValue) {
        let Some(id) = msg.get("peerId").filter(|v| v.truthy()) else {
            conn.send(wire::error(wire::PEER_ID_REQUIRED));
            return;
        };
        let key = id.key();
        *current = Some(Current {
            key: key.clone(),
            id: id.clone(),
        });
        if let Some(old) = net.peers.get(&key).map(|e| e.conn.clone())
            && !Arc::ptr_eq(&old, conn)
        {
            old.send(wire::error(wire::DUPLICATE_ID));
            old.close(None);
        }
        net.set(&key, id, conn);
        let others: Vec<(&Key, &Entry)> = net.entries().filter(|(k, _)| **k != key).collect();
        if !others.is_empty() {
            let ids: Vec<&JsValue> = others.iter().map(|(_, e)| &e.id).collect();
            // A comparator that throws falls back to joining order.
            let order = js::bootstrap_order(id, &ids).unwrap_or_else(|| (0..ids.len()).collect());
            let list: Vec<(&str, Option<u64>)> = order
                .into_iter()
                .take(wire::BOOTSTRAP_PEERS)
                .map(|i| (others[i].1.id_json.as_str(), None))
                .collect();
            conn.send(wire::bootstrap(&list));
        }
        let frame = wire::peer_event("peer_joined", &id.stringify());
        for (_, e) in &others {
            e.conn.send(frame.clone());
        }
    }

    fn relay(
        &self,
        net: &mut Net,
        conn: &Arc<Conn>,
        current: &Option<Current>,
        msg: &JsValue,
        kind: &str,
    ) {
        let to = msg.get("to");
        let Some(to) = to.filter(|t| t.truthy()) else {
            self.silent(
                conn,
                &Label(conn.n, current.as_ref()),
                &format!("a {kind} without 'to' (the real server ignores it)"),
            );
            return;
        };
        let key = to.key();
        let Some(target) = net.peers.get(&key).map(|e| e.conn.clone()) else {
            let message = if kind == "batched_signals" {
                format!("Peer {to} not found for batched signals.")
            } else {
                format!("Peer {to} not found.")
            };
            conn.send(wire::error(&message));
            return;
        };
        if !target.open.load(Ordering::Relaxed) {
            self.log.dropped(
                "mesh",
                &Label(conn.n, current.as_ref()),
                "its target's socket is closed: the target is forgotten and announced as left",
            );
            net.disconnect(&key);
            return;
        }
        let from = current.as_ref().map_or(JsValue::Null, |c| c.id.clone());
        let text = msg.stringify_with("from", &from);
        // A peer's relay to itself (the client's join check) passes the
        // fault plan untouched.
        if Arc::ptr_eq(&target, conn) {
            target.send(text);
        } else {
            self.deliver(&target, text);
        }
    }

    fn kademlia(&self, net: &mut Net, conn: &Arc<Conn>, msg: &JsValue, kind: &str) {
        let Some(to) = msg.get("to").filter(|t| t.truthy()) else {
            conn.send(wire::error(&format!("'to' field is required for {kind}.")));
            return;
        };
        let key = to.key();
        let Some(target) = net.peers.get(&key).map(|e| e.conn.clone()) else {
            conn.send(wire::error(&format!("Peer {to} not found for {kind}.")));
            return;
        };
        if !target.open.load(Ordering::Relaxed) {
            net.disconnect(&key);
            conn.send(wire::error(&format!("Peer {to} not available for {kind}.")));
            return;
        }
        self.deliver(&target, msg.stringify());
    }
}

/// The router: a WebSocket on any path; other requests get `ws`'s 426.
pub fn router(node: Arc<Node>) -> axum::Router {
    axum::Router::new().fallback(upgrade).with_state(node)
}

async fn upgrade(
    State(node): State<Arc<Node>>,
    uri: axum::http::Uri,
    headers: HeaderMap,
    drain: Option<axum::Extension<crate::emulator::conn::Drain>>,
    ws: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    let drain = drain.map(|d| d.0).unwrap_or_default();
    let Ok(ws) = ws else {
        let upgrade = headers
            .get(header::UPGRADE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
        return if upgrade {
            (StatusCode::BAD_REQUEST, "Bad Request").into_response()
        } else {
            (StatusCode::UPGRADE_REQUIRED, "Upgrade Required").into_response()
        };
    };
    // `ws` accepts the first subprotocol the client offers.
    let first = headers
        .get(header::SEC_WEBSOCKET_PROTOCOL)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty());
    let ws = match first {
        Some(p) => ws.protocols([p]),
        None => ws,
    };
    let path = if node.per_path {
        uri.path().to_owned()
    } else {
        String::new()
    };
    ws.max_message_size(MAX_PAYLOAD)
        .max_frame_size(MAX_PAYLOAD)
        .read_buffer_size(8 * 1024)
        .on_upgrade(move |socket| connection(node, path, socket, drain))
}

/// The close code `ws` answers a read error with: 1009 over `maxPayload`,
/// 1007 for a text frame that is not UTF-8, 1002 for a protocol error.
fn close_code(e: &axum::Error) -> Option<u16> {
    use tokio_tungstenite::tungstenite::Error as WsError;
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        if let Some(w) = s.downcast_ref::<WsError>() {
            return match w {
                WsError::Capacity(_) => Some(1009),
                WsError::Utf8(_) => Some(1007),
                WsError::Protocol(_) => Some(1002),
                _ => None,
            };
        }
        source = s.source();
    }
    None
}

async fn connection(
    node: Arc<Node>,
    path: String,
    socket: WebSocket,
    drain: crate::emulator::conn::Drain,
) {
    let n = node.next_conn.fetch_add(1, Ordering::Relaxed);
    let (sink, mut stream) = socket.split();
    let (tx, rx) = mpsc::unbounded_channel();
    let conn = Arc::new(Conn {
        n,
        tx,
        open: AtomicBool::new(true),
    });
    let writer = emulator::spawn_writer(sink, rx);
    let mut current: Option<Current> = None;
    let mut crashed = false;
    // Once the server has sent its close, the client has this long to answer.
    let mut closing_since: Option<tokio::time::Instant> = None;
    loop {
        if closing_since.is_none() && !conn.open.load(Ordering::Relaxed) {
            closing_since = Some(tokio::time::Instant::now());
        }
        let deadline = closing_since.map(|t| t + CLOSE_TIMEOUT);
        let msg = tokio::select! {
            _ = node.shutdown.wait() => break,
            _ = tokio::time::sleep_until(deadline.unwrap_or_else(tokio::time::Instant::now)), if deadline.is_some() => break,
            msg = stream.next() => msg,
        };
        let text = match msg {
            Some(Ok(Message::Text(t))) => t.as_str().to_owned(),
            // `JSON.parse(buffer)` reads a binary message as UTF-8, with
            // U+FFFD for what is not.
            Some(Ok(Message::Binary(b))) => String::from_utf8_lossy(&b).into_owned(),
            Some(Ok(Message::Close(_))) | None => break,
            Some(Err(e)) => {
                if let Some(code) = close_code(&e) {
                    node.log.closed(
                        "mesh",
                        &Label(n, current.as_ref()),
                        &format!("{e} (close {code})"),
                    );
                    conn.close(Some(code));
                    // `ws` reads on and discards what the client still
                    // sends, so that the client reads the close frame.
                    drain.request();
                }
                break;
            }
            // Pings are answered by the WebSocket layer; pongs are ignored.
            Some(Ok(_)) => continue,
        };
        let after = {
            let mut nets = node.nets();
            let net = nets.entry(path.clone()).or_default();
            node.on_message(net, &conn, &mut current, &text)
        };
        if after == After::Crash {
            crashed = true;
            break;
        }
    }
    conn.open.store(false, Ordering::Relaxed);
    if let Some(c) = current.take() {
        let mut nets = node.nets();
        if let Some(net) = nets.get_mut(&path) {
            net.disconnect(&c.key);
            if node.per_path && net.peers.is_empty() {
                nets.remove(&path);
            }
        }
    }
    if crashed {
        // No close frame: the client sees the connection drop (1006).
        writer.abort();
        return;
    }
    // Stop the writer whatever its backlog: a close frame ends it (or
    // fails, when the socket already closed).
    let _ = conn.tx.send(Message::Close(None));
    let abort = writer.abort_handle();
    if tokio::time::timeout(Duration::from_secs(5), writer)
        .await
        .is_err()
    {
        abort.abort();
    }
}

/// The Node server's dispatch fed frames directly, for the fuzz target:
/// three sockets on one network, no I/O.
#[doc(hidden)]
pub struct FrameHarness {
    node: Arc<Node>,
    net: Net,
    conns: Vec<(Arc<Conn>, mpsc::UnboundedReceiver<Message>, Option<Current>)>,
}

impl FrameHarness {
    pub fn new(diagnostics: bool) -> FrameHarness {
        let node = Node::new(
            false,
            Vec::new(),
            Log::Off,
            diagnostics,
            Shutdown::default(),
        );
        let conns = (0..3)
            .map(|n| {
                let (tx, rx) = mpsc::unbounded_channel();
                let conn = Arc::new(Conn {
                    n,
                    tx,
                    open: AtomicBool::new(true),
                });
                (conn, rx, None)
            })
            .collect();
        FrameHarness {
            node,
            net: Net::default(),
            conns,
        }
    }

    /// `text` from socket `conn` (modulo three): how many frames were
    /// sent, and whether the real server would have crashed.
    pub fn feed(&mut self, conn: usize, text: &str) -> (usize, bool) {
        let i = conn % self.conns.len();
        let (c, _, current) = &mut self.conns[i];
        let after = self.node.on_message(&mut self.net, c, current, text);
        let mut sent = 0;
        for (_, rx, _) in &mut self.conns {
            while rx.try_recv().is_ok() {
                sent += 1;
            }
        }
        (sent, after == After::Crash)
    }

    /// Socket `conn` closes.
    pub fn close(&mut self, conn: usize) {
        let i = conn % self.conns.len();
        let (c, _, current) = &mut self.conns[i];
        c.open.store(false, Ordering::Relaxed);
        if let Some(cur) = current.take() {
            self.net.disconnect(&cur.key);
        }
    }
}
