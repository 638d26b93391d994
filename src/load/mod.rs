//! The load engine: many peers through the common driver, every signal
//! verified and timed. Sees only `Backend` and `Session`.
//!
//! Each group of peers (a pair, or a room) runs in its own task with its own
//! lock (the flow runner's inbox); groups report once per flow to one
//! aggregator, which owns the histograms. Nothing is shared by all sessions
//! on the per-signal path.

pub mod summary;
pub mod threshold;

use futures_util::future::join_all;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::{Semaphore, mpsc};
use tokio_util::sync::CancellationToken;

use crate::auth::Identity;
use crate::backend::{Backend, ConnectTimings, GroupSpec};
use crate::error::{Error, Result};
use crate::flow::Flow;
use crate::flow::run::{Party, RunOptions, Strays, Verdict};
use crate::signal::PeerId;
use summary::{Counters, Latency};

/// Who meets whom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Topology {
    /// Independent groups of the flow's peers.
    Pairs(u32),
    /// Rooms of `peers` members; each member runs the (two-peer) flow with
    /// every other member of its room.
    Rooms { rooms: u32, peers: u32 },
}

/// A stretch of the open model: the arrival rate moves linearly from where
/// the previous stage ended to `target` flows per second.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stage {
    pub duration: Duration,
    pub target: f64,
}

/// How load is offered.
#[derive(Debug, Clone, PartialEq)]
pub enum Model {
    /// Every group repeats the flow `iterations` times or for `duration`.
    Closed {
        iterations: Option<u64>,
        duration: Option<Duration>,
    },
    /// New groups arrive at a rate, whatever happens to earlier ones; each
    /// connects, runs the flow once and leaves.
    Open {
        start_rate: f64,
        stages: Vec<Stage>,
        max_sessions: Option<u64>,
    },
}

/// What to run.
#[derive(Debug, Clone)]
pub struct LoadPlan {
    pub flow: Flow,
    pub topology: Topology,
    pub model: Model,
    /// New sessions per second while ramping up (closed model).
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

/// Most arrivals an open-model run schedules, whatever its stages say.
pub const MAX_ARRIVALS: u64 = 10_000_000;

impl Model {
    /// The arrival times of the open model, in seconds from the start.
    pub fn arrivals(start_rate: f64, stages: &[Stage]) -> impl Iterator<Item = f64> + '_ {
        let total: f64 = stages.iter().map(|s| s.duration.as_secs_f64()).sum();
        let rate_at = move |t: f64| {
            let (mut from, mut begin) = (start_rate, 0.0);
            for s in stages {
                let d = s.duration.as_secs_f64();
                if t < begin + d {
                    return from + (s.target - from) * ((t - begin) / d.max(1e-9));
                }
                begin += d;
                from = s.target;
            }
            from
        };
        // Integrate the rate in 1 ms steps; a flow arrives each time the
        // expected count passes a whole number.
        const DT: f64 = 0.001;
        let (mut t, mut expected) = (0.0f64, 0.0f64);
        std::iter::from_fn(move || {
            while t < total {
                let r = rate_at(t + DT / 2.0).max(0.0);
                if expected + r * DT >= 1.0 {
                    // Where inside this step the count reached one.
                    let at = t + (1.0 - expected) / r;
                    expected = expected + r * DT - 1.0;
                    t += DT;
                    return Some(at);
                }
                expected += r * DT;
                t += DT;
            }
            None
        })
        .take(MAX_ARRIVALS as usize)
    }
}

/// A snapshot, once per second while the test runs.
#[derive(Debug, Clone, Default)]
pub struct Tick {
    /// 1 for the first second of load, 2 for the next, ...
    pub second: u64,
    pub elapsed: Duration,
    pub sessions: u64,
    pub counters: Counters,
    /// Delivery latency over the last second: (p50, p99) in ms.
    pub delivery_last_second: Option<(f64, f64)>,
    /// Every histogram so far.
    pub latency: BTreeMap<String, summary::Stats>,
}

/// Everything measured.
pub struct Measured {
    pub counters: Counters,
    pub errors: BTreeMap<String, u64>,
    pub latency: BTreeMap<&'static str, Latency>,
    pub sessions_planned: u64,
    pub sessions_connected: u64,
    pub sessions_failed: u64,
    /// When the last planned session had connected (closed model).
    pub all_connected: Option<Duration>,
    pub token_pool: usize,
    pub elapsed: Duration,
    pub interrupted: bool,
    /// The first session-level error, to explain a run where nothing connected.
    pub first_error: Option<Error>,
}

