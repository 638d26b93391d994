//! The result file (`loadtest --save`, `schema/loadtest-result.json`): the
//! summary, every histogram exactly, the per-second series, the plan and the
//! target; and the exact merge of the results of a plan's shards.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::summary::{Counters, Encoded, Latency, RunConfig, Summary};
use super::threshold::Threshold;
use super::{LoadPlan, Measured, Model, Second, Topology};
use crate::error::{Error, Result};
use crate::flow::model::Step;

/// What the `format` field of every result file says.
pub const FORMAT: &str = "signal-cli-loadtest-result";
/// The version of the document this build writes and reads.
pub const VERSION: u32 = 1;

/// A load test's result, whole: one shard's, or several merged.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunResult {
    pub format: String,
    pub version: u32,
    pub tool: Tool,
    /// When the load began and ended (RFC 3339, UTC): of the earliest and
    /// the latest shard in a merged result.
    pub started_at: String,
    pub ended_at: String,
    pub plan: PlanDoc,
    /// The target, secrets redacted.
    pub target: Value,
    /// The shards this result holds, in order of index.
    pub shards: Vec<ShardRun>,
    /// What `loadtest --json` prints.
    pub summary: Summary,
    /// Every histogram of the run, exactly.
    pub histograms: BTreeMap<String, Encoded>,
    /// One entry per second of load.
    pub series: Vec<Second>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

impl Tool {
    /// This signal-cli.
    pub fn this() -> Tool {
        Tool {
            name: env!("CARGO_PKG_NAME").to_owned(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
        }
    }
}

/// One shard's run, as a result names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShardRun {
    pub index: u32,
    pub started_at: String,
    pub ended_at: String,
    pub sessions_planned: u64,
}

