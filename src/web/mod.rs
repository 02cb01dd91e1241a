//! The browser edge (wasm32 only): the Yew form, the JavaScript API and the custom element.
//! Thin shells over the core: all screening happens in `crate::engine`.
