//! `loadtest`: runs with no setup, counts every signal, validates its JSON,
//! enforces thresholds, writes one NDJSON line per second.

mod common;

use common::{Emulator, Home, validate};
use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

fn summary_of(out: &std::process::Output) -> Value {
    let doc: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("JSON summary: {}", String::from_utf8_lossy(&out.stdout)));
    validate("loadtest-summary.json", &doc);
    doc
}

#[test]
fn no_target_means_an_in_process_emulator_and_a_summary_table() {
    let home = Home::new();
    home.cmd()
        .args(["loadtest", "--pairs", "5", "--iterations", "2"])
        .assert()
        .success()
        .stdout(
            contains("delivery")
                .and(contains("10 of 10 connected"))
                .and(contains("in-process emulator"))
                // What the run used: ten connections to a server run by
                // its team.
                .and(contains("operations (self-hosted): "))
                .and(contains("connections 10,")),
        );
}

#[test]
fn two_hundred_pairs_lose_nothing() {
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    let out = home
        .cmd()
        .args(emu.target())
        .args([
            "--json",
            "loadtest",
            "--pairs",
            "200",
            "--iterations",
            "3",
            "--flow",
            "trickle",
            "--candidates",
            "2",
        ])
        .args([
            "--threshold",
            "lost==0",
            "--threshold",
            "delivery.p99<5s",
            "--threshold",
            "errors<0.1%",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = summary_of(&out);
    assert_eq!(s["sessions"]["connected"], 400);
    assert_eq!(s["counters"]["flows"], 600);
    assert_eq!(s["counters"]["sent"], 600 * 6);
    assert_eq!(s["counters"]["delivered"], 600 * 6);
    assert_eq!(s["counters"]["lost"], 0);
    assert_eq!(s["counters"]["errors"], 0);
    assert_eq!(s["latency_ms"]["delivery"]["count"], 3600);
    assert_eq!(s["latency_ms"]["connect"]["count"], 400);
    assert_eq!(s["passed"], true);
    assert!(
        s["thresholds"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["passed"] == true)
    );
}

#[test]
fn a_failing_threshold_is_exit_3() {
    let home = Home::new();
    let out = home
        .cmd()
        .args([
            "--json",
            "loadtest",
            "--pairs",
            "3",
            "--iterations",
            "2",
            "--threshold",
            "delivered<1",
            "--threshold",
            "lost==0",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let s = summary_of(&out);
    assert_eq!(s["passed"], false);
    let t = |expr: &str| -> Value {
        s["thresholds"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["expr"] == expr)
            .cloned()
            .unwrap_or_else(|| panic!("no {expr} in {s}"))
    };
    assert_eq!(
        (
            t("delivered<1")["passed"].clone(),
            t("delivered<1")["actual"].clone()
        ),
        (Value::Bool(false), Value::from(12.0))
    );
    assert_eq!(t("lost==0")["passed"], true);
    assert!(String::from_utf8_lossy(&out.stderr).contains("delivered<1 (measured 12)"));
}

#[test]
fn lost_signals_are_counted_not_fatal() {
    let home = Home::new();
    let emu = Emulator::room(&home, &["--fault", "drop:5", "--fault", "duplicate:9"]);
    let out = home
        .cmd()
        .args(emu.target())
        .args([
            "--timeout",
            "1s",
            "--json",
            "loadtest",
            "--pairs",
            "2",
            "--iterations",
            "5",
            "--threshold",
            "lost==0",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = summary_of(&out);
    assert_eq!(s["counters"]["sent"], 20);
    assert_eq!(s["counters"]["lost"], 1);
    assert_eq!(s["counters"]["duplicated"], 1);
}

#[test]
fn per_second_ndjson_has_one_line_per_second() {
    let home = Home::new();
    let file = home.dir.path().join("seconds.ndjson");
    let out = home
        .cmd()
        .args([
            "--json",
            "loadtest",
            "--pairs",
            "4",
            "--duration",
            "3s",
            "--out",
            file.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let elapsed = summary_of(&out)["duration_s"].as_f64().unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for l in &lines {
        validate("loadtest-second.json", l);
    }
    let seconds: Vec<u64> = lines.iter().map(|l| l["t_s"].as_u64().unwrap()).collect();
    // The load ran 3 s and then finished its last iterations: one line for
    // each whole second it ran, never fewer than 3.
    assert!(
        seconds.len() >= 3 && seconds.len() as f64 <= elapsed,
        "{seconds:?} in {elapsed} s"
    );
    assert_eq!(
        seconds,
        (1..=seconds.len() as u64).collect::<Vec<_>>(),
        "one line per whole second"
    );
    let sent: Vec<u64> = lines.iter().map(|l| l["sent"].as_u64().unwrap()).collect();
    assert!(
        sent.windows(2).all(|w| w[0] <= w[1]) && sent[0] > 0,
        "{sent:?}"
    );
}

#[test]
fn bad_options_and_unreachable_targets() {
    let home = Home::new();
    home.cmd()
        .args(["loadtest", "--threshold", "speed<3"])
        .assert()
        .code(2)
        .stderr(contains("unknown metric"));
    home.cmd()
        .args(["loadtest", "--pairs", "0"])
        .assert()
        .code(2);
    home.cmd()
        .args([
            "--http-url",
            "http://127.0.0.1:9",
            "--ws-url",
            "ws://127.0.0.1:9",
            "--id-token",
            "a.b.c",
        ])
        .args(["loadtest", "--pairs", "2", "--iterations", "1"])
        .assert()
        .code(5)
        .stderr(contains("cannot reach"));
}

#[cfg(unix)]
#[test]
fn ctrl_c_prints_the_partial_summary() {
    let home = Home::new();
    let seconds = home.dir.path().join("seconds.ndjson");
    let mut cmd = home.std_cmd();
    cmd.args([
        "--json",
        "loadtest",
        "--pairs",
        "2",
        "--duration",
        "60s",
        "--out",
        seconds.to_str().unwrap(),
    ]);
    let child = cmd.spawn().unwrap();
    // Interrupt once the load is under way: its first per-second line is out.
    let deadline = std::time::Instant::now() + common::WAIT;
    while std::fs::read_to_string(&seconds)
        .map(|t| t.lines().count())
        .unwrap_or(0)
        == 0
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the load test never got going"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = summary_of(&out);
    assert_eq!(s["interrupted"], true);
    assert!(s["counters"]["delivered"].as_u64().unwrap() > 0);
    assert!(s["duration_s"].as_f64().unwrap() < 30.0);
}

#[test]
fn rooms_run_the_flow_between_every_two_members() {
    let home = Home::new();
    let out = home
        .cmd()
        .args([
            "--json",
            "loadtest",
            "--rooms",
            "3",
            "--peers-per-room",
            "4",
            "--iterations",
            "2",
            "--threshold",
            "lost==0",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = summary_of(&out);
    assert_eq!(s["config"]["rooms"], 3);
    assert_eq!(s["sessions"]["connected"], 12);
    // 3 rooms x C(4,2) = 6 pairs x 2 iterations, two signals each.
    assert_eq!(s["counters"]["flows"], 36);
    assert_eq!(s["counters"]["delivered"], 72);
    home.cmd()
        .args(["loadtest", "--rooms", "2"])
        .assert()
        .code(2);
    home.cmd()
        .args([
            "loadtest",
            "--rooms",
            "2",
            "--peers-per-room",
            "3",
            "--flow",
            "glare",
        ])
        .assert()
        .success();
}

#[test]
fn open_model_offers_flows_at_a_rate_and_reports_both_latencies() {
    let home = Home::new();
    let out = home
        .cmd()
        .args([
            "--json",
            "loadtest",
            "--rate",
            "20",
            "--duration",
            "2s",
            "--threshold",
            "lost==0",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = summary_of(&out);
    assert_eq!(s["config"]["model"], "open");
    // 20 flows/s for 2 s: 40 arrivals (the expected count passes 40 at the
    // very end, give or take the 1 ms integration step).
    let flows = s["counters"]["flows"].as_u64().unwrap();
    assert!((39..=40).contains(&flows), "{flows}");
    assert_eq!(s["sessions"]["connected"].as_u64().unwrap(), flows * 2);
    let (corrected, raw) = (
        &s["latency_ms"]["delivery"],
        &s["latency_ms"]["delivery_uncorrected"],
    );
    assert_eq!(corrected["count"], raw["count"]);
    assert!(corrected["max"].as_f64().unwrap() >= raw["max"].as_f64().unwrap());

    let out = home
        .cmd()
        .args(["--json", "loadtest", "--stage", "1s:40", "--stage", "1s:0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let flows = summary_of(&out)["counters"]["flows"].as_u64().unwrap();
    assert!(
        (30..=50).contains(&flows),
        "a ramp up and down offers about 40 flows, not {flows}"
    );
    home.cmd()
        .args(["loadtest", "--stage", "fast"])
        .assert()
        .code(2)
        .stderr(contains("DURATION:RATE"));
    home.cmd()
        .args(["loadtest", "--rate", "5", "--iterations", "3"])
        .assert()
        .code(2);
}

#[test]
fn abort_on_fail_stops_at_the_first_failing_check() {
    let home = Home::new();
    let out = home
        .cmd()
        .args([
            "--json",
            "loadtest",
            "--pairs",
            "2",
            "--duration",
            "60s",
            "--threshold",
            "delivered<5",
            "--abort-on-fail",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = summary_of(&out);
    assert_eq!(
        (
            s["aborted"].clone(),
            s["interrupted"].clone(),
            s["passed"].clone()
        ),
        (true.into(), false.into(), false.into())
    );
    assert!(s["duration_s"].as_f64().unwrap() < 30.0);
    assert!(String::from_utf8_lossy(&out.stderr).contains("delivered<5 failed during the run"));
    // Alone it checks the default thresholds.
    home.cmd()
        .args([
            "loadtest",
            "--pairs",
            "1",
            "--iterations",
            "1",
            "--abort-on-fail",
        ])
        .assert()
        .success();
}

/// `loadtest --flow trickle` against a room server that drops candidates,
/// with `extra` flags: its exit code and summary.
fn lossy_run(home: &Home, extra: &[&str]) -> (Option<i32>, Value, String) {
    let emu = Emulator::room(home, &["--drop-candidates"]);
    let out = home
        .cmd()
        .args(emu.target())
        .args(["--json", "loadtest", "--flow", "trickle", "--pairs", "3"])
        .args(["--iterations", "1", "--candidates", "2", "--timeout", "2s"])
        .args(extra)
        .output()
        .unwrap();
    let s = summary_of(&out);
    common::validate("loadtest-summary.json", &s);
    (
        out.status.code(),
        s,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_run_that_loses_signals_fails_without_any_threshold() {
    let home = Home::new();
    let (code, s, err) = lossy_run(&home, &[]);
    assert_eq!(code, Some(3), "{err}");
    assert_eq!(s["passed"], false);
    assert_eq!(s["counters"]["lost"], 12, "{s}");
    assert!(err.contains("lost==0 (measured 12)"), "{err}");
    // Every default is listed with its verdict.
    let exprs: Vec<&str> = s["thresholds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["expr"].as_str().unwrap())
        .collect();
    assert_eq!(
        exprs,
        [
            "lost==0",
            "send_failed==0",
            "duplicated==0",
            "corrupted==0",
            "misdelivered==0",
            "sessions_failed==0"
        ]
    );
}

#[test]
fn a_duplicated_or_corrupted_signal_fails_the_run_without_any_threshold() {
    let home = Home::new();
    for (fault, counter) in [("duplicate:3", "duplicated"), ("corrupt:3", "corrupted")] {
        let emu = Emulator::room(&home, &["--fault", fault]);
        let out = home
            .cmd()
            .args(emu.target())
            .args(["--json", "loadtest", "--pairs", "2", "--iterations", "2"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{fault}: {err}");
        let s: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(s["passed"], false, "{fault}");
        assert_eq!(s["counters"][counter], 1, "{fault}: {s}");
        assert!(
            err.contains(&format!("{counter}==0 (measured 1)")),
            "{fault}: {err}"
        );
        // Allowing loss does not allow this.
        let fresh = Emulator::room(&home, &["--fault", fault]);
        home.cmd()
            .args(fresh.target())
            .args([
                "-q",
                "loadtest",
                "--pairs",
                "2",
                "--iterations",
                "2",
                "--allow-loss",
            ])
            .assert()
            .code(3)
            .stderr(contains(format!("{counter}==0 (measured 1)")));
    }
}

#[test]
fn allow_loss_or_a_threshold_on_the_same_counter_relaxes_the_default() {
    let home = Home::new();
    let (code, s, err) = lossy_run(&home, &["--allow-loss"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(s["passed"], true);
    assert!(!s.to_string().contains("lost==0"), "{s}");
    let (code, s, err) = lossy_run(&home, &["--threshold", "lost<=12"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(s["passed"], true);
    assert!(!s.to_string().contains("lost==0"), "{s}");
    // A threshold on another counter adds to the defaults.
    let (code, _, err) = lossy_run(&home, &["--threshold", "errors<=1000"]);
    assert_eq!(code, Some(3), "{err}");
}

#[test]
fn pool_tokens_near_expiry_are_signed_in_again() {
    // How many sign-ins a small load test against `emu` makes.
    let sign_ins = |home: &Home, emu: &Emulator| {
        let out = home
            .cmd()
            .args(emu.target())
            .args([
                "--json",
                "loadtest",
                "--pairs",
                "4",
                "--iterations",
                "1",
                "--token-pool",
                "2",
            ])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        summary_of(&out)["latency_ms"]["auth"]["count"].clone()
    };
    let home = Home::new();
    // Tokens that live 200 s always have less than the 5 minutes left that
    // the pool wants, so every group signs in again before it connects.
    assert_eq!(
        sign_ins(&home, &Emulator::room(&home, &["--token-lifetime", "200s"])),
        2 + 4
    );
    // Tokens with an hour to live are reused.
    assert_eq!(sign_ins(&home, &Emulator::room(&home, &[])), 2);
}

#[test]
fn connect_concurrency_bounds_connects_without_stalling_a_group() {
    let home = Home::new();
    // One permit, groups of two: each group still connects (all its
    // sessions at once), one group after another.
    let out = home
        .cmd()
        .args(["--json", "loadtest", "--pairs", "6", "--iterations", "1"])
        .args(["--connect-concurrency", "1", "--connect-rate", "100000"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = summary_of(&out);
    assert_eq!(s["sessions"]["connected"], 12);
    home.cmd()
        .args(["loadtest", "--connect-concurrency", "0"])
        .assert()
        .code(2);
}
