//! Files the tool writes that must never be seen half-written or by others.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Create `dir` and its missing parents readable by their owner only
/// (0700, whatever the umask); an existing `dir` open to others is closed.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(|e| Error::io(format!("cannot create {}", dir.display()), e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let open_to_others = std::fs::metadata(dir)
            .map(|m| m.permissions().mode() & 0o077 != 0)
            .unwrap_or(false);
        if open_to_others {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
                .map_err(|e| Error::io(format!("cannot restrict {}", dir.display()), e))?;
        }
    }
    Ok(())
}

/// Whether `path` can be read or written by others than its owner; if so
/// it is restricted to its owner (0600), and the caller warns.
pub fn restrict_if_open(path: &Path) -> Result<bool> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let Ok(meta) = std::fs::metadata(path) else {
            return Ok(false);
        };
        if meta.permissions().mode() & 0o077 != 0 {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
                .map_err(|e| Error::io(format!("cannot restrict {}", path.display()), e))?;
            return Ok(true);
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(false)
}

/// Write a file readable by its owner only: a temporary file in the same
/// directory, created 0600, synced, then renamed over the target, so readers
/// never see half a file and two writers never interleave.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| Error::failed(format!("{} has no parent directory", path.display())))?;
    create_private_dir(dir)?;
    replace(path, dir, bytes, 0o600)
}

/// Write a file that is not secret (a result, a report) the same way, whole
/// or not at all, in a directory that must exist, with the umask's mode.
pub fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    replace(path, dir, bytes, 0o666)
}

fn replace(path: &Path, dir: &Path, bytes: &[u8], mode: u32) -> Result<()> {
    let tmp = dir.join(format!(
        ".{}.{}.{}.tmp",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("file"),
        std::process::id(),
        rand::random::<u32>()
    ));
    let result = (|| {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut opts, mode);
        #[cfg(not(unix))]
        let _ = mode;
        let mut f = opts.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(format!("cannot write {}", path.display()), e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_files_are_0600_and_replaced_whole() {
        let dir =
            std::env::temp_dir().join(format!("signal-cli-private-test-{}", std::process::id()));
        let path = dir.join("t.json");
        write_private(&path, b"one").unwrap();
        write_private(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        let leftovers = std::fs::read_dir(&dir).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary files left behind");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
