//! `signal-cli replay`: run a flow between virtual peers and verify every
//! signal. Sees only the common driver.

use futures_util::future::join_all;
use serde_json::{Value, json};
use std::time::{Duration, Instant};

use super::{Ctx, flow_for, load_flow};
use crate::backend::{self, Backend, GroupSpec};
use crate::cli::ReplayArgs;
use crate::error::{Error, Result};
use crate::flow::Flow;
use crate::flow::run::{Party, RunOptions, StepOutcome, Strays, Verdict};
use crate::signal::PeerId;

/// One row of the report.
struct Row {
    pair: u32,
    rep: u32,
    outcome: StepOutcome,
}

pub async fn run(ctx: &Ctx, args: ReplayArgs) -> Result<()> {
    let named = load_flow(&args.flow, "offer-answer")?;
    if args.print {
        ctx.out.raw(&named.to_jsonl());
        return Ok(());
    }
    let (target, mut emulator) = ctx.target_or_emulator().await?;
    let backend = match backend::client_for(&target) {
        Ok(b) => b,
        Err(e) => {
            if let Some(emu) = emulator {
                emu.stop().await;
            }
            return Err(e);
        }
    };
    let flow = flow_for(&args.flow, &*backend, &mut emulator).await?;
    let started = Instant::now();
    let result = ctx
        .unless_stopped(replay(
            ctx,
            &*backend,
            &flow,
            &args,
            &target,
            emulator.is_some(),
        ))
        .await;
    if let Some(emu) = emulator {
        emu.stop().await;
    }
    let (rows, strays) = result?;
    report(
        ctx,
        &flow,
        backend.name(),
        &args,
        &rows,
        &strays,
        started.elapsed(),
    )
}

async fn replay(
    ctx: &Ctx,
    backend: &dyn Backend,
    flow: &Flow,
    args: &ReplayArgs,
    target: &crate::config::Target,
    emulated: bool,
) -> Result<(Vec<Row>, Strays)> {
    let identity = ctx.peer_identity(target, backend, emulated).await?;
    let opts = RunOptions {
        timeout: target.timeout,
        settle: args.settle,
    };
    let run_tag = format!("r{:06x}", rand::random_range(0..0xff_ffffu32));
    let names = flow.peers();
    let pairs = (0..args.pairs).map(|pair| {
        let identity = identity.clone();
        let names = names.clone();
        let run_tag = run_tag.clone();
        async move {
            let ids: Vec<PeerId> = names
                .iter()
                .map(|n| {
                    if args.pairs == 1 {
                        PeerId::from(n.as_str())
                    } else {
                        PeerId::from(format!("{n}-{pair}"))
                    }
                })
                .collect();
            let group = backend
                .rendezvous(identity.as_ref(), &GroupSpec { peers: ids.clone() })
                .await?;
            let party = Party::connect(backend, &group, ids, identity.as_ref()).await?;
            let mut rows = Vec::new();
            for rep in 0..args.repeat {
                let outcomes = party
                    .run(flow, &format!("{run_tag}-{pair}-{rep}"), opts)
                    .await;
                match outcomes {
                    Ok(o) => rows.extend(o.into_iter().map(|outcome| Row { pair, rep, outcome })),
                    Err(e) => {
                        party.close().await;
                        return Err(e);
                    }
                }
            }
            let strays = party.strays();
            party.close().await;
            Ok::<_, Error>((rows, strays))
        }
    });
    let mut rows = Vec::new();
    let mut strays = Strays::default();
    for r in join_all(pairs).await {
        let (r, s) = r?;
        rows.extend(r);
        strays.late_duplicates += s.late_duplicates;
        strays.unexpected += s.unexpected;
        strays.server_errors += s.server_errors;
        strays.closed += s.closed;
        for e in s.error_samples {
            if strays.error_samples.len() < 5 {
                strays.error_samples.push(e);
            }
        }
    }
    rows.sort_by_key(|r| (r.pair, r.rep, r.outcome.step));
    Ok((rows, strays))
}

fn ms(d: Option<Duration>) -> Option<f64> {
    d.map(|d| (d.as_secs_f64() * 1e6).round() / 1e3)
}

