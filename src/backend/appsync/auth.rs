//! The client side: which mode a target uses (`--option appsync.*`), and
//! the authorization header object of each operation.

use aws_config::BehaviorVersion;
use aws_credential_types::Credentials;
use aws_credential_types::provider::ProvideCredentials;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::SystemTime;
use tokio::sync::OnceCell;

use super::{Mode, sigv4};
use crate::auth::Identity;
use crate::error::{Error, Result};

/// The `appsync.*` options every AppSync backend and command reads.
pub const OPTIONS: [&str; 4] = ["auth", "api-key", "token", "region"];

/// How a target authorizes: from `--option appsync.auth=MODE` (default:
/// `api-key` when `appsync.api-key` is set, else `cognito`),
/// `appsync.api-key`, `appsync.token` (Lambda and OIDC) and
/// `appsync.region` (IAM; default: the AWS host's, else the SDK's).
#[derive(Debug, Clone)]
pub struct Settings {
    pub mode: Mode,
    api_key: Option<String>,
    token: Option<String>,
    region: Option<String>,
    /// IAM credentials, loaded once per process.
    iam: Arc<OnceCell<(Credentials, Option<String>)>>,
}

impl Settings {
    /// Read the `appsync.*` options; keys other than these and `extra` are
    /// a usage error naming `backend`.
    pub fn from_options(
        options: &BTreeMap<String, String>,
        backend: &str,
        extra: &[&str],
    ) -> Result<Settings> {
        let get = |k: &str| options.get(&format!("appsync.{k}")).cloned();
        for k in options.keys() {
            if let Some(rest) = k.strip_prefix("appsync.")
                && !OPTIONS.contains(&rest)
                && !extra.contains(&rest)
            {
                let known: Vec<String> = OPTIONS
                    .iter()
                    .chain(extra)
                    .map(|o| format!("appsync.{o}"))
                    .collect();
                return Err(Error::usage(format!(
                    "--option {k}: the {backend} backend knows {}",
                    known.join(", ")
                )));
            }
        }
        let api_key = get("api-key");
        let mode = match get("auth") {
            Some(m) => Mode::parse(&m).map_err(Error::usage)?,
            None if api_key.is_some() => Mode::ApiKey,
            None => Mode::Cognito,
        };
        let token = get("token");
        match mode {
            Mode::ApiKey if api_key.is_none() => {
                return Err(Error::usage(
                    "appsync.auth=api-key needs --option appsync.api-key=KEY",
                ));
            }
            Mode::Lambda if token.is_none() => {
                return Err(Error::usage(
                    "appsync.auth=lambda needs --option appsync.token=TOKEN (what the authorizer Lambda expects)",
                ));
            }
            _ => {}
        }
        Ok(Settings {
            mode,
            api_key,
            token,
            region: get("region"),
            iam: Arc::default(),
        })
    }

    /// Whether the mode takes the signed-in user's token (Cognito; OIDC
    /// when no token is given).
    pub fn needs_identity(&self) -> bool {
        match self.mode {
            Mode::Cognito => true,
            Mode::Oidc => self.token.is_none(),
            _ => false,
        }
    }

    /// The authorizer for operations on `http_url` (host) signed for `path`
    /// (`/event`, `/graphql`), with `identity` where the mode needs one.
    pub async fn authorizer(
        &self,
        http_url: &str,
        path: &str,
        identity: Option<&Identity>,
    ) -> Result<Authorizer> {
        let host = host_of(http_url);
        let kind = match self.mode {
            Mode::ApiKey => Kind::ApiKey(self.api_key.clone().unwrap_or_default()),
            Mode::Lambda => Kind::Token(self.token.clone().unwrap_or_default()),
            Mode::Oidc | Mode::Cognito => {
                let token = match (&self.token, identity) {
                    (Some(t), _) if self.mode == Mode::Oidc => t.clone(),
                    (_, Some(id)) => id.id_token.clone(),
                    _ => {
                        return Err(Error::Auth(format!(
                            "AppSync {} authorization needs a signed-in user (signal-cli auth signin){}",
                            self.mode.aws(),
                            if self.mode == Mode::Oidc {
                                " or --option appsync.token=JWT"
                            } else {
                                ""
                            }
                        )));
                    }
                };
                Kind::Token(token)
            }
            Mode::Iam => {
                let (creds, sdk_region) = self.iam.get_or_try_init(aws_credentials).await?.clone();
                let region = self
                    .region
                    .clone()
                    .or_else(|| region_of(&host))
                    .or(sdk_region)
                    .unwrap_or_else(|| "us-east-1".to_owned());
                Kind::Iam { creds, region }
            }
        };
        Ok(Authorizer {
            host,
            path: path.to_owned(),
            kind,
        })
    }
}

