//! Backend `robot` end to end: the driver's flows and load, every bad input
//! of robot.md with the client's message and exit code, owner and admin
//! rules, and API Gateway's behaviour in front of the Lambda. Tests of the
//! notes' design run `serve robot --lambda notes`; upstream's Lambda (the
//! default) is tests/robot_faithful.rs.

mod common;

use common::ws::{close_code, open};
use common::{Bg, Emulator, Home, replay_passes, validate};
use futures_util::SinkExt;
use predicates::str::contains;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

fn token(emu: &Emulator, groups: &[&str]) -> String {
    common::anonymous_id_token_blocking(emu.http(), groups)
}

#[test]
fn flows_replay_with_route_responses_on() {
    // Every built-in flow on the default emulator: tests/conformance.rs.
    // With route responses on, the 200s are not mistaken for signals.
    let home = Home::new();
    let emu = Emulator::start(&home, "robot", &["--route-responses"]);
    replay_passes(&home, &emu.target(), "trickle");
}

/// Robot `robot_id` played by peer `w` with `token`, waiting for an offer
/// from operator `ok`.
fn witness(home: &Home, emu: &Emulator, robot_id: &str, token: &str) -> Bg {
    let mut cmd = home.std_cmd();
    cmd.args(emu.target()).args([
        "--json",
        "--id-token",
        token,
        "peer",
        "connect",
        "--role",
        "robot",
        "--robot-id",
        robot_id,
        "--peer-id",
        "w",
        "--expect",
        "offer:ok",
    ]);
    let mut w = Bg::spawn(cmd);
    w.wait_json(|v| v["event"] == "connected");
    w
}

/// Operator `ok` reaches the witness robot, which then exits having
/// received exactly that offer. Returns the witness's JSON lines.
fn witness_unaffected(home: &Home, emu: &Emulator, robot_id: &str, w: Bg) -> Vec<Value> {
    let token = token(emu, &[]);
    home.cmd()
        .args(emu.target())
        .args(["--id-token", &token, "peer", "connect", "--peer-id", "ok"])
        .args(["--send", &format!("offer:{robot_id}")])
        .assert()
        .success();
    let (status, lines, err) = w.finish();
    assert!(status.success(), "witness: {err}");
    let lines = Bg::json_lines(&lines);
    let got: Vec<&Value> = lines.iter().filter(|v| v["event"] == "received").collect();
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0]["from"], "ok");
    lines
}

