//! `signal-cli compare`: one workload against two targets in alternating
//! rounds (A B A B …), or saved results compared without running anything.

use clap::ArgMatches;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::loadtest::{check_workload, plan_of, target_label};
use super::{Ctx, flow_for};
use crate::backend::{self, Backend};
use crate::cli::CompareArgs;
use crate::config::Target;
use crate::emulator::RunningEmulator;
use crate::emulator::faults::Fault;
use crate::error::{Error, Result};
use crate::load::comparison::{Comparison, Costing, On, Row, Side, SideThreshold};
use crate::load::cost::{Pricing, Volume};
use crate::load::result::{PlanDoc, RunResult};
use crate::load::shard::Shard;
use crate::load::summary::{RunConfig, Summary};
use crate::load::threshold::{Metric, Threshold, with_defaults};
use crate::load::{self, LoadPlan};

pub async fn run(ctx: &Ctx, args: CompareArgs, matches: Option<&ArgMatches>) -> Result<()> {
    let thresholds: Vec<SideThreshold> = args
        .thresholds
        .iter()
        .map(|t| SideThreshold::parse(t))
        .collect::<Result<_>>()?;
    let g = &ctx.global;
    if g.profile.is_some() || g.backend.is_some() || g.http_url.is_some() || g.ws_url.is_some() {
        return Err(Error::usage(
            "compare takes its targets from --a and --b (emulator:BACKEND or a profile), not from --profile, --backend or the URLs",
        ));
    }
    if !g.options.is_empty() {
        return Err(Error::usage(
            "compare: give backend settings per side, with --a-option and --b-option",
        ));
    }
    if let Some(p) = &args.save {
        super::loadtest::check_writable(p)?;
    }
    let costing = costing(&args)?;
    let comparison = if args.files.is_empty() {
        live(ctx, &args, &thresholds, &costing).await?
    } else {
        if let Some(flag) = matches.and_then(workload_flag_given) {
            return Err(Error::usage(format!(
                "--{flag}: comparing saved results runs nothing; drop the workload options"
            )));
        }
        saved(&args.files, &thresholds, &costing)?
    };
    if let Some(p) = &args.save {
        comparison.write(p)?;
    }
    render(ctx, &comparison)?;
    verdict(&comparison)
}

/// The pricing and the monthly volume asked for.
fn costing(args: &CompareArgs) -> Result<Costing> {
    let monthly_flows = match (args.monthly_flows, args.users, args.flows_per_user_per_day) {
        (Some(n), _, _) => Some(n),
        (None, Some(u), Some(f)) => Some(u * f * 30.0),
        _ => None,
    };
    Ok(Costing {
        pricing: Pricing::load(args.pricing.as_deref())?,
        volume: Volume {
            monthly_flows,
            users: args.users,
        },
    })
}

/// The first workload option given on the command line, if any.
fn workload_flag_given(m: &ArgMatches) -> Option<String> {
    let cmd = <crate::cli::WorkloadArgs as clap::Args>::augment_args(clap::Command::new("w"));
    cmd.get_arguments()
        .filter(|a| {
            m.value_source(a.get_id().as_str()) == Some(clap::parser::ValueSource::CommandLine)
        })
        .map(|a| a.get_long().unwrap_or(a.get_id().as_str()).to_owned())
        .next()
}

/// One side, ready to run rounds.
struct Live {
    name: String,
    target: Target,
    emulator: Option<RunningEmulator>,
    backend: Arc<dyn Backend>,
    plan: LoadPlan,
    thresholds: Vec<Threshold>,
    given: Option<crate::auth::Identity>,
    rounds: Vec<RunResult>,
}

