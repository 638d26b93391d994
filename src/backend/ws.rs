//! WebSocket client plumbing shared by every backend's client: TLS setup,
//! small per-session buffers, handshake errors mapped to exit codes.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, SignatureScheme};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::{self, http};
use tokio_tungstenite::{Connector, MaybeTlsStream, WebSocketStream};

use super::meter::{Dir, Meter, Open};
use crate::error::{Error, Result, root_cause};
use crate::signal::Event;

pub type WsStream = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// Per-session buffer sizes: thousands of sessions share one process, so
/// buffers start small and grow only for large messages.
pub fn client_config(max_message: usize) -> WebSocketConfig {
    WebSocketConfig::default()
        .read_buffer_size(4 * 1024)
        .write_buffer_size(0)
        .max_message_size(Some(max_message))
        .max_frame_size(Some(max_message))
}

/// Open a WebSocket to `url` (ws:// or wss://), bounded by `timeout`.
pub async fn connect(
    url: &str,
    insecure: bool,
    timeout: Duration,
    max_message: usize,
) -> Result<WsStream> {
    let request = url.into_client_request().map_err(|e| {
        Error::usage(format!(
            "'{}' is not a usable WebSocket URL: {e}",
            redact_query(url)
        ))
    })?;
    connect_request(request, insecure, timeout, max_message).await
}

pub async fn connect_request(
    request: http::Request<()>,
    insecure: bool,
    timeout: Duration,
    max_message: usize,
) -> Result<WsStream> {
    let shown = redact_query(&request.uri().to_string());
    let connector = if request.uri().scheme_str() == Some("wss") {
        Some(Connector::Rustls(tls_config(insecure)?))
    } else {
        Some(Connector::Plain)
    };
    let fut = tokio_tungstenite::connect_async_tls_with_config(
        request,
        Some(client_config(max_message)),
        true,
        connector,
    );
    match tokio::time::timeout(timeout, fut).await {
        Err(_) => Err(Error::Timeout(format!(
            "no WebSocket handshake with {shown} within {}",
            humantime::format_duration(timeout)
        ))),
        Ok(Ok((stream, _response))) => Ok(stream),
        Ok(Err(e)) => Err(handshake_error(&shown, e)),
    }
}

fn handshake_error(url: &str, e: tungstenite::Error) -> Error {
    match e {
        tungstenite::Error::Http(resp) => {
            let status = resp.status();
            let body = resp
                .body()
                .as_ref()
                .map(|b| String::from_utf8_lossy(b).trim().to_owned())
                .unwrap_or_default();
            let detail = if body.is_empty() {
                String::new()
            } else {
                format!(": {body}")
            };
            if status == http::StatusCode::UNAUTHORIZED || status == http::StatusCode::FORBIDDEN {
                Error::Auth(format!(
                    "{url} refused the connection with HTTP {status}{detail}"
                ))
            } else {
                Error::Protocol(format!(
                    "{url} answered the WebSocket handshake with HTTP {status}{detail}"
                ))
            }
        }
        tungstenite::Error::Io(io) => Error::Unreachable(format!(
            "cannot reach {url}: {io}; check the URL or start an emulator with `signal-cli serve`"
        )),
        tungstenite::Error::Tls(tls) => Error::Unreachable(format!(
            "TLS with {url} failed: {}; for a self-signed emulator add --insecure",
            root_cause(&tls)
        )),
        tungstenite::Error::Url(u) => {
            Error::usage(format!("'{url}' is not a usable WebSocket URL: {u}"))
        }
        other => Error::Protocol(format!("WebSocket handshake with {url} failed: {other}")),
    }
}

/// Hide query values (tokens travel there in some protocols).
pub fn redact_query(url: &str) -> String {
    let url = crate::util::http::redact_url(url);
    match url.split_once('?') {
        Some((base, _)) => format!("{base}?…"),
        None => url,
    }
}

fn tls_config(insecure: bool) -> Result<Arc<ClientConfig>> {
    static VERIFIED: OnceLock<std::result::Result<Arc<ClientConfig>, String>> = OnceLock::new();
    static INSECURE: OnceLock<Arc<ClientConfig>> = OnceLock::new();
    let provider = || Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    if insecure {
        return Ok(INSECURE
            .get_or_init(|| {
                let verifier = Arc::new(AcceptAnyCert(provider()));
                let cfg = ClientConfig::builder_with_provider(provider())
                    .with_safe_default_protocol_versions()
                    .expect("the default provider supports the default protocol versions")
                    .dangerous()
                    .with_custom_certificate_verifier(verifier)
                    .with_no_client_auth();
                Arc::new(cfg)
            })
            .clone());
    }
    VERIFIED
        .get_or_init(|| {
            use rustls_platform_verifier::BuilderVerifierExt;
            ClientConfig::builder_with_provider(provider())
                .with_safe_default_protocol_versions()
                .and_then(|b| b.with_platform_verifier())
                .map(|b| Arc::new(b.with_no_client_auth()))
                .map_err(|e| e.to_string())
        })
        .clone()
        .map_err(|e| Error::failed(format!("cannot set up TLS certificate verification: {e}")))
}

