//! Node scripts of `tests/support/node/` run with the real npm packages that
//! `scripts/test` installs (pinned) under the test cache.

use std::path::PathBuf;
use std::process::{Command, Stdio};

use super::cognito::test_cache;

/// A command running `node SCRIPT ARGS`. The script is copied next to the
/// installed `node_modules` so that both `require` and `import` find them.
pub fn script(name: &str) -> Command {
    let dir = test_cache().join("node");
    assert!(
        dir.join("node_modules").is_dir(),
        "{} is missing: run scripts/test, which installs the npm packages the tests use",
        dir.join("node_modules").display()
    );
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/support/node")
        .join(name);
    let dst = dir.join(name);
    // Copy under a unique name first, so that tests running at once never
    // see half a file.
    let tmp = dir.join(format!(
        ".{name}.{}.{}",
        std::process::id(),
        rand::random::<u32>()
    ));
    std::fs::copy(&src, &tmp).expect("copy the node script");
    std::fs::rename(&tmp, &dst).expect("place the node script");
    let mut cmd = Command::new("node");
    cmd.arg(dst)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}
