//! How every emulator serves HTTP connections: hyper's HTTP/1 server with
//! upgrades, a deadline for each request's headers, and a cap on the
//! connections one client address may hold open.
//!
//! `axum::serve` has neither, so a client that opens connections and never
//! finishes a request kept each one (and its descriptor) forever.

use std::collections::HashMap;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use tokio_util::task::TaskTracker;

use super::Shutdown;

/// The limits of one emulator's listeners.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// A connection that has not sent a whole request head this long after
    /// it opened (or after its previous response) is closed.
    pub header_timeout: Duration,
    /// Connections one client address may hold open at once; more are
    /// closed as soon as they are accepted.
    pub per_client: usize,
}

impl Limits {
    pub const DEFAULT_HEADER_TIMEOUT: Duration = Duration::from_secs(30);
    /// Twice the sessions one load-generating host holds (about 10,000),
    /// since a load test connects from one address.
    pub const DEFAULT_PER_CLIENT: usize = 20_000;
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_timeout: Self::DEFAULT_HEADER_TIMEOUT,
            per_client: Self::DEFAULT_PER_CLIENT,
        }
    }
}

/// Counts the open connections of every client address of one listener.
#[derive(Clone)]
pub struct Admission {
    per_client: usize,
    open: Arc<Mutex<HashMap<IpAddr, usize>>>,
}

impl Admission {
    pub fn new(limits: &Limits) -> Self {
        Admission {
            per_client: limits.per_client,
            open: Arc::default(),
        }
    }

    /// A ticket for one more connection from `peer`, or `None` (logged)
    /// when that address is at the cap.
    pub fn admit(&self, peer: SocketAddr) -> Option<Ticket> {
        let ip = peer.ip();
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let n = open.entry(ip).or_insert(0);
        if *n >= self.per_client {
            tracing::warn!(
                "refused a connection from {ip}: it holds {n} open \
                 (--max-connections-per-client {})",
                self.per_client
            );
            return None;
        }
        *n += 1;
        Some(Ticket {
            open: Arc::clone(&self.open),
            ip,
        })
    }
}

/// One admitted connection; dropping it frees its place.
pub struct Ticket {
    open: Arc<Mutex<HashMap<IpAddr, usize>>>,
    ip: IpAddr,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = open.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.ip);
            }
        }
    }
}

/// Asked for by a handler that has refused what its client is still
/// sending (a message over its size limit): once the connection is dropped,
/// what the client still sends is read and thrown away until it closes its
/// side (or [`DRAIN_LIMIT`] passes), as Node's `ws` does after its close
/// frame. Closing a socket with unread data would send a reset instead,
/// and the client could lose the close frame before reading it.
#[derive(Clone, Default)]
pub struct Drain(Arc<std::sync::atomic::AtomicBool>);

impl Drain {
    pub fn request(&self) {
        self.0.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    fn requested(&self) -> bool {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// How long a drained connection may keep sending before it is closed (the
/// close timeout of `ws`).
pub const DRAIN_LIMIT: Duration = Duration::from_secs(30);

/// A connection that holds its ticket for as long as it lives, upgraded
/// (WebSocket) or not.
pub struct Counted<T: AsyncRead + Unpin + Send + 'static> {
    io: Option<T>,
    drain: Drain,
    ticket: Option<Ticket>,
}

impl<T: AsyncRead + Unpin + Send + 'static> Counted<T> {
    pub fn new(io: T, ticket: Ticket) -> Self {
        Counted {
            io: Some(io),
            drain: Drain::default(),
            ticket: Some(ticket),
        }
    }

    fn io(&mut self) -> io::Result<&mut T> {
        self.io
            .as_mut()
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotConnected, "connection dropped"))
    }
}

impl<T: AsyncRead + Unpin + Send + 'static> Drop for Counted<T> {
    fn drop(&mut self) {
        if !self.drain.requested() {
            return;
        }
        let (Some(mut io), Ok(rt)) = (self.io.take(), tokio::runtime::Handle::try_current()) else {
            return;
        };
        // The ticket goes with it: the connection still counts.
        let ticket = self.ticket.take();
        rt.spawn(async move {
            use tokio::io::AsyncReadExt;
            let mut buf = vec![0u8; 64 * 1024];
            let _ = tokio::time::timeout(DRAIN_LIMIT, async {
                while matches!(io.read(&mut buf).await, Ok(n) if n > 0) {}
            })
            .await;
            drop(ticket);
        });
    }
}

impl<T: AsyncRead + Unpin + Send + 'static> AsyncRead for Counted<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.io() {
            Ok(io) => Pin::new(io).poll_read(cx, buf),
            Err(e) => Poll::Ready(Err(e)),
        }
    }
}

