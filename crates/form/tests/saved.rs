// Native only: the case files are read from the disk.
#![cfg(not(target_arch = "wasm32"))]

//! "Open a saved screening" through the root's reducer, as the widget dispatches it:
//! - every case of `tests/cases/` that is a valid request, written as a case note in its own
//!   voice, opens (its last line, and the whole note) with the same answers and the same
//!   screening, in the note's language;
//! - the same answers as a family's hand-off code open in staff wording with the same screening;
//! - hostile texts each get their problem, and change nothing else;
//! - an admission's review starts with the answers both programs share;
//! - the hand-off code is shown on the guided path's result only, and goes with Start again,
//!   idle time, leaving the page and any move off the result.

use chrono::NaiveDate;
use serde_json::Value;

use screener::answers::{Answer, Answers};
use screener::case_note::CaseNote;
use screener::engine::{self, Screening};
use screener::model::{Audience, Lang, Subject};
use screener::{dates, rules};
use screener_contract::handoff::{self, CodeProblem};
use screener_contract::{parse_request, Json, Request};
use screener_form::guided::{self, Layout, Step};
use screener_form::saved::{SavedProblem, Source};
use screener_form::sheet::{Action as Sheet, Raw, Reply};
use screener_form::state::{reduce, Action, WidgetState};

/// Every case that is a valid request.
fn requests() -> Vec<(String, Request)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/cases");
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir).expect("tests/cases").map(|e| e.expect("an entry").path()).collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("a case file");
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let case: Value = serde_json::from_str(line).expect("a case");
            let json: Json = serde_json::from_value(case["request"].clone()).expect("JSON");
            if let Ok(request) = parse_request(&json, || dates::parse("2026-11-22").expect("a date")) {
                out.push((case["name"].to_string(), request));
            }
        }
    }
    assert!(out.len() > 300, "only {} valid cases", out.len());
    out
}

/// The asked answers, by question.
fn asked(answers: &Answers) -> Vec<(&'static str, Option<Answer>)> {
    answers
        .program()
        .questions
        .iter()
        .map(|q| (q.id, answers.get(q.id).filter(|_| answers.is_asked(q)).cloned()))
        .collect()
}

/// The form's screening now: its answers and its screening.
fn form_screening(state: &WidgetState) -> (Answers, Screening) {
    let evaluation = state.evaluate();
    assert!(evaluation.problems.is_empty(), "problems: {:?}", evaluation.problems);
    let screened = evaluation.screened.expect("screened");
    (screened.answers, screened.screening)
}

fn staff_form(today: NaiveDate) -> WidgetState {
    let mut state = WidgetState::new(today);
    reduce(&mut state, guided::Action::Layout(Some(Layout::Form)));
    state
}

#[test]
fn every_case_note_opens_with_the_same_answers_and_screening() {
    for (name, request) in requests() {
        let screening = engine::screen(&request.answers, request.as_of);
        let voice = request.voice();
        let note = CaseNote::new(&request.answers, &screening, voice).text();
        let last = note.lines().last().expect("a last line").to_owned();
        for (text, source) in [(last.as_str(), Source::Request), (note.as_str(), Source::Note)] {
            // Opened months later, keeping the saved date: the same screening.
            let mut state = staff_form(request.as_of + chrono::Days::new(90));
            reduce(&mut state, Action::OpenSaved(true));
            reduce(&mut state, Action::ApplySaved { text: text.to_owned(), keep_date: true });
            assert_eq!(state.saved.error, None, "{name}");
            let opened = state.saved.opened.expect("opened");
            assert_eq!((opened.program, opened.source), (request.program, source), "{name}");
            assert!(!state.saved.open, "the field closes once opened");
            let (answers, now) = form_screening(&state);
            assert_eq!(asked(&answers), asked(&request.answers), "{name}");
            assert_eq!(now, screening, "{name}");
            assert_eq!(state.sheet.voice(), voice, "{name}: the note's language and wording");
            let since = state.saved.since.clone().expect("the saved result");
            assert!(!since.differs(&now), "{name}: same date, same rules");
            if source == Source::Note {
                assert_eq!(since.version, dates::parse(request.program.version), "{name}: the note's version line");
            }
        }
    }
}

