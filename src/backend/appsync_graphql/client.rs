//! The AppSync GraphQL client as the `appsync-graphql` backend: a peer
//! subscribes `onSignal(to: <itself>)` over the real-time endpoint and sends
//! each signal as a `sendSignal` mutation over HTTP; a send is accepted when
//! the mutation returns without errors.
//!
//! `data` is a JSON string holding the signal and the sender's peer id
//! (auth modes without an identity give the resolver no `from`). Received
//! signals are filtered on `to` here as well, because the widely used npm
//! simulator does not filter.

use async_trait::async_trait;
use serde_json::{Map, Value, json};
use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use super::wire;
use crate::auth::Identity;
use crate::backend::appsync::auth::{Authorizer, Settings};
use crate::backend::appsync::connection::{Connection, Frames, Handled, Handshake, errors};
use crate::backend::appsync::follow::Subscribed;
use crate::backend::appsync::{self, header_subprotocol};
use crate::backend::meter::{Billed, Meter};
use crate::backend::ws;
use crate::backend::{Backend, ConnectTimings, Group, GroupSpec, PeerSpec, Session, SignalSender};
use crate::config::Target;
use crate::error::{Error, Result};
use crate::signal::{Event, IceCandidate, PeerId, Signal};

const SEND_SIGNAL: &str = "mutation SendSignal($to: String!, $action: String!, $data: String!) { sendSignal(to: $to, action: $action, data: $data) { from to action data } }";
const ON_SIGNAL: &str =
    "subscription OnSignal($to: String!) { onSignal(to: $to) { from to action data } }";

pub struct GraphqlBackend {
    target: Target,
    graphql: String,
    realtime: String,
    settings: Settings,
    meter: Arc<Meter>,
    /// Asked for, or learnt from a server that refused the subprotocol form.
    auth_in_query: AtomicBool,
    poster: Poster,
}

impl GraphqlBackend {
    pub fn boxed(target: &Target) -> Result<Box<dyn Backend>> {
        Ok(Box::new(Self::new(target)?))
    }

    /// The GraphQL API of `target`: its URL and authorization.
    pub fn new(target: &Target) -> Result<GraphqlBackend> {
        let settings =
            Settings::from_options(&target.options, "appsync-graphql", &["auth-in-query"])?;
        let auth_in_query = match target
            .options
            .get("appsync.auth-in-query")
            .map(String::as_str)
        {
            None | Some("false") => false,
            Some("true") => true,
            Some(other) => {
                return Err(Error::usage(format!(
                    "--option appsync.auth-in-query={other}: expected true or false"
                )));
            }
        };
        let http = target.http_url.clone().ok_or_else(|| {
            Error::usage("the appsync-graphql backend needs the GraphQL API's URL (--http-url)")
        })?;
        let graphql = wire::graphql_url(&http).map_err(Error::usage)?;
        let realtime = match &target.ws_url {
            Some(w) => w.clone(),
            None => wire::realtime_url(&graphql).map_err(Error::usage)?,
        };
        let meter = Meter::new(&wire::GRAPHQL_TARIFF);
        Ok(GraphqlBackend {
            poster: Poster {
                http: crate::util::http::http_client(target.insecure, target.timeout)?,
                graphql: graphql.clone(),
                meter: meter.clone(),
            },
            target: target.clone(),
            graphql,
            realtime,
            settings,
            meter,
            auth_in_query: AtomicBool::new(auth_in_query),
        })
    }

    /// Carry the connection's authorization in the URL's query string
    /// (`?header=...&payload=e30=`) instead of a subprotocol.
    pub fn set_auth_in_query(&mut self, yes: bool) {
        if yes {
            self.auth_in_query.store(true, Ordering::Relaxed);
        }
    }

    pub fn graphql_url(&self) -> &str {
        &self.graphql
    }

    pub fn realtime_url(&self) -> &str {
        &self.realtime
    }

    /// Whether operations need the signed-in user's token.
    pub fn needs_user(&self) -> bool {
        self.settings.needs_identity()
    }

    pub async fn authorizer(&self, identity: Option<&Identity>) -> Result<Authorizer> {
        self.settings
            .authorizer(&self.graphql, wire::HTTP_PATH, identity)
            .await
    }

