//! A comparison of two targets under one workload: each side's rounds (the
//! result files of DESIGN.md "Results"), combined exactly, and for every
//! statistic the difference B − A with its spread over the rounds. A
//! difference is called out only when every round agrees on its sign.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

use super::cost::{self, Pricing, SideCost, Volume};
use super::result::{RunResult, Tool};
use super::summary::{Counters, Latency, Stats, ThresholdResult};
use super::threshold::{Metric, Threshold};
use crate::error::{Error, Result};

pub const FORMAT: &str = "signal-cli-comparison";
pub const VERSION: u32 = 1;

/// The histograms compared, and the statistics of each.
pub const HISTOGRAMS: &[&str] = &["connect", "register", "accept", "delivery", "flow"];
pub const STATS: &[&str] = &["p50", "p90", "p99", "max"];
/// The counters compared.
pub const COUNTERS: &[&str] = &[
    "sent",
    "delivered",
    "lost",
    "duplicated",
    "reordered",
    "corrupted",
    "misdelivered",
    "send_failed",
    "errors",
    "sessions_failed",
];

/// One side of a comparison: what it ran against and its rounds.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Side {
    /// The side as given (`emulator:socketio`, a profile name, a file).
    pub name: String,
    pub backend: String,
    pub rounds: Vec<RunResult>,
}

/// One compared statistic.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Row {
    /// `delivery.p99`, `lost`, `signals_per_s`.
    pub metric: String,
    /// `ms`, `count` or `per_s`.
    pub unit: String,
    /// Over every round of the side (histograms added, counters summed).
    pub a: Option<f64>,
    pub b: Option<f64>,
    /// `b − a` of the values above.
    pub diff: Option<f64>,
    /// The smallest and largest `b − a` of one round against the same round.
    pub diff_min: Option<f64>,
    pub diff_max: Option<f64>,
    /// `b_higher` or `b_lower` when every round agrees (and there are two
    /// rounds or more), `same` when no round differs, else `unclear`.
    pub verdict: String,
}

/// A comparison document (`compare --save`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Comparison {
    pub format: String,
    pub version: u32,
    pub tool: Tool,
    pub a: Side,
    pub b: Side,
    pub rows: Vec<Row>,
    pub thresholds: Vec<ThresholdResult>,
    pub passed: bool,
    /// What each side's operations cost, over all its rounds (absent in
    /// comparisons saved before costs were counted).
    #[serde(default)]
    pub cost: Option<Costs>,
}

/// The pricing a comparison is costed with, and the monthly volume.
pub struct Costing {
    pub pricing: Pricing,
    pub volume: Volume,
}

/// Both sides' costs.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Costs {
    /// The pricing file (`pricing/aws.toml (built in)` or a path), its
    /// provider, region and currency.
    pub pricing: String,
    pub provider: String,
    pub region: String,
    pub currency: String,
    pub volume: Volume,
    pub a: SideCost,
    pub b: SideCost,
}

/// A side's rounds taken together: histograms, counters and operations
/// added, and what they cost.
struct Combined {
    counters: Counters,
    latency: BTreeMap<String, Stats>,
    seconds: f64,
    cost: SideCost,
}

fn combine(rounds: &[RunResult], costing: &Costing) -> Result<Combined> {
    let mut counters = Counters::default();
    let mut hists: BTreeMap<String, Latency> = BTreeMap::new();
    let mut seconds = 0.0;
    let mut operations: BTreeMap<String, f64> = BTreeMap::new();
    for r in rounds {
        counters.add(&r.summary.counters);
        seconds += r.summary.duration_s;
        for (k, v) in &r.summary.operations {
            *operations.entry(k.clone()).or_default() += v;
        }
        for (name, enc) in &r.histograms {
            let h = Latency::decode(enc, name)?;
            match hists.get_mut(name) {
                Some(all) => all.add(&h),
                None => {
                    hists.insert(name.clone(), h);
                }
            }
        }
    }
    let latency = hists
        .iter()
        .filter_map(|(k, v)| v.stats().map(|s| (k.clone(), s)))
        .collect();
    let self_hosted = rounds.iter().any(|r| r.summary.self_hosted);
    let cost = cost::cost(
        &costing.pricing,
        &operations,
        self_hosted,
        counters.flows,
        counters.sent,
        costing.volume,
    );
    Ok(Combined {
        counters,
        latency,
        seconds,
        cost,
    })
}

