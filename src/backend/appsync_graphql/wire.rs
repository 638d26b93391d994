//! AppSync GraphQL real-time (aws.md §2): URLs, the two ways of carrying
//! the authorization object at connect, and the frames.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde_json::{Value, json};

use crate::backend::meter::{Billed, Dir, Meter, Tariff, increments};

/// The real-time subprotocol.
pub const SUBPROTOCOL: &str = "graphql-ws";
/// HTTP queries and mutations.
pub const HTTP_PATH: &str = "/graphql";
/// The real-time path on custom domains (and emulators).
pub const REALTIME_PATH: &str = "/graphql/realtime";
/// What IAM signs for a connection.
pub const CONNECT_PATH: &str = "/graphql/connect";
/// Subscriptions per connection.
pub const MAX_SUBSCRIPTIONS: usize = 100;
/// Bytes of one subscription payload.
pub const MAX_PAYLOAD_BYTES: usize = 240 * 1024;

/// The GraphQL endpoint for an API's URL: `/graphql` unless a path is given.
pub fn graphql_url(http: &str) -> Result<String, String> {
    let mut url = reqwest::Url::parse(http).map_err(|e| format!("'{http}': {e}"))?;
    if url.path() == "/" || url.path().is_empty() {
        url.set_path(HTTP_PATH);
    }
    Ok(url.into())
}

/// The real-time URL: AWS hosts swap to the `appsync-realtime-api` host
/// with path `/graphql`; other hosts keep theirs with `/graphql/realtime`.
pub fn realtime_url(http: &str) -> Result<String, String> {
    let mut url = reqwest::Url::parse(http).map_err(|e| format!("'{http}': {e}"))?;
    let host = url.host_str().unwrap_or_default().to_owned();
    if host.ends_with(".amazonaws.com") && host.contains(".appsync-api.") {
        let swapped = host.replacen(".appsync-api.", ".appsync-realtime-api.", 1);
        url.set_host(Some(&swapped)).map_err(|e| e.to_string())?;
        url.set_path(HTTP_PATH);
    } else {
        url.set_path(REALTIME_PATH);
    }
    let scheme = if url.scheme() == "https" { "wss" } else { "ws" };
    url.set_scheme(scheme)
        .map_err(|_| "cannot use a ws scheme".to_owned())?;
    url.set_query(None);
    Ok(url.into())
}

/// `url` with the documented query form of the authorization object:
/// `?header=<base64(JSON)>&payload=e30=`.
pub fn with_query_auth(url: &str, auth: &Value) -> Result<String, String> {
    let header = STANDARD.encode(auth.to_string());
    let mut u = reqwest::Url::parse(url).map_err(|e| format!("'{url}': {e}"))?;
    u.query_pairs_mut()
        .clear()
        .append_pair("header", &header)
        .append_pair("payload", "e30=");
    Ok(u.into())
}

/// The authorization object of a `header` query parameter (base64, either
/// alphabet, padded or not).
pub fn parse_query_auth(encoded: &str) -> Option<Value> {
    let trimmed = encoded.trim_end_matches('=');
    let bytes = URL_SAFE_NO_PAD
        .decode(trimmed)
        .or_else(|_| base64::engine::general_purpose::STANDARD_NO_PAD.decode(trimmed))
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// A `start` frame: the request as a JSON string, and its authorization.
pub fn start_frame(id: &str, data: &str, auth: &Value) -> Value {
    json!({"id": id, "type": "start", "payload": {"data": data, "extensions": {"authorization": auth}}})
}

pub use crate::backend::appsync::{ErrorsAt, error_object};

/// An `error` frame (a refused start, a bad frame), with the operation's id
/// when there is one.
pub fn error_frame(id: Option<&str>, kind: &str, message: &str) -> String {
    crate::backend::appsync::error_frame("error", ErrorsAt::Payload, id, kind, message)
}

/// AppSync meters real-time updates in increments of this many bytes.
pub const UPDATE_INCREMENT: usize = 5 * 1024;

/// How AppSync meters a GraphQL API: each query and mutation (counted
/// where it is posted), connection minutes, and real-time updates: each
/// subscription message delivered, in 5 KB increments, and the real-time
/// connection's own operations (connect, start, stop).
pub static GRAPHQL_TARIFF: Tariff = Tariff {
    self_hosted: false,
    billed: &[
        Billed::GraphqlOperations,
        Billed::GraphqlUpdates,
        Billed::AppsyncConnectionMinutes,
    ],
    minutes: Billed::AppsyncConnectionMinutes,
    frame: graphql_frame,
    routes: false,
};

fn graphql_frame(m: &Meter, dir: Dir, text: &str) {
    let billed = match (dir, crate::backend::appsync::frame_type(text)) {
        (Dir::Sent, Some("connection_init" | "start" | "stop")) => 1,
        (Dir::Received, Some("data")) => increments(text.len(), UPDATE_INCREMENT),
        _ => 0,
    };
    if billed > 0 {
        m.add(Billed::GraphqlUpdates, billed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_follow_the_host() {
        assert_eq!(
            realtime_url("https://abc.appsync-api.eu-west-1.amazonaws.com/graphql").unwrap(),
            "wss://abc.appsync-realtime-api.eu-west-1.amazonaws.com/graphql"
        );
        assert_eq!(
            realtime_url("https://api.example.com/graphql").unwrap(),
            "wss://api.example.com/graphql/realtime"
        );
        assert_eq!(
            realtime_url("http://127.0.0.1:9000").unwrap(),
            "ws://127.0.0.1:9000/graphql/realtime"
        );
        assert_eq!(
            graphql_url("http://127.0.0.1:9000").unwrap(),
            "http://127.0.0.1:9000/graphql"
        );
        assert_eq!(
            graphql_url("https://h/graphql").unwrap(),
            "https://h/graphql"
        );
    }

    #[test]
    fn the_query_form_carries_base64_json() {
        let auth = json!({"host": "h", "x-api-key": "k"});
        let url = with_query_auth("ws://127.0.0.1:1/graphql/realtime", &auth).unwrap();
        assert!(with_query_auth("not a url", &auth).is_err());
        assert!(url.ends_with("&payload=e30%3D"), "{url}");
        let parsed = reqwest::Url::parse(&url).unwrap();
        let header = parsed
            .query_pairs()
            .find(|(k, _)| k == "header")
            .unwrap()
            .1
            .into_owned();
        assert_eq!(parse_query_auth(&header), Some(auth));
    }
}
