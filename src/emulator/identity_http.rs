//! The embedded identity provider's HTTP endpoints, shared by every emulator
//! that checks Cognito-style tokens: `POST /anonymous-signin` (the room
//! server's anonymous sign-in) and the JWKS at `/.well-known/jwks.json` and
//! `/<pool>/.well-known/jwks.json`, where a Cognito pool publishes it.
//!
//! Emulator extension: a sign-in body `{"groups": ["ADMINS"]}` puts those
//! groups in the token's `cognito:groups`, so that admin rules can be tested
//! offline. A real room server ignores the body.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Map, Value, json};
use std::sync::Arc;

use super::cognito::UserPool;
use super::idp::IdentityProvider;
use crate::auth::anonymous::SigninResponse;

type Idp = Option<Arc<IdentityProvider>>;

/// The routes, answering 500/404 when the emulator verifies an external
/// issuer's tokens and so cannot issue any; with a user pool, its
/// Cognito-compatible endpoint at `/cognito` too.
pub fn router(idp: Idp, pool: Option<&Arc<UserPool>>) -> Router {
    let router = Router::new()
        .route("/anonymous-signin", post(anonymous_signin))
        .route("/.well-known/jwks.json", get(jwks))
        .route("/{pool}/.well-known/jwks.json", get(pool_jwks))
        .with_state(idp);
    match pool {
        Some(p) => router.merge(p.router()),
        None => router,
    }
}

fn detail(status: StatusCode, detail: impl Into<Value>) -> Response {
    (status, Json(json!({ "detail": detail.into() }))).into_response()
}

/// The groups asked for in a sign-in body, if any.
fn requested_groups(body: &str) -> Option<Value> {
    let v: Value = serde_json::from_str(body).ok()?;
    let groups: Vec<Value> = v
        .get("groups")?
        .as_array()?
        .iter()
        .filter(|g| g.is_string())
        .cloned()
        .collect();
    (!groups.is_empty()).then_some(Value::Array(groups))
}

async fn anonymous_signin(State(idp): State<Idp>, body: String) -> Response {
    let Some(idp) = &idp else {
        return detail(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Anonymous sign-in failed: this emulator verifies tokens of an external issuer and cannot issue any",
        );
    };
    let username = uuid::Uuid::new_v4().to_string();
    let mut extra = Map::new();
    if let Some(groups) = requested_groups(&body) {
        extra.insert("cognito:groups".into(), groups);
    }
    // `{"access_token": true}` (our extension) also asks for an access
    // token, for servers that accept only those.
    let access = serde_json::from_str::<Value>(&body)
        .is_ok_and(|v| v.get("access_token") == Some(&Value::Bool(true)));
    let issued = idp.issue(&username, &username, extra).and_then(|id_token| {
        let access_token = access
            .then(|| idp.issue_access(&username, &username, &idp.audience))
            .transpose()?;
        Ok((id_token, access_token))
    });
    match issued {
        Ok((id_token, access_token)) => Json(SigninResponse {
            id_token,
            username,
            access_token,
        })
        .into_response(),
        Err(e) => detail(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("Anonymous sign-in failed: {e}"),
        ),
    }
}

async fn jwks(State(idp): State<Idp>) -> Response {
    match &idp {
        Some(idp) => Json(idp.jwks()).into_response(),
        None => detail(StatusCode::NOT_FOUND, "this emulator does not issue tokens"),
    }
}

async fn pool_jwks(state: State<Idp>, Path(_pool): Path<String>) -> Response {
    jwks(state).await
}

#[cfg(test)]
mod tests {
    use super::requested_groups;
    use serde_json::json;

    #[test]
    fn only_string_groups_are_taken() {
        assert_eq!(
            requested_groups(r#"{"groups":["ADMINS",3]}"#),
            Some(json!(["ADMINS"]))
        );
        assert_eq!(requested_groups(""), None);
        assert_eq!(requested_groups(r#"{"groups":[]}"#), None);
        assert_eq!(requested_groups("[1]"), None);
    }
}
