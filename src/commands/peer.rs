//! `signal-cli peer connect`: play one peer, interactively or from a script.
//! Sees only the common driver.

use clap::ArgMatches;
use serde_json::json;
use std::collections::VecDeque;
use std::io::IsTerminal;
use std::time::{Duration, Instant};
use tokio::io::AsyncBufReadExt;
use tokio::sync::mpsc;

use super::Ctx;
use crate::backend::{self, PeerSpec, SignalSender};
use crate::cli::{PeerCommand, PeerConnectArgs};
use crate::error::{Error, Result};
use crate::flow::{Flow, Step as FlowStep, synth};
use crate::output::Output;
use crate::signal::{Event, PeerId, Signal, SignalKind};

/// Payload size of synthetic SDP when none is given.
const DEFAULT_SDP_SIZE: usize = 1200;

/// One thing a peer script does.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Send a synthetic signal (`offer`, `answer`, `candidate`) or an event.
    Send {
        to: PeerId,
        name: String,
        size: usize,
    },
    /// Send one frame exactly as given.
    Raw(String),
    /// Wait for a signal named `name` (from `from`).
    Expect {
        name: String,
        from: Option<PeerId>,
    },
    Wait(Duration),
    Quit,
}

/// `KIND:PEER[:SIZE]` or `raw:TEXT`.
pub fn parse_send(spec: &str) -> Result<Step> {
    if let Some(text) = spec.strip_prefix("raw:") {
        return Ok(Step::Raw(text.to_owned()));
    }
    let mut parts = spec.splitn(3, ':');
    let (Some(name), Some(to)) = (
        parts.next().filter(|s| !s.is_empty()),
        parts.next().filter(|s| !s.is_empty()),
    ) else {
        return Err(Error::usage(format!(
            "--send '{spec}': expected KIND:PEER[:SIZE] or raw:TEXT"
        )));
    };
    let size = match parts.next() {
        Some(s) => s.parse().map_err(|_| {
            Error::usage(format!("--send '{spec}': SIZE must be a number of bytes"))
        })?,
        None => DEFAULT_SDP_SIZE,
    };
    let size = crate::flow::model::check_size(&format!("--send '{spec}'"), size)?;
    Ok(Step::Send {
        to: to.into(),
        name: name.to_owned(),
        size,
    })
}

/// `KIND[:FROM]`.
pub fn parse_expect(spec: &str) -> Result<Step> {
    let (name, from) = match spec.split_once(':') {
        Some((n, f)) => (n, Some(PeerId::from(f))),
        None => (spec, None),
    };
    if name.is_empty() || from.as_ref().is_some_and(|f| f.is_empty()) {
        return Err(Error::usage(format!(
            "--expect '{spec}': expected KIND[:FROM]"
        )));
    }
    Ok(Step::Expect {
        name: name.to_owned(),
        from,
    })
}

/// One line of a script or of the interactive prompt; `None` for blank lines
/// and comments.
pub fn parse_line(line: &str) -> Result<Option<Step>> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return Ok(None);
    }
    let (cmd, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
    let rest = rest.trim();
    let args: Vec<&str> = rest.split_whitespace().collect();
    let bad = |usage: &str| Error::usage(format!("'{line}': usage: {usage}"));
    let step = match cmd {
        "/offer" | "/answer" | "/candidate" => {
            let name = &cmd[1..];
            let (Some(to), size) = (args.first(), args.get(1)) else {
                return Err(bad(&format!("{cmd} PEER [SIZE]")));
            };
            let size = match size {
                Some(s) => s.parse().map_err(|_| bad(&format!("{cmd} PEER [SIZE]")))?,
                None => DEFAULT_SDP_SIZE,
            };
            let size = crate::flow::model::check_size(cmd, size)?;
            Step::Send {
                to: (*to).into(),
                name: name.to_owned(),
                size,
            }
        }
        "/event" => match args.as_slice() {
            [to, name] => Step::Send {
                to: (*to).into(),
                name: (*name).to_owned(),
                size: 0,
            },
            _ => return Err(bad("/event PEER NAME")),
        },
        "/send" if !rest.is_empty() => Step::Raw(rest.to_owned()),
        "/send" => return Err(bad("/send JSON")),
        "/expect" => match args.as_slice() {
            [spec] => parse_expect(spec)?,
            _ => return Err(bad("/expect KIND[:FROM]")),
        },
        "/wait" => Step::Wait(
            humantime::parse_duration(rest).map_err(|_| bad("/wait DURATION (e.g. 500ms)"))?,
        ),
        "/quit" | "/exit" => Step::Quit,
        other => {
            return Err(Error::usage(format!(
                "unknown command {other}; commands: /offer /answer /candidate /event /send /expect /wait /quit"
            )));
        }
    };
    Ok(Some(step))
}

