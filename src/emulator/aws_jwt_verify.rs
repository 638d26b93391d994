//! Tokens checked as the npm package `aws-jwt-verify` (5.1) checks them
//! for `CognitoJwtVerifier.create({userPoolId, tokenUse, clientId})`, in its
//! order and with its messages: the shape, the key named by `kid`, the
//! algorithm, the signature, `exp`, `nbf`, the issuer, `token_use`, then
//! the app client (`aud` of an ID token, `client_id` of an access token).
//! A second unknown `kid` within ten seconds of the first is refused
//! without fetching the key set again, as its penalty box does.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use jsonwebtoken::{Algorithm, Validation};
use serde_json::{Map, Value};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::idp::Verifier;

/// How long after an unknown `kid` no key set is fetched.
const PENALTY: Duration = Duration::from_secs(10);

/// The algorithms `aws-jwt-verify` supports.
const SUPPORTED: &[&str] = &[
    "RS256", "RS384", "RS512", "ES256", "ES384", "ES512", "EdDSA",
];

pub struct CognitoJwtVerifier {
    token_use: &'static str,
    /// When a `kid` was last not found.
    penalty: Mutex<Option<Instant>>,
}

/// `new Date(secs * 1000).toISOString()`.
fn iso(secs: f64) -> String {
    let ms = (secs * 1000.0).round();
    if !ms.is_finite() || ms < 0.0 {
        return "Invalid Date".into();
    }
    humantime::format_rfc3339_millis(UNIX_EPOCH + Duration::from_millis(ms as u64)).to_string()
}

/// `Buffer.from(b64, "base64")`: standard or URL alphabet, padding optional.
fn b64(part: &str) -> Vec<u8> {
    let clean: String = part
        .trim_end_matches('=')
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    let padded = format!("{clean}{}", "=".repeat((4 - clean.len() % 4) % 4));
    STANDARD.decode(padded).unwrap_or_default()
}

fn object(part: &str, what: &str) -> Result<Map<String, Value>, String> {
    let text = String::from_utf8_lossy(&b64(part)).into_owned();
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err(format!("JWT {what} is not an object")),
        Err(_) => Err(format!(
            "Invalid JWT. {} is not a valid JSON object",
            if what == "header" {
                "Header"
            } else {
                "Payload"
            }
        )),
    }
}

/// `assertStringArrayContainsString` / `assertStringEquals` for one value.
fn assert_one(name: &str, actual: Option<&Value>, expected: &[&str]) -> Result<(), String> {
    let expectation = match expected {
        [one] => format!("Expected: {one}"),
        many => format!("Expected one of: {}", many.join(", ")),
    };
    let actual = match actual {
        None | Some(Value::Null) | Some(Value::Bool(false)) => None,
        Some(Value::String(s)) if s.is_empty() => None,
        Some(Value::Number(n)) if n.as_f64() == Some(0.0) => None,
        Some(v) => Some(v),
    };
    let Some(actual) = actual else {
        return Err(format!("Missing {name}. {expectation}"));
    };
    let Some(actual) = actual.as_str() else {
        return Err(format!("{name} is not of type string"));
    };
    if !expected.contains(&actual) {
        return Err(format!("{name} not allowed: {actual}. {expectation}"));
    }
    Ok(())
}

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or_default()
}

impl CognitoJwtVerifier {
    pub fn new(token_use: &'static str) -> CognitoJwtVerifier {
        CognitoJwtVerifier {
            token_use,
            penalty: Mutex::new(None),
        }
    }

