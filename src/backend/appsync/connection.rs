//! One AppSync real-time connection (Events or GraphQL): the WebSocket
//! handshake with the authorization object, `connection_init` →
//! `connection_ack`, operations answered by id, and the keep-alive
//! watchdog. The protocols differ in their subprotocol, their frames and
//! where errors sit (`errors` or `payload.errors`); both are read here.

use futures_util::stream::{SplitSink, SplitStream};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use std::collections::VecDeque;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;

use super::auth::Authorizer;
use crate::backend::ws::{self, WsStream};
use crate::error::{Error, Result};
use crate::signal::Event;

const MAX_MESSAGE: usize = 4 << 20;
/// What clients wait between `ka` frames when the ack does not say.
pub const DEFAULT_CONNECTION_TIMEOUT_MS: u64 = 300_000;

pub type Sink = Arc<Mutex<SplitSink<WsStream, Message>>>;

/// How to open a connection.
pub struct Handshake<'a> {
    /// The real-time URL (already carrying the query-form auth, if used).
    pub url: &'a str,
    /// `Sec-WebSocket-Protocol`: the protocol's name, and the
    /// `header-...` entry unless the URL carries the auth.
    pub protocols: String,
    pub insecure: bool,
    pub timeout: Duration,
}

/// An acknowledged connection.
pub struct Connection {
    pub sink: Sink,
    pub stream: SplitStream<WsStream>,
    /// The longest wait between frames (`connectionTimeoutMs`).
    pub keepalive: Duration,
    /// Makes the authorization object of every operation.
    pub auth: Authorizer,
}

impl Connection {
    /// Connect, send `connection_init` and wait for `connection_ack` (which
    /// may come before the init); also how long the WebSocket handshake took.
    pub async fn open(h: Handshake<'_>, auth: Authorizer) -> Result<(Connection, Duration)> {
        let started = Instant::now();
        let mut request = h
            .url
            .into_client_request()
            .map_err(|e| Error::usage(format!("'{}' is not a usable WebSocket URL: {e}", h.url)))?;
        request.headers_mut().insert(
            "Sec-WebSocket-Protocol",
            HeaderValue::from_str(&h.protocols).map_err(|e| Error::usage(e.to_string()))?,
        );
        let stream = ws::connect_request(request, h.insecure, h.timeout, MAX_MESSAGE).await?;
        let connected = started.elapsed();
        let (sink, mut stream) = stream.split();
        let sink: Sink = Arc::new(Mutex::new(sink));
        let ack = async {
            send(&sink, json!({"type": "connection_init"})).await?;
            loop {
                let v = read(&mut stream).await?;
                match v["type"].as_str().unwrap_or_default() {
                    "connection_ack" => return Ok(v),
                    "connection_error" | "error" => return Err(refusal(&v)),
                    _ => {}
                }
            }
        };
        let ack = tokio::time::timeout(h.timeout, ack).await.map_err(|_| {
            Error::Timeout(format!(
                "no connection_ack from {} within {}",
                h.url,
                humantime::format_duration(h.timeout)
            ))
        })??;
        let ms = ack["connectionTimeoutMs"]
            .as_u64()
            .or_else(|| ack["payload"]["connectionTimeoutMs"].as_u64())
            .unwrap_or(DEFAULT_CONNECTION_TIMEOUT_MS);
        Ok((
            Connection {
                sink,
                stream,
                keepalive: Duration::from_millis(ms),
                auth,
            },
            connected,
        ))
    }

    /// Send `frame` (operation `id`) and read until its `ok` frame, or fail
    /// with its error; `data` frames read meanwhile go to `early`.
    pub async fn request(
        &mut self,
        frame: Value,
        id: &str,
        ok: &str,
        early: &mut VecDeque<Value>,
    ) -> Result<Value> {
        send(&self.sink, frame).await?;
        loop {
            let v = read(&mut self.stream).await?;
            let kind = v["type"].as_str().unwrap_or_default();
            if kind == "data" {
                early.push_back(v);
            } else if v["id"] == id && kind == ok {
                return Ok(v);
            } else if kind.ends_with("error") && (v["id"] == id || v.get("id").is_none()) {
                return Err(refusal(&v));
            }
        }
    }

    /// The next frame, or `None` once the connection ended or stayed silent
    /// past the keep-alive.
    pub async fn next_frame(&mut self) -> Option<Value> {
        loop {
            let msg = tokio::time::timeout(self.keepalive, self.stream.next())
                .await
                .ok()?;
            match ws::classify(msg) {
                ws::Read::Text(t) => return serde_json::from_str(&t).ok(),
                ws::Read::Closed(_) => return None,
                ws::Read::Other => continue,
            }
        }
    }

