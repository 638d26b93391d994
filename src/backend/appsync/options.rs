//! `serve` options both AppSync emulators take: the API's auth modes and the
//! credentials it accepts, keep-alive and connection lifetime.

use std::collections::HashMap;
use std::time::Duration;

use super::Mode;
use crate::error::{Error, Result};

#[derive(Debug, Clone, clap::Args)]
#[command(next_help_heading = "AppSync (appsync-events, appsync-graphql)")]
pub struct AppsyncOptions {
    /// AppSync: an auth mode the API accepts for connections and, unless a
    /// namespace says otherwise, operations: api-key, cognito, iam, lambda,
    /// oidc (repeatable; default api-key and cognito).
    #[arg(long = "auth-mode", value_name = "MODE")]
    pub auth_modes: Vec<String>,
    /// AppSync: an accepted API key (repeatable; default: one made at start
    /// and printed).
    #[arg(long = "api-key", value_name = "KEY")]
    pub api_keys: Vec<String>,
    /// AppSync IAM: an access key whose SigV4 signatures are accepted
    /// (repeatable).
    #[arg(long = "iam-key", value_name = "ACCESS_KEY_ID:SECRET")]
    pub iam_keys: Vec<String>,
    /// AppSync Lambda auth: a token the authorizer accepts (repeatable).
    #[arg(long = "lambda-token", value_name = "TOKEN")]
    pub lambda_tokens: Vec<String>,
    /// AppSync: interval of `ka` keep-alive frames.
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "60s")]
    pub ka_interval: Duration,
    /// AppSync: the `connectionTimeoutMs` of `connection_ack`, the longest
    /// a client should wait for a `ka` before it drops the connection.
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "300s")]
    pub connection_timeout: Duration,
    /// API Gateway and AppSync: close every connection after this long.
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "2h")]
    pub max_duration: Duration,
}

/// [`AppsyncOptions`] checked and parsed.
#[derive(Debug, Clone)]
pub struct ApiSettings {
    pub modes: Vec<Mode>,
    pub api_keys: Vec<String>,
    pub iam_keys: HashMap<String, String>,
    pub lambda_tokens: Vec<String>,
    pub ka: Duration,
    /// `connectionTimeoutMs`.
    pub connection_timeout: Duration,
    pub max_duration: Duration,
}

impl AppsyncOptions {
    /// The settings, or a usage error naming the bad option.
    pub fn settings(&self) -> Result<ApiSettings> {
        let modes = if self.auth_modes.is_empty() {
            vec![Mode::ApiKey, Mode::Cognito]
        } else {
            self.auth_modes
                .iter()
                .map(|m| Mode::parse(m).map_err(Error::usage))
                .collect::<Result<_>>()?
        };
        let mut iam_keys = HashMap::new();
        for pair in &self.iam_keys {
            let (id, secret) = pair
                .split_once(':')
                .filter(|(id, secret)| !id.is_empty() && !secret.is_empty())
                .ok_or_else(|| {
                    Error::usage(format!("--iam-key '{pair}': expected ACCESS_KEY_ID:SECRET"))
                })?;
            iam_keys.insert(id.to_owned(), secret.to_owned());
        }
        Ok(ApiSettings {
            modes,
            api_keys: self.api_keys.clone(),
            iam_keys,
            lambda_tokens: self.lambda_tokens.clone(),
            ka: self.ka_interval,
            connection_timeout: self.connection_timeout,
            max_duration: self.max_duration,
        })
    }
}
