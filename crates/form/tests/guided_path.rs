//! The guided path through the widget's root state (`screener_form::guided` above the sheet,
//! driven by the root's reducer as the widget drives it): one question at a time with progress,
//! an early stop that can be overridden, what each step needs, dates typed as three numbers, for
//! whom the support is, Change and the way back to the check step, the browser's history, the
//! host's options, and the order of the questions.

use chrono::NaiveDate;
use screener::dates;
use screener::engine::Outcome;
use screener::model::{Audience, Citation, Criterion, Document, Service, Test, Verdicts, Words};
use screener::model::{Lang, Program, Question, Serves, Stage, Voice};
use screener::rules;
use screener::sentences::{self, DateStyle};
use screener_form::guided::*;
use screener_form::sheet::{Action as S, Screened};
use screener_form::sheet::{Control, Problem, Raw};
use screener_form::state::{parse_option, reduce, Action as F, WidgetState};

fn d(s: &str) -> NaiveDate {
    dates::parse(s).unwrap()
}

fn family() -> WidgetState {
    let mut s = WidgetState::new(d("2026-11-22"));
    reduce(&mut s, S::SetAudience(Audience::Family));
    s
}

fn act(s: &mut WidgetState, action: Action) {
    reduce(s, F::Guided(action));
}

/// Applies a control as the edge reads it.
fn control(s: &mut WidgetState, name: &str, value: &str) {
    let action = action_for(&s.sheet, Control { name, value, checked: true, bad: false })
        .unwrap_or_else(|| panic!("no action for {name}={value}"));
    reduce(s, action);
}

fn go_on(s: &mut WidgetState) -> Step {
    act(s, Action::Continue);
    s.step()
}

/// From the start to the first question of a state's program.
fn into(state: &str, who: Option<&str>) -> WidgetState {
    let mut s = family();
    act(&mut s, Action::Start);
    assert_eq!(s.step(), Step::State);
    control(&mut s, "state", state);
    go_on(&mut s);
    // Every state asks whom the check is for (SCREENING.md §4.9).
    assert_eq!(s.step(), Step::Who);
    control(&mut s, "who", who.unwrap_or("self"));
    go_on(&mut s);
    s
}

fn family_voice(lang: Lang) -> Voice {
    Voice::new(lang, Audience::Family, screener::model::Subject::Person)
}

fn outcome(s: &WidgetState) -> Outcome {
    s.evaluate().screened.unwrap().screening.outcome
}

#[test]
fn layout_follows_the_audience_unless_the_host_says() {
    let mut s = WidgetState::new(d("2026-11-22"));
    assert_eq!(s.layout(), Layout::Form);
    reduce(&mut s, S::SetAudience(Audience::Family));
    assert_eq!(s.layout(), Layout::Guided);
    reduce(&mut s, parse_option("layout", Some("form")).unwrap());
    assert_eq!(s.layout(), Layout::Form);
    reduce(&mut s, parse_option("layout", Some("guided")).unwrap());
    reduce(&mut s, S::SetAudience(Audience::Staff));
    assert_eq!(s.layout(), Layout::Guided);
    reduce(&mut s, parse_option("layout", Some("")).unwrap());
    assert_eq!(s.layout(), Layout::Form);
    // A widget fixed to a continued-stay review is the staff's form.
    reduce(&mut s, parse_option("layout", Some("guided")).unwrap());
    reduce(&mut s, parse_option("program", Some("nc-pss-continued-stay")).unwrap());
    assert_eq!(s.layout(), Layout::Form);
    assert!(parse_option("layout", Some("wizard")).is_err());

    for (value, on) in
        [(Some(""), true), (Some("true"), true), (Some("on"), true), (None, false), (Some("false"), false)]
    {
        reduce(&mut s, parse_option("history", value).unwrap());
        assert_eq!(s.guided.history, on, "{value:?}");
    }
    assert!(parse_option("history", Some("maybe")).is_err());
}

