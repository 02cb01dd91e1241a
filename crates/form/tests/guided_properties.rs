// Native only: proptest's random source does not build for wasm32-unknown-unknown.
#![cfg(not(target_arch = "wasm32"))]

//! Property tests of the guided path (`screener_form::guided`), natively: for any answers to any
//! admission program, given one question at a time through the guided path's own controls (the
//! state and "who" radios, a date typed as month, day and year, "Not sure" of a single choice),
//! with Back and Continue on the way,
//! - the path ends on the result, asking each relevant question once, in a bounded number of
//!   steps;
//! - answering every question (the rest too, after an early stop) gives exactly the screening
//!   the one-page form gives for the same answers typed into its controls (which
//!   `form_properties.rs` holds equal to the JSON contract's);
//! - stopping early never changes the outcome: the result of a path that stopped is not
//!   eligible, as the form's is with every answer, and no later day would change that (a failure
//!   a date lifts does not stop the questions);
//! - the screening the path shows, its dates written out, judges every criterion the same.

use proptest::prelude::*;

use screener::model::{Audience, Lang, Program, Question, QuestionType, Serves, Stage, Subject, Voice};
use screener::rules;
use screener::sentences::{self, DateStyle};
use screener_form::guided::{self, Needed, Step};
use screener_form::sheet::{Action as Sheet, Control, Raw};
use screener_form::state::{reduce, Action, WidgetState};

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// The admission programs: the guided path offers no others.
fn admissions() -> Vec<&'static Program> {
    rules::ALL.iter().copied().filter(|p| p.stage == Stage::Admission).collect()
}

