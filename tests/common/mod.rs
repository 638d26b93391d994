//! Helpers for the integration tests: an isolated home for each test, the
//! real binary, emulators on ephemeral ports, peers running in the background.
#![allow(dead_code)]

use serde_json::Value;
use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

/// Generous bound on every wait in the tests.
pub mod cognito;
pub mod jwks;
pub mod node;
pub mod ws;

pub const WAIT: Duration = Duration::from_secs(30);

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_signal-cli")
}

/// Config and cache directories of one test, removed at the end.
pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Self {
        Home {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn cache_dir(&self) -> std::path::PathBuf {
        self.dir.path().join("cache")
    }

    fn apply(&self, cmd: &mut Command) {
        cmd.env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("XDG_CACHE_HOME", self.cache_dir())
            .env("HOME", self.dir.path())
            .env("NO_COLOR", "1")
            .env_remove("SIGNAL_CLI_LOG");
        for (k, _) in std::env::vars() {
            if k.starts_with("SIGNAL_CLI_") {
                cmd.env_remove(k);
            }
        }
    }

    /// The binary with this home, for running to completion.
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut std = Command::new(bin());
        self.apply(&mut std);
        let mut cmd = assert_cmd::Command::from_std(std);
        cmd.timeout(WAIT).write_stdin("");
        cmd
    }

    /// The binary with this home, for running in the background.
    pub fn std_cmd(&self) -> Command {
        let mut cmd = Command::new(bin());
        self.apply(&mut cmd);
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        cmd
    }

    /// The cached identity of a profile, as stored.
    pub fn cached(&self, profile: &str) -> Value {
        let path = self
            .cache_dir()
            .join("signal-cli/tokens")
            .join(format!("{profile}.json"));
        serde_json::from_slice(&std::fs::read(path).expect("cache file")).expect("cache JSON")
    }
}

/// A process in the background whose stdout lines are read as they come.
pub struct Bg {
    child: Child,
    lines: Receiver<String>,
    stderr: std::thread::JoinHandle<String>,
    pub seen: Vec<String>,
}

impl Bg {
    pub fn spawn(mut cmd: Command) -> Self {
        let mut child = cmd.spawn().expect("spawn signal-cli");
        let out = child.stdout.take().expect("stdout");
        let mut err = child.stderr.take().expect("stderr");
        let (tx, lines) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let stderr = std::thread::spawn(move || {
            let mut s = String::new();
            let _ = err.read_to_string(&mut s);
            s
        });
        Bg {
            child,
            lines,
            stderr,
            seen: Vec::new(),
        }
    }

