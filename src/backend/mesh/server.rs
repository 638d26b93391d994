//! The mesh emulator: p2pmesh's Node WebSocket server (`node.rs`) or its
//! API Gateway + Lambda deployment (`--flavour apigw`, here), each as it
//! behaves on the wire (protocols/mesh.md).

use async_trait::async_trait;
use axum::http::StatusCode;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::{node, wire};
use crate::emulator::apigw::GatewayOptions;
use crate::emulator::apigw::{Caller, Gateway, Routes};
use crate::emulator::faults::FaultInjector;
use crate::emulator::js::{self, JsValue, Key};
use crate::emulator::log::Log;
use crate::emulator::{self, EmulatorConfig, RunningEmulator, Shutdown};
use crate::error::Result;

/// One DynamoDB item of the Lambda's table, keyed by connection id.
struct Item {
    peer: JsValue,
    key: Key,
    peer_json: String,
    /// Unix seconds; the item is "active" while `ttl > now`.
    ttl: u64,
    last_seen: u64,
    seq: u64,
}

/// The connections table. Its scan order is that of insertion (DynamoDB's
/// is arbitrary).
#[derive(Default)]
struct Table {
    items: HashMap<String, Item>,
    order: BTreeMap<u64, String>,
    next: u64,
}

/// An item as a Scan returns it.
struct Scanned {
    conn: String,
    peer: JsValue,
    key: Key,
    peer_json: String,
    last_seen: u64,
}

impl Table {
    /// `PutCommand`: the item replaces any of the same connection, which
    /// keeps its place in the scan order.
    fn put(&mut self, conn: &str, peer: &JsValue, ttl: u64, last_seen: u64) {
        let seq = match self.items.get(conn) {
            Some(i) => i.seq,
            None => {
                self.next += 1;
                self.order.insert(self.next, conn.to_owned());
                self.next
            }
        };
        self.items.insert(
            conn.to_owned(),
            Item {
                peer: peer.clone(),
                key: peer.key(),
                peer_json: peer.stringify(),
                ttl,
                last_seen,
                seq,
            },
        );
    }

    /// `DeleteCommand` after a `GetCommand` (which ignores the TTL).
    fn remove(&mut self, conn: &str) -> Option<Item> {
        let item = self.items.remove(conn)?;
        self.order.remove(&item.seq);
        Some(item)
    }

    /// `getPeerByConnectionId`: `Item?.peerId || null`, TTL ignored.
    fn peer_of(&self, conn: &str) -> JsValue {
        self.items
            .get(conn)
            .map(|i| i.peer.clone())
            .filter(JsValue::truthy)
            .unwrap_or(JsValue::Null)
    }

    /// `getAllActivePeers`: a Scan with `ttl > now`.
    fn scan(&self, now_s: u64) -> Vec<Scanned> {
        self.order
            .values()
            .filter_map(|c| self.items.get(c).map(|i| (c, i)))
            .filter(|(_, i)| i.ttl > now_s)
            .map(|(c, i)| Scanned {
                conn: c.clone(),
                peer: i.peer.clone(),
                // Every read makes new objects: an object id equals nothing.
                key: match &i.key {
                    Key::Ref(_) => i.peer.key(),
                    k => k.clone(),
                },
                peer_json: i.peer_json.clone(),
                last_seen: i.last_seen,
            })
            .collect()
    }
}

/// The mesh's Lambda (`terraform/aws/lambda/index.js`) behind the gateway.
struct Lambda {
    /// `TTL_SECONDS`: an item is active this long after its join.
    ttl: Duration,
    table: Mutex<Table>,
    /// `--fault`: applied to relayed messages.
    faults: FaultInjector<(String, String)>,
    log: Log,
    diagnostics: bool,
}

impl Lambda {
    fn table(&self) -> std::sync::MutexGuard<'_, Table> {
        self.table.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The Lambda answers nothing: logged, and explained with `--diagnostics`.
    async fn silent(&self, gw: &Gateway, conn: &str, reason: &str) {
        self.log.dropped("mesh", &conn, reason);
        if self.diagnostics {
            let _ = gw
                .post(conn, wire::error(&format!("emulator: {reason}")))
                .await;
        }
    }

