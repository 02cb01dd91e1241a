//! The widget: one Yew function component that renders a [`FormState`] (picker, questions,
//! result, case-file buttons, print view) and dispatches [`Action`]s to [`form::reduce`].
//!
//! It owns only what the browser does: reading controls, focus, the clipboard, printing, telling
//! the host (`onChange`, `onLang`), and the widget's DOM contract (names, `data-*`, ids prefixed
//! per instance). Every decision is the pure core's: `crate::form`, `crate::engine`,
//! `crate::summary`. Text is only ever rendered as text (Yew escapes it); nothing here sets HTML.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use screener::dates;
use screener::engine::{self, Outcome, Screening, Status};
use screener::form::{self, Action, Control, Evaluation, FormState, Note, Problem, Raw, Reply};
use screener::model::{Audience, CriterionKind, Lang, Program, Question, QuestionType, Words};
use screener::rules;
use screener::summary::{self as s, Summary};
use screener::template::render;
use screener::words::form as l;
use screener::words::result as r;
use screener_contract::Response;

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

/// Where the mount handle's options go: the widget's dispatcher once it has rendered, and the
/// actions that arrived before.
#[derive(Default)]
pub(crate) struct Inbox {
    dispatch: Option<Callback<Action>>,
    pending: Vec<Action>,
}

pub(crate) type SharedInbox = Rc<RefCell<Inbox>>;

/// Sends an action to the widget, or keeps it until the widget has rendered.
pub(crate) fn send(inbox: &SharedInbox, action: Action) {
    let dispatch = match inbox.try_borrow_mut() {
        Ok(mut inbox) => match &inbox.dispatch {
            Some(dispatch) => dispatch.clone(),
            None => return inbox.pending.push(action),
        },
        Err(_) => return,
    };
    dispatch.emit(action);
}

#[derive(Properties)]
pub(crate) struct Props {
    pub init: FormState,
    /// The per-instance id prefix, e.g. `pss1`.
    pub prefix: AttrValue,
    pub inbox: SharedInbox,
    pub on_change: Option<Function>,
    pub on_lang: Option<Function>,
}

/// The root's props never change after mounting (options arrive through the inbox).
impl PartialEq for Props {
    fn eq(&self, other: &Props) -> bool {
        Rc::ptr_eq(&self.inbox, &other.inbox)
    }
}

