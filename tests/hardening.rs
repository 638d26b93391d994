//! Bad inputs refused before anything is sent (exit 2, saying why), and the
//! token cache and profiles kept private.

mod common;

use common::{Emulator, Home};
use predicates::str::contains;

#[test]
fn malformed_target_urls_are_usage_errors() {
    let home = Home::new();
    for url in ["notaurl", "ftp://example.test/x", "http://"] {
        for cmd in [
            &["room", "create"][..],
            &["replay", "--flow", "offer-answer"][..],
            &["loadtest", "--pairs", "1"][..],
        ] {
            home.cmd()
                .args(["--http-url", url, "--id-token", "x.y.z"])
                .args(cmd)
                .assert()
                .code(2)
                .stderr(contains("--http-url"));
        }
    }
    home.cmd()
        .args(["--ws-url", "mailto:someone", "replay"])
        .assert()
        .code(2)
        .stderr(contains("--ws-url"));
}

#[test]
fn unreadable_scripts_and_flow_files_are_usage_errors() {
    let home = Home::new();
    let missing = home.dir.path().join("missing.jsonl");
    let missing = missing.to_str().unwrap();
    home.cmd()
        .args(["replay", missing])
        .assert()
        .code(2)
        .stderr(contains("cannot read"));
    home.cmd()
        .args(["loadtest", missing])
        .assert()
        .code(2)
        .stderr(contains("cannot read"));
    home.cmd()
        .args([
            "--id-token",
            "x.y.z",
            "peer",
            "connect",
            "--script",
            missing,
        ])
        .args(["--room", "r", "--token", "t"])
        .assert()
        .code(2)
        .stderr(contains("cannot read"));
}

#[test]
fn sizes_and_counts_past_what_a_signal_carries_are_refused() {
    let home = Home::new();
    for size in ["1000001", "1000000000", "18446744073709551615"] {
        home.cmd()
            .args(["replay", "--size", size])
            .assert()
            .code(2)
            .stderr(contains("at most 1000000"));
        home.cmd()
            .args(["loadtest", "--size", size])
            .assert()
            .code(2)
            .stderr(contains("at most 1000000"));
    }
    for cmd in ["replay", "loadtest", "compare"] {
        let mut c = home.cmd();
        c.arg(cmd);
        if cmd == "compare" {
            c.args(["--a", "emulator:room", "--b", "emulator:mesh"]);
        }
        c.args(["--flow", "trickle", "--candidates", "100000"])
            .assert()
            .code(2)
            .stderr(contains("--candidates 100000: at most 1000 each way"));
    }
    home.cmd()
        .args(["--id-token", "x.y.z", "peer", "connect", "--room", "r"])
        .args(["--token", "t", "--send", "offer:b:5000000000"])
        .assert()
        .code(2)
        .stderr(contains("at most 1000000"));
    // The cap itself is accepted.
    home.cmd()
        .args(["replay", "--size", "1000000", "--print"])
        .assert()
        .success();
}

#[test]
fn flow_files_with_absurd_or_incomplete_steps_are_refused() {
    let home = Home::new();
    for (line, why) in [
        (
            r#"{"from":"a","to":"b","kind":"event"}"#,
            "an event needs its name",
        ),
        (
            r#"{"from":"a","to":"b","kind":"event","name":""}"#,
            "an event needs its name",
        ),
        (
            r#"{"at_ms":99999999999,"from":"a","to":"b","kind":"offer"}"#,
            "more than a day",
        ),
        (
            r#"{"from":"a","to":"b","kind":"offer","size":2000000000}"#,
            "at most 1000000",
        ),
    ] {
        let file = home.dir.path().join("flow.jsonl");
        std::fs::write(&file, format!("{line}\n")).unwrap();
        home.cmd()
            .args(["replay", file.to_str().unwrap(), "--print"])
            .assert()
            .code(2)
            .stderr(contains(why));
    }
    // The schema says the same.
    let event = serde_json::json!({"from": "a", "to": "b", "kind": "event", "name": "hangup"});
    common::validate("flow-step.json", &event);
    for bad in [
        serde_json::json!({"from": "a", "to": "b", "kind": "event"}),
        serde_json::json!({"from": "a", "to": "b", "kind": "event", "name": ""}),
    ] {
        common::schema_refuses("flow-step.json", &bad);
    }
}

