//! The common driver: what every signaling backend looks like to the rest of
//! the tool. `flow/`, `load/` and the generic commands see only these types.

pub mod acks;
pub mod appsync;
pub mod appsync_events;
pub mod appsync_graphql;
pub mod call_sessions;
pub mod mesh;
pub mod meter;
pub mod robot;
pub mod room;
pub mod socketio;
pub mod ws;

use async_trait::async_trait;
use std::time::Duration;

use crate::auth::Identity;
use crate::config::Target;
use crate::emulator::{EmulatorConfig, RunningEmulator};
use crate::error::{Error, Result};
use crate::signal::{Event, PeerId, Signal, SignalKind};

/// A started emulator, still starting.
pub type Starting = futures_util::future::BoxFuture<'static, Result<RunningEmulator>>;

/// What a backend's peers have, for commands that take them from the user.
#[derive(Debug, Clone, Copy)]
pub struct Capabilities {
    /// Peers meet at a point the user names (`peer connect --room`): a
    /// room, a robot.
    pub meeting_point: bool,
    /// That point has a secret (`--token`: a room's token).
    pub secret: bool,
    /// The parts a peer can play (`--role`); empty when all are alike.
    pub roles: &'static [&'static str],
}

impl Capabilities {
    /// Peers that are all alike and meet without being told where.
    pub const PLAIN: Capabilities = Capabilities {
        meeting_point: false,
        secret: false,
        roles: &[],
    };
}

/// One entry per backend: its name, how to build its client for a target,
/// its `serve` options and how to start its emulator with them.
pub struct Registration {
    pub name: &'static str,
    pub about: &'static str,
    pub caps: Capabilities,
    /// The `--option` keys the backend reads; any other is refused.
    pub options: &'static [&'static str],
    pub client: fn(&Target) -> Result<Box<dyn Backend>>,
    /// Adds the backend's own `serve` options (a `clap::Args`'s
    /// `augment_args`) to a command.
    pub serve_args: fn(clap::Command) -> clap::Command,
    /// Starts the emulator from the shared config and the matches of its
    /// own options.
    pub emulator: fn(EmulatorConfig, &clap::ArgMatches) -> Result<Starting>,
    /// The `serve` flags of the emulator a client with these `--option`s
    /// expects, for the in-process emulator (`socketio.server=relay` →
    /// `--server relay`).
    pub emulator_flags: fn(&std::collections::BTreeMap<String, String>) -> Vec<String>,
}

/// For backends whose client options do not pick an emulator.
pub fn no_emulator_flags(_: &std::collections::BTreeMap<String, String>) -> Vec<String> {
    Vec::new()
}

impl Registration {
    /// Start the emulator with its options as parsed from `matches`, or
    /// with their defaults.
    pub async fn start(
        &self,
        cfg: EmulatorConfig,
        matches: Option<&clap::ArgMatches>,
    ) -> Result<RunningEmulator> {
        match matches {
            Some(m) => (self.emulator)(cfg, m)?.await,
            None => self.start_with(cfg, &[]).await,
        }
    }

    /// Start the emulator with `flags` as its own options (the rest at
    /// their defaults).
    pub async fn start_with(
        &self,
        cfg: EmulatorConfig,
        flags: &[String],
    ) -> Result<RunningEmulator> {
        let matches = (self.serve_args)(clap::Command::new(self.name).no_binary_name(true))
            .try_get_matches_from(flags)
            .map_err(|e| Error::failed(format!("{} emulator options: {e}", self.name)))?;
        (self.emulator)(cfg, &matches)?.await
    }
}

/// A backend's own options, read from the matches of `serve`.
pub fn options<A: clap::FromArgMatches>(matches: &clap::ArgMatches) -> Result<A> {
    A::from_arg_matches(matches).map_err(|e| Error::usage(e.to_string()))
}

/// `serve` with every backend's own options added once: an option two
/// backends share (API Gateway's limits) is one flag.
pub fn with_serve_options(mut serve: clap::Command) -> clap::Command {
    for reg in REGISTRY {
        let own = (reg.serve_args)(clap::Command::new(reg.name));
        for arg in own.get_arguments() {
            if !serve.get_arguments().any(|a| a.get_id() == arg.get_id()) {
                serve = serve.arg(arg.clone());
            }
        }
    }
    serve
}

/// Every backend signal-cli speaks. Adding one is one line here.
pub static REGISTRY: &[Registration] = &[
    room::REGISTRATION,
    mesh::REGISTRATION,
    robot::REGISTRATION,
    socketio::REGISTRATION,
    appsync_events::REGISTRATION,
    appsync_graphql::REGISTRATION,
];

pub fn names() -> impl Iterator<Item = &'static str> {
    REGISTRY.iter().map(|r| r.name)
}

pub fn lookup(name: &str) -> Result<&'static Registration> {
    REGISTRY.iter().find(|r| r.name == name).ok_or_else(|| {
        Error::usage(format!(
            "unknown backend '{name}'; known: {}",
            names().collect::<Vec<_>>().join(", ")
        ))
    })
}