    /// Open and acknowledge a real-time connection; also how long the
    /// WebSocket handshake took. The authorization goes in a `header-...`
    /// subprotocol, as AWS's clients send it, unless the query form was
    /// asked for; a server that closes the connection before acknowledging
    /// the subprotocol form (the Amplify simulator reads only the query
    /// string) is tried once more with the query form.
    pub async fn open(&self, identity: Option<&Identity>) -> Result<(Connection, Duration)> {
        if self.auth_in_query.load(Ordering::Relaxed) {
            return self.open_with(identity, true).await;
        }
        match self.open_with(identity, false).await {
            Err(e) if appsync::connection::closed_before_ack(&e) => {
                let again = self.open_with(identity, true).await;
                if again.is_ok() && !self.auth_in_query.swap(true, Ordering::Relaxed) {
                    // Said once; every later connection uses the query form.
                    eprintln!(
                        "note: {} closed the connection before connection_ack with the \
                         authorization in a subprotocol; connected with it in the query string \
                         instead (--option appsync.auth-in-query=true skips the first try)",
                        self.realtime
                    );
                }
                again.map_err(|_| e)
            }
            other => other,
        }
    }

    async fn open_with(
        &self,
        identity: Option<&Identity>,
        in_query: bool,
    ) -> Result<(Connection, Duration)> {
        let auth = self.authorizer(identity).await?;
        let connect = auth.headers_at(wire::CONNECT_PATH, "{}")?;
        let (url, protocols) = if in_query {
            (
                wire::with_query_auth(&self.realtime, &connect).map_err(Error::usage)?,
                wire::SUBPROTOCOL.to_owned(),
            )
        } else {
            (
                self.realtime.clone(),
                format!("{}, {}", wire::SUBPROTOCOL, header_subprotocol(&connect)),
            )
        };
        let handshake = Handshake {
            url: &url,
            protocols,
            insecure: self.target.insecure,
            timeout: self.target.timeout,
            meter: &self.meter,
        };
        Connection::open(handshake, auth).await
    }

    /// Run a query or mutation over HTTP: the response body, or why not
    /// (401/403 → authentication; other statuses → failure).
    pub async fn post(&self, auth: &Authorizer, request: &Value) -> Result<Value> {
        self.poster.post(auth, request).await
    }

    /// Open a connection authorized for `identity` and start a subscription
    /// for each of `requests` (`{query, variables}`).
    pub async fn started(
        &self,
        identity: Option<&Identity>,
        requests: &[Value],
    ) -> Result<Subscribed> {
        let (mut conn, _) = self.open(identity).await?;
        let mut ids = HashMap::new();
        let mut early = VecDeque::new();
        for r in requests {
            let id = uuid::Uuid::new_v4().to_string();
            let frame = start_frame(&conn.auth, &id, r)?;
            conn.request(frame, &id, "start_ack", &mut early).await?;
            ids.insert(id, r["query"].as_str().unwrap_or_default().to_owned());
        }
        Ok(Subscribed { conn, ids, early })
    }
}

/// A `start` frame for `request` (`{query, variables}`), authorized for
/// exactly the `data` string it carries.
pub fn start_frame(auth: &Authorizer, id: &str, request: &Value) -> Result<Value> {
    let data = request.to_string();
    let headers = auth.headers(&data)?;
    Ok(wire::start_frame(id, &data, &headers))
}

#[async_trait]
impl Backend for GraphqlBackend {
    fn meter(&self) -> &Meter {
        &self.meter
    }

    fn name(&self) -> &'static str {
        "appsync-graphql"
    }

    fn needs_identity(&self) -> bool {
        self.settings.needs_identity()
    }

    async fn sign_in_anonymously(&self) -> Result<Option<Identity>> {
        let identity = appsync::sign_in(&self.settings, &self.target).await?;
        Ok(self.meter.signed_in(identity))
    }

    async fn rendezvous(&self, _creator: Option<&Identity>, _spec: &GroupSpec) -> Result<Group> {
        // A subscription per peer is all the meeting there is.
        Ok(Group::default())
    }

    async fn connect(&self, _group: &Group, peer: &PeerSpec) -> Result<Session> {
        let timeout = self.target.timeout;
        let started = Instant::now();
        let (mut conn, connected) = self.open(peer.identity.as_ref()).await?;
        let sub_id = uuid::Uuid::new_v4().to_string();
        let request = json!({"query": ON_SIGNAL, "variables": {"to": peer.id.as_str()}});
        let frame = start_frame(&conn.auth, &sub_id, &request)?;
        let mut early = VecDeque::new();
        tokio::time::timeout(
            timeout,
            conn.request(frame, &sub_id, "start_ack", &mut early),
        )
        .await
        .map_err(|_| {
            Error::Timeout(format!(
                "no start_ack for onSignal(to: {}) within {}",
                peer.id,
                humantime::format_duration(timeout)
            ))
        })??;
        let early = early.iter().filter_map(|v| decode(v, peer.id.as_str()));
        let frames = GraphqlFrames {
            me: peer.id.clone(),
        };
        let (writer, auth, reader) = conn.into_session(frames, early);
        Ok(Session {
            peer: peer.id.clone(),
            timings: ConnectTimings {
                connect: connected,
                register: started.elapsed() - connected,
            },
            sender: Box::new(GraphqlSender {
                poster: self.poster.clone(),
                auth,
                writer,
                me: peer.id.clone(),
            }),
            events: Box::new(reader),
        })
    }
}

