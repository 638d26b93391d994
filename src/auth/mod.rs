//! Identities: tokens, their claims, and the per-profile token cache.

pub mod anonymous;
pub mod cache;
pub mod cognito;
pub mod jwt;

use serde::{Deserialize, Serialize};
use std::fmt;

/// The tokens one signed-in user holds. Never printed unless asked
/// (`--show-token`): `Debug` redacts them.
#[derive(Clone, Serialize, Deserialize, PartialEq)]
pub struct Identity {
    pub id_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// The user name the backend knows the user by (needed to delete it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// How the identity was obtained: `anonymous`, `cognito`, `given`.
    pub source: String,
    /// The user pool app client that issued it, for refreshing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cognito: Option<cognito::PoolClient>,
    /// Where an anonymous identity was signed in (the target's HTTP URL):
    /// another target's tokens are not presented to this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_by: Option<String>,
}

impl Identity {
    /// An identity from a token given on the command line or in the environment.
    pub fn given(id_token: String) -> Self {
        Identity {
            id_token,
            access_token: None,
            refresh_token: None,
            username: None,
            source: "given".into(),
            cognito: None,
            issued_by: None,
        }
    }

    /// Seconds of validity left (negative once expired), if the ID token
    /// carries an expiry.
    pub fn remaining(&self) -> Option<i64> {
        self.expires_at()
            .map(|exp| exp as i64 - crate::util::clock::now_secs() as i64)
    }

    /// Expiry of the ID token (Unix seconds), if it carries one.
    pub fn expires_at(&self) -> Option<u64> {
        jwt::Claims::decode(&self.id_token)
            .ok()
            .and_then(|c| c.exp())
    }
}

impl fmt::Debug for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Identity")
            .field("username", &self.username)
            .field("source", &self.source)
            .finish_non_exhaustive()
    }
}

/// Refresh when less than this much validity remains (as the AWS mobile
/// SDKs do).
pub const REFRESH_BEFORE_S: i64 = 300;

/// `identity` (cached for `profile`) with fresh tokens: refreshed through
/// Cognito when less than five minutes remain and it has a refresh token;
/// as it is otherwise. Two processes refreshing at once take turns on the
/// cache lock, and the second uses what the first stored.
pub async fn fresh(
    profile: &str,
    identity: Identity,
    settings: &crate::config::CognitoSettings,
    timeout: std::time::Duration,
    force: bool,
) -> crate::error::Result<Identity> {
    let due = |i: &Identity| force || i.remaining().is_some_and(|r| r < REFRESH_BEFORE_S);
    if !due(&identity) || identity.refresh_token.is_none() || identity.cognito.is_none() {
        return Ok(identity);
    }
    let _lock = cache::lock(profile).await?;
    let current = cache::load(profile)?.unwrap_or(identity);
    if !force && !due(&current) {
        return Ok(current);
    }
    let Some(pool) = current.cognito.clone() else {
        return Ok(current);
    };
    // The secret is never cached: it comes from flags, environment or profile.
    let client = cognito::Cognito::for_pool(pool, settings.client_secret.clone(), timeout).await;
    match client.refresh(&current).await {
        Ok(refreshed) => {
            cache::store(profile, &refreshed)?;
            Ok(refreshed)
        }
        // A token that is still valid serves until it is not; a forced
        // refresh (`auth refresh`) reports the failure.
        Err(e) if !force && current.remaining().is_some_and(|r| r > 0) => {
            tracing::warn!("refreshing the cached tokens failed, using them as they are: {e}");
            Ok(current)
        }
        Err(e) => Err(e),
    }
}
