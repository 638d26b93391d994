//! Identities: tokens, their claims, and the per-profile token cache.

pub mod cache;
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
        }
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
