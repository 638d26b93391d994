//! Profiles, targets and paths (XDG).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::error::{Error, Result};

/// The profile name used when none is given or set as current.
pub const DEFAULT_PROFILE: &str = "default";
/// Default bound on a network wait.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
/// The backend used when neither flag, environment nor profile names one.
pub const DEFAULT_BACKEND: &str = "room";

/// What the command line (flags and `SIGNAL_CLI_*` environment) says about
/// the target, laid over the profile by [`Config::resolve`].
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub profile: Option<String>,
    pub backend: Option<String>,
    pub http_url: Option<String>,
    pub ws_url: Option<String>,
    pub insecure: bool,
    pub timeout: Option<Duration>,
    pub keepalive: Option<Duration>,
    pub cognito: CognitoSettings,
    pub options: Vec<(String, String)>,
}

/// One deployment of a backend as stored in the config file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backend: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ws_url: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub insecure: bool,
    #[serde(default, skip_serializing_if = "CognitoSettings::is_empty")]
    pub cognito: CognitoSettings,
    /// Backend settings (`--option KEY=VALUE`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub options: BTreeMap<String, String>,
}

/// The Cognito user pool app client to sign users in with.
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CognitoSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_pool_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// Endpoint override (a Cognito emulator).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
}

impl Profile {
    /// This profile fit to print: secrets (the client secret, options and
    /// URL query parameters named like keys, secrets or tokens) replaced by
    /// `…`.
    pub fn redacted(&self) -> Profile {
        let mut p = self.clone();
        for url in [&mut p.http_url, &mut p.ws_url].into_iter().flatten() {
            *url = redact_url_fully(url);
        }
        if p.cognito.client_secret.is_some() {
            p.cognito.client_secret = Some("…".into());
        }
        for (k, v) in p.options.iter_mut() {
            if is_secret(k) {
                *v = "…".into();
            }
        }
        p
    }
}

impl CognitoSettings {
    pub fn is_empty(&self) -> bool {
        *self == CognitoSettings::default()
    }

    /// `self`'s values where set, else `under`'s.
    pub fn over(self, under: CognitoSettings) -> CognitoSettings {
        CognitoSettings {
            region: self.region.or(under.region),
            user_pool_id: self.user_pool_id.or(under.user_pool_id),
            client_id: self.client_id.or(under.client_id),
            client_secret: self.client_secret.or(under.client_secret),
            endpoint: self.endpoint.or(under.endpoint),
        }
    }
}

impl std::fmt::Debug for CognitoSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CognitoSettings")
            .field("region", &self.region)
            .field("user_pool_id", &self.user_pool_id)
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret.as_ref().map(|_| "…"))
            .field("endpoint", &self.endpoint)
            .finish()
    }
}

/// `$XDG_CONFIG_HOME/signal-cli/config.toml`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Config {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// What a command talks to, after flags, environment, profile and defaults
/// have been merged.
#[derive(Debug, Clone)]
pub struct Target {
    /// The profile this target came from (also the token cache key).
    pub profile: String,
    pub backend: String,
    pub http_url: Option<String>,
    pub ws_url: Option<String>,
    pub insecure: bool,
    pub timeout: Duration,
    /// Application keep-alive interval, for backends that send one (mesh
    /// heartbeat); each backend has its own default.
    pub keepalive: Option<Duration>,
    /// Where users sign in (Cognito), for commands that sign in or refresh.
    pub cognito: CognitoSettings,
    /// Backend settings: the profile's, overridden by `--option`.
    pub options: BTreeMap<String, String>,
}

/// Backend settings from the environment, one KEY=VALUE per line: how a
/// Kubernetes Secret hands secret settings (an API key) to a shard. Flags
/// win over them, they win over the profile.
pub const OPTIONS_ENV: &str = "SIGNAL_CLI_OPTIONS";

fn env_options() -> Result<Vec<(String, String)>> {
    let Some(text) = std::env::var_os(OPTIONS_ENV) else {
        return Ok(Vec::new());
    };
    let text = text.to_string_lossy();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| match l.split_once('=') {
            Some((k, v)) if !k.trim().is_empty() => Ok((k.trim().to_owned(), v.to_owned())),
            _ => Err(Error::usage(format!(
                "{OPTIONS_ENV}: a line is not KEY=VALUE (one setting per line)"
            ))),
        })
        .collect()
}

/// Whether a setting named `name` holds a secret.
pub fn is_secret(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    ["key", "token", "secret", "password", "credential"]
        .iter()
        .any(|s| n.contains(s))
}

/// Whether a URL query parameter named `name` carries credentials (AppSync
/// puts its whole authorization in `header`; SigV4 in `X-Amz-*`).
fn is_secret_param(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    is_secret(&n)
        || ["auth", "header", "signature", "x-amz-"]
            .iter()
            .any(|s| n.contains(s))
}