    pub async fn close(self) {
        let _ = self.sink.lock().await.close().await;
    }
}

pub async fn send(sink: &Sink, v: Value) -> Result<()> {
    send_text(sink, v.to_string()).await
}

pub async fn send_text(sink: &Sink, text: String) -> Result<()> {
    sink.lock()
        .await
        .send(Message::text(text))
        .await
        .map_err(|e| Error::Unreachable(format!("the connection to AppSync failed: {e}")))
}

async fn read(stream: &mut SplitStream<WsStream>) -> Result<Value> {
    loop {
        match ws::classify(stream.next().await) {
            ws::Read::Text(t) => {
                return serde_json::from_str(&t).map_err(|e| {
                    Error::protocol(format!("AppSync sent a frame that is not JSON: {e}"))
                });
            }
            ws::Read::Closed(Event::Closed { code, reason }) => {
                return Err(Error::Unreachable(format!(
                    "AppSync closed the connection ({code:?}): {reason}"
                )));
            }
            _ => continue,
        }
    }
}

/// The error objects of an error frame: `errors` (Events) or
/// `payload.errors` (GraphQL).
pub fn errors(v: &Value) -> &Value {
    if v["errors"].is_array() {
        &v["errors"]
    } else {
        &v["payload"]["errors"]
    }
}

/// An error frame as an error: authorization failures are exit 4.
pub fn refusal(v: &Value) -> Error {
    let e = &errors(v)[0];
    let kind = e["errorType"].as_str().unwrap_or("error");
    let message = format!(
        "AppSync refused ({}): {kind}: {}",
        v["type"].as_str().unwrap_or("error"),
        e["message"].as_str().unwrap_or_default()
    );
    if kind == "UnauthorizedException" {
        Error::Auth(message)
    } else {
        Error::failed(message)
    }
}

/// A session's incoming frames, for its `EventReceiver`: events queued while
/// subscribing first, then the stream until it closes or stays silent past
/// the keep-alive (`Event::Closed`, then again on every call).
pub struct Frames {
    stream: SplitStream<WsStream>,
    early: VecDeque<Event>,
    keepalive: Duration,
    closed: bool,
}

impl Frames {
    pub fn new(stream: SplitStream<WsStream>, early: VecDeque<Event>, keepalive: Duration) -> Self {
        Frames {
            stream,
            early,
            keepalive,
            closed: false,
        }
    }

    /// The next event: `handle` says what each JSON frame (by its type)
    /// is; `ka`, acks, and error frames it leaves alone are read on or become
    /// server errors, frames that are not JSON are unrecognized.
    pub async fn next(&mut self, mut handle: impl FnMut(&str, Value) -> Handled) -> Result<Event> {
        if let Some(e) = self.early.pop_front() {
            return Ok(e);
        }
        loop {
            if self.closed {
                return Ok(Event::Closed {
                    code: None,
                    reason: "closed".into(),
                });
            }
            let msg = match tokio::time::timeout(self.keepalive, self.stream.next()).await {
                Ok(m) => m,
                Err(_) => {
                    self.closed = true;
                    return Ok(Event::Closed {
                        code: None,
                        reason: format!(
                            "no keep-alive from AppSync within {}",
                            humantime::format_duration(self.keepalive)
                        ),
                    });
                }
            };
            let text = match ws::classify(msg) {
                ws::Read::Text(t) => t,
                ws::Read::Closed(e) => {
                    self.closed = true;
                    return Ok(e);
                }
                ws::Read::Other => continue,
            };
            let Ok(v) = serde_json::from_str::<Value>(&text) else {
                return Ok(Event::Unrecognized {
                    raw: text.to_string(),
                });
            };
            let kind = v["type"].as_str().unwrap_or_default().to_owned();
            match handle(&kind, v) {
                Handled::Event(e) => return Ok(e),
                Handled::Skip => continue,
                Handled::No if kind == "ka" || kind == "connection_ack" => continue,
                Handled::No if kind.ends_with("error") => {
                    let v: Value = serde_json::from_str(&text).unwrap_or_default();
                    return Ok(Event::ServerError {
                        message: refusal(&v).to_string(),
                    });
                }
                Handled::No => {
                    return Ok(Event::Unrecognized {
                        raw: text.to_string(),
                    });
                }
            }
        }
    }
}

/// What a protocol makes of one frame.
pub enum Handled {
    /// An event for the session.
    Event(Event),
    /// Nothing for the session: read on.
    Skip,
    /// Not the protocol's: the common treatment.
    No,
}