/// What was run: everything that must be equal for two results to be
/// shards of one plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanDoc {
    pub backend: String,
    pub flow: FlowDoc,
    pub topology: TopologyDoc,
    pub model: ModelDoc,
    pub connect_rate: f64,
    /// Sessions connecting at once, in each process.
    pub connect_concurrency: u32,
    pub timeout_ms: f64,
    /// Identities in the whole plan's token pool.
    pub token_pool: usize,
    pub auth_rate: f64,
    pub hold_s: f64,
    /// Every threshold checked, the default ones included.
    pub thresholds: Vec<String>,
    pub seed: u64,
    /// The number of shards the plan is split into (1: not split).
    pub shards: u32,
    /// When every shard was to begin its load (RFC 3339), if set.
    pub start_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlowDoc {
    pub name: String,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TopologyDoc {
    Pairs { pairs: u32 },
    Rooms { rooms: u32, peers_per_room: u32 },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ModelDoc {
    Closed {
        iterations: Option<u64>,
        duration_s: Option<f64>,
    },
    Open {
        rate: f64,
        /// Each stage: its length in seconds and the rate it ramps to.
        stages: Vec<(f64, f64)>,
        max_sessions: Option<u64>,
    },
}

pub fn rfc3339(t: SystemTime) -> String {
    humantime::format_rfc3339_millis(t).to_string()
}

fn parse_time(s: &str, what: &str) -> Result<SystemTime> {
    humantime::parse_rfc3339_weak(s)
        .map_err(|e| Error::usage(format!("{what}: '{s}' is not an RFC 3339 time ({e})")))
}

impl PlanDoc {
    pub fn of(plan: &LoadPlan, backend: &str, thresholds: &[Threshold]) -> PlanDoc {
        PlanDoc {
            backend: backend.to_owned(),
            flow: FlowDoc {
                name: plan.flow.name.clone(),
                steps: plan.flow.steps.clone(),
            },
            topology: match plan.topology {
                Topology::Pairs(pairs) => TopologyDoc::Pairs { pairs },
                Topology::Rooms { rooms, peers } => TopologyDoc::Rooms {
                    rooms,
                    peers_per_room: peers,
                },
            },
            model: match &plan.model {
                Model::Closed {
                    iterations,
                    duration,
                } => ModelDoc::Closed {
                    iterations: *iterations,
                    duration_s: duration.map(|d| d.as_secs_f64()),
                },
                Model::Open {
                    start_rate,
                    stages,
                    max_sessions,
                } => ModelDoc::Open {
                    rate: *start_rate,
                    stages: stages
                        .iter()
                        .map(|s| (s.duration.as_secs_f64(), s.target))
                        .collect(),
                    max_sessions: *max_sessions,
                },
            },
            connect_rate: plan.connect_rate,
            connect_concurrency: plan.connect_concurrency,
            timeout_ms: plan.timeout.as_secs_f64() * 1000.0,
            token_pool: plan.token_pool,
            auth_rate: plan.auth_rate,
            hold_s: plan.hold.as_secs_f64(),
            thresholds: thresholds.iter().map(|t| t.expr.clone()).collect(),
            seed: plan.seed,
            shards: plan.shard.count,
            start_at: plan.start_at.map(rfc3339),
        }
    }
}

impl RunResult {
    /// The result of one process's run.
    pub fn of(
        plan: &LoadPlan,
        doc: PlanDoc,
        target: Value,
        summary: Summary,
        m: &Measured,
    ) -> RunResult {
        RunResult {
            format: FORMAT.to_owned(),
            version: VERSION,
            tool: Tool::this(),
            started_at: rfc3339(m.started_at),
            ended_at: rfc3339(m.ended_at),
            plan: doc,
            target,
            shards: vec![ShardRun {
                index: plan.shard.index,
                started_at: rfc3339(m.started_at),
                ended_at: rfc3339(m.ended_at),
                sessions_planned: m.sessions_planned,
            }],
            summary,
            histograms: encode_all(&m.latency),
            series: m.series.clone(),
        }
    }

    /// The whole result on one line (for `--save -`).
    pub fn to_line(&self) -> Result<String> {
        serde_json::to_string(self)
            .map_err(|e| Error::failed(format!("cannot encode the result: {e}")))
    }

    /// The results among `text`'s lines (a pod's log, `report merge -`):
    /// every line that is a result file; other lines are skipped.
    pub fn from_lines(text: &str, name: &str) -> Result<Vec<(String, RunResult)>> {
        text.lines()
            .enumerate()
            .filter(|(_, l)| {
                l.trim_start().starts_with('{')
                    && serde_json::from_str::<Value>(l)
                        .is_ok_and(|v| v.get("format").and_then(Value::as_str) == Some(FORMAT))
            })
            .map(|(n, l)| {
                let label = format!("{name} line {}", n + 1);
                let r = Self::parse(l, &label)?;
                Ok((label, r))
            })
            .collect()
    }

    pub fn write(&self, path: &Path) -> Result<()> {
        let mut text = serde_json::to_string_pretty(self)
            .map_err(|e| Error::failed(format!("cannot encode the result: {e}")))?;
        text.push('\n');
        crate::util::fs::write_whole(path, text.as_bytes())
    }

    /// Read a result file; anything else is a usage error naming the file.
    pub fn read(path: &Path) -> Result<RunResult> {
        let name = path.display();
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::usage(format!("cannot read {name}: {e}")))?;
        Self::parse(&text, &name.to_string())
    }

    fn parse(text: &str, name: &str) -> Result<RunResult> {
        let v: Value = serde_json::from_str(text)
            .map_err(|e| Error::usage(format!("{name} is not JSON: {e}")))?;
        if v.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Err(Error::usage(format!(
                "{name} is not a result file of `signal-cli loadtest --save`"
            )));
        }
        let version = v.get("version").and_then(Value::as_u64);
        if version != Some(u64::from(VERSION)) {
            return Err(Error::usage(format!(
                "{name} is a version {} result; this signal-cli reads version {VERSION}",
                version.map_or("?".into(), |n| n.to_string())
            )));
        }
        serde_json::from_value(v)
            .map_err(|e| Error::usage(format!("{name} is not a valid result file: {e}")))
    }
}

/// Every histogram of `latency`, encoded.
fn encode_all(latency: &BTreeMap<String, Latency>) -> BTreeMap<String, Encoded> {
    latency
        .iter()
        .map(|(k, l)| (k.clone(), l.encode()))
        .collect()
}

