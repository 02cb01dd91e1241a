//! The widget's components, one per part of the page, each with typed props. They render what
//! they are given and report what the person does through typed callbacks; the form's controls
//! (named by question id) report through the one delegated listener of [`crate::app`].
//!
//! - [`settings::Settings`]: the language and wording switches;
//! - [`picker::Picker`]: state, program and screening date;
//! - [`questions::Questions`]: the program's questions, a [`questions::QuestionField`] each;
//! - [`result::ResultPanel`]: outcome, dates, what to answer next, criteria with their sources;
//! - [`case_file::CaseFile`]: print, copy the case note, start over;
//! - [`help`]: the agency's contact, help in a crisis, "Exit this page";
//! - [`saved::SavedPanel`]: "Open a saved screening" (a case note, its last line, a hand-off
//!   code), and what a screening opened from one says beside its result;
//! - [`guided`]: the guided path, one question at a time, and on its result [`handoff`], the
//!   family's hand-off code to an intake worker (in every build: a family sees it);
//! - [`form`]: the one-page form, laid out (builds with the `form` feature: the picker,
//!   questions, result, case file and saved panel are its).
//!
//! Text is only ever rendered as text (Yew escapes it); nothing here sets HTML. Every text comes
//! from the words tables or a rulebook through a [`Voice`] (the pseudo-locale test checks it).
//!
//! **Placeholders, not absences.** Yew reconciles a list of children without keys from its end,
//! and an `Option<Html>` child that is `None` renders no node at all: a part that comes and goes
//! would shift its siblings and make Yew rebuild them, losing the focus of the control the person
//! is using. So every optional part is written `.unwrap_or_default()`: an empty placeholder when
//! absent.

#[cfg(feature = "form")]
pub(crate) mod case_file;
#[cfg(feature = "form")]
pub(crate) mod form;
pub(crate) mod guided;
pub(crate) mod handoff;
pub(crate) mod help;
#[cfg(feature = "form")]
pub(crate) mod picker;
#[cfg(feature = "form")]
pub(crate) mod questions;
#[cfg(feature = "form")]
pub(crate) mod result;
#[cfg(feature = "form")]
pub(crate) mod saved;
pub(crate) mod settings;

use yew::prelude::*;

use screener::dates;
use screener::model::{Said, Voice};
use screener::template::render;
use screener_form::sheet::Problem;

/// What is wrong with a typed value (or the screening date), in `voice`'s words. `today` is the
/// date used while the screening date is empty.
pub(crate) fn problem_text(voice: Voice, problem: Problem, today: chrono::NaiveDate) -> String {
    let w = &voice.words().form;
    let dated = |said: &Said, date| render(voice.say(said), &[("date", &dates::format(date))]);
    match problem {
        Problem::NotADate => voice.say(&w.not_a_date).to_owned(),
        Problem::NotAWholeNumber => voice.say(&w.not_a_number).to_owned(),
        Problem::TooLarge => voice.say(&w.too_large).to_owned(),
        Problem::AfterAsOf => voice.say(&w.after_as_of).to_owned(),
        Problem::OutOfRange => voice.say(&w.out_of_range).to_owned(),
        Problem::BelowOther => voice.say(&w.below_other).to_owned(),
        Problem::Missing => dated(&w.no_as_of, today),
        Problem::NotInForce(date) => dated(&w.not_in_force, date),
    }
}

/// The ids of one widget instance: every id is `{prefix}-…`, so that instances on one page (or in
/// one document) never share one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Ids {
    pub prefix: AttrValue,
}

impl Ids {
    /// `{prefix}-{a}`.
    pub fn of(&self, a: &str) -> String {
        self.of2(a, "")
    }

    /// `{prefix}-{a}-{b}` (or `{prefix}-{a}` when `b` is empty).
    pub fn of2(&self, a: &str, b: &str) -> String {
        let mut id = String::with_capacity(self.prefix.len() + a.len() + b.len() + 2);
        id.push_str(&self.prefix);
        id.push('-');
        id.push_str(a);
        if !b.is_empty() {
            id.push('-');
            id.push_str(b);
        }
        id
    }

