//! The embedded identity provider: RS256 ID tokens with Cognito's claims and
//! a JWKS to verify them; or verification against an external JWKS (a real
//! or emulated Cognito user pool).

use aws_lc_rs::encoding::AsDer;
use aws_lc_rs::rsa::{KeyPair, KeySize};
use aws_lc_rs::signature::KeyPair as _;
use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde_json::{Map, Value, json};
use std::collections::HashMap;
use std::time::{Duration, Instant};
use tokio::sync::RwLock;

use crate::error::{Error, Result, root_cause};

/// Issues ID tokens as a Cognito user pool would, signed with a key made at start.
pub struct IdentityProvider {
    kid: String,
    encoding: EncodingKey,
    decoding: DecodingKey,
    n: String,
    e: String,
    pub issuer: String,
    pub audience: String,
    pub lifetime: Duration,
}

/// A random string of `len` characters from `alphabet`.
pub fn random_string(len: usize, alphabet: &[u8]) -> String {
    (0..len)
        .map(|_| alphabet[rand::random_range(0..alphabet.len())] as char)
        .collect()
}

pub const LOWER_ALNUM: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";

impl IdentityProvider {
    /// A fresh 2048-bit RSA key.
    pub fn generate(issuer: String, audience: String, lifetime: Duration) -> Result<Self> {
        let pair = KeyPair::generate(KeySize::Rsa2048)
            .map_err(|_| Error::failed("cannot generate an RSA key"))?;
        let pkcs8 = AsDer::<aws_lc_rs::encoding::Pkcs8V1Der>::as_der(&pair)
            .map_err(|_| Error::failed("cannot encode the RSA key"))?;
        let pem = format!(
            "-----BEGIN PRIVATE KEY-----\n{}\n-----END PRIVATE KEY-----\n",
            STANDARD.encode(pkcs8.as_ref())
        );
        let encoding = EncodingKey::from_rsa_pem(pem.as_bytes())
            .map_err(|e| Error::failed(format!("cannot load the RSA key: {e}")))?;
        let public = pair.public_key();
        let n = public.modulus().big_endian_without_leading_zero().to_vec();
        let e = public.exponent().big_endian_without_leading_zero().to_vec();
        Ok(IdentityProvider {
            kid: random_string(20, LOWER_ALNUM),
            encoding,
            decoding: DecodingKey::from_rsa_raw_components(&n, &e),
            n: URL_SAFE_NO_PAD.encode(&n),
            e: URL_SAFE_NO_PAD.encode(&e),
            issuer,
            audience,
            lifetime,
        })
    }

    /// An ID token for user `sub` named `username`, with the claims Cognito puts in one.
    pub fn issue(&self, sub: &str, username: &str, extra: Map<String, Value>) -> Result<String> {
        let now = crate::util::clock::now_secs();
        let mut claims = json!({
            "sub": sub,
            "aud": self.audience,
            "iss": self.issuer,
            "token_use": "id",
            "auth_time": now,
            "iat": now,
            "exp": now + self.lifetime.as_secs().max(1),
            "cognito:username": username,
            "jti": uuid::Uuid::new_v4().to_string(),
            "origin_jti": uuid::Uuid::new_v4().to_string(),
            "event_id": uuid::Uuid::new_v4().to_string(),
        });
        if let Value::Object(m) = &mut claims {
            m.extend(extra);
        }
        self.sign(&claims)
    }

    /// An access token for user `sub` named `username`, issued to app
    /// client `client`, with the claims Cognito puts in one.
    pub fn issue_access(&self, sub: &str, username: &str, client: &str) -> Result<String> {
        let now = crate::util::clock::now_secs();
        self.sign(&json!({
            "sub": sub, "iss": self.issuer, "client_id": client,
            "token_use": "access", "scope": "aws.cognito.signin.user.admin",
            "auth_time": now, "iat": now, "exp": now + self.lifetime.as_secs().max(1),
            "username": username, "jti": uuid::Uuid::new_v4().to_string(),
        }))
    }

    /// Sign `claims` as they are (RS256, with our key id).
    pub fn sign(&self, claims: &Value) -> Result<String> {
        self.sign_as(claims, Some(&self.kid.clone()))
    }

    /// Sign `claims` with our key under another key id, or none.
    pub fn sign_as(&self, claims: &Value, kid: Option<&str>) -> Result<String> {
        let mut header = Header::new(Algorithm::RS256);
        header.kid = kid.map(str::to_owned);
        jsonwebtoken::encode(&header, claims, &self.encoding)
            .map_err(|e| Error::failed(format!("cannot sign a token: {e}")))
    }

