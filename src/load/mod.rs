//! The load engine: many peers through the common driver, every signal
//! verified and timed. Sees only `Backend` and `Session`.
//!
//! Each group of peers (a pair, or a room) runs in its own task with its own
//! lock (the flow runner's inbox); groups report once per flow to one
//! aggregator, which owns the histograms. Nothing is shared by all sessions
//! on the per-signal path.

pub mod capacity;
pub mod comparison;
pub mod cost;
pub mod result;
pub mod shard;
pub mod summary;
pub mod threshold;

use futures_util::future::join_all;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};
use tokio::sync::{Semaphore, mpsc};
use tokio_util::sync::CancellationToken;

use crate::auth::Identity;
use crate::backend::{Backend, ConnectTimings, GroupSpec};
use crate::error::{Error, Result};
use crate::flow::Flow;
use crate::flow::run::{Party, RunOptions, Strays, Verdict};
use crate::signal::PeerId;
pub use shard::Shard;
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
    /// Most sessions connecting at once in this process: beyond it a
    /// connect would time the client's own queue, not the server.
    pub connect_concurrency: u32,
    /// Bound on each signal's delivery and each connect.
    pub timeout: Duration,
    /// Identities signed in up front and shared round-robin by the peers.
    pub token_pool: usize,
    /// Sign-ins per second for the pool.
    pub auth_rate: f64,
    /// Keep sessions connected (idle) this long after their iterations.
    pub hold: Duration,
    /// The part of the plan this process runs (`Shard::WHOLE`: all of it).
    pub shard: Shard,
    /// When the load begins, on the wall clock (the token pool is signed in
    /// before): shards started with the same instant line up.
    pub start_at: Option<SystemTime>,
    /// Names this run's signals (their markers); shards of one plan share it.
    pub seed: u64,
}

impl LoadPlan {
    /// Groups of the flow's peers (pairs) or rooms in the unsharded plan.
    fn group_count(&self) -> u64 {
        match self.topology {
            Topology::Pairs(n) => u64::from(n),
            Topology::Rooms { rooms, .. } => u64::from(rooms),
        }
    }

    /// Sessions in each group.
    pub fn group_size(&self) -> u64 {
        match self.topology {
            Topology::Pairs(_) => self.flow.peers().len() as u64,
            Topology::Rooms { peers, .. } => u64::from(peers),
        }
    }

    /// Every group of the unsharded plan: its index and when it starts,
    /// counted from the start of the load (closed model: paced by the
    /// connect rate; open model: its arrival time).
    pub fn schedule(&self) -> Box<dyn Iterator<Item = (u64, Duration)> + '_> {
        match &self.model {
            Model::Closed { .. } => {
                let gap = self.group_size() as f64 / self.connect_rate.max(0.001);
                Box::new(
                    (0..self.group_count())
                        .map(move |g| (g, Duration::from_secs_f64(gap * g as f64))),
                )
            }
            Model::Open {
                start_rate, stages, ..
            } => Box::new(
                Model::arrivals(*start_rate, stages)
                    .enumerate()
                    .map(|(g, t)| (g as u64, Duration::from_secs_f64(t))),
            ),
        }
    }

    /// The groups this shard runs.
    pub fn shard_schedule(&self) -> impl Iterator<Item = (u64, Duration)> + '_ {
        self.schedule().filter(|(g, _)| self.shard.owns(*g))
    }

    /// The members of group `g` and the flows they run each iteration (each
    /// a list of member positions, in the flow's peer order).
    pub fn members(&self, g: u64) -> (Vec<PeerId>, Vec<Vec<usize>>) {
        match self.topology {
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

    /// The token-pool identities of the unsharded plan this shard signs in
    /// (their indices), each at its time in the unsharded sign-in schedule.
    pub fn pool_share(&self) -> impl Iterator<Item = (usize, Duration)> + '_ {
        let gap = 1.0 / self.auth_rate.max(0.001);
        (0..self.token_pool.max(1))
            .filter(|&j| self.shard.owns(j as u64))
            .map(move |j| (j, Duration::from_secs_f64(gap * j as f64)))
    }
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

/// One second of load, as the result file keeps it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Second {
    /// 1 for the first second of load, 2 for the next, ...
    pub second: u64,
    /// When it began on the wall clock, in ms since the Unix epoch.
    pub start_unix_ms: u64,
    /// Sessions connected at its end.
    pub sessions: u64,
    /// Sessions that connected, and that closed, during it.
    pub connected: u64,
    pub closed: u64,
    /// What happened during it.
    pub counters: Counters,
    /// The values recorded during it, per histogram.
    pub latency: BTreeMap<String, summary::Encoded>,
}

