//! Backend `room`: a self-hosted room server over HTTP + WebSocket
//! (protocols/room.md).

pub mod client;
pub mod pyjson;
pub mod server;
pub mod wire;

use super::Registration;

pub const REGISTRATION: Registration = Registration {
    name: "room",
    about: "room server: HTTP API + WebSocket relay, Cognito ID tokens",
    caps: super::Capabilities {
        meeting_point: true,
        secret: true,
        roles: &[],
    },
    options: &[],
    client: client::RoomBackend::boxed,
    serve_args: <server::RoomOptions as clap::Args>::augment_args,
    emulator: |cfg, m| Ok(Box::pin(server::start(cfg, super::options(m)?))),
    emulator_flags: super::no_emulator_flags,
};