/// Posts queries and mutations (the backend's, and each sender's).
#[derive(Clone)]
struct Poster {
    http: reqwest::Client,
    graphql: String,
    meter: Arc<Meter>,
}

impl Poster {
    /// A query or mutation: one operation, whatever its answer.
    async fn post(&self, auth: &Authorizer, request: &Value) -> Result<Value> {
        self.meter.add(Billed::GraphqlOperations, 1);
        appsync::http::post_signed(&self.http, &self.graphql, auth, request.to_string()).await
    }
}

/// `signal` as a `sendSignal`'s `action` and `data` (a JSON string carrying
/// the sender's peer id).
pub fn encode(from: &str, signal: &Signal) -> (String, String) {
    let (action, mut data) = match signal {
        Signal::Offer { sdp } => ("offer".to_owned(), json!({"sdp": sdp})),
        Signal::Answer { sdp } => ("answer".to_owned(), json!({"sdp": sdp})),
        Signal::Candidate(c) => ("candidate".to_owned(), json!({"candidate": c})),
        Signal::Event { name, data } => (name.clone(), Value::Object(data.clone())),
    };
    data["from"] = from.into();
    (action, data.to_string())
}

/// A `data` frame as a driver event, if it is addressed to `me`.
fn decode(v: &Value, me: &str) -> Option<Event> {
    let s = v["payload"]["data"].as_object()?.values().next()?;
    if s["to"].as_str() != Some(me) {
        return None;
    }
    let action = s["action"].as_str()?;
    let data: Map<String, Value> = serde_json::from_str(s["data"].as_str()?).ok()?;
    let from = PeerId::from(
        data.get("from")
            .and_then(Value::as_str)
            .or(s["from"].as_str())
            .unwrap_or("unknown"),
    );
    let sdp = || data.get("sdp").and_then(Value::as_str).map(str::to_owned);
    let signal = match action {
        "offer" => Signal::Offer { sdp: sdp()? },
        "answer" => Signal::Answer { sdp: sdp()? },
        "candidate" => Signal::Candidate(
            serde_json::from_value::<IceCandidate>(data.get("candidate")?.clone()).ok()?,
        ),
        other => {
            let mut d = data.clone();
            d.remove("from");
            Signal::Event {
                name: other.to_owned(),
                data: d,
            }
        }
    };
    Some(Event::Signal { from, signal })
}

struct GraphqlSender {
    poster: Poster,
    auth: Authorizer,
    writer: ws::Writer,
    me: PeerId,
}

#[async_trait]
impl SignalSender for GraphqlSender {
    async fn send(&mut self, to: &PeerId, signal: &Signal) -> Result<()> {
        let (action, data) = encode(self.me.as_str(), signal);
        let request = json!({"query": SEND_SIGNAL, "variables": {"to": to.as_str(), "action": action, "data": data}});
        let v = self.poster.post(&self.auth, &request).await?;
        let first = &errors(&v)[0];
        if first.is_object() {
            return Err(Error::failed(format!(
                "sendSignal failed: {}: {}",
                first["errorType"].as_str().unwrap_or_default(),
                first["message"].as_str().unwrap_or_default()
            )));
        }
        Ok(())
    }

    async fn send_raw(&mut self, text: &str) -> Result<()> {
        self.writer.send(text.to_owned()).await
    }

    async fn close(&mut self) -> Result<()> {
        self.writer.close(None).await;
        Ok(())
    }
}

/// GraphQL real-time frames: `data` addressed to `me` as signals.
struct GraphqlFrames {
    me: PeerId,
}

impl Frames for GraphqlFrames {
    fn frame(&mut self, kind: &str, v: Value) -> Handled {
        match kind {
            "start_ack" | "complete" => Handled::Skip,
            // Someone else's signal (a server that does not filter), or not
            // a signal: dropped.
            "data" => decode(&v, self.me.as_str()).map_or(Handled::Skip, Handled::Event),
            _ => Handled::No,
        }
    }
}

/// One real-time frame decoded as peer `a`'s subscribed session would: the
/// fuzz target's entry.
#[doc(hidden)]
pub fn decode_frame(text: &str) -> Result<ws::Decoded> {
    use ws::Codec;
    appsync::connection::AppsyncCodec(GraphqlFrames {
        me: PeerId::new("a"),
    })
    .decode(text)
}