/// `--send` and `--expect` in the order they were given on the command line.
fn ordered_flag_steps(matches: &ArgMatches) -> Result<Vec<Step>> {
    let Some(m) = matches
        .subcommand_matches("peer")
        .and_then(|m| m.subcommand_matches("connect"))
    else {
        return Ok(Vec::new());
    };
    let mut indexed: Vec<(usize, Step)> = Vec::new();
    for (id, parse) in [
        ("send", parse_send as fn(&str) -> Result<Step>),
        ("expect", parse_expect),
    ] {
        if let (Some(idx), Some(vals)) = (m.indices_of(id), m.get_many::<String>(id)) {
            for (i, v) in idx.zip(vals) {
                indexed.push((i, parse(v)?));
            }
        }
    }
    indexed.sort_by_key(|(i, _)| *i);
    Ok(indexed.into_iter().map(|(_, s)| s).collect())
}

fn build_signal(name: &str, size: usize, marker: &str) -> Signal {
    match name {
        "offer" => synth::signal(SignalKind::Offer, size, marker),
        "answer" => synth::signal(SignalKind::Answer, size, marker),
        "candidate" => synth::signal(SignalKind::Candidate, size, marker),
        other => {
            let mut data = serde_json::Map::new();
            data.insert("marker".into(), marker.into());
            Signal::Event {
                name: other.to_owned(),
                data,
            }
        }
    }
}

pub async fn run(ctx: &Ctx, cmd: PeerCommand, matches: &ArgMatches) -> Result<()> {
    match cmd {
        PeerCommand::Connect(args) => connect(ctx, args, matches).await,
    }
}

enum Mode {
    Script(Vec<Step>),
    Interactive,
}

