//! The response straight to JSON text, for throughput (`peer-screen batch` and `check`): byte for
//! byte what serde_json writes for [`Response`], with each program's fixed parts (criterion
//! sources, service facts) escaped once instead of on every response. A test holds the two equal.

use chrono::NaiveDate;

use screener::dates;
use screener::model::Program;
use screener::rules;
use screener::sentences::{self, DateStyle};
use screener_contract::response::{ServiceJson, SourceJson};
#[cfg(doc)]
use screener_contract::Response;
use screener_contract::Screened;

/// A program's fixed JSON, escaped once: each criterion's `source` object, and the service.
struct FixedJson {
    sources: Vec<String>,
    service: String,
}

fn fixed_json(program: &'static Program) -> Option<&'static FixedJson> {
    static CACHE: std::sync::OnceLock<Vec<FixedJson>> = std::sync::OnceLock::new();
    let all = CACHE.get_or_init(|| {
        rules::ALL
            .iter()
            .map(|&p| FixedJson {
                sources: p
                    .criteria
                    .iter()
                    .map(|c| serde_json::to_string(&SourceJson { program: p, criterion: c }).unwrap_or_default())
                    .collect(),
                service: serde_json::to_string(&ServiceJson(p)).unwrap_or_default(),
            })
            .collect()
    });
    rules::ALL.iter().position(|p| p.id == program.id).map(|i| &all[i])
}

/// Appends the response JSON of `screening` to `out`: byte for byte what serializing
/// [`Response`] with serde_json gives (a test holds them equal), with the fixed parts of
/// each program (sources, service) escaped once instead of on every response.
pub fn response(screened: &Screened, out: &mut Vec<u8>) {
    let (screening, voice) = (&screened.screening, screened.voice);
    let Some(fixed) = fixed_json(screening.program) else {
        let _ = serde_json::to_writer(out, &screened.response());
        return;
    };
    let string = json_str;
    let date = |out: &mut Vec<u8>, d: NaiveDate| {
        let mut text = String::with_capacity(12);
        text.push('"');
        dates::write_to(&mut text, d);
        text.push('"');
        out.extend_from_slice(text.as_bytes());
    };
    let strings = |out: &mut Vec<u8>, items: &mut dyn Iterator<Item = &str>| {
        out.push(b'[');
        for (i, item) in items.enumerate() {
            if i > 0 {
                out.push(b',');
            }
            string(out, item);
        }
        out.push(b']');
    };
    let optional_date = |out: &mut Vec<u8>, d: Option<NaiveDate>| match d {
        Some(d) => date(out, d),
        None => out.extend_from_slice(b"null"),
    };
    out.extend_from_slice(b"{\"program\":");
    string(out, screening.program.id);
    out.extend_from_slice(b",\"version\":");
    string(out, screening.program.version);
    out.extend_from_slice(b",\"as_of\":");
    date(out, screening.as_of);
    out.extend_from_slice(b",\"outcome\":\"");
    out.extend_from_slice(screening.outcome.code().as_bytes());
    out.extend_from_slice(b"\",\"eligible_from\":");
    optional_date(out, screening.eligible_from);
    out.extend_from_slice(b",\"rescreen_on\":");
    optional_date(out, screening.rescreen_on);
    out.extend_from_slice(b",\"transitions\":[");
    for (i, t) in screening.transitions.iter().enumerate() {
        out.extend_from_slice(if i > 0 { b",{\"service\":" } else { b"{\"service\":" });
        string(out, t.service);
        out.extend_from_slice(b",\"from\":");
        date(out, t.from);
        out.extend_from_slice(b",\"until\":");
        date(out, t.until);
        out.push(b'}');
    }
    out.extend_from_slice(b"],\"criteria\":[");
    for (i, (f, source)) in screening.findings.iter().zip(&fixed.sources).enumerate() {
        out.extend_from_slice(if i > 0 { b",{\"id\":" } else { b"{\"id\":" });
        string(out, f.criterion.id);
        out.extend_from_slice(b",\"kind\":\"");
        out.extend_from_slice(f.criterion.kind().code().as_bytes());
        out.extend_from_slice(b"\",\"status\":\"");
        out.extend_from_slice(f.status.code().as_bytes());
        out.extend_from_slice(b"\",\"reason\":");
        string(out, &sentences::reason(screening.program, f, voice, DateStyle::Iso));
        out.extend_from_slice(b",\"source\":");
        out.extend_from_slice(source.as_bytes());
        out.push(b'}');
    }
    out.extend_from_slice(b"],\"missing\":");
    strings(out, &mut screening.missing.iter().copied());
    out.extend_from_slice(b",\"next_steps\":");
    strings(out, &mut screening.next_steps.iter().map(|words| voice.text(words)));
    out.extend_from_slice(b",\"service\":");
    out.extend_from_slice(fixed.service.as_bytes());
    out.push(b'}');
}

/// Appends `text` as a JSON string, escaped exactly as serde_json escapes it (`\"`, `\\`, the
/// short escapes of `\b \f \n \r \t`, `\u00XX` for other control characters; all else as is).
/// Most text has nothing to escape: a branch-free scan (which the compiler vectorizes) finds that
/// out, and the text is then copied whole.
pub fn json_str(out: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    out.push(b'"');
    let clean = !bytes.iter().fold(false, |dirty, &b| dirty | (b < 0x20) | (b == b'"') | (b == b'\\'));
    if clean {
        out.extend_from_slice(bytes);
    } else {
        let mut run = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let escape: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0x08 => b"\\b",
                0x0c => b"\\f",
                0x00..=0x1f => b"",
                _ => continue,
            };
            out.extend_from_slice(&bytes[run..i]);
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]]);
            } else {
                out.extend_from_slice(escape);
            }
            run = i + 1;
        }
        out.extend_from_slice(&bytes[run..]);
    }
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_are_escaped_as_serde_json_escapes_them() {
        let mut samples: Vec<String> = vec![
            String::new(),
            "plain ascii text, long enough for several words".into(),
            "quote \" backslash \\ newline \n tab \t cr \r bell \u{7} nul \0 del \u{7f}".into(),
            "¿Recibe él servicios? — «sí» 😀 \u{1f}\u{8}\u{c}".into(),
            "\"\"\"\"\"\"\"\"\"".into(),
            "12345678\"".into(),
        ];
        samples.extend((0u8..128).map(|b| format!("abcdefg{}hijklmnop", b as char)));
        for text in samples {
            let mut ours = Vec::new();
            json_str(&mut ours, &text);
            assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(&text).unwrap(), "{text:?}");
        }
    }
}
