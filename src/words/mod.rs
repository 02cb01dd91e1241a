//! The product's own words: every sentence and label a person reads that is not a rulebook's
//! (rulebooks carry their own, beside their criteria). One table per language (`en.rs`, `es.rs`),
//! each text in every voice as a [`Said`]; code names a text by its field
//! (`voice.t(|w| &w.result.eligible)`), and the language is chosen when it is rendered.
//!
//! A translator edits one file per language: a new language is a new file with a [`Table`] (the
//! compiler names every text it lacks), a line in [`table`], and the language in
//! [`crate::model::Lang`]. The tests check that every text has the same placeholders in every
//! voice and language.
//!
//! - [`Reasons`]: the reason sentences every rulebook shares;
//! - [`Results`]: the words of a result (the form, the print view, the case note);
//! - [`FormWords`], [`HelpWords`], [`GuidedWords`]: the widget's one-page form, what comes after
//!   the result, and the guided path;
//! - [`CaseloadWords`]: the caseload page;
//! - [`ErrorWords`]: the contract's error messages (SCREENING.md §8);
//! - [`DateWords`]: dates written out for people.

#[cfg(feature = "lang-en")]
mod en;
#[cfg(feature = "lang-es")]
mod es;
mod tables;

pub use tables::*;

use crate::model::{Lang, Said, Voice};

impl Voice {
    /// The product's own words in this voice's language.
    pub fn words(self) -> &'static Table {
        table(self.lang)
    }

    /// One of the product's own words in this voice: `voice.t(|w| &w.result.eligible)`.
    pub fn t(self, pick: impl FnOnce(&'static Table) -> &'static Said) -> &'static str {
        self.say(pick(self.words()))
    }
}

/// The product's words in `lang` (in a build that leaves `lang` out, those of the language it
/// keeps: features `lang-en` and `lang-es`), as the build keeps them ([`Table::for_build`]).
pub fn table(lang: Lang) -> &'static Table {
    match lang {
        #[cfg(feature = "lang-en")]
        Lang::En => &EN,
        #[cfg(feature = "lang-es")]
        Lang::Es => &ES,
        #[allow(unreachable_patterns)]
        _ => KEPT,
    }
}

#[cfg(feature = "lang-en")]
static EN: Table = en::TABLE.for_build();
#[cfg(feature = "lang-es")]
static ES: Table = es::TABLE.for_build();

/// The table of a language this build keeps.
#[cfg(feature = "lang-en")]
const KEPT: &Table = &EN;
#[cfg(all(feature = "lang-es", not(feature = "lang-en")))]
const KEPT: &Table = &ES;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::placeholders;

    fn sorted(text: &str) -> Vec<&str> {
        let mut names = placeholders(text);
        names.sort_unstable();
        names.dedup();
        names
    }

    /// A voice may use fewer placeholders than another (a staff sentence may leave out what a
    /// family one spells out), but each voice uses the same ones in every language.
    #[test]
    fn every_text_has_the_same_placeholders_in_every_language() {
        let mut english = Vec::new();
        table(Lang::En).each(&mut |name, said| english.push((name.to_owned(), *said)));
        let mut count = 0;
        for lang in Lang::ALL {
            let mut index = 0;
            table(lang).each(&mut |name, said| {
                let (en_name, en) = &english[index];
                assert_eq!(name, en_name, "{lang:?} lists its texts in another order");
                let child = |s: &Said| s.child.unwrap_or(s.family);
                for (form, en_form) in [(said.staff, en.staff), (said.family, en.family), (child(said), child(en))] {
                    assert_eq!(sorted(form), sorted(en_form), "{name} ({lang:?}): {form:?}");
                }
                index += 1;
                count += 1;
            });
            assert_eq!(index, english.len(), "{lang:?} has another number of texts");
        }
        assert!(count > 200, "only {count} texts were visited");
    }

    #[test]
    fn no_text_is_empty() {
        for lang in Lang::ALL {
            table(lang).each(&mut |name, said| {
                for form in said.forms() {
                    assert!(!form.trim().is_empty(), "{name} ({lang:?}) is empty");
                }
            });
        }
    }
}
