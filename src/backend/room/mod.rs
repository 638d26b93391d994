//! Backend `room`: a self-hosted room server over HTTP + WebSocket
//! (protocols/room.md).

pub mod client;
pub mod server;
pub mod wire;

use super::Registration;

pub const REGISTRATION: Registration = Registration {
    name: "room",
    about: "room server: HTTP API + WebSocket relay, Cognito ID tokens",
    client: client::RoomBackend::boxed,
    emulator: |cfg| Box::pin(server::start(cfg)),
};
