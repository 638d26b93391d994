//! `serve robot`: the robot-presence Lambda behind the API Gateway layer,
//! in one of two versions ([`Version`]), its tables in memory.

use async_trait::async_trait;
use axum::http::StatusCode;
use serde_json::Map;
use std::collections::HashMap;
use std::sync::Arc;

use super::{lambda, notes, wire};
use crate::emulator::apigw::{Caller, Gateway, GatewayOptions, Gone, Routes};
use crate::emulator::faults::FaultInjector;
use crate::emulator::idp::Verifier;
use crate::emulator::log::Log;
use crate::emulator::{self, EmulatorConfig, RunningEmulator, Shutdown};
use crate::error::Result;

/// Which Lambda `serve robot` runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Version {
    /// `handler.ts` of ModulrCloud/robot-teleop-webapp at commit acf2c28
    /// (2 December 2025), the last before sessions and billing.
    Acf2c28,
    /// The design protocols/robot.md describes: payloads wrapped, the
    /// sender's `clientConnectionId` added, expiry checked on every message.
    Notes,
}

impl Version {
    fn as_str(self) -> &'static str {
        match self {
            Version::Acf2c28 => "acf2c28",
            Version::Notes => "notes",
        }
    }
}

/// A Lambda's answer to one message: its status and body, which reach the
/// sender only with a route response, and what went nowhere that the
/// status does not say (a signal to a connection that is gone).
pub(super) struct Reply {
    pub status: u16,
    pub body: &'static str,
    pub note: Option<String>,
}

impl Reply {
    pub const fn new(status: u16, body: &'static str) -> Reply {
        Reply {
            status,
            body,
            note: None,
        }
    }

    pub fn noted(mut self, note: impl Into<String>) -> Reply {
        self.note = Some(note.into());
        self
    }
}

/// One version of the Lambda.
#[async_trait]
pub(super) trait Handler: Send + Sync + 'static {
    /// `$connect` with its query string: the caller, or the refusal.
    async fn connect(
        &self,
        query: &HashMap<String, String>,
    ) -> std::result::Result<Caller, (StatusCode, String)>;
    /// `$default`: one message from `conn`.
    async fn handle(&self, gw: &Arc<Gateway>, conn: &str, caller: &Caller, text: &str) -> Reply;
    /// `$disconnect`.
    async fn disconnect(&self, conn: &str);
}

/// A handler as API Gateway runs it: its replies dropped (or sent back as
/// route responses), every silence logged and, with `--diagnostics`,
/// explained on the wire.
struct Lambda {
    handler: Box<dyn Handler>,
    route_responses: bool,
    log: Log,
    diagnostics: bool,
}

#[async_trait]
impl Routes for Lambda {
    async fn connect(
        &self,
        query: &HashMap<String, String>,
    ) -> std::result::Result<Caller, (StatusCode, String)> {
        self.handler.connect(query).await
    }

    async fn message(&self, gw: &Arc<Gateway>, conn: &str, caller: &Caller, text: &str) {
        let reply = self.handler.handle(gw, conn, caller, text).await;
        let reason = match (&reply.note, reply.status) {
            (Some(note), _) => Some(note.clone()),
            (None, 200) => None,
            (None, status) => Some(format!("{status} {}", reply.body)),
        };
        if let Some(reason) = reason {
            self.log.dropped("robot", &conn, &reason);
            if self.diagnostics {
                let _ = gw.post(conn, wire::diagnostic(&reason)).await;
            }
        }
        if self.route_responses {
            let _ = gw
                .post(conn, wire::route_response(reply.status, reply.body))
                .await;
        }
    }

    async fn disconnect(&self, _gw: &Arc<Gateway>, conn: &str, _caller: &Caller) {
        self.handler.disconnect(conn).await;
    }
}

/// Post a signal; faults apply between two different connections only
/// (a robot's message to itself confirms its registration).
pub(super) async fn deliver(
    gw: &Arc<Gateway>,
    faults: &FaultInjector<(String, String)>,
    from: &str,
    to: &str,
    text: String,
) -> std::result::Result<(), Gone> {
    if from == to {
        gw.post(to, text).await
    } else {
        gw.post_through(faults, to, text).await
    }
}

/// `serve robot` options.
#[derive(Debug, Clone, clap::Args)]
#[command(next_help_heading = "Robot")]
pub struct RobotOptions {
    /// Robot: the Lambda to run: upstream's handler as of commit acf2c28, or
    /// the design of protocols/robot.md.
    #[arg(long, value_enum, default_value = "acf2c28")]
    pub lambda: Version,
    /// Robot: answer every message with the Lambda's status
    /// (`{"statusCode": 409, "body": ...}`), as a route response would.
    #[arg(long)]
    pub route_responses: bool,
    #[command(flatten)]
    pub gateway: GatewayOptions,
}

fn routes(
    version: Version,
    verifier: Arc<Verifier>,
    faults: FaultInjector<(String, String)>,
    route_responses: bool,
    log: Log,
    diagnostics: bool,
) -> Arc<impl Routes + use<>> {
    let handler: Box<dyn Handler> = match version {
        Version::Acf2c28 => Box::new(lambda::Acf2c28::new(verifier, faults)),
        Version::Notes => Box::new(notes::Notes::new(verifier, faults)),
    };
    Arc::new(Lambda {
        handler,
        route_responses,
        log,
        diagnostics,
    })
}

/// Start the robot emulator per `cfg` and `opts`.
pub async fn start(cfg: EmulatorConfig, opts: RobotOptions) -> Result<RunningEmulator> {
    let shutdown = Shutdown::default();
    let (listener, addr) = emulator::bind(&cfg.host, cfg.port_or(cfg.port, 8080)).await?;
    let http_url = emulator::base_url("http", addr);
    let tokens = emulator::Tokens::new(&cfg, &http_url).await?;
    let limits = opts.gateway.limits();
    let gw = Gateway::new(Some(limits.clone()), shutdown.clone());
    let routes = routes(
        opts.lambda,
        tokens.verifier.clone(),
        FaultInjector::new(cfg.faults.clone()),
        opts.route_responses,
        cfg.log,
        cfg.diagnostics,
    );
    let router = gw.router(routes).merge(tokens.router());
    let task = emulator::spawn_http(listener, router, shutdown.clone(), &cfg.limits);
    let mut endpoints = vec![
        ("http", http_url.clone()),
        ("ws", emulator::base_url("ws", addr)),
        ("connections", format!("{http_url}/@connections")),
    ];
    let mut info = Map::new();
    tokens.describe(&cfg, &mut endpoints, &mut info);
    info.insert("lambda".into(), opts.lambda.as_str().into());
    info.insert("route_responses".into(), opts.route_responses.into());
    info.insert("idle_timeout_s".into(), limits.idle.as_secs_f64().into());
    info.insert(
        "max_duration_s".into(),
        limits.max_duration.as_secs_f64().into(),
    );
    Ok(RunningEmulator {
        backend: "robot",
        endpoints,
        info,
        shutdown,
        tasks: vec![task],
    })
}

/// A Lambda with no robots, tokens checked by `verifier`, for the fuzz
/// targets ([`crate::emulator::apigw::RouteHarness`]).
#[doc(hidden)]
pub fn routes_for_fuzzing(
    version: Version,
    verifier: Arc<Verifier>,
    route_responses: bool,
    diagnostics: bool,
) -> Arc<impl Routes + use<>> {
    routes(
        version,
        verifier,
        FaultInjector::new(Vec::new()),
        route_responses,
        Log::Off,
        diagnostics,
    )
}
