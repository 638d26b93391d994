//! What a target's provider bills, counted by the target's client while it
//! runs: connections and the time they stay open, frames each way, and the
//! operations each provider meters (API Gateway messages in 32 KB
//! increments, Lambda invocations, AppSync operations and real-time
//! updates). A backend's client holds one [`Meter`], shared by its
//! sessions; the load engine reads it before and after a run, by key, and
//! never needs to know which provider a key belongs to.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};
use std::time::Instant;

/// One quantity a meter counts. Its key is its name in result files and in
/// the pricing file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Billed {
    /// WebSocket connections opened.
    Connections,
    /// Text frames sent and received by the clients.
    MessagesSent,
    MessagesReceived,
    /// Connection time of a server the team runs itself (not billed by use).
    ConnectionMinutes,
    /// API Gateway WebSocket messages, each direction, in 32 KB increments.
    ApigwMessages,
    ApigwConnectionMinutes,
    /// Lambda invocations: `$connect`, one per message sent, `$disconnect`.
    LambdaRequests,
    /// AppSync Event API operations.
    EventsOperations,
    /// AppSync GraphQL queries and mutations.
    GraphqlOperations,
    /// AppSync GraphQL real-time updates (subscription data), in 5 KB
    /// increments.
    GraphqlUpdates,
    AppsyncConnectionMinutes,
    /// Identities signed in (the identity provider bills monthly active
    /// users, not sign-ins).
    SignIns,
}

impl Billed {
    pub const ALL: [Billed; 12] = [
        Billed::Connections,
        Billed::MessagesSent,
        Billed::MessagesReceived,
        Billed::ConnectionMinutes,
        Billed::ApigwMessages,
        Billed::ApigwConnectionMinutes,
        Billed::LambdaRequests,
        Billed::EventsOperations,
        Billed::GraphqlOperations,
        Billed::GraphqlUpdates,
        Billed::AppsyncConnectionMinutes,
        Billed::SignIns,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Billed::Connections => "connections",
            Billed::MessagesSent => "messages_sent",
            Billed::MessagesReceived => "messages_received",
            Billed::ConnectionMinutes => "connection_minutes",
            Billed::ApigwMessages => "apigw.messages",
            Billed::ApigwConnectionMinutes => "apigw.connection_minutes",
            Billed::LambdaRequests => "lambda.requests",
            Billed::EventsOperations => "appsync_events.operations",
            Billed::GraphqlOperations => "appsync_graphql.operations",
            Billed::GraphqlUpdates => "appsync_graphql.realtime_updates",
            Billed::AppsyncConnectionMinutes => "appsync.connection_minutes",
            Billed::SignIns => "sign_ins",
        }
    }

    /// Whether the quantity is kept in milliseconds and reported in minutes.
    fn is_time(self) -> bool {
        matches!(
            self,
            Billed::ConnectionMinutes
                | Billed::ApigwConnectionMinutes
                | Billed::AppsyncConnectionMinutes
        )
    }
}

/// Which way a frame went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Sent,
    Received,
}

/// How a provider meters a target: what it bills, and what one text frame
/// and one connection amount to.
pub struct Tariff {
    /// The team runs the server itself: it costs a fixed monthly price,
    /// whatever the use.
    pub self_hosted: bool,
    /// The quantities the provider bills, reported even when zero.
    pub billed: &'static [Billed],
    /// Where connection time goes.
    pub minutes: Billed,
    /// What one text frame adds, beyond the frame counts.
    pub frame: fn(&Meter, Dir, &str),
    /// Every connection invokes a function when it opens and when it closes
    /// (API Gateway's `$connect` and `$disconnect` routes).
    pub routes: bool,
}

/// Frames that cost nothing beyond being counted.
fn no_frame_charge(_: &Meter, _: Dir, _: &str) {}

/// A self-hosted server: what is counted is for reading, not billing.
pub static SELF_HOSTED: Tariff = Tariff {
    self_hosted: true,
    billed: &[],
    minutes: Billed::ConnectionMinutes,
    frame: no_frame_charge,
    routes: false,
};

/// API Gateway WebSocket in front of Lambda: messages both ways in 32 KB
/// increments, connection minutes, and one invocation per message sent
/// and per `$connect` / `$disconnect`.
pub static API_GATEWAY: Tariff = Tariff {
    self_hosted: false,
    billed: &[
        Billed::ApigwMessages,
        Billed::ApigwConnectionMinutes,
        Billed::LambdaRequests,
    ],
    minutes: Billed::ApigwConnectionMinutes,
    frame: api_gateway_frame,
    routes: true,
};

/// API Gateway meters messages in increments of 32 KB.
pub const APIGW_INCREMENT: usize = 32 * 1024;

fn api_gateway_frame(m: &Meter, dir: Dir, text: &str) {
    m.add(
        Billed::ApigwMessages,
        increments(text.len(), APIGW_INCREMENT),
    );
    if dir == Dir::Sent {
        m.add(Billed::LambdaRequests, 1);
    }
}

/// How many increments of `size` bytes `len` bytes are (at least one).
pub fn increments(len: usize, size: usize) -> u64 {
    len.div_ceil(size).max(1) as u64
}

