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
fn every_auth_command_works_against_our_own_cognito_endpoint() {
    let home = Home::new();
    let pool = Pool::serve(&home, "424242");
    every_auth_command(&pool, false, "424242");
    every_auth_command(&pool, true, "424242");
}

#[test]
fn our_endpoint_checks_secret_hash_codes_and_passwords() {
    let home = Home::new();
    let pool = Pool::serve(&home, "424242");
    let f = pool.flags(true);
    let signup = |flags: &[String], user: &str, password: &str| {
        run(
            &home,
            flags,
            &["auth", "signup", "--username", user, "--password-stdin"],
            &format!("{password}\n"),
        )
    };
    // The secret client without its secret: refused.
    let mut without = f.clone();
    let at = without
        .iter()
        .position(|a| a == "--cognito-client-secret")
        .unwrap();
    without.drain(at..at + 2);
    let (status, _, err) = signup(&without, "erin", PASSWORD);
    assert_eq!(status, 4, "{err}");
    assert!(err.contains("SECRET_HASH was not received"), "{err}");
    // A wrong secret: refused too.
    let mut wrong = f.clone();
    wrong[at + 1] = "not-the-secret".into();
    let (status, _, err) = signup(&wrong, "erin", PASSWORD);
    assert_eq!(status, 4, "{err}");
    assert!(err.contains("Unable to verify secret hash"), "{err}");
    // The password policy, an existing user, a wrong code.
    let (status, _, err) = signup(&f, "erin", "short");
    assert_eq!(status, 1, "{err}");
    assert!(err.contains("InvalidPasswordException"), "{err}");
    assert_eq!(signup(&f, "erin", PASSWORD).0, 0);
    let (status, _, err) = signup(&f, "erin", PASSWORD);
    assert_eq!(status, 1, "{err}");
    assert!(err.contains("UsernameExistsException"), "{err}");
    let (status, _, err) = run(
        &home,
        &f,
        &["auth", "confirm", "--username", "erin", "--code", "000000"],
        "",
    );
    assert_eq!(status, 1, "{err}");
    assert!(err.contains("CodeMismatchException"), "{err}");
}

#[test]
fn tokens_close_to_expiry_are_refreshed_by_any_command_even_two_at_once() {
    let home = Home::new();
    // Tokens live 4 minutes: under the 5-minute margin from the start.
    let emu = Emulator::room(
        &home,
        &["--confirmation-code", "1", "--token-lifetime", "4m"],
    );
    let f = common::cognito_flags(&emu);
    for args in [
        vec!["auth", "signup", "--username", "hal", "--password-stdin"],
        vec!["auth", "confirm", "--username", "hal", "--code", "1"],
        vec!["auth", "signin", "--username", "hal", "--password-stdin"],
    ] {
        let (status, _, err) = run(&home, &f, &args, &format!("{PASSWORD}\n"));
        assert_eq!(status, 0, "{args:?}: {err}");
    }
    let before: Value = serde_json::from_slice(&std::fs::read(cache_file(&home)).unwrap()).unwrap();
    // Two processes at once: both see a fresh token; the cache stays whole.
    let spawn = || {
        let mut cmd = home.std_cmd();
        cmd.args(&f).args(["--json", "auth", "whoami"]);
        common::Bg::spawn(cmd)
    };
    let (a, b) = (spawn(), spawn());
    for p in [a, b] {
        let (status, _, err) = p.finish();
        assert!(status.success(), "{err}");
    }
    let after: Value = serde_json::from_slice(&std::fs::read(cache_file(&home)).unwrap()).unwrap();
    assert_ne!(before["id_token"], after["id_token"]);
    assert_eq!(before["refresh_token"], after["refresh_token"]);
    // The refreshed token is what the room server accepts.
    home.cmd()
        .args(emu.target())
        .args(["room", "create"])
        .assert()
        .success();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_user_and_the_aws_json_error_shapes() {
    let home = Home::new();
    let pool = Pool::serve(&home, "7");
    let f = pool.flags(false);
    let home2 = Home::new();
    let cache = cache_file(&home2);
    let home2 = tokio::task::spawn_blocking(move || {
        for args in [
            vec![
                "auth",
                "signup",
                "--username",
                "ivy",
                "--password-stdin",
                "--attribute",
                "email=ivy@example.com",
            ],
            vec!["auth", "confirm", "--username", "ivy", "--code", "7"],
            vec!["auth", "signin", "--username", "ivy", "--password-stdin"],
        ] {
            let (status, _, err) = run(&home2, &f, &args, &format!("{PASSWORD}\n"));
            assert_eq!(status, 0, "{args:?}: {err}");
        }
        home2
    })
    .await
    .unwrap();
    let cached: Value = serde_json::from_slice(&std::fs::read(&cache).unwrap()).unwrap();
    drop(home2);
    let call = |op: &str, body: String| {
        reqwest::Client::new()
            .post(&pool.endpoint)
            .header("content-type", "application/x-amz-json-1.1")
            .header(
                "x-amz-target",
                format!("AWSCognitoIdentityProviderService.{op}"),
            )
            .body(body)
            .send()
    };
    let r = call(
        "GetUser",
        serde_json::json!({"AccessToken": cached["access_token"]}).to_string(),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 200);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["Username"], "ivy");
    let attrs = v["UserAttributes"].as_array().unwrap();
    assert!(attrs.contains(&serde_json::json!({"Name": "email", "Value": "ivy@example.com"})));
    // An ID token is not an access token.
    for (op, body, kind) in [
        (
            "GetUser",
            serde_json::json!({"AccessToken": cached["id_token"]}).to_string(),
            "NotAuthorizedException",
        ),
        ("GetUser", "{not json".to_owned(), "SerializationException"),
        (
            "AdminDeleteUser",
            "{}".to_owned(),
            "UnknownOperationException",
        ),
        (
            "InitiateAuth",
            serde_json::json!({"AuthFlow": "USER_SRP_AUTH", "ClientId": pool.get("client_id")})
                .to_string(),
            "InvalidParameterException",
        ),
    ] {
        let r = call(op, body).await.unwrap();
        assert_eq!(r.status(), 400, "{op}");
        let v: Value = r.json().await.unwrap();
        assert_eq!(v["__type"], kind, "{op}: {v}");
        assert!(v["message"].is_string());
    }
}

