//! What a load test measured: latency histograms and counters, and the
//! summary document (`schema/loadtest-summary.json`).

use base64::Engine as _;
use hdrhistogram::Histogram;
use hdrhistogram::serialization::{Deserializer, Serializer as _, V2DeflateSerializer};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::time::Duration;

use super::threshold::Threshold;
use super::{LoadPlan, Measured, Model, Topology};
use crate::error::{Error, Result};
use crate::flow::run::Verdict;

/// Latency statistics of one histogram, in milliseconds.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Stats {
    pub count: u64,
    pub min: f64,
    pub mean: f64,
    pub p50: f64,
    pub p90: f64,
    pub p95: f64,
    pub p99: f64,
    pub p999: f64,
    pub max: f64,
}

impl Stats {
    /// A statistic by its name in thresholds.
    pub fn get(&self, stat: &str) -> Option<f64> {
        Some(match stat {
            "min" => self.min,
            "mean" => self.mean,
            "p50" => self.p50,
            "p90" => self.p90,
            "p95" => self.p95,
            "p99" => self.p99,
            "p999" => self.p999,
            "max" => self.max,
            _ => return None,
        })
    }
}

/// A latency histogram at microsecond resolution.
#[derive(Debug, Clone)]
pub struct Latency(pub Histogram<u64>);

/// A histogram as the result file keeps it: exact, in HdrHistogram's V2
/// compressed encoding (the one its other implementations read), base64.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Encoded {
    /// What one unit of a recorded value is.
    pub unit: String,
    /// Values recorded.
    pub count: u64,
    /// The histogram's bounds and precision (the encoding carries them too).
    pub lowest_discernible: u64,
    pub highest_trackable: u64,
    pub significant_figures: u8,
    pub encoding: String,
    pub data: String,
}

/// The only encoding written and read.
pub const ENCODING: &str = "hdrhistogram-v2-deflate-base64";

impl Default for Latency {
    fn default() -> Self {
        // Three significant figures, growing as needed.
        Latency(Histogram::new(3).expect("3 significant figures is a valid precision"))
    }
}

impl Latency {
    pub fn record(&mut self, d: Duration) {
        let us = d.as_micros().min(u128::from(u64::MAX)) as u64;
        // `record` grows the histogram; only a value past any bound saturates.
        if self.0.record(us).is_err() {
            self.0.saturating_record(us);
        }
    }

    /// Add every value of `other`.
    pub fn add(&mut self, other: &Latency) {
        // Our histograms grow as needed, so adding cannot overflow a bound.
        if self.0.add(&other.0).is_err() {
            for v in other.0.iter_recorded() {
                self.0
                    .saturating_record_n(v.value_iterated_to(), v.count_at_value());
            }
        }
    }

    pub fn encode(&self) -> Encoded {
        let mut bytes = Vec::new();
        // Writing to a Vec fails only on a histogram too large to count.
        let _ = V2DeflateSerializer::new().serialize(&self.0, &mut bytes);
        Encoded {
            unit: "us".to_owned(),
            count: self.0.len(),
            lowest_discernible: self.0.low(),
            highest_trackable: self.0.high(),
            significant_figures: self.0.sigfig(),
            encoding: ENCODING.to_owned(),
            data: base64::engine::general_purpose::STANDARD.encode(bytes),
        }
    }

    /// `what` names the histogram in errors.
    pub fn decode(e: &Encoded, what: &str) -> Result<Latency> {
        let bad = |why: String| Error::usage(format!("{what}: {why}"));
        if e.encoding != ENCODING || e.unit != "us" {
            return Err(bad(format!(
                "encoding '{}' in unit '{}'; expected {ENCODING} in us",
                e.encoding, e.unit
            )));
        }
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(&e.data)
            .map_err(|err| bad(format!("not base64 ({err})")))?;
        let h: Histogram<u64> = Deserializer::new()
            .deserialize(&mut bytes.as_slice())
            .map_err(|err| bad(format!("not an HdrHistogram ({err:?})")))?;
        if h.len() != e.count {
            return Err(bad(format!(
                "holds {} values where its count says {}",
                h.len(),
                e.count
            )));
        }
        let mut l = Latency::default();
        l.add(&Latency(h));
        Ok(l)
    }

