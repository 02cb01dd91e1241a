//! The guided path ([`screener_form::guided`]): one step at a time, over the sheet's answers.
//!
//! - [`view`]: the layout as the root shows it: the language and wording switches, the step (a
//!   `<form>` keyed by its step, so that each step is built afresh), Back, the error summary;
//! - [`use_guided`]: the root's hook for the layout's effects: the focus on each step's heading (or
//!   the error summary), the wording switch keeping the focus when the layout changes, and the
//!   browser's history in step when the host asks ([`history`]);
//! - [`steps`]: the start page, the state and "who" steps, a question;
//! - [`outcome`]: "Check your answers" and the result.
//!
//! The steps are view functions, not components, and the effects one hook of the root: a step is
//! built afresh each time it is shown, so a component's own state and checks would buy nothing
//! but bytes of WebAssembly (about 4 KB brotli for the six components this replaced).
//!
//! The DOM contract agencies' tests read: `data-step` on each step's container (`start`,
//! `state`, `who`, `question` with `data-question`, `check`, `result`), `data-action` on its
//! buttons (`start`, `continue`, `back`, `answer-rest`, `change` with `data-question`,
//! `see-result`, `start-again`, `print`), the controls named as in the one-page form (a question's
//! id; `yes`/`no`/`unknown`; option ids), `state` and `who`, a date's `{id}-day`, `-month` and
//! `-year`.

pub(crate) mod history;
pub(crate) mod outcome;
pub(crate) mod parts;
pub(crate) mod steps;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use screener::model::Voice;
use screener_form::guided::{self, Layout, Step};
use screener_form::sheet::{Control, Evaluation};
use screener_form::state::{Action, Crisis, WidgetState};

use self::parts::{button, needed_words, Ctx};
use super::help::CrisisBlock;
use super::settings::Settings;
use super::{heading, when, Ids};
use crate::browser;

/// The root's state as Yew holds it, passed down as the reducer's handle (an `Rc`, not a copy).
pub(crate) type Handle = UseReducerHandle<crate::root::Root>;

/// The id of the first control of a step's field, where the error summary's link goes.
fn first_control(ids: &Ids, state: &WidgetState, field: &'static str) -> String {
    let program = state.sheet.program;
    match field {
        "state" => ids.of2("state", guided::states(&state.sheet).first().copied().unwrap_or_default()),
        "who" => ids.of2("who", "self"),
        id => match program.and_then(|p| p.question(id)) {
            Some(q) => match q.kind {
                screener::model::QuestionType::YesNo => ids.of2(id, "yes"),
                screener::model::QuestionType::SingleChoice | screener::model::QuestionType::MultiSelect => {
                    ids.of2(id, q.options.first().map_or("", |o| o.id))
                }
                screener::model::QuestionType::Date => ids.of2(id, guided::Part::order(state.sheet.lang)[0].code()),
                screener::model::QuestionType::Count => ids.of(id),
            },
            None => ids.of(id),
        },
    }
}

