//! "Open a saved screening" on the one-page form: the button that opens the paste field, the
//! field (a case note, its last line, or a family's hand-off code), "Keep the saved screening
//! date", Open, Scan (where the browser can read a QR code: [`crate::scan`]) and Close, and
//! what went wrong with the last text. What a saved screening says beside the result, and the
//! problems, in words ([`since_lines`], [`problem_text`]).
//!
//! The reading is `screener_form::saved`'s: this component sends the text as it is (refused
//! first when it is too long to copy out of the page) and the root's reducer fills the form, or
//! keeps what it had and says why. The field's text is the browser's own until then: it leaves
//! the page with the field, which closes once the text is opened (and with Start over, idle time
//! and leaving the page).
//!
//! The DOM contract: `[data-action=open-saved]` opens the field `textarea[name=saved]`,
//! `[data-action=open-saved-apply]` applies it, `[data-saved-error]` holds the message,
//! `[data-action=scan]` scans, `input[name=keep_date]` keeps the saved date.

use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use screener::dates;
use screener::engine::{Outcome, Screening};
use screener::model::Voice;
use screener::sentences::{self, DateStyle};
use screener::template::render;
use screener_contract::handoff::CodeProblem;
use screener_form::saved::{self, Panel, SavedProblem, Since};
use screener_form::state::Action;

use super::{when, Ids};
use crate::scan;

#[derive(Properties, PartialEq)]
pub(crate) struct SavedProps {
    pub voice: Voice,
    pub ids: Ids,
    pub panel: Panel,
    pub on_action: Callback<Action>,
}

