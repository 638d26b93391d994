//! Every bad input of protocols/room.md, from the client's side: the message
//! and the exit code; and each time a third peer that behaves is unaffected.

mod common;

use common::{Bg, Emulator, Home, peer, signed_in_room};
use predicates::str::contains;

/// A room with a well-behaved witness `w` registered before the bad input.
struct World {
    home: Home,
    emu: Emulator,
    room: String,
    token: String,
    witness: Bg,
}

impl World {
    fn new(emulator_flags: &[&str]) -> Self {
        let home = Home::new();
        let emu = Emulator::room(&home, emulator_flags);
        let (room, token) = signed_in_room(&home, &emu);
        let witness = peer(&home, &emu, &room, &token, "w", &["--expect", "offer:ok"]);
        World {
            home,
            emu,
            room,
            token,
            witness,
        }
    }

    fn connect(&self, id: &str) -> assert_cmd::Command {
        let mut cmd = self.home.cmd();
        cmd.args(self.emu.target())
            .args(["peer", "connect", "--peer-id", id]);
        cmd
    }

    fn connect_in_room(&self, id: &str) -> assert_cmd::Command {
        let mut cmd = self.connect(id);
        cmd.args(["--room", &self.room, "--token", &self.token]);
        cmd
    }

    /// The witness still gets a signal from a newcomer, and got nothing else.
    fn witness_unaffected(self) {
        self.connect_in_room("ok")
            .args(["--send", "offer:w"])
            .assert()
            .success();
        let (status, lines, err) = self.witness.finish();
        assert!(status.success(), "witness failed: {err}");
        let received: Vec<_> = Bg::json_lines(&lines)
            .into_iter()
            .filter(|v| v["event"] == "received")
            .collect();
        assert_eq!(
            received.len(),
            1,
            "witness got only the offer: {received:?}"
        );
        assert_eq!(received[0]["from"], "ok");
    }
}

#[test]
fn missing_registration_fields() {
    let w = World::new(&[]);
    w.connect("x")
        .args(["--room", &w.room, "--token", ""])
        .assert()
        .code(1)
        .stderr(contains("Missing required fields during registration."));
    w.witness_unaffected();
}

#[test]
fn unknown_room() {
    let w = World::new(&[]);
    w.connect("x")
        .args(["--room", "nosuchrm", "--token", &w.token])
        .assert()
        .code(1)
        .stderr(contains("Room not found"));
    w.witness_unaffected();
}

#[test]
fn wrong_room_token() {
    let w = World::new(&[]);
    w.connect("x")
        .args(["--room", &w.room, "--token", "wrong1"])
        .assert()
        .code(4)
        .stderr(contains("rejected the room token"));
    w.witness_unaffected();
}

#[test]
fn expired_room() {
    let home = Home::new();
    let emu = Emulator::room(&home, &["--room-ttl", "1s"]);
    let (room, token) = signed_in_room(&home, &emu);
    std::thread::sleep(std::time::Duration::from_millis(2100));
    home.cmd()
        .args(emu.target())
        .args([
            "peer",
            "connect",
            "--peer-id",
            "x",
            "--room",
            &room,
            "--token",
            &token,
        ])
        .assert()
        .code(1)
        .stderr(contains("Room expired"));
    // The emulator goes on: it still creates rooms, and it answers the
    // same refusal again. (Two peers in a fresh room would race its
    // one-second TTL on a loaded machine.)
    signed_in_room(&home, &emu);
    home.cmd()
        .args(emu.target())
        .args([
            "peer",
            "connect",
            "--peer-id",
            "y",
            "--room",
            &room,
            "--token",
            &token,
        ])
        .assert()
        .code(1)
        .stderr(contains("Room expired"));
}

