//! `auth` against real Cognito emulation (moto): every command, with and
//! without an app client secret, the errors users meet, the token cache,
//! and moto's tokens verified by the room emulator through its JWKS.

mod common;

use common::cognito::Pool;
use common::{Emulator, Home};
use predicates::str::contains;
use serde_json::Value;

const PASSWORD: &str = "Sup3r-secret!pw";

/// Run `signal-cli FLAGS ARGS` with `stdin`; returns (exit code, stdout, stderr).
fn run(home: &Home, flags: &[String], args: &[&str], stdin: &str) -> (i32, String, String) {
    let out = home
        .cmd()
        .args(flags)
        .args(args)
        .write_stdin(stdin)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn cache_file(home: &Home) -> std::path::PathBuf {
    home.cache_dir().join("signal-cli/tokens/default.json")
}

/// Every `auth` command against `pool`'s client with or without a secret.
fn every_auth_command(pool: &Pool, secret: bool, code: &str) {
    let home = Home::new();
    let f = pool.flags(secret);
    let user = if secret { "carol" } else { "dave" };
    let printed = std::cell::RefCell::new(String::new());
    let ok = |args: &[&str], stdin: &str| -> String {
        let (status, out, err) = run(&home, &f, args, stdin);
        assert_eq!(status, 0, "{args:?}: {err}");
        printed.borrow_mut().push_str(&out);
        printed.borrow_mut().push_str(&err);
        out
    };

    let out = ok(
        &[
            "--json",
            "auth",
            "signup",
            "--username",
            user,
            "--password-stdin",
            "--attribute",
            "email=user@example.com",
        ],
        &format!("{PASSWORD}\n"),
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["confirmed"], false);
    assert!(!v["user_sub"].as_str().unwrap().is_empty());

    // Not confirmed yet: exit 4 with the hint to confirm.
    let (status, _, err) = run(
        &home,
        &f,
        &["auth", "signin", "--username", user, "--password-stdin"],
        &format!("{PASSWORD}\n"),
    );
    assert_eq!(status, 4, "{err}");
    assert!(err.contains("UserNotConfirmedException"), "{err}");
    assert!(err.contains("signal-cli auth confirm"), "{err}");

    ok(&["auth", "confirm", "--username", user, "--code", code], "");
    let out = ok(
        &[
            "--json",
            "auth",
            "signin",
            "--username",
            user,
            "--password-stdin",
        ],
        &format!("{PASSWORD}\n"),
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["username"], user);
    assert!(v.get("id_token").is_none());

    // The cache: 0600, with all three tokens.
    let path = cache_file(&home);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let cached: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let tokens: Vec<String> = ["id_token", "access_token", "refresh_token"]
        .iter()
        .map(|k| cached[k].as_str().expect(k).to_owned())
        .collect();

    let out = ok(&["--json", "auth", "whoami"], "");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["source"], "cognito");
    assert_eq!(v["claims"]["cognito:username"], user);
    assert_eq!(v["claims"]["token_use"], "id");
    let client = if secret {
        "secret_client_id"
    } else {
        "client_id"
    };
    assert_eq!(v["cognito"]["client_id"], pool.get(client));
    assert_eq!(v["cognito"]["user_pool_id"], pool.get("pool_id"));
    ok(&["auth", "whoami"], "");

    ok(&["auth", "refresh"], "");
    let refreshed: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(
        refreshed["refresh_token"].as_str(),
        Some(tokens[2].as_str())
    );
    let claims = ok(&["--json", "auth", "whoami"], "");
    let v: Value = serde_json::from_str(&claims).unwrap();
    assert_eq!(v["claims"]["cognito:username"], user);

    // Nothing printed so far carries a token; --show-token does.
    let printed = printed.borrow().clone();
    for t in &tokens {
        assert!(!printed.contains(t.as_str()), "a token was printed");
    }
    let refreshed_id = refreshed["id_token"].as_str().unwrap().to_owned();
    assert!(!printed.contains(&refreshed_id), "a token was printed");
    let (_, out, _) = run(&home, &f, &["auth", "whoami", "--show-token"], "");
    assert!(out.contains(&refreshed_id));

    // Wrong password and unknown user: exit 4 with Cognito's message.
    let (status, _, err) = run(
        &home,
        &f,
        &["auth", "signin", "--username", user, "--password-stdin"],
        "not-the-password\n",
    );
    assert_eq!(status, 4, "{err}");
    assert!(err.contains("NotAuthorizedException"), "{err}");
    let (status, _, err) = run(
        &home,
        &f,
        &["auth", "signin", "--username", "nobody", "--password-stdin"],
        &format!("{PASSWORD}\n"),
    );
    assert_eq!(status, 4, "{err}");
    assert!(err.contains("UserNotFoundException"), "{err}");

    // Logout: the cache holds no token any more.
    ok(&["auth", "logout"], "");
    assert!(!path.exists());
    let dir = path.parent().unwrap();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
        for t in &tokens {
            assert!(!text.contains(t.as_str()));
        }
    }
    let (status, _, _) = run(&home, &f, &["auth", "whoami"], "");
    assert_eq!(status, 4);
}

#[test]
fn every_auth_command_works_against_moto_with_and_without_a_client_secret() {
    let pool = Pool::moto();
    every_auth_command(&pool, false, "000000");
    every_auth_command(&pool, true, "000000");
}

#[test]
fn an_unreachable_cognito_is_exit_5() {
    let home = Home::new();
    // A port nothing listens on: bind one, then let it go.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    home.cmd()
        .args([
            "--timeout",
            "2s",
            "--cognito-endpoint",
            &format!("http://127.0.0.1:{port}"),
            "--cognito-region",
            "us-east-1",
            "--cognito-client-id",
            "x",
        ])
        .args(["auth", "signin", "--username", "a", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .code(5)
        .stderr(contains("cannot reach Cognito"));
}

#[test]
fn the_room_emulator_accepts_moto_tokens_through_the_pool_jwks() {
    let pool = Pool::moto();
    let other = Pool::moto();
    let home = Home::new();
    let signed_in = |pool: &Pool, user: &str| -> String {
        let f = pool.flags(false);
        let (status, _, err) = run(
            &home,
            &f,
            &["auth", "signup", "--username", user, "--password-stdin"],
            &format!("{PASSWORD}\n"),
        );
        assert_eq!(status, 0, "{err}");
        pool.admin_confirm(user);
        let (status, out, err) = run(
            &home,
            &f,
            &[
                "--json",
                "auth",
                "signin",
                "--username",
                user,
                "--password-stdin",
                "--show-token",
            ],
            &format!("{PASSWORD}\n"),
        );
        assert_eq!(status, 0, "{err}");
        let v: Value = serde_json::from_str(&out).unwrap();
        v["id_token"].as_str().unwrap().to_owned()
    };
    let mine = signed_in(&pool, "frank");
    let foreign = signed_in(&other, "grace");
    let emu = Emulator::room(
        &home,
        &[
            "--jwks-url",
            &pool.get("jwks_url"),
            "--issuer",
            &pool.get("issuer"),
            "--audience",
            &pool.get("client_id"),
        ],
    );
    home.cmd()
        .args(emu.target())
        .args(["--id-token", &mine, "--json", "room", "create"])
        .assert()
        .success();
    home.cmd()
        .args(emu.target())
        .args(["--id-token", &foreign, "room", "create"])
        .assert()
        .code(4);
}
