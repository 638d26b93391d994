//! The load engine: many peers through the common driver, every signal
//! verified and timed. Sees only `Backend` and `Session`.
//!
//! Each pair of peers runs in its own task with its own lock (the flow
//! runner's inbox); the tasks report once per flow iteration to one
//! aggregator, which owns the histograms. Nothing is shared by all sessions
//! on the per-signal path.

pub mod summary;
pub mod threshold;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::{mpsc, watch};

use crate::auth::Identity;
use crate::backend::{Backend, ConnectTimings, GroupSpec};
use crate::error::{Error, Result};
use crate::flow::Flow;
use crate::flow::run::{Party, RunOptions, Strays, Verdict};
use crate::signal::PeerId;
use summary::{Counters, Latency};

/// What to run.
#[derive(Debug, Clone)]
pub struct LoadPlan {
    pub flow: Flow,
    /// Independent groups of the flow's peers.
    pub pairs: u32,
    /// Flow iterations per pair (closed model); with `duration`, whichever
    /// ends first.
    pub iterations: Option<u64>,
    pub duration: Option<Duration>,
    /// New sessions per second while ramping up.
    pub connect_rate: f64,
    /// Bound on each signal's delivery and each connect.
    pub timeout: Duration,
    /// Identities signed in up front and shared round-robin by the peers.
    pub token_pool: usize,
    /// Sign-ins per second for the pool.
    pub auth_rate: f64,
    /// Keep sessions connected (idle) this long after their iterations.
    pub hold: Duration,
}

/// A snapshot, once per second while the test runs.
#[derive(Debug, Clone, Default)]
pub struct Tick {
    pub elapsed: Duration,
    pub sessions: u64,
    pub counters: Counters,
    /// Delivery latency over the last second: (p50, p99) in ms.
    pub delivery_last_second: Option<(f64, f64)>,
}

/// Everything measured.
pub struct Measured {
    pub counters: Counters,
    pub errors: BTreeMap<String, u64>,
    pub latency: BTreeMap<&'static str, Latency>,
    pub sessions_planned: u64,
    pub sessions_connected: u64,
    pub sessions_failed: u64,
    pub token_pool: usize,
    pub elapsed: Duration,
    pub interrupted: bool,
    /// The first session-level error, to explain a run where nothing connected.
    pub first_error: Option<Error>,
}

enum Report {
    Connected(Vec<ConnectTimings>),
    Failed(Error, u64),
    Iteration {
        flow_time: Duration,
        steps: Vec<(Verdict, Option<Duration>, Duration)>,
    },
    Strays(Strays),
}

fn error_kind(e: &Error) -> &'static str {
    match e {
        Error::Auth(_) => "auth",
        Error::Unreachable(_) => "unreachable",
        Error::Timeout(_) => "timeout",
        Error::Protocol(_) => "protocol",
        Error::Usage(_) => "usage",
        Error::Check(_) | Error::Failed(_) | Error::Interrupted => "failed",
    }
}

/// Sign in the token pool (timed), or use `given`.
async fn token_pool(
    backend: &dyn Backend,
    plan: &LoadPlan,
    given: Option<Identity>,
    auth: &mut Latency,
) -> Result<Vec<Option<Identity>>> {
    if let Some(id) = given {
        return Ok(vec![Some(id)]);
    }
    let mut pool = Vec::new();
    let gap = Duration::from_secs_f64(1.0 / plan.auth_rate.max(0.001));
    let start = Instant::now();
    for i in 0..plan.token_pool.max(1) {
        tokio::time::sleep_until((start + gap * i as u32).into()).await;
        let t = Instant::now();
        match tokio::time::timeout(plan.timeout, backend.sign_in_anonymously()).await {
            Ok(Ok(id)) => {
                auth.record(t.elapsed());
                pool.push(Some(id));
            }
            // The backend hands out no identities: peers connect without one.
            Ok(Err(Error::Usage(_))) if pool.is_empty() => return Ok(vec![None]),
            Ok(Err(e)) => return Err(e),
            Err(_) => return Err(Error::Timeout("signing in the token pool timed out".into())),
        }
    }
    Ok(pool)
}

