//! The program's questions: one [`QuestionField`] each, a follow-up only while its parent is
//! "yes". Every control is named by its question id; yes/no radios carry `yes`, `no` and
//! `unknown`, checkboxes and select options the option ids.

use yew::prelude::*;

use screener::model::{Program, Question, QuestionType, Voice};
use screener_form::sheet::{Raw, Reply};
use screener_form::state::Action;

use super::{input, option, select, Ids, Notes};

#[derive(Properties, PartialEq)]
pub(crate) struct QuestionsProps {
    pub voice: Voice,
    pub ids: Ids,
    pub heading: &'static str,
    pub program: &'static Program,
    /// One raw answer per question, in question order.
    pub answers: Vec<Raw>,
    /// Changes when the answers are cleared, so that inputs holding text the state never saw
    /// are made anew.
    pub generation: u32,
    /// What is said under each question: its problem and its warning, by question id.
    pub notes: Vec<(&'static str, Notes)>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub(crate) fn Questions(props: &QuestionsProps) -> Html {
    let QuestionsProps { voice, ids, heading, program, answers, generation, notes, on_action } = props;
    let section = ids.of("questions");
    let asked = |q: &Question| {
        q.parent.is_none_or(|parent| {
            program.question_index(parent).and_then(|i| answers.get(i)) == Some(&Raw::YesNo(Reply::Yes))
        })
    };
    let body: Html = if program.questions.is_empty() {
        html! { <p class="pss-empty">{voice.t(|w| &w.form.no_questions)}</p> }
    } else {
        program
            .questions
            .iter()
            .zip(answers)
            .filter(|(q, _)| asked(q))
            .map(|(q, raw)| {
                let key = format!("{generation}-{}", q.id);
                let notes = notes.iter().find(|(id, _)| *id == q.id).map(|(_, n)| n.clone()).unwrap_or_default();
                html! {
                    <QuestionField {key} voice={*voice} ids={ids.clone()} question={q} raw={raw.clone()} {notes}
                        on_action={on_action.clone()} />
                }
            })
            .collect()
    };
    html! {
        <section class="pss-questions" aria-labelledby={section.clone()}>
            <@{*heading} id={section}>{voice.t(|w| &w.form.questions)}</@>
            {body}
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct QuestionFieldProps {
    pub voice: Voice,
    pub ids: Ids,
    pub question: &'static Question,
    pub raw: Raw,
    pub notes: Notes,
    /// For "none of these apply", the one button a question has.
    pub on_action: Callback<Action>,
}

/// One question: a fieldset of radios (yes/no) or checkboxes (multi-select), or a labelled select,
/// date or number input, inside a block `{prefix}-q-{id}` with `data-question`.
#[function_component]
pub(crate) fn QuestionField(props: &QuestionFieldProps) -> Html {
    let QuestionFieldProps { voice, ids, question: q, raw, notes, on_action } = props;
    let voice = *voice;
    let class = if q.parent.is_some() { "pss-q pss-followup" } else { "pss-q" };
    let block = ids.question(q.id);
    let text = voice.text(&q.text);
    let choice = |kind: &'static str, value: &'static str, label: &'static str, checked: bool| {
        html! {
            <label class="pss-option">
                <input type={kind} name={q.id} {value} {checked} />
                <span>{label}</span>
            </label>
        }
    };
    match raw {
        Raw::YesNo(reply) => {
            let w = &voice.words().result;
            let radios: Html = [(Reply::Yes, &w.yes), (Reply::No, &w.no), (Reply::NotSure, &w.not_sure)]
                .into_iter()
                .map(|(r, text)| choice("radio", r.code(), voice.say(text), *reply == r))
                .collect();
            html! {
                <fieldset {class} id={block} data-question={q.id}>
                    <legend>{text}</legend>
                    <div class="pss-choices">{radios}</div>
                    {notes.render(ids, voice, q.id)}
                </fieldset>
            }
        }
        Raw::Chosen { bits, none } => {
            let boxes: Html = q
                .options
                .iter()
                .enumerate()
                .map(|(i, o)| choice("checkbox", o.id, voice.text(&o.text), i < 32 && bits & (1 << i) != 0))
                .collect();
            let notes = Notes { hint: Some(voice.t(|w| &w.form.multi_hint)), ..notes.clone() };
            let toggle = Action::Sheet(screener_form::sheet::Action::NoneApply { question: q.id, on: !none });
            let onclick = on_action.reform(move |_: MouseEvent| toggle.clone());
            html! {
                <fieldset {class} id={block} data-question={q.id} aria-describedby={ids.of2(q.id, "hint")}>
                    <legend>{text}</legend>
                    <div class="pss-checks">{boxes}</div>
                    <button type="button" class="pss-none" data-action="none" data-question={q.id}
                        aria-pressed={if *none { "true" } else { "false" }} {onclick}>
                        <span class="pss-box" aria-hidden="true">{if *none { "✓" } else { "" }}</span>
                        {voice.t(|w| &w.result.none_apply)}
                    </button>
                    {notes.render(ids, voice, q.id)}
                </fieldset>
            }
        }
        Raw::Choice(chosen) => {
            let current = chosen.and_then(|i| q.options.get(i)).map_or("", |o| o.id);
            let mut options = vec![option("", voice.t(|w| &w.result.not_sure), current.is_empty())];
            options.extend(q.options.iter().map(|o| option(o.id, voice.text(&o.text), current == o.id)));
            html! {
                <div {class} id={block} data-question={q.id}>
                    {select(ids.of(q.id), q.id, text, current, options.into_iter().collect())}
                    {notes.render(ids, voice, q.id)}
                </div>
            }
        }
        Raw::Text { text: value, .. } => {
            let kind = if q.kind == QuestionType::Date { "date" } else { "number" };
            html! {
                <div {class} id={block} data-question={q.id}>
                    {input(ids, voice, q.id, text, kind, value, notes)}
                </div>
            }
        }
    }
}
