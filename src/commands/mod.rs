//! One file per top-level command: each wires options to the layers below
//! and renders the results.

pub mod appsync;
pub mod appsync_graphql;
pub mod auth;
pub mod compare;
pub mod completions;
pub mod emit;
pub mod following;
pub mod loadtest;
pub mod peer;
pub mod profile;
pub mod replay;
pub mod report;
pub mod room;
pub mod serve;

use clap::ArgMatches;
use tokio_util::sync::CancellationToken;

use crate::auth::{Identity, cache, jwt::Claims};
use crate::backend::{self, Backend};
use crate::cli::{AppsyncCommand, Cli, Command, FlowArgs, GlobalArgs};
use crate::config::{Config, Target};
use crate::emulator::{EmulatorConfig, RunningEmulator};
use crate::error::{Error, Result};
use crate::flow::Flow;
use crate::flow::builtin::{BuiltinOptions, builtin};
use crate::output::Output;
use crate::util::clock::now_secs;

/// What every command gets: the global flags, the output, the config file
/// and the stop signal (Ctrl-C or SIGTERM).
pub struct Ctx {
    pub global: GlobalArgs,
    pub out: Output,
    pub config: Config,
    pub stop: CancellationToken,
}

impl Ctx {
    /// `fut`, or `Error::Interrupted` as soon as the command is told to
    /// stop: for the phases that hold nothing to write out (sign-in, an
    /// HTTP call, a connect).
    pub async fn unless_stopped<T>(&self, fut: impl Future<Output = Result<T>>) -> Result<T> {
        tokio::select! {
            r = fut => r,
            _ = self.stop.cancelled() => Err(Error::Interrupted),
        }
    }

    pub fn target(&self) -> Result<Target> {
        self.config.resolve(&self.global.overrides())
    }

    /// The identity to present: `--id-token` / `SIGNAL_CLI_ID_TOKEN` as
    /// given, else the profile's cached token (refused when expired).
    pub async fn identity(&self, target: &Target) -> Result<Identity> {
        if let Some(t) = &self.global.id_token {
            return Ok(Identity::given(t.clone()));
        }
        let Some(identity) = cache::load(&target.profile)? else {
            return Err(Error::Auth(format!(
                "no cached token for profile '{}'; run `signal-cli auth signin` (or `auth anonymous`) or pass --id-token",
                target.profile
            )));
        };
        // An anonymous identity of another target (another emulator at
        // another URL) would be refused there: sign in anonymously here,
        // once, and cache that instead.
        if let (Some(by), Some(url)) = (&identity.issued_by, &target.http_url)
            && by != url.trim_end_matches('/')
            && let Some(fresh) = backend::client_for(target)?.sign_in_anonymously().await?
        {
            cache::store(&target.profile, &fresh)?;
            if !self.out.quiet {
                eprintln!(
                    "note: the cached identity of profile '{}' was signed in at {}; signed in anonymously at {} instead",
                    target.profile,
                    crate::util::http::redact_url(by),
                    crate::util::http::redact_url(url)
                );
            }
            return Ok(fresh);
        }
        // Cognito identities are refreshed when less than 5 minutes remain.
        let identity = crate::auth::fresh(
            &target.profile,
            identity,
            &target.cognito,
            target.timeout,
            false,
        )
        .await?;
        if let Some(exp) = Claims::decode(&identity.id_token)
            .ok()
            .and_then(|c| c.exp())
            && exp <= now_secs()
        {
            return Err(Error::Auth(format!(
                "the cached token of profile '{}' has expired; sign in again (`signal-cli auth signin` or `auth anonymous`)",
                target.profile
            )));
        }
        Ok(identity)
    }

