//! The command line: every flag, its help and its completion come from here.
//! No logic: commands/ reads these structures.

use clap::builder::PossibleValuesParser;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use std::time::Duration;

use crate::backend;

const AFTER_HELP: &str = "\
Exit codes: 0 ok, 1 failure, 2 usage, 3 a check or threshold failed,
4 authentication rejected, 5 target unreachable or timed out,
6 protocol violation by the server, 130 interrupted.";

/// Test, replay and load-test WebRTC signaling backends.
#[derive(Debug, Parser)]
#[command(name = "signal-cli", version, propagate_version = true, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command takes. Precedence: flag > SIGNAL_CLI_* environment >
/// profile > default.
#[derive(Debug, Args, Clone, Default)]
pub struct GlobalArgs {
    /// Named target from the config file (see `signal-cli profile`).
    #[arg(long, global = true, env = "SIGNAL_CLI_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,
    /// Backend family of the target.
    #[arg(long, global = true, env = "SIGNAL_CLI_BACKEND", value_name = "NAME",
          value_parser = PossibleValuesParser::new(backend::names()))]
    pub backend: Option<String>,
    /// HTTP base URL of the target (room: the HTTP API).
    #[arg(long, global = true, env = "SIGNAL_CLI_HTTP_URL", value_name = "URL")]
    pub http_url: Option<String>,
    /// WebSocket URL of the target.
    #[arg(long, global = true, env = "SIGNAL_CLI_WS_URL", value_name = "URL")]
    pub ws_url: Option<String>,
    /// Use this identity token instead of the token cache.
    #[arg(
        long,
        global = true,
        env = "SIGNAL_CLI_ID_TOKEN",
        value_name = "JWT",
        hide_env_values = true
    )]
    pub id_token: Option<String>,
    /// Bound on every network wait.
    #[arg(long, global = true, env = "SIGNAL_CLI_TIMEOUT", value_name = "DURATION",
          value_parser = humantime::parse_duration)]
    pub timeout: Option<Duration>,
    /// Application keep-alive interval for backends that send one (mesh
    /// heartbeat: 30s).
    #[arg(long, global = true, env = "SIGNAL_CLI_KEEPALIVE", value_name = "DURATION",
          value_parser = humantime::parse_duration)]
    pub keepalive: Option<Duration>,
    /// A backend setting, KEY=VALUE (socketio.path, socketio.namespace,
    /// socketio.event.offer=NAME, ...; see the README). Repeatable; also kept
    /// in profiles.
    #[arg(long = "option", global = true, value_name = "KEY=VALUE", value_parser = parse_option)]
    pub options: Vec<(String, String)>,
    /// Accept TLS certificates that do not verify (self-signed emulators).
    #[arg(long, global = true)]
    pub insecure: bool,
    /// Print JSON (one document, or NDJSON for streams) instead of tables.
    #[arg(long, global = true)]
    pub json: bool,
    /// Print nothing but errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    // Last: its help heading holds for the flags after it.
    #[command(flatten)]
    pub cognito: CognitoArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Sign in and manage the token cache.
    #[command(subcommand)]
    Auth(AuthCommand),
    /// Create and delete rooms on a room server.
    #[command(subcommand)]
    Room(RoomCommand),
    /// Act as one signaling peer.
    #[command(subcommand)]
    Peer(PeerCommand),
    /// Publish and subscribe on AWS AppSync.
    #[command(subcommand)]
    Appsync(AppsyncCommand),
    /// Run offer/answer/candidate flows between virtual peers and verify them.
    Replay(ReplayArgs),
    /// Load-test a backend: many peers running a flow, every signal timed.
    ///
    /// With no target and no profile it starts the backend's emulator
    /// in-process and runs a short test.
    Loadtest(Box<LoadtestArgs>),
    /// Print or merge load-test result files (`loadtest --save`).
    Report(ReportArgs),
    /// Run one workload against two targets in alternating rounds and
    /// compare latency, losses and throughput side by side.
    ///
    /// Or compare saved results without running anything: two result files
    /// (`loadtest --save`; a file of several result lines is several
    /// rounds), or one comparison (`compare --save`).
    Compare(Box<CompareArgs>),
    /// Run local emulators of signaling backends.
    Serve(Box<ServeArgs>),
    /// Manage named targets in the config file.
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// Print a shell completion script.
    Completions(CompletionsArgs),
}