fn report(
    ctx: &Ctx,
    flow: &Flow,
    backend: &str,
    args: &ReplayArgs,
    rows: &[Row],
    strays: &Strays,
    elapsed: Duration,
) -> Result<()> {
    let failed: Vec<&Row> = rows
        .iter()
        .filter(|r| r.outcome.verdict != Verdict::Pass)
        .collect();
    let multi = args.pairs > 1 || args.repeat > 1;
    let label = |r: &Row| {
        if multi {
            format!("{}.{}.{}", r.pair, r.rep, r.outcome.step + 1)
        } else {
            (r.outcome.step + 1).to_string()
        }
    };
    if ctx.out.json {
        let steps: Vec<Value> = rows
            .iter()
            .map(|r| {
                let o = &r.outcome;
                json!({
                    "pair": r.pair, "rep": r.rep, "step": o.step + 1, "from": o.from, "to": o.to,
                    "kind": o.kind, "name": o.name, "verdict": o.verdict,
                    "latency_ms": ms(o.latency), "accept_ms": ms(Some(o.accept)), "detail": o.detail,
                })
            })
            .collect();
        ctx.out.document(&json!({
            "schema_version": 1,
            "flow": flow.name,
            "backend": backend,
            "pairs": args.pairs,
            "repeat": args.repeat,
            "passed": failed.is_empty() && strays.unexpected == 0 && strays.late_duplicates == 0,
            "duration_ms": ms(Some(elapsed)),
            "steps": steps,
            "strays": strays,
        }));
    } else {
        let table_rows = rows
            .iter()
            .map(|r| {
                let o = &r.outcome;
                vec![
                    label(r),
                    format!("{} -> {}", o.from, o.to),
                    o.name.clone(),
                    o.verdict.as_str().to_owned(),
                    ms(o.latency)
                        .map(|l| format!("{l:.2} ms"))
                        .unwrap_or_else(|| "-".into()),
                    o.detail.clone(),
                ]
            })
            .collect();
        ctx.out.table(
            &["step", "from -> to", "kind", "verdict", "latency", "detail"],
            table_rows,
        );
        ctx.out.line(&format!(
            "{}: {} of {} steps passed on {backend} in {:.2?}",
            flow.name,
            rows.len() - failed.len(),
            rows.len(),
            elapsed
        ));
        if strays.unexpected + strays.late_duplicates + strays.server_errors > 0 {
            ctx.out.line(&format!(
                "also seen: {} unexpected signals, {} late duplicates, {} server errors {:?}",
                strays.unexpected,
                strays.late_duplicates,
                strays.server_errors,
                strays.error_samples
            ));
        }
    }
    if let Some(path) = &args.junit {
        write_junit(path, flow, backend, rows, &label)?;
    }
    if let Some(first) = failed.first() {
        let o = &first.outcome;
        return Err(Error::Check(format!(
            "{} of {} steps failed; first: step {} ({} -> {} {}): {}{}",
            failed.len(),
            rows.len(),
            label(first),
            o.from,
            o.to,
            o.name,
            o.verdict.as_str(),
            if o.detail.is_empty() {
                String::new()
            } else {
                format!(", {}", o.detail)
            }
        )));
    }
    if strays.unexpected > 0 || strays.late_duplicates > 0 {
        return Err(Error::Check(format!(
            "every step passed, but {} unexpected signals and {} late duplicates arrived",
            strays.unexpected, strays.late_duplicates
        )));
    }
    Ok(())
}

fn write_junit(
    path: &std::path::Path,
    flow: &Flow,
    backend: &str,
    rows: &[Row],
    label: &dyn Fn(&Row) -> String,
) -> Result<()> {
    use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
    let mut suite = TestSuite::new(format!("replay {} on {backend}", flow.name));
    for r in rows {
        let o = &r.outcome;
        let status = if o.verdict == Verdict::Pass {
            TestCaseStatus::success()
        } else {
            let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
            s.set_message(format!("{}: {}", o.verdict.as_str(), o.detail))
                .set_type(o.verdict.as_str());
            s
        };
        let mut case = TestCase::new(
            format!("step {} {} -> {} {}", label(r), o.from, o.to, o.name),
            status,
        );
        case.set_classname(format!("signal-cli.replay.{}", flow.name));
        if let Some(l) = o.latency {
            case.set_time(l);
        }
        suite.add_test_case(case);
    }
    let mut report = Report::new("signal-cli");
    report.add_test_suite(suite);
    let xml = report
        .to_string()
        .map_err(|e| Error::failed(format!("cannot write JUnit XML: {e}")))?;
    std::fs::write(path, xml).map_err(|e| Error::io(format!("cannot write {}", path.display()), e))
}
