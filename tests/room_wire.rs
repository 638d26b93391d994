//! The room emulator seen from the wire: exact frames and HTTP answers of
//! protocols/room.md, with a plain WebSocket client.

mod common;

use common::ws::{Ws, next, open};
use common::{Emulator, Home, signed_in_room};
use futures_util::SinkExt;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

async fn say(ws: &mut Ws, text: &str) -> Value {
    ws.send(Message::text(text.to_owned())).await.expect("send");
    next(ws).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registration_errors_have_the_documented_frames() {
    let home = Home::new();
    let emu = Emulator::room(&home, &["--max-frame", "4096", "--diagnostics"]);
    let (room, token) = signed_in_room(&home, &emu);
    let id_token = home.cached("default")["id_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut ws = open(emu.ws()).await;

    let missing =
        json!({"type": "register", "peer_id": "a", "room_id": room, "token": token}).to_string();
    assert_eq!(
        say(&mut ws, &missing).await,
        json!({"type": "error", "reason": "Missing required fields during registration."})
    );

    let bad_jwt = json!({"type": "register", "peer_id": "a", "room_id": room, "token": token, "id_token": "x.y.z"}).to_string();
    let frame = say(&mut ws, &bad_jwt).await;
    assert_eq!(frame["error"], "Invalid token");
    assert!(
        frame.get("type").is_none(),
        "the id_token error has no type: {frame}"
    );

    let reg = |room: &str, token: &str| {
        json!({"type": "register", "peer_id": "a", "room_id": room, "token": token, "id_token": id_token}).to_string()
    };
    assert_eq!(
        say(&mut ws, &reg("nosuchrm", &token)).await,
        json!({"type": "error", "reason": "Room not found"})
    );
    assert_eq!(
        say(&mut ws, &reg(&room, "wrong1")).await,
        json!({"type": "error", "reason": "Invalid token"})
    );
    assert_eq!(
        say(&mut ws, &reg(&room, &token)).await,
        json!({"type": "registered_auth", "peer_id": "a", "room_id": room, "token": token})
    );

    // After registration, with --diagnostics: explanations the real server
    // never sends (it is silent; tests/room_faithful.rs).
    let reason = |v: Value| v["reason"].as_str().unwrap_or_default().to_owned();
    assert!(reason(say(&mut ws, "{oops").await).starts_with("Invalid JSON"));
    assert_eq!(
        reason(say(&mut ws, r#"{"sender":"a","target":"b"}"#).await),
        "Missing message type"
    );
    assert_eq!(
        reason(say(&mut ws, r#"{"type":"offer","sender":"a"}"#).await),
        "Missing sender or target"
    );
    assert_eq!(
        reason(
            say(
                &mut ws,
                r#"{"type":"offer","sender":"a","target":"zz","sdp":"v=0"}"#
            )
            .await
        ),
        "Unknown target peer: \"zz\""
    );
    assert!(
        reason(
            say(
                &mut ws,
                r#"{"type":"offer","sender":"q","target":"a","sdp":"v=0"}"#
            )
            .await
        )
        .contains("is not registered in any room")
    );

    // Still registered and relaying: a message to itself comes back.
    let to_self = r#"{"type":"offer","sender":"a","target":"a","extra":[1,2]}"#;
    ws.send(Message::text(to_self)).await.unwrap();
    assert_eq!(
        next(&mut ws).await,
        serde_json::from_str::<Value>(to_self).unwrap()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn re_registering_an_id_moves_it_to_the_new_connection() {
    let home = Home::new();
    // --diagnostics: so that the old connection's own error comes back.
    let emu = Emulator::room(&home, &["--diagnostics"]);
    let (room, token) = signed_in_room(&home, &emu);
    let id_token = home.cached("default")["id_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let reg = |peer: &str| {
        json!({"type": "register", "peer_id": peer, "room_id": room, "token": token, "id_token": id_token}).to_string()
    };
    let (mut old, mut new, mut sender) = (
        open(emu.ws()).await,
        open(emu.ws()).await,
        open(emu.ws()).await,
    );
    assert_eq!(say(&mut old, &reg("b")).await["type"], "registered_auth");
    assert_eq!(say(&mut new, &reg("b")).await["type"], "registered_auth");
    assert_eq!(say(&mut sender, &reg("a")).await["type"], "registered_auth");
    sender
        .send(Message::text(
            r#"{"type":"offer","sender":"a","target":"b","sdp":"v=0"}"#,
        ))
        .await
        .unwrap();
    assert_eq!(next(&mut new).await["sdp"], "v=0");
    // The old connection got nothing: the next thing it hears is its own error.
    assert_eq!(say(&mut old, "{").await["type"], "error");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http_api_answers_like_the_real_server() {
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    let http = reqwest::Client::new();
    let url = |p: &str| format!("{}{p}", emu.http());

    let r = http.post(url("/create-room")).send().await.unwrap();
    assert_eq!(r.status(), 422);
    assert_eq!(
        r.json::<Value>().await.unwrap()["detail"][0]["loc"],
        json!(["header", "authorization"])
    );

    let r = http
        .post(url("/create-room"))
        .bearer_auth("x.y.z")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert!(
        r.json::<Value>().await.unwrap()["detail"]
            .as_str()
            .unwrap()
            .starts_with("Token verification failed")
    );

    let signin: Value = http
        .post(url("/anonymous-signin"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let created: Value = http
        .post(url("/create-room"))
        .bearer_auth(signin["id_token"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(created["room_id"].as_str().unwrap().len(), 8);
    assert_eq!(created["token"].as_str().unwrap().len(), 6);

    let status = |body: Value| {
        let http = http.clone();
        let u = url("/delete-peers-and-room");
        async move {
            http.post(u)
                .json(&body)
                .send()
                .await
                .unwrap()
                .json::<Value>()
                .await
                .unwrap()["status"]
                .clone()
        }
    };
    assert_eq!(status(json!({"peer_id": "nobody"})).await, "peer not found");
    // server.py at 8144b60 reads only peer_id.
    assert_eq!(
        status(json!({"room_id": "nosuchrm"})).await,
        "peer not found"
    );
    assert_eq!(
        http.post(url("/delete-peers-and-room"))
            .body("{")
            .send()
            .await
            .unwrap()
            .status(),
        422
    );

    // The JWKS verifies the issued token's key id, Cognito-style paths included.
    let jwks: Value = http
        .get(url("/.well-known/jwks.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let issuer = emu.info["issuer"].as_str().unwrap();
    let pool_jwks: Value = http
        .get(format!("{issuer}/.well-known/jwks.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(jwks, pool_jwks);
    assert_eq!(jwks["keys"][0]["kty"], "RSA");
}