fn parse_option(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_owned(), v.to_owned())),
        _ => Err("expected KEY=VALUE".into()),
    }
}

/// The Cognito user pool app client users sign in with.
#[derive(Debug, Args, Clone, Default)]
#[command(next_help_heading = "Cognito")]
pub struct CognitoArgs {
    /// Region of the user pool (default: the pool id's prefix).
    #[arg(
        long,
        global = true,
        env = "SIGNAL_CLI_COGNITO_REGION",
        value_name = "REGION"
    )]
    pub cognito_region: Option<String>,
    /// User pool id (`us-east-1_AbCdEf`).
    #[arg(
        long,
        global = true,
        env = "SIGNAL_CLI_COGNITO_USER_POOL_ID",
        value_name = "ID"
    )]
    pub cognito_user_pool_id: Option<String>,
    /// App client id.
    #[arg(
        long,
        global = true,
        env = "SIGNAL_CLI_COGNITO_CLIENT_ID",
        value_name = "ID"
    )]
    pub cognito_client_id: Option<String>,
    /// App client secret, when the client has one (sent as SECRET_HASH).
    #[arg(
        long,
        global = true,
        env = "SIGNAL_CLI_COGNITO_CLIENT_SECRET",
        value_name = "SECRET",
        hide_env_values = true
    )]
    pub cognito_client_secret: Option<String>,
    /// Cognito endpoint override (an emulator: moto, `signal-cli serve`).
    #[arg(
        long,
        global = true,
        env = "SIGNAL_CLI_COGNITO_ENDPOINT",
        value_name = "URL"
    )]
    pub cognito_endpoint: Option<String>,
}

impl GlobalArgs {
    /// What these flags say about the target.
    pub fn overrides(&self) -> crate::config::Overrides {
        crate::config::Overrides {
            profile: self.profile.clone(),
            backend: self.backend.clone(),
            http_url: self.http_url.clone(),
            ws_url: self.ws_url.clone(),
            insecure: self.insecure,
            timeout: self.timeout,
            keepalive: self.keepalive,
            cognito: self.cognito.settings(),
            options: self.options.clone(),
        }
    }
}

