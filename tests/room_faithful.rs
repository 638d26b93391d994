//! `serve room` answers as the real room server (server.py of
//! talmolab/webRTC-connect at 8144b60) was observed to answer on loopback,
//! frame for frame: one test per behaviour. `--diagnostics` adds the
//! explanations the real server never sends.

mod common;

use common::ws::{Ws, next, next_text, open};
use common::{Emulator, Home, WAIT, signed_in_room};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use std::time::Duration;
use tokio_tungstenite::tungstenite::Message;

/// A room with peers `a` and `b` registered on their own connections.
struct Room {
    _home: Home,
    emu: Emulator,
    room: String,
    token: String,
    id_token: String,
    a: Ws,
    b: Ws,
}

impl Room {
    async fn new(flags: &[&str]) -> Room {
        let home = Home::new();
        let emu = Emulator::room(&home, flags);
        let (room, token) = signed_in_room(&home, &emu);
        let id_token = home.cached("default")["id_token"]
            .as_str()
            .unwrap()
            .to_owned();
        let mut r = Room {
            a: open(emu.ws()).await,
            b: open(emu.ws()).await,
            _home: home,
            emu,
            room,
            token,
            id_token,
        };
        let (ra, rb) = (r.register_text("a"), r.register_text("b"));
        send(&mut r.a, &ra).await;
        assert_eq!(next(&mut r.a).await["type"], "registered_auth");
        send(&mut r.b, &rb).await;
        assert_eq!(next(&mut r.b).await["type"], "registered_auth");
        r
    }

    fn register_text(&self, peer: &str) -> String {
        json!({"type": "register", "peer_id": peer, "room_id": self.room, "token": self.token, "id_token": self.id_token}).to_string()
    }

    /// Proves that nothing reached `b` before this: an offer from `a` is
    /// the next frame `b` reads.
    async fn b_got_nothing(&mut self) {
        let marker = r#"{"type": "offer", "sender": "a", "target": "b", "sdp": "marker"}"#;
        send(&mut self.a, marker).await;
        assert_eq!(next_text(&mut self.b).await, marker);
    }
}

async fn send(ws: &mut Ws, text: &str) {
    ws.send(Message::text(text.to_owned())).await.expect("send");
}

