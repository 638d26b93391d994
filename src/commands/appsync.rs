//! `signal-cli appsync events`: publish and subscribe on AppSync Event API
//! channels. Protocol-specific like `room`: it uses the `appsync-events`
//! backend's client API.

use serde_json::{Value, json};
use std::io::BufRead;

use super::Ctx;
use super::following::show;
use crate::backend::appsync::follow::{Followed, follow};
use crate::backend::appsync_events::client::EventsBackend;
use crate::backend::appsync_events::wire::Channel;
use crate::cli::{EventsCommand, EventsPublishArgs, EventsSubscribeArgs};
use crate::error::{Error, Result};
use crate::util::clock::now_rfc3339;

pub async fn run(ctx: &Ctx, cmd: EventsCommand) -> Result<()> {
    match cmd {
        EventsCommand::Subscribe(a) => subscribe(ctx, a).await,
        EventsCommand::Publish(a) => publish(ctx, a).await,
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

async fn subscribe(ctx: &Ctx, args: EventsSubscribeArgs) -> Result<()> {
    let (api, target) = api(ctx)?;
    for c in &args.channels {
        Channel::parse(c, true).map_err(|m| Error::usage(format!("channel '{c}': {m}")))?;
    }
    let identity = identity(ctx, &api, &target).await?;
    let (api, identity, channels) = (&api, identity.as_ref(), &args.channels);
    let open = move || api.subscribed(identity, channels);
    follow(args.count, args.for_, open, |f| match f {
        Followed::Data { frame, follows } => {
            let sub = frame["id"].as_str().unwrap_or_default();
            let raw = frame["event"].as_str().unwrap_or_default();
            let event: Value = serde_json::from_str(raw).unwrap_or(Value::String(raw.to_owned()));
            if ctx.out.json {
                ctx.out.ndjson(&json!({
                    "channel": follows, "subscription": sub, "at": now_rfc3339(), "event": event
                }));
            } else {
                ctx.out.line(&format!("{follows}: {event}"));
            }
        }
        other => show(ctx, "channels", other),
    })
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
    let outcome = api
        .publish(identity.as_ref(), &args.channel, &events, args.http)
        .await?;
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
