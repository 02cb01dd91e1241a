//! A cell as the answer of a request (SCREENING.md §10): yes/no spellings, `;`-separated
//! multi-selects, `none`, counts read as JSON numbers; anything else is passed on as the text it
//! is, for the contract to accept or refuse in its own words.

use screener::model::{Question, QuestionType};
use screener_contract::Json;

/// The JSON answer a non-empty, trimmed cell gives to `question`.
pub(crate) fn answer(question: &Question, cell: &str) -> Json {
    match question.kind {
        QuestionType::YesNo => match yes_no(cell) {
            Some(value) => Json::Bool(value),
            None => Json::String(cell.to_owned()),
        },
        QuestionType::MultiSelect => {
            if cell.eq_ignore_ascii_case("none") {
                Json::Array(Vec::new())
            } else {
                Json::Array(
                    cell.split(';')
                        .map(str::trim)
                        .filter(|option| !option.is_empty())
                        .map(|option| Json::String(option.to_owned()))
                        .collect(),
                )
            }
        }
        QuestionType::Count => number(cell).unwrap_or_else(|| Json::String(cell.to_owned())),
        QuestionType::Date | QuestionType::SingleChoice => Json::String(cell.to_owned()),
    }
}

/// `yes`, `no`, `true`, `false`, `y`, `n`, `1`, `0`, in any case.
fn yes_no(cell: &str) -> Option<bool> {
    const YES: [&str; 4] = ["yes", "true", "y", "1"];
    const NO: [&str; 4] = ["no", "false", "n", "0"];
    if YES.iter().any(|s| cell.eq_ignore_ascii_case(s)) {
        Some(true)
    } else if NO.iter().any(|s| cell.eq_ignore_ascii_case(s)) {
        Some(false)
    } else {
        None
    }
}

/// A number as a JSON reader would give it: `-?digits(.digits)?([eE][+-]?digits)?`, a whole
/// number as `UInt` (or `Int` below 0), anything else, or a whole number too large for 64 bits,
/// as `Float`. `None` when the text is not a number at all.
fn number(cell: &str) -> Option<Json> {
    let bytes = cell.as_bytes();
    let mut i = usize::from(bytes.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while bytes.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i > start
    };
    if !digits(&mut i) {
        return None;
    }
    let whole = i == bytes.len();
    if bytes.get(i) == Some(&b'.') {
        i += 1;
        if !digits(&mut i) {
            return None;
        }
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(bytes.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !digits(&mut i) {
            return None;
        }
    }
    if i != bytes.len() {
        return None;
    }
    if whole {
        if let Ok(n) = cell.parse::<u64>() {
            return Some(Json::UInt(n));
        }
        if let Ok(n) = cell.parse::<i64>() {
            return Some(if n >= 0 { Json::UInt(n as u64) } else { Json::Int(n) });
        }
    }
    cell.parse::<f64>().ok().map(Json::Float)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_no_spellings_in_any_case() {
        for yes in ["yes", "YES", "Yes", "true", "TRUE", "y", "Y", "1"] {
            assert_eq!(yes_no(yes), Some(true), "{yes}");
        }
        for no in ["no", "No", "false", "False", "n", "N", "0"] {
            assert_eq!(yes_no(no), Some(false), "{no}");
        }
        for neither in ["", "si", "sí", "2", "yes!", "t", "f", "unknown", "00"] {
            assert_eq!(yes_no(neither), None, "{neither}");
        }
    }

    #[test]
    fn numbers_as_json_reads_them() {
        assert_eq!(number("0"), Some(Json::UInt(0)));
        assert_eq!(number("32"), Some(Json::UInt(32)));
        assert_eq!(number("-0"), Some(Json::UInt(0)));
        assert_eq!(number("-1"), Some(Json::Int(-1)));
        assert_eq!(number("3.0"), Some(Json::Float(3.0)));
        assert_eq!(number("2.5"), Some(Json::Float(2.5)));
        assert_eq!(number("1e3"), Some(Json::Float(1000.0)));
        assert_eq!(number("18446744073709551615"), Some(Json::UInt(u64::MAX)));
        assert_eq!(number("18446744073709551616"), Some(Json::Float(18446744073709551616.0)));
        for not in ["", "-", "+3", "3.", ".5", "1e", "1e+", "3 units", "NaN", "inf", "0x10", "1,000"] {
            assert_eq!(number(not), None, "{not}");
        }
    }
}
