//! AppSync Events over WebSocket (aws.md §1): channel paths, the
//! authorization header object and its subprotocol form, and the frames.

use crate::backend::meter::{Billed, Dir, Meter, Tariff};

/// The protocol's subprotocol name.
pub const SUBPROTOCOL: &str = "aws-appsync-event-ws";
/// The WebSocket path, on the real-time host or a custom domain.
pub const REALTIME_PATH: &str = "/event/realtime";
/// Events per publish, at most.
pub const MAX_EVENTS: usize = 5;
/// Bytes per event, at most.
pub const MAX_EVENT_BYTES: usize = 240 * 1024;
/// Segments per channel path, namespace included.
pub const MAX_SEGMENTS: usize = 5;
/// Subscriptions per connection.
pub const MAX_SUBSCRIPTIONS: usize = 100;

/// A channel path, normalised to a leading slash; its segments checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Channel {
    pub path: String,
    /// Ends with `/*`: matches every channel below the prefix.
    pub wildcard: bool,
}

fn valid_segment(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 50
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        && b[0] != b'-'
        && b[b.len() - 1] != b'-'
}

impl Channel {
    /// Parse `path`; `allow_wildcard` for subscriptions.
    pub fn parse(path: &str, allow_wildcard: bool) -> Result<Channel, &'static str> {
        let trimmed = path.strip_prefix('/').unwrap_or(path);
        let segments: Vec<&str> = trimmed.split('/').collect();
        if trimmed.is_empty() || segments.len() > MAX_SEGMENTS {
            return Err("Invalid Channel Format");
        }
        let wildcard = segments.last() == Some(&"*");
        if wildcard && (!allow_wildcard || segments.len() < 2) {
            return Err("Invalid Channel Format");
        }
        let checked = if wildcard {
            &segments[..segments.len() - 1]
        } else {
            &segments[..]
        };
        if !checked.iter().all(|s| valid_segment(s)) {
            return Err("Invalid Channel Format");
        }
        Ok(Channel {
            path: format!("/{trimmed}"),
            wildcard,
        })
    }

    pub fn namespace(&self) -> &str {
        self.path[1..].split('/').next().unwrap_or("")
    }

    /// Whether this subscription pattern receives events published to `to`.
    pub fn matches(&self, to: &str) -> bool {
        if self.wildcard {
            let prefix = &self.path[..self.path.len() - 1];
            to.starts_with(prefix) && to.len() > prefix.len()
        } else {
            self.path == to
        }
    }
}

/// The real-time URL for an Event API's HTTP endpoint: the AWS real-time
/// host for AWS hosts, the same host otherwise; always `/event/realtime`.
pub fn realtime_url(http: &str) -> Result<String, String> {
    let mut url = reqwest::Url::parse(http).map_err(|e| format!("'{http}': {e}"))?;
    let host = url.host_str().unwrap_or_default().to_owned();
    if host.ends_with(".amazonaws.com") && host.contains(".appsync-api.") {
        let swapped = host.replacen(".appsync-api.", ".appsync-realtime-api.", 1);
        url.set_host(Some(&swapped)).map_err(|e| e.to_string())?;
    }
    let scheme = if url.scheme() == "https" { "wss" } else { "ws" };
    url.set_scheme(scheme)
        .map_err(|_| "cannot use a ws scheme".to_owned())?;
    url.set_path(REALTIME_PATH);
    url.set_query(None);
    Ok(url.into())
}

pub use crate::backend::appsync::{
    ErrorsAt, error_object, header_subprotocol, parse_header_subprotocol,
};

/// An `*_error` frame (or `error` with no id).
pub fn error_frame(frame_type: &str, id: Option<&str>, kind: &str, message: &str) -> String {
    crate::backend::appsync::error_frame(frame_type, ErrorsAt::Top, id, kind, message)
}

/// How AppSync meters an Event API: connection minutes, and one operation
/// for each connect, subscribe, unsubscribe, event published over the
/// WebSocket and event delivered to a subscriber. (An HTTP publish is one
/// operation per event, counted where it is sent.)
pub static EVENTS_TARIFF: Tariff = Tariff {
    self_hosted: false,
    billed: &[Billed::EventsOperations, Billed::AppsyncConnectionMinutes],
    minutes: Billed::AppsyncConnectionMinutes,
    frame: events_frame,
    routes: false,
};

fn events_frame(m: &Meter, dir: Dir, text: &str) {
    let billed = match (dir, crate::backend::appsync::frame_type(text)) {
        (Dir::Sent, Some("connection_init" | "subscribe" | "unsubscribe")) => 1,
        // Our publish frames carry one event each.
        (Dir::Sent, Some("publish")) => 1,
        (Dir::Received, Some("data")) => 1,
        _ => 0,
    };
    if billed > 0 {
        m.add(Billed::EventsOperations, billed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channels_are_checked_and_wildcards_match_below_their_prefix() {
        let c = Channel::parse("calls/abc", false).unwrap();
        assert_eq!(c.path, "/calls/abc");
        assert_eq!(c.namespace(), "calls");
        let w = Channel::parse("/calls/*", true).unwrap();
        assert!(w.matches("/calls/abc") && !w.matches("/chats/abc") && !w.matches("/calls/"));
        assert!(Channel::parse("/calls/*", false).is_err());
        assert!(Channel::parse("/a/b/c/d/e/f", false).is_err());
        assert!(Channel::parse("/calls/bad_seg", false).is_err());
        assert!(Channel::parse("/calls/-x", false).is_err());
        assert!(Channel::parse("", false).is_err());
        assert!(Channel::parse("/*", true).is_err());
    }

    #[test]
    fn auth_travels_as_base64url_json_and_urls_follow_the_host() {
        let auth = serde_json::json!({"host": "h", "x-api-key": "k"});
        let p = header_subprotocol(&auth);
        assert!(!p.contains('='));
        assert_eq!(parse_header_subprotocol(&p), Some(auth));
        assert_eq!(
            realtime_url("https://abc.appsync-api.eu-west-1.amazonaws.com/event").unwrap(),
            "wss://abc.appsync-realtime-api.eu-west-1.amazonaws.com/event/realtime"
        );
        assert_eq!(
            realtime_url("https://api.example.com").unwrap(),
            "wss://api.example.com/event/realtime"
        );
        assert_eq!(
            realtime_url("http://127.0.0.1:9000").unwrap(),
            "ws://127.0.0.1:9000/event/realtime"
        );
    }
}
