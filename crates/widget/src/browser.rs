//! What the widget asks of the browser beyond rendering: today's date, the clipboard, printing
//! and focus. Each call that can fail in a browser (no clipboard outside a secure context, a
//! refused permission) reports it instead of throwing.

use chrono::NaiveDate;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

#[wasm_bindgen]
extern "C" {
    /// `navigator.clipboard.writeText(text)`; throws (caught) where there is no clipboard.
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn write_clipboard(text: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Today in the browser's time zone: the default screening date.
pub(crate) fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or_default()
}

/// Puts `text` on the clipboard; `true` once written, `false` when the clipboard is missing or
/// refuses (the note is then shown to copy by hand).
pub(crate) async fn copy(text: &str) -> bool {
    match write_clipboard(text) {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// Opens the browser's print dialog (the print stylesheet shows the case note only).
pub(crate) fn print() {
    let _ = gloo::utils::window().print();
}

/// Focuses the first control (`input` or `select`) inside the element `#id` under `root`.
pub(crate) fn focus_first_control(root: &Element, id: &str) {
    let selector = format!("#{id} :is(input,select)");
    if let Some(element) = root.query_selector(&selector).ok().flatten().and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
