//! The result file (`loadtest --save`), `--shard`, `--start-at`, `report`
//! and `report merge`: shards of one plan run as separate processes and
//! merge exactly.

mod common;

use base64::Engine as _;
use common::{Emulator, Home, validate};
use hdrhistogram::Histogram;
use hdrhistogram::serialization::Deserializer;
use predicates::str::contains;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime};

fn read(path: &Path) -> Value {
    let doc: Value =
        serde_json::from_slice(&std::fs::read(path).expect("result file")).expect("result JSON");
    validate("loadtest-result.json", &doc);
    validate("loadtest-summary.json", &doc["summary"]);
    doc
}

fn histogram(h: &Value) -> Histogram<u64> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(h["data"].as_str().expect("data"))
        .expect("base64");
    Deserializer::new()
        .deserialize(&mut bytes.as_slice())
        .expect("an HdrHistogram")
}

/// An RFC 3339 instant `secs` from now, on a whole second.
fn whole_second_from_now(secs: u64) -> (String, u64) {
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let at = now + secs;
    let t = SystemTime::UNIX_EPOCH + Duration::from_secs(at);
    (humantime::format_rfc3339_seconds(t).to_string(), at)
}

#[test]
fn ten_shards_as_ten_processes_merge_exactly() {
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    let dir = home.dir.path();
    // Ten processes sign in and connect while the clock runs to the start.
    let (start_at, start_unix) = whole_second_from_now(12);
    let shards: Vec<(PathBuf, std::process::Child)> = (0..10)
        .map(|i| {
            let file = dir.join(format!("shard-{i}.json"));
            let mut cmd = home.std_cmd();
            cmd.args(emu.target())
                .args(["-q", "loadtest", "--pairs", "2500", "--iterations", "2"])
                .args(["--connect-rate", "5000", "--token-pool", "10"])
                .args(["--shard", &format!("{i}/10"), "--seed", "42"])
                .args(["--start-at", &start_at, "--save"])
                .arg(&file)
                .stdout(Stdio::null())
                .stderr(Stdio::piped());
            (file, cmd.spawn().expect("a shard"))
        })
        .collect();
    let mut parts = Vec::new();
    for (file, child) in shards {
        let out = child.wait_with_output().expect("shard ends");
        assert!(
            out.status.success(),
            "{}: {}",
            file.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        parts.push((file.clone(), read(&file)));
    }
    for (i, (_, doc)) in parts.iter().enumerate() {
        assert_eq!(doc["summary"]["config"]["shard"], format!("{i}/10"));
        assert_eq!(doc["summary"]["sessions"]["planned"], 500);
        assert_eq!(doc["summary"]["counters"]["delivered"], 1000);
    }

    let merged_file = dir.join("merged.json");
    let mut merge = home.cmd();
    merge.args(["report", "merge"]);
    for (f, _) in &parts {
        merge.arg(f);
    }
    merge
        .arg("--save")
        .arg(&merged_file)
        .assert()
        .success()
        .stdout(contains("5000 of 5000 connected"));
    let merged = read(&merged_file);
    let m = &merged["summary"];
    assert_eq!(m["config"]["shard"], Value::Null);
    assert_eq!(m["sessions"]["planned"], 5000);
    assert_eq!(merged["shards"].as_array().map(Vec::len), Some(10));

    // Counters: the sum of the shards'.
    for (name, value) in m["counters"].as_object().expect("counters") {
        let sum: u64 = parts
            .iter()
            .map(|(_, d)| d["summary"]["counters"][name].as_u64().unwrap_or(0))
            .sum();
        assert_eq!(value.as_u64(), Some(sum), "counter {name}");
    }
    assert_eq!(m["counters"]["delivered"], 10_000);
    assert_eq!(m["counters"]["lost"], 0);

    // Histograms: the merged one equals one histogram holding every value
    // the shards recorded, at every percentile.
    for name in ["connect", "register", "accept", "delivery", "flow", "auth"] {
        let mut all = Histogram::<u64>::new(3).unwrap();
        for (_, d) in &parts {
            for v in histogram(&d["histograms"][name]).iter_recorded() {
                all.record_n(v.value_iterated_to(), v.count_at_value())
                    .unwrap();
            }
        }
        let got = histogram(&merged["histograms"][name]);
        assert_eq!(got.len(), all.len(), "{name}");
        assert!(!got.is_empty(), "{name} is empty");
        assert_eq!((got.min(), got.max()), (all.min(), all.max()), "{name}");
        for q in 0..=1000 {
            let q = f64::from(q) / 1000.0;
            assert_eq!(
                got.value_at_quantile(q),
                all.value_at_quantile(q),
                "{name} at {q}"
            );
        }
        // The summary's statistics come from the merged histogram.
        let p99 = all.value_at_quantile(0.99) as f64 / 1000.0;
        assert_eq!(m["latency_ms"][name]["p99"].as_f64(), Some(p99), "{name}");
    }

    // The series: every shard's first second began at --start-at, so the
    // seconds line up and the merged series has no more seconds than the
    // longest shard's.
    let longest = parts
        .iter()
        .map(|(_, d)| d["series"].as_array().map_or(0, Vec::len))
        .max()
        .unwrap();
    for (_, d) in &parts {
        let first = d["series"][0]["start_unix_ms"].as_u64().unwrap();
        assert!(
            first >= start_unix * 1000 && first < start_unix * 1000 + 500,
            "a shard began its load at {first}, not at {start_unix}"
        );
    }
    let series = merged["series"].as_array().unwrap();
    assert_eq!(series.len(), longest);
    assert_eq!(
        series[0]["start_unix_ms"].as_u64().unwrap() / 1000,
        start_unix
    );
    for (name, total) in m["counters"].as_object().unwrap() {
        let sum: u64 = series
            .iter()
            .map(|s| s["counters"][name].as_u64().unwrap())
            .sum();
        assert_eq!(Some(sum), total.as_u64(), "series counter {name}");
    }
    let mut delivery = Histogram::<u64>::new(3).unwrap();
    for s in series {
        if let Some(h) = s["latency"].get("delivery") {
            delivery.add(histogram(h)).unwrap();
        }
    }
    assert_eq!(delivery, histogram(&merged["histograms"]["delivery"]));

    // The merged file reads back like any result.
    home.cmd()
        .args(["report"])
        .arg(&merged_file)
        .assert()
        .success()
        .stdout(contains("10000 signals delivered"));
    drop(emu);
}

/// A small sharded run against the in-process emulator.
fn shard(home: &Home, name: &str, spec: &str, extra: &[&str]) -> (Option<i32>, PathBuf) {
    let file = home.dir.path().join(name);
    let out = home
        .cmd()
        .args(["-q", "loadtest", "--pairs", "4", "--iterations", "3"])
        .args(["--shard", spec, "--seed", "7", "--save"])
        .arg(&file)
        .args(extra)
        .output()
        .expect("loadtest runs");
    (out.status.code(), file)
}

fn merge(home: &Home, files: &[&Path], extra: &[&str]) -> std::process::Output {
    let mut cmd = home.cmd();
    cmd.args(["report", "merge"]).args(extra);
    for f in files {
        cmd.arg(f);
    }
    cmd.output().expect("report merge runs")
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `out` is a usage error (exit 2) whose message says `says`.
fn refused(out: &std::process::Output, says: &str) {
    assert_eq!(out.status.code(), Some(2), "{says}: {}", stderr(out));
    assert!(stderr(out).contains(says), "{says}: {}", stderr(out));
}

#[test]
fn merge_refuses_results_that_are_not_one_plan() {
    let home = Home::new();
    let (c0, s0) = shard(&home, "s0.json", "0/2", &[]);
    let (c1, s1) = shard(&home, "s1.json", "1/2", &[]);
    assert_eq!((c0, c1), (Some(0), Some(0)));
    let ok = merge(&home, &[&s0, &s1], &["--json"]);
    assert!(ok.status.success(), "{}", stderr(&ok));
    let summary: Value = serde_json::from_slice(&ok.stdout).expect("JSON summary");
    validate("loadtest-summary.json", &summary);
    assert_eq!(summary["sessions"]["planned"], 8);
    assert_eq!(summary["counters"]["delivered"], 24);

    // The same shard twice.
    let out = merge(&home, &[&s0, &s0], &[]);
    refused(&out, "both hold shard 0/2");

    // A shard missing, unless --partial.
    let out = merge(&home, &[&s0], &[]);
    refused(&out, "shard(s) 1 of 2 missing");
    let out = merge(&home, &[&s0], &["--partial", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let partial: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(partial["config"]["shard"], "0/2");
    // A merged result merges again like any other.
    let half = home.dir.path().join("half.json");
    let out = merge(
        &home,
        &[&s0],
        &["--partial", "--save", half.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = merge(&home, &[&half, &s1], &["--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let again: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(again["counters"], summary["counters"]);
    assert_eq!(
        again["latency_ms"]["delivery"],
        summary["latency_ms"]["delivery"]
    );

    // A different plan: the difference is named.
    let (_, other) = shard(&home, "other.json", "1/2", &["--connect-rate", "100"]);
    let out = merge(&home, &[&s0, &other], &[]);
    refused(&out, "plan.connect_rate: 500.0 vs 100.0");
    let (_, seeded) = {
        let file = home.dir.path().join("seed.json");
        let out = home
            .cmd()
            .args(["-q", "loadtest", "--pairs", "4", "--iterations", "3"])
            .args(["--shard", "1/2", "--seed", "8", "--save"])
            .arg(&file)
            .output()
            .unwrap();
        (out.status.code(), file)
    };
    let out = merge(&home, &[&s0, &seeded], &[]);
    refused(&out, "plan.seed: 7 vs 8");

    // Not a result file at all, or not there, or of another version.
    let junk = home.dir.path().join("junk.json");
    std::fs::write(&junk, r#"{"hello": 1}"#).unwrap();
    let missing = home.dir.path().join("missing.json");
    let mut newer: Value = serde_json::from_slice(&std::fs::read(&s1).unwrap()).unwrap();
    newer["version"] = 2.into();
    let newer_file = home.dir.path().join("newer.json");
    std::fs::write(&newer_file, newer.to_string()).unwrap();
    for (file, says) in [
        (&junk, "not a result file"),
        (&missing, "cannot read"),
        (&newer_file, "version 2 result"),
    ] {
        refused(&merge(&home, &[&s0, file], &[]), says);
        refused(&home.cmd().arg("report").arg(file).output().unwrap(), says);
    }
    // A histogram that does not decode is named.
    let mut broken: Value = serde_json::from_slice(&std::fs::read(&s1).unwrap()).unwrap();
    broken["histograms"]["delivery"]["data"] = "AAAA".into();
    let broken_file = home.dir.path().join("broken.json");
    std::fs::write(&broken_file, broken.to_string()).unwrap();
    let out = merge(&home, &[&s0, &broken_file], &[]);
    refused(&out, "histogram delivery");
}

#[test]
fn thresholds_are_checked_again_on_the_merged_data() {
    let home = Home::new();
    // Each shard delivers 12 signals: under 20 each, not together.
    let limit = ["--threshold", "delivered<20"];
    let (c0, s0) = shard(&home, "s0.json", "0/2", &limit);
    let (c1, s1) = shard(&home, "s1.json", "1/2", &limit);
    assert_eq!((c0, c1), (Some(0), Some(0)));
    let out = merge(&home, &[&s0, &s1], &[]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("delivered<20 (measured 24)"),
        "{}",
        stderr(&out)
    );
    // `report FILE` gives a file's verdict as its exit code.
    home.cmd().arg("report").arg(&s0).assert().success();
    let merged = home.dir.path().join("merged.json");
    let out = merge(&home, &[&s0, &s1], &["--save", merged.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3));
    home.cmd()
        .arg("report")
        .arg(&merged)
        .assert()
        .code(3)
        .stdout(contains("FAIL"));
}

#[test]
fn bad_shard_options_are_usage_errors_before_anything_runs() {
    let home = Home::new();
    let save = home.dir.path().join("never.json");
    let cases: &[&[&str]] = &[
        &["--shard", "2/2", "--seed", "1"],
        &["--shard", "1of2", "--seed", "1"],
        &["--shard", "0/2"],
        &["--shard", "0/20", "--seed", "1"],
        &["--start-at", "tomorrow"],
        &["--start-at", "2099-01-01T00:00:00Z"],
    ];
    for args in cases {
        let out = home
            .cmd()
            .args(["loadtest", "--pairs", "2", "--save"])
            .arg(&save)
            .args(*args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(!save.exists(), "{args:?} ran");
    }
    let out = home
        .cmd()
        .args(["loadtest", "--pairs", "2", "--save"])
        .arg(home.dir.path().join("no/such/dir/result.json"))
        .output()
        .unwrap();
    refused(&out, "--save");
}

#[test]
fn a_result_file_keeps_no_secret_of_its_target() {
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    let out = home
        .cmd()
        .args(emu.target())
        .args(["--json", "auth", "anonymous", "--show-token"])
        .output()
        .unwrap();
    let signed_in: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let token = signed_in["id_token"]
        .as_str()
        .expect("an id token")
        .to_owned();
    let file = home.dir.path().join("r.json");
    home.cmd()
        .args(emu.target())
        .args(["--id-token", &token, "-q", "loadtest", "--pairs", "3"])
        .args(["--iterations", "2", "--save"])
        .arg(&file)
        .assert()
        .success();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(!text.contains(&token), "the token is in the result file");
    assert!(!text.contains(token.split('.').nth(1).unwrap()));
    let doc = read(&file);
    assert_eq!(doc["target"]["ws_url"], emu.ws());
    assert_eq!(doc["summary"]["counters"]["delivered"], 12);
    // The whole command line's plan is there to be compared.
    assert_eq!(doc["plan"]["topology"]["pairs"], 3);
    assert_eq!(doc["plan"]["shards"], 1);
    drop(emu);
}

#[test]
fn an_interrupted_run_still_writes_its_result() {
    let home = Home::new();
    let file = home.dir.path().join("partial.json");
    let mut cmd = home.std_cmd();
    cmd.args([
        "-q",
        "loadtest",
        "--pairs",
        "2",
        "--duration",
        "60s",
        "--save",
    ])
    .arg(&file)
    .stdout(Stdio::null())
    .stderr(Stdio::null());
    let mut child = cmd.spawn().unwrap();
    std::thread::sleep(Duration::from_secs(3));
    Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    let doc = read(&file);
    assert_eq!(doc["summary"]["interrupted"], true);
    assert!(doc["series"].as_array().unwrap().len() >= 2);
    assert!(doc["summary"]["counters"]["delivered"].as_u64().unwrap() > 0);
}

/// `kubernetes-validate --strict` (the Kubernetes schemas, offline) on
/// each resource of `manifest`.
fn kubernetes_validate(home: &Home, manifest: &Value) {
    let items = match manifest["kind"].as_str() {
        Some("List") => manifest["items"].as_array().cloned().unwrap_or_default(),
        _ => vec![manifest.clone()],
    };
    assert!(!items.is_empty());
    for (i, item) in items.iter().enumerate() {
        let file = home.dir.path().join(format!("resource-{i}.json"));
        std::fs::write(&file, item.to_string()).unwrap();
        let out = Command::new(common::cognito::venv_bin("kubernetes-validate"))
            .args(["--strict", "--kubernetes-version", "1.33.0"])
            .arg(&file)
            .output()
            .expect("kubernetes-validate from the test venv");
        let said = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && said.contains("passed"),
            "{said}\n{item:#}"
        );
    }
}

#[test]
fn the_emitted_indexed_job_is_valid_kubernetes_and_holds_no_secret() {
    let home = Home::new();
    let flow = home.dir.path().join("call.jsonl");
    std::fs::write(
        &flow,
        "{\"at_ms\":0,\"from\":\"a\",\"to\":\"b\",\"kind\":\"offer\"}\n\
         {\"at_ms\":0,\"from\":\"b\",\"to\":\"a\",\"kind\":\"answer\"}\n",
    )
    .unwrap();
    let target = [
        "--backend",
        "appsync-events",
        "--http-url",
        "https://api.example.test/event",
        "--ws-url",
        "wss://rt.example.test/event/realtime",
        "--option",
        "appsync.auth=api-key",
        "--option",
        "appsync.api-key=da2-topsecretkey",
        "--id-token",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzZWNyZXQifQ.c2lnbmF0dXJl",
        "--cognito-client-secret",
        "cognito-client-secret-value",
    ];
    let emit = |extra: &[&str]| {
        home.cmd()
            .args(target)
            .args(["loadtest", "--pairs", "4000", "--duration", "5m"])
            .args(["--threshold", "delivery.p99<200ms"])
            .args(["--emit", "kubernetes"])
            .args(extra)
            .output()
            .unwrap()
    };
    // Secrets and no Secret to take them from: refused, naming the keys.
    let out = emit(&["--shards", "4"]);
    assert_eq!(out.status.code(), Some(2));
    for key in [
        "SIGNAL_CLI_OPTIONS",
        "SIGNAL_CLI_ID_TOKEN",
        "SIGNAL_CLI_COGNITO_CLIENT_SECRET",
    ] {
        assert!(stderr(&out).contains(key), "{key}: {}", stderr(&out));
    }
    let out = emit(&[
        "--sessions-per-shard",
        "2000",
        "--k8s-secret",
        "loadtest-secrets",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    for secret in [
        "da2-topsecretkey",
        "eyJhbGciOiJIUzI1NiJ9",
        "cognito-client-secret-value",
    ] {
        assert!(!text.contains(secret), "{secret} is in the manifest");
    }
    let job: Value = serde_json::from_str(&text).expect("a JSON manifest");
    kubernetes_validate(&home, &job);
    assert_eq!(job["kind"], "Job");
    let spec = &job["spec"];
    assert_eq!(spec["completionMode"], "Indexed");
    // 8000 sessions at 2000 a shard.
    assert_eq!(
        (spec["completions"].as_u64(), spec["parallelism"].as_u64()),
        (Some(4), Some(4))
    );
    assert!(spec["backoffLimit"].is_u64() && spec["activeDeadlineSeconds"].as_u64() > Some(300));
    let c = &spec["template"]["spec"]["containers"][0];
    assert_eq!(c["envFrom"][0]["secretRef"]["name"], "loadtest-secrets");
    assert!(c["resources"]["requests"]["memory"].is_string());
    assert!(c["resources"]["limits"]["cpu"].is_string());
    let args: Vec<&str> = c["args"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    let joined = args.join(" ");
    for want in [
        "--backend appsync-events",
        "--option appsync.auth=api-key",
        "loadtest --pairs 4000 --duration 5m --threshold delivery.p99<200ms",
        "--shard $(JOB_COMPLETION_INDEX)/4",
        "--save -",
    ] {
        assert!(joined.contains(want), "{want} not in {joined}");
    }
    assert!(!joined.contains("--emit") && !joined.contains("--sessions-per-shard"));
    assert!(stderr(&out).contains("report merge -"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("must hold: SIGNAL_CLI_OPTIONS"),
        "{}",
        stderr(&out)
    );

    // A flow file goes into a ConfigMap mounted where the shards read it.
    let out = home
        .cmd()
        .args([
            "--backend",
            "room",
            "--http-url",
            "http://rooms.example.test",
        ])
        .args(["--ws-url", "ws://rooms.example.test"])
        .arg("loadtest")
        .arg(&flow)
        .args(["--pairs", "30", "--emit", "kubernetes", "--shards", "3"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    kubernetes_validate(&home, &list);
    assert_eq!(list["kind"], "List");
    let (map, job) = (&list["items"][0], &list["items"][1]);
    assert_eq!(map["kind"], "ConfigMap");
    assert!(
        map["data"]["call.jsonl"]
            .as_str()
            .unwrap()
            .contains("answer")
    );
    let c = &job["spec"]["template"]["spec"]["containers"][0];
    assert_eq!(c["volumeMounts"][0]["mountPath"], "/etc/signal-cli/flow");
    assert!(
        c["args"]
            .as_array()
            .unwrap()
            .contains(&"/etc/signal-cli/flow/call.jsonl".into())
    );

    // A credential in a URL would be written into the manifest: refused.
    let out = home
        .cmd()
        .args([
            "--backend",
            "room",
            "--http-url",
            "http://user:pw@rooms.example.test",
        ])
        .args([
            "--ws-url",
            "ws://rooms.example.test",
            "loadtest",
            "--pairs",
            "4",
        ])
        .args(["--emit", "kubernetes", "--shards", "2", "--k8s-secret", "s"])
        .output()
        .unwrap();
    refused(&out, "--http-url carries a credential");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("pw@"));
    // Emitting needs a target and shards that each have work.
    for (args, says) in [
        (
            &["loadtest", "--emit", "kubernetes", "--shards", "2"][..],
            "give it a target",
        ),
        (
            &[
                "--backend",
                "room",
                "--ws-url",
                "ws://r.test",
                "--http-url",
                "http://r.test",
                "loadtest",
                "--pairs",
                "2",
                "--emit",
                "kubernetes",
                "--shards",
                "3",
            ][..],
            "nothing to run",
        ),
        (
            &[
                "--backend",
                "room",
                "--ws-url",
                "ws://r.test",
                "--http-url",
                "http://r.test",
                "loadtest",
                "--emit",
                "kubernetes",
            ][..],
            "--shards N or --sessions-per-shard",
        ),
    ] {
        refused(&home.cmd().args(args).output().unwrap(), says);
    }
}

#[test]
fn the_emitted_job_runs_as_its_pods_would_and_its_logs_merge() {
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    let signed_in: Value = serde_json::from_slice(
        &home
            .cmd()
            .args(emu.target())
            .args(["--json", "auth", "anonymous", "--show-token"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let token = signed_in["id_token"].as_str().unwrap().to_owned();
    let (start_at, _) = whole_second_from_now(6);
    let out = home
        .cmd()
        .args(emu.target())
        .args([
            "--id-token",
            &token,
            "loadtest",
            "--pairs",
            "9",
            "--iterations",
            "3",
        ])
        .args([
            "--start-at",
            &start_at,
            "--emit",
            "kubernetes",
            "--shards",
            "3",
        ])
        .args(["--k8s-secret", "lt"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let job: Value = serde_json::from_slice(&out.stdout).unwrap();
    let c = &job["spec"]["template"]["spec"]["containers"][0];
    // Each pod: the container's arguments with its index, the Secret's keys
    // in its environment, its log on standard output and error.
    let pods: Vec<std::process::Child> = (0..3)
        .map(|i| {
            let args: Vec<String> = c["args"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| {
                    a.as_str()
                        .unwrap()
                        .replace("$(JOB_COMPLETION_INDEX)", &i.to_string())
                })
                .collect();
            let mut cmd = home.std_cmd();
            cmd.args(&args)
                .env("SIGNAL_CLI_ID_TOKEN", &token)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            cmd.spawn().unwrap()
        })
        .collect();
    let mut logs = String::new();
    for pod in pods {
        let out = pod.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        logs += &String::from_utf8_lossy(&out.stderr);
        logs += &String::from_utf8_lossy(&out.stdout);
        logs += "some other line of the pod's log\n";
    }
    let mut merge = home.std_cmd();
    merge
        .args(["--json", "report", "merge", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = merge.spawn().unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), logs.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let merged: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(merged["sessions"]["planned"], 18);
    assert_eq!(merged["counters"]["delivered"], 54);
    assert_eq!(merged["config"]["shard"], Value::Null);
    // Standard input with no result line at all.
    let out = home
        .cmd()
        .args(["report", "merge", "-"])
        .write_stdin("nothing here\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    drop(emu);
}

#[test]
fn backend_settings_come_from_the_environment_too() {
    let home = Home::new();
    let run = |env: &str, args: &[&str]| {
        home.cmd()
            .env("SIGNAL_CLI_OPTIONS", env)
            .args(args)
            .output()
            .unwrap()
    };
    let replay = ["replay", "--flow", "offer-answer"];
    // Read, so refused as the flag would be: room reads no setting.
    refused(&run("room.bogus=1\n", &replay), "room.bogus");
    refused(
        &run("socketio.path=/x/\nnot a setting\n", &replay),
        "SIGNAL_CLI_OPTIONS",
    );
    // The flag wins over the environment.
    let out = run(
        "socketio.server=bogus",
        &[
            "--backend",
            "socketio",
            "--option",
            "socketio.server=pantherkolab",
            "replay",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    refused(
        &run(
            "socketio.server=bogus",
            &["--backend", "socketio", "replay"],
        ),
        "socketio.server=bogus",
    );
}

#[test]
fn the_summary_warns_when_one_process_cannot_hold_the_plan() {
    let home = Home::new();
    // 300 sessions and their in-process emulator's ends under 256 files.
    let out = Command::new("sh")
        .args(["-c", "ulimit -n 256 && exec \"$0\" \"$@\""])
        .arg(common::bin())
        .args(["--json", "loadtest", "--pairs", "150", "--iterations", "1"])
        .args(["--allow-loss", "--threshold", "sessions_failed<1000"])
        .env("XDG_CONFIG_HOME", home.dir.path().join("config"))
        .env("XDG_CACHE_HOME", home.cache_dir())
        .output()
        .unwrap();
    let summary: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("a summary: {}", stderr(&out)));
    validate("loadtest-summary.json", &summary);
    let warnings = summary["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let w = warnings[0].as_str().unwrap();
    assert!(
        w.contains("open-file limit of 256") && w.contains("--shard"),
        "{w}"
    );
    // A plan that fits: no warning.
    let out = home
        .cmd()
        .args(["--json", "loadtest", "--pairs", "2", "--iterations", "1"])
        .output()
        .unwrap();
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["warnings"], serde_json::json!([]));
}