#[function_component]
pub(crate) fn Widget(props: &Props) -> Html {
    let state = use_reducer_eq(|| Form(props.init.clone()));
    let root = use_node_ref();
    let note_ref = use_node_ref();

    // Once rendered: take the host's options, and say so.
    {
        let inbox = props.inbox.clone();
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let send = Callback::from(move |action| dispatcher.dispatch(action));
            let pending = match inbox.try_borrow_mut() {
                Ok(mut inbox) => {
                    inbox.dispatch = Some(send.clone());
                    std::mem::take(&mut inbox.pending)
                }
                Err(_) => Vec::new(),
            };
            for action in pending {
                send.emit(action);
            }
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

    let st: &FormState = &state;
    let evaluation = st.evaluate();

    // Tell the host: the response of SCREENING.md §3 (staff wording, the form's language).
    let for_host = props.on_change.as_ref().and_then(|_| {
        let x = evaluation.screened.as_ref()?;
        Some(match st.audience {
            Audience::Staff => x.screening.clone(),
            Audience::Family => engine::screen(&x.answers, x.screening.as_of, Audience::Staff, st.lang),
        })
    });
    {
        let on_change = props.on_change.clone();
        use_effect_with(for_host, move |screening| {
            if let (Some(callback), Some(screening)) = (on_change, screening) {
                if let Ok(response) = crate::js::to_js(&Response(screening)) {
                    let _ = callback.call1(&JsValue::NULL, &response);
                }
            }
        });
    }
    {
        let on_lang = props.on_lang.clone();
        use_effect_with(st.lang, move |lang| {
            if let Some(callback) = on_lang {
                let _ = callback.call1(&JsValue::NULL, &JsValue::from_str(lang.code()));
            }
        });
    }
    // Copying by hand: the note is selected, ready for Ctrl+C.
    {
        let note_ref = note_ref.clone();
        use_effect_with(st.note, move |note| {
            if *note == Note::Manual {
                if let Some(area) = note_ref.cast::<HtmlTextAreaElement>() {
                    let _ = area.focus();
                    area.select();
                }
            }
        });
    }

    // The case note: printed (the print view) and copied.
    let note: Option<Rc<str>> = evaluation
        .screened
        .as_ref()
        .map(|x| Summary::new(&x.answers, &x.screening, st.audience, st.lang).text().into());

    // Every control reports to the form; every button to the root.
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
    let on_leave = on_control.reform(Event::from);
    let on_click = {
        let state = state.clone();
        let root = root.clone();
        let prefix = props.prefix.clone();
        let note = note.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(button) = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest("button[data-action]").ok().flatten())
            else {
                return;
            };
            let action = button.get_attribute("data-action").unwrap_or_default();
            let question = button.get_attribute("data-question").unwrap_or_default();
            match action.as_str() {
                "print" => {
                    if let Some(window) = web_sys::window() {
                        let _ = window.print();
                    }
                }
                "copy" => {
                    if let Some(note) = &note {
                        let dispatcher = state.dispatcher();
                        copy_text(note, Callback::from(move |ok| dispatcher.dispatch(Action::Copied(ok))));
                    }
                }
                "focus" => focus(&root, &prefix, &question),
                _ => {
                    if let Some(action) = state.action_for_button(&action, &question) {
                        state.dispatch(action);
                    }
                }
            }
        })
    };

    let v = View {
        s: st,
        e: &evaluation,
        p: &props.prefix,
        top: tag(st.heading_level),
        inner: tag(st.heading_level.saturating_add(1)),
    };
    let live = match &evaluation.screened {
        Some(x) => {
            let mut text = String::from(v.t(&r::OUTCOME));
            text.push_str(": ");
            text.push_str(v.t(r::outcome_words(x.screening.outcome)));
            text
        }
        None => String::new(),
    };

    html! {
        // Interactive from its first render: Yew listens as it attaches the elements.
        <div class="pss" lang={st.lang.code()} ref={root} data-instance={props.prefix.clone()} data-ready="true" onclick={on_click}>
            <div class="pss-grid">
                <@{v.top} class="pss-title" id={v.id("title")}>{v.t(&l::WIDGET_TITLE)}</@>
                <form class="pss-form" autocomplete="off" onchange={on_control} oninput={on_input} onfocusout={on_leave}
                    onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    {settings(&v)}
                    {picker(&v)}
                    {questions(&v)}
                </form>
                <div class="pss-side">
                    {result(&v)}
                    {actions(&v, note.as_deref(), note_ref)}
                </div>
            </div>
            <p class="pss-sr" aria-live="polite" data-role="live">{live}</p>
            {note.map(|note| html! { <pre class="pss-print">{note.to_string()}</pre> }).unwrap_or_default()}
        </div>
    }
}

/// What the view functions share.
struct View<'a> {
    s: &'a FormState,
    e: &'a Evaluation,
    p: &'a str,
    /// The widget's top heading tag, and the tag of its inner headings.
    top: &'static str,
    inner: &'static str,
}