/// Run `plan` against `backend`. `stop` ends it early (Ctrl-C); `on_tick`
/// sees a snapshot once a second.
pub async fn run(
    backend: Arc<dyn Backend>,
    plan: &LoadPlan,
    given: Option<Identity>,
    mut stop: watch::Receiver<bool>,
    mut on_tick: impl FnMut(&Tick),
) -> Result<Measured> {
    let started = Instant::now();
    let mut latency: BTreeMap<&'static str, Latency> = BTreeMap::new();
    let pool = token_pool(&*backend, plan, given, latency.entry("auth").or_default()).await?;
    let pool = Arc::new(pool);
    let token_pool = pool.len();
    let flow = Arc::new(plan.flow.clone());
    let names = flow.peers();
    let per_pair = names.len() as u64;
    let (tx, mut rx) = mpsc::channel::<Report>(1024);
    let run_start = Instant::now();
    let deadline = plan.duration.map(|d| run_start + d);
    let iterations = plan.iterations.unwrap_or(if plan.duration.is_some() {
        u64::MAX
    } else {
        10
    });
    let session_gap = Duration::from_secs_f64(1.0 / plan.connect_rate.max(0.001));
    let opts = RunOptions {
        timeout: plan.timeout,
        settle: Duration::ZERO,
    };
    let tag = format!("l{:06x}", rand::random_range(0..0xff_ffffu32));

    for pair in 0..plan.pairs {
        let (backend, flow, pool, tx, names, tag) = (
            backend.clone(),
            flow.clone(),
            pool.clone(),
            tx.clone(),
            names.clone(),
            tag.clone(),
        );
        let mut stop = stop.clone();
        let start_at = run_start + session_gap * (pair * per_pair as u32);
        let plan_hold = plan.hold;
        tokio::spawn(async move {
            tokio::select! {
                _ = tokio::time::sleep_until(start_at.into()) => {}
                _ = stop.wait_for(|s| *s) => return,
            }
            let identity = pool[pair as usize % pool.len()].clone();
            let ids: Vec<PeerId> = names
                .iter()
                .map(|n| PeerId::from(format!("{n}-{pair}")))
                .collect();
            let setup = async {
                let group = backend
                    .rendezvous(identity.as_ref(), &GroupSpec { peers: ids.clone() })
                    .await?;
                Party::connect(&*backend, &group, ids, identity.as_ref()).await
            };
            let mut party = match tokio::time::timeout(opts.timeout * 2, setup).await {
                Ok(Ok(p)) => p,
                Ok(Err(e)) => return drop(tx.send(Report::Failed(e, per_pair)).await),
                Err(_) => {
                    let e = Error::Timeout(format!("connecting pair {pair} timed out"));
                    return drop(tx.send(Report::Failed(e, per_pair)).await);
                }
            };
            let _ = tx.send(Report::Connected(party.timings.clone())).await;
            for it in 0..iterations {
                if *stop.borrow() || deadline.is_some_and(|d| Instant::now() >= d) {
                    break;
                }
                let t = Instant::now();
                match party.run(&flow, &format!("{tag}-{pair}-{it}"), opts).await {
                    Ok(outcomes) => {
                        let steps = outcomes
                            .iter()
                            .map(|o| (o.verdict, o.latency, o.accept))
                            .collect();
                        let _ = tx
                            .send(Report::Iteration {
                                flow_time: t.elapsed(),
                                steps,
                            })
                            .await;
                    }
                    Err(e) => {
                        let _ = tx.send(Report::Failed(e, 0)).await;
                        break;
                    }
                }
            }
            if !plan_hold.is_zero() {
                tokio::select! {
                    _ = tokio::time::sleep(plan_hold) => {}
                    _ = stop.wait_for(|s| *s) => {}
                }
            }
            let _ = tx.send(Report::Strays(party.strays())).await;
            party.close().await;
        });
    }
    drop(tx);

    let mut m = Measured {
        counters: Counters::default(),
        errors: BTreeMap::new(),
        latency,
        sessions_planned: u64::from(plan.pairs) * per_pair,
        sessions_connected: 0,
        sessions_failed: 0,
        token_pool,
        elapsed: Duration::ZERO,
        interrupted: false,
        first_error: None,
    };
    for name in ["connect", "register", "accept", "delivery", "flow"] {
        m.latency.entry(name).or_default();
    }
    let mut second = Latency::default();
    let mut ticker = tokio::time::interval_at(
        (run_start + Duration::from_secs(1)).into(),
        Duration::from_secs(1),
    );
    loop {
        tokio::select! {
            report = rx.recv() => {
                let Some(report) = report else { break };
                aggregate(&mut m, &mut second, report);
            }
            _ = ticker.tick() => {
                let s = second.stats().map(|s| (s.p50, s.p99));
                second = Latency::default();
                on_tick(&Tick { elapsed: run_start.elapsed(), sessions: m.sessions_connected, counters: m.counters.clone(), delivery_last_second: s });
            }
            _ = stop.wait_for(|s| *s), if !m.interrupted => {
                m.interrupted = true;
            }
        }
    }
    m.elapsed = started.elapsed();
    Ok(m)
}

fn aggregate(m: &mut Measured, second: &mut Latency, report: Report) {
    match report {
        Report::Connected(timings) => {
            m.sessions_connected += timings.len() as u64;
            for t in timings {
                record(m, "connect", t.connect);
                record(m, "register", t.register);
            }
        }
        Report::Failed(e, sessions) => {
            m.sessions_failed += sessions;
            m.counters.errors += 1;
            *m.errors.entry(error_kind(&e).to_owned()).or_default() += 1;
            if m.first_error.is_none() {
                m.first_error = Some(e);
            }
        }
        Report::Iteration { flow_time, steps } => {
            m.counters.flows += 1;
            record(m, "flow", flow_time);
            for (verdict, latency, accept) in steps {
                m.counters.count(verdict);
                record(m, "accept", accept);
                if let Some(l) = latency {
                    record(m, "delivery", l);
                    second.record(l);
                }
            }
        }
        Report::Strays(s) => {
            m.counters.duplicated += s.late_duplicates;
            m.counters.unexpected += s.unexpected;
            m.counters.server_errors += s.server_errors;
            m.counters.errors += s.late_duplicates + s.unexpected + s.server_errors;
        }
    }
}

fn record(m: &mut Measured, name: &'static str, d: Duration) {
    m.latency.entry(name).or_default().record(d);
}
