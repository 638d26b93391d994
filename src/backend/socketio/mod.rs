//! Backend `socketio`: a Socket.IO v4 signaling server with JWT auth and
//! user rooms (protocols/socketio.md).

mod calls;
pub mod client;
mod seed;
pub mod server;
pub mod wire;

use super::Registration;

pub const REGISTRATION: Registration = Registration {
    name: "socketio",
    about: "Socket.IO signaling: PantherKolab's call control, or a relay of signals by user id",
    caps: super::Capabilities::PLAIN,
    options: &[
        "socketio.server",
        "socketio.path",
        "socketio.namespace",
        "socketio.token",
        "socketio.room",
        "socketio.group-room",
        "socketio.event.offer",
        "socketio.event.answer",
        "socketio.event.ice-candidate",
    ],
    client: client::SocketIoBackend::boxed,
    serve_args: <server::SocketIoOptions as clap::Args>::augment_args,
    emulator: |cfg, m| Ok(Box::pin(server::start(cfg, super::options(m)?))),
    emulator_flags: client::emulator_flags,
};
