//! Running a flow between connected peers and verifying every delivery:
//! to the intended peer only, exactly once, unchanged, in per-sender order,
//! within the timeout. Used by `replay` (one verdict per step) and by the
//! load engine (aggregated); sees only the common driver.

use futures_util::future::join_all;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::Notify;
use tokio::task::JoinHandle;

use super::model::Flow;
use super::synth;
use crate::auth::Identity;
use crate::backend::{Backend, ConnectTimings, Group, PeerSpec, SignalSender};
use crate::error::{Error, Result};
use crate::signal::{Event, PeerId, Signal, SignalKind};

/// What became of one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Pass,
    /// Never arrived at the intended peer within the timeout.
    Lost,
    /// Arrived, but after the timeout.
    Late,
    /// Arrived more than once.
    Duplicated,
    /// Arrived at a peer it was not addressed to.
    Misdelivered,
    /// Arrived changed.
    Corrupted,
    /// Arrived after a signal its sender sent later to the same peer.
    Reordered,
    /// The backend refused or failed to send it.
    SendFailed,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Lost => "lost",
            Verdict::Late => "late",
            Verdict::Duplicated => "duplicated",
            Verdict::Misdelivered => "misdelivered",
            Verdict::Corrupted => "corrupted",
            Verdict::Reordered => "reordered",
            Verdict::SendFailed => "send_failed",
        }
    }
}

/// One step's result.
#[derive(Debug, Clone)]
pub struct StepOutcome {
    pub step: usize,
    pub from: PeerId,
    pub to: PeerId,
    pub kind: SignalKind,
    pub name: String,
    pub verdict: Verdict,
    /// Send → first arrival at the intended peer.
    pub latency: Option<Duration>,
    /// Send call → the backend accepted it.
    pub accept: Duration,
    pub detail: String,
}

/// Things seen that belong to no step of the current run.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Strays {
    /// Extra copies of steps of earlier runs.
    pub late_duplicates: u64,
    /// Signals that match no step sent (corrupted beyond recognition, or foreign).
    pub unexpected: u64,
    /// Error frames from the server.
    pub server_errors: u64,
    /// The first few error messages, for the report.
    pub error_samples: Vec<String>,
    /// Sessions the server closed.
    pub closed: u64,
}

struct Pending {
    step: usize,
    from: usize,
    to: usize,
    signal: Signal,
    sent_at: Instant,
    seq: u64,
    arrivals: u32,
    first: Option<Duration>,
    corrupted: bool,
    reordered: bool,
    misdelivered: Vec<usize>,
    /// The refusal its sender saw while it was on its way (an error frame,
    /// the connection closing): judged `send_failed` at once.
    refused: Option<String>,
}

#[derive(Default)]
struct InboxState {
    pending: HashMap<String, Pending>,
    /// Keys of recent runs, to recognise their late copies.
    finished: HashSet<String>,
    next_seq: HashMap<(usize, usize), u64>,
    last_seq: HashMap<(usize, usize), u64>,
    strays: Strays,
}

/// Arrivals at the peers of one party. One lock per party, never shared
/// across parties.
#[derive(Default)]
struct Inbox {
    state: Mutex<InboxState>,
    notify: Notify,
}

fn key_of(signal: &Signal) -> String {
    match synth::marker_of(signal) {
        Some(m) => m.to_owned(),
        None => signal.to_json().to_string(),
    }
}

const MAX_ERROR_SAMPLES: usize = 5;
/// How many finished steps a party remembers, to tell late duplicates from strangers.
const MAX_FINISHED: usize = 4096;

