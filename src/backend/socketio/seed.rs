//! `serve socketio --server pantherkolab`: the Socket.IO server of
//! Ant1-dev/PantherKolab (`server.ts` and `src/lib/socket/` at 6f1fbec, the
//! last commit before its move to AppSync Events), its DynamoDB tables in
//! memory and Amazon Chime's meetings made up.
//!
//! What a client observes of it:
//! - CONNECT needs `auth: {token}`, a Cognito **access** token checked as
//!   `aws-jwt-verify` does (issuer, `token_use: access`, `client_id`); the
//!   refusal is `Authentication error: <its message>`.
//! - Each socket joins `user:<sub>`. There is no presence and no WebRTC
//!   relay: `offer`, `answer`, `ice-candidate` and any other event go
//!   nowhere, unacknowledged.
//! - `send-message` is the only event acknowledged (`{success, messageId,
//!   tempId}` or `{success: false, error}`); its `new-message` goes to the
//!   Socket.IO room named by `conversationId`, which in practice is a
//!   `user:<sub>` room or nobody.
//! - Call control: `new-call {userId, callerName, callType}` rings,
//!   `accept-call` connects (a Chime meeting and its attendees),
//!   `reject-call`, `end-call` and `leave-call`, with the seed's payloads,
//!   room choices, errors and bugs.
//!
//! Left out: the race in which events sent right after CONNECT find no
//! handler yet (the seed attaches them after a dynamic import), and
//! Engine.IO's own differences (socketioxide's ping timing and error codes).

use serde_json::Value;
use socketioxide::extract::{AckSender, SocketRef, TryData};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::emulator::aws_jwt_verify::CognitoJwtVerifier;
use crate::emulator::idp::Verifier;
use crate::emulator::js::{JsValue, obj};
use crate::emulator::log::Log;

/// DynamoDB's item size limit.
const MAX_ITEM_BYTES: usize = 400 * 1024;

/// The authenticated user of a socket (`sub`), set by the middleware.
#[derive(Clone)]
struct UserId(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Ringing,
    Active,
    Joined,
    Left,
    Rejected,
    Ended,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Ringing => "RINGING",
            Status::Active => "ACTIVE",
            Status::Joined => "JOINED",
            Status::Left => "LEFT",
            Status::Rejected => "REJECTED",
            Status::Ended => "ENDED",
        }
    }
}

struct Participant {
    /// As the client sent it (`String()` names its user room).
    user: JsValue,
    status: Status,
}

struct Call {
    initiated_by: String,
    participants: Vec<Participant>,
    status: Status,
}

pub struct Seed {
    verifier: Arc<Verifier>,
    jwt: CognitoJwtVerifier,
    calls: Mutex<HashMap<String, Call>>,
    log: Log,
    diagnostics: bool,
}

/// An event's argument: `None` when there was none (`undefined`).
type Arg = Option<JsValue>;

fn arg(data: std::result::Result<Value, socketioxide::ParserError>) -> Arg {
    data.ok()
        .and_then(|v| serde_json::from_value::<JsValue>(v).ok())
}

/// `data.key`, or the TypeError reading it from `undefined` / `null`.
fn read<'a>(data: &'a Arg, key: &str) -> Result<Option<&'a JsValue>, String> {
    match data {
        None => Err(format!(
            "Cannot read properties of undefined (reading '{key}')"
        )),
        Some(JsValue::Null) => Err(format!("Cannot read properties of null (reading '{key}')")),
        Some(v) => Ok(v.get(key)),
    }
}

/// `user:${id}`.
fn user_room(id: Option<&JsValue>) -> String {
    format!("user:{}", crate::emulator::js::string_of(id))
}

/// The DynamoDB type name of a value, as its errors write it.
fn dynamo_type(v: &JsValue) -> &'static str {
    match v {
        JsValue::Null => "NULL",
        JsValue::Bool(_) => "BOOL",
        JsValue::Num(_) => "N",
        JsValue::Str(_) => "S",
        JsValue::Arr(_) => "L",
        JsValue::Obj(_) => "M",
    }
}

