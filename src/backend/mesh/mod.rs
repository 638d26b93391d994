//! Backend `mesh`: the signaling server of a P2P WebRTC mesh, as a Node
//! WebSocket server or on API Gateway + Lambda (protocols/mesh.md).

pub mod client;
pub mod node;
pub mod server;
pub mod wire;

use super::Registration;

pub const REGISTRATION: Registration = Registration {
    name: "mesh",
    about: "P2P mesh signaling: join by id, relay by id (Node server or API Gateway)",
    caps: super::Capabilities::PLAIN,
    options: &["mesh.group-path", "mesh.flavour"],
    client: client::MeshBackend::boxed,
    serve_args: <server::MeshOptions as clap::Args>::augment_args,
    emulator: |cfg, m| Ok(Box::pin(server::start(cfg, super::options(m)?))),
    // The client's flavour is the emulator's.
    emulator_flags: |options| match options.get("mesh.flavour") {
        Some(f) => vec!["--flavour".into(), f.clone()],
        None => Vec::new(),
    },
};
