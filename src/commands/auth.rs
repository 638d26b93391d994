//! `signal-cli auth`: sign in and manage the token cache.

use serde_json::{Value, json};
use std::io::{BufRead, IsTerminal};

use super::Ctx;
use crate::auth::cognito::Cognito;
use crate::auth::{Identity, cache, jwt::Claims};
use crate::backend;
use crate::cli::{AuthCommand, ConfirmArgs, ShowTokenArgs, SigninArgs, SignupArgs};
use crate::error::{Error, Result};
use crate::util::clock::now_secs;

pub async fn run(ctx: &Ctx, cmd: AuthCommand) -> Result<()> {
    match cmd {
        AuthCommand::Anonymous(a) => anonymous(ctx, a).await,
        AuthCommand::Signin(a) => signin(ctx, a).await,
        AuthCommand::Signup(a) => signup(ctx, a).await,
        AuthCommand::Confirm(a) => confirm(ctx, a).await,
        AuthCommand::Refresh(a) => refresh(ctx, a).await,
        AuthCommand::Whoami(a) => whoami(ctx, a).await,
        AuthCommand::Logout => logout(ctx),
    }
}

async fn anonymous(ctx: &Ctx, args: ShowTokenArgs) -> Result<()> {
    let target = ctx.target()?;
    let Some(identity) = backend::client_for(&target)?.sign_in_anonymously().await? else {
        return Err(Error::usage(format!(
            "the {} target hands out no anonymous identities; sign in with a Cognito user (`auth signin`), or give an emulator's --http-url",
            target.backend
        )));
    };
    stored(ctx, &target.profile, &identity, &args)
}

/// Cache `identity` for `profile` and say so (the token only when asked).
fn stored(ctx: &Ctx, profile: &str, identity: &Identity, args: &ShowTokenArgs) -> Result<()> {
    let path = cache::store(profile, identity)?;
    let expires = identity.expires_at();
    if ctx.out.json {
        let mut doc = json!({
            "profile": profile,
            "username": identity.username,
            "expires_at": expires,
            "cache_file": path.display().to_string(),
        });
        if args.show_token {
            doc["id_token"] = Value::String(identity.id_token.clone());
        }
        ctx.out.document(&doc);
    } else {
        let mut rows = vec![
            ("profile", profile.to_owned()),
            ("username", identity.username.clone().unwrap_or_default()),
            ("expires", describe_expiry(expires)),
            ("cached in", path.display().to_string()),
        ];
        if args.show_token {
            rows.push(("id_token", identity.id_token.clone()));
        }
        ctx.out.fields(&rows);
    }
    Ok(())
}

/// Secrets from standard input, one per line, or asked for on the terminal.
struct Secrets {
    lines: Option<std::io::Lines<std::io::StdinLock<'static>>>,
}

impl Secrets {
    fn new(from_stdin: bool) -> Self {
        Secrets {
            lines: from_stdin.then(|| std::io::stdin().lock().lines()),
        }
    }

    fn next(&mut self, what: &str) -> Result<String> {
        let line = match &mut self.lines {
            Some(lines) => lines
                .next()
                .transpose()
                .map_err(|e| Error::io(format!("cannot read the {what}"), e))?
                .ok_or_else(|| Error::usage(format!("no {what} on standard input")))?,
            None if std::io::stdin().is_terminal() => {
                rpassword::prompt_password(format!("{what}: "))
                    .map_err(|e| Error::io(format!("cannot read the {what}"), e))?
            }
            None => {
                return Err(Error::usage(format!(
                    "standard input is not a terminal: give the {what} with --password-stdin"
                )));
            }
        };
        let line = line.trim_end_matches(['\r', '\n']).to_owned();
        if line.is_empty() {
            return Err(Error::usage(format!("the {what} is empty")));
        }
        Ok(line)
    }
}

async fn cognito(ctx: &Ctx) -> Result<(crate::config::Target, Cognito)> {
    let target = ctx.target()?;
    let client = Cognito::new(&target.cognito, target.timeout).await?;
    Ok((target, client))
}

async fn signin(ctx: &Ctx, args: SigninArgs) -> Result<()> {
    let (target, client) = cognito(ctx).await?;
    let mut secrets = Secrets::new(args.password_stdin);
    let password = secrets.next("password")?;
    let new_password = if args.new_password_stdin {
        let mut from = if args.password_stdin {
            secrets
        } else {
            Secrets::new(true)
        };
        Some(from.next("new password")?)
    } else {
        None
    };
    let identity = client
        .sign_in(&args.username, &password, new_password.as_deref())
        .await?;
    stored(ctx, &target.profile, &identity, &args.show)
}