/// Roughly the size DynamoDB counts for an item: names and values.
fn item_size(v: &JsValue) -> usize {
    match v {
        JsValue::Null | JsValue::Bool(_) => 1,
        JsValue::Num(n) => crate::emulator::js::number(*n).len() / 2 + 1,
        JsValue::Str(s) => s.len(),
        JsValue::Arr(items) => 3 + items.iter().map(|i| 1 + item_size(i)).sum::<usize>(),
        JsValue::Obj(items) => {
            3 + items
                .iter()
                .map(|(k, i)| 1 + k.len() + item_size(i))
                .sum::<usize>()
        }
    }
}

fn now_iso() -> String {
    crate::util::clock::now_rfc3339()
}

/// `Math.random().toString(36).substring(2, 15)`, twice.
fn client_id() -> String {
    crate::emulator::idp::random_string(22, crate::emulator::idp::LOWER_ALNUM)
}

fn user_of(s: &SocketRef) -> String {
    s.extensions
        .get::<UserId>()
        .map(|u| u.0)
        .unwrap_or_default()
}

impl Seed {
    pub fn new(verifier: Arc<Verifier>, log: Log, diagnostics: bool) -> Seed {
        Seed {
            verifier,
            jwt: CognitoJwtVerifier::new("access"),
            calls: Mutex::new(HashMap::new()),
            log,
            diagnostics,
        }
    }

    /// The seed does nothing here: logged, and with `--diagnostics` said
    /// to the socket as an `error` event.
    fn silent(&self, s: &SocketRef, reason: &str) {
        self.log.dropped("socketio", &s.id, reason);
        if self.diagnostics {
            let _ = s.emit(
                "error",
                &obj([("message", format!("emulator: {reason}").into())]),
            );
        }
    }

    fn calls(&self) -> std::sync::MutexGuard<'_, HashMap<String, Call>> {
        self.calls.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The auth middleware: the user, or the CONNECT_ERROR message.
    pub async fn authenticate(&self, auth: Option<&Value>) -> Result<String, String> {
        let token = auth.and_then(|a| a.get("token"));
        let truthy = token.is_some_and(|t| {
            serde_json::from_value::<JsValue>(t.clone()).is_ok_and(|t| t.truthy())
        });
        if !truthy {
            return Err("Authentication error: No token provided".into());
        }
        let payload = self
            .jwt
            .verify(&self.verifier, token)
            .await
            .map_err(|m| format!("Authentication error: {m}"))?;
        match payload.get("sub").and_then(Value::as_str) {
            Some(sub) if !sub.is_empty() => Ok(sub.to_owned()),
            _ => Err("Authentication error: Invalid token".into()),
        }
    }

