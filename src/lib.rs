//! The peer-support eligibility screener's core: answers and a date in, a screening with its
//! reasons out.
//!
//! - [`model`]: the vocabulary rulebooks are written in;
//! - [`rules`]: one rulebook per program, each criterion beside the policy passage it encodes;
//! - [`answers`], [`dates`] and [`engine`]: typed answers, calendar arithmetic, and the screening;
//! - [`words`]: the product's own words; [`template`]: the `{placeholder}` renderer;
//! - [`form`] and [`summary`]: the browser form's state and reducer, and the case note;
//! - [`contact`]: the agency's contact as a host gives it, checked.
//!
//! **What is absent is the point.** This crate reads no clock (today is an argument), opens no
//! file, parses no JSON and touches no DOM; it has no `unsafe`. The shells around it are other
//! crates: `screener-contract` (the JSON of SCREENING.md), `peer-screen` (the command line) and
//! `screener-widget` (the browser). `cargo tree -p peer-support-screener` shows chrono alone.

#![forbid(unsafe_code)]

pub mod answers;
pub mod contact;
pub mod dates;
pub mod engine;
pub mod form;
pub mod model;
pub mod rules;
pub mod summary;
pub mod template;
pub mod words;
