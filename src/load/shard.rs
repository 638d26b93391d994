//! `--shard I/N`: one of N disjoint parts of a load plan. Groups (pairs,
//! rooms, open-model arrivals) and token-pool identities are dealt out
//! round-robin by their index in the unsharded plan, and each keeps the time
//! the unsharded plan gives it, so the N shards together run exactly that
//! plan: the same groups at the same moments, the same total rates.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::error::{Error, Result};

/// Shard `index` of `count` (0-based, as Kubernetes' `JOB_COMPLETION_INDEX`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

/// More shards than this is a typo, not a plan.
pub const MAX_SHARDS: u32 = 10_000;

impl Shard {
    /// The whole plan: one shard of one.
    pub const WHOLE: Shard = Shard { index: 0, count: 1 };

    /// `I/N`, e.g. `3/10`.
    pub fn parse(spec: &str) -> Result<Shard> {
        let bad = |why: &str| Error::usage(format!("--shard '{spec}': {why}"));
        let (i, n) = spec
            .split_once('/')
            .ok_or_else(|| bad("expected I/N, e.g. 0/4 for the first of four shards"))?;
        let index: u32 = i.trim().parse().map_err(|_| bad("I is not a number"))?;
        let count: u32 = n.trim().parse().map_err(|_| bad("N is not a number"))?;
        if count == 0 || count > MAX_SHARDS {
            return Err(bad(&format!("N must be between 1 and {MAX_SHARDS}")));
        }
        if index >= count {
            return Err(bad("I counts from 0 and must be less than N"));
        }
        Ok(Shard { index, count })
    }

    /// Whether item `i` of the unsharded plan (a group, an arrival, an
    /// identity of the pool) belongs to this shard.
    pub fn owns(&self, i: u64) -> bool {
        i % u64::from(self.count) == u64::from(self.index)
    }

    /// How many of the first `total` items this shard owns.
    pub fn share(&self, total: u64) -> u64 {
        let (n, i) = (u64::from(self.count), u64::from(self.index));
        total / n + u64::from(total % n > i)
    }

    /// The position of item `i` (owned by this shard) among this shard's own.
    pub fn local(&self, i: u64) -> u64 {
        i / u64::from(self.count)
    }

    pub fn is_whole(&self) -> bool {
        self.count == 1
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_i_of_n_and_refuses_the_rest() {
        assert_eq!(
            Shard::parse("3/10").ok(),
            Some(Shard {
                index: 3,
                count: 10
            })
        );
        for bad in ["", "3", "10/10", "-1/4", "a/4", "1/0", "0/10001", "1/b"] {
            let e = Shard::parse(bad).err().map(|e| e.code());
            assert_eq!(e, Some(2), "{bad}");
        }
    }

    #[test]
    fn shares_add_up_and_local_positions_are_dense() {
        for count in 1..=7u32 {
            for total in 0..=30u64 {
                let mut sum = 0;
                for index in 0..count {
                    let s = Shard { index, count };
                    let owned: Vec<u64> = (0..total).filter(|&i| s.owns(i)).collect();
                    assert_eq!(owned.len() as u64, s.share(total));
                    let locals: Vec<u64> = owned.iter().map(|&i| s.local(i)).collect();
                    assert_eq!(locals, (0..owned.len() as u64).collect::<Vec<_>>());
                    sum += s.share(total);
                }
                assert_eq!(sum, total, "{count} shards of {total}");
            }
        }
    }
}
