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
}

/// A new anonymous identity from the service at `base` (an HTTP base URL).
pub async fn sign_in(http: &reqwest::Client, base: &str) -> Result<Identity> {
    let url = format!("{}/anonymous-signin", base.trim_end_matches('/'));
    let r: SigninResponse =
        crate::util::http::post_json(http, &url, None, None, "a room server or an emulator")
            .await?;
    Ok(Identity {
        id_token: r.id_token,
        access_token: None,
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
    let Some(base) = http_url else {
        return Ok(None);
    };
    let http = crate::util::http::http_client(insecure, timeout)?;
    sign_in(&http, base).await.map(Some)
}