/// `--insecure`: accept any certificate, still checking that the handshake
/// signatures are valid for the certificate presented.
#[derive(Debug)]
struct AcceptAnyCert(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for AcceptAnyCert {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// The reason of an `Event::Closed` for a connection that ended without a
/// close frame.
pub const ENDED: &str = "connection ended";

/// What one read from a client socket amounts to.
pub enum Read {
    Text(tungstenite::Utf8Bytes),
    /// The connection ended; the event says how.
    Closed(Event),
    /// A ping, pong or binary frame: nothing for the driver.
    Other,
}

/// Classify the result of `stream.next()`.
pub fn classify(
    msg: Option<std::result::Result<tungstenite::Message, tungstenite::Error>>,
) -> Read {
    use tungstenite::Message;
    match msg {
        None => Read::Closed(Event::Closed {
            code: None,
            reason: ENDED.into(),
        }),
        Some(Err(e)) => Read::Closed(Event::Closed {
            code: None,
            reason: e.to_string(),
        }),
        Some(Ok(Message::Text(t))) => Read::Text(t),
        Some(Ok(Message::Close(frame))) => Read::Closed(Event::Closed {
            code: frame.as_ref().map(|f| u16::from(f.code)),
            reason: frame.map(|f| f.reason.to_string()).unwrap_or_default(),
        }),
        Some(Ok(_)) => Read::Other,
    }
}

/// API Gateway's own error frames (`{"message": "Internal server error",
/// "connectionId": ..., "requestId": ...}`, `Forbidden`): the message, for
/// frames that have no `type` of the backend's protocol.
pub fn gateway_error(v: &serde_json::Value) -> Option<&str> {
    if v.get("type").is_some() || v.get("connectionId").is_none() {
        return None;
    }
    v.get("message").and_then(serde_json::Value::as_str)
}

/// The sending half of a session's WebSocket, shared by its sender and its
/// receiver (which answers pings and sends heartbeats); the connection's
/// meter goes with it.
#[derive(Clone)]
pub struct Writer {
    inner: Arc<WriterInner>,
}

struct WriterInner {
    sink: tokio::sync::Mutex<futures_util::stream::SplitSink<WsStream, tungstenite::Message>>,
    open: Open,
}

/// Split an open socket into the writer and the stream a [`Reader`] reads;
/// the connection is metered on `meter` from now until it ends.
pub fn split(
    stream: WsStream,
    meter: &Arc<Meter>,
) -> (Writer, futures_util::stream::SplitStream<WsStream>) {
    use futures_util::StreamExt;
    let (sink, stream) = stream.split();
    (
        Writer {
            inner: Arc::new(WriterInner {
                sink: tokio::sync::Mutex::new(sink),
                open: meter.opened(),
            }),
        },
        stream,
    )
}

impl Writer {
    /// Send one text frame.
    pub async fn send(&self, text: String) -> Result<()> {
        use futures_util::SinkExt;
        self.inner.open.meter().frame(Dir::Sent, &text);
        self.inner
            .sink
            .lock()
            .await
            .send(tungstenite::Message::text(text))
            .await
            .map_err(|e| Error::Unreachable(format!("the connection failed while sending: {e}")))
    }

    /// Send `last` (a protocol's goodbye), if any, then close politely.
    pub async fn close(&self, last: Option<String>) {
        use futures_util::SinkExt;
        let mut sink = self.inner.sink.lock().await;
        if let Some(text) = last {
            self.inner.open.meter().frame(Dir::Sent, &text);
            let _ = sink.send(tungstenite::Message::text(text)).await;
        }
        let _ = sink.close().await;
        self.inner.open.end();
    }

    /// The connection's meter.
    pub fn meter(&self) -> &Meter {
        self.inner.open.meter()
    }
}

/// What a protocol makes of one text frame.
pub enum Decoded {
    /// An event for the session.
    Event(Event),
    /// Nothing for the session: read on.
    Skip,
    /// Send this frame back (a pong), then read on.
    Reply(String),
}

/// A protocol's side of the receiving half: its frames decoded into events.
pub trait Codec: Send {
    fn decode(&mut self, text: &str) -> Result<Decoded>;
    /// The connection ended: whatever waits on the server learns that
    /// nothing more comes.
    fn closed(&mut self) {}
}

/// The receiving half of every backend's session: frames read, classified
/// and decoded by the protocol's [`Codec`]; events read while the session
/// was being set up come first; `Event::Closed` once the connection has
/// ended, and again on every later call.
pub struct Reader<C> {
    stream: futures_util::stream::SplitStream<WsStream>,
    writer: Writer,
    pub codec: C,
    early: std::collections::VecDeque<Event>,
    /// The longest silence before the connection counts as dead (AppSync's
    /// keep-alive), and the reason then given.
    silence: Option<(Duration, String)>,
    /// A frame sent on every tick (the mesh's re-join).
    heartbeat: Option<(tokio::time::Interval, String)>,
    closed: bool,
}

impl<C: Codec> Reader<C> {
    pub fn new(
        stream: futures_util::stream::SplitStream<WsStream>,
        writer: Writer,
        codec: C,
    ) -> Self {
        Reader {
            stream,
            writer,
            codec,
            early: Default::default(),
            silence: None,
            heartbeat: None,
            closed: false,
        }
    }

    /// End the session when nothing arrives for `d`, with `reason`.
    pub fn with_silence(mut self, d: Duration, reason: String) -> Self {
        self.silence = Some((d, reason));
        self
    }

    /// Send `frame` at every tick of `every`.
    pub fn with_heartbeat(mut self, every: tokio::time::Interval, frame: String) -> Self {
        self.heartbeat = Some((every, frame));
        self
    }

    /// The same connection read by another codec (a protocol's session
    /// codec after its set-up).
    pub fn with_codec<D: Codec>(self, codec: D) -> Reader<D> {
        Reader {
            stream: self.stream,
            writer: self.writer,
            codec,
            early: self.early,
            silence: self.silence,
            heartbeat: self.heartbeat,
            closed: self.closed,
        }
    }

    /// Deliver `e` before anything read from now on.
    pub fn keep(&mut self, e: Event) {
        self.early.push_back(e);
    }

    /// The next text frame, or how the connection ended. The one read loop.
    pub async fn next_text(&mut self) -> std::result::Result<tungstenite::Utf8Bytes, Event> {
        use futures_util::StreamExt;
        loop {
            if self.closed {
                return Err(Event::Closed {
                    code: None,
                    reason: "closed".into(),
                });
            }
            let (stream, writer, heartbeat) = (&mut self.stream, &self.writer, &mut self.heartbeat);
            let read = async move {
                match heartbeat {
                    Some((tick, frame)) => tokio::select! {
                        msg = stream.next() => Some(msg),
                        _ = tick.tick() => {
                            let _ = writer.send(frame.clone()).await;
                            None
                        }
                    },
                    None => Some(stream.next().await),
                }
            };
            let msg = match &self.silence {
                Some((d, reason)) => match tokio::time::timeout(*d, read).await {
                    Ok(m) => m,
                    Err(_) => {
                        let reason = reason.clone();
                        return Err(self.ended(Event::Closed { code: None, reason }));
                    }
                },
                None => read.await,
            };
            let Some(msg) = msg else { continue };
            match classify(msg) {
                Read::Text(t) => {
                    self.writer.meter().frame(Dir::Received, &t);
                    return Ok(t);
                }
                Read::Closed(e) => return Err(self.ended(e)),
                Read::Other => continue,
            }
        }
    }

    fn ended(&mut self, e: Event) -> Event {
        self.closed = true;
        self.writer.inner.open.end();
        self.codec.closed();
        e
    }

    /// The next event.
    pub async fn next_event(&mut self) -> Result<Event> {
        if let Some(e) = self.early.pop_front() {
            return Ok(e);
        }
        loop {
            let text = match self.next_text().await {
                Ok(t) => t,
                Err(closed) => return Ok(closed),
            };
            match self.codec.decode(&text)? {
                Decoded::Event(e @ Event::Closed { .. }) => return Ok(self.ended(e)),
                Decoded::Event(e) => return Ok(e),
                Decoded::Skip => {}
                Decoded::Reply(frame) => self.writer.send(frame).await?,
            }
        }
    }
}

#[async_trait::async_trait]
impl<C: Codec> crate::backend::EventReceiver for Reader<C> {
    async fn next(&mut self) -> Result<Event> {
        self.next_event().await
    }
}
