//! One file per top-level command: each wires options to the layers below
//! and renders the results.

pub mod auth;
pub mod completions;
pub mod peer;
pub mod profile;
pub mod room;
pub mod serve;

use clap::ArgMatches;

use crate::auth::{Identity, cache, jwt::Claims};
use crate::cli::{Cli, Command, GlobalArgs};
use crate::config::{Config, Target};
use crate::emulator::idp::now_secs;
use crate::error::{Error, Result};
use crate::output::Output;

/// What every command gets: the global flags, the output and the config file.
pub struct Ctx {
    pub global: GlobalArgs,
    pub out: Output,
    pub config: Config,
}

impl Ctx {
    pub fn target(&self) -> Result<Target> {
        self.config.resolve(&self.global)
    }

    /// The identity to present: `--id-token` / `SIGNAL_CLI_ID_TOKEN` as
    /// given, else the profile's cached token (refused when expired).
    pub fn identity(&self, target: &Target) -> Result<Identity> {
        if let Some(t) = &self.global.id_token {
            return Ok(Identity::given(t.clone()));
        }
        let Some(identity) = cache::load(&target.profile)? else {
            return Err(Error::Auth(format!(
                "no cached token for profile '{}'; run `signal-cli auth anonymous` or pass --id-token",
                target.profile
            )));
        };
        if let Some(exp) = Claims::decode(&identity.id_token)
            .ok()
            .and_then(|c| c.exp())
            && exp <= now_secs()
        {
            return Err(Error::Auth(format!(
                "the cached token of profile '{}' has expired; sign in again (`signal-cli auth anonymous`)",
                target.profile
            )));
        }
        Ok(identity)
    }
}

pub async fn dispatch(cli: Cli, matches: &ArgMatches) -> Result<()> {
    let config = Config::load()?;
    let ctx = Ctx {
        out: Output::new(cli.global.json, cli.global.quiet),
        global: cli.global,
        config,
    };
    match cli.command {
        Command::Auth(c) => auth::run(&ctx, c).await,
        Command::Room(c) => room::run(&ctx, c).await,
        Command::Peer(c) => peer::run(&ctx, c, matches).await,
        Command::Serve(a) => serve::run(&ctx, a).await,
        Command::Profile(c) => profile::run(ctx, c),
        Command::Completions(a) => completions::run(a),
    }
}