    /// `action` with the identity to present; when the target refuses a
    /// cached anonymous identity (an emulator restarted with new keys), sign
    /// in anonymously once more, cache it, and try once again.
    pub async fn with_identity<T, F, Fut>(&self, target: &Target, action: F) -> Result<T>
    where
        F: Fn(Identity) -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        let identity = self.identity(target).await?;
        let anonymous = self.global.id_token.is_none() && identity.source == "anonymous";
        match action(identity).await {
            Err(Error::Auth(why)) if anonymous => {
                let Some(fresh) = backend::client_for(target)?.sign_in_anonymously().await? else {
                    return Err(Error::Auth(why));
                };
                cache::store(&target.profile, &fresh)?;
                if !self.out.quiet {
                    eprintln!(
                        "note: the target refused the cached anonymous identity ({why}); signed in anonymously again"
                    );
                }
                action(fresh).await
            }
            other => other,
        }
    }

    /// The target, or — when neither flags, environment nor profile name
    /// any URL — an emulator of the target's backend started in-process on
    /// free ports (stop it when done).
    pub async fn target_or_emulator(&self) -> Result<(Target, Option<RunningEmulator>)> {
        self.emulate_unless_given(self.target()?).await
    }

    /// `target`, or when it names no URL an emulator of its backend started
    /// in-process on free ports (stop it when done).
    pub async fn emulate_unless_given(
        &self,
        target: Target,
    ) -> Result<(Target, Option<RunningEmulator>)> {
        self.emulate_with_faults(target, Vec::new()).await
    }

    /// As [`Ctx::emulate_unless_given`], the emulator injecting `faults`.
    pub async fn emulate_with_faults(
        &self,
        target: Target,
        faults: Vec<crate::emulator::faults::Fault>,
    ) -> Result<(Target, Option<RunningEmulator>)> {
        if target.http_url.is_some() || target.ws_url.is_some() {
            return Ok((target, None));
        }
        let reg = backend::lookup(&target.backend)?;
        let flags = (reg.emulator_flags)(&target.options);
        let cfg = EmulatorConfig {
            faults,
            ..EmulatorConfig::ephemeral()
        };
        let emu = reg.start_with(cfg, &flags).await?;
        let mut local = emu.target(target.timeout);
        local.profile = target.profile;
        // The user's backend options hold for the emulator's client too.
        local.options = target.options;
        Ok((local, Some(emu)))
    }

    /// An identity for virtual peers: the given or cached one, else a fresh
    /// anonymous one where the backend hands them out, else none.
    pub async fn peer_identity(
        &self,
        target: &Target,
        backend: &dyn Backend,
        emulated: bool,
    ) -> Result<Option<Identity>> {
        if !emulated && let Some(identity) = self.given_identity(target).await {
            return Ok(Some(identity));
        }
        backend.sign_in_anonymously().await
    }

    /// The identity replay and load tests present instead of signing in
    /// their own: `--id-token`, or a cached identity that is not anonymous
    /// (an anonymous one is signed in afresh, so that one a restarted
    /// emulator would refuse is never used).
    pub async fn given_identity(&self, target: &Target) -> Option<Identity> {
        let identity = self.identity(target).await.ok()?;
        (self.global.id_token.is_some() || identity.source != "anonymous").then_some(identity)
    }
}

/// Refuse, before anything is sent, a flow holding a signal the target's
/// server drops without a word (it could only be reported as lost).
pub fn check_flow_fits(flow: &Flow, backend: &dyn Backend) -> Result<()> {
    for (i, s) in flow.steps.iter().enumerate() {
        let name = s.name.as_deref().unwrap_or(s.kind.as_str());
        if let Some(why) = backend.cannot_carry(s.kind, name) {
            return Err(Error::usage(format!(
                "step {} of flow {} cannot run on this {} target: {why}",
                i + 1,
                flow.name,
                backend.name()
            )));
        }
    }
    Ok(())
}

/// The flow named by `args`: a file, a built-in, or else `default`.
pub fn load_flow(args: &FlowArgs, default: &str) -> Result<Flow> {
    crate::flow::model::check_size("--size", args.size)?;
    let max = crate::flow::model::MAX_CANDIDATES;
    if args.candidates > max {
        return Err(Error::usage(format!(
            "--candidates {}: at most {max} each way",
            args.candidates
        )));
    }
    let opts = BuiltinOptions {
        candidates: args.candidates,
        size: args.size,
    };
    match &args.file {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| Error::usage(format!("cannot read {}: {e}", path.display())))?;
            let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("flow");
            Flow::parse_jsonl(name, &text)
        }
        None => builtin(args.flow.as_deref().unwrap_or(default), opts),
    }
}

/// The flow of `args` as the target will run it (the target's default when
/// none is named), checked against what the target carries. A refusal
/// stops the in-process emulator.
pub async fn flow_for(
    args: &FlowArgs,
    backend: &dyn Backend,
    emulator: &mut Option<RunningEmulator>,
) -> Result<Flow> {
    let flow = load_flow(args, backend.default_flow())
        .and_then(|f| check_flow_fits(&f, backend).map(|()| f));
    if flow.is_err()
        && let Some(emu) = emulator.take()
    {
        emu.stop().await;
    }
    flow
}

pub async fn dispatch(cli: Cli, matches: &ArgMatches, stop: CancellationToken) -> Result<()> {
    let config = Config::load()?;
    let ctx = Ctx {
        out: Output::new(cli.global.json, cli.global.quiet),
        global: cli.global,
        config,
        stop,
    };
    match cli.command {
        // These hold nothing to write out when stopped: a sign-in, an HTTP
        // call, a subscription printing lines as they come.
        Command::Auth(c) => ctx.unless_stopped(auth::run(&ctx, c)).await,
        Command::Room(c) => ctx.unless_stopped(room::run(&ctx, c)).await,
        Command::Appsync(AppsyncCommand::Events(c)) => {
            ctx.unless_stopped(appsync::run(&ctx, c)).await
        }
        Command::Appsync(AppsyncCommand::Graphql(c)) => {
            ctx.unless_stopped(appsync_graphql::run(&ctx, c)).await
        }
        Command::Peer(c) => peer::run(&ctx, c, matches).await,
        Command::Replay(a) => replay::run(&ctx, a).await,
        Command::Loadtest(a) => {
            loadtest::run(&ctx, *a, matches.subcommand_matches("loadtest")).await
        }
        Command::Report(a) => report::run(&ctx, a),
        Command::Compare(a) => compare::run(&ctx, *a, matches.subcommand_matches("compare")).await,
        Command::Serve(a) => serve::run(&ctx, *a, matches.subcommand_matches("serve")).await,
        Command::Profile(c) => profile::run(ctx, c),
        Command::Completions(a) => completions::run(a),
    }
}
