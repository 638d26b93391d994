//! `signal-cli completions SHELL`: generated from the same clap definitions
//! as the parser and the help.

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::error::Result;

pub fn run(args: CompletionsArgs) -> Result<()> {
    let mut cmd = Cli::command();
    clap_complete::generate(args.shell, &mut cmd, "signal-cli", &mut std::io::stdout());
    Ok(())
}