#[test]
fn a_family_code_opens_in_staff_wording_with_the_same_screening() {
    for (name, request) in requests() {
        let screening = engine::screen(&request.answers, request.as_of);
        let code = handoff::encode(&request.answers, request.lang, request.subject);
        let mut state = staff_form(request.as_of);
        reduce(&mut state, Action::Sheet(Sheet::SetAudience(Audience::Family)));
        reduce(&mut state, Action::ApplySaved { text: code.clone(), keep_date: false });
        assert_eq!(state.saved.error, None, "{name}: {code}");
        assert_eq!(state.sheet.audience, Audience::Staff, "{name}");
        assert_eq!((state.sheet.lang, state.sheet.subject), (request.lang, request.subject), "{name}");
        assert_eq!(state.sheet.as_of, dates::format(request.as_of), "{name}: screened the day it is read");
        let (answers, now) = form_screening(&state);
        assert_eq!(asked(&answers), asked(&request.answers), "{name}: {code}");
        assert_eq!(now, screening, "{name}: {code}");
        assert!(!state.saved.since.expect("the saved result").differs(&now), "{name}");
    }
}

/// The state after answering a few NC questions, for the hostile texts to leave alone.
fn answered() -> WidgetState {
    let mut state = staff_form(dates::parse("2026-11-22").expect("a date"));
    reduce(&mut state, Sheet::ChooseProgram("nc-pss".into()));
    reduce(&mut state, Sheet::YesNo { question: "dsm5_diagnosis", reply: Reply::Yes });
    reduce(&mut state, Sheet::Toggle { question: "need_areas", option: 1, on: true });
    reduce(&mut state, Action::OpenSaved(true));
    state
}