impl Inbox {
    fn lock(&self) -> std::sync::MutexGuard<'_, InboxState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn on_arrival(&self, receiver: usize, signal: Signal, at: Instant) {
        let key = key_of(&signal);
        let mut guard = self.lock();
        let st = &mut *guard;
        let Some(p) = st.pending.get_mut(&key) else {
            if st.finished.contains(&key) {
                st.strays.late_duplicates += 1;
            } else {
                st.strays.unexpected += 1;
            }
            return;
        };
        if receiver != p.to {
            p.misdelivered.push(receiver);
            return;
        }
        p.arrivals += 1;
        if p.arrivals > 1 {
            return;
        }
        p.first = Some(at.saturating_duration_since(p.sent_at));
        p.corrupted = signal != p.signal;
        let last = st.last_seq.entry((p.from, p.to)).or_insert(0);
        if p.seq < *last {
            p.reordered = true;
        } else {
            *last = p.seq;
        }
        drop(guard);
        self.notify.notify_waiters();
    }

    /// An event at member `receiver` other than a signal. An error frame or
    /// a close there refuses what `receiver` sent that has not arrived yet.
    fn on_other(&self, receiver: usize, event: &Event) {
        let mut st = self.lock();
        let refusal = match event {
            Event::ServerError { message } => Some(format!("the server answered: {message}")),
            Event::Closed { code, reason } => Some(match code {
                Some(c) => format!("the connection closed ({c}): {reason}"),
                None => format!("the connection closed: {reason}"),
            }),
            _ => None,
        };
        if let Some(why) = refusal {
            for p in st.pending.values_mut() {
                if p.from == receiver && p.arrivals == 0 && p.refused.is_none() {
                    p.refused = Some(why.clone());
                }
            }
        }
        match event {
            Event::ServerError { message } => {
                st.strays.server_errors += 1;
                if st.strays.error_samples.len() < MAX_ERROR_SAMPLES {
                    st.strays.error_samples.push(message.clone());
                }
            }
            Event::Closed { .. } => st.strays.closed += 1,
            _ => {}
        }
        drop(st);
        self.notify.notify_waiters();
    }

    fn delivered(&self, keys: &[&str]) -> bool {
        let st = self.lock();
        keys.iter().all(|k| {
            st.pending
                .get(*k)
                .is_none_or(|p| p.arrivals > 0 || p.refused.is_some())
        })
    }

    async fn wait_delivered(&self, keys: &[&str], deadline: Instant) {
        loop {
            let notified = self.notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if self.delivered(keys) {
                return;
            }
            if tokio::time::timeout_at(deadline.into(), notified)
                .await
                .is_err()
            {
                return;
            }
        }
    }
}

/// How a run is verified.
#[derive(Debug, Clone, Copy)]
pub struct RunOptions {
    /// How long each signal may take to arrive.
    pub timeout: Duration,
    /// After every signal arrived, keep listening this long for duplicates
    /// and misdeliveries before judging (replay: 200 ms; load: 0).
    pub settle: Duration,
}

/// The connected peers of one flow instance: one per flow peer.
pub struct Party {
    pub ids: Vec<PeerId>,
    pub timings: Vec<ConnectTimings>,
    /// One lock per session: flows sharing a session (a room) take turns.
    senders: Vec<tokio::sync::Mutex<Box<dyn SignalSender>>>,
    inbox: Arc<Inbox>,
    readers: Vec<JoinHandle<()>>,
}

