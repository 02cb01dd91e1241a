//! The first screens of the pages, rendered to HTML natively by the same view code as the
//! browser's (Yew's server-side rendering, feature `ssr`): `cargo xtask dist` writes them into the
//! pages (`src/bin/prerender.rs`), so that a person sees the start step (or the form's first
//! controls) before any script has run. The WebAssembly then mounts the same markup in its place.

use std::rc::Rc;

use chrono::NaiveDate;

use screener_form::state::{self, WidgetState};

use crate::app::{Widget, WidgetProps};
use crate::inbox::{Listeners, SharedInbox};

/// The widget's first render for `options` (the host's options as text, as a page gives them)
/// on `today`, as HTML: what the browser shows once the WebAssembly has mounted, but for
/// `data-ready`, which only a running widget carries. An option the widget refuses is an error.
pub fn prerender(options: &[(&str, &str)], today: NaiveDate) -> Result<String, String> {
    let mut init = WidgetState::new(today);
    for (name, value) in options {
        let action = state::parse_option(name, Some(value)).map_err(|e| format!("{name}={value}: {}", e.reason))?;
        state::reduce(&mut init, action);
    }
    let props = WidgetProps {
        init,
        prefix: "pss1".into(),
        inbox: SharedInbox::default(),
        listeners: Rc::new(Listeners::default()),
    };
    let html =
        futures::executor::block_on(yew::LocalServerRenderer::<Widget>::with_props(props).hydratable(false).render());
    match html.matches(" data-ready=\"true\"").count() {
        1 => Ok(html.replacen(" data-ready=\"true\"", "", 1)),
        n => Err(format!("the widget's root carries data-ready {n} times")),
    }
}