#[test]
fn a_whole_path_asks_one_question_at_a_time_with_progress() {
    let mut s = into("NC", None);
    assert_eq!(s.sheet.program.map(|p| p.id), Some("nc-pss"));
    assert_eq!(s.step(), Step::Question("dsm5_diagnosis"));
    assert_eq!(progress(&s.sheet, "dsm5_diagnosis"), Some((1, 7)));
    control(&mut s, "dsm5_diagnosis", "yes");
    go_on(&mut s);
    for option in ["recent_crisis", "relationships", "daily_living"] {
        control(&mut s, "need_areas", option);
    }
    go_on(&mut s);
    control(&mut s, "innovations_waiver", "no");
    go_on(&mut s);
    // A follow-up is its own step after a "yes", and counts from then on.
    control(&mut s, "actt", "yes");
    assert_eq!(progress(&s.sheet, "actt"), Some((4, 8)));
    assert_eq!(go_on(&mut s), Step::Question("actt_auth_end"));
    for (part, value) in [("month", "1"), ("day", "31"), ("year", "2027")] {
        control(&mut s, &format!("actt_auth_end-{part}"), value);
    }
    assert_eq!(s.sheet.raw("actt_auth_end"), Some(&Raw::Text { text: "2027-01-31".into(), bad: false }));
    assert_eq!(go_on(&mut s), Step::Question("cst"), "a date-bound failure does not stop the questions");
    control(&mut s, "cst", "no");
    go_on(&mut s);
    control(&mut s, "other_pss_provider", "no");
    assert_eq!(go_on(&mut s), Step::Question("cca_completed"));
    control(&mut s, "cca_completed", "yes");
    assert_eq!(go_on(&mut s), Step::Question("cca_medical_necessity"));
    control(&mut s, "cca_medical_necessity", "yes");
    assert_eq!(go_on(&mut s), Step::Check);
    assert_eq!(s.guided.given(&s.sheet).len(), 9);
    let screened = s.evaluate().screened.unwrap();
    assert!(!s.guided.stopped_early(&s.sheet, &screened.screening));
    assert_eq!(
        sentences::dates_said(&screened.screening, family_voice(Lang::En), DateStyle::Long)[0],
        "From January 2, 2027, you look eligible, if nothing else changes."
    );
    act(&mut s, Action::SeeResult);
    assert_eq!(s.step(), Step::Result);
    assert_eq!(outcome(&s), Outcome::NotEligible);
    // Back walks the steps in reverse.
    act(&mut s, Action::Back);
    assert_eq!(s.step(), Step::Check);
    act(&mut s, Action::Back);
    assert_eq!(s.step(), Step::Question("cca_medical_necessity"));
}

#[test]
fn a_settled_outcome_goes_to_the_check_step_and_the_rest_can_still_be_answered() {
    let mut s = into("NC", None);
    control(&mut s, "dsm5_diagnosis", "no");
    assert_eq!(go_on(&mut s), Step::Check);
    let shown = s.evaluate().screened.unwrap();
    assert_eq!(settled(&shown.screening).map(|f| f.criterion.id), Some("nc.diagnosis"));
    assert!(s.guided.stopped_early(&s.sheet, &shown.screening));
    assert_eq!(s.guided.given(&s.sheet).iter().map(|q| q.id).collect::<Vec<_>>(), ["dsm5_diagnosis"]);
    act(&mut s, Action::AnswerRest);
    assert_eq!(s.step(), Step::Question("need_areas"));
    assert!(!s.guided.stopped_early(&s.sheet, &s.evaluate().screened.unwrap().screening));
    assert_eq!(go_on(&mut s), Step::Question("innovations_waiver"), "none ticked is not sure");
    for q in ["innovations_waiver", "actt", "cst", "other_pss_provider", "cca_completed"] {
        assert_eq!(s.step(), Step::Question(q));
        control(&mut s, q, "unknown");
        go_on(&mut s);
    }
    assert_eq!(s.step(), Step::Check);
    assert_eq!(s.guided.given(&s.sheet).len(), 7);
    assert_eq!(outcome(&s), Outcome::NotEligible);
}