impl CognitoArgs {
    pub fn settings(&self) -> crate::config::CognitoSettings {
        crate::config::CognitoSettings {
            region: self.cognito_region.clone(),
            user_pool_id: self.cognito_user_pool_id.clone(),
            client_id: self.cognito_client_id.clone(),
            client_secret: self.cognito_client_secret.clone(),
            endpoint: self.cognito_endpoint.clone(),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Get an anonymous identity from the target and cache its token.
    Anonymous(ShowTokenArgs),
    /// Sign in to the Cognito user pool (USER_PASSWORD_AUTH) and cache the tokens.
    Signin(SigninArgs),
    /// Create a user in the Cognito user pool.
    Signup(SignupArgs),
    /// Confirm a new user with the code Cognito sent.
    Confirm(ConfirmArgs),
    /// Get new ID and access tokens with the cached refresh token now.
    Refresh(ShowTokenArgs),
    /// Show the claims of the cached identity token.
    Whoami(ShowTokenArgs),
    /// Remove the cached tokens of the profile.
    Logout,
}

#[derive(Debug, Args)]
pub struct SigninArgs {
    #[arg(long, value_name = "NAME")]
    pub username: String,
    /// Read the password from the first line of standard input (else it is
    /// asked for on the terminal).
    #[arg(long)]
    pub password_stdin: bool,
    /// Answer NEW_PASSWORD_REQUIRED with a new password read from standard
    /// input (the line after the password with --password-stdin).
    #[arg(long)]
    pub new_password_stdin: bool,
    #[command(flatten)]
    pub show: ShowTokenArgs,
}

#[derive(Debug, Args)]
pub struct SignupArgs {
    #[arg(long, value_name = "NAME")]
    pub username: String,
    /// Read the password from the first line of standard input.
    #[arg(long)]
    pub password_stdin: bool,
    /// A user attribute, NAME=VALUE (email=a@example.com). Repeatable.
    #[arg(long = "attribute", value_name = "NAME=VALUE")]
    pub attributes: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ConfirmArgs {
    #[arg(long, value_name = "NAME")]
    pub username: String,
    /// The confirmation code.
    #[arg(long, value_name = "CODE")]
    pub code: String,
}

#[derive(Debug, Args)]
pub struct ShowTokenArgs {
    /// Also print the token itself.
    #[arg(long)]
    pub show_token: bool,
}

#[derive(Debug, Subcommand)]
pub enum AppsyncCommand {
    /// AppSync Event API channels (target: the API's HTTP URL; auth with
    /// --option appsync.auth=api-key|cognito|iam|lambda|oidc).
    #[command(subcommand)]
    Events(EventsCommand),
    /// AppSync GraphQL APIs (target: the API's URL; the same auth options).
    #[command(subcommand)]
    Graphql(GraphqlCommand),
}

#[derive(Debug, Subcommand)]
pub enum GraphqlCommand {
    /// Start subscriptions over the real-time endpoint and print each
    /// `data` payload as it arrives.
    Subscribe(GraphqlSubscribeArgs),
    /// Run a mutation over HTTP and print its data and errors; exit 3 on
    /// GraphQL errors.
    Mutate(GraphqlRequestArgs),
    /// Run a query over HTTP and print its data and errors; exit 3 on
    /// GraphQL errors.
    Query(GraphqlRequestArgs),
}

#[derive(Debug, Args)]
pub struct GraphqlRequestArgs {
    /// The GraphQL document.
    #[arg(long, value_name = "GRAPHQL")]
    pub query: String,
    /// Its variables, a JSON object.
    #[arg(long, value_name = "JSON")]
    pub variables: Option<String>,
    /// The operation to run when the document has several.
    #[arg(long, value_name = "NAME")]
    pub operation_name: Option<String>,
}

#[derive(Debug, Args)]
pub struct GraphqlSubscribeArgs {
    /// A subscription document; repeat for several subscriptions on one
    /// connection.
    #[arg(long = "query", value_name = "GRAPHQL", required = true)]
    pub queries: Vec<String>,
    /// Variables of every subscription, a JSON object.
    #[arg(long, value_name = "JSON")]
    pub variables: Option<String>,
    /// Stop after this many data payloads.
    #[arg(long, value_name = "N")]
    pub count: Option<u64>,
    /// Stop after this long (default: run until Ctrl-C).
    #[arg(long = "for", value_name = "DURATION", value_parser = humantime::parse_duration)]
    pub for_: Option<Duration>,
    /// Send the authorization in the URL (`?header=...&payload=e30=`), the
    /// documented original form, instead of a `header-...` subprotocol.
    #[arg(long)]
    pub auth_in_query: bool,
}

#[derive(Debug, Subcommand)]
pub enum EventsCommand {
    /// Subscribe to channels (`/*` wildcards allowed) and print each event
    /// as it arrives.
    Subscribe(EventsSubscribeArgs),
    /// Publish 1 to 5 events to a channel; exit 3 when any failed.
    Publish(EventsPublishArgs),
}

#[derive(Debug, Args)]
pub struct EventsSubscribeArgs {
    /// Channels, e.g. /calls/alice or /calls/*.
    #[arg(required = true, value_name = "CHANNEL")]
    pub channels: Vec<String>,
    /// Stop after this many events.
    #[arg(long, value_name = "N")]
    pub count: Option<u64>,
    /// Stop after this long (default: run until Ctrl-C).
    #[arg(long = "for", value_name = "DURATION", value_parser = humantime::parse_duration)]
    pub for_: Option<Duration>,
}

#[derive(Debug, Args)]
pub struct EventsPublishArgs {
    /// The channel, e.g. /calls/alice.
    #[arg(value_name = "CHANNEL")]
    pub channel: String,
    /// Events as JSON; `-` reads one per line from standard input.
    #[arg(value_name = "EVENT", required_unless_present = "file")]
    pub events: Vec<String>,
    /// Read events from FILE, one JSON value per line.
    #[arg(long, value_name = "FILE", conflicts_with = "events")]
    pub file: Option<PathBuf>,
    /// Publish with HTTP `POST /event` instead of the WebSocket.
    #[arg(long)]
    pub http: bool,
}

#[derive(Debug, Subcommand)]
pub enum RoomCommand {
    /// Create a room; prints its id and its token.
    Create,
    /// Delete a peer's room and users (`--peer`) or a room (`--room`).
    Delete(RoomDeleteArgs),
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct RoomDeleteArgs {
    /// A peer id: deletes every peer of its room, then the room.
    #[arg(long, value_name = "ID")]
    pub peer: Option<String>,
    /// A room id.
    #[arg(long, value_name = "ID")]
    pub room: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum PeerCommand {
    /// Connect as a peer, register, then send and receive signals.
    ///
    /// On a terminal it reads commands: /offer PEER [SIZE], /answer PEER [SIZE],
    /// /candidate PEER, /event PEER NAME, /send JSON (a raw frame),
    /// /expect KIND[:FROM], /wait DURATION, /quit. Otherwise it runs a script:
    /// --send and --expect in the order given, or --script FILE (the same
    /// commands, one per line), or those commands on standard input.
    Connect(PeerConnectArgs),
}

#[derive(Debug, Args)]
pub struct PeerConnectArgs {
    /// Where the peers meet: a room id, or the robot a robot or operator
    /// connects for (refused by backends whose peers meet without one).
    #[arg(long, value_name = "ID", visible_alias = "robot-id")]
    pub room: Option<String>,
    /// This peer's part, for backends whose peers differ (robot: robot or
    /// operator, the default); refused by backends whose peers are alike.
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    /// The secret of that meeting point (a room's token; refused by
    /// backends without one).
    #[arg(long, value_name = "TOKEN")]
    pub token: Option<String>,
    /// This peer's name; random when not given.
    #[arg(long, value_name = "ID")]
    pub peer_id: Option<String>,
    /// Send a signal: offer|answer|candidate|EVENT to PEER, with an optional
    /// payload size in bytes; or raw:TEXT to send TEXT as one frame.
    #[arg(long, value_name = "KIND:PEER[:SIZE]")]
    pub send: Vec<String>,
    /// Wait for a signal of KIND (from FROM); fails with exit 3 after --timeout.
    #[arg(long, value_name = "KIND[:FROM]")]
    pub expect: Vec<String>,
    /// Run the commands of FILE, one per line.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["send", "expect"])]
    pub script: Option<PathBuf>,
    /// Write every signal sent and received to FILE as a flow (JSONL) that
    /// `replay` can run.
    #[arg(long, value_name = "FILE")]
    pub record: Option<PathBuf>,
    /// After the script, keep printing what arrives for this long.
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "0s")]
    pub linger: Duration,
}

/// Which flow to run: a JSONL file or a built-in.
#[derive(Debug, Args, Clone)]
pub struct FlowArgs {
    /// A flow file: one step per line (JSONL), see the README.
    #[arg(value_name = "FILE", conflicts_with = "flow")]
    pub file: Option<PathBuf>,
    /// A built-in flow (default offer-answer).
    #[arg(long, value_name = "NAME", value_parser = PossibleValuesParser::new(crate::flow::builtin::NAMES))]
    pub flow: Option<String>,
    /// Candidates each way, for the trickle flow.
    #[arg(long, default_value_t = 8, value_name = "N")]
    pub candidates: u32,
    /// Size in bytes of synthetic SDP.
    #[arg(long, default_value_t = 1200, value_name = "BYTES")]
    pub size: usize,
}

#[derive(Debug, Args)]
pub struct ReplayArgs {
    #[command(flatten)]
    pub flow: FlowArgs,
    /// Run the flow between this many pairs of peers at once.
    #[arg(long, default_value_t = 1, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub pairs: u32,
    /// Run the flow this many times on the same connections.
    #[arg(long, default_value_t = 1, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub repeat: u32,
    /// After the last signal arrived, keep listening this long for
    /// duplicates and misdeliveries.
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "200ms")]
    pub settle: Duration,
    /// Also write the verdicts as JUnit XML.
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
    /// Print the flow as JSONL (a file to start from) instead of running it.
    #[arg(long)]
    pub print: bool,
}

/// What a load test runs: the flow, the topology, the load model and the
/// pacing (shared by `loadtest` and `compare`).
#[derive(Debug, Args)]
pub struct WorkloadArgs {
    #[command(flatten)]
    pub flow: FlowArgs,
    /// Independent pairs (groups of the flow's peers).
    #[arg(long, default_value_t = 50, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub pairs: u32,
    /// Rooms instead of pairs: each member runs the flow with every other
    /// member of its room.
    #[arg(long, value_name = "R", requires = "peers_per_room", conflicts_with = "pairs",
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub rooms: Option<u32>,
    /// Members of each room (with --rooms).
    #[arg(long, value_name = "K", requires = "rooms", value_parser = clap::value_parser!(u32).range(2..=1_000))]
    pub peers_per_room: Option<u32>,
    /// Open model: new flows per second (each with new peers), for
    /// --duration (default 10s) or as the start of the --stage ramps.
    #[arg(long, value_name = "PER_SECOND", conflicts_with = "iterations")]
    pub rate: Option<f64>,
    /// Open model: ramp the arrival rate to RATE flows/s over DURATION,
    /// e.g. --stage 30s:100 --stage 1m:500. Repeatable.
    #[arg(
        long = "stage",
        value_name = "DURATION:RATE",
        conflicts_with = "iterations"
    )]
    pub stages: Vec<String>,
    /// Open model: most sessions alive at once; arrivals that find no room
    /// within --timeout are dropped (and counted).
    #[arg(long, value_name = "N")]
    pub max_sessions: Option<u64>,
    /// Flow iterations per pair (default 10 when no --duration); 0 only
    /// connects (and holds, with --hold).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(0..))]
    pub iterations: Option<u64>,
    /// Stop starting new iterations after this long.
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
    pub duration: Option<Duration>,
    /// New sessions per second while ramping up.
    #[arg(long, default_value_t = 500.0, value_name = "PER_SECOND")]
    pub connect_rate: f64,
    /// Most sessions of this process connecting at once (handshake and
    /// registration); the others wait their turn, untimed.
    #[arg(long, default_value_t = 256, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub connect_concurrency: u32,
    /// Keep every session connected (idle) this long after its iterations.
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "0s")]
    pub hold: Duration,
    /// Identities signed in up front and shared by the peers.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub token_pool: usize,
    /// Sign-ins per second for the token pool (Cognito allows 120).
    #[arg(long, default_value_t = 50.0, value_name = "PER_SECOND")]
    pub auth_rate: f64,
    /// Do not fail the run for lost signals (drops the default 'lost==0').
    #[arg(long)]
    pub allow_loss: bool,
    /// Names the run's signals; every shard of one plan takes the same
    /// (default: random).
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
}

