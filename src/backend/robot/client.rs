//! The robot-presence client: a peer is either the robot (it registers and
//! answers the operators that signalled it) or an operator (it addresses a
//! robot by id).
//!
//! How the driver's peers map onto robot.md: the group is one robot id; its
//! host member plays the robot, the others operators. The server tells the
//! robot only the sender's `sub` or connection, so each signal carries the
//! sender's peer name as `peerId` inside its `payload` (an application
//! field the Lambda forwards). A robot learns an operator's connection from
//! the frame (`from` in upstream's flat frames, `clientConnectionId` in the
//! notes' design), and can signal an operator only after hearing from it.

use async_trait::async_trait;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Notify;

use super::wire;
use crate::auth::Identity;
use crate::backend::meter::{self, Meter};
use crate::backend::ws;
use crate::backend::{Backend, ConnectTimings, Group, GroupSpec, PeerSpec, Session, SignalSender};
use crate::config::Target;
use crate::error::{Error, Result};
use crate::signal::{Event, IceCandidate, PeerId, Presence, Signal, SignalKind};

const MAX_MESSAGE: usize = 4 << 20;
pub const DEFAULT_WS_URL: &str = "ws://127.0.0.1:8080";

/// The part a peer plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Robot,
    Operator,
}

/// The member of a group that plays its robot, chosen at rendezvous (a
/// group named by hand has none: `--role` says).
struct Host(PeerId);

fn host_of(group: &Group) -> Option<&PeerId> {
    group.state::<Host>().map(|h| &h.0)
}

impl Role {
    fn of(peer: &PeerSpec, group: &Group) -> Result<Role> {
        match peer.role.as_deref() {
            Some("robot") => Ok(Role::Robot),
            Some("operator") => Ok(Role::Operator),
            Some(other) => Err(Error::usage(format!(
                "unknown role '{other}' for the robot backend; use robot or operator"
            ))),
            None if host_of(group) == Some(&peer.id) => Ok(Role::Robot),
            None => Ok(Role::Operator),
        }
    }
}

pub struct RobotBackend {
    target: Target,
    ws_url: String,
    meter: Arc<Meter>,
}

impl RobotBackend {
    pub fn boxed(target: &Target) -> Result<Box<dyn Backend>> {
        Ok(Box::new(RobotBackend {
            target: target.clone(),
            ws_url: target
                .ws_url
                .clone()
                .unwrap_or_else(|| DEFAULT_WS_URL.to_owned()),
            meter: Meter::new(&meter::API_GATEWAY),
        }))
    }

    /// The WebSocket URL with `?token=` added (API Gateway passes the query
    /// string to `$connect`).
    fn url_with_token(&self, token: &str) -> Result<String> {
        let mut url = reqwest::Url::parse(&self.ws_url).map_err(|e| {
            Error::usage(format!(
                "'{}' is not a usable WebSocket URL: {e}",
                self.ws_url
            ))
        })?;
        url.query_pairs_mut().append_pair("token", token);
        Ok(url.into())
    }
}

/// The operators a robot has heard from: peer name → connection id.
#[derive(Default)]
struct Directory {
    conns: std::sync::Mutex<HashMap<PeerId, String>>,
    learned: Notify,
}

impl Directory {
    fn get(&self, peer: &PeerId) -> Option<String> {
        let conns = self.conns.lock().unwrap_or_else(|p| p.into_inner());
        conns.get(peer).cloned()
    }

    fn learn(&self, peer: PeerId, conn: String) {
        let mut conns = self.conns.lock().unwrap_or_else(|p| p.into_inner());
        if conns.get(&peer) != Some(&conn) {
            conns.insert(peer, conn);
            drop(conns);
            self.learned.notify_waiters();
        }
    }

    /// `peer`'s connection, waiting up to `timeout` for its first signal.
    async fn wait_for(&self, peer: &PeerId, timeout: Duration) -> Option<String> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let learned = self.learned.notified();
            tokio::pin!(learned);
            learned.as_mut().enable();
            if let Some(c) = self.get(peer) {
                return Some(c);
            }
            if tokio::time::timeout_at(deadline, learned).await.is_err() {
                return None;
            }
        }
    }
}

#[async_trait]
impl Backend for RobotBackend {
    fn meter(&self) -> &Meter {
        &self.meter
    }

