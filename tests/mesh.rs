//! Backend `mesh` end to end: both flavours of the emulator, the driver's
//! flows, every bad input of mesh.md, and API Gateway's limits.

mod common;

use common::ws::{Ws, close_code, next, open};
use common::{Bg, Emulator, Home, WAIT, five_hundred_peers_lose_nothing, replay_passes, validate};
use futures_util::{SinkExt, StreamExt};
use predicates::str::contains;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

async fn join(ws: &mut Ws, id: &str) {
    ws.send(Message::text(
        json!({"type": "join", "peerId": id}).to_string(),
    ))
    .await
    .unwrap();
    // Relay to ourselves: its return proves the join was processed.
    ws.send(Message::text(json!({"type": "ack", "to": id}).to_string()))
        .await
        .unwrap();
    loop {
        let v = next(ws).await;
        if v["type"] == "ack" {
            return;
        }
    }
}

#[test]
fn every_builtin_flow_replays_on_the_apigw_flavour() {
    // The default (node) flavour: tests/conformance.rs.
    let home = Home::new();
    let emu = Emulator::start(&home, "mesh", &["--flavour", "apigw"]);
    validate("serve.json", &emu.info);
    for flow in ["offer-answer", "trickle", "glare", "ice-restart"] {
        assert_eq!(replay_passes(&home, &emu.target(), flow)["backend"], "mesh");
    }
}

#[test]
fn five_hundred_peers_lose_nothing_on_the_apigw_flavour() {
    let home = Home::new();
    let emu = Emulator::start(&home, "mesh", &["--flavour", "apigw"]);
    five_hundred_peers_lose_nothing(&home, &emu.target());
}

/// A peer connected through the CLI, with a witness `w` already joined.
fn with_witness(flavour: &str) -> (Home, Emulator, Bg) {
    let home = Home::new();
    let emu = Emulator::start(&home, "mesh", &["--flavour", flavour]);
    let mut cmd = home.std_cmd();
    cmd.args(emu.target()).args([
        "--json",
        "peer",
        "connect",
        "--peer-id",
        "w",
        "--expect",
        "ping:ok",
    ]);
    let mut w = Bg::spawn(cmd);
    w.wait_json(|v| v["event"] == "connected");
    (home, emu, w)
}

