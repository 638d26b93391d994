//! The committed completion scripts match what the binary generates.
//! Regenerate with `SIGNAL_CLI_UPDATE_COMPLETIONS=1 cargo test --test completions`.

mod common;

const SHELLS: &[(&str, &str)] = &[
    ("bash", "signal-cli.bash"),
    ("zsh", "_signal-cli"),
    ("fish", "signal-cli.fish"),
    ("powershell", "_signal-cli.ps1"),
];

#[test]
fn completion_scripts_are_fresh() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("SIGNAL_CLI_UPDATE_COMPLETIONS").is_some();
    let home = common::Home::new();
    for (shell, file) in SHELLS {
        let out = home.cmd().args(["completions", shell]).assert().success();
        let generated = out.get_output().stdout.clone();
        assert!(generated.len() > 1000, "{shell} script looks empty");
        let path = dir.join(file);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &generated).unwrap();
            continue;
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "completions/{file} is stale: run SIGNAL_CLI_UPDATE_COMPLETIONS=1 cargo test --test completions"
        );
    }
}
