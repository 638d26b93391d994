//! The robot Lambda as protocols/robot.md designs it (`serve robot
//! --lambda notes`): no upstream version answers this way. Payloads travel
//! wrapped (`{type, robotId, from, payload}`), a signal to a robot carries
//! its sender's `clientConnectionId`, only the robot's own connection may
//! answer its clients, token expiry is checked on every message, an
//! admin's force-claim moves the connection but not the ownership, and a
//! robot's presence goes with its connection.

use async_trait::async_trait;
use axum::http::StatusCode;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::server::{Handler, Reply, deliver};
use super::wire::{self, Target};
use crate::emulator::apigw::{Caller, Gateway};
use crate::emulator::faults::FaultInjector;
use crate::emulator::idp::Verifier;
use crate::util::clock::now_secs;

/// The groups that make a caller an admin.
const ADMIN_GROUPS: &[&str] = &["ADMINS", "admin"];

/// One robot's presence record.
struct Presence {
    owner: String,
    conn: String,
}

pub(super) struct Notes {
    verifier: Arc<Verifier>,
    robots: Mutex<HashMap<String, Presence>>,
    /// `--fault`: applied to signals between two connections.
    faults: FaultInjector<(String, String)>,
}

const OK: Reply = Reply::new(200, "OK");

fn is_admin(caller: &Caller) -> bool {
    caller
        .groups
        .iter()
        .any(|g| ADMIN_GROUPS.contains(&g.as_str()))
}

fn str_field<'a>(m: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    m.get(key).and_then(Value::as_str).filter(|s| !s.is_empty())
}

impl Notes {
    pub fn new(verifier: Arc<Verifier>, faults: FaultInjector<(String, String)>) -> Notes {
        Notes {
            verifier,
            robots: Mutex::new(HashMap::new()),
            faults,
        }
    }

    fn robots(&self) -> std::sync::MutexGuard<'_, HashMap<String, Presence>> {
        self.robots.lock().unwrap_or_else(|p| p.into_inner())
    }

    async fn reply(&self, gw: &Arc<Gateway>, conn: &str, caller: &Caller, text: &str) -> Reply {
        let Some(msg) = serde_json::from_str::<Value>(text)
            .ok()
            .and_then(|v| v.as_object().cloned())
        else {
            return Reply::new(400, wire::INVALID_JSON);
        };
        let Some(sub) = caller.user.as_deref() else {
            return Reply::new(401, wire::UNAUTHORIZED);
        };
        // Later versions check expiry on every message, not only at `$connect`.
        if caller.expires_at.is_some_and(|exp| exp <= now_secs()) {
            return Reply::new(401, wire::UNAUTHORIZED);
        }
        let kind = msg.get("type").and_then(Value::as_str).unwrap_or("");
        match kind {
            "register" => self.register(conn, caller, sub, &msg),
            "takeover" => self.takeover(gw, caller, sub, &msg).await,
            k => match wire::canonical_kind(k) {
                Some(kind) => self.signal(gw, conn, sub, kind, &msg).await,
                None => Reply::new(400, wire::UNKNOWN_TYPE),
            },
        }
    }

    fn register(&self, conn: &str, caller: &Caller, sub: &str, msg: &Map<String, Value>) -> Reply {
        let Some(robot_id) = str_field(msg, "robotId") else {
            return Reply::new(400, wire::ROBOT_ID_REQUIRED);
        };
        let mut robots = self.robots();
        let owner = match robots.get(robot_id) {
            Some(p) if p.owner != sub && !is_admin(caller) => {
                return Reply::new(409, wire::OWNED_BY_ANOTHER);
            }
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
            return Reply::new(400, wire::ROBOT_ID_REQUIRED);
        };
        let robot_conn = match self.robots().get(robot_id) {
            None => return Reply::new(404, wire::ROBOT_OFFLINE),
            Some(p) if p.owner != sub && !is_admin(caller) => {
                return Reply::new(403, wire::FORBIDDEN);
            }
            Some(p) => p.conn.clone(),
        };
        match gw
            .post(&robot_conn, wire::admin_takeover(robot_id, sub))
            .await
        {
            Ok(()) => OK,
            Err(_) => {
                self.forget(robot_id, &robot_conn);
                Reply::new(404, wire::ROBOT_OFFLINE)
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
            return Reply::new(400, wire::ROBOT_ID_REQUIRED);
        };
        let target = match msg.get("target") {
            None | Some(Value::Null) => Target::Robot,
            Some(t) if t == "robot" => Target::Robot,
            Some(t) if t == "client" => Target::Client,
            Some(_) => return Reply::new(400, wire::INVALID_TARGET),
        };
        let Some(payload) = wire::payload_of(msg) else {
            return Reply::new(400, wire::INVALID_SIGNAL);
        };
        match target {
            Target::Robot => {
                let Some(robot_conn) = self.robots().get(robot_id).map(|p| p.conn.clone()) else {
                    return Reply::new(404, wire::ROBOT_OFFLINE);
                };
                let text = wire::forwarded(kind, robot_id, sub, Some(conn), &payload);
                if deliver(gw, &self.faults, conn, &robot_conn, text)
                    .await
                    .is_err()
                {
                    self.forget(robot_id, &robot_conn);
                    return Reply::new(404, wire::ROBOT_OFFLINE);
                }
                OK
            }
            Target::Client => {
                let Some(client) = str_field(msg, "clientConnectionId") else {
                    return Reply::new(400, wire::CLIENT_CONNECTION_REQUIRED);
                };
                // Only the robot's own connection answers its clients.
                let is_robot = self.robots().get(robot_id).is_some_and(|p| p.conn == conn);
                if !is_robot {
                    return Reply::new(403, wire::ACCESS_DENIED);
                }
                let text = wire::forwarded(kind, robot_id, sub, None, &payload);
                match deliver(gw, &self.faults, conn, client, text).await {
                    Ok(()) => OK,
                    Err(_) => Reply::new(404, wire::TARGET_OFFLINE),
                }
            }
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
impl Handler for Notes {
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

    async fn handle(&self, gw: &Arc<Gateway>, conn: &str, caller: &Caller, text: &str) -> Reply {
        self.reply(gw, conn, caller, text).await
    }

    async fn disconnect(&self, conn: &str) {
        // Presence cleanup: every robot this connection was.
        self.robots().retain(|_, p| p.conn != conn);
    }
}