    pub fn stats(&self) -> Option<Stats> {
        let h = &self.0;
        if h.is_empty() {
            return None;
        }
        let ms = |us: u64| us as f64 / 1000.0;
        Some(Stats {
            count: h.len(),
            min: ms(h.min()),
            mean: (h.mean() / 1000.0 * 1000.0).round() / 1000.0,
            p50: ms(h.value_at_quantile(0.50)),
            p90: ms(h.value_at_quantile(0.90)),
            p95: ms(h.value_at_quantile(0.95)),
            p99: ms(h.value_at_quantile(0.99)),
            p999: ms(h.value_at_quantile(0.999)),
            max: ms(h.max()),
        })
    }
}

/// Counts of what happened to signals and sessions.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Counters {
    pub flows: u64,
    pub sent: u64,
    pub delivered: u64,
    pub lost: u64,
    pub late: u64,
    pub duplicated: u64,
    pub reordered: u64,
    pub corrupted: u64,
    pub misdelivered: u64,
    pub send_failed: u64,
    pub unexpected: u64,
    pub server_errors: u64,
    /// Open model: arrivals that found no free session slot in time.
    pub dropped: u64,
    /// Everything that went wrong: every non-pass verdict plus session
    /// failures.
    pub errors: u64,
    /// Sessions that never connected (their group's rendezvous or connect
    /// failed).
    pub sessions_failed: u64,
}

impl Counters {
    /// Every counter with its name in thresholds and JSON.
    pub fn fields_mut(&mut self) -> [(&'static str, &mut u64); 15] {
        let c = self;
        [
            ("flows", &mut c.flows),
            ("sent", &mut c.sent),
            ("delivered", &mut c.delivered),
            ("lost", &mut c.lost),
            ("late", &mut c.late),
            ("duplicated", &mut c.duplicated),
            ("reordered", &mut c.reordered),
            ("corrupted", &mut c.corrupted),
            ("misdelivered", &mut c.misdelivered),
            ("send_failed", &mut c.send_failed),
            ("unexpected", &mut c.unexpected),
            ("server_errors", &mut c.server_errors),
            ("dropped", &mut c.dropped),
            ("errors", &mut c.errors),
            ("sessions_failed", &mut c.sessions_failed),
        ]
    }

    /// The counters' names, in order.
    pub fn names() -> Vec<&'static str> {
        Counters::default()
            .fields_mut()
            .into_iter()
            .map(|(n, _)| n)
            .collect()
    }

    /// A counter by its name in thresholds and JSON.
    pub fn get(&self, name: &str) -> Option<u64> {
        let mut c = self.clone();
        c.fields_mut()
            .into_iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
    }

    /// Add every counter of `other`.
    pub fn add(&mut self, other: &Counters) {
        let mut other = other.clone();
        for ((_, a), (_, b)) in self.fields_mut().into_iter().zip(other.fields_mut()) {
            *a += *b;
        }
    }

    pub fn count(&mut self, v: Verdict) {
        self.sent += 1;
        match v {
            Verdict::Pass => self.delivered += 1,
            Verdict::Lost => self.lost += 1,
            Verdict::Late => {
                self.delivered += 1;
                self.late += 1
            }
            Verdict::Duplicated => {
                self.delivered += 1;
                self.duplicated += 1
            }
            Verdict::Reordered => {
                self.delivered += 1;
                self.reordered += 1
            }
            Verdict::Corrupted => {
                self.delivered += 1;
                self.corrupted += 1
            }
            Verdict::Misdelivered => {
                self.delivered += 1;
                self.misdelivered += 1
            }
            Verdict::SendFailed => self.send_failed += 1,
        }
        if v != Verdict::Pass {
            self.errors += 1;
        }
    }
}

