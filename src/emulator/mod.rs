//! Shared plumbing of the emulators: configuration, listeners, shutdown, and
//! the embedded identity provider.

pub mod apigw;
pub mod aws_jwt_verify;
pub mod cognito;
pub mod conn;
pub mod faults;
pub mod identity_http;
pub mod idp;
pub mod js;
pub mod log;
pub mod tls;

use serde_json::{Map, Value};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::error::{Error, Result};
use idp::{ExternalJwks, IdentityProvider, LOWER_ALNUM, Verifier, random_string};

/// How to verify tokens when not with the embedded provider.
#[derive(Debug, Clone, Default)]
pub struct ExternalAuth {
    pub jwks_url: String,
    pub issuer: String,
    pub audience: String,
}

/// What every emulator is told: where to listen, how to issue or verify
/// tokens, its Cognito endpoint, TLS and faults. Each backend's own options
/// are its own `clap::Args` (see `backend::Registration::serve_args`).
#[derive(Debug, Clone)]
pub struct EmulatorConfig {
    pub host: String,
    /// Main port; `Some(0)` picks free ports for every listener.
    pub port: Option<u16>,
    /// Lifetime of the tokens the embedded provider issues.
    pub token_lifetime: Duration,
    /// Verify tokens against an external JWKS instead of the embedded provider.
    pub external_auth: Option<ExternalAuth>,
    /// `iss` of the embedded provider (default: derived from the HTTP URL).
    pub issuer: Option<String>,
    /// `aud` of the embedded provider (default: a random app client id).
    pub audience: Option<String>,
    /// Faults to inject into relayed messages.
    pub faults: Vec<faults::Fault>,
    /// The Cognito endpoint's confirmation code for every user (else random,
    /// logged).
    pub confirmation_code: Option<String>,
    /// The Cognito endpoint answers its first N requests TooManyRequestsException.
    pub cognito_throttle: u64,
    /// Certificate of emulators that serve TLS.
    pub tls: tls::TlsSettings,
    /// Header deadline and connections per client of every listener.
    pub limits: conn::Limits,
    /// Where what the emulator does silently is told.
    pub log: log::Log,
    /// Also explain on the wire, with error frames the real server never
    /// sends, what it drops silently.
    pub diagnostics: bool,
}

impl EmulatorConfig {
    /// Loopback, free ports, defaults everywhere else: what tests, replay and
    /// loadtest start in-process.
    pub fn ephemeral() -> Self {
        EmulatorConfig {
            host: "127.0.0.1".into(),
            port: Some(0),
            token_lifetime: Duration::from_secs(3600),
            external_auth: None,
            issuer: None,
            audience: None,
            faults: Vec::new(),
            confirmation_code: None,
            cognito_throttle: 0,
            tls: tls::TlsSettings::default(),
            limits: conn::Limits::default(),
            log: log::Log::Off,
            diagnostics: false,
        }
    }

    /// The port for a listener: the one asked for, else 0 when `--port 0`
    /// was given, else the backend's default.
    pub fn port_or(&self, asked: Option<u16>, default: u16) -> u16 {
        asked.unwrap_or(if self.port == Some(0) { 0 } else { default })
    }
}

/// How long a stopping emulator's tasks have to finish.
pub const STOP_GRACE: Duration = Duration::from_millis(500);

/// A started emulator: where it listens and how to stop it.
pub struct RunningEmulator {
    pub backend: &'static str,
    /// Named URLs (`http`, `ws`, `jwks`, ...), in the order they are shown.
    pub endpoints: Vec<(&'static str, String)>,
    /// Other facts a client needs (issuer, audience).
    pub info: Map<String, Value>,
    pub shutdown: Shutdown,
    pub tasks: Vec<JoinHandle<()>>,
}

impl RunningEmulator {
    /// A target pointing at this emulator: `http` and `ws` endpoints become
    /// the target's URLs.
    pub fn target(&self, timeout: Duration) -> crate::config::Target {
        crate::config::Target {
            profile: format!("emulator-{}", self.backend),
            backend: self.backend.to_owned(),
            http_url: self.endpoint("http").map(str::to_owned),
            ws_url: self.endpoint("ws").map(str::to_owned),
            insecure: true,
            timeout,
            keepalive: None,
            cognito: Default::default(),
            options: Default::default(),
        }
    }

