//! The built-in flows.

use super::model::{Flow, Step};
use crate::error::{Error, Result};
use crate::signal::SignalKind::{Answer, Candidate, Event, Offer};

pub const NAMES: &[&str] = &["offer-answer", "trickle", "glare", "ice-restart", "call"];

/// Options the built-ins take.
#[derive(Debug, Clone, Copy)]
pub struct BuiltinOptions {
    /// Candidates each way, for `trickle`.
    pub candidates: u32,
    /// SDP size in bytes.
    pub size: usize,
}

impl Default for BuiltinOptions {
    fn default() -> Self {
        BuiltinOptions {
            candidates: 8,
            size: super::model::DEFAULT_SIZE,
        }
    }
}

pub fn builtin(name: &str, opts: BuiltinOptions) -> Result<Flow> {
    let sized = |mut s: Step| {
        if matches!(s.kind, Offer | Answer) {
            s.size = Some(opts.size);
        }
        s
    };
    let steps: Vec<Step> = match name {
        "offer-answer" => vec![
            Step::new(0, "a", "b", Offer),
            Step::new(0, "b", "a", Answer),
        ],
        "trickle" => {
            let mut v = vec![
                Step::new(0, "a", "b", Offer),
                Step::new(0, "b", "a", Answer),
            ];
            // Candidates trickle in as they are gathered, a few ms apart.
            for i in 0..u64::from(opts.candidates) {
                v.push(Step::new(5 * i, "a", "b", Candidate));
            }
            for i in 0..u64::from(opts.candidates) {
                v.push(Step::new(5 * i, "b", "a", Candidate));
            }
            v
        }
        "glare" => vec![Step::new(0, "a", "b", Offer), Step::new(0, "b", "a", Offer)],
        "ice-restart" => vec![
            Step::new(0, "a", "b", Offer),
            Step::new(0, "b", "a", Answer),
            Step::new(0, "a", "b", Candidate),
            Step::new(0, "b", "a", Candidate),
            Step::new(100, "a", "b", Offer),
            Step::new(100, "b", "a", Answer),
        ],
        // Call control: a rings b, b accepts (a sees the call connected),
        // a hangs up. Each step waits for the one before it.
        "call" => vec![
            event(Step::new(0, "a", "b", Event), "ring"),
            event(Step::new(0, "b", "a", Event), "accept"),
            event(Step::new(0, "a", "b", Event), "end"),
        ],
        other => {
            return Err(Error::usage(format!(
                "no built-in flow named '{other}'; built-ins: {}",
                NAMES.join(", ")
            )));
        }
    };
    Ok(Flow {
        name: name.to_owned(),
        steps: steps.into_iter().map(sized).collect(),
    })
}

fn event(mut s: Step, name: &str) -> Step {
    s.name = Some(name.to_owned());
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_is_valid() {
        for name in NAMES {
            let f = builtin(name, BuiltinOptions::default()).unwrap();
            f.validate().unwrap();
            assert_eq!(f.peers(), vec!["a", "b"]);
        }
        let t = builtin(
            "trickle",
            BuiltinOptions {
                candidates: 3,
                size: 900,
            },
        )
        .unwrap();
        assert_eq!(t.steps.len(), 2 + 6);
        assert_eq!(t.steps[0].size, Some(900));
        assert!(builtin("nope", BuiltinOptions::default()).is_err());
        let call = builtin("call", BuiltinOptions::default()).unwrap();
        let names: Vec<_> = call.steps.iter().map(|s| s.name.as_deref()).collect();
        assert_eq!(names, [Some("ring"), Some("accept"), Some("end")]);
        assert_eq!(call.waits(), vec![vec![], vec![0], vec![1]]);
    }
}
