//! The token cache: one file per profile, mode 0600, replaced atomically.

use std::path::PathBuf;

use super::Identity;
use crate::config;
use crate::error::{Error, Result};
use crate::util::fs::write_private;

/// Where a profile's tokens live: `$XDG_CACHE_HOME/signal-cli/tokens/<profile>.json`.
pub fn path_for(profile: &str) -> Result<PathBuf> {
    if profile.is_empty() || profile.contains(['/', '\\']) || profile.starts_with('.') {
        return Err(Error::usage(format!(
            "'{profile}' is not a valid profile name"
        )));
    }
    Ok(config::cache_dir()?
        .join("tokens")
        .join(format!("{profile}.json")))
}

pub fn load(profile: &str) -> Result<Option<Identity>> {
    let path = path_for(profile)?;
    if crate::util::fs::restrict_if_open(&path)? {
        eprintln!(
            "warning: {} was readable by others; it is now readable by you only (0600)",
            path.display()
        );
    }
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| {
            Error::failed(format!(
                "the token cache {} is damaged ({e}); run `signal-cli auth logout` and sign in again",
                path.display()
            ))
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(format!("cannot read {}", path.display()), e)),
    }
}

pub fn store(profile: &str, identity: &Identity) -> Result<PathBuf> {
    let path = path_for(profile)?;
    let bytes = serde_json::to_vec_pretty(identity)
        .map_err(|e| Error::failed(format!("cannot encode tokens: {e}")))?;
    write_private(&path, &bytes)?;
    Ok(path)
}

/// An exclusive lock on a profile's cache, held while one process refreshes
/// its tokens so that another waits and then finds them fresh. Released
/// when dropped.
pub struct CacheLock {
    _file: std::fs::File,
}

pub async fn lock(profile: &str) -> Result<CacheLock> {
    let path = path_for(profile)?.with_extension("lock");
    tokio::task::spawn_blocking(move || {
        if let Some(dir) = path.parent() {
            crate::util::fs::create_private_dir(dir)?;
        }
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(false);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
        let file = opts
            .open(&path)
            .map_err(|e| Error::io(format!("cannot open {}", path.display()), e))?;
        file.lock()
            .map_err(|e| Error::io(format!("cannot lock {}", path.display()), e))?;
        Ok(CacheLock { _file: file })
    })
    .await
    .map_err(|e| Error::failed(format!("cache lock task failed: {e}")))?
}

/// Remove a profile's cached tokens; true when there were any.
pub fn remove(profile: &str) -> Result<bool> {
    let path = path_for(profile)?;
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(Error::io(format!("cannot remove {}", path.display()), e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_names_cannot_escape_the_cache_dir() {
        for bad in ["", "../x", "a/b", ".hidden"] {
            assert_eq!(path_for(bad).unwrap_err().code(), 2);
        }
    }
}
