//! The AppSync Events client as the `appsync-events` backend: a peer
//! subscribes to its own channel (`/calls/{peer}`, namespace configurable)
//! and sends each signal by publishing to the target's channel; a send is
//! accepted on `publish_success`. Call events travel as PantherKolab's app
//! publishes them (`calls.rs`).
//!
//! Authorization: any AppSync mode (`--option appsync.auth=...`, see
//! `appsync::auth::Settings`); an API key when one is given, else the
//! identity's Cognito ID token. It travels as the `header-<base64url>`
//! subprotocol at connect and inside every subscribe and publish (IAM signs
//! each operation's own body).

use async_trait::async_trait;
use serde_json::{Map, Value, json};
use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use super::calls;
use super::wire;
use crate::auth::Identity;
use crate::backend::appsync::connection::{Connection, Frames, Handled, Handshake, refusal, send};
use crate::backend::appsync::follow::Subscribed;
use crate::backend::appsync::{self, auth::Authorizer, auth::Settings};
use crate::backend::call_sessions::CallSessions;
use crate::backend::meter::{Billed, Meter};
use crate::backend::ws;
use crate::backend::{Backend, ConnectTimings, Group, GroupSpec, PeerSpec, Session, SignalSender};
use crate::config::Target;
use crate::error::{Error, Result};
use crate::signal::{Event, IceCandidate, PeerId, Signal};

pub struct EventsBackend {
    target: Target,
    http: String,
    realtime: String,
    namespace: String,
    settings: Settings,
    meter: Arc<Meter>,
}

impl EventsBackend {
    pub fn boxed(target: &Target) -> Result<Box<dyn Backend>> {
        Ok(Box::new(Self::new(target)?))
    }

    /// The Event API of `target`: its URL, namespace and API key.
    pub fn new(target: &Target) -> Result<EventsBackend> {
        let settings = Settings::from_options(&target.options, "appsync-events", &["namespace"])?;
        let namespace = target
            .options
            .get("appsync.namespace")
            .cloned()
            .unwrap_or_else(|| "calls".to_owned());
        let http = target
            .http_url
            .clone()
            .or_else(|| target.ws_url.clone())
            .ok_or_else(|| {
                Error::usage("the appsync-events backend needs the Event API's URL (--http-url)")
            })?;
        let realtime = match &target.ws_url {
            Some(w) => w.clone(),
            None => wire::realtime_url(&http).map_err(Error::usage)?,
        };
        Ok(EventsBackend {
            target: target.clone(),
            http,
            realtime,
            namespace,
            settings,
            meter: Meter::new(&wire::EVENTS_TARIFF),
        })
    }

    pub fn http_url(&self) -> &str {
        &self.http
    }

    pub fn realtime_url(&self) -> &str {
        &self.realtime
    }

    /// Whether operations need the signed-in user's token.
    pub fn needs_user(&self) -> bool {
        self.settings.needs_identity()
    }

    /// The authorizer of operations for `identity`.
    pub async fn authorizer(&self, identity: Option<&Identity>) -> Result<Authorizer> {
        self.settings
            .authorizer(&self.http, HTTP_PATH, identity)
            .await
    }

    /// Open and acknowledge a connection authorized for `identity`; also how
    /// long the WebSocket handshake took.
    pub async fn open(&self, identity: Option<&Identity>) -> Result<(Connection, Duration)> {
        let auth = self.authorizer(identity).await?;
        // IAM signs `{}` for the connection.
        let protocols = format!(
            "{}, {}",
            wire::SUBPROTOCOL,
            wire::header_subprotocol(&auth.headers("{}")?)
        );
        let handshake = Handshake {
            url: &self.realtime,
            protocols,
            insecure: self.target.insecure,
            timeout: self.target.timeout,
            meter: &self.meter,
        };
        Connection::open(handshake, auth).await
    }

    /// Open a connection authorized for `identity` and subscribe to every
    /// channel.
    pub async fn subscribed(
        &self,
        identity: Option<&Identity>,
        channels: &[String],
    ) -> Result<Subscribed> {
        let (mut conn, _) = self.open(identity).await?;
        let mut ids = HashMap::new();
        let mut early = VecDeque::new();
        for (i, c) in channels.iter().enumerate() {
            let id = format!("s{i}-{}", uuid::Uuid::new_v4().simple());
            let frame = subscribe_frame(&conn.auth, &id, c)?;
            conn.request(frame, &id, "subscribe_success", &mut early)
                .await?;
            ids.insert(id, c.clone());
        }
        Ok(Subscribed { conn, ids, early })
    }

