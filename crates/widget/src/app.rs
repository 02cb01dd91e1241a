//! The root component: holds the widget's state (`screener_form::state`, with its reducer),
//! screens its answers once per render, lays out the components of [`crate::view`], and wires the
//! browser to the state:
//! - the form's controls, named by question id (or `lang`, `audience`, `state`, `program`,
//!   `as_of`), report through one delegated listener, read by `AnswerSheet::action_for`;
//! - buttons report typed actions through callbacks;
//! - effects tell the host (`onChange`, `onLang`) and keep selects on the state's choice.
//!
//! The widget's DOM contract: `data-ready`, `data-instance` and `data-layout` (`form` or
//! `guided`) on the root, ids prefixed per instance, `data-role="live"` for the spoken outcome,
//! the print view last. The root shows one layout (`WidgetState::layout`): the one-page form, or
//! the guided path ([`crate::view::guided`]) over the same state.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use screener::case_note::CaseNote;
use screener::engine::{self, Screening};
use screener::model::{CriterionKind, Lang, Voice};
use screener::sentences::{self, DateStyle};
use screener::template::render;
use screener_contract::{Response, ResponseSummary};
use screener_form::guided::Layout;
use screener_form::sheet::{Control, Evaluation, Problem};
use screener_form::state::{Action, Cleared, Clipboard, Crisis, WidgetState};

use crate::browser;
use crate::inbox::{Detail, Inbox, Listeners, SharedInbox};
use crate::root::Root;
use crate::view::case_file::{CaseFile, CaseFileAction};
use crate::view::guided;
use crate::view::help::{CrisisBlock, ExitButton};
use crate::view::picker::Picker;
use crate::view::questions::Questions;
use crate::view::result::ResultPanel;
use crate::view::saved::{since_lines, SavedPanel};
use crate::view::settings::Settings;
use crate::view::{heading, problem_text, when, Ids, Notes};

#[derive(Properties)]
pub(crate) struct WidgetProps {
    pub init: WidgetState,
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
    let handle = use_reducer_eq(|| Root(props.init.clone()));
    let state = &handle;
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

    let form: &WidgetState = &handle.0;
    // One screening per render: every voice and date style is a rendering of it.
    let evaluation = form.evaluate();
    let voice = form.sheet.voice();
    let style = DateStyle::for_voice(voice);
    let ids = Ids { prefix: props.prefix.clone() };
    let inner = heading(form.heading_level.saturating_add(1));

    use_host_calls(&props.listeners, &evaluation, voice);
    let layout = form.layout();
    let guided = layout == Layout::Guided;

    // What the form shows, its dates in the reader's style (written out for families,
    // SCREENING.md §7); the host hears the contract's (`YYYY-MM-DD`), above.
    let shown: Option<Rc<Screening>> =
        evaluation.screened.as_ref().filter(|_| !guided).map(|x| Rc::new(x.screening.clone()));
    // The case note: printed (the print view) and copied (the one-page form's).
    let note: Option<Rc<str>> = evaluation.screened.as_ref().filter(|_| !guided).map(|x| {
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
        Some(problem @ Problem::NotInForce(_)) => problem_text(voice, problem, form.sheet.today).into(),
        _ => voice.t(|w| &w.form.choose_first).into(),
    };
    let live = screening.as_ref().filter(|_| !guided).map(|s| {
        let mut text = String::from(voice.t(|w| &w.result.outcome));
        text.push_str(": ");
        text.push_str(voice.say(sentences::outcome(voice.words(), s.outcome)));
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
                voice.t(|w| &w.form.cleared_idle),
                &[("minutes", &form.idle_minutes.unwrap_or_default().to_string())],
            ),
            Cleared::PageLeft => voice.t(|w| &w.form.cleared_page_left).to_owned(),
        };
        html! { <p class="pss-notice" data-role="cleared"><span class="pss-icon" aria-hidden="true">{"ⓘ"}</span>{text}</p> }
    });
    let opened = form.saved.opened.map(|opened| {
        let text = render(
            voice.t(|w| &w.form.opened),
            &[("program", voice.text(&opened.program.title)), ("count", &opened.answers.to_string())],
        );
        html! { <p class="pss-notice" data-role="opened"><span class="pss-icon" aria-hidden="true">{"ⓘ"}</span>{text}</p> }
    });
    let cleared = html! { <>{cleared.unwrap_or_default()}{opened.unwrap_or_default()}</> };
    let page = if guided {
        guided::view(voice, &ids, &handle, &evaluation, cleared.clone(), &root, &on_action)
    } else {
        Html::default()
    };
    let sheet = &form.sheet;
    let since = match (&form.saved.since, &screening) {
        (Some(since), Some(now)) => since_lines(voice, since, now, sheet.today),
        _ => Vec::new(),
    };
    let review = screening.as_ref().and_then(|_| sheet.review());
    let on_review = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Action::StartReview))
    };
    let questions = sheet.program.map(|program| {
        html! {
            <Questions voice={voice} ids={ids.clone()} heading={inner} {program} answers={sheet.answers.clone()}
                generation={sheet.generation} notes={question_notes(voice, form, &evaluation)} on_action={on_action.clone()} />
        }
    });

    html! {
        // Interactive from its first render: Yew listens as it attaches the elements.
        <div class="pss" lang={sheet.lang.code()} ref={root} data-instance={props.prefix.clone()} data-ready="true" data-layout={layout.code()}>
            {exit.unwrap_or_default()}
            if guided {
                {page}
            } else {
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
                    <ResultPanel {voice} ids={ids.clone()} heading={inner} screening={screening} {style} {empty} {on_focus}
                        contact={form.contact.clone()} crisis={form.crisis == Crisis::OnResult} {since} {review} {on_review} />
                    <CaseFile {voice} ids={ids.clone()} note={note.clone()} status={form.note} on_action={on_case_file} />
                    {when(crisis_always, || html! { <CrisisBlock {voice} heading={inner} /> })}
                </div>
            </div>
            }
            <p class="pss-sr" aria-live="polite" data-role="live">{live.unwrap_or_default()}</p>
            // The case note as printed (its words are checked natively, tests/pseudo_locale.rs).
            {note.map(|note| html! { <pre class="pss-print" translate="no">{note.to_string()}</pre> }).unwrap_or_default()}
        </div>
    }
}

/// Tells the host, after rendering: `onChange` with the response of SCREENING.md §3 (in the
/// widget's voice, dates `YYYY-MM-DD`), or its summary, whenever it changes, only when the host
/// listens; `onLang` with the language whenever it changes.
#[hook]
fn use_host_calls(listeners: &Rc<Listeners>, evaluation: &Evaluation, voice: Voice) {
    let for_host =
        listeners.on_change.as_ref().and_then(|_| Some((evaluation.screened.as_ref()?.screening.clone(), voice)));
    {
        let listeners = listeners.clone();
        use_effect_with(for_host, move |screened| {
            if let Some((screening, voice)) = screened {
                let written = match listeners.detail {
                    Detail::Full => crate::js::write(&Response { screening, voice: *voice }),
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
        use_effect_with(voice.lang, move |lang: &Lang| {
            Listeners::call(&listeners.on_lang, &JsValue::from_str(lang.code()))
        });
    }
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