impl Combined {
    fn value(&self, metric: &str) -> Option<f64> {
        if metric == "signals_per_s" {
            return (self.seconds > 0.0).then(|| self.counters.delivered as f64 / self.seconds);
        }
        if cost::METRICS.contains(&metric) {
            return self.cost.get(metric);
        }
        match metric.split_once('.') {
            Some((h, stat)) => self.latency.get(h).and_then(|s| s.get(stat)),
            None => self.counters.get(metric).map(|v| v as f64),
        }
    }
}

/// Every compared metric, with its unit.
fn metrics() -> Vec<(String, &'static str)> {
    let mut m = Vec::new();
    for h in HISTOGRAMS {
        for s in STATS {
            m.push((format!("{h}.{s}"), "ms"));
        }
    }
    m.extend(COUNTERS.iter().map(|c| (c.to_string(), "count")));
    m.push(("signals_per_s".into(), "per_s"));
    m.extend(cost::METRICS.iter().map(|c| (c.to_string(), "cost")));
    m
}

fn verdict(diffs: &[Option<f64>]) -> &'static str {
    let known: Vec<f64> = diffs.iter().flatten().copied().collect();
    if known.len() != diffs.len() || known.is_empty() {
        return "unclear";
    }
    if known.iter().all(|d| *d == 0.0) {
        "same"
    } else if known.len() >= 2 && known.iter().all(|d| *d > 0.0) {
        "b_higher"
    } else if known.len() >= 2 && known.iter().all(|d| *d < 0.0) {
        "b_lower"
    } else {
        "unclear"
    }
}

fn sub(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    Some(b? - a?)
}

