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

use crate::error::{Error, Result, root_cause};

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
    let request = url
        .into_client_request()
        .map_err(|e| Error::usage(format!("'{url}' is not a usable WebSocket URL: {e}")))?;
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
    match url.split_once('?') {
        Some((base, _)) => format!("{base}?…"),
        None => url.to_owned(),
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

/// What one read from a client socket amounts to.
pub enum Read {
    Text(tungstenite::Utf8Bytes),
    /// The connection ended; the event says how.
    Closed(crate::signal::Event),
    /// A ping, pong or binary frame: nothing for the driver.
    Other,
}

/// Classify the result of `stream.next()`.
pub fn classify(
    msg: Option<std::result::Result<tungstenite::Message, tungstenite::Error>>,
) -> Read {
    use crate::signal::Event;
    use tungstenite::Message;
    match msg {
        None => Read::Closed(Event::Closed {
            code: None,
            reason: "connection ended".into(),
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
