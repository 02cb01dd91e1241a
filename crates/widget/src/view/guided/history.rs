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
use yew::prelude::*;

use screener::form::Action;
use screener::guided;

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

/// Keeps the history in step with the path while `on`: writes an entry after each move, and
/// restores the step of each entry the browser goes back (or forward) to.
#[hook]
pub(crate) fn use_step_history(on: bool, prefix: AttrValue, code: String, turn: u32, on_action: Callback<Action>) {
    // Whether the next write replaces the current entry instead of adding one.
    let replace: Rc<RefCell<bool>> = use_mut_ref(|| true);
    {
        let (replace, prefix) = (replace.clone(), prefix.clone());
        use_effect_with(on, move |on| {
            let listener = on.then(|| {
                EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    if let Some(code) = current(&prefix) {
                        *replace.borrow_mut() = true;
                        on_action.emit(Action::Guided(guided::Action::Restore(code)));
                    }
                })
            });
            move || drop(listener)
        });
    }
    use_effect_with((on, code, turn), move |(on, code, _)| {
        if !*on {
            return;
        }
        let replacing = std::mem::replace(&mut *replace.borrow_mut(), false);
        if current(&prefix).as_deref() == Some(code.as_str()) {
            return;
        }
        let mut state = String::from(prefix.as_str());
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
    });
}
