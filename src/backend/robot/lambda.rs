//! The robot Lambda as upstream wrote it: `amplify/functions/signaling/
//! handler.ts` of ModulrCloud/robot-teleop-webapp at commit acf2c28, the
//! default of `serve robot`. Its DynamoDB tables are in memory; the
//! operator, revoked-token and Robot (ACL) tables are empty, so every ACL
//! check passes, as upstream's does for a robot missing from the Robot
//! table.
//!
//! What a client observes of it:
//! - `$connect` verifies `?token` as Node's `jose` does (signature, issuer,
//!   `exp`; neither the audience nor `token_use`, so access tokens pass);
//!   later messages are never checked again.
//! - Every reply is only a return value, dropped by API Gateway: the only
//!   frames are forwarded signals, `admin-takeover`, `welcome` (for
//!   `{"type":"ready"}`), `monitor-confirmed`, the copies monitors get and
//!   API Gateway's `Internal server error` when the function throws (a
//!   takeover of a robot whose connection is gone).
//! - Types are case-insensitive, `candidate` is `ice-candidate` inside and
//!   `candidate` outside; a robot id is trimmed and may come from `to` or
//!   `from`; signals travel flat (`{type, to, from, sdp?, candidate?,
//!   ...payload}`, the object order JavaScript gives), with `from` the
//!   sender's connection id, or the robot id when the robot sends.
//! - A robot's message goes to a client unless it says otherwise; any
//!   connection may send to any client connection.
//! - An admin's force-claim makes the admin the owner; presence outlives
//!   its connection (no cleanup on `$disconnect`).

use async_trait::async_trait;
use axum::http::StatusCode;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::server::{Handler, Reply, deliver};
use crate::emulator::apigw::{Caller, Gateway};
use crate::emulator::faults::FaultInjector;
use crate::emulator::idp::Verifier;
use crate::emulator::js::{self, JsValue, obj};

/// The connection a client-bound signal without a client id "goes" to:
/// only monitors see it.
const PLACEHOLDER: &str = "PLACEHOLDER_NO_CLIENT";

const OK: Reply = Reply::new(200, "");

/// A message type the handler knows, after normalisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Register,
    Takeover,
    Monitor,
    Offer,
    Answer,
    IceCandidate,
}

impl Kind {
    fn parse(t: &str) -> Option<Kind> {
        Some(match t.to_lowercase().as_str() {
            "candidate" | "ice-candidate" => Kind::IceCandidate,
            "offer" => Kind::Offer,
            "answer" => Kind::Answer,
            "register" => Kind::Register,
            "takeover" => Kind::Takeover,
            "monitor" => Kind::Monitor,
            _ => return None,
        })
    }

    fn is_signal(self) -> bool {
        matches!(self, Kind::Offer | Kind::Answer | Kind::IceCandidate)
    }

    /// The type a forwarded signal carries.
    fn outbound(self) -> &'static str {
        match self {
            Kind::Offer => "offer",
            Kind::Answer => "answer",
            _ => "candidate",
        }
    }
}

/// `normalizeMessage`: what the handler reads of a raw message.
#[derive(Debug, Default)]
struct Inbound {
    kind: Option<Kind>,
    robot_id: Option<String>,
    target: Option<String>,
    client_conn: Option<String>,
    payload: Option<JsValue>,
}