/// Focuses the element `selector` inside `within`.
fn focus(within: &NodeRef, selector: &str) {
    let target = within.cast::<Element>().and_then(|root| root.query_selector(selector).ok().flatten());
    if let Some(element) = target.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// The guided layout, as the root shows it (the root also calls [`use_guided`]). `root` is the
/// widget's root, `notice` what is said above the step (the answers were cleared, and why).
pub(crate) fn view(
    voice: Voice,
    ids: &Ids,
    handle: &Handle,
    evaluation: &Evaluation,
    notice: Html,
    root: &NodeRef,
    on_action: &Callback<Action>,
) -> Html {
    let state: &WidgetState = &handle.0;
    let step = state.step();
    let level = state.heading_level;
    let on_control = {
        let handle = handle.clone();
        Callback::from(move |e: Event| {
            let Some((name, value, checked, bad)) = browser::read_control(&e) else { return };
            let control = Control { name: &name, value: &value, checked, bad };
            if let Some(input) = guided::action_for(&handle.0.sheet, control) {
                handle.dispatch(input.into());
            }
        })
    };
    let on_input = on_control.reform(Event::from);
    let onsubmit = on_action.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Guided(guided::Action::Continue)
    });
    let on_back = {
        let (on_action, prefix) = (on_action.clone(), ids.prefix.clone());
        let in_history = state.guided.history;
        Callback::from(move |_: MouseEvent| {
            if !(in_history && history::back(&prefix)) {
                on_action.emit(Action::Guided(guided::Action::Back));
            }
        })
    };

    let error = state.guided.error;
    let summary = error.map(|error| {
        let target = first_control(ids, state, error.field);
        let onclick = {
            let (root, target) = (root.clone(), target.clone());
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                focus(&root, &format!("#{target}"));
            })
        };
        let href = format!("#{target}");
        html! {
            <div class="pss-error-summary" role="alert" tabindex="-1" data-role="error-summary" aria-labelledby={ids.of("error-h")}>
                <@{heading(level.saturating_add(1))} id={ids.of("error-h")}>{voice.t(|w| &w.guided.problem)}</@>
                <ul><li><a {href} {onclick}>{voice.say(needed_words(voice.words(), error.needed))}</a></li></ul>
            </div>
        }
    });
    let needed = error.filter(|e| Some(e.field) == field_of(step)).map(|e| e.needed);
    let ctx = Ctx { voice, ids, level, state, evaluation, needed, on_action };
    let body = match step {
        Step::Start => steps::start(&ctx),
        Step::State => steps::place(&ctx, false),
        Step::Who => steps::place(&ctx, true),
        Step::Question(id) => {
            state.sheet.program.and_then(|p| p.question(id)).map(|q| steps::question(&ctx, q)).unwrap_or_default()
        }
        Step::Check => outcome::check(&ctx),
        Step::Result => outcome::results(&ctx),
    };
    let question = match step {
        Step::Question(id) => Some(id),
        _ => None,
    };
    let back = !state.guided.back.is_empty() && step != Step::Start;
    // Help in a crisis: on the start page and the result unless the host turned it off; on
    // every step when the host asked for it always.
    let crisis = match state.crisis {
        Crisis::Off => false,
        Crisis::Always => true,
        Crisis::OnResult => matches!(step, Step::Start | Step::Result),
    };
    html! {
        <div class="pss-guided" onchange={on_control} oninput={on_input}>
            <Settings {voice} />
            <div class="pss-notices" role="status">{notice}</div>
            <form key={step.code()} class="pss-step" data-step={step.kind()} data-question={question}
                autocomplete="off" novalidate=true {onsubmit}>
                {when(back, || button("back", voice.t(|w| &w.guided.back), on_back))}
                {summary.unwrap_or_default()}
                {body}
            </form>
            {when(crisis, || html! { <CrisisBlock {voice} heading={heading(level.saturating_add(1))} /> })}
        </div>
    }
}

/// The guided path's effects, for the root to call on every render (in either layout: hooks are
/// called unconditionally), as one effect after each move (a change of step, turn or layout):
/// - the focus goes to the new step's heading, or to the error summary after a refused Continue
///   (not on the first render: the page's focus is the page's);
/// - after the layout changed (the wording switch turns the guided path into the form, or back),
///   the focus stays on the wording switch, which the other layout builds anew, when it would
///   otherwise fall to the page;
/// - while the host asks (`history`) and the guided path is shown, the step is written to the
///   browser's history, and the browser's Back and Forward restore steps ([`history`]).
#[hook]
pub(crate) fn use_guided(root: &NodeRef, state: &WidgetState, prefix: &AttrValue, on_action: &Callback<Action>) {
    let layout = state.layout();
    let on = state.guided.history && layout == Layout::Guided;
    let target = match (layout, state.guided.error) {
        (Layout::Form, _) => "",
        (_, Some(_)) => "[data-role=error-summary]",
        _ => "[data-role=step-heading]",
    };
    let shown: Rc<RefCell<Option<Layout>>> = use_mut_ref(|| None);
    let replace = use_mut_ref(|| true);
    let (root, prefix, on_action) = (root.clone(), prefix.clone(), on_action.clone());
    use_effect_with((layout, on, state.step().code(), state.guided.turn), move |(layout, on, code, _)| {
        match shown.replace(Some(*layout)) {
            None => {}
            Some(before) if before != *layout => keep_on_switch(&root),
            Some(_) => focus(&root, target),
        }
        // The entry is written with the step, in the same task: a Back pressed at once (automation
        // does that) must find it. (Written after the frame instead, it saved a slow phone about 5
        // ms a step, but a Back in between went two steps.)
        let listener = on.then(|| {
            history::write(&prefix, code, replace.replace(false));
            history::listen(prefix, replace, on_action)
        });
        move || drop(listener)
    });
}

/// Puts the focus back on the wording switch when it fell out of the widget (to the page's body,
/// or nowhere in its shadow root) as the layout changed.
fn keep_on_switch(root: &NodeRef) {
    let Some(element) = root.cast::<Element>() else { return };
    let lost = match element.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        Ok(shadow) => shadow.active_element().is_none(),
        Err(_) => gloo::utils::document().active_element().is_none_or(|a| a == gloo::utils::body().into()),
    };
    if lost {
        focus(root, "input[name=audience]:checked");
    }
}

/// The field a step asks for: `state`, `who` or a question id.
fn field_of(step: Step) -> Option<&'static str> {
    match step {
        Step::State => Some("state"),
        Step::Who => Some("who"),
        Step::Question(id) => Some(id),
        _ => None,
    }
}