#[test]
fn errors_say_what_a_step_needs() {
    let mut s = family();
    act(&mut s, Action::Start);
    assert_eq!(go_on(&mut s), Step::State);
    assert_eq!(s.guided.error, Some(StepError { field: "state", needed: Needed::State }));
    let mut s = into("MO", None);
    assert_eq!(s.step(), Step::Question("birth_date"));
    control(&mut s, "birth_date-month", "2");
    control(&mut s, "birth_date-day", "30");
    control(&mut s, "birth_date-year", "2010");
    assert_eq!(go_on(&mut s), Step::Question("birth_date"));
    assert_eq!(s.guided.error, Some(StepError { field: "birth_date", needed: Needed::Typed(Problem::NotADate) }));
    control(&mut s, "birth_date-year", "2030");
    control(&mut s, "birth_date-day", "3");
    go_on(&mut s);
    assert_eq!(s.guided.error.map(|e| e.needed), Some(Needed::Typed(Problem::AfterAsOf)));
    // An empty date is "not sure".
    for part in ["day", "month", "year"] {
        control(&mut s, &format!("birth_date-{part}"), "");
    }
    assert_eq!(go_on(&mut s), Step::Question("enrolled_program"));
    assert_eq!(go_on(&mut s), Step::Question("enrolled_program"));
    assert_eq!(s.guided.error.map(|e| e.needed), Some(Needed::Answer));
    control(&mut s, "enrolled_program", "unknown");
    assert!(s.guided.is_unsure(&s.sheet, "enrolled_program"));
    assert_eq!(go_on(&mut s), Step::Question("treatment_team"));
    assert_eq!(go_on(&mut s), Step::Question("treatment_team"), "a yes/no needs an answer");
    control(&mut s, "treatment_team", "unknown");
    assert_eq!(go_on(&mut s), Step::Question("planned_units_day"));
    control(&mut s, "planned_units_day", "2.5");
    go_on(&mut s);
    assert_eq!(s.guided.error.map(|e| e.needed), Some(Needed::Typed(Problem::NotAWholeNumber)));
}

#[test]
fn dates_typed_as_three_numbers() {
    let parts = |d: &str, m: &str, y: &str| [d.to_owned(), m.to_owned(), y.to_owned()];
    assert_eq!(compose(&parts("7", "3", "2010")), Raw::Text { text: "2010-03-07".into(), bad: false });
    assert_eq!(compose(&parts(" 17 ", "11", "2010")), Raw::Text { text: "2010-11-17".into(), bad: false });
    assert_eq!(compose(&parts("", "", "")), Raw::Text { text: String::new(), bad: false });
    for (d, m, y) in [("7", "", "2010"), ("7", "3", "10"), ("x", "3", "2010"), ("123", "3", "2010"), ("7", "3", "+201")]
    {
        assert_eq!(compose(&parts(d, m, y)), Raw::Text { text: String::new(), bad: true }, "{d} {m} {y}");
    }
    // The impossible date reads as a date of the right shape: the form finds it is not one.
    assert_eq!(compose(&parts("30", "2", "2010")), Raw::Text { text: "2010-02-30".into(), bad: false });
    let mut s = into("MO", None);
    reduce(&mut s, S::Text { question: "birth_date", text: "2011-03-02".into(), bad: false });
    assert_eq!(
        s.guided.date_parts(&s.sheet, "birth_date"),
        parts("2", "3", "2011"),
        "typed in the form, shown in three fields"
    );
    control(&mut s, "birth_date-day", "x");
    assert_eq!(s.guided.date_parts(&s.sheet, "birth_date"), parts("x", "3", "2011"), "kept as typed");
    assert_eq!(Part::order(Lang::En), [Part::Month, Part::Day, Part::Year]);
}

