//! What the widget asks of the browser beyond rendering: today's date, the clipboard, printing
//! one instance, focus, and the events that clear the answers (idle time, leaving the page).
//! Each call that can fail in a browser (no clipboard outside a secure context, a refused
//! permission) reports it instead of throwing.
//!
//! A case note this page put on the clipboard is wiped on the ways out that the reducer's own
//! wipe (an effect after the next render, and a promise) would not outlive: "Exit this page" and
//! leaving the page (`pagehide`: closing the tab, reloading, navigating away). There the wipe is
//! synchronous: `document.execCommand("copy")` with a `copy` listener that writes empty text,
//! which Chromium performs even while the page unloads, then `navigator.clipboard.writeText("")`
//! for browsers that refuse it without a user's gesture.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use chrono::NaiveDate;
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, HtmlSelectElement};

#[wasm_bindgen]
extern "C" {
    /// `navigator.clipboard.writeText(text)`; throws (caught) where there is no clipboard.
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn write_clipboard(text: &str) -> Result<js_sys::Promise, JsValue>;

    /// `document.execCommand(command)`: `copy` copies at once, firing a `copy` event.
    #[wasm_bindgen(catch, js_namespace = document, js_name = execCommand)]
    fn exec_command(command: &str) -> Result<bool, JsValue>;

    /// A `copy` event (a `ClipboardEvent`).
    type CopyEvent;
    #[wasm_bindgen(method, getter, js_name = clipboardData)]
    fn clipboard_data(this: &CopyEvent) -> Option<DataTransfer>;

    /// What a `copy` event puts on the clipboard.
    type DataTransfer;
    #[wasm_bindgen(method, catch, js_name = setData)]
    fn set_data(this: &DataTransfer, format: &str, data: &str) -> Result<(), JsValue>;
}

thread_local! {
    /// Whether a case note this page copied may still be on the clipboard.
    static HOLDS_NOTE: Cell<bool> = const { Cell::new(false) };
}

/// Today in the browser's time zone: the default screening date.
pub(crate) fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or_default()
}

/// Puts `text` on the clipboard; `true` once written, `false` when the clipboard is missing or
/// refuses (the note is then shown to copy by hand).
pub(crate) async fn copy(text: &str) -> bool {
    let written = match write_clipboard(text) {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    };
    if written {
        HOLDS_NOTE.set(!text.is_empty());
    }
    written
}

/// Wipes a case note this page copied from the clipboard, at once (see the module docs).
pub(crate) fn wipe_clipboard_now() {
    if !HOLDS_NOTE.get() {
        return;
    }
    let document = gloo::utils::document();
    let empty = |event: &web_sys::Event| {
        if let Some(data) = event.unchecked_ref::<CopyEvent>().clipboard_data() {
            if data.set_data("text/plain", "").is_ok() {
                event.prevent_default();
            }
        }
    };
    // Not passive: the listener cancels the copy of the selection, putting empty text instead.
    let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: false };
    let listener = EventListener::new_with_options(&document, "copy", options, empty);
    let copied = exec_command("copy").unwrap_or(false);
    drop(listener);
    HOLDS_NOTE.set(!copied);
    if !copied {
        // A browser that copies only on a person's gesture: the clipboard's own API, whose
        // promise may settle after the page has gone (a refusal changes nothing then).
        if let Ok(promise) = write_clipboard("") {
            let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
            let _ = promise.catch(&ignore);
            ignore.forget();
        }
    }
}

