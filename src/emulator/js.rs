//! JSON as the Node.js servers we emulate hold and write it: `JSON.parse`,
//! `JSON.stringify`, `String(v)` (template literals), truthiness, and the
//! equality `Map` keys and `===` use. The mesh's Node server and Lambda,
//! and the robot Lambda, re-encode every frame they relay this way.
//!
//! What JavaScript does that is kept here: an object's own keys are ordered
//! with array indices (`"0"`, `"7"`) first, ascending, then the others in
//! insertion order, and a repeated key keeps its first place with its last
//! value; numbers are doubles written the shortest way that reads back
//! (`1.50` → `1.5`, `1e21` → `1e+21`, integers past 2^53 rounded);
//! strings are written with only `"`, `\` and control characters escaped.
//!
//! Differences left: JSON that serde_json refuses and `JSON.parse` reads
//! (a lone surrogate escape such as `"\ud800"`, nesting deeper than 128,
//! numbers beyond the double range, which JavaScript reads as `Infinity`)
//! counts as invalid JSON here.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt::{self, Write};
use std::sync::atomic::{AtomicU64, Ordering};

/// A parsed JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum JsValue {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<JsValue>),
    Obj(Vec<(String, JsValue)>),
}

/// A value as a `Map` key or an operand of `===`: primitives by value,
/// objects and arrays by identity (each parse makes new ones).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Key {
    Str(String),
    /// The double's bits, with `-0` as `0`.
    Num(u64),
    Bool(bool),
    Null,
    /// An object or array: equal only to itself.
    Ref(u64),
}

static NEXT_REF: AtomicU64 = AtomicU64::new(1);

impl JsValue {
    /// `JSON.parse(text)`, or `None` when it throws.
    pub fn parse(text: &str) -> Option<JsValue> {
        serde_json::from_str(text).ok()
    }

    /// `value.key` of an object (`None` is `undefined`).
    pub fn get(&self, key: &str) -> Option<&JsValue> {
        match self {
            JsValue::Obj(items) => items.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            JsValue::Str(s) => Some(s),
            _ => None,
        }
    }

    /// JavaScript's truthiness: `""`, `0`, `null` and `false` are falsy.
    pub fn truthy(&self) -> bool {
        match self {
            JsValue::Null => false,
            JsValue::Bool(b) => *b,
            JsValue::Num(n) => *n != 0.0,
            JsValue::Str(s) => !s.is_empty(),
            JsValue::Arr(_) | JsValue::Obj(_) => true,
        }
    }

    /// The value's identity for `Map` and `===`. Objects and arrays get a
    /// new identity on every call, as every `JSON.parse` makes new ones.
    pub fn key(&self) -> Key {
        match self {
            JsValue::Null => Key::Null,
            JsValue::Bool(b) => Key::Bool(*b),
            JsValue::Num(n) => Key::Num(if *n == 0.0 { 0 } else { n.to_bits() }),
            JsValue::Str(s) => Key::Str(s.clone()),
            JsValue::Arr(_) | JsValue::Obj(_) => Key::Ref(NEXT_REF.fetch_add(1, Ordering::Relaxed)),
        }
    }

    /// `object[key] = value`: a key it has keeps its place.
    pub fn set(&mut self, key: &str, value: JsValue) {
        if let JsValue::Obj(items) = self {
            insert(items, key.to_owned(), value);
        }
    }

