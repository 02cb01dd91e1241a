//! The peer-support eligibility screener.
//!
//! A pure core and thin edges:
//! - [`model`]: the vocabulary rulebooks are written in;
//! - [`rules`]: one rulebook per program, each criterion beside the policy passage it encodes;
//! - [`answers`], [`dates`], [`wording`] and [`engine`]: answers and a date in, a screening
//!   with its reasons out; no clock, no IO;
//! - [`contract`]: the JSON of SCREENING.md (requests, responses, errors, the catalog);
//! - [`form`] and [`summary`]: the browser form's state and reducer, and the case note; pure;
//! - `web` (wasm32 only): the Yew form, the custom element and the JavaScript API;
//! - `src/bin/peer-screen.rs`: the command line.

pub mod answers;
pub mod contract;
pub mod dates;
pub mod engine;
pub mod form;
pub mod model;
pub mod rules;
pub mod summary;
pub mod wording;

#[cfg(target_arch = "wasm32")]
pub mod web;
