//! Identities: the token cache, secrecy of tokens in output, external issuers.

mod common;

use common::{Emulator, Home};
use predicates::prelude::*;
use predicates::str::contains;

#[test]
fn cache_is_private_and_tokens_stay_out_of_output() {
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    let outputs = [
        home.cmd()
            .args(emu.target())
            .args(["auth", "anonymous"])
            .assert()
            .success(),
        home.cmd()
            .args(emu.target())
            .args(["--json", "auth", "anonymous"])
            .assert()
            .success(),
    ];
    let token = home.cached("default")["id_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut all = outputs
        .into_iter()
        .map(|a| a.get_output().clone())
        .collect::<Vec<_>>();
    for args in [
        vec!["auth", "whoami"],
        vec!["--json", "auth", "whoami"],
        vec!["room", "create"],
        vec!["--json", "room", "create"],
    ] {
        all.push(
            home.cmd()
                .args(emu.target())
                .args(&args)
                .assert()
                .success()
                .get_output()
                .clone(),
        );
    }
    for out in &all {
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            !text.contains(&token),
            "token printed without --show-token: {text}"
        );
        // Not even its signature part alone.
        assert!(!text.contains(token.rsplit('.').next().unwrap()));
    }

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let path = home.cache_dir().join("signal-cli/tokens/default.json");
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    // Asked for, it is shown.
    home.cmd()
        .args(["auth", "whoami", "--show-token"])
        .assert()
        .success()
        .stdout(contains(token.as_str()));
    home.cmd()
        .args(emu.target())
        .args(["--json", "auth", "anonymous", "--show-token"])
        .assert()
        .success()
        .stdout(contains("id_token"));

    home.cmd()
        .args(["auth", "logout"])
        .assert()
        .success()
        .stdout(contains("removed"));
    assert!(
        !home
            .cache_dir()
            .join("signal-cli/tokens/default.json")
            .exists()
    );
    home.cmd()
        .args(["auth", "whoami"])
        .assert()
        .code(4)
        .stderr(contains("no cached token"));
}

#[test]
fn whoami_shows_the_cognito_claims() {
    let home = Home::new();
    let emu = Emulator::room(&home, &["--audience", "my-client-id"]);
    home.cmd()
        .args(emu.target())
        .args(["auth", "anonymous"])
        .assert()
        .success();
    let out = home
        .cmd()
        .args(["--json", "auth", "whoami"])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let claims = &v["claims"];
    assert_eq!(claims["aud"], "my-client-id");
    assert_eq!(claims["token_use"], "id");
    assert_eq!(claims["iss"], emu.info["issuer"]);
    assert_eq!(claims["sub"], claims["cognito:username"]);
    assert!(claims["exp"].as_u64().unwrap() > claims["iat"].as_u64().unwrap());
}

