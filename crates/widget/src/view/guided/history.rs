//! The browser's history, in step with the guided path, when the host asks (`history`: the
//! standalone page and the iframe page do; a custom element only with its `history` attribute).
//!
//! Each step the person moves to is a history entry. What the browser keeps of it says nothing
//! of the questions asked (which step follows which answer, which path a program took): the
//! entry's state is `"{instance} {n}"` and its URL ends `#step={n}`, `n` an opaque number, the
//! count of entries this page has written. Which step each number stands for stays in the
//! WebAssembly's memory ([`ENTRIES`]), which goes with the page. The browser's Back (a phone's
//! back gesture) then fires `popstate` on the entry before, and the path goes back to that step
//! ([`guided::Action::Restore`]); the page's own Back button goes back in the history too, so
//! that both walk the same entries. The first entry written replaces the one the page was opened
//! with, and so does the entry of a step the path refused to restore (a stale one, after Start
//! again): the history never holds a step the path cannot show.
//!
//! [`unwind`] is the way out ("Exit this page"): back to the entry the page was opened with,
//! then away from it, so that the browser's Back shows none of the page's entries.
//!
//! When another build of the widget takes over ([`crate::build`]), it takes this instance's
//! entries with it, under their numbers ([`carried`], [`take_over`]): the browser's Back goes on
//! working across the change.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::virtual_dom::AttrValue;
use yew::Callback;

use screener_form::guided;
use screener_form::state::Action;

/// One history entry this page wrote: whose it is, the step it stands for, and how many entries
/// after the page's first one it is.
struct Entry {
    prefix: String,
    code: String,
    depth: u32,
}

thread_local! {
    /// Every entry written, numbered by its place here: the `n` of `"{instance} {n}"` (a place
    /// is empty where another build wrote the entry of another instance).
    static ENTRIES: RefCell<Vec<Option<Entry>>> = const { RefCell::new(Vec::new()) };
    /// How many entries after the page's first one the browser shows (0 until a step is pushed).
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// Set once the page is being left ([`unwind`]): nothing is written any more.
    static LEAVING: Cell<bool> = const { Cell::new(false) };
}

/// What `read` makes of the current history entry, when this page wrote it.
fn current_entry<T>(read: impl FnOnce(&Entry) -> T) -> Option<T> {
    let state = gloo::utils::history().state().ok()?.as_string()?;
    let (prefix, n) = state.rsplit_once(' ')?;
    let n: usize = n.parse().ok()?;
    ENTRIES.with(|entries| entries.borrow().get(n)?.as_ref().filter(|entry| entry.prefix == prefix).map(read))
}

/// The step code of the current history entry, when the entry is this instance's.
fn current(prefix: &str) -> Option<String> {
    current_entry(|entry| (entry.prefix == prefix).then(|| entry.code.clone())).flatten()
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
        DEPTH.set(current_entry(|entry| entry.depth).unwrap_or(0));
        if let Some(code) = current(&prefix) {
            *replace.borrow_mut() = true;
            on_action.emit(Action::Guided(guided::Action::Restore(code)));
        }
    })
}

/// Writes the entry of the step `code` (replacing the current one when `replacing`), unless the
/// current entry is already it.
pub(crate) fn write(prefix: &str, code: &str, replacing: bool) {
    if LEAVING.get() || current(prefix).as_deref() == Some(code) {
        return;
    }
    let depth = if replacing { DEPTH.get() } else { DEPTH.get().saturating_add(1) };
    let n = ENTRIES.with(|entries| {
        let mut entries = entries.borrow_mut();
        entries.push(Some(Entry { prefix: prefix.to_owned(), code: code.to_owned(), depth }));
        entries.len() - 1
    });
    let state = JsValue::from_str(&format!("{prefix} {n}"));
    let url = format!("#step={n}");
    let history = gloo::utils::history();
    let written = if replacing {
        history.replace_state_with_url(&state, "", Some(&url))
    } else {
        history.push_state_with_url(&state, "", Some(&url))
    };
    if written.is_ok() {
        DEPTH.set(depth);
    }
}

/// The entries instance `prefix` wrote, and how deep the page is, as text for another build:
/// `depth {d}`, then `{n} {depth} {code}` a line.
pub(crate) fn carried(prefix: &str) -> String {
    let mut out = format!("depth {}\n", DEPTH.get());
    ENTRIES.with(|entries| {
        for (n, entry) in entries.borrow().iter().enumerate() {
            if let Some(entry) = entry.as_ref().filter(|entry| entry.prefix == prefix) {
                out.push_str(&format!("{n} {} {}\n", entry.depth, entry.code));
            }
        }
    });
    out
}

/// Takes over the entries another build wrote for instance `prefix` ([`carried`]), under their
/// numbers; a number this build already gave another instance keeps that one's.
pub(crate) fn take_over(prefix: &str, text: &str) {
    ENTRIES.with(|entries| {
        let mut entries = entries.borrow_mut();
        for line in text.lines() {
            let mut parts = line.splitn(3, ' ');
            match (parts.next(), parts.next(), parts.next()) {
                (Some("depth"), Some(depth), None) => DEPTH.set(depth.parse().unwrap_or(0)),
                (Some(n), Some(depth), Some(code)) => {
                    let (Ok(n), Ok(depth)) = (n.parse::<usize>(), depth.parse()) else { continue };
                    // At most one place per entry the browser could hold (a page writes a few hundred).
                    if n > 100_000 {
                        continue;
                    }
                    if entries.len() <= n {
                        entries.resize_with(n + 1, || None);
                    }
                    if entries[n].is_none() {
                        entries[n] = Some(Entry { prefix: prefix.to_owned(), code: code.to_owned(), depth });
                    }
                }
                _ => {}
            }
        }
    });
}

/// Goes back to the entry the page was opened with (over every entry the guided path pushed
/// since), then calls `then`, which leaves the page; at once when no entry was pushed. A browser
/// that does not say it went back (no `popstate` within half a second) leaves anyway.
pub(crate) fn unwind(then: impl FnOnce() + 'static) {
    LEAVING.set(true);
    let depth = DEPTH.get();
    if depth == 0 {
        return then();
    }
    let then = Rc::new(RefCell::new(Some(then)));
    let leave = {
        let then = then.clone();
        move || {
            if let Some(then) = then.borrow_mut().take() {
                then();
            }
        }
    };
    let on_pop = {
        let leave = leave.clone();
        EventListener::once(&gloo::utils::window(), "popstate", move |_| leave())
    };
    let fallback = gloo::timers::callback::Timeout::new(500, leave);
    // Both stay until the page goes; whichever comes first leaves.
    std::mem::forget(on_pop);
    fallback.forget();
    if gloo::utils::history().go_with_delta(-(depth as i32)).is_err() {
        if let Some(then) = then.borrow_mut().take() {
            then();
        }
    }
}
