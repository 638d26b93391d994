//! Every emulator closes connections that never finish their HTTP request
//! head (`--header-timeout`) and caps the connections one client address
//! holds (`--max-connections-per-client`), and keeps serving everyone else.

mod common;

use common::{Emulator, Home};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

/// Generous bound on every wait below.
const WAIT: Duration = Duration::from_secs(15);

/// The listening addresses of a started emulator (its HTTP and WebSocket
/// URLs, once each).
fn listeners(emu: &Emulator) -> Vec<SocketAddr> {
    let mut out: Vec<SocketAddr> = Vec::new();
    for key in ["http_url", "ws_url"] {
        let Some(url) = emu.info[key].as_str() else {
            continue;
        };
        let authority = url.split("://").nth(1).unwrap().split('/').next().unwrap();
        let addr: SocketAddr = authority.parse().unwrap();
        if !out.contains(&addr) {
            out.push(addr);
        }
    }
    assert!(!out.is_empty(), "no listener in {}", emu.info);
    out
}

/// Connect from `from` (a loopback address) to `to`.
async fn connect_from(from: &str, to: SocketAddr) -> TcpStream {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind(format!("{from}:0").parse().unwrap()).unwrap();
    tokio::time::timeout(WAIT, socket.connect(to))
        .await
        .expect("connect in time")
        .expect("connect")
}

/// Whether the server closes `conn` within `within` (EOF or reset).
async fn closed_within(conn: &mut TcpStream, within: Duration) -> bool {
    let mut buf = [0u8; 1024];
    let deadline = Instant::now() + within;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, conn.read(&mut buf)).await {
            Err(_) => return false,
            Ok(Ok(0)) | Ok(Err(_)) => return true,
            // Bytes (an error response) may come before the close.
            Ok(Ok(_)) => continue,
        }
    }
}

/// A request line and a header, but never the blank line that ends the head.
const PARTIAL_HEAD: &[u8] = b"GET / HTTP/1.1\r\nHost: localhost\r\n";