/// Where two JSON values first differ, as `path: a vs b`.
fn difference(path: &str, a: &Value, b: &Value) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter().find_map(|k| {
                let null = Value::Null;
                difference(
                    &format!("{path}.{k}"),
                    x.get(k).unwrap_or(&null),
                    y.get(k).unwrap_or(&null),
                )
            })
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (a, b))| difference(&format!("{path}[{i}]"), a, b)),
        (Value::Array(x), Value::Array(y)) => {
            Some(format!("{path}: {} entries vs {}", x.len(), y.len()))
        }
        _ if a == b => None,
        _ => Some(format!("{path}: {a} vs {b}")),
    }
}

/// Merge the results of shards of one plan, exactly: histograms added,
/// counters summed, the series summed by wall-clock second, thresholds
/// checked again on the merged data. `names` label the results in errors.
/// Unless `partial`, every shard of the plan must be there.
pub fn merge(parts: &[(String, RunResult)], partial: bool) -> Result<RunResult> {
    let Some((first_name, first)) = parts.first() else {
        return Err(Error::usage("report merge needs at least one result file"));
    };
    let plan_a = serde_json::to_value(&first.plan).unwrap_or_default();
    let target_a = &first.target;
    let mut owner: BTreeMap<u32, &str> = BTreeMap::new();
    for (name, r) in parts {
        let plan_b = serde_json::to_value(&r.plan).unwrap_or_default();
        if let Some(d) = difference("plan", &plan_a, &plan_b) {
            return Err(Error::usage(format!(
                "{first_name} and {name} are results of different plans ({d}); \
                 only shards of one plan merge"
            )));
        }
        if let Some(d) = difference("target", target_a, &r.target) {
            return Err(Error::usage(format!(
                "{first_name} and {name} ran against different targets ({d})"
            )));
        }
        for s in &r.shards {
            if s.index >= first.plan.shards {
                return Err(Error::usage(format!(
                    "{name} holds shard {} of a plan of {} shards",
                    s.index, first.plan.shards
                )));
            }
            if let Some(other) = owner.insert(s.index, name) {
                return Err(Error::usage(format!(
                    "{other} and {name} both hold shard {}/{}; merge each shard once",
                    s.index, first.plan.shards
                )));
            }
        }
    }
    let missing: Vec<String> = (0..first.plan.shards)
        .filter(|i| !owner.contains_key(i))
        .map(|i| i.to_string())
        .collect();
    if !missing.is_empty() && !partial {
        return Err(Error::usage(format!(
            "shard(s) {} of {} missing; give every shard's result, or --partial to merge what is here",
            missing.join(", "),
            first.plan.shards
        )));
    }

    let mut shards: Vec<ShardRun> = parts
        .iter()
        .flat_map(|(_, r)| r.shards.iter().cloned())
        .collect();
    shards.sort_by_key(|s| s.index);
    let mut m = Measured {
        counters: Counters::default(),
        errors: BTreeMap::new(),
        latency: BTreeMap::new(),
        sessions_planned: 0,
        sessions_connected: 0,
        sessions_failed: 0,
        sessions_closed: 0,
        all_connected: Some(Duration::ZERO),
        token_pool: 0,
        started_at: SystemTime::now(),
        ended_at: UNIX_EPOCH,
        elapsed: Duration::ZERO,
        interrupted: false,
        first_error: None,
        series: Vec::new(),
        operations: BTreeMap::new(),
        self_hosted: first.summary.self_hosted,
    };
    let mut aborted = false;
    // Seconds keyed by the wall-clock second they began in.
    let mut seconds: BTreeMap<u64, (Second, BTreeMap<String, Latency>)> = BTreeMap::new();
    for (name, r) in parts {
        let s = &r.summary;
        m.counters.add(&s.counters);
        for (kind, n) in &s.errors {
            *m.errors.entry(kind.clone()).or_default() += n;
        }
        m.sessions_planned += s.sessions.planned;
        m.sessions_connected += s.sessions.connected;
        m.sessions_failed += s.sessions.failed;
        m.all_connected = match (m.all_connected, s.sessions.all_connected_s) {
            (Some(a), Some(b)) => Some(a.max(Duration::from_secs_f64(b.max(0.0)))),
            _ => None,
        };
        m.token_pool += s.config.token_pool;
        m.started_at = m
            .started_at
            .min(parse_time(&r.started_at, &format!("{name}: started_at"))?);
        m.ended_at = m
            .ended_at
            .max(parse_time(&r.ended_at, &format!("{name}: ended_at"))?);
        m.interrupted |= s.interrupted;
        for (k, v) in &s.operations {
            *m.operations.entry(k.clone()).or_default() += v;
        }
        aborted |= s.aborted;
        for (h, e) in &r.histograms {
            let l = Latency::decode(e, &format!("{name}: histogram {h}"))?;
            m.latency.entry(h.clone()).or_default().add(&l);
        }
        for sec in &r.series {
            let key = (sec.start_unix_ms + 500) / 1000;
            let (merged, hists) = seconds.entry(key).or_insert_with(|| {
                (
                    Second {
                        second: 0,
                        start_unix_ms: sec.start_unix_ms,
                        sessions: 0,
                        connected: 0,
                        closed: 0,
                        counters: Counters::default(),
                        latency: BTreeMap::new(),
                    },
                    BTreeMap::new(),
                )
            });
            merged.start_unix_ms = merged.start_unix_ms.min(sec.start_unix_ms);
            merged.sessions += sec.sessions;
            merged.connected += sec.connected;
            merged.closed += sec.closed;
            merged.counters.add(&sec.counters);
            for (h, e) in &sec.latency {
                let what = format!("{name}: second {} histogram {h}", sec.second);
                let l = Latency::decode(e, &what)?;
                hists.entry(h.clone()).or_default().add(&l);
            }
        }
    }
    m.elapsed = m.ended_at.duration_since(m.started_at).unwrap_or_default();
    let first_key = seconds.keys().next().copied().unwrap_or(0);
    m.series = seconds
        .into_iter()
        .map(|(key, (mut sec, hists))| {
            sec.second = key - first_key + 1;
            sec.latency = encode_all(&hists);
            sec
        })
        .collect();

    let thresholds = first
        .plan
        .thresholds
        .iter()
        .map(|t| Threshold::parse(t))
        .collect::<Result<Vec<_>>>()?;
    let config = RunConfig {
        token_pool: m.token_pool,
        shard: (!missing.is_empty()).then(|| {
            let held: Vec<String> = owner.keys().map(u32::to_string).collect();
            format!("{}/{}", held.join(","), first.plan.shards)
        }),
        ..first.summary.config.clone()
    };
    let mut summary = Summary::of(
        config,
        &first.summary.backend,
        &first.summary.flow,
        first.summary.target.clone(),
        &m,
        &thresholds,
    );
    if aborted {
        summary.aborted = true;
        summary.passed = false;
    }
    for (_, r) in parts {
        for w in &r.summary.warnings {
            if !summary.warnings.contains(w) {
                summary.warnings.push(w.clone());
            }
        }
    }
    Ok(RunResult {
        format: FORMAT.to_owned(),
        version: VERSION,
        tool: first.tool.clone(),
        started_at: rfc3339(m.started_at),
        ended_at: rfc3339(m.ended_at),
        plan: first.plan.clone(),
        target: first.target.clone(),
        shards,
        summary,
        histograms: encode_all(&m.latency),
        series: m.series,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_first_difference_is_named_by_its_path() {
        let a = json!({"model": {"kind": "open", "rate": 10.0}, "steps": [1, 2]});
        let b = json!({"model": {"kind": "open", "rate": 20.0}, "steps": [1, 2]});
        assert_eq!(
            difference("plan", &a, &b).as_deref(),
            Some("plan.model.rate: 10.0 vs 20.0")
        );
        let c = json!({"model": {"kind": "open", "rate": 10.0}, "steps": [1]});
        assert_eq!(
            difference("plan", &a, &c).as_deref(),
            Some("plan.steps: 2 entries vs 1")
        );
        assert_eq!(difference("plan", &a, &a), None);
    }
}
