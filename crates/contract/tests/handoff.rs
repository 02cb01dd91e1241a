// Native only: proptest's random source does not build for wasm32-unknown-unknown.
#![cfg(not(target_arch = "wasm32"))]

//! The hand-off code (`screener_contract::handoff`): any program's answers, in any language and
//! subject, read back the same; every case of `tests/cases/` that is a valid request does; a
//! wrong character or two neighbours swapped are always caught by the check character; and any
//! text at all is read or refused, never a panic.

use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::Value;

use screener::answers::{Answer, Answers};
use screener::model::{Lang, Program, QuestionType, Subject};
use screener::{dates, rules};
use screener_contract::handoff::{self, CodeProblem};
use screener_contract::{parse_request, Json};

/// The asked answers, by question: what a code (and a case note's request line) holds.
fn asked(answers: &Answers) -> Vec<(&'static str, Option<Answer>)> {
    let program = answers.program();
    program.questions.iter().map(|q| (q.id, answers.get(q.id).filter(|_| answers.is_asked(q)).cloned())).collect()
}

/// A code read back, as the answers its request holds on `as_of`.
fn read_back(code: &str, as_of: NaiveDate) -> (handoff::Decoded, Answers) {
    let decoded = handoff::decode(code).unwrap_or_else(|e| panic!("{code}: {e:?}"));
    let request = parse_request(&decoded.request(), || as_of).unwrap_or_else(|e| panic!("{code}: {e}"));
    (decoded, request.answers)
}

/// The symbols of a code without its dashes.
fn bare(code: &str) -> String {
    code.chars().filter(|c| *c != '-').collect()
}

#[test]
fn every_valid_case_reads_back_the_same() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/cases");
    let mut checked = 0;
    let mut longest = 0;
    let mut short = 0;
    for entry in std::fs::read_dir(dir).expect("tests/cases") {
        let path = entry.expect("an entry").path();
        let text = std::fs::read_to_string(&path).expect("a case file");
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let case: Value = serde_json::from_str(line).expect("a case");
            let json: Json = serde_json::from_value(case["request"].clone()).expect("JSON");
            let Ok(request) = parse_request(&json, || dates::parse("2026-11-22").expect("a date")) else { continue };
            let subject = request.subject;
            let code = handoff::encode(&request.answers, request.lang, subject);
            longest = longest.max(bare(&code).len());
            short += usize::from(bare(&code).len() <= 20);
            if std::env::var("SHOW_CODES").is_ok() {
                println!("{:3} {code} {}", bare(&code).len(), case["name"]);
            }
            let (decoded, answers) = read_back(&code, request.as_of);
            assert_eq!(decoded.program, request.program, "{code}");
            assert_eq!(decoded.version, dates::parse(request.program.version).expect("a version"));
            assert_eq!((decoded.lang, decoded.subject), (request.lang, subject));
            assert_eq!(asked(&answers), asked(&request.answers), "{}: {code}", case["name"]);
            checked += 1;
        }
    }
    assert!(checked > 300, "only {checked} cases");
    // Short enough to type: nine in ten codes have 20 characters or fewer (without dashes); the
    // longest, 47, answers a count of 2^64 - 1.
    assert!(short * 10 >= checked * 9, "{short} of {checked} codes have 20 characters or fewer");
    assert!(longest <= 48, "a code of {longest} characters");
}

#[test]
fn a_code_is_grouped_by_four_and_read_case_blind_with_spaces() {
    let program = rules::find("nc-pss").expect("nc-pss");
    let as_of = dates::parse("2026-11-22").expect("a date");
    let mut answers = Answers::new(program);
    answers.set("dsm5_diagnosis", Some(Answer::YesNo(true)), as_of).expect("fits");
    answers.set("actt", Some(Answer::YesNo(true)), as_of).expect("fits");
    answers.set("actt_auth_end", Some(Answer::Date(dates::parse("2027-01-31").expect("a date"))), as_of).expect("fits");
    let code = handoff::encode(&answers, Lang::Es, Subject::Person);
    assert!(code.split('-').all(|group| group.len() <= 4 && !group.is_empty()), "{code}");
    assert!(code.chars().all(|c| c == '-' || c.is_ascii_digit() || c.is_ascii_uppercase()), "{code}");
    let typed = bare(&code).to_lowercase().replace('0', "o").replace('1', "l");
    let spaced: String = typed.chars().flat_map(|c| [c, ' ']).collect();
    assert!(handoff::looks_like_code(&spaced));
    let (decoded, back) = read_back(&spaced, as_of);
    assert_eq!(decoded.lang, Lang::Es);
    assert_eq!(asked(&back), asked(&answers));
    let request = decoded.request();
    let Json::Object(fields) = &request else { panic!("an object") };
    let keys: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["program", "lang", "answers"], "no screening date: the day it is read");
}