impl View<'_> {
    fn t(&self, words: &Words) -> &'static str {
        words.get(self.s.audience, self.s.lang)
    }

    /// What is wrong with a typed value (or the screening date), in the current words.
    fn problem(&self, problem: Problem) -> String {
        let dated = |words: &Words, date| render(self.t(words), &[("date", &dates::format(date))]);
        match problem {
            Problem::NotADate => self.t(&l::NOT_A_DATE).to_owned(),
            Problem::NotAWholeNumber => self.t(&l::NOT_A_NUMBER).to_owned(),
            Problem::TooLarge => self.t(&l::TOO_LARGE).to_owned(),
            Problem::AfterAsOf => self.t(&l::AFTER_AS_OF).to_owned(),
            Problem::OutOfRange => self.t(&l::OUT_OF_RANGE).to_owned(),
            Problem::Missing => dated(&l::NO_AS_OF, self.s.today),
            Problem::NotInForce(date) => dated(&l::NOT_IN_FORCE, date),
        }
    }

    /// An id of this instance: `{prefix}-{a}`.
    fn id(&self, a: &str) -> String {
        self.id2(a, "")
    }

    /// `{prefix}-{a}-{b}` (or `{prefix}-{a}` when `b` is empty).
    fn id2(&self, a: &str, b: &str) -> String {
        id(self.p, a, b)
    }
}

fn id(prefix: &str, a: &str, b: &str) -> String {
    let mut id = String::with_capacity(prefix.len() + a.len() + b.len() + 2);
    id.push_str(prefix);
    id.push('-');
    id.push_str(a);
    if !b.is_empty() {
        id.push('-');
        id.push_str(b);
    }
    id
}

fn tag(level: u8) -> &'static str {
    ["h1", "h2", "h3", "h4", "h5", "h6"][usize::from(level.clamp(1, 6) - 1)]
}

