//! The peer-support eligibility screener's core: answers and a date in, a screening with its
//! reasons out.
//!
//! - [`model`]: the vocabulary rulebooks are written in, and the [`model::Voice`] every text is
//!   read in;
//! - [`rules`]: one rulebook per program, each criterion beside the policy passage it encodes;
//! - [`answers`], [`dates`] and [`engine`]: typed answers, calendar arithmetic, and the screening
//!   (reasons as data: the engine knows no language);
//! - [`words`]: the product's own words, one table per language; [`template`]: the
//!   `{placeholder}` renderer; [`sentences`]: a screening's sentences in one voice;
//!   [`case_note`]: the case note;
//! - [`pseudo`]: the pseudo-locale that tests switch on to find text that bypassed the words.
//!
//! **What is absent is the point.** This crate reads no clock (today is an argument), opens no
//! file, parses no JSON and touches no DOM; it has no `unsafe`, and no state of a form or a page
//! (that is `screener-form`). The shells around it are other crates: `screener-contract` (the
//! JSON of SCREENING.md), `peer-screen` (the command line), `screener-form` (the widget's pure
//! state) and `screener-widget` (the browser). `cargo tree -p peer-support-screener` shows chrono
//! alone.

#![forbid(unsafe_code)]

pub mod answers;
pub mod case_note;
pub mod dates;
pub mod engine;
pub mod model;
pub mod pseudo;
pub mod rules;
pub mod sentences;
pub mod template;
pub mod words;