#[derive(Debug, Args)]
pub struct LoadtestArgs {
    #[command(flatten)]
    pub workload: WorkloadArgs,
    /// A pass/fail condition checked at the end, e.g. 'delivery.p99<50ms',
    /// 'errors<0.1%', 'lost<5' (which replaces the default 'lost==0').
    /// Repeatable; exit 3 when any fails. Always checked unless replaced:
    /// lost==0, send_failed==0, duplicated==0, corrupted==0,
    /// misdelivered==0, sessions_failed==0.
    #[arg(long = "threshold", value_name = "EXPR")]
    pub thresholds: Vec<String>,
    /// Check the thresholds every second and stop as soon as one fails.
    #[arg(long)]
    pub abort_on_fail: bool,
    /// Write one NDJSON line per second to FILE.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Write the result file to FILE: the summary, every histogram exactly,
    /// the per-second series, the plan and the target (secrets redacted),
    /// for `signal-cli report` and `report merge`. `-`: on standard output,
    /// as one line, instead of the summary.
    #[arg(long, value_name = "FILE")]
    pub save: Option<PathBuf>,
    /// Run part I of N of the plan (I from 0): groups, arrivals and the
    /// token pool are dealt out so that N shards run exactly the whole plan.
    /// Needs --seed.
    #[arg(long, value_name = "I/N", requires = "seed")]
    pub shard: Option<String>,
    /// Begin the load at this instant (RFC 3339, UTC, e.g.
    /// 2026-12-02T10:00:00Z), after signing in: shards line up.
    #[arg(long, value_name = "TIME")]
    pub start_at: Option<String>,
    /// Print what runs this load test as N shards instead of running it:
    /// `kubernetes`, an Indexed Job (then `report merge` of its pods' results).
    #[arg(long, value_name = "ENGINE", value_parser = ["kubernetes"],
          help_heading = "Running past one machine")]
    pub emit: Option<String>,
    /// Shards for --emit.
    #[arg(long = "shards", value_name = "N", requires = "emit", conflicts_with = "shard",
          value_parser = clap::value_parser!(u32).range(1..=10_000),
          help_heading = "Running past one machine")]
    pub shard_count: Option<u32>,
    /// With --emit: as many shards as hold the plan's sessions at N each
    /// (instead of --shards).
    #[arg(long, value_name = "N", requires = "emit", conflicts_with_all = ["shard_count", "shard"],
          value_parser = clap::value_parser!(u64).range(1..),
          help_heading = "Running past one machine")]
    pub sessions_per_shard: Option<u64>,
    /// With --emit kubernetes: the container image (built by the repository's
    /// Dockerfile).
    #[arg(long, value_name = "IMAGE", requires = "emit", default_value = concat!("signal-cli:", env!("CARGO_PKG_VERSION")),
          help_heading = "Running past one machine")]
    pub image: String,
    /// With --emit kubernetes: the Kubernetes Secret whose keys the shards get
    /// as environment (SIGNAL_CLI_ID_TOKEN, SIGNAL_CLI_OPTIONS,
    /// SIGNAL_CLI_COGNITO_CLIENT_SECRET); secrets are never put in the manifest.
    #[arg(
        long,
        value_name = "NAME",
        requires = "emit",
        help_heading = "Running past one machine"
    )]
    pub k8s_secret: Option<String>,
    /// With --emit kubernetes: the Job's name.
    #[arg(
        long,
        value_name = "NAME",
        requires = "emit",
        default_value = "signal-cli-loadtest",
        help_heading = "Running past one machine"
    )]
    pub job_name: String,
}