/// A changed control's name, value, whether it is checked (true for all but unchecked radios and
/// checkboxes) and whether the browser could not read what was typed.
fn read_control(e: &Event) -> Option<(String, String, bool, bool)> {
    let target = e.target()?;
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

/// Focuses the first control of a question.
fn focus(root: &NodeRef, prefix: &str, question: &str) {
    let block = id(prefix, "q", question);
    let mut selector = String::from("#");
    selector.push_str(&block);
    selector.push_str(" :is(input,select)");
    if let Some(element) = root
        .cast::<Element>()
        .and_then(|root| root.query_selector(&selector).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Language and audience switches: radio groups named `lang` and `audience`.
fn settings(v: &View) -> Html {
    let st = v.s;
    let radio = |name: &'static str, value: &'static str, label: &'static str, checked: bool| {
        // Language names are written in their own language.
        let lang = (name == "lang").then_some(value);
        html! {
            <label class="pss-option" {lang}>
                <input type="radio" {name} {value} {checked} />
                <span>{label}</span>
            </label>
        }
    };
    html! {
        <div class="pss-bar">
            <fieldset class="pss-switch">
                <legend>{v.t(&l::LANGUAGE)}</legend>
                {radio("lang", "en", "English", st.lang == Lang::En)}
                {radio("lang", "es", "Español", st.lang == Lang::Es)}
            </fieldset>
            <fieldset class="pss-switch">
                <legend>{v.t(&l::AUDIENCE)}</legend>
                {radio("audience", "staff", v.t(&l::STAFF), st.audience == Audience::Staff)}
                {radio("audience", "family", v.t(&l::FAMILY), st.audience == Audience::Family)}
            </fieldset>
        </div>
    }
}

/// An `<option>`.
fn option(value: &'static str, text: &'static str, selected: bool) -> Html {
    html! { <option {value} {selected}>{text}</option> }
}

/// A labelled `<select>` whose `data-value` keeps it on the state's choice.
fn select(id: String, name: &'static str, label: &'static str, value: &'static str, options: Html) -> Html {
    html! {
        <>
            <label for={id.clone()}>{label}</label>
            <select {id} {name} data-value={value}>{options}</select>
        </>
    }
}

/// State and program pickers (or the locked program's name) and the screening date.
fn picker(v: &View) -> Html {
    let st = v.s;
    let states = st.states();
    let state_select = if states.is_empty() {
        Html::default()
    } else {
        let mut options = vec![option("", v.t(&l::ALL_STATES), st.state.is_none())];
        for code in states {
            let name = rules::state_name(code).map_or(code, |n| v.t(n));
            options.push(option(code, name, st.state == Some(code)));
        }
        html! {
            <div class="pss-field">
                {select(v.id("state"), "state", v.t(&l::STATE), st.state.unwrap_or_default(), options.into_iter().collect())}
            </div>
        }
    };
    let program = if st.has_picker() {
        let offered = st.offered();
        let program_option = |p: &&'static Program| option(p.id, v.t(&p.title), st.program == Some(*p));
        let mut options = vec![option("", v.t(&l::CHOOSE_PROGRAM), st.program.is_none())];
        if offered.iter().all(|p| p.state == offered[0].state) {
            options.extend(offered.iter().map(program_option));
        } else {
            for (code, name) in &rules::STATES {
                let group: Html = offered.iter().filter(|p| p.state == *code).map(program_option).collect();
                options.push(html! { <optgroup label={v.t(name)}>{group}</optgroup> });
            }
        }
        let value = st.program.map_or("", |p| p.id);
        html! {
            <div class="pss-field pss-wide">
                {select(v.id("program"), "program", v.t(&r::PROGRAM), value, options.into_iter().collect())}
            </div>
        }
    } else {
        html! {
            <p class="pss-field pss-wide pss-program">
                <span class="pss-label">{v.t(&r::PROGRAM)}</span>
                <span data-program={st.program.map(|p| p.id)}>{st.program.map_or("", |p| v.t(&p.title))}</span>
            </p>
        }
    };
    let problem = v.e.as_of_problem.map(|p| v.problem(p));
    html! {
        <div class="pss-picker">
            {state_select}
            {program}
            <div class="pss-field">
                {input(v, "as_of", v.t(&r::DATE), "date", &st.as_of, Some(v.t(&l::AS_OF_HINT)), problem, None)}
            </div>
        </div>
    }
}

/// A labelled date or number input with its hint, problem and warning, described by them.
#[allow(clippy::too_many_arguments)]
fn input(
    v: &View,
    name: &'static str,
    label: &'static str,
    kind: &'static str,
    value: &str,
    hint: Option<&'static str>,
    problem: Option<String>,
    warning: Option<String>,
) -> Html {
    let id = v.id(name);
    let number = kind == "number";
    html! {
        <>
            <label for={id.clone()}>{label}</label>
            <input type={kind} id={id} {name} value={value.to_owned()}
                min={number.then_some("0")} step={number.then_some("1")} inputmode={number.then_some("numeric")}
                aria-invalid={problem.as_ref().map(|_| "true")}
                aria-describedby={described(v, name, hint.is_some(), problem.is_some(), warning.is_some())} />
            {notes(v, name, hint, problem, warning)}
        </>
    }
}

/// `aria-describedby` for a question's hint, problem and warning, or none.
fn described(v: &View, name: &str, hint: bool, problem: bool, warning: bool) -> Option<String> {
    let mut out = String::new();
    for (present, part) in [(hint, "hint"), (problem, "problem"), (warning, "warn")] {
        if present {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&v.id2(name, part));
        }
    }
    (!out.is_empty()).then_some(out)
}

/// A question's hint, problem and warning lines (icon and words, never colour alone).
fn notes(v: &View, name: &str, hint: Option<&'static str>, problem: Option<String>, warning: Option<String>) -> Html {
    let hint = hint.map(|text| html! { <p class="pss-hint" id={v.id2(name, "hint")}>{text}</p> });
    let problem = problem.map(|text| {
        html! {
            <p class="pss-problem" id={v.id2(name, "problem")}><span class="pss-icon" aria-hidden="true">{"⚠"}</span>{text}</p>
        }
    });
    let warning = warning.map(|text| {
        html! {
            <p class="pss-warn" id={v.id2(name, "warn")}>
                <span class="pss-icon" aria-hidden="true">{"⚠"}</span><strong>{v.t(&l::WARNING)}</strong>{" "}{text}
            </p>
        }
    });
    html! { <>{hint}{problem}{warning}</> }
}

/// The program's questions; a follow-up only while its parent is "yes".
fn questions(v: &View) -> Html {
    let Some(program) = v.s.program else { return Html::default() };
    let heading = v.id("questions");
    let body: Html = if program.questions.is_empty() {
        html! { <p class="pss-empty">{v.t(&l::NO_QUESTIONS)}</p> }
    } else {
        program
            .questions
            .iter()
            .zip(&v.s.answers)
            .filter(|(q, _)| q.parent.is_none_or(|parent| v.s.raw(parent) == Some(&Raw::YesNo(Reply::Yes))))
            .map(|(q, raw)| question(v, q, raw))
            .collect()
    };
    html! {
        <section class="pss-questions" aria-labelledby={heading.clone()}>
            <@{v.inner} id={heading}>{v.t(&l::QUESTIONS)}</@>
            {body}
        </section>
    }
}

/// One question: a fieldset of radios (yes/no) or checkboxes (multi-select), or a labelled select,
/// date or number input; named by its id, inside a block `{prefix}-q-{id}`.
fn question(v: &View, q: &'static Question, raw: &Raw) -> Html {
    let mut key = v.s.generation.to_string();
    key.push('-');
    key.push_str(q.id);
    let class = if q.parent.is_some() { "pss-q pss-followup" } else { "pss-q" };
    let problem = v.e.problem(q.id).map(|p| v.problem(p));
    // A planned amount over its cap: the failing limit's own reason.
    let warning = v.e.screened.as_ref().and_then(|x| {
        x.screening.findings.iter().find_map(|f| {
            (f.criterion.kind() == CriterionKind::Limit
                && f.status == Status::Fail
                && f.criterion.test.question_ids().into_iter().any(|id| id == q.id))
            .then(|| f.reason.clone())
        })
    });
    let text = v.t(&q.text);
    let choice = |kind: &'static str, value: &'static str, label: &'static str, checked: bool| {
        html! {
            <label class="pss-option">
                <input type={kind} name={q.id} {value} {checked} />
                <span>{label}</span>
            </label>
        }
    };
    let body = match raw {
        Raw::YesNo(reply) => {
            let radios: Html = [(Reply::Yes, &r::YES), (Reply::No, &r::NO), (Reply::NotSure, &r::NOT_SURE)]
                .into_iter()
                .map(|(r, words)| choice("radio", r.code(), v.t(words), *reply == r))
                .collect();
            let notes = notes(v, q.id, None, problem, warning);
            return html! {
                <fieldset {key} {class} id={v.id2("q", q.id)} data-question={q.id}>
                    <legend>{text}</legend>
                    <div class="pss-choices">{radios}</div>
                    {notes}
                </fieldset>
            };
        }
        Raw::Chosen { bits, none } => {
            let boxes: Html = q
                .options
                .iter()
                .enumerate()
                .map(|(i, o)| choice("checkbox", o.id, v.t(&o.text), i < 32 && bits & (1 << i) != 0))
                .collect();
            let pressed = if *none { "true" } else { "false" };
            let notes = notes(v, q.id, Some(v.t(&l::MULTI_HINT)), problem, warning);
            return html! {
                <fieldset {key} {class} id={v.id2("q", q.id)} data-question={q.id} aria-describedby={v.id2(q.id, "hint")}>
                    <legend>{text}</legend>
                    <div class="pss-checks">{boxes}</div>
                    <button type="button" class="pss-none" data-action="none" data-question={q.id} aria-pressed={pressed}>
                        <span class="pss-box" aria-hidden="true">{if *none { "✓" } else { "" }}</span>
                        {v.t(&r::NONE_APPLY)}
                    </button>
                    {notes}
                </fieldset>
            };
        }
        Raw::Choice(chosen) => {
            let current = chosen.and_then(|i| q.options.get(i)).map_or("", |o| o.id);
            let mut options = vec![option("", v.t(&r::NOT_SURE), current.is_empty())];
            options.extend(q.options.iter().map(|o| option(o.id, v.t(&o.text), current == o.id)));
            html! { <>{select(v.id(q.id), q.id, text, current, options.into_iter().collect())}{notes(v, q.id, None, problem, warning)}</> }
        }
        Raw::Text { text: value, .. } => {
            let kind = if q.kind == QuestionType::Date { "date" } else { "number" };
            input(v, q.id, text, kind, value, None, problem, warning)
        }
    };
    html! { <div {key} {class} id={v.id2("q", q.id)} data-question={q.id}>{body}</div> }
}