#[test]
fn tokens_of_an_external_issuer_verify() {
    // One emulator is the identity provider; the other trusts its JWKS.
    let idp_home = Home::new();
    let idp = Emulator::room(&idp_home, &["--audience", "pool-client"]);
    let issuer = idp.info["issuer"].as_str().unwrap().to_owned();
    let jwks = idp.info["jwks_url"].as_str().unwrap().to_owned();
    let home = Home::new();
    let emu = Emulator::room(
        &home,
        &[
            "--jwks-url",
            &jwks,
            "--issuer",
            &issuer,
            "--audience",
            "pool-client",
        ],
    );
    assert_eq!(emu.info["external_jwks"], jwks.as_str());

    idp_home
        .cmd()
        .args(idp.target())
        .args(["auth", "anonymous"])
        .assert()
        .success();
    let token = idp_home.cached("default")["id_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let out = home
        .cmd()
        .args(emu.target())
        .args(["--id-token", &token, "--json", "room", "create"])
        .assert()
        .success();
    let room: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let (room_id, room_token) = (
        room["room_id"].as_str().unwrap(),
        room["token"].as_str().unwrap(),
    );

    // Peers with that token register and relay.
    let mut b = home.std_cmd();
    b.args(emu.target())
        .args([
            "--id-token",
            &token,
            "--json",
            "peer",
            "connect",
            "--room",
            room_id,
            "--token",
            room_token,
            "--peer-id",
            "b",
        ])
        .args(["--expect", "offer:a"]);
    let mut b = common::Bg::spawn(b);
    b.wait_json(|v| v["event"] == "connected");
    home.cmd()
        .args(emu.target())
        .args([
            "--id-token",
            &token,
            "peer",
            "connect",
            "--room",
            room_id,
            "--token",
            room_token,
            "--peer-id",
            "a",
            "--send",
            "offer:b",
        ])
        .assert()
        .success();
    assert!(b.finish().0.success());

    // A token of the verifying emulator's own audience but another issuer is refused,
    // and so is one of the right issuer with another audience.
    let other_home = Home::new();
    let other = Emulator::room(&other_home, &["--audience", "pool-client"]);
    other_home
        .cmd()
        .args(other.target())
        .args(["auth", "anonymous"])
        .assert()
        .success();
    let foreign = other_home.cached("default")["id_token"]
        .as_str()
        .unwrap()
        .to_owned();
    home.cmd()
        .args(emu.target())
        .args(["--id-token", &foreign, "room", "create"])
        .assert()
        .code(4)
        .stderr(contains("Token verification failed"));
    // It issues no tokens itself.
    home.cmd()
        .args(emu.target())
        .args(["auth", "anonymous"])
        .assert()
        .code(1)
        .stderr(contains("external issuer"));
}

#[test]
fn profiles_hold_targets_with_flags_and_env_taking_precedence() {
    let home = Home::new();
    let emu = Emulator::room(&home, &[]);
    home.cmd()
        .args(emu.target())
        .args(["profile", "add", "local", "--use"])
        .assert()
        .success();
    home.cmd()
        .args(["profile", "list"])
        .assert()
        .success()
        .stdout(contains("local").and(contains(emu.http())));
    home.cmd()
        .args(["--json", "profile", "show"])
        .assert()
        .success()
        .stdout(contains(emu.ws()));
    // The profile is enough to reach the emulator; its token cache is its own.
    home.cmd()
        .args(["auth", "anonymous"])
        .assert()
        .success()
        .stdout(contains("local"));
    assert!(
        home.cache_dir()
            .join("signal-cli/tokens/local.json")
            .exists()
    );
    home.cmd().args(["room", "create"]).assert().success();
    // The environment overrides the profile, a flag overrides the environment.
    home.cmd()
        .env("SIGNAL_CLI_HTTP_URL", "http://127.0.0.1:9")
        .args(["room", "create"])
        .assert()
        .code(5);
    home.cmd()
        .env("SIGNAL_CLI_HTTP_URL", "http://127.0.0.1:9")
        .args(["--http-url", emu.http(), "room", "create"])
        .assert()
        .success();
    home.cmd()
        .args(["--profile", "nope", "room", "create"])
        .assert()
        .code(2)
        .stderr(contains("no profile named 'nope'"));
    home.cmd().args(["profile", "use", "nope"]).assert().code(2);
    home.cmd()
        .args(["profile", "remove", "local"])
        .assert()
        .success();
    home.cmd()
        .args(["profile", "show", "local"])
        .assert()
        .code(2);
}

#[test]
fn usage_errors_exit_2() {
    let home = Home::new();
    home.cmd().args(["room", "delete"]).assert().code(2);
    home.cmd()
        .args(["--backend", "carrier-pigeon", "room", "create"])
        .assert()
        .code(2);
    home.cmd()
        .args(["peer", "connect", "--send", "offer"])
        .assert()
        .code(2)
        .stderr(contains("KIND:PEER"));
    home.cmd().args(["serve"]).assert().code(2);
    home.cmd()
        .args(["--help"])
        .assert()
        .success()
        .stdout(contains("Exit codes"));
}

#[test]
fn profiles_keep_cognito_settings_and_options_but_never_print_secrets() {
    let home = Home::new();
    home.cmd()
        .args([
            "--cognito-client-id",
            "client-1",
            "--cognito-client-secret",
            "very-secret-value",
            "--cognito-user-pool-id",
            "eu-west-1_Abc",
            "--option",
            "appsync.api-key=da2-secret-key",
            "--option",
            "socketio.path=/rt/",
        ])
        .args(["profile", "add", "cloud", "--use"])
        .assert()
        .success();
    // Kept in the config file (mode 0600) ...
    let config =
        std::fs::read_to_string(home.dir.path().join("config/signal-cli/config.toml")).unwrap();
    assert!(config.contains("very-secret-value") && config.contains("da2-secret-key"));
    // ... and used, but not shown.
    for args in [
        vec!["profile", "show"],
        vec!["--json", "profile", "show"],
        vec!["--json", "profile", "list"],
    ] {
        let out = home.cmd().args(&args).assert().success();
        let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        assert!(!text.contains("very-secret-value"), "{args:?}: {text}");
        assert!(!text.contains("da2-secret-key"), "{args:?}: {text}");
        assert!(text.contains("client-1") && text.contains("/rt/"), "{text}");
        if args[0] == "--json" && args[2] == "list" {
            common::validate("profile-list.json", &serde_json::from_str(&text).unwrap());
        }
    }
}
