//! The robot emulator: the robot-presence Lambda of robot.md behind the API
//! Gateway layer, with the presence table in memory.

use async_trait::async_trait;
use axum::http::StatusCode;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::wire::{self, Target};
use crate::emulator::apigw::GatewayOptions;
use crate::emulator::apigw::{Caller, Gateway, Routes};
use crate::emulator::faults::FaultInjector;
use crate::emulator::idp::Verifier;
use crate::emulator::{self, EmulatorConfig, RunningEmulator, Shutdown};
use crate::error::Result;
use crate::util::clock::now_secs;

/// The groups that make a caller an admin.
const ADMIN_GROUPS: &[&str] = &["ADMINS", "admin"];

/// One robot's presence record.
struct Presence {
    owner: String,
    conn: String,
}

struct Lambda {
    verifier: Arc<Verifier>,
    /// Send each message's status back to its sender (a route response).
    route_responses: bool,
    robots: Mutex<HashMap<String, Presence>>,
    /// `--fault`: applied to signals between two connections.
    faults: FaultInjector<(String, String)>,
}

/// A Lambda result: status code and body.
type Reply = (u16, &'static str);

const OK: Reply = (200, "OK");

fn is_admin(caller: &Caller) -> bool {
    caller
        .groups
        .iter()
        .any(|g| ADMIN_GROUPS.contains(&g.as_str()))
}

fn str_field<'a>(m: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    m.get(key).and_then(Value::as_str).filter(|s| !s.is_empty())
}

impl Lambda {
    fn robots(&self) -> std::sync::MutexGuard<'_, HashMap<String, Presence>> {
        self.robots.lock().unwrap_or_else(|p| p.into_inner())
    }

    async fn handle(&self, gw: &Arc<Gateway>, conn: &str, caller: &Caller, text: &str) -> Reply {
        let Some(msg) = serde_json::from_str::<Value>(text)
            .ok()
            .and_then(|v| v.as_object().cloned())
        else {
            return (400, wire::INVALID_JSON);
        };
        let Some(sub) = caller.user.as_deref() else {
            return (401, wire::UNAUTHORIZED);
        };
        // Later versions check expiry on every message, not only at `$connect`.
        if caller.expires_at.is_some_and(|exp| exp <= now_secs()) {
            return (401, wire::UNAUTHORIZED);
        }
        let kind = msg.get("type").and_then(Value::as_str).unwrap_or("");
        match kind {
            "register" => self.register(conn, caller, sub, &msg),
            "takeover" => self.takeover(gw, caller, sub, &msg).await,
            k => match wire::canonical_kind(k) {
                Some(kind) => self.signal(gw, conn, sub, kind, &msg).await,
                None => (400, wire::UNKNOWN_TYPE),
            },
        }
    }

    fn register(&self, conn: &str, caller: &Caller, sub: &str, msg: &Map<String, Value>) -> Reply {
        let Some(robot_id) = str_field(msg, "robotId") else {
            return (400, wire::ROBOT_ID_REQUIRED);
        };
        let mut robots = self.robots();
        let owner = match robots.get(robot_id) {
            Some(p) if p.owner != sub && !is_admin(caller) => return (409, wire::OWNED_BY_ANOTHER),
            // An admin's force-claim moves the connection, not the ownership.
            Some(p) => p.owner.clone(),
            None => sub.to_owned(),
        };
        robots.insert(
            robot_id.to_owned(),
            Presence {
                owner,
                conn: conn.to_owned(),
            },
        );
        OK
    }

    async fn takeover(
        &self,
        gw: &Arc<Gateway>,
        caller: &Caller,
        sub: &str,
        msg: &Map<String, Value>,
    ) -> Reply {
        let Some(robot_id) = str_field(msg, "robotId") else {
            return (400, wire::ROBOT_ID_REQUIRED);
        };
        let robot_conn = match self.robots().get(robot_id) {
            None => return (404, wire::ROBOT_OFFLINE),
            Some(p) if p.owner != sub && !is_admin(caller) => return (403, wire::FORBIDDEN),
            Some(p) => p.conn.clone(),
        };
        match gw
            .post(&robot_conn, wire::admin_takeover(robot_id, sub))
            .await
        {
            Ok(()) => OK,
            Err(_) => {
                self.forget(robot_id, &robot_conn);
                (404, wire::ROBOT_OFFLINE)
            }
        }
    }

    async fn signal(
        &self,
        gw: &Arc<Gateway>,
        conn: &str,
        sub: &str,
        kind: &str,
        msg: &Map<String, Value>,
    ) -> Reply {
        let Some(robot_id) = str_field(msg, "robotId").or_else(|| str_field(msg, "to")) else {
            return (400, wire::ROBOT_ID_REQUIRED);
        };
        let target = match msg.get("target") {
            None | Some(Value::Null) => Target::Robot,
            Some(t) if t == "robot" => Target::Robot,
            Some(t) if t == "client" => Target::Client,
            Some(_) => return (400, wire::INVALID_TARGET),
        };
        let Some(payload) = wire::payload_of(msg) else {
            return (400, wire::INVALID_SIGNAL);
        };
        match target {
            Target::Robot => {
                let Some(robot_conn) = self.robots().get(robot_id).map(|p| p.conn.clone()) else {
                    return (404, wire::ROBOT_OFFLINE);
                };
                let text = wire::forwarded(kind, robot_id, sub, Some(conn), &payload);
                if self.deliver(gw, conn, &robot_conn, text).await.is_err() {
                    self.forget(robot_id, &robot_conn);
                    return (404, wire::ROBOT_OFFLINE);
                }
                OK
            }
            Target::Client => {
                let Some(client) = str_field(msg, "clientConnectionId") else {
                    return (400, wire::CLIENT_CONNECTION_REQUIRED);
                };
                // Only the robot's own connection answers its clients.
                let is_robot = self.robots().get(robot_id).is_some_and(|p| p.conn == conn);
                if !is_robot {
                    return (403, wire::ACCESS_DENIED);
                }
                let text = wire::forwarded(kind, robot_id, sub, None, &payload);
                match self.deliver(gw, conn, client, text).await {
                    Ok(()) => OK,
                    Err(_) => (404, wire::TARGET_OFFLINE),
                }
            }
        }
    }

    /// Post a signal; faults apply between two different connections only
    /// (a robot's message to itself confirms its registration).
    async fn deliver(
        &self,
        gw: &Arc<Gateway>,
        from: &str,
        to: &str,
        text: String,
    ) -> std::result::Result<(), crate::emulator::apigw::Gone> {
        if from == to {
            gw.post(to, text).await
        } else {
            gw.post_through(&self.faults, to, text).await
        }
    }

    /// Drop `robot_id`'s record if it still names `conn`.
    fn forget(&self, robot_id: &str, conn: &str) {
        let mut robots = self.robots();
        if robots.get(robot_id).is_some_and(|p| p.conn == conn) {
            robots.remove(robot_id);
        }
    }
}