async fn connect(ctx: &Ctx, args: PeerConnectArgs, matches: &ArgMatches) -> Result<()> {
    let target = ctx.target()?;
    let mode = if let Some(path) = &args.script {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::usage(format!("cannot read {}: {e}", path.display())))?;
        Mode::Script(parse_script(&text)?)
    } else if !args.send.is_empty() || !args.expect.is_empty() {
        Mode::Script(ordered_flag_steps(matches)?)
    } else if std::io::stdin().is_terminal() {
        Mode::Interactive
    } else {
        let mut text = String::new();
        let mut lines = tokio::io::BufReader::new(tokio::io::stdin()).lines();
        while let Some(l) = lines
            .next_line()
            .await
            .map_err(|e| Error::io("cannot read standard input", e))?
        {
            text.push_str(&l);
            text.push('\n');
        }
        Mode::Script(parse_script(&text)?)
    };

    let caps = backend::lookup(&target.backend)?.caps;
    let name = &target.backend;
    if args.token.is_some() && !caps.secret {
        return Err(Error::usage(format!(
            "--token: the {name} backend's peers meet without a secret"
        )));
    }
    if args.room.is_some() && !caps.meeting_point {
        return Err(Error::usage(format!(
            "--room: the {name} backend's peers meet without being told where"
        )));
    }
    if let Some(role) = &args.role
        && !caps.roles.contains(&role.as_str())
    {
        return Err(Error::usage(match caps.roles {
            [] => format!("--role: the {name} backend's peers are all alike"),
            roles => format!(
                "unknown role '{role}' for the {name} backend; use {}",
                roles.join(" or ")
            ),
        }));
    }
    let backend = backend::client_for(&target)?;
    let me = PeerId::from(
        args.peer_id
            .clone()
            .unwrap_or_else(|| backend.new_peer_id()),
    );
    let group = backend.named_group(args.room.clone(), args.token.clone());
    let spec = |identity: Option<crate::auth::Identity>| PeerSpec {
        id: me.clone(),
        identity,
        role: args.role.clone(),
    };
    let connect = async {
        if backend.needs_identity() {
            ctx.with_identity(&target, |identity| {
                let (backend, group, spec) = (&backend, &group, spec(Some(identity)));
                async move { backend.connect(group, &spec).await }
            })
            .await
        } else {
            let identity = ctx.identity(&target).await.ok();
            backend.connect(&group, &spec(identity)).await
        }
    };
    let session = ctx.unless_stopped(connect).await?;
    let out = ctx.out;
    if out.json {
        out.ndjson(&json!({
            "event": "connected",
            "peer": me,
            "backend": backend.name(),
            "group": group.id,
            "connect_ms": ms(session.timings.connect),
            "register_ms": ms(session.timings.register),
        }));
    } else {
        out.line(&format!(
            "connected as {me} ({} backend; connect {:.1} ms, register {:.1} ms)",
            backend.name(),
            ms(session.timings.connect),
            ms(session.timings.register)
        ));
    }

    // The receiving half runs on its own: it prints every event as it comes
    // and hands it on for expectations.
    let (ev_tx, ev_rx) = mpsc::unbounded_channel();
    let mut events = session.events;
    let recorder = args.record.as_ref().map(|_| Recorder::new(me.clone()));
    let reader_recorder = recorder.clone();
    let reader = tokio::spawn(async move {
        loop {
            let ev = events.next().await;
            let closed = matches!(ev, Ok(Event::Closed { .. }) | Err(_));
            if let Ok(e) = &ev {
                print_event(&out, e);
                if let (Some(r), Event::Signal { from, signal }) = (&reader_recorder, e) {
                    r.received(from, signal);
                }
            }
            if ev_tx.send(ev).is_err() || closed {
                break;
            }
        }
    });
    let mut peer = Peer {
        me,
        sender: session.sender,
        events: ev_rx,
        backlog: VecDeque::new(),
        timeout: target.timeout,
        out,
        sent: 0,
        recorder: recorder.clone(),
        spoke: false,
        server_error: None,
    };
    // Ctrl-C ends the script or the prompt, not the command: the
    // connection is closed and the recording written all the same.
    let result = tokio::select! {
        r = async {
            match mode {
                Mode::Script(steps) => peer.run_script(steps, args.linger).await,
                Mode::Interactive => peer.run_interactive().await,
            }
        } => r,
        _ = ctx.stop.cancelled() => Err(Error::Interrupted),
    };
    let _ = peer.sender.close().await;
    reader.abort();
    if let (Some(path), Some(r)) = (&args.record, &recorder) {
        let flow = r.flow();
        std::fs::write(path, flow.to_jsonl())
            .map_err(|e| Error::io(format!("cannot write {}", path.display()), e))?;
        if !out.json {
            out.line(&format!(
                "recorded {} signals to {}",
                flow.steps.len(),
                path.display()
            ));
        }
    }
    result
}

