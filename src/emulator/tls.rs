//! TLS and plain HTTP on one port, for emulators whose official clients
//! always connect with `https://` / `wss://` (the AppSync JavaScript client)
//! while signal-cli and tests may use plain `http://` / `ws://`.
//!
//! Each accepted connection is told apart by its first byte: a TLS
//! ClientHello starts with the handshake record type 0x16, which no HTTP
//! request line does.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, pem::PemObject};

use super::Shutdown;
use super::conn::{Admission, Counted, Limits, Server, next_admitted};
use crate::error::{Error, Result};

/// A TLS ClientHello's first byte (record type "handshake").
const TLS_HANDSHAKE: u8 = 0x16;

/// Where the certificate comes from.
#[derive(Debug, Clone, Default)]
pub struct TlsSettings {
    /// A PEM certificate chain and key to serve; else a self-signed one.
    pub cert: Option<PathBuf>,
    pub key: Option<PathBuf>,
    /// Write the (self-signed) certificate here, for clients to trust.
    pub write_cert: Option<PathBuf>,
}

/// A certificate ready to serve, and its PEM for clients.
pub struct Tls {
    acceptor: TlsAcceptor,
    pub cert_pem: String,
}

impl Tls {
    /// The certificate of `settings`, or a self-signed one valid for
    /// `localhost`, 127.0.0.1, ::1 and `host`; written out when asked.
    pub fn new(settings: &TlsSettings, host: &str) -> Result<Tls> {
        let (chain, key, pem) = match (&settings.cert, &settings.key) {
            (Some(cert), Some(key)) => load(cert, key)?,
            (None, None) => self_signed(host)?,
            _ => return Err(Error::usage("--tls-cert and --tls-key go together")),
        };
        let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
        let mut config = ServerConfig::builder()
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .map_err(|e| Error::usage(format!("the TLS certificate cannot be served: {e}")))?;
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        if let Some(path) = &settings.write_cert {
            std::fs::write(path, &pem).map_err(|e| {
                Error::io(
                    format!("cannot write the certificate to {}", path.display()),
                    e,
                )
            })?;
        }
        Ok(Tls {
            acceptor: TlsAcceptor::from(Arc::new(config)),
            cert_pem: pem,
        })
    }
}

type Loaded = (Vec<CertificateDer<'static>>, PrivateKeyDer<'static>, String);

fn load(cert: &Path, key: &Path) -> Result<Loaded> {
    let read = |p: &Path| {
        std::fs::read(p).map_err(|e| Error::io(format!("cannot read {}", p.display()), e))
    };
    let cert_pem = read(cert)?;
    let chain = CertificateDer::pem_slice_iter(&cert_pem)
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| Error::usage(format!("{}: not a PEM certificate: {e}", cert.display())))?;
    if chain.is_empty() {
        return Err(Error::usage(format!(
            "{}: no certificate in it",
            cert.display()
        )));
    }
    let key = PrivateKeyDer::from_pem_slice(&read(key)?)
        .map_err(|e| Error::usage(format!("{}: not a PEM private key: {e}", key.display())))?;
    Ok((chain, key, String::from_utf8_lossy(&cert_pem).into_owned()))
}

fn self_signed(host: &str) -> Result<Loaded> {
    let mut names = vec![
        "localhost".to_owned(),
        "127.0.0.1".to_owned(),
        "::1".to_owned(),
    ];
    if !host.is_empty() && !names.iter().any(|n| n == host) && host != "0.0.0.0" && host != "::" {
        names.push(host.to_owned());
    }
    let made = rcgen::generate_simple_self_signed(names)
        .map_err(|e| Error::failed(format!("cannot make a self-signed certificate: {e}")))?;
    let pem = made.cert.pem();
    let key = PrivateKeyDer::try_from(made.signing_key.serialize_der())
        .map_err(|e| Error::failed(format!("cannot use the generated key: {e}")))?;
    Ok((vec![made.cert.der().clone()], key, pem))
}

/// A connection of either kind.
pub trait Io: AsyncRead + AsyncWrite + Unpin + Send + 'static {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + 'static> Io for T {}

/// Tell one accepted connection apart and finish its TLS handshake.
async fn classify(
    tcp: tokio::net::TcpStream,
    acceptor: TlsAcceptor,
) -> std::io::Result<Box<dyn Io>> {
    let mut first = [0u8; 1];
    let n = tcp.peek(&mut first).await?;
    if n == 1 && first[0] == TLS_HANDSHAKE {
        Ok(Box::new(acceptor.accept(tcp).await?))
    } else {
        Ok(Box::new(tcp))
    }
}

/// Serve `router` on `listener`, TLS and plain alike, until `shutdown`,
/// within `limits`. Each connection is told apart (and its TLS handshake
/// done) in a task of its own, so a slow handshake holds up no other.
pub fn spawn_dual(
    listener: TcpListener,
    router: axum::Router,
    shutdown: Shutdown,
    tls: &Tls,
    limits: &Limits,
) -> JoinHandle<()> {
    let acceptor = tls.acceptor.clone();
    let limits = *limits;
    let admission = Admission::new(&limits);
    let server = Server::new(router, &limits, shutdown.clone());
    tokio::spawn(async move {
        while let Some((tcp, peer, ticket)) = next_admitted(&listener, &admission, &shutdown).await
        {
            let (server, acceptor) = (server.clone(), acceptor.clone());
            // Its first byte and the TLS handshake get the header deadline.
            let deadline = limits.header_timeout;
            tokio::spawn(async move {
                match tokio::time::timeout(deadline, classify(tcp, acceptor)).await {
                    Ok(Ok(io)) => server.spawn(Counted::new(io, ticket), peer),
                    Ok(Err(e)) => tracing::debug!("connection from {peer} failed: {e}"),
                    Err(_) => tracing::debug!("connection from {peer}: no handshake in time"),
                }
            });
        }
        drop(listener);
        server.drain().await;
    })
}
