//! Call control on AppSync Events, as PantherKolab's app carries it after
//! its migration from Socket.IO: each user's `/calls/{userId}` channel
//! receives `{type, data, timestamp}` events of the types `INCOMING_CALL`,
//! `CALL_CONNECTED`, `CALL_REJECTED` and `CALL_ENDED`, whose `data` names
//! the call's `sessionId` and who acted. The events `ring`, `accept`,
//! `reject` and `end` of a flow travel as those, so that one `call` flow
//! runs on both sides of that migration.
//!
//! The app's API routes publish these events; here the peer that acts
//! publishes them itself, to the other peer's channel. The ring's sender
//! makes the session id, and both ends remember it for the answers.

use serde_json::{Map, Value};

/// Our call events and the event types the app publishes for them.
const TYPES: &[(&str, &str)] = &[
    ("ring", "INCOMING_CALL"),
    ("accept", "CALL_CONNECTED"),
    ("reject", "CALL_REJECTED"),
    ("end", "CALL_ENDED"),
];

/// Fields the app's events carry that a flow's step does not (made when
/// sending, dropped when receiving).
const FIELDS: &[&str] = &["sessionId", "callerId", "callType", "rejectedBy", "endedBy"];

/// The event type of our call event `name`.
pub fn wire_type(name: &str) -> Option<&'static str> {
    TYPES.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

/// Our call event of the event type `t`.
pub fn our_name(t: &str) -> Option<&'static str> {
    TYPES.iter().find(|(_, w)| *w == t).map(|(n, _)| *n)
}

/// The app's fields of call event `name` from `from` in call `session`,
/// added to a step's `data`. A ring without a caller's name carries the
/// step's marker as its name.
pub fn add_fields(name: &str, data: &mut Map<String, Value>, from: &str, session: &str) {
    data.insert("sessionId".into(), session.into());
    match name {
        "ring" => {
            data.insert("callerId".into(), from.into());
            if !data.contains_key("callerName")
                && let Some(m) = data.get("marker").cloned()
            {
                data.insert("callerName".into(), m);
            }
            data.insert("callType".into(), "AUDIO".into());
        }
        "reject" => {
            data.insert("rejectedBy".into(), from.into());
        }
        "end" => {
            data.insert("endedBy".into(), from.into());
        }
        _ => {}
    }
}

/// `data` of a received call event without the app's fields: the step's
/// own data. Returns the call's session id.
pub fn strip_fields(data: &mut Map<String, Value>) -> Option<String> {
    let session = data
        .get("sessionId")
        .and_then(Value::as_str)
        .map(str::to_owned);
    for f in FIELDS {
        data.remove(*f);
    }
    if data.get("callerName").is_some() && data.get("callerName") == data.get("marker") {
        data.remove("callerName");
    }
    session
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_app_s_fields_come_and_go_and_the_step_s_data_is_left() {
        for name in ["ring", "accept", "reject", "end"] {
            let t = wire_type(name).unwrap();
            assert_eq!(our_name(t), Some(name));
            let step = Map::from_iter([("marker".to_owned(), Value::from("m-1"))]);
            let mut data = step.clone();
            add_fields(name, &mut data, "a", "s-1");
            assert_eq!(data["sessionId"], "s-1");
            assert_eq!(strip_fields(&mut data).as_deref(), Some("s-1"));
            assert_eq!(data, step, "{name}");
        }
        let mut ring = Map::from_iter([("marker".to_owned(), Value::from("m-1"))]);
        add_fields("ring", &mut ring, "a", "s-1");
        assert_eq!(ring["callerName"], "m-1");
        assert_eq!(ring["callerId"], "a");
        assert_eq!(ring["callType"], "AUDIO");
        // A caller's own name stays.
        let named = Map::from_iter([("callerName".to_owned(), Value::from("Lee"))]);
        let mut data = named.clone();
        add_fields("ring", &mut data, "a", "s-1");
        strip_fields(&mut data);
        assert_eq!(data, named);
        assert_eq!(wire_type("hangup"), None);
        assert_eq!(our_name("CALL_RINGING"), None);
    }
}
