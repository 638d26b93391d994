//! What every backend must do, run over every backend of the registry: a
//! new backend is tested here by its registry line alone. Each scenario
//! runs the backends side by side (one thread each) and names the one that
//! failed.
//!
//! - every built-in flow replays (`serve` in its own process, `replay`);
//! - 500 peers lose nothing (`loadtest` through the common driver);
//! - raw bad frames are survived: the emulator keeps serving everyone else;
//! - SIGINT or SIGTERM stops `serve` (exit 130, listeners closed) and a
//!   running `loadtest` (exit 130, partial summary).
//!
//! Each backend's own file keeps only its protocol's cases (its errors,
//! flavours, auth modes, the real third-party servers).

mod common;

use common::{
    Bg, Emulator, Home, five_hundred_peers_lose_nothing, five_hundred_peers_lose_nothing_in,
    replay_passes,
};
use serde_json::Value;
use std::net::TcpStream;
use std::time::{Duration, Instant};

use signal_cli::backend::{self, GroupSpec};
use signal_cli::emulator::EmulatorConfig;
use signal_cli::flow::builtin::{BuiltinOptions, NAMES, builtin};
use signal_cli::flow::run::{Party, RunOptions, Verdict};
use signal_cli::signal::{Event, PeerId};

/// Run `scenario` for every registered backend at once; panics naming the
/// backends that failed.
fn every_backend(scenario: fn(&'static str)) {
    let names: Vec<&'static str> = backend::names().collect();
    assert!(names.len() >= 6, "registry: {names:?}");
    let runs: Vec<_> = names
        .iter()
        .map(|&name| (name, std::thread::spawn(move || scenario(name))))
        .collect();
    let failed: Vec<&str> = runs
        .into_iter()
        .filter_map(|(name, run)| run.join().is_err().then_some(name))
        .collect();
    assert!(failed.is_empty(), "failed on: {failed:?}");
}

#[test]
fn every_builtin_flow_replays_on_every_backend() {
    every_backend(|name| {
        let home = Home::new();
        let emu = Emulator::start(&home, name, &[]);
        common::validate("serve.json", &emu.info);
        for flow in NAMES {
            if refused(name).contains(flow) {
                home.cmd()
                    .args(emu.target())
                    .args(["replay", "--flow", flow])
                    .assert()
                    .code(2)
                    .stderr(predicates::str::contains(format!(
                        "cannot run on this {name} target"
                    )));
                continue;
            }
            let report = replay_passes(&home, &emu.target(), flow);
            assert_eq!(report["backend"], name, "{flow}");
        }
        // And with no target at all: the in-process emulator runs the
        // backend's own flow.
        let out = home
            .cmd()
            .args(["--backend", name, "--json", "replay"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{name}");
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(report["flow"], default_flow(name), "{name}");
    });
}

/// The built-in flows each default emulator's real server cannot carry
/// (refused before anything is sent).
fn refused(backend: &str) -> &'static [&'static str] {
    match backend {
        // The room server and the robot Lambda drop application events.
        "room" | "robot" => &["call"],
        // PantherKolab's server has no WebRTC relay.
        "socketio" => &["offer-answer", "trickle", "glare", "ice-restart"],
        _ => &[],
    }
}

/// The flow a backend runs when none is named.
fn default_flow(backend: &str) -> &'static str {
    if backend == "socketio" {
        "call"
    } else {
        "offer-answer"
    }
}

#[test]
fn five_hundred_peers_lose_nothing_on_every_backend() {
    // 500 sessions each: one backend at a time, so that the machine's
    // file descriptors and cores are not the thing under test.
    for name in backend::names() {
        let home = Home::new();
        let emu = Emulator::start(&home, name, &[]);
        if refused(name).contains(&"trickle") {
            five_hundred_peers_lose_nothing_in(&home, &emu.target(), "call", 3);
        } else {
            five_hundred_peers_lose_nothing(&home, &emu.target());
        }
    }
}

/// Frames no protocol accepts: not JSON, an empty object, an unknown type,
/// a JSON array, a truncated frame.
const BAD_FRAMES: &[&str] = &[
    "not json at all",
    "{}",
    r#"{"type":"no-such-type"}"#,
    "[1,2,3]",
    r#"{"type":"offer","to":"#,
];

#[test]
fn raw_bad_frames_are_survived_on_every_backend() {
    every_backend(|name| {
        let rt = tokio::runtime::Runtime::new().unwrap();
        rt.block_on(async move {
            let reg = backend::lookup(name).unwrap();
            let emu = reg.start(EmulatorConfig::ephemeral(), None).await.unwrap();
            let target = emu.target(Duration::from_secs(20));
            let client = backend::client_for(&target).unwrap();
            let identity = client.sign_in_anonymously().await.unwrap();
            let flow = builtin(client.default_flow(), BuiltinOptions::default()).unwrap();
            let opts = RunOptions {
                timeout: Duration::from_secs(20),
                settle: Duration::ZERO,
            };
            // A witness pair connected before the bad frames.
            let ids = |tag: &str| -> Vec<PeerId> {
                flow.peers()
                    .iter()
                    .map(|p| PeerId::from(format!("{p}-{tag}")))
                    .collect()
            };
            let spec = |ids: &[PeerId]| GroupSpec {
                peers: ids.to_vec(),
            };
            let before = ids("before");
            let group = client
                .rendezvous(identity.as_ref(), &spec(&before))
                .await
                .unwrap();
            let witnesses = Party::connect(&*client, &group, before, identity.as_ref())
                .await
                .unwrap();

            // The sender of bad frames, in a group of its own.
            let bad_ids = ids("bad");
            let bad_group = client
                .rendezvous(identity.as_ref(), &spec(&bad_ids))
                .await
                .unwrap();
            let peer = backend::PeerSpec {
                id: bad_ids[0].clone(),
                identity: identity.clone(),
                role: None,
            };
            let mut bad = client.connect(&bad_group, &peer).await.unwrap();
            for frame in BAD_FRAMES {
                // The server may close on the first one: later sends fail.
                if bad.sender.send_raw(frame).await.is_err() {
                    break;
                }
            }
            // What it answered (an error frame, a close, or nothing, as
            // the real server does) is each backend's own test; here it
            // only must not hang or crash the client.
            let mut answers = Vec::new();
            let deadline = tokio::time::Instant::now() + Duration::from_millis(500);
            while let Ok(e) = tokio::time::timeout_at(deadline, bad.events.next()).await {
                let closed = matches!(e, Ok(Event::Closed { .. }) | Err(_));
                answers.push(format!("{e:?}"));
                if closed {
                    break;
                }
            }
            eprintln!("{name}: answers to bad frames: {answers:?}");
            let _ = bad.sender.close().await;

            // Everyone else is served: the witnesses, and a pair that
            // connects afterwards.
            let outcomes = witnesses.run(&flow, "w", opts).await.unwrap();
            assert!(
                outcomes.iter().all(|o| o.verdict == Verdict::Pass),
                "{name}: witnesses after bad frames: {outcomes:?}"
            );
            witnesses.close().await;
            let after = ids("after");
            let group = client
                .rendezvous(identity.as_ref(), &spec(&after))
                .await
                .unwrap();
            let fresh = Party::connect(&*client, &group, after, identity.as_ref())
                .await
                .unwrap();
            let outcomes = fresh.run(&flow, "a", opts).await.unwrap();
            assert!(
                outcomes.iter().all(|o| o.verdict == Verdict::Pass),
                "{name}: a new pair after bad frames: {outcomes:?}"
            );
            fresh.close().await;
            emu.stop().await;
        });
    });
}

/// Every `host:port` an emulator announced.
fn listeners(info: &Value) -> Vec<String> {
    info.as_object()
        .unwrap()
        .iter()
        .filter(|(k, _)| k.ends_with("_url"))
        .filter_map(|(_, v)| v.as_str())
        .filter_map(|u| u.split("://").nth(1))
        .map(|rest| rest.split('/').next().unwrap().to_owned())
        .collect()
}

/// A stop this long after the signal is a hang (the goal is well under a
/// second; the rest is for a loaded CI machine).
const PROMPT: Duration = Duration::from_secs(5);

#[test]
fn serve_exits_130_on_sigint_or_sigterm_every_time_on_every_backend() {
    every_backend(|name| {
        let home = Home::new();
        for round in 0..10 {
            let emu = Emulator::start(&home, name, &[]);
            let addrs = listeners(&emu.info);
            assert!(!addrs.is_empty(), "no listener in {}", emu.info);
            for a in &addrs {
                TcpStream::connect(a).unwrap_or_else(|e| panic!("{name} {a}: {e}"));
            }
            let sent = Instant::now();
            if round % 2 == 0 {
                emu.bg.interrupt();
            } else {
                emu.bg.terminate();
            }
            let (status, _, stderr) = emu.bg.finish();
            let took = sent.elapsed();
            eprintln!("{name}: serve stopped {took:?} after the signal");
            assert!(took < PROMPT, "{name} round {round}: took {took:?}");
            assert_eq!(status.code(), Some(130), "{name} round {round}: {stderr}");
            for a in &addrs {
                assert!(
                    TcpStream::connect(a).is_err(),
                    "{name} round {round}: {a} still accepts"
                );
            }
        }
    });
}

#[test]
fn a_running_loadtest_stops_on_sigint_with_a_partial_summary_on_every_backend() {
    every_backend(|name| {
        let home = Home::new();
        let mut cmd = home.std_cmd();
        cmd.args(["--backend", name, "--json", "loadtest"]).args([
            "--pairs",
            "5",
            "--duration",
            "60s",
        ]);
        let bg = Bg::spawn(cmd);
        // The in-process emulator is up and the sessions are connecting.
        std::thread::sleep(Duration::from_millis(2500));
        let sent = Instant::now();
        bg.interrupt();
        let (status, lines, stderr) = bg.finish();
        let took = sent.elapsed();
        eprintln!("{name}: loadtest stopped {took:?} after the signal");
        assert!(took < PROMPT, "{name}: took {took:?}");
        assert_eq!(status.code(), Some(130), "{name}: {stderr}");
        let s: Value = serde_json::from_str(&lines.join("\n"))
            .unwrap_or_else(|e| panic!("{name}: no summary ({e}): {lines:?} {stderr}"));
        common::validate("loadtest-summary.json", &s);
        assert_eq!(s["interrupted"], true, "{name}: {s}");
        assert_eq!(s["passed"], false, "{name}: {s}");
        assert_eq!(s["sessions"]["connected"], 10, "{name}: {s}");
        assert!(
            s["counters"]["delivered"].as_u64().unwrap() > 0,
            "{name}: {s}"
        );
    });
}

#[test]
fn peer_connect_refuses_what_a_backend_does_not_have() {
    let home = Home::new();
    for reg in backend::REGISTRY {
        let caps = reg.caps;
        let peer = |flags: &[&str]| {
            let mut cmd = home.cmd();
            // Nothing is listening there: a usage error must come first.
            cmd.args(["--backend", reg.name, "--http-url", "http://127.0.0.1:9"])
                .args(["--ws-url", "ws://127.0.0.1:9", "--id-token", "x.y.z"])
                .args(["peer", "connect", "--send", "offer:b"])
                .args(flags);
            cmd
        };
        if !caps.secret {
            peer(&["--room", "r", "--token", "t"])
                .assert()
                .code(2)
                .stderr(predicates::str::contains("--token"));
        }
        if !caps.meeting_point {
            peer(&["--room", "r"])
                .assert()
                .code(2)
                .stderr(predicates::str::contains("--room"));
        }
        let flags: &[&str] = if caps.meeting_point {
            &["--room", "r", "--role", "captain"]
        } else {
            &["--role", "captain"]
        };
        let bad_role = peer(flags).assert().code(2);
        let shown = String::from_utf8_lossy(&bad_role.get_output().stderr).to_string();
        assert!(shown.contains("role"), "{}: {shown}", reg.name);
        for role in caps.roles {
            assert!(shown.contains(role), "{}: {shown}", reg.name);
        }
    }
}

#[test]
fn every_backend_refuses_an_option_it_does_not_know() {
    let home = Home::new();
    for reg in backend::REGISTRY {
        // In-process emulator, so nothing but the option can fail.
        let out = home
            .cmd()
            .args(["--backend", reg.name, "--option", "bogus.key=1"])
            .args(["replay", "--flow", "offer-answer"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", reg.name);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("--option bogus.key"), "{}: {err}", reg.name);
        for known in reg.options {
            assert!(err.contains(known), "{}: {err}", reg.name);
        }
    }
    // A known key with a bad value, in-process too.
    home.cmd()
        .args([
            "--backend",
            "appsync-events",
            "--option",
            "appsync.auth=bogus",
        ])
        .args(["replay"])
        .assert()
        .code(2);
}
