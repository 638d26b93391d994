//! Flows: ordered scripts of signals between named peers, their built-in
//! library, and the runner that sends them through the common driver and
//! verifies every delivery.

pub mod builtin;
pub mod model;
pub mod run;
pub mod synth;

pub use model::{Flow, Step};
