//! The root component: holds the form's state (`screener::form`, with its reducer), lays out the
//! components of [`crate::view`], and wires the browser to the state:
//! - the form's controls, named by question id (or `lang`, `audience`, `state`, `program`,
//!   `as_of`), report through one delegated listener, read by `FormState::action_for`;
//! - buttons report typed actions through callbacks;
//! - effects tell the host (`onChange`, `onLang`) and keep selects on the state's choice.
//!
//! The widget's DOM contract: `data-ready`, `data-instance` and `data-layout` (`form` or
//! `guided`) on the root, ids prefixed per instance, `data-role="live"` for the spoken outcome,
//! the print view last. The root shows one layout ([`FormState::layout`]): the one-page form, or
//! the guided path ([`crate::view::guided`]) over the same state.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use screener::dates::DateStyle;
use screener::engine::{self, Screening};
use screener::form::{self, Action, Cleared, Clipboard, Control, Crisis, Evaluation, FormState, Problem};
use screener::guided::Layout;
use screener::model::{CriterionKind, Lang};
use screener::summary::{self, Summary};
use screener::template::render;
use screener::words::{form as label, result as words};
use screener_contract::{Response, ResponseSummary};

use crate::browser;
use crate::host::{Detail, Inbox, Listeners, SharedInbox};
use crate::view::case_file::{CaseFile, CaseFileAction};
use crate::view::guided;
use crate::view::help::{CrisisBlock, ExitButton};
use crate::view::picker::Picker;
use crate::view::questions::Questions;
use crate::view::result::ResultPanel;
use crate::view::settings::Settings;
use crate::view::{heading, when, Ids, Notes, Voice};

/// The form's state as Yew holds it: [`form::reduce`] is its reducer.
#[derive(Clone, PartialEq)]
pub(crate) struct Form(FormState);

impl std::ops::Deref for Form {
    type Target = FormState;
    fn deref(&self) -> &FormState {
        &self.0
    }
}

impl Reducible for Form {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut state = Rc::unwrap_or_clone(self);
        form::reduce(&mut state.0, action);
        Rc::new(state)
    }
}

#[derive(Properties)]
pub(crate) struct WidgetProps {
    pub init: FormState,
    /// The per-instance id prefix, e.g. `pss1`.
    pub prefix: AttrValue,
    pub inbox: SharedInbox,
    pub listeners: Rc<Listeners>,
}

/// The root's props never change after mounting (options arrive through the inbox).
impl PartialEq for WidgetProps {
    fn eq(&self, other: &WidgetProps) -> bool {
        Rc::ptr_eq(&self.inbox, &other.inbox)
    }
}