#[async_trait]
impl Routes for Lambda {
    async fn connect(
        &self,
        query: &HashMap<String, String>,
    ) -> std::result::Result<Caller, (StatusCode, String)> {
        let unauthorized = || (StatusCode::UNAUTHORIZED, wire::UNAUTHORIZED.to_owned());
        let token = query
            .get("token")
            .filter(|t| !t.is_empty())
            .ok_or_else(unauthorized)?;
        let claims = self
            .verifier
            .verify(token)
            .await
            .map_err(|_| unauthorized())?;
        if claims.sub.is_empty() {
            return Err(unauthorized());
        }
        Ok(Caller {
            user: Some(claims.sub),
            groups: claims.groups,
            expires_at: claims.all.get("exp").and_then(Value::as_u64),
        })
    }

    async fn message(&self, gw: &Arc<Gateway>, conn: &str, caller: &Caller, text: &str) {
        let (status, body) = self.handle(gw, conn, caller, text).await;
        if self.route_responses {
            let _ = gw.post(conn, wire::route_response(status, body)).await;
        }
    }

    async fn disconnect(&self, _gw: &Arc<Gateway>, conn: &str, _caller: &Caller) {
        // Presence cleanup: every robot this connection was.
        self.robots().retain(|_, p| p.conn != conn);
    }
}

/// `serve robot` options.
#[derive(Debug, Clone, clap::Args)]
#[command(next_help_heading = "Robot")]
pub struct RobotOptions {
    /// Robot: answer every message with the Lambda's status
    /// (`{"statusCode": 409, "body": ...}`), as a route response would.
    #[arg(long)]
    pub route_responses: bool,
    #[command(flatten)]
    pub gateway: GatewayOptions,
}

/// Start the robot emulator per `cfg` and `opts`.
pub async fn start(cfg: EmulatorConfig, opts: RobotOptions) -> Result<RunningEmulator> {
    let shutdown = Shutdown::default();
    let (listener, addr) = emulator::bind(&cfg.host, cfg.port_or(cfg.port, 8080)).await?;
    let http_url = emulator::base_url("http", addr);
    let tokens = emulator::Tokens::new(&cfg, &http_url).await?;
    let limits = opts.gateway.limits();
    let gw = Gateway::new(Some(limits.clone()), shutdown.clone());
    let lambda = Arc::new(Lambda {
        verifier: tokens.verifier.clone(),
        route_responses: opts.route_responses,
        robots: Mutex::new(HashMap::new()),
        faults: FaultInjector::new(cfg.faults.clone()),
    });
    let router = gw.router(lambda).merge(tokens.router());
    let task = emulator::spawn_http(listener, router, shutdown.clone(), &cfg.limits);
    let mut endpoints = vec![
        ("http", http_url.clone()),
        ("ws", emulator::base_url("ws", addr)),
        ("connections", format!("{http_url}/@connections")),
    ];
    let mut info = Map::new();
    tokens.describe(&cfg, &mut endpoints, &mut info);
    info.insert("route_responses".into(), opts.route_responses.into());
    info.insert("idle_timeout_s".into(), limits.idle.as_secs_f64().into());
    info.insert(
        "max_duration_s".into(),
        limits.max_duration.as_secs_f64().into(),
    );
    Ok(RunningEmulator {
        backend: "robot",
        endpoints,
        info,
        shutdown,
        tasks: vec![task],
    })
}

/// The robot Lambda with no robots, tokens checked by `verifier`, for the
/// fuzz targets ([`crate::emulator::apigw::RouteHarness`]).
#[doc(hidden)]
pub fn routes_for_fuzzing(verifier: Arc<Verifier>, route_responses: bool) -> Arc<impl Routes> {
    Arc::new(Lambda {
        verifier,
        route_responses,
        robots: Mutex::new(HashMap::new()),
        faults: FaultInjector::new(Vec::new()),
    })
}
