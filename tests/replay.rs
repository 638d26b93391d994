//! `replay`: built-in flows pass on the emulator; injected faults fail with
//! exit 3 naming the step and the fault.

mod common;

use common::{Emulator, Home, validate};
use predicates::str::contains;
use serde_json::Value;

fn replay_json(home: &Home, args: &[&str]) -> (Option<i32>, Value, String) {
    let out = home
        .cmd()
        .args(["--json", "replay"])
        .args(args)
        .output()
        .expect("run replay");
    let doc: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("JSON: {}", String::from_utf8_lossy(&out.stdout)));
    validate("replay.json", &doc);
    (
        out.status.code(),
        doc,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_builtin_flow_passes_on_an_in_process_emulator() {
    let home = Home::new();
    for flow in ["offer-answer", "trickle", "glare", "ice-restart"] {
        let (code, doc, err) = replay_json(&home, &["--flow", flow]);
        assert_eq!(code, Some(0), "{flow}: {err}");
        assert_eq!(doc["passed"], true);
        assert_eq!(doc["backend"], "room");
        let steps = doc["steps"].as_array().unwrap();
        assert!(
            steps
                .iter()
                .all(|s| s["verdict"] == "pass" && s["latency_ms"].as_f64().unwrap() >= 0.0)
        );
        let expected = match flow {
            "offer-answer" | "glare" => 2,
            "trickle" => 18,
            _ => 6,
        };
        assert_eq!(steps.len(), expected, "{flow}");
    }
    // Several pairs at once, several times over.
    let (code, doc, err) = replay_json(
        &home,
        &[
            "--flow",
            "trickle",
            "--candidates",
            "3",
            "--pairs",
            "4",
            "--repeat",
            "3",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(doc["steps"].as_array().unwrap().len(), 8 * 4 * 3);
    // The table form says so too.
    home.cmd()
        .args(["replay", "--flow", "glare"])
        .assert()
        .success()
        .stdout(contains("2 of 2 steps passed"));
}

#[test]
fn a_flow_file_runs_and_explicit_payloads_arrive_unchanged() {
    let home = Home::new();
    let file = home.dir.path().join("call.jsonl");
    std::fs::write(
        &file,
        concat!(
            "# a recorded call\n",
            r#"{"at_ms":0,"from":"alice","to":"bob","kind":"offer","payload":"v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n"}"#, "\n",
            r#"{"at_ms":0,"from":"bob","to":"alice","kind":"answer","size":3000}"#, "\n",
            r#"{"at_ms":20,"from":"alice","to":"bob","kind":"candidate","payload":{"candidate":"candidate:1 1 udp 1 192.0.2.1 5000 typ host","sdpMid":"0","sdpMLineIndex":0}}"#, "\n",
            r#"{"at_ms":30,"from":"bob","to":"alice","kind":"event","name":"hangup","payload":{"reason":"done"}}"#, "\n",
        ),
    )
    .unwrap();
    // The room server and both robot Lambdas drop application events:
    // refused up front there.
    for backend in ["room", "robot"] {
        home.cmd()
            .args(["--backend", backend, "replay", file.to_str().unwrap()])
            .assert()
            .code(2)
            .stderr(contains(format!(
                "step 4 of flow call cannot run on this {backend} target: 'hangup' is an application event;"
            )));
    }
    let (code, doc, err) = replay_json(&home, &["--backend", "mesh", file.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(doc["flow"], "call");
    let names: Vec<&str> = doc["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["offer", "answer", "candidate", "hangup"]);

    std::fs::write(&file, "{\"from\":\"a\",\"to\":\"a\",\"kind\":\"offer\"}\n").unwrap();
    home.cmd()
        .args(["replay", file.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(contains("two different peers"));
}

/// A flow in which only `a` sends, so the emulator numbers the relayed
/// messages in step order whatever the scheduling.
const ONE_WAY: &str = concat!(
    r#"{"from":"a","to":"b","kind":"offer","size":1500}"#,
    "\n",
    r#"{"from":"a","to":"b","kind":"candidate"}"#,
    "\n",
    r#"{"from":"a","to":"b","kind":"candidate"}"#,
    "\n",
    r#"{"from":"a","to":"b","kind":"answer","size":500}"#,
    "\n",
);

/// (fault, the step it hits, the verdict)
const FAULTS: &[(&str, u64, &str)] = &[
    ("drop:2", 2, "lost"),
    ("duplicate:2", 2, "duplicated"),
    ("reorder:2", 2, "reordered"),
    ("corrupt:1", 1, "corrupted"),
    ("delay:3:6s", 3, "lost"),
];

#[test]
fn injected_faults_fail_the_replay_at_the_right_step() {
    for (fault, step, verdict) in FAULTS {
        let home = Home::new();
        let flow = home.dir.path().join("one-way.jsonl");
        std::fs::write(&flow, ONE_WAY).unwrap();
        let emu = Emulator::room(&home, &["--fault", fault]);
        let mut args: Vec<String> = emu.target();
        args.extend(["--timeout", "1s", "--json", "replay"].map(String::from));
        args.push(flow.to_str().unwrap().to_owned());
        let out = home.cmd().args(&args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(3),
            "{fault}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        validate("replay.json", &doc);
        assert_eq!(doc["passed"], false);
        let bad: Vec<(u64, &str)> = doc["steps"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["verdict"] != "pass")
            .map(|s| (s["step"].as_u64().unwrap(), s["verdict"].as_str().unwrap()))
            .collect();
        assert_eq!(bad, vec![(*step, *verdict)], "{fault}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(&format!("step {step} ")) && err.contains(verdict),
            "{fault}: {err}"
        );
        if *verdict == "reordered" {
            // The held-back step is the one marked: it came after the next.
            let detail = doc["steps"][(*step - 1) as usize]["detail"]
                .as_str()
                .unwrap();
            assert_eq!(detail, "arrived after a signal the same peer sent later");
        }
    }
}

#[test]
fn junit_report_names_the_failed_step() {
    let home = Home::new();
    let emu = Emulator::room(&home, &["--fault", "drop:1"]);
    let junit = home.dir.path().join("replay.xml");
    home.cmd()
        .args(emu.target())
        .args([
            "--timeout",
            "1s",
            "replay",
            "--flow",
            "offer-answer",
            "--junit",
            junit.to_str().unwrap(),
        ])
        .assert()
        .code(3)
        .stdout(contains("lost"))
        .stderr(contains("step 1 (a -> b offer): lost"));
    let xml = std::fs::read_to_string(&junit).unwrap();
    assert!(
        xml.contains("<testsuite name=\"replay offer-answer on room\""),
        "{xml}"
    );
    assert!(
        xml.contains("tests=\"2\"") && xml.contains("failures=\"1\""),
        "{xml}"
    );
    assert!(
        xml.contains("<failure") && xml.contains("type=\"lost\""),
        "{xml}"
    );
}

#[test]
fn replay_against_an_unreachable_target_is_exit_5() {
    let home = Home::new();
    home.cmd()
        .args([
            "--http-url",
            "http://127.0.0.1:9",
            "--ws-url",
            "ws://127.0.0.1:9",
            "--id-token",
            "a.b.c",
            "replay",
        ])
        .assert()
        .code(5);
}

#[test]
fn builtin_flows_print_as_valid_jsonl_that_replays() {
    let home = Home::new();
    for flow in ["offer-answer", "trickle", "glare", "ice-restart"] {
        let out = home
            .cmd()
            .args(["replay", "--print", "--flow", flow, "--candidates", "2"])
            .assert()
            .success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        for line in text.lines() {
            validate("flow-step.json", &serde_json::from_str(line).unwrap());
        }
        let file = home.dir.path().join(format!("{flow}.jsonl"));
        std::fs::write(&file, &text).unwrap();
        let (code, doc, err) = replay_json(&home, &[file.to_str().unwrap()]);
        assert_eq!(code, Some(0), "{flow}: {err}");
        assert_eq!(doc["steps"].as_array().unwrap().len(), text.lines().count());
    }
}

#[test]
fn a_recorded_peer_session_replays() {
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    let (room, token) = common::signed_in_room(&home, &emu);
    let file = home.dir.path().join("recorded.jsonl");
    let b = common::peer(
        &home,
        &emu,
        &room,
        &token,
        "b",
        &[
            "--record",
            file.to_str().unwrap(),
            "--expect",
            "offer:a",
            "--send",
            "answer:a",
            "--send",
            "candidate:a",
            "--expect",
            "candidate:a",
        ],
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
        ])
        // `a` answers b's candidate with its own, so that the recording's
        // order is causal, not a race between two sends.
        .args([
            "--send",
            "offer:b:2000",
            "--expect",
            "answer:b",
            "--expect",
            "candidate:b",
            "--send",
            "candidate:b",
        ])
        .assert()
        .success();
    assert!(b.finish().0.success());
    let text = std::fs::read_to_string(&file).unwrap();
    let steps: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for s in &steps {
        validate("flow-step.json", s);
    }
    let shape: Vec<(&str, &str, &str)> = steps
        .iter()
        .map(|s| {
            (
                s["from"].as_str().unwrap(),
                s["to"].as_str().unwrap(),
                s["kind"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        shape,
        [
            ("a", "b", "offer"),
            ("b", "a", "answer"),
            ("b", "a", "candidate"),
            ("a", "b", "candidate")
        ]
    );
    assert_eq!(steps[0]["payload"].as_str().unwrap().len(), 2000);
    // The recording runs as a flow, on a fresh emulator.
    let (code, doc, err) = replay_json(&home, &[file.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(doc["steps"].as_array().unwrap().len(), 4);
}

#[test]
fn every_backend_s_visible_refusal_is_send_failed_at_once() {
    // Each server refuses an offer over its limit in a way the client sees:
    // API Gateway closes with 1009 (128 KiB), the Event API answers
    // `publish_error` (240 KB). The answer it would have released is not
    // sent, so nothing waits for the 20 s timeout.
    let home = Home::new();
    // (backend, serve flags, client flags, --size, the refusal's words)
    type Case<'a> = (&'a str, &'a [&'a str], &'a [&'a str], &'a str, &'a str);
    let cases: [Case; 3] = [
        ("robot", &[], &[], "200000", "Message too big"),
        (
            "mesh",
            &["--flavour", "apigw"],
            &[],
            "200000",
            "Message too big",
        ),
        (
            "appsync-events",
            &["--api-key", "da2-k"],
            &["--option", "appsync.api-key=da2-k"],
            "300000",
            "Event exceeds 240 KB",
        ),
    ];
    for (backend, serve, client, size, why) in cases {
        let emu = Emulator::start(&home, backend, serve);
        let started = std::time::Instant::now();
        let out = home
            .cmd()
            .args(emu.target())
            .args(client)
            .args(["--timeout", "20s", "--json", "replay", "--size", size])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{backend}");
        assert!(
            started.elapsed() < std::time::Duration::from_secs(15),
            "{backend}: waited {:?}",
            started.elapsed()
        );
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        validate("replay.json", &doc);
        let steps = doc["steps"].as_array().unwrap();
        assert_eq!(steps[0]["verdict"], "send_failed", "{backend}: {doc}");
        assert!(
            steps[0]["detail"].as_str().unwrap().contains(why),
            "{backend}: {doc}"
        );
        for step in steps {
            assert_eq!(step["verdict"], "send_failed", "{backend}: {doc}");
        }
    }
}

#[test]
fn a_send_the_server_refuses_is_send_failed_at_once() {
    let home = Home::new();
    // 100,000-byte offers and answers are over a 64 KiB message limit: the
    // server closes the sender's connection (1009) at once.
    let emu = Emulator::room(&home, &["--max-frame", "65536"]);
    let started = std::time::Instant::now();
    let out = home
        .cmd()
        .args(emu.target())
        .args(["--timeout", "20s", "--json", "replay", "--size", "100000"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        started.elapsed() < std::time::Duration::from_secs(15),
        "waited {:?}: the refusal was not seen",
        started.elapsed()
    );
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    validate("replay.json", &doc);
    for step in doc["steps"].as_array().unwrap() {
        assert_eq!(step["verdict"], "send_failed", "{doc}");
        assert!(
            step["detail"]
                .as_str()
                .unwrap()
                .contains("exceeds limit of 65536 bytes"),
            "{doc}"
        );
    }
    // And a load test counts them and fails on the default send_failed==0.
    let out = home
        .cmd()
        .args(emu.target())
        .args(["--timeout", "20s", "--json", "loadtest", "--size", "100000"])
        .args(["--pairs", "2", "--iterations", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["counters"]["send_failed"], 4, "{s}");
    assert_eq!(s["counters"]["lost"], 0, "{s}");
}
