//! The steps before the check: the start page, the state and "who" steps, and one question.

use yew::prelude::*;

use screener::model::{Question, QuestionType};
use screener::rules;
use screener::template::render;
use screener_form::guided::{self, Part};
use screener_form::sheet::{self, Raw, Reply};
use screener_form::state::Action;

use super::parts::{choice, field_error, primary, step_heading, who_words, Ctx};

/// The start page: what peer support is, who can use the check, how long it takes, that nothing
/// leaves the device, and that it is a check, not a decision.
pub(crate) fn start(ctx: &Ctx) -> Html {
    let Ctx { voice, ids, level, state, .. } = *ctx;
    let mut lines = vec![(None, voice.t(|w| &w.guided.what_it_is).to_owned())];
    lines.extend(guided::who_can_use(&state.sheet, voice).into_iter().map(|line| (None, line)));
    lines.push((None, voice.t(|w| &w.guided.how_long).to_owned()));
    lines.push((Some("pss-notice"), voice.t(|w| &w.guided.private).to_owned()));
    lines.push((None, voice.t(|w| &w.guided.not_a_decision).to_owned()));
    html! {
        <>
            {step_heading(level, ids, html! { {voice.t(|w| &w.form.widget_title)} })}
            {for lines.into_iter().map(|(class, line)| html! { <p {class}>{line}</p> })}
            {primary("start", voice.t(|w| &w.guided.start))}
        </>
    }
}

/// The state (radios named `state`, valued by two-letter code), or with `who` whom the support is
/// for (`who`: `self` or `child`).
pub(crate) fn place(ctx: &Ctx, who: bool) -> Html {
    let Ctx { voice, ids, level, state, needed, .. } = *ctx;
    let w = &voice.words().guided;
    let (name, question, radios): (&'static str, _, Html) = if who {
        let chosen = state.guided.who(&state.sheet);
        let radios = state
            .guided
            .whom_offered(&state.sheet)
            .into_iter()
            .map(|who| {
                let text = voice.say(who_words(voice.words(), who));
                choice(ids, "radio", "who", who.code(), text, chosen == Some(who))
            })
            .collect();
        ("who", &w.who_question, radios)
    } else {
        let chosen = state.guided.place(&state.sheet);
        let radios = guided::states(&state.sheet)
            .into_iter()
            .map(|code| {
                let text = rules::state_name(code).map_or(code, |n| voice.text(n));
                choice(ids, "radio", "state", code, text, chosen == Some(code))
            })
            .collect();
        ("state", &w.state_question, radios)
    };
    html! {
        <>
            <fieldset class="pss-q" aria-describedby={needed.map(|_| ids.of2(name, "problem"))}>
                <legend>{step_heading(level, ids, html! { {voice.say(question)} })}</legend>
                {field_error(ids, voice, name, needed)}
                <div class="pss-radios">{radios}</div>
            </fieldset>
            {primary("continue", voice.t(|w| &w.guided.go_on))}
        </>
    }
}

/// One question: its words as the step's heading (after "Question n of total"), a hint where it
/// helps, the answers ("Not sure" among them), and Continue.
pub(crate) fn question(ctx: &Ctx, q: &'static Question) -> Html {
    let Ctx { voice, ids, level, state, needed, on_action, .. } = *ctx;
    let sheet = &state.sheet;
    let (n, total) = guided::progress(sheet, q.id).unwrap_or((1, 1));
    let caption = render(voice.t(|w| &w.guided.progress), &[("n", &n.to_string()), ("total", &total.to_string())]);
    let text = voice.text(&q.text);
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
    let error = field_error(ids, voice, q.id, needed);
    let invalid = needed.map(|_| "true");
    let raw = sheet.raw(q.id).cloned().unwrap_or(Raw::YesNo(Reply::Unanswered));
    let w = voice.words();
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
                [(Reply::Yes, &w.result.yes), (Reply::No, &w.result.no), (Reply::NotSure, &w.result.not_sure)]
                    .into_iter()
                    .map(|(r, words)| choice(ids, "radio", q.id, r.code(), voice.say(words), *reply == r))
                    .collect();
            group(None, html! { <div class="pss-radios">{radios}</div> })
        }
        (QuestionType::MultiSelect, Raw::Chosen { bits, none }) => {
            let boxes: Html = q
                .options
                .iter()
                .enumerate()
                .map(|(i, o)| choice(ids, "checkbox", q.id, o.id, voice.text(&o.text), i < 32 && bits & (1 << i) != 0))
                .collect();
            let toggle = Action::Sheet(sheet::Action::NoneApply { question: q.id, on: !none });
            let onclick = on_action.reform(move |_: MouseEvent| toggle.clone());
            let body = html! {
                <>
                    <div class="pss-checks">{boxes}</div>
                    <button type="button" class="pss-none" data-action="none" data-question={q.id}
                        aria-pressed={if *none { "true" } else { "false" }} {onclick}>
                        <span class="pss-box" aria-hidden="true">{if *none { "✓" } else { "" }}</span>
                        {voice.t(|w| &w.result.none_apply)}
                    </button>
                </>
            };
            group(Some(voice.t(|w| &w.form.multi_hint).to_owned()), body)
        }
        (QuestionType::SingleChoice, Raw::Choice(chosen)) => {
            let unsure = state.guided.is_unsure(sheet, q.id);
            let mut radios: Vec<Html> = q
                .options
                .iter()
                .enumerate()
                .map(|(i, o)| choice(ids, "radio", q.id, o.id, voice.text(&o.text), *chosen == Some(i)))
                .collect();
            radios.push(choice(ids, "radio", q.id, "unknown", voice.t(|w| &w.result.not_sure), unsure));
            group(None, html! { <div class="pss-radios">{radios}</div> })
        }
        (QuestionType::Date, _) => {
            let parts = state.guided.date_parts(sheet, q.id);
            let inputs: Html = Part::order(voice.lang)
                .into_iter()
                .map(|part| {
                    let (words, value) = match part {
                        Part::Day => (&w.guided.day, &parts[0]),
                        Part::Month => (&w.guided.month, &parts[1]),
                        Part::Year => (&w.guided.year, &parts[2]),
                    };
                    let id = ids.of2(q.id, part.code());
                    let mut name = String::from(q.id);
                    name.push('-');
                    name.push_str(part.code());
                    html! {
                        <div class={if part == Part::Year { "pss-part pss-year" } else { "pss-part" }}>
                            <label for={id.clone()}>{voice.say(words)}</label>
                            <input type="text" inputmode="numeric" {id} {name} value={value.clone()} aria-invalid={invalid} />
                        </div>
                    }
                })
                .collect();
            let mut hinted = String::from(voice.t(|w| &w.guided.date_example));
            hinted.push(' ');
            hinted.push_str(voice.t(|w| &w.guided.empty_if_not_sure));
            group(Some(hinted), html! { <div class="pss-date">{inputs}</div> })
        }
        (_, Raw::Text { text: value, .. }) => {
            let id = ids.of(q.id);
            html! {
                <div class="pss-q">
                    {step_heading(level, ids, html! { <label for={id.clone()}>{title.clone()}</label> })}
                    {hint(voice.t(|w| &w.guided.empty_if_not_sure).to_owned())}
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
            {primary("continue", voice.t(|w| &w.guided.go_on))}
        </>
    }
}