/// `signal-cli compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Saved results to compare instead of running: FILE_A FILE_B, or one
    /// comparison.
    #[arg(value_name = "FILE", num_args = 1..=2, required_unless_present_all = ["a", "b"],
          conflicts_with_all = ["a", "b"])]
    pub files: Vec<PathBuf>,
    /// Side A: `emulator:BACKEND` (started in-process) or a profile name.
    #[arg(long, value_name = "TARGET", requires = "b")]
    pub a: Option<String>,
    /// Side B, as --a.
    #[arg(long, value_name = "TARGET", requires = "a")]
    pub b: Option<String>,
    /// A backend setting for side A only (as --option). Repeatable.
    #[arg(long = "a-option", value_name = "KEY=VALUE", value_parser = parse_option, requires = "a")]
    pub a_options: Vec<(String, String)>,
    /// A backend setting for side B only (as --option). Repeatable.
    #[arg(long = "b-option", value_name = "KEY=VALUE", value_parser = parse_option, requires = "b")]
    pub b_options: Vec<(String, String)>,
    /// A fault for side A's emulator (as `serve --fault`: drop:N,
    /// duplicate:N, reorder:N, corrupt:N, delay:N:DURATION); A must be an
    /// emulator. Repeatable.
    #[arg(long = "a-fault", value_name = "SPEC", requires = "a")]
    pub a_faults: Vec<String>,
    /// A fault for side B's emulator, as --a-fault.
    #[arg(long = "b-fault", value_name = "SPEC", requires = "b")]
    pub b_faults: Vec<String>,
    /// Rounds of A then B; a difference is called out only when every round
    /// agrees on its sign.
    #[arg(long, default_value_t = 3, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100))]
    pub rounds: u32,
    #[command(flatten)]
    pub workload: WorkloadArgs,
    /// A pass/fail condition on side a, side b or their difference b − a:
    /// 'b.delivery.p99<200ms', 'diff.delivery.p99<50ms', 'a.lost==0'.
    /// Repeatable; exit 3 when any fails (as does a side's round failing
    /// loadtest's default thresholds).
    #[arg(long = "threshold", value_name = "EXPR")]
    pub thresholds: Vec<String>,
    /// Write the comparison (both sides' result files and the differences)
    /// to FILE, for `signal-cli compare FILE`.
    #[arg(long, value_name = "FILE")]
    pub save: Option<PathBuf>,
    /// Price the operations with FILE instead of the built-in
    /// pricing/aws.toml (AWS, us-east-1).
    #[arg(long, value_name = "FILE", help_heading = "Cost")]
    pub pricing: Option<PathBuf>,
    /// Project a month of N flows: each side's monthly cost, with and
    /// without free tiers.
    #[arg(long, value_name = "N", help_heading = "Cost", conflicts_with = "flows_per_user_per_day",
          value_parser = positive_volume)]
    pub monthly_flows: Option<f64>,
    /// Monthly active users: priced where peers sign in, and with
    /// --flows-per-user-per-day the monthly flows (users × flows × 30).
    #[arg(long, value_name = "U", help_heading = "Cost", value_parser = positive_volume)]
    pub users: Option<f64>,
    /// Flows each user makes a day (with --users).
    #[arg(long, value_name = "F", help_heading = "Cost", requires = "users", value_parser = positive_volume)]
    pub flows_per_user_per_day: Option<f64>,
}