/// A list of sentences.
fn list(items: Vec<String>) -> Html {
    html! { <ul>{ for items.into_iter().map(|i| html! { <li>{i}</li> }) }</ul> }
}

/// The live result: outcome, dates, what to answer next, criteria, next steps, service facts.
fn result(v: &View) -> Html {
    let heading = v.id("result-h");
    let Some(x) = &v.e.screened else {
        let message = match v.e.as_of_problem {
            Some(problem @ Problem::NotInForce(_)) => v.problem(problem),
            _ => v.t(&l::CHOOSE_FIRST).to_owned(),
        };
        return html! {
            <section class="pss-result" id={v.id("result")} aria-labelledby={heading.clone()}>
                <@{v.inner} id={heading}>{v.t(&l::RESULT)}</@>
                <p class="pss-empty">{message}</p>
            </section>
        };
    };
    let sc: &Screening = &x.screening;
    let program = sc.program;
    let (a, lang) = (v.s.audience, v.s.lang);
    let outcome = sc.outcome;
    let (icon, class) = match outcome {
        Outcome::Eligible => (Status::Pass, "pss-result pss-pass"),
        Outcome::NotEligible => (Status::Fail, "pss-result pss-fail"),
        Outcome::Incomplete => (Status::Unknown, "pss-result pss-unknown"),
    };
    let mut when: Vec<String> = s::eligible_from(sc, a, lang).into_iter().collect();
    when.extend(s::transitions(sc, a, lang));
    let section = |title: &Words, class: &'static str, body: Html| {
        html! { <div {class}><@{v.inner}>{v.t(title)}</@>{body}</div> }
    };
    let missing = if sc.missing.is_empty() {
        Html::default()
    } else {
        let items: Html = sc
            .missing
            .iter()
            .map(|&id| {
                let text = program.question(id).map_or(id, |q| v.t(&q.text));
                html! { <li><button type="button" class="pss-link" data-action="focus" data-question={id}>{text}</button></li> }
            })
            .collect();
        section(&r::MISSING, "pss-missing", html! { <ul>{items}</ul> })
    };
    let criteria: Html = sc
        .findings
        .iter()
        .map(|f| {
            let c = f.criterion;
            let class = match f.status {
                Status::Pass => "pss-criterion pss-pass",
                Status::Fail => "pss-criterion pss-fail",
                Status::Unknown => "pss-criterion pss-unknown",
            };
            html! {
                <li {class} data-criterion={c.id} data-status={f.status.code()}>
                    <p class="pss-crit-head">
                        <span class="pss-status">
                            <span class="pss-icon" aria-hidden="true">{r::status_icon(f.status)}</span>
                            {v.t(r::status_words(f.status))}
                        </span>
                        <span class="pss-kind">{v.t(r::kind_words(c.kind()))}</span>
                    </p>
                    <p class="pss-reason">{f.reason.clone()}</p>
                    <details class="pss-source">
                        <summary>{v.t(&r::SOURCE)}</summary>
                        <p><cite>{program.document.title}</cite>{", "}{c.source.section}</p>
                        <blockquote lang="en">{c.source.quote}</blockquote>
                    </details>
                </li>
            }
        })
        .collect();
    let facts = s::service_facts(program, a, lang);
    html! {
        <section {class} id={v.id("result")} aria-labelledby={heading.clone()}
            data-outcome={outcome.code()} data-eligible-from={sc.eligible_from.map(dates::format)}>
            <@{v.inner} id={heading}>{v.t(&l::RESULT)}</@>
            <p class="pss-outcome" data-role="outcome">
                <span class="pss-icon" aria-hidden="true">{r::status_icon(icon)}</span>
                {v.t(r::outcome_words(outcome))}
            </p>
            { if when.is_empty() { Html::default() } else { html! { <div class="pss-when" data-role="dates">{list(when)}</div> } } }
            {missing}
            {section(&r::CRITERIA, "pss-criteria", html! { <ul>{criteria}</ul> })}
            { if sc.next_steps.is_empty() { Html::default() } else { section(&r::NEXT_STEPS, "pss-next", list(sc.next_steps.clone())) } }
            { if facts.is_empty() { Html::default() } else { section(&r::SERVICE, "pss-service", list(facts)) } }
            <p class="pss-fine">{v.t(&r::VERSION)}{": "}{program.version}{". "}{v.t(&r::DISCLAIMER)}</p>
        </section>
    }
}

