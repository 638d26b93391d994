//! The layering of DESIGN.md, checked: a module may name (`crate::...`)
//! only modules of its own layer or below, and a backend's folder only its
//! own folder and the driver's shared parts, never another backend.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Top to bottom; a module may use its own layer and those after it.
const LAYERS: &[&[&str]] = &[
    &["lib", "main"],
    &["commands"],
    &["cli"],
    &["load"],
    &["flow"],
    &["backend"],
    &["emulator"],
    &["auth"],
    &["config"],
    &["output", "signal"],
    &["util", "error"],
];

/// Parts of `backend/` that every backend folder may use.
const BACKEND_SHARED: &[&str] = &["ws", "acks", "appsync"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// An identifier at the start of `s`.
fn ident(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// Every path `crate::a::b...` names, as its segments (a `crate::{x, y::z}`
/// group counts each member).
fn crate_paths(text: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            continue; // `signal_crate::`, not ours
        }
        let mut heads: Vec<String> = Vec::new();
        if let Some(group) = rest.strip_prefix('{') {
            let inner = &group[..group.find('}').unwrap_or(group.len())];
            heads.extend(inner.split(',').map(|m| m.trim().to_owned()));
        } else {
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            heads.push(rest[..end].to_owned());
        }
        for head in heads {
            let segs: Vec<String> = head
                .split("::")
                .map(|s| ident(s.trim()).to_owned())
                .filter(|s| !s.is_empty())
                .collect();
            if !segs.is_empty() {
                found.push(segs);
            }
        }
    }
    found
}

fn rank(module: &str) -> usize {
    LAYERS
        .iter()
        .position(|l| l.contains(&module))
        .unwrap_or_else(|| panic!("module `{module}` is in no layer of tests/layers.rs"))
}

/// What `file` (relative to `src/`) names that its layer may not.
fn violations(rel: &Path, text: &str, backends: &BTreeSet<String>) -> Vec<String> {
    let parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    let top = parts[0].as_str();
    let own_backend = (top == "backend" && parts.len() > 2).then(|| parts[1].clone());
    let mut bad = Vec::new();
    for path in crate_paths(text) {
        let used = path[0].as_str();
        if rank(used) < rank(top) {
            bad.push(format!(
                "{}: `crate::{}` points up ({top} is below {used})",
                rel.display(),
                path.join("::")
            ));
        }
        // One backend never uses another's folder; of the driver's own
        // files only the registry (backend/mod.rs) names them.
        let in_backend_part = top == "backend" && rel != Path::new("backend/mod.rs");
        if in_backend_part
            && used == "backend"
            && let Some(other) = path.get(1)
            && backends.contains(other)
            && !BACKEND_SHARED.contains(&other.as_str())
            && own_backend.as_deref() != Some(other.as_str())
        {
            bad.push(format!(
                "{}: `crate::{}` reaches into another backend",
                rel.display(),
                path.join("::")
            ));
        }
    }
    bad
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn backend_folders() -> BTreeSet<String> {
    std::fs::read_dir(src().join("backend"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn dependencies_point_down() {
    let root = src();
    let backends = backend_folders();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    let mut bad = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        bad.extend(violations(
            file.strip_prefix(&root).unwrap(),
            &text,
            &backends,
        ));
    }
    assert!(files.len() > 50, "read {} files of src/", files.len());
    assert!(bad.is_empty(), "upward imports:\n{}", bad.join("\n"));
}

#[test]
fn the_check_sees_upward_and_sideways_imports() {
    let backends: BTreeSet<String> = ["room", "robot", "appsync"].map(String::from).into();
    let upward = "use crate::cli::GlobalArgs;\nfn f() { crate::commands::x(); }";
    let bad = violations(Path::new("config.rs"), upward, &backends);
    assert_eq!(bad.len(), 2, "{bad:?}");
    let grouped = "use crate::{error::Result, load::Plan};";
    assert_eq!(
        violations(Path::new("auth/mod.rs"), grouped, &backends).len(),
        1
    );
    let sideways = "use crate::backend::room::client::RoomApi;";
    assert_eq!(
        violations(Path::new("backend/robot/client.rs"), sideways, &backends).len(),
        1
    );
    let fine = "use crate::backend::appsync::Mode;\nuse crate::backend::robot::wire;\nuse crate::error::Result;";
    assert!(violations(Path::new("backend/robot/client.rs"), fine, &backends).is_empty());
    assert!(violations(Path::new("backend/mod.rs"), sideways, &backends).is_empty());
    assert!(violations(Path::new("commands/room.rs"), sideways, &backends).is_empty());
}
