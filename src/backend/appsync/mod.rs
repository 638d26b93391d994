//! Authorization for AppSync APIs (aws.md §1.3, §2.2), shared by the Events
//! and GraphQL backends, their commands and their emulators: the five
//! modes, the client's authorization header objects (SigV4 for IAM), and
//! the emulators' checks.

pub mod auth;
pub mod check;
pub mod connection;
pub mod emulated;
pub mod follow;
pub mod http;
pub mod options;
pub mod sigv4;

use axum::http::HeaderMap;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value, json};
use std::fmt;

/// The `type` of a real-time frame, read without parsing the frame: the
/// value of its first `"type"` key (a `"type"` inside a string payload is
/// escaped, so it does not match).
pub fn frame_type(text: &str) -> Option<&str> {
    let at = text.find("\"type\"")? + 6;
    let rest = text[at..].trim_start().strip_prefix(':')?.trim_start();
    let rest = rest.strip_prefix('"')?;
    rest.find('"').map(|end| &rest[..end])
}

/// A peer's identity, for backends on AppSync: none where the auth mode
/// carries its own credentials (API key, IAM, Lambda), else one from the
/// emulator at the target's HTTP URL (a real API's users sign in with
/// Cognito).
pub async fn sign_in(
    settings: &auth::Settings,
    target: &crate::config::Target,
) -> crate::error::Result<Option<crate::auth::Identity>> {
    if !settings.needs_identity() {
        return Ok(None);
    }
    let t = target;
    crate::auth::anonymous::from_emulator(t.http_url.as_deref(), t.insecure, t.timeout).await
}

/// Where a protocol's error frames carry their error objects.
#[derive(Clone, Copy)]
pub enum ErrorsAt {
    /// `errors` (Event API).
    Top,
    /// `payload.errors` (GraphQL).
    Payload,
}

/// An error frame of type `frame_type` with one error object, and the
/// operation's id when there is one.
pub fn error_frame(
    frame_type: &str,
    at: ErrorsAt,
    id: Option<&str>,
    kind: &str,
    message: &str,
) -> String {
    let errors = json!([error_object(kind, message)]);
    let mut v = match at {
        ErrorsAt::Top => json!({"type": frame_type, "errors": errors}),
        ErrorsAt::Payload => json!({"type": frame_type, "payload": {"errors": errors}}),
    };
    if let Some(id) = id {
        v["id"] = id.into();
    }
    v.to_string()
}

/// An AppSync error object.
pub fn error_object(kind: &str, message: &str) -> Value {
    json!({"errorType": kind, "message": message})
}

/// The `header-<base64url(JSON)>` subprotocol carrying `auth`.
pub fn header_subprotocol(auth: &Value) -> String {
    format!("header-{}", URL_SAFE_NO_PAD.encode(auth.to_string()))
}

/// The authorization object of a `header-...` subprotocol.
pub fn parse_header_subprotocol(p: &str) -> Option<Value> {
    let encoded = p.strip_prefix("header-")?;
    let bytes = URL_SAFE_NO_PAD.decode(encoded.trim_end_matches('=')).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// The authorization object of a WebSocket upgrade (emulators): a
/// `header-...` subprotocol, else real headers, as native clients send.
pub fn upgrade_auth(headers: &HeaderMap) -> Option<Value> {
    let from_protocol = headers
        .get_all("sec-websocket-protocol")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .find_map(|p| parse_header_subprotocol(p.trim()));
    from_protocol.or_else(|| {
        let mut m = Map::new();
        for k in ["x-api-key", "authorization", "host"] {
            if let Some(v) = headers.get(k).and_then(|v| v.to_str().ok()) {
                m.insert(k.into(), v.into());
            }
        }
        (m.len() > 1).then_some(Value::Object(m))
    })
}

/// What a real-time frame does to its connection, in both emulators.
#[derive(Debug, PartialEq, Eq)]
pub enum After {
    Go,
    /// `connection_ack` went out: keep-alives count from now.
    Acked,
    Close,
}

/// An AppSync authorization mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    ApiKey,
    Cognito,
    Iam,
    Lambda,
    Oidc,
}

impl Mode {
    pub const ALL: [Mode; 5] = [
        Mode::ApiKey,
        Mode::Cognito,
        Mode::Iam,
        Mode::Lambda,
        Mode::Oidc,
    ];

    /// signal-cli's short name (`api-key`, `cognito`, `iam`, `lambda`, `oidc`).
    pub fn short(self) -> &'static str {
        match self {
            Mode::ApiKey => "api-key",
            Mode::Cognito => "cognito",
            Mode::Iam => "iam",
            Mode::Lambda => "lambda",
            Mode::Oidc => "oidc",
        }
    }

    /// AppSync's name (`authType`).
    pub fn aws(self) -> &'static str {
        match self {
            Mode::ApiKey => "API_KEY",
            Mode::Cognito => "AMAZON_COGNITO_USER_POOLS",
            Mode::Iam => "AWS_IAM",
            Mode::Lambda => "AWS_LAMBDA",
            Mode::Oidc => "OPENID_CONNECT",
        }
    }

    /// Either name, any case.
    pub fn parse(s: &str) -> Result<Mode, String> {
        Mode::ALL
            .into_iter()
            .find(|m| s.eq_ignore_ascii_case(m.short()) || s.eq_ignore_ascii_case(m.aws()))
            .ok_or_else(|| {
                format!(
                    "unknown AppSync auth mode '{s}' (one of {})",
                    Mode::ALL.map(Mode::short).join(", ")
                )
            })
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.short())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_parse_by_either_name() {
        for m in Mode::ALL {
            assert_eq!(Mode::parse(m.short()), Ok(m));
            assert_eq!(Mode::parse(m.aws()), Ok(m));
        }
        assert_eq!(Mode::parse("Api_Key"), Ok(Mode::ApiKey));
        assert!(
            Mode::parse("basic")
                .unwrap_err()
                .contains("api-key, cognito")
        );
    }
}

#[cfg(test)]
mod frame_type_tests {
    use super::frame_type;

    #[test]
    fn the_frame_type_is_the_first_unescaped_type_key() {
        assert_eq!(frame_type(r#"{"type":"data","id":"1"}"#), Some("data"));
        assert_eq!(frame_type(r#"{"id":"1", "type" : "ka"}"#), Some("ka"));
        assert_eq!(
            frame_type(r#"{"event":"{\"type\":\"offer\"}","type":"data"}"#),
            Some("data")
        );
        assert_eq!(frame_type(r#"{"id":"1"}"#), None);
        assert_eq!(frame_type(r#"{"type":5}"#), None);
    }
}
