//! Every `--json` output validates against its schema in schema/.

mod common;

use common::{Bg, Emulator, Home, peer, signed_in_room, validate};
use serde_json::Value;

fn json_of(out: &assert_cmd::assert::Assert) -> Value {
    serde_json::from_slice(&out.get_output().stdout).expect("JSON output")
}

#[test]
fn json_outputs_follow_their_schemas() {
    let home = Home::new();
    // --diagnostics: a's bad frame gets an error frame (an event of its own).
    let emu = Emulator::room(&home, &["--diagnostics"]);
    validate("serve.json", &emu.info);

    validate(
        "auth-anonymous.json",
        &json_of(
            &home
                .cmd()
                .args(emu.target())
                .args(["--json", "auth", "anonymous"])
                .assert()
                .success(),
        ),
    );
    validate(
        "auth-anonymous.json",
        &json_of(
            &home
                .cmd()
                .args(emu.target())
                .args(["--json", "auth", "anonymous", "--show-token"])
                .assert()
                .success(),
        ),
    );
    validate(
        "auth-whoami.json",
        &json_of(
            &home
                .cmd()
                .args(["--json", "auth", "whoami"])
                .assert()
                .success(),
        ),
    );
    validate(
        "room-create.json",
        &json_of(
            &home
                .cmd()
                .args(emu.target())
                .args(["--json", "room", "create"])
                .assert()
                .success(),
        ),
    );

    home.cmd()
        .args(emu.target())
        .args(["profile", "add", "p"])
        .assert()
        .success();
    validate(
        "profile-list.json",
        &json_of(
            &home
                .cmd()
                .args(["--json", "profile", "list"])
                .assert()
                .success(),
        ),
    );

    let (room, token) = signed_in_room(&home, &emu);
    let b = peer(
        &home,
        &emu,
        &room,
        &token,
        "b",
        &[
            "--expect",
            "offer:a",
            "--expect",
            "candidate:a",
            "--expect",
            "answer:a",
        ],
    );
    let a = peer(
        &home,
        &emu,
        &room,
        &token,
        "a",
        &[
            "--send",
            "offer:b",
            "--send",
            "candidate:b",
            "--send",
            "answer:b",
            "--send",
            "raw:{",
            "--linger",
            "2s",
        ],
    );
    let (sa, la, _) = a.finish();
    let (sb, lb, _) = b.finish();
    // a's raw `{` is answered with an error frame, which fails a's command.
    assert_eq!(sa.code(), Some(1));
    assert!(sb.success());
    let lines: Vec<Value> = Bg::json_lines(&la)
        .into_iter()
        .chain(Bg::json_lines(&lb))
        .collect();
    for event in [
        "connected",
        "sent",
        "sent_raw",
        "received",
        "expect_met",
        "server_error",
    ] {
        assert!(
            lines.iter().any(|v| v["event"] == event),
            "no {event} line in {lines:?}"
        );
    }
    for line in &lines {
        validate("peer-event.json", line);
    }

    validate(
        "room-delete.json",
        &json_of(
            &home
                .cmd()
                .args(emu.target())
                .args(["--json", "room", "delete", "--room", &room])
                .assert(),
        ),
    );
}

#[test]
fn auth_and_profile_json_outputs_follow_their_schemas() {
    let home = Home::new();
    let pool = common::cognito::Pool::serve(&home, "777777");
    let flags = pool.flags(false);
    let run = |args: &[&str], stdin: &str| -> Value {
        json_of(
            &home
                .cmd()
                .args(&flags)
                .arg("--json")
                .args(args)
                .write_stdin(stdin.to_owned())
                .assert()
                .success(),
        )
    };
    let password = "Sup3r-secret!pw\n";
    let signup = run(
        &["auth", "signup", "--username", "dana", "--password-stdin"],
        password,
    );
    validate("auth-signup.json", &signup);
    assert_eq!(signup["confirmed"], false);
    let confirm = run(
        &["auth", "confirm", "--username", "dana", "--code", "777777"],
        "",
    );
    validate("auth-confirm.json", &confirm);
    // signin and refresh print what auth anonymous prints.
    let signin = run(
        &["auth", "signin", "--username", "dana", "--password-stdin"],
        password,
    );
    validate("auth-anonymous.json", &signin);
    validate("auth-anonymous.json", &run(&["auth", "refresh"], ""));
    let logout = run(&["auth", "logout"], "");
    validate("auth-logout.json", &logout);
    assert_eq!(logout["removed"], true);

    home.cmd()
        .args(&flags)
        .args([
            "--http-url",
            "http://u:pw@127.0.0.1:1",
            "--option",
            "appsync.api-key=k",
        ])
        .args(["profile", "add", "full"])
        .assert()
        .success();
    let show = json_of(
        &home
            .cmd()
            .args(["--json", "profile", "show", "full"])
            .assert()
            .success(),
    );
    validate("profile-show.json", &show);
    assert_eq!(show["profile"]["options"]["appsync.api-key"], "…");
}
