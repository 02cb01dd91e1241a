//! The check the generated pages' own words tables (`rules/words.rs`, `builder/words.rs`) pass,
//! as the widget's words tables pass theirs (`screener::words`): every text in both languages,
//! none empty, each a staff text (the pages are for staff), the same placeholders in both.

use screener::model::Said;
use screener::template::placeholders;

/// Fails on the first text of `texts` (name, English, Spanish) that breaks the rules above, or
/// when there are fewer than `at_least` (a table that lost its texts).
pub fn assert_both_languages(texts: &[(String, &Said, &Said)], at_least: usize) {
    assert!(texts.len() >= at_least, "only {} texts", texts.len());
    for (name, en, es) in texts {
        for said in [en, es] {
            assert!(!said.staff.trim().is_empty(), "{name} is empty");
            assert!(said.child.is_none() && said.staff == said.family, "{name}: a staff text, the same in every voice");
        }
        let sorted = |text| {
            let mut names = placeholders(text);
            names.sort_unstable();
            names.dedup();
            names
        };
        assert_eq!(sorted(en.staff), sorted(es.staff), "{name}: {:?} / {:?}", en.staff, es.staff);
    }
}
