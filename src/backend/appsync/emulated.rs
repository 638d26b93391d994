//! What both AppSync emulators share around their protocol: the listener,
//! the identity provider and Cognito endpoint, the accepted credentials,
//! TLS and plain HTTP on one port, and the start-up description.

use axum::Router;
use serde_json::Map;
use std::net::SocketAddr;
use tokio::net::TcpListener;

use super::check::ServerAuth;
use super::options::ApiSettings;
use crate::emulator::idp::{LOWER_ALNUM, random_string};
use crate::emulator::tls::{self, Tls};
use crate::emulator::{self, EmulatorConfig, RunningEmulator, Shutdown};
use crate::error::Result;

/// A bound, not yet serving, AppSync emulator.
pub struct Prepared {
    listener: TcpListener,
    addr: SocketAddr,
    http_url: String,
    tokens: emulator::Tokens,
    tls: Tls,
    api_key: String,
    pub shutdown: Shutdown,
}

/// Bind (`default_port` unless told otherwise) and make the credentials the
/// API accepts: API keys (one made up when none is given), the verifier of
/// Cognito/OIDC tokens, IAM keys and Lambda tokens.
pub async fn prepare(
    cfg: &EmulatorConfig,
    api: &ApiSettings,
    default_port: u16,
) -> Result<(Prepared, ServerAuth)> {
    let (listener, addr) = emulator::bind(&cfg.host, cfg.port_or(cfg.port, default_port)).await?;
    let http_url = emulator::base_url("http", addr);
    let tokens = emulator::Tokens::new(cfg, &http_url).await?;
    let api_keys = if api.api_keys.is_empty() {
        vec![format!("da2-{}", random_string(26, LOWER_ALNUM))]
    } else {
        api.api_keys.clone()
    };
    let auth = ServerAuth {
        api_keys: api_keys.clone(),
        verifier: tokens.verifier.clone(),
        iam_keys: api.iam_keys.clone(),
        lambda_tokens: api.lambda_tokens.clone(),
    };
    let prepared = Prepared {
        listener,
        addr,
        http_url,
        tokens,
        tls: Tls::new(&cfg.tls, &cfg.host)?,
        api_key: api_keys[0].clone(),
        shutdown: Shutdown::default(),
    };
    Ok((prepared, auth))
}

impl Prepared {
    /// Serve `router` (and the identity endpoints) over TLS and plain HTTP;
    /// describe it with the real-time path and the facts clients need.
    pub fn serve(
        self,
        cfg: &EmulatorConfig,
        api: &ApiSettings,
        backend: &'static str,
        router: Router,
        realtime_path: &str,
    ) -> Result<RunningEmulator> {
        let router = router.merge(self.tokens.router());
        let task = tls::spawn_dual(
            self.listener,
            router,
            self.shutdown.clone(),
            &self.tls,
            &cfg.limits,
        );
        let mut endpoints = vec![
            ("http", self.http_url.clone()),
            ("https", emulator::base_url("https", self.addr)),
            (
                "ws",
                format!("{}{realtime_path}", emulator::base_url("ws", self.addr)),
            ),
        ];
        let mut info = Map::new();
        self.tokens.describe(cfg, &mut endpoints, &mut info);
        info.insert("api_key".into(), self.api_key.into());
        let modes: Vec<&str> = api.modes.iter().map(|m| m.short()).collect();
        info.insert("auth_modes".into(), modes.into());
        info.insert("ka_interval_s".into(), api.ka.as_secs_f64().into());
        if let Some(path) = &cfg.tls.write_cert {
            info.insert("tls_cert".into(), path.display().to_string().into());
        }
        Ok(RunningEmulator {
            backend,
            endpoints,
            info,
            shutdown: self.shutdown,
            tasks: vec![task],
        })
    }
}
