//! `serve robot` answers as upstream's robot Lambda does: `handler.ts` of
//! ModulrCloud/robot-teleop-webapp at acf2c28, observed on loopback under
//! an API Gateway stand-in beside ours. One test per behaviour, frame by
//! frame. Every reply of the Lambda is silent (API Gateway drops return
//! values without route responses), so "nothing" is proven by the
//! `welcome` that `{"type":"ready"}` always gets coming next.

mod common;

use common::ws::{Ws, close_code, next_text, open};
use common::{Emulator, Home};
use futures_util::SinkExt;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

struct Robot {
    home: Home,
    emu: Emulator,
}

/// A connection with its token's `sub` and its connection id.
struct Conn {
    ws: Ws,
    sub: String,
    id: String,
}

impl Robot {
    fn start(flags: &[&str]) -> Robot {
        let home = Home::new();
        let emu = Emulator::start(&home, "robot", flags);
        Robot { home, emu }
    }

    fn new() -> Robot {
        Robot::start(&[])
    }

    async fn token(&self, groups: &[&str]) -> String {
        common::anonymous_id_token(self.emu.http(), groups).await
    }

    fn url(&self, token: &str) -> String {
        format!("{}/?token={token}", self.emu.ws())
    }

    /// A connection of a new user in `groups`, its id learned.
    async fn conn(&self, groups: &[&str]) -> Conn {
        let token = self.token(groups).await;
        self.conn_with(&token).await
    }

    async fn conn_with(&self, token: &str) -> Conn {
        let mut ws = open(&self.url(token)).await;
        let id = ready(&mut ws).await;
        Conn {
            ws,
            sub: common::sub_of(token),
            id,
        }
    }

    /// A robot `robot_id` registered by a new user.
    async fn robot(&self, robot_id: &str) -> Conn {
        let mut c = self.conn(&[]).await;
        register(&mut c, robot_id).await;
        c
    }
}

async fn send(c: &mut Conn, text: &str) {
    c.ws.send(Message::text(text.to_owned()))
        .await
        .expect("send");
}

