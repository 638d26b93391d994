//! Backend `socketio` end to end: signal-cli's client against a server on
//! the real socket.io library, the real socket.io-client against `serve
//! socketio`, every bad input of socketio.md, call events and load.

mod common;

use common::{Bg, Emulator, Home, node, replay_passes, validate};
use predicates::str::contains;
use serde_json::Value;

/// The client option for the relay server these tests run.
const RELAY: [&str; 2] = ["--option", "socketio.server=relay"];

fn token(http: &str) -> String {
    common::anonymous_id_token_blocking(http, &[])
}

fn user_of(token: &str) -> String {
    common::sub_of(token)
}

#[test]
fn every_builtin_flow_replays_against_a_real_socket_io_server() {
    let home = Home::new();
    // The room emulator hands out the tokens; the socket.io server trusts
    // its JWKS.
    let idp = Emulator::room(&home, &[]);
    let mut cmd = node::script("socketio-server.cjs");
    cmd.args([
        idp.info["jwks_url"].as_str().unwrap(),
        idp.info["issuer"].as_str().unwrap(),
        idp.info["audience"].as_str().unwrap(),
    ]);
    let mut server = Bg::spawn(cmd);
    let port = server.wait_json(|v| v["port"].is_u64())["port"].clone();
    let target: Vec<String> = [
        "--backend",
        "socketio",
        "--option",
        "socketio.server=relay",
        "--ws-url",
        &format!("ws://127.0.0.1:{port}"),
        "--http-url",
        idp.http(),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for flow in ["offer-answer", "trickle", "glare", "ice-restart"] {
        replay_passes(&home, &target, flow);
    }
}

#[test]
fn a_deployment_s_own_path_namespace_and_event_names_are_options() {
    let home = Home::new();
    let idp = Emulator::room(&home, &[]);
    let mut cmd = node::script("socketio-server.cjs");
    cmd.args([
        idp.info["jwks_url"].as_str().unwrap(),
        idp.info["issuer"].as_str().unwrap(),
        idp.info["audience"].as_str().unwrap(),
        r#"{"path": "/rt/", "namespace": "/calls", "events": {"offer": "webrtc-offer", "answer": "webrtc-answer", "ice-candidate": "webrtc-ice"}}"#,
    ]);
    let mut server = Bg::spawn(cmd);
    let port = server.wait_json(|v| v["port"].is_u64())["port"].clone();
    let mut target: Vec<String> = [
        "--backend",
        "socketio",
        "--option",
        "socketio.server=relay",
        "--ws-url",
        &format!("ws://127.0.0.1:{port}"),
        "--http-url",
        idp.http(),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for o in [
        "socketio.path=/rt/",
        "socketio.namespace=/calls",
        "socketio.event.offer=webrtc-offer",
        "socketio.event.answer=webrtc-answer",
        "socketio.event.ice-candidate=webrtc-ice",
    ] {
        target.extend(["--option".to_owned(), o.to_owned()]);
    }
    replay_passes(&home, &target, "trickle");
    // An option the backend does not know is a usage error.
    home.cmd()
        .args(&target)
        .args(["--option", "socketio.colour=blue", "replay"])
        .assert()
        .code(2)
        .stderr(contains("socketio.colour"));
}

#[test]
fn the_real_socket_io_client_talks_to_serve_socketio() {
    let home = Home::new();
    let emu = Emulator::start(&home, "socketio", &["--server", "relay"]);
    let (a, b) = (token(emu.http()), token(emu.http()));
    let mut cmd = node::script("socketio-client.cjs");
    cmd.args([emu.http(), &a, &b]);
    let (status, lines, err) = Bg::spawn(cmd).finish();
    assert!(status.success(), "{lines:?} {err}");
    let steps = Bg::json_lines(&lines);
    let step = |name: &str| -> &Value {
        steps
            .iter()
            .find(|v| v["step"] == name)
            .unwrap_or_else(|| panic!("no {name} in {steps:?}"))
    };
    assert!(
        step("bad_token")["message"]
            .as_str()
            .unwrap()
            .starts_with("Authentication error"),
        "{steps:?}"
    );
    assert_eq!(step("connected")["a"], true);
    assert_eq!(step("offer_ack")["ack"]["ok"], true);
    let got = step("b_got_offer");
    assert_eq!(got["from"], user_of(&a));
    assert_eq!(got["sdp"], "v=0 from-a");
    assert_eq!(
        step("unknown_target_ack")["ack"],
        serde_json::json!({"ok": false, "error": "target offline"})
    );
}

/// A witness socket of its own user, waiting for an offer from user `ok`.
fn witness(home: &Home, emu: &Emulator, token: &str, ok_user: &str) -> Bg {
    let mut cmd = home.std_cmd();
    cmd.args(emu.target()).args(RELAY).args([
        "--json",
        "--id-token",
        token,
        "peer",
        "connect",
        "--expect",
        &format!("offer:{ok_user}"),
    ]);
    let mut w = Bg::spawn(cmd);
    w.wait_json(|v| v["event"] == "connected");
    w
}

fn witness_unaffected(home: &Home, emu: &Emulator, ok_token: &str, w_user: &str, w: Bg) {
    home.cmd()
        .args(emu.target())
        .args(RELAY)
        .args(["--id-token", ok_token, "peer", "connect"])
        .args(["--send", &format!("offer:{w_user}")])
        .assert()
        .success();
    let (status, lines, err) = w.finish();
    assert!(status.success(), "witness: {err}");
    let got = Bg::json_lines(&lines)
        .into_iter()
        .filter(|v| v["event"] == "received")
        .count();
    assert_eq!(got, 1);
}

#[test]
fn bad_inputs_get_clear_errors_and_leave_others_alone() {
    let home = Home::new();
    let emu = Emulator::start(
        &home,
        "socketio",
        &["--server", "relay", "--max-http-buffer-size", "20000"],
    );
    let (w_token, ok_token, x_token) = (token(emu.http()), token(emu.http()), token(emu.http()));
    let (w_user, ok_user) = (user_of(&w_token), user_of(&ok_token));
    let cases: Vec<(String, i32, &str)> = vec![
        // Through the driver: an unknown target is refused by the ack.
        ("offer:nobody".into(), 1, "target offline"),
        // Raw events asking for an ack, with bad payloads.
        (
            r#"raw:421["offer",{"sdp":"v=0"}]"#.into(),
            1,
            "invalid payload: `to` is required",
        ),
        (
            format!(r#"raw:422["offer",{{"to":"{w_user}"}}]"#),
            1,
            "invalid payload: `sdp` is required",
        ),
        (
            format!(r#"raw:423["ice-candidate",{{"to":"{w_user}"}}]"#),
            1,
            "invalid payload: `candidate` is required",
        ),
        (
            r#"raw:424["offer","hello"]"#.into(),
            1,
            "invalid payload: expected an object",
        ),
        (
            r#"raw:425["accept-call",{"sessionId":"nope"}]"#.into(),
            1,
            "call not found",
        ),
        (
            r#"raw:426["new-call",{"callType":"video"}]"#.into(),
            1,
            "`participantIds` is required",
        ),
        // Over maxHttpBufferSize: the server drops the socket.
        ("offer:nobody:30000".into(), 5, "closed"),
    ];
    for (send, code, message) in cases {
        eprintln!("case {send}");
        let w = witness(&home, &emu, &w_token, &ok_user);
        home.cmd()
            .args(emu.target())
            .args(RELAY)
            .args(["--id-token", &x_token, "peer", "connect"])
            .args(["--send", &send, "--expect", "answer:someone"])
            .assert()
            .code(code)
            .stderr(contains(message));
        witness_unaffected(&home, &emu, &ok_token, &w_user, w);
    }
    // A bad token: CONNECT_ERROR, shown verbatim, exit 4.
    let w = witness(&home, &emu, &w_token, &ok_user);
    home.cmd()
        .args(emu.target())
        .args(RELAY)
        .args(["--id-token", "not.a.token", "peer", "connect"])
        .args(["--send", &format!("offer:{w_user}")])
        .assert()
        .code(4)
        .stderr(contains("Authentication error"));
    witness_unaffected(&home, &emu, &ok_token, &w_user, w);
}

#[test]
fn presence_and_call_events_surface_as_driver_events() {
    let home = Home::new();
    let emu = Emulator::start(&home, "socketio", &["--server", "relay"]);
    let (a_token, b_token) = (token(emu.http()), token(emu.http()));
    let (a_user, b_user) = (user_of(&a_token), user_of(&b_token));
    let mut cmd = home.std_cmd();
    cmd.args(emu.target()).args(RELAY).args([
        "--json",
        "--id-token",
        &b_token,
        "peer",
        "connect",
        "--expect",
        &format!("incoming-call:{a_user}"),
        "--linger",
        "60s",
    ]);
    let mut b = Bg::spawn(cmd);
    b.wait_json(|v| v["event"] == "connected");
    let call = format!(
        r#"raw:427["new-call",{{"participantIds":["{b_user}"],"callType":"video","conversationId":"c1"}}]"#
    );
    let out = home
        .cmd()
        .args(emu.target())
        .args(RELAY)
        .args(["--json", "--id-token", &a_token, "peer", "connect"])
        .args(["--send", &call, "--expect", "call-ringing"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // `a` has gone: `b` hears it (and is stopped when dropped).
    b.wait_json(|v| {
        v["event"] == "presence" && v["peer"] == a_user.as_str() && v["change"] == "left"
    });
    let events = Bg::json_lines(&b.seen);
    let presence: Vec<&Value> = events.iter().filter(|v| v["event"] == "presence").collect();
    assert!(
        presence
            .iter()
            .any(|v| v["peer"] == a_user.as_str() && v["change"] == "joined"),
        "{events:?}"
    );
    assert!(
        presence
            .iter()
            .any(|v| v["peer"] == a_user.as_str() && v["change"] == "left"),
        "{events:?}"
    );
    let incoming = events
        .iter()
        .find(|v| v["event"] == "received" && v["name"] == "incoming-call")
        .expect("incoming-call");
    assert_eq!(incoming["signal"]["callType"], "video");
    for v in &events {
        validate("peer-event.json", v);
    }
}

#[test]
fn an_unknown_server_or_attach_delay_is_a_usage_error() {
    let home = Home::new();
    home.cmd()
        .args(["--backend", "socketio", "--option", "socketio.server=bogus"])
        .args(["peer", "connect"])
        .assert()
        .code(2)
        .stderr(contains("socketio.server=pantherkolab|relay"));
    home.cmd()
        .args(["serve", "socketio", "--port", "0", "--attach-delay", "soon"])
        .assert()
        .code(2)
        .stderr(contains("--attach-delay"));
}

/// A lingering relay peer in presence room `room`, printing what it hears.
fn listener(home: &Home, emu: &Emulator, token: &str, room: Option<&str>) -> Bg {
    let mut cmd = home.std_cmd();
    cmd.args(emu.target()).args(RELAY);
    if let Some(room) = room {
        cmd.args(["--option", &format!("socketio.room={room}")]);
    }
    cmd.args(["--json", "--id-token", token, "peer", "connect"])
        .args(["--linger", "120s"]);
    let mut bg = Bg::spawn(cmd);
    bg.wait_json(|v| v["event"] == "connected");
    bg
}

fn presence_of(bg: &Bg) -> Vec<(String, String)> {
    Bg::json_lines(&bg.seen)
        .into_iter()
        .filter(|v| v["event"] == "presence")
        .map(|v| {
            let s = |k: &str| v[k].as_str().unwrap_or_default().to_owned();
            (s("peer"), s("change"))
        })
        .collect()
}

#[test]
fn presence_per_room_announces_arrivals_to_their_room_only() {
    let home = Home::new();
    let emu = Emulator::start(
        &home,
        "socketio",
        &["--server", "relay", "--presence-per-room"],
    );
    assert_eq!(emu.info["presence_per_room"], true);
    let [w1, w2, a, b] = [(); 4].map(|_| token(emu.http()));
    let (a_user, b_user) = (user_of(&a), user_of(&b));
    let mut in_r1 = listener(&home, &emu, &w1, Some("r1"));
    let mut in_r2 = listener(&home, &emu, &w2, Some("r2"));
    // `a` comes and goes in r1.
    home.cmd()
        .args(emu.target())
        .args(RELAY)
        .args(["--option", "socketio.room=r1", "--id-token", &a])
        .args([
            "peer",
            "connect",
            "--send",
            &format!("offer:{}", user_of(&w1)),
        ])
        .assert()
        .success();
    // A load test whose every pair has a room of its own.
    home.cmd()
        .args(emu.target())
        .args(RELAY)
        .args(["--option", "socketio.group-room=true", "-q"])
        .args(["loadtest", "--pairs", "20", "--iterations", "2"])
        .assert()
        .success();
    in_r1.wait_json(|v| {
        v["event"] == "presence" && v["peer"] == a_user.as_str() && v["change"] == "left"
    });
    // `b`, in no room, is announced to everyone; its arrival comes after
    // anything announced before it, so r2's listener has heard all it will.
    let _everyone = listener(&home, &emu, &b, None);
    in_r2.wait_json(|v| v["event"] == "presence" && v["peer"] == b_user.as_str());
    in_r1.wait_json(|v| v["event"] == "presence" && v["peer"] == b_user.as_str());
    let joined = |u: &str| (u.to_owned(), "joined".to_owned());
    let left = |u: &str| (u.to_owned(), "left".to_owned());
    assert_eq!(
        presence_of(&in_r1),
        [joined(&a_user), left(&a_user), joined(&b_user)]
    );
    assert_eq!(presence_of(&in_r2), [joined(&b_user)]);
}

#[test]
fn presence_per_room_is_the_relay_server_s() {
    let home = Home::new();
    home.cmd()
        .args(["serve", "socketio", "--port", "0", "--presence-per-room"])
        .assert()
        .code(2)
        .stderr(contains("--server relay"));
}
