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
    let mut parts = Vec::new();
    for p in &args.files {
        if p.as_os_str() == "-" {
            // Result lines among other lines (pods' logs, `--save -`).
            let mut text = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
                .map_err(|e| Error::usage(format!("cannot read standard input: {e}")))?;
            let found = RunResult::from_lines(&text, "standard input")?;
            if found.is_empty() {
                return Err(Error::usage(
                    "standard input holds no result line (`loadtest --save -` prints one)",
                ));
            }
            parts.extend(found);
        } else {
            parts.push((p.display().to_string(), RunResult::read(p)?));
        }
    }
    let merged = result::merge(&parts, args.partial)?;
    if let Some(out) = &args.save {
        merged.write(out)?;
    }
    render(ctx, &merged.summary);
    verdict(&merged.summary)
}
