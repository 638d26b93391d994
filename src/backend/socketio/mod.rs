//! Backend `socketio`: a Socket.IO v4 signaling server with JWT auth and
//! user rooms (protocols/socketio.md).

pub mod client;
mod seed;
pub mod server;
pub mod wire;

use super::Registration;

pub const REGISTRATION: Registration = Registration {
    name: "socketio",
    about: "Socket.IO signaling: user rooms, signals relayed by user id, call events",
    caps: super::Capabilities::PLAIN,
    options: &[
        "socketio.path",
        "socketio.namespace",
        "socketio.token",
        "socketio.event.offer",
        "socketio.event.answer",
        "socketio.event.ice-candidate",
    ],
    client: client::SocketIoBackend::boxed,
    serve_args: <server::SocketIoOptions as clap::Args>::augment_args,
    emulator: |cfg, m| Ok(Box::pin(server::start(cfg, super::options(m)?))),
};
