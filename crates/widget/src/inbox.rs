//! What passes between the host page and a running widget: the options the host changes live
//! ([`Inbox`]: kept until the widget has rendered, then sent to its reducer) and the callbacks
//! the host gave ([`Listeners`]: `onChange`, with the whole response or its `Detail::Summary`,
//! in builds with the `api` feature; `onLang`; and the page's own `onBuild`, told when another
//! build must take over). A leaf: the root component and the mounting code both read it.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Function;
use wasm_bindgen::JsValue;
use yew::Callback;

use screener_form::state::Action;

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
    pub(crate) fn send(inbox: &SharedInbox, action: Action) {
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
#[cfg(feature = "api")]
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
    #[cfg(feature = "api")]
    pub on_change: Option<Function>,
    #[cfg(feature = "api")]
    pub detail: Detail,
    pub on_lang: Option<Function>,
    /// The page's loader: called with the name of the build that can show what this one cannot,
    /// and what the person did (`crate::build`).
    pub on_build: Option<Function>,
}

impl Listeners {
    pub(crate) fn call(callback: &Option<Function>, value: &JsValue) {
        if let Some(callback) = callback {
            let _ = callback.call1(&JsValue::NULL, value);
        }
    }

    pub(crate) fn call2(callback: &Option<Function>, first: &JsValue, second: &JsValue) {
        if let Some(callback) = callback {
            let _ = callback.call2(&JsValue::NULL, first, second);
        }
    }
}
