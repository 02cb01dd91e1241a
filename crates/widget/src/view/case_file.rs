//! For the case file: Print, Copy case note and Start over, the copy status, and the note shown
//! selected for copying by hand when the clipboard refuses.

use std::rc::Rc;

use yew::prelude::*;

use screener::model::Voice;
use screener_form::state::Note;

use super::{when, Ids};

/// What a case-file button asks for. Its `data-action` (and `name`) is [`CaseFileAction::name`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CaseFileAction {
    Print,
    Copy,
    StartOver,
}

impl CaseFileAction {
    pub fn name(self) -> &'static str {
        match self {
            CaseFileAction::Print => "print",
            CaseFileAction::Copy => "copy",
            CaseFileAction::StartOver => "start-over",
        }
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct CaseFileProps {
    pub voice: Voice,
    pub ids: Ids,
    /// The case note, once there is a screening to note.
    pub note: Option<Rc<str>>,
    pub status: Note,
    pub on_action: Callback<CaseFileAction>,
}

#[function_component]
pub(crate) fn CaseFile(props: &CaseFileProps) -> Html {
    let CaseFileProps { voice, ids, note, status, on_action } = props;
    let voice = *voice;
    let area = use_node_ref();
    // Copying by hand: the note is selected, ready for Ctrl+C.
    {
        let area = area.clone();
        use_effect_with(*status, move |status| {
            if *status == Note::Manual {
                if let Some(area) = area.cast::<web_sys::HtmlTextAreaElement>() {
                    let _ = area.focus();
                    area.select();
                }
            }
        });
    }
    let button = |action: CaseFileAction, text: &'static str| {
        let onclick = on_action.reform(move |_: MouseEvent| action);
        html! { <button type="button" name={action.name()} data-action={action.name()} {onclick}>{text}</button> }
    };
    let said = match status {
        Note::Idle => "",
        Note::Copied => voice.t(|w| &w.form.copied),
        Note::Manual => voice.t(|w| &w.form.copy_by_hand),
    };
    let manual = note.as_ref().filter(|_| *status == Note::Manual).map(|note| {
        let id = ids.of("note");
        html! {
            <div class="pss-manual">
                <label for={id.clone()}>{voice.t(|w| &w.form.note)}</label>
                <textarea {id} class="pss-note" data-role="case-note" readonly=true rows="12"
                    aria-describedby={ids.of("copy-status")} ref={area} value={note.to_string()} />
            </div>
        }
    });
    html! {
        <div class="pss-file">
            <div class="pss-actions" role="group" aria-label={voice.t(|w| &w.form.case_file)}>
                { when(note.is_some(), || html! {
                    <>
                        {button(CaseFileAction::Print, voice.t(|w| &w.form.print))}
                        {button(CaseFileAction::Copy, voice.t(|w| &w.form.copy))}
                    </>
                }) }
                {button(CaseFileAction::StartOver, voice.t(|w| &w.form.start_over))}
            </div>
            {when(note.is_some(), || html! { <p class="pss-hint" data-role="case-file-privacy">{voice.t(|w| &w.form.case_file_privacy)}</p> })}
            <p class="pss-status-line" id={ids.of("copy-status")} role="status" data-role="copy-status">{said}</p>
            {manual.unwrap_or_default()}
        </div>
    }
}