thread_local! {
    /// The root element of every widget mounted on the page, so that one can print alone.
    static ROOTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// Counts `root` among the page's widgets until the returned guard is dropped.
pub(crate) fn register(root: Element) -> impl FnOnce() {
    ROOTS.with(|roots| roots.borrow_mut().push(root.clone()));
    move || ROOTS.with(|roots| roots.borrow_mut().retain(|r| r != &root))
}

/// Opens the browser's print dialog for this widget alone: every other widget on the page
/// carries `data-print-hidden` (which the print stylesheet hides) until printing ends. The
/// print stylesheet shows a widget's case note only.
pub(crate) fn print_only(root: &Element) {
    let others: Vec<Element> = ROOTS.with(|roots| roots.borrow().iter().filter(|r| *r != root).cloned().collect());
    for other in &others {
        let _ = other.set_attribute("data-print-hidden", "");
    }
    let window = gloo::utils::window();
    let restore = Rc::new(RefCell::new(None::<EventListener>));
    let listener = {
        let restore = restore.clone();
        EventListener::once(&window, "afterprint", move |_| {
            for other in &others {
                let _ = other.remove_attribute("data-print-hidden");
            }
            restore.borrow_mut().take();
        })
    };
    *restore.borrow_mut() = Some(listener);
    let _ = window.print();
}

/// Calls `then` after `minutes` without input (typing, a change, a key, a pointer) inside
/// `root`; the clock starts at the first input. Dropping the guard stops it all.
pub(crate) fn on_idle(root: &Element, minutes: u32, then: impl Fn() + 'static) -> Vec<EventListener> {
    let then = Rc::new(then);
    let timer: Rc<RefCell<Option<Timeout>>> = Rc::default();
    let millis = minutes.saturating_mul(60_000);
    ["input", "change", "keydown", "pointerdown"]
        .into_iter()
        .map(|kind| {
            let (timer, then) = (timer.clone(), then.clone());
            let options = EventListenerOptions::run_in_capture_phase();
            EventListener::new_with_options(root, kind, options, move |_| {
                let then = then.clone();
                timer.borrow_mut().replace(Timeout::new(millis, move || then()));
            })
        })
        .collect()
}

/// Calls `then` when the page is being left (`pagehide`: closed, reloaded, navigated away, or
/// put in the back-forward cache), after wiping a case note this page copied.
pub(crate) fn on_page_left(then: impl Fn() + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "pagehide", move |_| {
        wipe_clipboard_now();
        then();
    })
}

/// Focuses the first control (`input` or `select`) inside the element `#id` under `root`.
#[cfg(feature = "form")]
pub(crate) fn focus_first_control(root: &Element, id: &str) {
    let selector = format!("#{id} :is(input,select)");
    if let Some(element) =
        root.query_selector(&selector).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// "Exit this page": wipes a case note this page copied, goes back over the entries the guided
/// path pushed to the browser's history, then leaves for `url`, replacing the entry the page was
/// opened with (of the top window when the widget is framed and the browser allows it), so that
/// Back does not return to the screener.
pub(crate) fn exit(url: &str) {
    wipe_clipboard_now();
    let url = url.to_owned();
    crate::view::guided::history::unwind(move || leave(&url));
}

/// Leaves for `url` at once, replacing the current history entry (of the top window when the
/// widget is framed and the browser allows it).
fn leave(url: &str) {
    let window = gloo::utils::window();
    let top = window.top().ok().flatten();
    let left = top.is_some_and(|top| top.location().replace(url).is_ok());
    if !left {
        let _ = window.location().replace(url);
    }
}

/// Calls `then` when Shift is pressed three times, each press within a second of the last, as
/// GOV.UK's "Exit this page" allows. It listens in the capture phase: the element stops keys
/// typed inside it at its shadow root, so that the page's own listeners do not hear them.
pub(crate) fn on_triple_shift(then: impl Fn() + 'static) -> EventListener {
    let presses: RefCell<Vec<f64>> = RefCell::default();
    let options = EventListenerOptions::run_in_capture_phase();
    EventListener::new_with_options(&gloo::utils::window(), "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
        if event.key() != "Shift" || event.repeat() {
            return;
        }
        let now = js_sys::Date::now();
        let mut presses = presses.borrow_mut();
        if presses.last().is_some_and(|last| now - last > 1000.0) {
            presses.clear();
        }
        presses.push(now);
        if presses.len() >= 3 {
            presses.clear();
            drop(presses);
            then();
        }
    })
}

/// A changed control's name, value, whether it is checked (true for all but unchecked radios and
/// checkboxes) and whether the browser could not read what was typed.
pub(crate) fn read_control(e: &Event) -> Option<(String, String, bool, bool)> {
    let target = e.target()?;
    if !target.dyn_ref::<web_sys::Node>().is_some_and(web_sys::Node::is_connected) {
        return None;
    }
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        let checkable = matches!(input.type_().as_str(), "radio" | "checkbox");
        Some((input.name(), input.value(), !checkable || input.checked(), input.validity().bad_input()))
    } else {
        let select = target.dyn_ref::<HtmlSelectElement>()?;
        Some((select.name(), select.value(), true, false))
    }
}