/// Everything measured.
pub struct Measured {
    pub counters: Counters,
    pub errors: BTreeMap<String, u64>,
    pub latency: BTreeMap<String, Latency>,
    pub sessions_planned: u64,
    pub sessions_connected: u64,
    pub sessions_failed: u64,
    pub sessions_closed: u64,
    /// When the last planned session had connected (closed model).
    pub all_connected: Option<Duration>,
    pub token_pool: usize,
    /// When the load began and ended, on the wall clock.
    pub started_at: SystemTime,
    pub ended_at: SystemTime,
    pub elapsed: Duration,
    pub interrupted: bool,
    /// The first session-level error, to explain a run where nothing connected.
    pub first_error: Option<Error>,
    /// One entry per second of load (the last may be part of a second).
    pub series: Vec<Second>,
    /// What the target's provider bills, as the backend's client counted
    /// it during the run (the token pool's sign-ins included), by key.
    pub operations: BTreeMap<String, f64>,
    /// The target is a server the team runs itself (its cost is its
    /// machine's, not per operation).
    pub self_hosted: bool,
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
    /// A group closed its sessions; what its inboxes saw that no step
    /// claimed.
    Closed {
        strays: Strays,
        sessions: u64,
    },
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
    let start = Instant::now();
    for (_, at) in plan.pool_share() {
        let signed_in = async {
            tokio::time::sleep_until((start + at).into()).await;
            // Timed from the request, not from the pacing wait before it.
            let t = Instant::now();
            let r = tokio::time::timeout(plan.timeout, backend.sign_in_anonymously()).await;
            (t.elapsed(), r)
        };
        let (took, signed_in) = tokio::select! {
            r = signed_in => r,
            _ = stop.cancelled() => return Ok(pool),
        };
        match signed_in {
            Ok(Ok(Some(id))) => {
                auth.record(took);
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
    plan: LoadPlan,
    /// This shard's part of the token pool; entries signed in here are
    /// signed in again when they near expiry.
    pool: Vec<tokio::sync::Mutex<Option<Identity>>>,
    /// Whether the pool was signed in here (else it holds a given identity).
    pool_is_ours: bool,
    opts: RunOptions,
    tag: String,
    /// Permits to connect, one per session (`connect_concurrency`).
    connecting: Arc<Semaphore>,
}

impl Shared {
    /// The pool's identity for group `g`, signed in again when it has less
    /// than `REFRESH_BEFORE` of validity left.
    async fn identity(&self, g: u64, tx: &mpsc::Sender<Report>) -> Result<Option<Identity>> {
        let slot = self.plan.shard.local(g) as usize % self.pool.len();
        let mut slot = self.pool[slot].lock().await;
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
        // Waiting for a turn is not part of the connect time, and a group
        // larger than the bound still connects (all its permits at once).
        let want = (ids.len() as u32).min(self.plan.connect_concurrency.max(1));
        let _turn = self
            .connecting
            .acquire_many(want)
            .await
            .map_err(|_| Error::failed("the run ended while connecting"))?;
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
                .run_as(&self.plan.flow, roles, &format!("{tag}-{n}"), self.opts)
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
        if !self.plan.hold.is_zero() {
            tokio::select! {
                _ = tokio::time::sleep(self.plan.hold) => {}
                _ = stop.cancelled() => {}
            }
        }
        let sessions = party.ids.len() as u64;
        let _ = tx
            .send(Report::Closed {
                strays: party.strays(),
                sessions,
            })
            .await;
        party.close().await;
    }

    /// One group's life: connect, run its iterations (closed model: until
    /// `deadline`; open model: once, `lag` after it was due), hold, close.
    async fn group(
        &self,
        g: u64,
        iterations: u64,
        deadline: Option<Instant>,
        lag: Option<Duration>,
        stop: &CancellationToken,
        tx: &mpsc::Sender<Report>,
    ) {
        let (ids, runs) = self.plan.members(g);
        let n = ids.len() as u64;
        // The big futures (connect, a flow) are boxed so that an idle group
        // task stays small while it holds its sessions.
        let connected = tokio::select! {
            r = Box::pin(self.connect(g, ids, tx)) => r,
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
            let tag = match lag {
                None => format!("{}-{g}-{it}", self.tag),
                Some(_) => format!("{}-{g}", self.tag),
            };
            let went_on = tokio::select! {
                ok = Box::pin(self.iteration(&party, &runs, &tag, lag, tx)) => ok,
                _ = stop.cancelled() => false,
            };
            if !went_on {
                break;
            }
        }
        self.finish(party, stop, tx).await;
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
    let mut latency: BTreeMap<String, Latency> = BTreeMap::new();
    let metered = backend.meter().snapshot();
    let pool_is_ours = given.is_none();
    let auth = latency.entry("auth".to_owned()).or_default();
    let pool = token_pool(&*backend, plan, given, auth, &stop).await?;
    let token_pool = pool.len();
    if token_pool == 0 && !stop.is_cancelled() {
        return Err(Error::usage(format!(
            "shard {}: the token pool of {} has no identity for it; give --token-pool {} or more",
            plan.shard, plan.token_pool, plan.shard.count
        )));
    }
    let pool = pool.into_iter().map(tokio::sync::Mutex::new).collect();
    let shared = Arc::new(Shared {
        backend: backend.clone(),
        plan: plan.clone(),
        pool,
        pool_is_ours,
        opts: RunOptions {
            timeout: plan.timeout,
            settle: Duration::ZERO,
        },
        tag: format!("l{:x}", plan.seed),
        connecting: Arc::new(Semaphore::new(plan.connect_concurrency.max(1) as usize)),
    });
    // Every shard of a plan begins its load at the same wall-clock instant.
    if let Some(at) = plan.start_at
        && let Ok(wait) = at.duration_since(SystemTime::now())
    {
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = stop.cancelled() => {}
        }
    }
    let (tx, mut rx) = mpsc::channel::<Report>(1024);
    let run_start = Instant::now();
    let run_start_wall = SystemTime::now();
    let per_group = plan.group_size();
    let sessions_planned = plan.shard_schedule().count() as u64 * per_group;
    match &plan.model {
        // Stopped while signing in: no load at all.
        _ if stop.is_cancelled() => {}
        Model::Closed {
            iterations,
            duration,
        } => {
            let deadline = duration.map(|d| run_start + d);
            let iterations = iterations.unwrap_or(if duration.is_some() { u64::MAX } else { 10 });
            for (g, at) in plan.shard_schedule() {
                let (shared, tx, stop) = (shared.clone(), tx.clone(), stop.clone());
                tokio::spawn(async move {
                    tokio::select! {
                        _ = tokio::time::sleep_until((run_start + at).into()) => {}
                        _ = stop.cancelled() => return,
                    }
                    shared
                        .group(g, iterations, deadline, None, &stop, &tx)
                        .await;
                });
            }
        }
        Model::Open { max_sessions, .. } => {
            let (shared, tx, stop) = (shared.clone(), tx.clone(), stop.clone());
            let times: Vec<(u64, Duration)> = plan.shard_schedule().collect();
            let slots =
                max_sessions.map(|m| Arc::new(Semaphore::new((m / per_group).max(1) as usize)));
            tokio::spawn(async move {
                for (g, at) in times {
                    let scheduled = run_start + at;
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
                        shared.group(g, 1, None, Some(lag), &stop, &tx).await;
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
        sessions_closed: 0,
        all_connected: None,
        token_pool,
        started_at: run_start_wall,
        ended_at: run_start_wall,
        elapsed: Duration::ZERO,
        interrupted: false,
        first_error: None,
        series: Vec::new(),
        operations: BTreeMap::new(),
        self_hosted: backend.meter().tariff().self_hosted,
    };
    for name in ["connect", "register", "accept", "delivery", "flow"] {
        m.latency.entry(name.to_owned()).or_default();
    }
    let mut second = SecondSoFar::default();
    let mut grace: Option<Instant> = None;
    let far_future = run_start + Duration::from_secs(86_400 * 365);
    let mut ticker = tokio::time::interval_at(
        (run_start + Duration::from_secs(1)).into(),
        Duration::from_secs(1),
    );
    let mut tick = |m: &mut Measured, second: &mut SecondSoFar| {
        let t = close_second(m, second, run_start, run_start_wall);
        on_tick(&t);
    };
    loop {
        tokio::select! {
            report = rx.recv() => {
                let Some(report) = report else { break };
                aggregate(&mut m, &mut second, report);
                if m.all_connected.is_none() && m.sessions_connected == m.sessions_planned {
                    m.all_connected = Some(run_start.elapsed());
                }
            }
            _ = ticker.tick() => tick(&mut m, &mut second),
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
    // One snapshot per whole second of load, and one for the part-second at
    // the end, so that the series holds everything measured.
    let whole = run_start.elapsed().as_secs();
    while (m.series.len() as u64) < whole {
        tick(&mut m, &mut second);
    }
    if !second.is_empty() {
        close_second(&mut m, &mut second, run_start, run_start_wall);
    }
    // The load's own time: not the sign-in before it, nor the wait for
    // --start-at (so that throughput is per second of load).
    m.elapsed = run_start.elapsed();
    m.ended_at = SystemTime::now();
    m.operations = crate::backend::meter::since(&metered, &backend.meter().snapshot());
    Ok(m)
}

/// What the current second has seen so far.
#[derive(Default)]
struct SecondSoFar {
    connected: u64,
    closed: u64,
    counters: Counters,
    latency: BTreeMap<String, Latency>,
}

impl SecondSoFar {
    fn is_empty(&self) -> bool {
        self.connected == 0
            && self.closed == 0
            && self.counters == Counters::default()
            && self.latency.values().all(|l| l.0.is_empty())
    }
}

/// End the current second: keep it in the series, start the next, and
/// return the snapshot for the progress line and `--out`.
fn close_second(
    m: &mut Measured,
    second: &mut SecondSoFar,
    run_start: Instant,
    run_start_wall: SystemTime,
) -> Tick {
    let n = m.series.len() as u64 + 1;
    let begun = run_start_wall + Duration::from_secs(n - 1);
    let last = second
        .latency
        .get("delivery")
        .and_then(|l| l.stats())
        .map(|s| (s.p50, s.p99));
    m.series.push(Second {
        second: n,
        start_unix_ms: begun
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64),
        sessions: m.sessions_connected - m.sessions_closed,
        connected: second.connected,
        closed: second.closed,
        counters: std::mem::take(&mut second.counters),
        latency: second
            .latency
            .iter()
            .filter(|(_, l)| !l.0.is_empty())
            .map(|(k, l)| (k.clone(), l.encode()))
            .collect(),
    });
    for l in second.latency.values_mut() {
        l.0.reset();
    }
    second.connected = 0;
    second.closed = 0;
    Tick {
        second: n,
        elapsed: run_start.elapsed(),
        sessions: m.sessions_connected,
        counters: m.counters.clone(),
        delivery_last_second: last,
        latency: m
            .latency
            .iter()
            .filter_map(|(k, v)| v.stats().map(|s| (k.clone(), s)))
            .collect(),
    }
}

fn aggregate(m: &mut Measured, second: &mut SecondSoFar, report: Report) {
    let mut c = Counters::default();
    match report {
        Report::Auth(d) => record(m, second, "auth", d),
        Report::Connected(timings) => {
            m.sessions_connected += timings.len() as u64;
            second.connected += timings.len() as u64;
            for t in timings {
                record(m, second, "connect", t.connect);
                record(m, second, "register", t.register);
            }
        }
        Report::Failed(e, sessions) => {
            m.sessions_failed += sessions;
            c.sessions_failed += sessions;
            c.errors += 1;
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
            c.flows += 1;
            record(m, second, "flow", flow_time);
            for (verdict, latency, accept) in steps {
                c.count(verdict);
                record(m, second, "accept", accept);
                if let Some(l) = latency {
                    // Open model: latency counts from when the flow was due,
                    // the uncorrected figure beside it.
                    match lag {
                        Some(lag) => {
                            record(m, second, "delivery", l + lag);
                            record(m, second, "delivery_uncorrected", l);
                        }
                        None => record(m, second, "delivery", l),
                    }
                }
            }
        }
        Report::Dropped => {
            c.dropped += 1;
            c.errors += 1;
        }
        Report::Closed { strays, sessions } => {
            m.sessions_closed += sessions;
            second.closed += sessions;
            c.duplicated += strays.late_duplicates;
            c.unexpected += strays.unexpected;
            c.server_errors += strays.server_errors;
            c.errors += strays.late_duplicates + strays.unexpected + strays.server_errors;
        }
    }
    m.counters.add(&c);
    second.counters.add(&c);
}

/// Record `d` in the run's histogram `name` and in the current second's.
fn record(m: &mut Measured, second: &mut SecondSoFar, name: &str, d: Duration) {
    for map in [&mut m.latency, &mut second.latency] {
        match map.get_mut(name) {
            Some(l) => l.record(d),
            None => map.entry(name.to_owned()).or_default().record(d),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn plan(topology: Topology, model: Model, token_pool: usize, shard: Shard) -> LoadPlan {
        LoadPlan {
            flow: crate::flow::builtin::builtin("offer-answer", Default::default())
                .expect("a built-in flow"),
            topology,
            model,
            connect_rate: 200.0,
            connect_concurrency: 256,
            timeout: Duration::from_secs(5),
            token_pool,
            auth_rate: 50.0,
            hold: Duration::ZERO,
            shard,
            start_at: None,
            seed: 1,
        }
    }

    /// Everything one shard would run: each group with its start time and
    /// members, and each pool identity with its sign-in time.
    type Part = (Vec<(u64, Duration, Vec<PeerId>)>, Vec<(usize, Duration)>);

    fn part(p: &LoadPlan) -> Part {
        let groups = p
            .shard_schedule()
            .map(|(g, at)| (g, at, p.members(g).0))
            .collect();
        (groups, p.pool_share().collect())
    }

    #[test]
    fn shards_partition_the_plan_exactly() {
        let s = |secs: u64, target: f64| Stage {
            duration: Duration::from_secs(secs),
            target,
        };
        let closed = Model::Closed {
            iterations: Some(1),
            duration: None,
        };
        let open = Model::Open {
            start_rate: 5.0,
            stages: vec![s(2, 40.0), s(1, 0.0)],
            max_sessions: None,
        };
        let cases = [
            (Topology::Pairs(37), closed.clone()),
            (
                Topology::Rooms {
                    rooms: 11,
                    peers: 3,
                },
                closed,
            ),
            (Topology::Pairs(1), open),
        ];
        for (topology, model) in cases {
            let whole = part(&plan(topology, model.clone(), 23, Shard::WHOLE));
            assert!(!whole.0.is_empty());
            for count in [1, 2, 3, 7, 10] {
                let (mut groups, mut pool) = (Vec::new(), Vec::new());
                let mut names = BTreeSet::new();
                for index in 0..count {
                    let shard = Shard { index, count };
                    let (g, p) = part(&plan(topology, model.clone(), 23, shard));
                    for (_, _, members) in &g {
                        for m in members {
                            // No peer name is used by two shards (or twice).
                            assert!(names.insert(m.to_string()), "{m} twice with {count} shards");
                        }
                    }
                    groups.extend(g);
                    pool.extend(p);
                }
                groups.sort_by_key(|g| g.0);
                pool.sort();
                // The union is the unsharded plan: the same groups, with
                // the same members, starting at the same moments.
                assert_eq!(groups, whole.0, "{topology:?} {model:?} in {count} shards");
                assert_eq!(pool, whole.1, "{count} shards");
            }
        }
    }

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