/// A monthly volume: a number above zero, at most a trillion.
fn positive_volume(s: &str) -> Result<f64, String> {
    let v: f64 = s
        .replace('_', "")
        .parse()
        .map_err(|_| format!("'{s}' is not a number"))?;
    if v > 0.0 && v <= 1e12 {
        Ok(v)
    } else {
        Err(format!("'{s}': give a number above 0 and at most 1e12"))
    }
}

/// `signal-cli report`: read result files.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ReportArgs {
    #[command(subcommand)]
    pub command: Option<ReportCommand>,
    /// A result file (`loadtest --save`); its summary is printed and its
    /// thresholds decide the exit code.
    #[arg(value_name = "FILE", required = true)]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Merge the results of a plan's shards exactly: histograms added,
    /// counters summed, seconds lined up, thresholds checked again.
    Merge(ReportMergeArgs),
}

#[derive(Debug, Args)]
pub struct ReportMergeArgs {
    /// The shards' result files; `-` reads result lines from standard input
    /// (pods' logs; other lines are skipped).
    #[arg(value_name = "FILE", required = true, num_args = 1..)]
    pub files: Vec<PathBuf>,
    /// Write the merged result file to OUT.
    #[arg(long, value_name = "OUT")]
    pub save: Option<PathBuf>,
    /// Merge even when some shards' results are missing.
    #[arg(long)]
    pub partial: bool,
}

