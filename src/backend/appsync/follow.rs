//! Following AppSync subscriptions (Event API channels, GraphQL
//! subscriptions) for as long as asked: frames as they come, and when the
//! connection closes or stays silent past its keep-alive, a reconnect with
//! jittered backoff (capped at 5 s) that subscribes again.

use serde_json::Value;
use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::time::Duration;

use super::connection::{Connection, errors};
use crate::error::{Error, Result};

/// Subscriptions on one connection.
pub struct Subscribed {
    pub conn: Connection,
    /// Subscription id → what it follows (a channel, a query).
    pub ids: HashMap<String, String>,
    /// `data` frames that arrived while subscribing.
    pub early: VecDeque<Value>,
}

/// What happens while following, for the command to show.
pub enum Followed<'a> {
    /// Subscribed to these (sorted).
    Subscribed(Vec<&'a str>),
    /// A `data` frame of the subscription that follows `follows`.
    Data {
        frame: &'a Value,
        follows: &'a str,
    },
    /// An error frame of type `frame_type`.
    Error {
        frame_type: &'a str,
        error_type: &'a str,
        message: &'a str,
    },
    /// The connection was lost; reconnecting after `wait`.
    Lost {
        wait: Duration,
    },
    Reconnected,
}

/// Follow what `open` subscribes to until `count` data frames or `for_`
/// have passed. A reconnect refused for authentication or usage ends it with
/// that error; other failures are retried.
pub async fn follow<F, Fut>(
    count: Option<u64>,
    for_: Option<Duration>,
    open: F,
    mut on: impl FnMut(Followed<'_>),
) -> Result<()>
where
    F: Fn() -> Fut,
    Fut: Future<Output = Result<Subscribed>>,
{
    let deadline = for_.map(|d| tokio::time::Instant::now() + d);
    let mut s = open().await?;
    let mut following: Vec<&str> = s.ids.values().map(String::as_str).collect();
    following.sort();
    on(Followed::Subscribed(following));
    let mut seen = 0u64;
    let mut backoff = Duration::from_millis(100);
    loop {
        if count.is_some_and(|n| seen >= n) {
            break;
        }
        let frame = match s.early.pop_front() {
            Some(f) => Some(f),
            None => match deadline {
                Some(d) => match tokio::time::timeout_at(d, s.conn.next_frame()).await {
                    Ok(f) => f,
                    Err(_) => break,
                },
                None => s.conn.next_frame().await,
            },
        };
        let Some(frame) = frame else {
            let wait = backoff.mul_f64(0.5 + rand::random::<f64>() / 2.0);
            on(Followed::Lost {
                wait: Duration::from_millis(wait.as_millis() as u64),
            });
            tokio::time::sleep(wait).await;
            backoff = (backoff * 2).min(Duration::from_secs(5));
            match open().await {
                Ok(fresh) => {
                    s = fresh;
                    backoff = Duration::from_millis(100);
                    on(Followed::Reconnected);
                }
                Err(e) if matches!(e, Error::Auth(_) | Error::Usage(_)) => return Err(e),
                Err(_) => {}
            }
            continue;
        };
        match frame["type"].as_str().unwrap_or_default() {
            "data" => {
                seen += 1;
                let sub = frame["id"].as_str().unwrap_or_default();
                let follows = s.ids.get(sub).map(String::as_str).unwrap_or_default();
                on(Followed::Data {
                    frame: &frame,
                    follows,
                });
            }
            t if t.ends_with("error") => {
                let e = &errors(&frame)[0];
                on(Followed::Error {
                    frame_type: t,
                    error_type: e["errorType"].as_str().unwrap_or_default(),
                    message: e["message"].as_str().unwrap_or_default(),
                });
            }
            _ => {}
        }
    }
    s.conn.close().await;
    Ok(())
}