    /// The claims of an access token we issued: signature, issuer, expiry
    /// and `token_use: access` checked.
    pub fn verify_access(&self, token: &str) -> std::result::Result<Map<String, Value>, String> {
        let mut v = Validation::new(Algorithm::RS256);
        v.leeway = 0;
        v.set_issuer(&[&self.issuer]);
        v.validate_aud = false;
        v.set_required_spec_claims(&["exp", "iss", "sub"]);
        let data = jsonwebtoken::decode::<Map<String, Value>>(token, &self.decoding, &v)
            .map_err(|e| rejection(e.kind()).to_string())?;
        if data.claims.get("token_use").and_then(Value::as_str) != Some("access") {
            return Err("not an access token".into());
        }
        Ok(data.claims)
    }

    /// The public key set, as served at `/.well-known/jwks.json`.
    pub fn jwks(&self) -> Value {
        json!({"keys": [{"kty": "RSA", "alg": "RS256", "use": "sig", "kid": self.kid, "n": self.n, "e": self.e}]})
    }
}

/// The claims a verified token carries that the emulators use.
#[derive(Debug, Clone)]
pub struct VerifiedClaims {
    pub sub: String,
    pub username: Option<String>,
    pub groups: Vec<String>,
    pub all: Map<String, Value>,
}

/// Checks ID tokens: against the embedded provider, or an external JWKS.
pub enum Verifier {
    Embedded(std::sync::Arc<IdentityProvider>),
    External(ExternalJwks),
}

/// Keys fetched from a JWKS URL, refreshed when a token names an unknown key.
pub struct ExternalJwks {
    pub url: String,
    pub issuer: String,
    pub audience: String,
    http: reqwest::Client,
    keys: RwLock<(Option<Instant>, HashMap<String, DecodingKey>)>,
}

const REFETCH_AFTER: Duration = Duration::from_secs(5);

impl ExternalJwks {
    pub fn new(url: String, issuer: String, audience: String, http: reqwest::Client) -> Self {
        ExternalJwks {
            url,
            issuer,
            audience,
            http,
            keys: RwLock::new((None, HashMap::new())),
        }
    }

    /// Fetch the key set now (at start, so that a wrong URL is reported at once).
    pub async fn refresh(&self) -> Result<()> {
        let resp = self
            .http
            .get(&self.url)
            .send()
            .await
            .map_err(|e| Error::http(&self.url, e))?;
        if !resp.status().is_success() {
            return Err(Error::failed(format!(
                "{} answered HTTP {}",
                self.url,
                resp.status()
            )));
        }
        let set: JwkSet = resp.json().await.map_err(|e| {
            Error::protocol(format!("{} is not a JWKS: {}", self.url, root_cause(&e)))
        })?;
        let mut keys = HashMap::new();
        for jwk in &set.keys {
            if let (Some(kid), Ok(key)) = (jwk.common.key_id.clone(), DecodingKey::from_jwk(jwk)) {
                keys.insert(kid, key);
            }
        }
        *self.keys.write().await = (Some(Instant::now()), keys);
        Ok(())
    }

    async fn key(&self, kid: &str) -> Option<DecodingKey> {
        {
            let guard = self.keys.read().await;
            if let Some(k) = guard.1.get(kid) {
                return Some(k.clone());
            }
            if guard.0.is_some_and(|t| t.elapsed() < REFETCH_AFTER) {
                return None;
            }
        }
        let _ = self.refresh().await;
        self.keys.read().await.1.get(kid).cloned()
    }
}

/// Why a token was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    /// Not three base64url segments of JSON.
    Malformed,
    NoKeyId,
    UnknownKey,
    Signature,
    Expired,
    Issuer,
    Audience,
    Algorithm,
    MissingClaim(String),
    /// A valid token that is not an ID token (`token_use`).
    NotIdToken(String),
    /// `nbf` in the future.
    NotYetValid,
}

impl std::fmt::Display for Rejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rejection::Malformed => f.write_str("Not a valid JWT"),
            Rejection::NoKeyId => f.write_str("token has no key id"),
            Rejection::UnknownKey => f.write_str("token signed by an unknown key"),
            Rejection::Signature => f.write_str("Signature verification failed"),
            Rejection::Expired => f.write_str("Signature has expired"),
            Rejection::Issuer => f.write_str("Invalid issuer"),
            Rejection::Audience => f.write_str("Invalid audience"),
            Rejection::Algorithm => f.write_str("The specified alg value is not allowed"),
            Rejection::MissingClaim(c) => write!(f, "Token is missing the \"{c}\" claim"),
            Rejection::NotIdToken(u) => write!(f, "expected an ID token, got token_use={u}"),
            Rejection::NotYetValid => f.write_str("The token is not yet valid (nbf)"),
        }
    }
}