#[test]
fn throttling_is_retried_with_backoff_then_reported_with_the_quota() {
    let home = Home::new();
    // Two throttled answers: the SDK's retries get through.
    let emu = Emulator::room(&home, &["--cognito-throttle", "2"]);
    let flags = |emu: &Emulator| -> Vec<String> {
        [
            "--cognito-endpoint",
            emu.info["cognito_url"].as_str().unwrap(),
            "--cognito-region",
            "local",
            "--cognito-client-id",
            emu.info["cognito_client_id"].as_str().unwrap(),
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    let signup = ["auth", "signup", "--username", "jo", "--password-stdin"];
    let (status, _, err) = run(&home, &flags(&emu), &signup, &format!("{PASSWORD}\n"));
    assert_eq!(status, 0, "{err}");
    // Throttled for good: the message names the quota, after the retries.
    let emu = Emulator::room(&home, &["--cognito-throttle", "1000"]);
    let (status, _, err) = run(&home, &flags(&emu), &signup, &format!("{PASSWORD}\n"));
    assert_eq!(status, 1, "{err}");
    assert!(err.contains("TooManyRequestsException"), "{err}");
    assert!(err.contains("UserCreation"), "{err}");
    assert!(err.contains("4 attempts"), "{err}");
}

#[test]
fn a_new_password_challenge_is_named_or_answered() {
    let pool = Pool::moto();
    let home = Home::new();
    let f = pool.flags(false);
    pool.invite("kim", "Temp-0rary-pw");
    let signin = ["auth", "signin", "--username", "kim", "--password-stdin"];
    let (status, _, err) = run(&home, &f, &signin, "Temp-0rary-pw\n");
    assert_eq!(status, 4, "{err}");
    assert!(err.contains("NEW_PASSWORD_REQUIRED"), "{err}");
    assert!(err.contains("--new-password-stdin"), "{err}");
    let mut answer = signin.to_vec();
    answer.push("--new-password-stdin");
    let (status, _, err) = run(&home, &f, &answer, &format!("Temp-0rary-pw\n{PASSWORD}\n"));
    assert_eq!(status, 0, "{err}");
    // The new password is the password now.
    let (status, _, err) = run(&home, &f, &signin, &format!("{PASSWORD}\n"));
    assert_eq!(status, 0, "{err}");
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