/// Pool tokens are renewed when less than this much validity is left.
pub const REFRESH_BEFORE: Duration = Duration::from_secs(300);

enum Report {
    /// A pool token was signed in again.
    Auth(Duration),
    Connected(Vec<ConnectTimings>),
    Failed(Error, u64),
    /// One flow: its time, each step's verdict, delivery latency and
    /// acceptance time, and (open model) how late the flow started: timer
    /// lateness plus the wait for a free session slot.
    Flow {
        flow_time: Duration,
        steps: Vec<(Verdict, Option<Duration>, Duration)>,
        lag: Option<Duration>,
    },
    Dropped,
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

/// Sign in the token pool (timed), or use `given`; stopped, the identities
/// signed in so far.
async fn token_pool(
    backend: &dyn Backend,
    plan: &LoadPlan,
    given: Option<Identity>,
    auth: &mut Latency,
    stop: &CancellationToken,
) -> Result<Vec<Option<Identity>>> {
    if let Some(id) = given {
        return Ok(vec![Some(id)]);
    }
    let mut pool = Vec::new();
    let gap = Duration::from_secs_f64(1.0 / plan.auth_rate.max(0.001));
    let start = Instant::now();
    for i in 0..plan.token_pool.max(1) {
        let t = Instant::now();
        let signed_in = async {
            tokio::time::sleep_until((start + gap * i as u32).into()).await;
            tokio::time::timeout(plan.timeout, backend.sign_in_anonymously()).await
        };
        let signed_in = tokio::select! {
            r = signed_in => r,
            _ = stop.cancelled() => return Ok(pool),
        };
        match signed_in {
            Ok(Ok(Some(id))) => {
                auth.record(t.elapsed());
                pool.push(Some(id));
            }
            // The target hands out no identities: peers connect without one.
            Ok(Ok(None)) => return Ok(vec![None]),
            Ok(Err(e)) => return Err(e),
            Err(_) => return Err(Error::Timeout("signing in the token pool timed out".into())),
        }
    }
    Ok(pool)
}

/// What every group task shares.
struct Shared {
    backend: Arc<dyn Backend>,
    flow: Flow,
    /// The token pool; entries signed in here are signed in again when
    /// they near expiry.
    pool: Vec<tokio::sync::Mutex<Option<Identity>>>,
    /// Whether the pool was signed in here (else it holds a given identity).
    pool_is_ours: bool,
    opts: RunOptions,
    tag: String,
    hold: Duration,
}

impl Shared {
    /// The members of group `g` and the flows they run each iteration.
    fn group(&self, topology: Topology, g: u64) -> (Vec<PeerId>, Vec<Vec<usize>>) {
        match topology {
            Topology::Pairs(_) => {
                let ids = self
                    .flow
                    .peers()
                    .iter()
                    .map(|n| PeerId::from(format!("{n}-{g}")))
                    .collect::<Vec<_>>();
                let roles = (0..ids.len()).collect();
                (ids, vec![roles])
            }
            Topology::Rooms { peers, .. } => {
                let ids = (0..peers)
                    .map(|i| PeerId::from(format!("p{i}-r{g}")))
                    .collect();
                let k = peers as usize;
                let runs = (0..k)
                    .flat_map(|i| (i + 1..k).map(move |j| vec![i, j]))
                    .collect();
                (ids, runs)
            }
        }
    }

    /// The pool's identity for group `g`, signed in again when it has less
    /// than `REFRESH_BEFORE` of validity left.
    async fn identity(&self, g: u64, tx: &mpsc::Sender<Report>) -> Result<Option<Identity>> {
        let mut slot = self.pool[g as usize % self.pool.len()].lock().await;
        let expiring = slot
            .as_ref()
            .and_then(Identity::expires_at)
            .is_some_and(|exp| exp < crate::util::clock::now_secs() + REFRESH_BEFORE.as_secs());
        if self.pool_is_ours && expiring {
            let t = Instant::now();
            let fresh = tokio::time::timeout(self.opts.timeout, self.backend.sign_in_anonymously())
                .await
                .map_err(|_| Error::Timeout("signing in again timed out".into()))??;
            if let Some(fresh) = fresh {
                let _ = tx.send(Report::Auth(t.elapsed())).await;
                *slot = Some(fresh);
            }
        }
        Ok(slot.clone())
    }

