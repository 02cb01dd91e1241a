//! After the questions: "Check your answers" (every answer given, each with Change), and the
//! result (a plain headline, the reasons with their dates written out, what to do next, the
//! hand-off to an intake worker, Print and Start again).

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use screener::dates;
use screener::engine::{Outcome, Status};
use screener::rules;
use screener::sentences::{self, DateStyle};
use screener_form::guided::{self, Step};
use screener_form::state::Action;

use super::parts::{link, primary, step_heading, who_words, Ctx};
use crate::view::handoff;
use crate::view::help::ContactBlock;
use crate::view::{heading, list, problem_text, when};

/// A button that changes one answer (and comes back to the check step after).
fn change(on_action: &Callback<Action>, field: &'static str, step: Step, text: Html) -> Html {
    let onclick = on_action.reform(move |_: MouseEvent| Action::Guided(guided::Action::Change(step)));
    html! { <button type="button" class="pss-link" data-action="change" data-question={field} {onclick}>{text}</button> }
}

/// "Check your answers": every answer given, each with "Change"; why the questions stopped
/// early, if they did.
pub(crate) fn check(ctx: &Ctx) -> Html {
    let Ctx { voice, ids, level, state, evaluation, on_action, .. } = *ctx;
    let (sheet, path) = (&state.sheet, &state.guided);
    let Some(shown) = evaluation.screened.as_ref() else { return Html::default() };
    let w = &voice.words().guided;
    let row = |field: &'static str, step: Step, question: &'static str, answer: String| {
        let text = html! { <>{voice.t(|w| &w.guided.change)}<span class="pss-sr">{" "}{question}</span></> };
        html! {
            <div class="pss-row" data-question={field}>
                <dt>{question}</dt>
                <dd>{answer}</dd>
                <dd>{change(on_action, field, step, text)}</dd>
            </div>
        }
    };
    let mut rows = Vec::new();
    if path.is_open(sheet, Step::State) {
        let name = path.place(sheet).and_then(rules::state_name).map_or("", |n| voice.text(n));
        rows.push(row("state", Step::State, voice.say(&w.state_question), name.to_owned()));
    }
    if path.is_open(sheet, Step::Who) {
        let who = path.who(sheet).map_or("", |who| voice.say(who_words(voice.words(), who)));
        rows.push(row("who", Step::Who, voice.say(&w.who_question), who.to_owned()));
    }
    for q in path.given(sheet) {
        let answer = sentences::answer_or_not_sure(&shown.answers, q.id, voice, DateStyle::Long);
        rows.push(row(q.id, Step::Question(q.id), voice.text(&q.text), answer));
    }
    let early = path.stopped_early(sheet, &shown.screening).then(|| {
        let program = shown.screening.program;
        let why = guided::settled(&shown.screening)
            .map(|f| sentences::reason(program, f, voice, DateStyle::Long))
            .unwrap_or_default();
        html! {
            <div class="pss-notice" data-role="settled">
                <p>{voice.t(|w| &w.guided.already_show)}</p>
                <p>{why}</p>
                {link("answer-rest", voice.t(|w| &w.guided.answer_rest), on_action, guided::Action::AnswerRest)}
            </div>
        }
    });
    // North Carolina's source is a draft: said wherever a result is, the check step too.
    let draft = shown.screening.program.document.draft;
    html! {
        <>
            {step_heading(level, ids, html! { {voice.t(|w| &w.guided.check_title)} })}
            {when(draft, || html! { <p class="pss-notice" data-role="draft">{voice.t(|w| &w.result.draft)}</p> })}
            {early.unwrap_or_default()}
            <dl class="pss-summary">{rows}</dl>
            {primary("see-result", voice.t(|w| &w.guided.see_result))}
        </>
    }
}

/// The result: the headline, the reasons, what we still need to know, what to do next.
pub(crate) fn results(ctx: &Ctx) -> Html {
    let Ctx { voice, ids, level, state, evaluation, on_action, .. } = *ctx;
    let inner = heading(level.saturating_add(1));
    let Some(shown) = evaluation.screened.as_ref() else {
        let problem = evaluation.as_of_problem.map(|p| problem_text(voice, p, state.sheet.today)).unwrap_or_default();
        return html! { <>{step_heading(level, ids, html! { {voice.t(|w| &w.form.result)} })}<p>{problem}</p></> };
    };
    let sc = &shown.screening;
    let program = sc.program;
    let w = voice.words();
    let (headline, icon) = match sc.outcome {
        Outcome::Eligible => (&w.guided.eligible, Status::Pass),
        Outcome::NotEligible => (&w.guided.not_eligible, Status::Fail),
        Outcome::Incomplete => (&w.guided.incomplete, Status::Unknown),
    };
    let dated = sentences::dates_said(sc, voice, DateStyle::Long);
    let next_steps: Vec<String> = sentences::next_steps(sc, voice).into_iter().map(str::to_owned).collect();
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
                        <span class="pss-icon" aria-hidden="true">{sentences::status_icon(f.status)}</span>
                        {voice.say(sentences::status(voice.words(), f.status))}
                    </span>
                    {" "}{sentences::reason(program, f, voice, DateStyle::Long)}
                </li>
            }
        })
        .collect();
    let missing: Html = sc
        .missing
        .iter()
        .filter_map(|id| program.question(id))
        .map(|q| html! { <li>{change(on_action, q.id, Step::Question(q.id), html! { {voice.text(&q.text)} })}</li> })
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
        <div {class} data-outcome={sc.outcome.code()} data-policy-status={program.policy_status().code()}
            data-eligible-from={sc.eligible_from.map(dates::format)}
            data-rescreen-on={sc.rescreen_on.map(dates::format)}>
            {step_heading(level, ids, html! {
                <span class="pss-outcome" data-role="outcome">
                    <span class="pss-icon" aria-hidden="true">{sentences::status_icon(icon)}</span>{voice.say(headline)}
                </span>
            })}
            <p>{voice.t(|w| &w.result.program)}{": "}{voice.text(&program.title)}</p>
            {when(program.document.draft, || html! { <p class="pss-notice" data-role="draft">{voice.t(|w| &w.result.draft)}</p> })}
            {when(!dated.is_empty(), || html! { <div class="pss-when" data-role="dates">{list(&dated)}</div> })}
            <@{inner}>{voice.t(|w| &w.guided.why)}</@>
            <ul class="pss-reasons">{reasons}</ul>
            {when(!sc.missing.is_empty(), || html! { <><@{inner}>{voice.t(|w| &w.result.missing)}</@><ul class="pss-plain">{missing}</ul></> })}
            {when(!next_steps.is_empty(), || html! { <><@{inner}>{voice.t(|w| &w.guided.what_next)}</@>{list(&next_steps)}</> })}
            <ContactBlock {voice} heading={inner} contact={state.contact.clone()} ask={&program.ask} />
            {handoff::view(voice, ids, inner, state.handoff, &shown.answers, on_action)}
            <p class="pss-fine">{voice.t(|w| &w.guided.not_a_decision)}</p>
            <div class="pss-actions">
                <button type="button" data-action="print" onclick={print}>{voice.t(|w| &w.form.print)}</button>
                {link("start-again", voice.t(|w| &w.guided.start_again), on_action, guided::Action::StartAgain)}
            </div>
        </div>
    }
}