/// One answer, as a person gives it in either layout.
#[derive(Clone, Debug)]
enum Given {
    /// A radio value: `yes`, `no`, `unknown`, or an option id.
    Radio(&'static str),
    /// The option ids ticked; `none` for "none of these apply"; nothing at all is "not sure".
    Ticked { options: Vec<&'static str>, none: bool },
    /// A date as year, month and day typed (perhaps impossible, perhaps empty).
    Date([&'static str; 3]),
    /// A count as typed.
    Typed(&'static str),
}

const DATES: [[&str; 3]; 10] = [
    ["1990", "5", "17"],
    ["2011", "3", "2"],
    ["2010", "11", "22"],
    ["2027", "01", "31"],
    ["2026", "12", "4"],
    ["2026", "12", "22"],
    ["2026", "2", "30"],
    ["2030", "1", "1"],
    ["9990", "1", "1"],
    ["", "", ""],
];
const COUNTS: [&str; 8] = ["0", "8", "32", "33", "120", "2.5", "", "18446744073709551616"];

/// The answer a seed picks for a question.
fn given(q: &'static Question, seed: u32) -> Given {
    let pick = |n: usize| seed as usize % n;
    match q.kind {
        QuestionType::YesNo => Given::Radio(["yes", "no", "unknown", "yes"][pick(4)]),
        QuestionType::SingleChoice => {
            let i = pick(q.options.len() + 1);
            Given::Radio(q.options.get(i).map_or("unknown", |o| o.id))
        }
        QuestionType::MultiSelect => {
            let bits = seed >> 3;
            let options = q.options.iter().enumerate().filter(|(i, _)| bits >> i & 1 == 1).map(|(_, o)| o.id).collect();
            Given::Ticked { options, none: seed.is_multiple_of(8) }
        }
        QuestionType::Date => Given::Date(DATES[pick(DATES.len())]),
        QuestionType::Count => Given::Typed(COUNTS[pick(COUNTS.len())]),
    }
}

fn apply(state: &mut WidgetState, name: &str, value: &str, guided: bool) {
    let control = Control { name, value, checked: true, bad: false };
    let action = if guided {
        guided::action_for(&state.sheet, control).map(Action::from)
    } else {
        state.sheet.action_for(control).map(Action::Sheet)
    };
    if let Some(action) = action {
        reduce(state, action);
    }
}

/// Gives one answer through the controls of either layout.
fn answer(state: &mut WidgetState, q: &'static Question, given: &Given, guided: bool) {
    match given {
        Given::Radio(value) if !guided && q.kind == QuestionType::SingleChoice && *value == "unknown" => {
            apply(state, q.id, "", false)
        }
        Given::Radio(value) => apply(state, q.id, value, guided),
        Given::Ticked { options, none } => {
            for (option, o) in q.options.iter().enumerate() {
                reduce(state, Sheet::Toggle { question: q.id, option, on: options.contains(&o.id) });
            }
            if *none {
                reduce(state, Sheet::NoneApply { question: q.id, on: true });
            }
        }
        Given::Date([year, month, day]) if guided => {
            for (part, value) in [("month", month), ("day", day), ("year", year)] {
                apply(state, &format!("{}-{part}", q.id), value, true);
            }
        }
        Given::Date([year, month, day]) => {
            let text = if year.is_empty() { String::new() } else { format!("{year}-{month:0>2}-{day:0>2}") };
            apply(state, q.id, &text, false);
        }
        Given::Typed(text) => apply(state, q.id, text, guided),
    }
}

/// The one-page form with these answers, in question order (a follow-up after its parent).
fn by_form(program: &'static Program, answers: &[(&'static Question, Given)]) -> WidgetState {
    let mut state = WidgetState::new(today());
    reduce(&mut state, Sheet::ChooseProgram(program.id.to_owned()));
    for (q, given) in answers {
        answer(&mut state, q, given, false);
    }
    state
}

/// The guided path to the result with these answers. `rest`: after an early stop, answer the
/// other questions anyway. `back`: seeds for pressing Back (and Continue again) on the way.
/// Returns the state on the result and the questions asked, in order.
fn by_guided(
    program: &'static Program,
    answers: &[(&'static Question, Given)],
    rest: bool,
    back: &[bool],
) -> (WidgetState, Vec<&'static str>, bool) {
    let mut state = WidgetState::new(today());
    reduce(&mut state, Sheet::SetAudience(Audience::Family));
    let go = |state: &mut WidgetState, action: guided::Action| reduce(state, action);
    go(&mut state, guided::Action::Start);
    let mut asked = Vec::new();
    let mut backed = Vec::new();
    let mut stopped = false;
    for turn in 0..200 {
        match state.step() {
            Step::Start => panic!("back at the start after {turn} steps"),
            Step::State => {
                apply(&mut state, "state", program.state, true);
                go(&mut state, guided::Action::Continue);
            }
            Step::Who => {
                // A program for the person is checked by the person or by a parent for a child:
                // the same answers screen the same either way.
                let who = match program.serves {
                    Serves::Caregiver => "caregiver",
                    Serves::Person if back.first().copied().unwrap_or(false) => "child",
                    Serves::Person => "self",
                };
                apply(&mut state, "who", who, true);
                go(&mut state, guided::Action::Continue);
            }
            Step::Question(id) => {
                let (q, given) = answers.iter().find(|(q, _)| q.id == id).expect("a question of the program");
                if !asked.contains(&id) {
                    asked.push(id);
                }
                answer(&mut state, q, given, true);
                go(&mut state, guided::Action::Continue);
                if let Some(error) = state.guided.error {
                    // A date or number that does not read: the person clears it ("not sure"),
                    // as the form counts it.
                    assert!(matches!(error.needed, Needed::Typed(_)), "{id}: refused {error:?}");
                    let cleared = match given {
                        Given::Date(_) => Given::Date(["", "", ""]),
                        _ => Given::Typed(""),
                    };
                    answer(&mut state, q, &cleared, true);
                    go(&mut state, guided::Action::Continue);
                    assert_eq!(state.guided.error, None, "{id}: an empty field is not sure");
                }
                if back.get(asked.len()).copied().unwrap_or(false) && !backed.contains(&id) {
                    backed.push(id);
                    go(&mut state, guided::Action::Back);
                    assert_eq!(state.step(), Step::Question(id), "Back returns to the question just answered");
                }
            }
            Step::Check => {
                let shown = state.evaluate().screened.expect("a screening on the check step");
                if state.guided.stopped_early(&state.sheet, &shown.screening) {
                    stopped = true;
                    if rest {
                        go(&mut state, guided::Action::AnswerRest);
                        continue;
                    }
                }
                go(&mut state, guided::Action::SeeResult);
            }
            Step::Result => return (state, asked, stopped),
        }
    }
    panic!("the guided path did not reach the result in 200 steps");
}

/// Whether a text holds a date written `YYYY-MM-DD`.
fn has_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_digit());
    (0..b.len()).any(|i| {
        (0..4).all(|k| digit(i + k))
            && b.get(i + 4) == Some(&b'-')
            && digit(i + 5)
            && digit(i + 6)
            && b.get(i + 7) == Some(&b'-')
            && digit(i + 8)
            && digit(i + 9)
    })
}

fn session() -> impl Strategy<Value = (usize, Vec<u32>, Vec<bool>)> {
    (
        0..admissions().len(),
        prop::collection::vec(any::<u32>(), 16),
        prop::collection::vec(prop::bool::weighted(0.15), 16),
    )
}

fn answers_of(program: &'static Program, seeds: &[u32]) -> Vec<(&'static Question, Given)> {
    program.questions.iter().zip(seeds.iter().cycle()).map(|(q, seed)| (q, given(q, *seed))).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 800, .. ProptestConfig::default() })]

