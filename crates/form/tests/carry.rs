// Native only: proptest's random source does not build for wasm32-unknown-unknown.
#![cfg(not(target_arch = "wasm32"))]

//! The person's part of the state, written as text and read back into a widget made from the
//! same host options (`screener_form::carry`), is the state itself, whatever the person did on
//! the guided path or the form; and a text that does not fit is refused, leaving the state as
//! the options made it.

use proptest::prelude::*;

use screener::model::Lang;
use screener::rules;
use screener_form::carry;
use screener_form::guided::{self, Part, Step, Who};
use screener_form::sheet::Control;
use screener_form::state::{parse_option, reduce, Action, WidgetState};

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// A widget as a host page makes it: the options, as text, each applied.
fn from_options(options: &[(&str, &str)]) -> WidgetState {
    let mut state = WidgetState::new(today());
    for (name, value) in options {
        reduce(&mut state, parse_option(name, Some(value)).expect("an option the widget knows"));
    }
    state
}

/// The options of the pages: the standalone page's, a widget fixed to one program, the form.
const HOSTS: [&[(&str, &str)]; 3] = [
    &[("audience", "family"), ("history", "true"), ("idleMinutes", "15")],
    &[("audience", "family"), ("program", "mo-peer-support"), ("lang", "es")],
    &[("audience", "staff"), ("state", "NE")],
];

/// What a person does: the guided path's buttons, its controls (the way its view reads them),
/// the page's own events.
#[derive(Clone, Debug)]
enum Event {
    Path(guided::Action),
    Control { name: String, value: String },
    Root(Action),
}

fn words() -> Vec<String> {
    let mut words: Vec<String> = [
        "yes",
        "no",
        "unknown",
        "",
        "3",
        "12",
        "1999",
        "2026-11-22",
        "abc",
        "a\nb\\c",
        "self",
        "child",
        "caregiver",
        "en",
        "es",
        "family",
        "staff",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    words.extend(rules::states().map(str::to_owned));
    for p in rules::ALL {
        words.push(p.id.into());
        for q in p.questions {
            words.extend(q.options.iter().map(|o| o.id.to_string()));
        }
    }
    words
}

fn names() -> Vec<String> {
    let mut names: Vec<String> =
        ["state", "who", "lang", "audience", "program", "as_of"].iter().map(|s| s.to_string()).collect();
    for p in rules::ALL {
        for q in p.questions {
            names.push(q.id.to_string());
            for part in [Part::Day, Part::Month, Part::Year] {
                names.push(format!("{}-{}", q.id, part.code()));
            }
        }
    }
    names
}

fn event() -> impl Strategy<Value = Event> {
    let buttons = prop::sample::select(vec![
        guided::Action::Start,
        guided::Action::Continue,
        guided::Action::Continue,
        guided::Action::Continue,
        guided::Action::Back,
        guided::Action::AnswerRest,
        guided::Action::SeeResult,
        guided::Action::StartAgain,
        guided::Action::Change(Step::State),
        guided::Action::Whom(Who::Child),
    ]);
    let roots = prop::sample::select(vec![
        Action::Idle,
        Action::PageLeft,
        Action::Copied(true),
        Action::Copied(false),
        Action::StartOver,
        Action::Handoff(true),
    ]);
    prop_oneof![
        4 => buttons.prop_map(Event::Path),
        6 => (prop::sample::select(names()), prop::sample::select(words()))
            .prop_map(|(name, value)| Event::Control { name, value }),
        1 => roots.prop_map(Event::Root),
    ]
}

fn apply(state: &mut WidgetState, event: &Event) {
    match event {
        Event::Path(action) => reduce(state, action.clone()),
        Event::Control { name, value } => {
            let control = Control { name, value, checked: true, bad: false };
            if let Some(input) = guided::action_for(&state.sheet, control) {
                reduce(state, input);
            }
        }
        Event::Root(action) => reduce(state, action.clone()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn the_state_read_back_is_the_state(host in 0..HOSTS.len(), events in prop::collection::vec(event(), 0..40)) {
        let mut state = from_options(HOSTS[host]);
        for event in &events {
            apply(&mut state, event);
        }
        let text = carry::write(&state);
        let mut again = from_options(HOSTS[host]);
        carry::read(&text, &mut again).map_err(|e| TestCaseError::fail(format!("{e:?} in\n{text}")))?;
        prop_assert_eq!(again, state);
    }
}

#[test]
fn a_state_deep_in_the_path_comes_back_whole() {
    let mut state = from_options(HOSTS[0]);
    for event in [
        Event::Path(guided::Action::Start),
        Event::Control { name: "state".into(), value: "MO".into() },
        Event::Path(guided::Action::Continue),
        Event::Control { name: "who".into(), value: "self".into() },
        Event::Path(guided::Action::Continue),
        Event::Control { name: "birth_date-month".into(), value: "5".into() },
        Event::Control { name: "birth_date-day".into(), value: "1".into() },
        Event::Control { name: "birth_date-year".into(), value: "2012".into() },
        Event::Path(guided::Action::Continue),
        Event::Control { name: "lang".into(), value: "es".into() },
    ] {
        apply(&mut state, &event);
    }
    assert_eq!(state.sheet.program.map(|p| p.id), Some("mo-peer-support"));
    assert_eq!(state.sheet.lang, Lang::Es);
    assert!(matches!(state.step(), Step::Question(_)), "{:?}", state.step());
    assert_eq!(state.guided.back.len(), 4, "start, state, who and the first question");
    let text = carry::write(&state);
    assert!(text.contains("date.birth_date.year 2012"), "{text}");
    let mut again = from_options(HOSTS[0]);
    carry::read(&text, &mut again).expect("read back");
    assert_eq!(again, state);
}

#[test]
fn a_text_that_does_not_fit_leaves_the_state_as_the_options_made_it() {
    let mut state = from_options(HOSTS[0]);
    apply(&mut state, &Event::Control { name: "state".into(), value: "NE".into() });
    reduce(&mut state, guided::Action::Start);
    reduce(&mut state, guided::Action::Continue);
    let text = carry::write(&state);
    // A widget fixed to another program, a program this build lacks, lines cut or garbled.
    let fixed = from_options(HOSTS[1]);
    for bad in [
        text.replace("program ", "program nowhere-peer-support"),
        text.replace("lang en", "lang fr"),
        text.lines().filter(|l| !l.starts_with("turn")).collect::<Vec<_>>().join("\n"),
        text.replace("step ", "step question-nothing"),
        format!("{text}noline\n"),
        text.replace("generation 0", "generation -1"),
        text.replace("as_of ", "as_of \\q"),
    ] {
        for host in [from_options(HOSTS[0]), fixed.clone()] {
            let mut into = host.clone();
            assert!(carry::read(&bad, &mut into).is_err(), "read: {bad}");
            assert_eq!(into, host);
        }
    }
}
