//! The rulebooks: one file per program, each a constant [`Program`] written to be read side by
//! side with its source document. Adding a program is one new file here, one line in [`ALL`],
//! and its cases in `tests/cases/`; the list of states and their names are derived from them.

use crate::model::{Program, Words};

pub mod ct_waiver_peer_support;
pub mod mo_peer_support;
pub mod mt_mfp_peer_support;
pub mod nc_pss;
pub mod nc_pss_continued_stay;
pub mod ne_family_peer_support;
pub mod ne_family_peer_support_continued_stay;
pub mod ne_peer_support;
pub mod ne_peer_support_continued_stay;

/// How many programs this build has: nine, six in a build without the `reviews` feature (for
/// families), which leaves the continued-stay reviews out.
const COUNT: usize = if cfg!(feature = "reviews") { 9 } else { 6 };

/// Every program, in the order of SCREENING.md §1 (the reviews only with the `reviews` feature).
pub static ALL: [&Program; COUNT] = [
    &nc_pss::PROGRAM,
    &ne_peer_support::PROGRAM,
    &ne_family_peer_support::PROGRAM,
    &mo_peer_support::PROGRAM,
    &mt_mfp_peer_support::PROGRAM,
    &ct_waiver_peer_support::PROGRAM,
    #[cfg(feature = "reviews")]
    &nc_pss_continued_stay::PROGRAM,
    #[cfg(feature = "reviews")]
    &ne_peer_support_continued_stay::PROGRAM,
    #[cfg(feature = "reviews")]
    &ne_family_peer_support_continued_stay::PROGRAM,
];

/// The program with this contract id.
pub fn find(id: &str) -> Option<&'static Program> {
    ALL.iter().copied().find(|p| p.id == id)
}

/// The states the screener covers, by two-letter code, in the order of [`ALL`]: derived from the
/// rulebooks, so a new state is its rulebook alone.
pub fn states() -> impl Iterator<Item = &'static str> {
    ALL.iter().enumerate().filter(|(i, p)| ALL[..*i].iter().all(|q| q.state != p.state)).map(|(_, p)| p.state)
}

/// The name of a state, by its code.
pub fn state_name(code: &str) -> Option<&'static Words> {
    ALL.iter().find(|p| p.state == code).map(|p| &p.state_name)
}
