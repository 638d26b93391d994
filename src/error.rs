//! One error type for the whole tool; each variant maps to a documented exit code.

use std::fmt;

/// Everything that can end a command. The message is one line for a person:
/// what failed and, where we know it, what to do next.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A general failure the other variants do not describe (exit 1), such as
    /// a server that refused a request ("room not found").
    #[error("{0}")]
    Failed(String),
    /// Bad command-line input or configuration (exit 2).
    #[error("{0}")]
    Usage(String),
    /// A check, expectation or threshold was not met (exit 3).
    #[error("{0}")]
    Check(String),
    /// Authentication was rejected (exit 4).
    #[error("{0}")]
    Auth(String),
    /// The target could not be reached (exit 5).
    #[error("{0}")]
    Unreachable(String),
    /// A network wait ran out of time (exit 5).
    #[error("{0}")]
    Timeout(String),
    /// The server broke its protocol (exit 6).
    #[error("{0}")]
    Protocol(String),
    /// Ctrl-C (exit 130).
    #[error("interrupted")]
    Interrupted,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// The process exit code for this error, as documented in the README.
    pub fn code(&self) -> i32 {
        match self {
            Error::Failed(_) => 1,
            Error::Usage(_) => 2,
            Error::Check(_) => 3,
            Error::Auth(_) => 4,
            Error::Unreachable(_) | Error::Timeout(_) => 5,
            Error::Protocol(_) => 6,
            Error::Interrupted => 130,
        }
    }

    /// Whether the session this error came from is unusable (the target
    /// refused us, went away, stopped answering or broke its protocol), as
    /// opposed to one command that failed on a session that goes on.
    pub fn ends_session(&self) -> bool {
        matches!(
            self,
            Error::Auth(_) | Error::Unreachable(_) | Error::Timeout(_) | Error::Protocol(_)
        )
    }

    pub fn failed(msg: impl fmt::Display) -> Self {
        Error::Failed(msg.to_string())
    }

    pub fn usage(msg: impl fmt::Display) -> Self {
        Error::Usage(msg.to_string())
    }

    pub fn protocol(msg: impl fmt::Display) -> Self {
        Error::Protocol(msg.to_string())
    }

    /// A failure to read or write a local file.
    pub fn io(what: impl fmt::Display, err: std::io::Error) -> Self {
        Error::Failed(format!("{what}: {err}"))
    }

    /// Map a reqwest failure (no HTTP status) to the matching kind.
    pub fn http(url: &str, err: reqwest::Error) -> Self {
        let url = &crate::util::http::redact_url(url);
        if err.is_timeout() {
            Error::Timeout(format!("{url} did not answer in time"))
        } else if err.is_connect() {
            Error::Unreachable(format!(
                "cannot reach {url}: {}; check the URL or start an emulator with `signal-cli serve`",
                root_cause(&err)
            ))
        } else if err.is_decode() {
            Error::Protocol(format!(
                "{url} answered with a body that is not the expected JSON"
            ))
        } else {
            Error::Unreachable(format!("request to {url} failed: {}", root_cause(&err)))
        }
    }
}

/// The innermost cause of an error chain, which is usually the useful part.
pub fn root_cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = err;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_the_readme() {
        assert_eq!(Error::failed("x").code(), 1);
        assert_eq!(Error::usage("x").code(), 2);
        assert_eq!(Error::Check("x".into()).code(), 3);
        assert_eq!(Error::Auth("x".into()).code(), 4);
        assert_eq!(Error::Unreachable("x".into()).code(), 5);
        assert_eq!(Error::Timeout("x".into()).code(), 5);
        assert_eq!(Error::protocol("x").code(), 6);
        assert_eq!(Error::Interrupted.code(), 130);
    }
}
