//! Cognito user pools through the AWS SDK: sign-up, confirmation, sign-in
//! (USER_PASSWORD_AUTH, NEW_PASSWORD_REQUIRED) and refresh. These calls are
//! unauthenticated, so the SDK is set up with no credentials at all.

use aws_config::BehaviorVersion;
use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_sdk_cognitoidentityprovider as cip;
use aws_sdk_cognitoidentityprovider::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_cognitoidentityprovider::types::{
    AttributeType, AuthFlowType, AuthenticationResultType, ChallengeNameType,
};
use base64::Engine;
use serde::{Deserialize, Serialize};
use std::time::Duration;

use super::Identity;
use crate::config::CognitoSettings;
use crate::error::{Error, Result};

/// Attempts per call, with the SDK's exponential backoff in between
/// (throttling included).
const MAX_ATTEMPTS: u32 = 4;

/// Where a cached identity came from, so that it can be refreshed later.
/// The client secret is not kept here; it comes from flags, environment or
/// profile when needed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PoolClient {
    pub region: String,
    pub client_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_pool_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
}

pub struct Cognito {
    client: cip::Client,
    pool: PoolClient,
    secret: Option<String>,
}

/// What `SignUp` answered.
pub struct SignedUp {
    pub confirmed: bool,
    pub user_sub: String,
}

/// `SECRET_HASH`: base64(HMAC-SHA256(client secret, username + client id)).
pub fn secret_hash(secret: &str, username: &str, client_id: &str) -> String {
    let key = aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, secret.as_bytes());
    let tag = aws_lc_rs::hmac::sign(&key, format!("{username}{client_id}").as_bytes());
    base64::engine::general_purpose::STANDARD.encode(tag.as_ref())
}

impl Cognito {
    /// A client for the app client of `settings`.
    pub async fn new(settings: &CognitoSettings, timeout: Duration) -> Result<Cognito> {
        let client_id = settings.client_id.clone().ok_or_else(|| {
            Error::usage("no Cognito app client: pass --cognito-client-id or set it in the profile")
        })?;
        let region = settings
            .region
            .clone()
            .or_else(|| {
                // A pool id starts with its region: `us-east-1_AbCdEf`.
                let pool = settings.user_pool_id.as_deref()?;
                pool.split_once('_').map(|(r, _)| r.to_owned())
            })
            .ok_or_else(|| {
                Error::usage("no Cognito region: pass --cognito-region or --cognito-user-pool-id")
            })?;
        let pool = PoolClient {
            region,
            client_id,
            user_pool_id: settings.user_pool_id.clone(),
            endpoint: settings.endpoint.clone(),
        };
        Ok(Self::for_pool(pool, settings.client_secret.clone(), timeout).await)
    }

    /// A client for the pool an identity came from.
    pub async fn for_pool(pool: PoolClient, secret: Option<String>, timeout: Duration) -> Cognito {
        let mut loader = aws_config::defaults(BehaviorVersion::latest())
            .region(aws_config::Region::new(pool.region.clone()))
            .no_credentials()
            .retry_config(RetryConfig::standard().with_max_attempts(MAX_ATTEMPTS))
            .timeout_config(
                TimeoutConfig::builder()
                    .connect_timeout(timeout)
                    .operation_attempt_timeout(timeout)
                    .build(),
            );
        if let Some(e) = &pool.endpoint {
            loader = loader.endpoint_url(e.clone());
        }
        let config = loader.load().await;
        Cognito {
            client: cip::Client::new(&config),
            pool,
            secret,
        }
    }

    pub fn pool(&self) -> &PoolClient {
        &self.pool
    }

    fn hash(&self, username: &str) -> Option<String> {
        self.secret
            .as_deref()
            .map(|s| secret_hash(s, username, &self.pool.client_id))
    }

    pub async fn sign_up(
        &self,
        username: &str,
        password: &str,
        attributes: &[(String, String)],
    ) -> Result<SignedUp> {
        let attributes = attributes
            .iter()
            .map(|(n, v)| {
                AttributeType::builder()
                    .name(n)
                    .value(v)
                    .build()
                    .map_err(|e| Error::usage(format!("attribute {n}: {e}")))
            })
            .collect::<Result<Vec<_>>>()?;
        let out = self
            .client
            .sign_up()
            .client_id(&self.pool.client_id)
            .username(username)
            .password(password)
            .set_user_attributes((!attributes.is_empty()).then_some(attributes))
            .set_secret_hash(self.hash(username))
            .send()
            .await
            .map_err(|e| service_error(e, "SignUp", username))?;
        Ok(SignedUp {
            confirmed: out.user_confirmed(),
            user_sub: out.user_sub().to_owned(),
        })
    }

    pub async fn confirm(&self, username: &str, code: &str) -> Result<()> {
        self.client
            .confirm_sign_up()
            .client_id(&self.pool.client_id)
            .username(username)
            .confirmation_code(code)
            .set_secret_hash(self.hash(username))
            .send()
            .await
            .map_err(|e| service_error(e, "ConfirmSignUp", username))?;
        Ok(())
    }

