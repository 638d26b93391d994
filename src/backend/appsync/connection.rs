//! One AppSync real-time connection (Events or GraphQL): the WebSocket
//! handshake with the authorization object, `connection_init` →
//! `connection_ack`, operations answered by id, and the keep-alive
//! watchdog. The protocols differ in their subprotocol, their frames and
//! where errors sit (`errors` or `payload.errors`); both are read here.

use serde_json::{Value, json};
use std::collections::VecDeque;
use std::time::{Duration, Instant};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;

use super::auth::Authorizer;
use crate::backend::meter::Meter;
use crate::backend::ws;
use crate::error::{Error, Result};
use crate::signal::Event;

const MAX_MESSAGE: usize = 4 << 20;
/// What clients wait between `ka` frames when the ack does not say.
pub const DEFAULT_CONNECTION_TIMEOUT_MS: u64 = 300_000;

/// How an ended connection is reported.
const CLOSED: &str = "AppSync closed the connection";

/// Whether `e` says the server closed the connection after the upgrade,
/// before `connection_ack` (how a server that reads the authorization only
/// from the query string refuses the subprotocol form).
pub fn closed_before_ack(e: &Error) -> bool {
    matches!(e, Error::Unreachable(m) if m.starts_with(CLOSED))
}

/// How to open a connection.
pub struct Handshake<'a> {
    /// The real-time URL (already carrying the query-form auth, if used).
    pub url: &'a str,
    /// `Sec-WebSocket-Protocol`: the protocol's name, and the
    /// `header-...` entry unless the URL carries the auth.
    pub protocols: String,
    pub insecure: bool,
    pub timeout: Duration,
    /// Where the connection is metered.
    pub meter: &'a std::sync::Arc<Meter>,
}

/// An acknowledged connection.
pub struct Connection {
    pub writer: ws::Writer,
    /// Its frames, read with the keep-alive watchdog; the codec is the
    /// protocol's once [`Connection::into_session`] has made it a session.
    reader: ws::Reader<AppsyncCodec<Setup>>,
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
        let (writer, stream) = ws::split(stream, h.meter);
        let mut reader = ws::Reader::new(stream, writer.clone(), AppsyncCodec(Setup));
        let ack = async {
            send(&writer, json!({"type": "connection_init"})).await?;
            loop {
                let v = read(&mut reader).await?;
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
        let keepalive = Duration::from_millis(ms);
        let reader = reader.with_silence(
            keepalive,
            format!(
                "no keep-alive from AppSync within {}",
                humantime::format_duration(keepalive)
            ),
        );
        Ok((
            Connection {
                writer,
                reader,
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
        send(&self.writer, frame).await?;
        loop {
            let v = read(&mut self.reader).await?;
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

    /// The next frame, or `None` once the connection ended, stayed silent
    /// past the keep-alive or sent something that is not JSON.
    pub async fn next_frame(&mut self) -> Option<Value> {
        let text = self.reader.next_text().await.ok()?;
        serde_json::from_str(&text).ok()
    }

    pub async fn close(self) {
        self.writer.close(None).await;
    }

    /// The session's receiving half: `frames` says what each frame of the
    /// protocol is; `early` (read while subscribing) comes first.
    pub fn into_session<F: Frames>(
        self,
        frames: F,
        early: impl IntoIterator<Item = Event>,
    ) -> (ws::Writer, Authorizer, ws::Reader<AppsyncCodec<F>>) {
        let mut reader = self.reader.with_codec(AppsyncCodec(frames));
        for e in early {
            reader.keep(e);
        }
        (self.writer, self.auth, reader)
    }
}

pub async fn send(writer: &ws::Writer, v: Value) -> Result<()> {
    writer.send(v.to_string()).await
}

async fn read(reader: &mut ws::Reader<AppsyncCodec<Setup>>) -> Result<Value> {
    match reader.next_text().await {
        Ok(t) => serde_json::from_str(&t)
            .map_err(|e| Error::protocol(format!("AppSync sent a frame that is not JSON: {e}"))),
        Err(Event::Closed { code, reason }) => {
            Err(Error::Unreachable(format!("{CLOSED} ({code:?}): {reason}")))
        }
        Err(other) => Err(Error::Unreachable(format!("{CLOSED}: {other:?}"))),
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

/// What a protocol (Events, GraphQL) makes of its JSON frames, by type.
pub trait Frames: Send {
    fn frame(&mut self, kind: &str, v: Value) -> Handled;
    /// The connection ended.
    fn closed(&mut self) {}
}

/// While a connection is set up no frame is a session's.
pub struct Setup;

impl Frames for Setup {
    fn frame(&mut self, _kind: &str, _v: Value) -> Handled {
        Handled::No
    }
}

/// Both protocols' frames as driver events: `ka`, acks, and error frames
/// the protocol leaves alone are read on or become server errors, frames
/// that are not JSON are unrecognized.
pub struct AppsyncCodec<F>(pub F);

impl<F: Frames> ws::Codec for AppsyncCodec<F> {
    fn decode(&mut self, text: &str) -> Result<ws::Decoded> {
        use ws::Decoded;
        let unrecognized = || {
            Decoded::Event(Event::Unrecognized {
                raw: text.to_owned(),
            })
        };
        let Ok(v) = serde_json::from_str::<Value>(text) else {
            return Ok(unrecognized());
        };
        let kind = v["type"].as_str().unwrap_or_default().to_owned();
        let error = kind.ends_with("error").then(|| refusal(&v).to_string());
        Ok(match self.0.frame(&kind, v) {
            Handled::Event(e) => Decoded::Event(e),
            Handled::Skip => Decoded::Skip,
            Handled::No if kind == "ka" || kind == "connection_ack" => Decoded::Skip,
            Handled::No => match error {
                Some(message) => Decoded::Event(Event::ServerError { message }),
                None => unrecognized(),
            },
        })
    }

    fn closed(&mut self) {
        self.0.closed();
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
