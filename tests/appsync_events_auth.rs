//! AppSync Events authorization and transport: the official JavaScript
//! client over TLS, IAM (SigV4), Lambda and OIDC modes, per-namespace modes
//! and the own-channel rule, against `serve appsync-events`.

mod common;

use common::ws::{Ws, next, open_appsync};
use common::{Bg, Emulator, Home, node};
use futures_util::SinkExt;
use predicates::str::contains;
use serde_json::{Value, json};
use signal_cli::backend::appsync::sigv4;
use std::time::SystemTime;
use tokio_tungstenite::tungstenite::Message;

const KEY: &str = "da2-amplifytestkeyamplifytestk";
const AKID: &str = "AKIDSIGNALCLITEST";
const SECRET: &str = "test/secret/key+for+signal-cli";

#[test]
fn the_official_amplify_client_connects_over_tls_publishes_and_subscribes() {
    let home = Home::new();
    let cert = home.dir.path().join("emulator.pem");
    let emu = Emulator::start(
        &home,
        "appsync-events",
        &["--api-key", KEY, "--write-cert", cert.to_str().unwrap()],
    );
    assert_eq!(emu.info["tls_cert"], cert.to_str().unwrap());
    let https = emu.info["https_url"].as_str().unwrap();
    let mut cmd = node::script("appsync-events-client.cjs");
    cmd.env("NODE_EXTRA_CA_CERTS", &cert)
        .args([&format!("{https}/event"), KEY, "/calls/amplify"]);
    let (status, lines, err) = Bg::spawn(cmd).finish();
    let steps = Bg::json_lines(&lines);
    assert!(status.success(), "{steps:?}\n{err}");
    let step = |name: &str| -> Vec<&Value> { steps.iter().filter(|s| s["step"] == name).collect() };
    assert_eq!(step("connected").len(), 1, "{steps:?}");
    assert_eq!(step("subscribed").len(), 1, "{steps:?}");
    // Its own two events, one over the WebSocket and one over HTTP, each in
    // its own data frame.
    let events = step("event");
    let via: Vec<&Value> = events.iter().map(|e| &e["data"]["event"]["via"]).collect();
    assert_eq!(via.len(), 2, "{steps:?}");
    assert!(via.contains(&&json!("websocket")) && via.contains(&&json!("http")));
    // A wrong key: the HTTP publish is refused (401, named by the error
    // type header), and so is a subscription.
    let post = step("wrong-key-post");
    assert_eq!(post[0]["ok"], false, "{steps:?}");
    assert_eq!(post[0]["name"], "UnauthorizedException");
    let sub = step("wrong-key-subscribe");
    assert_eq!(sub[0]["ok"], false, "{steps:?}");
    assert!(
        sub[0]["message"]
            .as_str()
            .unwrap()
            .contains("UnauthorizedException"),
        "{steps:?}"
    );
    assert_eq!(step("done")[0]["received"], 2);
}

#[test]
fn signal_cli_speaks_tls_and_plain_on_the_same_port() {
    let home = Home::new();
    let emu = Emulator::start(&home, "appsync-events", &["--api-key", KEY]);
    let https = emu.info["https_url"].as_str().unwrap();
    let over = |url: &str, extra: &[&str], via_http: bool| {
        let mut cmd = home.cmd();
        cmd.args(["--backend", "appsync-events", "--http-url", url])
            .args(["--option", &format!("appsync.api-key={KEY}")])
            .args(extra)
            .args(["appsync", "events", "publish", "/calls/tls", "{}"]);
        if via_http {
            cmd.arg("--http");
        }
        cmd.assert()
    };
    for via_http in [false, true] {
        over(emu.http(), &[], via_http).success();
        over(https, &["--insecure"], via_http).success();
        // The self-signed certificate is not trusted without --insecure.
        over(https, &[], via_http)
            .code(5)
            .stderr(contains("certificate"));
    }
}

fn iam_target(emu: &Emulator) -> Vec<String> {
    let mut t = emu.target();
    t.extend(["--option".into(), "appsync.auth=iam".into()]);
    t
}

