//! A user pool of the test's own: a key it signs any claims with, and its
//! JWKS served on an ephemeral loopback port, for emulators started with
//! `--jwks-url --issuer --audience`. Tokens no provider would issue (no
//! `sub`, a future `nbf`, another key id, `alg: none`) come from here.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use signal_cli::emulator::idp::IdentityProvider;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

pub const ISSUER: &str = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_TestPool";
pub const AUDIENCE: &str = "testclient0000000000000001";

pub struct Pool {
    pub idp: IdentityProvider,
    pub url: String,
    stop: Arc<AtomicBool>,
    server: Option<JoinHandle<()>>,
}

impl Pool {
    pub fn start() -> Pool {
        let idp =
            IdentityProvider::generate(ISSUER.into(), AUDIENCE.into(), Duration::from_secs(3600))
                .expect("a key");
        let body = idp.jwks().to_string();
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.set_nonblocking(true).expect("non-blocking");
        let url = format!(
            "http://{}/.well-known/jwks.json",
            listener.local_addr().expect("address")
        );
        let stop = Arc::new(AtomicBool::new(false));
        let halt = stop.clone();
        let server = std::thread::spawn(move || {
            while !halt.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((mut s, _)) => {
                        let _ = s.set_nonblocking(false);
                        let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
                        let mut req = Vec::new();
                        let mut buf = [0u8; 1024];
                        while !req.windows(4).any(|w| w == b"\r\n\r\n") {
                            match s.read(&mut buf) {
                                Ok(0) | Err(_) => break,
                                Ok(n) => req.extend_from_slice(&buf[..n]),
                            }
                        }
                        let _ = write!(
                            s,
                            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                            body.len()
                        );
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Pool {
            idp,
            url,
            stop,
            server: Some(server),
        }
    }

    /// The `serve` flags that trust this pool.
    pub fn flags(&self) -> Vec<String> {
        [
            "--jwks-url",
            &self.url,
            "--issuer",
            ISSUER,
            "--audience",
            AUDIENCE,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }

    /// An ID token's claims for `sub`, valid for an hour.
    pub fn claims(&self, sub: &str) -> Value {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        json!({
            "sub": sub, "aud": AUDIENCE, "iss": ISSUER, "token_use": "id",
            "cognito:username": sub, "iat": now, "auth_time": now, "exp": now + 3600,
        })
    }

    /// `claims` signed with the pool's key.
    pub fn token(&self, claims: &Value) -> String {
        self.idp.sign(claims).expect("sign")
    }

    /// `claims` signed with the pool's key under key id `kid` (or none).
    pub fn token_as(&self, claims: &Value, kid: Option<&str>) -> String {
        self.idp.sign_as(claims, kid).expect("sign")
    }
}

/// `claims` unsigned, as `alg: none`.
pub fn unsigned(claims: &Value) -> String {
    let part = |v: &Value| URL_SAFE_NO_PAD.encode(v.to_string());
    format!(
        "{}.{}.",
        part(&json!({"alg": "none", "typ": "JWT"})),
        part(claims)
    )
}

impl Drop for Pool {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.server.take() {
            let _ = t.join();
        }
    }
}
