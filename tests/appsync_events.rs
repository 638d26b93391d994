//! Backend `appsync-events` against `serve appsync-events`: flows, load,
//! API-key and Cognito authorization, and the bad inputs of aws.md §1.10.

mod common;

use common::ws::{Ws, next, open_appsync};
use common::{Bg, Emulator, Home, replay_passes, validate};
use futures_util::SinkExt;
use predicates::str::contains;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

fn api_key_target(emu: &Emulator) -> Vec<String> {
    let mut t = emu.target();
    t.extend([
        "--option".into(),
        format!("appsync.api-key={}", emu.info["api_key"].as_str().unwrap()),
    ]);
    t
}

#[test]
fn flows_replay_with_an_api_key() {
    // With Cognito users, every built-in flow: tests/conformance.rs.
    let home = Home::new();
    let emu = Emulator::start(&home, "appsync-events", &[]);
    replay_passes(&home, &api_key_target(&emu), "trickle");
}

/// Peer `w` subscribed to `/calls/w`, expecting `expect`.
fn witness(home: &Home, target: &[String], expect: &[&str]) -> Bg {
    let mut cmd = home.std_cmd();
    cmd.args(target)
        .args(["--json", "peer", "connect", "--peer-id", "w"]);
    for e in expect {
        cmd.args(["--expect", e]);
    }
    let mut w = Bg::spawn(cmd);
    w.wait_json(|v| v["event"] == "connected");
    w
}

fn witness_unaffected(home: &Home, target: &[String], w: Bg) {
    home.cmd()
        .args(target)
        .args(["peer", "connect", "--peer-id", "ok", "--send", "offer:w"])
        .assert()
        .success();
    let (status, lines, err) = w.finish();
    assert!(status.success(), "witness: {err}");
    let got = Bg::json_lines(&lines)
        .into_iter()
        .filter(|v| v["event"] == "received")
        .count();
    assert!(got >= 1);
}