impl Verifier {
    /// Verify signature, issuer, audience, expiry and `token_use`. The error
    /// is a short reason for the client.
    pub async fn verify(&self, token: &str) -> std::result::Result<VerifiedClaims, String> {
        let claims = self
            .verify_any_use(token)
            .await
            .map_err(|r| r.to_string())?;
        if let Some(use_) = claims.all.get("token_use").and_then(Value::as_str)
            && use_ != "id"
        {
            return Err(Rejection::NotIdToken(use_.to_owned()).to_string());
        }
        Ok(claims)
    }

    /// Verify signature, issuer, audience and expiry, whatever the token's
    /// `token_use` (servers that accept access tokens too).
    pub async fn verify_any_use(
        &self,
        token: &str,
    ) -> std::result::Result<VerifiedClaims, Rejection> {
        let header = jsonwebtoken::decode_header(token).map_err(|e| rejection(e.kind()))?;
        let (key, issuer, audience) = match self {
            Verifier::Embedded(idp) => {
                if header.kid.as_deref() != Some(idp.kid.as_str()) {
                    return Err(Rejection::UnknownKey);
                }
                (
                    idp.decoding.clone(),
                    idp.issuer.as_str(),
                    idp.audience.as_str(),
                )
            }
            Verifier::External(ext) => {
                let kid = header.kid.as_deref().ok_or(Rejection::NoKeyId)?;
                let key = ext.key(kid).await.ok_or(Rejection::UnknownKey)?;
                (key, ext.issuer.as_str(), ext.audience.as_str())
            }
        };
        let mut v = Validation::new(Algorithm::RS256);
        v.leeway = 0;
        v.set_issuer(&[issuer]);
        v.set_audience(&[audience]);
        v.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        let data = jsonwebtoken::decode::<Map<String, Value>>(token, &key, &v)
            .map_err(|e| rejection(e.kind()))?;
        Ok(claims_of(data.claims))
    }
}

impl Verifier {
    /// Verify as python-jose's `jwt.decode(token, jwks, algorithms=["RS256"],
    /// audience=..., issuer=...)` does: any key of the set may have signed
    /// it (the `kid` is not looked at), `exp` and `nbf` are checked when
    /// present, nothing is required and `token_use` is not read.
    pub async fn verify_as_jose(
        &self,
        token: &str,
    ) -> std::result::Result<Map<String, Value>, Rejection> {
        let header = jsonwebtoken::decode_header(token).map_err(|e| {
            // A header naming another algorithm (`none`, HS256) is refused
            // for it, not for its shape.
            let alg = token
                .split('.')
                .next()
                .and_then(|h| URL_SAFE_NO_PAD.decode(h).ok())
                .and_then(|h| serde_json::from_slice::<Value>(&h).ok())
                .and_then(|h| h.get("alg").and_then(Value::as_str).map(str::to_owned));
            match alg {
                Some(a) if a != "RS256" => Rejection::Algorithm,
                _ => rejection(e.kind()),
            }
        })?;
        if header.alg != Algorithm::RS256 {
            return Err(Rejection::Algorithm);
        }
        let (keys, issuer, audience) = match self {
            Verifier::Embedded(idp) => (
                vec![idp.decoding.clone()],
                idp.issuer.as_str(),
                idp.audience.as_str(),
            ),
            Verifier::External(ext) => {
                let mut keys: Vec<DecodingKey> = Vec::new();
                if let Some(k) = header.kid.as_deref()
                    && let Some(key) = ext.key(k).await
                {
                    keys.push(key);
                }
                keys.extend(ext.keys.read().await.1.values().cloned());
                (keys, ext.issuer.as_str(), ext.audience.as_str())
            }
        };
        let mut v = Validation::new(Algorithm::RS256);
        v.leeway = 0;
        v.required_spec_claims = Default::default();
        v.validate_nbf = true;
        v.set_issuer(&[issuer]);
        v.set_audience(&[audience]);
        let mut last = Rejection::Signature;
        for key in &keys {
            match jsonwebtoken::decode::<Map<String, Value>>(token, key, &v) {
                Ok(data) => return Ok(data.claims),
                Err(e) => last = rejection(e.kind()),
            }
        }
        Err(last)
    }
}

impl Verifier {
    /// The key with id `kid`, from the embedded provider or the external
    /// key set (fetched again when it does not have it).
    pub async fn key_with_id(&self, kid: &str) -> Option<DecodingKey> {
        match self {
            Verifier::Embedded(idp) => (idp.kid == kid).then(|| idp.decoding.clone()),
            Verifier::External(ext) => ext.key(kid).await,
        }
    }

    /// The issuer and audience (app client id) tokens must name.
    pub fn expected(&self) -> (&str, &str) {
        match self {
            Verifier::Embedded(idp) => (&idp.issuer, &idp.audience),
            Verifier::External(ext) => (&ext.issuer, &ext.audience),
        }
    }
}