#[function_component]
pub(crate) fn Widget(props: &WidgetProps) -> Html {
    let state = use_reducer_eq(|| Form(props.init.clone()));
    let root = use_node_ref();

    // Once rendered: take the host's options.
    {
        let inbox = props.inbox.clone();
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| Inbox::open(&inbox, Callback::from(move |action| dispatcher.dispatch(action))));
    }
    // While mounted: this widget counts among the page's widgets (it prints alone), and leaving
    // the page clears its answers.
    {
        let root = root.clone();
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let unregister = root.cast::<Element>().map(browser::register);
            let left = browser::on_page_left(move || dispatcher.dispatch(Action::PageLeft));
            move || {
                drop(left);
                if let Some(unregister) = unregister {
                    unregister();
                }
            }
        });
    }
    // The host's idle time: no input for that long clears the answers.
    {
        let root = root.clone();
        let dispatcher = state.dispatcher();
        use_effect_with(state.idle_minutes, move |minutes| {
            let listeners = match (minutes, root.cast::<Element>()) {
                (Some(minutes), Some(root)) => {
                    browser::on_idle(&root, *minutes, move || dispatcher.dispatch(Action::Idle))
                }
                _ => Vec::new(),
            };
            move || drop(listeners)
        });
    }
    // A case note this widget copied goes once its answers are cleared.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.clipboard == Clipboard::ToWipe, move |wipe| {
            if *wipe {
                yew::platform::spawn_local(async move {
                    browser::copy("").await;
                    dispatcher.dispatch(Action::ClipboardWiped);
                });
            }
        });
    }
    // "Exit this page" by keyboard: Shift three times.
    {
        let dispatcher = state.dispatcher();
        let exit = state.shows_exit().then(|| state.exit_url().to_owned());
        use_effect_with(exit, move |exit| {
            let listener = exit.clone().map(|url| {
                browser::on_triple_shift(move || {
                    dispatcher.dispatch(Action::StartOver);
                    browser::exit(&url);
                })
            });
            move || drop(listener)
        });
    }
    // After every render: selects show the state's choice.
    {
        let root = root.clone();
        use_effect(move || {
            if let Some(root) = root.cast::<Element>() {
                sync_selects(&root);
            }
        });
    }

    let form: &FormState = &state;
    let evaluation = form.evaluate();
    let voice = Voice { audience: form.audience, lang: form.lang };
    let ids = Ids { prefix: props.prefix.clone() };
    let inner = heading(form.heading_level.saturating_add(1));

    use_host_calls(&props.listeners, &evaluation, form.lang);
    let layout = form.layout();
    let guided = layout == Layout::Guided;

    // What the form shows: the screening with its dates in the reader's style (written out for
    // families, SCREENING.md §7); the host hears the contract's (`YYYY-MM-DD`), above.
    let shown: Option<Rc<Screening>> = evaluation.screened.as_ref().filter(|_| !guided).map(|x| {
        Rc::new(match summary::date_style(form.audience, form.lang) {
            DateStyle::Iso => x.screening.clone(),
            style => engine::screen_styled(&x.answers, x.screening.as_of, form.audience, form.lang, style),
        })
    });
    // The case note: printed (the print view) and copied (the one-page form's).
    let note: Option<Rc<str>> = evaluation.screened.as_ref().zip(shown.as_ref()).map(|(x, screening)| {
        Summary::new(&x.answers, screening, form.audience, form.lang)
            .with_contact(&form.contact, form.audience, form.lang)
            .text()
            .into()
    });

    let on_control = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let Some((name, value, checked, bad)) = read_control(&e) else { return };
            if let Some(action) = state.action_for(Control { name: &name, value: &value, checked, bad }) {
                state.dispatch(action);
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
    let on_action = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action| dispatcher.dispatch(action))
    };
    guided::use_guided(&root, form, &props.prefix, &on_action);
    let on_focus = {
        let (root, ids) = (root.clone(), ids.clone());
        Callback::from(move |question: &'static str| {
            if let Some(root) = root.cast::<Element>() {
                browser::focus_first_control(&root, &ids.question(question));
            }
        })
    };
    let on_case_file = {
        let dispatcher = state.dispatcher();
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

    let screening = shown;
    let empty: AttrValue = match evaluation.as_of_problem {
        Some(problem @ Problem::NotInForce(_)) => voice.problem(problem, form.today).into(),
        _ => voice.t(&label::CHOOSE_FIRST).into(),
    };
    let live = screening.as_ref().filter(|_| !guided).map(|s| {
        let mut text = String::from(voice.t(&words::OUTCOME));
        text.push_str(": ");
        text.push_str(voice.t(words::outcome_words(s.outcome)));
        text
    });
    let exit = form.shows_exit().then(|| {
        let dispatcher = state.dispatcher();
        let url = form.exit_url().to_owned();
        let on_exit = Callback::from(move |()| {
            dispatcher.dispatch(Action::StartOver);
            browser::exit(&url);
        });
        html! { <ExitButton {voice} {on_exit} /> }
    });
    let crisis_always = form.crisis == Crisis::Always;
    let cleared = form.cleared.map(|why| {
        let text = match why {
            Cleared::Idle => render(
                voice.t(&label::CLEARED_IDLE),
                &[("minutes", &form.idle_minutes.unwrap_or_default().to_string())],
            ),
            Cleared::PageLeft => voice.t(&label::CLEARED_PAGE_LEFT).to_owned(),
        };
        html! { <p class="pss-notice" data-role="cleared"><span class="pss-icon" aria-hidden="true">{"ⓘ"}</span>{text}</p> }
    });
    let cleared = cleared.unwrap_or_default();
    let page =
        if guided { guided::view(voice, &ids, form, cleared.clone(), &root, &on_action) } else { Html::default() };
    let questions = form.program.map(|program| {
        html! {
            <Questions voice={voice} ids={ids.clone()} heading={inner} {program} answers={form.answers.clone()}
                generation={form.generation} notes={question_notes(voice, form, &evaluation)} on_action={on_action.clone()} />
        }
    });

    html! {
        // Interactive from its first render: Yew listens as it attaches the elements.
        <div class="pss" lang={form.lang.code()} ref={root} data-instance={props.prefix.clone()} data-ready="true" data-layout={layout.code()}>
            {exit.unwrap_or_default()}
            if guided {
                {page}
            } else {
            <div class="pss-grid">
                <@{heading(form.heading_level)} class="pss-title" id={ids.of("title")}>{voice.t(&label::WIDGET_TITLE)}</@>
                <div class="pss-notices" role="status">{cleared}</div>
                <form class="pss-form" autocomplete="off" onchange={on_control} oninput={on_input} onfocusout={on_leave}
                    onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <Settings {voice} />
                    <Picker {voice} ids={ids.clone()} states={form.states()} state={form.state}
                        offered={form.has_picker().then(|| form.offered())} program={form.program}
                        as_of={AttrValue::from(form.as_of.clone())}
                        as_of_problem={evaluation.as_of_problem.map(|p| voice.problem(p, form.today))} />
                    {questions.unwrap_or_default()}
                </form>
                <div class="pss-side">
                    <ResultPanel {voice} ids={ids.clone()} heading={inner} screening={screening} {empty} {on_focus}
                        contact={form.contact.clone()} crisis={form.crisis == Crisis::OnResult} />
                    <CaseFile {voice} ids={ids.clone()} note={note.clone()} status={form.note} on_action={on_case_file} />
                    {when(crisis_always, || html! { <CrisisBlock {voice} heading={inner} /> })}
                </div>
            </div>
            }
            <p class="pss-sr" aria-live="polite" data-role="live">{live.unwrap_or_default()}</p>
            {note.map(|note| html! { <pre class="pss-print">{note.to_string()}</pre> }).unwrap_or_default()}
        </div>
    }
}