    /// `{...value}`: an object's own keys, an array's indices; nothing for
    /// primitives.
    pub fn spread(&self) -> JsValue {
        match self {
            JsValue::Obj(_) => self.clone(),
            JsValue::Arr(items) => JsValue::Obj(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, v)| (i.to_string(), v.clone()))
                    .collect(),
            ),
            _ => JsValue::Obj(Vec::new()),
        }
    }

    /// An object's own entries, in JavaScript's order.
    pub fn entries(&self) -> &[(String, JsValue)] {
        match self {
            JsValue::Obj(items) => items,
            _ => &[],
        }
    }

    /// `JSON.stringify(value)`.
    pub fn stringify(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    /// `JSON.stringify({...value, [key]: extra})` of an object: `key` keeps
    /// its place when the object has it, else it comes last.
    pub fn stringify_with(&self, key: &str, extra: &JsValue) -> String {
        let JsValue::Obj(items) = self else {
            return self.stringify();
        };
        let mut out = String::from("{");
        let mut replaced = false;
        for (i, (k, v)) in items.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_str(&mut out, k);
            out.push(':');
            if k == key {
                replaced = true;
                extra.write_json(&mut out);
            } else {
                v.write_json(&mut out);
            }
        }
        if !replaced {
            if !items.is_empty() {
                out.push(',');
            }
            write_str(&mut out, key);
            out.push(':');
            extra.write_json(&mut out);
        }
        out.push('}');
        out
    }

    fn write_json(&self, out: &mut String) {
        match self {
            JsValue::Null => out.push_str("null"),
            JsValue::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            JsValue::Num(n) => out.push_str(&number(*n)),
            JsValue::Str(s) => write_str(out, s),
            JsValue::Arr(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write_json(out);
                }
                out.push(']');
            }
            JsValue::Obj(items) => {
                out.push('{');
                for (i, (k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(out, k);
                    out.push(':');
                    v.write_json(out);
                }
                out.push('}');
            }
        }
    }
}

impl fmt::Display for JsValue {
    /// `String(value)`, as a template literal writes it: arrays joined
    /// with `,` (null items empty), objects as `[object Object]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsValue::Null => f.write_str("null"),
            JsValue::Bool(b) => write!(f, "{b}"),
            JsValue::Num(n) => f.write_str(&number(*n)),
            JsValue::Str(s) => f.write_str(s),
            JsValue::Arr(items) => {
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_char(',')?;
                    }
                    if *v != JsValue::Null {
                        write!(f, "{v}")?;
                    }
                }
                Ok(())
            }
            JsValue::Obj(_) => f.write_str("[object Object]"),
        }
    }
}

/// An object literal: `{a: 1, b: 2}`, keys set in order.
pub fn obj<const N: usize>(entries: [(&str, JsValue); N]) -> JsValue {
    let mut o = JsValue::Obj(Vec::with_capacity(N));
    for (k, v) in entries {
        o.set(k, v);
    }
    o
}

impl From<&str> for JsValue {
    fn from(s: &str) -> JsValue {
        JsValue::Str(s.to_owned())
    }
}

impl From<String> for JsValue {
    fn from(s: String) -> JsValue {
        JsValue::Str(s)
    }
}

/// The names `Object.prototype` has: `obj[name]` is truthy on every
/// object, and `obj.__proto__ = x` sets no property.
pub const OBJECT_PROTOTYPE: &[&str] = &[
    "constructor",
    "__defineGetter__",
    "__defineSetter__",
    "hasOwnProperty",
    "__lookupGetter__",
    "__lookupSetter__",
    "isPrototypeOf",
    "propertyIsEnumerable",
    "toString",
    "valueOf",
    "__proto__",
    "toLocaleString",
];

/// `String.prototype.trim()`: JavaScript's white space and line
/// terminators (with U+FEFF, without Rust's U+0085).
pub fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| {
        matches!(
            c,
            '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
                ..='\u{200a}'
                    | '\u{2028}'
                    | '\u{2029}'
                    | '\u{202f}'
                    | '\u{205f}'
                    | '\u{3000}'
                    | '\u{feff}'
        )
    })
}

/// `String(value)` of a property that may be absent (`undefined`).
pub fn string_of(value: Option<&JsValue>) -> String {
    value.map_or_else(|| "undefined".to_owned(), ToString::to_string)
}

