//! `signal-cli completions SHELL`: generated from the same clap definitions
//! as the parser and the help.

use crate::cli::{self, CompletionsArgs};
use crate::error::Result;

pub fn run(args: CompletionsArgs) -> Result<()> {
    let mut cmd = cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "signal-cli", &mut script);
    // A closed pipe is not worth a panic.
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), &script);
    Ok(())
}