/// Print, copy the case note, start over; the copy status; the note to copy by hand.
fn actions(v: &View, note: Option<&str>, note_ref: NodeRef) -> Html {
    let status = match v.s.note {
        Note::Idle => "",
        Note::Copied => v.t(&l::COPIED),
        Note::Manual => v.t(&l::COPY_BY_HAND),
    };
    let case_file = note.map(|_| {
        html! {
            <>
                <button type="button" name="print" data-action="print">{v.t(&l::PRINT)}</button>
                <button type="button" name="copy" data-action="copy">{v.t(&l::COPY)}</button>
            </>
        }
    });
    let manual = note.filter(|_| v.s.note == Note::Manual).map(|note| {
        let id = v.id("note");
        html! {
            <div class="pss-manual">
                <label for={id.clone()}>{v.t(&l::NOTE)}</label>
                <textarea {id} class="pss-note" data-role="case-note" readonly=true rows="12"
                    aria-describedby={v.id("copy-status")} ref={note_ref} value={note.to_owned()} />
            </div>
        }
    });
    html! {
        <div class="pss-file">
            <div class="pss-actions" role="group" aria-label={v.t(&l::CASE_FILE)}>
                {case_file}
                <button type="button" name="start-over" data-action="start-over">{v.t(&l::START_OVER)}</button>
            </div>
            <p class="pss-status-line" id={v.id("copy-status")} role="status" data-role="copy-status">{status}</p>
            {manual}
        </div>
    }
}

/// Puts `text` on the clipboard; reports `true`, or `false` when the clipboard is missing or
/// refuses (the note is then shown to copy by hand).
fn copy_text(text: &str, done: Callback<bool>) {
    let attempt = || -> Option<()> {
        let navigator = web_sys::window()?.navigator();
        let clipboard = Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
        let write: Function = Reflect::get(&clipboard, &JsValue::from_str("writeText")).ok()?.dyn_into().ok()?;
        let promise = write.call1(&clipboard, &JsValue::from_str(text)).ok()?;
        let then: Function = Reflect::get(&promise, &JsValue::from_str("then")).ok()?.dyn_into().ok()?;
        let (ok, fail) = (done.clone(), done.clone());
        let on_ok = Closure::once_into_js(move |_: JsValue| ok.emit(true));
        let on_fail = Closure::once_into_js(move |_: JsValue| fail.emit(false));
        then.call2(&promise, &on_ok, &on_fail).ok().map(|_| ())
    };
    if attempt().is_none() {
        done.emit(false);
    }
}
