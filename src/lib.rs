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
//! **What a build keeps.** Every feature is on by default. A browser build for families turns
//! some off (`screener-widget`'s features): `lang-en` and `lang-es` keep a language's words,
//! `staff-words` the staff wording of the rulebooks, `reviews` the continued-stay reviews in
//! [`rules::ALL`]. What is left out is never linked: the rulebooks' texts go through `words!`,
//! whose constant functions keep only what the build asks for; a text in a language the build
//! lacks is the one it keeps.
//!
//! **What is absent is the point.** This crate reads no clock (today is an argument), opens no
//! file, parses no JSON and touches no DOM; it has no `unsafe`, and no state of a form or a page
//! (that is `screener-form`). The shells around it are other crates: `screener-contract` (the
//! JSON of SCREENING.md), `peer-screen` (the command line), `screener-form` (the widget's pure
//! state) and `screener-widget` (the browser). `cargo tree -p peer-support-screener` shows chrono
//! alone.

#![forbid(unsafe_code)]

#[cfg(not(any(feature = "lang-en", feature = "lang-es")))]
compile_error!("a build of the screener keeps at least one language: feature lang-en or lang-es");

/// One rulebook text in every language, each a [`model::Said`]:
/// `words! { en: Said { staff: …, family: …, child: … }, es: Said { … } }`, a [`model::Words`]
/// with what the build keeps of it ([`model::Words::kept`], [`model::Said::kept`]). A build for
/// families in one language (the crate's features) links neither the other language's texts nor
/// the staff ones.
macro_rules! words {
    (
        en: Said { staff: $en_staff:expr, family: $en_family:expr, child: $en_child:expr $(,)? },
        es: Said { staff: $es_staff:expr, family: $es_family:expr, child: $es_child:expr $(,)? } $(,)?
    ) => {
        $crate::model::Words::kept(
            $crate::model::Said::kept($en_staff, $en_family, $en_child),
            $crate::model::Said::kept($es_staff, $es_family, $es_child),
        )
    };
}

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