/// `url` fit to keep in a result: its password and the values of query
/// parameters that carry credentials replaced by `…`.
pub fn redact_url_fully(url: &str) -> String {
    let url = crate::util::http::redact_url(url);
    let Ok(mut u) = reqwest::Url::parse(&url) else {
        return url;
    };
    if !u.query_pairs().any(|(k, _)| is_secret_param(&k)) {
        // Unchanged, as written (parsing would normalise it).
        return url;
    }
    let pairs: Vec<(String, String)> = u
        .query_pairs()
        .map(|(k, v)| {
            let v = if is_secret_param(&k) {
                "…".to_owned()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    u.query_pairs_mut().clear().extend_pairs(pairs);
    u.to_string()
}

impl Target {
    /// The target as a result file keeps it: what it is, never a secret.
    /// An in-process emulator is named as such (its ports change per run).
    pub fn redacted(&self, in_process_emulator: bool) -> serde_json::Value {
        if in_process_emulator {
            return serde_json::json!({"backend": self.backend, "emulator": "in-process"});
        }
        let options: BTreeMap<&String, &str> = self
            .options
            .iter()
            .map(|(k, v)| (k, if is_secret(k) { "…" } else { v.as_str() }))
            .collect();
        serde_json::json!({
            "backend": self.backend,
            "profile": self.profile,
            "http_url": self.http_url.as_deref().map(redact_url_fully),
            "ws_url": self.ws_url.as_deref().map(redact_url_fully),
            "options": options,
            "cognito_region": self.cognito.region,
        })
    }
}

/// A target URL must parse and use one of `schemes`: a usage error (exit 2)
/// before anything is sent.
fn check_url(flag: &str, url: Option<&str>, schemes: &[&str]) -> Result<()> {
    let Some(url) = url else { return Ok(()) };
    let parsed = reqwest::Url::parse(url).map_err(|e| {
        Error::usage(format!(
            "{flag} '{}': not a URL ({e})",
            crate::util::http::redact_url(url)
        ))
    })?;
    if !schemes.contains(&parsed.scheme()) || parsed.host_str().is_none() {
        return Err(Error::usage(format!(
            "{flag} '{}': expected a {}:// URL with a host",
            crate::util::http::redact_url(url),
            schemes.join("://, ")
        )));
    }
    Ok(())
}

fn xdg_dir(var: &str, fallback: &str) -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(var).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir).join("signal-cli"));
    }
    let home = std::env::var_os("HOME")
        .filter(|v| !v.is_empty())
        .ok_or_else(|| Error::usage(format!("neither {var} nor HOME is set")))?;
    Ok(PathBuf::from(home).join(fallback).join("signal-cli"))
}

pub fn config_dir() -> Result<PathBuf> {
    xdg_dir("XDG_CONFIG_HOME", ".config")
}

pub fn cache_dir() -> Result<PathBuf> {
    xdg_dir("XDG_CACHE_HOME", ".cache")
}

impl Config {
    pub fn path() -> Result<PathBuf> {
        Ok(config_dir()?.join("config.toml"))
    }

    pub fn load() -> Result<Config> {
        Self::load_from(&Self::path()?)
    }