/// Credentials (and region) from `aws-config`'s default chain:
/// environment, shared config and credentials files, web identity,
/// container and instance metadata.
async fn aws_credentials() -> Result<(Credentials, Option<String>)> {
    let config = aws_config::defaults(BehaviorVersion::latest()).load().await;
    let provider = config.credentials_provider().ok_or_else(|| {
        Error::Auth(
            "AppSync AWS_IAM authorization needs AWS credentials; none are configured".into(),
        )
    })?;
    let creds = provider.provide_credentials().await.map_err(|e| {
        Error::Auth(format!(
            "AppSync AWS_IAM authorization needs AWS credentials (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a profile): {e}"
        ))
    })?;
    Ok((creds, config.region().map(|r| r.to_string())))
}

/// `host[:port]` of a URL.
fn host_of(url: &str) -> String {
    reqwest::Url::parse(url)
        .ok()
        .map(|u| match (u.host_str(), u.port()) {
            (Some(h), Some(p)) => format!("{h}:{p}"),
            (Some(h), None) => h.to_owned(),
            _ => String::new(),
        })
        .unwrap_or_default()
}

/// The region of an AWS AppSync host (`<id>.appsync-api.<region>.amazonaws.com`).
fn region_of(host: &str) -> Option<String> {
    let mut parts = host.split('.');
    parts.next()?;
    let service = parts.next()?;
    let region = parts.next()?;
    (service.starts_with("appsync") && host.ends_with(".amazonaws.com")).then(|| region.to_owned())
}

#[derive(Debug, Clone)]
enum Kind {
    ApiKey(String),
    Token(String),
    Iam { creds: Credentials, region: String },
}

/// Makes the authorization header object of each operation.
#[derive(Debug, Clone)]
pub struct Authorizer {
    host: String,
    path: String,
    kind: Kind,
}

impl Authorizer {
    /// The header object for an operation whose signed body is `body`
    /// (IAM: `{}` at connect, the subscribe or publish body after).
    pub fn headers(&self, body: &str) -> Result<Value> {
        self.headers_at(&self.path, body)
    }

    /// The header object for an operation signed for another `path` (the
    /// GraphQL connect signs `/graphql/connect`).
    pub fn headers_at(&self, path: &str, body: &str) -> Result<Value> {
        let mut m = Map::new();
        m.insert("host".into(), self.host.clone().into());
        match &self.kind {
            Kind::ApiKey(k) => {
                m.insert("x-api-key".into(), k.clone().into());
            }
            Kind::Token(t) => {
                m.insert("Authorization".into(), t.clone().into());
            }
            Kind::Iam { creds, region } => {
                m = sigv4::sign_headers(creds, region, SystemTime::now(), &self.host, path, body)
                    .map_err(|e| Error::failed(format!("cannot sign the request: {e}")))?;
            }
        }
        Ok(Value::Object(m))
    }

    /// The headers of an HTTP request with `body` (the object but `host`).
    pub fn http_headers(&self, body: &str) -> Result<Vec<(String, String)>> {
        let auth = self.headers(body)?;
        Ok(auth
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(k, _)| *k != "host")
            .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
            .collect())
    }

    pub fn signs_bodies(&self) -> bool {
        matches!(self.kind, Kind::Iam { .. })
    }
}

/// The signed body of an Events subscribe.
pub fn subscribe_body(channel: &str) -> String {
    json!({"channel": channel}).to_string()
}

/// The signed body of an Events publish.
pub fn publish_body(channel: &str, events: &[String]) -> String {
    json!({"channel": channel, "events": events}).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn the_mode_follows_the_options() {
        let s = Settings::from_options(&opts(&[("appsync.api-key", "k")]), "x", &[]).unwrap();
        assert_eq!(s.mode, Mode::ApiKey);
        assert!(!s.needs_identity());
        let s = Settings::from_options(&opts(&[]), "x", &[]).unwrap();
        assert_eq!(s.mode, Mode::Cognito);
        assert!(s.needs_identity());
        let s = Settings::from_options(
            &opts(&[("appsync.auth", "oidc"), ("appsync.token", "t")]),
            "x",
            &[],
        )
        .unwrap();
        assert!(!s.needs_identity());
        assert!(Settings::from_options(&opts(&[("appsync.auth", "lambda")]), "x", &[]).is_err());
        assert!(Settings::from_options(&opts(&[("appsync.auth", "api-key")]), "x", &[]).is_err());
        let e = Settings::from_options(
            &opts(&[("appsync.colour", "x")]),
            "appsync-events",
            &["namespace"],
        );
        assert!(e.unwrap_err().to_string().contains("appsync.namespace"));
        assert!(
            Settings::from_options(&opts(&[("appsync.namespace", "n")]), "x", &["namespace"])
                .is_ok()
        );
    }

    #[test]
    fn aws_hosts_name_their_region() {
        assert_eq!(
            region_of("abc.appsync-api.eu-west-1.amazonaws.com").as_deref(),
            Some("eu-west-1")
        );
        assert_eq!(region_of("127.0.0.1:9000"), None);
        assert_eq!(host_of("https://h.example:8443/event"), "h.example:8443");
    }
}