/// `serve`'s options every emulator takes; each backend adds its own
/// (`backend::with_serve_options`), under its own help heading.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Backends to emulate.
    #[arg(required = true, value_name = "BACKEND", value_parser = PossibleValuesParser::new(backend::names()))]
    pub backends: Vec<String>,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: String,
    /// Port of the main listener (room: its HTTP API, 8001); 0 picks a free
    /// port for every listener.
    #[arg(long)]
    pub port: Option<u16>,
    /// Lifetime of the tokens the embedded identity provider issues.
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "1h")]
    pub token_lifetime: Duration,
    /// Inject a fault into the Nth relayed message: drop:N, duplicate:N,
    /// reorder:N (N after N+1), corrupt:N, delay:N:DURATION. Repeatable.
    #[arg(long, value_name = "FAULT")]
    pub fault: Vec<String>,
    /// The Cognito endpoint's confirmation code for every new user (default:
    /// a random one per user, written to standard error).
    #[arg(long, value_name = "CODE")]
    pub confirmation_code: Option<String>,
    /// The Cognito endpoint answers its first N requests with
    /// TooManyRequestsException, as a pool over its quota would.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub cognito_throttle: u64,
    /// Serve TLS with this PEM certificate chain (with --tls-key) instead of
    /// a self-signed one, where the emulator serves TLS (AppSync); plain
    /// HTTP stays on the same port.
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The PEM private key of --tls-cert.
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// Write the served certificate here (PEM), for clients to trust.
    #[arg(long, value_name = "FILE")]
    pub write_cert: Option<PathBuf>,
    /// Verify tokens against this external JWKS instead of issuing our own.
    #[arg(long, value_name = "URL", requires_all = ["issuer", "audience"])]
    pub jwks_url: Option<String>,
    /// Expected `iss` of tokens (default: the embedded provider's).
    #[arg(long, value_name = "URL")]
    pub issuer: Option<String>,
    /// Expected `aud` (app client id) of tokens.
    #[arg(long, value_name = "ID")]
    pub audience: Option<String>,
    /// Also send explanatory error frames for what the real server drops
    /// silently (by default those reasons go to the log on standard error
    /// only).
    #[arg(long)]
    pub diagnostics: bool,
    /// Close a connection that has not sent a whole HTTP request head this
    /// long after it opened or after its last response.
    #[arg(long, value_name = "DURATION", value_parser = positive_duration, default_value = "30s")]
    pub header_timeout: Duration,
    /// Connections one client address may hold open on each listener; more
    /// are closed as soon as they are accepted.
    #[arg(long, value_name = "N", default_value_t = crate::emulator::conn::Limits::DEFAULT_PER_CLIENT as u64,
          value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub max_connections_per_client: u64,
}

