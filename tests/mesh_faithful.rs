//! `serve mesh` answers as p2pmesh's servers do, frame for frame: the Node
//! server (`src/servers/websocket-server.js` at 82e0950, observed on
//! loopback beside ours) and its Lambda (`terraform/aws/lambda/index.js`,
//! read from the code) under our API Gateway. One test per behaviour.

mod common;

use common::ws::{Ws, next_text, open};
use common::{Emulator, Home, WAIT};
use futures_util::{SinkExt, StreamExt};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_tungstenite::tungstenite::Message;

struct Mesh {
    _home: Home,
    emu: Emulator,
}

impl Mesh {
    fn start(flags: &[&str]) -> Mesh {
        let home = Home::new();
        let emu = Emulator::start(&home, "mesh", flags);
        Mesh { _home: home, emu }
    }

    fn node() -> Mesh {
        Mesh::start(&["--flavour", "node"])
    }

    fn lambda() -> Mesh {
        Mesh::start(&["--flavour", "apigw"])
    }

    async fn socket(&self) -> Ws {
        open(self.emu.ws()).await
    }

    /// A socket joined as `id` (a JSON value), once the join is processed.
    async fn peer(&self, id_json: &str) -> Ws {
        let mut ws = self.socket().await;
        join(&mut ws, id_json).await;
        ws
    }
}

async fn send(ws: &mut Ws, text: &str) {
    ws.send(Message::text(text.to_owned())).await.expect("send");
}