    fn name(&self) -> &'static str {
        "robot"
    }

    fn cannot_carry(&self, kind: SignalKind, name: &str) -> Option<String> {
        (kind == SignalKind::Event).then(|| {
            format!("'{name}' is an application event; the robot Lambda handles only register, takeover, offers, answers and candidates and drops anything else")
        })
    }

    async fn sign_in_anonymously(&self) -> Result<Option<Identity>> {
        let t = &self.target;
        let identity =
            crate::auth::anonymous::from_emulator(t.http_url.as_deref(), t.insecure, t.timeout)
                .await?;
        Ok(self.meter.signed_in(identity))
    }

    async fn rendezvous(&self, _creator: Option<&Identity>, spec: &GroupSpec) -> Result<Group> {
        // One robot per group, played by the last member (the answerer of
        // the built-in flows); the others are its operators.
        let id = uuid::Uuid::new_v4().simple().to_string();
        let id = Some(format!("r-{}", &id[..12]));
        Ok(match spec.peers.last() {
            Some(host) => Group::with_state(id, Host(host.clone())),
            None => Group::named(id),
        })
    }

    async fn connect(&self, group: &Group, peer: &PeerSpec) -> Result<Session> {
        let role = Role::of(peer, group)?;
        let robot_id = group.id.clone();
        if role == Role::Robot && robot_id.is_none() {
            return Err(Error::usage("a robot needs its robot id: --robot-id ID"));
        }
        let identity = peer.identity.as_ref().ok_or_else(|| {
            Error::Auth(
                "the robot backend needs an ID token: sign in first, or pass --id-token".into(),
            )
        })?;
        let started = Instant::now();
        let url = self.url_with_token(&identity.id_token)?;
        let timeout = self.target.timeout;
        let stream = ws::connect(&url, self.target.insecure, timeout, MAX_MESSAGE).await?;
        let connected = started.elapsed();
        let (writer, stream) = ws::split(stream, &self.meter);
        let directory = Arc::new(Directory::default());
        let codec = RobotCodec {
            directory: directory.clone(),
        };
        let mut reader = ws::Reader::new(stream, writer.clone(), codec);
        if let (Role::Robot, Some(robot_id)) = (role, &robot_id) {
            let confirm = register(&writer, &mut reader, robot_id);
            tokio::time::timeout(timeout, confirm)
                .await
                .map_err(|_| {
                    Error::Timeout(format!(
                        "robot {robot_id}: the server did not confirm the registration within {} \
                         (without route responses it stays silent when another owner holds the robot)",
                        humantime::format_duration(timeout)
                    ))
                })??;
        }
        let timings = ConnectTimings {
            connect: connected,
            register: started.elapsed() - connected,
        };
        Ok(Session {
            peer: peer.id.clone(),
            timings,
            sender: Box::new(RobotSender {
                writer,
                role,
                robot_id,
                host: host_of(group).cloned(),
                me: peer.id.clone(),
                directory: directory.clone(),
                timeout,
            }),
            events: Box::new(reader),
        })
    }
}

/// Register as `robot_id`, then signal ourselves: the Lambda answers
/// nothing without route responses, so our own message coming back through
/// the robot's record proves the record is ours.
async fn register(
    writer: &ws::Writer,
    reader: &mut ws::Reader<RobotCodec>,
    robot_id: &str,
) -> Result<()> {
    let nonce = format!("{:016x}", rand::random::<u64>());
    writer.send(wire::register(robot_id)).await?;
    let probe = wire::signal("ice-candidate", robot_id, None, json!({"probe": nonce}));
    writer.send(probe).await?;
    loop {
        let Ok(text) = reader.next_text().await else {
            return Err(Error::protocol(
                "the server closed the connection after register",
            ));
        };
        let v: Value = serde_json::from_str(&text).map_err(not_json)?;
        if let Some((status, body)) = status_of(&v)
            && !(200..300).contains(&status)
        {
            let message = format!("the server refused robot {robot_id}: {status} {body}");
            return Err(if status == 401 || status == 403 {
                Error::Auth(message)
            } else {
                Error::failed(message)
            });
        }
        if v["payload"]["probe"] == nonce.as_str() || v["probe"] == nonce.as_str() {
            return Ok(());
        }
        if let Some(e) = decode(&text, &reader.codec.directory)? {
            reader.keep(e);
        }
    }
}

/// The robot Lambda's frames, decoded; operators that signal a robot are
/// noted in its directory.
struct RobotCodec {
    directory: Arc<Directory>,
}

impl ws::Codec for RobotCodec {
    fn decode(&mut self, text: &str) -> Result<ws::Decoded> {
        Ok(match decode(text, &self.directory)? {
            Some(e) => ws::Decoded::Event(e),
            None => ws::Decoded::Skip,
        })
    }
}