    pub fn endpoint(&self, name: &str) -> Option<&str> {
        self.endpoints
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, u)| u.as_str())
    }

    /// Stop accepting, close every connection, and give the tasks
    /// [`STOP_GRACE`] to finish; those still running then are aborted (a
    /// listener whose connection tasks have not noticed the shutdown yet).
    pub async fn stop(self) {
        self.shutdown.trigger();
        let deadline = tokio::time::Instant::now() + STOP_GRACE;
        for t in self.tasks {
            let abort = t.abort_handle();
            if tokio::time::timeout_at(deadline, t).await.is_err() {
                tracing::debug!("{}: a task outlived the shutdown; aborted", self.backend);
                abort.abort();
            }
        }
    }
}

/// A shutdown signal every listener and connection of one emulator watches.
#[derive(Clone)]
pub struct Shutdown {
    tx: Arc<watch::Sender<bool>>,
}

impl Default for Shutdown {
    fn default() -> Self {
        Shutdown {
            tx: Arc::new(watch::channel(false).0),
        }
    }
}

impl Shutdown {
    pub fn trigger(&self) {
        let _ = self.tx.send(true);
    }

    /// Resolves once shutdown was triggered.
    pub async fn wait(&self) {
        let mut rx = self.tx.subscribe();
        let _ = rx.wait_for(|stop| *stop).await;
    }
}

/// Connections the kernel queues for `accept` (capped by
/// net.core.somaxconn). Tokio's default of 1024 overflowed when thousands
/// of sessions connected at once (ListenOverflows, then SYNs sent again a
/// second later: connect p99 of 2 s).
pub const LISTEN_BACKLOG: u32 = 8192;

/// Bind a listener; a taken port is reported as a usage error.
pub async fn bind(host: &str, port: u16) -> Result<(TcpListener, SocketAddr)> {
    let refused = |e: std::io::Error| {
        Error::usage(format!(
            "cannot listen on {host}:{port}: {e}; pick another port or --port 0"
        ))
    };
    let addr = tokio::net::lookup_host((host, port))
        .await
        .map_err(refused)?
        .next()
        .ok_or_else(|| refused(std::io::Error::other("no address")))?;
    let socket = if addr.is_ipv4() {
        tokio::net::TcpSocket::new_v4()
    } else {
        tokio::net::TcpSocket::new_v6()
    }
    .map_err(refused)?;
    // As std and tokio do for a listener: a restarted emulator rebinds its
    // port at once.
    socket.set_reuseaddr(true).map_err(refused)?;
    socket.bind(addr).map_err(refused)?;
    let listener = socket.listen(LISTEN_BACKLOG).map_err(refused)?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::io("cannot read the listening address", e))?;
    Ok((listener, addr))
}

/// Serve `router` on `listener` until `shutdown`, within `limits`.
pub fn spawn_http(
    listener: TcpListener,
    router: axum::Router,
    shutdown: Shutdown,
    limits: &conn::Limits,
) -> JoinHandle<()> {
    conn::spawn_plain(listener, router, shutdown, limits)
}

/// A server connection's queue of frames to write: bounded (a sender
/// waits when it is full) or unbounded (as Node's `ws` buffers).
pub trait Outbox: Send + 'static {
    fn next(
        &mut self,
    ) -> impl std::future::Future<Output = Option<axum::extract::ws::Message>> + Send;
}

impl Outbox for tokio::sync::mpsc::Receiver<axum::extract::ws::Message> {
    async fn next(&mut self) -> Option<axum::extract::ws::Message> {
        self.recv().await
    }
}

impl Outbox for tokio::sync::mpsc::UnboundedReceiver<axum::extract::ws::Message> {
    async fn next(&mut self) -> Option<axum::extract::ws::Message> {
        self.recv().await
    }
}

/// The task that writes a server connection's outbox to its socket, in
/// order, until the outbox closes, a write fails or a close frame has gone
/// out; then it closes the socket.
pub fn spawn_writer(
    mut sink: futures_util::stream::SplitSink<
        axum::extract::ws::WebSocket,
        axum::extract::ws::Message,
    >,
    mut outbox: impl Outbox,
) -> JoinHandle<()> {
    use futures_util::SinkExt;
    tokio::spawn(async move {
        while let Some(m) = outbox.next().await {
            let closing = matches!(m, axum::extract::ws::Message::Close(_));
            if sink.send(m).await.is_err() || closing {
                break;
            }
        }
        let _ = sink.close().await;
    })
}

/// `http://host:port` for a bound address.
pub fn base_url(scheme: &str, addr: SocketAddr) -> String {
    format!("{scheme}://{addr}")
}

/// An emulator's tokens: the verifier its connections are checked with,
/// and, unless it trusts an external issuer, the embedded provider with its
/// Cognito-compatible user pool and their HTTP endpoints.
pub struct Tokens {
    idp: Option<Arc<IdentityProvider>>,
    pool: Option<Arc<cognito::UserPool>>,
    pub verifier: Arc<Verifier>,
    http_url: String,
}