    /// Read lines until one satisfies `pred`; panics after WAIT.
    pub fn wait_line(&mut self, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push(line.clone());
                    if pred(&line) {
                        return line;
                    }
                }
                Err(RecvTimeoutError::Timeout) => {
                    panic!("no matching line within {WAIT:?}; saw {:?}", self.seen)
                }
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("process ended without a matching line; saw {:?}", self.seen)
                }
            }
        }
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Send SIGINT, as Ctrl-C in a terminal does.
    pub fn interrupt(&self) {
        signal(&self.child, "-INT");
    }

    /// Send SIGTERM, as a service manager or Kubernetes does.
    pub fn terminate(&self) {
        signal(&self.child, "-TERM");
    }

    /// The first line that is a JSON document, parsed.
    pub fn wait_json(&mut self, pred: impl Fn(&Value) -> bool) -> Value {
        let line = self.wait_line(|l| {
            serde_json::from_str::<Value>(l)
                .map(|v| pred(&v))
                .unwrap_or(false)
        });
        serde_json::from_str(&line).expect("JSON line")
    }

    /// Wait for exit (killing it after WAIT); returns the status, every
    /// stdout line and stderr.
    pub fn finish(mut self) -> (ExitStatus, Vec<String>, String) {
        let deadline = Instant::now() + WAIT;
        let status = loop {
            if let Some(s) = self.child.try_wait().expect("try_wait") {
                break s;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("process did not exit within {WAIT:?}; saw {:?}", self.seen);
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        while let Ok(line) = self.lines.recv_timeout(Duration::from_secs(5)) {
            self.seen.push(line);
        }
        let stderr = std::mem::replace(&mut self.stderr, std::thread::spawn(String::new))
            .join()
            .unwrap_or_default();
        (status, std::mem::take(&mut self.seen), stderr)
    }

    pub fn json_lines(lines: &[String]) -> Vec<Value> {
        lines
            .iter()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }
}

fn signal(child: &Child, which: &str) {
    let status = Command::new("kill")
        .args([which, &child.id().to_string()])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill {which} failed");
}

impl Drop for Bg {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `signal-cli serve room --port 0` with extra flags, stopped when dropped.
pub struct Emulator {
    pub bg: Bg,
    pub info: Value,
}

impl Emulator {
    pub fn room(home: &Home, extra: &[&str]) -> Self {
        Self::start(home, "room", extra)
    }

    pub fn start(home: &Home, backend: &str, extra: &[&str]) -> Self {
        let mut cmd = home.std_cmd();
        cmd.args(["serve", backend, "--port", "0", "--json"])
            .args(extra);
        let mut bg = Bg::spawn(cmd);
        let info = bg.wait_json(|v| v["backend"] == backend);
        Emulator { bg, info }
    }

    pub fn http(&self) -> &str {
        self.info["http_url"].as_str().expect("http_url")
    }

    pub fn ws(&self) -> &str {
        self.info["ws_url"].as_str().expect("ws_url")
    }

    /// `--backend`, `--http-url` and `--ws-url` for this emulator.
    pub fn target(&self) -> Vec<String> {
        let mut t = vec![
            "--backend".into(),
            self.info["backend"].as_str().unwrap_or("room").into(),
        ];
        if let Some(http) = self.info["http_url"].as_str() {
            t.extend(["--http-url".into(), http.into()]);
        }
        t.extend(["--ws-url".into(), self.ws().into()]);
        t
    }
}

/// Sign in anonymously and create a room; returns (room id, room token).
pub fn signed_in_room(home: &Home, emu: &Emulator) -> (String, String) {
    home.cmd()
        .args(emu.target())
        .args(["auth", "anonymous"])
        .assert()
        .success();
    let out = home
        .cmd()
        .args(emu.target())
        .args(["room", "create", "--json"])
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).expect("room create JSON");
    (
        v["room_id"].as_str().unwrap().to_owned(),
        v["token"].as_str().unwrap().to_owned(),
    )
}

/// `peer connect` in the background with NDJSON output; waits until registered.
pub fn peer(home: &Home, emu: &Emulator, room: &str, token: &str, id: &str, steps: &[&str]) -> Bg {
    let mut cmd = home.std_cmd();
    cmd.args(emu.target())
        .args([
            "--json",
            "peer",
            "connect",
            "--room",
            room,
            "--token",
            token,
            "--peer-id",
            id,
        ])
        .args(steps);
    let mut bg = Bg::spawn(cmd);
    bg.wait_json(|v| v["event"] == "connected");
    bg
}

/// Validate `doc` against `schema/<file>`.
pub fn validate(schema_file: &str, doc: &Value) {
    let (rust, python) = schema_errors(schema_file, doc);
    assert!(rust.is_empty(), "{schema_file}: {rust:?}\n{doc:#}");
    assert!(
        python.is_empty(),
        "{schema_file} (Python jsonschema): {python}\n{doc:#}"
    );
}

/// `doc` is refused by `schema/<schema_file>`, by both validators.
pub fn schema_refuses(schema_file: &str, doc: &Value) {
    let (rust, python) = schema_errors(schema_file, doc);
    assert!(!rust.is_empty(), "{schema_file} accepts {doc}");
    assert!(
        !python.is_empty(),
        "{schema_file} (Python jsonschema) accepts {doc}"
    );
}

/// What the Rust `jsonschema` crate and, independently, Python's
/// jsonschema (pinned in the test venv) find wrong with `doc`: a schema
/// only one of them accepts cannot land.
fn schema_errors(schema_file: &str, doc: &Value) -> (Vec<String>, String) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schema")
        .join(schema_file);
    let schema: Value =
        serde_json::from_slice(&std::fs::read(&path).expect("schema file")).expect("schema JSON");
    let validator = jsonschema::validator_for(&schema).expect("valid schema");
    let rust: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    let mut python = Command::new(cognito::venv_bin("python"));
    python
        .args(["-c", SECOND_VALIDATOR])
        .arg(&path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = python.spawn().expect("run the venv's python");
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), doc.to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    // Exit 1 with the errors; anything else (a schema Python refuses) is a
    // failure of its own.
    let errors = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    assert!(
        out.status.success() || (out.status.code() == Some(1) && !errors.is_empty()),
        "{schema_file} (Python jsonschema): {errors}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (rust, errors)
}

const SECOND_VALIDATOR: &str = "
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
errors = [f'{e.message} at {list(e.absolute_path)}' for e in cls(schema).iter_errors(json.load(sys.stdin))]
print('\\n'.join(errors))
sys.exit(1 if errors else 0)
";

/// `replay --flow FLOW --pairs 3` against `target` passes; its report.
pub fn replay_passes(home: &Home, target: &[String], flow: &str) -> Value {
    let out = home
        .cmd()
        .args(target)
        .args(["--json", "replay", "--flow", flow, "--pairs", "3"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{flow}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    validate("replay.json", &v);
    v
}

/// 500 peers (250 pairs, trickle with 2 candidates each way, twice) lose
/// nothing against `target`.
pub fn five_hundred_peers_lose_nothing(home: &Home, target: &[String]) {
    five_hundred_peers_lose_nothing_in(home, target, "trickle", 6);
}

/// 500 peers (250 pairs, `flow` twice, `signals` in each run of it) lose
/// nothing against `target`.
pub fn five_hundred_peers_lose_nothing_in(
    home: &Home,
    target: &[String],
    flow: &str,
    signals: u64,
) {
    let out = home
        .cmd()
        .args(target)
        .args(["--json", "loadtest", "--pairs", "250", "--iterations", "2"])
        .args(["--flow", flow, "--candidates", "2"])
        .args(["--threshold", "lost==0", "--threshold", "errors==0"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{target:?}: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    validate("loadtest-summary.json", &s);
    assert_eq!(s["sessions"]["connected"], 500);
    assert_eq!(s["counters"]["delivered"], 250 * 2 * signals);
}

/// An ID token from an emulator's identity provider (`POST
/// /anonymous-signin`), in `groups` (the emulator's extension).
pub async fn anonymous_id_token(http: &str, groups: &[&str]) -> String {
    let v: Value = reqwest::Client::new()
        .post(format!("{http}/anonymous-signin"))
        .json(&serde_json::json!({ "groups": groups }))
        .send()
        .await
        .expect("sign-in")
        .json()
        .await
        .expect("sign-in JSON");
    v["id_token"].as_str().expect("id_token").to_owned()
}

/// The same, from synchronous code.
pub fn anonymous_id_token_blocking(http: &str, groups: &[&str]) -> String {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(anonymous_id_token(http, groups))
}

/// A token's `sub`, decoded independently of signal-cli.
pub fn sub_of(token: &str) -> String {
    use base64::Engine;
    let part = token.split('.').nth(1).expect("JWT payload");
    let claims: Value = serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(part)
            .expect("base64url"),
    )
    .expect("claims");
    claims["sub"].as_str().expect("sub").to_owned()
}

/// The flags that point the auth commands at an emulator's `/cognito` pool.
pub fn cognito_flags(emu: &Emulator) -> Vec<String> {
    [
        "--cognito-endpoint",
        emu.info["cognito_url"].as_str().expect("cognito_url"),
        "--cognito-region",
        "local",
        "--cognito-client-id",
        emu.info["cognito_client_id"]
            .as_str()
            .expect("cognito_client_id"),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// User `name` of an emulator's `/cognito` pool (started with
/// `--confirmation-code CODE`) signed up, confirmed and signed in through
/// the CLI: the cached identity of the default profile, with its ID,
/// access and refresh tokens.
pub fn cognito_user(home: &Home, emu: &Emulator, name: &str, code: &str) -> Value {
    let f = cognito_flags(emu);
    for args in [
        vec!["auth", "signup", "--username", name, "--password-stdin"],
        vec!["auth", "confirm", "--username", name, "--code", code],
        vec!["auth", "signin", "--username", name, "--password-stdin"],
    ] {
        home.cmd()
            .args(&f)
            .args(args)
            .write_stdin("Sup3r-secret!pw\n")
            .assert()
            .success();
    }
    home.cached("default")
}