/// Tells the host, after rendering: `onChange` with the response of SCREENING.md §3 (in the
/// form's wording and language), or its summary, whenever it changes, only when the host
/// listens; `onLang` with the language whenever it changes.
#[hook]
fn use_host_calls(listeners: &Rc<Listeners>, evaluation: &Evaluation, lang: Lang) {
    let for_host = listeners.on_change.as_ref().and_then(|_| Some(evaluation.screened.as_ref()?.screening.clone()));
    {
        let listeners = listeners.clone();
        use_effect_with(for_host, move |screening| {
            if let Some(screening) = screening {
                let written = match listeners.detail {
                    Detail::Full => crate::js::write(&Response(screening)),
                    Detail::Summary => crate::js::write(&ResponseSummary(screening)),
                };
                if let Ok(response) = written {
                    Listeners::call(&listeners.on_change, &response);
                }
            }
        });
    }
    {
        let listeners = listeners.clone();
        use_effect_with(lang, move |lang| Listeners::call(&listeners.on_lang, &JsValue::from_str(lang.code())));
    }
}

/// What is said under each question: its problem, and a planned amount over its cap (the
/// failing limit's own reason) as a warning.
fn question_notes(voice: Voice, form: &FormState, evaluation: &Evaluation) -> Vec<(&'static str, Notes)> {
    let Some(program) = form.program else { return Vec::new() };
    program
        .questions
        .iter()
        .filter_map(|q| {
            let problem = evaluation.problem(q.id).map(|p| voice.problem(p, form.today));
            let warning = evaluation.screened.as_ref().and_then(|x| {
                x.screening.findings.iter().find_map(|f| {
                    (f.criterion.kind() == CriterionKind::Limit
                        && f.status == engine::Status::Fail
                        && f.criterion.test.question_ids().into_iter().any(|id| id == q.id))
                    .then(|| f.reason.clone())
                })
            });
            (problem.is_some() || warning.is_some()).then_some((q.id, Notes { hint: None, problem, warning }))
        })
        .collect()
}

/// A changed control's name, value, whether it is checked (true for all but unchecked radios and
/// checkboxes) and whether the browser could not read what was typed.
pub(crate) fn read_control(e: &Event) -> Option<(String, String, bool, bool)> {
    let target = e.target()?;
    if !target.dyn_ref::<web_sys::Node>().is_some_and(web_sys::Node::is_connected) {
        return None;
    }
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        let checkable = matches!(input.type_().as_str(), "radio" | "checkbox");
        Some((input.name(), input.value(), !checkable || input.checked(), input.validity().bad_input()))
    } else {
        let select = target.dyn_ref::<HtmlSelectElement>()?;
        Some((select.name(), select.value(), true, false))
    }
}

/// Sets each `select[data-value]` to its value: an option's `selected` attribute stops
/// steering a select once the person has used it.
fn sync_selects(root: &Element) {
    let Ok(list) = root.query_selector_all("select[data-value]") else { return };
    for i in 0..list.length() {
        if let Some(select) = list.item(i).and_then(|n| n.dyn_into::<HtmlSelectElement>().ok()) {
            let value = select.get_attribute("data-value").unwrap_or_default();
            if select.value() != value {
                select.set_value(&value);
            }
        }
    }
}
