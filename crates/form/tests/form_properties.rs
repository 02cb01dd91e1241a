// Native only: proptest's random source does not build for wasm32-unknown-unknown.
#![cfg(not(target_arch = "wasm32"))]

//! Property tests of the widget's pure state (`screener-form`), natively: whatever a
//! person (or a script) does to the controls, in any order and with any values,
//! - the reducer never panics and keeps one raw answer per question of the chosen program;
//! - what the form shows is exactly what the JSON contract answers for the same answers: the
//!   form's screening equals `contract::screen_request` of a request built from the answers it
//!   read (so the widget and `peer-screen` / `screen()` can never disagree);
//! - "Start over" leaves every answer unknown;
//! - the language and the wording change words only: the screening is the same.

use proptest::prelude::*;
use serde_json::{json, Map, Value};

use screener::answers::{Answer, Answers};
use screener::model::{Audience, Lang, QuestionType};
use screener::rules;
use screener_contract::{self as contract, Json};
use screener_form::sheet::{Action as Sheet, Control, Raw, Reply};
use screener_form::state::{reduce, Action, WidgetState};

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// Words a control can carry: real question and option ids, replies, dates (real, impossible,
/// half typed), counts (good and bad), and junk.
fn vocabulary() -> Vec<String> {
    let mut words: Vec<String> = [
        "yes",
        "no",
        "unknown",
        "",
        "fr",
        "XX",
        "2026-11-22",
        "2027-01-31",
        "2026-12-21",
        "2026-12-22",
        "2026-11-21",
        "2010-11-23",
        "2008-02-29",
        "2011-03-02",
        "1990-05-17",
        "2026-02-30",
        "2026-1-1",
        "2014-09-30",
        "0",
        "3",
        "32",
        "33",
        "96",
        "97",
        "-1",
        "2.5",
        "1e3",
        "abc",
        "<b>x</b>",
        // Dates and counts the screening cannot use: year 0000, a window starting before year 1,
        // a 16th birthday after 9999 (with a screening date late in 9999), a count too large.
        "0000-01-01",
        "0001-01-10",
        "9990-01-01",
        "9999-06-01",
        "18446744073709551616",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // The codes the form's own controls take, from where they are defined.
    words.extend(Lang::ALL.iter().map(|l| l.code().to_owned()));
    words.extend(Audience::ALL.iter().map(|a| a.code().to_owned()));
    words.extend(rules::states().map(str::to_owned));
    for p in rules::ALL {
        words.push(p.id.into());
        for q in p.questions {
            words.extend(q.options.iter().map(|o| o.id.to_string()));
        }
    }
    words
}

/// Control names: mostly the questions of the program chosen first, but also the form's own
/// controls and the questions of other programs (a later `program` event may switch to one).
fn names(program: usize) -> Vec<String> {
    let mut names: Vec<String> =
        ["lang", "audience", "state", "program", "as_of", "nonsense"].iter().map(|s| s.to_string()).collect();
    for p in rules::ALL {
        names.extend(p.questions.iter().map(|q| q.id.to_string()));
    }
    for _ in 0..4 {
        names.extend(rules::ALL[program].questions.iter().map(|q| q.id.to_string()));
    }
    names
}

/// One thing done to the form: a control changed, or a button pressed (Start over, or a
/// question's "none of these apply", which the widget's button toggles).
#[derive(Clone, Debug)]
enum Event {
    Control { name: String, value: String, checked: bool, bad: bool },
    StartOver,
    ToggleNone { question: String },
}

fn event(program: usize) -> impl Strategy<Value = Event> {
    let name = prop::sample::select(names(program));
    let value = prop::sample::select(vocabulary());
    prop_oneof![
        8 => (name.clone(), value, any::<bool>(), prop::bool::weighted(0.1))
            .prop_map(|(name, value, checked, bad)| Event::Control { name, value, checked, bad }),
        1 => Just(Event::StartOver),
        1 => name.prop_map(|question| Event::ToggleNone { question }),
    ]
}

/// A program (by index in `rules::ALL`) and what is then done to its form.
fn session(length: usize) -> impl Strategy<Value = (usize, Vec<Event>)> {
    (0..rules::ALL.len()).prop_flat_map(move |p| (Just(p), prop::collection::vec(event(p), 0..length)))
}

/// A form with a program chosen, then the events applied through the form's own readings.
fn form_after(program: usize, events: &[Event]) -> WidgetState {
    let mut state = WidgetState::new(today());
    reduce(&mut state, Sheet::ChooseProgram(rules::ALL[program].id.to_owned()));
    for event in events {
        let action = match event {
            Event::Control { name, value, checked, bad } => {
                state.sheet.action_for(Control { name, value, checked: *checked, bad: *bad }).map(Action::Sheet)
            }
            Event::StartOver => Some(Action::StartOver),
            Event::ToggleNone { question } => {
                match (state.sheet.program.and_then(|p| p.question(question)), state.sheet.raw(question)) {
                    (Some(q), Some(Raw::Chosen { none, .. })) => {
                        Some(Sheet::NoneApply { question: q.id, on: !none }.into())
                    }
                    _ => None,
                }
            }
        };
        if let Some(action) = action {
            reduce(&mut state, action);
        }
        if let Some(program) = state.sheet.program {
            assert_eq!(state.sheet.answers.len(), program.questions.len(), "one raw answer per question");
        }
    }
    state
}

/// The request of SCREENING.md §2 that carries exactly these answers.
fn request_for(answers: &Answers, as_of: &str, lang: &str) -> Value {
    let program = answers.program();
    let mut map = Map::new();
    for q in program.questions {
        let Some(answer) = answers.get(q.id) else { continue };
        let value = match (q.kind, answer) {
            (QuestionType::YesNo, Answer::YesNo(v)) => json!(v),
            (QuestionType::Date, Answer::Date(d)) => json!(screener::dates::format(*d)),
            (QuestionType::MultiSelect, Answer::Chosen(bits)) => Value::Array(
                q.options.iter().enumerate().filter(|(i, _)| bits >> i & 1 == 1).map(|(_, o)| json!(o.id)).collect(),
            ),
            (QuestionType::SingleChoice, Answer::Choice(i)) => json!(q.options[*i].id),
            (QuestionType::Count, Answer::Count(n)) => json!(n),
            (kind, answer) => panic!("{}: {answer:?} does not fit {kind:?}", q.id),
        };
        map.insert(q.id.to_owned(), value);
    }
    json!({ "program": program.id, "as_of": as_of, "lang": lang, "answers": map })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, .. ProptestConfig::default() })]

    #[test]
    fn the_form_screens_exactly_as_the_contract_does((program, events) in session(40)) {
        let state = form_after(program, &events);
        let evaluation = state.evaluate();
        let Some(screened) = evaluation.screened else {
            // No program (the events chose none, or one not in force on the typed date).
            return Ok(());
        };
        let as_of = screener::dates::format(evaluation.as_of);
        let request = request_for(&screened.answers, &as_of, state.sheet.lang.code());
        let json: Json = serde_json::from_value(request.clone()).unwrap();
        let contract = contract::screen_request(&json, today, Lang::En);
        prop_assert!(contract.is_ok(), "the form read answers the contract refuses: {request}: {contract:?}");
        prop_assert_eq!(contract.unwrap().screening, screened.screening);
    }

    #[test]
    fn start_over_leaves_every_answer_unknown((program, events) in session(30)) {
        let mut state = form_after(program, &events);
        let Some(chosen) = state.sheet.program else { return Ok(()) };
        let before = (state.sheet.lang, state.sheet.audience, state.sheet.as_of.clone());
        reduce(&mut state, Action::StartOver);
        prop_assert_eq!(state.sheet.program, Some(chosen), "the program stays");
        let after = (state.sheet.lang, state.sheet.audience, state.sheet.as_of.clone());
        prop_assert_eq!(after, before, "language, wording and date stay");
        for (q, raw) in chosen.questions.iter().zip(&state.sheet.answers) {
            let blank = match raw {
                Raw::YesNo(reply) => *reply == Reply::Unanswered,
                Raw::Chosen { bits, none } => *bits == 0 && !*none,
                Raw::Choice(choice) => choice.is_none(),
                Raw::Text { text, bad } => text.is_empty() && !*bad,
            };
            prop_assert!(blank, "{} still answered: {:?}", q.id, raw);
        }
        if let Some(screened) = state.evaluate().screened {
            for q in chosen.questions {
                prop_assert!(screened.answers.get(q.id).is_none(), "{} known after start over", q.id);
            }
        }
    }

    #[test]
    fn language_and_wording_change_words_only((program, events) in session(30)) {
        let state = form_after(program, &events);
        let screened = state.evaluate().screened;
        for (name, value) in [("lang", "en"), ("lang", "es"), ("audience", "staff"), ("audience", "family")] {
            let mut other = state.clone();
            let action = other.sheet.action_for(Control { name, value, checked: true, bad: false }).unwrap();
            reduce(&mut other, action);
            // Family wording offers admission programs only: with no program chosen yet, it may
            // pick the only one left. A program chosen stays, and then nothing but words change.
            if state.sheet.program.is_some() {
                prop_assert_eq!(other.sheet.program, state.sheet.program);
            }
            if other.sheet.program == state.sheet.program {
                prop_assert_eq!(&other.evaluate().screened, &screened, "{}={}", name, value);
            }
        }
    }
}