/// A threshold of `compare`: on side `a`, side `b`, or the difference.
#[derive(Debug, Clone)]
pub struct SideThreshold {
    pub expr: String,
    pub on: On,
    pub threshold: Threshold,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum On {
    A,
    B,
    Diff,
}

impl SideThreshold {
    /// `a.EXPR`, `b.EXPR` or `diff.EXPR`, EXPR as for `loadtest --threshold`.
    pub fn parse(expr: &str) -> Result<SideThreshold> {
        let (on, rest) = match expr.trim_start().split_once('.') {
            Some(("a", r)) => (On::A, r),
            Some(("b", r)) => (On::B, r),
            Some(("diff", r)) => (On::Diff, r),
            _ => {
                return Err(Error::usage(format!(
                    "--threshold '{expr}': say which side it is on: a.{0}, b.{0} or diff.{0}",
                    expr.trim()
                )));
            }
        };
        let threshold = Threshold::parse_with_cost(rest)?;
        if on == On::Diff && matches!(threshold.metric, Metric::Percent(_)) {
            return Err(Error::usage(format!(
                "--threshold '{expr}': a difference is of counts or latencies, not of percentages"
            )));
        }
        Ok(SideThreshold {
            expr: expr.trim().to_owned(),
            on,
            threshold,
        })
    }
}

impl Comparison {
    /// Compare `a` and `b` (each with one round or more, paired in order)
    /// and check `thresholds` (each side's own thresholds stay in its
    /// rounds' summaries and count too).
    pub fn of(
        a: Side,
        b: Side,
        thresholds: &[SideThreshold],
        costing: &Costing,
    ) -> Result<Comparison> {
        if a.rounds.is_empty() || b.rounds.is_empty() {
            return Err(Error::usage("a comparison needs a round of each side"));
        }
        let (ca, cb) = (combine(&a.rounds, costing)?, combine(&b.rounds, costing)?);
        let per_round: Vec<(Combined, Combined)> = a
            .rounds
            .iter()
            .zip(&b.rounds)
            .map(|(x, y)| {
                Ok((
                    combine(std::slice::from_ref(x), costing)?,
                    combine(std::slice::from_ref(y), costing)?,
                ))
            })
            .collect::<Result<_>>()?;
        let rows = metrics()
            .into_iter()
            .map(|(metric, unit)| {
                let diffs: Vec<Option<f64>> = per_round
                    .iter()
                    .map(|(x, y)| sub(x.value(&metric), y.value(&metric)))
                    .collect();
                let known = diffs.iter().flatten().copied();
                let (lo, hi) =
                    known.fold((None, None), |(lo, hi): (Option<f64>, Option<f64>), d| {
                        (
                            Some(lo.map_or(d, |l| l.min(d))),
                            Some(hi.map_or(d, |h| h.max(d))),
                        )
                    });
                let (va, vb) = (ca.value(&metric), cb.value(&metric));
                Row {
                    verdict: verdict(&diffs).to_owned(),
                    metric,
                    unit: unit.to_owned(),
                    a: va,
                    b: vb,
                    diff: sub(va, vb),
                    diff_min: lo,
                    diff_max: hi,
                }
            })
            .collect();
        let checked: Vec<ThresholdResult> = thresholds
            .iter()
            .map(|t| {
                let side = |c: &Combined| match &t.threshold.metric {
                    Metric::Cost(m) => {
                        let v = c.cost.get(m);
                        (
                            v,
                            v.is_some_and(|v| t.threshold.op.holds(v, t.threshold.value)),
                        )
                    }
                    _ => t.threshold.evaluate(&c.counters, &c.latency),
                };
                let (actual, passed) = match t.on {
                    On::A => side(&ca),
                    On::B => side(&cb),
                    On::Diff => {
                        let subject = t.threshold.subject();
                        let d = sub(ca.value(&subject), cb.value(&subject));
                        (
                            d,
                            d.is_some_and(|d| t.threshold.op.holds(d, t.threshold.value)),
                        )
                    }
                };
                ThresholdResult {
                    expr: t.expr.clone(),
                    actual,
                    passed,
                }
            })
            .collect();
        let rounds_passed = a.rounds.iter().chain(&b.rounds).all(|r| r.summary.passed);
        let passed = rounds_passed && checked.iter().all(|t| t.passed);
        let cost = Costs {
            pricing: costing.pricing.file.clone(),
            provider: costing.pricing.name.clone(),
            region: costing.pricing.region.clone(),
            currency: costing.pricing.currency.clone(),
            volume: costing.volume,
            a: ca.cost,
            b: cb.cost,
        };
        Ok(Comparison {
            format: FORMAT.to_owned(),
            version: VERSION,
            tool: Tool::this(),
            a,
            b,
            rows,
            thresholds: checked,
            passed,
            cost: Some(cost),
        })
    }

    pub fn to_value(&self) -> Result<Value> {
        serde_json::to_value(self)
            .map_err(|e| Error::failed(format!("cannot encode the comparison: {e}")))
    }

    pub fn write(&self, path: &Path) -> Result<()> {
        let mut text = serde_json::to_string_pretty(self)
            .map_err(|e| Error::failed(format!("cannot encode the comparison: {e}")))?;
        text.push('\n');
        crate::util::fs::write_whole(path, text.as_bytes())
    }

    /// A comparison document, if `text` is one.
    pub fn parse(text: &str, name: &str) -> Result<Option<Comparison>> {
        let Ok(v) = serde_json::from_str::<Value>(text) else {
            return Ok(None);
        };
        if v.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Ok(None);
        }
        if v.get("version").and_then(Value::as_u64) != Some(u64::from(VERSION)) {
            return Err(Error::usage(format!(
                "{name}: a comparison of another version ({}); this signal-cli reads version {VERSION}",
                v.get("version").unwrap_or(&Value::Null)
            )));
        }
        serde_json::from_value(v)
            .map(Some)
            .map_err(|e| Error::usage(format!("{name}: not a readable comparison: {e}")))
    }
}