impl Live {
    async fn open(
        ctx: &Ctx,
        args: &CompareArgs,
        name: &str,
        options: &[(String, String)],
        (which, faults): (&str, &[String]),
        own: Vec<Threshold>,
    ) -> Result<Live> {
        let mut o = ctx.global.overrides();
        let emulated = name.strip_prefix("emulator:");
        match emulated {
            Some(b) => {
                backend::lookup(b)?;
                o.backend = Some(b.to_owned());
            }
            None => o.profile = Some(name.to_owned()),
        }
        o.options = options.to_vec();
        let mut target = ctx.config.resolve(&o)?;
        if emulated.is_some() {
            // An emulator side: the default profile's URLs do not apply.
            target.http_url = None;
            target.ws_url = None;
        }
        if !faults.is_empty() && emulated.is_none() {
            return Err(Error::usage(format!(
                "--{which}-fault: faults are injected by an emulator; {name} is not one"
            )));
        }
        let faults = faults
            .iter()
            .map(|f| Fault::parse(f))
            .collect::<Result<Vec<_>>>()?;
        let (target, mut emulator) = ctx.emulate_with_faults(target, faults).await?;
        let backend: Arc<dyn Backend> = Arc::from(backend::client_for(&target)?);
        let flow = flow_for(&args.workload.flow, &*backend, &mut emulator).await?;
        let plan = plan_of(&args.workload, flow, target.timeout, Shard::WHOLE, None)?;
        let given = if emulator.is_some() {
            None
        } else {
            ctx.given_identity(&target).await
        };
        Ok(Live {
            name: name.to_owned(),
            thresholds: with_defaults(own, args.workload.allow_loss)?,
            target,
            emulator,
            backend,
            plan,
            given,
            rounds: Vec::new(),
        })
    }

    async fn round(&mut self, ctx: &Ctx, seed: u64) -> Result<()> {
        let mut plan = self.plan.clone();
        plan.seed = seed;
        let measured = load::run(
            self.backend.clone(),
            &plan,
            self.given.clone(),
            ctx.stop.child_token(),
            |_| {},
        )
        .await?;
        if measured.interrupted {
            return Err(Error::Interrupted);
        }
        if measured.sessions_connected == 0
            && let Some(e) = measured.first_error
        {
            return Err(e);
        }
        let summary = Summary::of(
            RunConfig::of(&plan, measured.token_pool),
            self.backend.name(),
            &plan.flow.name,
            target_label(&self.target, self.emulator.as_ref()),
            &measured,
            &self.thresholds,
        );
        let doc = PlanDoc::of(&plan, self.backend.name(), &self.thresholds);
        let target = self.target.redacted(self.emulator.is_some());
        self.rounds
            .push(RunResult::of(&plan, doc, target, summary, &measured));
        Ok(())
    }

    async fn close(mut self) -> Side {
        if let Some(e) = self.emulator.take() {
            e.stop().await;
        }
        Side {
            name: self.name,
            backend: self.backend.name().to_owned(),
            rounds: self.rounds,
        }
    }
}

async fn live(
    ctx: &Ctx,
    args: &CompareArgs,
    thresholds: &[SideThreshold],
    costing: &Costing,
) -> Result<Comparison> {
    check_workload(&args.workload)?;
    let (Some(a), Some(b)) = (&args.a, &args.b) else {
        return Err(Error::usage("compare needs --a and --b, or saved results"));
    };
    let own = |on: On| -> Vec<Threshold> {
        // A side's own thresholds also hold for each of its rounds; costs
        // are the comparison's (they need the pricing).
        thresholds
            .iter()
            .filter(|t| t.on == on && !matches!(t.threshold.metric, Metric::Cost(_)))
            .map(|t| t.threshold.clone())
            .collect()
    };
    let mut sa = Live::open(
        ctx,
        args,
        a,
        &args.a_options,
        ("a", &args.a_faults),
        own(On::A),
    )
    .await?;
    let mut sb = match Live::open(
        ctx,
        args,
        b,
        &args.b_options,
        ("b", &args.b_faults),
        own(On::B),
    )
    .await
    {
        Ok(s) => s,
        Err(e) => {
            sa.close().await;
            return Err(e);
        }
    };
    let outcome = rounds(ctx, args, &mut sa, &mut sb).await;
    let (a, b) = (sa.close().await, sb.close().await);
    outcome?;
    Comparison::of(a, b, thresholds, costing)
}

async fn rounds(ctx: &Ctx, args: &CompareArgs, sa: &mut Live, sb: &mut Live) -> Result<()> {
    if sa.plan.flow.name != sb.plan.flow.name {
        return Err(Error::usage(format!(
            "the two sides' default flows differ ({} on {}, {} on {}): give --flow",
            sa.plan.flow.name,
            sa.backend.name(),
            sb.plan.flow.name,
            sb.backend.name()
        )));
    }
    let base = args
        .workload
        .seed
        .unwrap_or_else(|| rand::random_range(0..0xff_ffffu64));
    for r in 0..u64::from(args.rounds) {
        for side in [&mut *sa, &mut *sb] {
            if !ctx.out.quiet {
                eprintln!(
                    "round {}/{}: {} ({})",
                    r + 1,
                    args.rounds,
                    side.name,
                    side.backend.name()
                );
            }
            side.round(ctx, base + r).await?;
        }
    }
    Ok(())
}