fn witness_unaffected(home: &Home, emu: &Emulator, w: Bg) {
    home.cmd()
        .args(emu.target())
        .args(["peer", "connect", "--peer-id", "ok", "--send", "ping:w"])
        .assert()
        .success();
    let (status, lines, err) = w.finish();
    assert!(status.success(), "witness: {err}");
    let got: Vec<Value> = Bg::json_lines(&lines)
        .into_iter()
        .filter(|v| v["event"] == "received")
        .collect();
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn bad_inputs_get_their_error_frames_and_leave_others_alone() {
    for flavour in ["node", "apigw"] {
        for (send, message) in [
            ("raw:{not json", "Invalid JSON message format."),
            (
                r#"raw:{"type":"dance","to":"w"}"#,
                "Unknown message type: dance",
            ),
            ("offer:ghost", "Peer ghost not found."),
        ] {
            let (home, emu, w) = with_witness(flavour);
            home.cmd()
                .args(emu.target())
                .args([
                    "peer",
                    "connect",
                    "--peer-id",
                    "x",
                    "--send",
                    send,
                    "--expect",
                    "answer:w",
                ])
                .assert()
                .code(1)
                .stderr(contains(message));
            witness_unaffected(&home, &emu, w);
        }
    }
    // A join without peerId: the Node server answers it, the Lambda does not.
    let (home, emu, w) = with_witness("node");
    home.cmd()
        .args(emu.target())
        .args(["peer", "connect", "--peer-id", "x", "--send"])
        .arg(r#"raw:{"type":"join"}"#)
        .args(["--expect", "answer:w"])
        .assert()
        .code(1)
        .stderr(contains("peerId is required for join message."));
    witness_unaffected(&home, &emu, w);
}

#[test]
fn a_failing_lambda_invocation_gets_internal_server_error() {
    let home = Home::new();
    // w's join and check are invocations 1 and 2, x's 3 and 4.
    let emu = Emulator::start(
        &home,
        "mesh",
        &["--flavour", "apigw", "--lambda-error", "5"],
    );
    let mut cmd = home.std_cmd();
    cmd.args(emu.target()).args([
        "--json",
        "peer",
        "connect",
        "--peer-id",
        "w",
        "--expect",
        "ping:ok",
    ]);
    let mut w = Bg::spawn(cmd);
    w.wait_json(|v| v["event"] == "connected");
    home.cmd()
        .args(emu.target())
        .args(["peer", "connect", "--peer-id", "x", "--send", "offer:w"])
        .args(["--expect", "answer:w"])
        .assert()
        .code(1)
        .stderr(contains("Internal server error"));
    witness_unaffected(&home, &emu, w);
}

#[test]
fn a_duplicate_id_fails_the_displaced_peer_connect() {
    let home = Home::new();
    let emu = Emulator::start(&home, "mesh", &["--flavour", "node"]);
    let mut cmd = home.std_cmd();
    cmd.args(emu.target())
        .args(["peer", "connect", "--peer-id", "dup", "--expect", "never:x"]);
    let mut old = Bg::spawn(cmd);
    old.wait_line(|l| l.starts_with("connected as dup"));
    // A newer `dup` takes the id. (Whether its own join check then passes
    // is a race, as on the real server: the displaced socket's close
    // removes the id again; tests/mesh_faithful.rs has it frame by frame.)
    let mut cmd = home.std_cmd();
    cmd.args(emu.target())
        .args(["peer", "connect", "--peer-id", "dup", "--linger", "200ms"]);
    let newer = Bg::spawn(cmd);
    let (status, _, err) = old.finish();
    assert_eq!(status.code(), Some(1), "{err}");
    assert!(err.contains("Another client joined with your ID."), "{err}");
    newer.finish();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bootstrap_lists_the_five_closest_by_xor_distance() {
    let home = Home::new();
    let emu = Emulator::start(&home, "mesh", &["--flavour", "apigw"]);
    let ids: Vec<String> = (0..8u8)
        .map(|i| format!("{:040x}", (u128::from(i) * 0x1234_5678_9abc_def1) ^ 0x5a5a))
        .collect();
    let mut socks = Vec::new();
    for id in &ids {
        let mut ws = open(emu.ws()).await;
        join(&mut ws, id).await;
        socks.push(ws);
    }
    let me = "00000000000000000000000000000000000f0f0f";
    let mut ws = open(emu.ws()).await;
    ws.send(Message::text(
        json!({"type": "join", "peerId": me}).to_string(),
    ))
    .await
    .unwrap();
    let boot = next(&mut ws).await;
    assert_eq!(boot["type"], "bootstrap_peers");
    let got: Vec<&str> = boot["peers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert!(
        boot["peers"][0]["lastSeen"].is_u64(),
        "the Lambda flavour adds lastSeen"
    );
    // Independently: ids as 160-bit numbers, distance = a XOR b.
    let num = |s: &str| {
        (
            u128::from_str_radix(&s[..8], 16).unwrap(),
            u128::from_str_radix(&s[8..], 16).unwrap(),
        )
    };
    let (mh, ml) = num(me);
    let mut want: Vec<&str> = ids.iter().map(String::as_str).collect();
    want.sort_by_key(|id| {
        let (h, l) = num(id);
        (h ^ mh, l ^ ml)
    });
    assert_eq!(got, want[..5].to_vec());
    // The others hear about the newcomer, and about it leaving.
    // (Each also heard of the ones that joined after it; skip those.)
    for s in &mut socks {
        let v = loop {
            let v = next(s).await;
            if v["peerId"] == me {
                break v;
            }
            assert_eq!(v["type"], "peer_joined");
        };
        assert_eq!(v, json!({"type": "peer_joined", "peerId": me}));
    }
    drop(ws);
    for s in &mut socks {
        assert_eq!(next(s).await, json!({"type": "peer_left", "peerId": me}));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_gateway_limits_close_with_1009_and_timers_close_idle_and_old_connections() {
    use tokio_tungstenite::tungstenite::protocol::frame::coding::{Data, OpCode};
    use tokio_tungstenite::tungstenite::protocol::frame::{Frame, FrameHeader};
    let home = Home::new();
    let emu = Emulator::start(
        &home,
        "mesh",
        &["--flavour", "apigw", "--idle-timeout", "1s"],
    );
    // A 33 KB frame.
    let mut ws = open(emu.ws()).await;
    let big = json!({"type": "signal", "to": "x", "data": "x".repeat(33 * 1024)}).to_string();
    ws.send(Message::text(big)).await.unwrap();
    assert_eq!(close_code(&mut ws).await, Some(1009));
    // A 129 KB message in 30 KB frames.
    let mut ws = open(emu.ws()).await;
    let body = "y".repeat(129 * 1024);
    let chunks: Vec<&[u8]> = body.as_bytes().chunks(30 * 1024).collect();
    for (i, c) in chunks.iter().enumerate() {
        let header = FrameHeader {
            is_final: i + 1 == chunks.len(),
            opcode: if i == 0 {
                OpCode::Data(Data::Text)
            } else {
                OpCode::Data(Data::Continue)
            },
            ..FrameHeader::default()
        };
        if ws
            .send(Message::Frame(Frame::from_payload(
                header,
                c.to_vec().into(),
            )))
            .await
            .is_err()
        {
            break;
        }
    }
    assert_eq!(close_code(&mut ws).await, Some(1009));
    // Idle for over a second: closed.
    let mut ws = open(emu.ws()).await;
    let t = std::time::Instant::now();
    assert_eq!(close_code(&mut ws).await, Some(1001));
    assert!(t.elapsed() >= std::time::Duration::from_millis(900));
    // Busy, but older than the maximum duration: closed too.
    let emu = Emulator::start(
        &home,
        "mesh",
        &["--flavour", "apigw", "--max-duration", "3s"],
    );
    let mut ws = open(emu.ws()).await;
    let t = std::time::Instant::now();
    join(&mut ws, "busy").await;
    let code = loop {
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        if ws
            .send(Message::text(
                json!({"type": "ack", "to": "busy"}).to_string(),
            ))
            .await
            .is_err()
        {
            break close_code(&mut ws).await;
        }
        match tokio::time::timeout(WAIT, ws.next())
            .await
            .expect("in time")
        {
            Some(Ok(Message::Close(f))) => break f.map(|f| u16::from(f.code)),
            Some(Ok(_)) => continue,
            _ => break None,
        }
    };
    assert_eq!(code, Some(1001));
    assert!(
        t.elapsed() >= std::time::Duration::from_millis(2900),
        "{:?}",
        t.elapsed()
    );
    // The management API answers 410 for a connection that is not there.
    let http = emu.info["connections_url"].as_str().unwrap();
    let r = reqwest::Client::new()
        .post(format!("{http}/AAAAAAAAAAAAAAA="))
        .body("hi")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 410);
}

#[test]
fn the_lambda_flavour_forgets_silent_peers_unless_they_heartbeat() {
    let home = Home::new();
    // The Lambda's TTL counts whole seconds (an item is active while
    // `ttl > now`, both in seconds): 3 s, so that a heartbeat every 200 ms
    // keeps a peer active whatever second boundary falls between.
    let emu = Emulator::start(&home, "mesh", &["--flavour", "apigw", "--mesh-ttl", "3s"]);
    // Silent for longer than the TTL: unreachable.
    let mut cmd = home.std_cmd();
    cmd.args(emu.target())
        .args(["peer", "connect", "--peer-id", "quiet", "--linger", "30s"]);
    let mut quiet = Bg::spawn(cmd);
    quiet.wait_line(|l| l.starts_with("connected as quiet"));
    std::thread::sleep(std::time::Duration::from_millis(3500));
    home.cmd()
        .args(emu.target())
        .args([
            "peer",
            "connect",
            "--peer-id",
            "x",
            "--send",
            "offer:quiet",
            "--expect",
            "answer:quiet",
        ])
        .assert()
        .code(1)
        .stderr(contains("Peer quiet not found."));
    drop(quiet);
    // With a heartbeat faster than the TTL it stays reachable.
    let mut cmd = home.std_cmd();
    cmd.args(emu.target()).args([
        "--keepalive",
        "200ms",
        "--json",
        "peer",
        "connect",
        "--peer-id",
        "alive",
        "--expect",
        "offer:y",
    ]);
    let mut alive = Bg::spawn(cmd);
    alive.wait_json(|v| v["event"] == "connected");
    std::thread::sleep(std::time::Duration::from_millis(3500));
    home.cmd()
        .args(emu.target())
        .args(["peer", "connect", "--peer-id", "y", "--send", "offer:alive"])
        .assert()
        .success();
    assert!(alive.finish().0.success());
}

#[test]
fn injected_faults_are_caught_by_replay_on_mesh() {
    let home = Home::new();
    let flow = home.dir.path().join("one-way.jsonl");
    std::fs::write(
        &flow,
        concat!(
            r#"{"from":"a","to":"b","kind":"offer"}"#,
            "\n",
            r#"{"from":"a","to":"b","kind":"candidate"}"#,
            "\n",
            r#"{"from":"a","to":"b","kind":"candidate"}"#,
            "\n",
        ),
    )
    .unwrap();
    for (fault, step, verdict) in [
        ("drop:2", 2, "lost"),
        ("reorder:1", 1, "reordered"),
        ("corrupt:3", 3, "corrupted"),
    ] {
        let emu = Emulator::start(&home, "mesh", &["--flavour", "apigw", "--fault", fault]);
        let out = home
            .cmd()
            .args(emu.target())
            .args([
                "--timeout",
                "1s",
                "--json",
                "replay",
                flow.to_str().unwrap(),
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{fault}");
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        let bad: Vec<(u64, &str)> = doc["steps"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["verdict"] != "pass")
            .map(|s| (s["step"].as_u64().unwrap(), s["verdict"].as_str().unwrap()))
            .collect();
        assert_eq!(bad, vec![(step, verdict)], "{fault}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn faithful_limits_refuse_the_501st_connection_in_a_second() {
    let home = Home::new();
    let emu = Emulator::start(&home, "mesh", &["--flavour", "apigw", "--faithful-limits"]);
    let url = emu.ws().to_owned();
    let started = std::time::Instant::now();
    let attempts = futures_util::future::join_all((0..600).map(|_| {
        let url = url.clone();
        async move {
            match tokio_tungstenite::connect_async(url.as_str()).await {
                Ok((ws, _)) => Ok(ws),
                Err(tokio_tungstenite::tungstenite::Error::Http(r)) => Err(r.status().as_u16()),
                Err(e) => panic!("unexpected failure: {e}"),
            }
        }
    }))
    .await;
    let elapsed = started.elapsed();
    let ok = attempts.iter().filter(|a| a.is_ok()).count();
    let refused: Vec<u16> = attempts
        .iter()
        .filter_map(|a| a.as_ref().err().copied())
        .collect();
    assert!(refused.iter().all(|s| *s == 429), "{refused:?}");
    // At most 500 in each one-second window...
    let windows = elapsed.as_secs() as usize + 1;
    assert!(ok <= 500 * windows, "{ok} connections in {elapsed:?}");
    // ... so when all 600 tried within one second, 100 were refused.
    if elapsed < std::time::Duration::from_secs(1) {
        assert_eq!((ok, refused.len()), (500, 100));
    }
}

#[test]
fn presence_reaches_peer_connect_as_json_events() {
    let home = Home::new();
    let emu = Emulator::start(&home, "mesh", &[]);
    let mut cmd = home.std_cmd();
    cmd.args(emu.target()).args([
        "--json",
        "peer",
        "connect",
        "--peer-id",
        "b",
        "--expect",
        "offer:a",
        "--expect",
        "bye:a",
    ]);
    let mut b = Bg::spawn(cmd);
    b.wait_json(|v| v["event"] == "connected");
    home.cmd()
        .args(emu.target())
        .args([
            "peer",
            "connect",
            "--peer-id",
            "a",
            "--send",
            "offer:b",
            "--send",
            "bye:b",
        ])
        .assert()
        .success();
    let (status, lines, err) = b.finish();
    assert!(status.success(), "{err}");
    let lines = Bg::json_lines(&lines);
    for l in &lines {
        validate("peer-event.json", l);
    }
    assert!(
        lines
            .iter()
            .any(|l| l["event"] == "presence" && l["peer"] == "a" && l["change"] == "joined"),
        "{lines:?}"
    );
    let bye = lines
        .iter()
        .find(|l| l["event"] == "received" && l["name"] == "bye")
        .expect("bye arrived");
    assert_eq!(bye["kind"], "event");
}

#[test]
fn a_server_error_while_lingering_fails_the_command() {
    let (home, emu, w) = with_witness("node");
    home.cmd()
        .args(emu.target())
        .args([
            "peer",
            "connect",
            "--peer-id",
            "x",
            "--send",
            "offer:nobody",
        ])
        .args(["--linger", "500ms"])
        .assert()
        .code(1)
        .stderr(contains("Peer nobody not found."));
    witness_unaffected(&home, &emu, w);
}
