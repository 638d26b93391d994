//! The HTTP client every HTTP call of the tool goes through (room API,
//! AppSync, JWKS downloads).

use std::time::Duration;

use crate::error::{Error, Result, root_cause};

/// An HTTP client for a target's HTTP API.
pub fn http_client(insecure: bool, timeout: Duration) -> Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout)
        .tls_danger_accept_invalid_certs(insecure)
        // Load tests make thousands of short API calls at once; keeping every
        // connection they opened would cost memory for nothing.
        .pool_max_idle_per_host(16)
        // Servers close idle connections (uvicorn after 5 s, our emulators
        // after their header timeout, 30 s): let go of them first.
        .pool_idle_timeout(Duration::from_secs(4))
        .user_agent(concat!("signal-cli/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| Error::failed(format!("cannot set up the HTTP client: {}", root_cause(&e))))
}

/// POST `body` (JSON, if any) to `url` with an optional bearer token and
/// decode a successful answer. A refusal becomes the error of its status,
/// with the server's `detail` (FastAPI's error body) or the start of its
/// body; `service` names what was expected at `url` for a 404.
pub async fn post_json<T: serde::de::DeserializeOwned>(
    http: &reqwest::Client,
    url: &str,
    bearer: Option<&str>,
    body: Option<&serde_json::Value>,
    service: &str,
) -> Result<T> {
    let mut req = http.post(url);
    if let Some(token) = bearer {
        req = req.bearer_auth(token);
    }
    if let Some(body) = body {
        req = req.json(body);
    }
    let resp = req.send().await.map_err(|e| Error::http(url, e))?;
    let status = resp.status();
    // Printed without a password its user-info part may hold.
    let shown = redact_url(url);
    let bytes = resp.bytes().await.map_err(|e| Error::http(url, e))?;
    if status.is_success() {
        return serde_json::from_slice(&bytes).map_err(|e| {
            Error::protocol(format!(
                "{shown} answered HTTP {status} with an unexpected body: {e}"
            ))
        });
    }
    let detail = serde_json::from_slice::<serde_json::Value>(&bytes)
        .ok()
        .and_then(|v| v.get("detail").cloned())
        .map(|d| match d {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        })
        .unwrap_or_else(|| String::from_utf8_lossy(&bytes).chars().take(200).collect());
    Err(match status.as_u16() {
        401 | 403 => Error::Auth(format!(
            "{shown} rejected the token (HTTP {status}): {detail}"
        )),
        404 => Error::failed(format!(
            "{shown} does not exist (HTTP 404): is this {service}?"
        )),
        422 => Error::protocol(format!(
            "{shown} rejected the request as invalid (HTTP 422): {detail}"
        )),
        _ => Error::failed(format!("{shown} failed (HTTP {status}): {detail}")),
    })
}

/// `url` fit to print: a password in its user-info part replaced by `…`.
pub fn redact_url(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("…"));
            // The URL encodes it; a person reads it.
            u.to_string().replacen("%E2%80%A6@", "…@", 1)
        }
        _ => url.to_owned(),
    }
}
