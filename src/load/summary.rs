//! What a load test measured: latency histograms and counters, and the
//! summary document (`schema/loadtest-summary.json`).

use hdrhistogram::Histogram;
use serde::Serialize;
use std::collections::BTreeMap;
use std::time::Duration;

use crate::flow::run::Verdict;

/// Latency statistics of one histogram, in milliseconds.
#[derive(Debug, Clone, Serialize, PartialEq)]
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
pub struct Latency(pub Histogram<u64>);

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
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
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
    /// A counter by its name in thresholds and JSON.
    pub fn get(&self, name: &str) -> Option<u64> {
        let c = self;
        Some(match name {
            "flows" => c.flows,
            "sent" => c.sent,
            "delivered" => c.delivered,
            "lost" => c.lost,
            "late" => c.late,
            "duplicated" => c.duplicated,
            "reordered" => c.reordered,
            "corrupted" => c.corrupted,
            "misdelivered" => c.misdelivered,
            "send_failed" => c.send_failed,
            "unexpected" => c.unexpected,
            "server_errors" => c.server_errors,
            "dropped" => c.dropped,
            "errors" => c.errors,
            "sessions_failed" => c.sessions_failed,
            _ => return None,
        })
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
#[derive(Debug, Clone, Serialize)]
pub struct RunConfig {
    /// `closed` or `open`.
    pub model: &'static str,
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
}

#[derive(Debug, Clone, Serialize)]
pub struct StageConfig {
    pub duration_s: f64,
    pub target: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Sessions {
    pub planned: u64,
    pub connected: u64,
    pub failed: u64,
    /// Seconds from the start of the load until every planned session had
    /// connected (null if some never did).
    pub all_connected_s: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ThresholdResult {
    pub expr: String,
    pub actual: Option<f64>,
    pub passed: bool,
}

/// The summary document of `loadtest --json`.
#[derive(Debug, Clone, Serialize)]
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
}

impl Summary {
    pub const COUNTERS: &'static [&'static str] = &[
        "flows",
        "sent",
        "delivered",
        "lost",
        "late",
        "duplicated",
        "reordered",
        "corrupted",
        "misdelivered",
        "send_failed",
        "unexpected",
        "server_errors",
        "dropped",
        "errors",
        "sessions_failed",
    ];

    pub fn counter(&self, name: &str) -> Option<u64> {
        self.counters.get(name)
    }

    pub fn latency_stat(&self, histogram: &str, stat: &str) -> Option<f64> {
        self.latency_ms.get(histogram)?.get(stat)
    }
}
