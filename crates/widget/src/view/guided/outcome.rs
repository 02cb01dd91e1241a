//! After the questions: "Check your answers" (every answer given, each with Change), and the
//! result (a plain headline, the reasons with their dates written out, what to do next, Print and
//! Start again).

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use screener::dates;
use screener::engine::{Outcome, Status};
use screener::form::Action;
use screener::guided::{self, Step, Who};
use screener::rules;
use screener::words::{form as label, guided as words, result};

use super::{link, primary, step_heading, Ctx};
use crate::view::help::ContactBlock;
use crate::view::{heading, list, when};

/// A button that changes one answer (and comes back to the check step after).
fn change(on_action: &Callback<Action>, field: &'static str, step: Step, text: Html) -> Html {
    let onclick = on_action.reform(move |_: MouseEvent| Action::Guided(guided::Action::Change(step)));
    html! { <button type="button" class="pss-link" data-action="change" data-question={field} {onclick}>{text}</button> }
}

/// "Check your answers": every answer given, each with "Change"; why the questions stopped
/// early, if they did.
pub(crate) fn check(ctx: &Ctx) -> Html {
    let Ctx { voice, ids, level, form, on_action, .. } = *ctx;
    let Some(shown) = guided::screened(form) else { return Html::default() };
    let row = |field: &'static str, step: Step, question: &'static str, answer: String| {
        let text = html! { <>{voice.t(&words::CHANGE)}<span class="pss-sr">{" "}{question}</span></> };
        html! {
            <div class="pss-row" data-question={field}>
                <dt>{question}</dt>
                <dd>{answer}</dd>
                <dd>{change(on_action, field, step, text)}</dd>
            </div>
        }
    };
    let mut rows = Vec::new();
    if guided::is_open(form, Step::State) {
        let name = guided::place(form).and_then(rules::state_name).map_or("", |n| voice.t(n));
        rows.push(row("state", Step::State, voice.t(&words::STATE_QUESTION), name.to_owned()));
    }
    if guided::is_open(form, Step::Who) {
        let who = match guided::who(form) {
            Some(Who::Child) => voice.t(&words::FOR_MY_CHILD),
            _ => voice.t(&words::FOR_ME),
        };
        rows.push(row("who", Step::Who, voice.t(&words::WHO_QUESTION), who.to_owned()));
    }
    for q in guided::given(form) {
        let answer = guided::answer_text(&shown.answers, q, voice.audience, voice.lang);
        rows.push(row(q.id, Step::Question(q.id), voice.t(&q.text), answer));
    }
    let early = guided::stopped_early(form, &shown.screening).then(|| {
        let why = guided::settled(&shown.screening).map(|f| f.reason.clone()).unwrap_or_default();
        html! {
            <div class="pss-notice" data-role="settled">
                <p>{voice.t(&words::ALREADY_SHOW)}</p>
                <p>{why}</p>
                {link("answer-rest", voice.t(&words::ANSWER_REST), on_action, guided::Action::AnswerRest)}
            </div>
        }
    });
    html! {
        <>
            {step_heading(level, ids, html! { {voice.t(&words::CHECK_TITLE)} })}
            {early.unwrap_or_default()}
            <dl class="pss-summary">{rows}</dl>
            {primary("see-result", voice.t(&words::SEE_RESULT))}
        </>
    }
}

/// The result: the headline, the reasons, what we still need to know, what to do next.
pub(crate) fn results(ctx: &Ctx) -> Html {
    let Ctx { voice, ids, level, form, on_action, .. } = *ctx;
    let inner = heading(level.saturating_add(1));
    let Some(shown) = guided::screened(form) else {
        let problem = form.evaluate().as_of_problem.map(|p| voice.problem(p, form.today)).unwrap_or_default();
        return html! { <>{step_heading(level, ids, html! { {voice.t(&label::RESULT)} })}<p>{problem}</p></> };
    };
    let sc = &shown.screening;
    let program = sc.program;
    let (headline, icon) = match sc.outcome {
        Outcome::Eligible => (&words::ELIGIBLE, Status::Pass),
        Outcome::NotEligible => (&words::NOT_ELIGIBLE, Status::Fail),
        Outcome::Incomplete => (&words::INCOMPLETE, Status::Unknown),
    };
    let dated = guided::dated(sc, voice.audience, voice.lang);
    // Not eligible: what the answers given show, not the questions the path no longer asked.
    let shown_reasons =
        sc.findings.iter().filter(|f| sc.outcome != Outcome::NotEligible || f.status != Status::Unknown);
    let reasons: Html = shown_reasons
        .map(|f| {
            let class = match f.status {
                Status::Pass => "pss-criterion pss-pass",
                Status::Fail => "pss-criterion pss-fail",
                Status::Unknown => "pss-criterion pss-unknown",
            };
            html! {
                <li {class} data-criterion={f.criterion.id} data-status={f.status.code()}>
                    <span class="pss-status">
                        <span class="pss-icon" aria-hidden="true">{result::status_icon(f.status)}</span>
                        {voice.t(result::status_words(f.status))}
                    </span>
                    {" "}{f.reason.clone()}
                </li>
            }
        })
        .collect();
    let missing: Html = sc
        .missing
        .iter()
        .filter_map(|id| program.question(id))
        .map(|q| html! { <li>{change(on_action, q.id, Step::Question(q.id), html! { {voice.t(&q.text)} })}</li> })
        .collect();
    let print = Callback::from(|e: MouseEvent| {
        let root = e.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|t| t.closest(".pss").ok().flatten());
        if let Some(root) = root {
            crate::browser::print_only(&root);
        }
    });
    let class = match icon {
        Status::Pass => "pss-result pss-pass",
        Status::Fail => "pss-result pss-fail",
        Status::Unknown => "pss-result pss-unknown",
    };
    html! {
        <div {class} data-outcome={sc.outcome.code()} data-eligible-from={sc.eligible_from.map(dates::format)}
            data-rescreen-on={sc.rescreen_on.map(dates::format)}>
            {step_heading(level, ids, html! {
                <span class="pss-outcome" data-role="outcome">
                    <span class="pss-icon" aria-hidden="true">{result::status_icon(icon)}</span>{voice.t(headline)}
                </span>
            })}
            <p>{voice.t(&result::PROGRAM)}{": "}{voice.t(&program.title)}</p>
            {when(program.document.draft, || html! { <p class="pss-notice" data-role="draft">{voice.t(&result::DRAFT)}</p> })}
            {when(!dated.is_empty(), || html! { <div class="pss-when" data-role="dates">{list(&dated)}</div> })}
            <@{inner}>{voice.t(&words::WHY)}</@>
            <ul class="pss-reasons">{reasons}</ul>
            {when(!sc.missing.is_empty(), || html! { <><@{inner}>{voice.t(&result::MISSING)}</@><ul class="pss-plain">{missing}</ul></> })}
            {when(!sc.next_steps.is_empty(), || html! { <><@{inner}>{voice.t(&words::WHAT_NEXT)}</@>{list(&sc.next_steps)}</> })}
            <ContactBlock {voice} heading={inner} contact={form.contact.clone()} ask={&program.ask} />
            <p class="pss-fine">{voice.t(&words::NOT_A_DECISION)}</p>
            <div class="pss-actions">
                <button type="button" data-action="print" onclick={print}>{voice.t(&label::PRINT)}</button>
                {link("start-again", voice.t(&words::START_AGAIN), on_action, guided::Action::StartAgain)}
            </div>
        </div>
    }
}
