//! The browser's history, in step with the guided path, when the host asks (`history`: the
//! standalone page and the iframe page do; a custom element only with its `history` attribute).
//!
//! Each step the person moves to is a history entry: its state is `"{instance} {step code}"`
//! and its URL ends `#step={step code}` (`#step=question-birth_date`), never an answer. The
//! browser's Back (a phone's back gesture) then fires `popstate` on the entry before, and the path
//! goes back to that step ([`guided::Action::Restore`]); the page's own Back button goes back in
//! the history too, so that both walk the same entries. The first entry written replaces the one
//! the page was opened with, and so does the entry of a step the path refused to restore (a stale
//! one, after Start again): the history never holds a step the path cannot show.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::virtual_dom::AttrValue;
use yew::Callback;

use screener_form::guided;
use screener_form::state::Action;

/// The step code of the current history entry, when the entry is this instance's.
fn current(prefix: &str) -> Option<String> {
    let state = gloo::utils::history().state().ok()?.as_string()?;
    let code = state.strip_prefix(prefix)?.strip_prefix(' ')?;
    Some(code.to_owned())
}

/// Goes back one entry, when the entry shown is this instance's (the entry before it then is
/// too); `false` when it is not, and the path should go back by itself.
pub(crate) fn back(prefix: &str) -> bool {
    current(prefix).is_some() && gloo::utils::history().back().is_ok()
}

/// Restores the step of each history entry of this instance the browser goes back (or forward)
/// to, until the listener is dropped; `replace` is then set, so that the next [`write()`] replaces
/// the entry (with the step shown, when the path refused the entry's).
pub(crate) fn listen(prefix: AttrValue, replace: Rc<RefCell<bool>>, on_action: Callback<Action>) -> EventListener {
    EventListener::new(&gloo::utils::window(), "popstate", move |_| {
        if let Some(code) = current(&prefix) {
            *replace.borrow_mut() = true;
            on_action.emit(Action::Guided(guided::Action::Restore(code)));
        }
    })
}

/// Writes the entry of the step `code` (replacing the current one when `replacing`), unless the
/// current entry is already it.
pub(crate) fn write(prefix: &str, code: &str, replacing: bool) {
    if current(prefix).as_deref() == Some(code) {
        return;
    }
    let mut state = String::from(prefix);
    state.push(' ');
    state.push_str(code);
    let mut url = String::from("#step=");
    url.push_str(code);
    let history = gloo::utils::history();
    let state = JsValue::from_str(&state);
    let _ = if replacing {
        history.replace_state_with_url(&state, "", Some(&url))
    } else {
        history.push_state_with_url(&state, "", Some(&url))
    };
}
