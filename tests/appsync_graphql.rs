//! Backend `appsync-graphql` and `appsync graphql` against the real npm
//! simulator (@aws-amplify/amplify-appsync-simulator) and against
//! `serve appsync-graphql`: delivery, AppSync's filtering rule, both ways of
//! authorizing the connection, bad inputs, reconnects, load.

mod common;

use common::ws::{Ws, next, open_appsync};
use common::{Bg, Emulator, Home, node, replay_passes, validate};
use futures_util::SinkExt;
use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

const KEY: &str = "da2-graphqltestkeygraphqltest";
const ON_B: &str = r#"subscription { onSignal(to: "b") { from to action data __typename } }"#;

/// The simulator, running the Signal schema with API key `KEY`.
struct Simulator {
    _bg: Bg,
    url: String,
}

impl Simulator {
    fn start() -> Simulator {
        let mut cmd = node::script("appsync-simulator.cjs");
        cmd.arg(KEY);
        let mut bg = Bg::spawn(cmd);
        let url = bg.wait_json(|v| v["url"].is_string())["url"]
            .as_str()
            .unwrap()
            .to_owned();
        Simulator { _bg: bg, url }
    }

    /// The simulator reads the connection's auth from the query string only.
    fn target(&self) -> Vec<String> {
        [
            "--backend",
            "appsync-graphql",
            "--http-url",
            &self.url,
            "--option",
            &format!("appsync.api-key={KEY}"),
            "--option",
            "appsync.auth-in-query=true",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }
}

fn emulator(home: &Home, extra: &[&str]) -> Emulator {
    let mut args = vec!["--api-key", KEY];
    args.extend_from_slice(extra);
    Emulator::start(home, "appsync-graphql", &args)
}

fn key_target(emu: &Emulator) -> Vec<String> {
    let mut t = emu.target();
    t.extend(["--option".into(), format!("appsync.api-key={KEY}")]);
    t
}

fn mutate(home: &Home, target: &[String], to: &str, data: &str, selection: &str) {
    let q = format!(
        r#"mutation {{ sendSignal(to: "{to}", action: "note", data: "{data}") {{ {selection} }} }}"#
    );
    home.cmd()
        .args(target)
        .args(["--json", "appsync", "graphql", "mutate", "--query", &q])
        .assert()
        .success()
        .stdout(contains("\"sendSignal\""));
}

/// `appsync graphql subscribe` to `onSignal(to: "b")` until `count` payloads.
fn subscriber(home: &Home, target: &[String], extra: &[&str], count: u32) -> Bg {
    let mut cmd = home.std_cmd();
    cmd.args(target)
        .args(["--json", "appsync", "graphql", "subscribe", "--query", ON_B])
        .args(["--count", &count.to_string(), "--for", "60s"])
        .args(extra);
    let mut bg = Bg::spawn(cmd);
    bg.wait_json(|v| v["status"] == "subscribed");
    bg
}

fn payloads(bg: Bg) -> Vec<Value> {
    let (status, lines, err) = bg.finish();
    assert!(status.success(), "{err}");
    let lines = Bg::json_lines(&lines);
    for l in &lines {
        validate("appsync-graphql-line.json", l);
    }
    lines
        .into_iter()
        .filter(|l| l.get("data").is_some())
        .map(|l| l["data"]["onSignal"].clone())
        .collect()
}

#[test]
fn subscribe_and_mutate_deliver_through_the_real_simulator() {
    let home = Home::new();
    let sim = Simulator::start();
    let target = sim.target();
    let sub = subscriber(&home, &target, &[], 1);
    mutate(&home, &target, "b", "hello", "from to action data");
    let got = payloads(sub);
    assert_eq!(got[0]["to"], "b");
    assert_eq!(got[0]["data"], "hello");
    assert_eq!(got[0]["__typename"], "Signal");
}

#[test]
fn a_server_that_reads_only_the_query_form_is_connected_with_it() {
    // Without --option appsync.auth-in-query the client offers the
    // subprotocol form first; the simulator closes (1002) before acking.
    let home = Home::new();
    let sim = Simulator::start();
    let target: Vec<String> = sim.target()[..6].to_vec();
    assert!(!target.iter().any(|a| a.contains("auth-in-query")));
    let mut cmd = home.std_cmd();
    cmd.args(&target)
        .args(["--json", "appsync", "graphql", "subscribe", "--query", ON_B])
        .args(["--count", "1", "--for", "60s"]);
    let mut sub = Bg::spawn(cmd);
    sub.wait_json(|v| v["status"] == "subscribed");
    mutate(&home, &target, "b", "hello", "from to action data");
    let (status, lines, err) = sub.finish();
    assert!(status.success(), "{err}");
    assert!(err.contains("appsync.auth-in-query=true"), "{err}");
    assert!(lines.iter().any(|l| l.contains("hello")), "{lines:?}");
    let report = replay_passes(&home, &target, "offer-answer");
    assert_eq!(report["backend"], "appsync-graphql");
}

#[test]
fn every_builtin_flow_replays_against_the_real_simulator() {
    // The simulator delivers every sendSignal to every onSignal subscriber;
    // the client's own `to` filter is what keeps the flows apart.
    let home = Home::new();
    let sim = Simulator::start();
    for flow in ["offer-answer", "trickle", "glare", "ice-restart"] {
        let report = replay_passes(&home, &sim.target(), flow);
        assert_eq!(report["backend"], "appsync-graphql");
    }
}

#[test]
fn flows_replay_with_an_api_key_and_with_query_auth() {
    // With Cognito users, every built-in flow: tests/conformance.rs.
    let home = Home::new();
    let emu = emulator(&home, &[]);
    replay_passes(&home, &key_target(&emu), "trickle");
    let mut in_query = key_target(&emu);
    in_query.extend(["--option".into(), "appsync.auth-in-query=true".into()]);
    replay_passes(&home, &in_query, "glare");
}

#[test]
fn the_emulator_filters_as_appsync_does() {
    let home = Home::new();
    let emu = emulator(&home, &[]);
    for extra in [&[][..], &["--auth-in-query"][..]] {
        let target = key_target(&emu);
        let sub = subscriber(&home, &target, extra, 2);
        // Another recipient; a mutation that does not select `to`: neither
        // reaches the subscriber to "b".
        mutate(&home, &target, "c", "for-c", "from to action data");
        mutate(&home, &target, "b", "unselected", "from action data");
        // Selected without `data`: the subscriber gets data null.
        mutate(&home, &target, "b", "partial", "to action");
        mutate(&home, &target, "b", "whole", "from to action data");
        let got = payloads(sub);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0]["to"], "b");
        assert_eq!(got[0]["data"], Value::Null);
        assert_eq!(got[0]["from"], Value::Null);
        assert_eq!(got[1]["data"], "whole");
        assert_eq!(got[1]["from"], "api-key");
    }
}

