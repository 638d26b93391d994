//! `signal-cli compare`: one workload against two targets in alternating
//! rounds, the comparison document, saved results compared again, and the
//! verdicts.

mod common;

use common::{Emulator, Home, validate};
use predicates::str::contains;
use serde_json::Value;
use signal_cli::backend::meter::Billed;
use std::collections::BTreeMap;
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
    assert_eq!(again["cost"], doc["cost"]);

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
    let files = json_of(&files);
    assert_eq!(files["rows"], doc["rows"]);
    assert_eq!(files["cost"]["a"], doc["cost"]["a"]);

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

/// One quantity of a side's operations, summed over its rounds.
fn ops(doc: &Value, side: &str, key: &str) -> f64 {
    doc[side]["rounds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["summary"]["operations"][key]
                .as_f64()
                .unwrap_or_else(|| panic!("{side}: no operation {key}: {}", r["summary"]))
        })
        .sum()
}

/// `a` is the hand-computed `b`, but for floating-point rounding.
#[track_caller]
fn close(a: &Value, b: f64) {
    let a = a.as_f64().unwrap_or_else(|| panic!("not a number: {a}"));
    assert!((a - b).abs() <= 1e-9 * b.abs().max(1e-6), "{a} vs {b}");
}

#[test]
fn operations_are_counted_in_each_provider_s_units_and_priced_by_the_file() {
    let home = Home::new();
    // API Gateway + Lambda (the mesh's Lambda flavour) against AppSync
    // GraphQL: 3 pairs × 2 offer/answer flows × 2 rounds, 6,000-byte SDPs
    // (one 32 KB API Gateway increment, two 5 KB AppSync increments).
    let out = home
        .cmd()
        // No mesh heartbeat (a re-join, one more message) within the run.
        .args([
            "--keepalive",
            "1h",
            "--json",
            "compare",
            "--a",
            "emulator:mesh",
        ])
        .args(["--a-option", "mesh.flavour=apigw"])
        .args(["--b", "emulator:appsync-graphql", "--flow", "offer-answer"])
        .args(["--pairs", "3", "--iterations", "2", "--rounds", "2"])
        .args(["--size", "6000", "--monthly-flows", "1000000"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = json_of(&out);
    check(&doc);
    let (sessions, flows, signals) = (3.0 * 2.0 * 2.0, 3.0 * 2.0 * 2.0, 3.0 * 2.0 * 2.0 * 2.0);
    for side in ["a", "b"] {
        assert_eq!(ops(&doc, side, "connections"), sessions);
        assert_eq!(sum(&doc, side, "delivered") as f64, signals);
        assert_eq!(doc["cost"][side]["flows"], flows);
    }
    // API Gateway bills every message each way (none over 32 KB here), and
    // Lambda runs once per message in and per $connect and $disconnect.
    let (sent, received) = (
        ops(&doc, "a", "messages_sent"),
        ops(&doc, "a", "messages_received"),
    );
    // In: each session's join and the ack it relays to itself, and each
    // signal; out, as well, the mesh's presence frames.
    assert_eq!(sent, 2.0 * sessions + signals);
    assert!(received >= sessions + signals, "{received}");
    assert_eq!(ops(&doc, "a", "apigw.messages"), sent + received);
    assert_eq!(ops(&doc, "a", "lambda.requests"), 4.0 * sessions + signals);
    assert!(ops(&doc, "a", "apigw.connection_minutes") > 0.0);
    // AppSync: a mutation per signal; real-time updates for each
    // connection's connect and start, and two 5 KB increments for each
    // signal delivered.
    assert_eq!(ops(&doc, "b", "appsync_graphql.operations"), signals);
    assert_eq!(
        ops(&doc, "b", "appsync_graphql.realtime_updates"),
        2.0 * sessions + 2.0 * signals
    );
    assert_eq!(doc["a"]["rounds"][0]["summary"]["self_hosted"], false);

    // The cost is the pricing file's, by hand.
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("pricing/aws.toml"))
            .unwrap();
    let pricing: toml::Table = toml::from_str(&text).unwrap();
    // A TOML number: 1_000_000 is an integer, 1.00 a float.
    let num = |v: &toml::Value| {
        v.as_float()
            .or_else(|| v.as_integer().map(|i| i as f64))
            .unwrap()
    };
    let price = |key: &str| {
        let p = &pricing["price"][key];
        num(&p["price"]) / num(&p["per"])
    };
    let each = num(&pricing["price"]["lambda.gb_seconds"]["each"]);
    let a_run = ops(&doc, "a", "apigw.messages") * price("apigw.messages")
        + ops(&doc, "a", "apigw.connection_minutes") * price("apigw.connection_minutes")
        + ops(&doc, "a", "lambda.requests") * price("lambda.requests")
        + ops(&doc, "a", "lambda.requests") * each * price("lambda.gb_seconds");
    let b_run = ops(&doc, "b", "appsync_graphql.operations") * price("appsync_graphql.operations")
        + ops(&doc, "b", "appsync_graphql.realtime_updates")
            * price("appsync_graphql.realtime_updates")
        + ops(&doc, "b", "appsync.connection_minutes") * price("appsync.connection_minutes");
    for (side, run) in [("a", a_run), ("b", b_run)] {
        let c = &doc["cost"][side];
        close(&c["cost_per_1000_flows"], run / flows * 1000.0);
        close(&c["cost_per_million"], run / signals * 1e6);
        close(&c["monthly"], run / flows * 1e6);
        assert_eq!(c["self_hosted"], false);
        assert_eq!(c["unpriced"], serde_json::json!([]));
    }
    close(
        &row(&doc, "cost_per_million")["diff"],
        (b_run - a_run) / signals * 1e6,
    );
    // The free tier comes off the monthly figure only: a month of a
    // million flows' mutations, less 250,000 free.
    let line = doc["cost"]["b"]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["key"] == "appsync_graphql.operations")
        .unwrap();
    let month = ops(&doc, "b", "appsync_graphql.operations") / flows * 1e6;
    close(
        &line["monthly"],
        month * price("appsync_graphql.operations"),
    );
    close(
        &line["monthly_after_free_tier"],
        (month - 250_000.0) * price("appsync_graphql.operations"),
    );
    assert_eq!(line["source"], "https://aws.amazon.com/appsync/pricing/");

    // The table names the prices and what dominates each bill.
    let saved = home.dir.path().join("cmp.json");
    std::fs::write(&saved, &out.stdout).unwrap();
    home.cmd()
        .args(["compare"])
        .arg(&saved)
        .args(["--monthly-flows", "1000000"])
        .assert()
        .success()
        .stdout(contains("cost: AWS us-east-1 prices in USD"))
        .stdout(contains("most of it: apigw.messages"))
        .stdout(contains("B appsync_graphql.realtime_updates"));
    // Cost thresholds on a side or the difference; exit 3 when one fails.
    let again = |t: &str| {
        let mut cmd = home.cmd();
        cmd.args(["-q", "compare"])
            .arg(&saved)
            .args(["--threshold", t]);
        cmd.assert()
    };
    again("b.cost_per_million<1000").code(0);
    again(&format!(
        "diff.cost_per_1000_flows>{}",
        (b_run - a_run) / flows * 1000.0 * 2.0
    ))
    .code(3)
    .stderr(contains("diff.cost_per_1000_flows"));
    // No monthly volume: no monthly cost, and a threshold on it fails.
    again("a.monthly_cost<1000").code(3);
    // Another pricing file prices it again.
    let cheap = home.dir.path().join("cheap.toml");
    std::fs::write(
        &cheap,
        text.replace("price = 4.00", "price = 0.00")
            .replace("price = 2.00", "price = 0.00")
            .replace("price = 0.08", "price = 0.00"),
    )
    .unwrap();
    let priced = home
        .cmd()
        .args(["--json", "compare"])
        .arg(&saved)
        .arg("--pricing")
        .arg(&cheap)
        .output()
        .unwrap();
    let priced = json_of(&priced);
    check(&priced);
    close(&priced["cost"]["b"]["cost_per_1000_flows"], 0.0);
    assert_eq!(priced["cost"]["pricing"], cheap.display().to_string());
}

