//! The widget's pure state, in layers (Elm's nested update; Yew's `function_todomvc` keeps its
//! reducer in a `state.rs` the same way):
//!
//! - [`sheet`]: the answers being filled in ([`sheet::AnswerSheet`]): program, state, screening
//!   date, language, wording, and each question's raw answer, with its own actions and update;
//! - [`guided`]: the guided path above the sheet ([`guided::GuidedPath`]): one question at a
//!   time, check your answers, the result; it changes the program only through the sheet;
//! - [`state`]: the root ([`state::WidgetState`], [`state::reduce`]): both layouts, the host's
//!   options, the privacy housekeeping;
//! - [`contact`]: the agency's contact as a host gives it, checked;
//! - [`saved`]: a saved screening (a case note, its last line, a family's hand-off code) read
//!   back into the sheet, and a program's continued-stay review started from its answers;
//! - [`carry`]: the person's part of the state as text, for another build of the widget to
//!   take over from.
//!
//! **What is absent is the point.** No Yew, no DOM, no clock (today is given), no IO: every
//! change the widget makes is a function of this crate, tested natively. `screener-widget`
//! renders a [`state::WidgetState`] and dispatches [`state::Action`]s.

#![forbid(unsafe_code)]

pub mod carry;
pub mod contact;
pub mod guided;
pub mod saved;
pub mod sheet;
pub mod state;