#[test]
fn queries_mutations_and_their_errors_have_exit_codes() {
    let home = Home::new();
    let emu = emulator(&home, &[]);
    let target = key_target(&emu);
    let run = |t: &[String], q: &str| {
        let mut cmd = home.cmd();
        cmd.args(t)
            .args(["appsync", "graphql", "query", "--query", q]);
        cmd.assert()
    };
    run(&target, "{ getSignal(id: 1) { to } }")
        .success()
        .stdout(contains("getSignal"));
    // GraphQL errors come with HTTP 200: exit 3, the message printed.
    run(&target, "{ nope }")
        .code(3)
        .stdout(contains("Field 'nope' in type 'Query' is undefined"));
    run(&target, "mutation { sendSignal(to: \"b\") { to } }")
        .code(3)
        .stdout(contains("Missing field argument action"));
    // A wrong key: HTTP 401, exit 4. Variables that are not an object: 2.
    let mut wrong = emu.target();
    wrong.extend(["--option".into(), "appsync.api-key=da2-wrong".into()]);
    run(&wrong, "{ __typename }")
        .code(4)
        .stderr(contains("UnauthorizedException"));
    home.cmd()
        .args(&target)
        .args(["appsync", "graphql", "query", "--query", "{ __typename }"])
        .args(["--variables", "[1]"])
        .assert()
        .code(2);
    // Variables reach the operation; --json prints the response.
    let out = home
        .cmd()
        .args(&target)
        .args(["--json", "appsync", "graphql", "mutate"])
        .args([
            "--query",
            "mutation S($to: String!) { sendSignal(to: $to, action: \"a\", data: \"d\") { to } }",
        ])
        .args(["--variables", r#"{"to": "zed"}"#])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    validate("appsync-graphql-response.json", &v);
    assert_eq!(v["data"]["sendSignal"]["to"], "zed");
    let out = home
        .cmd()
        .args(&target)
        .args([
            "--json", "appsync", "graphql", "query", "--query", "{ nope }",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    validate(
        "appsync-graphql-response.json",
        &serde_json::from_slice(&out.stdout).unwrap(),
    );
}

/// A raw real-time connection authorized with the API key, acknowledged.
async fn raw(emu: &Emulator) -> Ws {
    let auth = json!({"host": emu.http().trim_start_matches("http://"), "x-api-key": KEY});
    let (mut ws, selected) = open_appsync(emu.ws(), "graphql-ws", &auth).await;
    assert_eq!(selected, "graphql-ws");
    ws.send(Message::text(r#"{"type":"connection_init"}"#))
        .await
        .unwrap();
    let ack = next(&mut ws).await;
    assert_eq!(
        ack,
        json!({"type": "connection_ack", "payload": {"connectionTimeoutMs": 300000}})
    );
    ws
}

/// The next frame that is not a `ka`.
async fn next_real(ws: &mut Ws) -> Value {
    loop {
        let v = next(ws).await;
        if v["type"] != "ka" {
            return v;
        }
    }
}

fn start(id: &str, query: &str, auth: &Value) -> String {
    let data = json!({"query": query, "variables": {}}).to_string();
    json!({"id": id, "type": "start", "payload": {"data": data, "extensions": {"authorization": auth}}}).to_string()
}

fn error(id: Option<&str>, kind: &str, message: &str) -> Value {
    let mut v =
        json!({"type": "error", "payload": {"errors": [{"errorType": kind, "message": message}]}});
    if let Some(id) = id {
        v["id"] = id.into();
    }
    v
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_bad_input_gets_its_error_frame_and_others_go_on() {
    let home = Home::new();
    let emu = emulator(&home, &["--ka-interval", "300ms"]);
    let host = emu.http().trim_start_matches("http://").to_owned();
    let auth = json!({"host": host, "x-api-key": KEY});
    let wrong = json!({"host": host, "x-api-key": "da2-wrong"});
    // A witness subscribed to "b" on its own connection.
    let mut witness = raw(&emu).await;
    witness
        .send(Message::text(start("w", ON_B, &auth)))
        .await
        .unwrap();
    assert_eq!(
        next(&mut witness).await,
        json!({"type": "start_ack", "id": "w"})
    );
    let mut ws = raw(&emu).await;
    let bad = "BadRequestException";
    let cases: Vec<(String, Value)> = vec![
        ("{nope".into(), error(None, bad, "Invalid JSON")),
        (
            r#"{"type":"dance","id":"d"}"#.into(),
            error(Some("d"), bad, "Unknown message type"),
        ),
        (
            json!({"type": "start", "payload": {}}).to_string(),
            error(None, bad, "id is required"),
        ),
        (
            json!({"id": "s", "type": "start", "payload": {"data": {"query": ON_B}}}).to_string(),
            error(
                Some("s"),
                bad,
                "payload.data must be a string holding the request",
            ),
        ),
        (
            start("s", "subscription { onSignal(to: \"b\") { to }", &auth),
            error(
                Some("s"),
                "MalformedHttpRequestException",
                "Invalid Syntax : query parse error: Parse error at 1:41\nUnexpected end of input\nExpected }",
            ),
        ),
        (
            start("s", "subscription { onNothing { to } }", &auth),
            error(
                Some("s"),
                "ValidationError",
                "Validation error of type FieldUndefined: Field 'onNothing' in type 'Subscription' is undefined @ 'onNothing'",
            ),
        ),
        (
            start(
                "s",
                "mutation { sendSignal(to: \"b\", action: \"a\", data: \"d\") { to } }",
                &auth,
            ),
            error(
                Some("s"),
                bad,
                "only subscriptions run over the real-time endpoint",
            ),
        ),
        (
            start("s", ON_B, &wrong),
            error(
                Some("s"),
                "UnauthorizedException",
                "You are not authorized to make this call.",
            ),
        ),
        (
            json!({"type": "stop", "id": "never"}).to_string(),
            error(
                Some("never"),
                "UnknownOperationError",
                "Unknown operation id",
            ),
        ),
    ];
    for (frame, expect) in cases {
        ws.send(Message::text(frame.clone())).await.unwrap();
        let got = next_real(&mut ws).await;
        if expect["payload"]["errors"][0]["errorType"] == "MalformedHttpRequestException" {
            // The parser's wording is its own; the type and prefix are ours.
            assert_eq!(got["type"], "error");
            assert_eq!(
                got["payload"]["errors"][0]["errorType"],
                "MalformedHttpRequestException"
            );
            assert!(
                got["payload"]["errors"][0]["message"]
                    .as_str()
                    .unwrap()
                    .starts_with("Invalid Syntax")
            );
        } else {
            assert_eq!(got, expect, "{frame}");
        }
    }
    // A duplicate id while running; 100 subscriptions, then one more; stop
    // answered with complete.
    for i in 0..100 {
        ws.send(Message::text(start(&format!("s{i}"), ON_B, &auth)))
            .await
            .unwrap();
        assert_eq!(next_real(&mut ws).await["type"], "start_ack");
    }
    ws.send(Message::text(start("s0", ON_B, &auth)))
        .await
        .unwrap();
    assert_eq!(
        next_real(&mut ws).await,
        error(
            Some("s0"),
            "DuplicatedOperationError",
            "an operation with this id is already running"
        )
    );
    ws.send(Message::text(start("s100", ON_B, &auth)))
        .await
        .unwrap();
    assert_eq!(
        next_real(&mut ws).await,
        error(
            Some("s100"),
            "LimitExceededException",
            "Too many subscriptions on this connection"
        )
    );
    ws.send(Message::text(
        json!({"type": "stop", "id": "s5"}).to_string(),
    ))
    .await
    .unwrap();
    assert_eq!(
        next_real(&mut ws).await,
        json!({"type": "complete", "id": "s5"})
    );
    // The witness still receives, and ka frames keep coming.
    mutate(
        &home,
        &key_target(&emu),
        "b",
        "still-here",
        "from to action data",
    );
    let mut seen_ka = false;
    loop {
        let v = next(&mut witness).await;
        if v["type"] == "ka" {
            seen_ka = true;
            continue;
        }
        assert_eq!(v["type"], "data");
        assert_eq!(v["payload"]["data"]["onSignal"]["data"], "still-here");
        break;
    }
    if !seen_ka {
        assert_eq!(next(&mut witness).await["type"], "ka");
    }
    // Over 240 KB: the subscriber is not sent it; the next one arrives.
    // (Posted directly: too long for a command line.)
    let big = json!({
        "query": "mutation S($d: String!) { sendSignal(to: \"b\", action: \"big\", data: $d) { from to action data } }",
        "variables": {"d": "x".repeat(241 * 1024)},
    });
    let posted = reqwest::Client::new()
        .post(format!("{}/graphql", emu.http()))
        .header("x-api-key", KEY)
        .json(&big)
        .send()
        .await
        .unwrap();
    assert!(posted.status().is_success());
    mutate(
        &home,
        &key_target(&emu),
        "b",
        "after-big",
        "from to action data",
    );
    let v = next_real(&mut witness).await;
    assert_eq!(v["payload"]["data"]["onSignal"]["data"], "after-big");
}

#[test]
fn a_wrong_key_at_connect_gets_connection_error() {
    let home = Home::new();
    let emu = emulator(&home, &[]);
    for extra in [&[][..], &["--auth-in-query"][..]] {
        home.cmd()
            .args(emu.target())
            .args(["--option", "appsync.api-key=da2-wrong"])
            .args([
                "appsync",
                "graphql",
                "subscribe",
                "--query",
                ON_B,
                "--count",
                "1",
            ])
            .args(extra)
            .assert()
            .code(4)
            .stderr(contains("connection_error").and(contains("UnauthorizedException")));
    }
}

#[test]
fn iam_signs_the_connection_every_start_and_every_mutation() {
    let home = Home::new();
    let emu = emulator(
        &home,
        &[
            "--auth-mode",
            "iam",
            "--iam-key",
            "AKIDGRAPHQL:graphql-secret",
        ],
    );
    let mut target = emu.target();
    target.extend(["--option".into(), "appsync.auth=iam".into()]);
    let with_keys = |secret: &str| {
        let mut cmd = home.cmd();
        cmd.env("AWS_ACCESS_KEY_ID", "AKIDGRAPHQL")
            .env("AWS_SECRET_ACCESS_KEY", secret)
            .env("AWS_REGION", "us-east-1")
            .env("AWS_EC2_METADATA_DISABLED", "true")
            .env_remove("AWS_SESSION_TOKEN")
            .env_remove("AWS_PROFILE")
            .args(&target);
        cmd
    };
    let out = with_keys("graphql-secret")
        .args(["--json", "replay", "--flow", "trickle"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    with_keys("wrong")
        .args(["appsync", "graphql", "query", "--query", "{ __typename }"])
        .assert()
        .code(4);
    with_keys("wrong")
        .args([
            "appsync",
            "graphql",
            "subscribe",
            "--query",
            ON_B,
            "--count",
            "1",
        ])
        .assert()
        .code(4);
}

#[test]
fn subscribe_reconnects_and_restarts_after_the_server_drops_it() {
    let home = Home::new();
    let emu = emulator(&home, &["--max-duration", "3s"]);
    let target = key_target(&emu);
    let mut sub = subscriber(&home, &target, &[], 2);
    mutate(&home, &target, "b", "one", "from to action data");
    sub.wait_json(|v| v["data"]["onSignal"]["data"] == "one");
    sub.wait_json(|v| v["status"] == "reconnected");
    mutate(&home, &target, "b", "two", "from to action data");
    let (status, lines, err) = sub.finish();
    assert!(status.success(), "{err}");
    assert!(
        Bg::json_lines(&lines)
            .iter()
            .any(|v| v["data"]["onSignal"]["data"] == "two"),
        "{lines:?}"
    );
}

#[test]
fn lambda_and_oidc_tokens_authorize_queries_and_subscriptions() {
    let home = Home::new();
    let emu = Emulator::start(
        &home,
        "appsync-graphql",
        &[
            "--auth-mode",
            "lambda",
            "--auth-mode",
            "oidc",
            "--lambda-token",
            "let-me-in",
        ],
    );
    let run = |extra: &[&str], args: &[&str]| {
        let mut cmd = home.cmd();
        cmd.args(emu.target()).args(extra).args(args);
        cmd.assert()
    };
    let query = ["appsync", "graphql", "query", "--query", "{ __typename }"];
    let lambda = [
        "--option",
        "appsync.auth=lambda",
        "--option",
        "appsync.token=let-me-in",
    ];
    run(&lambda, &query).success();
    run(
        &[
            "--option",
            "appsync.auth=lambda",
            "--option",
            "appsync.token=nope",
        ],
        &query,
    )
    .code(4);
    // A subscription with the Lambda token: started (and stopped by --for).
    run(
        &lambda,
        &[
            "appsync",
            "graphql",
            "subscribe",
            "--query",
            ON_B,
            "--for",
            "1s",
        ],
    )
    .success()
    .stdout(contains("subscribed"));
    // OIDC: the signed-in user's token.
    home.cmd()
        .args(emu.target())
        .args(["auth", "anonymous"])
        .assert()
        .success();
    run(&["--option", "appsync.auth=oidc"], &query).success();
    run(
        &[
            "--option",
            "appsync.auth=oidc",
            "--option",
            "appsync.token=e30.e30.sig",
        ],
        &query,
    )
    .code(4);
    // An API key is not among this API's modes.
    run(&["--option", "appsync.api-key=da2-x"], &query).code(4);
}

#[test]
fn a_deployment_schema_file_adds_fields_and_filters() {
    let home = Home::new();
    let file = home.dir.path().join("schema.graphql");
    std::fs::write(
        &file,
        r#"
        type Signal { from: String! to: String! action: String! data: String! room: String }
        type Query { getSignal(id: ID!): Signal }
        type Mutation { sendSignal(to: String!, action: String!, data: String!, room: String): Signal }
        type Subscription {
          onSignal(to: String!, room: String): Signal @aws_subscribe(mutations: ["sendSignal"])
        }
        "#,
    )
    .unwrap();
    let emu = emulator(&home, &["--schema", file.to_str().unwrap()]);
    let target = key_target(&emu);
    let mut cmd = home.std_cmd();
    cmd.args(&target).args([
        "--json",
        "appsync",
        "graphql",
        "subscribe",
        "--query",
        r#"subscription { onSignal(to: "b", room: "r1") { to room data } }"#,
        "--count",
        "1",
        "--for",
        "60s",
    ]);
    let mut sub = Bg::spawn(cmd);
    sub.wait_json(|v| v["status"] == "subscribed");
    for room in ["r2", "r1"] {
        let q = format!(
            r#"mutation {{ sendSignal(to: "b", action: "a", data: "{room}", room: "{room}") {{ to room data }} }}"#
        );
        home.cmd()
            .args(&target)
            .args(["appsync", "graphql", "mutate", "--query", &q])
            .assert()
            .success();
    }
    let got = {
        let (status, lines, err) = sub.finish();
        assert!(status.success(), "{err}");
        Bg::json_lines(&lines)
    };
    let data: Vec<&Value> = got.iter().filter(|l| l.get("data").is_some()).collect();
    assert_eq!(data.len(), 1, "{got:?}");
    assert_eq!(data[0]["data"]["onSignal"]["room"], "r1");
    // The built-in flows still run on it.
    replay_passes(&home, &target, "offer-answer");
    // A schema without the signaling contract: a usage error naming it.
    std::fs::write(&file, "type Query { version: String }").unwrap();
    home.cmd()
        .args(["serve", "appsync-graphql", "--port", "0", "--schema"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(contains("Mutation.sendSignal"));
}

/// The real-time handshake. AWS documents the `graphql-ws` subprotocol
/// with the authorization object in a `header-` subprotocol or in the
/// `header` query parameter, and `connection_init` as optional. Where the
/// docs are silent the emulator chooses: an upgrade is never refused (a
/// missing `graphql-ws` is not selected, not refused), and a connection
/// without a usable authorization object gets `connection_error` for its
/// first frame, then is closed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_real_time_handshake() {
    use base64::Engine;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let home = Home::new();
    let emu = emulator(&home, &[]);
    let host = emu.http().trim_start_matches("http://").to_owned();
    let auth = json!({"host": host, "x-api-key": KEY});
    let b64 = |v: &Value| base64::engine::general_purpose::STANDARD.encode(v.to_string());
    let query_form = |v: &Value| format!("{}?header={}&payload=e30=", emu.ws(), b64(v));
    let init = r#"{"type":"connection_init"}"#;
    let ack = json!({"type": "connection_ack", "payload": {"connectionTimeoutMs": 300000}});
    // The query form, no subprotocol at all.
    let (mut ws, _) = tokio_tungstenite::connect_async(query_form(&auth))
        .await
        .unwrap();
    ws.send(Message::text(init)).await.unwrap();
    assert_eq!(next(&mut ws).await, ack);
    // `connection_init` is optional: a start is acknowledged without it.
    let (mut ws, selected) = open_appsync(emu.ws(), "graphql-ws", &auth).await;
    assert_eq!(selected, "graphql-ws");
    ws.send(Message::text(start("s1", ON_B, &auth)))
        .await
        .unwrap();
    assert_eq!(
        next_real(&mut ws).await,
        json!({"type": "start_ack", "id": "s1"})
    );
    // Without a usable authorization object: no key, a header that is not
    // base64, not JSON, or of another key.
    let unauthorized = json!({"type": "connection_error", "payload": {"errors": [{"errorType": "UnauthorizedException", "message": "You are not authorized to make this call."}]}});
    for url in [
        emu.ws().to_owned(),
        format!("{}?header=%%%&payload=e30=", emu.ws()),
        format!(
            "{}?header={}&payload=e30=",
            emu.ws(),
            base64::engine::general_purpose::STANDARD.encode("{not json")
        ),
        query_form(&json!({"host": host, "x-api-key": "da2-wrong"})),
    ] {
        let (mut ws, _) = tokio_tungstenite::connect_async(&url).await.unwrap();
        ws.send(Message::text(init)).await.unwrap();
        assert_eq!(next(&mut ws).await, unauthorized, "{url}");
        // Then a close frame without a code.
        assert_eq!(common::ws::close_code(&mut ws).await, None, "{url}");
    }
    // Another subprotocol only: the upgrade succeeds and selects none (a
    // client that insists on its own then gives up).
    let mut tcp = tokio::net::TcpStream::connect(&host).await.unwrap();
    let path = &emu.ws()["ws://".len() + host.len()..];
    let request = format!(
        "GET {path}?header={}&payload=e30= HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n",
        b64(&auth)
    );
    tcp.write_all(request.as_bytes()).await.unwrap();
    let mut head = Vec::new();
    let mut buf = [0u8; 512];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = tokio::time::timeout(common::WAIT, tcp.read(&mut buf))
            .await
            .unwrap()
            .unwrap();
        assert!(n > 0, "closed");
        head.extend_from_slice(&buf[..n]);
    }
    let head = String::from_utf8_lossy(&head).to_lowercase();
    assert!(head.starts_with("http/1.1 101"), "{head}");
    assert!(!head.contains("sec-websocket-protocol"), "{head}");
}
