//! Every error of the contract is worded from the words tables (the pseudo-locale test of
//! src/pseudo.rs): with every text turned into its look-alike, no message holds an English word
//! of its own. What may stay as it is: the fields, codes and ids a message names, and what the
//! request gave, quoted.

use chrono::NaiveDate;

use screener::answers::{AnswerProblem, Refusal};
use screener::model::{Lang, QuestionType};
use screener::pseudo;
use screener_contract::error::{Given, JsonKind};
use screener_contract::{ContractError, Problem};

fn d(s: &str) -> NaiveDate {
    screener::dates::parse(s).unwrap()
}

/// One example of every problem: the `match` makes a new variant a compile error here until it
/// has an example.
fn examples() -> Vec<Problem> {
    let answer = |refusal| Problem::Answer {
        problem: AnswerProblem { question: "birth_date", refusal },
        expected: QuestionType::Date,
    };
    let all = vec![
        Problem::NotAnObject(JsonKind::Array),
        Problem::UnknownField("\"colour\"".into()),
        Problem::GivenTwice("\"program\"".into()),
        Problem::ProgramMissing,
        Problem::UnknownProgram("\"nc\"".into()),
        Problem::ProgramNotAString(JsonKind::Number),
        Problem::AsOfNotADate("\"2026-02-30\"".into()),
        Problem::AsOfNotAString(JsonKind::Bool),
        Problem::NotOffered { field: "lang", codes: vec!["en", "es"], value: Given::Text("\"fr\"".into()) },
        Problem::NotOffered { field: "audience", codes: vec!["staff", "family"], value: Given::Kind(JsonKind::Null) },
        Problem::AnswersNotAnObject(JsonKind::String),
        Problem::SubjectNotOffered { program: "ne-family-peer-support" },
        Problem::NotInForce { program: "mo-peer-support", start: d("2014-10-01"), as_of: d("2014-09-30") },
        Problem::UnknownQuestion { program: "nc-pss", question: "\"dsm5_diagnoses\"".into() },
        Problem::AnsweredTwice("\"actt\"".into()),
        Problem::WrongType { question: "actt", expected: QuestionType::YesNo, given: JsonKind::String },
        Problem::WrongType { question: "need_areas", expected: QuestionType::MultiSelect, given: JsonKind::Object },
        Problem::WrongType {
            question: "enrolled_program",
            expected: QuestionType::SingleChoice,
            given: JsonKind::Array,
        },
        Problem::WrongType { question: "planned_units_day", expected: QuestionType::Count, given: JsonKind::Null },
        Problem::AnswerNotADate { question: "birth_date", value: "\"x\"".into() },
        Problem::CountTooLarge { question: "planned_units_day" },
        Problem::NotAWholeNumber { question: "planned_units_day" },
        Problem::OptionNotOffered { question: "need_areas", option: "\"x\"".into(), options: vec!["recent_crisis"] },
        Problem::OptionNotAString { question: "need_areas", given: JsonKind::Number },
        answer(Refusal::UnknownQuestion),
        answer(Refusal::WrongType),
        answer(Refusal::NotOffered),
        answer(Refusal::AfterAsOf { date: d("2027-01-01"), as_of: d("2026-11-22") }),
        answer(Refusal::BirthdayOutOfRange { date: d("9990-01-01"), years: 16 }),
        answer(Refusal::WindowOutOfRange { date: d("0001-01-10"), days: 30 }),
        Problem::MonthBelowDay { question: "planned_units_month", month: 4, day: 8 },
        Problem::NotJson { line: 1, column: 7 },
        Problem::NotUtf8,
        Problem::TooDeep(64),
        Problem::TooManyValues(4096),
        Problem::NotJsonData,
        Problem::Unreadable,
        Problem::TooManyItems(256),
        Problem::BinaryData,
        Problem::TooManyKeys(256),
        Problem::TooLong(4096),
        Problem::KeyNotAString,
        Problem::CannotWrite,
        Problem::WrongFieldCount { fields: 2, columns: 14 },
        Problem::RowNotUtf8,
    ];
    for problem in &all {
        match problem {
            Problem::NotAnObject(_)
            | Problem::UnknownField(_)
            | Problem::GivenTwice(_)
            | Problem::ProgramMissing
            | Problem::UnknownProgram(_)
            | Problem::ProgramNotAString(_)
            | Problem::AsOfNotADate(_)
            | Problem::AsOfNotAString(_)
            | Problem::NotOffered { .. }
            | Problem::AnswersNotAnObject(_)
            | Problem::SubjectNotOffered { .. }
            | Problem::NotInForce { .. }
            | Problem::UnknownQuestion { .. }
            | Problem::AnsweredTwice(_)
            | Problem::WrongType { .. }
            | Problem::AnswerNotADate { .. }
            | Problem::CountTooLarge { .. }
            | Problem::NotAWholeNumber { .. }
            | Problem::OptionNotOffered { .. }
            | Problem::OptionNotAString { .. }
            | Problem::Answer { .. }
            | Problem::MonthBelowDay { .. }
            | Problem::NotJson { .. }
            | Problem::NotUtf8
            | Problem::TooDeep(_)
            | Problem::TooManyValues(_)
            | Problem::NotJsonData
            | Problem::Unreadable
            | Problem::TooManyItems(_)
            | Problem::BinaryData
            | Problem::TooManyKeys(_)
            | Problem::TooLong(_)
            | Problem::KeyNotAString
            | Problem::CannotWrite
            | Problem::WrongFieldCount { .. }
            | Problem::RowNotUtf8 => {}
        }
    }
    all
}

/// What a message may name as it is: fields, codes, ids, and what the examples gave.
fn allowed() -> Vec<&'static str> {
    let mut allowed = vec![
        "program",
        "as_of",
        "lang",
        "audience",
        "subject",
        "answers",
        "en",
        "es",
        "staff",
        "family",
        "child",
        "nc",
        "colour",
        "x",
        "fr",
        "dsm5_diagnoses",
    ];
    for p in screener::rules::ALL {
        allowed.push(p.id);
        for q in p.questions {
            allowed.push(q.id);
            allowed.extend(q.options.iter().map(|o| o.id));
        }
    }
    allowed
}

#[test]
fn every_error_message_is_worded_from_the_tables() {
    let allowed = allowed();
    pseudo::set(true);
    for problem in examples() {
        let error = ContractError::invalid_request(problem.clone());
        for lang in Lang::ALL {
            let message = error.message_in(lang);
            let bypassed = pseudo::bypassed(&message, &allowed);
            assert!(bypassed.is_empty(), "{problem:?} ({lang:?}): {bypassed:?} in {message:?}");
        }
    }
    pseudo::set(false);
}

#[test]
fn error_messages_follow_the_requests_language() {
    let request: screener_contract::Json =
        serde_json::from_str(r#"{"program":"nc-pss","lang":"es","answers":{"actt":"yes"}}"#).unwrap();
    let error = screener_contract::parse_request(&request, || d("2026-11-22")).unwrap_err();
    assert_eq!(error.code.code(), "invalid_answer");
    assert_eq!(error.question.as_deref(), Some("actt"));
    assert!(error.message().starts_with("`actt` admite true o false"), "{}", error.message());
    // A language that is not offered leaves the caller's.
    let request: screener_contract::Json = serde_json::from_str(r#"{"program":"nc-pss","lang":"fr"}"#).unwrap();
    let error = screener_contract::parse_request_in(&request, || d("2026-11-22"), Lang::Es).unwrap_err();
    assert_eq!(error.message(), r#"`lang` debe ser "en" o "es", no "fr""#);
}