    /// After a successful CONNECT: the user room at once, and the event
    /// handlers `delay` later. The seed attaches them in the `then` of two
    /// dynamic imports, after the CONNECT is acknowledged: on loopback a
    /// warm server handled a socket's events 5.5 to 21 ms after its
    /// `40{"sid"}` (200 ms on a cold one), and dropped what came before.
    pub fn admit(self: &Arc<Self>, s: &SocketRef, user: String, delay: Duration) {
        s.join(format!("user:{user}"));
        s.extensions.insert(UserId(user));
        if delay.is_zero() {
            return self.attach(s);
        }
        let h = self.clone();
        s.on_fallback(async move |s: SocketRef| {
            h.silent(
                &s,
                "an event before the seed's handlers are attached (they come after the CONNECT is acknowledged)",
            );
        });
        let (h, s) = (self.clone(), s.clone());
        tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            if s.connected() {
                h.attach(&s);
            }
        });
    }

    /// The seed's event handlers.
    fn attach(self: &Arc<Self>, s: &SocketRef) {
        let h = self.clone();
        s.on(
            "send-message",
            async move |s: SocketRef, TryData(d): TryData<Value>, ack: AckSender| {
                h.send_message(s, arg(d), ack).await
            },
        );
        for (event, out) in [
            ("typing-start", "user-typing"),
            ("typing-stop", "user-stopped-typing"),
        ] {
            let h = self.clone();
            s.on(
                event,
                async move |s: SocketRef, TryData(d): TryData<Value>| {
                    h.typing(s, out, arg(d)).await
                },
            );
        }
        // Call control: each event's handler takes the socket and its
        // argument.
        macro_rules! on {
            ($event:literal, $handler:ident) => {{
                let h = self.clone();
                s.on(
                    $event,
                    async move |s: SocketRef, TryData(d): TryData<Value>| {
                        h.$handler(s, arg(d)).await
                    },
                );
            }};
        }
        on!("new-call", new_call);
        on!("accept-call", accept);
        on!("reject-call", reject);
        on!("leave-call", leave);
        on!("end-call", end);
        let h = self.clone();
        s.on_fallback(async move |s: SocketRef| {
            h.silent(&s, "an event the seed server has no handler for");
        });
    }

    async fn send_message(&self, s: SocketRef, data: Arg, ack: AckSender) {
        let reply = match self.store_message(&s, data).await {
            Ok(reply) => reply,
            Err(error) => obj([("success", JsValue::Bool(false)), ("error", error.into())]),
        };
        let _ = ack.send(&reply);
    }

    /// `messageService.sendMessage` and the `new-message` it emits: the
    /// acknowledgement, or the error it carries.
    async fn store_message(&self, s: &SocketRef, data: Arg) -> Result<JsValue, String> {
        let fail = Err::<JsValue, String>;
        // `const { conversationId, content, type, tempId } = data`
        let destructure = |key: &str| match &data {
            None => Err(format!(
                "Cannot destructure property '{key}' of 'data' as it is undefined."
            )),
            Some(JsValue::Null) => Err(format!(
                "Cannot destructure property '{key}' of 'data' as it is null."
            )),
            Some(d) => Ok(d.get(key).cloned()),
        };
        let conversation = match destructure("conversationId") {
            Ok(c) => c,
            Err(e) => return fail(e),
        };
        let field = |k: &str| destructure(k).ok().flatten();
        let (content, kind, temp) = (field("content"), field("type"), field("tempId"));
        // The PutItem's key checks.
        let room = match &conversation {
            None => {
                return fail(
                    "One or more parameter values were invalid: Missing the key conversationId in the item"
                        .into(),
                );
            }
            Some(JsValue::Str(c)) if c.is_empty() => {
                return fail("One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: conversationId".into());
            }
            Some(JsValue::Str(c)) => c.clone(),
            Some(other) => {
                return fail(format!(
                    "One or more parameter values were invalid: Type mismatch for key conversationId expected: S actual: {}",
                    dynamo_type(other)
                ));
            }
        };
        let now = now_iso();
        let message_id = uuid::Uuid::new_v4().to_string();
        let mut message = obj([
            ("conversationId", room.as_str().into()),
            ("timestamp", now.as_str().into()),
            ("messageId", message_id.as_str().into()),
            ("senderId", user_of(s).into()),
            (
                "type",
                kind.filter(JsValue::truthy)
                    .unwrap_or_else(|| "TEXT".into()),
            ),
        ]);
        if let Some(c) = content {
            message.set("content", c);
        }
        for key in ["mediaUrl", "fileName", "fileSize"] {
            message.set(key, JsValue::Null);
        }
        message.set("readBy", JsValue::Arr(Vec::new()));
        message.set("reactions", JsValue::Obj(Vec::new()));
        message.set("duration", JsValue::Null);
        message.set("replyTo", JsValue::Null);
        message.set("deleted", JsValue::Bool(false));
        message.set("createdAt", now.into());
        if item_size(&message) > MAX_ITEM_BYTES {
            return fail("Item size has exceeded the maximum allowed size".into());
        }
        let _ = s.within(room).emit("new-message", &message).await;
        let mut reply = obj([
            ("success", JsValue::Bool(true)),
            ("messageId", message_id.into()),
        ]);
        if let Some(t) = temp {
            reply.set("tempId", t);
        }
        Ok(reply)
    }

    async fn typing(&self, s: SocketRef, out: &'static str, data: Arg) {
        let conversation = match read(&data, "conversationId") {
            Ok(c) => c.cloned(),
            Err(e) => {
                // Thrown in a synchronous handler: an uncaught exception.
                return self.silent(&s, &format!("uncaught TypeError: {e}"));
            }
        };
        let mut body = obj([("userId", user_of(&s).into())]);
        if let Some(c) = &conversation {
            body.set("conversationId", c.clone());
        }
        // Rooms are strings: any other value names no room.
        if let Some(JsValue::Str(room)) = conversation {
            let _ = s.to(room).emit(out, &body).await;
        }
    }

    /// `call-error` to every socket of `user`.
    async fn call_error_to_user(&self, s: &SocketRef, user: &str, error: String) {
        let _ = s
            .within(format!("user:{user}"))
            .emit("call-error", &obj([("error", error.into())]))
            .await;
    }

    async fn new_call(&self, s: SocketRef, data: Arg) {
        let caller = user_of(&s);
        let callee = match read(&data, "userId") {
            Ok(v) => v.cloned(),
            Err(e) => return self.call_error_to_user(&s, &caller, e).await,
        };
        let kind = data.as_ref().and_then(|d| d.get("callType")).cloned();
        let name = data.as_ref().and_then(|d| d.get("callerName")).cloned();
        let error = match (&kind, &callee) {
            (None, _) => Some("Missing required fields: callType, initiatedBy, participantIds"),
            (Some(k), _) if !k.truthy() => {
                Some("Missing required fields: callType, initiatedBy, participantIds")
            }
            (Some(JsValue::Str(k)), _) if k == "GROUP" => {
                Some("Group calls require a conversationId")
            }
            // `[data.userId, callerId]` with an undefined item cannot be stored.
            (_, None) => Some(
                "Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.",
            ),
            _ => None,
        };
        if let Some(e) = error {
            return self.call_error_to_user(&s, &caller, e.into()).await;
        }
        let callee = callee.unwrap_or(JsValue::Null);
        let session = uuid::Uuid::new_v4().to_string();
        self.calls().insert(
            session.clone(),
            Call {
                initiated_by: caller.clone(),
                participants: vec![
                    Participant {
                        user: callee.clone(),
                        status: Status::Ringing,
                    },
                    Participant {
                        user: caller.as_str().into(),
                        status: Status::Ringing,
                    },
                ],
                status: Status::Ringing,
            },
        );
        let ringing = obj([
            ("sessionId", session.as_str().into()),
            ("recipientId", callee.clone()),
        ]);
        let _ = s
            .within(format!("user:{caller}"))
            .emit("call-ringing", &ringing)
            .await;
        let mut incoming = obj([
            ("sessionId", session.as_str().into()),
            ("callerId", caller.as_str().into()),
        ]);
        if let Some(n) = name {
            incoming.set("callerName", n);
        }
        if let Some(k) = kind {
            incoming.set("callType", k);
        }
        let _ = s
            .within(user_room(Some(&callee)))
            .emit("incoming-call", &incoming)
            .await;
    }

    /// The meeting and attendees of an accepted call, or why not.
    fn connect_call(&self, session: &str, recipient: &str) -> Result<(JsValue, JsValue), String> {
        let mut calls = self.calls();
        let call = calls.get_mut(session).ok_or("Call not found")?;
        if call.status != Status::Ringing {
            return Err(format!(
                "Call is not in ringing state. Current status: {}",
                call.status.as_str()
            ));
        }
        if !call
            .participants
            .iter()
            .any(|p| p.user.as_str() == Some(recipient))
        {
            return Err("User is not a participant in this call".into());
        }
        let meeting_id = uuid::Uuid::new_v4().to_string();
        let meeting = meeting(&meeting_id, session);
        let mut attendees = JsValue::Obj(Vec::new());
        for p in &mut call.participants {
            let user = crate::emulator::js::string_of(Some(&p.user));
            let attendee = obj([
                ("ExternalUserId", format!("{user}#{}", client_id()).into()),
                ("AttendeeId", uuid::Uuid::new_v4().to_string().into()),
                (
                    "JoinToken",
                    crate::emulator::idp::random_string(
                        120,
                        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
                    )
                    .into(),
                ),
                (
                    "Capabilities",
                    obj([
                        ("Audio", "SendReceive".into()),
                        ("Video", "SendReceive".into()),
                        ("Content", "SendReceive".into()),
                    ]),
                ),
            ]);
            attendees.set(&user, attendee);
            p.status = Status::Joined;
        }
        call.status = Status::Active;
        Ok((meeting, attendees))
    }

    async fn accept(&self, s: SocketRef, data: Arg) {
        let recipient = user_of(&s);
        // The handler's log line reads both; its catch reads `sessionId`
        // again, so a missing payload fails silently.
        if read(&data, "sessionId").is_err() {
            return self.silent(
                &s,
                "accept-call without a payload: the handler's catch throws too",
            );
        }
        let get = |k: &str| data.as_ref().and_then(|d| d.get(k)).cloned();
        let (session, caller) = (get("sessionId"), get("callerId"));
        let session_key = session
            .as_ref()
            .and_then(JsValue::as_str)
            .unwrap_or_default();
        match self.connect_call(session_key, &recipient) {
            Ok((meeting, attendees)) => {
                let mut body = JsValue::Obj(Vec::new());
                if let Some(sid) = &session {
                    body.set("sessionId", sid.clone());
                }
                body.set("meeting", meeting);
                body.set("attendees", attendees);
                for room in [user_room(caller.as_ref()), format!("user:{recipient}")] {
                    let _ = s.within(room).emit("call-connected", &body).await;
                }
            }
            Err(error) => {
                let mut body = obj([("error", error.into())]);
                if let Some(sid) = &session {
                    body.set("sessionId", sid.clone());
                }
                for room in [format!("user:{recipient}"), user_room(caller.as_ref())] {
                    let _ = s.within(room).emit("call-connection-failed", &body).await;
                }
            }
        }
    }

    async fn reject(&self, s: SocketRef, data: Arg) {
        let user = user_of(&s);
        if read(&data, "sessionId").is_err() {
            return self.silent(&s, "reject-call without a payload");
        }
        let get = |k: &str| data.as_ref().and_then(|d| d.get(k)).cloned();
        let (session, caller) = (get("sessionId"), get("callerId"));
        let key = session
            .as_ref()
            .and_then(JsValue::as_str)
            .unwrap_or_default();
        {
            let mut calls = self.calls();
            let Some(call) = calls.get_mut(key) else {
                drop(calls);
                return self.silent(&s, "reject-call: Call not found");
            };
            // "Every participant rejected" is judged on the call as read
            // before this rejection is written.
            let all_rejected = call.participants.iter().all(|p| {
                p.status == Status::Rejected || p.user.as_str() == Some(&call.initiated_by)
            });
            let Some(me) = call
                .participants
                .iter_mut()
                .find(|p| p.user.as_str() == Some(user.as_str()))
            else {
                drop(calls);
                return self.silent(&s, "reject-call: Participant not found in call");
            };
            me.status = Status::Rejected;
            if all_rejected {
                call.status = Status::Rejected;
            }
        }
        let mut body = obj([("userId", user.as_str().into())]);
        if let Some(sid) = session {
            body.set("sessionId", sid);
        }
        let _ = s
            .within(user_room(caller.as_ref()))
            .emit("call-rejected", &body)
            .await;
    }

    /// `call-error` to this socket only.
    fn call_error(&self, s: &SocketRef, error: String) {
        let _ = s.emit("call-error", &obj([("error", error.into())]));
    }

    async fn leave(&self, s: SocketRef, data: Arg) {
        let user = user_of(&s);
        let session = match read(&data, "sessionId") {
            Ok(v) => v.and_then(JsValue::as_str).unwrap_or_default().to_owned(),
            Err(e) => return self.call_error(&s, e),
        };
        let outcome: Result<(), String> = {
            let mut calls = self.calls();
            match calls.get_mut(&session) {
                None => Err("Call not found".to_owned()),
                Some(call) => {
                    let remaining = call
                        .participants
                        .iter()
                        .filter(|p| {
                            p.user.as_str() != Some(user.as_str())
                                && !matches!(p.status, Status::Left | Status::Rejected)
                        })
                        .count();
                    match call
                        .participants
                        .iter_mut()
                        .find(|p| p.user.as_str() == Some(user.as_str()))
                    {
                        None => Err("Participant not found in call".to_owned()),
                        Some(me) => {
                            me.status = Status::Left;
                            if remaining == 0 {
                                call.status = Status::Ended;
                            }
                            // The handler then reads `call.participants` of
                            // `{call, newOwnerId}`: undefined.
                            Err("Cannot read properties of undefined (reading 'map')".to_owned())
                        }
                    }
                }
            }
        };
        if let Err(e) = outcome {
            self.call_error(&s, e);
        }
    }

    async fn end(&self, s: SocketRef, data: Arg) {
        let user = user_of(&s);
        let session = match read(&data, "sessionId") {
            Ok(v) => v.cloned(),
            Err(e) => return self.call_error(&s, e),
        };
        let key = session
            .as_ref()
            .and_then(JsValue::as_str)
            .unwrap_or_default();
        let rooms: Vec<String> = {
            let mut calls = self.calls();
            let Some(call) = calls.get_mut(key) else {
                drop(calls);
                return self.call_error(&s, "Call not found".into());
            };
            // No status check: ending twice ends twice.
            call.status = Status::Ended;
            call.participants
                .iter()
                .map(|p| user_room(Some(&p.user)))
                .collect()
        };
        let mut body = JsValue::Obj(Vec::new());
        if let Some(sid) = session {
            body.set("sessionId", sid);
        }
        body.set("endedBy", user.into());
        for room in rooms {
            let _ = s.within(room).emit("call-ended", &body).await;
        }
    }
}