#[function_component]
pub(crate) fn SavedPanel(props: &SavedProps) -> Html {
    let SavedProps { voice, ids, panel, on_action } = props;
    let voice = *voice;
    let text = use_node_ref();
    let keep = use_node_ref();
    let toggle = use_node_ref();
    let video = use_node_ref();
    let can_scan = use_memo((), |_| scan::available());
    let scanning = use_state_eq(|| false);
    let scan_failed = use_state_eq(|| false);
    let scanner = use_mut_ref(|| None::<scan::Scanner>);

    // Opened: the focus goes to the field. Closed after it was open: back to the button.
    {
        let (text, toggle) = (text.clone(), toggle.clone());
        let was_open = use_mut_ref(|| false);
        use_effect_with(panel.open, move |open| {
            let target = match (*open, was_open.replace(*open)) {
                (true, false) => text.cast::<HtmlElement>(),
                (false, true) => toggle.cast::<HtmlElement>(),
                _ => None,
            };
            if let Some(target) = target {
                let _ = target.focus();
            }
        });
    }
    // Scanning: the camera runs while the video is shown; it stops when scanning ends.
    {
        let (video, scanner, scanning_now, failed) =
            (video.clone(), scanner.clone(), scanning.clone(), scan_failed.clone());
        let (on_action, keep) = (on_action.clone(), keep.clone());
        let on = *scanning && panel.open;
        use_effect_with(on, move |on| {
            if *on {
                if let Some(element) = video.cast::<web_sys::Element>() {
                    let done = scanning_now.clone();
                    let found = move |code: String| {
                        done.set(false);
                        let keep_date = keep.cast::<HtmlInputElement>().is_some_and(|k| k.checked());
                        on_action.emit(Action::ApplySaved { text: code, keep_date });
                    };
                    let failed = move || {
                        failed.set(true);
                        scanning_now.set(false);
                    };
                    *scanner.borrow_mut() = Some(scan::start(element, found, failed));
                }
            }
            move || drop(scanner.borrow_mut().take())
        });
    }

    let open_button = {
        let on_action = on_action.clone();
        let open = panel.open;
        let onclick = Callback::from(move |_: MouseEvent| on_action.emit(Action::OpenSaved(!open)));
        html! {
            <button type="button" class="pss-link" data-action="open-saved" ref={toggle}
                aria-expanded={if open { "true" } else { "false" }} aria-controls={open.then(|| ids.of("saved"))} {onclick}>
                {voice.t(|w| &w.form.open_saved)}
            </button>
        }
    };
    let apply = {
        let (on_action, text, keep) = (on_action.clone(), text.clone(), keep.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(area) = text.cast::<HtmlTextAreaElement>() else { return };
            let keep_date = keep.cast::<HtmlInputElement>().is_some_and(|k| k.checked());
            // A text too long to be a note is refused before it is copied out of the page.
            let size = usize::try_from(area.text_length()).unwrap_or(usize::MAX);
            match saved::too_long(size) {
                Some(problem) => on_action.emit(Action::SavedRefused(problem)),
                None => on_action.emit(Action::ApplySaved { text: area.value(), keep_date }),
            }
        })
    };
    let close = on_action.reform(|_: MouseEvent| Action::OpenSaved(false));
    let start_scan = {
        let (scanning, failed) = (scanning.clone(), scan_failed.clone());
        Callback::from(move |_: MouseEvent| {
            failed.set(false);
            scanning.set(true);
        })
    };
    let stop_scan = {
        let scanning = scanning.clone();
        Callback::from(move |_: MouseEvent| scanning.set(false))
    };
    let error = panel
        .error
        .as_ref()
        .map(|p| problem_text(voice, p))
        .or_else(|| (*scan_failed).then(|| voice.t(|w| &w.form.scan_failed).to_owned()));
    let (field, hint, problem) = (ids.of2("saved", "text"), ids.of2("saved", "hint"), ids.of2("saved", "problem"));
    let described = if error.is_some() { format!("{hint} {problem}") } else { hint.clone() };
    let body = when(panel.open, || {
        html! {
            <div class="pss-saved-panel" id={ids.of("saved")}>
                <label for={field.clone()}>{voice.t(|w| &w.form.saved_label)}</label>
                <p class="pss-hint" id={hint.clone()}>{voice.t(|w| &w.form.saved_hint)}</p>
                <textarea id={field.clone()} name="saved" rows="4" ref={text.clone()} spellcheck="false"
                    autocomplete="off" aria-describedby={described.clone()}
                    aria-invalid={error.as_ref().map(|_| "true")} />
                <label class="pss-option">
                    <input type="checkbox" name="keep_date" ref={keep.clone()} />
                    <span>{voice.t(|w| &w.form.keep_date)}</span>
                </label>
                <p class="pss-problem" id={problem.clone()} role="alert" data-saved-error="">
                    {when(error.is_some(), || html! {
                        <><span class="pss-icon" aria-hidden="true">{"⚠"}</span>{error.clone().unwrap_or_default()}</>
                    })}
                </p>
                {when(*scanning, || html! {
                    <video class="pss-scan" ref={video.clone()} muted=true playsinline=true aria-hidden="true"></video>
                })}
                <div class="pss-actions">
                    <button type="button" data-action="open-saved-apply" onclick={apply.clone()}>{voice.t(|w| &w.form.open)}</button>
                    {when(*can_scan && !*scanning, || html! {
                        <button type="button" data-action="scan" onclick={start_scan.clone()}>{voice.t(|w| &w.form.scan)}</button>
                    })}
                    {when(*scanning, || html! {
                        <button type="button" data-action="scan-stop" onclick={stop_scan.clone()}>{voice.t(|w| &w.form.scan_stop)}</button>
                    })}
                    <button type="button" data-action="open-saved-close" onclick={close.clone()}>{voice.t(|w| &w.form.close)}</button>
                </div>
            </div>
        }
    });
    html! {
        <div class="pss-saved">
            {open_button}
            {body}
        </div>
    }
}

