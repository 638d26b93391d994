//! Pass/fail conditions on a load test's summary: `delivery.p99<50ms`,
//! `lost==0`, `errors<0.1%`, `connect.max<=2s`, `delivered>=1000`.

use serde::Serialize;
use std::time::Duration;

use super::summary::{Counters, Stats};
use crate::error::{Error, Result};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Op {
    #[serde(rename = "<")]
    Lt,
    #[serde(rename = "<=")]
    Le,
    #[serde(rename = ">")]
    Gt,
    #[serde(rename = ">=")]
    Ge,
    #[serde(rename = "==")]
    Eq,
    #[serde(rename = "!=")]
    Ne,
}

impl Op {
    pub fn holds(self, a: f64, b: f64) -> bool {
        match self {
            Op::Lt => a < b,
            Op::Le => a <= b,
            Op::Gt => a > b,
            Op::Ge => a >= b,
            Op::Eq => a == b,
            Op::Ne => a != b,
        }
    }
}

/// What a threshold measures.
#[derive(Debug, Clone, PartialEq)]
pub enum Metric {
    /// A latency statistic, in milliseconds: `delivery.p99`.
    Latency { histogram: String, stat: String },
    /// A counter: `lost`.
    Count(String),
    /// A counter as a percentage of signals sent: `errors<0.1%`.
    Percent(String),
    /// A cost in the pricing file's currency (`compare` only):
    /// `cost_per_million<5`.
    Cost(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Threshold {
    pub expr: String,
    pub metric: Metric,
    pub op: Op,
    /// Milliseconds for latencies, a count, or a percentage.
    pub value: f64,
}

/// What every load test checks unless told otherwise: nothing lost,
/// refused, duplicated, corrupted or misdelivered, and every session
/// connected. A
/// `--threshold` on the same counter replaces its default; `--allow-loss`
/// drops `lost==0`.
pub const DEFAULTS: &[&str] = &[
    "lost==0",
    "send_failed==0",
    "duplicated==0",
    "corrupted==0",
    "misdelivered==0",
    "sessions_failed==0",
];

impl Threshold {
    /// The counter or histogram this threshold measures, by name.
    pub fn subject(&self) -> String {
        match &self.metric {
            Metric::Latency { histogram, stat } => format!("{histogram}.{stat}"),
            Metric::Count(c) | Metric::Percent(c) | Metric::Cost(c) => c.clone(),
        }
    }
}

/// The thresholds of a run: the defaults the user's own do not replace,
/// then the user's.
pub fn with_defaults(own: Vec<Threshold>, allow_loss: bool) -> Result<Vec<Threshold>> {
    let mut all = Vec::new();
    for expr in DEFAULTS {
        let d = Threshold::parse(expr)?;
        let replaced = own.iter().any(|t| t.subject() == d.subject());
        let allowed = allow_loss && d.subject() == "lost";
        if !(replaced || allowed) {
            all.push(d);
        }
    }
    all.extend(own);
    Ok(all)
}

pub const HISTOGRAMS: &[&str] = &[
    "auth",
    "connect",
    "register",
    "accept",
    "delivery",
    "delivery_uncorrected",
    "flow",
];
pub const STATS: &[&str] = &["min", "mean", "p50", "p90", "p95", "p99", "p999", "max"];

impl Threshold {
    /// As [`Threshold::parse`], and also a cost (`cost_per_million<5`,
    /// `cost_per_1000_flows`, `monthly_cost`), for `compare`.
    pub fn parse_with_cost(expr: &str) -> Result<Threshold> {
        let compact: String = expr.chars().filter(|c| !c.is_whitespace()).collect();
        let Some(name) = super::cost::METRICS.iter().find(|m| {
            compact.starts_with(*m)
                && !compact[m.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
        }) else {
            return Threshold::parse(expr);
        };
        // The operator and value as for a counter.
        let as_count =
            Threshold::parse(&format!("sent{}", &compact[name.len()..])).map_err(|_| {
                Error::usage(format!(
                    "--threshold '{expr}': expected {name} OP AMOUNT, e.g. {name}<5"
                ))
            })?;
        if matches!(as_count.metric, Metric::Percent(_)) {
            return Err(Error::usage(format!(
                "--threshold '{expr}': a cost is in the pricing file's currency, not a percentage"
            )));
        }
        Ok(Threshold {
            expr: expr.to_owned(),
            metric: Metric::Cost((*name).to_owned()),
            op: as_count.op,
            value: as_count.value,
        })
    }

    pub fn parse(expr: &str) -> Result<Threshold> {
        let bad = |why: &str| Error::usage(format!("--threshold '{expr}': {why}"));
        let compact: String = expr.chars().filter(|c| !c.is_whitespace()).collect();
        let ops = [
            ("<=", Op::Le),
            (">=", Op::Ge),
            ("==", Op::Eq),
            ("!=", Op::Ne),
            ("<", Op::Lt),
            (">", Op::Gt),
        ];
        let (pos, len, op) = ops
            .iter()
            .filter_map(|(s, op)| compact.find(s).map(|p| (p, s.len(), *op)))
            .min_by_key(|(p, len, _)| (*p, usize::MAX - len))
            .ok_or_else(|| bad("expected METRIC OP VALUE, e.g. delivery.p99<50ms"))?;
        let (name, value) = (&compact[..pos], &compact[pos + len..]);
        if name.is_empty() || value.is_empty() {
            return Err(bad("expected METRIC OP VALUE, e.g. delivery.p99<50ms"));
        }
        let (metric, value) = if let Some((h, stat)) = name.split_once('.') {
            if !HISTOGRAMS.contains(&h) {
                return Err(bad(&format!(
                    "unknown latency '{h}'; one of {}",
                    HISTOGRAMS.join(", ")
                )));
            }
            if !STATS.contains(&stat) {
                return Err(bad(&format!(
                    "unknown statistic '{stat}'; one of {}",
                    STATS.join(", ")
                )));
            }
            let d = parse_ms(value)
                .ok_or_else(|| bad("a latency needs a duration such as 50ms, 1.5s or 800us"))?;
            (
                Metric::Latency {
                    histogram: h.into(),
                    stat: stat.into(),
                },
                d,
            )
        } else {
            if !Counters::names().contains(&name) {
                return Err(bad(&format!(
                    "unknown metric '{name}'; counters: {}",
                    Counters::names().join(", ")
                )));
            }
            match value.strip_suffix('%') {
                Some(p) => (
                    Metric::Percent(name.into()),
                    p.parse().map_err(|_| bad("not a percentage"))?,
                ),
                None => (
                    Metric::Count(name.into()),
                    value.parse().map_err(|_| bad("not a number"))?,
                ),
            }
        };
        Ok(Threshold {
            expr: expr.to_owned(),
            metric,
            op,
            value,
        })
    }

    /// The measured value, and whether the condition holds. A latency with
    /// no samples fails (nothing was measured).
    pub fn evaluate(
        &self,
        counters: &Counters,
        latency: &BTreeMap<String, Stats>,
    ) -> (Option<f64>, bool) {
        let actual = match &self.metric {
            Metric::Latency { histogram, stat } => latency.get(histogram).and_then(|s| s.get(stat)),
            Metric::Count(c) => counters.get(c).map(|v| v as f64),
            Metric::Percent(c) => {
                let sent = counters.sent.max(1) as f64;
                counters.get(c).map(|v| v as f64 * 100.0 / sent)
            }
            // Costs are `compare`'s, with its pricing.
            Metric::Cost(_) => None,
        };
        match actual {
            Some(a) => (Some(a), self.op.holds(a, self.value)),
            None => (None, false),
        }
    }
}

fn parse_ms(s: &str) -> Option<f64> {
    if let Some(us) = s.strip_suffix("us").or_else(|| s.strip_suffix("µs")) {
        return us.parse::<f64>().ok().map(|v| v / 1000.0);
    }
    if let Some(ms) = s.strip_suffix("ms") {
        return ms.parse().ok();
    }
    if let Some(sec) = s.strip_suffix('s') {
        return sec.parse::<f64>().ok().map(|v| v * 1000.0);
    }
    humantime::parse_duration(s)
        .ok()
        .map(|d: Duration| d.as_secs_f64() * 1000.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_forms() {
        let t = Threshold::parse("delivery.p99<50ms").unwrap();
        assert_eq!(
            t.metric,
            Metric::Latency {
                histogram: "delivery".into(),
                stat: "p99".into()
            }
        );
        assert_eq!((t.op, t.value), (Op::Lt, 50.0));
        let t = Threshold::parse("lost==0").unwrap();
        assert_eq!(
            (t.metric, t.op, t.value),
            (Metric::Count("lost".into()), Op::Eq, 0.0)
        );
        let t = Threshold::parse("errors < 0.1%").unwrap();
        assert_eq!(
            (t.metric, t.op, t.value),
            (Metric::Percent("errors".into()), Op::Lt, 0.1)
        );
        assert_eq!(Threshold::parse("connect.max<=1.5s").unwrap().value, 1500.0);
        assert_eq!(Threshold::parse("accept.p50<800us").unwrap().value, 0.8);
        assert_eq!(Threshold::parse("delivered>=10").unwrap().op, Op::Ge);
    }

    #[test]
    fn defaults_are_replaced_by_name_and_added_to() {
        let exprs = |own: &[&str], allow_loss| -> Vec<String> {
            let own = own.iter().map(|e| Threshold::parse(e).unwrap()).collect();
            with_defaults(own, allow_loss)
                .unwrap()
                .into_iter()
                .map(|t| t.expr)
                .collect()
        };
        assert_eq!(exprs(&[], false), DEFAULTS);
        let e = exprs(&["lost<5", "delivery.p99<50ms"], false);
        assert!(!e.contains(&"lost==0".to_owned()), "{e:?}");
        assert!(e.contains(&"lost<5".to_owned()) && e.contains(&"duplicated==0".to_owned()));
        assert_eq!(exprs(&["errors<1%"], false).len(), DEFAULTS.len() + 1);
        let e = exprs(&[], true);
        assert_eq!(e.len(), DEFAULTS.len() - 1);
        assert!(!e.contains(&"lost==0".to_owned()));
        assert!(Threshold::parse("sessions_failed==0").is_ok());
    }

    #[test]
    fn rejects_what_it_cannot_measure() {
        for bad in [
            "",
            "lost",
            "lost=0",
            "speed<3",
            "delivery.p42<1ms",
            "latency.p99<1ms",
            "delivery.p99<fast",
            "lost<x",
            "<5",
        ] {
            assert_eq!(Threshold::parse(bad).unwrap_err().code(), 2, "{bad}");
        }
    }
}