#[test]
fn a_fault_on_one_emulator_side_is_that_side_s_loss_only() {
    let home = Home::new();
    let out = home
        .cmd()
        .args([
            "--json",
            "compare",
            "--a",
            "emulator:room",
            "--b",
            "emulator:room",
        ])
        .args(["--b-fault", "drop:3", "--pairs", "2", "--iterations", "2"])
        .args(["--rounds", "1", "--timeout", "2s", "--allow-loss"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = json_of(&out);
    check(&doc);
    assert_eq!((sum(&doc, "a", "lost"), sum(&doc, "b", "lost")), (0, 1));
    // A self-hosted side costs its machine, and per signal only with a
    // monthly volume.
    assert_eq!(doc["cost"]["a"]["self_hosted"], true);
    assert!(doc["cost"]["a"]["fixed_monthly"].as_f64().unwrap() > 0.0);
    assert_eq!(doc["cost"]["a"]["cost_per_million"], Value::Null);
    // Faults are an emulator's: a profile side refuses them.
    let server = Emulator::room(&home, &[]);
    home.cmd()
        .args(server.target())
        .args(["profile", "add", "real"])
        .assert()
        .success();
    home.cmd()
        .args(["compare", "--a", "real", "--b", "emulator:room"])
        .args(["--a-fault", "drop:1", "--rounds", "1"])
        .assert()
        .code(2)
        .stderr(contains("--a-fault: faults are injected by an emulator"));
    home.cmd()
        .args(["compare", "--a", "emulator:room", "--b", "emulator:room"])
        .args(["--b-fault", "lose:1"])
        .assert()
        .code(2)
        .stderr(contains("--fault 'lose:1'"));
}

#[test]
fn bad_cost_options_are_usage_errors() {
    let home = Home::new();
    let compare = |args: &[&str]| {
        let mut cmd = home.cmd();
        cmd.args(["compare", "--a", "emulator:room", "--b", "emulator:room"])
            .args(args);
        cmd.assert()
    };
    compare(&["--pricing", "/nonexistent/p.toml"])
        .code(2)
        .stderr(contains("cannot read /nonexistent/p.toml"));
    let bad = home.dir.path().join("bad.toml");
    std::fs::write(&bad, "name = \"x\"\n").unwrap();
    compare(&["--pricing", bad.to_str().unwrap()])
        .code(2)
        .stderr(contains("is not a pricing file"));
    compare(&["--monthly-flows", "0"]).code(2);
    compare(&["--monthly-flows", "lots"]).code(2);
    compare(&["--flows-per-user-per-day", "3"]).code(2);
    compare(&["--threshold", "b.cost_per_million<cheap"])
        .code(2)
        .stderr(contains("expected cost_per_million OP AMOUNT"));
    compare(&["--threshold", "diff.monthly_cost<5%"])
        .code(2)
        .stderr(contains("not a percentage"));
}

#[test]
fn every_backend_s_billed_quantities_have_a_price() {
    let pricing = signal_cli::load::cost::Pricing::built_in().expect("the built-in pricing");
    let priced = |b: Billed| {
        signal_cli::load::cost::INFORMATIONAL.contains(&b.key())
            || pricing.price.contains_key(b.key())
    };
    for b in Billed::ALL {
        assert!(priced(b), "{} has no price in pricing/aws.toml", b.key());
    }
    let mut flavours = vec![];
    for reg in signal_cli::backend::REGISTRY {
        let mut options = vec![BTreeMap::new()];
        if reg.options.contains(&"mesh.flavour") {
            options = ["node", "apigw"]
                .iter()
                .map(|f| [("mesh.flavour".to_owned(), f.to_string())].into())
                .collect();
        }
        for options in options {
            let target = signal_cli::config::Target {
                profile: "t".into(),
                backend: reg.name.into(),
                http_url: Some("http://127.0.0.1:9".into()),
                ws_url: Some("ws://127.0.0.1:9".into()),
                insecure: false,
                timeout: std::time::Duration::from_secs(1),
                keepalive: None,
                cognito: Default::default(),
                options,
            };
            let client = (reg.client)(&target).expect("a client");
            let t = client.meter().tariff();
            for b in t.billed {
                assert!(priced(*b), "{}: {} has no price", reg.name, b.key());
            }
            assert!(t.self_hosted || !t.billed.is_empty(), "{}", reg.name);
            flavours.push((reg.name, t.self_hosted));
        }
    }
    // Both kinds are there: servers teams run, and managed services.
    assert!(flavours.iter().any(|f| f.1) && flavours.iter().any(|f| !f.1));
}

#[test]
fn socket_io_to_appsync_events_counts_events_operations_and_prices_the_machine() {
    let home = Home::new();
    // 2 pairs × 2 calls (ring, accept, end: three signals each), one round.
    let out = home
        .cmd()
        .args(["--json", "compare", "--a", "emulator:socketio"])
        .args(["--b", "emulator:appsync-events", "--flow", "call"])
        .args(["--pairs", "2", "--iterations", "2", "--rounds", "1"])
        .args(["--users", "100", "--flows-per-user-per-day", "5"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = json_of(&out);
    check(&doc);
    let (sessions, flows, signals) = (4.0, 4.0, 12.0);
    assert_eq!(sum(&doc, "b", "delivered") as f64, signals);
    // Events: each session's connect and subscribe, each signal's publish
    // and delivery.
    assert_eq!(
        ops(&doc, "b", "appsync_events.operations"),
        2.0 * sessions + 2.0 * signals
    );
    assert_eq!(ops(&doc, "a", "connections"), sessions);
    // Socket.IO is a server of one's own: its machine, whatever the load,
    // spread over the month's signals (100 users × 5 calls × 30 days).
    let a = &doc["cost"]["a"];
    assert_eq!(a["self_hosted"], true);
    assert_eq!(a["lines"], serde_json::json!([]));
    let machine = a["fixed_monthly"].as_f64().unwrap();
    close(&a["fixed_monthly"], 0.0208 * 730.0);
    let month_signals = signals / flows * 100.0 * 5.0 * 30.0;
    close(&a["cost_per_million"], machine / month_signals * 1e6);
    // Both sign their users in: 100 monthly active users, inside the free
    // 10,000.
    for side in ["a", "b"] {
        close(&doc["cost"][side]["users_monthly"], 100.0 * 0.015);
        close(&doc["cost"][side]["users_monthly_after_free_tier"], 0.0);
    }
    close(
        &doc["cost"]["b"]["cost_per_1000_flows"],
        (ops(&doc, "b", "appsync_events.operations") * 1.00
            + ops(&doc, "b", "appsync.connection_minutes") * 0.08)
            / 1e6
            / flows
            * 1000.0,
    );
    assert_eq!(doc["cost"]["volume"]["monthly_flows"], 15_000.0);
}