#[test]
fn bad_inputs_get_their_error_frames_and_leave_others_alone() {
    let home = Home::new();
    let emu = Emulator::start(&home, "appsync-events", &[]);
    let target = api_key_target(&emu);
    let auth =
        json!({"host": emu.http().trim_start_matches("http://"), "x-api-key": emu.info["api_key"]});
    let publish = |channel: &str, events: Value| {
        json!({"type": "publish", "id": "p1", "channel": channel, "events": events, "authorization": auth}).to_string()
    };
    let subscribe = |id: &str, channel: &str, a: &Value| {
        json!({"type": "subscribe", "id": id, "channel": channel, "authorization": a}).to_string()
    };
    let wrong = json!({"host": "x", "x-api-key": "da2-wrong"});
    let cases: Vec<(Vec<String>, &str)> = vec![
        (vec!["{not json".into()], "Invalid JSON"),
        (vec![r#"{"type":"dance"}"#.into()], "Unknown message type"),
        (
            vec![json!({"type": "publish", "channel": "/calls/w", "events": ["{}"]}).to_string()],
            "id is required",
        ),
        (vec![publish("/nope/w", json!(["{}"]))], "Namespace not found"),
        (vec![publish("/calls/a/b/c/d/e", json!(["{}"]))], "Invalid Channel Format"),
        (vec![publish("/calls/*", json!(["{}"]))], "Invalid Channel Format"),
        (vec![publish("/calls/w", json!([]))], "1 to 5 events"),
        (
            vec![publish("/calls/w", json!(["{}", "{}", "{}", "{}", "{}", "{}"]))],
            "1 to 5 events",
        ),
        (vec![publish("/calls/w", json!([{"a": 1}]))], "must be a string holding JSON"),
        (vec![publish("/calls/w", json!(["not json"]))], "must be a string holding JSON"),
        (
            vec![
                json!({"type": "publish", "id": "p1", "channel": "/calls/w", "events": ["{}"], "authorization": wrong}).to_string(),
            ],
            "UnauthorizedException",
        ),
        (
            vec![subscribe("s1", "/calls/x", &auth), subscribe("s1", "/calls/y", &auth)],
            "Duplicate subscription id",
        ),
        (vec![subscribe("s2", "/calls/x", &wrong)], "UnauthorizedException"),
        (
            vec![json!({"type": "unsubscribe", "id": "nope"}).to_string()],
            "Unknown subscription id",
        ),
    ];
    for (frames, message) in cases {
        let w = witness(&home, &target, &["offer:ok"]);
        let mut cmd = home.cmd();
        cmd.args(&target)
            .args(["peer", "connect", "--peer-id", "x"]);
        for f in &frames {
            cmd.args(["--send", &format!("raw:{f}")]);
        }
        cmd.args(["--expect", "answer:nobody"])
            .assert()
            .code(1)
            .stderr(contains(message));
        witness_unaffected(&home, &target, w);
    }
    // Over 100 subscriptions on one connection (the peer's own is the first).
    let script: String = (0..100)
        .map(|i| {
            format!(
                "/send {}\n",
                subscribe(&format!("extra-{i}"), "/calls/x", &auth)
            )
        })
        .chain(["/expect answer:nobody\n".to_owned()])
        .collect();
    home.cmd()
        .args(&target)
        .args(["peer", "connect", "--peer-id", "x"])
        .write_stdin(script)
        .assert()
        .code(1)
        .stderr(contains("Too many subscriptions"));
    // An event over 240 KB is reported failed by publish_success.
    let w = witness(&home, &target, &["offer:ok"]);
    home.cmd()
        .args(&target)
        .args([
            "peer",
            "connect",
            "--peer-id",
            "x",
            "--send",
            "offer:w:250000",
        ])
        .assert()
        .code(1)
        .stderr(contains("Event exceeds 240 KB"));
    witness_unaffected(&home, &target, w);
}

#[test]
fn wildcards_and_five_event_publishes_deliver_one_data_frame_per_event() {
    let home = Home::new();
    let emu = Emulator::start(&home, "appsync-events", &[]);
    let target = api_key_target(&emu);
    let auth = json!({"host": "h", "x-api-key": emu.info["api_key"]});
    // `x` also listens to every call channel.
    let mut cmd = home.std_cmd();
    let wild =
        json!({"type": "subscribe", "id": "all", "channel": "/calls/*", "authorization": auth});
    // Its own ping, published after the wildcard subscribe on the same
    // socket, proves the subscription is live before anyone else publishes.
    cmd.args(&target).args([
        "--json",
        "peer",
        "connect",
        "--peer-id",
        "x",
        "--send",
        &format!("raw:{wild}"),
        "--send",
        "ping:x",
        "--expect",
        "ping:x",
        "--expect",
        "ping:ok",
    ]);
    let mut x = Bg::spawn(cmd);
    x.wait_json(|v| v["event"] == "expect_met");
    let w = witness(&home, &target, &["ping:ok"; 5]);
    let event = json!({"type": "ping", "data": {"from": "ok", "to": "w"}}).to_string();
    let five = json!({"type": "publish", "id": "five", "channel": "/calls/w", "events": vec![event; 5], "authorization": auth});
    home.cmd()
        .args(&target)
        .args([
            "peer",
            "connect",
            "--peer-id",
            "ok",
            "--send",
            &format!("raw:{five}"),
            "--linger",
            "200ms",
        ])
        .assert()
        .success();
    let (status, lines, err) = w.finish();
    assert!(status.success(), "{err}");
    let got = Bg::json_lines(&lines)
        .into_iter()
        .filter(|v| v["event"] == "received")
        .count();
    assert_eq!(got, 5);
    let (status, _, err) = x.finish();
    assert!(status.success(), "{err}");
}

#[test]
fn access_tokens_and_wrong_keys_are_refused_at_connect() {
    let home = Home::new();
    let emu = Emulator::start(&home, "appsync-events", &["--confirmation-code", "1"]);
    // A Cognito user of the emulator's pool: its ID token is accepted, its
    // access token is not.
    let cached = common::cognito_user(&home, &emu, "lee", "1");
    home.cmd()
        .args(emu.target())
        .args([
            "peer",
            "connect",
            "--peer-id",
            "lee",
            "--send",
            "ping:lee",
            "--expect",
            "ping:lee",
        ])
        .assert()
        .success();
    home.cmd()
        .args(emu.target())
        .args(["--id-token", cached["access_token"].as_str().unwrap()])
        .args(["peer", "connect", "--send", "offer:x"])
        .assert()
        .code(4)
        .stderr(contains("UnauthorizedException"));
    home.cmd()
        .args(emu.target())
        .args([
            "--option",
            "appsync.api-key=da2-wrong",
            "peer",
            "connect",
            "--send",
            "offer:x",
        ])
        .assert()
        .code(4)
        .stderr(contains("connection_error"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn frames_before_connection_init_get_an_error_and_ka_arrives() {
    let home = Home::new();
    let emu = Emulator::start(&home, "appsync-events", &["--ka-interval", "200ms"]);
    let auth = json!({"host": "h", "x-api-key": emu.info["api_key"]});
    // Only the protocol's name is selected, never the credentials.
    let (mut ws, selected): (Ws, _) = open_appsync(emu.ws(), "aws-appsync-event-ws", &auth).await;
    assert_eq!(selected, "aws-appsync-event-ws");
    let sub = json!({"type": "subscribe", "id": "s", "channel": "/calls/a", "authorization": auth});
    ws.send(Message::text(sub.to_string())).await.unwrap();
    let v = next(&mut ws).await;
    assert_eq!(v["type"], "error");
    assert_eq!(v["errors"][0]["errorType"], "BadRequestException");
    ws.send(Message::text(r#"{"type":"connection_init"}"#))
        .await
        .unwrap();
    let v = next(&mut ws).await;
    assert_eq!(v["type"], "connection_ack");
    assert_eq!(v["connectionTimeoutMs"], 300000);
    assert_eq!(next(&mut ws).await["type"], "ka");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_first_ka_follows_the_ack_at_once_and_the_connection_timeout_is_a_flag() {
    let home = Home::new();
    // With the default 60 s interval, only the first ka can arrive in time.
    let emu = Emulator::start(&home, "appsync-events", &["--connection-timeout", "7s"]);
    let auth = json!({"host": "h", "x-api-key": emu.info["api_key"]});
    let (mut ws, _): (Ws, _) = open_appsync(emu.ws(), "aws-appsync-event-ws", &auth).await;
    ws.send(Message::text(r#"{"type":"connection_init"}"#))
        .await
        .unwrap();
    let v = next(&mut ws).await;
    assert_eq!(v["type"], "connection_ack");
    assert_eq!(v["connectionTimeoutMs"], 7000);
    let acked = std::time::Instant::now();
    assert_eq!(next(&mut ws).await["type"], "ka");
    // Not a speed check: the next ka is 60 s away, so only the one sent
    // with the ack arrives within this (generous) bound.
    assert!(
        acked.elapsed() < std::time::Duration::from_secs(10),
        "the first ka came {:?} after the ack",
        acked.elapsed()
    );
}

#[test]
fn the_events_commands_publish_over_websocket_and_http_and_subscribe_with_wildcards() {
    let home = Home::new();
    let emu = Emulator::start(&home, "appsync-events", &[]);
    let target = api_key_target(&emu);
    let mut cmd = home.std_cmd();
    cmd.args(&target).args([
        "--json",
        "appsync",
        "events",
        "subscribe",
        "/chats/*",
        "/calls/amy",
        "--count",
        "3",
    ]);
    let mut sub = Bg::spawn(cmd);
    sub.wait_json(|v| v["status"] == "subscribed");
    let out = home
        .cmd()
        .args(&target)
        .args(["--json", "appsync", "events", "publish", "/calls/amy"])
        .args([r#"{"type":"hello","n":1}"#, r#"{"type":"hello","n":2}"#])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    validate("appsync-events-publish.json", &v);
    assert_eq!(v["successful"].as_array().unwrap().len(), 2);
    home.cmd()
        .args(&target)
        .args([
            "appsync",
            "events",
            "publish",
            "--http",
            "/chats/room-1",
            "-",
        ])
        .write_stdin("{\"type\":\"MESSAGE_SENT\"}\n")
        .assert()
        .success()
        .stdout(contains("published"));
    let (status, lines, err) = sub.finish();
    assert!(status.success(), "{err}");
    let lines = Bg::json_lines(&lines);
    for l in &lines {
        validate("appsync-events-line.json", l);
    }
    let data: Vec<&Value> = lines.iter().filter(|l| l.get("event").is_some()).collect();
    assert_eq!(data.len(), 3, "{lines:?}");
    assert_eq!(data[0]["channel"], "/calls/amy");
    assert_eq!(data[0]["event"]["n"], 1);
    assert_eq!(data[1]["event"]["n"], 2);
    assert_eq!(data[2]["channel"], "/chats/*");
    assert_eq!(data[2]["event"]["type"], "MESSAGE_SENT");
    // A failed event is exit 3; a wrong key over HTTP is exit 4.
    let big = format!(r#"{{"pad":"{}"}}"#, "x".repeat(250 * 1024));
    let file = home.dir.path().join("big.jsonl");
    std::fs::write(&file, format!("{{}}\n{big}\n")).unwrap();
    home.cmd()
        .args(&target)
        .args(["appsync", "events", "publish", "/calls/amy", "--file"])
        .arg(&file)
        .assert()
        .code(3)
        .stdout(contains("Event exceeds 240 KB"));
    home.cmd()
        .args(emu.target())
        .args(["--option", "appsync.api-key=da2-wrong"])
        .args(["appsync", "events", "publish", "--http", "/calls/amy", "{}"])
        .assert()
        .code(4)
        .stderr(contains("401"));
    home.cmd()
        .args(&target)
        .args(["appsync", "events", "publish", "/calls/*", "{}"])
        .assert()
        .code(2);
}

#[test]
fn subscribe_reconnects_and_resubscribes_after_the_server_drops_it() {
    let home = Home::new();
    let emu = Emulator::start(&home, "appsync-events", &["--max-duration", "3s"]);
    let target = api_key_target(&emu);
    let mut cmd = home.std_cmd();
    cmd.args(&target).args([
        "--json",
        "appsync",
        "events",
        "subscribe",
        "/calls/rae",
        "--count",
        "2",
    ]);
    let mut sub = Bg::spawn(cmd);
    sub.wait_json(|v| v["status"] == "subscribed");
    let publish = |n: u32| {
        home.cmd()
            .args(&target)
            .args(["appsync", "events", "publish", "/calls/rae"])
            .arg(format!(r#"{{"n":{n}}}"#))
            .assert()
            .success();
    };
    publish(1);
    sub.wait_json(|v| v["event"]["n"] == 1);
    // The emulator closes every connection after 3 s; the subscriber is back
    // within a few hundred ms and has 3 s before the next drop.
    sub.wait_json(|v| v["status"] == "reconnected");
    publish(2);
    let (status, lines, err) = sub.finish();
    assert!(status.success(), "{err}");
    assert!(
        Bg::json_lines(&lines).iter().any(|v| v["event"]["n"] == 2),
        "{lines:?}"
    );
}

#[test]
fn the_call_flow_publishes_pantherkolab_s_call_events() {
    // PantherKolab's app, migrated to AppSync Events, tells each user of
    // a call on `/calls/{userId}`: INCOMING_CALL, CALL_CONNECTED, CALL_ENDED,
    // all with the call's sessionId.
    let home = Home::new();
    let emu = Emulator::start(&home, "appsync-events", &[]);
    let target = api_key_target(&emu);
    let mut cmd = home.std_cmd();
    cmd.args(&target).args([
        "--json",
        "appsync",
        "events",
        "subscribe",
        "/calls/a",
        "/calls/b",
        "--count",
        "3",
    ]);
    let mut sub = Bg::spawn(cmd);
    sub.wait_json(|v| v["status"] == "subscribed");
    home.cmd()
        .args(&target)
        .args(["replay", "--flow", "call"])
        .assert()
        .success();
    let (status, lines, err) = sub.finish();
    assert!(status.success(), "{err}");
    let events: Vec<Value> = Bg::json_lines(&lines)
        .into_iter()
        .filter(|v| v.get("event").is_some())
        .collect();
    let seen: Vec<(&str, &str)> = events
        .iter()
        .map(|v| {
            (
                v["channel"].as_str().unwrap(),
                v["event"]["type"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("/calls/b", "INCOMING_CALL"),
            ("/calls/a", "CALL_CONNECTED"),
            ("/calls/b", "CALL_ENDED")
        ]
    );
    let data = |i: usize| &events[i]["event"]["data"];
    let session = data(0)["sessionId"].as_str().unwrap();
    assert!(uuid_like(session), "{session}");
    assert!(
        events
            .iter()
            .all(|e| e["event"]["data"]["sessionId"] == session)
    );
    assert_eq!(data(0)["callerId"], "a");
    assert_eq!(data(0)["callType"], "AUDIO");
    assert!(data(0)["callerName"].is_string());
    assert_eq!(data(2)["endedBy"], "a");
    assert!(events.iter().all(|e| e["event"]["timestamp"].is_string()));
}

fn uuid_like(s: &str) -> bool {
    s.len() == 36 && s.split('-').map(str::len).eq([8, 4, 4, 4, 12])
}