#[test]
fn removing_a_profile_removes_its_tokens() {
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    home.cmd()
        .args(["--http-url", emu.http(), "--ws-url", emu.ws()])
        .args(["profile", "add", "p"])
        .assert()
        .success();
    home.cmd()
        .args(["--profile", "p", "auth", "anonymous"])
        .assert()
        .success();
    let tokens = home.cache_dir().join("signal-cli/tokens/p.json");
    assert!(tokens.exists());
    home.cmd()
        .args(["profile", "remove", "p"])
        .assert()
        .success()
        .stdout(contains("cached tokens"));
    assert!(!tokens.exists(), "the tokens outlived their profile");
}

#[test]
fn passwords_in_urls_are_never_printed() {
    let home = Home::new();
    let url = "http://user:s3cr3t-pw@127.0.0.1:9/api";
    home.cmd()
        .args([
            "--http-url",
            url,
            "--ws-url",
            "ws://user:s3cr3t-pw@127.0.0.1:9",
        ])
        .args(["profile", "add", "p"])
        .assert()
        .success();
    for args in [
        &["profile", "list"][..],
        &["profile", "show", "p"][..],
        &["--json", "profile", "show", "p"][..],
    ] {
        let out = home.cmd().args(args).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(!text.contains("s3cr3t-pw"), "{args:?}: {text}");
    }
    // Nor in the error of an unreachable target.
    let out = home
        .cmd()
        .args(["--profile", "p", "auth", "anonymous"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("s3cr3t-pw"), "{err}");
    assert!(err.contains("127.0.0.1:9"), "{err}");

    // Nor in what a server's refusal says: a 401, a 404, an AppSync error.
    let emu = Emulator::room(&home, &[]);
    let with_password = |url: &str| url.replacen("://", "://user:s3cr3t-pw@", 1);
    let room = with_password(emu.http());
    let gql = Emulator::start(&home, "appsync-graphql", &["--api-key", "da2-right"]);
    let gql_url = with_password(gql.http());
    let nowhere = format!("{room}/nowhere");
    let cases: [(Vec<&str>, i32); 3] = [
        (
            vec!["--http-url", &room, "--id-token", "a.b.c", "room", "create"],
            4,
        ),
        (vec!["--http-url", &nowhere, "auth", "anonymous"], 1),
        (
            vec![
                "--backend",
                "appsync-graphql",
                "--http-url",
                &gql_url,
                "--option",
                "appsync.api-key=da2-wrong",
                "appsync",
                "graphql",
                "query",
                "--query",
                "{ __typename }",
            ],
            4,
        ),
    ];
    for (args, code) in cases {
        let out = home.cmd().args(&args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
        assert!(!err.contains("s3cr3t-pw"), "{args:?}: {err}");
        assert!(err.contains("user:…@127.0.0.1"), "{args:?}: {err}");
    }
}

#[cfg(unix)]
#[test]
fn the_cache_and_config_stay_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    // A shell with umask 000 runs the commands.
    let cli = common::bin();
    let script = format!(
        "umask 000 && '{cli}' --http-url '{}' profile add p && '{cli}' --profile p auth anonymous",
        emu.http()
    );
    let mut sh = home.std_cmd();
    let status = std::process::Command::new("sh")
        .args(["-c", &script])
        .envs(
            sh.get_envs()
                .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned()))),
        )
        .env_remove("SIGNAL_CLI_PROFILE")
        .status()
        .unwrap();
    let _ = &mut sh;
    assert!(status.success());
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let cache = home.cache_dir().join("signal-cli");
    let config = home.dir.path().join("config/signal-cli");
    assert_eq!(mode(&cache), 0o700, "{}", cache.display());
    assert_eq!(mode(&cache.join("tokens")), 0o700);
    assert_eq!(mode(&config), 0o700, "{}", config.display());
    let token = cache.join("tokens/p.json");
    assert_eq!(mode(&token), 0o600);
    // A token file someone opened to others is closed again, with a warning.
    std::fs::set_permissions(&token, std::fs::Permissions::from_mode(0o644)).unwrap();
    home.cmd()
        .args(["--profile", "p", "auth", "whoami"])
        .assert()
        .success()
        .stderr(contains("readable by others"));
    assert_eq!(mode(&token), 0o600);
}