fn not_json(e: serde_json::Error) -> Error {
    Error::protocol(format!("the server sent a frame that is not JSON: {e}"))
}

/// A route response: the Lambda's status and body.
fn status_of(v: &Value) -> Option<(u64, String)> {
    let status = v.get("statusCode")?.as_u64()?;
    let body = match v.get("body") {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    Some((status, body))
}

/// The payload of `signal` from peer `me`: a session description or an ICE
/// candidate as browsers serialize them, plus our `peerId`.
pub fn payload(me: &str, signal: &Signal) -> (String, Value) {
    let (kind, mut p) = match signal {
        Signal::Offer { sdp } => ("offer".to_owned(), json!({"type": "offer", "sdp": sdp})),
        Signal::Answer { sdp } => ("answer".to_owned(), json!({"type": "answer", "sdp": sdp})),
        Signal::Candidate(c) => ("ice-candidate".to_owned(), json!(c)),
        Signal::Event { name, data } => (name.clone(), Value::Object(data.clone())),
    };
    if let Some(m) = p.as_object_mut() {
        m.insert("peerId".into(), me.into());
    }
    (kind, p)
}

/// Map one server frame to a driver event, noting operators' connections.
/// `None` for frames that mean nothing to the driver (successful route
/// responses, registration probes).
fn decode(text: &str, directory: &Directory) -> Result<Option<Event>> {
    let v: Value = serde_json::from_str(text).map_err(not_json)?;
    let unrecognized = || {
        Ok(Some(Event::Unrecognized {
            raw: text.to_owned(),
        }))
    };
    if let Some((status, body)) = status_of(&v) {
        if (200..300).contains(&status) {
            return Ok(None);
        }
        return Ok(Some(Event::ServerError {
            message: format!("{status} {body}"),
        }));
    }
    if let Some(message) = ws::gateway_error(&v) {
        return Ok(Some(Event::ServerError {
            message: message.to_owned(),
        }));
    }
    let kind = v.get("type").and_then(Value::as_str).unwrap_or("");
    // `serve --diagnostics` explaining a silence.
    if kind == "error"
        && let Some(message) = v.get("message").and_then(Value::as_str)
    {
        return Ok(Some(Event::ServerError {
            message: message.to_owned(),
        }));
    }
    if kind == "admin-takeover" {
        let by = v.get("by").and_then(Value::as_str).unwrap_or("admin");
        return Ok(Some(Event::Presence {
            peer: by.into(),
            change: Presence::TakenOver,
        }));
    }
    let Some(kind) = wire::canonical_kind(kind) else {
        return unrecognized();
    };
    let Some(Signalled {
        payload: p,
        from,
        conn,
    }) = signalled(&v)
    else {
        return unrecognized();
    };
    if p.contains_key("probe") {
        return Ok(None);
    }
    if let Some(conn) = conn {
        directory.learn(from.clone(), conn.to_owned());
    }
    let sdp = || p.get("sdp").and_then(Value::as_str).map(str::to_owned);
    let signal = match kind {
        "offer" => sdp().map(|sdp| Signal::Offer { sdp }),
        "answer" => sdp().map(|sdp| Signal::Answer { sdp }),
        _ => serde_json::from_value::<IceCandidate>(Value::Object(p.clone()))
            .ok()
            .map(Signal::Candidate),
    };
    match signal {
        Some(signal) => Ok(Some(Event::Signal { from, signal })),
        None => unrecognized(),
    }
}

/// A forwarded signal, in either shape the Lambda versions use.
struct Signalled<'a> {
    /// The payload; in a flat frame the whole frame (its `type`, `to` and
    /// `from` are never read as payload fields).
    payload: &'a serde_json::Map<String, Value>,
    /// The sender: our `peerId`, else what the Lambda says.
    from: PeerId,
    /// The sender's connection, when the frame names it.
    conn: Option<&'a str>,
}

/// Wrapped (`{type, robotId, from, payload}`, robot.md's design: `from` is
/// the sender's `sub`, and `clientConnectionId` its connection), or flat
/// (`{type, to, from, ...payload}`, upstream since 2025-11-27: `from` is
/// the sender's connection, or the robot id when the robot sent it).
fn signalled(v: &Value) -> Option<Signalled<'_>> {
    let str_of = |key: &str| v.get(key).and_then(Value::as_str);
    let (payload, conn, fallback) = match v.get("payload").and_then(Value::as_object) {
        Some(p) => {
            let conn = str_of("clientConnectionId");
            // Without a connection, the sender is the robot: known by its id.
            let fallback = if conn.is_some() { "from" } else { "robotId" };
            (p, conn, fallback)
        }
        None => {
            let p = v.as_object()?;
            let conn = str_of("clientConnectionId")
                .or_else(|| str_of("from").filter(|f| Some(*f) != str_of("to")));
            (p, conn, "from")
        }
    };
    let from = payload
        .get("peerId")
        .and_then(Value::as_str)
        .or_else(|| str_of(fallback))?;
    Some(Signalled {
        from: from.into(),
        payload,
        conn,
    })
}