/// The counts of one backend client's sessions.
pub struct Meter {
    tariff: &'static Tariff,
    counts: [AtomicU64; Billed::ALL.len()],
}

impl Meter {
    pub fn new(tariff: &'static Tariff) -> Arc<Meter> {
        Arc::new(Meter {
            tariff,
            counts: Default::default(),
        })
    }

    pub fn tariff(&self) -> &'static Tariff {
        self.tariff
    }

    pub fn add(&self, what: Billed, n: u64) {
        self.counts[what as usize].fetch_add(n, Relaxed);
    }

    /// A text frame went out or came in.
    pub fn frame(&self, dir: Dir, text: &str) {
        self.add(
            match dir {
                Dir::Sent => Billed::MessagesSent,
                Dir::Received => Billed::MessagesReceived,
            },
            1,
        );
        (self.tariff.frame)(self, dir, text);
    }

    /// `identity`, counted as a sign-in when there is one (where the target
    /// hands out none, nothing was signed in).
    pub fn signed_in<T>(&self, identity: Option<T>) -> Option<T> {
        if identity.is_some() {
            self.add(Billed::SignIns, 1);
        }
        identity
    }

    /// A connection opened: it is metered until [`Open::end`] or its drop.
    pub fn opened(self: &Arc<Meter>) -> Open {
        self.add(Billed::Connections, 1);
        if self.tariff.routes {
            self.add(Billed::LambdaRequests, 1);
        }
        Open {
            meter: self.clone(),
            since: Instant::now(),
            ended: AtomicBool::new(false),
        }
    }

    /// Every quantity counted so far, by key: the frame and connection
    /// counts, connection time in minutes, and each billed quantity (also
    /// when zero); others only when not zero.
    pub fn snapshot(&self) -> BTreeMap<String, f64> {
        let t = self.tariff;
        Billed::ALL
            .iter()
            .filter_map(|&b| {
                let n = self.counts[b as usize].load(Relaxed);
                let always = matches!(
                    b,
                    Billed::Connections | Billed::MessagesSent | Billed::MessagesReceived
                ) || b == t.minutes
                    || t.billed.contains(&b);
                let v = if b.is_time() {
                    n as f64 / 60_000.0
                } else {
                    n as f64
                };
                (always || n > 0).then(|| (b.key().to_owned(), v))
            })
            .collect()
    }
}

/// What was counted between two snapshots of one meter.
pub fn since(
    before: &BTreeMap<String, f64>,
    after: &BTreeMap<String, f64>,
) -> BTreeMap<String, f64> {
    after
        .iter()
        .map(|(k, v)| (k.clone(), v - before.get(k).copied().unwrap_or(0.0)))
        .collect()
}

/// One open connection, metered from its opening to its end.
pub struct Open {
    meter: Arc<Meter>,
    since: Instant,
    ended: AtomicBool,
}

impl Open {
    pub fn meter(&self) -> &Meter {
        &self.meter
    }

    /// The connection ended (closed by us or by the server); later calls
    /// and the drop add nothing.
    pub fn end(&self) {
        if self.ended.swap(true, Relaxed) {
            return;
        }
        let ms = self.since.elapsed().as_millis().min(u128::from(u64::MAX)) as u64;
        let m = &self.meter;
        m.add(m.tariff.minutes, ms);
        if m.tariff.routes {
            m.add(Billed::LambdaRequests, 1);
        }
    }
}

impl Drop for Open {
    fn drop(&mut self) {
        self.end();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_gateway_bills_each_32_kb_each_way_and_lambda_per_message_and_route() {
        let m = Meter::new(&API_GATEWAY);
        let conn = m.opened();
        m.frame(Dir::Sent, &"x".repeat(10));
        m.frame(Dir::Sent, &"x".repeat(APIGW_INCREMENT));
        m.frame(Dir::Received, &"x".repeat(APIGW_INCREMENT + 1));
        conn.end();
        conn.end();
        drop(conn);
        let s = m.snapshot();
        assert_eq!(s["apigw.messages"], 4.0);
        // $connect, two messages, $disconnect.
        assert_eq!(s["lambda.requests"], 4.0);
        assert_eq!(
            (s["connections"], s["messages_sent"], s["messages_received"]),
            (1.0, 2.0, 1.0)
        );
        assert!(s.contains_key("apigw.connection_minutes"));
        assert!(!s.contains_key("appsync_events.operations"));
    }

    #[test]
    fn a_self_hosted_meter_counts_frames_and_bills_nothing() {
        let m = Meter::new(&SELF_HOSTED);
        let before = m.snapshot();
        let _conn = m.opened();
        m.frame(Dir::Received, "{}");
        let d = since(&before, &m.snapshot());
        assert_eq!(d["connections"], 1.0);
        assert_eq!(d["messages_received"], 1.0);
        assert!(d.keys().all(|k| !k.contains('.')), "{d:?}");
        assert_eq!(increments(0, 5), 1);
        assert_eq!(increments(5 * 1024, 5 * 1024), 1);
        assert_eq!(increments(5 * 1024 + 1, 5 * 1024), 2);
    }
}
