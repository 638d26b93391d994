//! Backend `appsync-graphql`: signaling over AppSync GraphQL pub/sub, the
//! `sendSignal` mutation and `onSignal(to:)` subscription
//! (protocols/appsync.md, aws.md §2).

pub mod client;
pub mod schema;
pub mod server;
pub mod wire;

use super::Registration;

pub const REGISTRATION: Registration = Registration {
    name: "appsync-graphql",
    about: "AppSync GraphQL: each peer subscribes onSignal(to: itself), signals are sendSignal mutations",
    caps: super::Capabilities::PLAIN,
    options: &[
        "appsync.auth",
        "appsync.api-key",
        "appsync.token",
        "appsync.region",
        "appsync.auth-in-query",
    ],
    client: client::GraphqlBackend::boxed,
    serve_args: <server::GraphqlOptions as clap::Args>::augment_args,
    emulator: |cfg, m| Ok(Box::pin(server::start_emulator(cfg, super::options(m)?))),
    emulator_flags: super::no_emulator_flags,
};