    async fn join(&self, gw: &Gateway, conn: &str, msg: &JsValue) {
        let Some(peer) = msg.get("peerId").filter(|v| v.truthy()) else {
            self.silent(
                gw,
                conn,
                "a join without peerId (the Lambda has no answer for it)",
            )
            .await;
            return;
        };
        let key = peer.key();
        let now = unix_ms();
        let active = self.table().scan(now / 1000);
        if let Some(existing) = active.iter().find(|p| p.key == key)
            && existing.conn != conn
        {
            let _ = gw
                .post(&existing.conn, wire::error(wire::DUPLICATE_ID))
                .await;
            self.table().remove(&existing.conn);
        }
        self.table()
            .put(conn, peer, now / 1000 + self.ttl.as_secs(), now);
        let others: Vec<&Scanned> = active.iter().filter(|p| p.key != key).collect();
        if !others.is_empty() {
            let ids: Vec<&JsValue> = others.iter().map(|p| &p.peer).collect();
            // A comparator that throws: the Lambda logs it and sends none.
            if let Some(order) = js::bootstrap_order(peer, &ids) {
                let list: Vec<(&str, Option<u64>)> = order
                    .into_iter()
                    .take(wire::BOOTSTRAP_PEERS)
                    .map(|i| (others[i].peer_json.as_str(), Some(others[i].last_seen)))
                    .collect();
                let _ = gw.post(conn, wire::bootstrap(&list)).await;
            }
        }
        let frame = wire::peer_event("peer_joined", &peer.stringify());
        for p in others {
            let _ = gw.post(&p.conn, frame.clone()).await;
        }
    }

    async fn relay(&self, gw: &Arc<Gateway>, conn: &str, msg: &JsValue) {
        let to = msg.get("to");
        let not_found = || wire::error(&format!("Peer {} not found.", js::string_of(to)));
        let (target, from) = {
            let t = self.table();
            let key = to.map(JsValue::key);
            let target = t
                .scan(unix_ms() / 1000)
                .into_iter()
                .find(|p| Some(&p.key) == key.as_ref());
            (target, t.peer_of(conn))
        };
        let Some(target) = target else {
            let _ = gw.post(conn, not_found()).await;
            return;
        };
        let text = msg.stringify_with("from", &from);
        // A peer's relay to itself (the client's join check) passes the
        // fault plan untouched.
        let delivered = if target.conn == conn {
            gw.post(&target.conn, text).await
        } else {
            gw.post_through(&self.faults, &target.conn, text).await
        };
        // The Lambda tests `error.statusCode === 410`, which the SDK's
        // GoneException does not carry: the item stays, the sender is told.
        if delivered.is_err() {
            let _ = gw.post(conn, not_found()).await;
        }
    }
}

use crate::util::clock::now_millis as unix_ms;

#[async_trait]
impl Routes for Lambda {
    async fn connect(
        &self,
        _query: &HashMap<String, String>,
    ) -> Result<Caller, (StatusCode, String)> {
        Ok(Caller::default())
    }

    async fn message(&self, gw: &Arc<Gateway>, conn: &str, _caller: &Caller, text: &str) {
        if text.is_empty() {
            self.silent(
                gw,
                conn,
                "an empty message (the handler skips a falsy body)",
            )
            .await;
            return;
        }
        let Some(msg) = JsValue::parse(text) else {
            let _ = gw.post(conn, wire::error(wire::INVALID_JSON)).await;
            return;
        };
        if msg == JsValue::Null {
            self.silent(
                gw,
                conn,
                "a null message (reading its type throws; the handler returns 500)",
            )
            .await;
            return;
        }
        let kind = msg.get("type");
        match kind.and_then(JsValue::as_str) {
            Some("join") => self.join(gw, conn, &msg).await,
            Some(k) if wire::RELAYED.contains(&k) || wire::KADEMLIA.contains(&k) => {
                self.relay(gw, conn, &msg).await
            }
            _ => {
                let text = format!("Unknown message type: {}", js::string_of(kind));
                let _ = gw.post(conn, wire::error(&text)).await;
            }
        }
    }

