//! The README's exit-code table, command family by command family: each
//! code a family can end with, produced the way a user would meet it.

mod common;

use common::{Emulator, Home, signed_in_room};
use std::io::{Read, Write};
use std::net::TcpListener;

/// A loopback HTTP server that answers every request `200 OK` with a body
/// that is not JSON (a protocol violation for every JSON API), for `n`
/// requests.
fn not_json_server(n: usize) -> String {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", l.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in l.incoming().take(n) {
            let Ok(mut s) = stream else { continue };
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            let body = "<html>not json</html>";
            let _ = write!(
                s,
                "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    url
}

/// A port nothing listens on.
fn closed_port() -> String {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", l.local_addr().unwrap());
    drop(l);
    url
}

#[test]
fn auth_exit_codes() {
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    home.cmd()
        .args(emu.target())
        .args(["auth", "anonymous"])
        .assert()
        .code(0);
    home.cmd().args(["auth", "signin"]).assert().code(2);
    home.cmd()
        .args(["--profile", "nobody-here", "auth", "whoami"])
        .assert()
        .code(2);
    home.cmd()
        .args(["--id-token", "not-a-jwt", "auth", "whoami"])
        .assert()
        .code(4);
    // A cached token that has expired: 4, as for every other command.
    {
        let home = Home::new();
        let short = Emulator::room(&home, &["--token-lifetime", "1s"]);
        home.cmd()
            .args(short.target())
            .args(["auth", "anonymous"])
            .assert()
            .code(0);
        std::thread::sleep(std::time::Duration::from_millis(2100));
        home.cmd()
            .args(short.target())
            .args(["auth", "whoami"])
            .assert()
            .code(4)
            .stderr(predicates::str::contains("has expired"));
    }
    home.cmd()
        .args(["--http-url", &closed_port(), "auth", "anonymous"])
        .assert()
        .code(5);
    home.cmd()
        .args(["--http-url", &not_json_server(1), "auth", "anonymous"])
        .assert()
        .code(6);
}

#[test]
fn room_exit_codes() {
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    let (room, _) = signed_in_room(&home, &emu);
    home.cmd()
        .args(emu.target())
        .args(["room", "create"])
        .assert()
        .code(0);
    // server.py at 8144b60 deletes by peer only: nothing was deleted.
    home.cmd()
        .args(emu.target())
        .args(["room", "delete", "--room", &room])
        .assert()
        .code(1);
    home.cmd()
        .args(emu.target())
        .args(["room", "delete"])
        .assert()
        .code(2);
    home.cmd()
        .args(emu.target())
        .args(["--id-token", "not.a.jwt", "room", "create"])
        .assert()
        .code(4);
    home.cmd()
        .args(["--http-url", &closed_port(), "--id-token", "x.y.z"])
        .args(["room", "create"])
        .assert()
        .code(5);
    home.cmd()
        .args(["--http-url", &not_json_server(1), "--id-token", "x.y.z"])
        .args(["room", "create"])
        .assert()
        .code(6);
}

#[test]
fn peer_exit_codes() {
    let home = Home::new();
    // With --diagnostics the emulator answers a send to nobody with an
    // error frame (the real server is silent).
    let emu = Emulator::room(&home, &["--diagnostics"]);
    // A room of its own for each case.
    let peer = |args: &[&str]| {
        let (room, token) = signed_in_room(&home, &emu);
        let mut cmd = home.cmd();
        cmd.args(emu.target())
            .args(["peer", "connect", "--room", &room, "--token", &token])
            .args(["--peer-id", "a"])
            .args(args);
        cmd
    };
    peer(&[]).assert().code(0);
    peer(&["--send", "offer:b", "--linger", "1s"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("Unknown target peer"));
    peer(&["--send", "offer"]).assert().code(2);
    peer(&["--timeout", "1s", "--expect", "answer:b"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("did not arrive"));
    // A fresh room (the last peer leaving removed the first), wrong token.
    let (fresh, _) = signed_in_room(&home, &emu);
    home.cmd()
        .args(emu.target())
        .args(["peer", "connect", "--room", &fresh, "--token", "wrong"])
        .assert()
        .code(4);
    home.cmd()
        .args(["--ws-url", &closed_port().replace("http", "ws")])
        .args(["--id-token", "x.y.z", "peer", "connect"])
        .args(["--room", "r", "--token", "t", "--send", "offer:b"])
        .assert()
        .code(5);
    // A server that is not a WebSocket server.
    home.cmd()
        .args(["--ws-url", &not_json_server(1).replace("http", "ws")])
        .args(["--id-token", "x.y.z", "peer", "connect"])
        .args(["--room", "r", "--token", "t"])
        .assert()
        .code(6)
        .stderr(predicates::str::contains(
            "answered the WebSocket handshake with HTTP 200",
        ));
}

#[test]
fn replay_and_loadtest_exit_codes() {
    let home = Home::new();
    for cmd in ["replay", "loadtest"] {
        home.cmd().args([cmd]).assert().code(0);
        home.cmd().args([cmd, "--size", "x"]).assert().code(2);
        // The emulator drops the first relayed signal (over its lifetime:
        // one emulator per command).
        let emu = Emulator::room(&home, &["--fault", "drop:1"]);
        home.cmd()
            .args(emu.target())
            .args(["--timeout", "1s", cmd])
            .assert()
            .code(3);
        home.cmd()
            .args(["--http-url", &closed_port(), "--id-token", "x.y.z", cmd])
            .assert()
            .code(5);
        // The room server refuses the token, or is not at that path.
        let room = Emulator::room(&home, &[]);
        home.cmd()
            .args(room.target())
            .args(["--id-token", "x.y.z", cmd])
            .assert()
            .code(4)
            .stderr(predicates::str::contains("rejected the token"));
        home.cmd()
            .args(["--http-url", &format!("{}/nowhere", room.http())])
            .args(["--ws-url", room.ws(), "--id-token", "x.y.z", cmd])
            .assert()
            .code(1)
            .stderr(predicates::str::contains("does not exist (HTTP 404)"));
        // A server that answers what is not JSON.
        home.cmd()
            .args([
                "--http-url",
                &not_json_server(1),
                "--id-token",
                "x.y.z",
                cmd,
            ])
            .assert()
            .code(6);
    }
}

#[test]
fn compare_exit_codes() {
    let home = Home::new();
    let compare = |extra: &[&str]| {
        let mut cmd = home.cmd();
        cmd.args([
            "-q",
            "compare",
            "--a",
            "emulator:room",
            "--b",
            "emulator:room",
        ])
        .args(["--pairs", "1", "--iterations", "1", "--rounds", "1"])
        .args(extra);
        cmd.assert()
    };
    compare(&[]).code(0);
    compare(&["--threshold", "lost==0"]).code(2);
    compare(&["--threshold", "diff.delivered>0"]).code(3);
    // A side nobody answers for.
    let gone = closed_port();
    home.cmd()
        .args(["--backend", "room", "--http-url", &gone])
        .args(["--ws-url", &gone.replace("http://", "ws://")])
        .args(["profile", "add", "gone"])
        .assert()
        .code(0);
    home.cmd()
        .args(["-q", "compare", "--a", "gone", "--b", "emulator:room"])
        .args(["--pairs", "1", "--iterations", "1", "--rounds", "1"])
        .assert()
        .code(5);
}

#[test]
fn report_exit_codes() {
    let home = Home::new();
    let dir = home.dir.path();
    let (pass, fail, other) = (
        dir.join("pass.json"),
        dir.join("fail.json"),
        dir.join("o.json"),
    );
    home.cmd()
        .args([
            "-q",
            "loadtest",
            "--pairs",
            "2",
            "--iterations",
            "1",
            "--save",
        ])
        .arg(&pass)
        .assert()
        .code(0);
    home.cmd()
        .args(["-q", "loadtest", "--pairs", "2", "--iterations", "1"])
        .args(["--threshold", "delivered>1000", "--save"])
        .arg(&fail)
        .assert()
        .code(3);
    home.cmd()
        .args([
            "-q",
            "loadtest",
            "--pairs",
            "3",
            "--iterations",
            "1",
            "--save",
        ])
        .arg(&other)
        .assert()
        .code(0);
    home.cmd().arg("report").arg(&pass).assert().code(0);
    home.cmd().arg("report").arg(&fail).assert().code(3);
    home.cmd().arg("report").assert().code(2);
    home.cmd()
        .arg("report")
        .arg(dir.join("none.json"))
        .assert()
        .code(2);
    home.cmd()
        .args(["report", "merge"])
        .arg(&pass)
        .assert()
        .code(0);
    home.cmd()
        .args(["report", "merge"])
        .arg(&fail)
        .assert()
        .code(3);
    // Not one plan (2 pairs against 3), and the same run twice.
    home.cmd()
        .args(["report", "merge"])
        .arg(&pass)
        .arg(&other)
        .assert()
        .code(2);
    home.cmd()
        .args(["report", "merge"])
        .arg(&pass)
        .arg(&pass)
        .assert()
        .code(2);
}

#[test]
fn serve_profile_and_completions_exit_codes() {
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    let port = emu.http().rsplit(':').next().unwrap().to_owned();
    // The port is taken.
    home.cmd()
        .args(["serve", "room", "--port", &port])
        .assert()
        .code(2);
    home.cmd().args(["serve", "no-such"]).assert().code(2);
    home.cmd().args(["profile", "list"]).assert().code(0);
    home.cmd()
        .args(["profile", "show", "nobody-here"])
        .assert()
        .code(2);
    home.cmd().args(["completions", "bash"]).assert().code(0);
    home.cmd().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn appsync_exit_codes() {
    let home = Home::new();
    let emu = Emulator::start(&home, "appsync-events", &["--api-key", "da2-good"]);
    let with_key = |key: &str| {
        let mut t = emu.target();
        t.extend(["--option".into(), format!("appsync.api-key={key}")]);
        t
    };
    home.cmd()
        .args(with_key("da2-good"))
        .args(["appsync", "events", "publish", "/calls/a", "{}"])
        .assert()
        .code(0);
    home.cmd()
        .args(with_key("da2-good"))
        .args(["appsync", "events", "publish", "/calls/*", "{}"])
        .assert()
        .code(2);
    home.cmd()
        .args(with_key("da2-bad"))
        .args(["appsync", "events", "publish", "/calls/a", "{}"])
        .assert()
        .code(4);
    home.cmd()
        .args(["--backend", "appsync-events", "--http-url", &closed_port()])
        .args(["--option", "appsync.api-key=k"])
        .args(["appsync", "events", "publish", "--http", "/calls/a", "{}"])
        .assert()
        .code(5);
    // A server that answers what is not JSON.
    home.cmd()
        .args([
            "--backend",
            "appsync-events",
            "--http-url",
            &not_json_server(1),
        ])
        .args(["--option", "appsync.api-key=k"])
        .args(["appsync", "events", "publish", "--http", "/calls/a", "{}"])
        .assert()
        .code(6)
        .stderr(predicates::str::contains("not JSON"));
}

#[test]
fn appsync_graphql_exit_codes() {
    let home = Home::new();
    let emu = Emulator::start(&home, "appsync-graphql", &["--api-key", "da2-good"]);
    let query = |key: &str, q: &str| {
        let mut cmd = home.cmd();
        cmd.args(emu.target())
            .args(["--option", &format!("appsync.api-key={key}")])
            .args(["appsync", "graphql", "query", "--query", q]);
        cmd.assert()
    };
    query("da2-good", "{ __typename }").code(0);
    query("da2-good", "{ nope }")
        .code(3)
        .stderr(predicates::str::contains("GraphQL error"));
    query("da2-bad", "{ __typename }").code(4);
    home.cmd()
        .args(emu.target())
        .args(["--option", "appsync.api-key=da2-good"])
        .args(["appsync", "graphql", "query", "--query", "{ __typename }"])
        .args(["--variables", "[1]"])
        .assert()
        .code(2);
    for (url, code) in [(closed_port(), 5), (not_json_server(1), 6)] {
        home.cmd()
            .args(["--backend", "appsync-graphql", "--http-url", &url])
            .args(["--option", "appsync.api-key=k"])
            .args(["appsync", "graphql", "query", "--query", "{ __typename }"])
            .assert()
            .code(code);
    }
}