impl Verifier {
    /// Verify as Node's `jose` does `jwtVerify(token,
    /// createRemoteJWKSet(url), {issuer})`: the key the `kid` names (any
    /// key of the set when there is none), RS256, the issuer, `exp` (a
    /// token is expired from its `exp` second on) and `nbf` when present.
    /// The audience and `token_use` are not read.
    pub async fn verify_as_node_jose(
        &self,
        token: &str,
    ) -> std::result::Result<VerifiedClaims, Rejection> {
        let header = jsonwebtoken::decode_header(token).map_err(|e| rejection(e.kind()))?;
        if header.alg != Algorithm::RS256 {
            return Err(Rejection::Algorithm);
        }
        let (keys, issuer) = match self {
            Verifier::Embedded(idp) => {
                if header.kid.as_deref().is_some_and(|k| k != idp.kid) {
                    return Err(Rejection::UnknownKey);
                }
                (vec![idp.decoding.clone()], idp.issuer.as_str())
            }
            Verifier::External(ext) => {
                let keys = match header.kid.as_deref() {
                    Some(kid) => vec![ext.key(kid).await.ok_or(Rejection::UnknownKey)?],
                    None => ext.keys.read().await.1.values().cloned().collect(),
                };
                (keys, ext.issuer.as_str())
            }
        };
        let mut v = Validation::new(Algorithm::RS256);
        v.leeway = 0;
        v.required_spec_claims = Default::default();
        v.validate_nbf = true;
        v.validate_aud = false;
        v.set_issuer(&[issuer]);
        let mut last = Rejection::Signature;
        for key in &keys {
            match jsonwebtoken::decode::<Map<String, Value>>(token, key, &v) {
                Ok(data) => {
                    let all = data.claims;
                    // jsonwebtoken still accepts a token in its `exp` second.
                    if all
                        .get("exp")
                        .and_then(Value::as_f64)
                        .is_some_and(|exp| exp <= crate::util::clock::now_secs() as f64)
                    {
                        return Err(Rejection::Expired);
                    }
                    return Ok(claims_of(all));
                }
                Err(e) => last = rejection(e.kind()),
            }
        }
        Err(last)
    }
}

/// The claims the emulators read from a verified token.
fn claims_of(all: Map<String, Value>) -> VerifiedClaims {
    let sub = all
        .get("sub")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let username = all
        .get("cognito:username")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let groups = all
        .get("cognito:groups")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    VerifiedClaims {
        sub,
        username,
        groups,
        all,
    }
}

fn rejection(kind: &ErrorKind) -> Rejection {
    match kind {
        ErrorKind::ExpiredSignature => Rejection::Expired,
        ErrorKind::InvalidIssuer => Rejection::Issuer,
        ErrorKind::InvalidAudience => Rejection::Audience,
        ErrorKind::InvalidSignature => Rejection::Signature,
        ErrorKind::InvalidAlgorithm => Rejection::Algorithm,
        ErrorKind::MissingRequiredClaim(c) => Rejection::MissingClaim(c.clone()),
        ErrorKind::ImmatureSignature => Rejection::NotYetValid,
        _ => Rejection::Malformed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idp(lifetime: u64) -> IdentityProvider {
        IdentityProvider::generate(
            "https://issuer.test/pool".into(),
            "client".into(),
            Duration::from_secs(lifetime),
        )
        .unwrap()
    }

    #[tokio::test]
    async fn issued_tokens_verify_and_foreign_ones_do_not() {
        let a = std::sync::Arc::new(idp(60));
        let b = idp(60);
        let t = a.issue("user-1", "user-1", Map::new()).unwrap();
        let v = Verifier::Embedded(a.clone());
        let c = v.verify(&t).await.unwrap();
        assert_eq!(c.sub, "user-1");
        assert_eq!(c.all["token_use"], "id");
        let foreign = b.issue("user-2", "user-2", Map::new()).unwrap();
        assert!(v.verify(&foreign).await.is_err());
        assert!(v.verify("garbage").await.is_err());
        // A token whose signature does not match its payload.
        let mut parts: Vec<&str> = t.split('.').collect();
        let other: Vec<&str> = foreign.split('.').collect();
        parts[1] = other[1];
        assert!(v.verify(&parts.join(".")).await.is_err());
    }

    #[test]
    fn jwks_has_the_key_id_and_components() {
        let p = idp(60);
        let jwks = p.jwks();
        let set: JwkSet = serde_json::from_value(jwks).unwrap();
        assert_eq!(set.keys.len(), 1);
        assert!(DecodingKey::from_jwk(&set.keys[0]).is_ok());
    }
}
