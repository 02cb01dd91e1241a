//! The caseload page's words: its own are the core's `CaseloadWords` (one table per language,
//! `screener::words`), read by the page's script by field name ([`labels`]); the words of a
//! result (outcomes, the case note) are the core's too. This module picks the ones the page
//! shows and names what to tell a person whose file cannot be screened ([`unusable`]).

use screener::model::{Said, Voice};
use screener::words::Table;

use screener_caseload::Unusable;

/// Every label the page reads, by key: each text of `CaseloadWords` by its field name, and the
/// shared words the page shows too.
pub fn labels(voice: Voice) -> Vec<(&'static str, &'static str)> {
    let table: &'static Table = voice.words();
    let mut labels = Vec::new();
    table.caseload.each(&mut |name, said| labels.push((name, voice.say(said))));
    let shared: [(&'static str, &'static Said); 10] = [
        ("program", &table.result.program),
        ("as_of", &table.result.date),
        ("language", &table.form.language),
        ("audience", &table.form.audience),
        ("staff", &table.form.staff),
        ("family", &table.form.family),
        ("eligible", &table.result.eligible),
        ("not_eligible", &table.result.not_eligible),
        ("incomplete", &table.result.incomplete),
        ("disclaimer", &table.result.disclaimer),
    ];
    labels.extend(shared.into_iter().map(|(key, said)| (key, voice.say(said))));
    labels
}

/// What to tell a person whose file cannot be screened (in `voice`'s language), and the key of
/// the message (for tests and for the page's `data-problem`).
pub fn unusable(voice: Voice, why: &Unusable) -> (&'static str, &'static Said, Vec<(&'static str, String)>) {
    let table: &'static Table = voice.words();
    let w = &table.caseload;
    match why {
        Unusable::Empty => ("empty", &w.empty, Vec::new()),
        Unusable::Workbook(kind) => (
            "workbook",
            &w.workbook,
            vec![(
                "kind",
                match kind {
                    screener_caseload::Workbook::Zip => ".xlsx".to_owned(),
                    screener_caseload::Workbook::Ole => ".xls".to_owned(),
                },
            )],
        ),
        Unusable::Utf16 => ("utf16", &w.utf16, Vec::new()),
        Unusable::NotText | Unusable::HeaderNotUtf8 => ("not_text", &w.not_text, Vec::new()),
        Unusable::NoHeader => ("no_header", &w.no_header, Vec::new()),
        Unusable::DuplicateColumn(name) => ("duplicate_column", &w.duplicate, vec![("column", name.clone())]),
        Unusable::NoProgram => ("no_program", &w.no_program, Vec::new()),
        // The options come from the page's own controls; the contract's message says what is wrong.
        Unusable::Option(_) => ("option", &w.not_text, Vec::new()),
        Unusable::Unclosed(u) => {
            let lines = ("lines", u.lines_not_screened.to_string());
            let line = ("line", u.line.to_string());
            match u.row {
                0 => ("unclosed_quote", &w.unclosed_quote_header, vec![line, lines]),
                row => ("unclosed_quote", &w.unclosed_quote, vec![("row", row.to_string()), line, lines]),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use screener::model::Lang;

    #[test]
    fn every_label_has_one_key_and_text_in_every_voice() {
        for voice in Voice::all() {
            let labels = labels(voice);
            let mut keys: Vec<&str> = labels.iter().map(|(key, _)| *key).collect();
            let count = keys.len();
            keys.sort_unstable();
            keys.dedup();
            assert_eq!(keys.len(), count, "a key twice");
            assert!(labels.iter().all(|(_, text)| !text.trim().is_empty()), "{voice:?}");
        }
    }

    /// With the pseudo-locale on, every label and every "cannot be screened" message is a
    /// look-alike: none bypassed the words tables.
    #[test]
    fn every_label_comes_from_the_words_tables() {
        use screener_caseload::{Unclosed, Unusable, Workbook};
        screener::pseudo::set(true);
        for voice in Voice::all() {
            for (key, text) in labels(voice) {
                assert!(screener::pseudo::bypassed(text, &[]).is_empty(), "{key}: {text}");
            }
            let whys = [
                Unusable::Empty,
                Unusable::Workbook(Workbook::Zip),
                Unusable::Utf16,
                Unusable::NotText,
                Unusable::HeaderNotUtf8,
                Unusable::NoHeader,
                Unusable::DuplicateColumn("ref".into()),
                Unusable::NoProgram,
                Unusable::Unclosed(Unclosed { row: 0, line: 1, lines_not_screened: 2 }),
                Unusable::Unclosed(Unclosed { row: 3, line: 4, lines_not_screened: 2 }),
            ];
            for why in whys {
                let (_, said, _) = unusable(voice, &why);
                let text = voice.say(said);
                assert!(screener::pseudo::bypassed(text, &[]).is_empty(), "{why:?}: {text}");
            }
        }
        screener::pseudo::set(false);
    }

    /// A quote never closed: every number filled in every voice, and words a person can act on
    /// (the words tables' own test holds the placeholders the same in both languages).
    #[test]
    fn a_quote_never_closed_is_said_with_its_row_line_and_lines_in_every_voice() {
        use screener_caseload::Unclosed;
        for voice in Voice::all() {
            for (unclosed, numbers) in [
                (Unclosed { row: 3, line: 6, lines_not_screened: 17 }, &["3", "6", "17"][..]),
                (Unclosed { row: 0, line: 2, lines_not_screened: 17 }, &["2", "17"][..]),
            ] {
                let (key, said, values) = unusable(voice, &Unusable::Unclosed(unclosed));
                assert_eq!(key, "unclosed_quote");
                let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let text = screener::template::render(voice.say(said), &values);
                assert!(!text.contains('{'), "{voice:?}: {text}");
                for number in numbers {
                    assert!(text.contains(number), "{voice:?}: {number} in {text}");
                }
            }
        }
        let staff = |lang| {
            let (_, said, values) =
                unusable(Voice::staff(lang), &Unusable::Unclosed(Unclosed { row: 3, line: 6, lines_not_screened: 17 }));
            let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
            screener::template::render(Voice::staff(lang).say(said), &values)
        };
        assert!(
            staff(Lang::En).starts_with("A quoted field opens in row 3 (line 6) and is never closed"),
            "{}",
            staff(Lang::En)
        );
        assert!(
            staff(Lang::Es).starts_with("Un campo entre comillas se abre en la fila 3 (línea 6)"),
            "{}",
            staff(Lang::Es)
        );
    }

    #[test]
    fn spanish_is_not_english() {
        let (en, es) = (labels(Voice::staff(Lang::En)), labels(Voice::staff(Lang::Es)));
        for ((key, en), (_, es)) in en.iter().zip(&es) {
            // Short words that are the same in both languages.
            if ["language", "program", "column_program", "column_row"].contains(key) || en.len() < 4 {
                continue;
            }
            assert_ne!(en, es, "{key}");
        }
    }
}
