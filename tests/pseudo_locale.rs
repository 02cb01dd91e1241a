//! The pseudo-locale (src/pseudo.rs), natively: with every text of the words tables and the
//! rulebooks turned into its look-alike, the case note of every program, in every voice, for
//! answers that reach every kind of reason, holds no word that bypassed them. What may stay as
//! it is: ids (programs, questions, options, criteria), numbers, `YYYY-MM-DD` dates, the
//! citations (verbatim from the sources) and the request line (JSON). The widget's screens are
//! checked the same way in the browser (`crates/widget/tests/pseudo.rs`), the contract's errors
//! and the caseload page's words in their crates.

use chrono::NaiveDate;

use screener::answers::{Answer, Answers};
use screener::case_note::CaseNote;
use screener::engine::screen;
use screener::model::{QuestionType, Voice};
use screener::{pseudo, rules};

fn d(s: &str) -> NaiveDate {
    screener::dates::parse(s).unwrap()
}

/// Every id a note may show as it is.
fn ids() -> Vec<&'static str> {
    let mut ids = Vec::new();
    for p in rules::ALL {
        ids.push(p.id);
        for q in p.questions {
            ids.push(q.id);
            ids.extend(q.options.iter().map(|o| o.id));
        }
        ids.extend(p.criteria.iter().map(|c| c.id));
    }
    ids
}

/// Answer sets that reach every kind of reason: nothing answered; every yes/no `value`, dates in
/// and before a transition window, a birth date under and over an age, counts under and over a
/// cap, every option chosen, or none.
fn answer_sets(program: &'static screener::model::Program) -> Vec<Answers> {
    let as_of = d("2026-11-22");
    let mut sets = vec![Answers::new(program)];
    for (yes, date, count, chosen) in [(true, "2026-12-10", 8, true), (false, "2027-03-31", 200, false)] {
        let mut answers = Answers::new(program);
        for q in program.questions {
            let answer = match q.kind {
                QuestionType::YesNo => Answer::YesNo(yes),
                QuestionType::Date if q.not_after_as_of => {
                    Answer::Date(d(if yes { "1990-05-17" } else { "2011-03-02" }))
                }
                QuestionType::Date => Answer::Date(d(date)),
                QuestionType::Count => Answer::Count(count),
                QuestionType::MultiSelect => Answer::Chosen(if chosen { (1 << q.options.len()) - 1 } else { 0 }),
                QuestionType::SingleChoice => Answer::Choice(if chosen { 0 } else { q.options.len() - 1 }),
            };
            answers.set(q.id, Some(answer), as_of).unwrap_or_else(|e| panic!("{}: {e:?}", q.id));
        }
        sets.push(answers);
    }
    sets
}

#[test]
fn every_case_note_is_written_from_the_tables_in_every_voice() {
    let ids = ids();
    let mut checked = 0;
    pseudo::set(true);
    for program in rules::ALL {
        for answers in answer_sets(program) {
            let screening = screen(&answers, d("2026-11-22"));
            for voice in Voice::all() {
                let note = CaseNote::new(&answers, &screening, voice);
                let text = note.text();
                let request = note.request.clone();
                for line in text.lines() {
                    // The citations are the sources' own words; the last line is the request.
                    let line = line.trim_start();
                    if line.starts_with('⟦') && line.contains(": ⟧") && line.contains('\u{201c}') || line == request
                    {
                        continue;
                    }
                    let citation = note.sections.iter().flat_map(|s| &s.items).filter_map(|i| i.detail.as_deref());
                    if citation.into_iter().any(|c| c == line) {
                        continue;
                    }
                    let bypassed = pseudo::bypassed(line, &ids);
                    assert!(bypassed.is_empty(), "{} {voice:?}: {bypassed:?} in {line:?}", program.id);
                    checked += 1;
                }
            }
        }
    }
    pseudo::set(false);
    assert!(checked > 2000, "only {checked} lines checked");
}

#[test]
fn the_pseudo_locale_is_off_unless_a_test_switches_it_on() {
    let voice = Voice::staff(screener::model::Lang::En);
    assert_eq!(voice.t(|w| &w.result.yes), "Yes");
    pseudo::set(true);
    assert_eq!(voice.t(|w| &w.result.yes), "⟦Ýéś⟧");
    pseudo::set(false);
}