impl Party {
    /// Connect every peer of `ids` to `group` through the driver.
    pub async fn connect(
        backend: &dyn Backend,
        group: &Group,
        ids: Vec<PeerId>,
        identity: Option<&Identity>,
    ) -> Result<Party> {
        let inbox = Arc::new(Inbox::default());
        let mut party = Party {
            ids: Vec::new(),
            timings: Vec::new(),
            senders: Vec::new(),
            inbox,
            readers: Vec::new(),
        };
        // Every member connects at once; the first failure fails the party.
        let sessions = join_all(ids.iter().map(|id| {
            let spec = PeerSpec {
                id: id.clone(),
                identity: identity.cloned(),
                role: None,
            };
            async move { backend.connect(group, &spec).await }
        }))
        .await;
        for (index, (id, session)) in ids.into_iter().zip(sessions).enumerate() {
            let session = session?;
            let mut events = session.events;
            let inbox = party.inbox.clone();
            party.readers.push(tokio::spawn(async move {
                loop {
                    match events.next().await {
                        Ok(Event::Signal { signal, .. }) => {
                            inbox.on_arrival(index, signal, Instant::now())
                        }
                        Ok(e @ Event::Closed { .. }) => {
                            inbox.on_other(index, &e);
                            break;
                        }
                        Ok(e) => inbox.on_other(index, &e),
                        Err(e) => {
                            inbox.on_other(
                                index,
                                &Event::ServerError {
                                    message: e.to_string(),
                                },
                            );
                            break;
                        }
                    }
                }
            }));
            party.ids.push(id);
            party.timings.push(session.timings);
            party.senders.push(tokio::sync::Mutex::new(session.sender));
        }
        Ok(party)
    }

    /// Run `flow` once with its peers played by all members in order; `tag`
    /// makes this run's markers unique.
    pub async fn run(&self, flow: &Flow, tag: &str, opts: RunOptions) -> Result<Vec<StepOutcome>> {
        let roles: Vec<usize> = (0..self.ids.len()).collect();
        self.run_as(flow, &roles, tag, opts).await
    }

    /// Run `flow` once with flow peer `i` played by member `roles[i]`.
    /// Several runs may share members and go on at once.
    pub async fn run_as(
        &self,
        flow: &Flow,
        roles: &[usize],
        tag: &str,
        opts: RunOptions,
    ) -> Result<Vec<StepOutcome>> {
        let ends: Vec<(usize, usize)> = flow
            .endpoints()
            .into_iter()
            .map(|(f, t)| (roles[f], roles[t]))
            .collect();
        let waits = flow.waits();
        let start = Instant::now();
        let mut keys: Vec<Option<String>> = Vec::with_capacity(flow.steps.len());
        let mut outcomes: Vec<Option<StepOutcome>> = vec![None; flow.steps.len()];
        let mut last_sent = start;
        for (i, step) in flow.steps.iter().enumerate() {
            until(start + Duration::from_millis(step.at_ms)).await;
            let before: Vec<&str> = waits[i]
                .iter()
                .filter_map(|&j| keys[j].as_deref())
                .collect();
            if !before.is_empty() {
                self.inbox
                    .wait_delivered(&before, Instant::now() + opts.timeout)
                    .await;
            }
            let (from, to) = ends[i];
            let signal = step.signal(&format!("{tag}-{i}"))?;
            let key = key_of(&signal);
            let outcome = |verdict, accept, detail| StepOutcome {
                step: i,
                from: self.ids[from].clone(),
                to: self.ids[to].clone(),
                kind: step.kind,
                name: signal.name().to_owned(),
                verdict,
                latency: None,
                accept,
                detail,
            };
            let sent_at = {
                let mut st = self.inbox.lock();
                // A signal that answers one the server refused (or that
                // could not be sent) is not sent: its peer never got what
                // it answers.
                let unanswerable = waits[i].iter().find_map(|&j| match &keys[j] {
                    None => Some(format!("step {} it follows was not sent", j + 1)),
                    Some(k) => st
                        .pending
                        .get(k)
                        .and_then(|p| p.refused.as_ref())
                        .map(|why| format!("step {} it follows was refused: {why}", j + 1)),
                });
                if let Some(why) = unanswerable {
                    drop(st);
                    keys.push(None);
                    outcomes[i] = Some(outcome(
                        Verdict::SendFailed,
                        Duration::ZERO,
                        format!("not sent: {why}"),
                    ));
                    continue;
                }
                let seq = st.next_seq.entry((from, to)).or_insert(0);
                *seq += 1;
                let seq = *seq;
                let sent_at = Instant::now();
                let pending = Pending {
                    step: i,
                    from,
                    to,
                    signal: signal.clone(),
                    sent_at,
                    seq,
                    arrivals: 0,
                    first: None,
                    corrupted: false,
                    reordered: false,
                    misdelivered: Vec::new(),
                    refused: None,
                };
                st.pending.insert(key.clone(), pending);
                sent_at
            };
            let sent = self.senders[from]
                .lock()
                .await
                .send(&self.ids[to], &signal)
                .await;
            last_sent = Instant::now();
            let accept = last_sent - sent_at;
            // Judged below once deliveries are in; a failed send is judged now.
            let (verdict, detail) = match sent {
                Ok(()) => {
                    keys.push(Some(key));
                    (Verdict::Pass, String::new())
                }
                Err(e) => {
                    self.inbox.lock().pending.remove(&key);
                    if matches!(e, Error::Unreachable(_) | Error::Auth(_)) && i == 0 {
                        return Err(e);
                    }
                    keys.push(None);
                    (Verdict::SendFailed, e.to_string())
                }
            };
            outcomes[i] = Some(outcome(verdict, accept, detail));
        }
        let all: Vec<&str> = keys.iter().filter_map(|k| k.as_deref()).collect();
        self.inbox
            .wait_delivered(&all, last_sent + opts.timeout)
            .await;
        if !opts.settle.is_zero() {
            tokio::time::sleep(opts.settle).await;
        }

        let mut st = self.inbox.lock();
        // Remember recent keys to recognise late copies; forget old ones.
        if st.finished.len() > MAX_FINISHED {
            st.finished.clear();
        }
        for key in keys.iter().flatten() {
            let Some(p) = st.pending.remove(key) else {
                continue;
            };
            st.finished.insert(key.clone());
            let Some(Some(o)) = outcomes.get_mut(p.step) else {
                continue;
            };
            o.latency = p.first;
            (o.verdict, o.detail) = judge(&p, &self.ids, opts.timeout);
        }
        Ok(outcomes.into_iter().flatten().collect())
    }

