//! `signal-cli profile`: named targets in the config file.

use serde_json::json;

use super::Ctx;
use crate::cli::ProfileCommand;
use crate::config::{Config, Profile};
use crate::error::{Error, Result};

pub fn run(mut ctx: Ctx, cmd: ProfileCommand) -> Result<()> {
    match cmd {
        ProfileCommand::Add(a) => {
            crate::auth::cache::path_for(&a.name)?;
            let g = &ctx.global;
            let profile = Profile {
                backend: Some(
                    g.backend
                        .clone()
                        .unwrap_or_else(|| crate::config::DEFAULT_BACKEND.to_owned()),
                ),
                http_url: g.http_url.clone(),
                ws_url: g.ws_url.clone(),
                insecure: g.insecure,
                cognito: g.cognito.settings(),
                options: g.options.iter().cloned().collect(),
            };
            ctx.config.profiles.insert(a.name.clone(), profile);
            if a.make_current || ctx.config.current.is_none() {
                ctx.config.current = Some(a.name.clone());
            }
            ctx.config.save()?;
            ctx.out.line(&format!(
                "saved profile '{}' in {}",
                a.name,
                Config::path()?.display()
            ));
        }
        ProfileCommand::List => {
            let current = ctx.config.current.clone();
            if ctx.out.json {
                let profiles: std::collections::BTreeMap<_, _> = ctx
                    .config
                    .profiles
                    .iter()
                    .map(|(n, p)| (n.clone(), p.redacted()))
                    .collect();
                ctx.out
                    .document(&json!({"current": current, "profiles": profiles}));
            } else {
                let rows = ctx
                    .config
                    .profiles
                    .iter()
                    .map(|(name, p)| {
                        let p = p.redacted();
                        vec![
                            if current.as_deref() == Some(name) {
                                "*".into()
                            } else {
                                String::new()
                            },
                            name.clone(),
                            p.backend.clone().unwrap_or_default(),
                            p.http_url.clone().unwrap_or_default(),
                            p.ws_url.clone().unwrap_or_default(),
                        ]
                    })
                    .collect();
                ctx.out
                    .table(&["", "name", "backend", "http_url", "ws_url"], rows);
            }
        }
        ProfileCommand::Show(a) => {
            let name = ctx
                .config
                .profile_name(a.name.as_deref().or(ctx.global.profile.as_deref()));
            let p = ctx.config.profiles.get(&name).ok_or_else(|| {
                Error::usage(format!(
                    "no profile named '{name}'; see `signal-cli profile list`"
                ))
            })?;
            let p = p.redacted();
            if ctx.out.json {
                ctx.out.document(&json!({"name": name, "profile": p}));
            } else {
                let mut rows = vec![
                    ("name".to_owned(), name.clone()),
                    ("backend".into(), p.backend.clone().unwrap_or_default()),
                    ("http_url".into(), p.http_url.clone().unwrap_or_default()),
                    ("ws_url".into(), p.ws_url.clone().unwrap_or_default()),
                    ("insecure".into(), p.insecure.to_string()),
                ];
                let c = &p.cognito;
                for (k, v) in [
                    ("cognito region", &c.region),
                    ("cognito user pool", &c.user_pool_id),
                    ("cognito client", &c.client_id),
                    ("cognito client secret", &c.client_secret),
                    ("cognito endpoint", &c.endpoint),
                ] {
                    if let Some(v) = v {
                        rows.push((k.to_owned(), v.clone()));
                    }
                }
                rows.extend(
                    p.options
                        .iter()
                        .map(|(k, v)| (format!("option {k}"), v.clone())),
                );
                let rows: Vec<(&str, String)> =
                    rows.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
                ctx.out.fields(&rows);
            }
        }
        ProfileCommand::Use(a) => {
            if !ctx.config.profiles.contains_key(&a.name) {
                return Err(Error::usage(format!(
                    "no profile named '{}'; see `signal-cli profile list`",
                    a.name
                )));
            }
            ctx.config.current = Some(a.name.clone());
            ctx.config.save()?;
            ctx.out
                .line(&format!("profile '{}' is now the default", a.name));
        }
        ProfileCommand::Remove(a) => {
            if ctx.config.profiles.remove(&a.name).is_none() {
                return Err(Error::usage(format!("no profile named '{}'", a.name)));
            }
            if ctx.config.current.as_deref() == Some(a.name.as_str()) {
                ctx.config.current = None;
            }
            ctx.config.save()?;
            // Its tokens go with it.
            let had_tokens = crate::auth::cache::remove(&a.name)?;
            ctx.out.line(&format!(
                "removed profile '{}'{}",
                a.name,
                if had_tokens {
                    " and its cached tokens"
                } else {
                    ""
                }
            ));
        }
    }
    Ok(())
}
