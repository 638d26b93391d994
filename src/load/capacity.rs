//! What one process can hold: a load test asked for more sessions than its
//! open-file limit or the local port range allows is warned about, with the
//! limit named and the way past it (`--shard`).

/// File descriptors the process needs besides its sessions (standard
/// streams, the runtime, HTTP connections for rendezvous and sign-in).
const SPARE_FDS: u64 = 64;

/// The warnings for `sessions` sessions in this process, each holding
/// `fds_per_session` descriptors (two when the emulator is in-process:
/// both ends), given the open-file limit and the number of local ports.
pub fn warnings(
    sessions: u64,
    fds_per_session: u64,
    open_files: Option<u64>,
    local_ports: Option<u64>,
) -> Vec<String> {
    let mut out = Vec::new();
    let fds = sessions * fds_per_session + SPARE_FDS;
    if let Some(limit) = open_files
        && fds > limit
    {
        out.push(format!(
            "{sessions} sessions need about {fds} file descriptors, over this process's \
             open-file limit of {limit} (ulimit -n; RLIMIT_NOFILE): raise it, or split the \
             plan with --shard I/N across processes"
        ));
    }
    if let Some(ports) = local_ports
        && sessions > ports
    {
        out.push(format!(
            "{sessions} sessions to one target need as many local ports, over the {ports} of \
             net.ipv4.ip_local_port_range: widen it, or split the plan with --shard I/N \
             across hosts"
        ));
    }
    out
}

/// This process's soft open-file limit.
pub fn open_file_limit() -> Option<u64> {
    rlimit::getrlimit(rlimit::Resource::NOFILE)
        .ok()
        .map(|(soft, _)| soft)
}

/// How many local ports outgoing connections can use (Linux).
pub fn local_port_count() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range").ok()?;
    let mut it = text.split_whitespace().map(|n| n.parse::<u64>().ok());
    let (low, high) = (it.next()??, it.next()??);
    Some(high.saturating_sub(low) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_limit_that_is_too_small() {
        assert!(warnings(100, 2, Some(1024), Some(28_232)).is_empty());
        let w = warnings(1000, 2, Some(1024), Some(28_232));
        assert_eq!(w.len(), 1);
        assert!(
            w[0].contains("open-file limit of 1024") && w[0].contains("2064"),
            "{w:?}"
        );
        let w = warnings(30_000, 1, Some(1_048_576), Some(28_232));
        assert_eq!(w.len(), 1);
        assert!(
            w[0].contains("28232 of net.ipv4.ip_local_port_range"),
            "{w:?}"
        );
        assert_eq!(warnings(30_000, 2, Some(100), Some(10)).len(), 2);
        assert!(warnings(30_000, 2, None, None).is_empty());
    }
}