    async fn connect(&self, g: u64, ids: Vec<PeerId>, tx: &mpsc::Sender<Report>) -> Result<Party> {
        let identity = self.identity(g, tx).await?;
        let setup = async {
            let group = self
                .backend
                .rendezvous(identity.as_ref(), &GroupSpec { peers: ids.clone() })
                .await?;
            Party::connect(&*self.backend, &group, ids, identity.as_ref()).await
        };
        match tokio::time::timeout(self.opts.timeout * 2, setup).await {
            Ok(r) => r,
            Err(_) => Err(Error::Timeout(format!("connecting group {g} timed out"))),
        }
    }

    /// Run every flow of one iteration at once; one report per flow.
    async fn iteration(
        &self,
        party: &Party,
        runs: &[Vec<usize>],
        tag: &str,
        lag: Option<Duration>,
        tx: &mpsc::Sender<Report>,
    ) -> bool {
        let flows = runs.iter().enumerate().map(|(n, roles)| async move {
            let t = Instant::now();
            let r = party
                .run_as(&self.flow, roles, &format!("{tag}-{n}"), self.opts)
                .await;
            (t.elapsed(), r)
        });
        let mut ok = true;
        for (flow_time, r) in join_all(flows).await {
            let report = match r {
                Ok(outcomes) => {
                    let steps = outcomes
                        .iter()
                        .map(|o| (o.verdict, o.latency, o.accept))
                        .collect();
                    Report::Flow {
                        flow_time,
                        steps,
                        lag,
                    }
                }
                Err(e) => {
                    ok = false;
                    Report::Failed(e, 0)
                }
            };
            let _ = tx.send(report).await;
        }
        ok
    }

