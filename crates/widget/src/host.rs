//! The widget's host: the page or custom element that mounts it. This module reads the host's
//! options (text only, checked by `screener::form::parse_option`), hands them to the running
//! widget through an [`Inbox`], and tells the host what it asked to hear (`onChange`, `onLang`).
//!
//! A host value may be anything: every read of one is a catching `Reflect::get`, and a value the
//! widget cannot use is ignored with a console warning, never a thrown error or a panic.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::{AppHandle, Callback};

use screener::form::{self, Action, FormState};

use crate::app::{Widget, WidgetProps};
use crate::browser;

/// The option names `mount` reads (`set_option` takes these and the attribute spellings).
const OPTIONS: [&str; 14] = [
    "program",
    "state",
    "lang",
    "audience",
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
];

thread_local! {
    /// Instances mounted so far: each widget's ids are prefixed `pss{n}-`.
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
}

/// Where the handle's options go: the widget's dispatcher once it has rendered, and the actions
/// that arrived before.
#[derive(Default)]
pub(crate) struct Inbox {
    dispatch: Option<Callback<Action>>,
    pending: Vec<Action>,
}

pub(crate) type SharedInbox = Rc<RefCell<Inbox>>;

impl Inbox {
    /// The widget has rendered: from now on actions go straight to `dispatch`; those that came
    /// before are applied now, in order.
    pub(crate) fn open(inbox: &SharedInbox, dispatch: Callback<Action>) {
        let pending = match inbox.try_borrow_mut() {
            Ok(mut inbox) => {
                inbox.dispatch = Some(dispatch.clone());
                std::mem::take(&mut inbox.pending)
            }
            Err(_) => Vec::new(),
        };
        for action in pending {
            dispatch.emit(action);
        }
    }

    /// Sends an action to the widget, or keeps it until the widget has rendered.
    fn send(inbox: &SharedInbox, action: Action) {
        let dispatch = match inbox.try_borrow_mut() {
            Ok(mut inbox) => match &inbox.dispatch {
                Some(dispatch) => dispatch.clone(),
                None => return inbox.pending.push(action),
            },
            Err(_) => return,
        };
        dispatch.emit(action);
    }
}

/// What `onChange` receives: the whole response (`events: "full"`, the default) or its summary
/// (`events: "summary"`: no reasons, sources or answers).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Detail {
    #[default]
    Full,
    Summary,
}

/// The host's callbacks, each called with one argument; a callback that throws is the host's
/// business and does not stop the widget.
#[derive(Clone, Default)]
pub(crate) struct Listeners {
    pub on_change: Option<Function>,
    pub detail: Detail,
    pub on_lang: Option<Function>,
}

impl Listeners {
    pub(crate) fn call(callback: &Option<Function>, value: &JsValue) {
        if let Some(callback) = callback {
            let _ = callback.call1(&JsValue::NULL, value);
        }
    }
}

/// See [`crate::mount`].
pub(crate) fn mount(container: JsValue, options: JsValue) -> Result<ScreenerHandle, JsValue> {
    let container: Element =
        container.dyn_into().map_err(|_| js_sys::TypeError::new("mount: the container must be an element"))?;
    let n = MOUNTED.with(|m| {
        let n = m.get().wrapping_add(1);
        m.set(n);
        n
    });
    let mut init = FormState::new(browser::today());
    let mut listeners = Listeners::default();
    if options.is_object() {
        for name in OPTIONS {
            let value = option(&options, name);
            if value.is_undefined() {
                continue;
            }
            if let Some(action) = option_action(name, &value) {
                form::reduce(&mut init, action);
            }
        }
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
        listeners.on_lang = function(&options, "onLang");
    }
    let inbox = SharedInbox::default();
    let props =
        WidgetProps { init, prefix: format!("pss{n}").into(), inbox: inbox.clone(), listeners: Rc::new(listeners) };
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

/// A property of the options object; `undefined` when it is absent or cannot be read.
fn option(options: &JsValue, name: &str) -> JsValue {
    Reflect::get(options, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
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

/// Reads one option into an action, or warns (naming the option and why) and ignores it.
fn option_action(name: &str, value: &JsValue) -> Option<Action> {
    let parsed = match option_text(value) {
        Ok(text) => form::parse_option(name, text.as_deref()).map_err(|e| e.reason),
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
