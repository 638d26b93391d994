//! Acknowledgements awaited by a session's sending half and delivered by its
//! receiving half (Socket.IO acks, AppSync `publish_success`), so that
//! `send` returns on acceptance while the two halves live in different tasks.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::sync::oneshot;

use crate::error::{Error, Result};

/// Pending acknowledgements of one session, by operation id.
pub struct Acks<K, V> {
    waiting: Arc<Mutex<HashMap<K, oneshot::Sender<V>>>>,
}

impl<K, V> Clone for Acks<K, V> {
    fn clone(&self) -> Self {
        Acks {
            waiting: self.waiting.clone(),
        }
    }
}

impl<K, V> Default for Acks<K, V> {
    fn default() -> Self {
        Acks {
            waiting: Arc::default(),
        }
    }
}

impl<K: Eq + Hash + Clone, V> Acks<K, V> {
    fn table(&self) -> MutexGuard<'_, HashMap<K, oneshot::Sender<V>>> {
        self.waiting.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Wait for an acknowledgement of `id`: register before sending.
    pub fn register(&self, id: K) -> oneshot::Receiver<V> {
        let (tx, rx) = oneshot::channel();
        self.table().insert(id, tx);
        rx
    }

    /// Hand `value` to whoever waits for `id`; gives it back if nobody does.
    pub fn resolve(&self, id: &K, value: V) -> Option<V> {
        match self.table().remove(id) {
            Some(tx) => tx.send(value).err(),
            None => Some(value),
        }
    }

    /// The connection ended: no acknowledgement will come.
    pub fn clear(&self) {
        self.table().clear();
    }

    /// Wait for the acknowledgement of `id` up to `timeout`; `what` names
    /// the operation in errors.
    pub async fn wait(
        &self,
        id: &K,
        rx: oneshot::Receiver<V>,
        timeout: Duration,
        what: &str,
    ) -> Result<V> {
        match tokio::time::timeout(timeout, rx).await {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(_)) => Err(Error::Unreachable(format!(
                "the connection closed before the server acknowledged {what}"
            ))),
            Err(_) => {
                self.table().remove(id);
                Err(Error::Timeout(format!(
                    "the server did not acknowledge {what} within {}",
                    humantime::format_duration(timeout)
                )))
            }
        }
    }
}