fn parse_script(text: &str) -> Result<Vec<Step>> {
    let mut steps = Vec::new();
    for (n, line) in text.lines().enumerate() {
        match parse_line(line) {
            Ok(Some(s)) => steps.push(s),
            Ok(None) => {}
            Err(e) => return Err(Error::usage(format!("script line {}: {e}", n + 1))),
        }
    }
    Ok(steps)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn now_rfc3339() -> String {
    crate::util::clock::now_rfc3339()
}

fn print_event(out: &Output, e: &Event) {
    if out.json {
        let v = match e {
            Event::Signal { from, signal } => json!({
                "event": "received", "at": now_rfc3339(), "from": from, "kind": signal.kind(),
                "name": signal.name(), "signal": signal.to_json(),
            }),
            Event::Presence { peer, change } => {
                json!({"event": "presence", "at": now_rfc3339(), "peer": peer, "change": change})
            }
            Event::ServerError { message } => {
                json!({"event": "server_error", "at": now_rfc3339(), "message": message})
            }
            Event::Unrecognized { raw } => {
                json!({"event": "unrecognized", "at": now_rfc3339(), "raw": raw})
            }
            Event::Closed { code, reason } => {
                json!({"event": "closed", "at": now_rfc3339(), "code": code, "reason": reason})
            }
        };
        out.ndjson(&v);
        return;
    }
    let line = match e {
        Event::Signal {
            from,
            signal: Signal::Candidate(c),
        } => format!("<- candidate from {from}: {}", c.candidate),
        Event::Signal { from, signal } => format!(
            "<- {} from {from} ({} bytes)",
            signal.name(),
            signal.payload_len()
        ),
        Event::Presence { peer, change } => format!("<- {peer} {}", change.as_str()),
        Event::ServerError { message } => format!("<- server error: {message}"),
        Event::Unrecognized { raw } => format!("<- unrecognized frame: {raw}"),
        Event::Closed { code, reason } => format!(
            "<- connection closed{} {reason}",
            code.map(|c| format!(" ({c})")).unwrap_or_default()
        ),
    };
    out.line(&line);
}

struct Peer {
    me: PeerId,
    sender: Box<dyn SignalSender>,
    events: mpsc::UnboundedReceiver<Result<Event>>,
    /// Events that arrived but matched no expectation yet.
    backlog: VecDeque<Event>,
    timeout: Duration,
    out: Output,
    sent: u64,
    recorder: Option<Recorder>,
    /// Whether we have sent anything yet (a signal or a raw frame).
    spoke: bool,
    /// The first error frame the server sent once we had.
    server_error: Option<String>,
}

/// What `--record` writes: every signal sent and received, as a flow that
/// `replay` can run.
#[derive(Clone)]
struct Recorder {
    me: PeerId,
    start: Instant,
    steps: std::sync::Arc<std::sync::Mutex<Vec<FlowStep>>>,
}

impl Recorder {
    fn new(me: PeerId) -> Self {
        Recorder {
            me,
            start: Instant::now(),
            steps: Default::default(),
        }
    }

    fn push(&self, from: &PeerId, to: &PeerId, signal: &Signal) {
        let mut step = FlowStep::new(
            self.start.elapsed().as_millis() as u64,
            from,
            to,
            signal.kind(),
        );
        let mut payload = signal.to_json();
        if let Some(m) = payload.as_object_mut() {
            m.remove("type");
        }
        step.payload = Some(match signal {
            Signal::Offer { sdp } | Signal::Answer { sdp } => sdp.clone().into(),
            Signal::Candidate(_) => payload["candidate"].take(),
            Signal::Event { name, .. } => {
                step.name = Some(name.clone());
                payload
            }
        });
        self.steps
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(step);
    }

    fn sent(&self, to: &PeerId, signal: &Signal) {
        self.push(&self.me.clone(), to, signal);
    }

    fn received(&self, from: &PeerId, signal: &Signal) {
        self.push(from, &self.me.clone(), signal);
    }

    fn flow(&self) -> Flow {
        let steps = self.steps.lock().unwrap_or_else(|p| p.into_inner()).clone();
        Flow {
            name: format!("recorded-{}", self.me),
            steps,
        }
    }
}

/// How a step ended, for scripts (stop on failure) and the prompt (report).
enum Next {
    Continue,
    Quit,
}

impl Peer {
    async fn run_script(&mut self, steps: Vec<Step>, linger: Duration) -> Result<()> {
        for step in steps {
            if let Next::Quit = self.step(step, true).await? {
                return Ok(());
            }
        }
        self.linger(linger).await?;
        // A script whose signals the server answered with an error failed,
        // even where no expectation was waiting for it.
        match self.server_error.take() {
            Some(message) => Err(Error::failed(format!(
                "the server answered with an error: {message}"
            ))),
            None => Ok(()),
        }
    }

    async fn run_interactive(&mut self) -> Result<()> {
        eprintln!(
            "commands: /offer PEER [SIZE], /answer PEER [SIZE], /candidate PEER, /event PEER NAME, /send JSON, /expect KIND[:FROM], /wait DURATION, /quit"
        );
        let mut lines = tokio::io::BufReader::new(tokio::io::stdin()).lines();
        loop {
            let line = tokio::select! {
                l = lines.next_line() => l.map_err(|e| Error::io("cannot read standard input", e))?,
                ev = self.events.recv() => {
                    // Printed by the reader already; keep it for /expect.
                    match ev {
                        Some(Ok(Event::Closed { reason, .. })) => return Err(Error::Unreachable(format!("the connection closed: {reason}"))),
                        Some(Ok(e)) => { self.keep(e); continue; }
                        Some(Err(e)) => return Err(e),
                        None => return Err(Error::Unreachable("the connection closed".into())),
                    }
                }
            };
            let Some(line) = line else { return Ok(()) };
            match parse_line(&line) {
                Ok(None) => {}
                Ok(Some(step)) => match self.step(step, false).await {
                    Ok(Next::Quit) => return Ok(()),
                    Ok(Next::Continue) => {}
                    Err(e) if e.ends_session() => return Err(e),
                    Err(e) => eprintln!("error: {e}"),
                },
                Err(e) => eprintln!("error: {e}"),
            }
        }
    }

    fn keep(&mut self, e: Event) {
        match e {
            Event::Signal { .. } => self.backlog.push_back(e),
            Event::ServerError { message } if self.spoke => {
                self.server_error.get_or_insert(message);
            }
            _ => {}
        }
    }

    async fn step(&mut self, step: Step, strict: bool) -> Result<Next> {
        match step {
            Step::Send { to, name, size } => {
                self.spoke = true;
                self.sent += 1;
                let marker = format!("{}-{}", self.me, self.sent);
                let signal = build_signal(&name, size, &marker);
                self.sender.send(&to, &signal).await?;
                if let Some(r) = &self.recorder {
                    r.sent(&to, &signal);
                }
                if self.out.json {
                    self.out.ndjson(&json!({
                        "event": "sent", "at": now_rfc3339(), "to": to, "kind": signal.kind(),
                        "name": signal.name(), "signal": signal.to_json(),
                    }));
                } else {
                    self.out.line(&format!(
                        "-> {} to {to} ({} bytes)",
                        signal.name(),
                        signal.payload_len()
                    ));
                }
            }
            Step::Raw(text) => {
                self.spoke = true;
                self.sender.send_raw(&text).await?;
                if self.out.json {
                    self.out.ndjson(
                        &json!({"event": "sent_raw", "at": now_rfc3339(), "bytes": text.len()}),
                    );
                } else {
                    self.out
                        .line(&format!("-> raw frame ({} bytes)", text.len()));
                }
            }
            Step::Expect { name, from } => self.expect_event(&name, from.as_ref(), strict).await?,
            Step::Wait(d) => self.linger(d).await?,
            Step::Quit => return Ok(Next::Quit),
        }
        Ok(Next::Continue)
    }

    /// Wait for a matching signal; a server error frame or a closed
    /// connection ends the wait at once.
    async fn expect_event(
        &mut self,
        name: &str,
        from: Option<&PeerId>,
        strict: bool,
    ) -> Result<()> {
        let matches = |e: &Event| match e {
            Event::Signal { from: f, signal } => {
                signal.name() == name && from.is_none_or(|want| want == f)
            }
            _ => false,
        };
        let what = match from {
            Some(f) => format!("{name} from {f}"),
            None => name.to_owned(),
        };
        if let Some(pos) = self.backlog.iter().position(matches) {
            self.backlog.remove(pos);
            return self.met(name, from);
        }
        let deadline = Instant::now() + self.timeout;
        loop {
            let ev = match tokio::time::timeout_at(deadline.into(), self.events.recv()).await {
                Err(_) => {
                    return Err(Error::Check(format!(
                        "expected {what} within {}, but it did not arrive",
                        humantime::format_duration(self.timeout)
                    )));
                }
                Ok(None) => {
                    return Err(Error::Unreachable(format!(
                        "the connection closed while waiting for {what}"
                    )));
                }
                Ok(Some(ev)) => ev?,
            };
            match ev {
                e if matches(&e) => return self.met(name, from),
                Event::ServerError { message } if strict => {
                    return Err(Error::failed(format!(
                        "the server answered with an error while waiting for {what}: {message}"
                    )));
                }
                Event::Closed { code, reason } => {
                    let code = code.map(|c| format!(" ({c})")).unwrap_or_default();
                    return Err(Error::Unreachable(format!(
                        "the connection closed{code} while waiting for {what}: {reason}"
                    )));
                }
                other => self.keep(other),
            }
        }
    }

    fn met(&self, name: &str, from: Option<&PeerId>) -> Result<()> {
        if self.out.json {
            self.out.ndjson(
                &json!({"event": "expect_met", "at": now_rfc3339(), "name": name, "from": from}),
            );
        }
        Ok(())
    }

    /// Keep receiving (the reader prints) for `d`, or until the connection closes.
    async fn linger(&mut self, d: Duration) -> Result<()> {
        let deadline = Instant::now() + d;
        while let Ok(ev) = tokio::time::timeout_at(deadline.into(), self.events.recv()).await {
            match ev {
                None | Some(Ok(Event::Closed { .. })) => return Ok(()),
                Some(Ok(e)) => self.keep(e),
                Some(Err(e)) => return Err(e),
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_send_and_expect_specs() {
        assert_eq!(
            parse_send("offer:b").unwrap(),
            Step::Send {
                to: "b".into(),
                name: "offer".into(),
                size: DEFAULT_SDP_SIZE
            }
        );
        assert_eq!(
            parse_send("offer:b:70000").unwrap(),
            Step::Send {
                to: "b".into(),
                name: "offer".into(),
                size: 70000
            }
        );
        assert_eq!(
            parse_send("raw:{\"a\":1}").unwrap(),
            Step::Raw("{\"a\":1}".into())
        );
        assert_eq!(
            parse_send("quit:b").unwrap(),
            Step::Send {
                to: "b".into(),
                name: "quit".into(),
                size: DEFAULT_SDP_SIZE
            }
        );
        for bad in ["offer", "offer:", ":b", "offer:b:big"] {
            assert_eq!(parse_send(bad).unwrap_err().code(), 2, "{bad}");
        }
        assert_eq!(
            parse_expect("answer:a").unwrap(),
            Step::Expect {
                name: "answer".into(),
                from: Some("a".into())
            }
        );
        assert_eq!(
            parse_expect("answer").unwrap(),
            Step::Expect {
                name: "answer".into(),
                from: None
            }
        );
        assert!(parse_expect(":a").is_err());
        assert!(parse_expect("offer:").is_err());
    }

    #[test]
    fn parses_prompt_lines() {
        assert_eq!(parse_line("  ").unwrap(), None);
        assert_eq!(parse_line("# note").unwrap(), None);
        assert_eq!(
            parse_line("/offer b 2400").unwrap(),
            Some(Step::Send {
                to: "b".into(),
                name: "offer".into(),
                size: 2400
            })
        );
        assert_eq!(
            parse_line("/event b quit").unwrap(),
            Some(Step::Send {
                to: "b".into(),
                name: "quit".into(),
                size: 0
            })
        );
        assert_eq!(
            parse_line("/send {\"type\": \"x\"}").unwrap(),
            Some(Step::Raw("{\"type\": \"x\"}".into()))
        );
        assert_eq!(
            parse_line("/wait 250ms").unwrap(),
            Some(Step::Wait(Duration::from_millis(250)))
        );
        assert_eq!(parse_line("/quit").unwrap(), Some(Step::Quit));
        for bad in [
            "/offer",
            "/send",
            "/expect",
            "/wait soon",
            "/dance",
            "/event b",
        ] {
            assert_eq!(parse_line(bad).unwrap_err().code(), 2, "{bad}");
        }
    }
}
