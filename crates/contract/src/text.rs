//! JSON text read into a [`Json`], for the one place that reads JSON text in the browser: a
//! request pasted into the form ("Open a saved screening"). The command line reads text with
//! serde_json, which the WebAssembly never links (its bytes are the page's budget); this reader
//! is the small part of it the paste needs, and a property test holds the two equal on any
//! value (`tests/text.rs`).
//!
//! Strict RFC 8259, as serde_json reads it: no comments, no trailing commas, no leading zeros,
//! no lone surrogates; keys kept in the order given, a key given twice kept twice (the contract
//! refuses it, with its own message); nesting deeper than [`MAX_DEPTH`] refused as
//! [`Problem::TooDeep`]; anything else that is not JSON is [`Problem::NotJson`] at the line and
//! column (in characters, from 1) where reading stopped. Numbers are read as serde_json reads
//! them: a whole number that fits is [`Json::UInt`] or [`Json::Int`], anything else a
//! [`Json::Float`], and one too large for a float is not JSON.

use crate::error::Problem;
use crate::json::{Json, MAX_DEPTH};

/// Reads `text` as one JSON value, with white space around it allowed.
pub fn parse(text: &str) -> Result<Json, Problem> {
    let mut reader = Reader { text, at: 0 };
    let value = reader.value(0)?;
    reader.space();
    if reader.at < text.len() {
        return Err(reader.not_json());
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    /// The byte offset of the next character.
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// Where reading stopped, as a problem: 1-based line and column (in characters).
    fn not_json(&self) -> Problem {
        let before = &self.text[..self.at.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Problem::NotJson { line, column }
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        let here = self.peek() == Some(byte);
        if here {
            self.at += 1;
        }
        here
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, Problem> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.not_json())
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, Problem> {
        if depth > MAX_DEPTH {
            return Err(Problem::TooDeep(MAX_DEPTH));
        }
        self.space();
        match self.peek() {
            Some(b'n') => self.literal("null", Json::Null),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        self.space();
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.not_json());
                        }
                    }
                }
                Ok(Json::Array(items))
            }
            Some(b'{') => {
                self.at += 1;
                let mut entries = Vec::new();
                self.space();
                if !self.eat(b'}') {
                    loop {
                        self.space();
                        if self.peek() != Some(b'"') {
                            return Err(self.not_json());
                        }
                        let key = self.string()?;
                        self.space();
                        if !self.eat(b':') {
                            return Err(self.not_json());
                        }
                        entries.push((key, self.value(depth + 1)?));
                        self.space();
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.not_json());
                        }
                    }
                }
                Ok(Json::Object(entries))
            }
            _ => Err(self.not_json()),
        }
    }

    /// A string, from its opening quote.
    fn string(&mut self) -> Result<String, Problem> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.at..];
            let plain = rest.find(|c: char| c == '"' || c == '\\' || c < ' ').unwrap_or(rest.len());
            out.push_str(&rest[..plain]);
            self.at += plain;
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            out.push(self.unicode()?);
                            continue;
                        }
                        _ => return Err(self.not_json()),
                    };
                    self.at += 1;
                    out.push(escaped);
                }
                // A control character, or the end of the text.
                _ => return Err(self.not_json()),
            }
        }
    }

    /// The character of a `\u` escape (after the `u`), with its low surrogate when it is a high
    /// one.
    fn unicode(&mut self) -> Result<char, Problem> {
        let high = self.hex4()?;
        let code = match high {
            0xD800..=0xDBFF => {
                if !self.text[self.at..].starts_with("\\u") {
                    return Err(self.not_json());
                }
                self.at += 2;
                let low = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(self.not_json());
                }
                0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.not_json()),
            code => code,
        };
        char::from_u32(code).ok_or_else(|| self.not_json())
    }

    fn hex4(&mut self) -> Result<u32, Problem> {
        let digits = self.text.get(self.at..self.at + 4).filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let value = digits.and_then(|d| u32::from_str_radix(d, 16).ok()).ok_or_else(|| self.not_json())?;
        self.at += 4;
        Ok(value)
    }

    /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Result<Json, Problem> {
        let start = self.at;
        let negative = self.eat(b'-');
        let digits = |r: &mut Self| {
            let from = r.at;
            while r.peek().is_some_and(|b| b.is_ascii_digit()) {
                r.at += 1;
            }
            r.at - from
        };
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                digits(self);
            }
            _ => return Err(self.not_json()),
        }
        let mut whole = true;
        if self.eat(b'.') {
            whole = false;
            if digits(self) == 0 {
                return Err(self.not_json());
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            whole = false;
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if digits(self) == 0 {
                return Err(self.not_json());
            }
        }
        let text = &self.text[start..self.at];
        if whole {
            // `-0` is a float, as serde_json reads it.
            if negative {
                if let Ok(n @ i64::MIN..=-1) = text.parse::<i64>() {
                    return Ok(Json::Int(n));
                }
            } else if let Ok(n) = text.parse::<u64>() {
                return Ok(Json::UInt(n));
            }
        }
        match float(text) {
            Some(f) => Ok(Json::Float(f)),
            None => {
                self.at = start;
                Err(self.not_json())
            }
        }
    }
}

