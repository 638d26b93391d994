//! `signal-cli compare`: one workload against two targets in alternating
//! rounds, the comparison document, saved results compared again, and the
//! verdicts.

mod common;

use common::{Emulator, Home, validate};
use predicates::str::contains;
use serde_json::Value;
use std::path::Path;

fn json_of(out: &std::process::Output) -> Value {
    assert!(
        out.status.code().is_some(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// The comparison's schema, and every round's result-file schema.
fn check(doc: &Value) {
    validate("comparison.json", doc);
    for side in ["a", "b"] {
        for r in doc[side]["rounds"].as_array().expect("rounds") {
            validate("loadtest-result.json", r);
        }
    }
}

fn row<'a>(doc: &'a Value, metric: &str) -> &'a Value {
    doc["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["metric"] == metric)
        .unwrap_or_else(|| panic!("no row {metric}"))
}

fn sum(doc: &Value, side: &str, counter: &str) -> u64 {
    doc[side]["rounds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["summary"]["counters"][counter].as_u64().unwrap())
        .sum()
}

#[test]
fn two_emulators_in_alternating_rounds_then_the_saved_comparison_again() {
    let home = Home::new();
    let saved = home.dir.path().join("cmp.json");
    let out = home
        .cmd()
        .args([
            "--json",
            "compare",
            "--a",
            "emulator:room",
            "--b",
            "emulator:mesh",
        ])
        .args([
            "--pairs",
            "5",
            "--iterations",
            "3",
            "--rounds",
            "3",
            "--save",
        ])
        .arg(&saved)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The rounds alternate: A B A B A B.
    let err = String::from_utf8_lossy(&out.stderr);
    let order: Vec<&str> = err
        .lines()
        .filter_map(|l| l.split_once(": ").map(|(_, s)| s))
        .collect();
    assert_eq!(
        order,
        [
            "emulator:room (room)",
            "emulator:mesh (mesh)",
            "emulator:room (room)",
            "emulator:mesh (mesh)",
            "emulator:room (room)",
            "emulator:mesh (mesh)"
        ],
        "{err}"
    );
    let doc = json_of(&out);
    check(&doc);
    assert_eq!(doc["passed"], true);
    assert_eq!(doc["a"]["backend"], "room");
    assert_eq!(doc["b"]["backend"], "mesh");
    // The same workload on both: 5 pairs × 3 iterations × 2 signals, 3 rounds.
    for side in ["a", "b"] {
        let rounds = doc[side]["rounds"].as_array().unwrap();
        assert_eq!(rounds.len(), 3);
        for r in rounds {
            assert_eq!(r["summary"]["counters"]["delivered"], 30);
            assert_eq!(r["plan"]["flow"]["name"], "offer-answer");
        }
    }
    assert_eq!(row(&doc, "delivered")["a"], 90.0);
    assert_eq!(row(&doc, "delivered")["b"], 90.0);
    assert_eq!(row(&doc, "delivered")["verdict"], "same");
    // Every difference is b − a, its spread that of the rounds, and a
    // verdict only where every round agrees.
    for r in doc["rows"].as_array().unwrap() {
        let (Some(a), Some(b)) = (r["a"].as_f64(), r["b"].as_f64()) else {
            continue;
        };
        let d = r["diff"].as_f64().unwrap();
        assert!((d - (b - a)).abs() < 1e-9, "{r}");
        let (lo, hi) = (
            r["diff_min"].as_f64().unwrap(),
            r["diff_max"].as_f64().unwrap(),
        );
        let want = if lo == 0.0 && hi == 0.0 {
            "same"
        } else if lo > 0.0 {
            "b_higher"
        } else if hi < 0.0 {
            "b_lower"
        } else {
            "unclear"
        };
        assert_eq!(r["verdict"], want, "{r}");
    }
    // Each side's p99 is that of its rounds' histograms added together:
    // the largest round p99 bounds it.
    let p99s: Vec<f64> = doc["a"]["rounds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["summary"]["latency_ms"]["delivery"]["max"]
                .as_f64()
                .unwrap()
        })
        .collect();
    let max = p99s.iter().copied().fold(0.0, f64::max);
    assert_eq!(row(&doc, "delivery.max")["a"].as_f64(), Some(max));

    // The saved comparison, compared again, gives the same rows.
    let again = home
        .cmd()
        .args(["--json", "compare"])
        .arg(&saved)
        .output()
        .unwrap();
    assert!(again.status.success());
    let again = json_of(&again);
    check(&again);
    assert_eq!(again["rows"], doc["rows"]);

    // And so do both sides' rounds as result lines, one file per side.
    let lines = |side: &str, file: &Path| {
        let text: String = doc[side]["rounds"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| format!("{r}\n"))
            .collect();
        std::fs::write(file, text).unwrap();
    };
    let (fa, fb) = (
        home.dir.path().join("a.ndjson"),
        home.dir.path().join("b.ndjson"),
    );
    lines("a", &fa);
    lines("b", &fb);
    let files = home
        .cmd()
        .args(["--json", "compare"])
        .args([&fa, &fb])
        .output()
        .unwrap();
    assert!(files.status.success());
    assert_eq!(json_of(&files)["rows"], doc["rows"]);

    // The table says the same for people.
    home.cmd()
        .args(["compare"])
        .arg(&saved)
        .assert()
        .success()
        .stdout(contains(
            "A: emulator:room (room); B: emulator:mesh (mesh); 3 round(s) each",
        ))
        .stdout(contains("delivery.p99"));
}

#[test]
fn a_fault_on_one_side_shows_as_losses_on_that_side_only() {
    let home = Home::new();
    // A fresh faulty server (its fault plan counts every signal it relays)
    // behind the profile `faulty` for each comparison.
    let run = |extra: &[&str]| {
        let faulty = Emulator::room(&home, &["--fault", "drop:4", "--fault", "drop:40"]);
        home.cmd()
            .args(faulty.target())
            .args(["profile", "add", "faulty"])
            .assert()
            .success();
        home.cmd()
            .args(["--json", "compare", "--a", "emulator:room", "--b", "faulty"])
            .args(["--pairs", "4", "--iterations", "4", "--rounds", "2"])
            .args(["--timeout", "2s"])
            .args(extra)
            .output()
            .unwrap()
    };
    let out = run(&[]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("faulty round 1: lost==0"));
    let doc = json_of(&out);
    check(&doc);
    assert_eq!(doc["passed"], false);
    // The faulty server drops its 4th and 40th relayed signal, one in each
    // round of 4 pairs × 4 iterations × 2 signals.
    assert_eq!(sum(&doc, "a", "sent"), 64);
    assert_eq!(sum(&doc, "a", "lost"), 0);
    assert_eq!(sum(&doc, "b", "lost"), 2);
    for r in doc["b"]["rounds"].as_array().unwrap() {
        assert_eq!(r["summary"]["counters"]["lost"], 1);
    }
    let lost = row(&doc, "lost");
    assert_eq!(
        (lost["a"].as_f64(), lost["b"].as_f64()),
        (Some(0.0), Some(2.0))
    );
    assert_eq!(lost["verdict"], "b_higher");
    for r in doc["a"]["rounds"].as_array().unwrap() {
        assert_eq!(r["summary"]["passed"], true);
    }
    // Losses allowed, a threshold on the difference decides.
    let ok = run(&["--allow-loss", "--threshold", "diff.lost<=2"]);
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let doc = json_of(&ok);
    assert_eq!(doc["thresholds"][0]["actual"], 2.0);
    let fail = run(&["--allow-loss", "--threshold", "diff.lost<2"]);
    assert_eq!(fail.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&fail.stderr).contains("diff.lost<2"));
}

#[test]
fn thresholds_on_either_side_or_the_difference_decide_the_exit_code() {
    let home = Home::new();
    let run = |thresholds: &[&str]| {
        let mut cmd = home.cmd();
        cmd.args([
            "-q",
            "compare",
            "--a",
            "emulator:room",
            "--b",
            "emulator:room",
        ])
        .args(["--pairs", "2", "--iterations", "2", "--rounds", "1"]);
        for t in thresholds {
            cmd.args(["--threshold", t]);
        }
        cmd.assert()
    };
    run(&["a.delivered==8", "b.delivered==8", "diff.delivered==0"]).code(0);
    run(&["b.delivery.p99<1000s", "diff.flow.max<1000s"]).code(0);
    run(&["diff.delivered!=0"])
        .code(3)
        .stderr(contains("diff.delivered!=0"));
    run(&["b.delivery.p99>1000s"]).code(3);
    run(&["a.sent==7"]).code(3).stderr(contains("a.sent==7"));
}

#[test]
fn bad_comparisons_are_usage_errors() {
    let home = Home::new();
    let compare = |args: &[&str]| {
        let mut cmd = home.cmd();
        cmd.arg("compare").args(args);
        cmd.assert()
    };
    let ab = ["--a", "emulator:room", "--b", "emulator:mesh"];
    // A threshold must say its side; a difference is not a percentage.
    compare(&[&ab[..], &["--threshold", "lost==0"]].concat())
        .code(2)
        .stderr(contains("a.lost==0, b.lost==0 or diff.lost==0"));
    compare(&[&ab[..], &["--threshold", "diff.errors<1%"]].concat())
        .code(2)
        .stderr(contains("not of percentages"));
    // An unknown backend, profile, or a side missing.
    compare(&["--a", "emulator:nope", "--b", "emulator:room"])
        .code(2)
        .stderr(contains("nope"));
    compare(&["--a", "nobody", "--b", "emulator:room"])
        .code(2)
        .stderr(contains("no profile named 'nobody'"));
    compare(&["--a", "emulator:room"]).code(2);
    // Global target flags and options belong to a side.
    home.cmd()
        .args(["--backend", "room", "compare"])
        .args(ab)
        .assert()
        .code(2)
        .stderr(contains("--a and --b"));
    home.cmd()
        .args(["--option", "mesh.group-path=true", "compare"])
        .args(ab)
        .assert()
        .code(2)
        .stderr(contains("--a-option"));
    // Sides whose default flows differ need one named.
    compare(&[
        "--a",
        "emulator:socketio",
        "--b",
        "emulator:room",
        "--rounds",
        "1",
    ])
    .code(2)
    .stderr(contains("give --flow"));
    // Saved results: files that are not results, rounds that do not pair,
    // workload options that would not run.
    let dir = home.dir.path();
    let junk = dir.join("junk.json");
    std::fs::write(&junk, "{}").unwrap();
    let j = junk.to_str().unwrap();
    compare(&[j]).code(2).stderr(contains("not a comparison"));
    compare(&[j, j]).code(2);
    compare(&[j, j, "--pairs", "3"])
        .code(2)
        .stderr(contains("--pairs: comparing saved results runs nothing"));
    let one = dir.join("one.json");
    let two = dir.join("two.ndjson");
    home.cmd()
        .args([
            "-q",
            "loadtest",
            "--pairs",
            "1",
            "--iterations",
            "1",
            "--save",
        ])
        .arg(&one)
        .assert()
        .success();
    let line = serde_json::to_string(
        &serde_json::from_slice::<Value>(&std::fs::read(&one).unwrap()).unwrap(),
    )
    .unwrap();
    std::fs::write(&two, format!("{line}\n{line}\n")).unwrap();
    compare(&[one.to_str().unwrap(), two.to_str().unwrap()])
        .code(2)
        .stderr(contains("holds 1 rounds"));
    // The same file on both sides is a valid (empty) comparison.
    compare(&[one.to_str().unwrap(), one.to_str().unwrap()])
        .code(0)
        .stdout(contains("one round"));
}
