//! Flows between named peers. For now: synthetic, realistic payloads.

pub mod synth;