#[test]
fn nebraska_asks_who_the_support_is_for() {
    let s = into("NE", Some("caregiver"));
    assert_eq!(s.sheet.program.map(|p| p.id), Some("ne-family-peer-support"));
    assert_eq!(s.step(), Step::Question("caregiver_of_child"));
    let mut s = into("NE", Some("self"));
    assert_eq!(s.sheet.program.map(|p| p.id), Some("ne-peer-support"));
    control(&mut s, "mh_sud_disorder", "yes");
    go_on(&mut s);
    // Changing whom it is for from the check step changes the program and asks again.
    let mut t = s.clone();
    control(&mut t, "active_bh_services", "no");
    assert_eq!(go_on(&mut t), Step::Check);
    act(&mut t, Action::Change(Step::Who));
    assert_eq!(t.guided.who(&t.sheet), Some(Who::Me));
    control(&mut t, "who", "caregiver");
    assert_eq!(go_on(&mut t), Step::Question("caregiver_of_child"));
    assert!(t.guided.given(&t.sheet).is_empty(), "the other program's answers are gone");
    // The same choice returns to the check step, answers kept.
    let mut u = s.clone();
    control(&mut u, "active_bh_services", "no");
    go_on(&mut u);
    act(&mut u, Action::Change(Step::Who));
    assert_eq!(go_on(&mut u), Step::Check);
    assert_eq!(u.guided.given(&u.sheet).len(), 2);
}

#[test]
fn change_returns_to_the_check_step_through_any_new_follow_up() {
    let mut s = into("CT", None);
    for (q, v) in [
        ("waiver_participant", "yes"),
        ("residual_problems", "yes"),
        ("intensive_care_needed", "no"),
        ("act", "no"),
        ("csp", "no"),
        ("residential", "no"),
        ("recovery_plan", "yes"),
    ] {
        assert_eq!(s.step(), Step::Question(q));
        control(&mut s, q, v);
        go_on(&mut s);
    }
    assert_eq!(s.step(), Step::Check);
    assert_eq!(outcome(&s), Outcome::Eligible);
    act(&mut s, Action::Change(Step::Question("recovery_plan")));
    assert_eq!(s.step(), Step::Question("recovery_plan"));
    control(&mut s, "recovery_plan", "no");
    assert_eq!(go_on(&mut s), Step::Check);
    act(&mut s, Action::Change(Step::Question("residential")));
    control(&mut s, "residential", "yes");
    assert_eq!(go_on(&mut s), Step::Question("residential_end"));
    for (part, value) in [("month", "12"), ("day", "4"), ("year", "2026")] {
        control(&mut s, &format!("residential_end-{part}"), value);
    }
    assert_eq!(go_on(&mut s), Step::Check);
    assert_eq!(s.guided.given(&s.sheet).len(), 8);
    assert_eq!(outcome(&s), Outcome::Eligible);
    // A question that is no longer relevant cannot be changed.
    act(&mut s, Action::Change(Step::Question("csp_end")));
    assert_eq!(s.step(), Step::Check);
}

#[test]
fn the_browsers_history_restores_open_steps_only() {
    let mut s = into("MT", None);
    control(&mut s, "mfp_participant", "yes");
    go_on(&mut s);
    assert_eq!(s.step(), Step::Question("recovery_condition"));
    assert_eq!(s.guided.back, [Step::Start, Step::State, Step::Who, Step::Question("mfp_participant")]);
    act(&mut s, Action::Restore("question-mfp_participant".into()));
    assert_eq!(s.step(), Step::Question("mfp_participant"));
    assert_eq!(s.guided.back, [Step::Start, Step::State, Step::Who]);
    // Forward again.
    act(&mut s, Action::Restore("question-recovery_condition".into()));
    assert_eq!(s.step(), Step::Question("recovery_condition"));
    // A stale entry (no check step reached, a question of another program, junk) stays put.
    let turn = s.guided.turn;
    for code in ["result", "question-dsm5_diagnosis", "question-", "nonsense"] {
        act(&mut s, Action::Restore(code.into()));
        assert_eq!(s.step(), Step::Question("recovery_condition"), "{code}");
    }
    assert_ne!(s.guided.turn, turn, "the edge is told to rewrite the entry");
    for step in [Step::Start, Step::State, Step::Who, Step::Question("birth_date"), Step::Check, Step::Result] {
        assert_eq!(Step::parse(&step.code(), rules::find("mo-peer-support")), Some(step));
    }
}

