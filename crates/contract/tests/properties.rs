// Native only: proptest's random source does not build for wasm32-unknown-unknown.
#![cfg(not(target_arch = "wasm32"))]

//! Property tests of the screening contract's invariants, through the public JSON boundary:
//! - any JSON at all gives a well-formed response or a coded error, never a panic;
//! - answering an unknown question never turns `not_eligible` into anything else;
//! - `requirement` and `limit` answers never change the outcome;
//! - `eligible_from` is exactly the first day the same answers screen as eligible;
//! - `rescreen_on` is exactly the first day after `as_of` the outcome changes, and when there is
//!   none the outcome years later is the same;
//! - the outcome, `missing` and `transitions` agree with the criteria, whatever the language
//!   and the audience.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

use screener::model::{CriterionKind, Program, QuestionType};
use screener::rules;
use screener_contract::{self as contract, Json};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// The request through the contract: the response JSON, or the error JSON.
fn respond(request: &Value) -> Value {
    let json: Json = serde_json::from_value(request.clone()).expect("any serde_json value converts");
    match contract::screen_request(&json, today, screener::model::Lang::En) {
        Ok(s) => serde_json::to_value(s.response()).unwrap(),
        Err(e) => serde_json::to_value(&e).unwrap(),
    }
}

fn date_str(d: NaiveDate) -> String {
    screener::dates::format(d)
}

// ---------------------------------------------------------------------------------------------
// Strategies.