#[test]
fn hostile_texts_each_say_what_is_wrong_and_change_nothing() {
    let for_mo = r#"{"program":"mo-peer-support","answers":{"dsm5_diagnosis":true}}"#;
    type Expected = Box<dyn Fn(&SavedProblem) -> bool>;
    let cases: Vec<(String, Expected)> = vec![
        ("A letter, not a note.\nKind regards".into(), Box::new(|p| *p == SavedProblem::NotARequest)),
        (r#"{"items":[{"sku":"A-1","qty":2}],"total":12.5}"#.into(), Box::new(|p| *p == SavedProblem::NotARequest)),
        ("x".repeat(100 * 1024), Box::new(|p| matches!(p, SavedProblem::TooLong { size } if *size == 100 * 1024))),
        (
            r#"{"program":"tx-pss","answers":{}}"#.into(),
            Box::new(|p| matches!(p, SavedProblem::Request(e) if e.code.code() == "unknown_program")),
        ),
        (for_mo.into(), Box::new(|p| matches!(p, SavedProblem::Request(e) if e.code.code() == "unknown_question"))),
        (
            r#"{"program":"nc-pss","answers":{"dsm5_diagnosis":"yes"}}"#.into(),
            Box::new(|p| matches!(p, SavedProblem::Request(e) if e.code.code() == "invalid_answer")),
        ),
        (
            "{\"program\":\"nc-pss\",".into(),
            Box::new(|p| matches!(p, SavedProblem::Request(e) if e.code.code() == "invalid_request")),
        ),
        ("7ZZZ-ZZZZ-ZZZU".into(), Box::new(|p| *p == SavedProblem::Code(CodeProblem::Character('U')))),
        ("7ZZZ-ZZZZ-ZZZZ".into(), Box::new(|p| *p == SavedProblem::Code(CodeProblem::Check))),
        ("   ".into(), Box::new(|p| *p == SavedProblem::Empty)),
    ];
    for (text, expected) in cases {
        let mut state = answered();
        let before = state.clone();
        reduce(&mut state, Action::ApplySaved { text: text.clone(), keep_date: false });
        let problem = state.saved.error.clone().expect("a problem");
        assert!(expected(&problem), "{:.60}: {problem:?}", text);
        assert!(state.saved.open, "the field stays open to fix the text");
        state.saved.error = None;
        assert_eq!(state, before, "{:.60}: nothing else changed", text);
    }
    // A program the host does not offer here.
    let mut state = answered();
    reduce(&mut state, screener_form::state::parse_option("state", Some("NC")).expect("an option"));
    reduce(&mut state, Action::OpenSaved(true));
    let before = state.clone();
    reduce(&mut state, Action::ApplySaved { text: r#"{"program":"mo-peer-support"}"#.into(), keep_date: false });
    assert_eq!(state.saved.error, Some(SavedProblem::NotOffered { program: "mo-peer-support" }));
    state.saved.error = None;
    assert_eq!(state, before);
}

#[test]
fn a_changed_result_is_said_and_goes_with_the_answers() {
    let line = r#"{"program":"nc-pss","as_of":"2026-11-22","lang":"en","audience":"staff","answers":{"dsm5_diagnosis":true,"need_areas":["recent_crisis","relationships","daily_living"],"innovations_waiver":false,"actt":true,"actt_auth_end":"2027-01-31","cst":false,"other_pss_provider":false,"cca_completed":true,"cca_medical_necessity":true}}"#;
    let mut state = staff_form(dates::parse("2027-01-10").expect("a date"));
    reduce(&mut state, Action::ApplySaved { text: line.into(), keep_date: false });
    assert_eq!(state.sheet.as_of, "2027-01-10", "today");
    let (_, now) = form_screening(&state);
    let since = state.saved.since.clone().expect("the saved result");
    assert!(since.differs(&now), "not eligible until 2027-01-02 then, eligible today");
    reduce(&mut state, Action::StartOver);
    assert_eq!(state.saved.since, None, "gone with the answers");
    // The family's wording is taken only where the layout stays the form.
    let family = line.replace("\"staff\"", "\"family\"");
    let mut auto = WidgetState::new(dates::parse("2027-01-10").expect("a date"));
    reduce(&mut auto, Action::ApplySaved { text: family.clone(), keep_date: false });
    assert_eq!((auto.sheet.audience, auto.layout()), (Audience::Staff, Layout::Form));
    let mut form = staff_form(dates::parse("2027-01-10").expect("a date"));
    reduce(&mut form, Action::ApplySaved { text: family, keep_date: false });
    assert_eq!((form.sheet.audience, form.layout()), (Audience::Family, Layout::Form));
}

#[test]
fn an_admission_starts_its_review_with_the_shared_answers() {
    let mut state = staff_form(dates::parse("2026-11-22").expect("a date"));
    reduce(&mut state, Sheet::ChooseProgram("ne-peer-support".into()));
    for question in ["mh_sud_disorder", "active_bh_services", "functional_deficits", "clinical_assessment"] {
        reduce(&mut state, Sheet::YesNo { question, reply: Reply::Yes });
    }
    reduce(&mut state, Action::StartReview);
    let program = state.sheet.program.expect("a program");
    assert_eq!(program.stage.review_of(), Some("ne-peer-support"));
    for question in ["mh_sud_disorder", "active_bh_services", "functional_deficits"] {
        assert_eq!(state.sheet.raw(question), Some(&Raw::YesNo(Reply::Yes)), "{question}");
    }
    assert_eq!(state.sheet.raw("substantial_benefit"), Some(&Raw::YesNo(Reply::Unanswered)));
    assert!(rules::ALL.iter().any(|p| p.id == program.id));
}

#[test]
fn the_hand_off_code_is_shown_on_the_result_only_and_goes() {
    let family = |state: &mut WidgetState| {
        reduce(state, Sheet::SetAudience(Audience::Family));
        reduce(state, guided::Action::Start);
        reduce(state, guided::Action::Place("NC".into()));
        reduce(state, guided::Action::Continue);
        reduce(state, guided::Action::Whom(guided::Who::Child));
        reduce(state, guided::Action::Continue);
        reduce(state, Sheet::YesNo { question: "dsm5_diagnosis", reply: Reply::Yes });
        reduce(state, guided::Action::Continue);
        // Settled or not, on to the check step and the result.
        for _ in 0..40 {
            if let Step::Question(id) = state.step() {
                match state.sheet.raw(id) {
                    Some(Raw::YesNo(_)) => reduce(state, Sheet::YesNo { question: id, reply: Reply::NotSure }),
                    Some(Raw::Choice(_)) => reduce(state, guided::Action::NotSure(id)),
                    _ => {}
                }
            }
            if matches!(state.step(), Step::Check | Step::Result) {
                break;
            }
            reduce(state, guided::Action::Continue);
        }
        reduce(state, guided::Action::SeeResult);
        assert_eq!(state.step(), Step::Result);
        reduce(state, Action::Handoff(true));
        assert!(state.handoff);
        assert_eq!(state.sheet.voice().subject, Subject::Child);
    };
    let today = dates::parse("2026-11-22").expect("a date");
    for leave in [
        Action::Guided(guided::Action::StartAgain),
        Action::StartOver,
        Action::Idle,
        Action::PageLeft,
        Action::Guided(guided::Action::Back),
        Action::Sheet(Sheet::SetAudience(Audience::Staff)),
    ] {
        let mut state = WidgetState::new(today);
        family(&mut state);
        reduce(&mut state, Sheet::SetLang(Lang::Es));
        assert!(state.handoff, "a change of language keeps it (the code follows)");
        reduce(&mut state, leave.clone());
        assert!(!state.handoff, "{leave:?} hides the code");
    }
    let mut form = WidgetState::new(today);
    reduce(&mut form, Action::Handoff(true));
    assert!(!form.handoff, "not on the staff form");
}
