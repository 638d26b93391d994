//! SigV4 for AppSync IAM authorization (aws.md §1.3): the client signs a
//! synthetic `POST https://<host><path>` whose body depends on the
//! operation; the emulator recomputes the signature with the secret of the
//! access key named in it. Both sides use `aws-sigv4`.

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
use aws_sigv4::sign::v4;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::time::{Duration, SystemTime};

/// The service name AppSync signs with.
pub const SERVICE: &str = "appsync";
/// How far a signature's time may be from the verifier's clock.
pub const MAX_SKEW: Duration = Duration::from_secs(15 * 60);

/// The headers of the synthetic request, before signing.
fn base_headers(host: &str) -> Vec<(&'static str, String)> {
    vec![
        ("accept", "application/json, text/javascript".into()),
        ("content-encoding", "amz-1.0".into()),
        ("content-type", "application/json; charset=UTF-8".into()),
        ("host", host.to_owned()),
    ]
}

/// The signature over `headers` (which must not hold the signing headers
/// themselves), and the headers the signer added.
fn compute(
    creds: &Credentials,
    region: &str,
    time: SystemTime,
    host: &str,
    path: &str,
    headers: &[(&str, String)],
    body: &str,
) -> Result<(String, Vec<(String, String)>), String> {
    let identity = creds.clone().into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(region)
        .name(SERVICE)
        .time(time)
        .settings(SigningSettings::default())
        .build()
        .map_err(|e| e.to_string())?
        .into();
    let request = SignableRequest::new(
        "POST",
        format!("https://{host}{path}"),
        headers.iter().map(|(k, v)| (*k, v.as_str())),
        SignableBody::Bytes(body.as_bytes()),
    )
    .map_err(|e| e.to_string())?;
    let (instructions, signature) = sign(request, &params)
        .map_err(|e| e.to_string())?
        .into_parts();
    let added = instructions
        .headers()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    Ok((signature, added))
}

/// The authorization object of an operation whose body is `body`, signed
/// with `creds` for `region` at `time`.
pub fn sign_headers(
    creds: &Credentials,
    region: &str,
    time: SystemTime,
    host: &str,
    path: &str,
    body: &str,
) -> Result<Map<String, Value>, String> {
    let headers = base_headers(host);
    let (_, added) = compute(creds, region, time, host, path, &headers, body)?;
    let mut out: Map<String, Value> = headers
        .into_iter()
        .map(|(k, v)| (k.to_owned(), Value::String(v)))
        .collect();
    for (k, v) in added {
        // `Authorization`, as AppSync clients spell it.
        let k = if k.eq_ignore_ascii_case("authorization") {
            "Authorization".to_owned()
        } else {
            k
        };
        out.insert(k, Value::String(v));
    }
    Ok(out)
}

/// The parts of an `AWS4-HMAC-SHA256` Authorization header.
struct Parsed<'a> {
    access_key: &'a str,
    date: &'a str,
    region: &'a str,
    service: &'a str,
    signed_headers: Vec<&'a str>,
    signature: &'a str,
}

fn parse(header: &str) -> Option<Parsed<'_>> {
    let rest = header.strip_prefix("AWS4-HMAC-SHA256 ")?;
    let mut credential = None;
    let mut signed = None;
    let mut signature = None;
    for part in rest.split(',') {
        let (k, v) = part.trim().split_once('=')?;
        match k {
            "Credential" => credential = Some(v),
            "SignedHeaders" => signed = Some(v),
            "Signature" => signature = Some(v),
            _ => {}
        }
    }
    let scope: Vec<&str> = credential?.split('/').collect();
    let [access_key, date, region, service, "aws4_request"] = scope[..] else {
        return None;
    };
    Some(Parsed {
        access_key,
        date,
        region,
        service,
        signed_headers: signed?.split(';').collect(),
        signature: signature?,
    })
}

/// `YYYYMMDDTHHMMSSZ` as a time.
fn amz_date(s: &str) -> Option<SystemTime> {
    let b = s.as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let rfc = format!(
        "{}-{}-{}T{}:{}:{}Z",
        &s[0..4],
        &s[4..6],
        &s[6..8],
        &s[9..11],
        &s[11..13],
        &s[13..15]
    );
    humantime::parse_rfc3339(&rfc).ok()
}

