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
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("both hold shard 0/2"),
        "{}",
        stderr(&out)
    );

    // A shard missing, unless --partial.
    let out = merge(&home, &[&s0], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("shard(s) 1 of 2 missing"),
        "{}",
        stderr(&out)
    );
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
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("plan.connect_rate: 500.0 vs 100.0"),
        "{}",
        stderr(&out)
    );
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
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("plan.seed: 7 vs 8"),
        "{}",
        stderr(&out)
    );

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
        let out = merge(&home, &[&s0, file], &[]);
        assert_eq!(out.status.code(), Some(2), "{says}");
        assert!(stderr(&out).contains(says), "{says}: {}", stderr(&out));
        let out = home.cmd().arg("report").arg(file).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "report {says}");
    }
    // A histogram that does not decode is named.
    let mut broken: Value = serde_json::from_slice(&std::fs::read(&s1).unwrap()).unwrap();
    broken["histograms"]["delivery"]["data"] = "AAAA".into();
    let broken_file = home.dir.path().join("broken.json");
    std::fs::write(&broken_file, broken.to_string()).unwrap();
    let out = merge(&home, &[&s0, &broken_file], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("histogram delivery"),
        "{}",
        stderr(&out)
    );
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
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--save"), "{}", stderr(&out));
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