/// `Number.prototype.toString()`: the shortest digits that read back, in
/// fixed notation from 1e-6 up to 1e21 and in exponent notation outside.
pub fn number(n: f64) -> String {
    if n == 0.0 {
        return "0".into();
    }
    if !n.is_finite() {
        // JSON.stringify writes null; String() would write NaN/Infinity,
        // but neither can come out of JSON.parse here.
        return "null".into();
    }
    if n < 0.0 {
        return format!("-{}", number(-n));
    }
    // Rust's `{:e}` writes the shortest round-trip digits: "1.2345e4".
    let sci = format!("{n:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let k = digits.len() as i64;
    // value = 0.d1d2…dk × 10^point
    let point = exp.parse::<i64>().unwrap_or(0) + 1;
    if k <= point && point <= 21 {
        let mut s = digits;
        s.extend(std::iter::repeat_n('0', (point - k) as usize));
        s
    } else if 0 < point && point <= 21 {
        let (int, frac) = digits.split_at(point as usize);
        format!("{int}.{frac}")
    } else if -6 < point && point <= 0 {
        format!("0.{}{digits}", "0".repeat((-point) as usize))
    } else {
        let e = point - 1;
        let sign = if e < 0 { '-' } else { '+' };
        let (first, rest) = digits.split_at(1);
        if rest.is_empty() {
            format!("{first}e{sign}{}", e.abs())
        } else {
            format!("{first}.{rest}e{sign}{}", e.abs())
        }
    }
}

/// A string as `JSON.stringify` writes it.
fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// An array index key (`"0"` … `"4294967294"`, no leading zeros): such
/// keys come first in an object, in ascending order.
fn array_index(key: &str) -> Option<u32> {
    if key.is_empty() || (key.len() > 1 && key.starts_with('0')) {
        return None;
    }
    if !key.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    key.parse::<u32>().ok().filter(|n| *n != u32::MAX)
}

/// Insert as JavaScript defines an object's own keys.
fn insert(items: &mut Vec<(String, JsValue)>, key: String, value: JsValue) {
    if let Some(slot) = items.iter_mut().find(|(k, _)| *k == key) {
        slot.1 = value;
        return;
    }
    let Some(index) = array_index(&key) else {
        items.push((key, value));
        return;
    };
    let at = items
        .iter()
        .position(|(k, _)| array_index(k).is_none_or(|other| other > index))
        .unwrap_or(items.len());
    items.insert(at, (key, value));
}

impl serde::Serialize for JsValue {
    /// In JavaScript's key order; integral numbers as integers.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            JsValue::Null => s.serialize_unit(),
            JsValue::Bool(b) => s.serialize_bool(*b),
            JsValue::Num(n) if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 => {
                s.serialize_i64(*n as i64)
            }
            JsValue::Num(n) => s.serialize_f64(*n),
            JsValue::Str(v) => s.serialize_str(v),
            JsValue::Arr(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for v in items {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            JsValue::Obj(items) => {
                let mut map = s.serialize_map(Some(items.len()))?;
                for (k, v) in items {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for JsValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<JsValue, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = JsValue;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("JSON")
            }
            fn visit_bool<E>(self, b: bool) -> Result<JsValue, E> {
                Ok(JsValue::Bool(b))
            }
            fn visit_i64<E>(self, n: i64) -> Result<JsValue, E> {
                Ok(JsValue::Num(n as f64))
            }
            fn visit_u64<E>(self, n: u64) -> Result<JsValue, E> {
                Ok(JsValue::Num(n as f64))
            }
            fn visit_f64<E>(self, n: f64) -> Result<JsValue, E> {
                Ok(JsValue::Num(n))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<JsValue, E> {
                Ok(JsValue::Str(s.to_owned()))
            }
            fn visit_string<E>(self, s: String) -> Result<JsValue, E> {
                Ok(JsValue::Str(s))
            }
            fn visit_unit<E>(self) -> Result<JsValue, E> {
                Ok(JsValue::Null)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<JsValue, A::Error> {
                let mut items = Vec::new();
                while let Some(v) = seq.next_element()? {
                    items.push(v);
                }
                Ok(JsValue::Arr(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<JsValue, A::Error> {
                let mut items = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, JsValue>()? {
                    insert(&mut items, k, v);
                }
                Ok(JsValue::Obj(items))
            }
        }
        d.deserialize_any(V)
    }
}

/// `BigInt('0x' + String(id))`: the id read as a hexadecimal number, as
/// nibbles without leading zeros; `None` when BigInt would throw.
fn hex_number(id: &JsValue) -> Option<Vec<u8>> {
    let text = id.to_string();
    // StringToBigInt trims white space at the end ("0x" starts it).
    let digits = text.trim_end_matches(is_js_space);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let nibbles: Vec<u8> = digits
        .bytes()
        .map(|b| (b as char).to_digit(16).unwrap_or(0) as u8)
        .skip_while(|n| *n == 0)
        .collect();
    Some(nibbles)
}

fn is_js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n'
            | '\u{b}'
            | '\u{c}'
            | '\r'
            | ' '
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
            | '\u{feff}'
    ) || ('\u{2000}'..='\u{200a}').contains(&c)
}

/// A non-negative integer as nibbles without leading zeros, ordered as
/// numbers are.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Big(Vec<u8>);

impl Ord for Big {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.cmp(&other.0))
    }
}

impl PartialOrd for Big {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The servers' `calculateXorDistance(a, b)`: the XOR of both ids read as
/// hexadecimal BigInts, or else `Math.abs(a.localeCompare(b))`, which
/// throws (`None`) when `a` is not a string.
fn distance(a: &JsValue, b: &JsValue) -> Option<Big> {
    if let (Some(x), Some(y)) = (hex_number(a), hex_number(b)) {
        let n = x.len().max(y.len());
        let pad = |v: &[u8]| {
            let mut p = vec![0u8; n - v.len()];
            p.extend_from_slice(v);
            p
        };
        let xor: Vec<u8> = pad(&x)
            .iter()
            .zip(pad(&y))
            .map(|(p, q)| p ^ q)
            .skip_while(|d| *d == 0)
            .collect();
        return Some(Big(xor));
    }
    let JsValue::Str(a) = a else { return None };
    // localeCompare is 0 only for equal strings here (canonically
    // equivalent Unicode strings are not told apart).
    Some(Big(if *a == b.to_string() { vec![] } else { vec![1] }))
}

/// The order the servers sort the other peers in for `bootstrap_peers`:
/// nearest to `me` first, ties in the given order (V8's sort is stable).
/// `None` when the comparator throws (a non-string id of the joiner
/// against an id that is not hexadecimal), which V8 reaches whenever
/// there are two peers or more.
pub fn bootstrap_order(me: &JsValue, others: &[&JsValue]) -> Option<Vec<usize>> {
    if others.len() < 2 {
        return Some((0..others.len()).collect());
    }
    let mut keyed = Vec::with_capacity(others.len());
    for (i, o) in others.iter().enumerate() {
        keyed.push((distance(me, o)?, i));
    }
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    Some(keyed.into_iter().map(|(_, i)| i).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(text: &str) -> String {
        JsValue::parse(text).unwrap().stringify()
    }

    #[test]
    fn numbers_are_written_as_javascript_writes_them() {
        for (n, want) in [
            (1.5, "1.5"),
            (100.0, "100"),
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (1.5e-7, "1.5e-7"),
            (0.000001, "0.000001"),
            (1e-7, "1e-7"),
            (-0.0, "0"),
            (-42.25, "-42.25"),
            (123456789.123, "123456789.123"),
            (2f64.powi(60), "1152921504606847000"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
        ] {
            assert_eq!(number(n), want, "{n}");
        }
        assert_eq!(round("12345678901234567890"), "12345678901234567000");
        assert_eq!(round("[1.50, -0, 1E3, 0.1]"), "[1.5,0,1000,0.1]");
    }

    #[test]
    fn objects_keep_javascript_key_order() {
        assert_eq!(
            round(r#"{"b":1,"a":2,"10":3,"2":4,"02":5,"b":6}"#),
            r#"{"2":4,"10":3,"b":6,"a":2,"02":5}"#
        );
        let v = JsValue::parse(r#"{"type":"signal","to":"x","from":"spoof","data":1}"#).unwrap();
        assert_eq!(
            v.stringify_with("from", &JsValue::Str("me".into())),
            r#"{"type":"signal","to":"x","from":"me","data":1}"#
        );
        let v = JsValue::parse(r#"{"type":"signal"}"#).unwrap();
        assert_eq!(
            v.stringify_with("from", &JsValue::Null),
            r#"{"type":"signal","from":null}"#
        );
    }

    #[test]
    fn strings_escape_only_what_json_stringify_escapes() {
        assert_eq!(
            round(r#""\u00e9 \/ \u2028 \"q\" \\ \u0001 \n""#),
            "\"é / \u{2028} \\\"q\\\" \\\\ \\u0001 \\n\""
        );
    }

    #[test]
    fn template_literals_and_truthiness() {
        let s = |t: &str| JsValue::parse(t).unwrap().to_string();
        assert_eq!(s("42"), "42");
        assert_eq!(s(r#"["x", null, [1, 2]]"#), "x,,1,2");
        assert_eq!(s(r#"{"k":1}"#), "[object Object]");
        assert_eq!(s("true"), "true");
        assert_eq!(string_of(None), "undefined");
        for falsy in ["0", "\"\"", "null", "false", "-0"] {
            assert!(!JsValue::parse(falsy).unwrap().truthy(), "{falsy}");
        }
        for truthy in ["[]", "{}", "\"0\"", "0.5", "true"] {
            assert!(JsValue::parse(truthy).unwrap().truthy(), "{truthy}");
        }
    }

    #[test]
    fn keys_compare_primitives_by_value_and_objects_by_identity() {
        let p = |t: &str| JsValue::parse(t).unwrap();
        assert_eq!(p("12345").key(), p("12345.0").key());
        assert_ne!(p("12345").key(), p("\"12345\"").key());
        assert_eq!(p("0").key(), p("-0").key());
        let obj = p(r#"{"k":1}"#);
        assert_ne!(obj.key(), obj.key());
    }

    #[test]
    fn bootstrap_order_is_the_servers_sort() {
        let hex = |s: &str| JsValue::Str(format!("{s:0<40}"));
        let me = JsValue::Str("0".repeat(40));
        let others: Vec<JsValue> = ["f0", "01", "ff", "0f", "10"].map(hex).to_vec();
        let refs: Vec<&JsValue> = others.iter().collect();
        // By XOR with zero, i.e. by value: 01 < 0f < 10 < f0 < ff.
        assert_eq!(bootstrap_order(&me, &refs), Some(vec![1, 3, 4, 0, 2]));
        // Ids that are not hexadecimal are all at distance 1: joining order.
        let names: Vec<JsValue> = ["carol", "alice", "bob"]
            .map(|s| JsValue::Str(s.into()))
            .to_vec();
        let refs: Vec<&JsValue> = names.iter().collect();
        assert_eq!(
            bootstrap_order(&JsValue::Str("dave".into()), &refs),
            Some(vec![0, 1, 2])
        );
        // Odd-length hex is a number: "a" (10) is nearer to "b" (11) than "1".
        let odd = [JsValue::Str("1".into()), JsValue::Str("a".into())];
        let refs: Vec<&JsValue> = odd.iter().collect();
        assert_eq!(
            bootstrap_order(&JsValue::Str("b".into()), &refs),
            Some(vec![1, 0])
        );
        // A number id of the joiner against a name: the comparator throws.
        let mixed = [JsValue::Str("alice".into()), hex("01")];
        let refs: Vec<&JsValue> = mixed.iter().collect();
        assert_eq!(bootstrap_order(&JsValue::Num(12345.0), &refs), None);
        assert_eq!(
            bootstrap_order(&JsValue::Num(12345.0), &refs[..1]),
            Some(vec![0])
        );
    }
}
