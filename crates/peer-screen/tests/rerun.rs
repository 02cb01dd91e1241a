//! A case note anyone can re-run (issue 13): for every case of `tests/cases/*.jsonl` that screens,
//! the last line of its case note, in each language and audience, given to `peer-screen batch`,
//! gives the outcome, `eligible_from` and `rescreen_on` of the screening the note records.

mod common;

use screener::case_note::CaseNote;
use screener::engine;
use screener::model::{Subject, Voice};
use screener::sentences::{self, DateStyle};
use serde_json::Value;

#[test]
fn every_case_note_ends_with_a_request_that_screens_the_same() {
    let today = || chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut notes = Vec::new();
    for request in common::cases().into_iter().map(|case| case.request) {
        let Ok(json) = serde_json::from_value::<screener_contract::Json>(request.clone()) else { continue };
        let Ok(checked) = screener_contract::parse_request(&json, today) else { continue };
        let screening = engine::screen(&checked.answers, checked.as_of);
        for voice in Voice::all().filter(|v| v.subject == Subject::Person) {
            let note = CaseNote::new(&checked.answers, &screening, voice).text();
            let last = note.lines().last().unwrap().to_owned();
            assert!(last.starts_with('{'), "the note's last line is not the request: {last}");
            notes.push((last, screening.clone(), voice));
        }
    }
    assert!(notes.len() > 1000, "only {} notes", notes.len());

    let input: String = notes.iter().map(|(line, _, _)| format!("{line}\n")).collect();
    let output = common::run(&["batch"], input.as_bytes());
    let lines: Vec<&str> = std::str::from_utf8(&output.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), notes.len());
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| Value::from(screener::dates::format(d))).unwrap_or(Value::Null);
    for ((line, screening, voice), response) in notes.iter().zip(lines) {
        let response: Value = serde_json::from_str(response).unwrap();
        assert!(response.get("error").is_none(), "{line} gave {response}");
        assert_eq!(response["outcome"], screening.outcome.code(), "{line}");
        assert_eq!(response["eligible_from"], date(screening.eligible_from), "{line}");
        assert_eq!(response["rescreen_on"], date(screening.rescreen_on), "{line}");
        let reasons: Vec<&str> =
            response["criteria"].as_array().unwrap().iter().map(|c| c["reason"].as_str().unwrap()).collect();
        let ours = sentences::reasons(screening, *voice, DateStyle::Iso);
        assert_eq!(reasons, ours, "the same wording: {line}");
    }
}
