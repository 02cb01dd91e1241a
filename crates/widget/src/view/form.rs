//! The one-page form, as the root shows it: the title, the notices, the settings, picker and
//! questions in a `<form>` whose controls report through one delegated listener, the result, the
//! case file and help in a crisis beside it; with the spoken outcome and the case note as
//! printed, which the root places at its end. Only in builds with the `form` feature (the one
//! for families shows the guided path alone).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use screener::case_note::CaseNote;
use screener::engine::{self, Screening};
use screener::model::{CriterionKind, Voice};
use screener::sentences::{self, DateStyle};
use screener::template::render;
use screener_form::sheet::{Control, Evaluation, Problem};
use screener_form::state::{Action, Crisis, WidgetState};

use super::case_file::{CaseFile, CaseFileAction};
use super::guided::Handle;
use super::help::CrisisBlock;
use super::picker::Picker;
use super::questions::Questions;
use super::result::ResultPanel;
use super::saved::{since_lines, SavedPanel};
use super::settings::Settings;
use super::{heading, problem_text, when, Ids, Notes};
use crate::browser;

/// The parts of the one-page form the root lays out.
pub(crate) struct Form {
    /// The form and the result beside it.
    pub grid: Html,
    /// The outcome, for the polite live region.
    pub live: Option<String>,
    /// The case note as printed.
    pub print: Html,
}

/// The one-page form of `handle`'s state, screened as `evaluation`; `root` is the widget's root,
/// `cleared` what is said above the form (the answers were cleared, and why).
pub(crate) fn view(
    voice: Voice,
    ids: &Ids,
    handle: &Handle,
    evaluation: &Evaluation,
    cleared: Html,
    root: &NodeRef,
    on_action: &Callback<Action>,
) -> Form {
    let form: &WidgetState = &handle.0;
    let style = DateStyle::for_voice(voice);
    let inner = heading(form.heading_level.saturating_add(1));
    // What the form shows, its dates in the reader's style (written out for families,
    // SCREENING.md §7); the host hears the contract's (`YYYY-MM-DD`).
    let screening: Option<Rc<Screening>> = evaluation.screened.as_ref().map(|x| Rc::new(x.screening.clone()));
    // The case note: printed (the print view) and copied (the one-page form's).
    let note: Option<Rc<str>> = evaluation.screened.as_ref().map(|x| {
        CaseNote::new(&x.answers, &x.screening, voice).with_contact(form.contact.lines(voice), voice).text().into()
    });

    let on_control = {
        let handle = handle.clone();
        Callback::from(move |e: Event| {
            let Some((name, value, checked, bad)) = browser::read_control(&e) else { return };
            if let Some(action) = handle.0.sheet.action_for(Control { name: &name, value: &value, checked, bad }) {
                handle.dispatch(Action::Sheet(action));
            }
        })
    };
    let on_input = on_control.reform(Event::from);
    // Leaving a half-typed date or number reports it (the browser fires no input event for it).
    // Only those: leaving a radio or checkbox says nothing new, and a control that is leaving
    // the page (the answers were cleared under it) must not report its old state.
    let on_leave = {
        let on_control = on_control.clone();
        Callback::from(move |e: FocusEvent| {
            let typed = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).is_some_and(|input| {
                input.is_connected() && matches!(input.type_().as_str(), "date" | "number" | "text")
            });
            if typed {
                on_control.emit(e.into());
            }
        })
    };
    let on_focus = {
        let (root, ids) = (root.clone(), ids.clone());
        Callback::from(move |question: &'static str| {
            if let Some(root) = root.cast::<Element>() {
                browser::focus_first_control(&root, &ids.question(question));
            }
        })
    };
    let on_case_file = {
        let dispatcher = handle.dispatcher();
        let note = note.clone();
        let root = root.clone();
        Callback::from(move |action: CaseFileAction| match action {
            CaseFileAction::Print => {
                if let Some(root) = root.cast::<Element>() {
                    browser::print_only(&root);
                }
            }
            CaseFileAction::Copy => {
                if let Some(note) = note.clone() {
                    let dispatcher = dispatcher.clone();
                    yew::platform::spawn_local(async move {
                        dispatcher.dispatch(Action::Copied(browser::copy(&note).await));
                    });
                }
            }
            CaseFileAction::StartOver => dispatcher.dispatch(Action::StartOver),
        })
    };

    let empty: AttrValue = match evaluation.as_of_problem {
        Some(problem @ Problem::NotInForce(_)) => problem_text(voice, problem, form.sheet.today).into(),
        _ => voice.t(|w| &w.form.choose_first).into(),
    };
    let live = screening.as_ref().map(|s| {
        let mut text = String::from(voice.t(|w| &w.result.outcome));
        text.push_str(": ");
        text.push_str(voice.say(sentences::outcome(voice.words(), s.outcome)));
        text
    });
    let crisis_always = form.crisis == Crisis::Always;
    let sheet = &form.sheet;
    let since = match (&form.saved.since, &screening) {
        (Some(since), Some(now)) => since_lines(voice, since, now, sheet.today),
        _ => Vec::new(),
    };
    let review = screening.as_ref().and_then(|_| sheet.review());
    let on_review = {
        let dispatcher = handle.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Action::StartReview))
    };
    let questions = sheet.program.map(|program| {
        html! {
            <Questions voice={voice} ids={ids.clone()} heading={inner} {program} answers={sheet.answers.clone()}
                generation={sheet.generation} notes={question_notes(voice, form, evaluation)} on_action={on_action.clone()} />
        }
    });
    let grid = html! {
        <div class="pss-grid">
            <@{heading(form.heading_level)} class="pss-title" id={ids.of("title")}>{voice.t(|w| &w.form.widget_title)}</@>
            <div class="pss-notices" role="status">{cleared}</div>
            <form class="pss-form" autocomplete="off" onchange={on_control} oninput={on_input} onfocusout={on_leave}
                onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <Settings {voice} />
                <SavedPanel {voice} ids={ids.clone()} panel={form.saved.clone()} on_action={on_action.clone()} />
                <Picker {voice} ids={ids.clone()} states={sheet.states()} state={sheet.state}
                    offered={sheet.has_picker().then(|| sheet.offered())} program={sheet.program}
                    as_of={AttrValue::from(sheet.as_of.clone())}
                    as_of_problem={evaluation.as_of_problem.map(|p| problem_text(voice, p, sheet.today))} />
                {questions.unwrap_or_default()}
            </form>
            <div class="pss-side">
                <ResultPanel {voice} ids={ids.clone()} heading={inner} {screening} {style} {empty} {on_focus}
                    contact={form.contact.clone()} crisis={form.crisis == Crisis::OnResult} {since} {review} {on_review} />
                <CaseFile {voice} ids={ids.clone()} note={note.clone()} status={form.note} on_action={on_case_file} />
                {when(crisis_always, || html! { <CrisisBlock {voice} heading={inner} /> })}
            </div>
        </div>
    };
    // The case note as printed (its words are checked natively, tests/pseudo_locale.rs).
    let print = note.map(|note| html! { <pre class="pss-print" translate="no">{note.to_string()}</pre> });
    Form { grid, live, print: print.unwrap_or_default() }
}

