//! Cognito user pools for the tests: moto's, installed by `scripts/test`
//! into the project's virtual environment and provisioned by
//! `tests/support/cognito_pool.py`.

use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use super::Bg;

/// A user pool with two app clients: one without, one with a secret.
pub struct Pool {
    /// Keeps the server running; stopped when dropped.
    pub server: Bg,
    pub endpoint: String,
    pub info: Value,
}

pub fn test_cache() -> PathBuf {
    std::env::var_os("SIGNAL_CLI_TEST_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".cache"))
}

pub fn venv_bin(name: &str) -> PathBuf {
    let path = test_cache().join("venv/bin").join(name);
    assert!(
        path.exists(),
        "{} is missing: run scripts/test, which installs moto into the project's virtual environment",
        path.display()
    );
    path
}

fn provision(args: &[&str]) -> String {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/support/cognito_pool.py");
    let out = Command::new(venv_bin("python"))
        .arg(script)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run the provisioning script");
    assert!(
        out.status.success(),
        "cognito_pool.py {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

impl Pool {
    /// Start moto on a free loopback port and create a pool in it.
    pub fn moto() -> Pool {
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(r#"exec "$0" -H 127.0.0.1 -p 0 2>&1"#)
            .arg(venv_bin("moto_server"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut server = Bg::spawn(cmd);
        let line = server.wait_line(|l| l.contains("Running on http://127.0.0.1:"));
        let at = line.find("http://").expect("URL");
        let endpoint = line[at..]
            .split_whitespace()
            .next()
            .expect("URL")
            .to_owned();
        let info: Value =
            serde_json::from_str(&provision(&["create", &endpoint])).expect("pool JSON");
        Pool {
            server,
            endpoint,
            info,
        }
    }

    /// signal-cli's own Cognito-compatible endpoint (`serve room`), with
    /// every confirmation code `code`.
    pub fn serve(home: &super::Home, code: &str) -> Pool {
        let emu = super::Emulator::room(home, &["--confirmation-code", code]);
        let i = &emu.info;
        let endpoint = i["cognito_url"].as_str().expect("cognito_url").to_owned();
        let info = serde_json::json!({
            "pool_id": i["cognito_user_pool_id"],
            "client_id": i["cognito_client_id"],
            "secret_client_id": i["cognito_secret_client_id"],
            "client_secret": i["cognito_client_secret"],
            "issuer": i["issuer"],
            "jwks_url": i["jwks_url"],
        });
        Pool {
            server: emu.bg,
            endpoint,
            info,
        }
    }

    pub fn get(&self, key: &str) -> String {
        self.info[key].as_str().expect(key).to_owned()
    }

    /// The flags for signing in with the client without (`false`) or with
    /// (`true`) a secret.
    pub fn flags(&self, secret: bool) -> Vec<String> {
        let mut f = vec![
            "--cognito-endpoint".into(),
            self.endpoint.clone(),
            "--cognito-user-pool-id".into(),
            self.get("pool_id"),
        ];
        if secret {
            f.extend([
                "--cognito-client-id".into(),
                self.get("secret_client_id"),
                "--cognito-client-secret".into(),
                self.get("client_secret"),
            ]);
        } else {
            f.extend(["--cognito-client-id".into(), self.get("client_id")]);
        }
        f
    }

    /// AdminCreateUser with a temporary password (NEW_PASSWORD_REQUIRED
    /// at first sign-in).
    pub fn invite(&self, user: &str, temporary: &str) {
        provision(&[
            "invite",
            &self.endpoint,
            &self.get("pool_id"),
            user,
            temporary,
        ]);
    }

    /// AdminConfirmSignUp, for pools that need an administrator to confirm.
    pub fn admin_confirm(&self, user: &str) {
        provision(&["confirm", &self.endpoint, &self.get("pool_id"), user]);
    }
}
