//! `signal-cli loadtest`: many peers through the common driver, every signal
//! verified and timed, thresholds for CI. Sees only the driver.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::json;
use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use super::{Ctx, flow_for, load_flow};
use crate::backend::{self, Backend};
use crate::cli::{LoadtestArgs, WorkloadArgs};
use crate::emulator::RunningEmulator;
use crate::error::{Error, Result};
use crate::load::result::{PlanDoc, RunResult};
use crate::load::summary::{RunConfig, Summary, ThresholdResult};
use crate::load::threshold::Threshold;
use crate::load::{self, LoadPlan, Model, Shard, Stage, Tick, Topology};

pub async fn run(ctx: &Ctx, args: LoadtestArgs, matches: Option<&clap::ArgMatches>) -> Result<()> {
    let own: Vec<Threshold> = args
        .thresholds
        .iter()
        .map(|t| Threshold::parse(t))
        .collect::<Result<_>>()?;
    let thresholds = crate::load::threshold::with_defaults(own, args.workload.allow_loss)?;
    check_workload(&args.workload)?;
    let shard = match &args.shard {
        Some(spec) => Shard::parse(spec)?,
        None => Shard::WHOLE,
    };
    if usize::try_from(shard.count).is_ok_and(|n| args.workload.token_pool.max(1) < n) {
        return Err(Error::usage(format!(
            "--shard {shard}: a token pool of {} cannot give each of {} shards an identity; \
             give --token-pool {} or more",
            args.workload.token_pool.max(1),
            shard.count,
            shard.count
        )));
    }
    let start_at = match &args.start_at {
        Some(t) => Some(parse_start_at(t)?),
        None => None,
    };
    // Nothing is run before we know the result can be written.
    if let Some(p) = args.save.as_ref().filter(|p| p.as_os_str() != "-") {
        check_writable(p)?;
    }
    let mut out_file = match &args.out {
        Some(p) => Some(
            std::fs::File::create(p)
                .map_err(|e| Error::io(format!("cannot create {}", p.display()), e))?,
        ),
        None => None,
    };
    let (target, mut emulator) = ctx.target_or_emulator().await?;
    if args.emit.is_some()
        && let Some(emu) = emulator.take()
    {
        emu.stop().await;
        return Err(Error::usage(
            "--emit runs the load test elsewhere: give it a target (--profile, or --http-url / --ws-url), \
             not the in-process emulator",
        ));
    }
    let backend: Arc<dyn Backend> = match backend::client_for(&target) {
        Ok(b) => Arc::from(b),
        Err(e) => {
            if let Some(emu) = emulator {
                emu.stop().await;
            }
            return Err(e);
        }
    };
    let flow = flow_for(&args.workload.flow, &*backend, &mut emulator).await?;
    let target_label = target_label(&target, emulator.as_ref());
    let given = if emulator.is_some() {
        None
    } else {
        ctx.given_identity(&target).await
    };
    let plan = plan_of(&args.workload, flow, target.timeout, shard, start_at)?;
    // Sessions held at once by this process: all of a closed plan's (its
    // share); an open plan's are bounded by --max-sessions only.
    let held = match &plan.model {
        Model::Closed { .. } => Some(plan.shard_schedule().count() as u64 * plan.group_size()),
        Model::Open { max_sessions, .. } => *max_sessions,
    };
    let warnings = held.map_or_else(Vec::new, |n| {
        load::capacity::warnings(
            n,
            if emulator.is_some() { 2 } else { 1 },
            load::capacity::open_file_limit(),
            load::capacity::local_port_count(),
        )
    });
    if args.emit.is_some() {
        let matches = matches.ok_or_else(|| Error::failed("no command line to emit"))?;
        return super::emit::kubernetes(ctx, &args, matches, &plan, &target);
    }

    // Ctrl-C, SIGTERM or a failed threshold under --abort-on-fail.
    let stop = ctx.stop.child_token();
    let mut aborted: Option<String> = None;
    let bar = if ctx.out.quiet {
        ProgressBar::hidden()
    } else {
        ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
    };
    bar.set_style(
        ProgressStyle::with_template("{spinner} {elapsed} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    let mut tick_error = None;
    let on_tick = |t: &Tick| {
        if args.abort_on_fail
            && aborted.is_none()
            && let Some(failed) = thresholds
                .iter()
                .find(|th| !th.evaluate(&t.counters, &t.latency).1)
        {
            aborted = Some(failed.expr.clone());
            stop.cancel();
        }
        let c = &t.counters;
        bar.set_message(format!(
            "sessions {} | sent {} | delivered {} | lost {} | errors {}{}",
            t.sessions,
            c.sent,
            c.delivered,
            c.lost,
            c.errors,
            t.delivery_last_second
                .map(|(p50, p99)| format!(" | delivery p50 {p50:.2} ms p99 {p99:.2} ms"))
                .unwrap_or_default()
        ));
        if let Some(f) = out_file.as_mut() {
            let line = json!({
                "t_s": t.second,
                "sessions": t.sessions,
                "sent": c.sent,
                "delivered": c.delivered,
                "lost": c.lost,
                "errors": c.errors,
                "delivery_p50_ms": t.delivery_last_second.map(|s| s.0),
                "delivery_p99_ms": t.delivery_last_second.map(|s| s.1),
            });
            if let Err(e) = writeln!(f, "{line}").and_then(|()| f.flush()) {
                tick_error.get_or_insert(e);
            }
        }
    };
    let measured = load::run(backend.clone(), &plan, given, stop.clone(), on_tick).await;
    bar.finish_and_clear();
    let emulator_was_used = emulator.is_some();
    if let Some(emu) = emulator {
        emu.stop().await;
    }
    if let Some(e) = tick_error {
        return Err(Error::io("cannot write the per-second NDJSON", e));
    }
    let measured = measured?;
    if measured.sessions_connected == 0
        && let Some(e) = measured.first_error
    {
        return Err(e);
    }
    let mut summary = Summary::of(
        RunConfig::of(&plan, measured.token_pool),
        backend.name(),
        &plan.flow.name,
        target_label,
        &measured,
        &thresholds,
    );
    if aborted.is_some() {
        summary.aborted = true;
        summary.interrupted = false;
        summary.passed = false;
    }
    summary.warnings = warnings;
    if let Some(path) = &args.save {
        let doc = PlanDoc::of(&plan, backend.name(), &thresholds);
        let target = target.redacted(emulator_was_used);
        let result = RunResult::of(&plan, doc, target, summary.clone(), &measured);
        if path.as_os_str() == "-" {
            // The product, on one line (a pod's log): the table goes
            // nowhere, so that the line can be found.
            ctx.out.product(&result.to_line()?);
        } else {
            result.write(path)?;
        }
    }
    if args.save.as_ref().is_none_or(|p| p.as_os_str() != "-") {
        render(ctx, &summary);
    }
    if let Some(expr) = aborted {
        return Err(Error::Check(format!(
            "threshold {expr} failed during the run; stopped early (--abort-on-fail)"
        )));
    }
    if measured.interrupted {
        return Err(Error::Interrupted);
    }
    verdict(&summary)
}

/// How a summary names its target: the URL, or the in-process emulator.
pub fn target_label(target: &crate::config::Target, emulator: Option<&RunningEmulator>) -> String {
    match emulator {
        Some(e) => format!(
            "in-process emulator ({})",
            e.endpoint("ws").or(e.endpoint("http")).unwrap_or("?")
        ),
        None => target
            .ws_url
            .clone()
            .or(target.http_url.clone())
            .unwrap_or_default(),
    }
}

/// The longest load test one run may plan.
const DAY: Duration = Duration::from_secs(86_400);

/// Refuse, before anything is sent, a workload that cannot be meant.
pub fn check_workload(args: &WorkloadArgs) -> Result<()> {
    for (flag, d) in [("--duration", args.duration), ("--hold", Some(args.hold))] {
        if d.is_some_and(|d| d > DAY) {
            return Err(Error::usage(format!(
                "{flag}: a load test of more than a day; run several instead"
            )));
        }
    }
    if args.rate == Some(0.0) && args.stages.is_empty() {
        return Err(Error::usage(
            "--rate 0 with no --stage starts no flow; give a positive rate",
        ));
    }
    if args.connect_rate <= 0.0 || args.auth_rate <= 0.0 {
        return Err(Error::usage(
            "--connect-rate and --auth-rate must be positive",
        ));
    }
    // Bad flow options are usage errors before anything starts; the flow
    // itself is chosen once the target's client is known.
    load_flow(&args.flow, "offer-answer")?;
    Ok(())
}

/// The plan of `args` running `flow`.
pub fn plan_of(
    args: &WorkloadArgs,
    flow: crate::flow::Flow,
    timeout: Duration,
    shard: Shard,
    start_at: Option<std::time::SystemTime>,
) -> Result<LoadPlan> {
    let topology = match (args.rooms, args.peers_per_room) {
        (Some(rooms), Some(peers)) => {
            if flow.peers().len() != 2 {
                return Err(Error::usage(
                    "--rooms needs a flow between two peers (each member runs it with every other)",
                ));
            }
            Topology::Rooms { rooms, peers }
        }
        _ => Topology::Pairs(args.pairs),
    };
    let model = if args.rate.is_some() || !args.stages.is_empty() {
        if matches!(topology, Topology::Rooms { .. }) {
            return Err(Error::usage(
                "the open model (--rate, --stage) runs pairs; drop --rooms",
            ));
        }
        let mut stages = args
            .stages
            .iter()
            .map(|s| parse_stage(s))
            .collect::<Result<Vec<_>>>()?;
        let total: Duration = stages.iter().map(|s| s.duration).sum();
        if total > DAY {
            return Err(Error::usage(
                "--stage: the stages add up to more than a day; run several load tests instead",
            ));
        }
        let start_rate = args.rate.unwrap_or(0.0);
        if !(0.0..=1e6).contains(&start_rate) {
            return Err(Error::usage(
                "--rate must be between 0 and 1000000 flows per second",
            ));
        }
        if stages.is_empty() {
            stages.push(Stage {
                duration: args.duration.unwrap_or(Duration::from_secs(10)),
                target: start_rate,
            });
        }
        Model::Open {
            start_rate,
            stages,
            max_sessions: args.max_sessions,
        }
    } else {
        Model::Closed {
            iterations: args.iterations,
            duration: args.duration,
        }
    };
    Ok(LoadPlan {
        flow,
        topology,
        model,
        connect_rate: args.connect_rate,
        connect_concurrency: args.connect_concurrency,
        timeout,
        token_pool: args.token_pool.max(1),
        auth_rate: args.auth_rate,
        hold: args.hold,
        shard,
        start_at,
        seed: args
            .seed
            .unwrap_or_else(|| rand::random_range(0..0xff_ffffu64)),
    })
}

/// Exit 3 when a threshold of `summary` failed, naming each.
pub fn verdict(summary: &Summary) -> Result<()> {
    let failed: Vec<&ThresholdResult> = summary.thresholds.iter().filter(|t| !t.passed).collect();
    if !failed.is_empty() {
        let list: Vec<String> = failed
            .iter()
            .map(|t| {
                format!(
                    "{} (measured {})",
                    t.expr,
                    t.actual
                        .map(|a| format!("{a}"))
                        .unwrap_or_else(|| "nothing".into())
                )
            })
            .collect();
        return Err(Error::Check(format!(
            "{} threshold(s) failed: {}",
            failed.len(),
            list.join(", ")
        )));
    }
    Ok(())
}

pub fn render(ctx: &Ctx, s: &Summary) {
    if ctx.out.json {
        ctx.out
            .document(&serde_json::to_value(s).unwrap_or_default());
        return;
    }
    let f = |v: f64| format!("{v:.3}");
    let rows = s
        .latency_ms
        .iter()
        .map(|(name, st)| {
            vec![
                name.clone(),
                st.count.to_string(),
                f(st.min),
                f(st.p50),
                f(st.p90),
                f(st.p99),
                f(st.max),
                f(st.mean),
            ]
        })
        .collect();
    ctx.out.table(
        &[
            "latency (ms)",
            "count",
            "min",
            "p50",
            "p90",
            "p99",
            "max",
            "mean",
        ],
        rows,
    );
    let c = &s.counters;
    let mut counts = vec![
        (
            "sessions",
            format!(
                "{} of {} connected",
                s.sessions.connected, s.sessions.planned
            ),
        ),
        ("flows", c.flows.to_string()),
        ("signals sent", c.sent.to_string()),
        ("delivered", c.delivered.to_string()),
        ("lost", c.lost.to_string()),
        ("duplicated", c.duplicated.to_string()),
        ("reordered", c.reordered.to_string()),
        ("corrupted", c.corrupted.to_string()),
        ("misdelivered", c.misdelivered.to_string()),
        ("late", c.late.to_string()),
        ("errors", c.errors.to_string()),
    ];
    for (kind, n) in &s.errors {
        counts.push(("  session errors", format!("{kind}: {n}")));
    }
    ctx.out.table(
        &["counter", "value"],
        counts
            .into_iter()
            .map(|(k, v)| vec![k.to_owned(), v])
            .collect(),
    );
    if !s.thresholds.is_empty() {
        let rows = s
            .thresholds
            .iter()
            .map(|t| {
                vec![
                    t.expr.clone(),
                    t.actual
                        .map(|a| format!("{a}"))
                        .unwrap_or_else(|| "-".into()),
                    if t.passed {
                        "pass".into()
                    } else {
                        "FAIL".into()
                    },
                ]
            })
            .collect();
        ctx.out.table(&["threshold", "measured", "result"], rows);
    }
    if !s.operations.is_empty() {
        let ops: Vec<String> = s
            .operations
            .iter()
            .map(|(k, v)| {
                if v.fract() == 0.0 {
                    format!("{k} {v:.0}")
                } else {
                    format!("{k} {v:.3}")
                }
            })
            .collect();
        let hosting = if s.self_hosted { " (self-hosted)" } else { "" };
        ctx.out
            .line(&format!("operations{hosting}: {}", ops.join(", ")));
    }
    for w in &s.warnings {
        ctx.out.line(&format!("warning: {w}"));
    }
    ctx.out.line(&format!(
        "{} on {} ({}): {} signals delivered in {:.2} s ({} signals/s){}",
        s.flow,
        s.backend,
        s.target,
        c.delivered,
        s.duration_s,
        s.throughput
            .get("signals_per_s")
            .copied()
            .unwrap_or_default(),
        if s.interrupted { ", interrupted" } else { "" }
    ));
}

/// `--start-at`: an RFC 3339 instant in UTC, at most a day ahead.
fn parse_start_at(t: &str) -> Result<std::time::SystemTime> {
    let at = humantime::parse_rfc3339_weak(t).map_err(|e| {
        Error::usage(format!(
            "--start-at '{t}': not an RFC 3339 time in UTC such as 2026-12-02T10:00:00Z ({e})"
        ))
    })?;
    let now = std::time::SystemTime::now();
    if at
        .duration_since(now)
        .is_ok_and(|d| d > Duration::from_secs(86_400))
    {
        return Err(Error::usage(format!(
            "--start-at '{t}' is more than a day ahead"
        )));
    }
    Ok(at)
}

/// Fail before the run when `path` cannot be written: its directory must
/// exist and it must not be a directory.
pub fn check_writable(path: &std::path::Path) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => std::path::Path::new("."),
    };
    if path.is_dir() || !dir.is_dir() {
        return Err(Error::usage(format!(
            "--save {}: not a file in an existing directory",
            path.display()
        )));
    }
    Ok(())
}

/// `DURATION:RATE`, e.g. `30s:100`.
fn parse_stage(spec: &str) -> Result<Stage> {
    let bad = || {
        Error::usage(format!(
            "--stage '{spec}': expected DURATION:RATE, e.g. 30s:100"
        ))
    };
    let (d, r) = spec.rsplit_once(':').ok_or_else(bad)?;
    let duration = humantime::parse_duration(d).map_err(|_| bad())?;
    let target: f64 = r.parse().map_err(|_| bad())?;
    if duration.is_zero() || !(0.0..=1e6).contains(&target) {
        return Err(bad());
    }
    Ok(Stage { duration, target })
}
