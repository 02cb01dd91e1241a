//! What the guided path's step views share: the context every step reads ([`Ctx`]), its
//! heading, buttons, choices and field errors. A leaf: [`super`] lays out the steps, and
//! [`super::steps`] and [`super::outcome`] build them from these parts.

use yew::prelude::*;

use screener::model::{Said, Voice};
use screener::words::Table;
use screener_form::guided::{self, Needed, Who};
use screener_form::sheet::{Evaluation, Problem};
use screener_form::state::{Action, WidgetState};

use crate::view::{heading, Ids};

/// What every step's view reads.
#[derive(Clone, Copy)]
pub(crate) struct Ctx<'a> {
    pub voice: Voice,
    pub ids: &'a Ids,
    /// The level of the step's heading.
    pub level: u8,
    pub state: &'a WidgetState,
    /// The sheet's answers read and screened, once per render.
    pub evaluation: &'a Evaluation,
    /// What the step's field needs, after a Continue it refused.
    pub needed: Option<Needed>,
    pub on_action: &'a Callback<Action>,
}

/// A button of a step: `data-action`, its words, and what it does.
pub(crate) fn button(action: &'static str, text: &'static str, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" class="pss-link" data-action={action} {onclick}>{text}</button> }
}

/// The step's main button: it submits the step's form (Enter in a field does the same).
pub(crate) fn primary(action: &'static str, text: &'static str) -> Html {
    html! { <button type="submit" class="pss-primary" data-action={action}>{text}</button> }
}

/// A step's heading: where the focus goes when the step is shown.
pub(crate) fn step_heading(level: u8, ids: &Ids, body: Html) -> Html {
    html! { <@{heading(level)} id={ids.of("step-h")} class="pss-step-h" data-role="step-heading" tabindex="-1">{body}</@> }
}

/// A labelled radio (or checkbox) with its id, `{prefix}-{name}-{value}`.
pub(crate) fn choice(
    ids: &Ids,
    kind: &'static str,
    name: &'static str,
    value: &'static str,
    text: &str,
    on: bool,
) -> Html {
    html! {
        <label class="pss-option">
            <input type={kind} id={ids.of2(name, value)} {name} {value} checked={on} />
            <span>{text.to_owned()}</span>
        </label>
    }
}

/// What an error asks for, in words.
pub(crate) fn needed_words(table: &'static Table, needed: Needed) -> &'static Said {
    let w = &table.guided;
    match needed {
        Needed::Answer => &w.choose_answer,
        Needed::State => &w.choose_state,
        Needed::Who => &w.choose_who,
        Needed::Typed(Problem::AfterAsOf) => &w.not_after_today,
        Needed::Typed(Problem::OutOfRange) => &w.date_too_far,
        Needed::Typed(Problem::NotAWholeNumber) => &w.whole_number,
        Needed::Typed(Problem::TooLarge) => &w.smaller_number,
        Needed::Typed(Problem::BelowOther) => &w.below_other,
        Needed::Typed(_) => &w.real_date,
    }
}

/// The error under a field's label: its id is `{prefix}-{field}-problem`, for `aria-describedby`.
pub(crate) fn field_error(ids: &Ids, voice: Voice, field: &str, needed: Option<Needed>) -> Html {
    let Some(needed) = needed else { return Html::default() };
    html! {
        <p class="pss-problem" id={ids.of2(field, "problem")}>
            <span class="pss-icon" aria-hidden="true">{"⚠"}</span>{voice.say(needed_words(voice.words(), needed))}
        </p>
    }
}

/// The action of a step's link-like button.
pub(crate) fn link(
    action: &'static str,
    text: &'static str,
    on_action: &Callback<Action>,
    what: guided::Action,
) -> Html {
    let onclick = on_action.reform(move |_: MouseEvent| Action::Guided(what.clone()));
    button(action, text, onclick)
}

/// An answer of the "who" step, in words.
pub(crate) fn who_words(table: &'static Table, who: Who) -> &'static Said {
    let w = &table.guided;
    match who {
        Who::Me => &w.for_me,
        Who::Child => &w.for_my_child,
        Who::Caregiver => &w.for_me_as_caregiver,
    }
}
