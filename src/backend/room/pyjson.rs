//! JSON as the room server (Python) holds and writes it: `json.loads` keeps
//! an object's keys in order and a repeated key's last value at its first
//! place; `json.dumps` with its defaults writes `", "` and `": "` between
//! items and every character outside ASCII as a `\uXXXX` escape (surrogate
//! pairs beyond the BMP). The room server re-encodes every frame it relays
//! and every frame it answers this way.
//!
//! Differences left: integers beyond 64 bits become floats (Python keeps
//! every digit), floats are written as serde_json writes them (`1e16` where
//! Python writes `1e+16`), and `NaN` / `Infinity`, which Python reads, are
//! not JSON here.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt::{self, Write};

/// A parsed JSON value, objects in their order.
#[derive(Debug, Clone, PartialEq)]
pub enum PyValue {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    Str(String),
    List(Vec<PyValue>),
    Dict(Vec<(String, PyValue)>),
}

impl PyValue {
    /// `json.loads(text)`, or `None` when it is not JSON.
    pub fn loads(text: &str) -> Option<PyValue> {
        serde_json::from_str(text).ok()
    }

    /// `data.get(key)` of a dict.
    pub fn get(&self, key: &str) -> Option<&PyValue> {
        match self {
            PyValue::Dict(items) => items.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            PyValue::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Python's truth value: empty strings, zero, `None`, `False` and empty
    /// containers are false.
    pub fn truthy(&self) -> bool {
        match self {
            PyValue::Null => false,
            PyValue::Bool(b) => *b,
            PyValue::Int(i) => *i != 0,
            PyValue::UInt(u) => *u != 0,
            PyValue::Float(f) => *f != 0.0,
            PyValue::Str(s) => !s.is_empty(),
            PyValue::List(l) => !l.is_empty(),
            PyValue::Dict(d) => !d.is_empty(),
        }
    }

    /// Whether Python can use it as a dict key (lists and dicts cannot).
    pub fn hashable(&self) -> bool {
        !matches!(self, PyValue::List(_) | PyValue::Dict(_))
    }

    /// A key that tells apart what a Python dict tells apart: `"7"` and
    /// `7` are two keys (`1` and `1.0` are one there, two here).
    pub fn key(&self) -> String {
        self.dumps()
    }

    /// `json.dumps(self)`.
    pub fn dumps(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            PyValue::Null => out.push_str("null"),
            PyValue::Bool(true) => out.push_str("true"),
            PyValue::Bool(false) => out.push_str("false"),
            PyValue::Int(i) => {
                let _ = write!(out, "{i}");
            }
            PyValue::UInt(u) => {
                let _ = write!(out, "{u}");
            }
            PyValue::Float(f) => {
                out.push_str(&serde_json::to_string(f).unwrap_or_else(|_| "null".into()))
            }
            PyValue::Str(s) => write_str(out, s),
            PyValue::List(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    v.write(out);
                }
                out.push(']');
            }
            PyValue::Dict(items) => {
                out.push('{');
                for (i, (k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    write_str(out, k);
                    out.push_str(": ");
                    v.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// `json.dumps(self)`, written straight to a formatter.
impl fmt::Display for PyValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.dumps())
    }
}

impl From<&str> for PyValue {
    fn from(s: &str) -> Self {
        PyValue::Str(s.to_owned())
    }
}

/// A string as `json.dumps` writes it (`ensure_ascii=True`).
fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (' '..='~').contains(&c) => out.push(c),
            c => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{u:04x}");
                }
            }
        }
    }
    out.push('"');
}

impl<'de> Deserialize<'de> for PyValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(PyVisitor)
    }
}

struct PyVisitor;

impl<'de> Visitor<'de> for PyVisitor {
    type Value = PyValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }

    fn visit_unit<E>(self) -> Result<PyValue, E> {
        Ok(PyValue::Null)
    }

    fn visit_bool<E>(self, b: bool) -> Result<PyValue, E> {
        Ok(PyValue::Bool(b))
    }

    fn visit_i64<E>(self, i: i64) -> Result<PyValue, E> {
        Ok(PyValue::Int(i))
    }

    fn visit_u64<E>(self, u: u64) -> Result<PyValue, E> {
        Ok(PyValue::UInt(u))
    }

    fn visit_f64<E>(self, f: f64) -> Result<PyValue, E> {
        Ok(PyValue::Float(f))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<PyValue, E> {
        Ok(PyValue::Str(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<PyValue, E> {
        Ok(PyValue::Str(s))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<PyValue, A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element()? {
            items.push(v);
        }
        Ok(PyValue::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PyValue, A::Error> {
        let mut items: Vec<(String, PyValue)> = Vec::new();
        while let Some((k, v)) = map.next_entry::<String, PyValue>()? {
            // A repeated key: the last value, at the first one's place.
            match items.iter_mut().find(|(old, _)| *old == k) {
                Some(slot) => slot.1 = v,
                None => items.push((k, v)),
            }
        }
        Ok(PyValue::Dict(items))
    }
}

#[cfg(test)]
mod tests {
    use super::PyValue;

    #[test]
    fn reads_and_writes_as_python_does() {
        // Each expectation is what CPython 3.11 printed for
        // json.dumps(json.loads(input)).
        let cases = [
            (
                r#"{"type":"offer","sender":"a","target":"b","sdp":"v=0\r\n"}"#,
                r#"{"type": "offer", "sender": "a", "target": "b", "sdp": "v=0\r\n"}"#,
            ),
            (
                r#"{"z":1,"a":[1, 2,{"k":null}],"t":true}"#,
                r#"{"z": 1, "a": [1, 2, {"k": null}], "t": true}"#,
            ),
            (
                r#"{"e":"é😀/\u0001\u007f"}"#,
                r#"{"e": "\u00e9\ud83d\ude00/\u0001\u007f"}"#,
            ),
            (
                r#"{"n":-0.5,"f":1.5e3,"i":-7}"#,
                r#"{"n": -0.5, "f": 1500.0, "i": -7}"#,
            ),
            (
                r#"{"sdp":"one","type":"offer","sdp":"two"}"#,
                r#"{"sdp": "two", "type": "offer"}"#,
            ),
            ("{}", "{}"),
            (r#"{"x":[]}"#, r#"{"x": []}"#),
        ];
        for (input, want) in cases {
            let v = PyValue::loads(input).unwrap();
            assert_eq!(v.dumps(), want, "{input}");
        }
        assert_eq!(PyValue::loads("{"), None);
        assert_eq!(PyValue::loads(r#"{"a":1} x"#), None);
    }

    #[test]
    fn truth_and_keys_follow_python() {
        for falsy in ["null", "false", "0", "0.0", "\"\"", "[]", "{}"] {
            assert!(!PyValue::loads(falsy).unwrap().truthy(), "{falsy}");
        }
        assert!(PyValue::loads("\"a\"").unwrap().truthy());
        assert_ne!(
            PyValue::loads("7").unwrap().key(),
            PyValue::loads("\"7\"").unwrap().key()
        );
        assert!(!PyValue::loads("[1]").unwrap().hashable());
    }
}