/// A duration above zero (a zero deadline would close every connection).
fn positive_duration(s: &str) -> std::result::Result<Duration, String> {
    match humantime::parse_duration(s) {
        Ok(d) if d.is_zero() => Err("must be more than zero".into()),
        Ok(d) => Ok(d),
        Err(e) => Err(e.to_string()),
    }
}

/// The whole command line: [`Cli`] with every backend's `serve` options.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    Cli::command()
        .mut_subcommand("serve", backend::with_serve_options)
        // compare's positionals are saved results: its flow file is named.
        .mut_subcommand("compare", |c| {
            c.mut_arg("file", |a| {
                a.long("flow-file")
                    .value_name("FLOW_FILE")
                    .help("A flow file (JSONL) for both sides, instead of --flow")
            })
        })
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Add or replace a profile from --backend, --http-url and --ws-url.
    Add(ProfileAddArgs),
    /// List profiles.
    List,
    /// Show one profile (the current one by default).
    Show(ProfileNameOpt),
    /// Make a profile the default.
    Use(ProfileName),
    /// Remove a profile.
    Remove(ProfileName),
}

#[derive(Debug, Args)]
pub struct ProfileAddArgs {
    pub name: String,
    /// Also make it the default profile.
    #[arg(long = "use")]
    pub make_current: bool,
}

#[derive(Debug, Args)]
pub struct ProfileName {
    pub name: String,
}

#[derive(Debug, Args)]
pub struct ProfileNameOpt {
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    pub shell: clap_complete::Shell,
}
