//! The widget's host: the page or custom element that mounts it. This module reads the host's
//! options (text only, checked by `screener_form::state::parse_option`), hands them to the
//! running widget through an [`Inbox`], and keeps the host's callbacks ([`Listeners`]) for the
//! root component to call.
//!
//! A host value may be anything: every read of one is a catching `Reflect::get`, and a value the
//! widget cannot use is ignored with a console warning, never a thrown error or a panic.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::AppHandle;

use screener_form::state::{self, Action, WidgetState};

use crate::app::{Widget, WidgetProps};
use crate::browser;
use crate::build;
#[cfg(feature = "api")]
use crate::inbox::Detail;
use crate::inbox::{Inbox, Listeners, SharedInbox};

/// The option names `mount` reads (`set_option` takes these and the attribute spellings).
const OPTIONS: [&str; 17] = [
    "program",
    "state",
    "lang",
    "audience",
    "subject",
    "headingLevel",
    "idleMinutes",
    "crisis",
    "exit",
    "exitUrl",
    "contactName",
    "contactPhone",
    "contactEmail",
    "contactUrl",
    "contactHours",
    "layout",
    "history",
];

thread_local! {
    /// Instances mounted so far: each widget's ids are prefixed `pss{n}-`.
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
}

/// See [`crate::mount`]. Besides the host's options, the page's own loader may give `instance`
/// (the widget's name, `pss{n}`, so that a build taking over keeps it), `onBuild` and `carried`
/// ([`crate::build`]).
pub(crate) fn mount(container: JsValue, options: JsValue) -> Result<ScreenerHandle, JsValue> {
    let container: Element =
        container.dyn_into().map_err(|_| js_sys::TypeError::new("mount: the container must be an element"))?;
    let given = option(&options, "instance").as_string().filter(|name| {
        name.strip_prefix("pss").is_some_and(|n| !n.is_empty() && n.len() <= 9 && n.bytes().all(|b| b.is_ascii_digit()))
    });
    let prefix = given.unwrap_or_else(|| {
        let n = MOUNTED.with(|m| {
            let n = m.get().wrapping_add(1);
            m.set(n);
            n
        });
        format!("pss{n}")
    });
    let mut init = WidgetState::new(browser::today());
    let mut listeners = Listeners::default();
    if options.is_object() {
        for name in OPTIONS {
            let value = option(&options, name);
            if value.is_undefined() {
                continue;
            }
            if let Some(action) = option_action(name, &value) {
                state::reduce(&mut init, action);
            }
        }
        #[cfg(feature = "api")]
        {
            listeners.on_change = function(&options, "onChange");
            listeners.detail = match option(&options, "events").as_string().as_deref() {
                None | Some("full") => Detail::Full,
                Some("summary") => Detail::Summary,
                Some(_) => {
                    gloo::console::warn!(
                        "peer-support-screener: ignored the option `events`: it is \"full\" or \"summary\""
                    );
                    Detail::Full
                }
            };
        }
        listeners.on_lang = function(&options, "onLang");
        listeners.on_build = function(&options, "onBuild");
        let carried = option(&options, "carried");
        if carried.is_object() {
            build::take_over(&carried, &mut init, &prefix);
        }
    }
    let inbox = SharedInbox::default();
    let props = WidgetProps { init, prefix: prefix.into(), inbox: inbox.clone(), listeners: Rc::new(listeners) };
    let app = yew::Renderer::<Widget>::with_root_and_props(container, props).render();
    Ok(ScreenerHandle { app: RefCell::new(Some(app)), inbox })
}

/// One mounted widget.
#[wasm_bindgen]
pub struct ScreenerHandle {
    app: RefCell<Option<AppHandle<Widget>>>,
    inbox: SharedInbox,
}

#[wasm_bindgen]
impl ScreenerHandle {
    /// Changes one option live (`undefined` restores its default). An unknown name or value is
    /// ignored with a console warning.
    pub fn set_option(&self, name: JsValue, value: JsValue) {
        let Some(name) = name.as_string() else {
            gloo::console::warn!("peer-support-screener: an option name must be a string");
            return;
        };
        if let Some(action) = option_action(&name, &value) {
            if self.app.try_borrow().is_ok_and(|app| app.is_some()) {
                Inbox::send(&self.inbox, action);
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

/// See [`crate::check_option`]: `None` when the element would take `value` for `name`, otherwise
/// why not. `fallback-url` is the element's own (it is read by its script when the WebAssembly
/// could not start, and never reaches the widget), checked as a web address, as `exit-url` is.
pub(crate) fn check_option(name: &JsValue, value: &JsValue) -> Option<&'static str> {
    let Some(name) = name.as_string() else { return Some("an option name must be a string") };
    let text = match option_text(value) {
        Ok(text) => text,
        Err(()) => return Some("it is neither text nor a number"),
    };
    if name == "fallback-url" || name == "fallbackUrl" {
        let value = text.as_deref().map(str::trim).filter(|v| !v.is_empty());
        return value.and_then(|url| screener_form::contact::web_address(url).err()).map(|why| why.reason());
    }
    state::parse_option(&name, text.as_deref()).err().map(|e| e.reason)
}

/// A property of the options object; `undefined` when it is absent or cannot be read.
fn option(options: &JsValue, name: &str) -> JsValue {
    Reflect::get(options, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// An option's value as text: strings as they are, whole numbers written out, `true` and `false`
/// as words; `None` for `undefined` and `null`, `Err` for anything else.
fn option_text(value: &JsValue) -> Result<Option<String>, ()> {
    if value.is_undefined() || value.is_null() {
        Ok(None)
    } else if let Some(text) = value.as_string() {
        Ok(Some(text))
    } else if let Some(on) = value.as_bool() {
        Ok(Some(if on { "true" } else { "false" }.to_owned()))
    } else {
        match value.as_f64() {
            Some(n) if n.fract() == 0.0 && n.abs() < 1e9 => Ok(Some((n as i64).to_string())),
            _ => Err(()),
        }
    }
}

/// Reads one option into an action, or warns (naming the option and why) and ignores it.
fn option_action(name: &str, value: &JsValue) -> Option<Action> {
    let parsed = match option_text(value) {
        Ok(text) => state::parse_option(name, text.as_deref()).map_err(|e| e.reason),
        Err(()) => Err("it is neither text nor a number"),
    };
    match parsed {
        Ok(action) => Some(action),
        Err(reason) => {
            gloo::console::warn!(format!("peer-support-screener: ignored the option `{name}`: {reason}"));
            None
        }
    }
}

/// A function option, or `None` (with a warning when something else was given).
fn function(options: &JsValue, name: &str) -> Option<Function> {
    let value = option(options, name);
    if value.is_undefined() || value.is_null() {
        return None;
    }
    let callback = value.dyn_into::<Function>().ok();
    if callback.is_none() {
        gloo::console::warn!(format!("peer-support-screener: ignored the option `{name}`: it should be a function"));
    }
    callback
}
