//! `signal-cli report FILE` and `report merge FILE...`: what comes after a
//! run, read from its result file. Sees only the result document.

use super::Ctx;
use super::loadtest::{render, verdict};
use crate::cli::{ReportArgs, ReportCommand, ReportMergeArgs};
use crate::error::{Error, Result};
use crate::load::result::{self, RunResult};

pub fn run(ctx: &Ctx, args: ReportArgs) -> Result<()> {
    match args.command {
        Some(ReportCommand::Merge(m)) => merge(ctx, m),
        None => {
            let path = args
                .file
                .ok_or_else(|| Error::usage("report needs a result file"))?;
            let r = RunResult::read(&path)?;
            render(ctx, &r.summary);
            verdict(&r.summary)
        }
    }
}

fn merge(ctx: &Ctx, args: ReportMergeArgs) -> Result<()> {
    let parts = args
        .files
        .iter()
        .map(|p| Ok((p.display().to_string(), RunResult::read(p)?)))
        .collect::<Result<Vec<_>>>()?;
    let merged = result::merge(&parts, args.partial)?;
    if let Some(out) = &args.save {
        merged.write(out)?;
    }
    render(ctx, &merged.summary);
    verdict(&merged.summary)
}
