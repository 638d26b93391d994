//! `loadtest --emit kubernetes --shards N`: the Indexed Job that runs a load
//! test as N shards, one per pod, each printing its result file as a line;
//! and the merge step to run after it. Nothing is run here.

use clap::ArgMatches;
use clap::parser::ValueSource;
use serde_json::{Value, json};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::Ctx;
use crate::cli::LoadtestArgs;
use crate::config::{OPTIONS_ENV, Target, is_secret, redact_url_fully};
use crate::error::{Error, Result};
use crate::load::result::rfc3339;
use crate::load::{LoadPlan, Model};

/// Loadtest flags the manifest sets itself (or that make no sense in a pod).
const OWN: &[&str] = &[
    "emit",
    "shard_count",
    "sessions_per_shard",
    "image",
    "k8s_secret",
    "job_name",
    "shard",
    "seed",
    "start_at",
    "save",
    "out",
    "file",
];

/// Where a flow file is mounted in the pods (from a ConfigMap).
const FLOW_DIR: &str = "/etc/signal-cli/flow";

/// How long after the manifest is printed the shards begin, by default:
/// time to apply it, schedule the pods and pull the image.
const DEFAULT_START_DELAY: Duration = Duration::from_secs(120);

/// The loadtest flags given on this command line, as arguments again
/// (flags set here, defaults and environment values left out).
fn given_flags(matches: &ArgMatches) -> Vec<String> {
    let mut out = Vec::new();
    let cmd = <crate::cli::LoadtestArgs as clap::Args>::augment_args(clap::Command::new("x"));
    for arg in cmd.get_arguments() {
        let id = arg.get_id().as_str();
        if OWN.contains(&id)
            || arg.is_global_set()
            || matches.value_source(id) != Some(ValueSource::CommandLine)
        {
            continue;
        }
        let Some(long) = arg.get_long() else { continue };
        if arg.get_action().takes_values() {
            for v in matches.get_raw(id).into_iter().flatten() {
                out.push(format!("--{long}"));
                out.push(v.to_string_lossy().into_owned());
            }
        } else {
            out.push(format!("--{long}"));
        }
    }
    out
}

/// The target as flags for the pods, and the Secret keys it needs.
fn target_flags(ctx: &Ctx, target: &Target) -> Result<(Vec<String>, Vec<&'static str>)> {
    let mut flags = vec!["--backend".to_owned(), target.backend.clone()];
    for (flag, url) in [
        ("--http-url", &target.http_url),
        ("--ws-url", &target.ws_url),
    ] {
        if let Some(url) = url {
            if redact_url_fully(url) != *url {
                return Err(Error::usage(format!(
                    "{flag} carries a credential, which would be written into the manifest; \
                     give it without, and the credential through --k8s-secret"
                )));
            }
            flags.extend([flag.to_owned(), url.clone()]);
        }
    }
    flags.extend([
        "--timeout".to_owned(),
        humantime::format_duration(target.timeout).to_string(),
    ]);
    if let Some(k) = target.keepalive {
        flags.extend([
            "--keepalive".to_owned(),
            humantime::format_duration(k).to_string(),
        ]);
    }
    if target.insecure {
        flags.push("--insecure".to_owned());
    }
    let mut secrets = Vec::new();
    for (k, v) in &target.options {
        if is_secret(k) {
            if !secrets.contains(&OPTIONS_ENV) {
                secrets.push(OPTIONS_ENV);
            }
        } else {
            flags.extend(["--option".to_owned(), format!("{k}={v}")]);
        }
    }
    let c = &target.cognito;
    for (flag, v) in [
        ("--cognito-region", &c.region),
        ("--cognito-user-pool-id", &c.user_pool_id),
        ("--cognito-client-id", &c.client_id),
        ("--cognito-endpoint", &c.endpoint),
    ] {
        if let Some(v) = v {
            flags.extend([flag.to_owned(), v.clone()]);
        }
    }
    if c.client_secret.is_some() {
        secrets.push("SIGNAL_CLI_COGNITO_CLIENT_SECRET");
    }
    if ctx.global.id_token.is_some() {
        secrets.push("SIGNAL_CLI_ID_TOKEN");
    }
    Ok((flags, secrets))
}

