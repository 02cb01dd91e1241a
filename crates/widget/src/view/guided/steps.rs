//! The steps before the check: the start page, the state and "who" steps, and one question.

use yew::prelude::*;

use screener::form::{Action, FormState, Raw, Reply};
use screener::guided::{self, Needed, Part, Who};
use screener::model::{Question, QuestionType};
use screener::rules;
use screener::template::render;
use screener::words::{form as label, guided as words, result};

use super::{choice, field_error, primary, step_heading};
use crate::view::{Ids, Voice};

#[derive(Properties, PartialEq)]
pub(crate) struct StartProps {
    pub voice: Voice,
    pub ids: Ids,
    pub level: u8,
    pub form: FormState,
}

/// What peer support is, who can use the check, how long it takes, that nothing leaves the
/// device, and that it is a check, not a decision.
#[function_component]
pub(crate) fn StartStep(props: &StartProps) -> Html {
    let StartProps { voice, ids, level, form } = props;
    let voice = *voice;
    let who = guided::who_can_use(form, voice.audience, voice.lang);
    html! {
        <>
            {step_heading(*level, ids, html! { {voice.t(&label::WIDGET_TITLE)} })}
            <p>{voice.t(&words::WHAT_IT_IS)}</p>
            {for who.into_iter().map(|line| html! { <p>{line}</p> })}
            <p>{voice.t(&words::HOW_LONG)}</p>
            <p class="pss-notice" data-role="privacy">{voice.t(&words::PRIVATE)}</p>
            <p>{voice.t(&words::NOT_A_DECISION)}</p>
            {primary("start", voice.t(&words::START))}
        </>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct PlaceProps {
    pub voice: Voice,
    pub ids: Ids,
    pub level: u8,
    pub form: FormState,
    /// "Who is the support for?" rather than "Which state do you live in?".
    pub who: bool,
    pub needed: Option<Needed>,
}

/// The state (radios named `state`, valued by two-letter code), or whom the support is for
/// (`who`: `self` or `child`).
#[function_component]
pub(crate) fn PlaceStep(props: &PlaceProps) -> Html {
    let PlaceProps { voice, ids, level, form, who, needed } = props;
    let voice = *voice;
    let (name, question, radios): (&'static str, _, Html) = if *who {
        let chosen = guided::who(form);
        let radios = [(Who::Me, &words::FOR_ME), (Who::Child, &words::FOR_MY_CHILD)]
            .into_iter()
            .map(|(w, text)| choice(ids, "radio", "who", w.code(), voice.t(text), chosen == Some(w)))
            .collect();
        ("who", &words::WHO_QUESTION, radios)
    } else {
        let chosen = guided::place(form);
        let radios = guided::states(form)
            .into_iter()
            .map(|code| {
                let text = rules::state_name(code).map_or(code, |n| voice.t(n));
                choice(ids, "radio", "state", code, text, chosen == Some(code))
            })
            .collect();
        ("state", &words::STATE_QUESTION, radios)
    };
    html! {
        <>
            <fieldset class="pss-q" aria-describedby={needed.map(|_| ids.of2(name, "problem"))}>
                <legend>{step_heading(*level, ids, html! { {voice.t(question)} })}</legend>
                {field_error(ids, voice, name, *needed)}
                <div class="pss-radios">{radios}</div>
            </fieldset>
            {primary("continue", voice.t(&words::CONTINUE))}
        </>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct QuestionProps {
    pub voice: Voice,
    pub ids: Ids,
    pub level: u8,
    pub form: FormState,
    pub question: &'static Question,
    pub needed: Option<Needed>,
    /// For "none of these apply", a button.
    pub on_action: Callback<Action>,
}

/// One question: its words as the step's heading (after "Question n of total"), a hint where it
/// helps, the answers ("Not sure" among them), and Continue.
#[function_component]
pub(crate) fn QuestionStep(props: &QuestionProps) -> Html {
    let QuestionProps { voice, ids, level, form, question: q, needed, on_action } = props;
    let (voice, level) = (*voice, *level);
    let (n, total) = guided::progress(form, q.id).unwrap_or((1, 1));
    let caption = render(voice.t(&words::PROGRESS), &[("n", &n.to_string()), ("total", &total.to_string())]);
    let text = voice.t(&q.text);
    let title = html! { <><span class="pss-progress">{caption}</span>{" "}{text}</> };
    let hint_id = ids.of2(q.id, "hint");
    let problem_id = ids.of2(q.id, "problem");
    let hint = |text: String| html! { <p class="pss-hint" id={hint_id.clone()}>{text}</p> };
    let described = |hint: bool| {
        let mut parts: Vec<&str> = Vec::new();
        if hint {
            parts.push(&hint_id);
        }
        if needed.is_some() {
            parts.push(&problem_id);
        }
        (!parts.is_empty()).then(|| parts.join(" "))
    };
    let error = field_error(ids, voice, q.id, *needed);
    let invalid = needed.map(|_| "true");
    let raw = form.raw(q.id).cloned().unwrap_or(Raw::YesNo(Reply::Unanswered));
    // A group of choices under the heading as its legend.
    let group = |hinted: Option<String>, body: Html| {
        html! {
            <fieldset class="pss-q" aria-describedby={described(hinted.is_some())}>
                <legend>{step_heading(level, ids, title.clone())}</legend>
                {hinted.map(hint).unwrap_or_default()}
                {error.clone()}
                {body}
            </fieldset>
        }
    };
    let field = match (q.kind, &raw) {
        (QuestionType::YesNo, Raw::YesNo(reply)) => {
            let radios: Html =
                [(Reply::Yes, &result::YES), (Reply::No, &result::NO), (Reply::NotSure, &result::NOT_SURE)]
                    .into_iter()
                    .map(|(r, words)| choice(ids, "radio", q.id, r.code(), voice.t(words), *reply == r))
                    .collect();
            group(None, html! { <div class="pss-radios">{radios}</div> })
        }
        (QuestionType::MultiSelect, Raw::Chosen { bits, none }) => {
            let boxes: Html = q
                .options
                .iter()
                .enumerate()
                .map(|(i, o)| choice(ids, "checkbox", q.id, o.id, voice.t(&o.text), i < 32 && bits & (1 << i) != 0))
                .collect();
            let toggle = Action::NoneApply { question: q.id, on: !none };
            let onclick = on_action.reform(move |_: MouseEvent| toggle.clone());
            let body = html! {
                <>
                    <div class="pss-checks">{boxes}</div>
                    <button type="button" class="pss-none" data-action="none" data-question={q.id}
                        aria-pressed={if *none { "true" } else { "false" }} {onclick}>
                        <span class="pss-box" aria-hidden="true">{if *none { "✓" } else { "" }}</span>
                        {voice.t(&result::NONE_APPLY)}
                    </button>
                </>
            };
            group(Some(voice.t(&label::MULTI_HINT).to_owned()), body)
        }
        (QuestionType::SingleChoice, Raw::Choice(chosen)) => {
            let unsure = guided::is_unsure(form, q.id);
            let mut radios: Vec<Html> = q
                .options
                .iter()
                .enumerate()
                .map(|(i, o)| choice(ids, "radio", q.id, o.id, voice.t(&o.text), *chosen == Some(i)))
                .collect();
            radios.push(choice(ids, "radio", q.id, "unknown", voice.t(&result::NOT_SURE), unsure));
            group(None, html! { <div class="pss-radios">{radios}</div> })
        }
        (QuestionType::Date, _) => {
            let parts = guided::date_parts(form, q.id);
            let inputs: Html = Part::order(voice.lang)
                .into_iter()
                .map(|part| {
                    let (words, value) = match part {
                        Part::Day => (&words::DAY, &parts[0]),
                        Part::Month => (&words::MONTH, &parts[1]),
                        Part::Year => (&words::YEAR, &parts[2]),
                    };
                    let id = ids.of2(q.id, part.code());
                    let mut name = String::from(q.id);
                    name.push('-');
                    name.push_str(part.code());
                    html! {
                        <div class={if part == Part::Year { "pss-part pss-year" } else { "pss-part" }}>
                            <label for={id.clone()}>{voice.t(words)}</label>
                            <input type="text" inputmode="numeric" {id} {name} value={value.clone()} aria-invalid={invalid} />
                        </div>
                    }
                })
                .collect();
            let mut hinted = String::from(voice.t(&words::DATE_EXAMPLE));
            hinted.push(' ');
            hinted.push_str(voice.t(&words::EMPTY_IF_NOT_SURE));
            group(Some(hinted), html! { <div class="pss-date">{inputs}</div> })
        }
        (_, Raw::Text { text: value, .. }) => {
            let id = ids.of(q.id);
            html! {
                <div class="pss-q">
                    {step_heading(level, ids, html! { <label for={id.clone()}>{title.clone()}</label> })}
                    {hint(voice.t(&words::EMPTY_IF_NOT_SURE).to_owned())}
                    {error.clone()}
                    <input type="text" inputmode="numeric" class="pss-count" {id} name={q.id} value={value.clone()}
                        aria-invalid={invalid} aria-describedby={described(true)} />
                </div>
            }
        }
        _ => Html::default(),
    };
    html! {
        <>
            {field}
            {primary("continue", voice.t(&words::CONTINUE))}
        </>
    }
}