#[test]
fn the_host_can_fix_the_state_or_the_program() {
    let mut s = family();
    reduce(&mut s, parse_option("state", Some("NE")).unwrap());
    act(&mut s, Action::Start);
    assert_eq!(s.step(), Step::Who);
    let mut s = family();
    reduce(&mut s, parse_option("state", Some("MO")).unwrap());
    act(&mut s, Action::Start);
    assert_eq!(s.step(), Step::Who, "the state is fixed; whom the check is for is still asked");
    control(&mut s, "who", "self");
    assert_eq!(go_on(&mut s), Step::Question("birth_date"));
    let mut s = family();
    reduce(&mut s, parse_option("program", Some("ne-family-peer-support")).unwrap());
    act(&mut s, Action::Start);
    assert_eq!(s.step(), Step::Question("caregiver_of_child"));
    assert_eq!(who_can_use(&s.sheet, family_voice(Lang::En)), ["You can use this check if you live in Nebraska."]);
    // Staff wording on the guided path still offers admission programs only.
    let mut s = WidgetState::new(d("2026-11-22"));
    reduce(&mut s, parse_option("layout", Some("guided")).unwrap());
    act(&mut s, Action::Start);
    control(&mut s, "state", "NC");
    go_on(&mut s);
    assert_eq!(s.sheet.program.map(|p| p.id), Some("nc-pss"));
    assert_eq!(states(&s.sheet), ["NC", "NE", "MO", "MT", "CT"]);
    assert_eq!(
        who_can_use(&family().sheet, family_voice(Lang::Es)),
        [
            "Puede usar esta revisión si vive en Carolina del Norte, Nebraska, Misuri, Montana o Connecticut.",
            "Puede hacer la revisión para usted, o para su hijo o hija, niño o adolescente.",
            "En Nebraska, también puede buscar ayuda para usted como madre, padre o persona que cuida a un niño o adolescente."
        ]
    );
}

#[test]
fn start_again_and_clearing_the_answers_go_back_to_the_start() {
    let mut s = into("NE", Some("caregiver"));
    control(&mut s, "caregiver_of_child", "yes");
    go_on(&mut s);
    act(&mut s, Action::StartAgain);
    assert_eq!(s.step(), Step::Start);
    assert_eq!((s.sheet.program, s.sheet.state), (None, None));
    assert!(s.guided.back.is_empty());
    let mut s = into("MT", None);
    control(&mut s, "mfp_participant", "yes");
    reduce(&mut s, F::Idle);
    assert!(s.cleared.is_some());
    assert_eq!(s.step(), Step::Start);
    assert_eq!(s.sheet.program.map(|p| p.id), Some("mt-mfp-peer-support"), "an idle start-over keeps the program");
}

#[test]
fn questions_that_only_shape_next_steps_come_last() {
    const Q: Words = Words::same("?", "?");
    const SAYS: Verdicts = Verdicts { pass: Q, fail: Q };
    const CITE: Citation = Citation { section: "", quote: "" };
    static PROGRAM: Program = Program {
        id: "test",
        state: "NC",
        state_name: Q,
        title: Q,
        stage: Stage::Admission,
        serves: Serves::Person,
        version: "",
        effective_from: None,
        document: Document { file: "", title: "", draft: false },
        questions: &[
            Question::yes_no("plan", Q),
            Question::yes_no("units", Q),
            Question::yes_no("member", Q),
            Question::date("member_end", Q).follows("member"),
        ],
        criteria: &[
            Criterion::requirement("t.plan", CITE, Test::Yes { question: "plan", says: SAYS }, Q),
            Criterion::eligibility("t.member", CITE, Test::Yes { question: "member", says: SAYS }),
        ],
        service: Service::NONE,
        standing_notes: &[],
        ask: Q,
    };
    let ids: Vec<_> = sequence(&PROGRAM).iter().map(|q| q.id).collect();
    assert_eq!(ids, ["member", "member_end", "plan", "units"]);
    for program in rules::ALL {
        assert_eq!(sequence(program).len(), program.questions.len());
    }
}

