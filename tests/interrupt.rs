//! One shutdown path: SIGINT or SIGTERM stops every phase of every command
//! promptly, writes what it has and exits 130.

mod common;

use common::{Bg, Emulator, Home, WAIT};
use serde_json::Value;
use std::net::TcpListener;
use std::time::{Duration, Instant};

/// A stop this long after the signal is a hang (the bound is 1 s;
/// the rest is for a loaded CI machine). Measured times are in the note.
const PROMPT: Duration = Duration::from_secs(5);

/// Wait for `bg` to exit after a signal sent at `sent`; its status code,
/// stdout lines and stderr.
fn exit_after(bg: Bg, sent: Instant, what: &str) -> (Option<i32>, Vec<String>, String) {
    let (status, lines, stderr) = bg.finish();
    let took = sent.elapsed();
    eprintln!("{what}: stopped {took:?} after the signal");
    assert!(
        took < PROMPT,
        "{what}: took {took:?} to stop after the signal; stderr: {stderr}"
    );
    (status.code(), lines, stderr)
}

#[test]
fn serve_stops_with_a_peer_still_connected() {
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    let (room, token) = common::signed_in_room(&home, &emu);
    let mut peer = common::peer(&home, &emu, &room, &token, "a", &["--linger", "60s"]);
    let sent = Instant::now();
    emu.bg.interrupt();
    let (code, _, stderr) = exit_after(emu.bg, sent, "serve room");
    assert_eq!(code, Some(130), "{stderr}");
    // The peer sees its connection end.
    peer.wait_json(|v| v["event"] == "closed");
}

/// A port that accepts connections and never answers: every request to it
/// hangs until the client's timeout.
fn silent_listener() -> (TcpListener, String) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap().to_string();
    (l, addr)
}

/// Start `args`, signal it after `after`, and return the summary it printed.
fn loadtest_interrupted(home: &Home, args: &[&str], after: Duration) -> Value {
    let mut cmd = home.std_cmd();
    cmd.args(["--json", "loadtest"]).args(args);
    let bg = Bg::spawn(cmd);
    std::thread::sleep(after);
    let sent = Instant::now();
    bg.interrupt();
    let (code, lines, stderr) = exit_after(bg, sent, "loadtest");
    assert_eq!(code, Some(130), "{stderr}");
    let summary: Value = serde_json::from_str(&lines.join("\n"))
        .unwrap_or_else(|e| panic!("no summary printed ({e}); stdout {lines:?}, stderr {stderr}"));
    assert_eq!(summary["interrupted"], true, "{summary}");
    assert_eq!(summary["passed"], false, "{summary}");
    summary
}

#[test]
fn loadtest_stops_while_signing_in_its_token_pool() {
    let home = Home::new();
    // 500 sign-ins at 5 a second: well over a minute of signing in.
    let s = loadtest_interrupted(
        &home,
        &["--token-pool", "500", "--auth-rate", "5"],
        Duration::from_millis(1500),
    );
    assert_eq!(s["counters"]["sent"], 0, "{s}");
}

#[test]
fn loadtest_stops_while_creating_rooms() {
    let home = Home::new();
    let (_silent, addr) = silent_listener();
    let http = format!("http://{addr}");
    let ws = format!("ws://{addr}");
    let s = loadtest_interrupted(
        &home,
        &[
            "--http-url",
            &http,
            "--ws-url",
            &ws,
            "--id-token",
            "not.a.jwt",
            "--timeout",
            "60s",
        ],
        Duration::from_millis(1000),
    );
    assert_eq!(s["counters"]["delivered"], 0, "{s}");
}

#[test]
fn loadtest_stops_while_connecting() {
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    let (_silent, addr) = silent_listener();
    let ws = format!("ws://{addr}");
    let s = loadtest_interrupted(
        &home,
        &[
            "--http-url",
            emu.http(),
            "--ws-url",
            &ws,
            "--timeout",
            "60s",
        ],
        Duration::from_millis(1500),
    );
    assert_eq!(s["counters"]["delivered"], 0, "{s}");
}

#[test]
fn loadtest_stops_during_flows_with_a_partial_summary() {
    let home = Home::new();
    // Candidates are dropped: every trickle flow waits for them until the
    // (long) timeout.
    let emu = Emulator::room(&home, &["--drop-candidates"]);
    let mut args = emu.target();
    args.extend(["--flow", "trickle", "--pairs", "5", "--timeout", "60s"].map(String::from));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let s = loadtest_interrupted(&home, &args, Duration::from_millis(2000));
    // Counters are reported per finished flow; the sessions are there.
    assert_eq!(s["sessions"]["connected"], 10, "{s}");
}

#[test]
fn peer_connect_interrupted_leaves_a_valid_recording() {
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    let (room, token) = common::signed_in_room(&home, &emu);
    let file = home.dir.path().join("b.jsonl");
    let file_arg = file.to_str().unwrap();
    let mut b = common::peer(
        &home,
        &emu,
        &room,
        &token,
        "b",
        &["--record", file_arg, "--linger", "60s"],
    );
    let a = common::peer(&home, &emu, &room, &token, "a", &["--send", "offer:b"]);
    b.wait_json(|v| v["event"] == "received" && v["kind"] == "offer");
    let sent = Instant::now();
    b.interrupt();
    let (code, _, stderr) = exit_after(b, sent, "peer connect");
    assert_eq!(code, Some(130), "{stderr}");
    drop(a);
    // The recording is a flow replay reads.
    let out = home
        .cmd()
        .args(["replay", file_arg, "--print"])
        .timeout(WAIT)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let steps: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSONL line"))
        .collect();
    assert!(
        steps.iter().any(|s| s.to_string().contains("offer")),
        "{text}"
    );
}