    /// Things seen outside the steps so far.
    pub fn strays(&self) -> Strays {
        self.inbox.lock().strays.clone()
    }

    /// Close every session.
    pub async fn close(self) {
        for s in &self.senders {
            let _ = s.lock().await.close().await;
        }
        for r in self.readers {
            r.abort();
        }
    }
}

/// Wait until `due`, without a timer when it has passed: a timer fires on
/// the next millisecond tick, so a step due now (the answer to an offer
/// that just arrived) would wait up to a millisecond for nothing.
async fn until(due: Instant) {
    if due > Instant::now() {
        tokio::time::sleep_until(due.into()).await;
    }
}

fn judge(p: &Pending, ids: &[PeerId], timeout: Duration) -> (Verdict, String) {
    if !p.misdelivered.is_empty() {
        let to: Vec<&str> = p.misdelivered.iter().map(|&i| ids[i].as_str()).collect();
        return (
            Verdict::Misdelivered,
            format!("also delivered to {}", to.join(", ")),
        );
    }
    let Some(first) = p.first else {
        if let Some(why) = &p.refused {
            return (Verdict::SendFailed, why.clone());
        }
        return (
            Verdict::Lost,
            format!(
                "not delivered within {}",
                humantime::format_duration(timeout)
            ),
        );
    };
    if p.corrupted {
        return (
            Verdict::Corrupted,
            "payload differs from what was sent".into(),
        );
    }
    if p.arrivals > 1 {
        return (
            Verdict::Duplicated,
            format!("delivered {} times", p.arrivals),
        );
    }
    if p.reordered {
        return (
            Verdict::Reordered,
            "arrived after a signal the same peer sent later".into(),
        );
    }
    if first > timeout {
        return (Verdict::Late, format!("arrived after {first:?}"));
    }
    (Verdict::Pass, String::new())
}
