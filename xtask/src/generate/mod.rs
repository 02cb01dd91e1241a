//! Generated inputs for the benchmarks: realistic requests and caseloads, built from the
//! rulebooks (`screener::rules::ALL`) so that a program or question added, renamed or removed
//! there is in them at the next run, with nothing to copy by hand. Deterministic: the same
//! call gives the same bytes, so that runs on different days measure the same input.
//!
//! - [`random`]: the deterministic pseudo-random source;
//! - [`answers`]: a plausible answer to any question of a rulebook, chosen by the question's kind;
//! - [`requests`]: JSON Lines for `peer-screen batch`;
//! - [`caseload`]: a caseload sheet for `peer-screen csv` and the caseload page.

pub mod answers;
pub mod caseload;
pub mod random;
pub mod requests;
