//! `signal-cli loadtest`: many peers through the common driver, every signal
//! verified and timed, thresholds for CI. Sees only the driver.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::json;
use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use super::{Ctx, flow_for, load_flow};
use crate::backend::{self, Backend};
use crate::cli::LoadtestArgs;
use crate::error::{Error, Result};
use crate::load::summary::{RunConfig, Sessions, StageConfig, Summary, ThresholdResult};
use crate::load::threshold::Threshold;
use crate::load::{self, LoadPlan, Measured, Model, Stage, Tick, Topology};

pub async fn run(ctx: &Ctx, args: LoadtestArgs) -> Result<()> {
    let own: Vec<Threshold> = args
        .thresholds
        .iter()
        .map(|t| Threshold::parse(t))
        .collect::<Result<_>>()?;
    let thresholds = crate::load::threshold::with_defaults(own, args.allow_loss)?;
    const DAY: Duration = Duration::from_secs(86_400);
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
    let mut out_file = match &args.out {
        Some(p) => Some(
            std::fs::File::create(p)
                .map_err(|e| Error::io(format!("cannot create {}", p.display()), e))?,
        ),
        None => None,
    };
    let (target, mut emulator) = ctx.target_or_emulator().await?;
    let backend: Arc<dyn Backend> = match backend::client_for(&target) {
        Ok(b) => Arc::from(b),
        Err(e) => {
            if let Some(emu) = emulator {
                emu.stop().await;
            }
            return Err(e);
        }
    };
    let flow = flow_for(&args.flow, &*backend, &mut emulator).await?;
    let target_label = match &emulator {
        Some(e) => format!(
            "in-process emulator ({})",
            e.endpoint("ws").or(e.endpoint("http")).unwrap_or("?")
        ),
        None => target
            .ws_url
            .clone()
            .or(target.http_url.clone())
            .unwrap_or_default(),
    };
    let given = if emulator.is_some() {
        None
    } else {
        ctx.given_identity(&target).await
    };
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
    let plan = LoadPlan {
        flow,
        topology,
        model,
        connect_rate: args.connect_rate,
        timeout: target.timeout,
        token_pool: args.token_pool.max(1),
        auth_rate: args.auth_rate,
        hold: args.hold,
    };

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
    let mut summary = summarize(&plan, backend.name(), target_label, &measured, &thresholds);
    if aborted.is_some() {
        summary.aborted = true;
        summary.interrupted = false;
        summary.passed = false;
    }
    render(ctx, &summary);
    if let Some(expr) = aborted {
        return Err(Error::Check(format!(
            "threshold {expr} failed during the run; stopped early (--abort-on-fail)"
        )));
    }
    if measured.interrupted {
        return Err(Error::Interrupted);
    }
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

fn summarize(
    plan: &LoadPlan,
    backend: &str,
    target: String,
    m: &Measured,
    thresholds: &[Threshold],
) -> Summary {
    let secs = m.elapsed.as_secs_f64().max(1e-9);
    let mut summary = Summary {
        schema_version: 1,
        backend: backend.to_owned(),
        flow: plan.flow.name.clone(),
        target,
        config: RunConfig {
            model: if matches!(plan.model, Model::Open { .. }) {
                "open"
            } else {
                "closed"
            },
            pairs: match (plan.topology, &plan.model) {
                (Topology::Pairs(n), Model::Closed { .. }) => Some(n),
                _ => None,
            },
            rooms: match plan.topology {
                Topology::Rooms { rooms, .. } => Some(rooms),
                Topology::Pairs(_) => None,
            },
            peers_per_room: match plan.topology {
                Topology::Rooms { peers, .. } => Some(peers),
                Topology::Pairs(_) => None,
            },
            iterations: match &plan.model {
                Model::Closed { iterations, .. } => *iterations,
                Model::Open { .. } => None,
            },
            duration_s: match &plan.model {
                Model::Closed { duration, .. } => duration.map(|d| d.as_secs_f64()),
                Model::Open { stages, .. } => {
                    Some(stages.iter().map(|s| s.duration.as_secs_f64()).sum())
                }
            },
            rate: match &plan.model {
                Model::Open { start_rate, .. } => Some(*start_rate),
                Model::Closed { .. } => None,
            },
            stages: match &plan.model {
                Model::Open { stages, .. } => stages
                    .iter()
                    .map(|s| StageConfig {
                        duration_s: s.duration.as_secs_f64(),
                        target: s.target,
                    })
                    .collect(),
                Model::Closed { .. } => Vec::new(),
            },
            max_sessions: match &plan.model {
                Model::Open { max_sessions, .. } => *max_sessions,
                Model::Closed { .. } => None,
            },
            connect_rate: plan.connect_rate,
            timeout_ms: plan.timeout.as_secs_f64() * 1000.0,
            token_pool: m.token_pool,
        },
        duration_s: (secs * 1000.0).round() / 1000.0,
        interrupted: m.interrupted,
        aborted: false,
        sessions: Sessions {
            planned: m.sessions_planned,
            connected: m.sessions_connected,
            failed: m.sessions_failed,
            all_connected_s: m.all_connected.map(|d| d.as_secs_f64()),
        },
        counters: m.counters.clone(),
        errors: m.errors.clone(),
        latency_ms: m
            .latency
            .iter()
            .filter_map(|(k, v)| v.stats().map(|s| ((*k).to_owned(), s)))
            .collect(),
        throughput: [
            (
                "signals_per_s".to_owned(),
                (m.counters.delivered as f64 / secs * 10.0).round() / 10.0,
            ),
            (
                "flows_per_s".to_owned(),
                (m.counters.flows as f64 / secs * 10.0).round() / 10.0,
            ),
        ]
        .into_iter()
        .collect(),
        thresholds: Vec::new(),
        passed: true,
    };
    summary.thresholds = thresholds
        .iter()
        .map(|t| {
            let (actual, passed) = t.evaluate(&summary.counters, &summary.latency_ms);
            ThresholdResult {
                expr: t.expr.clone(),
                actual,
                passed,
            }
        })
        .collect();
    summary.passed = summary.thresholds.iter().all(|t| t.passed) && !summary.interrupted;
    summary
}

fn render(ctx: &Ctx, s: &Summary) {
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