    /// Publish `events` (JSON strings) to `channel`: over HTTP (`POST
    /// /event`) or on a connection of its own. AppSync's outcome
    /// (`successful`, `failed`).
    pub async fn publish(
        &self,
        identity: Option<&Identity>,
        channel: &str,
        events: &[String],
        over_http: bool,
    ) -> Result<Value> {
        if over_http {
            let url = format!("{}{HTTP_PATH}", self.http.trim_end_matches('/'));
            let http = crate::util::http::http_client(self.target.insecure, self.target.timeout)?;
            let auth = self.authorizer(identity).await?;
            // The exact bytes IAM signs.
            let body = appsync::auth::publish_body(channel, events);
            self.meter
                .add(Billed::EventsOperations, events.len() as u64);
            return appsync::http::post_signed(&http, &url, &auth, body).await;
        }
        let (mut conn, _) = self.open(identity).await?;
        let id = format!("p-{}", uuid::Uuid::new_v4().simple());
        let frame = publish_frame(&conn.auth, &id, channel, events)?;
        // The frame's meter counts one event; the others are operations too.
        self.meter.add(
            Billed::EventsOperations,
            events.len().saturating_sub(1) as u64,
        );
        let mut early = VecDeque::new();
        let reply = conn
            .request(frame, &id, "publish_success", &mut early)
            .await;
        conn.close().await;
        reply
    }
}

/// The path IAM signatures are computed for.
const HTTP_PATH: &str = "/event";

/// A `subscribe` frame for `channel`, authorized.
pub fn subscribe_frame(auth: &Authorizer, id: &str, channel: &str) -> Result<Value> {
    let auth = auth.headers(&appsync::auth::subscribe_body(channel))?;
    Ok(json!({"type": "subscribe", "id": id, "channel": channel, "authorization": auth}))
}

/// A `publish` frame of `events` to `channel`, authorized.
pub fn publish_frame(
    auth: &Authorizer,
    id: &str,
    channel: &str,
    events: &[String],
) -> Result<Value> {
    let auth = auth.headers(&appsync::auth::publish_body(channel, events))?;
    Ok(
        json!({"type": "publish", "id": id, "channel": channel, "events": events, "authorization": auth}),
    )
}

type Pending = crate::backend::acks::Acks<String, Value>;

#[async_trait]
impl Backend for EventsBackend {
    fn meter(&self) -> &Meter {
        &self.meter
    }

    fn name(&self) -> &'static str {
        "appsync-events"
    }

    fn needs_identity(&self) -> bool {
        self.settings.needs_identity()
    }

    async fn sign_in_anonymously(&self) -> Result<Option<Identity>> {
        let identity = appsync::sign_in(&self.settings, &self.target).await?;
        Ok(self.meter.signed_in(identity))
    }

    async fn rendezvous(&self, _creator: Option<&Identity>, _spec: &GroupSpec) -> Result<Group> {
        // Each peer's channel is its meeting point: nothing to prepare.
        Ok(Group::default())
    }

    async fn connect(&self, _group: &Group, peer: &PeerSpec) -> Result<Session> {
        let timeout = self.target.timeout;
        let started = Instant::now();
        let (mut conn, connected) = self.open(peer.identity.as_ref()).await?;
        let channel = format!("/{}/{}", self.namespace, peer.id);
        let sub_id = format!("sub-{}", uuid::Uuid::new_v4().simple());
        let mut early = VecDeque::new();
        let subscribe = subscribe_frame(&conn.auth, &sub_id, &channel)?;
        tokio::time::timeout(
            timeout,
            conn.request(subscribe, &sub_id, "subscribe_success", &mut early),
        )
        .await
        .map_err(|_| {
            Error::Timeout(format!(
                "no subscribe_success for {channel} within {}",
                humantime::format_duration(timeout)
            ))
        })??;
        let pending = Pending::default();
        let sessions = Arc::new(CallSessions::default());
        let frames = EventsFrames {
            pending: pending.clone(),
            sessions: sessions.clone(),
        };
        let (writer, auth, reader) =
            conn.into_session(frames, early.iter().filter_map(|v| decode(v, &sessions)));
        Ok(Session {
            peer: peer.id.clone(),
            timings: ConnectTimings {
                connect: connected,
                register: started.elapsed() - connected,
            },
            sender: Box::new(EventsSender {
                writer,
                pending,
                next: AtomicU64::new(1),
                namespace: self.namespace.clone(),
                auth,
                me: peer.id.clone(),
                timeout,
                sessions,
            }),
            events: Box::new(reader),
        })
    }
}

/// The event of a `data` frame as a driver event; a call's session id
/// noted in `sessions`.
fn decode(v: &Value, sessions: &CallSessions) -> Option<Event> {
    let text = v["event"].as_str()?;
    let e: Value = serde_json::from_str(text).ok()?;
    let kind = e["type"].as_str()?;
    let data = e["data"].as_object()?;
    let from = PeerId::from(
        data.get("from")
            .and_then(Value::as_str)
            .unwrap_or("unknown"),
    );
    let sdp = || data.get("sdp").and_then(Value::as_str).map(str::to_owned);
    let signal = match kind {
        "offer" => Signal::Offer { sdp: sdp()? },
        "answer" => Signal::Answer { sdp: sdp()? },
        "candidate" => Signal::Candidate(
            serde_json::from_value::<IceCandidate>(data.get("candidate")?.clone()).ok()?,
        ),
        other => {
            let mut d: Map<String, Value> = data.clone();
            d.remove("from");
            d.remove("to");
            let name = match calls::our_name(other) {
                Some(ours) => {
                    if let Some(session) = calls::strip_fields(&mut d)
                        && ours == "ring"
                    {
                        sessions.set(&from, &session);
                    }
                    ours
                }
                None => other,
            };
            Signal::Event {
                name: name.to_owned(),
                data: d,
            }
        }
    };
    Some(Event::Signal { from, signal })
}

