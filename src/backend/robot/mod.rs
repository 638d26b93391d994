//! Backend `robot`: robot presence on an API Gateway WebSocket API with a
//! Lambda behind it (protocols/robot.md).

pub mod client;
mod lambda;
mod notes;
pub mod server;
pub mod wire;

use super::Registration;

pub const REGISTRATION: Registration = Registration {
    name: "robot",
    about: "Robot presence: robots register, operators signal them (API Gateway + Lambda)",
    caps: super::Capabilities {
        meeting_point: true,
        secret: false,
        roles: &["robot", "operator"],
    },
    options: &[],
    client: client::RobotBackend::boxed,
    serve_args: <server::RobotOptions as clap::Args>::augment_args,
    emulator: |cfg, m| Ok(Box::pin(server::start(cfg, super::options(m)?))),
    emulator_flags: super::no_emulator_flags,
};
