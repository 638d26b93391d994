//! The flow model and its JSONL form: one step per line.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::synth;
use crate::error::{Error, Result};
use crate::signal::{IceCandidate, Signal, SignalKind};

/// Payload size of synthetic SDP when a step names none.
pub const DEFAULT_SIZE: usize = 1200;
/// The largest payload a signal may carry: Socket.IO's default
/// `maxHttpBufferSize`, the most any supported backend takes in one message
/// (API Gateway: 128 KB, AppSync: 240 KB, the room server: 64 KiB frames).
pub const MAX_SIZE: usize = 1_000_000;
/// The most candidates a built-in flow sends each way.
pub const MAX_CANDIDATES: u32 = 1_000;
/// The latest a step may be scheduled: a day into the flow.
pub const MAX_AT_MS: u64 = 86_400_000;

/// `size` as a payload size, or a usage error naming the cap.
pub fn check_size(what: &str, size: usize) -> Result<usize> {
    if size > MAX_SIZE {
        return Err(Error::usage(format!(
            "{what}: {size} bytes is more than a signal can carry (at most {MAX_SIZE})"
        )));
    }
    Ok(size)
}

/// One signal of a flow.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// When to send, in milliseconds from the start of the flow. A step is
    /// also held until every earlier offer, answer or event addressed to its
    /// sender has arrived (an answer waits for its offer, an accepted call
    /// for its ring).
    #[serde(default)]
    pub at_ms: u64,
    pub from: String,
    pub to: String,
    pub kind: SignalKind,
    /// Size in bytes of the synthetic payload (SDP) when `payload` is absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<usize>,
    /// The event's name, for `kind: event` (default `event`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// An explicit payload: the SDP string, the candidate object, or the
    /// event's fields. Without it a synthetic one carrying a marker is made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<Value>,
}

impl Step {
    pub fn new(at_ms: u64, from: &str, to: &str, kind: SignalKind) -> Self {
        Step {
            at_ms,
            from: from.into(),
            to: to.into(),
            kind,
            size: None,
            name: None,
            payload: None,
        }
    }

    /// The signal this step sends; synthetic payloads carry `marker`.
    pub fn signal(&self, marker: &str) -> Result<Signal> {
        let Some(payload) = &self.payload else {
            let mut s = synth::signal(self.kind, self.size.unwrap_or(DEFAULT_SIZE), marker);
            if let (Signal::Event { name, .. }, Some(n)) = (&mut s, &self.name) {
                name.clone_from(n);
            }
            return Ok(s);
        };
        let bad = |what: &str| {
            Error::usage(format!(
                "step {} -> {} ({:?}): {what}",
                self.from, self.to, self.kind
            ))
        };
        Ok(match self.kind {
            SignalKind::Offer | SignalKind::Answer => {
                let sdp = match payload {
                    Value::String(s) => s.clone(),
                    Value::Object(m) => m
                        .get("sdp")
                        .and_then(Value::as_str)
                        .ok_or_else(|| bad("payload needs \"sdp\""))?
                        .to_owned(),
                    _ => return Err(bad("payload must be the SDP string or {\"sdp\": ...}")),
                };
                if self.kind == SignalKind::Offer {
                    Signal::Offer { sdp }
                } else {
                    Signal::Answer { sdp }
                }
            }
            SignalKind::Candidate => match payload {
                Value::String(s) => Signal::Candidate(IceCandidate {
                    candidate: s.clone(),
                    sdp_mid: None,
                    sdp_mline_index: None,
                }),
                v => Signal::Candidate(
                    serde_json::from_value(v.clone())
                        .map_err(|_| bad("payload must be a candidate string or object"))?,
                ),
            },
            SignalKind::Event => {
                let data = match payload {
                    Value::Object(m) => m.clone(),
                    Value::Null => Map::new(),
                    _ => return Err(bad("an event's payload must be an object")),
                };
                Signal::Event {
                    name: self.name.clone().unwrap_or_else(|| "event".into()),
                    data,
                }
            }
        })
    }
}

/// A named, ordered list of steps.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    pub name: String,
    pub steps: Vec<Step>,
}