struct RobotSender {
    writer: ws::Writer,
    role: Role,
    robot_id: Option<String>,
    /// The robot's peer name in a group made by `rendezvous`.
    host: Option<PeerId>,
    me: PeerId,
    directory: Arc<Directory>,
    timeout: Duration,
}

#[async_trait]
impl SignalSender for RobotSender {
    async fn send(&mut self, to: &PeerId, signal: &Signal) -> Result<()> {
        let (kind, payload) = payload(&self.me, signal);
        let text = match (self.role, &self.robot_id) {
            (Role::Robot, Some(robot_id)) => {
                let Some(conn) = self.directory.wait_for(to, self.timeout).await else {
                    return Err(Error::failed(format!(
                        "robot {robot_id} has not heard from {to}: a robot can signal only operators that signalled it first"
                    )));
                };
                wire::signal(&kind, robot_id, Some(&conn), payload)
            }
            // Operators address robots by id; in a rendezvous group the
            // robot's peer name stands for the group's robot.
            _ => {
                let robot = match (&self.host, &self.robot_id) {
                    (Some(host), Some(id)) if host == to => id.as_str(),
                    _ => to.as_ref(),
                };
                wire::signal(&kind, robot, None, payload)
            }
        };
        self.writer.send(text).await
    }

    async fn send_raw(&mut self, text: &str) -> Result<()> {
        self.writer.send(text.to_owned()).await
    }

    async fn close(&mut self) -> Result<()> {
        self.writer.close(None).await;
        Ok(())
    }
}

/// One server frame decoded as a session would: the fuzz target's entry.
#[doc(hidden)]
pub fn decode_frame(text: &str) -> Result<ws::Decoded> {
    use ws::Codec;
    RobotCodec {
        directory: Arc::default(),
    }
    .decode(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals_round_trip_through_the_robot_shape() {
        let dir = Directory::default();
        for s in [
            Signal::Offer {
                sdp: "v=0\r\n".into(),
            },
            Signal::Answer {
                sdp: "v=0\r\n".into(),
            },
            Signal::Candidate(IceCandidate {
                candidate: "candidate:1".into(),
                sdp_mid: Some("0".into()),
                sdp_mline_index: Some(0),
            }),
        ] {
            let (kind, p) = payload("op-1", &s);
            let forwarded = wire::forwarded(&kind, "r-1", "sub-1", Some("CONN="), &p);
            assert_eq!(
                decode(&forwarded, &dir).unwrap(),
                Some(Event::Signal {
                    from: "op-1".into(),
                    signal: s
                })
            );
        }
        assert_eq!(dir.get(&"op-1".into()), Some("CONN=".into()));
        // A real robot's answer has no peerId: the sender is the robot id.
        let plain = wire::forwarded("answer", "r-1", "sub-1", None, &json!({"sdp": "x"}));
        assert!(matches!(
            decode(&plain, &dir).unwrap(),
            Some(Event::Signal { from, .. }) if &*from == "r-1"
        ));
        assert_eq!(
            decode(&wire::route_response(200, "OK"), &dir).unwrap(),
            None
        );
        assert_eq!(
            decode(&wire::route_response(404, "robot offline"), &dir).unwrap(),
            Some(Event::ServerError {
                message: "404 robot offline".into()
            })
        );
        assert!(matches!(
            decode(&wire::admin_takeover("r-1", "boss"), &dir).unwrap(),
            Some(Event::Presence {
                change: Presence::TakenOver,
                ..
            })
        ));
        assert_eq!(decode("nope", &dir).unwrap_err().code(), 6);
    }

    #[tokio::test]
    async fn a_robot_waits_for_an_operator_it_has_not_heard_from() {
        let dir = Arc::new(Directory::default());
        let d = dir.clone();
        let later = tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(50)).await;
            d.learn("a".into(), "C1".into());
        });
        assert_eq!(
            dir.wait_for(&"a".into(), Duration::from_secs(30)).await,
            Some("C1".into())
        );
        later.await.unwrap();
        assert_eq!(
            dir.wait_for(&"b".into(), Duration::from_millis(20)).await,
            None
        );
    }
}