/// A string property, trimmed, when it is not blank.
fn trimmed(raw: &JsValue, key: &str) -> Option<String> {
    raw.get(key)
        .and_then(JsValue::as_str)
        .map(js::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

fn normalize(raw: &JsValue) -> Inbound {
    if !matches!(raw, JsValue::Obj(_)) {
        return Inbound::default();
    }
    let kind = raw
        .get("type")
        .and_then(JsValue::as_str)
        .and_then(Kind::parse);
    let robot_id = trimmed(raw, "robotId").or_else(|| match kind {
        Some(Kind::Register) => trimmed(raw, "from"),
        Some(k) if k.is_signal() => {
            let to = trimmed(raw, "to");
            let from = trimmed(raw, "from");
            let robotish =
                |s: &Option<String>| s.as_deref().is_some_and(|s| s.starts_with("robot-"));
            if robotish(&to) {
                to
            } else if robotish(&from) {
                from
            } else {
                to.or(from)
            }
        }
        _ => None,
    });
    let mut payload = raw
        .get("payload")
        .filter(|p| p.truthy() && matches!(p, JsValue::Obj(_) | JsValue::Arr(_)))
        .map(JsValue::spread);
    for key in ["sdp", "candidate"] {
        if let Some(v) = raw.get(key).filter(|v| v.truthy()) {
            payload
                .get_or_insert_with(|| JsValue::Obj(Vec::new()))
                .set(key, v.clone());
        }
    }
    let target = raw
        .get("target")
        .and_then(JsValue::as_str)
        .map(str::to_lowercase);
    let client_conn = match raw.get("clientConnectionId").and_then(JsValue::as_str) {
        Some(c) => Some(js::trim(c).to_owned()),
        None => trimmed(raw, "to").filter(|_| {
            kind.is_some_and(Kind::is_signal)
                && robot_id.is_some()
                && raw
                    .get("from")
                    .and_then(JsValue::as_str)
                    .map(js::trim)
                    .is_some_and(|f| Some(f) == robot_id.as_deref())
        }),
    };
    Inbound {
        kind,
        robot_id,
        target,
        client_conn,
        payload,
    }
}

/// DynamoDB's limit on a partition key, in bytes of UTF-8: a longer robot
/// id fails every read and write of the presence table.
const MAX_KEY_BYTES: usize = 2048;

fn key_too_long(robot_id: &str) -> bool {
    robot_id.len() > MAX_KEY_BYTES
}

/// The Lambda throws (an uncaught DynamoDB `ValidationException`): API
/// Gateway tells the sender.
async fn throws(gw: &Gateway, conn: &str, what: &str) -> Reply {
    gw.internal_server_error(conn).await;
    Reply::new(500, "").noted(format!("the Lambda throws: {what}"))
}

/// `isAdmin` of register: any group that upper-cases to `ADMINS` or `ADMIN`.
fn is_admin(groups: &[String]) -> bool {
    groups.iter().any(|g| {
        let g = g.to_uppercase();
        g == "ADMINS" || g == "ADMIN"
    })
}

/// The admin half of `isOwnerOrAdmin` (takeover): `ADMINS` or `admin` exactly.
fn is_takeover_admin(groups: &[String]) -> bool {
    groups.iter().any(|g| g == "ADMINS" || g == "admin")
}

/// A RobotPresenceTable item.
struct Presence {
    owner: String,
    conn: String,
}

#[derive(Default)]
struct Tables {
    presence: HashMap<String, Presence>,
    /// The connections whose ConnectionsTable item has a
    /// `monitoringRobotId`, in subscription order.
    monitors: Vec<(String, String)>,
}

pub(super) struct Acf2c28 {
    verifier: Arc<Verifier>,
    tables: Mutex<Tables>,
    /// `--fault`: applied to signals between two connections.
    faults: FaultInjector<(String, String)>,
}

fn s(v: &str) -> JsValue {
    v.into()
}

impl Acf2c28 {
    pub fn new(verifier: Arc<Verifier>, faults: FaultInjector<(String, String)>) -> Acf2c28 {
        Acf2c28 {
            verifier,
            tables: Mutex::new(Tables::default()),
            faults,
        }
    }

    fn tables(&self) -> std::sync::MutexGuard<'_, Tables> {
        self.tables.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// `notifyMonitors`: a copy to every connection monitoring `robot_id`.
    /// `message` is built only when there is a monitor to send it to.
    async fn notify_monitors(
        &self,
        gw: &Arc<Gateway>,
        robot_id: &str,
        message: impl FnOnce() -> JsValue,
    ) {
        let monitors: Vec<String> = self
            .tables()
            .monitors
            .iter()
            .filter(|(_, r)| r == robot_id)
            .map(|(c, _)| c.clone())
            .collect();
        if monitors.is_empty() {
            return;
        }
        let text = message().stringify();
        for conn in monitors {
            let _ = gw.post(&conn, text.clone()).await;
        }
    }

    async fn register(
        &self,
        gw: &Arc<Gateway>,
        conn: &str,
        caller: &Caller,
        msg: &Inbound,
    ) -> Reply {
        let Some(robot_id) = msg.robot_id.as_deref() else {
            return Reply::new(400, "robotId required");
        };
        let me = caller.user.as_deref().unwrap_or_default();
        if key_too_long(robot_id) {
            return Reply::new(500, "DynamoDB error")
                .noted("500 DynamoDB error: the robot id is over DynamoDB's 2048-byte key limit");
        }
        {
            let mut t = self.tables();
            // The conditional put, and an admin's unconditional one.
            if t.presence.get(robot_id).is_some_and(|p| p.owner != me) && !is_admin(&caller.groups)
            {
                return Reply::new(409, "Robot is already registered by another owner");
            }
            t.presence.insert(
                robot_id.to_owned(),
                Presence {
                    owner: me.to_owned(),
                    conn: conn.to_owned(),
                },
            );
        }
        let copy = || {
            obj([
                ("type", s("register")),
                ("robotId", s(robot_id)),
                ("from", s(me)),
                ("_monitor", JsValue::Bool(true)),
                ("_source", s(conn)),
                ("_direction", s("robot-to-server")),
                ("timestamp", s(&crate::util::clock::now_rfc3339())),
            ])
        };
        self.notify_monitors(gw, robot_id, copy).await;
        OK
    }

    async fn monitor(&self, gw: &Arc<Gateway>, conn: &str, msg: &Inbound) -> Reply {
        let Some(robot_id) = msg.robot_id.as_deref() else {
            return Reply::new(400, "robotId required for monitoring");
        };
        if key_too_long(robot_id) {
            return throws(gw, conn, "the ACL reads a robot id over the key limit").await;
        }
        // The ACL passes: the Robot table has no item for any robot.
        {
            let mut t = self.tables();
            t.monitors.retain(|(c, _)| c != conn);
            t.monitors.push((conn.to_owned(), robot_id.to_owned()));
        }
        let confirmed = obj([
            ("type", s("monitor-confirmed")),
            ("robotId", s(robot_id)),
            (
                "message",
                s(&format!("Now monitoring messages for robot {robot_id}")),
            ),
        ]);
        let _ = gw.post(conn, confirmed.stringify()).await;
        OK
    }

    async fn takeover(
        &self,
        gw: &Arc<Gateway>,
        conn: &str,
        caller: &Caller,
        msg: &Inbound,
    ) -> Reply {
        let Some(robot_id) = msg.robot_id.as_deref() else {
            return Reply::new(400, "robotId required");
        };
        let me = caller.user.as_deref().unwrap_or_default();
        if key_too_long(robot_id) {
            return throws(gw, conn, "takeover reads a robot id over the key limit").await;
        }
        let robot_conn = match self.tables().presence.get(robot_id) {
            None => return Reply::new(404, "robot offline"),
            Some(p) if p.owner != me && !is_takeover_admin(&caller.groups) => {
                return Reply::new(403, "forbidden");
            }
            Some(p) => p.conn.clone(),
        };
        let frame = obj([
            ("type", s("admin-takeover")),
            ("robotId", s(robot_id)),
            ("by", s(me)),
        ]);
        if gw.post(&robot_conn, frame.stringify()).await.is_err() {
            // The post is not caught: the function throws.
            gw.internal_server_error(conn).await;
            return Reply::new(500, "").noted(format!(
                "takeover of {robot_id}: its connection {robot_conn} is gone, and the Lambda throws"
            ));
        }
        Reply::new(200, "ok")
    }

    async fn signal(
        &self,
        gw: &Arc<Gateway>,
        conn: &str,
        kind: Kind,
        raw: &JsValue,
        msg: Inbound,
    ) -> Reply {
        let Some(robot_id) = msg.robot_id.as_deref() else {
            return Reply::new(400, "Invalid Signal");
        };
        let robot_conn = self.tables().presence.get(robot_id).map(|p| p.conn.clone());
        let from_robot = robot_conn.as_deref() == Some(conn);
        let mut client_conn = msg.client_conn;
        if from_robot
            && client_conn.as_deref().is_none_or(str::is_empty)
            && let Some(to) = raw.get("to").and_then(JsValue::as_str)
            && !js::trim(to).is_empty()
            && to != robot_id
        {
            client_conn = Some(js::trim(to).to_owned());
        }
        let target = match msg.target.as_deref() {
            Some(t) if !t.is_empty() => t,
            _ if from_robot => "client",
            _ => "robot",
        };
        let to_robot = match target {
            "robot" => true,
            "client" => false,
            _ => return Reply::new(400, "invalid target"),
        };
        // The ACL passes: the Robot table has no item for any robot, but
        // it reads the presence table first (outside any `try`; the read
        // for `from_robot` above is caught).
        if to_robot && key_too_long(robot_id) {
            return throws(gw, conn, "the ACL reads a robot id over the key limit").await;
        }
        let target_conn = if to_robot {
            match robot_conn {
                Some(c) => c,
                None => return Reply::new(404, "target offline"),
            }
        } else {
            match client_conn.as_deref() {
                Some(c) if !c.is_empty() => c.to_owned(),
                _ => PLACEHOLDER.to_owned(),
            }
        };
        let mut out = obj([
            ("type", s(kind.outbound())),
            ("to", s(if to_robot { robot_id } else { &target_conn })),
            ("from", s(if from_robot { robot_id } else { conn })),
        ]);
        let payload = msg.payload.unwrap_or(JsValue::Obj(Vec::new()));
        for key in ["sdp", "candidate"] {
            if let Some(v) = payload.get(key).filter(|v| v.truthy()) {
                out.set(key, v.clone());
            }
        }
        // `if (!outbound[key])`: keys it has, and `Object.prototype`'s.
        for (key, value) in payload.entries() {
            if key == "sdp"
                || key == "candidate"
                || out.get(key).is_some()
                || js::OBJECT_PROTOTYPE.contains(&key.as_str())
            {
                continue;
            }
            out.set(key, value.clone());
        }
        let copy = || {
            let mut copy = out.clone();
            copy.set("_monitor", JsValue::Bool(true));
            copy.set("_source", s(conn));
            copy.set("_target", s(&target_conn));
            let direction = if to_robot {
                "client-to-robot"
            } else {
                "robot-to-client"
            };
            copy.set("_direction", s(direction));
            copy
        };
        self.notify_monitors(gw, robot_id, copy).await;
        if target_conn == PLACEHOLDER {
            return OK.noted(format!(
                "a {} from the robot {robot_id} names no client connection (clientConnectionId or to)",
                kind.outbound()
            ));
        }
        if deliver(gw, &self.faults, conn, &target_conn, out.stringify())
            .await
            .is_err()
        {
            return OK.noted(format!(
                "a {} for connection {target_conn}, which is gone",
                kind.outbound()
            ));
        }
        OK
    }
}

#[async_trait]
impl Handler for Acf2c28 {
    async fn connect(
        &self,
        query: &HashMap<String, String>,
    ) -> std::result::Result<Caller, (StatusCode, String)> {
        let token = query.get("token").filter(|t| !t.is_empty());
        let claims = match token {
            Some(t) => self.verifier.verify_as_node_jose(t).await.ok(),
            None => None,
        };
        let Some(claims) = claims.filter(|c| !c.sub.is_empty()) else {
            return Err((StatusCode::UNAUTHORIZED, "unauthorized".to_owned()));
        };
        // The ConnectionsTable keeps the groups as `groups.join(",")`, and
        // every message reads them back split. Groups that are not an
        // array cannot be joined: the item is never written, the upgrade
        // still succeeds, and every message then finds no item (401).
        let groups = match claims.all.get("cognito:groups") {
            None | Some(serde_json::Value::Null) => Some(String::new()),
            Some(g @ serde_json::Value::Array(_)) => serde_json::from_value::<JsValue>(g.clone())
                .ok()
                .map(|g| g.to_string()),
            Some(_) => None,
        };
        let Some(groups) = groups else {
            return Ok(Caller {
                user: None,
                groups: Vec::new(),
                expires_at: None,
            });
        };
        Ok(Caller {
            user: Some(claims.sub),
            groups: groups
                .split(',')
                .filter(|g| !g.is_empty())
                .map(str::to_owned)
                .collect(),
            expires_at: None,
        })
    }

    async fn handle(&self, gw: &Arc<Gateway>, conn: &str, caller: &Caller, text: &str) -> Reply {
        if caller.user.is_none() {
            return Reply::new(401, "Unauthorized")
                .noted("401 Unauthorized: the connection's item was never written (its cognito:groups is not an array)");
        }
        let Some(raw) = JsValue::parse(text) else {
            return Reply::new(400, "Invalid JSON");
        };
        if raw.get("type").and_then(JsValue::as_str) == Some("ready") {
            let welcome = obj([("type", s("welcome")), ("connectionId", s(conn))]);
            let _ = gw.post(conn, welcome.stringify()).await;
            return Reply::new(200, "ok");
        }
        let msg = normalize(&raw);
        match msg.kind {
            Some(Kind::Register) => self.register(gw, conn, caller, &msg).await,
            Some(Kind::Monitor) => self.monitor(gw, conn, &msg).await,
            Some(Kind::Takeover) => self.takeover(gw, conn, caller, &msg).await,
            Some(kind) => self.signal(gw, conn, kind, &raw, msg).await,
            None => Reply::new(400, "Unknown message type"),
        }
    }

    async fn disconnect(&self, conn: &str) {
        // The ConnectionsTable item goes (and with it a monitor's
        // subscription); presence stays.
        self.tables().monitors.retain(|(c, _)| c != conn);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(text: &str) -> Inbound {
        normalize(&JsValue::parse(text).unwrap())
    }

    #[test]
    fn normalisation_follows_the_handler() {
        let m = norm(r#"{"type":"CANDIDATE","to":" r-1 ","candidate":"c","payload":[7]}"#);
        assert_eq!(m.kind, Some(Kind::IceCandidate));
        assert_eq!(m.robot_id.as_deref(), Some("r-1"));
        assert_eq!(m.payload.unwrap().stringify(), r#"{"0":7,"candidate":"c"}"#);
        // `robot-` ids win over `to`; register reads `from`, takeover only `robotId`.
        let m = norm(r#"{"type":"answer","to":"conn","from":"robot-9"}"#);
        assert_eq!(m.robot_id.as_deref(), Some("robot-9"));
        // `to` is the client's connection when `from` is the robot.
        assert_eq!(m.client_conn.as_deref(), Some("conn"));
        let m = norm(r#"{"type":"answer","to":"conn","from":"x","robotId":"r-9"}"#);
        assert_eq!(m.client_conn, None);
        assert_eq!(
            norm(r#"{"type":"register","from":"r"}"#)
                .robot_id
                .as_deref(),
            Some("r")
        );
        assert_eq!(norm(r#"{"type":"takeover","to":"r"}"#).robot_id, None);
        // Blank ids are absent; a falsy payload is none.
        assert_eq!(
            norm(r#"{"type":"offer","robotId":" \ufeff"}"#).robot_id,
            None
        );
        assert!(
            norm(r#"{"type":"offer","payload":"","sdp":""}"#)
                .payload
                .is_none()
        );
        assert!(norm("[1]").kind.is_none());
        assert_eq!(
            norm(r#"{"type":"offer","target":"CLIENT"}"#)
                .target
                .as_deref(),
            Some("client")
        );
    }

    #[test]
    fn admins_differ_between_register_and_takeover() {
        let g = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(is_admin(&g(&["Admin"])) && !is_takeover_admin(&g(&["Admin"])));
        assert!(is_admin(&g(&["admins"])) && !is_takeover_admin(&g(&["admins"])));
        assert!(is_takeover_admin(&g(&["admin"])) && is_takeover_admin(&g(&["ADMINS"])));
        assert!(!is_admin(&g(&["ops"])));
    }
}
