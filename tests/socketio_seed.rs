//! `serve socketio --server pantherkolab` answers as PantherKolab's
//! Socket.IO server (server.ts and src/lib/socket/ at 6f1fbec) was
//! observed to answer on loopback, packet by packet, over a raw Engine.IO
//! v4 WebSocket. One test per behaviour. Tokens come from a pool of the
//! test's own, so that access tokens and broken ones can be made.

mod common;

use common::jwks::{AUDIENCE, ISSUER, Pool};
use common::ws::{Ws, next_text, open};
use common::{Emulator, Home};
use futures_util::SinkExt;
use serde_json::{Value, json};
use std::time::Duration;
use tokio_tungstenite::tungstenite::Message;

struct Seed {
    _home: Home,
    emu: Emulator,
    pool: Pool,
}

impl Seed {
    fn start() -> Seed {
        // These tests send right after the CONNECT; the seed's late
        // handlers have their own test.
        Seed::with(&["--attach-delay", "0"])
    }

    /// The seed's server with `extra` flags, on a pool of the test's own.
    fn with(extra: &[&str]) -> Seed {
        let pool = Pool::start();
        let home = Home::new();
        let mut flags: Vec<String> = ["--server", "pantherkolab"].map(String::from).into();
        flags.extend(extra.iter().map(|f| f.to_string()));
        flags.extend(pool.flags());
        let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
        let emu = Emulator::start(&home, "socketio", &flags);
        Seed {
            _home: home,
            emu,
            pool,
        }
    }

    /// An access token of user `sub`, as Cognito issues one.
    fn access(&self, sub: &str) -> String {
        self.pool.token(&self.access_claims(sub))
    }

    fn access_claims(&self, sub: &str) -> Value {
        let mut c = self.pool.claims(sub);
        let m = c.as_object_mut().unwrap();
        m.remove("aud");
        m.remove("cognito:username");
        m.insert("token_use".into(), "access".into());
        m.insert("client_id".into(), AUDIENCE.into());
        m.insert("username".into(), sub.into());
        c
    }

    /// An Engine.IO session, its open packet read.
    async fn engine(&self) -> Ws {
        let url = format!("{}/socket.io/?EIO=4&transport=websocket", self.emu.ws());
        let mut ws = open(&url).await;
        assert!(packet(&mut ws).await.starts_with("0{"));
        ws
    }

    /// CONNECT with `auth`: the answer packet.
    async fn connect_with(&self, auth: &Value) -> (Ws, String) {
        let mut ws = self.engine().await;
        send(&mut ws, &format!("40{auth}")).await;
        let answer = packet(&mut ws).await;
        (ws, answer)
    }

    /// A connected socket of user `sub`.
    async fn user(&self, sub: &str) -> Ws {
        let (ws, answer) = self.connect_with(&json!({"token": self.access(sub)})).await;
        assert!(answer.starts_with("40{\"sid\":"), "{answer}");
        ws
    }
}

async fn send(ws: &mut Ws, text: &str) {
    ws.send(Message::text(text.to_owned())).await.expect("send");
}

/// The next Engine.IO packet that is not a ping (answered) or pong.
async fn packet(ws: &mut Ws) -> String {
    // Pings answered, within one overall wait.
    let read = async {
        loop {
            let p = next_text(ws).await;
            match p.as_str() {
                "2" => send(ws, "3").await,
                "3" => {}
                _ => return p,
            }
        }
    };
    tokio::time::timeout(common::WAIT, read)
        .await
        .expect("a packet in time")
}

/// `42["event",data]`.
async fn emit(ws: &mut Ws, event: &str, data: &Value) {
    send(ws, &format!("42{}", json!([event, data]))).await;
}

/// Nothing reached `ws` so far: its own send-message to its own room comes
/// back first (a `new-message`, then the ack).
async fn got_nothing(ws: &mut Ws, sub: &str) {
    let marker =
        json!(["send-message", {"conversationId": format!("user:{sub}"), "content": "marker"}]);
    send(ws, &format!("429{marker}")).await;
    let p = packet(ws).await;
    assert!(
        p.starts_with("42[\"new-message\",") && p.contains("marker"),
        "{p}"
    );
    assert!(packet(ws).await.starts_with("439[{\"success\":true"));
}