    async fn finish(&self, party: Party, stop: &CancellationToken, tx: &mpsc::Sender<Report>) {
        if !self.hold.is_zero() {
            tokio::select! {
                _ = tokio::time::sleep(self.hold) => {}
                _ = stop.cancelled() => {}
            }
        }
        let _ = tx.send(Report::Strays(party.strays())).await;
        party.close().await;
    }
}

/// How long sessions have to report and close once the run is stopped.
const STOP_GRACE: Duration = Duration::from_millis(500);

/// Run `plan` against `backend`. `stop` ends it early (Ctrl-C); `on_tick`
/// sees a snapshot once a second.
pub async fn run(
    backend: Arc<dyn Backend>,
    plan: &LoadPlan,
    given: Option<Identity>,
    stop: CancellationToken,
    mut on_tick: impl FnMut(&Tick),
) -> Result<Measured> {
    let started = Instant::now();
    let mut latency: BTreeMap<&'static str, Latency> = BTreeMap::new();
    let pool_is_ours = given.is_none();
    let auth = latency.entry("auth").or_default();
    let pool = token_pool(&*backend, plan, given, auth, &stop).await?;
    let token_pool = pool.len();
    let pool = pool.into_iter().map(tokio::sync::Mutex::new).collect();
    let shared = Arc::new(Shared {
        backend,
        flow: plan.flow.clone(),
        pool,
        pool_is_ours,
        opts: RunOptions {
            timeout: plan.timeout,
            settle: Duration::ZERO,
        },
        tag: format!("l{:06x}", rand::random_range(0..0xff_ffffu32)),
        hold: plan.hold,
    });
    let (tx, mut rx) = mpsc::channel::<Report>(1024);
    let run_start = Instant::now();
    let per_group = match plan.topology {
        Topology::Pairs(_) => plan.flow.peers().len() as u64,
        Topology::Rooms { peers, .. } => u64::from(peers),
    };
    let sessions_planned = match (&plan.model, plan.topology) {
        (Model::Closed { .. }, Topology::Pairs(n)) => u64::from(n) * per_group,
        (Model::Closed { .. }, Topology::Rooms { rooms, peers }) => {
            u64::from(rooms) * u64::from(peers)
        }
        (
            Model::Open {
                start_rate, stages, ..
            },
            _,
        ) => Model::arrivals(*start_rate, stages).count() as u64 * per_group,
    };
    match &plan.model {
        // Stopped while signing in: no load at all.
        _ if stop.is_cancelled() => {}
        Model::Closed {
            iterations,
            duration,
        } => {
            let groups = match plan.topology {
                Topology::Pairs(n) => n,
                Topology::Rooms { rooms, .. } => rooms,
            };
            let deadline = duration.map(|d| run_start + d);
            let iterations = iterations.unwrap_or(if duration.is_some() { u64::MAX } else { 10 });
            let gap = Duration::from_secs_f64(per_group as f64 / plan.connect_rate.max(0.001));
            for g in 0..u64::from(groups) {
                let (shared, tx, stop, topology) =
                    (shared.clone(), tx.clone(), stop.clone(), plan.topology);
                let start_at = run_start + gap.mul_f64(g as f64);
                tokio::spawn(async move {
                    tokio::select! {
                        _ = tokio::time::sleep_until(start_at.into()) => {}
                        _ = stop.cancelled() => return,
                    }
                    let (ids, runs) = shared.group(topology, g);
                    let n = ids.len() as u64;
                    // The big futures (connect, a flow) are boxed so that an idle
                    // group task stays small while it holds its sessions.
                    let connected = tokio::select! {
                        r = Box::pin(shared.connect(g, ids, &tx)) => r,
                        _ = stop.cancelled() => return,
                    };
                    let party = match connected {
                        Ok(p) => p,
                        Err(e) => return drop(tx.send(Report::Failed(e, n)).await),
                    };
                    let _ = tx.send(Report::Connected(party.timings.clone())).await;
                    for it in 0..iterations {
                        if stop.is_cancelled() || deadline.is_some_and(|d| Instant::now() >= d) {
                            break;
                        }
                        let tag = format!("{}-{g}-{it}", shared.tag);
                        let went_on = tokio::select! {
                            ok = Box::pin(shared.iteration(&party, &runs, &tag, None, &tx)) => ok,
                            _ = stop.cancelled() => false,
                        };
                        if !went_on {
                            break;
                        }
                    }
                    shared.finish(party, &stop, &tx).await;
                });
            }
        }
        Model::Open {
            start_rate,
            stages,
            max_sessions,
        } => {
            let (shared, tx, stop, topology) =
                (shared.clone(), tx.clone(), stop.clone(), plan.topology);
            let times: Vec<f64> = Model::arrivals(*start_rate, stages).collect();
            let slots =
                max_sessions.map(|m| Arc::new(Semaphore::new((m / per_group).max(1) as usize)));
            tokio::spawn(async move {
                for (g, t) in times.into_iter().enumerate() {
                    let scheduled = run_start + Duration::from_secs_f64(t);
                    tokio::select! {
                        _ = tokio::time::sleep_until(scheduled.into()) => {}
                        _ = stop.cancelled() => return,
                    }
                    let (shared, tx, slots, stop) =
                        (shared.clone(), tx.clone(), slots.clone(), stop.clone());
                    tokio::spawn(async move {
                        // Waiting for a free slot counts against the flow's latency.
                        let _permit = match &slots {
                            Some(s) => match tokio::time::timeout(
                                shared.opts.timeout,
                                s.clone().acquire_owned(),
                            )
                            .await
                            {
                                Ok(Ok(p)) => Some(p),
                                _ => return drop(tx.send(Report::Dropped).await),
                            },
                            None => None,
                        };
                        let lag = Instant::now().saturating_duration_since(scheduled);
                        let (ids, runs) = shared.group(topology, g as u64);
                        let n = ids.len() as u64;
                        let connected = tokio::select! {
                            r = Box::pin(shared.connect(g as u64, ids, &tx)) => r,
                            _ = stop.cancelled() => return,
                        };
                        let party = match connected {
                            Ok(p) => p,
                            Err(e) => return drop(tx.send(Report::Failed(e, n)).await),
                        };
                        let _ = tx.send(Report::Connected(party.timings.clone())).await;
                        let tag = format!("{}-{g}", shared.tag);
                        tokio::select! {
                            _ = Box::pin(shared.iteration(&party, &runs, &tag, Some(lag), &tx)) => {}
                            _ = stop.cancelled() => {}
                        }
                        shared.finish(party, &stop, &tx).await;
                    });
                }
            });
        }
    }
    drop(tx);

    let mut m = Measured {
        counters: Counters::default(),
        errors: BTreeMap::new(),
        latency,
        sessions_planned,
        sessions_connected: 0,
        sessions_failed: 0,
        all_connected: None,
        token_pool,
        elapsed: Duration::ZERO,
        interrupted: false,
        first_error: None,
    };
    for name in ["connect", "register", "accept", "delivery", "flow"] {
        m.latency.entry(name).or_default();
    }
    let mut second = Latency::default();
    let mut ticks = 0u64;
    let mut grace: Option<Instant> = None;
    let far_future = run_start + Duration::from_secs(86_400 * 365);
    let mut ticker = tokio::time::interval_at(
        (run_start + Duration::from_secs(1)).into(),
        Duration::from_secs(1),
    );
    loop {
        tokio::select! {
            report = rx.recv() => {
                let Some(report) = report else { break };
                aggregate(&mut m, &mut second, report);
                if m.all_connected.is_none() && m.sessions_connected == m.sessions_planned {
                    m.all_connected = Some(run_start.elapsed());
                }
            }
            _ = ticker.tick() => {
                ticks += 1;
                on_tick(&snapshot(&m, &mut second, ticks, run_start));
            }
            _ = stop.cancelled(), if !m.interrupted => {
                m.interrupted = true;
                // Sessions get a moment to report and close; then the
                // summary is of what arrived.
                grace = Some(Instant::now() + STOP_GRACE);
            }
            _ = tokio::time::sleep_until(grace.unwrap_or(far_future).into()), if grace.is_some() => break,
        }
    }
    m.interrupted |= stop.is_cancelled();
    // One snapshot per whole second of load, even for the last second, which
    // may have ended just as the load did.
    while ticks < run_start.elapsed().as_secs() {
        ticks += 1;
        on_tick(&snapshot(&m, &mut second, ticks, run_start));
    }
    m.elapsed = started.elapsed();
    Ok(m)
}

fn snapshot(m: &Measured, second: &mut Latency, n: u64, run_start: Instant) -> Tick {
    let last = std::mem::take(second).stats().map(|s| (s.p50, s.p99));
    Tick {
        second: n,
        elapsed: run_start.elapsed(),
        sessions: m.sessions_connected,
        counters: m.counters.clone(),
        delivery_last_second: last,
        latency: m
            .latency
            .iter()
            .filter_map(|(k, v)| v.stats().map(|s| ((*k).to_owned(), s)))
            .collect(),
    }
}

fn aggregate(m: &mut Measured, second: &mut Latency, report: Report) {
    match report {
        Report::Auth(d) => record(m, "auth", d),
        Report::Connected(timings) => {
            m.sessions_connected += timings.len() as u64;
            for t in timings {
                record(m, "connect", t.connect);
                record(m, "register", t.register);
            }
        }
        Report::Failed(e, sessions) => {
            m.sessions_failed += sessions;
            m.counters.sessions_failed += sessions;
            m.counters.errors += 1;
            *m.errors.entry(error_kind(&e).to_owned()).or_default() += 1;
            if m.first_error.is_none() {
                m.first_error = Some(e);
            }
        }
        Report::Flow {
            flow_time,
            steps,
            lag,
        } => {
            m.counters.flows += 1;
            record(m, "flow", flow_time);
            for (verdict, latency, accept) in steps {
                m.counters.count(verdict);
                record(m, "accept", accept);
                if let Some(l) = latency {
                    // Open model: latency counts from when the flow was due,
                    // the uncorrected figure beside it.
                    match lag {
                        Some(lag) => {
                            record(m, "delivery", l + lag);
                            record(m, "delivery_uncorrected", l);
                        }
                        None => record(m, "delivery", l),
                    }
                    second.record(l);
                }
            }
        }
        Report::Dropped => {
            m.counters.dropped += 1;
            m.counters.errors += 1;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_model_arrivals_follow_the_stages() {
        let s = |secs: u64, target: f64| Stage {
            duration: Duration::from_secs(secs),
            target,
        };
        // Constant 10/s for 2 s: 20 arrivals 0.1 s apart.
        let v: Vec<f64> = Model::arrivals(10.0, &[s(2, 10.0)]).collect();
        assert_eq!(v.len(), 20, "{v:?}");
        assert!(
            (v[0] - 0.1).abs() < 1e-6 && (v[1] - 0.2).abs() < 1e-6,
            "{v:?}"
        );
        // A ramp from 0 to 100/s over 2 s offers about 100 flows.
        let n = Model::arrivals(0.0, &[s(2, 100.0)]).count();
        assert!((90..=110).contains(&n), "{n}");
        // Rate zero: nothing.
        assert_eq!(Model::arrivals(0.0, &[s(1, 0.0)]).count(), 0);
    }
}