/// `cmd` with AWS credentials in the environment (and nothing else AWS).
fn with_keys(mut cmd: assert_cmd::Command, id: &str, secret: &str) -> assert_cmd::Command {
    cmd.env("AWS_ACCESS_KEY_ID", id)
        .env("AWS_SECRET_ACCESS_KEY", secret)
        .env("AWS_REGION", "eu-west-1")
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env_remove("AWS_SESSION_TOKEN")
        .env_remove("AWS_PROFILE");
    cmd
}

#[test]
fn iam_signatures_are_checked_against_the_configured_keys() {
    let home = Home::new();
    let emu = Emulator::start(
        &home,
        "appsync-events",
        &[
            "--auth-mode",
            "iam",
            "--iam-key",
            &format!("{AKID}:{SECRET}"),
        ],
    );
    let target = iam_target(&emu);
    // Publish over the WebSocket and over HTTP, and a whole replay.
    for extra in [&[][..], &["--http"][..]] {
        with_keys(home.cmd(), AKID, SECRET)
            .args(&target)
            .args(["appsync", "events", "publish", "/calls/iam", "{}"])
            .args(extra)
            .assert()
            .success();
    }
    let out = with_keys(home.cmd(), AKID, SECRET)
        .args(&target)
        .args(["--json", "replay", "--flow", "trickle"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The wrong secret, an unknown key, no credentials at all: exit 4.
    for (id, secret) in [(AKID, "wrong"), ("AKIDUNKNOWN", SECRET)] {
        for extra in [&[][..], &["--http"][..]] {
            with_keys(home.cmd(), id, secret)
                .args(&target)
                .args(["appsync", "events", "publish", "/calls/iam", "{}"])
                .args(extra)
                .assert()
                .code(4)
                .stderr(contains("UnauthorizedException"));
        }
    }
    home.cmd()
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_CONFIG_FILE", home.dir.path().join("none"))
        .env("AWS_SHARED_CREDENTIALS_FILE", home.dir.path().join("none"))
        .args(&target)
        .args(["appsync", "events", "publish", "/calls/iam", "{}"])
        .assert()
        .code(4)
        .stderr(contains("AWS credentials"));
    // API keys are not among this API's modes.
    home.cmd()
        .args(emu.target())
        .args(["--option", "appsync.api-key=da2-x"])
        .args(["appsync", "events", "publish", "/calls/iam", "{}"])
        .assert()
        .code(4);
}

/// A raw connection authorized by `auth`, acknowledged.
async fn raw(emu: &Emulator, auth: &Value) -> Ws {
    let (mut ws, _) = open_appsync(emu.ws(), "aws-appsync-event-ws", auth).await;
    ws.send(Message::text(r#"{"type":"connection_init"}"#))
        .await
        .unwrap();
    assert_eq!(next(&mut ws).await["type"], "connection_ack");
    // The first keep-alive follows the ack at once.
    assert_eq!(next(&mut ws).await["type"], "ka");
    ws
}

fn unauthorized(frame_type: &str, id: &str) -> Value {
    json!({"type": frame_type, "id": id, "errors": [{"errorType": "UnauthorizedException", "message": "You are not authorized to make this call."}]})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tampered_signature_gets_the_unauthorized_frame_and_others_go_on() {
    let home = Home::new();
    let emu = Emulator::start(
        &home,
        "appsync-events",
        &[
            "--auth-mode",
            "iam",
            "--iam-key",
            &format!("{AKID}:{SECRET}"),
        ],
    );
    let creds = aws_credential_types::Credentials::new(AKID, SECRET, None, None, "test");
    let host = emu.http().trim_start_matches("http://").to_owned();
    let sign = |body: &str| {
        Value::Object(
            sigv4::sign_headers(
                &creds,
                "us-east-1",
                SystemTime::now(),
                &host,
                "/event",
                body,
            )
            .unwrap(),
        )
    };
    let mut ws = raw(&emu, &sign("{}")).await;
    let body = |c: &str| json!({"channel": c}).to_string();
    // Signed for its own body: accepted.
    let good = json!({"type": "subscribe", "id": "ok", "channel": "/calls/a", "authorization": sign(&body("/calls/a"))});
    ws.send(Message::text(good.to_string())).await.unwrap();
    assert_eq!(
        next(&mut ws).await,
        json!({"type": "subscribe_success", "id": "ok"})
    );
    // One changed hex digit of the signature; a signature of another
    // channel's body (a replayed header object).
    let mut tampered = sign(&body("/calls/b"));
    let h = tampered["Authorization"].as_str().unwrap().to_owned();
    let last = if h.ends_with('a') { "b" } else { "a" };
    tampered["Authorization"] = format!("{}{last}", &h[..h.len() - 1]).into();
    for (id, auth) in [("t1", tampered), ("t2", sign(&body("/calls/other")))] {
        let f =
            json!({"type": "subscribe", "id": id, "channel": "/calls/b", "authorization": auth});
        ws.send(Message::text(f.to_string())).await.unwrap();
        assert_eq!(next(&mut ws).await, unauthorized("subscribe_error", id));
    }
    // The connection still works: a signed publish reaches the first
    // subscription.
    let events = vec![r#"{"n":1}"#.to_owned()];
    let pbody = json!({"channel": "/calls/a", "events": events}).to_string();
    let publish = json!({"type": "publish", "id": "p", "channel": "/calls/a", "events": events, "authorization": sign(&pbody)});
    ws.send(Message::text(publish.to_string())).await.unwrap();
    let mut seen = [next(&mut ws).await, next(&mut ws).await];
    seen.sort_by_key(|v| v["type"].as_str().unwrap_or_default().to_owned());
    assert_eq!(seen[0]["type"], "data");
    assert_eq!(seen[0]["event"], r#"{"n":1}"#);
    assert_eq!(seen[1]["type"], "publish_success");
    // A tampered connection signature: connection_error.
    let mut bad = sign("{}");
    bad["x-amz-date"] = "20200101T000000Z".into();
    let (mut ws2, _) = open_appsync(emu.ws(), "aws-appsync-event-ws", &bad).await;
    ws2.send(Message::text(r#"{"type":"connection_init"}"#))
        .await
        .unwrap();
    assert_eq!(
        next(&mut ws2).await,
        json!({"type": "connection_error", "errors": [{"errorType": "UnauthorizedException", "message": "You are not authorized to make this call."}]})
    );
}

#[test]
fn lambda_and_oidc_tokens_are_checked() {
    let home = Home::new();
    let emu = Emulator::start(
        &home,
        "appsync-events",
        &[
            "--auth-mode",
            "lambda",
            "--auth-mode",
            "oidc",
            "--lambda-token",
            "let-me-in",
        ],
    );
    let publish = |extra: &[&str]| {
        let mut cmd = home.cmd();
        cmd.args(emu.target())
            .args(extra)
            .args(["appsync", "events", "publish", "/calls/t", "{}"]);
        cmd.assert()
    };
    publish(&[
        "--option",
        "appsync.auth=lambda",
        "--option",
        "appsync.token=let-me-in",
    ])
    .success();
    publish(&[
        "--option",
        "appsync.auth=lambda",
        "--option",
        "appsync.token=nope",
    ])
    .code(4)
    .stderr(contains("UnauthorizedException"));
    publish(&["--option", "appsync.auth=lambda"]).code(2);
    // OIDC: the signed-in user's token (here the emulator's anonymous
    // sign-in), or a given one.
    publish(&["--option", "appsync.auth=oidc"])
        .code(4)
        .stderr(contains("auth anonymous"));
    home.cmd()
        .args(emu.target())
        .args(["auth", "anonymous"])
        .assert()
        .success();
    publish(&["--option", "appsync.auth=oidc"]).success();
    publish(&[
        "--option",
        "appsync.auth=oidc",
        "--option",
        "appsync.token=e30.e30.sig",
    ])
    .code(4)
    .stderr(contains("UnauthorizedException"));
    // API keys and Cognito are not this API's modes.
    publish(&["--option", "appsync.api-key=da2-x"]).code(4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn namespaces_have_their_own_modes_and_the_own_channel_rule() {
    let home = Home::new();
    let emu = Emulator::start(
        &home,
        "appsync-events",
        &[
            "--api-key",
            KEY,
            "--namespace",
            "calls",
            "--namespace",
            "users=cognito",
            "--own-channel",
            "users",
            "--namespace",
            "secure=iam",
            "--iam-key",
            &format!("{AKID}:{SECRET}"),
        ],
    );
    assert_eq!(emu.info["namespaces"]["users"], json!(["cognito"]));
    let out = home
        .cmd()
        .args(emu.target())
        .args(["--json", "auth", "anonymous", "--show-token"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = home
        .cmd()
        .args(emu.target())
        .args(["--json", "auth", "whoami", "--show-token"])
        .output()
        .unwrap();
    let me: Value = serde_json::from_slice(&out.stdout).unwrap();
    let sub = me["claims"]["sub"].as_str().unwrap().to_owned();
    let id_token = me["id_token"].as_str().unwrap().to_owned();
    let host = emu.http().trim_start_matches("http://");
    let key = json!({"host": host, "x-api-key": KEY});
    let user = json!({"host": host, "Authorization": id_token});
    let mut ws = raw(&emu, &key).await;
    let cases = [
        // The API key passes on calls, not on users (Cognito only).
        ("s1", "/calls/x", &key, true),
        ("s2", &format!("/users/{sub}") as &str, &key, false),
        // A user: its own channel, not another's, not a wildcard.
        ("s3", &format!("/users/{sub}"), &user, true),
        ("s4", &format!("/users/{sub}/inbox"), &user, true),
        ("s5", "/users/someone-else", &user, false),
        ("s6", "/users/*", &user, false),
        // IAM only: neither a key nor a user token.
        ("s7", "/secure/x", &key, false),
        ("s8", "/secure/x", &user, false),
    ];
    for (id, channel, auth, ok) in cases {
        let f = json!({"type": "subscribe", "id": id, "channel": channel, "authorization": auth});
        ws.send(Message::text(f.to_string())).await.unwrap();
        let expect = if ok {
            json!({"type": "subscribe_success", "id": id})
        } else {
            unauthorized("subscribe_error", id)
        };
        assert_eq!(next(&mut ws).await, expect, "{channel}");
    }
    // The IAM namespace with a signature (over HTTP: IAM is not among
    // this API's connection modes).
    with_keys(home.cmd(), AKID, SECRET)
        .args(iam_target(&emu))
        .args(["appsync", "events", "publish", "--http", "/secure/x", "{}"])
        .assert()
        .success();
}

fn bad_request(frame_type: &str, id: Option<&str>, message: &str) -> Value {
    let mut v = json!({"type": frame_type, "errors": [{"errorType": "BadRequestException", "message": message}]});
    if let Some(id) = id {
        v["id"] = id.into();
    }
    v
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_bad_input_gets_its_exact_error_frame_on_a_connection_that_stays_open() {
    let home = Home::new();
    let emu = Emulator::start(&home, "appsync-events", &["--api-key", KEY]);
    let auth = json!({"host": emu.http().trim_start_matches("http://"), "x-api-key": KEY});
    let wrong = json!({"host": "h", "x-api-key": "da2-wrong"});
    let mut ws = raw(&emu, &auth).await;
    let publish = |channel: &str, events: Value, a: &Value| {
        json!({"type": "publish", "id": "p", "channel": channel, "events": events, "authorization": a}).to_string()
    };
    let subscribe = |id: &str, channel: &str, a: &Value| {
        json!({"type": "subscribe", "id": id, "channel": channel, "authorization": a}).to_string()
    };
    let bad_publish = |m: &str| bad_request("publish_error", Some("p"), m);
    let cases: Vec<(String, Value)> = vec![
        ("{not json".into(), bad_request("error", None, "Invalid JSON")),
        (
            r#"{"type":"dance","id":"d"}"#.into(),
            bad_request("error", Some("d"), "Unknown message type"),
        ),
        (
            json!({"type": "publish", "channel": "/calls/a", "events": ["{}"], "authorization": auth}).to_string(),
            bad_request("publish_error", None, "id is required"),
        ),
        (
            publish("/nope/a", json!(["{}"]), &auth),
            bad_publish("Namespace not found"),
        ),
        (
            publish("/calls/a/b/c/d/e", json!(["{}"]), &auth),
            bad_publish("Invalid Channel Format"),
        ),
        (
            publish("/calls/*", json!(["{}"]), &auth),
            bad_publish("Invalid Channel Format"),
        ),
        (
            publish("/calls/a", json!([]), &auth),
            bad_publish("A publish carries 1 to 5 events"),
        ),
        (
            publish("/calls/a", json!(["1", "2", "3", "4", "5", "6"]), &auth),
            bad_publish("A publish carries 1 to 5 events"),
        ),
        (
            publish("/calls/a", json!([{"a": 1}]), &auth),
            bad_publish("Each event must be a string holding JSON"),
        ),
        (
            publish("/calls/a", json!(["{}"]), &wrong),
            unauthorized("publish_error", "p"),
        ),
        (
            subscribe("s", "/calls/a", &wrong),
            unauthorized("subscribe_error", "s"),
        ),
        (
            subscribe("s", "/calls/a/b/c/d/e/f", &auth),
            bad_request("subscribe_error", Some("s"), "Invalid Channel Format"),
        ),
        (
            json!({"type": "unsubscribe", "id": "nope"}).to_string(),
            bad_request("unsubscribe_error", Some("nope"), "Unknown subscription id"),
        ),
    ];
    for (frame, expect) in cases {
        ws.send(Message::text(frame.clone())).await.unwrap();
        assert_eq!(next(&mut ws).await, expect, "{frame}");
    }
    // A duplicate id, then 100 subscriptions and one more.
    ws.send(Message::text(subscribe("s0", "/calls/a", &auth)))
        .await
        .unwrap();
    assert_eq!(next(&mut ws).await["type"], "subscribe_success");
    ws.send(Message::text(subscribe("s0", "/calls/b", &auth)))
        .await
        .unwrap();
    assert_eq!(
        next(&mut ws).await,
        bad_request("subscribe_error", Some("s0"), "Duplicate subscription id")
    );
    for i in 1..100 {
        ws.send(Message::text(subscribe(
            &format!("s{i}"),
            "/calls/a",
            &auth,
        )))
        .await
        .unwrap();
        assert_eq!(next(&mut ws).await["type"], "subscribe_success");
    }
    ws.send(Message::text(subscribe("s100", "/calls/a", &auth)))
        .await
        .unwrap();
    assert_eq!(
        next(&mut ws).await,
        json!({"type": "subscribe_error", "id": "s100", "errors": [{"errorType": "LimitExceededException", "message": "Too many subscriptions on this connection"}]})
    );
    // An event over 240 KB fails alone; the one beside it is published.
    let big = format!(r#"{{"pad":"{}"}}"#, "x".repeat(240 * 1024));
    ws.send(Message::text(publish(
        "/calls/z",
        json!(["{}", big]),
        &auth,
    )))
    .await
    .unwrap();
    let v = next(&mut ws).await;
    assert_eq!(v["type"], "publish_success");
    assert_eq!(v["successful"][0]["index"], 0);
    assert_eq!(v["failed"][0]["index"], 1);
    assert_eq!(v["failed"][0]["errorCode"], 400);
    assert_eq!(v["failed"][0]["errorMessage"], "Event exceeds 240 KB");
}

#[test]
fn bad_emulator_settings_are_usage_errors() {
    let home = Home::new();
    for (flags, message) in [
        (&["--auth-mode", "basic"][..], "unknown AppSync auth mode"),
        (&["--iam-key", "no-colon"][..], "ACCESS_KEY_ID:SECRET"),
        (
            &["--namespace", "bad_name"][..],
            "not a valid namespace name",
        ),
        (
            &["--namespace", "calls=psk"][..],
            "unknown AppSync auth mode",
        ),
        (&["--own-channel", "nowhere"][..], "no such namespace"),
    ] {
        home.cmd()
            .args(["serve", "appsync-events", "--port", "0"])
            .args(flags)
            .assert()
            .code(2)
            .stderr(contains(message));
    }
    // A real-time URL that does not parse, with the query form of auth.
    home.cmd()
        .args([
            "--backend",
            "appsync-graphql",
            "--http-url",
            "http://127.0.0.1:9",
        ])
        .args(["--ws-url", "not a url", "--option", "appsync.api-key=k"])
        .args(["appsync", "graphql", "subscribe", "--auth-in-query"])
        .args(["--query", "subscription { onSignal(to: \"b\") { to } }"])
        .assert()
        .code(2);
}
