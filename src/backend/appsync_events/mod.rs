//! Backend `appsync-events`: signaling over AppSync Event API channels
//! (protocols/appsync.md, aws.md §1).

mod calls;
pub mod client;
pub mod server;
pub mod wire;

use super::Registration;

pub const REGISTRATION: Registration = Registration {
    name: "appsync-events",
    about: "AppSync Events: each peer subscribes to its own channel, signals are published to the target's",
    caps: super::Capabilities::PLAIN,
    options: &[
        "appsync.auth",
        "appsync.api-key",
        "appsync.token",
        "appsync.region",
        "appsync.namespace",
    ],
    client: client::EventsBackend::boxed,
    serve_args: <server::EventsOptions as clap::Args>::augment_args,
    emulator: |cfg, m| Ok(Box::pin(server::start(cfg, super::options(m)?))),
    emulator_flags: super::no_emulator_flags,
};