/// Print the manifest (JSON, which `kubectl apply -f -` reads) on stdout and
/// what to do with it on stderr.
pub fn kubernetes(
    ctx: &Ctx,
    args: &LoadtestArgs,
    matches: &ArgMatches,
    plan: &LoadPlan,
    target: &Target,
) -> Result<()> {
    let groups = plan.schedule().count() as u64;
    let sessions = groups * plan.group_size();
    let shards = match (args.shard_count, args.sessions_per_shard) {
        (Some(n), _) => n,
        (None, Some(per)) => u32::try_from(sessions.div_ceil(per).max(1))
            .ok()
            .filter(|n| *n <= crate::load::shard::MAX_SHARDS)
            .ok_or_else(|| {
                Error::usage(format!(
                    "--sessions-per-shard {per}: {sessions} sessions would need more than {} shards",
                    crate::load::shard::MAX_SHARDS
                ))
            })?,
        (None, None) => {
            return Err(Error::usage(
                "--emit needs --shards N or --sessions-per-shard N",
            ));
        }
    };
    if u64::from(shards) > groups {
        return Err(Error::usage(format!(
            "{shards} shards for a plan of {groups} groups would leave shards with nothing to run"
        )));
    }
    if plan.token_pool.max(1) < shards as usize {
        return Err(Error::usage(format!(
            "a token pool of {} cannot give each of {shards} shards an identity; give --token-pool {shards} or more",
            plan.token_pool.max(1)
        )));
    }
    let (mut target_args, secrets) = target_flags(ctx, target)?;
    if !secrets.is_empty() && args.k8s_secret.is_none() {
        return Err(Error::usage(format!(
            "the target needs secrets ({}) that a manifest must not hold: put them in a \
             Kubernetes Secret under those keys and name it with --k8s-secret",
            secrets.join(", ")
        )));
    }
    let start_at = match plan.start_at {
        Some(t) => t,
        None => {
            let at = SystemTime::now() + DEFAULT_START_DELAY;
            let secs = at.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs() + 1;
            UNIX_EPOCH + Duration::from_secs(secs)
        }
    };
    let name = &args.job_name;
    let mut container_args = vec!["-q".to_owned()];
    container_args.append(&mut target_args);
    container_args.push("loadtest".to_owned());
    container_args.extend(given_flags(matches));
    let mut items = Vec::new();
    let mut volumes = Vec::new();
    let mut mounts = Vec::new();
    if let Some(file) = &args.workload.flow.file {
        let text = std::fs::read_to_string(file)
            .map_err(|e| Error::usage(format!("cannot read {}: {e}", file.display())))?;
        let key = file
            .file_name()
            .and_then(|n| n.to_str())
            .filter(|n| !n.is_empty())
            .unwrap_or("flow.jsonl")
            .to_owned();
        items.push(json!({
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": format!("{name}-flow"), "labels": labels()},
            "data": {key.clone(): text},
        }));
        volumes.push(json!({"name": "flow", "configMap": {"name": format!("{name}-flow")}}));
        mounts.push(json!({"name": "flow", "mountPath": FLOW_DIR, "readOnly": true}));
        container_args.push(format!("{FLOW_DIR}/{key}"));
    }
    container_args.extend([
        "--shard".to_owned(),
        format!("$(JOB_COMPLETION_INDEX)/{shards}"),
        "--seed".to_owned(),
        plan.seed.to_string(),
        "--start-at".to_owned(),
        humantime::format_rfc3339_seconds(start_at).to_string(),
        "--save".to_owned(),
        "-".to_owned(),
    ]);

    let per_shard = sessions.div_ceil(u64::from(shards));
    // Rough sizing: a session's buffers and bookkeeping while signals flow,
    // with room for the histograms; measured idle cost is far below.
    let memory_mib = 128 + per_shard * 32 / 1024;
    let run_for = match &plan.model {
        Model::Closed {
            duration: Some(d), ..
        } => *d,
        Model::Closed { iterations, .. } => {
            plan.timeout * u32::try_from(iterations.unwrap_or(10).min(10_000)).unwrap_or(10_000)
        }
        Model::Open { stages, .. } => stages.iter().map(|s| s.duration).sum(),
    };
    let wait = start_at
        .duration_since(SystemTime::now())
        .unwrap_or_default();
    let deadline = (wait + run_for + plan.hold + Duration::from_secs(600)).as_secs();
    let mut container = json!({
        "name": "shard",
        "image": args.image,
        "args": container_args,
        "env": [{
            "name": "JOB_COMPLETION_INDEX",
            "valueFrom": {"fieldRef": {
                "fieldPath": "metadata.annotations['batch.kubernetes.io/job-completion-index']"
            }},
        }],
        "resources": {
            "requests": {"cpu": "1", "memory": format!("{memory_mib}Mi")},
            "limits": {"cpu": "2", "memory": format!("{}Mi", memory_mib * 2)},
        },
    });
    if let Some(secret) = &args.k8s_secret {
        container["envFrom"] = json!([{"secretRef": {"name": secret}}]);
    }
    if !mounts.is_empty() {
        container["volumeMounts"] = Value::Array(mounts);
    }
    let mut pod = json!({
        "restartPolicy": "Never",
        "containers": [container],
    });
    if !volumes.is_empty() {
        pod["volumes"] = Value::Array(volumes);
    }
    let job = json!({
        "apiVersion": "batch/v1",
        "kind": "Job",
        "metadata": {"name": name, "labels": labels()},
        "spec": {
            "completionMode": "Indexed",
            "completions": shards,
            "parallelism": shards,
            // A shard run again would start late and count twice.
            "backoffLimit": 0,
            "activeDeadlineSeconds": deadline,
            "template": {"metadata": {"labels": labels()}, "spec": pod},
        },
    });
    let manifest = if items.is_empty() {
        job
    } else {
        items.push(job);
        json!({"apiVersion": "v1", "kind": "List", "items": items})
    };
    // The manifest is the product, printed even with -q.
    ctx.out
        .product(&serde_json::to_string_pretty(&manifest).unwrap_or_default());
    if !ctx.out.quiet {
        let secret_note = match (&args.k8s_secret, secrets.is_empty()) {
            (Some(s), false) => format!("# the Secret {s} must hold: {}\n", secrets.join(", ")),
            _ => String::new(),
        };
        eprintln!(
            "# {shards} shards of {per_shard} sessions or fewer begin their load at {}.\n\
             {secret_note}\
             # Apply, wait, then merge the result line each pod printed:\n\
             kubectl apply -f job.json\n\
             kubectl wait --for=condition=complete --timeout={deadline}s job/{name}  # a shard that failed a threshold ends Failed\n\
             kubectl logs -l job-name={name} --tail=-1 --max-log-requests={shards} | signal-cli report merge - --save merged.json",
            rfc3339(start_at)
        );
    }
    Ok(())
}

fn labels() -> Value {
    json!({"app.kubernetes.io/name": "signal-cli", "app.kubernetes.io/component": "loadtest"})
}