/// `signal` from `from` to `to` as the JSON of one event.
pub fn encode(from: &str, to: &str, signal: &Signal) -> String {
    encode_in(from, to, signal, None)
}

/// As `encode`; a call event in call `session` as the app publishes it.
fn encode_in(from: &str, to: &str, signal: &Signal, session: Option<&str>) -> String {
    let (kind, mut data) = match signal {
        Signal::Offer { sdp } => ("offer".to_owned(), json!({"sdp": sdp})),
        Signal::Answer { sdp } => ("answer".to_owned(), json!({"sdp": sdp})),
        Signal::Candidate(c) => ("candidate".to_owned(), json!({"candidate": c})),
        Signal::Event { name, data } => match (calls::wire_type(name), session) {
            (Some(t), Some(session)) => {
                let mut d = data.clone();
                calls::add_fields(name, &mut d, from, session);
                (t.to_owned(), Value::Object(d))
            }
            _ => (name.clone(), Value::Object(data.clone())),
        },
    };
    data["from"] = from.into();
    data["to"] = to.into();
    let now = crate::util::clock::now_rfc3339();
    json!({"type": kind, "data": data, "timestamp": now}).to_string()
}

struct EventsSender {
    writer: ws::Writer,
    pending: Pending,
    next: AtomicU64,
    namespace: String,
    auth: Authorizer,
    me: PeerId,
    timeout: Duration,
    sessions: Arc<CallSessions>,
}

impl EventsSender {
    /// The call `signal` belongs to, if it is a call event: a new one for
    /// a ring, else the one with `to`.
    fn call_of(&self, to: &PeerId, signal: &Signal) -> Result<Option<String>> {
        let Signal::Event { name, .. } = signal else {
            return Ok(None);
        };
        if calls::wire_type(name).is_none() {
            return Ok(None);
        }
        if name == "ring" {
            let session = uuid::Uuid::new_v4().to_string();
            self.sessions.set(to, &session);
            return Ok(Some(session));
        }
        self.sessions.with(to).map(Some).ok_or_else(|| {
            Error::failed(format!(
                "no call with {to} to {name}: a ring must come first"
            ))
        })
    }
}

#[async_trait]
impl SignalSender for EventsSender {
    async fn send(&mut self, to: &PeerId, signal: &Signal) -> Result<()> {
        let id = format!("pub-{}", self.next.fetch_add(1, Ordering::Relaxed));
        let rx = self.pending.register(id.clone());
        let session = self.call_of(to, signal)?;
        let event = encode_in(&self.me, to, signal, session.as_deref());
        let channel = format!("/{}/{to}", self.namespace);
        let frame = publish_frame(&self.auth, &id, &channel, &[event])?;
        send(&self.writer, frame).await?;
        let reply = self
            .pending
            .wait(&id, rx, self.timeout, "the publish")
            .await?;
        if reply["type"] != "publish_success" {
            return Err(refusal(&reply));
        }
        match reply["failed"].as_array().and_then(|f| f.first()) {
            Some(f) => Err(Error::failed(format!(
                "the Event API did not publish the event: {}",
                f["errorMessage"].as_str().unwrap_or("failed")
            ))),
            None => Ok(()),
        }
    }

    async fn send_raw(&mut self, text: &str) -> Result<()> {
        self.writer.send(text.to_owned()).await
    }

    async fn close(&mut self) -> Result<()> {
        self.writer.close(None).await;
        Ok(())
    }
}

/// Event API frames: `data` as signals, publish outcomes to the sends that
/// wait for them.
struct EventsFrames {
    pending: Pending,
    sessions: Arc<CallSessions>,
}

impl Frames for EventsFrames {
    fn frame(&mut self, kind: &str, v: Value) -> Handled {
        match kind {
            "subscribe_success" | "unsubscribe_success" => Handled::Skip,
            "data" => Handled::Event(
                decode(&v, &self.sessions)
                    .unwrap_or_else(|| Event::Unrecognized { raw: v.to_string() }),
            ),
            "publish_success" | "publish_error" => {
                // An outcome nobody waits for is the answer to a raw frame.
                let id = v["id"].as_str().unwrap_or_default().to_owned();
                match self.pending.resolve(&id, v) {
                    Some(v) if v["type"] == "publish_error" => Handled::Event(Event::ServerError {
                        message: refusal(&v).to_string(),
                    }),
                    _ => Handled::Skip,
                }
            }
            _ => Handled::No,
        }
    }

    fn closed(&mut self) {
        self.pending.clear();
    }
}

/// One real-time frame decoded as a subscribed session would: the fuzz
/// target's entry.
#[doc(hidden)]
pub fn decode_frame(text: &str) -> Result<ws::Decoded> {
    use ws::Codec;
    appsync::connection::AppsyncCodec(EventsFrames {
        pending: Pending::default(),
        sessions: Arc::default(),
    })
    .decode(text)
}
