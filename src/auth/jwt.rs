//! Reading a JWT's claims without verifying it (for display and expiry; the
//! server is the one that verifies).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// The payload of a JWT, as a JSON object.
#[derive(Debug, Clone, PartialEq)]
pub struct Claims(pub Map<String, Value>);

impl Claims {
    /// Decode the payload segment. Fails on anything that is not three
    /// base64url segments with a JSON object in the middle.
    pub fn decode(token: &str) -> Result<Claims> {
        let mut parts = token.split('.');
        let (Some(_), Some(payload), Some(_), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(Error::Auth(
                "the token is not a JWT (expected three dot-separated parts)".into(),
            ));
        };
        let bytes = URL_SAFE_NO_PAD
            .decode(payload.trim_end_matches('='))
            .map_err(|_| Error::Auth("the token's payload is not base64url".into()))?;
        match serde_json::from_slice(&bytes) {
            Ok(Value::Object(m)) => Ok(Claims(m)),
            _ => Err(Error::Auth(
                "the token's payload is not a JSON object".into(),
            )),
        }
    }

    pub fn str(&self, name: &str) -> Option<&str> {
        self.0.get(name).and_then(Value::as_str)
    }

    pub fn exp(&self) -> Option<u64> {
        self.0.get("exp").and_then(Value::as_u64)
    }

    pub fn sub(&self) -> Option<&str> {
        self.str("sub")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(payload: &str) -> String {
        format!("e30.{}.c2ln", URL_SAFE_NO_PAD.encode(payload))
    }

    #[test]
    fn decodes_claims() {
        let c =
            Claims::decode(&token(r#"{"sub":"u1","exp":1700000000,"token_use":"id"}"#)).unwrap();
        assert_eq!(c.sub(), Some("u1"));
        assert_eq!(c.exp(), Some(1_700_000_000));
        assert_eq!(c.str("token_use"), Some("id"));
    }

    #[test]
    fn rejects_what_is_not_a_jwt() {
        for bad in ["", "abc", "a.b", "a.b.c.d", &token("[1,2]"), "e30.!!!.c2ln"] {
            assert_eq!(Claims::decode(bad).unwrap_err().code(), 4, "{bad}");
        }
    }
}