#[test]
fn texts_that_are_not_codes_say_why() {
    assert!(!handoff::looks_like_code("{\"program\":\"nc-pss\"}"));
    assert!(!handoff::looks_like_code("ABC"));
    assert!(!handoff::looks_like_code("Peer support screening\nScreening date: 2026-11-22"));
    assert!(handoff::looks_like_code("ABCD EFGH-JKMN"));
    assert_eq!(handoff::decode("ABCD-EFGU-JKMN"), Err(CodeProblem::Character('U')));
    assert_eq!(handoff::decode("ABCD-EFGH"), Err(CodeProblem::Check));
    // A valid codeword of another format: all zeros checks, but format 0 is not one.
    assert_eq!(handoff::decode("0000-0000-00"), Err(CodeProblem::Unreadable));
}

/// A program, and answers to some of its questions, set through the core (refused ones left
/// out): any value of each type, dates over the whole range, counts up to 2^64 - 1.
fn answers() -> impl Strategy<Value = (Answers, Lang, Subject, NaiveDate)> {
    let program = prop::sample::select(rules::ALL.to_vec());
    (program, 0usize..3, any::<bool>(), -3000i64..3000).prop_flat_map(|(program, _, child, offset)| {
        let values: Vec<BoxedStrategy<Option<Answer>>> =
            program.questions.iter().map(|q| value(q.kind, q.options.len())).collect();
        let subject =
            if child && program.subjects().contains(&Subject::Child) { Subject::Child } else { Subject::Person };
        let as_of = dates::parse("2026-11-22").expect("a date") + chrono::Duration::days(offset);
        (Just(program), values, prop::sample::select(Lang::ALL.to_vec()), Just(subject), Just(as_of)).prop_map(
            |(program, values, lang, subject, as_of)| (answers_of(program, values, as_of), lang, subject, as_of),
        )
    })
}

fn answers_of(program: &'static Program, values: Vec<Option<Answer>>, as_of: NaiveDate) -> Answers {
    let mut answers = Answers::new(program);
    for (question, value) in program.questions.iter().zip(values) {
        let _ = answers.set(question.id, value, as_of);
    }
    while let Err(problem) = answers.check_together() {
        let _ = answers.set(problem.question, None, as_of);
    }
    answers
}

fn value(kind: QuestionType, options: usize) -> BoxedStrategy<Option<Answer>> {
    let known = match kind {
        QuestionType::YesNo => any::<bool>().prop_map(Answer::YesNo).boxed(),
        QuestionType::Count => prop_oneof![0u64..200, any::<u64>()].prop_map(Answer::Count).boxed(),
        QuestionType::SingleChoice => (0..options.max(1)).prop_map(Answer::Choice).boxed(),
        QuestionType::MultiSelect => (0u32..(1u32 << options.min(31))).prop_map(Answer::Chosen).boxed(),
        QuestionType::Date => (1i32..=3_652_059)
            .prop_map(|days| Answer::Date(NaiveDate::from_num_days_from_ce_opt(days).expect("in range")))
            .boxed(),
    };
    prop::option::weighted(0.8, known).boxed()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, .. ProptestConfig::default() })]

    #[test]
    fn any_answers_read_back_the_same((answers, lang, subject, as_of) in answers()) {
        let code = handoff::encode(&answers, lang, subject);
        let (decoded, back) = read_back(&code, as_of);
        prop_assert_eq!(decoded.program, answers.program());
        prop_assert_eq!((decoded.lang, decoded.subject), (lang, subject));
        prop_assert_eq!(asked(&back), asked(&answers));
    }

    #[test]
    fn a_wrong_character_or_two_swapped_are_caught(
        (answers, lang, subject, _as_of) in answers(),
        at in any::<prop::sample::Index>(),
        by in 1u8..32,
    ) {
        let code = bare(&handoff::encode(&answers, lang, subject));
        const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        let mut symbols: Vec<u8> = code.bytes().collect();
        let i = at.index(symbols.len());
        let value = ALPHABET.iter().position(|a| *a == symbols[i]).expect("a symbol");
        let mut wrong = symbols.clone();
        wrong[i] = ALPHABET[(value + usize::from(by)) % 32];
        let wrong = String::from_utf8(wrong).expect("ASCII");
        prop_assert_eq!(handoff::decode(&wrong), Err(CodeProblem::Check));
        let j = at.index(symbols.len() - 1);
        if symbols[j] != symbols[j + 1] {
            symbols.swap(j, j + 1);
            let swapped = String::from_utf8(symbols).expect("ASCII");
            prop_assert_eq!(handoff::decode(&swapped), Err(CodeProblem::Check));
        }
    }

    #[test]
    fn any_text_is_read_or_refused(text in "[0-9A-Za-z -]{0,60}") {
        if let Ok(decoded) = handoff::decode(&text) {
            // What reads is a request the contract can check (it may refuse it, never panic).
            let _ = parse_request(&decoded.request(), || dates::parse("2026-11-22").expect("a date"));
        }
    }
}
