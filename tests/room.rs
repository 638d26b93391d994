//! The room backend end to end: the real binary against `serve room`.

mod common;

use common::{Bg, Emulator, Home, peer, signed_in_room};
use predicates::str::contains;
use serde_json::Value;

fn signals<'a>(lines: &'a [Value], event: &str, name: &str) -> Vec<&'a Value> {
    lines
        .iter()
        .filter(|v| v["event"] == event && v["name"] == name)
        .collect()
}

#[test]
fn offer_answer_candidates_reach_the_right_peer_unchanged() {
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    let (room, token) = signed_in_room(&home, &emu);

    // c is in the room too and must get nothing but the two answers sent to
    // it (the real server relays offers, answers and candidates only).
    let c = peer(
        &home,
        &emu,
        &room,
        &token,
        "c",
        &["--expect", "answer:a", "--expect", "answer:b"],
    );
    let b = peer(
        &home,
        &emu,
        &room,
        &token,
        "b",
        &[
            "--expect",
            "offer:a",
            "--send",
            "answer:a:2400",
            "--send",
            "candidate:a",
            "--expect",
            "candidate:a",
            "--send",
            "answer:c:100",
        ],
    );
    let a = peer(
        &home,
        &emu,
        &room,
        &token,
        "a",
        &[
            "--send",
            "offer:b:2400",
            "--expect",
            "answer:b",
            "--send",
            "candidate:b",
            "--expect",
            "candidate:b",
            "--send",
            "answer:c:100",
        ],
    );
    let (sa, la, ea) = a.finish();
    assert!(sa.success(), "a failed: {ea}");
    let (sb, lb, eb) = b.finish();
    assert!(sb.success(), "b failed: {eb}");
    let (sc, lc, ec) = c.finish();
    assert!(sc.success(), "c failed: {ec}");
    let (la, lb, lc) = (
        Bg::json_lines(&la),
        Bg::json_lines(&lb),
        Bg::json_lines(&lc),
    );

    for (kind, sender, receiver) in [
        ("offer", &la, &lb),
        ("answer", &lb, &la),
        ("candidate", &la, &lb),
        ("candidate", &lb, &la),
    ] {
        // Not counting the answers to c.
        let sent: Vec<_> = signals(sender, "sent", kind)
            .into_iter()
            .filter(|v| v["to"] != "c")
            .collect();
        let got = signals(receiver, "received", kind);
        assert_eq!(sent.len(), 1, "{kind} sent once");
        assert_eq!(got.len(), 1, "{kind} received exactly once");
        assert_eq!(
            sent[0]["signal"], got[0]["signal"],
            "{kind} delivered unchanged"
        );
    }
    let offer_sdp = signals(&la, "sent", "offer")[0]["signal"]["sdp"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(offer_sdp.len(), 2400);
    assert!(offer_sdp.starts_with("v=0\r\n"));

    let received_by_c: Vec<&Value> = lc.iter().filter(|v| v["event"] == "received").collect();
    assert_eq!(
        received_by_c.len(),
        2,
        "c got only the answers to it: {received_by_c:?}"
    );
    assert!(received_by_c.iter().all(|v| v["name"] == "answer"));

    // The real server keeps a disconnected peer's registration.
    home.cmd()
        .args(emu.target())
        .args(["room", "delete", "--peer", "a"])
        .assert()
        .success()
        .stdout(contains("peer deleted successfully"));
}

#[test]
fn room_delete_answers_as_server_py_at_8144b60() {
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    let (room, token) = signed_in_room(&home, &emu);
    let a = peer(&home, &emu, &room, &token, "a", &["--linger", "60s"]);
    // Peers that are not Cognito users stay: the answer is the same twice.
    for _ in 0..2 {
        home.cmd()
            .args(emu.target())
            .args(["--json", "room", "delete", "--peer", "a"])
            .assert()
            .success()
            .stdout(contains("peer deleted successfully"));
    }
    drop(a);
    // That version reads only peer_id: a room id is not found.
    home.cmd()
        .args(emu.target())
        .args(["room", "delete", "--room", &room])
        .assert()
        .code(1)
        .stdout(contains("peer not found"));
    home.cmd()
        .args(emu.target())
        .args(["room", "delete", "--peer", "nobody"])
        .assert()
        .code(1)
        .stdout(contains("peer not found"));
}

#[test]
fn one_port_serves_both_http_and_websocket() {
    let home = Home::new();
    let emu = Emulator::room(&home, &["--single-port"]);
    assert_eq!(
        emu.http().trim_start_matches("http://"),
        emu.ws().trim_start_matches("ws://")
    );
    let (room, token) = signed_in_room(&home, &emu);
    let b = peer(&home, &emu, &room, &token, "b", &["--expect", "offer:a"]);
    home.cmd()
        .args(emu.target())
        .args([
            "peer",
            "connect",
            "--room",
            &room,
            "--token",
            &token,
            "--peer-id",
            "a",
            "--send",
            "offer:b",
        ])
        .assert()
        .success();
    assert!(b.finish().0.success());
}

#[test]
fn candidates_can_be_dropped_like_old_servers_do() {
    let home = Home::new();
    let emu = Emulator::room(&home, &["--drop-candidates"]);
    let (room, token) = signed_in_room(&home, &emu);
    let b = peer(
        &home,
        &emu,
        &room,
        &token,
        "b",
        &["--timeout", "2s", "--expect", "candidate:a"],
    );
    home.cmd()
        .args(emu.target())
        .args([
            "peer",
            "connect",
            "--room",
            &room,
            "--token",
            &token,
            "--peer-id",
            "a",
            "--send",
            "candidate:b",
            "--send",
            "offer:b",
        ])
        .assert()
        .success();
    let (status, _, err) = b.finish();
    assert_eq!(status.code(), Some(3), "{err}");
    assert!(err.contains("expected candidate from a"), "{err}");
}

/// On a terminal, `peer connect` reads commands and prints what arrives as it arrives.
#[cfg(unix)]
#[test]
fn interactive_prompt_sends_and_receives() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no `script` to give the peer a terminal");
        return;
    }
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    let (room, token) = signed_in_room(&home, &emu);
    let b = peer(
        &home,
        &emu,
        &room,
        &token,
        "b",
        &[
            "--expect",
            "offer:a",
            "--send",
            "answer:a",
            "--expect",
            "candidate:a",
        ],
    );
    let inner = format!(
        "{} --http-url {} --ws-url {} peer connect --room {room} --token {token} --peer-id a",
        common::bin(),
        emu.http(),
        emu.ws()
    );
    // `script` runs the peer on a pseudo-terminal; the commands are typed
    // into it with pauses, as a person would.
    let mut child = std::process::Command::new("script")
        .args(["-qec", &inner, "/dev/null"])
        .env("XDG_CONFIG_HOME", home.dir.path().join("config"))
        .env("XDG_CACHE_HOME", home.cache_dir())
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    use std::io::Write;
    std::thread::sleep(std::time::Duration::from_millis(500));
    writeln!(stdin, "/dance").unwrap();
    writeln!(stdin, "/offer b 1500").unwrap();
    writeln!(stdin, "/expect answer:b").unwrap();
    writeln!(stdin, "/candidate b").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1000));
    writeln!(stdin, "/quit").unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("commands: /offer"), "{text}");
    assert!(text.contains("unknown command /dance"), "{text}");
    assert!(text.contains("-> offer to b (1500 bytes)"), "{text}");
    assert!(text.contains("<- answer from b"), "{text}");
    assert!(b.finish().0.success());
}
