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
use web_sys::{Element, HtmlSelectElement};
use yew::prelude::*;

use screener::model::{Lang, Voice};
use screener::template::render;
use screener_form::guided::Layout;
use screener_form::sheet::Evaluation;
use screener_form::state::{Action, Cleared, Clipboard, WidgetState};

use crate::browser;
use crate::build;
use crate::inbox::{Inbox, Listeners, SharedInbox};
use crate::root::Root;
use crate::view::guided;
use crate::view::help::ExitButton;
use crate::view::Ids;

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
    let ids = Ids { prefix: props.prefix.clone() };
    // What this build shows: until the build that has what the state asks for takes over
    // (`build::use_switch`), a build for families shows the guided path in its own language,
    // and says so (`lang`, `data-layout`, `onLang`).
    let shown_lang = build::shown(voice.lang);

    use_host_calls(&props.listeners, &evaluation, Voice { lang: shown_lang, ..voice });
    build::use_switch(&props.listeners, form, &props.prefix);
    let layout = form.layout();
    let guided = layout == Layout::Guided || !cfg!(feature = "form");
    let layout = if guided { Layout::Guided } else { layout };

    let on_action = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action| dispatcher.dispatch(action))
    };
    guided::use_guided(&root, form, &props.prefix, &on_action);

    let exit = form.shows_exit().then(|| {
        let dispatcher = state.dispatcher();
        let url = form.exit_url().to_owned();
        let on_exit = Callback::from(move |()| {
            dispatcher.dispatch(Action::StartOver);
            browser::exit(&url);
        });
        html! { <ExitButton {voice} {on_exit} /> }
    });
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
    let cleared = cleared.unwrap_or_default();
    // A screening opened from a saved text says so above the form (the form's alone).
    #[cfg(feature = "form")]
    let cleared = html! { <>{cleared}{crate::view::form::opened(voice, form)}</> };
    let (page, live, print) = if guided {
        (guided::view(voice, &ids, &handle, &evaluation, cleared, &root, &on_action), None, Html::default())
    } else {
        one_page_form(voice, &ids, &handle, &evaluation, cleared, &root, &on_action)
    };

    html! {
        // Interactive from its first render: Yew listens as it attaches the elements.
        <div class="pss" lang={shown_lang.code()} ref={root} data-instance={props.prefix.clone()} data-ready="true" data-layout={layout.code()}>
            {exit.unwrap_or_default()}
            {page}
            <p class="pss-sr" aria-live="polite" data-role="live">{live.unwrap_or_default()}</p>
            {print}
        </div>
    }
}

/// The one-page form ([`crate::view::form`]): its grid, its spoken outcome, its printed note.
#[cfg(feature = "form")]
fn one_page_form(
    voice: Voice,
    ids: &Ids,
    handle: &guided::Handle,
    evaluation: &Evaluation,
    cleared: Html,
    root: &NodeRef,
    on_action: &Callback<Action>,
) -> (Html, Option<String>, Html) {
    let form = crate::view::form::view(voice, ids, handle, evaluation, cleared, root, on_action);
    (form.grid, form.live, form.print)
}

/// Without the `form` feature the root shows the guided path in every layout.
#[cfg(not(feature = "form"))]
fn one_page_form(
    voice: Voice,
    ids: &Ids,
    handle: &guided::Handle,
    evaluation: &Evaluation,
    cleared: Html,
    root: &NodeRef,
    on_action: &Callback<Action>,
) -> (Html, Option<String>, Html) {
    (guided::view(voice, ids, handle, evaluation, cleared, root, on_action), None, Html::default())
}

/// Tells the host, after rendering: `onChange` with the response of SCREENING.md §3 (in the
/// widget's voice, dates `YYYY-MM-DD`), or its summary, whenever it changes, only when the host
/// listens (builds with the `api` feature); `onLang` with the language whenever it changes.
#[hook]
fn use_host_calls(listeners: &Rc<Listeners>, evaluation: &Evaluation, voice: Voice) {
    #[cfg(feature = "api")]
    {
        use crate::inbox::Detail;
        use screener_contract::{Response, ResponseSummary};
        let for_host =
            listeners.on_change.as_ref().and_then(|_| Some((evaluation.screened.as_ref()?.screening.clone(), voice)));
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
    #[cfg(not(feature = "api"))]
    let _ = evaluation;
    {
        let listeners = listeners.clone();
        use_effect_with(voice.lang, move |lang: &Lang| {
            Listeners::call(&listeners.on_lang, &JsValue::from_str(lang.code()))
        });
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
