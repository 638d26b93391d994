//! Authorization for AppSync APIs (aws.md §1.3, §2.2), shared by the Events
//! and GraphQL backends, their commands and their emulators: the five
//! modes, the client's authorization header objects (SigV4 for IAM), and
//! the emulators' checks.

pub mod auth;
pub mod check;
pub mod connection;
pub mod emulated;
pub mod options;
pub mod sigv4;

use axum::http::HeaderMap;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value, json};
use std::fmt;

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