/// Sides from saved files: two result files (each one round or a file of
/// result lines, several rounds), or one comparison.
fn saved(files: &[PathBuf], thresholds: &[SideThreshold], costing: &Costing) -> Result<Comparison> {
    let read = |p: &Path| -> Result<String> {
        std::fs::read_to_string(p)
            .map_err(|e| Error::usage(format!("cannot read {}: {e}", p.display())))
    };
    match files {
        [one] => {
            let name = one.display().to_string();
            let Some(c) = Comparison::parse(&read(one)?, &name)? else {
                return Err(Error::usage(format!(
                    "{name}: not a comparison (`compare --save`); to compare two results give both files"
                )));
            };
            Comparison::of(c.a, c.b, thresholds, costing)
        }
        [fa, fb] => {
            let side = |p: &PathBuf| -> Result<Side> {
                let name = p.display().to_string();
                let rounds: Vec<RunResult> = RunResult::from_lines(&read(p)?, &name)?
                    .into_iter()
                    .map(|(_, r)| r)
                    .collect();
                let rounds = if rounds.is_empty() {
                    vec![RunResult::read(p)?]
                } else {
                    rounds
                };
                Ok(Side {
                    name,
                    backend: rounds[0].plan.backend.clone(),
                    rounds,
                })
            };
            let (a, b) = (side(fa)?, side(fb)?);
            if a.rounds.len() != b.rounds.len() {
                return Err(Error::usage(format!(
                    "{} holds {} rounds and {} holds {}: rounds are compared in pairs",
                    a.name,
                    a.rounds.len(),
                    b.name,
                    b.rounds.len()
                )));
            }
            if a.rounds[0].plan.flow.name != b.rounds[0].plan.flow.name {
                return Err(Error::usage(format!(
                    "{} ran flow {} and {} ran {}: compare runs of one flow",
                    a.name, a.rounds[0].plan.flow.name, b.name, b.rounds[0].plan.flow.name
                )));
            }
            Comparison::of(a, b, thresholds, costing)
        }
        _ => Err(Error::usage(
            "compare takes one comparison or two result files",
        )),
    }
}

/// An amount of the pricing file's currency, with the digits a small
/// amount needs.
fn money(v: f64) -> String {
    let a = v.abs();
    if a == 0.0 {
        "0".into()
    } else if a >= 100.0 {
        format!("{v:.0}")
    } else {
        // Three significant digits.
        let digits = (2 - a.log10().floor() as i32).clamp(0, 12) as usize;
        format!("{v:.digits$}")
    }
}

fn quantity(v: f64) -> String {
    if v.fract() == 0.0 || v.abs() >= 100.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.3}")
    }
}

fn opt(v: Option<f64>, f: fn(f64) -> String) -> String {
    v.map_or_else(|| "—".into(), f)
}

/// Each side's priced operations and what they come to.
fn render_cost(ctx: &Ctx, c: &Comparison) {
    let out = &ctx.out;
    let Some(k) = &c.cost else { return };
    let cur = &k.currency;
    out.line(&format!(
        "cost: {} {} prices in {cur} ({}); free tiers apart",
        k.provider, k.region, k.pricing
    ));
    let mut rows = Vec::new();
    for (label, cost) in [("A", &k.a), ("B", &k.b)] {
        for l in &cost.lines {
            rows.push(vec![
                format!("{label} {}", l.key),
                quantity(l.quantity),
                opt(l.per_1000_flows, quantity),
                opt(l.cost_per_1000_flows, money),
                opt(l.monthly, money),
                opt(l.monthly_after_free_tier, money),
            ]);
        }
        if cost.self_hosted {
            rows.push(vec![
                format!("{label} self-hosted machine"),
                String::new(),
                String::new(),
                String::new(),
                money(cost.fixed_monthly),
                money(cost.fixed_monthly),
            ]);
        }
        if let Some(u) = cost.users_monthly {
            rows.push(vec![
                format!("{label} monthly active users"),
                opt(k.volume.users, quantity),
                String::new(),
                String::new(),
                money(u),
                opt(cost.users_monthly_after_free_tier, money),
            ]);
        }
    }
    out.table(
        &[
            "",
            "counted",
            "per 1,000 flows",
            &format!("{cur} per 1,000 flows"),
            &format!("{cur} per month"),
            "after free tier",
        ],
        rows,
    );
    for (label, side, cost) in [("A", &c.a, &k.a), ("B", &c.b, &k.b)] {
        let mut s = format!(
            "{label} ({}): {} per 1,000 flows, {} per million signals",
            side.backend,
            opt(cost.cost_per_1000_flows, money),
            opt(cost.cost_per_million, money),
        );
        if let Some(m) = cost.monthly {
            s.push_str(&format!(
                "; {} a month ({} after free tiers)",
                money(m),
                opt(cost.monthly_after_free_tier, money)
            ));
        }
        if cost.self_hosted {
            s.push_str(&format!(
                "; self-hosted: {} {cur} a month for the machine, whatever the load",
                money(cost.fixed_monthly)
            ));
        }
        if let Some(d) = &cost.dominant {
            s.push_str(&format!("; most of it: {} ({}%)", d.key, d.percent));
        }
        if !cost.unpriced.is_empty() {
            s.push_str(&format!("; no price for {}", cost.unpriced.join(", ")));
        }
        out.line(&s);
    }
    if let Some(n) = k.volume.monthly_flows {
        out.line(&format!(
            "a month of {} flows, each holding its connections as long as a flow of this run did",
            quantity(n)
        ));
    } else {
        out.line("give --monthly-flows N (or --users U --flows-per-user-per-day F) for a monthly estimate");
    }
}

