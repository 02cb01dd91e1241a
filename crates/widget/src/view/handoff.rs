//! The family's hand-off to an intake worker, on the guided path's result: a button
//! (`[data-action=handoff]`) that shows, after a plain warning that the code holds the answers,
//! the hand-off code as text (`[data-handoff-code]`) and as a QR code (an `svg` in
//! `[data-handoff-qr]`).
//!
//! The code is written from the answers when the result is rendered
//! (`screener_contract::handoff`), never kept: the state holds only whether it is shown, so it
//! leaves the DOM with Start again, Exit, idle time, leaving the page, or a move off the result.
//! The QR code is the `qrcodegen` crate's symbol (Project Nayuki's reference implementation, no
//! dependencies), drawn here as one SVG path: a run of dark modules in a row is one rectangle.
//! It costs the page 5.7 KB of brotli'd WebAssembly, where the `qrcode` crate (without its image
//! and SVG renderers) cost 12.3 KB.

use std::fmt::Write;

use qrcodegen::{QrCode, QrCodeEcc};
use yew::prelude::*;

use screener::answers::Answers;
use screener::model::Voice;
use screener_contract::handoff;
use screener_form::state::Action;

use super::Ids;

/// The light margin around a QR code, in modules (the standard's quiet zone).
const QUIET: usize = 4;

/// The hand-off part of the family's result: the button, and the code when it is shown.
pub(crate) fn view(
    voice: Voice,
    ids: &Ids,
    heading: &'static str,
    shown: bool,
    answers: &Answers,
    on_action: &Callback<Action>,
) -> Html {
    let onclick = on_action.reform(move |_: MouseEvent| Action::Handoff(!shown));
    let button = html! {
        // `aria-controls` only while what it names is there: an id must refer to an element.
        <button type="button" data-action="handoff" aria-expanded={if shown { "true" } else { "false" }}
            aria-controls={shown.then(|| ids.of("handoff"))} {onclick}>
            {voice.t(|w| &w.guided.handoff)}
        </button>
    };
    if !shown {
        return html! { <div class="pss-handoff">{button}</div> };
    }
    let code = handoff::encode(answers, voice.lang, voice.subject);
    let qr = qr_path(&code).map(|(width, path)| {
        let side = (width + 2 * QUIET).to_string();
        let start = format!("-{QUIET}");
        html! {
            <svg viewBox={format!("{start} {start} {side} {side}")} role="img" aria-label={voice.t(|w| &w.guided.handoff_qr)}
                shape-rendering="crispEdges">
                <rect x={start.clone()} y={start} width={side.clone()} height={side} fill="#fff" />
                <path d={path} fill="#000" />
            </svg>
        }
    });
    let label = ids.of2("handoff", "label");
    html! {
        <div class="pss-handoff">
            {button}
            <section id={ids.of("handoff")} class="pss-handoff-shown" aria-labelledby={ids.of2("handoff", "h")}>
                <@{heading} id={ids.of2("handoff", "h")}>{voice.t(|w| &w.guided.handoff)}</@>
                <p class="pss-warn" data-role="handoff-warning">
                    <span class="pss-icon" aria-hidden="true">{"⚠"}</span>{voice.t(|w| &w.guided.handoff_warning)}
                </p>
                <p class="pss-label" id={label.clone()}>{voice.t(|w| &w.guided.handoff_code)}</p>
                <p class="pss-code" data-handoff-code="" translate="no" aria-labelledby={label}>{code}</p>
                <div class="pss-qr" data-handoff-qr="">{qr.unwrap_or_default()}</div>
                <p class="pss-hint">{voice.t(|w| &w.guided.handoff_how)}</p>
            </section>
        </div>
    }
}

/// The QR code of `text` (error correction M) as its width in modules and one SVG path of its
/// dark modules; `None` when the text does not fit a QR code (a code never is that long).
pub(crate) fn qr_path(text: &str) -> Option<(usize, String)> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let width = usize::try_from(code.size()).ok()?;
    let mut path = String::with_capacity(width * width);
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if !dark(&code, x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && dark(&code, x, y) {
                x += 1;
            }
            let run = x - start;
            let _ = write!(path, "M{start} {y}h{run}v1h-{run}z");
        }
    }
    Some((width, path))
}

fn dark(code: &QrCode, x: usize, y: usize) -> bool {
    code.get_module(i32::try_from(x).unwrap_or(-1), i32::try_from(y).unwrap_or(-1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_qr_path_covers_exactly_the_dark_modules() {
        let (width, path) = qr_path("1K4Q-7ZD0-M3XA-QR7").expect("fits");
        assert_eq!(width, 21, "a short code fits the smallest symbol (version 1)");
        let code = QrCode::encode_text("1K4Q-7ZD0-M3XA-QR7", QrCodeEcc::Medium).expect("fits");
        let dark = (0..21).flat_map(|y| (0..21).map(move |x| (x, y))).filter(|(x, y)| code.get_module(*x, *y)).count();
        let covered: usize = path
            .split('M')
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.split_once('h')
                    .and_then(|(_, rest)| rest.split_once('v'))
                    .map_or(0, |(n, _)| n.parse::<usize>().unwrap_or(0))
            })
            .sum();
        assert_eq!(covered, dark);
        assert!(path.starts_with("M0 0h7v1h-7z"), "the finder pattern's top row: {path:.40}");
    }
}
