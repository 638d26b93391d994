//! The bottom layer: helpers every other layer may use and that use nothing
//! of the tool but `error`.

pub mod clock;
pub mod fs;
pub mod http;
