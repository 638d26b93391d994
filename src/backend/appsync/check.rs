//! The emulators' side: does an authorization header object pass any of
//! the modes an operation allows?
//!
//! API keys are compared with the configured list; Cognito and OIDC tokens
//! are verified by the emulator's verifier (the embedded identity provider
//! or an external JWKS: signature, issuer, audience, expiry; access tokens
//! refused); SigV4 is recomputed with the configured access keys; a Lambda
//! authorizer is stood in for by a list of tokens it accepts.

use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::SystemTime;

use super::{Mode, sigv4};
use crate::emulator::idp::Verifier;

/// Who passed, and how.
#[derive(Debug, Clone)]
pub struct Caller {
    pub mode: Mode,
    /// The token's `sub` (Cognito, OIDC).
    pub sub: Option<String>,
}

/// The credentials an emulated AppSync API accepts.
pub struct ServerAuth {
    pub api_keys: Vec<String>,
    pub verifier: Arc<Verifier>,
    /// Access key id → secret access key.
    pub iam_keys: HashMap<String, String>,
    /// Tokens the (emulated) authorizer Lambda accepts.
    pub lambda_tokens: Vec<String>,
}

fn header<'a>(auth: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    auth.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .and_then(|(_, v)| v.as_str())
}

impl ServerAuth {
    /// [`ServerAuth::check`] for emulator `backend`, the reason of a refusal
    /// logged (AppSync tells the client only that it is not authorized).
    pub async fn allows(
        &self,
        backend: &str,
        modes: &[Mode],
        auth: Option<&Value>,
        path: &str,
        body: &str,
    ) -> Option<Caller> {
        match self.check(modes, auth, path, body).await {
            Ok(caller) => Some(caller),
            Err(why) => {
                tracing::debug!("{backend}: not authorized: {why}");
                None
            }
        }
    }

    /// The first of `modes` that `auth` passes for an operation on `path`
    /// with signed body `body`; else why not (for the log: clients are told
    /// only that they are not authorized, as AppSync does).
    pub async fn check(
        &self,
        modes: &[Mode],
        auth: Option<&Value>,
        path: &str,
        body: &str,
    ) -> Result<Caller, String> {
        let auth = auth
            .and_then(Value::as_object)
            .ok_or("no authorization object")?;
        let mut why = "no credentials for an allowed mode".to_owned();
        if let Some(key) = header(auth, "x-api-key") {
            if !modes.contains(&Mode::ApiKey) {
                why = "API keys are not allowed here".into();
            } else if self.api_keys.iter().any(|k| k == key) {
                return Ok(Caller {
                    mode: Mode::ApiKey,
                    sub: None,
                });
            } else {
                why = "unknown API key".into();
            }
        }
        let Some(token) = header(auth, "authorization") else {
            return Err(why);
        };
        if token.starts_with("AWS4-HMAC-SHA256") {
            if !modes.contains(&Mode::Iam) {
                return Err("IAM is not allowed here".into());
            }
            return sigv4::verify(auth, path, body, &self.iam_keys, SystemTime::now()).map(|_| {
                Caller {
                    mode: Mode::Iam,
                    sub: None,
                }
            });
        }
        for mode in [Mode::Cognito, Mode::Oidc] {
            if modes.contains(&mode) {
                match self.verifier.verify(token).await {
                    Ok(claims) => {
                        return Ok(Caller {
                            mode,
                            sub: Some(claims.sub),
                        });
                    }
                    Err(e) => why = e,
                }
                break;
            }
        }
        if modes.contains(&Mode::Lambda) {
            if self.lambda_tokens.iter().any(|t| t == token) {
                return Ok(Caller {
                    mode: Mode::Lambda,
                    sub: None,
                });
            }
            why = "the authorizer refused the token".into();
        }
        Err(why)
    }
}
