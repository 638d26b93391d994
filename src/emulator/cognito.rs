//! A Cognito-compatible user pool endpoint backed by the embedded identity
//! provider (aws.md §4): `SignUp`, `ConfirmSignUp`, `InitiateAuth`
//! (USER_PASSWORD_AUTH, REFRESH_TOKEN_AUTH) and `GetUser`, spoken as AWS
//! JSON 1.1 (`X-Amz-Target: AWSCognitoIdentityProviderService.<Op>`, errors
//! as HTTP 400 `{"__type", "message"}`), so that the AWS SDK and signal-cli's
//! own `auth` commands sign in offline. Served under `/cognito`.
//!
//! The pool has two app clients: the provider's audience, without a secret,
//! and a second one with a secret (checked as `SECRET_HASH`). Confirmation
//! codes are the one given with `--confirmation-code`, else a random one per
//! user written to the emulator's log.

use axum::Router;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::{Map, Value, json};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::idp::{IdentityProvider, LOWER_ALNUM, random_string};
use crate::auth::cognito::secret_hash;

const TARGET_PREFIX: &str = "AWSCognitoIdentityProviderService.";
const JSON_11: &str = "application/x-amz-json-1.1";
/// Cognito's default password policy: at least 8 characters.
const MIN_PASSWORD: usize = 8;

struct User {
    sub: String,
    password: String,
    confirmed: bool,
    code: String,
    attributes: Vec<(String, String)>,
}

/// The user pool: users, app clients, refresh tokens.
pub struct UserPool {
    idp: Arc<IdentityProvider>,
    pub pool_id: String,
    /// App client id → its secret, if it has one.
    clients: HashMap<String, Option<String>>,
    pub secret_client: (String, String),
    fixed_code: Option<String>,
    users: Mutex<HashMap<String, User>>,
    /// Refresh token → (username, client id).
    refresh: Mutex<HashMap<String, (String, String)>>,
    /// Requests still to be answered TooManyRequestsException.
    throttled: std::sync::atomic::AtomicU64,
}

/// A Cognito error: its `__type` and message.
struct Fault(&'static str, String);

type Outcome = std::result::Result<Value, Fault>;

fn fault(kind: &'static str, message: impl Into<String>) -> Fault {
    Fault(kind, message.into())
}

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

fn required<'a>(v: &'a Value, key: &str) -> std::result::Result<&'a str, Fault> {
    str_of(v, key).filter(|s| !s.is_empty()).ok_or_else(|| {
        fault(
            "InvalidParameterException",
            format!("1 validation error detected: Value at '{key}' failed to satisfy constraint: Member must not be null"),
        )
    })
}

impl UserPool {
    /// `throttle`: how many requests, from the first, are answered
    /// `TooManyRequestsException` (as a pool over its quota).
    pub fn new(
        idp: Arc<IdentityProvider>,
        fixed_code: Option<String>,
        throttle: u64,
    ) -> Arc<UserPool> {
        let pool_id = idp.issuer.rsplit('/').next().unwrap_or("local").to_owned();
        let secret_client = (
            random_string(26, LOWER_ALNUM),
            random_string(51, LOWER_ALNUM),
        );
        let clients = HashMap::from([
            (idp.audience.clone(), None),
            (secret_client.0.clone(), Some(secret_client.1.clone())),
        ]);
        Arc::new(UserPool {
            idp,
            pool_id,
            clients,
            secret_client,
            fixed_code,
            users: Mutex::new(HashMap::new()),
            refresh: Mutex::new(HashMap::new()),
            throttled: std::sync::atomic::AtomicU64::new(throttle),
        })
    }

    /// AdminDeleteUser: whether `username` was a user (and is no more).
    pub fn admin_delete_user(&self, username: &str) -> bool {
        let mut users = self.users.lock().unwrap_or_else(|p| p.into_inner());
        users.remove(username).is_some()
    }

    pub fn router(self: &Arc<Self>) -> Router {
        let pool = self.clone();
        let handler = move |headers: HeaderMap, body: String| {
            let pool = pool.clone();
            async move { pool.dispatch(&headers, &body) }
        };
        Router::new()
            .route("/cognito", post(handler.clone()))
            .route("/cognito/", post(handler))
    }