impl<T: AsyncRead + AsyncWrite + Unpin + Send + 'static> AsyncWrite for Counted<T> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.io() {
            Ok(io) => Pin::new(io).poll_write(cx, buf),
            Err(e) => Poll::Ready(Err(e)),
        }
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        match self.io() {
            Ok(io) => Pin::new(io).poll_write_vectored(cx, bufs),
            Err(e) => Poll::Ready(Err(e)),
        }
    }

    fn is_write_vectored(&self) -> bool {
        self.io.as_ref().is_some_and(|io| io.is_write_vectored())
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.io() {
            Ok(io) => Pin::new(io).poll_flush(cx),
            Err(e) => Poll::Ready(Err(e)),
        }
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.io() {
            Ok(io) => Pin::new(io).poll_shutdown(cx),
            Err(e) => Poll::Ready(Err(e)),
        }
    }
}

/// The connections of one listener, served with `router` until shutdown.
#[derive(Clone)]
pub struct Server {
    router: axum::Router,
    header_timeout: Duration,
    shutdown: Shutdown,
    tracker: TaskTracker,
}

impl Server {
    pub fn new(router: axum::Router, limits: &Limits, shutdown: Shutdown) -> Self {
        Server {
            router,
            header_timeout: limits.header_timeout,
            shutdown,
            tracker: TaskTracker::new(),
        }
    }

    /// Serve one admitted connection in a task of its own. On shutdown it
    /// finishes the request in progress and closes; an upgraded connection
    /// is its handler's to close.
    pub fn spawn<T>(&self, io: Counted<T>, peer: SocketAddr)
    where
        T: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        use hyper_util::rt::{TokioIo, TokioTimer};
        use hyper_util::service::TowerToHyperService;
        // Every request of the connection carries its Drain, for a
        // WebSocket handler to ask for.
        let drain = io.drain.clone();
        let service = TowerToHyperService::new(self.router.clone().layer(axum::Extension(drain)));
        let timeout = self.header_timeout;
        let shutdown = self.shutdown.clone();
        self.tracker.spawn(async move {
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(timeout);
            let conn = builder
                .serve_connection(TokioIo::new(io), service)
                .with_upgrades();
            tokio::pin!(conn);
            let result = tokio::select! {
                r = conn.as_mut() => r,
                _ = shutdown.wait() => {
                    conn.as_mut().graceful_shutdown();
                    conn.as_mut().await
                }
            };
            if let Err(e) = result {
                if e.is_timeout() {
                    tracing::debug!("closed {peer}: no request head within {timeout:?}");
                } else {
                    tracing::trace!("connection {peer}: {e}");
                }
            }
        });
    }

    /// Wait (after shutdown) until every connection task has finished.
    pub async fn drain(self) {
        self.tracker.close();
        self.tracker.wait().await;
    }
}

/// Accept plain TCP connections on `listener` and serve them with `router`
/// until `shutdown`.
pub fn spawn_plain(
    listener: TcpListener,
    router: axum::Router,
    shutdown: Shutdown,
    limits: &Limits,
) -> JoinHandle<()> {
    let admission = Admission::new(limits);
    let server = Server::new(router, limits, shutdown.clone());
    tokio::spawn(async move {
        while let Some((tcp, peer, ticket)) = next_admitted(&listener, &admission, &shutdown).await
        {
            server.spawn(Counted::new(tcp, ticket), peer);
        }
        drop(listener);
        server.drain().await;
    })
}

/// The next connection `admission` lets in (no Nagle: signals are small
/// and their latency is what gets measured), or `None` once shut down.
pub async fn next_admitted(
    listener: &TcpListener,
    admission: &Admission,
    shutdown: &Shutdown,
) -> Option<(tokio::net::TcpStream, SocketAddr, Ticket)> {
    loop {
        let (tcp, peer) = tokio::select! {
            _ = shutdown.wait() => return None,
            accepted = accept(listener) => accepted,
        };
        if let Some(ticket) = admission.admit(peer) {
            let _ = tcp.set_nodelay(true);
            return Some((tcp, peer, ticket));
        }
    }
}

/// The next connection; a failed accept (out of descriptors and the like)
/// is logged and retried after a pause, as the listener must go on.
pub async fn accept(listener: &TcpListener) -> (tokio::net::TcpStream, SocketAddr) {
    loop {
        match listener.accept().await {
            Ok(accepted) => return accepted,
            Err(e) => {
                tracing::warn!("accept failed: {e}");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    }
}