    pub fn load_from(path: &Path) -> Result<Config> {
        match std::fs::read_to_string(path) {
            Ok(text) => toml::from_str(&text).map_err(|e| {
                Error::usage(format!(
                    "{} is not a valid config file: {e}",
                    path.display()
                ))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(Error::io(format!("cannot read {}", path.display()), e)),
        }
    }

    pub fn save(&self) -> Result<()> {
        let path = Self::path()?;
        let text = toml::to_string(self)
            .map_err(|e| Error::failed(format!("cannot encode the config: {e}")))?;
        crate::util::fs::write_private(&path, text.as_bytes())
    }

    /// The profile to use: the flag/env value, else the current one, else `default`.
    pub fn profile_name(&self, requested: Option<&str>) -> String {
        requested
            .map(str::to_owned)
            .or_else(|| self.current.clone())
            .unwrap_or_else(|| DEFAULT_PROFILE.to_owned())
    }

    /// Merge flags (which already include SIGNAL_CLI_* environment values)
    /// over the profile over the defaults.
    pub fn resolve(&self, g: &Overrides) -> Result<Target> {
        let name = self.profile_name(g.profile.as_deref());
        let profile = match self.profiles.get(&name) {
            Some(p) => p.clone(),
            None if g.profile.is_some() && name != DEFAULT_PROFILE => {
                return Err(Error::usage(format!(
                    "no profile named '{name}'; see `signal-cli profile list`"
                )));
            }
            None => Profile::default(),
        };
        let backend = g
            .backend
            .clone()
            .or(profile.backend)
            .unwrap_or_else(|| DEFAULT_BACKEND.to_owned());
        if g.timeout.is_some_and(|t| t.is_zero()) {
            return Err(Error::usage(
                "--timeout 0s would fail every wait; give a positive bound such as 10s",
            ));
        }
        let http_url = g.http_url.clone().or(profile.http_url);
        let ws_url = g.ws_url.clone().or(profile.ws_url);
        check_url("--http-url", http_url.as_deref(), &["http", "https"])?;
        check_url(
            "--ws-url",
            ws_url.as_deref(),
            &["ws", "wss", "http", "https"],
        )?;
        Ok(Target {
            profile: name,
            backend,
            http_url,
            ws_url,
            insecure: g.insecure || profile.insecure,
            timeout: g.timeout.unwrap_or(DEFAULT_TIMEOUT),
            keepalive: g.keepalive,
            cognito: g.cognito.clone().over(profile.cognito),
            options: {
                let mut o = profile.options;
                o.extend(env_options()?);
                o.extend(g.options.iter().cloned());
                o
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_redacted_target_keeps_no_secret() {
        let t = Target {
            profile: "prod".into(),
            backend: "appsync-events".into(),
            http_url: Some("https://user:hunter2@api.example.test/event".into()),
            ws_url: Some(
                "wss://rt.example.test/event/realtime?header=eyJzZWNyZXQ&payload=e30%3D&X-Amz-Signature=abc"
                    .into(),
            ),
            insecure: false,
            timeout: Duration::from_secs(5),
            keepalive: None,
            cognito: CognitoSettings {
                client_secret: Some("cognito-secret".into()),
                ..Default::default()
            },
            options: BTreeMap::from([
                ("appsync.api-key".into(), "da2-verysecret".into()),
                ("socketio.token".into(), "tok".into()),
                ("appsync.auth".into(), "api-key".into()),
            ]),
        };
        let doc = t.redacted(false).to_string();
        for secret in [
            "hunter2",
            "eyJzZWNyZXQ",
            "abc",
            "da2-verysecret",
            "tok\"",
            "cognito-secret",
        ] {
            assert!(!doc.contains(secret), "{secret} in {doc}");
        }
        // What is not secret stays, so that two targets can be told apart.
        for kept in [
            "api.example.test",
            "payload=e30%3D",
            "\"appsync.auth\":\"api-key\"",
        ] {
            assert!(doc.contains(kept), "{kept} not in {doc}");
        }
        assert_eq!(
            t.redacted(true),
            serde_json::json!({"backend": "appsync-events", "emulator": "in-process"})
        );
    }

    #[test]
    fn flags_win_over_profile_and_profile_over_defaults() {
        let mut cfg = Config::default();
        cfg.profiles.insert(
            "prod".into(),
            Profile {
                backend: Some("room".into()),
                http_url: Some("https://api.example.test".into()),
                ws_url: Some("wss://ws.example.test".into()),
                insecure: false,
                cognito: CognitoSettings {
                    client_id: Some("from-profile".into()),
                    region: Some("eu-west-1".into()),
                    ..Default::default()
                },
                options: BTreeMap::from([
                    ("socketio.path".into(), "/rt/".into()),
                    ("socketio.namespace".into(), "/calls".into()),
                ]),
            },
        );
        cfg.current = Some("prod".into());
        let g = Overrides {
            http_url: Some("http://127.0.0.1:9".into()),
            options: vec![("socketio.path".into(), "/flag/".into())],
            cognito: CognitoSettings {
                client_id: Some("from-flag".into()),
                ..Default::default()
            },
            ..Default::default()
        };
        let t = cfg.resolve(&g).unwrap();
        assert_eq!(t.cognito.client_id.as_deref(), Some("from-flag"));
        assert_eq!(t.cognito.region.as_deref(), Some("eu-west-1"));
        assert_eq!(t.options["socketio.path"], "/flag/");
        assert_eq!(t.options["socketio.namespace"], "/calls");
        assert_eq!(t.profile, "prod");
        assert_eq!(t.http_url.as_deref(), Some("http://127.0.0.1:9"));
        assert_eq!(t.ws_url.as_deref(), Some("wss://ws.example.test"));
        assert_eq!(t.timeout, DEFAULT_TIMEOUT);

        let none = Config::default().resolve(&Overrides::default()).unwrap();
        assert_eq!(none.profile, DEFAULT_PROFILE);
        assert_eq!(none.backend, DEFAULT_BACKEND);
        assert!(none.http_url.is_none());
    }

    #[test]
    fn unknown_profile_is_a_usage_error() {
        let g = Overrides {
            profile: Some("nope".into()),
            ..Default::default()
        };
        assert_eq!(Config::default().resolve(&g).unwrap_err().code(), 2);
    }

    #[test]
    fn config_round_trips_through_toml() {
        let mut cfg = Config {
            current: Some("a".into()),
            ..Default::default()
        };
        cfg.profiles.insert(
            "a".into(),
            Profile {
                backend: Some("room".into()),
                ..Default::default()
            },
        );
        let text = toml::to_string(&cfg).unwrap();
        assert_eq!(toml::from_str::<Config>(&text).unwrap(), cfg);
    }
}