/// What is wrong with a pasted text, in `voice`'s words.
pub(crate) fn problem_text(voice: Voice, problem: &SavedProblem) -> String {
    let w = &voice.words().form;
    let say = |said| voice.say(said).to_owned();
    match problem {
        SavedProblem::Empty => say(&w.saved_empty),
        SavedProblem::TooLong { size } => render(
            voice.say(&w.saved_too_long),
            &[("size", &size.div_ceil(1024).to_string()), ("most", &(saved::LONGEST / 1024).to_string())],
        ),
        SavedProblem::NotARequest => say(&w.saved_not_a_request),
        SavedProblem::Code(CodeProblem::Character(c)) => {
            render(voice.say(&w.code_character), &[("character", &c.to_string())])
        }
        SavedProblem::Code(CodeProblem::Check) => say(&w.code_check),
        SavedProblem::Code(CodeProblem::Unreadable) => say(&w.code_unreadable),
        SavedProblem::Code(CodeProblem::OtherRules { version }) => {
            render(voice.say(&w.code_other_rules), &[("version", &dates::format(*version))])
        }
        SavedProblem::Request(error) => {
            render(voice.say(&w.saved_request), &[("message", error.message_in(voice.lang).trim_end_matches('.'))])
        }
        SavedProblem::NotOffered { program } => render(voice.say(&w.saved_not_offered), &[("program", program)]),
    }
}

/// A result within a sentence: "not eligible until 2027-01-02".
fn outcome_words(voice: Voice, outcome: Outcome, eligible_from: Option<chrono::NaiveDate>, style: DateStyle) -> String {
    let w = &voice.words().form;
    match (outcome, eligible_from) {
        (Outcome::NotEligible, Some(date)) => {
            render(voice.say(&w.then_not_eligible_until), &[("date", &sentences::date(date, voice, style))])
        }
        (Outcome::NotEligible, None) => voice.say(&w.then_not_eligible).to_owned(),
        (Outcome::Eligible, _) => voice.say(&w.then_eligible).to_owned(),
        (Outcome::Incomplete, _) => voice.say(&w.then_incomplete).to_owned(),
    }
}

/// What a screening opened from a saved one says beside its result, when the rules or the result
/// changed since (SCREENING.md's example: "Screened on 2026-11-22 under rules of 2026-11-30: not
/// eligible until 2027-01-02. Today: eligible."); nothing when neither did. `today` tells
/// "Today" from another screening date.
pub(crate) fn since_lines(voice: Voice, since: &Since, now: &Screening, today: chrono::NaiveDate) -> Vec<String> {
    if !since.differs(now) {
        return Vec::new();
    }
    let w = &voice.words().form;
    let style = DateStyle::for_voice(voice);
    let date = |d| sentences::date(d, voice, style);
    let current = dates::parse(now.program.version).map_or_else(|| now.program.version.to_owned(), date);
    let then = outcome_words(voice, since.outcome, since.eligible_from, style);
    let first = match (since.screened_on, since.version, since.other_version(now.program)) {
        (None, _, Some(version)) => {
            render(voice.say(&w.since_code_rules), &[("version", &date(version)), ("current", &current)])
        }
        (None, _, None) => return Vec::new(),
        (Some(on), _, Some(version)) => render(
            voice.say(&w.since_rules_changed),
            &[("date", &date(on)), ("version", &date(version)), ("current", &current), ("outcome", &then)],
        ),
        (Some(on), Some(version), None) => render(
            voice.say(&w.since_screened),
            &[("date", &date(on)), ("version", &date(version)), ("outcome", &then)],
        ),
        (Some(on), None, None) => render(voice.say(&w.since_screened_on), &[("date", &date(on)), ("outcome", &then)]),
    };
    let now_words = outcome_words(voice, now.outcome, now.eligible_from, style);
    let second = if now.as_of == today {
        render(voice.say(&w.since_today), &[("outcome", &now_words)])
    } else {
        render(voice.say(&w.since_on), &[("date", &date(now.as_of)), ("outcome", &now_words)])
    };
    vec![first, second]
}