    #[test]
    fn the_guided_path_screens_exactly_as_the_form_does((program, seeds, back) in session()) {
        let program = admissions()[program];
        let answers = answers_of(program, &seeds);
        let form = by_form(program, &answers);
        let (guided, asked, _) = by_guided(program, &answers, true, &back);
        prop_assert_eq!(guided.sheet.program, Some(program));
        let relevant: Vec<&str> = guided::questions(&guided.sheet).iter().map(|q| q.id).collect();
        prop_assert_eq!(&asked, &relevant, "each relevant question asked once, in the path's order");
        let by_form = form.evaluate().screened.expect("the form screens");
        let by_path = guided.evaluate().screened.expect("the path screens");
        prop_assert_eq!(&by_path.screening, &by_form.screening);
        // What the path shows: its dates written out, in every family voice.
        for lang in Lang::ALL {
            for subject in Subject::ALL {
                let voice = Voice::new(lang, Audience::Family, subject);
                for reason in sentences::reasons(&by_path.screening, voice, DateStyle::Long) {
                    prop_assert!(!has_iso_date(&reason), "a date left as YYYY-MM-DD: {}", reason);
                }
            }
        }
    }

    #[test]
    fn stopping_early_never_changes_the_outcome((program, seeds, back) in session()) {
        let program = admissions()[program];
        let answers = answers_of(program, &seeds);
        let form = by_form(program, &answers);
        let (guided, asked, stopped) = by_guided(program, &answers, false, &back);
        let by_form = form.evaluate().screened.unwrap().screening;
        let by_path = guided.evaluate().screened.unwrap().screening;
        prop_assert_eq!(by_path.outcome, by_form.outcome);
        if stopped {
            prop_assert_eq!(by_path.outcome, screener::engine::Outcome::NotEligible);
            prop_assert!(asked.len() < guided::questions(&guided.sheet).len());
            let settled = guided::settled(&by_path).unwrap().criterion.id;
            let in_form = by_form.findings.iter().find(|f| f.criterion.id == settled).unwrap();
            prop_assert_eq!(in_form.status, screener::engine::Status::Fail);
            // Nor does it hide a day from which the answers give another outcome.
            prop_assert_eq!(by_form.rescreen_on, None);
        } else {
            prop_assert_eq!(by_path, by_form);
        }
    }
}

#[test]
fn a_date_typed_in_three_fields_is_the_date_the_form_takes() {
    let program = rules::find("mo-peer-support").unwrap();
    let q = program.question("birth_date").unwrap();
    for parts in DATES {
        let answers = vec![(q, Given::Date(parts))];
        let mut guided = WidgetState::new(today());
        reduce(&mut guided, Sheet::ChooseProgram(program.id.to_owned()));
        answer(&mut guided, q, &answers[0].1, true);
        let form = by_form(program, &answers);
        let read = |s: &WidgetState| s.evaluate().screened.unwrap().answers.get("birth_date").cloned();
        assert_eq!(read(&guided), read(&form), "{parts:?}");
        assert_eq!(guided.evaluate().problem("birth_date"), form.evaluate().problem("birth_date"), "{parts:?}");
        let Some(Raw::Text { text, .. }) = form.sheet.raw("birth_date") else { panic!("a date's raw answer is text") };
        if screener::dates::parse(text).is_some() {
            assert_eq!(guided.sheet.raw("birth_date"), form.sheet.raw("birth_date"), "{parts:?}");
        }
    }
}
