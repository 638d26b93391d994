//! `signal-cli appsync events`: publish and subscribe on AppSync Event API
//! channels. Protocol-specific like `room`: it uses the `appsync-events`
//! backend's client API.

use serde_json::{Value, json};
use std::collections::{HashMap, VecDeque};
use std::io::BufRead;
use std::time::Duration;

use super::Ctx;
use crate::backend::appsync::auth::publish_body;
use crate::backend::appsync::connection::{Connection, errors};
use crate::backend::appsync_events::client::{EventsBackend, publish_frame, subscribe_frame};
use crate::backend::appsync_events::wire::Channel;
use crate::cli::{AppsyncCommand, EventsCommand, EventsPublishArgs, EventsSubscribeArgs};
use crate::error::{Error, Result};

pub async fn run(ctx: &Ctx, cmd: AppsyncCommand) -> Result<()> {
    match cmd {
        AppsyncCommand::Graphql(c) => super::appsync_graphql::run(ctx, c).await,
        AppsyncCommand::Events(EventsCommand::Subscribe(a)) => subscribe(ctx, a).await,
        AppsyncCommand::Events(EventsCommand::Publish(a)) => publish(ctx, a).await,
    }
}

fn api(ctx: &Ctx) -> Result<(EventsBackend, crate::config::Target)> {
    let target = ctx.target()?;
    Ok((EventsBackend::new(&target)?, target))
}

/// The signed-in identity, where the auth mode takes one.
async fn identity(
    ctx: &Ctx,
    api: &EventsBackend,
    target: &crate::config::Target,
) -> Result<Option<crate::auth::Identity>> {
    if !api.needs_user() {
        return Ok(None);
    }
    ctx.identity(target).await.map(Some)
}

pub(super) fn now() -> String {
    crate::util::clock::now_rfc3339()
}

/// Subscriptions on one connection: the connection, subscription id →
/// what it follows, and `data` frames that arrived while subscribing.
pub(super) type Subscribed = (Connection, HashMap<String, String>, VecDeque<Value>);

/// Open a connection and subscribe to every channel.
async fn subscribed(
    api: &EventsBackend,
    identity: Option<&crate::auth::Identity>,
    channels: &[String],
) -> Result<Subscribed> {
    let (mut conn, _) = api.open(identity).await?;
    let mut ids = HashMap::new();
    let mut early = VecDeque::new();
    for (i, c) in channels.iter().enumerate() {
        let id = format!("s{i}-{}", uuid::Uuid::new_v4().simple());
        let frame = subscribe_frame(&conn.auth, &id, c)?;
        conn.request(frame, &id, "subscribe_success", &mut early)
            .await?;
        ids.insert(id, c.clone());
    }
    Ok((conn, ids, early))
}

/// Print frames of the subscriptions `open` makes until `count` data
/// payloads or `for_` have passed; when the connection closes or stays
/// silent past its keep-alive, reconnect with jittered backoff (capped at
/// 5 s) and subscribe again. `data` prints a `data` frame given what its
/// subscription follows. The status lines name what is followed as `what`
/// (`channels`, `queries`).
pub(super) async fn follow<F, Fut>(
    ctx: &Ctx,
    what: &str,
    count: Option<u64>,
    for_: Option<Duration>,
    open: F,
    data: impl Fn(&Value, &str),
) -> Result<()>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Result<Subscribed>>,
{
    let deadline = for_.map(|d| tokio::time::Instant::now() + d);
    let (mut conn, mut ids, mut early) = open().await?;
    let mut following: Vec<&String> = ids.values().collect();
    following.sort();
    if ctx.out.json {
        ctx.out
            .ndjson(&json!({"status": "subscribed", "at": now(), what: following}));
    } else {
        let list: Vec<&str> = following.iter().map(|s| s.as_str()).collect();
        ctx.out.line(&format!("subscribed: {}", list.join(", ")));
    }
    let mut seen = 0u64;
    let mut backoff = Duration::from_millis(100);
    loop {
        if count.is_some_and(|n| seen >= n) {
            break;
        }
        let frame = match early.pop_front() {
            Some(f) => Some(f),
            None => match deadline {
                Some(d) => match tokio::time::timeout_at(d, conn.next_frame()).await {
                    Ok(f) => f,
                    Err(_) => break,
                },
                None => conn.next_frame().await,
            },
        };
        let Some(frame) = frame else {
            let wait = backoff.mul_f64(0.5 + rand::random::<f64>() / 2.0);
            if !ctx.out.json {
                ctx.out.line(&format!(
                    "connection lost; reconnecting in {}",
                    humantime::format_duration(Duration::from_millis(wait.as_millis() as u64))
                ));
            }
            tokio::time::sleep(wait).await;
            backoff = (backoff * 2).min(Duration::from_secs(5));
            match open().await {
                Ok((c, i, e)) => {
                    (conn, ids, early) = (c, i, e);
                    backoff = Duration::from_millis(100);
                    if ctx.out.json {
                        ctx.out
                            .ndjson(&json!({"status": "reconnected", "at": now()}));
                    } else {
                        ctx.out.line("reconnected");
                    }
                }
                Err(e) if matches!(e, Error::Auth(_) | Error::Usage(_)) => return Err(e),
                Err(_) => {}
            }
            continue;
        };
        match frame["type"].as_str().unwrap_or_default() {
            "data" => {
                let sub = frame["id"].as_str().unwrap_or_default();
                seen += 1;
                data(&frame, ids.get(sub).map(String::as_str).unwrap_or_default());
            }
            t if t.ends_with("error") => {
                let e = &errors(&frame)[0];
                ctx.out.line(&format!(
                    "{t}: {}: {}",
                    e["errorType"].as_str().unwrap_or_default(),
                    e["message"].as_str().unwrap_or_default()
                ));
            }
            _ => {}
        }
    }
    conn.close().await;
    Ok(())
}

