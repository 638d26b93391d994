//! `signal-cli auth`: sign in and manage the token cache.

use serde_json::{Value, json};

use super::Ctx;
use crate::auth::{cache, jwt::Claims};
use crate::backend;
use crate::cli::{AuthCommand, ShowTokenArgs};
use crate::emulator::idp::now_secs;
use crate::error::Result;

pub async fn run(ctx: &Ctx, cmd: AuthCommand) -> Result<()> {
    match cmd {
        AuthCommand::Anonymous(a) => anonymous(ctx, a).await,
        AuthCommand::Whoami(a) => whoami(ctx, a),
        AuthCommand::Logout => logout(ctx),
    }
}

async fn anonymous(ctx: &Ctx, args: ShowTokenArgs) -> Result<()> {
    let target = ctx.target()?;
    let identity = backend::client_for(&target)?.sign_in_anonymously().await?;
    let path = cache::store(&target.profile, &identity)?;
    let expires = identity.expires_at();
    if ctx.out.json {
        let mut doc = json!({
            "profile": target.profile,
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
            ("profile", target.profile.clone()),
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

fn whoami(ctx: &Ctx, args: ShowTokenArgs) -> Result<()> {
    let target = ctx.target()?;
    let identity = ctx.identity(&target)?;
    let claims = Claims::decode(&identity.id_token)?;
    if ctx.out.json {
        let mut doc = json!({
            "profile": target.profile,
            "source": identity.source,
            "username": identity.username,
            "expires_at": claims.exp(),
            "claims": Value::Object(claims.0.clone()),
        });
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