fn event(p: &str) -> (String, Value) {
    let v: Value = serde_json::from_str(p.strip_prefix("42").expect("an event")).unwrap();
    (v[0].as_str().unwrap().to_owned(), v[1].clone())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connect_takes_access_tokens_checked_as_aws_jwt_verify_does() {
    let seed = Seed::start();
    let with = |f: &dyn Fn(&mut serde_json::Map<String, Value>)| {
        let mut c = seed.access_claims("sub-a");
        f(c.as_object_mut().unwrap());
        seed.pool.token(&c)
    };
    let now = seed.pool.claims("x")["iat"].as_u64().unwrap();
    let expired_at = now - 60;
    let iso =
        humantime::format_rfc3339_millis(std::time::UNIX_EPOCH + Duration::from_secs(expired_at))
            .to_string();
    let cases: Vec<(Value, String)> = vec![
        (json!({}), "No token provided".into()),
        (json!({"token": ""}), "No token provided".into()),
        (json!({"token": 12345}), "JWT is not a string".into()),
        (
            json!({"token": "not-a-jwt"}),
            "JWT string does not consist of exactly 3 parts (header, payload, signature)".into(),
        ),
        (
            json!({"token": common::jwks::unsigned(&seed.access_claims("sub-a"))}),
            "JWT string does not consist of exactly 3 parts (header, payload, signature)".into(),
        ),
        (
            json!({"token": seed.pool.token(&seed.pool.claims("sub-a"))}),
            "Token use not allowed: id. Expected: access".into(),
        ),
        (
            json!({"token": with(&|c| { c.insert("client_id".into(), "otherclient".into()); })}),
            format!("Client ID not allowed: otherclient. Expected: {AUDIENCE}"),
        ),
        (
            json!({"token": with(&|c| { c.insert("exp".into(), expired_at.into()); })}),
            format!("Token expired at {iso}"),
        ),
        (
            json!({"token": with(&|c| { c.insert("iss".into(), "https://issuer.invalid/x".into()); })}),
            format!("Issuer not allowed: https://issuer.invalid/x. Expected: {ISSUER}"),
        ),
        (
            json!({"token": seed.pool.token_as(&seed.access_claims("sub-a"), Some("nope-kid"))}),
            "JWK for kid \"nope-kid\" not found in the JWKS".into(),
        ),
        (
            json!({"token": with(&|c| { c.remove("sub"); })}),
            "Invalid token".into(),
        ),
    ];
    for (auth, want) in cases {
        let (_, answer) = seed.connect_with(&auth).await;
        assert_eq!(
            answer,
            format!(
                "44{}",
                json!({"message": format!("Authentication error: {want}")})
            ),
            "{auth}"
        );
    }
    // A signature of another key under the pool's key id.
    let token = seed.access("sub-a");
    let (head, _) = token.rsplit_once('.').unwrap();
    let forged = format!("{head}.{}", "A".repeat(342));
    let (_, answer) = seed.connect_with(&json!({"token": forged})).await;
    assert_eq!(
        answer,
        r#"44{"message":"Authentication error: Invalid signature"}"#
    );
    seed.user("sub-a").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn there_is_no_presence_and_no_relay() {
    let seed = Seed::start();
    let mut a = seed.user("sub-a").await;
    let mut b = seed.user("sub-b").await;
    // Nobody hears of b's arrival; offers and the like go nowhere, unacked.
    for name in ["offer", "answer", "ice-candidate", "dance"] {
        let data = json!({"to": "sub-b", "sdp": "v=0", "candidate": "c"});
        send(&mut a, &format!("427{}", json!([name, data]))).await;
    }
    got_nothing(&mut a, "sub-a").await;
    got_nothing(&mut b, "sub-b").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn send_message_goes_to_the_room_it_names_and_is_acked_as_the_seed_does() {
    let seed = Seed::start();
    let mut a = seed.user("sub-a").await;
    let mut b = seed.user("sub-b").await;
    let msg =
        json!(["send-message", {"conversationId": "user:sub-b", "content": "hi", "tempId": "t1"}]);
    send(&mut a, &format!("421{msg}")).await;
    let (name, m) = event(&packet(&mut b).await);
    assert_eq!(name, "new-message");
    assert_eq!(m["senderId"], "sub-a");
    assert_eq!(m["type"], "TEXT");
    assert_eq!(m["content"], "hi");
    assert_eq!(m["readBy"], json!([]));
    assert_eq!(m["deleted"], false);
    let ack = packet(&mut a).await;
    assert_eq!(
        ack,
        format!(
            r#"431[{{"success":true,"messageId":"{}","tempId":"t1"}}]"#,
            m["messageId"].as_str().unwrap()
        )
    );
    // An ordinary conversation id names a room nobody is in.
    let msg = json!(["send-message", {"conversationId": "conv-1", "content": "lost"}]);
    send(&mut a, &format!("422{msg}")).await;
    assert!(
        packet(&mut a)
            .await
            .starts_with(r#"432[{"success":true,"messageId":"#)
    );
    got_nothing(&mut b, "sub-b").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_message_has_the_seeds_fields_in_its_order() {
    let seed = Seed::start();
    let mut a = seed.user("sub-a").await;
    let msg =
        json!(["send-message", {"conversationId": "user:sub-a", "content": "x", "type": "IMAGE"}]);
    send(&mut a, &format!("42{msg}")).await;
    let p = packet(&mut a).await;
    let body = p.strip_prefix(r#"42["new-message",{"#).unwrap();
    let order: Vec<&str> = [
        "conversationId",
        "timestamp",
        "messageId",
        "senderId",
        "type",
        "content",
        "mediaUrl",
        "fileName",
        "fileSize",
        "readBy",
        "reactions",
        "duration",
        "replyTo",
        "deleted",
        "createdAt",
    ]
    .to_vec();
    let mut at = 0;
    for key in order {
        let found = body[at..]
            .find(&format!("\"{key}\":"))
            .unwrap_or_else(|| panic!("{key} after {at} in {body}"));
        at += found;
    }
    assert!(body.contains(r#""type":"IMAGE","content":"x","mediaUrl":null,"fileName":null,"fileSize":null,"readBy":[],"reactions":{},"duration":null,"replyTo":null,"deleted":false,"#));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn send_message_fails_as_the_seed_fails() {
    let seed = Seed::start();
    let mut a = seed.user("sub-a").await;
    let cases = [
        (
            json!(null),
            "Cannot destructure property 'conversationId' of 'data' as it is null.",
        ),
        (
            json!("just a string"),
            "One or more parameter values were invalid: Missing the key conversationId in the item",
        ),
        (
            json!({"content": "c"}),
            "One or more parameter values were invalid: Missing the key conversationId in the item",
        ),
        (
            json!({"conversationId": "user:sub-a", "content": "x".repeat(420_000)}),
            "Item size has exceeded the maximum allowed size",
        ),
        // DynamoDB's own wording for the key (not reached in the probes).
        (
            json!({"conversationId": ""}),
            "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: conversationId",
        ),
        (
            json!({"conversationId": 5}),
            "One or more parameter values were invalid: Type mismatch for key conversationId expected: S actual: N",
        ),
    ];
    for (i, (data, want)) in cases.iter().enumerate() {
        send(&mut a, &format!("42{i}{}", json!(["send-message", data]))).await;
        assert_eq!(
            packet(&mut a).await,
            format!(
                r#"43{i}[{{"success":false,"error":{}}}]"#,
                Value::from(*want)
            )
        );
    }
    // A missing content is stored as it is.
    send(
        &mut a,
        &format!("429{}", json!(["send-message", {"conversationId": "conv"}])),
    )
    .await;
    assert!(packet(&mut a).await.starts_with(r#"439[{"success":true"#));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typing_reaches_the_room_but_not_the_sending_socket() {
    let seed = Seed::start();
    let mut a1 = seed.user("sub-a").await;
    let mut a2 = seed.user("sub-a").await;
    let mut b = seed.user("sub-b").await;
    emit(
        &mut a1,
        "typing-start",
        &json!({"conversationId": "user:sub-b"}),
    )
    .await;
    assert_eq!(
        packet(&mut b).await,
        r#"42["user-typing",{"userId":"sub-a","conversationId":"user:sub-b"}]"#
    );
    emit(
        &mut a1,
        "typing-stop",
        &json!({"conversationId": "user:sub-a"}),
    )
    .await;
    assert_eq!(
        packet(&mut a2).await,
        r#"42["user-stopped-typing",{"userId":"sub-a","conversationId":"user:sub-a"}]"#
    );
    // Without a payload the handler throws; the server carries on.
    send(&mut a1, r#"42["typing-start"]"#).await;
    got_nothing(&mut a1, "sub-a").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_call_rings_connects_and_ends_with_the_seeds_payloads() {
    let seed = Seed::start();
    let mut a1 = seed.user("sub-a").await;
    let mut a2 = seed.user("sub-a").await;
    let mut b = seed.user("sub-b").await;
    emit(
        &mut a1,
        "new-call",
        &json!({"userId": "sub-b", "callerName": "Alice", "callType": "DIRECT"}),
    )
    .await;
    let (name, ringing) = event(&packet(&mut a1).await);
    assert_eq!(name, "call-ringing");
    let session = ringing["sessionId"].as_str().unwrap().to_owned();
    let want = format!(r#"42["call-ringing",{{"sessionId":"{session}","recipientId":"sub-b"}}]"#);
    assert_eq!(packet(&mut a2).await, want);
    assert_eq!(
        packet(&mut b).await,
        format!(
            r#"42["incoming-call",{{"sessionId":"{session}","callerId":"sub-a","callerName":"Alice","callType":"DIRECT"}}]"#
        )
    );
    emit(
        &mut b,
        "accept-call",
        &json!({"sessionId": session, "callerId": "sub-a", "callerName": "Alice"}),
    )
    .await;
    for ws in [&mut a1, &mut a2, &mut b] {
        let (name, c) = event(&packet(ws).await);
        assert_eq!(name, "call-connected");
        assert_eq!(c["sessionId"], session.as_str());
        assert_eq!(c["meeting"]["ExternalMeetingId"], session.as_str());
        let attendees = c["attendees"].as_object().unwrap();
        assert!(attendees.contains_key("sub-a") && attendees.contains_key("sub-b"));
        assert!(
            c["attendees"]["sub-b"]["ExternalUserId"]
                .as_str()
                .unwrap()
                .starts_with("sub-b#")
        );
    }
    // Accepting again fails for both sides.
    emit(
        &mut b,
        "accept-call",
        &json!({"sessionId": session, "callerId": "sub-a"}),
    )
    .await;
    let failed = format!(
        r#"42["call-connection-failed",{{"error":"Call is not in ringing state. Current status: ACTIVE","sessionId":"{session}"}}]"#
    );
    assert_eq!(packet(&mut b).await, failed);
    assert_eq!(packet(&mut a1).await, failed);
    assert_eq!(packet(&mut a2).await, failed);
    // Ending has no status check: twice is twice, callee first.
    for _ in 0..2 {
        emit(&mut a1, "end-call", &json!({"sessionId": session})).await;
        let ended = format!(r#"42["call-ended",{{"sessionId":"{session}","endedBy":"sub-a"}}]"#);
        for ws in [&mut b, &mut a1, &mut a2] {
            assert_eq!(packet(ws).await, ended);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn call_errors_and_bugs_are_the_seeds() {
    let seed = Seed::start();
    let mut a = seed.user("sub-a").await;
    let mut b = seed.user("sub-b").await;
    let error = |e: &str| format!("42{}", json!(["call-error", {"error": e}]));
    send(&mut a, r#"42["new-call"]"#).await;
    assert_eq!(
        packet(&mut a).await,
        error("Cannot read properties of undefined (reading 'userId')")
    );
    emit(
        &mut a,
        "new-call",
        &json!({"userId": "sub-b", "callType": "GROUP"}),
    )
    .await;
    assert_eq!(
        packet(&mut a).await,
        error("Group calls require a conversationId")
    );
    emit(&mut a, "new-call", &json!({"userId": "sub-b"})).await;
    assert_eq!(
        packet(&mut a).await,
        error("Missing required fields: callType, initiatedBy, participantIds")
    );
    emit(&mut a, "end-call", &json!({"sessionId": "nope"})).await;
    assert_eq!(packet(&mut a).await, error("Call not found"));
    emit(
        &mut b,
        "accept-call",
        &json!({"sessionId": "nope", "callerId": "sub-a"}),
    )
    .await;
    let failed = r#"42["call-connection-failed",{"error":"Call not found","sessionId":"nope"}]"#;
    assert_eq!(packet(&mut b).await, failed);
    assert_eq!(packet(&mut a).await, failed);
    // A rejection reaches the caller; the call can still be accepted (the
    // seed judges "all rejected" on the call as read before the rejection).
    emit(
        &mut a,
        "new-call",
        &json!({"userId": "sub-b", "callType": "DIRECT"}),
    )
    .await;
    let (_, ringing) = event(&packet(&mut a).await);
    let session = ringing["sessionId"].as_str().unwrap().to_owned();
    packet(&mut b).await;
    emit(
        &mut b,
        "reject-call",
        &json!({"sessionId": session, "callerId": "sub-a"}),
    )
    .await;
    assert_eq!(
        packet(&mut a).await,
        format!(r#"42["call-rejected",{{"userId":"sub-b","sessionId":"{session}"}}]"#)
    );
    // leave-call always ends in the seed's TypeError, to the socket only.
    emit(&mut b, "leave-call", &json!({"sessionId": session})).await;
    assert_eq!(
        packet(&mut b).await,
        error("Cannot read properties of undefined (reading 'map')")
    );
    got_nothing(&mut a, "sub-a").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn diagnostics_explain_what_the_seed_does_silently() {
    let seed = Seed::with(&["--diagnostics", "--attach-delay", "0"]);
    let mut a = seed.user("sub-a").await;
    emit(&mut a, "offer", &json!({"to": "sub-b", "sdp": "v=0"})).await;
    assert_eq!(
        packet(&mut a).await,
        r#"42["error",{"message":"emulator: an event the seed server has no handler for"}]"#
    );
    send(&mut a, r#"42["typing-start"]"#).await;
    assert_eq!(
        packet(&mut a).await,
        r#"42["error",{"message":"emulator: uncaught TypeError: Cannot read properties of undefined (reading 'conversationId')"}]"#
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_the_embedded_provider_its_cognito_access_tokens_connect() {
    let home = Home::new();
    let emu = Emulator::start(
        &home,
        "socketio",
        &["--server", "pantherkolab", "--confirmation-code", "1"],
    );
    let cached = common::cognito_user(&home, &emu, "lee", "1");
    let url = format!("{}/socket.io/?EIO=4&transport=websocket", emu.ws());
    let connect = |token: Value| {
        let url = url.clone();
        async move {
            let mut ws = open(&url).await;
            packet(&mut ws).await;
            send(&mut ws, &format!("40{}", json!({ "token": token }))).await;
            packet(&mut ws).await
        }
    };
    assert!(
        connect(cached["access_token"].clone())
            .await
            .starts_with("40{\"sid\":")
    );
    assert_eq!(
        connect(cached["id_token"].clone()).await,
        r#"44{"message":"Authentication error: Token use not allowed: id. Expected: access"}"#
    );
    // The client sends the access token (as this server wants) unless told
    // otherwise.
    home.cmd()
        .args(emu.target())
        .args(["--option", "socketio.token=id"])
        .args(["peer", "connect", "--linger", "200ms"])
        .assert()
        .code(4)
        .stderr(predicates::str::contains(
            "Authentication error: Token use not allowed: id. Expected: access",
        ));
    home.cmd()
        .args(emu.target())
        .args(["peer", "connect", "--linger", "200ms"])
        .assert()
        .success();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_before_the_handlers_are_attached_are_dropped() {
    // The seed attaches its handlers after acknowledging the CONNECT (in
    // the `then` of dynamic imports): 5.5 to 21 ms later on a warm server,
    // 200 ms on a cold one. Here the delay is long, so that the test does
    // not race it, and the drop is explained on the wire.
    let seed = Seed::with(&["--diagnostics", "--attach-delay", "3s"]);
    assert_eq!(seed.emu.info["attach_delay_ms"], 3000.0);
    let mut a = seed.user("sub-a").await;
    let connected = std::time::Instant::now();
    let probe = json!({"sessionId": "nope"});
    emit(&mut a, "leave-call", &probe).await;
    assert_eq!(
        packet(&mut a).await,
        r#"42["error",{"message":"emulator: an event before the seed's handlers are attached (they come after the CONNECT is acknowledged)"}]"#
    );
    // Later the same event is handled.
    let deadline = connected + Duration::from_secs(30);
    loop {
        emit(&mut a, "leave-call", &probe).await;
        let p = packet(&mut a).await;
        if p == r#"42["call-error",{"error":"Call not found"}]"# {
            break;
        }
        assert!(p.starts_with(r#"42["error""#), "{p}");
        assert!(std::time::Instant::now() < deadline, "never handled");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(connected.elapsed() >= Duration::from_millis(2500));
}

#[test]
fn the_client_waits_until_the_server_handles_its_events() {
    // Sent at once, the first ring would be dropped: the client probes
    // until the server answers (leave-call of no call: `call-error`).
    let home = Home::new();
    let emu = Emulator::start(&home, "socketio", &["--attach-delay", "500ms"]);
    let report = common::replay_passes(&home, &emu.target(), "call");
    assert_eq!(report["flow"], "call");
    assert_eq!(report["passed"], true);
}
