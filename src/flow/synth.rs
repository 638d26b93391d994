//! Synthetic SDP and ICE candidates that look like a browser's, each carrying
//! a marker so a receiver can tell which step it belongs to without trusting
//! the server.

use std::fmt::Write;

use crate::signal::{IceCandidate, Signal, SignalKind};

/// The attribute that carries the marker inside an SDP.
pub const MARKER_ATTR: &str = "a=x-signal-cli-marker:";

/// An SDP of about `size` bytes (never less than the minimal session), as an
/// offer (`setup:actpass`) or answer (`setup:active`).
pub fn sdp(kind: SignalKind, size: usize, marker: &str) -> String {
    let setup = if kind == SignalKind::Answer {
        "active"
    } else {
        "actpass"
    };
    let seed = fnv(marker);
    let mut s = String::with_capacity(size.max(600) + 64);
    let _ = write!(
        s,
        "v=0\r\no=- {session} 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n\
         a=group:BUNDLE 0\r\na=extmap-allow-mixed\r\na=msid-semantic: WMS\r\n\
         m=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126\r\nc=IN IP4 0.0.0.0\r\n\
         a=rtcp:9 IN IP4 0.0.0.0\r\na=ice-ufrag:{ufrag}\r\na=ice-pwd:{pwd}\r\n\
         a=ice-options:trickle\r\na=fingerprint:sha-256 {fp}\r\na=setup:{setup}\r\n\
         a=mid:0\r\na=sendrecv\r\na=rtcp-mux\r\na=rtpmap:111 opus/48000/2\r\n\
         a=rtcp-fb:111 transport-cc\r\na=fmtp:111 minptime=10;useinbandfec=1\r\n{MARKER_ATTR}{marker}\r\n",
        session = seed % 10_000_000_000_000_000,
        ufrag = hex(seed, 4),
        pwd = hex(seed.rotate_left(17), 24),
        fp = fingerprint(seed),
    );
    let mut ssrc = (seed as u32) | 1;
    let pad_prefix = "a=x-pad:";
    while s.len() < size {
        let line = format!("a=ssrc:{ssrc} cname:{}\r\n", hex(u64::from(ssrc), 16));
        if s.len() + line.len() + pad_prefix.len() + 2 <= size {
            s.push_str(&line);
            ssrc = ssrc.wrapping_mul(2_654_435_761).wrapping_add(1);
        } else {
            let room = size - s.len();
            if room >= pad_prefix.len() + 2 {
                s.push_str(pad_prefix);
                s.extend(std::iter::repeat_n('x', room - pad_prefix.len() - 2));
                s.push_str("\r\n");
            }
            break;
        }
    }
    s
}

/// A host candidate for index `n` carrying `marker` in its ufrag.
pub fn candidate(n: u32, marker: &str) -> IceCandidate {
    let seed = fnv(marker) ^ u64::from(n);
    IceCandidate {
        candidate: format!(
            "candidate:{} 1 udp {} 192.0.2.{} {} typ host generation 0 ufrag {marker} network-id 1",
            seed % 4_294_967_296,
            2_122_260_223u32.wrapping_sub(n),
            1 + (seed % 254),
            49152 + (seed % 16000),
        ),
        sdp_mid: Some("0".into()),
        sdp_mline_index: Some(0),
    }
}

/// A signal of `kind` with a synthetic payload of about `size` bytes.
pub fn signal(kind: SignalKind, size: usize, marker: &str) -> Signal {
    match kind {
        SignalKind::Offer => Signal::Offer {
            sdp: sdp(kind, size, marker),
        },
        SignalKind::Answer => Signal::Answer {
            sdp: sdp(kind, size, marker),
        },
        SignalKind::Candidate => Signal::Candidate(candidate(0, marker)),
        SignalKind::Event => {
            let mut data = serde_json::Map::new();
            data.insert("marker".into(), marker.into());
            Signal::Event {
                name: "event".into(),
                data,
            }
        }
    }
}

/// The marker a synthetic signal carries, if any.
pub fn marker_of(signal: &Signal) -> Option<&str> {
    match signal {
        Signal::Offer { sdp } | Signal::Answer { sdp } => {
            let start = sdp.find(MARKER_ATTR)? + MARKER_ATTR.len();
            let rest = &sdp[start..];
            Some(&rest[..rest.find('\r').unwrap_or(rest.len())])
        }
        Signal::Candidate(c) => {
            let start = c.candidate.find(" ufrag ")? + " ufrag ".len();
            c.candidate[start..].split(' ').next()
        }
        Signal::Event { data, .. } => data.get("marker").and_then(|v| v.as_str()),
    }
}

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

fn hex(mut seed: u64, len: usize) -> String {
    const DIGITS: &[u8] = b"0123456789abcdef";
    (0..len)
        .map(|_| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            DIGITS[(seed >> 60) as usize] as char
        })
        .collect()
}

fn fingerprint(seed: u64) -> String {
    let h = hex(seed, 64).to_uppercase();
    h.as_bytes()
        .chunks(2)
        .map(|c| std::str::from_utf8(c).unwrap_or("00"))
        .collect::<Vec<_>>()
        .join(":")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sdp_has_the_requested_size_and_marker() {
        for size in [0, 600, 1500, 2400, 10_000] {
            let s = sdp(SignalKind::Offer, size, "m-1");
            assert!(s.len() >= size.min(s.len()));
            if size > 900 {
                assert_eq!(s.len(), size, "size {size}");
            }
            assert!(s.starts_with("v=0\r\n"));
            assert!(s.ends_with("\r\n"));
            assert_eq!(marker_of(&Signal::Offer { sdp: s }), Some("m-1"));
        }
        assert!(sdp(SignalKind::Answer, 0, "x").contains("a=setup:active"));
    }

    #[test]
    fn candidates_carry_their_marker() {
        let c = candidate(3, "step-7");
        assert!(c.candidate.starts_with("candidate:"));
        assert_eq!(marker_of(&Signal::Candidate(c)), Some("step-7"));
    }
}
