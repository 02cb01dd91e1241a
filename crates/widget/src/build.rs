//! Which build of the widget this is, and the build a state needs when this one cannot show it.
//!
//! `cargo xtask dist` makes three builds of this crate, by its features: `full` (every language
//! and layout, the JavaScript API: the staff pages, agencies' elements, `screen()`), and
//! `family-en` and `family-es` (the guided path for families in one language, and nothing else:
//! what a family's phone loads). A page's loader picks a build for the options it mounts with.
//! When the person then asks for what the build lacks (the other language, the staff wording, the
//! one-page form), [`use_switch`] tells the loader (`onBuild`) which build can show it, with what
//! the person did: their part of the state ([`screener_form::carry`]), the history entries
//! ([`crate::view::guided::history`]) and the instance's name. The loader mounts that build in
//! this one's place; nothing is stored anywhere on the way.

use std::rc::Rc;

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use screener::model::{Audience, Lang};
use screener_form::carry;
use screener_form::guided::Layout;
use screener_form::state::WidgetState;

use crate::inbox::Listeners;
use crate::view::guided::history;

/// The build with everything.
const FULL: &str = "full";

/// Whether this build speaks `lang`.
fn speaks(lang: Lang) -> bool {
    match lang {
        Lang::En => cfg!(feature = "lang-en"),
        Lang::Es => cfg!(feature = "lang-es"),
    }
}

/// The language this build shows for `lang`: `lang`, or the one it speaks.
pub(crate) fn shown(lang: Lang) -> Lang {
    if speaks(lang) {
        lang
    } else if cfg!(feature = "lang-en") {
        Lang::En
    } else {
        Lang::Es
    }
}

/// The build that can show `state`, when this one cannot: a build for families shows the guided
/// path in family wording, in its language.
pub(crate) fn needed(state: &WidgetState) -> Option<&'static str> {
    let sheet = &state.sheet;
    let family_path = state.layout() == Layout::Guided && sheet.audience == Audience::Family;
    let shows = speaks(sheet.lang) && (family_path || (cfg!(feature = "form") && cfg!(feature = "api")));
    if shows {
        None
    } else if family_path {
        Some(match sheet.lang {
            Lang::En => "family-en",
            Lang::Es => "family-es",
        })
    } else {
        Some(FULL)
    }
}

/// The person's part of `state` and the history entries of instance `prefix`, for the build
/// that takes over: `{ state, history, instance }`.
fn carried(state: &WidgetState, prefix: &str) -> JsValue {
    let object = Object::new();
    let _ = Reflect::set(&object, &"state".into(), &carry::write(state).into());
    let _ = Reflect::set(&object, &"history".into(), &history::carried(prefix).into());
    let _ = Reflect::set(&object, &"instance".into(), &prefix.into());
    object.into()
}

/// After a render whose state this build cannot show, tells the loader once (`onBuild`) which
/// build can, with what the person did. Until it takes over, this build shows what it can (the
/// guided path, in its own language).
#[hook]
pub(crate) fn use_switch(listeners: &Rc<Listeners>, state: &WidgetState, prefix: &AttrValue) {
    let needed = needed(state);
    let handover = needed.map(|_| carried(state, prefix));
    let listeners = listeners.clone();
    use_effect_with(needed, move |needed| {
        if let (Some(build), Some(handover)) = (needed, handover) {
            Listeners::call2(&listeners.on_build, &JsValue::from_str(build), &handover);
        }
    });
}

/// Reads what the build before this one handed over (`{ state, history, instance }`) into
/// `state` (made from the host's options); a hand-over that cannot be read is left out, with a
/// console warning, and the widget starts from its options.
pub(crate) fn take_over(handover: &JsValue, state: &mut WidgetState, prefix: &str) {
    let field = |name: &str| Reflect::get(handover, &name.into()).ok().and_then(|v| v.as_string());
    let Some(text) = field("state") else { return };
    match carry::read(&text, state) {
        Ok(()) => history::take_over(prefix, &field("history").unwrap_or_default()),
        Err(carry::Unreadable(what)) => {
            gloo::console::warn!(format!(
                "peer-support-screener: started afresh: the state handed over has an unreadable {what}"
            ))
        }
    }
}
