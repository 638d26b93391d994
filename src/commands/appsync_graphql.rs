//! `signal-cli appsync graphql`: subscriptions over AppSync's real-time
//! endpoint, queries and mutations over HTTP. Protocol-specific like `room`:
//! it uses the `appsync-graphql` backend's client API.

use serde_json::{Value, json};

use super::Ctx;
use super::following::show;
use crate::auth::Identity;
use crate::backend::appsync::follow::{Followed, follow};
use crate::backend::appsync_graphql::client::GraphqlBackend;
use crate::cli::{GraphqlCommand, GraphqlRequestArgs, GraphqlSubscribeArgs};
use crate::config::Target;
use crate::error::{Error, Result};

pub async fn run(ctx: &Ctx, cmd: GraphqlCommand) -> Result<()> {
    match cmd {
        GraphqlCommand::Subscribe(a) => subscribe(ctx, a).await,
        GraphqlCommand::Mutate(a) | GraphqlCommand::Query(a) => request(ctx, a).await,
    }
}

fn variables(text: Option<&str>) -> Result<Value> {
    match text {
        None => Ok(json!({})),
        Some(t) => serde_json::from_str::<Value>(t)
            .ok()
            .filter(Value::is_object)
            .ok_or_else(|| Error::usage(format!("--variables '{t}': not a JSON object"))),
    }
}

/// The API, and the signed-in identity where the auth mode takes one.
async fn api(ctx: &Ctx) -> Result<(GraphqlBackend, Option<Identity>)> {
    let target: Target = ctx.target()?;
    let api = GraphqlBackend::new(&target)?;
    let identity = if api.needs_user() {
        Some(ctx.identity(&target).await?)
    } else {
        None
    };
    Ok((api, identity))
}

async fn subscribe(ctx: &Ctx, args: GraphqlSubscribeArgs) -> Result<()> {
    let (mut api, identity) = api(ctx).await?;
    api.set_auth_in_query(args.auth_in_query);
    let vars = variables(args.variables.as_deref())?;
    let requests: Vec<Value> = args
        .queries
        .iter()
        .map(|q| json!({"query": q, "variables": vars}))
        .collect();
    let (api, identity, requests) = (&api, identity.as_ref(), &requests);
    let open = move || api.started(identity, requests);
    follow(args.count, args.for_, open, |f| match f {
        Followed::Data { frame, follows } => {
            let sub = frame["id"].as_str().unwrap_or_default();
            let payload = &frame["payload"];
            if ctx.out.json {
                let mut line = json!({
                    "subscription": sub,
                    "at": crate::util::clock::now_rfc3339(),
                    "data": payload["data"],
                });
                if payload["errors"].is_array() {
                    line["errors"] = payload["errors"].clone();
                }
                ctx.out.ndjson(&line);
            } else {
                let short: String = follows.chars().take(40).collect();
                ctx.out.line(&format!("{short}: {}", payload["data"]));
            }
        }
        other => show(ctx, "queries", other),
    })
    .await
}

async fn request(ctx: &Ctx, args: GraphqlRequestArgs) -> Result<()> {
    let (api, identity) = api(ctx).await?;
    let mut body = json!({"query": args.query, "variables": variables(args.variables.as_deref())?});
    if let Some(name) = &args.operation_name {
        body["operationName"] = name.clone().into();
    }
    let auth = api.authorizer(identity.as_ref()).await?;
    let response = api.post(&auth, &body).await?;
    let errors = response["errors"].as_array().cloned().unwrap_or_default();
    if ctx.out.json {
        ctx.out.document(&response);
    } else {
        ctx.out.line(
            &serde_json::to_string_pretty(&response["data"]).unwrap_or_else(|_| "null".into()),
        );
        for e in &errors {
            ctx.out.line(&format!(
                "error: {}: {}",
                e["errorType"].as_str().unwrap_or("GraphQL"),
                e["message"].as_str().unwrap_or_default()
            ));
        }
    }
    if !errors.is_empty() {
        return Err(Error::Check(format!(
            "the API answered with {} GraphQL error(s)",
            errors.len()
        )));
    }
    Ok(())
}
