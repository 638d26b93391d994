//! AppSync over HTTP: one signed POST for GraphQL queries and mutations
//! (`/graphql`) and Event API publishes (`/event`).

use serde_json::Value;

use super::auth::Authorizer;
use super::connection::errors;
use crate::error::{Error, Result};

/// POST `body` to `url` with the authorization headers `auth` makes for
/// exactly these bytes (IAM signs them). A successful answer's JSON; a
/// refusal as an error naming AppSync's first error object (401/403 are
/// authentication errors).
pub async fn post_signed(
    http: &reqwest::Client,
    url: &str,
    auth: &Authorizer,
    body: String,
) -> Result<Value> {
    let headers = auth.http_headers(&body)?;
    let mut req = http.post(url).body(body);
    if !headers
        .iter()
        .any(|(k, _)| k.eq_ignore_ascii_case("content-type"))
    {
        req = req.header("content-type", "application/json");
    }
    for (k, v) in headers {
        req = req.header(k, v);
    }
    let resp = req.send().await.map_err(|e| Error::http(url, e))?;
    let status = resp.status();
    let bytes = resp.bytes().await.map_err(|e| Error::http(url, e))?;
    let parsed = serde_json::from_slice::<Value>(&bytes);
    if status.is_success() {
        // AppSync answers JSON, errors included: anything else is not it.
        return parsed.map_err(|e| {
            Error::protocol(format!(
                "{} answered HTTP {status} with a body that is not JSON: {e}",
                crate::util::http::redact_url(url)
            ))
        });
    }
    let body = parsed.unwrap_or(Value::Null);
    let e = &errors(&body)[0];
    let message = format!(
        "{} answered HTTP {status}: {}: {}",
        crate::util::http::redact_url(url),
        e["errorType"].as_str().unwrap_or_default(),
        e["message"].as_str().unwrap_or_default()
    );
    Err(if status.as_u16() == 401 || status.as_u16() == 403 {
        Error::Auth(message)
    } else {
        Error::failed(message)
    })
}