    async fn disconnect(&self, gw: &Arc<Gateway>, conn: &str, _caller: &Caller) {
        let (left, others) = {
            let mut t = self.table();
            let Some(item) = t.remove(conn).filter(|i| i.peer.truthy()) else {
                return;
            };
            let key = match &item.key {
                Key::Ref(_) => item.peer.key(),
                k => k.clone(),
            };
            let others: Vec<String> = t
                .scan(unix_ms() / 1000)
                .into_iter()
                .filter(|p| p.key != key)
                .map(|p| p.conn)
                .collect();
            (item.peer_json, others)
        };
        let frame = wire::peer_event("peer_left", &left);
        for c in others {
            let _ = gw.post(&c, frame.clone()).await;
        }
    }
}

/// The deployment the mesh emulator imitates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Flavour {
    /// The mesh library's plain WebSocket server (Node).
    #[default]
    Node,
    /// An API Gateway WebSocket API with a Lambda behind it.
    Apigw,
}

impl Flavour {
    pub fn as_str(self) -> &'static str {
        match self {
            Flavour::Node => "node",
            Flavour::Apigw => "apigw",
        }
    }
}

/// `serve mesh` options.
#[derive(Debug, Clone, clap::Args)]
#[command(next_help_heading = "Mesh")]
pub struct MeshOptions {
    /// Mesh: the deployment to imitate.
    #[arg(long, value_name = "NAME", value_enum, default_value_t = Flavour::Node)]
    pub flavour: Flavour,
    /// Mesh (apigw flavour): the Lambda's TTL_SECONDS; a peer is active
    /// this long after its join (only a join refreshes it).
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "5m")]
    pub mesh_ttl: Duration,
    /// Mesh (node flavour): every URL path is a network of its own, as if
    /// one server ran per path (the real server has one network whatever
    /// the path; for load tests of many small meshes).
    #[arg(long)]
    pub network_per_path: bool,
    #[command(flatten)]
    pub gateway: GatewayOptions,
}

/// Start the mesh emulator per `cfg` and `opts`.
pub async fn start(cfg: EmulatorConfig, opts: MeshOptions) -> Result<RunningEmulator> {
    let shutdown = Shutdown::default();
    let (listener, addr) = emulator::bind(&cfg.host, cfg.port_or(cfg.port, 8080)).await?;
    let mut endpoints = vec![("ws", emulator::base_url("ws", addr))];
    let mut info = serde_json::Map::new();
    info.insert("flavour".into(), opts.flavour.as_str().into());
    let router = match opts.flavour {
        Flavour::Node => {
            info.insert("network_per_path".into(), opts.network_per_path.into());
            node::router(node::Node::new(
                opts.network_per_path,
                cfg.faults.clone(),
                cfg.log,
                cfg.diagnostics,
                shutdown.clone(),
            ))
        }
        Flavour::Apigw => {
            let limits = opts.gateway.limits();
            endpoints.push((
                "connections",
                format!("{}/@connections", emulator::base_url("http", addr)),
            ));
            info.insert("ttl_s".into(), opts.mesh_ttl.as_secs_f64().into());
            info.insert("idle_timeout_s".into(), limits.idle.as_secs_f64().into());
            info.insert(
                "max_duration_s".into(),
                limits.max_duration.as_secs_f64().into(),
            );
            let gw = Gateway::new(Some(limits), shutdown.clone());
            gw.router(Arc::new(lambda(
                opts.mesh_ttl,
                FaultInjector::new(cfg.faults.clone()),
                cfg.log,
                cfg.diagnostics,
            )))
        }
    };
    let task = emulator::spawn_http(listener, router, shutdown.clone(), &cfg.limits);
    Ok(RunningEmulator {
        backend: "mesh",
        endpoints,
        info,
        shutdown,
        tasks: vec![task],
    })
}

fn lambda(
    ttl: Duration,
    faults: FaultInjector<(String, String)>,
    log: Log,
    diagnostics: bool,
) -> Lambda {
    Lambda {
        ttl,
        table: Mutex::new(Table::default()),
        faults,
        log,
        diagnostics,
    }
}

/// The Lambda's routes with an empty table, for the fuzz targets
/// ([`crate::emulator::apigw::RouteHarness`]).
#[doc(hidden)]
pub fn routes_for_fuzzing(diagnostics: bool) -> Arc<impl Routes> {
    Arc::new(lambda(
        Duration::from_secs(3600),
        FaultInjector::new(Vec::new()),
        Log::Off,
        diagnostics,
    ))
}