/// The run's parameters as reported.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct RunConfig {
    /// `closed` or `open`.
    pub model: String,
    pub pairs: Option<u32>,
    pub rooms: Option<u32>,
    pub peers_per_room: Option<u32>,
    pub iterations: Option<u64>,
    pub duration_s: Option<f64>,
    /// Open model: flows per second at the start, then each stage's target.
    pub rate: Option<f64>,
    pub stages: Vec<StageConfig>,
    pub max_sessions: Option<u64>,
    pub connect_rate: f64,
    pub timeout_ms: f64,
    pub token_pool: usize,
    /// This process's part of the plan (`I/N`), or null for all of it.
    pub shard: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct StageConfig {
    pub duration_s: f64,
    pub target: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Sessions {
    pub planned: u64,
    pub connected: u64,
    pub failed: u64,
    /// Seconds from the start of the load until every planned session had
    /// connected (null if some never did).
    pub all_connected_s: Option<f64>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ThresholdResult {
    pub expr: String,
    pub actual: Option<f64>,
    pub passed: bool,
}

impl RunConfig {
    /// The parameters of `plan`, with the token pool as signed in.
    pub fn of(plan: &LoadPlan, token_pool: usize) -> RunConfig {
        RunConfig {
            model: if matches!(plan.model, Model::Open { .. }) {
                "open".to_owned()
            } else {
                "closed".to_owned()
            },
            pairs: match (plan.topology, &plan.model) {
                (Topology::Pairs(n), Model::Closed { .. }) => Some(n),
                _ => None,
            },
            rooms: match plan.topology {
                Topology::Rooms { rooms, .. } => Some(rooms),
                Topology::Pairs(_) => None,
            },
            peers_per_room: match plan.topology {
                Topology::Rooms { peers, .. } => Some(peers),
                Topology::Pairs(_) => None,
            },
            iterations: match &plan.model {
                Model::Closed { iterations, .. } => *iterations,
                Model::Open { .. } => None,
            },
            duration_s: match &plan.model {
                Model::Closed { duration, .. } => duration.map(|d| d.as_secs_f64()),
                Model::Open { stages, .. } => {
                    Some(stages.iter().map(|s| s.duration.as_secs_f64()).sum())
                }
            },
            rate: match &plan.model {
                Model::Open { start_rate, .. } => Some(*start_rate),
                Model::Closed { .. } => None,
            },
            stages: match &plan.model {
                Model::Open { stages, .. } => stages
                    .iter()
                    .map(|s| StageConfig {
                        duration_s: s.duration.as_secs_f64(),
                        target: s.target,
                    })
                    .collect(),
                Model::Closed { .. } => Vec::new(),
            },
            max_sessions: match &plan.model {
                Model::Open { max_sessions, .. } => *max_sessions,
                Model::Closed { .. } => None,
            },
            connect_rate: plan.connect_rate,
            timeout_ms: plan.timeout.as_secs_f64() * 1000.0,
            token_pool,
            shard: (!plan.shard.is_whole()).then(|| plan.shard.to_string()),
        }
    }
}

/// The summary document of `loadtest --json`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Summary {
    pub schema_version: u32,
    pub backend: String,
    pub flow: String,
    pub target: String,
    pub config: RunConfig,
    pub duration_s: f64,
    pub interrupted: bool,
    /// Stopped early because a threshold failed (`--abort-on-fail`).
    pub aborted: bool,
    pub sessions: Sessions,
    pub counters: Counters,
    /// Session-level failures by kind (auth, unreachable, timeout, protocol, failed).
    pub errors: BTreeMap<String, u64>,
    pub latency_ms: BTreeMap<String, Stats>,
    pub throughput: BTreeMap<String, f64>,
    pub thresholds: Vec<ThresholdResult>,
    pub passed: bool,
    /// What the target's provider bills, as counted during the run, by
    /// key (`apigw.messages`, `appsync_events.operations`, ...);
    /// connection time in minutes. Empty in results of older versions.
    #[serde(default)]
    pub operations: BTreeMap<String, f64>,
    /// The target is a server the team runs itself: it costs a machine,
    /// not its operations.
    #[serde(default)]
    pub self_hosted: bool,
    /// What this process was asked for beyond what it can hold (its
    /// open-file limit, the local port range), each with the way past it.
    pub warnings: Vec<String>,
}

impl Summary {
    /// The summary of what `m` measured, `thresholds` checked on it.
    pub fn of(
        config: RunConfig,
        backend: &str,
        flow: &str,
        target: String,
        m: &Measured,
        thresholds: &[Threshold],
    ) -> Summary {
        let secs = m.elapsed.as_secs_f64().max(1e-9);
        let mut summary = Summary {
            schema_version: 1,
            backend: backend.to_owned(),
            flow: flow.to_owned(),
            target,
            config,
            duration_s: (secs * 1000.0).round() / 1000.0,
            interrupted: m.interrupted,
            aborted: false,
            sessions: Sessions {
                planned: m.sessions_planned,
                connected: m.sessions_connected,
                failed: m.sessions_failed,
                all_connected_s: m.all_connected.map(|d| d.as_secs_f64()),
            },
            counters: m.counters.clone(),
            errors: m.errors.clone(),
            latency_ms: m
                .latency
                .iter()
                .filter_map(|(k, v)| v.stats().map(|s| (k.clone(), s)))
                .collect(),
            throughput: [
                (
                    "signals_per_s".to_owned(),
                    (m.counters.delivered as f64 / secs * 10.0).round() / 10.0,
                ),
                (
                    "flows_per_s".to_owned(),
                    (m.counters.flows as f64 / secs * 10.0).round() / 10.0,
                ),
            ]
            .into_iter()
            .collect(),
            thresholds: Vec::new(),
            passed: true,
            operations: m.operations.clone(),
            self_hosted: m.self_hosted,
            warnings: Vec::new(),
        };
        summary.thresholds = thresholds
            .iter()
            .map(|t| {
                let (actual, passed) = t.evaluate(&summary.counters, &summary.latency_ms);
                ThresholdResult {
                    expr: t.expr.clone(),
                    actual,
                    passed,
                }
            })
            .collect();
        summary.passed = summary.thresholds.iter().all(|t| t.passed) && !summary.interrupted;
        summary
    }

    pub fn counter(&self, name: &str) -> Option<u64> {
        self.counters.get(name)
    }

    pub fn latency_stat(&self, histogram: &str, stat: &str) -> Option<f64> {
        self.latency_ms.get(histogram)?.get(stat)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_histogram_survives_encoding_exactly() {
        let mut l = Latency::default();
        for us in [1u64, 7, 250, 251, 1_000, 99_999, 3_600_000_000] {
            l.record(Duration::from_micros(us));
        }
        let e = l.encode();
        assert_eq!((e.count, e.significant_figures), (7, 3));
        let back = Latency::decode(&e, "test").expect("decodes");
        assert_eq!(back.0, l.0);
        let mut tampered = e.clone();
        tampered.count = 8;
        assert_eq!(
            Latency::decode(&tampered, "t").err().map(|e| e.code()),
            Some(2)
        );
        tampered.data = "not base64!".into();
        assert_eq!(
            Latency::decode(&tampered, "t").err().map(|e| e.code()),
            Some(2)
        );
    }

    #[test]
    fn counters_add_field_by_field() {
        let mut a = Counters {
            sent: 3,
            lost: 1,
            ..Counters::default()
        };
        let b = Counters {
            sent: 4,
            sessions_failed: 2,
            ..Counters::default()
        };
        a.add(&b);
        assert_eq!((a.sent, a.lost, a.sessions_failed), (7, 1, 2));
        assert_eq!(a.get("sent"), Some(7));
        assert_eq!(Counters::names().len(), 15);
    }
}