/// Check the SigV4 headers in `auth` for an operation on `path` with
/// `body`, against `keys` (access key id → secret). The access key id, or
/// why the signature is refused.
pub fn verify(
    auth: &Map<String, Value>,
    path: &str,
    body: &str,
    keys: &HashMap<String, String>,
    now: SystemTime,
) -> Result<String, String> {
    let get = |name: &str| {
        auth.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .and_then(|(_, v)| v.as_str())
    };
    let header = get("authorization").ok_or("no Authorization header")?;
    let p = parse(header).ok_or("not an AWS4-HMAC-SHA256 Authorization header")?;
    if p.service != SERVICE {
        return Err(format!("signed for service '{}', not appsync", p.service));
    }
    let secret = keys
        .get(p.access_key)
        .ok_or("The security token included in the request is invalid.")?;
    let date = get("x-amz-date").ok_or("no x-amz-date header")?;
    let time = amz_date(date).ok_or("x-amz-date is not YYYYMMDDTHHMMSSZ")?;
    if !date.starts_with(p.date) {
        return Err("the credential scope's date is not x-amz-date's".into());
    }
    let skew = now.duration_since(time).unwrap_or_else(|e| e.duration());
    if skew > MAX_SKEW {
        return Err("Signature expired".into());
    }
    let host = get("host").ok_or("no host header")?;
    let mut headers = Vec::new();
    for name in &p.signed_headers {
        if matches!(*name, "x-amz-date" | "x-amz-security-token") {
            continue;
        }
        let value = get(name).ok_or_else(|| format!("signed header '{name}' is missing"))?;
        headers.push((*name, value.to_owned()));
    }
    let creds = Credentials::new(
        p.access_key,
        secret,
        get("x-amz-security-token").map(str::to_owned),
        None,
        "appsync-emulator",
    );
    let (expected, _) = compute(&creds, p.region, time, host, path, &headers, body)?;
    if expected != p.signature {
        return Err(
            "The request signature we calculated does not match the signature you provided.".into(),
        );
    }
    Ok(p.access_key.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> HashMap<String, String> {
        HashMap::from([("AKIDEXAMPLE".to_owned(), "secret-example".to_owned())])
    }

    #[test]
    fn a_signature_verifies_and_any_change_breaks_it() {
        let creds = Credentials::new("AKIDEXAMPLE", "secret-example", None, None, "test");
        let now = SystemTime::now();
        let body = r#"{"channel":"/calls/a"}"#;
        let auth = sign_headers(&creds, "eu-west-1", now, "127.0.0.1:9", "/event", body).unwrap();
        assert!(
            auth["Authorization"]
                .as_str()
                .unwrap()
                .starts_with("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
        );
        assert!(auth.contains_key("x-amz-date"));
        assert_eq!(
            verify(&auth, "/event", body, &keys(), now).unwrap(),
            "AKIDEXAMPLE"
        );
        // Another body (operation), path or host: refused.
        assert!(verify(&auth, "/event", r#"{"channel":"/calls/b"}"#, &keys(), now).is_err());
        assert!(verify(&auth, "/graphql", body, &keys(), now).is_err());
        let mut other_host = auth.clone();
        other_host["host"] = "example.com".into();
        assert!(verify(&other_host, "/event", body, &keys(), now).is_err());
        // A tampered signature, an unknown key, an old signature.
        let mut tampered = auth.clone();
        let h = tampered["Authorization"].as_str().unwrap().to_owned();
        let flipped = if h.ends_with('0') { "1" } else { "0" };
        tampered["Authorization"] = format!("{}{flipped}", &h[..h.len() - 1]).into();
        assert!(
            verify(&tampered, "/event", body, &keys(), now)
                .unwrap_err()
                .contains("does not match")
        );
        assert!(
            verify(&auth, "/event", body, &HashMap::new(), now)
                .unwrap_err()
                .contains("invalid")
        );
        let later = now + Duration::from_secs(16 * 60);
        assert_eq!(
            verify(&auth, "/event", body, &keys(), later).unwrap_err(),
            "Signature expired"
        );
    }

    #[test]
    fn session_tokens_are_signed_too() {
        let creds = Credentials::new(
            "AKIDEXAMPLE",
            "secret-example",
            Some("sess".into()),
            None,
            "t",
        );
        let now = SystemTime::now();
        let auth = sign_headers(&creds, "us-east-1", now, "h", "/event", "{}").unwrap();
        assert_eq!(auth["x-amz-security-token"], "sess");
        assert!(verify(&auth, "/event", "{}", &keys(), now).is_ok());
        let mut swapped = auth.clone();
        swapped["x-amz-security-token"] = "other".into();
        assert!(verify(&swapped, "/event", "{}", &keys(), now).is_err());
    }
}
