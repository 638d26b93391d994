//! How `appsync events subscribe` and `appsync graphql subscribe` show what
//! happens to their subscriptions besides data: subscribed, errors, lost and
//! reconnected.

use serde_json::json;

use super::Ctx;
use crate::backend::appsync::follow::Followed;
use crate::util::clock::now_rfc3339;

/// Show `f`; `what` names what is followed in JSON (`channels`, `queries`).
pub fn show(ctx: &Ctx, what: &str, f: Followed<'_>) {
    let out = &ctx.out;
    match f {
        Followed::Subscribed(list) => {
            if out.json {
                out.ndjson(&json!({"status": "subscribed", "at": now_rfc3339(), what: list}));
            } else {
                out.line(&format!("subscribed: {}", list.join(", ")));
            }
        }
        Followed::Error {
            frame_type,
            error_type,
            message,
        } => out.line(&format!("{frame_type}: {error_type}: {message}")),
        Followed::Lost { wait } => {
            if !out.json {
                out.line(&format!(
                    "connection lost; reconnecting in {}",
                    humantime::format_duration(wait)
                ));
            }
        }
        Followed::Reconnected => {
            if out.json {
                out.ndjson(&json!({"status": "reconnected", "at": now_rfc3339()}));
            } else {
                out.line("reconnected");
            }
        }
        // The command shows its own data.
        Followed::Data { .. } => {}
    }
}
