//! The pseudo-locale (Fluent's and gettext's habit): with the `pseudo` feature, a test can turn
//! every text that goes through a [`crate::model::Voice`] into a look-alike of itself
//! ("⟦Ŝćŕèèñ⟧"), so that any text shown on a screen that is still plain ASCII English bypassed
//! the words tables. Without the feature (every build that ships), [`wrap`] is the identity and
//! costs nothing.

/// The text to show: `text` itself, or its pseudo-locale form while that is switched on.
#[cfg(not(feature = "pseudo"))]
#[inline(always)]
pub fn wrap(text: &'static str) -> &'static str {
    text
}

#[cfg(feature = "pseudo")]
pub use on::{bypassed, is_on, set, transform, wrap};

#[cfg(feature = "pseudo")]
mod on {
    use std::cell::{Cell, RefCell};
    use std::collections::HashMap;

    thread_local! {
        static ON: Cell<bool> = const { Cell::new(false) };
        /// Each text transformed once (tests only: the leak is bounded by the tables' size).
        static MADE: RefCell<HashMap<(usize, usize), &'static str>> = RefCell::new(HashMap::new());
    }

    /// Switches the pseudo-locale on or off for this thread.
    pub fn set(on: bool) {
        ON.with(|cell| cell.set(on));
    }

    pub fn is_on() -> bool {
        ON.with(Cell::get)
    }

    /// `text`, or its pseudo-locale form while it is on.
    pub fn wrap(text: &'static str) -> &'static str {
        if !is_on() {
            return text;
        }
        let key = (text.as_ptr() as usize, text.len());
        MADE.with(|made| *made.borrow_mut().entry(key).or_insert_with(|| Box::leak(transform(text).into_boxed_str())))
    }

    /// The words of `text` that did not go through the pseudo-locale: runs of two or more ASCII
    /// letters outside ⟦…⟧ (nested or not) that are not in `allowed` (ids, codes, verbatim
    /// quotes a caller knows are meant as they are). Empty when every word came from the tables.
    pub fn bypassed<'a>(text: &'a str, allowed: &[&str]) -> Vec<&'a str> {
        let mut outside = String::with_capacity(text.len());
        let mut depth = 0usize;
        for c in text.chars() {
            match c {
                '⟦' => depth += 1,
                '⟧' => depth = depth.saturating_sub(1),
                c if depth == 0 => outside.push(c),
                _ => outside.push(' '),
            }
        }
        let mut found = Vec::new();
        for word in outside.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.')) {
            let word = word.trim_matches(|c: char| c == '.' || c == '-');
            let letters = word.bytes().filter(u8::is_ascii_alphabetic).count();
            if letters >= 2 && !allowed.contains(&word) {
                if let Some(at) = text.find(word) {
                    found.push(&text[at..at + word.len()]);
                }
            }
        }
        found
    }

    /// Every ASCII letter outside `{placeholders}` as an accented look-alike, between ⟦ and ⟧.
    pub fn transform(text: &str) -> String {
        const LOWER: [char; 26] = [
            'á', 'ƀ', 'ć', 'ď', 'é', 'ƒ', 'ĝ', 'ĥ', 'í', 'ĵ', 'ķ', 'ĺ', 'ḿ', 'ñ', 'ó', 'ṕ', 'ʠ', 'ŕ', 'ś', 'ť', 'ú',
            'ṽ', 'ŵ', 'ẋ', 'ý', 'ź',
        ];
        const UPPER: [char; 26] = [
            'Á', 'Ɓ', 'Ć', 'Ď', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Í', 'Ĵ', 'Ķ', 'Ĺ', 'Ḿ', 'Ñ', 'Ó', 'Ṕ', 'Ɋ', 'Ŕ', 'Ś', 'Ť', 'Ú',
            'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ź',
        ];
        let mut out = String::with_capacity(text.len() * 2 + 6);
        out.push('⟦');
        let mut in_placeholder = false;
        for c in text.chars() {
            match c {
                '{' => in_placeholder = true,
                '}' => in_placeholder = false,
                _ => {}
            }
            out.push(match c {
                'a'..='z' if !in_placeholder => LOWER[(c as u8 - b'a') as usize],
                'A'..='Z' if !in_placeholder => UPPER[(c as u8 - b'A') as usize],
                _ => c,
            });
        }
        out.push('⟧');
        out
    }
}

#[cfg(all(test, feature = "pseudo"))]
mod tests {
    use super::*;

    #[test]
    fn the_pseudo_locale_transforms_letters_and_keeps_placeholders() {
        assert_eq!(transform("Is {age} on {as_of}."), "⟦Íś {age} óñ {as_of}.⟧");
        assert_eq!(bypassed("⟦Íś ⟦ÁĆŤŤ⟧ 17⟧ 2026-11-22", &[]), Vec::<&str>::new());
        assert_eq!(bypassed("⟦Íś⟧ Yes nc-pss x", &["nc-pss"]), ["Yes"]);
        set(true);
        let shown = wrap("Yes");
        set(false);
        assert_eq!((shown, wrap("Yes")), ("⟦Ýéś⟧", "Yes"));
    }
}