impl Tokens {
    /// The tokens of an emulator whose HTTP endpoints are at `http_url`.
    pub async fn new(cfg: &EmulatorConfig, http_url: &str) -> Result<Tokens> {
        let (idp, verifier) = make_verifier(cfg, http_url).await?;
        let pool = user_pool(cfg, idp.as_ref());
        Ok(Tokens {
            idp,
            pool,
            verifier,
            http_url: http_url.to_owned(),
        })
    }

    /// The Cognito-compatible user pool, unless tokens come from elsewhere.
    pub fn pool(&self) -> Option<Arc<cognito::UserPool>> {
        self.pool.clone()
    }

    /// `/anonymous-signin`, the JWKS and `/cognito`.
    pub fn router(&self) -> axum::Router {
        identity_http::router(self.idp.clone(), self.pool.as_ref())
    }

    /// Add where tokens come from to an emulator's start-up description.
    pub fn describe(
        &self,
        cfg: &EmulatorConfig,
        endpoints: &mut Vec<(&'static str, String)>,
        info: &mut Map<String, Value>,
    ) {
        describe_auth(
            cfg,
            self.idp.as_deref(),
            self.pool.as_deref(),
            &self.http_url,
            endpoints,
            info,
        );
    }
}

/// Where an emulator's tokens come from, for its start-up line: the JWKS
/// endpoint and issuer/audience of the embedded provider, or the external
/// pool it trusts.
fn describe_auth(
    cfg: &EmulatorConfig,
    idp: Option<&IdentityProvider>,
    pool: Option<&cognito::UserPool>,
    http_base: &str,
    endpoints: &mut Vec<(&'static str, String)>,
    info: &mut Map<String, Value>,
) {
    if let Some(idp) = idp {
        endpoints.push(("jwks", format!("{http_base}/.well-known/jwks.json")));
        info.insert("issuer".into(), idp.issuer.clone().into());
        info.insert("audience".into(), idp.audience.clone().into());
        if let Some(pool) = pool {
            endpoints.push(("cognito", format!("{http_base}/cognito")));
            info.insert("cognito_user_pool_id".into(), pool.pool_id.clone().into());
            info.insert("cognito_client_id".into(), idp.audience.clone().into());
            info.insert(
                "cognito_secret_client_id".into(),
                pool.secret_client.0.clone().into(),
            );
            info.insert(
                "cognito_client_secret".into(),
                pool.secret_client.1.clone().into(),
            );
        }
    } else if let Some(ext) = &cfg.external_auth {
        info.insert("issuer".into(), ext.issuer.clone().into());
        info.insert("audience".into(), ext.audience.clone().into());
        info.insert("external_jwks".into(), ext.jwks_url.clone().into());
    }
}

/// The embedded provider's user pool (the Cognito-compatible endpoint), when
/// the emulator issues its own tokens.
fn user_pool(
    cfg: &EmulatorConfig,
    idp: Option<&Arc<IdentityProvider>>,
) -> Option<Arc<cognito::UserPool>> {
    idp.map(|i| {
        cognito::UserPool::new(
            i.clone(),
            cfg.confirmation_code.clone(),
            cfg.cognito_throttle,
        )
    })
}

/// The verifier for an emulator: an external JWKS when configured, else a
/// fresh embedded provider whose issuer lives under `http_base` the way a
/// Cognito pool's does under its regional endpoint.
async fn make_verifier(
    cfg: &EmulatorConfig,
    http_base: &str,
) -> Result<(Option<Arc<IdentityProvider>>, Arc<Verifier>)> {
    if let Some(ext) = &cfg.external_auth {
        let http = crate::util::http::http_client(false, Duration::from_secs(10))?;
        let jwks = ExternalJwks::new(
            ext.jwks_url.clone(),
            ext.issuer.clone(),
            ext.audience.clone(),
            http,
        );
        jwks.refresh().await?;
        return Ok((None, Arc::new(Verifier::External(jwks))));
    }
    let pool = format!(
        "local_{}",
        random_string(
            9,
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        )
    );
    let issuer = cfg
        .issuer
        .clone()
        .unwrap_or_else(|| format!("{http_base}/{pool}"));
    let audience = cfg
        .audience
        .clone()
        .unwrap_or_else(|| random_string(26, LOWER_ALNUM));
    let lifetime = cfg.token_lifetime;
    let idp =
        tokio::task::spawn_blocking(move || IdentityProvider::generate(issuer, audience, lifetime))
            .await
            .map_err(|e| Error::failed(format!("key generation failed: {e}")))??;
    let idp = Arc::new(idp);
    Ok((Some(idp.clone()), Arc::new(Verifier::Embedded(idp))))
}