/// What is said above the form when a screening was opened from a saved text: its program and
/// how many answers it filled (nothing otherwise).
pub(crate) fn opened(voice: Voice, form: &WidgetState) -> Html {
    let Some(opened) = form.saved.opened else { return Html::default() };
    let text = render(
        voice.t(|w| &w.form.opened),
        &[("program", voice.text(&opened.program.title)), ("count", &opened.answers.to_string())],
    );
    html! { <p class="pss-notice" data-role="opened"><span class="pss-icon" aria-hidden="true">{"ⓘ"}</span>{text}</p> }
}

/// What is said under each question: its problem, and a planned amount over its cap (the
/// failing limit's own reason) as a warning.
fn question_notes(voice: Voice, form: &WidgetState, evaluation: &Evaluation) -> Vec<(&'static str, Notes)> {
    let Some(program) = form.sheet.program else { return Vec::new() };
    let style = DateStyle::for_voice(voice);
    program
        .questions
        .iter()
        .filter_map(|q| {
            let problem = evaluation.problem(q.id).map(|p| problem_text(voice, p, form.sheet.today));
            let warning = evaluation.screened.as_ref().and_then(|x| {
                x.screening.findings.iter().find_map(|f| {
                    (f.criterion.kind() == CriterionKind::Limit
                        && f.status == engine::Status::Fail
                        && f.criterion.test.question_ids().into_iter().any(|id| id == q.id))
                    .then(|| sentences::reason(program, f, voice, style))
                })
            });
            (problem.is_some() || warning.is_some()).then_some((q.id, Notes { hint: None, problem, warning }))
        })
        .collect()
}