/// Arbitrary JSON, with keys and strings often drawn from the real vocabulary so that deep
/// paths of the validator are reached.
fn arbitrary_json() -> impl Strategy<Value = Value> {
    let mut words: Vec<String> = vec![
        "program".into(),
        "as_of".into(),
        "answers".into(),
        "lang".into(),
        "en".into(),
        "es".into(),
        "audience".into(),
        "staff".into(),
        "family".into(),
        "0000-01-01".into(),
        "9999-12-31".into(),
        "0001-01-10".into(),
        "2026-11-22".into(),
        "2026-02-30".into(),
        "1990-01-01".into(),
    ];
    for p in rules::ALL {
        words.push(p.id.into());
        for q in p.questions {
            words.push(q.id.into());
            words.extend(q.options.iter().map(|o| o.id.to_string()));
        }
    }
    let word = prop::sample::select(words).boxed();
    let string = prop_oneof![word.clone(), any::<String>()];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        (0u64..200).prop_map(|n| json!(n)),
        string.clone().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((string.clone(), inner), 0..8)
                .prop_map(|entries| Value::Object(entries.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// A request with a full program and well-formed answers: the program, the screening date, and
/// per question either nothing (unknown) or a valid value.
fn valid_request() -> impl Strategy<Value = (&'static Program, NaiveDate, Map<String, Value>)> {
    program_and_date().prop_flat_map(|(program, as_of)| (Just(program), Just(as_of), answers_for(program, as_of)))
}

/// Like [`valid_request`], with a second, independent set of answers for the same program.
fn valid_request_and_alternative(
) -> impl Strategy<Value = (&'static Program, NaiveDate, Map<String, Value>, Map<String, Value>)> {
    program_and_date().prop_flat_map(|(program, as_of)| {
        (Just(program), Just(as_of), answers_for(program, as_of), answers_for(program, as_of))
    })
}

fn program_and_date() -> impl Strategy<Value = (&'static Program, NaiveDate)> {
    (0..rules::ALL.len(), 0u64..3000)
        .prop_map(|(p, offset)| (rules::ALL[p], NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + Days::new(offset)))
}

fn answers_for(program: &'static Program, as_of: NaiveDate) -> impl Strategy<Value = Map<String, Value>> {
    let answers: Vec<BoxedStrategy<Option<Value>>> = program
        .questions
        .iter()
        .map(|q| prop::option::of(answer_value(q.kind, q.options.len(), q.not_after_as_of, as_of)).boxed())
        .collect();
    answers.prop_map(move |values| {
        let mut map = Map::new();
        for (q, v) in program.questions.iter().zip(values) {
            if let Some(v) = v {
                map.insert(q.id.to_owned(), v);
            }
        }
        not_below_the_other(program, &mut map);
        map
    })
}

/// A count that cannot be less than another (`Question::not_below`: Missouri's month against its
/// busiest day) is raised to the other when both are given, so that the answers stay valid
/// together; a pair given below is `invalid_answer` (the cases in tests/cases/mo.jsonl).
fn not_below_the_other(program: &Program, answers: &mut Map<String, Value>) {
    for q in program.questions {
        let Some(other) = q.not_below else { continue };
        if let (Some(value), Some(floor)) =
            (answers.get(q.id).and_then(Value::as_u64), answers.get(other).and_then(Value::as_u64))
        {
            if value < floor {
                answers.insert(q.id.to_owned(), json!(floor));
            }
        }
    }
}

fn answer_value(kind: QuestionType, options: usize, not_after: bool, as_of: NaiveDate) -> BoxedStrategy<Value> {
    match kind {
        QuestionType::YesNo => any::<bool>().prop_map(Value::Bool).boxed(),
        QuestionType::Count => prop_oneof![0u64..200, 20u64..110].prop_map(|n| json!(n)).boxed(),
        QuestionType::SingleChoice => (0..options).prop_map(move |i| i).prop_map(move |i| json!(i)).boxed(),
        QuestionType::MultiSelect => prop::collection::vec(0..options, 0..options + 1).prop_map(|v| json!(v)).boxed(),
        QuestionType::Date if not_after => {
            (0u64..40 * 366).prop_map(move |back| json!(date_str(as_of - Days::new(back)))).boxed()
        }
        QuestionType::Date => {
            (0u64..200).prop_map(move |k| json!(date_str(as_of - Days::new(60) + Days::new(k)))).boxed()
        }
    }
}

/// Option indices in generated answers become option ids for the program's questions.
fn with_option_ids(program: &Program, answers: &Map<String, Value>) -> Map<String, Value> {
    answers
        .iter()
        .map(|(id, v)| {
            let q = program.question(id).unwrap();
            let v = match q.kind {
                QuestionType::SingleChoice => json!(q.options[v.as_u64().unwrap() as usize].id),
                QuestionType::MultiSelect => {
                    json!(v
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|i| q.options[i.as_u64().unwrap() as usize].id)
                        .collect::<Vec<_>>())
                }
                _ => v.clone(),
            };
            (id.clone(), v)
        })
        .collect()
}

fn request(program: &Program, as_of: NaiveDate, answers: &Map<String, Value>) -> Value {
    json!({ "program": program.id, "as_of": date_str(as_of), "answers": with_option_ids(program, answers) })
}

/// Questions that only requirement or limit criteria read.
fn non_deciding_questions(program: &Program) -> Vec<&'static str> {
    program
        .questions
        .iter()
        .map(|q| q.id)
        .filter(|id| {
            program
                .criteria
                .iter()
                .all(|c| !c.kind().decides_outcome() || c.test.question_ids().into_iter().all(|r| r != *id))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Well-formedness.

/// Checks everything a response must satisfy on its own; returns the outcome.
fn assert_well_formed(program: &Program, response: &Value) -> String {
    let outcome = response["outcome"].as_str().expect("outcome").to_owned();
    assert_eq!(response["version"], program.version);
    let criteria = response["criteria"].as_array().expect("criteria");
    let ids: Vec<_> = criteria.iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(ids, program.criteria.iter().map(|c| c.id).collect::<Vec<_>>());
    let mut any_fail = false;
    let mut any_unknown = false;
    for (c, rule) in criteria.iter().zip(program.criteria) {
        let status = c["status"].as_str().unwrap();
        assert!(["pass", "fail", "unknown"].contains(&status));
        assert!(!c["reason"].as_str().unwrap().is_empty());
        assert!(!c["reason"].as_str().unwrap().contains('{'), "unfilled placeholder: {}", c["reason"]);
        assert_eq!(c["source"]["quote"], rule.source.quote);
        if rule.kind().decides_outcome() {
            any_fail |= status == "fail";
            any_unknown |= status == "unknown";
        }
    }
    let expected = if any_fail {
        "not_eligible"
    } else if any_unknown {
        "incomplete"
    } else {
        "eligible"
    };
    assert_eq!(outcome, expected);
    let missing = response["missing"].as_array().unwrap();
    assert_eq!(outcome == "incomplete", !missing.is_empty(), "missing is non-empty exactly when incomplete");
    let positions: Vec<_> =
        missing.iter().map(|m| program.question_index(m.as_str().unwrap()).expect("a real question")).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "missing in question order, no repeats");
    if !response["eligible_from"].is_null() {
        assert_eq!(outcome, "not_eligible");
        assert!(!any_unknown);
        assert!(response["eligible_from"].as_str().unwrap() > response["as_of"].as_str().unwrap());
        assert_eq!(response["rescreen_on"], response["eligible_from"], "rescreen_on equals eligible_from when set");
    }
    if !response["rescreen_on"].is_null() {
        // Version 3: not_eligible with every failure date-bound, or eligible inside an open
        // transition window (the day after it closes); never incomplete.
        assert_ne!(outcome, "incomplete");
        if outcome == "eligible" {
            assert!(
                !response["transitions"].as_array().unwrap().is_empty(),
                "eligible with rescreen_on: a window is open"
            );
        }
        assert!(response["rescreen_on"].as_str().unwrap() > response["as_of"].as_str().unwrap());
    }
    // Every date printed is a contract date, years 1 to 9999.
    for date in [&response["as_of"], &response["eligible_from"], &response["rescreen_on"]]
        .into_iter()
        .filter_map(|d| d.as_str())
    {
        assert!(screener::dates::parse(date).is_some(), "{date}");
    }
    for t in response["transitions"].as_array().unwrap() {
        let from = screener::dates::parse(t["from"].as_str().unwrap()).unwrap();
        let until = screener::dates::parse(t["until"].as_str().unwrap()).unwrap();
        assert_eq!(until - from, chrono::Duration::days(29));
        assert!(t["until"].as_str().unwrap() >= response["as_of"].as_str().unwrap());
    }
    outcome
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, .. ProptestConfig::default() })]

    #[test]
    fn any_json_gives_a_response_or_a_coded_error(value in arbitrary_json()) {
        let response = respond(&value);
        if let Some(error) = response.get("error") {
            let code = error["code"].as_str().unwrap();
            prop_assert!(["invalid_request", "unknown_program", "not_in_force", "unknown_question", "invalid_answer"].contains(&code));
            prop_assert!(!error["message"].as_str().unwrap().is_empty());
            prop_assert_eq!(error.get("question").is_some(), code == "unknown_question" || code == "invalid_answer");
        } else {
            let program = rules::find(response["program"].as_str().unwrap()).unwrap();
            assert_well_formed(program, &response);
        }
    }

    #[test]
    fn any_request_shaped_json_gives_a_response_or_a_coded_error(
        p in 0..rules::ALL.len(), answers in prop::collection::vec((any::<prop::sample::Index>(), arbitrary_json()), 0..6)
    ) {
        // Real program and question ids with arbitrary values: the answer validator's paths.
        let program = rules::ALL[p];
        prop_assume!(!program.questions.is_empty());
        let answers: Map<String, Value> = answers.into_iter().map(|(i, v)| (program.questions[i.index(program.questions.len())].id.to_owned(), v)).collect();
        let response = respond(&json!({"program": program.id, "as_of": "2026-11-22", "answers": answers}));
        if let Some(error) = response.get("error") {
            prop_assert_eq!(error["code"].as_str().unwrap(), "invalid_answer");
        } else {
            assert_well_formed(program, &response);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, .. ProptestConfig::default() })]

    #[test]
    fn valid_answers_are_well_formed_and_language_changes_only_words((program, as_of, answers) in valid_request()) {
        let en = respond(&request(program, as_of, &answers));
        prop_assert!(en.get("error").is_none(), "valid answers rejected: {en}");
        assert_well_formed(program, &en);
        for (lang, audience) in [("es", "staff"), ("en", "family"), ("es", "family")] {
            let mut other_request = request(program, as_of, &answers);
            other_request["lang"] = json!(lang);
            other_request["audience"] = json!(audience);
            let other = respond(&other_request);
            for key in ["program", "version", "outcome", "eligible_from", "rescreen_on", "transitions", "missing", "service"] {
                prop_assert_eq!(&en[key], &other[key]);
            }
            for (a, b) in en["criteria"].as_array().unwrap().iter().zip(other["criteria"].as_array().unwrap()) {
                prop_assert_eq!(&a["status"], &b["status"]);
                prop_assert_eq!(&a["source"], &b["source"]);
            }
            prop_assert_eq!(en["next_steps"].as_array().unwrap().len(), other["next_steps"].as_array().unwrap().len());
        }
    }

    #[test]
    fn answering_more_never_rescues_a_not_eligible(
        (program, as_of, answers, alternative) in valid_request_and_alternative(), pick in any::<prop::sample::Index>()
    ) {
        // Answer one question that is unknown now, with the alternative's value for it.
        let candidates: Vec<_> =
            program.questions.iter().filter(|q| !answers.contains_key(q.id) && alternative.contains_key(q.id)).collect();
        prop_assume!(!candidates.is_empty());
        let q = candidates[pick.index(candidates.len())];
        let before = respond(&request(program, as_of, &answers));
        let mut after_answers = answers.clone();
        after_answers.insert(q.id.to_owned(), alternative[q.id].clone());
        not_below_the_other(program, &mut after_answers);
        let after = respond(&request(program, as_of, &after_answers));
        prop_assert!(after.get("error").is_none());
        if before["outcome"] == "not_eligible" {
            prop_assert_eq!(&after["outcome"], "not_eligible");
        }
        if before["outcome"] == "eligible" {
            prop_assert_eq!(&after["outcome"], "eligible", "all decisive criteria were known");
        }
    }

    #[test]
    fn requirement_and_limit_answers_never_change_the_outcome((program, as_of, answers) in valid_request(), flips in any::<u64>()) {
        let before = respond(&request(program, as_of, &answers));
        let mut changed = answers.clone();
        for (i, id) in non_deciding_questions(program).into_iter().enumerate() {
            let q = program.question(id).unwrap();
            // Remove, or set to another value, depending on the bits.
            match (flips >> (2 * i)) & 3 {
                0 => { changed.remove(id); }
                1 if q.kind == QuestionType::YesNo => { changed.insert(id.to_owned(), json!(true)); }
                2 if q.kind == QuestionType::YesNo => { changed.insert(id.to_owned(), json!(false)); }
                1 | 2 if q.kind == QuestionType::Count => { changed.insert(id.to_owned(), json!((flips >> 40) % 500)); }
                _ => {}
            }
        }
        not_below_the_other(program, &mut changed);
        let after = respond(&request(program, as_of, &changed));
        prop_assert!(after.get("error").is_none(), "{}", after);
        for key in ["outcome", "eligible_from", "transitions", "missing"] {
            prop_assert_eq!(&before[key], &after[key], "{} changed", key);
        }
        let decisive = |r: &Value| r["criteria"].as_array().unwrap().iter().zip(program.criteria)
            .filter(|(_, c)| c.kind() != CriterionKind::Requirement && c.kind() != CriterionKind::Limit)
            .map(|(v, _)| v["status"].clone()).collect::<Vec<_>>();
        prop_assert_eq!(decisive(&before), decisive(&after));
    }

    #[test]
    fn eligible_from_is_the_first_eligible_day((program, as_of, answers) in valid_request()) {
        let response = respond(&request(program, as_of, &answers));
        let Some(from) = response["eligible_from"].as_str() else { return Ok(()) };
        let from = screener::dates::parse(from).unwrap();
        let on = respond(&request(program, from, &answers));
        prop_assert_eq!(&on["outcome"], "eligible", "on eligible_from {}: {}", from, on);
        let day_before = respond(&request(program, from - Days::new(1), &answers));
        prop_assert_eq!(&day_before["outcome"], "not_eligible");
    }

    #[test]
    fn rescreen_on_is_the_first_day_the_outcome_changes((program, as_of, answers) in valid_request(), picks in any::<[prop::sample::Index; 3]>()) {
        let response = respond(&request(program, as_of, &answers));
        let outcome = &response["outcome"];
        let outcome_on = |day: NaiveDate| respond(&request(program, day, &answers))["outcome"].clone();
        match response["rescreen_on"].as_str() {
            Some(day) => {
                let day = screener::dates::parse(day).unwrap();
                prop_assert_ne!(&outcome_on(day), outcome, "on rescreen_on {}", day);
                // The days between: the first, the last, and a few others.
                let gap = (day - as_of).num_days();
                let mut between = vec![1, gap - 1];
                between.extend(picks.iter().map(|p| 1 + p.index((gap - 1).max(1) as usize) as i64));
                for offset in between.into_iter().filter(|o| (1..gap).contains(o)) {
                    let d = as_of + Days::new(offset as u64);
                    prop_assert_eq!(&outcome_on(d), outcome, "on {} before rescreen_on {}", d, day);
                }
            }
            None => {
                for years in [1, 3] {
                    let later = as_of + Days::new(365 * years + 1);
                    prop_assert_eq!(&outcome_on(later), outcome, "{} years later", years);
                }
            }
        }
    }
}