/// `{"type":"ready"}` and its `welcome`: the connection's id.
async fn ready(ws: &mut Ws) -> String {
    ws.send(Message::text(r#"{"type":"ready"}"#))
        .await
        .expect("send");
    let text = next_text(ws).await;
    let v: Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(v["type"], "welcome", "{text}");
    let id = v["connectionId"].as_str().expect("connectionId").to_owned();
    assert_eq!(
        text,
        format!(r#"{{"type":"welcome","connectionId":"{id}"}}"#)
    );
    id
}

/// Everything `c` sent so far is handled, and nothing reached it.
async fn got_nothing(c: &mut Conn) {
    assert_eq!(ready(&mut c.ws).await, c.id);
}

/// Everything `c` sent so far is handled (its posts to others queued).
async fn settled(c: &mut Conn) {
    got_nothing(c).await;
}

async fn register(c: &mut Conn, robot_id: &str) {
    send(
        c,
        &format!(r#"{{"type":"register","robotId":"{robot_id}"}}"#),
    )
    .await;
    settled(c).await;
}

async fn expect(c: &mut Conn, want: &str) {
    assert_eq!(next_text(&mut c.ws).await, want);
}

#[tokio::test]
async fn connect_verifies_the_token_as_jose_does_and_never_again() {
    let r = Robot::start(&["--token-lifetime", "2s", "--confirmation-code", "1"]);
    let refused = |url: String| async move {
        match tokio_tungstenite::connect_async(url).await {
            Err(tokio_tungstenite::tungstenite::Error::Http(resp)) => resp.status().as_u16(),
            other => panic!("upgraded: {:?}", other.map(|_| ())),
        }
    };
    assert_eq!(refused(r.emu.ws().to_owned()).await, 401);
    assert_eq!(refused(r.url("")).await, 401);
    assert_eq!(refused(r.url("a.b.c")).await, 401);
    // A Cognito access token (no audience, token_use access) connects.
    let cached = common::cognito_user(&r.home, &r.emu, "lee", "1");
    let access = cached["access_token"].as_str().unwrap();
    let mut robot = r.conn_with(access).await;
    // Messages are never checked again: after the token expired, the robot
    // still registers and is signalled.
    let token = r.token(&[]).await;
    let mut op = r.conn_with(&token).await;
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    assert_eq!(refused(r.url(&token)).await, 401);
    register(&mut robot, "r-1").await;
    send(
        &mut op,
        r#"{"type":"offer","robotId":"r-1","payload":{"sdp":"x"}}"#,
    )
    .await;
    let want = format!(
        r#"{{"type":"offer","to":"r-1","from":"{}","sdp":"x"}}"#,
        op.id
    );
    expect(&mut robot, &want).await;
}

#[tokio::test]
async fn every_reply_is_silent() {
    let r = Robot::new();
    let mut robot = r.robot("r-1").await;
    let mut c = r.conn(&[]).await;
    for text in [
        "{not json",
        "",
        "null",
        "[]",
        "5",
        r#""x""#,
        "{}",
        r#"{"type":"nope"}"#,
        r#"{"type":5}"#,
        r#"{"type":"READY"}"#,
        r#"{"type":"register"}"#,
        r#"{"type":"register","robotId":"   "}"#,
        r#"{"type":"register","robotId":"r-1"}"#,
        r#"{"type":"takeover","robotId":"r-1"}"#,
        r#"{"type":"takeover","robotId":"r-404"}"#,
        r#"{"type":"takeover"}"#,
        r#"{"type":"monitor"}"#,
        r#"{"type":"offer","payload":{"sdp":"x"}}"#,
        r#"{"type":"offer","robotId":"r-404","payload":{"sdp":"x"}}"#,
        r#"{"type":"offer","robotId":"r-1","target":"moon","payload":{"sdp":"x"}}"#,
        r#"{"type":"answer","robotId":"r-1","target":"client","payload":{"sdp":"x"}}"#,
    ] {
        send(&mut c, text).await;
        got_nothing(&mut c).await;
    }
    got_nothing(&mut robot).await;
}

#[tokio::test]
async fn ready_is_exact_but_may_carry_more() {
    let r = Robot::new();
    let mut c = r.conn(&[]).await;
    send(&mut c, r#"{"type":"ready","robotId":"r-1","x":[1]}"#).await;
    let want = format!(r#"{{"type":"welcome","connectionId":"{}"}}"#, c.id);
    expect(&mut c, &want).await;
}

#[tokio::test]
async fn an_offer_reaches_the_robot_flat_in_javascripts_key_order() {
    let r = Robot::new();
    let mut robot = r.robot("r-1").await;
    let mut op = r.conn(&[]).await;
    // Payload keys follow `type, to, from, sdp`, unless the frame has them
    // already or `Object.prototype` does; index keys come first; numbers
    // are JavaScript's.
    send(
        &mut op,
        r#"{"type":"offer","robotId":" r-1 ","payload":{"10":"ten","sdp":"v=0","type":"offer","peerId":"a","n":1.50,"big":1e21,"neg":-0,"2":"two","to":"x","from":"y","__proto__":{"p":1},"toString":"t","nested":{"b":1,"a":2}}}"#,
    )
    .await;
    let want = format!(
        r#"{{"2":"two","10":"ten","type":"offer","to":"r-1","from":"{}","sdp":"v=0","peerId":"a","n":1.5,"big":1e+21,"neg":0,"nested":{{"b":1,"a":2}}}}"#,
        op.id
    );
    expect(&mut robot, &want).await;
}

#[tokio::test]
async fn types_are_case_insensitive_and_candidates_travel_as_candidate() {
    let r = Robot::new();
    let mut robot = r.robot("r-1").await;
    let mut op = r.conn(&[]).await;
    // `to` names the robot; top-level `sdp` / `candidate` fold in when
    // truthy, over the payload's; nothing else at the top level does.
    send(
        &mut op,
        r#"{"type":"ICE-Candidate","to":"r-1","candidate":"c2","sdpMid":"0","payload":{"candidate":"c1","sdpMLineIndex":0}}"#,
    )
    .await;
    let want = format!(
        r#"{{"type":"candidate","to":"r-1","from":"{}","candidate":"c2","sdpMLineIndex":0}}"#,
        op.id
    );
    expect(&mut robot, &want).await;
    send(&mut op, r#"{"type":"Candidate","robotId":"r-1","sdp":""}"#).await;
    let want = format!(r#"{{"type":"candidate","to":"r-1","from":"{}"}}"#, op.id);
    expect(&mut robot, &want).await;
    send(
        &mut op,
        r#"{"type":"ANSWER","robotId":"r-1","payload":"sdp"}"#,
    )
    .await;
    let want = format!(r#"{{"type":"answer","to":"r-1","from":"{}"}}"#, op.id);
    expect(&mut robot, &want).await;
}

#[tokio::test]
async fn the_robot_answers_a_client_by_its_connection_id() {
    let r = Robot::new();
    let mut robot = r.robot("r-1").await;
    let mut op = r.conn(&[]).await;
    // `clientConnectionId`, with the target implied by the robot sending.
    let msg = json!({"type": "answer", "robotId": "r-1", "clientConnectionId": op.id, "payload": {"sdp": "a1"}});
    send(&mut robot, &msg.to_string()).await;
    let want = format!(
        r#"{{"type":"answer","to":"{}","from":"r-1","sdp":"a1"}}"#,
        op.id
    );
    expect(&mut op, &want).await;
    // `to` as the client when the robot sends.
    let msg = json!({"type": "answer", "robotId": "r-1", "to": op.id, "sdp": "a2"});
    send(&mut robot, &msg.to_string()).await;
    let want = format!(
        r#"{{"type":"answer","to":"{}","from":"r-1","sdp":"a2"}}"#,
        op.id
    );
    expect(&mut op, &want).await;
    // The agent's shape: `from` the robot, `to` the client; without
    // `robotId`, only an id starting `robot-` is taken for the robot's.
    let mut agent = r.robot("robot-7").await;
    let msg = json!({"type": "answer", "from": "robot-7", "to": op.id, "sdp": "a3"});
    send(&mut agent, &msg.to_string()).await;
    let want = format!(
        r#"{{"type":"answer","to":"{}","from":"robot-7","sdp":"a3"}}"#,
        op.id
    );
    expect(&mut op, &want).await;
    // With another id, `to` (the client's connection) is taken for the
    // robot's id: no such robot.
    let msg = json!({"type": "answer", "from": "r-1", "to": op.id, "sdp": "a4"});
    send(&mut robot, &msg.to_string()).await;
    settled(&mut robot).await;
    // A robot's message naming no client goes nowhere.
    send(
        &mut robot,
        r#"{"type":"answer","robotId":"r-1","payload":{"sdp":"a5"}}"#,
    )
    .await;
    settled(&mut robot).await;
    got_nothing(&mut op).await;
}

#[tokio::test]
async fn any_connection_may_signal_a_client_and_a_robot_itself() {
    let r = Robot::new();
    let mut robot = r.robot("r-1").await;
    let mut a = r.conn(&[]).await;
    let mut b = r.conn(&[]).await;
    let msg = json!({"type": "offer", "robotId": "r-1", "target": "CLIENT", "clientConnectionId": a.id, "payload": {"sdp": "x"}});
    send(&mut b, &msg.to_string()).await;
    let want = format!(
        r#"{{"type":"offer","to":"{}","from":"{}","sdp":"x"}}"#,
        a.id, b.id
    );
    expect(&mut a, &want).await;
    // Even for a robot nobody registered.
    let msg = json!({"type": "offer", "robotId": "r-none", "target": "client", "clientConnectionId": a.id, "payload": {"sdp": "y"}});
    send(&mut b, &msg.to_string()).await;
    let want = format!(
        r#"{{"type":"offer","to":"{}","from":"{}","sdp":"y"}}"#,
        a.id, b.id
    );
    expect(&mut a, &want).await;
    // The robot signalling itself is `from` its robot id.
    send(
        &mut robot,
        r#"{"type":"candidate","robotId":"r-1","target":"Robot","payload":{"probe":"1"}}"#,
    )
    .await;
    expect(
        &mut robot,
        r#"{"type":"candidate","to":"r-1","from":"r-1","probe":"1"}"#,
    )
    .await;
}

#[tokio::test]
async fn register_reads_from_trims_and_refuses_another_owner_silently() {
    let r = Robot::new();
    let mut robot = r.conn(&[]).await;
    send(&mut robot, r#"{"type":"register","from":" r-1 "}"#).await;
    settled(&mut robot).await;
    // `to` is no robot id for register.
    let mut other = r.conn(&[]).await;
    send(&mut other, r#"{"type":"register","to":"r-2"}"#).await;
    settled(&mut other).await;
    // Another owner's register is refused: offers still reach the first.
    send(&mut other, r#"{"type":"register","robotId":"r-1"}"#).await;
    settled(&mut other).await;
    let mut op = r.conn(&[]).await;
    send(&mut op, r#"{"type":"offer","robotId":"r-1","sdp":"x"}"#).await;
    expect(
        &mut robot,
        &format!(
            r#"{{"type":"offer","to":"r-1","from":"{}","sdp":"x"}}"#,
            op.id
        ),
    )
    .await;
    send(&mut op, r#"{"type":"offer","robotId":"r-2","sdp":"x"}"#).await;
    settled(&mut op).await;
    got_nothing(&mut other).await;
}

#[tokio::test]
async fn an_admin_force_claims_and_becomes_the_owner() {
    let r = Robot::new();
    let owner_token = r.token(&[]).await;
    let mut first = r.conn_with(&owner_token).await;
    register(&mut first, "r-1").await;
    // Register upper-cases the groups: `Admin` is an admin there.
    let mut admin = r.conn(&["Admin"]).await;
    register(&mut admin, "r-1").await;
    let mut op = r.conn(&[]).await;
    send(&mut op, r#"{"type":"offer","robotId":"r-1","sdp":"x"}"#).await;
    expect(
        &mut admin,
        &format!(
            r#"{{"type":"offer","to":"r-1","from":"{}","sdp":"x"}}"#,
            op.id
        ),
    )
    .await;
    // The admin owns it now: the first owner's register is refused.
    let mut again = r.conn_with(&owner_token).await;
    register(&mut again, "r-1").await;
    send(&mut op, r#"{"type":"offer","robotId":"r-1","sdp":"y"}"#).await;
    expect(
        &mut admin,
        &format!(
            r#"{{"type":"offer","to":"r-1","from":"{}","sdp":"y"}}"#,
            op.id
        ),
    )
    .await;
    got_nothing(&mut again).await;
    got_nothing(&mut first).await;
}

#[tokio::test]
async fn takeover_needs_the_owner_or_an_exact_admin_group() {
    let r = Robot::new();
    let mut robot = r.robot("r-1").await;
    let robot_sub = robot.sub.clone();
    // Takeover compares the groups exactly: `Admin` is refused, `admin` not.
    let mut near = r.conn(&["Admin"]).await;
    send(&mut near, r#"{"type":"takeover","robotId":"r-1"}"#).await;
    settled(&mut near).await;
    got_nothing(&mut robot).await;
    let mut admin = r.conn(&["admin"]).await;
    send(&mut admin, r#"{"type":"takeover","robotId":" r-1 "}"#).await;
    let want = format!(
        r#"{{"type":"admin-takeover","robotId":"r-1","by":"{}"}}"#,
        admin.sub
    );
    expect(&mut robot, &want).await;
    send(&mut robot, r#"{"type":"takeover","robotId":"r-1"}"#).await;
    let want = format!(r#"{{"type":"admin-takeover","robotId":"r-1","by":"{robot_sub}"}}"#);
    expect(&mut robot, &want).await;
}

#[tokio::test]
async fn presence_outlives_its_connection_and_a_takeover_then_throws() {
    let r = Robot::new();
    let token = r.token(&[]).await;
    let mut robot = r.conn_with(&token).await;
    register(&mut robot, "r-1").await;
    let mut owner = r.conn_with(&token).await;
    drop(robot);
    // Wait until the gateway has seen the close: a takeover then fails to
    // post, and the Lambda throws.
    let deadline = tokio::time::Instant::now() + common::WAIT;
    loop {
        send(&mut owner, r#"{"type":"takeover","robotId":"r-1"}"#).await;
        let text = next_text(&mut owner.ws).await;
        if text.contains("Internal server error") {
            let v: Value = serde_json::from_str(&text).unwrap();
            let request = v["requestId"].as_str().unwrap();
            assert_eq!(
                text,
                format!(
                    r#"{{"message": "Internal server error", "connectionId":"{}", "requestId":"{request}"}}"#,
                    owner.id
                )
            );
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "{text}");
    }
    // An offer to it is lost without a word.
    let mut op = r.conn(&[]).await;
    send(&mut op, r#"{"type":"offer","robotId":"r-1","sdp":"x"}"#).await;
    got_nothing(&mut op).await;
    // The robot comes back: its register routes it again.
    let mut back = r.conn_with(&token).await;
    register(&mut back, "r-1").await;
    send(&mut op, r#"{"type":"offer","robotId":"r-1","sdp":"y"}"#).await;
    expect(
        &mut back,
        &format!(
            r#"{{"type":"offer","to":"r-1","from":"{}","sdp":"y"}}"#,
            op.id
        ),
    )
    .await;
}

#[tokio::test]
async fn monitors_get_copies_of_a_robots_traffic() {
    let r = Robot::new();
    let mut m = r.conn(&[]).await;
    send(&mut m, r#"{"type":"monitor","robotId":" r-1 "}"#).await;
    expect(
        &mut m,
        r#"{"type":"monitor-confirmed","robotId":"r-1","message":"Now monitoring messages for robot r-1"}"#,
    )
    .await;
    let robot = r.robot("r-1").await;
    let copy: Value = serde_json::from_str(&next_text(&mut m.ws).await).unwrap();
    assert_eq!(copy["type"], "register");
    assert_eq!(copy["from"], robot.sub.as_str());
    assert_eq!(copy["_source"], robot.id.as_str());
    assert_eq!(copy["_direction"], "robot-to-server");
    assert!(copy["timestamp"].as_str().unwrap().ends_with('Z'));
    let mut op = r.conn(&[]).await;
    send(&mut op, r#"{"type":"offer","robotId":"r-1","sdp":"x"}"#).await;
    let want = format!(
        r#"{{"type":"offer","to":"r-1","from":"{op}","sdp":"x","_monitor":true,"_source":"{op}","_target":"{robot}","_direction":"client-to-robot"}}"#,
        op = op.id,
        robot = robot.id
    );
    expect(&mut m, &want).await;
    // A message that goes nowhere is copied with its placeholder target.
    let mut robot = robot;
    send(&mut robot, r#"{"type":"answer","robotId":"r-1","sdp":"a"}"#).await;
    let want = format!(
        r#"{{"type":"answer","to":"PLACEHOLDER_NO_CLIENT","from":"r-1","sdp":"a","_monitor":true,"_source":"{robot}","_target":"PLACEHOLDER_NO_CLIENT","_direction":"robot-to-client"}}"#,
        robot = robot.id
    );
    expect(&mut m, &want).await;
    // A monitor follows one robot: the last it asked for.
    send(&mut m, r#"{"type":"monitor","robotId":"r-2"}"#).await;
    next_text(&mut m.ws).await;
    send(&mut op, r#"{"type":"offer","robotId":"r-1","sdp":"z"}"#).await;
    settled(&mut op).await;
    got_nothing(&mut m).await;
}

#[tokio::test]
async fn diagnostics_explain_the_silences() {
    let r = Robot::start(&["--diagnostics"]);
    let mut c = r.conn(&[]).await;
    send(&mut c, r#"{"type":"offer","robotId":"r-404","sdp":"x"}"#).await;
    expect(
        &mut c,
        r#"{"type":"error","message":"emulator: 404 target offline"}"#,
    )
    .await;
    send(&mut c, "[]").await;
    expect(
        &mut c,
        r#"{"type":"error","message":"emulator: 400 Unknown message type"}"#,
    )
    .await;
    // The client reports them as server errors.
    let token = r.token(&[]).await;
    r.home
        .cmd()
        .args(r.emu.target())
        .args([
            "--id-token",
            &token,
            "peer",
            "connect",
            "--send",
            "offer:r-404",
            "--linger",
            "500ms",
        ])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("404 target offline"));
    let mut c = c;
    c.ws.send(Message::Binary(vec![1].into())).await.unwrap();
    assert_eq!(close_code(&mut c.ws).await, Some(1003));
}

#[tokio::test]
async fn tokens_are_read_as_jose_reads_them() {
    let pool = common::jwks::Pool::start();
    let flags = pool.flags();
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    let r = Robot::start(&flags);
    let base = pool.claims("sub-1");
    let with = |f: &dyn Fn(&mut serde_json::Map<String, Value>)| {
        let mut c = base.clone();
        f(c.as_object_mut().unwrap());
        c
    };
    let now = base["iat"].as_u64().unwrap();
    let accepted = [
        ("an ID token", pool.token(&base)),
        (
            "another audience",
            pool.token(&with(&|c| {
                c.insert("aud".into(), "someone-else".into());
            })),
        ),
        (
            "an access token",
            pool.token(&with(&|c| {
                c.remove("aud");
                c.insert("token_use".into(), "access".into());
                c.insert("client_id".into(), "someone-else".into());
            })),
        ),
        (
            "no exp",
            pool.token(&with(&|c| {
                c.remove("exp");
            })),
        ),
        ("no kid", pool.token_as(&base, None)),
    ];
    for (what, token) in accepted {
        let (mut ws, _) = tokio_tungstenite::connect_async(r.url(&token))
            .await
            .unwrap_or_else(|e| panic!("{what}: {e}"));
        ready(&mut ws).await;
    }
    let refused = [
        (
            "expired",
            pool.token(&with(&|c| {
                c.insert("exp".into(), (now - 60).into());
            })),
        ),
        // jose counts a token expired from its `exp` second on.
        (
            "exp now",
            pool.token(&with(&|c| {
                c.insert("exp".into(), now.into());
            })),
        ),
        (
            "not yet valid",
            pool.token(&with(&|c| {
                c.insert("nbf".into(), (now + 600).into());
            })),
        ),
        (
            "another issuer",
            pool.token(&with(&|c| {
                c.insert("iss".into(), "https://issuer.invalid/pool".into());
            })),
        ),
        (
            "no sub",
            pool.token(&with(&|c| {
                c.remove("sub");
            })),
        ),
        (
            "an empty sub",
            pool.token(&with(&|c| {
                c.insert("sub".into(), "".into());
            })),
        ),
        ("an unknown kid", pool.token_as(&base, Some("nope-kid"))),
        ("alg none", common::jwks::unsigned(&base)),
    ];
    // Groups that are not an array: the upgrade succeeds, but the
    // connection's item is never written, so every message is refused
    // (silently), `ready` too.
    let token = pool.token(&with(&|c| {
        c.insert("cognito:groups".into(), "ADMINS".into());
    }));
    let (mut ws, _) = tokio_tungstenite::connect_async(r.url(&token))
        .await
        .unwrap();
    ws.send(Message::text(r#"{"type":"ready"}"#)).await.unwrap();
    let mut witness = r.conn_with(&pool.token(&pool.claims("sub-w"))).await;
    got_nothing(&mut witness).await;
    assert!(
        tokio::time::timeout(std::time::Duration::from_millis(300), next_text(&mut ws))
            .await
            .is_err()
    );
    for (what, token) in refused {
        match tokio_tungstenite::connect_async(r.url(&token)).await {
            Err(tokio_tungstenite::tungstenite::Error::Http(resp)) => {
                assert_eq!(resp.status().as_u16(), 401, "{what}")
            }
            other => panic!("{what}: upgraded: {:?}", other.map(|_| ())),
        }
    }
}

#[tokio::test]
async fn a_robot_id_over_dynamodbs_key_limit_fails_every_table_access() {
    let r = Robot::new();
    let long = "r".repeat(2049);
    let mut robot = r.conn(&[]).await;
    // The put fails (500, silent): nothing is registered.
    send(
        &mut robot,
        &format!(r#"{{"type":"register","robotId":"{long}"}}"#),
    )
    .await;
    got_nothing(&mut robot).await;
    // Reads outside a `try` throw: takeover, monitor, and a signal to the
    // robot (its ACL check).
    let mut c = r.conn(&[]).await;
    for text in [
        format!(r#"{{"type":"takeover","robotId":"{long}"}}"#),
        format!(r#"{{"type":"monitor","robotId":"{long}"}}"#),
        format!(r#"{{"type":"offer","robotId":"{long}","sdp":"x"}}"#),
    ] {
        send(&mut c, &text).await;
        assert!(
            next_text(&mut c.ws).await.contains("Internal server error"),
            "{text}"
        );
    }
    // 2048 bytes is within the limit; a signal to a client reads nothing.
    let ok = "r".repeat(2048);
    send(
        &mut robot,
        &format!(r#"{{"type":"register","robotId":"{ok}"}}"#),
    )
    .await;
    settled(&mut robot).await;
    let msg = json!({"type": "offer", "robotId": long, "target": "client", "clientConnectionId": c.id, "sdp": "y"});
    send(&mut robot, &msg.to_string()).await;
    let want = format!(
        r#"{{"type":"offer","to":"{}","from":"{}","sdp":"y"}}"#,
        c.id, robot.id
    );
    expect(&mut c, &want).await;
}

#[tokio::test]
async fn targets_and_falsy_payload_values_are_read_as_javascript_reads_them() {
    let r = Robot::new();
    let mut robot = r.robot("r-1").await;
    let mut op = r.conn(&[]).await;
    // `"Robot"`, `""` and `5` reach the robot; `"CLIENT"` without a
    // client id and `"x"` go nowhere.
    for (target, arrives) in [
        (json!("Robot"), true),
        (json!("CLIENT"), false),
        (json!(""), true),
        (json!(5), true),
        (json!("x"), false),
    ] {
        let msg =
            json!({"type": "offer", "robotId": "r-1", "target": target, "payload": {"sdp": "s"}});
        send(&mut op, &msg.to_string()).await;
        settled(&mut op).await;
        if arrives {
            let want = format!(
                r#"{{"type":"offer","to":"r-1","from":"{}","sdp":"s"}}"#,
                op.id
            );
            expect(&mut robot, &want).await;
        }
    }
    got_nothing(&mut robot).await;
    // Falsy values are kept (only a falsy `sdp` / `candidate` is dropped),
    // and keys the frame lacks are copied, whatever they name.
    send(
        &mut op,
        r#"{"type":"offer","robotId":"r-1","payload":{"sdp":"s","robotId":"spoof","target":"client","_monitor":false,"constructor":"c","hasOwnProperty":1,"candidate":"","zero":0,"f":false,"nul":null}}"#,
    )
    .await;
    let want = format!(
        r#"{{"type":"offer","to":"r-1","from":"{}","sdp":"s","robotId":"spoof","target":"client","_monitor":false,"zero":0,"f":false,"nul":null}}"#,
        op.id
    );
    expect(&mut robot, &want).await;
}
