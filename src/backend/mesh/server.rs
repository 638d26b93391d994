//! The mesh emulator: the Node WebSocket server or the API Gateway + Lambda
//! deployment (`--flavour`), with the peer table in memory.

use async_trait::async_trait;
use axum::http::StatusCode;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::wire;
use crate::emulator::apigw::GatewayOptions;
use crate::emulator::apigw::{Caller, Gateway, Routes};
use crate::emulator::faults::FaultInjector;
use crate::emulator::{self, EmulatorConfig, RunningEmulator, Shutdown};
use crate::error::Result;

struct PeerRec {
    conn: String,
    /// Refreshed by every message of the connection (the Lambda's TTL).
    seen: Instant,
    seen_ms: u64,
}

#[derive(Default)]
struct Tables {
    peers: HashMap<String, PeerRec>,
    by_conn: HashMap<String, String>,
}

struct Mesh {
    flavour: Flavour,
    /// Records older than this are unreachable (Lambda flavour).
    ttl: Option<Duration>,
    tables: Mutex<Tables>,
    /// `--fault`: applied to relayed messages.
    faults: FaultInjector<(String, String)>,
}

use crate::util::clock::now_millis as unix_ms;

impl Mesh {
    fn tables(&self) -> std::sync::MutexGuard<'_, Tables> {
        self.tables.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn alive(&self, rec: &PeerRec) -> bool {
        self.ttl.is_none_or(|ttl| rec.seen.elapsed() < ttl)
    }

    /// Connections of every reachable peer but `except`.
    fn others(&self, t: &Tables, except: &str) -> Vec<String> {
        t.peers
            .iter()
            .filter(|(id, r)| *id != except && self.alive(r))
            .map(|(_, r)| r.conn.clone())
            .collect()
    }

    async fn broadcast(&self, gw: &Gateway, conns: Vec<String>, text: String) {
        for c in conns {
            let _ = gw.post(&c, text.clone()).await;
        }
    }

    async fn join(&self, gw: &Gateway, conn: &str, v: &Value) {
        let Some(id) = v
            .get("peerId")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
        else {
            let _ = gw.post(conn, wire::error(wire::PEER_ID_REQUIRED)).await;
            return;
        };
        let (displaced, rejoin, bootstrap, others) = {
            let mut t = self.tables();
            let previous = t.peers.get(id).map(|r| r.conn.clone());
            let rejoin = previous.as_deref() == Some(conn);
            let displaced = previous.filter(|p| p != conn);
            if let Some(old) = &displaced {
                t.by_conn.remove(old);
            }
            if let Some(old_id) = t.by_conn.insert(conn.to_owned(), id.to_owned())
                && old_id != id
            {
                t.peers.remove(&old_id);
            }
            t.peers.insert(
                id.to_owned(),
                PeerRec {
                    conn: conn.to_owned(),
                    seen: Instant::now(),
                    seen_ms: unix_ms(),
                },
            );
            let candidates: Vec<(&str, u64)> = t
                .peers
                .iter()
                .filter(|(p, r)| *p != id && self.alive(r))
                .map(|(p, r)| (p.as_str(), r.seen_ms))
                .collect();
            let seen: HashMap<&str, u64> = candidates.iter().copied().collect();
            let lambda = self.flavour == Flavour::Apigw;
            let bootstrap: Vec<(String, Option<u64>)> =
                wire::closest(id, candidates.iter().map(|(p, _)| *p))
                    .into_iter()
                    .map(|p| (p.to_owned(), lambda.then(|| seen[p])))
                    .collect();
            (displaced, rejoin, bootstrap, self.others(&t, id))
        };
        if let Some(old) = displaced {
            let _ = gw.post(&old, wire::error(wire::DUPLICATE_ID)).await;
            if self.flavour == Flavour::Node {
                let _ = gw
                    .close(&old, 1000, "Another client joined with your ID")
                    .await;
            }
        }
        if !bootstrap.is_empty() {
            let _ = gw.post(conn, wire::bootstrap(&bootstrap)).await;
        }
        if !rejoin {
            self.broadcast(gw, others, wire::peer_joined(id)).await;
        }
    }

    async fn relay(&self, gw: &Arc<Gateway>, conn: &str, mut v: Value) {
        let to = v
            .get("to")
            .and_then(Value::as_str)
            .unwrap_or("undefined")
            .to_owned();
        let (from, target) = {
            let t = self.tables();
            let from = t.by_conn.get(conn).cloned();
            let target = t
                .peers
                .get(&to)
                .filter(|r| self.alive(r))
                .map(|r| r.conn.clone());
            (from, target)
        };
        let Some(from) = from else {
            let _ = gw
                .post(conn, wire::error("You must join before sending messages."))
                .await;
            return;
        };
        let Some(target) = target else {
            let _ = gw.post(conn, wire::error(&wire::peer_not_found(&to))).await;
            return;
        };
        let to_self = from == to;
        if let Some(m) = v.as_object_mut() {
            m.insert("from".into(), from.into());
        }
        // Faults count messages between two peers; a peer's relay to itself
        // (the client's join check) passes untouched.
        let delivered = if to_self {
            gw.post(&target, v.to_string()).await
        } else {
            gw.post_through(&self.faults, &target, v.to_string()).await
        };
        if delivered.is_err() {
            // Found dead while relaying: forget it and tell the others.
            let others = {
                let mut t = self.tables();
                if t.peers.get(&to).is_some_and(|r| r.conn == target) {
                    t.peers.remove(&to);
                    t.by_conn.remove(&target);
                }
                self.others(&t, &to)
            };
            self.broadcast(gw, others, wire::peer_left(&to)).await;
            let _ = gw.post(conn, wire::error(&wire::peer_not_found(&to))).await;
        }
    }
}