impl Flow {
    /// Parse JSONL: one step per line; blank lines and `#` comments skipped.
    pub fn parse_jsonl(name: &str, text: &str) -> Result<Flow> {
        let mut steps = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let step: Step = serde_json::from_str(line).map_err(|e| {
                Error::usage(format!("{name} line {}: not a flow step: {e}", n + 1))
            })?;
            steps.push(step);
        }
        let flow = Flow {
            name: name.to_owned(),
            steps,
        };
        flow.validate()?;
        Ok(flow)
    }

    pub fn to_jsonl(&self) -> String {
        self.steps
            .iter()
            .map(|s| serde_json::to_string(s).unwrap_or_default() + "\n")
            .collect()
    }

    pub fn validate(&self) -> Result<()> {
        if self.steps.is_empty() {
            return Err(Error::usage(format!("flow {} has no steps", self.name)));
        }
        for (i, s) in self.steps.iter().enumerate() {
            let step = format!("flow {} step {}", self.name, i + 1);
            check_size(&step, s.size.unwrap_or(0))?;
            if s.at_ms > MAX_AT_MS {
                return Err(Error::usage(format!(
                    "{step}: at_ms {} is more than a day into the flow (at most {MAX_AT_MS})",
                    s.at_ms
                )));
            }
            if s.kind == SignalKind::Event && s.name.as_deref().is_none_or(str::is_empty) {
                return Err(Error::usage(format!(
                    "{step}: an event needs its name (\"name\": \"hangup\")"
                )));
            }
            if s.from.is_empty() || s.to.is_empty() || s.from == s.to {
                return Err(Error::usage(format!(
                    "flow {} step {}: from and to must be two different peers",
                    self.name,
                    i + 1
                )));
            }
            s.signal("check")?;
        }
        Ok(())
    }

    /// The peers in order of first appearance.
    pub fn peers(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for s in &self.steps {
            for p in [&s.from, &s.to] {
                if !out.contains(p) {
                    out.push(p.clone());
                }
            }
        }
        out
    }

    /// Index of each step's peers in `peers()`.
    pub fn endpoints(&self) -> Vec<(usize, usize)> {
        let peers = self.peers();
        let idx = |p: &String| peers.iter().position(|q| q == p).unwrap_or(0);
        self.steps
            .iter()
            .map(|s| (idx(&s.from), idx(&s.to)))
            .collect()
    }

    /// For each step, the earlier offers, answers and events addressed to
    /// its sender that it waits for (candidates trickle without waiting).
    pub fn waits(&self) -> Vec<Vec<usize>> {
        self.steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                self.steps[..i]
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.to == s.from && e.kind != SignalKind::Candidate)
                    .map(|(j, _)| j)
                    .collect()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_round_trips_and_validates() {
        let text = "# a flow\n{\"at_ms\":0,\"from\":\"a\",\"to\":\"b\",\"kind\":\"offer\",\"size\":2400}\n\n\
                    {\"from\":\"b\",\"to\":\"a\",\"kind\":\"answer\",\"payload\":\"v=0\\r\\n\"}\n\
                    {\"from\":\"a\",\"to\":\"b\",\"kind\":\"event\",\"name\":\"bye\",\"payload\":{\"why\":\"done\"}}\n";
        let f = Flow::parse_jsonl("t", text).unwrap();
        assert_eq!(f.steps.len(), 3);
        assert_eq!(f.peers(), vec!["a", "b"]);
        assert_eq!(Flow::parse_jsonl("t", &f.to_jsonl()).unwrap(), f);
        assert_eq!(
            f.steps[1].signal("m").unwrap(),
            Signal::Answer {
                sdp: "v=0\r\n".into()
            }
        );
        assert_eq!(f.steps[2].signal("m").unwrap().name(), "bye");
        assert_eq!(f.waits(), vec![vec![], vec![0], vec![1]]);
    }

    #[test]
    fn bad_flows_are_usage_errors() {
        for bad in [
            "",
            "{\"from\":\"a\",\"to\":\"a\",\"kind\":\"offer\"}",
            "{\"from\":\"a\",\"to\":\"b\",\"kind\":\"shout\"}",
            "{\"from\":\"a\",\"to\":\"b\",\"kind\":\"offer\",\"colour\":1}",
            "{\"from\":\"a\",\"to\":\"b\",\"kind\":\"offer\",\"payload\":3}",
            "not json",
        ] {
            assert_eq!(Flow::parse_jsonl("t", bad).unwrap_err().code(), 2, "{bad}");
        }
    }
}
