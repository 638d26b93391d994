//! Fault injection for emulators: drop, duplicate, reorder, corrupt or delay
//! the Nth relayed message, so that clients' checks can be shown to work.

use serde_json::Value;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use crate::error::{Error, Result};

/// One fault, on the Nth relayed message (1-based, counted over the whole emulator).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    Drop(u64),
    Duplicate(u64),
    /// Hold message N and deliver it after message N+1.
    Reorder(u64),
    Corrupt(u64),
    Delay(u64, Duration),
}

impl Fault {
    /// `drop:N`, `duplicate:N`, `reorder:N`, `corrupt:N`, `delay:N:DURATION`.
    pub fn parse(spec: &str) -> Result<Fault> {
        let bad = || {
            Error::usage(format!(
                "--fault '{spec}': expected drop:N, duplicate:N, reorder:N, corrupt:N or delay:N:DURATION"
            ))
        };
        let mut parts = spec.splitn(3, ':');
        let kind = parts.next().ok_or_else(bad)?;
        let n: u64 = parts
            .next()
            .and_then(|n| n.parse().ok())
            .filter(|n| *n > 0)
            .ok_or_else(bad)?;
        let rest = parts.next();
        Ok(match (kind, rest) {
            ("drop", None) => Fault::Drop(n),
            ("duplicate", None) => Fault::Duplicate(n),
            ("reorder", None) => Fault::Reorder(n),
            ("corrupt", None) => Fault::Corrupt(n),
            ("delay", Some(d)) => Fault::Delay(n, humantime::parse_duration(d).map_err(|_| bad())?),
            _ => return Err(bad()),
        })
    }

    fn target(self) -> u64 {
        match self {
            Fault::Drop(n)
            | Fault::Duplicate(n)
            | Fault::Reorder(n)
            | Fault::Corrupt(n)
            | Fault::Delay(n, _) => n,
        }
    }
}

/// When to hand a message on.
#[derive(Debug, PartialEq)]
pub enum Delivery<T> {
    Now(T),
    After(Duration, T),
}

/// Applies a fault plan to a stream of relayed items.
pub struct FaultInjector<T> {
    plan: Vec<Fault>,
    count: AtomicU64,
    held: Mutex<Option<T>>,
}

impl<T: Clone> FaultInjector<T> {
    pub fn new(plan: Vec<Fault>) -> Self {
        FaultInjector {
            plan,
            count: AtomicU64::new(0),
            held: Mutex::new(None),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.plan.is_empty()
    }

    /// What to deliver for the next relayed `item`; `corrupt` changes an item.
    pub fn apply(&self, item: T, corrupt: impl Fn(&T) -> T) -> Vec<Delivery<T>> {
        if self.plan.is_empty() {
            return vec![Delivery::Now(item)];
        }
        let n = self.count.fetch_add(1, Ordering::Relaxed) + 1;
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        let mut out = Vec::with_capacity(2);
        match self.plan.iter().find(|f| f.target() == n) {
            Some(Fault::Drop(_)) => {}
            Some(Fault::Duplicate(_)) => {
                out.push(Delivery::Now(item.clone()));
                out.push(Delivery::Now(item));
            }
            Some(Fault::Reorder(_)) => *held = Some(item),
            Some(Fault::Corrupt(_)) => out.push(Delivery::Now(corrupt(&item))),
            Some(Fault::Delay(_, d)) => out.push(Delivery::After(*d, item)),
            None => out.push(Delivery::Now(item)),
        }
        // A held message goes right after the one that followed it.
        if self
            .plan
            .iter()
            .any(|f| matches!(f, Fault::Reorder(r) if *r + 1 == n))
            && let Some(h) = held.take()
        {
            out.push(Delivery::Now(h));
        }
        out
    }
}

/// Change one character inside the longest string of a JSON message (the
/// SDP or the candidate line), keeping it valid JSON with the same fields.
pub fn corrupt_json_text(text: &str) -> String {
    let Ok(mut v) = serde_json::from_str::<Value>(text) else {
        return format!("{text} ");
    };
    fn longest(v: &mut Value) -> Option<&mut String> {
        match v {
            Value::String(s) => Some(s),
            Value::Object(m) => m.values_mut().filter_map(longest).max_by_key(|s| s.len()),
            Value::Array(a) => a.iter_mut().filter_map(longest).max_by_key(|s| s.len()),
            _ => None,
        }
    }
    if let Some(s) = longest(&mut v) {
        let mut chars: Vec<char> = s.chars().collect();
        let at = chars.len() / 3;
        if let Some(c) = chars.get_mut(at) {
            *c = if *c == '#' { '%' } else { '#' };
        }
        *s = chars.into_iter().collect();
    }
    v.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(plan: Vec<Fault>, n: u32) -> Vec<(Option<Duration>, u32)> {
        let f = FaultInjector::new(plan);
        (1..=n)
            .flat_map(|i| f.apply(i, |x| x + 100))
            .map(|d| match d {
                Delivery::Now(x) => (None, x),
                Delivery::After(d, x) => (Some(d), x),
            })
            .collect()
    }

    #[test]
    fn faults_hit_the_nth_message() {
        let ids =
            |v: Vec<(Option<Duration>, u32)>| v.into_iter().map(|(_, x)| x).collect::<Vec<_>>();
        assert_eq!(ids(run(vec![], 3)), vec![1, 2, 3]);
        assert_eq!(ids(run(vec![Fault::Drop(2)], 3)), vec![1, 3]);
        assert_eq!(ids(run(vec![Fault::Duplicate(2)], 3)), vec![1, 2, 2, 3]);
        assert_eq!(ids(run(vec![Fault::Reorder(1)], 3)), vec![2, 1, 3]);
        assert_eq!(ids(run(vec![Fault::Corrupt(3)], 3)), vec![1, 2, 103]);
        let d = Duration::from_secs(1);
        assert_eq!(
            run(vec![Fault::Delay(1, d)], 2),
            vec![(Some(d), 1), (None, 2)]
        );
    }

    #[test]
    fn parses_fault_specs() {
        assert_eq!(Fault::parse("drop:3").unwrap(), Fault::Drop(3));
        assert_eq!(
            Fault::parse("delay:2:1500ms").unwrap(),
            Fault::Delay(2, Duration::from_millis(1500))
        );
        for bad in [
            "drop",
            "drop:0",
            "drop:x",
            "explode:1",
            "delay:1",
            "drop:1:2",
        ] {
            assert!(Fault::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn corruption_keeps_json_and_fields() {
        let text = r#"{"type":"offer","sender":"a","target":"b","sdp":"v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n"}"#;
        let c = corrupt_json_text(text);
        let (a, b): (Value, Value) = (
            serde_json::from_str(text).unwrap(),
            serde_json::from_str(&c).unwrap(),
        );
        assert_eq!(a["sender"], b["sender"]);
        assert_ne!(a["sdp"], b["sdp"]);
        assert_eq!(
            a["sdp"].as_str().unwrap().len(),
            b["sdp"].as_str().unwrap().len()
        );
    }
}