/// Build the client of the target's backend, refusing `--option` keys it
/// does not read.
pub fn client_for(target: &Target) -> Result<Box<dyn Backend>> {
    let reg = lookup(&target.backend)?;
    if let Some(key) = target
        .options
        .keys()
        .find(|k| !reg.options.contains(&k.as_str()))
    {
        return Err(Error::usage(match reg.options {
            [] => format!("--option {key}: the {} backend takes no options", reg.name),
            known => format!(
                "--option {key}: the {} backend knows {}",
                reg.name,
                known.join(", ")
            ),
        }));
    }
    (reg.client)(target)
}

/// What a group of peers needs before they can meet.
#[derive(Debug, Clone, Default)]
pub struct GroupSpec {
    /// The peers that will join.
    pub peers: Vec<PeerId>,
}

/// Where a group of peers meets: a room and its token, a robot, a namespace,
/// or nothing at all. Its id is for people; what else the backend needs
/// (a room's token, which member is the robot, each member's user) is the
/// backend's own state, which only it reads.
#[derive(Clone, Default)]
pub struct Group {
    /// The meeting point's id (a room id, a robot id), if the backend has one.
    pub id: Option<String>,
    state: Option<std::sync::Arc<dyn std::any::Any + Send + Sync>>,
}

impl Group {
    /// A group known by its id alone (or by nothing).
    pub fn named(id: Option<String>) -> Group {
        Group { id, state: None }
    }

    /// A group with the backend's own state.
    pub fn with_state<T: std::any::Any + Send + Sync>(id: Option<String>, state: T) -> Group {
        Group {
            id,
            state: Some(std::sync::Arc::new(state)),
        }
    }

    /// The backend's state, if it left one of type `T`.
    pub fn state<T: std::any::Any>(&self) -> Option<&T> {
        self.state.as_deref()?.downcast_ref()
    }
}

impl std::fmt::Debug for Group {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Group")
            .field("id", &self.id)
            .field("state", &self.state.is_some())
            .finish()
    }
}

/// One peer about to connect.
#[derive(Debug, Clone)]
pub struct PeerSpec {
    pub id: PeerId,
    pub identity: Option<Identity>,
    /// The part the peer plays where the backend has several (`--role`);
    /// `None` lets the backend decide from the group's host.
    pub role: Option<String>,
}

/// How long each step of `connect` took.
#[derive(Debug, Clone, Copy, Default)]
pub struct ConnectTimings {
    /// TCP + TLS + WebSocket handshake.
    pub connect: Duration,
    /// From the handshake to the backend's acknowledgement of the peer
    /// (room `registered_auth`, a subscription's ack), or zero when the
    /// protocol has none.
    pub register: Duration,
}

/// A connected peer: a sending half and a receiving half that can live in
/// different tasks.
pub struct Session {
    pub peer: PeerId,
    pub timings: ConnectTimings,
    pub sender: Box<dyn SignalSender>,
    pub events: Box<dyn EventReceiver>,
}

/// A signaling protocol as seen by flows, the load engine and generic commands.
#[async_trait]
pub trait Backend: Send + Sync {
    fn name(&self) -> &'static str;

    /// What this client's sessions have used, as its provider bills it.
    fn meter(&self) -> &meter::Meter;

    /// Whether a peer must present an identity token to connect.
    fn needs_identity(&self) -> bool {
        true
    }

    /// A fresh peer name for a peer the user did not name.
    fn new_peer_id(&self) -> String {
        format!("peer-{:04}", rand::random_range(0..10_000))
    }

    /// A new anonymous identity where the target hands them out; `None`
    /// where it does not (peers then connect with a user's identity or
    /// none).
    async fn sign_in_anonymously(&self) -> Result<Option<Identity>> {
        Ok(None)
    }

    /// The built-in flow this target runs when none is named.
    fn default_flow(&self) -> &'static str {
        "offer-answer"
    }

    /// Why this target cannot carry a signal of `kind` (named `name`), if
    /// it cannot: its server drops such signals without a word, so a flow
    /// holding one is refused before anything is sent.
    fn cannot_carry(&self, _kind: SignalKind, _name: &str) -> Option<String> {
        None
    }

    /// The group a user names by hand (`peer connect --room ID --token
    /// SECRET`).
    fn named_group(&self, id: Option<String>, _secret: Option<String>) -> Group {
        Group::named(id)
    }

    /// Prepare the meeting point of a group of peers (create a room, ...).
    /// Run once per group before its peers connect.
    async fn rendezvous(&self, creator: Option<&Identity>, spec: &GroupSpec) -> Result<Group>;

    /// Open a connection for `peer`, authenticate it and make it addressable
    /// in `group`. Returns once the backend has acknowledged the peer.
    async fn connect(&self, group: &Group, peer: &PeerSpec) -> Result<Session>;
}

/// The sending half of a session.
#[async_trait]
pub trait SignalSender: Send {
    /// Send `signal` to peer `to`. Returns when the backend has accepted it:
    /// at once for fire-and-forget protocols, on the acknowledgement where
    /// one exists.
    async fn send(&mut self, to: &PeerId, signal: &Signal) -> Result<()>;
    /// Send one frame exactly as given (for probing servers).
    async fn send_raw(&mut self, text: &str) -> Result<()>;
    /// Close the connection politely.
    async fn close(&mut self) -> Result<()>;
}

/// The receiving half of a session.
#[async_trait]
pub trait EventReceiver: Send {
    /// The next event; `Event::Closed` once the connection has ended, and
    /// after that `Event::Closed` again.
    async fn next(&mut self) -> Result<Event>;
}