#[test]
fn absurd_durations_and_rates_are_refused() {
    let home = Home::new();
    for (args, why) in [
        (&["loadtest", "--duration", "1y"][..], "more than a day"),
        (&["loadtest", "--hold", "2days"][..], "more than a day"),
        (
            &["loadtest", "--rate", "0", "--duration", "10s"][..],
            "--rate 0",
        ),
        (
            &["loadtest", "--stage", "23h:10", "--stage", "2h:10"][..],
            "more than a day",
        ),
        (&["--timeout", "0s", "replay"][..], "--timeout 0s"),
        (&["--timeout", "0s", "loadtest"][..], "--timeout 0s"),
    ] {
        home.cmd().args(args).assert().code(2).stderr(contains(why));
    }
}

#[test]
fn a_cached_anonymous_identity_is_not_presented_to_another_target() {
    let home = Home::new();
    let a = Emulator::room(&home, &[]);
    let b = Emulator::room(&home, &[]);
    home.cmd()
        .args(a.target())
        .args(["auth", "anonymous"])
        .assert()
        .success();
    let signed_at_a = home.cached("default");
    // Against the other emulator the cached token would be refused (signed
    // by a key it does not know): signed in anonymously there instead.
    home.cmd()
        .args(b.target())
        .args(["room", "create"])
        .assert()
        .success()
        .stderr(contains("signed in anonymously at"));
    let now = home.cached("default");
    assert_ne!(now["id_token"], signed_at_a["id_token"]);
    assert_eq!(now["issued_by"], b.http());
    // And back: the same again, quietly with -q.
    home.cmd()
        .args(a.target())
        .args(["-q", "room", "create"])
        .assert()
        .success()
        .stderr("");
}

/// Two room emulators, and an anonymous identity signed in at the first
/// but cached as if the second had issued it (as after a restart: same URL,
/// new keys); also the cache file and what it holds.
fn cached_identity_of_a_restarted_emulator() -> (
    Home,
    Emulator,
    Emulator,
    std::path::PathBuf,
    serde_json::Value,
) {
    let home = Home::new();
    let a = Emulator::room(&home, &[]);
    let b = Emulator::room(&home, &[]);
    home.cmd()
        .args(a.target())
        .args(["auth", "anonymous"])
        .assert()
        .success();
    let file = home.cache_dir().join("signal-cli/tokens/default.json");
    let mut cached = home.cached("default");
    cached["issued_by"] = b.http().into();
    std::fs::write(&file, cached.to_string()).unwrap();
    (home, a, b, file, cached)
}

#[test]
fn a_refused_cached_anonymous_identity_is_replaced_once() {
    let (home, _a, b, file, cached) = cached_identity_of_a_restarted_emulator();
    home.cmd()
        .args(b.target())
        .args(["room", "create"])
        .assert()
        .success()
        .stderr(contains("refused the cached anonymous identity"));
    assert_ne!(home.cached("default")["id_token"], cached["id_token"]);
    // The same for peer connect's registration.
    let fresh = home.cached("default");
    let mut stale = fresh.clone();
    stale["id_token"] = cached["id_token"].clone();
    std::fs::write(&file, stale.to_string()).unwrap();
    let room: serde_json::Value = serde_json::from_slice(
        &home
            .cmd()
            .args(b.target())
            .args(["--id-token", fresh["id_token"].as_str().unwrap()])
            .args(["--json", "room", "create"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    home.cmd()
        .args(b.target())
        .args([
            "peer",
            "connect",
            "--room",
            room["room_id"].as_str().unwrap(),
        ])
        .args(["--token", room["token"].as_str().unwrap()])
        .assert()
        .success()
        .stderr(contains("refused the cached anonymous identity"));
    // A token given on the command line is never replaced.
    home.cmd()
        .args(b.target())
        .args(["--id-token", cached["id_token"].as_str().unwrap()])
        .args(["room", "create"])
        .assert()
        .code(4);
}

#[test]
fn replay_and_loadtest_sign_in_afresh_instead_of_a_cached_anonymous_identity() {
    let (home, _a, b, _, _) = cached_identity_of_a_restarted_emulator();
    home.cmd()
        .args(b.target())
        .args(["replay", "--flow", "offer-answer"])
        .assert()
        .success();
    home.cmd()
        .args(b.target())
        .args(["loadtest", "--pairs", "2", "--iterations", "2"])
        .assert()
        .success();
}