/// Join as `id_json` and wait for a relay to ourselves to come back: the
/// join was processed, and whatever it answered has been read.
async fn join(ws: &mut Ws, id_json: &str) {
    send(ws, &format!(r#"{{"type":"join","peerId":{id_json}}}"#)).await;
    send(ws, &format!(r#"{{"type":"ack","to":{id_json}}}"#)).await;
    let back = format!(r#"{{"type":"ack","to":{id_json},"from":{id_json}}}"#);
    while next_text(ws).await != back {}
}

/// The next frame is exactly `want`.
async fn expect(ws: &mut Ws, want: &str) {
    assert_eq!(next_text(ws).await, want);
}

fn error(message: &str) -> String {
    format!(r#"{{"type":"error","message":"{message}"}}"#)
}

/// Proves that `ws` was sent nothing so far: the answer to an unknown type
/// (which always gets one) comes next.
async fn got_nothing(ws: &mut Ws) {
    send(ws, r#"{"type":"marker"}"#).await;
    expect(ws, &error("Unknown message type: marker")).await;
}

/// How the server ended the connection: `Some(code)` for a close frame
/// (1005 when it has no code), `None` when it dropped the TCP connection.
/// A close frame is answered (the stream is read to its end).
async fn ended(ws: &mut Ws) -> Option<u16> {
    let deadline = tokio::time::Instant::now() + WAIT;
    let code = loop {
        match tokio::time::timeout_at(deadline, ws.next())
            .await
            .expect("closed in time")
        {
            Some(Ok(Message::Close(Some(f)))) => break u16::from(f.code),
            Some(Ok(Message::Close(None))) => break 1005,
            Some(Ok(_)) => continue,
            _ => return None,
        }
    };
    while let Ok(Some(_)) = tokio::time::timeout_at(deadline, ws.next()).await {}
    Some(code)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn relays_keep_the_senders_keys_and_add_from_last_as_javascript_writes_them() {
    let m = Mesh::node();
    let mut a = m.peer(r#""alice""#).await;
    let mut b = m.peer(r#""bob""#).await;
    expect(&mut a, r#"{"type":"peer_joined","peerId":"bob"}"#).await;
    send(
        &mut a,
        r#"{"to":"bob", "type":"signal", "data":{"z":1.50,"a":["\u00e9",1e21,12345678901234567890],"7":0,"1":-0}}"#,
    )
    .await;
    expect(
        &mut b,
        r#"{"to":"bob","type":"signal","data":{"1":0,"7":0,"z":1.5,"a":["é",1e+21,12345678901234567000]},"from":"alice"}"#,
    )
    .await;
    // A `from` of the sender's keeps its place and gets the real id.
    send(&mut a, r#"{"from":"mallory","type":"offer","to":"bob"}"#).await;
    expect(&mut b, r#"{"from":"alice","type":"offer","to":"bob"}"#).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_servers_own_frames_have_type_first() {
    let m = Mesh::node();
    let mut w = m.peer(r#""w""#).await;
    let mut x = m.socket().await;
    send(&mut x, r#"{"type":"join","peerId":"x"}"#).await;
    expect(&mut x, r#"{"type":"bootstrap_peers","peers":[{"id":"w"}]}"#).await;
    expect(&mut w, r#"{"type":"peer_joined","peerId":"x"}"#).await;
    send(&mut x, r#"{"type":"join"}"#).await;
    expect(&mut x, &error("peerId is required for join message.")).await;
    send(&mut x, "{not json").await;
    expect(&mut x, &error("Invalid JSON message format.")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn leave_announces_the_peer_and_closes_without_a_code() {
    let m = Mesh::node();
    let mut a = m.peer(r#""a""#).await;
    let mut w = m.peer(r#""w""#).await;
    expect(&mut a, r#"{"type":"peer_joined","peerId":"w"}"#).await;
    send(&mut a, r#"{"type":"leave"}"#).await;
    expect(&mut w, r#"{"type":"peer_left","peerId":"a"}"#).await;
    assert_eq!(ended(&mut a).await, Some(1005));
    send(&mut w, r#"{"type":"signal","to":"a","data":1}"#).await;
    expect(&mut w, &error("Peer a not found.")).await;
    // A socket that never joined: leave gets nothing and it stays open.
    let mut u = m.socket().await;
    send(&mut u, r#"{"type":"leave"}"#).await;
    got_nothing(&mut u).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_duplicate_id_closes_the_older_socket_whose_close_then_unroutes_the_id() {
    let m = Mesh::node();
    let mut x1 = m.peer(r#""x""#).await;
    let mut w = m.peer(r#""w""#).await;
    expect(&mut x1, r#"{"type":"peer_joined","peerId":"w"}"#).await;
    let mut x2 = m.socket().await;
    send(&mut x2, r#"{"type":"join","peerId":"x"}"#).await;
    expect(&mut x1, &error("Another client joined with your ID.")).await;
    assert_eq!(ended(&mut x1).await, Some(1005));
    expect(
        &mut x2,
        r#"{"type":"bootstrap_peers","peers":[{"id":"w"}]}"#,
    )
    .await;
    expect(&mut w, r#"{"type":"peer_joined","peerId":"x"}"#).await;
    // The old socket's close removes the id, whoever holds it now.
    expect(&mut w, r#"{"type":"peer_left","peerId":"x"}"#).await;
    send(&mut w, r#"{"type":"signal","to":"x","data":1}"#).await;
    expect(&mut w, &error("Peer x not found.")).await;
    // The new owner is not told, and its own sends still carry its id.
    send(&mut x2, r#"{"type":"signal","to":"w","data":2}"#).await;
    expect(&mut w, r#"{"type":"signal","to":"w","data":2,"from":"x"}"#).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rejoin_under_a_new_id_keeps_the_old_one_until_a_relay_finds_it_closed() {
    let m = Mesh::node();
    let mut a = m.peer(r#""p-old""#).await;
    let mut w = m.peer(r#""w""#).await;
    expect(&mut a, r#"{"type":"peer_joined","peerId":"w"}"#).await;
    send(&mut a, r#"{"type":"join","peerId":"p-new"}"#).await;
    // Its own old id is listed, and announced the new one.
    expect(
        &mut a,
        r#"{"type":"bootstrap_peers","peers":[{"id":"p-old"},{"id":"w"}]}"#,
    )
    .await;
    expect(&mut a, r#"{"type":"peer_joined","peerId":"p-new"}"#).await;
    expect(&mut w, r#"{"type":"peer_joined","peerId":"p-new"}"#).await;
    // Both ids reach the socket.
    send(&mut w, r#"{"type":"signal","to":"p-old","data":1}"#).await;
    expect(
        &mut a,
        r#"{"type":"signal","to":"p-old","data":1,"from":"w"}"#,
    )
    .await;
    // Closing removes only the current id; the old one stays listed.
    a.close(None).await.unwrap();
    expect(&mut w, r#"{"type":"peer_left","peerId":"p-new"}"#).await;
    let mut z = m.socket().await;
    send(&mut z, r#"{"type":"join","peerId":"z"}"#).await;
    expect(
        &mut z,
        r#"{"type":"bootstrap_peers","peers":[{"id":"p-old"},{"id":"w"}]}"#,
    )
    .await;
    expect(&mut w, r#"{"type":"peer_joined","peerId":"z"}"#).await;
    // A relay to it finds the socket closed: no error, everyone is told.
    send(&mut w, r#"{"type":"signal","to":"p-old","data":2}"#).await;
    expect(&mut w, r#"{"type":"peer_left","peerId":"p-old"}"#).await;
    expect(&mut z, r#"{"type":"peer_left","peerId":"p-old"}"#).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unjoined_sender_is_relayed_with_from_null() {
    let m = Mesh::node();
    let mut w = m.peer(r#""w""#).await;
    let mut u = m.socket().await;
    send(&mut u, r#"{"type":"signal","to":"w","data":1}"#).await;
    expect(&mut w, r#"{"type":"signal","to":"w","data":1,"from":null}"#).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kademlia_rpcs_are_relayed_as_sent_with_their_own_errors() {
    let m = Mesh::node();
    let mut w = m.peer(r#""w""#).await;
    let mut a = m.peer(r#""a""#).await;
    send(
        &mut a,
        r#"{"type":"kademlia_rpc_request","to":"w","from":"spoof","rpcId":"r1"}"#,
    )
    .await;
    expect(&mut w, r#"{"type":"peer_joined","peerId":"a"}"#).await;
    expect(
        &mut w,
        r#"{"type":"kademlia_rpc_request","to":"w","from":"spoof","rpcId":"r1"}"#,
    )
    .await;
    send(&mut a, r#"{"type":"kademlia_rpc_response","to":"nobody"}"#).await;
    expect(
        &mut a,
        &error("Peer nobody not found for kademlia_rpc_response."),
    )
    .await;
    send(&mut a, r#"{"type":"kademlia_rpc_request"}"#).await;
    expect(
        &mut a,
        &error("'to' field is required for kademlia_rpc_request."),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_falsy_to_is_ignored_and_any_other_is_written_as_a_string() {
    let m = Mesh::node();
    let mut a = m.peer(r#""a""#).await;
    for to in [
        "",
        r#","to":"""#,
        r#","to":null"#,
        r#","to":0"#,
        r#","to":false"#,
    ] {
        send(&mut a, &format!(r#"{{"type":"offer"{to}}}"#)).await;
        send(&mut a, &format!(r#"{{"type":"batched_signals"{to}}}"#)).await;
    }
    got_nothing(&mut a).await;
    for (to, shown) in [
        ("42", "42"),
        ("1.50", "1.5"),
        (r#"["x",null,[1,2]]"#, "x,,1,2"),
        (r#"{"k":1}"#, "[object Object]"),
        ("true", "true"),
    ] {
        send(&mut a, &format!(r#"{{"type":"signal","to":{to}}}"#)).await;
        expect(&mut a, &error(&format!("Peer {shown} not found."))).await;
    }
    send(&mut a, r#"{"type":"batched_signals","to":"nobody"}"#).await;
    expect(&mut a, &error("Peer nobody not found for batched signals.")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn anything_without_a_string_type_is_an_unknown_message_type() {
    let m = Mesh::node();
    let mut u = m.socket().await;
    for (frame, shown) in [
        ("{}", "undefined"),
        ("123", "undefined"),
        ("[]", "undefined"),
        (r#""str""#, "undefined"),
        ("true", "undefined"),
        (r#"{"type":5}"#, "5"),
        (r#"{"type":null}"#, "null"),
        (r#"{"type":["a","b"]}"#, "a,b"),
        (r#"{"type":"Offer"}"#, "Offer"),
    ] {
        send(&mut u, frame).await;
        expect(&mut u, &error(&format!("Unknown message type: {shown}"))).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn any_truthy_peer_id_joins_and_is_routed_by_its_json_value() {
    let m = Mesh::node();
    let mut w = m.peer(r#""w""#).await;
    let mut n = m.peer("12345").await;
    expect(&mut w, r#"{"type":"peer_joined","peerId":12345}"#).await;
    send(&mut w, r#"{"type":"signal","to":12345,"data":"n"}"#).await;
    expect(
        &mut n,
        r#"{"type":"signal","to":12345,"data":"n","from":"w"}"#,
    )
    .await;
    send(&mut w, r#"{"type":"signal","to":"12345"}"#).await;
    expect(&mut w, &error("Peer 12345 not found.")).await;
    send(&mut n, r#"{"type":"signal","to":"w"}"#).await;
    expect(&mut w, r#"{"type":"signal","to":"w","from":12345}"#).await;
    n.close(None).await.unwrap();
    expect(&mut w, r#"{"type":"peer_left","peerId":12345}"#).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_null_message_drops_its_connection_and_the_others_go_on() {
    // The real server's process dies on it (every socket sees 1006); the
    // emulator drops only the sender, without a close frame.
    let m = Mesh::node();
    let mut w = m.peer(r#""w""#).await;
    let mut a = m.peer(r#""a""#).await;
    expect(&mut w, r#"{"type":"peer_joined","peerId":"a"}"#).await;
    send(&mut a, "null").await;
    assert_eq!(ended(&mut a).await, None);
    expect(&mut w, r#"{"type":"peer_left","peerId":"a"}"#).await;
    got_nothing(&mut w).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn binary_frames_are_read_as_text_and_bad_utf8_text_closes_1007() {
    let m = Mesh::node();
    let mut w = m.peer(r#""w""#).await;
    let mut a = m.socket().await;
    a.send(Message::binary(
        br#"{"type":"signal","to":"w","data":"b"}"#.to_vec(),
    ))
    .await
    .unwrap();
    expect(
        &mut w,
        r#"{"type":"signal","to":"w","data":"b","from":null}"#,
    )
    .await;
    // Bytes that are not UTF-8 in a binary frame are read as U+FFFD.
    a.send(Message::binary(b"{\"type\":\"\xff\"}".to_vec()))
        .await
        .unwrap();
    expect(&mut a, &error("Unknown message type: \u{fffd}")).await;
    // The same in a text frame: raw bytes, since the client checks UTF-8.
    let mut raw = RawWs::open(m.emu.ws(), "/", None).await;
    raw.frame(0x1, b"{\"type\":\"\xff\"}").await;
    assert_eq!(raw.close_code().await, Some(1007));
    got_nothing(&mut w).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_over_100_mib_closes_1009() {
    let m = Mesh::node();
    let mut raw = RawWs::open(m.emu.ws(), "/", None).await;
    // Only the header: the length alone is refused.
    raw.header(0x1, 100 * 1024 * 1024 + 1).await;
    assert_eq!(raw.close_code().await, Some(1009));
    let mut w = m.peer(r#""w""#).await;
    got_nothing(&mut w).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_message_over_100_mib_is_drained_and_closed_cleanly() {
    // As `ws` does: the server answers 1009 at the header and reads on,
    // discarding, so the client sees the close frame and then the end of
    // the connection, not a reset. The client sends the whole message
    // and its own close frame while it reads.
    let m = Mesh::node();
    let raw = RawWs::open(m.emu.ws(), "/", None).await;
    let (mut rd, mut wr) = raw.tcp.into_split();
    let writer = tokio::spawn(async move {
        let len: u64 = 100 * 1024 * 1024 + 1;
        let mut h = vec![0x81, 0x80 | 127];
        h.extend_from_slice(&len.to_be_bytes());
        h.extend_from_slice(&[0, 0, 0, 0]);
        wr.write_all(&h).await?;
        let chunk = vec![b'x'; 1024 * 1024];
        for _ in 0..100 {
            wr.write_all(&chunk).await?;
        }
        wr.write_all(b"x").await?;
        // The client's close frame (1009, masked with zeros), then FIN.
        wr.write_all(&[0x88, 0x82, 0, 0, 0, 0, 0x03, 0xf1]).await?;
        wr.shutdown().await
    });
    let mut h = [0u8; 2];
    tokio::time::timeout(WAIT, rd.read_exact(&mut h))
        .await
        .expect("a close frame in time")
        .expect("the close frame, not a reset");
    assert_eq!(h[0], 0x88);
    let mut body = vec![0u8; (h[1] & 0x7f) as usize];
    rd.read_exact(&mut body).await.unwrap();
    assert_eq!(u16::from_be_bytes([body[0], body[1]]), 1009);
    // Everything the client sent was read: its writes all went through...
    tokio::time::timeout(WAIT, writer)
        .await
        .expect("the client's writes in time")
        .unwrap()
        .expect("the server read all of it (no reset)");
    // ...and the server then closed its side cleanly.
    let mut rest = Vec::new();
    let end = tokio::time::timeout(WAIT, rd.read_to_end(&mut rest))
        .await
        .expect("the end in time");
    assert!(end.is_ok(), "the connection was reset: {end:?}");
    let mut w = m.peer(r#""w""#).await;
    got_nothing(&mut w).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn any_path_upgrades_and_the_first_subprotocol_is_accepted() {
    let m = Mesh::node();
    let raw = RawWs::open(m.emu.ws(), "/some/path?x=1", Some("mesh-test, other")).await;
    let head = raw.head.to_ascii_lowercase();
    assert!(head.starts_with("http/1.1 101"), "{head}");
    assert!(
        head.contains("sec-websocket-protocol: mesh-test\r\n"),
        "{head}"
    );
    // A plain request gets ws's 426.
    let url = m.emu.ws().replacen("ws://", "http://", 1);
    let resp = reqwest::get(url).await.unwrap();
    assert_eq!(resp.status().as_u16(), 426);
    assert_eq!(resp.text().await.unwrap(), "Upgrade Required");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn diagnostics_explain_the_silences_on_the_wire() {
    let m = Mesh::start(&["--flavour", "node", "--diagnostics"]);
    let mut a = m.peer(r#""a""#).await;
    send(&mut a, r#"{"type":"offer"}"#).await;
    let text = next_text(&mut a).await;
    assert!(
        text.starts_with(r#"{"type":"error","message":"emulator: a offer without 'to'"#),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn network_per_path_keeps_paths_apart() {
    let m = Mesh::start(&["--flavour", "node", "--network-per-path"]);
    let url = |p: &str| format!("{}/{p}", m.emu.ws());
    let mut a = open(&url("one")).await;
    join(&mut a, r#""a""#).await;
    let mut b = open(&url("two")).await;
    join(&mut b, r#""b""#).await;
    send(&mut a, r#"{"type":"signal","to":"b"}"#).await;
    expect(&mut a, &error("Peer b not found.")).await;
    let mut c = open(&url("one")).await;
    send(&mut c, r#"{"type":"join","peerId":"c"}"#).await;
    expect(&mut c, r#"{"type":"bootstrap_peers","peers":[{"id":"a"}]}"#).await;
}

// The Lambda behind API Gateway (`--flavour apigw`).

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_lambda_is_silent_where_its_handler_has_no_answer() {
    let m = Mesh::lambda();
    let mut u = m.socket().await;
    // A join without peerId, a null message, an empty one.
    for frame in [
        r#"{"type":"join"}"#,
        r#"{"type":"join","peerId":0}"#,
        "null",
        "",
    ] {
        send(&mut u, frame).await;
    }
    got_nothing(&mut u).await;
    for (frame, shown) in [
        ("{}", "undefined"),
        ("[]", "undefined"),
        (r#"{"type":5}"#, "5"),
    ] {
        send(&mut u, frame).await;
        expect(&mut u, &error(&format!("Unknown message type: {shown}"))).await;
    }
    // No `to` is not silent here; a number is written as JavaScript does.
    send(&mut u, r#"{"type":"offer"}"#).await;
    expect(&mut u, &error("Peer undefined not found.")).await;
    send(&mut u, r#"{"type":"offer","to":42}"#).await;
    expect(&mut u, &error("Peer 42 not found.")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_lambda_relays_kademlia_with_its_from_and_unjoined_senders_with_null() {
    let m = Mesh::lambda();
    let mut w = m.peer(r#""w""#).await;
    let mut u = m.socket().await;
    send(
        &mut u,
        r#"{"type":"kademlia_rpc_request","to":"w","from":"spoof"}"#,
    )
    .await;
    expect(
        &mut w,
        r#"{"type":"kademlia_rpc_request","to":"w","from":null}"#,
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lambda_rejoin_lists_the_old_id_and_announces_every_join_again() {
    let m = Mesh::lambda();
    let mut a = m.peer(r#""p-old""#).await;
    let mut w = m.peer(r#""w""#).await;
    expect(&mut a, r#"{"type":"peer_joined","peerId":"w"}"#).await;
    // The same id again: announced again.
    send(&mut w, r#"{"type":"join","peerId":"w"}"#).await;
    let text = next_text(&mut w).await;
    assert!(
        text.starts_with(r#"{"type":"bootstrap_peers","peers":[{"id":"p-old","lastSeen":"#),
        "{text}"
    );
    expect(&mut a, r#"{"type":"peer_joined","peerId":"w"}"#).await;
    // A new id: the scan ran before the put, so the old id is listed and
    // the socket is told of its own new id.
    send(&mut a, r#"{"type":"join","peerId":"p-new"}"#).await;
    let text = next_text(&mut a).await;
    assert!(text.contains(r#"{"id":"p-old","lastSeen":"#), "{text}");
    expect(&mut a, r#"{"type":"peer_joined","peerId":"p-new"}"#).await;
    expect(&mut w, r#"{"type":"peer_joined","peerId":"p-new"}"#).await;
    // The put replaced the item: the old id is gone, silently.
    send(&mut w, r#"{"type":"signal","to":"p-old"}"#).await;
    expect(&mut w, &error("Peer p-old not found.")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lambda_duplicate_keeps_the_older_socket_open_without_an_id() {
    let m = Mesh::lambda();
    let mut x1 = m.peer(r#""x""#).await;
    let mut w = m.peer(r#""w""#).await;
    expect(&mut x1, r#"{"type":"peer_joined","peerId":"w"}"#).await;
    let mut x2 = m.socket().await;
    send(&mut x2, r#"{"type":"join","peerId":"x"}"#).await;
    expect(&mut x1, &error("Another client joined with your ID.")).await;
    expect(&mut w, r#"{"type":"peer_joined","peerId":"x"}"#).await;
    send(&mut x1, r#"{"type":"signal","to":"w"}"#).await;
    expect(&mut w, r#"{"type":"signal","to":"w","from":null}"#).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_a_join_refreshes_the_lambdas_ttl() {
    let m = Mesh::start(&["--flavour", "apigw", "--mesh-ttl", "2s"]);
    let mut a = m.peer(r#""a""#).await;
    // `a` keeps talking past its TTL, but never joins again.
    let until = tokio::time::Instant::now() + Duration::from_secs(3);
    while tokio::time::Instant::now() < until {
        got_nothing(&mut a).await;
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let mut w = m.peer(r#""w""#).await;
    send(&mut w, r#"{"type":"signal","to":"a"}"#).await;
    expect(&mut w, &error("Peer a not found.")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_gateway_closes_a_binary_frame_with_1003() {
    let m = Mesh::lambda();
    let mut w = m.peer(r#""w""#).await;
    let mut a = m.peer(r#""a""#).await;
    expect(&mut w, r#"{"type":"peer_joined","peerId":"a"}"#).await;
    a.send(Message::binary(b"{}".to_vec())).await.unwrap();
    assert_eq!(ended(&mut a).await, Some(1003));
    expect(&mut w, r#"{"type":"peer_left","peerId":"a"}"#).await;
}

/// A WebSocket client written by hand, for what a real client refuses to
/// send: text frames that are not UTF-8, a header announcing 100 MiB.
struct RawWs {
    tcp: tokio::net::TcpStream,
    head: String,
}

impl RawWs {
    async fn open(ws_url: &str, path: &str, protocols: Option<&str>) -> RawWs {
        let host = ws_url.trim_start_matches("ws://");
        let mut tcp = tokio::net::TcpStream::connect(host).await.unwrap();
        let mut req = format!(
            "GET {path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
        );
        if let Some(p) = protocols {
            req.push_str(&format!("Sec-WebSocket-Protocol: {p}\r\n"));
        }
        req.push_str("\r\n");
        tcp.write_all(req.as_bytes()).await.unwrap();
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            tokio::time::timeout(WAIT, tcp.read_exact(&mut byte))
                .await
                .expect("handshake in time")
                .expect("handshake");
            head.push(byte[0]);
        }
        RawWs {
            tcp,
            head: String::from_utf8_lossy(&head).into_owned(),
        }
    }

    /// A masked frame header with a 64-bit length.
    async fn header(&mut self, opcode: u8, len: u64) {
        let mut h = vec![0x80 | opcode, 0x80 | 127];
        h.extend_from_slice(&len.to_be_bytes());
        h.extend_from_slice(&[0, 0, 0, 0]);
        self.tcp.write_all(&h).await.unwrap();
    }

    /// A whole frame (mask of zeros: the payload goes as it is).
    async fn frame(&mut self, opcode: u8, payload: &[u8]) {
        self.header(opcode, payload.len() as u64).await;
        self.tcp.write_all(payload).await.unwrap();
    }

    /// The code of the server's close frame.
    async fn close_code(&mut self) -> Option<u16> {
        let mut h = [0u8; 2];
        tokio::time::timeout(WAIT, self.tcp.read_exact(&mut h))
            .await
            .expect("a frame in time")
            .ok()?;
        assert_eq!(h[0], 0x88, "a close frame");
        let mut body = vec![0u8; (h[1] & 0x7f) as usize];
        self.tcp.read_exact(&mut body).await.ok()?;
        (body.len() >= 2).then(|| u16::from_be_bytes([body[0], body[1]]))
    }
}

#[test]
fn group_path_runs_every_pair_on_a_network_of_its_own() {
    let m = Mesh::start(&["--flavour", "node", "--network-per-path"]);
    let out = m
        ._home
        .cmd()
        .args(m.emu.target())
        .args(["--option", "mesh.group-path=true", "--json", "loadtest"])
        .args(["--pairs", "20", "--iterations", "2"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["counters"]["delivered"], 80);
    m._home
        .cmd()
        .args(m.emu.target())
        .args(["--option", "mesh.group-path=maybe", "replay"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("expected true or false"));
    // The deployment a client is metered as: node or apigw, nothing else.
    m._home
        .cmd()
        .args(m.emu.target())
        .args(["--option", "mesh.flavour=lambda", "replay"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "--option mesh.flavour=lambda: expected node or apigw",
        ));
}
