//! `signal-cli serve BACKEND...`: run emulators until Ctrl-C or SIGTERM.

use clap::ArgMatches;
use serde_json::{Map, Value};

use super::Ctx;
use crate::backend;
use crate::cli::ServeArgs;
use crate::emulator::conn::Limits;
use crate::emulator::faults::Fault;
use crate::emulator::log::Log;
use crate::emulator::tls::TlsSettings;
use crate::emulator::{EmulatorConfig, ExternalAuth, RunningEmulator};
use crate::error::{Error, Result};

/// The shared emulator config from `serve`'s own options.
pub fn config_from(args: &ServeArgs) -> Result<EmulatorConfig> {
    let mut cfg = EmulatorConfig::ephemeral();
    cfg.host = args.host.clone();
    cfg.port = args.port;
    cfg.token_lifetime = args.token_lifetime;
    cfg.issuer = args.issuer.clone();
    cfg.audience = args.audience.clone();
    cfg.external_auth = args.jwks_url.as_ref().map(|url| ExternalAuth {
        jwks_url: url.clone(),
        issuer: args.issuer.clone().unwrap_or_default(),
        audience: args.audience.clone().unwrap_or_default(),
    });
    cfg.confirmation_code = args.confirmation_code.clone();
    cfg.cognito_throttle = args.cognito_throttle;
    cfg.diagnostics = args.diagnostics;
    cfg.limits = Limits {
        header_timeout: args.header_timeout,
        per_client: args.max_connections_per_client as usize,
    };
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

pub async fn run(ctx: &Ctx, args: ServeArgs, matches: Option<&ArgMatches>) -> Result<()> {
    let mut cfg = config_from(&args)?;
    cfg.log = if ctx.out.json { Log::Json } else { Log::Text };
    let mut running: Vec<RunningEmulator> = Vec::new();
    for name in &args.backends {
        if running.iter().any(|r| r.backend == name) {
            return Err(Error::usage(format!("backend {name} is named twice")));
        }
        let reg = backend::lookup(name)?;
        let emu = match ctx.unless_stopped(reg.start(cfg.clone(), matches)).await {
            Ok(emu) => emu,
            Err(e) => {
                for emu in running {
                    emu.stop().await;
                }
                return Err(e);
            }
        };
        announce(ctx, &emu);
        running.push(emu);
    }
    ctx.stop.cancelled().await;
    for emu in running {
        emu.stop().await;
    }
    Err(Error::Interrupted)
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