/// Exact powers of ten in an `f64`: 10^0 to 10^22.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// A JSON number (already checked to be one) as an `f64`; `None` when it is too large for one,
/// as serde_json refuses it.
///
/// Not the standard library's parser: its tables cost the page 13 KB of brotli'd WebAssembly.
/// Up to 15 significant digits and a power of ten up to 22 (every number a request holds: a
/// count such as `3.0` or `1.2e1`), the result is exact, as correctly rounded as any parser's (one
/// operation on exact values); past that, within a few units in the last place.
fn float(text: &str) -> Option<f64> {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], &text[at + 1..]),
        None => (text, ""),
    };
    // The exponent, saturated: beyond ±100,000 nothing changes.
    let mut power: i64 = 0;
    if !exponent.is_empty() {
        let (sign, digits) = match exponent.as_bytes()[0] {
            b'-' => (-1, &exponent[1..]),
            b'+' => (1, &exponent[1..]),
            _ => (1, exponent),
        };
        for b in digits.bytes() {
            power = (power * 10 + i64::from(b - b'0')).min(100_000);
        }
        power *= sign;
    }
    // The first 19 significant digits; the power of ten moved for the others.
    let mut digits: u64 = 0;
    let mut significant = 0;
    let mut fraction = false;
    for b in mantissa.bytes() {
        if b == b'.' {
            fraction = true;
            continue;
        }
        let d = u64::from(b - b'0');
        if significant < 19 {
            digits = digits * 10 + d;
            if digits > 0 {
                significant += 1;
            }
            if fraction {
                power -= 1;
            }
        } else if !fraction {
            power += 1;
        }
    }
    let m = digits as f64;
    let value = if digits == 0 {
        0.0
    } else if significant <= 15 && (-22..=22).contains(&power) {
        let ten = POWERS_OF_TEN[power.unsigned_abs() as usize];
        if power >= 0 {
            m * ten
        } else {
            m / ten
        }
    } else if power > 400 {
        f64::INFINITY
    } else if power < -400 {
        0.0
    } else {
        // Two steps, so that neither power overflows before the product is known.
        let half = (power / 2) as i32;
        m * 10f64.powi(half) * 10f64.powi(power as i32 - half)
    };
    let value = if negative { -value } else { value };
    value.is_finite().then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(entries: &[(&str, Json)]) -> Json {
        Json::Object(entries.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect())
    }

    #[test]
    fn reads_a_request_line() {
        let line = r#"{"program":"nc-pss","as_of":"2026-11-22","answers":{"actt":true,"need_areas":["a","b"],"n":3,"x":null}}"#;
        let answers = object(&[
            ("actt", Json::Bool(true)),
            ("need_areas", Json::Array(vec![Json::String("a".into()), Json::String("b".into())])),
            ("n", Json::UInt(3)),
            ("x", Json::Null),
        ]);
        let expected = object(&[
            ("program", Json::String("nc-pss".into())),
            ("as_of", Json::String("2026-11-22".into())),
            ("answers", answers),
        ]);
        assert_eq!(parse(line), Ok(expected));
        assert_eq!(parse(" \r\n\t[ ] \n"), Ok(Json::Array(Vec::new())));
    }

    #[test]
    fn keeps_keys_in_order_and_twice() {
        let Ok(Json::Object(entries)) = parse(r#"{"b":1,"a":2,"b":3}"#) else { panic!("an object") };
        let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["b", "a", "b"]);
    }

    #[test]
    fn numbers_as_serde_json_reads_them() {
        assert_eq!(parse("0"), Ok(Json::UInt(0)));
        assert!(matches!(parse("-0"), Ok(Json::Float(f)) if f == 0.0 && f.is_sign_negative()));
        assert_eq!(parse("-7"), Ok(Json::Int(-7)));
        assert_eq!(parse("3.0"), Ok(Json::Float(3.0)));
        assert_eq!(parse("1e2"), Ok(Json::Float(100.0)));
        assert_eq!(parse("18446744073709551615"), Ok(Json::UInt(u64::MAX)));
        assert_eq!(parse("18446744073709551616"), Ok(Json::Float(18_446_744_073_709_551_616.0)));
        for bad in ["01", "1.", ".5", "-", "+1", "1e", "1e400", "0x10", "NaN", "Infinity"] {
            assert!(matches!(parse(bad), Err(Problem::NotJson { .. })), "{bad}");
        }
    }

    #[test]
    fn strings_and_escapes() {
        assert_eq!(
            parse(r#""a\"b\\c\/\b\f\n\r\t\u00e9\ud83d\ude00""#),
            Ok(Json::String("a\"b\\c/\u{8}\u{c}\n\r\té😀".into()))
        );
        for bad in [r#""\ud83d""#, r#""\ude00""#, r#""\x""#, "\"a\nb\"", r#""abc"#, r#""\u12""#] {
            assert!(matches!(parse(bad), Err(Problem::NotJson { .. })), "{bad}");
        }
    }

    #[test]
    fn says_where_it_stops() {
        assert_eq!(parse("{\"a\": 1,\n  \"b\" 2}"), Err(Problem::NotJson { line: 2, column: 7 }));
        assert_eq!(parse("{} x"), Err(Problem::NotJson { line: 1, column: 4 }));
        assert_eq!(parse(""), Err(Problem::NotJson { line: 1, column: 1 }));
        assert_eq!(parse("é ]"), Err(Problem::NotJson { line: 1, column: 1 }));
        assert_eq!(parse("[1,]"), Err(Problem::NotJson { line: 1, column: 4 }));
        assert_eq!(parse("{\"a\":1,}"), Err(Problem::NotJson { line: 1, column: 8 }));
        assert_eq!(parse("[1 2]"), Err(Problem::NotJson { line: 1, column: 4 }));
    }

    #[test]
    fn refuses_deep_nesting() {
        let deep = "[".repeat(MAX_DEPTH + 2) + &"]".repeat(MAX_DEPTH + 2);
        assert_eq!(parse(&deep), Err(Problem::TooDeep(MAX_DEPTH)));
        let fine = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert!(parse(&fine).is_ok());
    }
}
