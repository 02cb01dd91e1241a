//! The live result: the outcome, the dates (eligible from, transition windows), what to answer
//! next (buttons that move focus to the question), every criterion with its status, reason and
//! source, next steps, service facts, the rulebook version and what this result is not; beside
//! the outcome, what a screening opened from a saved one says of it (`data-role="since"`), and
//! on an admission that has a review, "Start a continued-stay review" (`data-action=start-review`).
//!
//! The DOM contract agencies' tests read: `data-outcome` and `data-eligible-from` on the section,
//! `data-criterion` and `data-status` on each criterion, `data-role` on the outcome and dates.

use std::rc::Rc;

use yew::prelude::*;

use screener::dates as date;
use screener::engine::{Outcome, Screening, Status};
use screener::model::{Program, Said, Voice};
use screener::sentences::{self, DateStyle};
use screener::template::render;
use screener_form::contact::Contact;

use super::help::{ContactBlock, CrisisBlock};
use super::{list, when, Ids};

#[derive(Properties, PartialEq)]
pub(crate) struct ResultProps {
    pub voice: Voice,
    pub ids: Ids,
    pub heading: &'static str,
    /// The screening, or `None` with what to say instead (no program yet, not in force).
    pub screening: Option<Rc<Screening>>,
    /// How its dates are written (out, for families).
    pub style: DateStyle,
    pub empty: AttrValue,
    /// "What to answer next": the question whose control should take focus.
    pub on_focus: Callback<&'static str>,
    /// The agency's contact, shown under "What to do next".
    pub contact: Contact,
    /// Whether help in a crisis is shown with the result.
    pub crisis: bool,
    /// What a screening opened from a saved one says of it (empty when nothing changed).
    pub since: Vec<String>,
    /// The continued-stay review of this admission program, when it has one offered here.
    pub review: Option<&'static Program>,
    pub on_review: Callback<()>,
}

#[function_component]
pub(crate) fn ResultPanel(props: &ResultProps) -> Html {
    let ResultProps {
        voice,
        ids,
        heading,
        screening,
        style,
        empty,
        on_focus,
        contact,
        crisis,
        since,
        review,
        on_review,
    } = props;
    let (voice, heading) = (*voice, *heading);
    let title = ids.of("result-h");
    let Some(sc) = screening else {
        return html! {
            <section class="pss-result" id={ids.of("result")} aria-labelledby={title.clone()}>
                <@{heading} id={title}>{voice.t(|w| &w.form.result)}</@>
                <p class="pss-empty">{empty.clone()}</p>
            </section>
        };
    };
    let program = sc.program;
    let w = &voice.words().result;
    let (icon, class) = match sc.outcome {
        Outcome::Eligible => (Status::Pass, "pss-result pss-pass"),
        Outcome::NotEligible => (Status::Fail, "pss-result pss-fail"),
        Outcome::Incomplete => (Status::Unknown, "pss-result pss-unknown"),
    };
    let part = |title: &Said, class: &'static str, body: Html| {
        html! { <div {class}><@{heading}>{voice.say(title)}</@>{body}</div> }
    };
    let dates = sentences::dates_said(sc, voice, *style);
    let missing = (!sc.missing.is_empty()).then(|| {
        let items: Html = sc
            .missing
            .iter()
            .map(|&id| {
                let text = program.question(id).map_or(id, |q| voice.text(&q.text));
                let onclick = on_focus.reform(move |_: MouseEvent| id);
                html! { <li><button type="button" class="pss-link" data-action="focus" data-question={id} {onclick}>{text}</button></li> }
            })
            .collect();
        part(&w.missing, "pss-missing", html! { <ul>{items}</ul> })
    });
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
                            <span class="pss-icon" aria-hidden="true">{sentences::status_icon(f.status)}</span>
                            {voice.say(sentences::status(voice.words(), f.status))}
                        </span>
                        <span class="pss-kind">{voice.say(sentences::kind(voice.words(), c.kind()))}</span>
                    </p>
                    <p class="pss-reason">{sentences::reason(program, f, voice, *style)}</p>
                    <details class="pss-source">
                        <summary>{voice.t(|w| &w.result.source)}</summary>
                        // The source's own words: `translate="no"` tells translators (and the
                        // pseudo-locale test) that they are meant as they are.
                        <p translate="no"><cite>{program.document.title}</cite>{", "}{c.source.section}</p>
                        <blockquote lang="en" translate="no">{c.source.quote}</blockquote>
                    </details>
                </li>
            }
        })
        .collect();
    let facts = sentences::service_facts(program, voice);
    let next_steps: Vec<String> = sentences::next_steps(sc, voice).into_iter().map(str::to_owned).collect();
    html! {
        <section {class} id={ids.of("result")} aria-labelledby={title.clone()}
            data-outcome={sc.outcome.code()} data-policy-status={program.policy_status().code()}
            data-eligible-from={sc.eligible_from.map(date::format)}
            data-rescreen-on={sc.rescreen_on.map(date::format)}>
            <@{heading} id={title}>{voice.t(|w| &w.form.result)}</@>
            <p class="pss-outcome" data-role="outcome">
                <span class="pss-icon" aria-hidden="true">{sentences::status_icon(icon)}</span>
                {voice.say(sentences::outcome(voice.words(), sc.outcome))}
            </p>
            { when(program.document.draft, || html! {
                <p class="pss-notice" data-role="draft"><span class="pss-icon" aria-hidden="true">{"ⓘ"}</span>{voice.t(|w| &w.result.draft)}</p>
            }) }
            { when(!dates.is_empty(), || html! { <div class="pss-when" data-role="dates">{list(&dates)}</div> }) }
            { when(!since.is_empty(), || html! {
                <div class="pss-notice" data-role="since"><span class="pss-icon" aria-hidden="true">{"ⓘ"}</span>{list(since)}</div>
            }) }
            {review.map(|review| {
                let onclick = on_review.reform(|_: MouseEvent| ());
                let hint = render(voice.t(|w| &w.form.review_hint), &[("program", voice.text(&review.title))]);
                html! {
                    <div class="pss-review">
                        <button type="button" data-action="start-review" data-program={review.id} {onclick}
                            aria-describedby={ids.of("review-hint")}>{voice.t(|w| &w.form.start_review)}</button>
                        <p class="pss-hint" id={ids.of("review-hint")}>{hint}</p>
                    </div>
                }
            }).unwrap_or_default()}
            {missing.unwrap_or_default()}
            {part(&w.criteria, "pss-criteria", html! { <ul>{criteria}</ul> })}
            { when(!next_steps.is_empty(), || part(&w.next_steps, "pss-next", list(&next_steps))) }
            <ContactBlock {voice} {heading} contact={contact.clone()} ask={&program.ask} />
            { when(*crisis, || html! { <CrisisBlock {voice} {heading} /> }) }
            { when(!facts.is_empty(), || part(&w.service, "pss-service", list(&facts))) }
            <p class="pss-fine">{voice.t(|w| &w.result.version)}{": "}{program.version}{". "}{voice.t(|w| &w.result.disclaimer)}</p>
        </section>
    }
}
