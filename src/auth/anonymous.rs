//! Anonymous sign-in: `POST /anonymous-signin`, the room server's way of
//! handing out identities, which every emulator serves too (its embedded
//! identity provider).

use serde::{Deserialize, Serialize};

use super::Identity;
use crate::error::Result;

/// `POST /anonymous-signin`'s answer, as the room server and every
/// emulator give it.
#[derive(Serialize, Deserialize)]
pub struct SigninResponse {
    pub id_token: String,
    pub username: String,
    /// Only when asked for with `{"access_token": true}` (an emulator's
    /// extension).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
}

/// A new anonymous identity from the service at `base` (an HTTP base URL).
pub async fn sign_in(http: &reqwest::Client, base: &str) -> Result<Identity> {
    sign_in_for(http, base, false).await
}

/// A new anonymous identity, with an access token too when `access` (only
/// emulators hand those out).
async fn sign_in_for(http: &reqwest::Client, base: &str, access: bool) -> Result<Identity> {
    let url = format!("{}/anonymous-signin", base.trim_end_matches('/'));
    let body = access.then(|| serde_json::json!({"access_token": true}));
    let r: SigninResponse = crate::util::http::post_json(
        http,
        &url,
        None,
        body.as_ref(),
        "a room server or an emulator",
    )
    .await?;
    Ok(Identity {
        id_token: r.id_token,
        access_token: r.access_token,
        refresh_token: None,
        username: Some(r.username),
        source: "anonymous".into(),
        cognito: None,
        issued_by: Some(base.trim_end_matches('/').to_owned()),
    })
}

/// An identity from the emulator at `http_url`, for backends whose real
/// deployments sign users in with Cognito only: `None` without a URL.
pub async fn from_emulator(
    http_url: Option<&str>,
    insecure: bool,
    timeout: std::time::Duration,
) -> Result<Option<Identity>> {
    from_emulator_with(http_url, insecure, timeout, false).await
}

/// As `from_emulator`, with an access token too when `access`.
pub async fn from_emulator_with(
    http_url: Option<&str>,
    insecure: bool,
    timeout: std::time::Duration,
    access: bool,
) -> Result<Option<Identity>> {
    let Some(base) = http_url else {
        return Ok(None);
    };
    let http = crate::util::http::http_client(insecure, timeout)?;
    sign_in_for(&http, base, access).await.map(Some)
}