#[test]
fn bad_id_token() {
    let w = World::new(&[]);
    w.connect_in_room("x")
        .args(["--id-token", "not-a-jwt"])
        .assert()
        .code(4)
        .stderr(contains("rejected the ID token: Invalid token"));
    // A real token with a signature that does not match its payload.
    let good = w.home.cached("default")["id_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let parts: Vec<&str> = good.split('.').collect();
    let forged = format!(
        "{}.{}.{}",
        parts[0],
        parts[1],
        &parts[2][..parts[2].len() - 4]
    );
    w.connect_in_room("y")
        .args(["--id-token", &forged])
        .assert()
        .code(4)
        .stderr(contains("Invalid token"));
    w.witness_unaffected();
}

#[test]
fn expired_id_token() {
    let w = World::new(&["--token-lifetime", "2s"]);
    let token = w.home.cached("default")["id_token"]
        .as_str()
        .unwrap()
        .to_owned();
    // `exp` is in whole seconds and checked with no leeway: 3 s after issue
    // a 2 s token has expired whatever the fractions.
    std::thread::sleep(std::time::Duration::from_millis(3100));
    // The client refuses its own expired cache entry ...
    w.home
        .cmd()
        .args(w.emu.target())
        .args(["room", "create"])
        .assert()
        .code(4)
        .stderr(contains("has expired"));
    // ... and the server refuses the token when it is sent anyway.
    w.home
        .cmd()
        .args(w.emu.target())
        .args(["--id-token", &token, "room", "create"])
        .assert()
        .code(4)
        .stderr(contains("Signature has expired"));
    w.connect_in_room("x")
        .args(["--id-token", &token])
        .assert()
        .code(4)
        .stderr(contains("rejected the ID token"));
    // The witness registered while its token was valid and stays; a newcomer
    // with a fresh token reaches it.
    w.home
        .cmd()
        .args(w.emu.target())
        .args(["auth", "anonymous"])
        .assert()
        .success();
    w.witness_unaffected();
}

#[test]
fn token_of_a_foreign_issuer() {
    let w = World::new(&[]);
    let other_home = Home::new();
    let other = Emulator::room(&other_home, &[]);
    other_home
        .cmd()
        .args(other.target())
        .args(["auth", "anonymous"])
        .assert()
        .success();
    let foreign = other_home.cached("default")["id_token"]
        .as_str()
        .unwrap()
        .to_owned();
    w.connect_in_room("x")
        .args(["--id-token", &foreign])
        .assert()
        .code(4)
        .stderr(contains("rejected the ID token"));
    w.home
        .cmd()
        .args(w.emu.target())
        .args(["--id-token", &foreign, "room", "create"])
        .assert()
        .code(4)
        .stderr(contains("Token verification failed"));
    w.witness_unaffected();
}

#[test]
fn unknown_target() {
    // The real server is silent: the client learns from its timeout.
    let w = World::new(&[]);
    w.connect_in_room("x")
        .args([
            "--timeout",
            "1s",
            "--send",
            "offer:ghost",
            "--expect",
            "answer:ghost",
        ])
        .assert()
        .code(3)
        .stderr(contains("expected answer from ghost within 1s"));
    w.witness_unaffected();
    // With --diagnostics the emulator says why, and the client fails at once.
    let w = World::new(&["--diagnostics"]);
    w.connect_in_room("x")
        .args(["--send", "offer:ghost", "--expect", "answer:ghost"])
        .assert()
        .code(1)
        .stderr(contains("Unknown target peer: \"ghost\""));
    w.witness_unaffected();
}

#[test]
fn invalid_json() {
    let w = World::new(&[]);
    w.connect_in_room("x")
        .args([
            "--timeout",
            "1s",
            "--send",
            "raw:{not json",
            "--expect",
            "answer:w",
        ])
        .assert()
        .code(3);
    w.witness_unaffected();
    let w = World::new(&["--diagnostics"]);
    w.connect_in_room("x")
        .args(["--send", "raw:{not json", "--expect", "answer:w"])
        .assert()
        .code(1)
        .stderr(contains("Invalid JSON"));
    w.witness_unaffected();
}

#[test]
fn oversized_frame() {
    let w = World::new(&["--max-frame", "16384"]);
    w.connect_in_room("x")
        .args(["--send", "offer:w:20000", "--expect", "answer:w"])
        .assert()
        // The server closes the connection (1009): a lost connection.
        .code(5)
        .stderr(contains("closed (1009)"))
        .stderr(contains("exceeds limit of 16384 bytes"));
    w.witness_unaffected();
}

#[test]
fn unreachable_target_and_missing_token() {
    let home = Home::new();
    // Nothing listens on port 9 of loopback.
    home.cmd()
        .args(["--http-url", "http://127.0.0.1:9", "auth", "anonymous"])
        .assert()
        .code(5)
        .stderr(contains("cannot reach"));
    home.cmd()
        .args([
            "--ws-url",
            "ws://127.0.0.1:9",
            "--id-token",
            "x.y.z",
            "peer",
            "connect",
            "--room",
            "r",
            "--token",
            "t",
        ])
        .assert()
        .code(5)
        .stderr(contains("cannot reach"));
    home.cmd()
        .args(["--http-url", "http://127.0.0.1:9", "room", "create"])
        .assert()
        .code(4)
        .stderr(contains("auth anonymous"));
}

#[test]
fn expectation_not_met_is_exit_3() {
    let w = World::new(&[]);
    w.connect_in_room("x")
        .args(["--timeout", "1s", "--expect", "offer:w"])
        .assert()
        .code(3)
        .stderr(contains("expected offer from w within 1s"));
    w.witness_unaffected();
}