    fn users(&self) -> std::sync::MutexGuard<'_, HashMap<String, User>> {
        self.users.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn dispatch(&self, headers: &HeaderMap, body: &str) -> Response {
        let op = headers
            .get("x-amz-target")
            .and_then(|v| v.to_str().ok())
            .and_then(|t| t.strip_prefix(TARGET_PREFIX))
            .unwrap_or("");
        let throttled = self
            .throttled
            .fetch_update(
                std::sync::atomic::Ordering::Relaxed,
                std::sync::atomic::Ordering::Relaxed,
                |n| n.checked_sub(1),
            )
            .is_ok();
        let outcome = match serde_json::from_str::<Value>(body) {
            _ if throttled => Err(fault("TooManyRequestsException", "Rate exceeded")),
            Err(_) => Err(fault(
                "SerializationException",
                "The request body is not valid JSON",
            )),
            Ok(req) if !req.is_object() => Err(fault(
                "SerializationException",
                "The request body is not a JSON object",
            )),
            Ok(req) => match op {
                "SignUp" => self.sign_up(&req),
                "ConfirmSignUp" => self.confirm(&req),
                "InitiateAuth" => self.initiate_auth(&req),
                "GetUser" => self.get_user(&req),
                "" => Err(fault(
                    "UnknownOperationException",
                    "X-Amz-Target is missing",
                )),
                other => Err(fault(
                    "UnknownOperationException",
                    format!("{other} is not supported by this emulator"),
                )),
            },
        };
        let (status, body) = match outcome {
            Ok(v) => (StatusCode::OK, v),
            Err(Fault(kind, message)) => (
                StatusCode::BAD_REQUEST,
                json!({"__type": kind, "message": message}),
            ),
        };
        (status, [(header::CONTENT_TYPE, JSON_11)], body.to_string()).into_response()
    }