/// A Chime meeting as `CreateMeeting` returns it, with made-up endpoints.
fn meeting(id: &str, session: &str) -> JsValue {
    let host = format!("{:08x}", rand::random::<u32>());
    obj([
        ("MeetingId", id.into()),
        ("ExternalMeetingId", session.into()),
        ("MediaRegion", "us-east-1".into()),
        (
            "MediaPlacement",
            obj([
                ("AudioHostUrl", format!("{host}.k.m2.ue1.app.chime.aws:3478").into()),
                (
                    "AudioFallbackUrl",
                    format!("wss://haxrp.m2.ue1.app.chime.aws:443/calls/{id}").into(),
                ),
                (
                    "SignalingUrl",
                    format!("wss://signal.m2.ue1.app.chime.aws/control/{id}").into(),
                ),
                (
                    "TurnControlUrl",
                    "https://2713.cell.us-east-1.meetings.chime.aws/v2/turn_sessions".into(),
                ),
                (
                    "ScreenDataUrl",
                    format!("wss://bitpw.m2.ue1.app.chime.aws:443/v2/screen/{id}").into(),
                ),
                (
                    "ScreenViewingUrl",
                    format!("wss://bitpw.m2.ue1.app.chime.aws:443/ws/connect?passcode=null&viewer_uuid=null&X-BitHub-Call-Id={id}").into(),
                ),
                (
                    "ScreenSharingUrl",
                    format!("wss://bitpw.m2.ue1.app.chime.aws:443/v2/screen/{id}").into(),
                ),
                (
                    "EventIngestionUrl",
                    "https://data.svc.ue1.ingest.chime.aws/v1/client-events".into(),
                ),
            ]),
        ),
        ("TenantIds", JsValue::Arr(Vec::new())),
        (
            "MeetingArn",
            format!("arn:aws:chime:us-east-1:000000000000:meeting/{id}").into(),
        ),
    ])
}