async fn signup(ctx: &Ctx, args: SignupArgs) -> Result<()> {
    let (_, client) = cognito(ctx).await?;
    let attributes = args
        .attributes
        .iter()
        .map(|a| {
            a.split_once('=')
                .map(|(n, v)| (n.to_owned(), v.to_owned()))
                .ok_or_else(|| Error::usage(format!("--attribute '{a}': expected NAME=VALUE")))
        })
        .collect::<Result<Vec<_>>>()?;
    let password = Secrets::new(args.password_stdin).next("password")?;
    let out = client
        .sign_up(&args.username, &password, &attributes)
        .await?;
    if ctx.out.json {
        ctx.out.document(&json!({
            "username": args.username,
            "user_sub": out.user_sub,
            "confirmed": out.confirmed,
        }));
    } else {
        ctx.out.fields(&[
            ("username", args.username.clone()),
            ("user sub", out.user_sub.clone()),
            (
                "confirmed",
                if out.confirmed {
                    "yes".into()
                } else {
                    format!(
                        "no: signal-cli auth confirm --username {} --code CODE",
                        args.username
                    )
                },
            ),
        ]);
    }
    Ok(())
}

async fn confirm(ctx: &Ctx, args: ConfirmArgs) -> Result<()> {
    let (_, client) = cognito(ctx).await?;
    client.confirm(&args.username, &args.code).await?;
    if ctx.out.json {
        ctx.out
            .document(&json!({"username": args.username, "confirmed": true}));
    } else {
        ctx.out.line(&format!("confirmed {}", args.username));
    }
    Ok(())
}

async fn refresh(ctx: &Ctx, args: ShowTokenArgs) -> Result<()> {
    let target = ctx.target()?;
    let Some(identity) = cache::load(&target.profile)? else {
        return Err(Error::Auth(format!(
            "no cached tokens for profile '{}'; run `signal-cli auth signin`",
            target.profile
        )));
    };
    if identity.refresh_token.is_none() || identity.cognito.is_none() {
        return Err(Error::usage(format!(
            "the {} identity of profile '{}' has no refresh token; sign in again",
            identity.source, target.profile
        )));
    }
    let identity = crate::auth::fresh(
        &target.profile,
        identity,
        &target.cognito,
        target.timeout,
        true,
    )
    .await?;
    stored(ctx, &target.profile, &identity, &args)
}

async fn whoami(ctx: &Ctx, args: ShowTokenArgs) -> Result<()> {
    let target = ctx.target()?;
    let identity = ctx.identity(&target).await?;
    let claims = Claims::decode(&identity.id_token)?;
    let pool = identity.cognito.as_ref();
    if ctx.out.json {
        let mut doc = json!({
            "profile": target.profile,
            "source": identity.source,
            "username": identity.username,
            "expires_at": claims.exp(),
            "claims": Value::Object(claims.0.clone()),
        });
        if let Some(p) = pool {
            doc["cognito"] = json!({
                "region": p.region,
                "client_id": p.client_id,
                "user_pool_id": p.user_pool_id,
                "endpoint": p.endpoint,
            });
        }
        if args.show_token {
            doc["id_token"] = Value::String(identity.id_token.clone());
        }
        ctx.out.document(&doc);
        return Ok(());
    }
    let mut rows = vec![
        ("profile", target.profile.clone()),
        ("source", identity.source.clone()),
    ];
    for name in [
        "sub",
        "cognito:username",
        "cognito:groups",
        "email",
        "iss",
        "aud",
        "token_use",
    ] {
        if let Some(v) = claims.0.get(name) {
            rows.push((
                name,
                v.as_str()
                    .map(str::to_owned)
                    .unwrap_or_else(|| v.to_string()),
            ));
        }
    }
    if let Some(p) = pool {
        rows.push(("region", p.region.clone()));
        rows.push(("app client", p.client_id.clone()));
        if let Some(id) = &p.user_pool_id {
            rows.push(("user pool", id.clone()));
        }
    }
    rows.push(("expires", describe_expiry(claims.exp())));
    if args.show_token {
        rows.push(("id_token", identity.id_token.clone()));
    }
    ctx.out.fields(&rows);
    Ok(())
}

fn logout(ctx: &Ctx) -> Result<()> {
    let target = ctx.target()?;
    let removed = cache::remove(&target.profile)?;
    if ctx.out.json {
        ctx.out
            .document(&json!({"profile": target.profile, "removed": removed}));
    } else if removed {
        ctx.out.line(&format!(
            "removed the cached tokens of profile '{}'",
            target.profile
        ));
    } else {
        ctx.out.line(&format!(
            "profile '{}' had no cached tokens",
            target.profile
        ));
    }
    Ok(())
}

/// "in 59m 58s (Unix 1700000000)" or "expired 3s ago".
pub fn describe_expiry(exp: Option<u64>) -> String {
    let Some(exp) = exp else {
        return "unknown".into();
    };
    let now = now_secs();
    if exp > now {
        format!(
            "in {} (Unix {exp})",
            humantime::format_duration(std::time::Duration::from_secs(exp - now))
        )
    } else {
        format!(
            "expired {} ago (Unix {exp})",
            humantime::format_duration(std::time::Duration::from_secs(now - exp))
        )
    }
}