    /// The token's claims, or the library's message. `token` is the value
    /// the client sent, whatever its JSON type.
    pub async fn verify(
        &self,
        keys: &Verifier,
        token: Option<&Value>,
    ) -> Result<Map<String, Value>, String> {
        let token = match token {
            None | Some(Value::Null) | Some(Value::Bool(false)) => return Err("Empty JWT".into()),
            Some(Value::String(s)) if s.is_empty() => return Err("Empty JWT".into()),
            Some(Value::Number(n)) if n.as_f64() == Some(0.0) => {
                return Err("Empty JWT".into());
            }
            Some(Value::String(s)) => s.as_str(),
            Some(_) => return Err("JWT is not a string".into()),
        };
        let parts: Vec<&str> = token.split('.').collect();
        let well_formed = parts.len() == 3
            && parts.iter().all(|p| {
                let body = p.trim_end_matches('=');
                !body.is_empty()
                    && p.len() - body.len() <= 2
                    && body
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            });
        if !well_formed {
            return Err(
                "JWT string does not consist of exactly 3 parts (header, payload, signature)"
                    .into(),
            );
        }
        let header = object(parts[0], "header")?;
        for (claim, what) in [("alg", "alg"), ("kid", "kid")] {
            if header.get(claim).is_some_and(|v| !v.is_string()) {
                return Err(format!("JWT header {what} claim is not a string"));
            }
        }
        let payload = object(parts[1], "payload")?;
        check_payload_types(&payload)?;
        let Some(kid) = header.get("kid").and_then(Value::as_str) else {
            return Err("JWT header does not have valid kid claim".into());
        };
        let key = match keys.key_with_id(kid).await {
            Some(k) => k,
            None => {
                let mut p = self.penalty.lock().unwrap_or_else(|p| p.into_inner());
                if p.is_some_and(|at| at.elapsed() < PENALTY) {
                    return Err(
                        "Not allowed to fetch JWKS yet, still waiting for back off period to end"
                            .into(),
                    );
                }
                *p = Some(Instant::now());
                return Err(format!("JWK for kid \"{kid}\" not found in the JWKS"));
            }
        };
        // The key set's keys are RS256 (Cognito's), so the header must say so.
        assert_one("JWT signature algorithm", header.get("alg"), &["RS256"])?;
        assert_one("JWT signature algorithm", header.get("alg"), SUPPORTED)?;
        let mut v = Validation::new(Algorithm::RS256);
        v.validate_exp = false;
        v.validate_nbf = false;
        v.validate_aud = false;
        v.required_spec_claims = Default::default();
        if jsonwebtoken::decode::<Map<String, Value>>(token, &key, &v).is_err() {
            return Err("Invalid signature".into());
        }
        let now = now();
        if let Some(exp) = payload.get("exp").and_then(Value::as_f64)
            && exp < now
        {
            return Err(format!("Token expired at {}", iso(exp)));
        }
        if let Some(nbf) = payload.get("nbf").and_then(Value::as_f64)
            && nbf > now
        {
            return Err(format!("Token can't be used before {}", iso(nbf)));
        }
        let (issuer, client) = keys.expected();
        assert_one("Issuer", payload.get("iss"), &[issuer])?;
        assert_one("Token use", payload.get("token_use"), &["id", "access"])?;
        assert_one("Token use", payload.get("token_use"), &[self.token_use])?;
        if payload.get("token_use").and_then(Value::as_str) == Some("id") {
            assert_aud(payload.get("aud"), client)?;
        } else {
            assert_one("Client ID", payload.get("client_id"), &[client])?;
        }
        Ok(payload)
    }
}

/// The claim types the library insists on before anything else.
fn check_payload_types(p: &Map<String, Value>) -> Result<(), String> {
    let bad = |claim: &str, ok: fn(&Value) -> bool| p.get(claim).is_some_and(|v| !ok(v));
    if bad("exp", Value::is_number) {
        return Err("JWT payload exp claim is not a number".into());
    }
    if bad("iss", Value::is_string) {
        return Err("JWT payload iss claim is not a string".into());
    }
    if bad("sub", Value::is_string) {
        return Err("JWT payload sub claim is not a string".into());
    }
    let aud_ok =
        |v: &Value| v.is_string() || v.as_array().is_some_and(|a| a.iter().all(Value::is_string));
    if bad("aud", aud_ok) {
        return Err("JWT payload aud claim is not a string or array of strings".into());
    }
    for (claim, kind) in [("nbf", "a number"), ("iat", "a number")] {
        if bad(claim, Value::is_number) {
            return Err(format!("JWT payload {claim} claim is not {kind}"));
        }
    }
    for claim in ["scope", "jti"] {
        if bad(claim, Value::is_string) {
            return Err(format!("JWT payload {claim} claim is not a string"));
        }
    }
    Ok(())
}

/// The `aud` of an ID token: a string or an array that holds the client.
fn assert_aud(aud: Option<&Value>, client: &str) -> Result<(), String> {
    let name = "Client ID (\"audience\")";
    match aud {
        Some(Value::Array(items)) if !items.is_empty() => {
            let items: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
            if items.contains(&client) {
                Ok(())
            } else {
                Err(format!(
                    "{name} not allowed: {}. Expected: {client}",
                    items.join(", ")
                ))
            }
        }
        other => assert_one(name, other, &[client]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_expectations_read_as_the_library_writes_them() {
        assert_eq!(iso(1796155534.0), "2026-12-01T20:05:34.000Z");
        assert_eq!(iso(1796155534.25), "2026-12-01T20:05:34.250Z");
        assert_eq!(
            assert_one("Token use", Some(&"id".into()), &["access"]),
            Err("Token use not allowed: id. Expected: access".into())
        );
        assert_eq!(
            assert_one("Token use", None, &["id", "access"]),
            Err("Missing Token use. Expected one of: id, access".into())
        );
        assert_eq!(
            assert_one("Client ID", Some(&5.into()), &["c"]),
            Err("Client ID is not of type string".into())
        );
        assert_eq!(b64("eyJhIjoxfQ"), b"{\"a\":1}");
    }
}