async fn half_open_connections_are_closed(backend: &str) {
    let home = Home::new();
    let emu = Emulator::start(&home, backend, &["--header-timeout", "1s"]);
    for addr in listeners(&emu) {
        let mut silent = Vec::new();
        let mut partial = Vec::new();
        for _ in 0..25 {
            silent.push(connect_from("127.0.0.1", addr).await);
            let mut c = connect_from("127.0.0.1", addr).await;
            c.write_all(PARTIAL_HEAD).await.unwrap();
            partial.push(c);
        }
        let opened = Instant::now();
        for c in silent.iter_mut().chain(partial.iter_mut()) {
            assert!(
                closed_within(c, WAIT).await,
                "{backend} {addr}: a connection without a request head stayed open"
            );
        }
        assert!(
            opened.elapsed() >= Duration::from_millis(500),
            "{backend} {addr}: closed before the header timeout"
        );
    }
    // And it still serves a whole request.
    let addr = listeners(&emu)[0];
    let mut c = connect_from("127.0.0.1", addr).await;
    c.write_all(b"GET /no-such-path HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .unwrap();
    let mut head = [0u8; 12];
    tokio::time::timeout(WAIT, c.read_exact(&mut head))
        .await
        .expect("an answer in time")
        .unwrap();
    assert!(head.starts_with(b"HTTP/1.1 "), "{backend}: {head:?}");
}

#[tokio::test]
async fn room_closes_half_open_connections() {
    half_open_connections_are_closed("room").await;
}

#[tokio::test]
async fn mesh_closes_half_open_connections() {
    half_open_connections_are_closed("mesh").await;
}

#[tokio::test]
async fn robot_closes_half_open_connections() {
    half_open_connections_are_closed("robot").await;
}

#[tokio::test]
async fn socketio_closes_half_open_connections() {
    half_open_connections_are_closed("socketio").await;
}

#[tokio::test]
async fn appsync_events_closes_half_open_connections() {
    // Plain and TLS share one port; a connection that never sends its first
    // byte is dropped by the TLS sniffing, one that sends part of an HTTP
    // head by the header timeout.
    half_open_connections_are_closed("appsync-events").await;
}

#[tokio::test]
async fn appsync_graphql_closes_half_open_connections() {
    half_open_connections_are_closed("appsync-graphql").await;
}

/// A whole request from `from` to `addr` gets an HTTP answer.
async fn answered(from: &str, addr: SocketAddr) -> bool {
    let mut c = connect_from(from, addr).await;
    c.write_all(b"GET /no-such-path HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .unwrap();
    let mut head = [0u8; 12];
    matches!(
        tokio::time::timeout(WAIT, c.read_exact(&mut head)).await,
        Ok(Ok(_)) if head.starts_with(b"HTTP/1.1 ")
    )
}

/// `backend`'s emulator with a cap of 3: a fourth connection from one
/// address is closed at once, the three stay, another address is served,
/// and the first is admitted again once its connections close.
async fn the_cap_holds(backend: &str) {
    let home = Home::new();
    let emu = Emulator::start(
        &home,
        backend,
        &[
            "--max-connections-per-client",
            "3",
            "--header-timeout",
            "60s",
        ],
    );
    for addr in listeners(&emu) {
        let mut held = Vec::new();
        for _ in 0..3 {
            let mut c = connect_from("127.0.0.4", addr).await;
            c.write_all(PARTIAL_HEAD).await.unwrap();
            held.push(c);
        }
        let mut fourth = connect_from("127.0.0.4", addr).await;
        assert!(
            closed_within(&mut fourth, WAIT).await,
            "{backend} {addr}: the fourth connection was kept"
        );
        assert!(!closed_within(&mut held[0], Duration::from_millis(300)).await);
        assert!(answered("127.0.0.5", addr).await, "{backend} {addr}");
        drop(held);
        let deadline = Instant::now() + WAIT;
        while !answered("127.0.0.4", addr).await {
            assert!(
                Instant::now() < deadline,
                "{backend} {addr}: 127.0.0.4 not admitted again"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

#[tokio::test]
async fn every_emulator_caps_the_connections_of_one_address() {
    for backend in [
        "mesh",
        "robot",
        "socketio",
        "appsync-events",
        "appsync-graphql",
    ] {
        the_cap_holds(backend).await;
    }
}

#[tokio::test]
async fn a_client_over_its_cap_is_refused_while_others_are_served() {
    let home = Home::new();
    let emu = Emulator::room(
        &home,
        &[
            "--max-connections-per-client",
            "5",
            "--header-timeout",
            "60s",
        ],
    );
    let addr = listeners(&emu)[0];
    let mut held = Vec::new();
    for _ in 0..5 {
        let mut c = connect_from("127.0.0.2", addr).await;
        c.write_all(PARTIAL_HEAD).await.unwrap();
        held.push(c);
    }
    // The sixth from that address is closed at once...
    let mut sixth = connect_from("127.0.0.2", addr).await;
    assert!(
        closed_within(&mut sixth, WAIT).await,
        "the sixth connection was kept"
    );
    // ...while the five held ones stay open,
    assert!(!closed_within(&mut held[0], Duration::from_millis(500)).await);
    // and another address is served as usual.
    let target = emu.target();
    let out = tokio::task::spawn_blocking(move || {
        let home = Home::new();
        home.cmd()
            .args(&target)
            .args(["auth", "anonymous"])
            .assert()
            .success();
        home.cmd()
            .args(&target)
            .args(["--json", "room", "create"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    })
    .await
    .unwrap();
    assert!(String::from_utf8_lossy(&out).contains("room_id"));
    // Once the held connections close, the address is admitted again.
    drop(held);
    let deadline = Instant::now() + WAIT;
    loop {
        let mut c = connect_from("127.0.0.2", addr).await;
        c.write_all(b"GET /no-such-path HTTP/1.1\r\nHost: localhost\r\n\r\n")
            .await
            .unwrap();
        let mut head = [0u8; 12];
        match tokio::time::timeout(WAIT, c.read_exact(&mut head)).await {
            Ok(Ok(_)) if head.starts_with(b"HTTP/1.1 ") => break,
            // The server may not have seen the closes yet.
            _ if Instant::now() < deadline => tokio::time::sleep(Duration::from_millis(100)).await,
            other => panic!("127.0.0.2 not admitted again: {other:?}"),
        }
    }
}

#[test]
fn limits_must_be_positive() {
    let home = Home::new();
    for args in [
        &["serve", "room", "--header-timeout", "0s"][..],
        &["serve", "room", "--max-connections-per-client", "0"][..],
    ] {
        home.cmd().args(args).assert().code(2);
    }
}