async fn subscribe(ctx: &Ctx, args: EventsSubscribeArgs) -> Result<()> {
    let (api, target) = api(ctx)?;
    for c in &args.channels {
        Channel::parse(c, true).map_err(|m| Error::usage(format!("channel '{c}': {m}")))?;
    }
    let identity = identity(ctx, &api, &target).await?;
    let (api, identity, channels) = (&api, identity.as_ref(), &args.channels);
    let open = move || subscribed(api, identity, channels);
    follow(
        ctx,
        "channels",
        args.count,
        args.for_,
        open,
        |frame, channel| {
            let sub = frame["id"].as_str().unwrap_or_default();
            let raw = frame["event"].as_str().unwrap_or_default();
            let event: Value = serde_json::from_str(raw).unwrap_or(Value::String(raw.to_owned()));
            if ctx.out.json {
                ctx.out.ndjson(
                    &json!({"channel": channel, "subscription": sub, "at": now(), "event": event}),
                );
            } else {
                ctx.out.line(&format!("{channel}: {event}"));
            }
        },
    )
    .await
}

/// The events to publish, as JSON strings: arguments, `-` for standard
/// input, or a file; each must be JSON.
fn events(args: &EventsPublishArgs) -> Result<Vec<String>> {
    let mut lines = Vec::new();
    if let Some(path) = &args.file {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
        lines.extend(text.lines().map(str::to_owned));
    }
    for e in &args.events {
        if e == "-" {
            for l in std::io::stdin().lock().lines() {
                lines.push(l.map_err(|e| Error::io("cannot read standard input", e))?);
            }
        } else {
            lines.push(e.clone());
        }
    }
    let lines: Vec<String> = lines.into_iter().filter(|l| !l.trim().is_empty()).collect();
    if lines.is_empty() || lines.len() > 5 {
        return Err(Error::usage(format!(
            "a publish carries 1 to 5 events; got {}",
            lines.len()
        )));
    }
    for l in &lines {
        serde_json::from_str::<Value>(l)
            .map_err(|e| Error::usage(format!("event '{l}' is not JSON: {e}")))?;
    }
    Ok(lines)
}

async fn publish(ctx: &Ctx, args: EventsPublishArgs) -> Result<()> {
    let (api, target) = api(ctx)?;
    Channel::parse(&args.channel, false)
        .map_err(|m| Error::usage(format!("channel '{}': {m}", args.channel)))?;
    let events = events(&args)?;
    let identity = identity(ctx, &api, &target).await?;
    let outcome = if args.http {
        let url = format!("{}/event", api.http_url().trim_end_matches('/'));
        let http = crate::util::http::http_client(target.insecure, target.timeout)?;
        // The exact bytes IAM signs.
        let body = publish_body(&args.channel, &events);
        let headers = api
            .authorizer(identity.as_ref())
            .await?
            .http_headers(&body)?;
        let mut req = http.post(&url).body(body);
        if !headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("content-type"))
        {
            req = req.header("content-type", "application/json");
        }
        for (k, v) in headers {
            req = req.header(k, v);
        }
        let resp = req.send().await.map_err(|e| Error::http(&url, e))?;
        let status = resp.status();
        let body: Value = resp.json().await.unwrap_or(Value::Null);
        if !status.is_success() {
            let e = &body["errors"][0];
            let message = format!(
                "{url} answered HTTP {status}: {}: {}",
                e["errorType"].as_str().unwrap_or_default(),
                e["message"].as_str().unwrap_or_default()
            );
            return Err(if status.as_u16() == 401 || status.as_u16() == 403 {
                Error::Auth(message)
            } else {
                Error::failed(message)
            });
        }
        body
    } else {
        let (mut conn, _) = api.open(identity.as_ref()).await?;
        let id = format!("p-{}", uuid::Uuid::new_v4().simple());
        let frame = publish_frame(&conn.auth, &id, &args.channel, &events)?;
        let mut early = VecDeque::new();
        let reply = conn
            .request(frame, &id, "publish_success", &mut early)
            .await?;
        conn.close().await;
        reply
    };
    let successful = outcome["successful"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let failed = outcome["failed"].as_array().cloned().unwrap_or_default();
    if ctx.out.json {
        ctx.out.document(
            &json!({"channel": args.channel, "successful": successful, "failed": failed}),
        );
    } else {
        for s in &successful {
            ctx.out.line(&format!(
                "event {}: published ({})",
                s["index"],
                s["identifier"].as_str().unwrap_or_default()
            ));
        }
        for f in &failed {
            ctx.out.line(&format!(
                "event {}: failed: {}",
                f["index"],
                f["errorMessage"].as_str().unwrap_or("no reason given")
            ));
        }
    }
    if !failed.is_empty() {
        return Err(Error::Check(format!(
            "{} of {} events failed",
            failed.len(),
            failed.len() + successful.len()
        )));
    }
    Ok(())
}
