//! The browser edge (wasm32 only): thin shells over the pure core.
//!
//! This module owns the JavaScript API and the browser's IO:
//! - [`screen`]`(request)`: SCREENING.md §2 in, §3 out, as plain JS objects; bad input throws an
//!   `Error` with `code` and `question`;
//! - [`programs`]`()`: the catalog of §9;
//! - [`mount`]`(container, options)`: one independent widget per call (for the standalone page
//!   and for each `<peer-support-screener>`), returning a [`ScreenerHandle`] with
//!   `set_option(name, value)` and `destroy()`;
//! - today's local date (the browser's clock), console warnings for ignored options.
//!
//! `app` is the Yew component (rendering and DOM events), `labels` the form's own words, `js`
//! JS values in (read as the contract's `Json`) and out (plain objects). All screening happens in
//! `crate::engine`, the form's logic in `crate::form`, the case note in `crate::summary`.

mod app;
mod js;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use chrono::NaiveDate;
use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::AppHandle;

use screener::form::{self, FormState};
use screener_contract::{self as contract, Catalog, ContractError, Response};

/// Today in the browser's time zone.
fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or_default()
}

/// A contract error as a thrown `Error` with `code` and `question` (null when none).
fn js_error(error: &ContractError) -> JsValue {
    let thrown = js_sys::Error::new(&error.message);
    let question = error.question.as_deref().map_or(JsValue::NULL, JsValue::from_str);
    let _ = Reflect::set(&thrown, &JsValue::from_str("code"), &JsValue::from_str(error.code.code()));
    let _ = Reflect::set(&thrown, &JsValue::from_str("question"), &question);
    thrown.into()
}

/// Screens one request (SCREENING.md §2) and returns the response (§3) as a plain object.
/// Throws an `Error` with `code` and `question` on bad input; later calls work as before.
#[wasm_bindgen]
pub fn screen(request: JsValue) -> Result<JsValue, JsValue> {
    let json = js::json(&request, 0).map_err(|message| js_error(&ContractError::invalid_request(message)))?;
    let screening = contract::screen_request(&json, today).map_err(|e| js_error(&e))?;
    js::to_js(&Response(&screening))
        .map_err(|_| js_error(&ContractError::invalid_request("the response could not be written")))
}

/// Every program with its questions, criteria and wording (`peer-screen programs`).
#[wasm_bindgen]
pub fn programs() -> Result<JsValue, JsValue> {
    js::to_js(&Catalog).map_err(|_| js_sys::Error::new("the catalog could not be written").into())
}

thread_local! {
    /// Instances mounted so far: each widget's ids are prefixed `pss{n}-`.
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
}

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// An option's value as text: strings as they are, whole numbers written out; `None` for
/// `undefined` and `null`, `Err` for anything else.
fn option_text(value: &JsValue) -> Result<Option<String>, ()> {
    if value.is_undefined() || value.is_null() {
        Ok(None)
    } else if let Some(text) = value.as_string() {
        Ok(Some(text))
    } else {
        match value.as_f64() {
            Some(n) if n.fract() == 0.0 && n.abs() < 1e9 => Ok(Some((n as i64).to_string())),
            _ => Err(()),
        }
    }
}

/// Reads one option into an action, or warns and ignores it.
fn option_action(name: &str, value: &JsValue) -> Option<form::Action> {
    let parsed = option_text(value).ok().and_then(|text| form::parse_option(name, text.as_deref()).ok());
    if parsed.is_none() {
        let mut message = String::from("peer-support-screener: ignored the option `");
        message.push_str(name);
        message.push_str("`: its value is not one the widget knows");
        if let Some(text) = value.as_string() {
            message.push_str(" (");
            message.push_str(&text);
            message.push(')');
        }
        warn(&message);
    }
    parsed
}

fn function(options: &JsValue, name: &str) -> Option<Function> {
    let value = Reflect::get(options, &JsValue::from_str(name)).ok()?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    let callback = value.dyn_into::<Function>().ok();
    if callback.is_none() {
        warn("peer-support-screener: ignored an option that should be a function");
    }
    callback
}

/// Mounts one widget into `container` (its contents are replaced). `options` may hold
/// `program`, `state`, `lang`, `audience`, `headingLevel` (strings), `onChange(response)`
/// (called with the response of SCREENING.md §3 whenever the screening changes) and
/// `onLang(code)` (called with `en` or `es` whenever the widget's language changes).
#[wasm_bindgen]
pub fn mount(container: JsValue, options: JsValue) -> Result<ScreenerHandle, JsValue> {
    let container: Element =
        container.dyn_into().map_err(|_| js_sys::TypeError::new("mount: the container must be an element"))?;
    let n = MOUNTED.with(|m| {
        let n = m.get().wrapping_add(1);
        m.set(n);
        n
    });
    let mut init = FormState::new(today());
    let (mut on_change, mut on_lang) = (None, None);
    if options.is_object() {
        for name in ["program", "state", "lang", "audience", "headingLevel"] {
            let value = Reflect::get(&options, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
            if value.is_undefined() {
                continue;
            }
            if let Some(action) = option_action(name, &value) {
                form::reduce(&mut init, action);
            }
        }
        on_change = function(&options, "onChange");
        on_lang = function(&options, "onLang");
    }
    let mut prefix = String::from("pss");
    prefix.push_str(&n.to_string());
    let inbox = app::SharedInbox::default();
    let props = app::Props { init, prefix: prefix.into(), inbox: inbox.clone(), on_change, on_lang };
    let app = yew::Renderer::<app::Widget>::with_root_and_props(container, props).render();
    Ok(ScreenerHandle { app: RefCell::new(Some(app)), inbox })
}

/// One mounted widget.
#[wasm_bindgen]
pub struct ScreenerHandle {
    app: RefCell<Option<AppHandle<app::Widget>>>,
    inbox: Rc<RefCell<app::Inbox>>,
}

#[wasm_bindgen]
impl ScreenerHandle {
    /// Changes one option live (`undefined` restores its default). An unknown name or value is
    /// ignored with a console warning.
    pub fn set_option(&self, name: JsValue, value: JsValue) {
        let Some(name) = name.as_string() else {
            warn("peer-support-screener: an option name must be a string");
            return;
        };
        if let Some(action) = option_action(&name, &value) {
            if self.app.try_borrow().is_ok_and(|app| app.is_some()) {
                app::send(&self.inbox, action);
            }
        }
    }

    /// Removes the widget and empties its container.
    pub fn destroy(&self) {
        let app = self.app.try_borrow_mut().ok().and_then(|mut app| app.take());
        if let Some(app) = app {
            app.destroy();
        }
    }
}