#[test]
fn every_state_asks_for_whom_and_nebraska_offers_its_caregivers_program() {
    let s = family();
    let with_caregivers: Vec<&str> =
        states(&s.sheet).into_iter().filter(|state| offers_for_caregivers(&s.sheet, state)).collect();
    assert_eq!(with_caregivers, ["NE"], "derived from the rulebooks' `serves`");
    for state in states(&s.sheet) {
        let programs = admissions(&s.sheet, state);
        assert!(programs.iter().any(|p| p.serves == Serves::Person), "{state}: a program for the person");
        let mut t = family();
        act(&mut t, Action::Start);
        control(&mut t, "state", state);
        assert_eq!(go_on(&mut t), Step::Who, "{state} asks whom the check is for");
        let offered = t.guided.whom_offered(&t.sheet);
        let expected: &[Who] =
            if state == "NE" { &[Who::Me, Who::Child, Who::Caregiver] } else { &[Who::Me, Who::Child] };
        assert_eq!(offered, expected, "{state}");
        // Nothing ticked: the step says what it needs.
        assert_eq!(go_on(&mut t), Step::Who);
        assert_eq!(t.guided.error.map(|e| e.needed), Some(Needed::Who));
    }
}

#[test]
fn a_parent_checking_for_a_teen_gets_the_persons_program_about_the_child() {
    use screener::model::Subject;
    for (state, program, first) in
        [("MO", "mo-peer-support", "birth_date"), ("NE", "ne-peer-support", "mh_sud_disorder")]
    {
        let s = into(state, Some("child"));
        assert_eq!(s.sheet.program.map(|p| p.id), Some(program), "{state}");
        assert_eq!(s.sheet.subject, Subject::Child, "{state}");
        assert_eq!(s.sheet.voice().subject, Subject::Child);
        assert_eq!(s.step(), Step::Question(first));
        assert_eq!(s.guided.who(&s.sheet), Some(Who::Child));
    }
    // Back to "for me": the same program, about the person again.
    let mut s = into("MO", Some("child"));
    act(&mut s, Action::Change(Step::Who));
    control(&mut s, "who", "self");
    go_on(&mut s);
    assert_eq!(s.sheet.subject, Subject::Person);
    assert_eq!(s.sheet.program.map(|p| p.id), Some("mo-peer-support"));
    // A host that fixed the caregivers' program asks no "who": its wording is the caregiver's.
    let mut s = family();
    reduce(&mut s, parse_option("program", Some("ne-family-peer-support")).unwrap());
    act(&mut s, Action::Start);
    assert_eq!(s.step(), Step::Question("caregiver_of_child"));
}

#[test]
fn the_shown_screening_writes_dates_out_in_the_pages_language() {
    let mut s = into("MO", None);
    control(&mut s, "birth_date-month", "3");
    control(&mut s, "birth_date-day", "2");
    control(&mut s, "birth_date-year", "2011");
    let screened = s.evaluate().screened.unwrap();
    let age = |x: &Screened| x.screening.findings.iter().find(|f| f.criterion.id == "mo.age").unwrap().clone();
    let reason = |x: &Screened, voice, style| sentences::reason(x.screening.program, &age(x), voice, style);
    assert_eq!(
        reason(&screened, family_voice(Lang::En), DateStyle::Long),
        "You are 15 on November 22, 2026. This service is for people 16 and older. You turn 16 on March 2, 2027."
    );
    assert!(reason(&screened, family_voice(Lang::En), DateStyle::Iso).contains("2027-03-02"));
    let answer =
        sentences::answer_or_not_sure(&screened.answers, "birth_date", family_voice(Lang::Es), DateStyle::Long);
    assert_eq!(answer, "2 de marzo de 2011");
    assert!(reason(&screened, family_voice(Lang::Es), DateStyle::Long).contains("el 2 de marzo de 2027"));
}