    /// The block of a question: `{prefix}-q-{question}`.
    #[cfg(feature = "form")]
    pub fn question(&self, question: &str) -> String {
        self.of2("q", question)
    }
}

/// `part()` when `shown`, else an empty placeholder (see the module's note on placeholders).
pub(crate) fn when(shown: bool, part: impl FnOnce() -> Html) -> Html {
    if shown {
        part()
    } else {
        Html::default()
    }
}

/// The heading tag of a level, clamped to `h1`..`h6`.
pub(crate) fn heading(level: u8) -> &'static str {
    ["h1", "h2", "h3", "h4", "h5", "h6"][usize::from(level.clamp(1, 6) - 1)]
}

/// A list of sentences.
pub(crate) fn list(items: &[String]) -> Html {
    html! { <ul>{ for items.iter().map(|i| html! { <li>{i.clone()}</li> }) }</ul> }
}

/// An `<option>`.
#[cfg(feature = "form")]
pub(crate) fn option(value: &'static str, text: &'static str, selected: bool) -> Html {
    html! { <option {value} {selected}>{text}</option> }
}

/// A labelled `<select>` whose `data-value` keeps it on the state's choice (see
/// [`crate::app`]'s select sync).
#[cfg(feature = "form")]
pub(crate) fn select(id: String, name: &'static str, label: &'static str, value: &'static str, options: Html) -> Html {
    html! {
        <>
            <label for={id.clone()}>{label}</label>
            <select {id} {name} data-value={value}>{options}</select>
        </>
    }
}

/// What is said under a field: a hint, a problem with its value, a warning (icon and words,
/// never colour alone). Each gets an id `{prefix}-{name}-hint|problem|warn`.
#[cfg(feature = "form")]
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Notes {
    pub hint: Option<&'static str>,
    pub problem: Option<String>,
    pub warning: Option<String>,
}

#[cfg(feature = "form")]
impl Notes {
    /// `aria-describedby` for these notes, or none.
    pub fn described_by(&self, ids: &Ids, name: &str) -> Option<String> {
        let parts =
            [(self.hint.is_some(), "hint"), (self.problem.is_some(), "problem"), (self.warning.is_some(), "warn")];
        let ids: Vec<String> =
            parts.iter().filter(|(present, _)| *present).map(|(_, part)| ids.of2(name, part)).collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    pub fn render(&self, ids: &Ids, voice: Voice, name: &str) -> Html {
        let hint = self.hint.map(|text| html! { <p class="pss-hint" id={ids.of2(name, "hint")}>{text}</p> });
        let problem = self.problem.clone().map(|text| {
            html! {
                <p class="pss-problem" id={ids.of2(name, "problem")}><span class="pss-icon" aria-hidden="true">{"⚠"}</span>{text}</p>
            }
        });
        let warning = self.warning.clone().map(|text| {
            html! {
                <p class="pss-warn" id={ids.of2(name, "warn")}>
                    <span class="pss-icon" aria-hidden="true">{"⚠"}</span><strong>{voice.t(|w| &w.form.warning)}</strong>{" "}{text}
                </p>
            }
        });
        html! { <>{hint.unwrap_or_default()}{problem.unwrap_or_default()}{warning.unwrap_or_default()}</> }
    }
}

/// A labelled date or number input with its notes, described by them.
#[cfg(feature = "form")]
pub(crate) fn input(
    ids: &Ids,
    voice: Voice,
    name: &'static str,
    label: &'static str,
    kind: &'static str,
    value: &str,
    notes: &Notes,
) -> Html {
    let id = ids.of(name);
    let number = kind == "number";
    html! {
        <>
            <label for={id.clone()}>{label}</label>
            <input type={kind} id={id} {name} value={value.to_owned()}
                min={number.then_some("0")} step={number.then_some("1")} inputmode={number.then_some("numeric")}
                aria-invalid={notes.problem.as_ref().map(|_| "true")}
                aria-describedby={notes.described_by(ids, name)} />
            {notes.render(ids, voice, name)}
        </>
    }
}