    /// The app client named in `req`, with its `SECRET_HASH` checked for `username`.
    fn client<'a>(
        &self,
        req: &'a Value,
        hash: Option<&str>,
        username: &str,
    ) -> std::result::Result<&'a str, Fault> {
        let id = required(req, "ClientId")?;
        let Some(secret) = self.clients.get(id) else {
            return Err(fault(
                "ResourceNotFoundException",
                format!("User pool client {id} does not exist."),
            ));
        };
        if let Some(secret) = secret {
            match hash {
                None => {
                    return Err(fault(
                        "NotAuthorizedException",
                        format!(
                            "Client {id} is configured with secret but SECRET_HASH was not received"
                        ),
                    ));
                }
                Some(h) if h != secret_hash(secret, username, id) => {
                    return Err(fault(
                        "NotAuthorizedException",
                        format!("Unable to verify secret hash for client {id}"),
                    ));
                }
                Some(_) => {}
            }
        }
        Ok(id)
    }

    fn sign_up(&self, req: &Value) -> Outcome {
        let username = required(req, "Username")?;
        let password = required(req, "Password")?;
        self.client(req, str_of(req, "SecretHash"), username)?;
        if password.chars().count() < MIN_PASSWORD {
            return Err(fault(
                "InvalidPasswordException",
                "Password did not conform with policy: Password not long enough",
            ));
        }
        let attributes: Vec<(String, String)> = req
            .get("UserAttributes")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|x| {
                        Some((
                            str_of(x, "Name")?.to_owned(),
                            str_of(x, "Value")?.to_owned(),
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut users = self.users();
        if users.contains_key(username) {
            return Err(fault("UsernameExistsException", "User already exists"));
        }
        let sub = uuid::Uuid::new_v4().to_string();
        let code = self
            .fixed_code
            .clone()
            .unwrap_or_else(|| format!("{:06}", rand::random_range(0..1_000_000)));
        if self.fixed_code.is_none() {
            tracing::info!(username, code, "cognito: confirmation code");
            eprintln!("cognito: confirmation code for {username}: {code}");
        }
        let email = attributes
            .iter()
            .find(|(n, _)| n == "email")
            .map(|(_, v)| v.clone());
        users.insert(
            username.to_owned(),
            User {
                sub: sub.clone(),
                password: password.to_owned(),
                confirmed: false,
                code,
                attributes,
            },
        );
        let mut out = json!({"UserConfirmed": false, "UserSub": sub});
        if let Some(email) = email {
            out["CodeDeliveryDetails"] = json!({
                "AttributeName": "email", "DeliveryMedium": "EMAIL", "Destination": email,
            });
        }
        Ok(out)
    }

    fn confirm(&self, req: &Value) -> Outcome {
        let username = required(req, "Username")?;
        let code = required(req, "ConfirmationCode")?;
        self.client(req, str_of(req, "SecretHash"), username)?;
        let mut users = self.users();
        let Some(user) = users.get_mut(username) else {
            return Err(fault(
                "UserNotFoundException",
                "Username/client id combination not found.",
            ));
        };
        if user.code != code {
            return Err(fault(
                "CodeMismatchException",
                "Invalid verification code provided, please try again.",
            ));
        }
        user.confirmed = true;
        Ok(json!({}))
    }

    fn initiate_auth(&self, req: &Value) -> Outcome {
        let flow = required(req, "AuthFlow")?;
        let params = req.get("AuthParameters").cloned().unwrap_or(json!({}));
        let hash = str_of(&params, "SECRET_HASH");
        match flow {
            "USER_PASSWORD_AUTH" => {
                let username = required(&params, "USERNAME")?;
                let password = required(&params, "PASSWORD")?;
                let client = self.client(req, hash, username)?.to_owned();
                let users = self.users();
                let Some(user) = users.get(username) else {
                    return Err(fault("UserNotFoundException", "User does not exist."));
                };
                if user.password != password {
                    return Err(fault(
                        "NotAuthorizedException",
                        "Incorrect username or password.",
                    ));
                }
                if !user.confirmed {
                    return Err(fault("UserNotConfirmedException", "User is not confirmed."));
                }
                let refresh = format!(
                    "{}.{}",
                    random_string(40, LOWER_ALNUM),
                    random_string(40, LOWER_ALNUM)
                );
                self.refresh
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(refresh.clone(), (username.to_owned(), client.clone()));
                self.result(username, user, &client, Some(refresh))
            }
            "REFRESH_TOKEN_AUTH" | "REFRESH_TOKEN" => {
                let token = required(&params, "REFRESH_TOKEN")?;
                let known = self
                    .refresh
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .get(token)
                    .cloned();
                let Some((username, client)) = known else {
                    return Err(fault("NotAuthorizedException", "Invalid Refresh Token"));
                };
                if required(req, "ClientId")? != client {
                    return Err(fault("NotAuthorizedException", "Invalid Refresh Token"));
                }
                self.client(req, hash, &username)?;
                let users = self.users();
                let user = users
                    .get(&username)
                    .ok_or_else(|| fault("NotAuthorizedException", "Invalid Refresh Token"))?;
                self.result(&username, user, &client, None)
            }
            other => Err(fault(
                "InvalidParameterException",
                format!("Unsupported auth flow: {other}"),
            )),
        }
    }

    /// Tokens for `user` signed in through `client`.
    fn result(
        &self,
        username: &str,
        user: &User,
        client: &str,
        refresh: Option<String>,
    ) -> Outcome {
        let lifetime = self.idp.lifetime.as_secs().max(1);
        let internal = |e: crate::error::Error| fault("InternalErrorException", e.to_string());
        let mut extra = Map::new();
        extra.insert("aud".into(), client.into());
        extra.insert("email_verified".into(), false.into());
        for (name, value) in &user.attributes {
            if name != "sub" {
                extra.insert(name.clone(), value.clone().into());
            }
        }
        let id_token = self
            .idp
            .issue(&user.sub, username, extra)
            .map_err(internal)?;
        let access_token = self
            .idp
            .issue_access(&user.sub, username, client)
            .map_err(internal)?;
        let mut result = json!({
            "AccessToken": access_token, "IdToken": id_token,
            "ExpiresIn": lifetime, "TokenType": "Bearer",
        });
        if let Some(r) = refresh {
            result["RefreshToken"] = r.into();
        }
        Ok(json!({"AuthenticationResult": result, "ChallengeParameters": {}}))
    }

    fn get_user(&self, req: &Value) -> Outcome {
        let token = required(req, "AccessToken")?;
        let claims = self
            .idp
            .verify_access(token)
            .map_err(|_| fault("NotAuthorizedException", "Invalid Access Token"))?;
        let username = claims
            .get("username")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let users = self.users();
        let Some(user) = users.get(username) else {
            return Err(fault("UserNotFoundException", "User does not exist."));
        };
        let mut attributes = vec![json!({"Name": "sub", "Value": user.sub})];
        attributes.extend(
            user.attributes
                .iter()
                .map(|(n, v)| json!({"Name": n, "Value": v})),
        );
        Ok(json!({"Username": username, "UserAttributes": attributes}))
    }
}