/// Proves that the server sent `ws` nothing in answer so far: the answer
/// to an incomplete register (which always gets one) comes next.
async fn got_nothing(ws: &mut Ws) {
    send(ws, r#"{"type": "register"}"#).await;
    assert_eq!(
        next_text(ws).await,
        r#"{"type": "error", "reason": "Missing required fields during registration."}"#
    );
}

/// The close frame's code and reason.
async fn closed(ws: &mut Ws) -> (u16, String) {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        match tokio::time::timeout_at(deadline, ws.next())
            .await
            .expect("closed in time")
        {
            Some(Ok(Message::Close(Some(f)))) => return (u16::from(f.code), f.reason.to_string()),
            Some(Ok(Message::Close(None))) => return (1005, String::new()),
            Some(Ok(_)) => continue,
            other => panic!("no close frame: {other:?}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_offer_answer_and_candidate_are_relayed_and_nothing_is_answered() {
    let mut r = Room::new(&[]).await;
    for t in ["offer", "answer", "candidate"] {
        let f = format!(r#"{{"type": "{t}", "sender": "a", "target": "b", "sdp": "x"}}"#);
        send(&mut r.a, &f).await;
        assert_eq!(next_text(&mut r.b).await, f);
    }
    for other in [
        r#"{"type": "quit", "sender": "a", "target": "b"}"#,
        r#"{"type": "ping", "sender": "a", "target": "b"}"#,
        r#"{"type": "Offer", "sender": "a", "target": "b", "sdp": "x"}"#,
        r#"{"type": "peer_message", "sender": "a", "target": "b", "payload": {"k": 1}}"#,
        r#"{"type": "registered_auth", "sender": "a", "target": "b"}"#,
        r#"{"type": "error", "sender": "a", "target": "b", "reason": "x"}"#,
        r#"{"type": 5, "sender": "a", "target": "b"}"#,
        r#"{"sender": "a", "target": "b", "sdp": "x"}"#,
    ] {
        send(&mut r.a, other).await;
    }
    got_nothing(&mut r.a).await;
    r.b_got_nothing().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drop_candidates_is_server_py_at_8144b60() {
    let mut r = Room::new(&["--drop-candidates"]).await;
    send(
        &mut r.a,
        r#"{"type": "candidate", "sender": "a", "target": "b", "candidate": {"candidate": "c"}}"#,
    )
    .await;
    got_nothing(&mut r.a).await;
    r.b_got_nothing().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_relays_are_dropped_without_a_word() {
    let mut r = Room::new(&[]).await;
    for bad in [
        r#"{"type": "offer", "#,
        "",
        r#"{"type": "offer", "target": "b", "sdp": "x"}"#,
        r#"{"type": "offer", "sender": "a", "sdp": "x"}"#,
        r#"{"type": "offer", "sender": "", "target": "b"}"#,
        r#"{"type": "offer", "sender": "a", "target": "nobody", "sdp": "x"}"#,
        r#"{"type": "offer", "sender": "ghost", "target": "b", "sdp": "x"}"#,
    ] {
        send(&mut r.a, bad).await;
    }
    got_nothing(&mut r.a).await;
    r.b_got_nothing().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_that_is_not_an_object_closes_the_connection_1000() {
    let r = Room::new(&[]).await;
    for v in [
        "[1, 2]",
        r#"["offer", "a", "b"]"#,
        "42",
        r#""offer""#,
        "null",
    ] {
        let mut ws = open(r.emu.ws()).await;
        send(&mut ws, v).await;
        assert_eq!(closed(&mut ws).await, (1000, String::new()), "{v}");
    }
    // A sender or target Python cannot hash (a list) fails the handler too.
    for v in [
        r#"{"type": "offer", "sender": [1], "target": "b"}"#,
        r#"{"type": "offer", "sender": "a", "target": {"x": 1}}"#,
    ] {
        let mut ws = open(r.emu.ws()).await;
        send(&mut ws, v).await;
        assert_eq!(closed(&mut ws).await, (1000, String::new()), "{v}");
    }
    let mut ws = open(r.emu.ws()).await;
    ws.send(Message::binary(vec![0u8, 0xff, 0xfe]))
        .await
        .unwrap();
    assert_eq!(
        closed(&mut ws).await,
        (1000, String::new()),
        "binary, not UTF-8"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn routing_follows_the_sender_field_not_the_connection() {
    let mut r = Room::new(&[]).await;
    // `b` named as sender on a's connection, to a: delivered to a.
    let spoof = r#"{"type": "offer", "sender": "b", "target": "a", "sdp": "spoof"}"#;
    send(&mut r.a, spoof).await;
    assert_eq!(next_text(&mut r.a).await, spoof);
    // A connection that never registered, sending as a.
    let mut c = open(r.emu.ws()).await;
    let as_a = r#"{"type": "offer", "sender": "a", "target": "b", "sdp": "from-c"}"#;
    send(&mut c, as_a).await;
    assert_eq!(next_text(&mut r.b).await, as_a);
    got_nothing(&mut c).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn relayed_frames_are_re_encoded_as_python_writes_them() {
    let mut r = Room::new(&[]).await;
    send(
        &mut r.a,
        r#"{"type":"offer","sender":"a","target":"b","sdp":"v=0 é ✓","n":1.0,"x":{"y":[1,2]}}"#,
    )
    .await;
    assert_eq!(
        next_text(&mut r.b).await,
        r#"{"type": "offer", "sender": "a", "target": "b", "sdp": "v=0 \u00e9 \u2713", "n": 1.0, "x": {"y": [1, 2]}}"#
    );
    send(
        &mut r.a,
        r#"{"type":"offer","sender":"a","target":"b","sdp":"one","sdp":"two"}"#,
    )
    .await;
    assert_eq!(
        next_text(&mut r.b).await,
        r#"{"type": "offer", "sender": "a", "target": "b", "sdp": "two"}"#
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_binary_frame_of_json_is_relayed_as_text() {
    let mut r = Room::new(&[]).await;
    let f = r#"{"type": "offer", "sender": "a", "target": "b", "sdp": "bin"}"#;
    r.a.send(Message::binary(f.as_bytes().to_vec()))
        .await
        .unwrap();
    assert_eq!(next_text(&mut r.b).await, f);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_up_to_one_mebibyte_pass_and_a_larger_one_closes_1009() {
    let mut r = Room::new(&[]).await;
    let frame = |n: usize| {
        let head = r#"{"type": "offer", "sender": "a", "target": "b", "sdp": ""#;
        let fill = n - head.len() - 2;
        format!("{head}{}\"}}", "x".repeat(fill))
    };
    let max = frame(1 << 20);
    send(&mut r.a, &max).await;
    assert_eq!(next_text(&mut r.b).await.len(), 1 << 20);
    send(&mut r.a, &frame((1 << 20) + 1)).await;
    assert_eq!(
        closed(&mut r.a).await,
        (
            1009,
            "frame with 1048577 bytes exceeds limit of 1048576 bytes".to_owned()
        )
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_that_answers_no_ping_is_closed_1011() {
    let home = Home::new();
    let emu = Emulator::room(
        &home,
        &["--ping-interval", "200ms", "--ping-timeout", "200ms"],
    );
    // Not reading means not answering the pings.
    let mut silent = open(emu.ws()).await;
    let mut lively = open(emu.ws()).await;
    let deadline = tokio::time::Instant::now() + Duration::from_millis(1500);
    // The lively one reads (and so answers every ping) all along.
    while tokio::time::Instant::now() < deadline {
        match tokio::time::timeout(Duration::from_millis(100), lively.next()).await {
            Err(_) => {}
            Ok(Some(Ok(Message::Ping(_)))) => {}
            Ok(other) => panic!("the lively connection got {other:?}"),
        }
    }
    let mut pings = 0;
    let code = loop {
        match tokio::time::timeout(WAIT, silent.next())
            .await
            .expect("closed in time")
        {
            Some(Ok(Message::Ping(p))) => {
                assert_eq!(p.len(), 4);
                pings += 1;
            }
            Some(Ok(Message::Close(Some(f)))) => break (u16::from(f.code), f.reason.to_string()),
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(pings, 1);
    assert_eq!(code, (1011, "keepalive ping timeout".to_owned()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_disconnected_peer_keeps_its_registration_and_the_room_stays() {
    let mut r = Room::new(&[]).await;
    r.b.close(None).await.unwrap();

    // A send to the gone peer is lost without a word.
    send(
        &mut r.a,
        r#"{"type": "offer", "sender": "a", "target": "b", "sdp": "lost"}"#,
    )
    .await;
    got_nothing(&mut r.a).await;
    // The gone peer's id still routes as a sender.
    let mut c = open(r.emu.ws()).await;
    let as_b = r#"{"type": "offer", "sender": "b", "target": "a", "sdp": "as-gone-b"}"#;
    send(&mut c, as_b).await;
    assert_eq!(next_text(&mut r.a).await, as_b);
    // b registers again; the room is still there after everyone left.
    r.a.close(None).await.unwrap();
    let mut b2 = open(r.emu.ws()).await;
    send(&mut b2, &r.register_text("b")).await;
    assert_eq!(next(&mut b2).await["type"], "registered_auth");
    let mut c2 = open(r.emu.ws()).await;
    send(&mut c2, &r.register_text("c")).await;
    assert_eq!(next(&mut c2).await["type"], "registered_auth");
    let to_b = r#"{"type": "offer", "sender": "c", "target": "b", "sdp": "to-new-b"}"#;
    send(&mut c2, to_b).await;
    assert_eq!(next_text(&mut b2).await, to_b);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kept_registrations_do_not_keep_their_sockets_open() {
    let r = Room::new(&[]).await;
    let fds = || {
        std::fs::read_dir(format!("/proc/{}/fd", r.emu.bg.pid()))
            .unwrap()
            .count()
    };
    let before = fds();
    for i in 0..100 {
        let mut ws = open(r.emu.ws()).await;
        send(&mut ws, &r.register_text(&format!("p{i}"))).await;
        assert_eq!(next(&mut ws).await["type"], "registered_auth");
        ws.close(None).await.unwrap();
    }
    // The registrations stay; the sockets go (a few may still be closing).
    let deadline = std::time::Instant::now() + WAIT;
    while fds() > before + 10 {
        assert!(
            std::time::Instant::now() < deadline,
            "{} descriptors open, {before} before 100 peers came and went",
            fds()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registration_answers_are_the_real_servers_bytes() {
    let r = Room::new(&[]).await;
    let mut ws = open(r.emu.ws()).await;
    send(&mut ws, &r.register_text("x")).await;
    assert_eq!(
        next_text(&mut ws).await,
        format!(
            r#"{{"type": "registered_auth", "room_id": "{}", "token": "{}", "peer_id": "x"}}"#,
            r.room, r.token
        )
    );
    let reg = |fields: Value| {
        let mut v = json!({"type": "register", "peer_id": "x", "room_id": r.room, "token": r.token, "id_token": r.id_token});
        for (k, val) in fields.as_object().unwrap() {
            v[k] = val.clone();
        }
        v.to_string()
    };
    for (fields, answer) in [
        (json!({"peer_id": 777}), None),
        (
            json!({"room_id": 12345678}),
            Some(r#"{"type": "error", "reason": "Room not found"}"#),
        ),
        (
            json!({"room_id": 1.5}),
            Some(r#"{"type": "error", "reason": "DynamoDB error"}"#),
        ),
        (
            json!({"room_id": ["x"]}),
            Some(r#"{"type": "error", "reason": "DynamoDB error"}"#),
        ),
        (
            json!({"peer_id": ["x"]}),
            Some(r#"{"type": "error", "reason": "DynamoDB error"}"#),
        ),
        (
            json!({"id_token": 5}),
            Some(r#"{"error": "Invalid token"}"#),
        ),
        (
            json!({"id_token": "abc"}),
            Some(r#"{"error": "Invalid token"}"#),
        ),
        (
            json!({"token": "wrong1"}),
            Some(r#"{"type": "error", "reason": "Invalid token"}"#),
        ),
        (
            json!({"peer_id": ""}),
            Some(r#"{"type": "error", "reason": "Missing required fields during registration."}"#),
        ),
        (
            json!({"token": 0}),
            Some(r#"{"type": "error", "reason": "Missing required fields during registration."}"#),
        ),
    ] {
        send(&mut ws, &reg(fields.clone())).await;
        let got = next_text(&mut ws).await;
        match answer {
            Some(a) => assert_eq!(got, a, "{fields}"),
            // A number as peer id is taken and echoed as a number.
            None => assert!(got.ends_with(r#""peer_id": 777}"#), "{got}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_room_is_refused_after_its_token_is_checked() {
    let home = Home::new();
    let emu = Emulator::room(&home, &["--room-ttl", "1s"]);
    let (room, token) = signed_in_room(&home, &emu);
    let id_token = home.cached("default")["id_token"].clone();
    tokio::time::sleep(Duration::from_millis(2100)).await;
    let mut ws = open(emu.ws()).await;
    for (tok, answer) in [
        ("wrong1", r#"{"type": "error", "reason": "Invalid token"}"#),
        (
            token.as_str(),
            r#"{"type": "error", "reason": "Room expired"}"#,
        ),
    ] {
        let reg = json!({"type": "register", "peer_id": "x", "room_id": room, "token": tok, "id_token": id_token});
        send(&mut ws, &reg.to_string()).await;
        assert_eq!(next_text(&mut ws).await, answer);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_id_in_two_rooms_routes_as_the_real_servers_two_maps_do() {
    let mut r = Room::new(&[]).await;
    // A second room; `b` registers there from another connection.
    let home2 = Home::new();
    home2
        .cmd()
        .args(r.emu.target())
        .args(["auth", "anonymous"])
        .assert()
        .success();
    let out = home2
        .cmd()
        .args(r.emu.target())
        .args(["--json", "room", "create"])
        .output()
        .unwrap();
    let room2: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut b2 = open(r.emu.ws()).await;
    let reg = json!({"type": "register", "peer_id": "b", "room_id": room2["room_id"], "token": room2["token"], "id_token": r.id_token}).to_string();
    send(&mut b2, &reg).await;
    assert_eq!(next(&mut b2).await["type"], "registered_auth");
    // a's room still maps b to b's first connection.
    let to_b = r#"{"type": "offer", "sender": "a", "target": "b", "sdp": "room1"}"#;
    send(&mut r.a, to_b).await;
    assert_eq!(next_text(&mut r.b).await, to_b);
    got_nothing(&mut b2).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn any_path_upgrades() {
    let r = Room::new(&[]).await;
    let mut ws = open(&format!("{}/some/path?x=1", r.emu.ws())).await;
    send(&mut ws, &r.register_text("p")).await;
    assert_eq!(next(&mut ws).await["type"], "registered_auth");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn diagnostics_explain_on_the_wire_what_is_dropped() {
    let mut r = Room::new(&["--diagnostics"]).await;
    send(
        &mut r.a,
        r#"{"type": "offer", "sender": "a", "target": "nobody"}"#,
    )
    .await;
    assert_eq!(
        next_text(&mut r.a).await,
        r#"{"type": "error", "reason": "Unknown target peer: \"nobody\""}"#
    );
    send(&mut r.a, "{").await;
    assert_eq!(
        next_text(&mut r.a).await,
        r#"{"type": "error", "reason": "Invalid JSON"}"#
    );
    send(
        &mut r.a,
        r#"{"type": "quit", "sender": "a", "target": "b"}"#,
    )
    .await;
    assert_eq!(
        next_text(&mut r.a).await,
        r#"{"type": "error", "reason": "Message type \"quit\" is not relayed"}"#
    );
    let mut ws = open(r.emu.ws()).await;
    send(&mut ws, &r.register_text("x").replace(&r.id_token, "abc")).await;
    let v = next(&mut ws).await;
    assert_eq!(v["error"], "Invalid token");
    assert!(v["detail"].is_string(), "{v}");
}

#[test]
fn what_is_dropped_is_logged_with_its_reason() {
    let home = Home::new();
    for (json_log, want) in [
        (false, "room: dropped a frame from connection"),
        (true, r#""event":"dropped""#),
    ] {
        let mut cmd = home.std_cmd();
        cmd.args(["serve", "room", "--port", "0", "--json"]);
        if !json_log {
            // Text log lines: the announcement without --json.
            cmd = home.std_cmd();
            cmd.args(["serve", "room", "--port", "0"]);
        }
        let mut bg = common::Bg::spawn(cmd);
        let ws = if json_log {
            bg.wait_json(|v| v["backend"] == "room")["ws_url"]
                .as_str()
                .unwrap()
                .to_owned()
        } else {
            let line = bg.wait_line(|l| l.contains(" ws "));
            line.split_whitespace().last().unwrap().to_owned()
        };
        let rt = tokio::runtime::Runtime::new().unwrap();
        rt.block_on(async {
            let mut c = open(&ws).await;
            send(&mut c, "{").await;
            got_nothing(&mut c).await;
        });
        bg.interrupt();
        let (_, _, err) = bg.finish();
        assert!(err.contains(want), "{err}");
        assert!(err.contains("Invalid JSON"), "{err}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http_answers_are_fastapis() {
    let r = Room::new(&[]).await;
    let http = reqwest::Client::new();
    let url = |p: &str| format!("{}{p}", r.emu.http());
    let body = |resp: reqwest::Response| async move {
        let status = resp.status().as_u16();
        let allow = resp
            .headers()
            .get("allow")
            .map(|v| v.to_str().unwrap().to_owned());
        (status, allow, resp.text().await.unwrap())
    };
    assert_eq!(
        body(http.get(url("/create-room")).send().await.unwrap()).await,
        (
            405,
            Some("POST".into()),
            r#"{"detail":"Method Not Allowed"}"#.into()
        )
    );
    assert_eq!(
        body(http.post(url("/nope")).send().await.unwrap()).await,
        (404, None, r#"{"detail":"Not Found"}"#.into())
    );
    assert_eq!(
        body(http.post(url("/create-room")).send().await.unwrap()).await,
        (422, None, r#"{"detail":[{"type":"missing","loc":["header","authorization"],"msg":"Field required","input":null}]}"#.into())
    );
    for (auth, want) in [
        ("abc", "Not enough segments"),
        ("Bearer a.b.c", "Not enough segments"),
        ("Bearer ", "Not enough segments"),
        ("bearer x", "Not enough segments"),
    ] {
        let (status, _, text) = body(
            http.post(url("/create-room"))
                .header("authorization", auth)
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(status, 401);
        assert_eq!(
            text,
            format!(r#"{{"detail":"Token verification failed: {want}"}}"#)
        );
    }
    // Every "Bearer " is taken out: a raw token and a doubled prefix work.
    for auth in [r.id_token.clone(), format!("Bearer Bearer {}", r.id_token)] {
        let (status, _, text) = body(
            http.post(url("/create-room"))
                .header("authorization", auth)
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(status, 200, "{text}");
        let v: Value = serde_json::from_str(&text).unwrap();
        for (k, len) in [("room_id", 8), ("token", 6)] {
            let s = v[k].as_str().unwrap();
            assert_eq!(s.len(), len);
            assert!(
                s.chars()
                    .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()),
                "{s}"
            );
        }
        assert!(text.starts_with(r#"{"room_id":""#));
    }
    let delete = |b: reqwest::RequestBuilder| async { body(b.send().await.unwrap()).await };
    let d = || http.post(url("/delete-peers-and-room"));
    assert_eq!(
        delete(d()).await,
        (
            422,
            None,
            r#"{"detail":[{"type":"missing","loc":["body"],"msg":"Field required","input":null}]}"#
                .into()
        )
    );
    assert_eq!(
        delete(d().body("hello")).await,
        (422, None, r#"{"detail":[{"type":"json_invalid","loc":["body",0],"msg":"JSON decode error","input":{},"ctx":{"error":"Expecting value"}}]}"#.into())
    );
    // Python's json messages and positions (the FastAPI loc), from its json
    // module and FastAPI's code; only "Expecting value" was observed.
    for (b, pos, why) in [
        (r#"{"peer_id": 1} x"#, 15, "Extra data"),
        ("{a", 1, "Expecting property name enclosed in double quotes"),
        (r#"{"peer_id" 1}"#, 11, "Expecting ':' delimiter"),
    ] {
        let want = format!(
            r#"{{"detail":[{{"type":"json_invalid","loc":["body",{pos}],"msg":"JSON decode error","input":{{}},"ctx":{{"error":"{why}"}}}}]}}"#
        );
        assert_eq!(
            delete(d().header("content-type", "application/json").body(b)).await,
            (422, None, want),
            "{b}"
        );
    }
    assert_eq!(
        delete(d().header("content-type", "application/json").body("[1]")).await,
        (422, None, r#"{"detail":[{"type":"dict_type","loc":["body"],"msg":"Input should be a valid dictionary","input":[1]}]}"#.into())
    );
    assert_eq!(
        delete(d().header("content-type", "text/plain").body(r#"{"peer_id":"x"}"#)).await,
        (422, None, r#"{"detail":[{"type":"dict_type","loc":["body"],"msg":"Input should be a valid dictionary","input":"{\"peer_id\":\"x\"}"}]}"#.into())
    );
    for b in ["{}", r#"{"peer_id":5}"#, r#"{"peer_id":"nobody"}"#] {
        assert_eq!(
            delete(d().header("content-type", "application/json").body(b)).await,
            (200, None, r#"{"status":"peer not found"}"#.into()),
            "{b}"
        );
    }
    // At 8144b60 only peer_id is read.
    let by_room = format!(r#"{{"room_id":"{}"}}"#, r.room);
    assert_eq!(
        delete(d().header("content-type", "application/json").body(by_room)).await,
        (200, None, r#"{"status":"peer not found"}"#.into())
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_peers_that_are_not_cognito_users_removes_nothing() {
    let mut r = Room::new(&[]).await;
    let http = reqwest::Client::new();
    for _ in 0..2 {
        let t = http
            .post(format!("{}/delete-peers-and-room", r.emu.http()))
            .json(&json!({"peer_id": "a"}))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert_eq!(t, r#"{"status":"peer deleted successfully"}"#);
    }
    // Both peers still route, and the room takes new ones.
    let f = r#"{"type": "offer", "sender": "a", "target": "b", "sdp": "after-delete"}"#;
    send(&mut r.a, f).await;
    assert_eq!(next_text(&mut r.b).await, f);
    let mut c = open(r.emu.ws()).await;
    send(&mut c, &r.register_text("c")).await;
    assert_eq!(next(&mut c).await["type"], "registered_auth");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_refusals_have_python_joses_wording() {
    let home = Home::new();
    let a = Emulator::room(&home, &["--token-lifetime", "1s"]);
    let b = Emulator::room(&home, &[]);
    let http = reqwest::Client::new();
    let token_of = |emu: &Emulator| {
        let (http, url) = (http.clone(), format!("{}/anonymous-signin", emu.http()));
        async move {
            let v: Value = http.post(url).send().await.unwrap().json().await.unwrap();
            v["id_token"].as_str().unwrap().to_owned()
        }
    };
    let refusal = |token: String| {
        let (http, url) = (http.clone(), format!("{}/create-room", a.http()));
        async move {
            let r = http
                .post(url)
                .header("authorization", format!("Bearer {token}"))
                .send()
                .await
                .unwrap();
            (r.status().as_u16(), r.text().await.unwrap())
        }
    };
    // Signed by another key (b's).
    assert_eq!(
        refusal(token_of(&b).await).await,
        (
            401,
            r#"{"detail":"Token verification failed: Signature verification failed."}"#.into()
        )
    );
    // Expired (a's tokens live 1 s).
    let old = token_of(&a).await;
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert_eq!(
        refusal(old).await,
        (
            401,
            r#"{"detail":"Token verification failed: Signature has expired."}"#.into()
        )
    );
}

/// Tokens of a pool the room server trusts (`--jwks-url`), read as
/// python-jose reads them: over HTTP the refusal's wording, over the
/// WebSocket `Invalid token`; the key id is never looked at.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_are_read_as_python_jose_reads_them() {
    let pool = common::jwks::Pool::start();
    let home = Home::new();
    let flags = pool.flags();
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    let emu = Emulator::room(&home, &flags);
    let base = pool.claims("sub-1");
    let with = |f: &dyn Fn(&mut serde_json::Map<String, Value>)| {
        let mut c = base.clone();
        f(c.as_object_mut().unwrap());
        c
    };
    let hs256 = jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &base,
        &jsonwebtoken::EncodingKey::from_secret(b"secret"),
    )
    .unwrap();
    let refusal = |m: &str| format!(r#"{{"detail":"Token verification failed: {m}"}}"#);
    let invalid = r#"{"error": "Invalid token"}"#.to_owned();
    // (what, token, the HTTP answer, whether the WebSocket accepts it)
    let cases: Vec<(&str, String, (u16, String), bool)> = vec![
        ("an ID token", pool.token(&base), (200, String::new()), true),
        (
            "another audience",
            pool.token(&with(&|c| {
                c.insert("aud".into(), "someone-else".into());
            })),
            (401, refusal("Invalid audience")),
            false,
        ),
        (
            "another issuer",
            pool.token(&with(&|c| {
                c.insert("iss".into(), "https://issuer.invalid/pool".into());
            })),
            (401, refusal("Invalid issuer")),
            false,
        ),
        (
            "not yet valid",
            pool.token(&with(&|c| {
                let now = c["iat"].as_u64().unwrap();
                c.insert("nbf".into(), (now + 600).into());
            })),
            (401, refusal("The token is not yet valid (nbf)")),
            false,
        ),
        (
            "no sub",
            pool.token(&with(&|c| {
                c.remove("sub");
            })),
            (500, "Internal Server Error".into()),
            false,
        ),
        (
            "alg none",
            common::jwks::unsigned(&base),
            (401, refusal("The specified alg value is not allowed")),
            false,
        ),
        (
            "HS256",
            hs256,
            (401, refusal("The specified alg value is not allowed")),
            false,
        ),
        (
            "an unknown kid",
            pool.token_as(&base, Some("nope-kid")),
            (200, String::new()),
            true,
        ),
        (
            "no kid",
            pool.token_as(&base, None),
            (200, String::new()),
            true,
        ),
    ];
    let http = reqwest::Client::new();
    let mut room = None;
    for (what, token, (status, body), _) in &cases {
        let resp = http
            .post(format!("{}/create-room", emu.http()))
            .header("authorization", format!("Bearer {token}"))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), *status, "{what}");
        let text = resp.text().await.unwrap();
        if *status == 200 {
            let v: Value = serde_json::from_str(&text).unwrap();
            room.get_or_insert((v["room_id"].clone(), v["token"].clone()));
        } else {
            assert_eq!(&text, body, "{what}");
        }
    }
    let (room_id, room_token) = room.unwrap();
    for (i, (what, token, _, accepted)) in cases.iter().enumerate() {
        let mut ws = open(emu.ws()).await;
        let register = json!({"type": "register", "peer_id": format!("p{i}"), "room_id": room_id, "token": room_token, "id_token": token});
        send(&mut ws, &register.to_string()).await;
        let got = next_text(&mut ws).await;
        if *accepted {
            assert!(
                got.contains(r#""type": "registered_auth""#),
                "{what}: {got}"
            );
        } else {
            assert_eq!(got, invalid, "{what}");
        }
    }
}