#[test]
fn bad_inputs_get_the_lambda_status_and_leave_others_alone() {
    let home = Home::new();
    let emu = Emulator::start(&home, "robot", &["--lambda", "notes", "--route-responses"]);
    let owner = token(&emu, &[]);
    let other = token(&emu, &[]);
    let payload = r#""payload":{"type":"offer","sdp":"v=0"}"#;
    // (role args, what to send, the status the client reports)
    let cases: Vec<(Vec<&str>, String, &str)> = vec![
        (
            vec![],
            format!(r#"raw:{{"type":"offer",{payload}}}"#),
            "400 robotId required",
        ),
        (
            vec![],
            format!(r#"raw:{{"type":"offer","robotId":"ROBOT","target":"moon",{payload}}}"#),
            "400 invalid target",
        ),
        (
            vec![],
            format!(r#"raw:{{"type":"answer","robotId":"ROBOT","target":"client",{payload}}}"#),
            "400 clientConnectionId required for target=client",
        ),
        (
            vec![],
            r#"raw:{"type":"offer","robotId":"ROBOT"}"#.into(),
            "400 Invalid Signal",
        ),
        (vec![], "raw:{not json".into(), "400 Invalid JSON"),
        (
            vec![],
            r#"raw:{"type":"dance","robotId":"ROBOT"}"#.into(),
            "400 Unknown message type",
        ),
        (vec![], "offer:ghost-robot".into(), "404 robot offline"),
        (
            vec![],
            r#"raw:{"type":"takeover","robotId":"ROBOT"}"#.into(),
            "403 forbidden",
        ),
        (
            vec![],
            format!(
                r#"raw:{{"type":"answer","robotId":"ROBOT","target":"client","clientConnectionId":"AAAAAAAAAAAAAAA=",{payload}}}"#
            ),
            "403 access denied",
        ),
        (
            vec!["--role", "robot", "--robot-id", "elsewhere"],
            format!(
                r#"raw:{{"type":"answer","robotId":"elsewhere","target":"client","clientConnectionId":"AAAAAAAAAAAAAAA=",{payload}}}"#
            ),
            "404 target offline",
        ),
    ];
    for (i, (role, send, message)) in cases.into_iter().enumerate() {
        let robot_id = format!("r-w{i}");
        let w = witness(&home, &emu, &robot_id, &owner);
        let send = send.replace("ROBOT", &robot_id);
        home.cmd()
            .args(emu.target())
            .args(["--id-token", &other, "peer", "connect", "--peer-id", "x"])
            .args(&role)
            .args(["--send", &send, "--expect", "answer:w"])
            .assert()
            .code(1)
            .stderr(contains(message));
        witness_unaffected(&home, &emu, &robot_id, w);
    }
}

#[test]
fn a_robot_of_another_owner_is_refused_and_admins_may_take_over() {
    let home = Home::new();
    let emu = Emulator::start(&home, "robot", &["--route-responses"]);
    let owner = token(&emu, &[]);
    let w = witness(&home, &emu, "r-42", &owner);
    // Another user cannot claim the robot: 409 at connect.
    let stranger = token(&emu, &[]);
    home.cmd()
        .args(emu.target())
        .args(["--id-token", &stranger, "peer", "connect"])
        .args(["--role", "robot", "--robot-id", "r-42"])
        .assert()
        .code(1)
        .stderr(contains("409 Robot is already registered by another owner"));
    // An admin's takeover reaches the robot as a presence event.
    let admin = token(&emu, &["ADMINS"]);
    home.cmd()
        .args(emu.target())
        .args(["--id-token", &admin, "peer", "connect", "--peer-id", "boss"])
        .args(["--send", r#"raw:{"type":"takeover","robotId":"r-42"}"#])
        .args(["--linger", "300ms"])
        .assert()
        .success();
    let lines = witness_unaffected(&home, &emu, "r-42", w);
    let takeovers: Vec<&Value> = lines
        .iter()
        .filter(|v| v["event"] == "presence" && v["change"] == "taken_over")
        .collect();
    assert_eq!(takeovers.len(), 1, "{lines:?}");
    for v in &lines {
        validate("peer-event.json", v);
    }
}

#[test]
fn an_admin_may_force_claim_and_the_owner_may_come_back() {
    let home = Home::new();
    let emu = Emulator::start(&home, "robot", &["--lambda", "notes", "--route-responses"]);
    let owner = token(&emu, &[]);
    let first = witness(&home, &emu, "r-7", &owner);
    drop(first);
    // The robot went away: once the server has seen the socket close,
    // operators get 404 (until then an offer goes unanswered).
    let op = token(&emu, &[]);
    let deadline = std::time::Instant::now() + common::WAIT;
    loop {
        let out = home
            .cmd()
            .args(emu.target())
            .args(["--timeout", "500ms", "--id-token", &op, "peer", "connect"])
            .args(["--send", "offer:r-7", "--expect", "answer:r-7"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        if out.status.code() == Some(1) && err.contains("404 robot offline") {
            break;
        }
        assert_eq!(out.status.code(), Some(3), "{err}");
        assert!(std::time::Instant::now() < deadline, "still registered");
    }
    // The owner registers again; then an admin force-claims it.
    let back = witness(&home, &emu, "r-7", &owner);
    let admin = token(&emu, &["admin"]);
    let w = witness(&home, &emu, "r-7", &admin);
    witness_unaffected(&home, &emu, "r-7", w);
    drop(back);
}

#[test]
fn without_route_responses_a_refused_register_times_out_with_a_hint() {
    let home = Home::new();
    let emu = Emulator::start(&home, "robot", &[]);
    let w = witness(&home, &emu, "r-1", &token(&emu, &[]));
    home.cmd()
        .args(emu.target())
        .args(["--timeout", "1s", "--id-token", &token(&emu, &[])])
        .args(["peer", "connect", "--role", "robot", "--robot-id", "r-1"])
        .assert()
        .code(5)
        .stderr(contains("did not confirm the registration"));
    witness_unaffected(&home, &emu, "r-1", w);
}

#[test]
fn an_expired_token_is_refused_per_message() {
    let home = Home::new();
    let emu = Emulator::start(
        &home,
        "robot",
        &[
            "--lambda",
            "notes",
            "--route-responses",
            "--token-lifetime",
            "1s",
        ],
    );
    let t = token(&emu, &[]);
    home.cmd()
        .args(emu.target())
        .args(["--id-token", &t, "peer", "connect", "--peer-id", "late"])
        .write_stdin("/wait 2500ms\n/offer r-1\n/expect answer:r-1\n")
        .assert()
        .code(1)
        .stderr(contains("401 Unauthorized"));
    // Too late to connect at all: the handshake is refused.
    home.cmd()
        .args(emu.target())
        .args(["--id-token", &t, "peer", "connect", "--send", "offer:r-1"])
        .assert()
        .code(4)
        .stderr(contains("401"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_gateway_refuses_the_upgrade_without_a_token_and_limits_frames() {
    let home = Home::new();
    let emu = Emulator::start(&home, "robot", &["--idle-timeout", "1s"]);
    // No token, an empty one, a forged one: HTTP 401 and no frame.
    for query in ["", "?token=", "?token=a.b.c"] {
        let url = format!("{}/{query}", emu.ws());
        match tokio_tungstenite::connect_async(url.as_str()).await {
            Err(tokio_tungstenite::tungstenite::Error::Http(r)) => {
                assert_eq!(r.status(), 401, "{query}")
            }
            other => panic!("{query}: expected HTTP 401, got {:?}", other.map(|_| ())),
        }
    }
    let t = common::anonymous_id_token(emu.http(), &[]).await;
    // The CLI reports the refusal as an authentication failure.
    let target = emu.target();
    let out = tokio::task::spawn_blocking(move || {
        home.cmd()
            .args(target)
            .args([
                "--id-token",
                "a.b.c",
                "peer",
                "connect",
                "--send",
                "offer:r",
            ])
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert_eq!(out.status.code(), Some(4));
    // A 33 KB frame closes the connection with 1009.
    let url = format!("{}/?token={t}", emu.ws());
    let mut ws = open(&url).await;
    let big = json!({"type": "offer", "robotId": "r", "payload": {"sdp": "x".repeat(33 * 1024)}});
    ws.send(Message::text(big.to_string())).await.unwrap();
    assert_eq!(close_code(&mut ws).await, Some(1009));
    // Idle past the (shortened) timeout: closed with 1001.
    let mut ws = open(&url).await;
    assert_eq!(close_code(&mut ws).await, Some(1001));
    // A binary frame: API Gateway disconnects the client with 1003.
    let mut ws = open(&url).await;
    ws.send(Message::binary(vec![1, 2, 3])).await.unwrap();
    assert_eq!(close_code(&mut ws).await, Some(1003));
}

#[test]
fn a_failing_lambda_invocation_gets_internal_server_error_and_the_socket_stays() {
    let home = Home::new();
    // The robot's register and probe are invocations 1 and 2.
    let emu = Emulator::start(&home, "robot", &["--lambda-error", "3"]);
    let mut cmd = home.std_cmd();
    cmd.args(emu.target()).args([
        "--json",
        "--id-token",
        &token(&emu, &[]),
        "peer",
        "connect",
        "--role",
        "robot",
        "--robot-id",
        "r-1",
        "--expect",
        "offer:x",
    ]);
    let mut robot = Bg::spawn(cmd);
    robot.wait_json(|v| v["event"] == "connected");
    // The first offer's invocation fails; the second, on the same socket, arrives.
    let out = home
        .cmd()
        .args(emu.target())
        .args(["--json", "--id-token", &token(&emu, &[]), "peer", "connect"])
        .args(["--peer-id", "x", "--send", "offer:r-1", "--linger", "300ms"])
        .args(["--send", "offer:r-1"])
        .assert()
        // The server answered one of its signals with an error: the command
        // fails, after the second offer went through.
        .code(1)
        .stderr(predicates::str::contains("Internal server error"));
    let lines: Vec<Value> = serde_json::Deserializer::from_slice(&out.get_output().stdout)
        .into_iter()
        .collect::<Result<_, _>>()
        .unwrap();
    let errors: Vec<&Value> = lines
        .iter()
        .filter(|v| v["event"] == "server_error")
        .collect();
    assert_eq!(errors.len(), 1, "{lines:?}");
    assert_eq!(errors[0]["message"], "Internal server error");
    let (status, lines, err) = robot.finish();
    assert!(status.success(), "{err}");
    let got = Bg::json_lines(&lines)
        .into_iter()
        .filter(|v| v["event"] == "received")
        .count();
    assert_eq!(got, 1);
}
