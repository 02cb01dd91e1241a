//! The browser widget: thin shells over the pure core, compiled to WebAssembly and bound by
//! wasm-bindgen as `screener.js` + `screener_bg.wasm`.
//!
//! What this crate owns is what only a browser has:
//! - the JavaScript API ([`screen`], [`programs`]): host values in through [`js`]'s hardened
//!   reader, responses out as plain objects through serde-wasm-bindgen;
//! - [`mount`]: one independent widget per call (the standalone page, each
//!   `<peer-support-screener>`), returning a [`ScreenerHandle`] for live options and `destroy()`;
//! - the Yew components ([`app`] and [`view`]) that render the form's state and turn DOM events
//!   into its actions; the browser's effects ([`browser`]: clipboard, printing, focus, the clock;
//!   [`scan`]: a QR code read from the camera).
//!
//! Every decision is another crate's: `screener_form` (the widget's state and its reducer),
//! `screener::engine` and `screener::sentences` (the screening and its words),
//! `screener::case_note`, `screener_contract` (the JSON). Nothing here screens, and nothing here
//! is sent anywhere.

// This crate is an application, not a library: its docs are for its developers (CI builds them
// with `--document-private-items`), so they link to its private modules.
#![allow(rustdoc::private_intra_doc_links)]

mod app;
mod browser;
mod build;
mod host;
mod inbox;
#[cfg(feature = "api")]
mod js;
mod root;
#[cfg(feature = "form")]
mod scan;
#[cfg(feature = "ssr")]
mod ssr;
mod view;

#[cfg(feature = "ssr")]
pub use ssr::prerender;

use wasm_bindgen::prelude::*;

/// Screens one request (SCREENING.md §2) and returns the response (§3) as a plain object.
/// Throws an `Error` with `code` and `question` on bad input; later calls work as before.
#[cfg(feature = "api")]
#[wasm_bindgen]
pub fn screen(request: JsValue) -> Result<JsValue, JsValue> {
    use screener_contract::{ContractError, Problem};
    let json = js::read_request(&request).map_err(|e| js::error(&e))?;
    let screened = screener_contract::screen_request(&json, browser::today, screener::model::Lang::En)
        .map_err(|e| js::error(&e))?;
    js::write(&screened.response()).map_err(|_| js::error(&ContractError::invalid_request(Problem::CannotWrite)))
}

/// Every program with its questions, criteria and wording (`peer-screen programs`).
#[cfg(feature = "api")]
#[wasm_bindgen]
pub fn programs() -> Result<JsValue, JsValue> {
    use screener_contract::{Catalog, ContractError, Problem};
    js::write(&Catalog).map_err(|_| js::error(&ContractError::invalid_request(Problem::CannotWrite)))
}

/// Mounts one widget into `container` (its contents are replaced). `options` may hold
/// `program`, `state`, `lang`, `audience`, `headingLevel`, `layout` (`guided` or `form`; by
/// default, guided for family wording and the form for staff), `history` (`true`: the browser's
/// Back goes to the guided path's previous step) and the others of `host::OPTIONS`,
/// `onChange(response)`
/// (called with the response of SCREENING.md §3 whenever the screening changes) and
/// `onLang(code)` (called with `en` or `es` whenever the widget's language changes). An option
/// the widget does not know, or a value it cannot use, is ignored with a console warning.
#[wasm_bindgen]
pub fn mount(container: JsValue, options: JsValue) -> Result<ScreenerHandle, JsValue> {
    host::mount(container, options)
}

/// Whether the element would take `value` for the attribute `name` (`contact-phone`, `exit-url`,
/// `fallback-url` …; the option names of [`mount`] too): `null` when it would, otherwise the
/// reason it would leave the value out, in the words of its console warning. The snippet builder
/// (`builder.html`) checks what an agency types with it, so that it refuses exactly what the
/// element refuses.
#[wasm_bindgen(js_name = checkOption)]
pub fn check_option(name: JsValue, value: JsValue) -> JsValue {
    host::check_option(&name, &value).map_or(JsValue::NULL, JsValue::from_str)
}

pub use host::ScreenerHandle;
