//! The baseline for BENCHMARKS.md: the least a client can do to relay
//! offer/answer pairs through a room server with tokio-tungstenite — no
//! driver, no verification beyond counting, no per-step bookkeeping.
//!
//! cargo run --release --example minimal_relay -- --http-url URL --ws-url URL --pairs 1000 --iterations 10

use clap::Parser;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio_tungstenite::tungstenite::Message;

#[derive(Parser)]
struct Args {
    #[arg(long)]
    http_url: String,
    #[arg(long)]
    ws_url: String,
    #[arg(long, default_value_t = 100)]
    pairs: u32,
    #[arg(long, default_value_t = 10)]
    iterations: u32,
    #[arg(long, default_value_t = 1500)]
    size: usize,
    /// New sessions per second.
    #[arg(long, default_value_t = 500.0)]
    connect_rate: f64,
    /// Keep the sessions open (idle) this long after the relay.
    #[arg(long, default_value = "0s", value_parser = humantime::parse_duration)]
    hold: Duration,
}

type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn open(ws_url: &str, room: &Value, peer: &str, id_token: &str) -> Ws {
    let (mut ws, _) = tokio_tungstenite::connect_async(ws_url)
        .await
        .expect("connect");
    let reg = json!({"type": "register", "peer_id": peer, "room_id": room["room_id"], "token": room["token"], "id_token": id_token});
    ws.send(Message::text(reg.to_string()))
        .await
        .expect("register");
    let ack = ws.next().await.expect("ack").expect("ack frame");
    assert!(
        ack.to_text()
            .unwrap_or_default()
            .contains("registered_auth"),
        "{ack:?}"
    );
    ws
}

async fn recv(ws: &mut Ws) -> Value {
    loop {
        if let Message::Text(t) = ws.next().await.expect("open").expect("frame") {
            return serde_json::from_str(&t).expect("json");
        }
    }
}

#[tokio::main]
async fn main() {
    let _ = rlimit::increase_nofile_limit(u64::MAX);
    let args = Args::parse();
    let http = reqwest::Client::new();
    let signin: Value = http
        .post(format!("{}/anonymous-signin", args.http_url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id_token: Arc<str> = signin["id_token"].as_str().unwrap().into();
    let sdp: Arc<str> = format!("v=0\r\n{}", "a=x-pad:".repeat(args.size / 8))
        .chars()
        .take(args.size)
        .collect::<String>()
        .into();
    let gap = Duration::from_secs_f64(2.0 / args.connect_rate);
    let start = Instant::now();
    let (ready_tx, mut ready_rx) = tokio::sync::mpsc::channel::<Duration>(1024);
    let (go_tx, go_rx) = tokio::sync::watch::channel(false);
    let mut tasks = Vec::new();
    for p in 0..args.pairs {
        let (http, id_token, sdp, ws_url, http_url) = (
            http.clone(),
            id_token.clone(),
            sdp.clone(),
            args.ws_url.clone(),
            args.http_url.clone(),
        );
        let (ready_tx, mut go_rx) = (ready_tx.clone(), go_rx.clone());
        let (iterations, hold) = (args.iterations, args.hold);
        tasks.push(tokio::spawn(async move {
            tokio::time::sleep_until((start + gap * p).into()).await;
            let room: Value = http
                .post(format!("{http_url}/create-room"))
                .bearer_auth(&*id_token)
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            let (a, b) = (format!("a-{p}"), format!("b-{p}"));
            let mut wa = open(&ws_url, &room, &a, &id_token).await;
            let mut wb = open(&ws_url, &room, &b, &id_token).await;
            let _ = ready_tx.send(start.elapsed()).await;
            let _ = go_rx.wait_for(|g| *g).await;
            let mut lat = Vec::with_capacity(iterations as usize * 2);
            for _ in 0..iterations {
                let t = Instant::now();
                let offer =
                    json!({"type": "offer", "sender": a, "target": b, "sdp": &*sdp}).to_string();
                wa.send(Message::text(offer)).await.unwrap();
                let got = recv(&mut wb).await;
                lat.push(t.elapsed());
                let t = Instant::now();
                let answer =
                    json!({"type": "answer", "sender": b, "target": got["sender"], "sdp": &*sdp})
                        .to_string();
                wb.send(Message::text(answer)).await.unwrap();
                recv(&mut wa).await;
                lat.push(t.elapsed());
            }
            tokio::time::sleep(hold).await;
            lat
        }));
    }
    drop(ready_tx);
    let mut last_ready = Duration::ZERO;
    for _ in 0..args.pairs {
        last_ready = ready_rx.recv().await.expect("every pair connects");
    }
    let relay_start = Instant::now();
    go_tx.send(true).unwrap();
    let mut lat: Vec<Duration> = Vec::new();
    for t in tasks {
        lat.extend(t.await.unwrap());
    }
    let relay = relay_start.elapsed();
    lat.sort();
    let q =
        |f: f64| lat[((lat.len() as f64 * f) as usize).min(lat.len() - 1)].as_secs_f64() * 1000.0;
    println!(
        "{}",
        json!({
            "sessions": args.pairs * 2, "delivered": lat.len(), "connect_all_s": last_ready.as_secs_f64(),
            "connects_per_s": f64::from(args.pairs * 2) / last_ready.as_secs_f64(),
            "relay_s": relay.as_secs_f64(), "delivery_p50_ms": q(0.5), "delivery_p99_ms": q(0.99),
        })
    );
}
