//! `signal-cli serve BACKEND...`: run emulators until Ctrl-C or SIGTERM.

use serde_json::{Map, Value};

use super::Ctx;
use crate::backend;
use crate::backend::appsync::Mode;
use crate::cli::ServeArgs;
use crate::emulator::faults::Fault;
use crate::emulator::tls::TlsSettings;
use crate::emulator::{EmulatorConfig, ExternalAuth, Flavour, RunningEmulator};
use crate::error::{Error, Result};

pub fn config_from(args: &ServeArgs) -> Result<EmulatorConfig> {
    let mut cfg = EmulatorConfig::ephemeral();
    cfg.host = args.host.clone();
    cfg.port = args.port;
    cfg.ws_port = args.ws_port;
    cfg.single_port = args.single_port;
    cfg.room_ttl = args.room_ttl;
    cfg.token_lifetime = args.token_lifetime;
    cfg.max_frame = args.max_frame;
    cfg.drop_candidates = args.drop_candidates;
    cfg.issuer = args.issuer.clone();
    cfg.audience = args.audience.clone();
    cfg.external_auth = args.jwks_url.as_ref().map(|url| ExternalAuth {
        jwks_url: url.clone(),
        issuer: args.issuer.clone().unwrap_or_default(),
        audience: args.audience.clone().unwrap_or_default(),
    });
    cfg.flavour = if args.flavour == "apigw" {
        Flavour::Apigw
    } else {
        Flavour::Node
    };
    cfg.frame_limit = args.frame_limit;
    cfg.message_limit = args.message_limit;
    cfg.idle_timeout = args.idle_timeout;
    cfg.max_duration = args.max_duration;
    cfg.faithful_limits = args.faithful_limits;
    cfg.mesh_ttl = args.mesh_ttl;
    cfg.route_responses = args.route_responses;
    cfg.lambda_errors = args.lambda_error.clone();
    cfg.confirmation_code = args.confirmation_code.clone();
    cfg.cognito_throttle = args.cognito_throttle;
    cfg.max_http_buffer_size = args.max_http_buffer_size;
    cfg.api_keys = args.api_keys.clone();
    if !args.namespaces.is_empty() {
        cfg.namespaces = args.namespaces.clone();
    }
    cfg.ka_interval = args.ka_interval;
    if !args.auth_modes.is_empty() {
        cfg.auth_modes = args
            .auth_modes
            .iter()
            .map(|m| Mode::parse(m).map_err(Error::usage))
            .collect::<Result<_>>()?;
    }
    for pair in &args.iam_keys {
        let (id, secret) = pair
            .split_once(':')
            .filter(|(id, secret)| !id.is_empty() && !secret.is_empty())
            .ok_or_else(|| {
                Error::usage(format!("--iam-key '{pair}': expected ACCESS_KEY_ID:SECRET"))
            })?;
        cfg.iam_keys.insert(id.to_owned(), secret.to_owned());
    }
    cfg.lambda_tokens = args.lambda_tokens.clone();
    cfg.own_channel = args.own_channel.clone();
    cfg.graphql_schema = args.graphql_schema.clone();
    cfg.tls = TlsSettings {
        cert: args.tls_cert.clone(),
        key: args.tls_key.clone(),
        write_cert: args.write_cert.clone(),
    };
    cfg.faults = args
        .fault
        .iter()
        .map(|f| Fault::parse(f))
        .collect::<Result<_>>()?;
    Ok(cfg)
}

pub async fn run(ctx: &Ctx, args: ServeArgs) -> Result<()> {
    let cfg = config_from(&args)?;
    let mut running: Vec<RunningEmulator> = Vec::new();
    for name in &args.backends {
        if running.iter().any(|r| r.backend == name) {
            return Err(Error::usage(format!("backend {name} is named twice")));
        }
        let reg = backend::lookup(name)?;
        let emu = (reg.emulator)(cfg.clone()).await?;
        announce(ctx, &emu);
        running.push(emu);
    }
    wait_for_stop().await;
    for emu in running {
        emu.stop().await;
    }
    Ok(())
}

fn announce(ctx: &Ctx, emu: &RunningEmulator) {
    if ctx.out.json {
        let mut doc = Map::new();
        doc.insert("backend".into(), emu.backend.into());
        for (name, url) in &emu.endpoints {
            doc.insert(format!("{name}_url"), Value::String(url.clone()));
        }
        doc.extend(emu.info.clone());
        ctx.out.ndjson(&Value::Object(doc));
    } else {
        for (name, url) in &emu.endpoints {
            ctx.out
                .line(&format!("{:<8} {:<5} {url}", emu.backend, name));
        }
        for (k, v) in &emu.info {
            ctx.out.line(&format!(
                "{:<8} {k}: {}",
                emu.backend,
                v.as_str()
                    .map(str::to_owned)
                    .unwrap_or_else(|| v.to_string())
            ));
        }
    }
}

async fn wait_for_stop() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