#[async_trait]
impl Routes for Mesh {
    async fn connect(
        &self,
        _query: &HashMap<String, String>,
    ) -> Result<Caller, (StatusCode, String)> {
        Ok(Caller::default())
    }

    async fn message(&self, gw: &Arc<Gateway>, conn: &str, _caller: &Caller, text: &str) {
        let Ok(v) = serde_json::from_str::<Value>(text)
            .map_err(drop)
            .and_then(|v| if v.is_object() { Ok(v) } else { Err(()) })
        else {
            let _ = gw.post(conn, wire::error(wire::INVALID_JSON)).await;
            return;
        };
        {
            let mut t = self.tables();
            if let Some(id) = t.by_conn.get(conn).cloned()
                && let Some(r) = t.peers.get_mut(&id)
            {
                r.seen = Instant::now();
                r.seen_ms = unix_ms();
            }
        }
        let kind = v
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned();
        let relayed = wire::RELAYED.contains(&kind.as_str())
            || (self.flavour == Flavour::Apigw && wire::RELAYED_APIGW.contains(&kind.as_str()));
        match kind.as_str() {
            "join" => self.join(gw, conn, &v).await,
            _ if relayed => self.relay(gw, conn, v).await,
            "" => {
                let _ = gw
                    .post(conn, wire::error("Message type is required."))
                    .await;
            }
            other => {
                let _ = gw
                    .post(conn, wire::error(&format!("Unknown message type: {other}")))
                    .await;
            }
        }
    }

    async fn disconnect(&self, gw: &Arc<Gateway>, conn: &str, _caller: &Caller) {
        let (left, others) = {
            let mut t = self.tables();
            let Some(id) = t.by_conn.remove(conn) else {
                return;
            };
            if t.peers.get(&id).is_some_and(|r| r.conn == conn) {
                t.peers.remove(&id);
                let others = self.others(&t, &id);
                (Some(id), others)
            } else {
                (None, Vec::new())
            }
        };
        if let Some(id) = left {
            self.broadcast(gw, others, wire::peer_left(&id)).await;
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
    /// Mesh (apigw flavour): a peer stays reachable this long after its
    /// last message.
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "5m")]
    pub mesh_ttl: Duration,
    #[command(flatten)]
    pub gateway: GatewayOptions,
}

/// Start the mesh emulator per `cfg` and `opts`.
pub async fn start(cfg: EmulatorConfig, opts: MeshOptions) -> Result<RunningEmulator> {
    let shutdown = Shutdown::default();
    let (listener, addr) = emulator::bind(&cfg.host, cfg.port_or(cfg.port, 8080)).await?;
    let limits = (opts.flavour == Flavour::Apigw).then(|| opts.gateway.limits());
    let gw = Gateway::new(limits.clone(), shutdown.clone());
    let mesh = Arc::new(Mesh {
        flavour: opts.flavour,
        ttl: (opts.flavour == Flavour::Apigw).then_some(opts.mesh_ttl),
        tables: Mutex::new(Tables::default()),
        faults: FaultInjector::new(cfg.faults.clone()),
    });
    let task = emulator::spawn_http(listener, gw.router(mesh), shutdown.clone(), &cfg.limits);
    let mut endpoints = vec![("ws", emulator::base_url("ws", addr))];
    let mut info = serde_json::Map::new();
    info.insert("flavour".into(), opts.flavour.as_str().into());
    if let Some(l) = &limits {
        endpoints.push((
            "connections",
            format!("{}/@connections", emulator::base_url("http", addr)),
        ));
        info.insert("ttl_s".into(), opts.mesh_ttl.as_secs_f64().into());
        info.insert("idle_timeout_s".into(), l.idle.as_secs_f64().into());
        info.insert("max_duration_s".into(), l.max_duration.as_secs_f64().into());
    }
    Ok(RunningEmulator {
        backend: "mesh",
        endpoints,
        info,
        shutdown,
        tasks: vec![task],
    })
}

/// The mesh's routes with empty tables, for the fuzz targets
/// ([`crate::emulator::apigw::RouteHarness`]).
#[doc(hidden)]
pub fn routes_for_fuzzing(flavour: Flavour) -> Arc<impl Routes> {
    Arc::new(Mesh {
        flavour,
        ttl: (flavour == Flavour::Apigw).then_some(Duration::from_secs(3600)),
        tables: Mutex::new(Tables::default()),
        faults: FaultInjector::new(Vec::new()),
    })
}