    /// USER_PASSWORD_AUTH; a NEW_PASSWORD_REQUIRED challenge is answered
    /// with `new_password` when one is given.
    pub async fn sign_in(
        &self,
        username: &str,
        password: &str,
        new_password: Option<&str>,
    ) -> Result<Identity> {
        let mut req = self
            .client
            .initiate_auth()
            .client_id(&self.pool.client_id)
            .auth_flow(AuthFlowType::UserPasswordAuth)
            .auth_parameters("USERNAME", username)
            .auth_parameters("PASSWORD", password);
        if let Some(h) = self.hash(username) {
            req = req.auth_parameters("SECRET_HASH", h);
        }
        let out = req
            .send()
            .await
            .map_err(|e| service_error(e, "InitiateAuth", username))?;
        if let Some(result) = out.authentication_result() {
            return self.identity(result, username, None);
        }
        let challenge = out.challenge_name().cloned();
        match (challenge, new_password) {
            (Some(ChallengeNameType::NewPasswordRequired), Some(new)) => {
                let mut req = self
                    .client
                    .respond_to_auth_challenge()
                    .client_id(&self.pool.client_id)
                    .challenge_name(ChallengeNameType::NewPasswordRequired)
                    .set_session(out.session().map(str::to_owned))
                    .challenge_responses("USERNAME", username)
                    .challenge_responses("NEW_PASSWORD", new);
                if let Some(h) = self.hash(username) {
                    req = req.challenge_responses("SECRET_HASH", h);
                }
                let out = req
                    .send()
                    .await
                    .map_err(|e| service_error(e, "RespondToAuthChallenge", username))?;
                let result = out.authentication_result().ok_or_else(|| {
                    Error::Auth("Cognito answered the new password with another challenge".into())
                })?;
                self.identity(result, username, None)
            }
            (Some(name), _) => {
                let hint = if name == ChallengeNameType::NewPasswordRequired {
                    "; give one with --new-password-stdin"
                } else {
                    ""
                };
                Err(Error::Auth(format!(
                    "Cognito asks for the {} challenge, which signal-cli cannot answer{hint}",
                    name.as_str()
                )))
            }
            (None, _) => Err(Error::protocol(
                "Cognito answered InitiateAuth with neither tokens nor a challenge",
            )),
        }
    }

    /// New ID and access tokens for `identity` (REFRESH_TOKEN_AUTH); the
    /// refresh token is kept unless Cognito rotates it.
    pub async fn refresh(&self, identity: &Identity) -> Result<Identity> {
        let token = identity.refresh_token.as_deref().ok_or_else(|| {
            Error::Auth("the cached identity has no refresh token; sign in again".into())
        })?;
        let username = identity.username.clone().unwrap_or_default();
        let mut req = self
            .client
            .initiate_auth()
            .client_id(&self.pool.client_id)
            .auth_flow(AuthFlowType::RefreshTokenAuth)
            .auth_parameters("REFRESH_TOKEN", token);
        if let Some(h) = self.hash(&username) {
            req = req
                .auth_parameters("SECRET_HASH", h)
                .auth_parameters("USERNAME", &username);
        }
        let out = req
            .send()
            .await
            .map_err(|e| service_error(e, "InitiateAuth", &username))?;
        let result = out
            .authentication_result()
            .ok_or_else(|| Error::protocol("Cognito answered REFRESH_TOKEN_AUTH without tokens"))?;
        self.identity(result, &username, Some(token))
    }

    fn identity(
        &self,
        r: &AuthenticationResultType,
        username: &str,
        old_refresh: Option<&str>,
    ) -> Result<Identity> {
        let id_token = r
            .id_token()
            .ok_or_else(|| Error::protocol("Cognito returned no ID token"))?
            .to_owned();
        // The username Cognito knows (an alias such as an email signs in
        // too, but SECRET_HASH on refresh needs the real one).
        let username = super::jwt::Claims::decode(&id_token)
            .ok()
            .and_then(|c| c.str("cognito:username").map(str::to_owned))
            .unwrap_or_else(|| username.to_owned());
        Ok(Identity {
            id_token,
            access_token: r.access_token().map(str::to_owned),
            refresh_token: r.refresh_token().or(old_refresh).map(str::to_owned),
            username: Some(username),
            source: "cognito".into(),
            cognito: Some(self.pool.clone()),
            issued_by: None,
        })
    }
}

/// A Cognito error as users need it: the service's own message, with the
/// exit code of its kind and a hint where there is a next step.
fn service_error<E, R>(e: SdkError<E, R>, op: &str, username: &str) -> Error
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    R: std::fmt::Debug + Send + Sync + 'static,
{
    if matches!(e, SdkError::DispatchFailure(_) | SdkError::TimeoutError(_)) {
        return Error::Unreachable(format!(
            "cannot reach Cognito for {op}: {}",
            crate::error::root_cause(&e)
        ));
    }
    let code = e.code().unwrap_or("").to_owned();
    let message = e.message().unwrap_or("").to_owned();
    let said = if message.is_empty() {
        code.clone()
    } else {
        format!("{code}: {message}")
    };
    match code.as_str() {
        "NotAuthorizedException" | "UserNotFoundException" | "PasswordResetRequiredException" => {
            Error::Auth(said)
        }
        "UserNotConfirmedException" => Error::Auth(format!(
            "{said}; confirm the user first: signal-cli auth confirm --username {username} --code CODE"
        )),
        "TooManyRequestsException" | "LimitExceededException" => {
            let quota = if op == "SignUp" || op == "ConfirmSignUp" {
                "UserCreation (50 requests per second per account)"
            } else {
                "UserAuthentication (120 requests per second per account)"
            };
            Error::failed(format!(
                "{said}; still throttled after {MAX_ATTEMPTS} attempts with backoff: Cognito's {quota} quota"
            ))
        }
        "" => Error::failed(format!(
            "Cognito {op} failed: {}",
            crate::error::root_cause(&e)
        )),
        _ => Error::failed(said),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_hash_is_hmac_sha256_of_username_and_client() {
        // HMAC-SHA256("secret", "aliceclient"), computed with Python's hmac module.
        assert_eq!(
            secret_hash("secret", "alice", "client"),
            "RTsve+FQ659UKyESgvLg9GYmZEL+QjzQsW/OjL77/b0="
        );
    }
}