fn number(row: &Row, v: Option<f64>) -> String {
    match v {
        None => "—".into(),
        Some(v) => match row.unit.as_str() {
            "ms" => format!("{v:.2} ms"),
            "per_s" => format!("{v:.1}/s"),
            "cost" => money(v),
            _ => format!("{v:.0}"),
        },
    }
}

fn signed(row: &Row, v: Option<f64>) -> String {
    let s = number(row, v);
    match v {
        Some(v) if v > 0.0 => format!("+{s}"),
        _ => s,
    }
}

fn render(ctx: &Ctx, c: &Comparison) -> Result<()> {
    let out = &ctx.out;
    if out.json {
        out.document(&c.to_value()?);
        return Ok(());
    }
    let rounds = c.a.rounds.len().min(c.b.rounds.len());
    out.line(&format!(
        "A: {} ({}); B: {} ({}); {rounds} round(s) each",
        c.a.name, c.a.backend, c.b.name, c.b.backend
    ));
    let rows = c
        .rows
        .iter()
        .filter(|row| row.a.is_some() || row.b.is_some())
        .map(|row| {
            let spread = match (row.diff_min, row.diff_max) {
                (Some(lo), Some(hi)) if rounds > 1 => {
                    format!("{} .. {}", signed(row, Some(lo)), signed(row, Some(hi)))
                }
                _ => String::new(),
            };
            let verdict = match row.verdict.as_str() {
                "b_higher" => "B higher",
                "b_lower" => "B lower",
                "same" => "same",
                _ => "",
            };
            vec![
                row.metric.clone(),
                number(row, row.a),
                number(row, row.b),
                signed(row, row.diff),
                spread,
                verdict.to_owned(),
            ]
        })
        .collect();
    out.table(
        &["", "A", "B", "B − A", "B − A per round", "every round"],
        rows,
    );
    if rounds < 2 {
        out.line("one round: no difference is called out (run --rounds 2 or more)");
    }
    render_cost(ctx, c);
    for side in [&c.a, &c.b] {
        for (i, r) in side.rounds.iter().enumerate() {
            for th in r.summary.thresholds.iter().filter(|t| !t.passed) {
                out.line(&format!("FAIL {} round {}: {}", side.name, i + 1, th.expr));
            }
        }
    }
    for th in &c.thresholds {
        out.line(&format!(
            "{} {} (actual {})",
            if th.passed { "ok  " } else { "FAIL" },
            th.expr,
            th.actual.map_or("none".into(), |a| format!("{a:.3}"))
        ));
    }
    Ok(())
}

/// Exit 3 when a threshold failed, on a side's round or on the comparison.
fn verdict(c: &Comparison) -> Result<()> {
    if c.passed {
        return Ok(());
    }
    let mut failed: Vec<String> = c
        .thresholds
        .iter()
        .filter(|t| !t.passed)
        .map(|t| t.expr.clone())
        .collect();
    for side in [&c.a, &c.b] {
        for (i, r) in side.rounds.iter().enumerate() {
            failed.extend(
                r.summary
                    .thresholds
                    .iter()
                    .filter(|t| !t.passed)
                    .map(|t| format!("{} round {}: {}", side.name, i + 1, t.expr)),
            );
        }
    }
    Err(Error::Check(format!(
        "thresholds failed: {}",
        failed.join(", ")
    )))
}
