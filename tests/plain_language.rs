//! Plain language, measured (SCREENING.md §7): the English family wording of each program reads
//! at US grade 8 or below by Flesch-Kincaid,
//! `0.39 × words/sentences + 11.8 × syllables/words − 15.59`, over everything a family reads of
//! it: its questions, options, reasons (its criteria's sentences and the shared ones it can
//! produce, rendered with realistic values), next steps and standing notes, and the draft notice
//! where its source is a draft.
//!
//! Syllables are counted as pyphen counts them (`pyphen.Pyphen(lang='en_US')`, hyphenation
//! points + 1): Liang's algorithm over the same patterns (`fixtures/syllables/hyph_en_US.dic`,
//! BSD-style, see its README), with pyphen's defaults (no break in the first 2 or last 2
//! letters). `fixtures/syllables/en_US.tsv` holds pyphen's own count of every word of the text,
//! written by `fixtures/syllables/make_fixture.py`; a test holds the two counters equal on every
//! word, and fails when the text has a word the fixture lacks, so that new words force a
//! regeneration.
//!
//! Words are the text split at white space, `/` and `—`, with the punctuation around them
//! dropped (a hyphenated word such as "day-to-day" is one word; so is a date); a sentence ends
//! at `.`, `!` or `?` before white space or the end, and every text (an option has no full
//! stop) ends one.
//!
//! The guided path's own English family text (`words::guided`: its start page, steps, buttons,
//! errors, check your answers and headlines, with the labels of other modules it shows) is
//! measured the same way, as one text, and held to the same grade.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use screener::model::*;
use screener::rules;
use screener::template::{render, sentence};
use screener::words::Table;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/syllables");
const MAX_GRADE: f64 = 8.0;

/// The family voice in English, about the person.
/// The family voice in English, about the person.
const FAMILY: Voice = Voice { lang: Lang::En, audience: Audience::Family, subject: Subject::Person };

/// The family voices in English: about the person, and about a child.
const FAMILY_VOICES: [Voice; 2] = [FAMILY, Voice { subject: Subject::Child, ..FAMILY }];

/// The family voices a program offers.
fn voices_of(p: &Program) -> impl Iterator<Item = Voice> + '_ {
    FAMILY_VOICES.into_iter().filter(|v| p.subjects().contains(&v.subject))
}

/// The product's English words.
fn en() -> &'static Table {
    FAMILY.words()
}

/// Everything a family reads of a program, in English, in `voice`, with realistic values (dates
/// written out, as a family reads them).
fn family_texts(p: &Program, voice: Voice) -> Vec<String> {
    let family = |said: &Said, values: &[(&str, &str)]| sentence(render(voice.say(said), values));
    let text = |words: &Words| voice.text(words);
    let reasons = &en().reasons;
    let mut texts = Vec::new();
    for q in p.questions {
        texts.push(text(&q.text).to_owned());
        texts.extend(q.options.iter().map(|o| text(&o.text).to_owned()));
    }
    for c in p.criteria {
        // Any criterion may be unanswered: the shared sentence names its (first) question.
        if let Some(question) = c.test.question_ids().into_iter().next().and_then(|id| p.question(id)) {
            texts.push(family(&reasons.not_answered, &[("question", text(&question.text))]));
        }
        match &c.test {
            Test::MinimumAge { years, .. } => {
                let min = years.to_string();
                let reached = [("age", "17"), ("as_of", "November 22, 2026"), ("min", min.as_str())];
                texts.push(family(&reasons.age_reached, &reached));
                let not_yet =
                    [("age", "15"), ("as_of", "November 22, 2026"), ("min", min.as_str()), ("date", "March 2, 2027")];
                texts.push(family(&reasons.age_not_reached, &not_yet));
            }
            Test::TransitionWindow { service_name, end_of, days, .. } => {
                let days = days.to_string();
                let values = [
                    ("service", text(service_name)),
                    ("end_of", text(end_of)),
                    ("days", days.as_str()),
                    ("as_of", "November 22, 2026"),
                    ("end", "January 31, 2027"),
                    ("from", "January 2, 2027"),
                ];
                for said in [
                    &reasons.window_not_receiving,
                    &reasons.window_passed,
                    &reasons.window_open,
                    &reasons.window_not_yet,
                    &reasons.window_end_unknown,
                ] {
                    texts.push(family(said, &values));
                }
            }
            test => {
                let says = test.verdicts().expect("the other shapes have their own sentences");
                let (pass_n, fail_n) = match test {
                    Test::AtLeast { min, .. } => ((min + 1).to_string(), min.saturating_sub(1).to_string()),
                    Test::AtMost { max, .. } => ((max / 2).to_string(), (max + 8).to_string()),
                    _ => (String::new(), String::new()),
                };
                let (min, max) = match test {
                    Test::AtLeast { min, .. } => (min.to_string(), String::new()),
                    Test::AtMost { max, .. } => (String::new(), max.to_string()),
                    _ => (String::new(), String::new()),
                };
                let choice = match test {
                    Test::NotChoice { question, .. } => {
                        p.question(question).and_then(|q| q.options.first()).map_or("", |o| text(&o.text))
                    }
                    _ => "",
                };
                for (words, n) in [(&says.pass, &pass_n), (&says.fail, &fail_n)] {
                    let values = [("n", n.as_str()), ("min", &min), ("max", &max), ("choice", choice)];
                    texts.push(sentence(render(text(words), &values)));
                }
            }
        }
        if let Some(step) = c.next_step() {
            texts.push(text(step).to_owned());
        }
    }
    texts.extend(p.standing_notes.iter().map(|w| text(w).to_owned()));
    texts.push(text(&p.ask).to_owned());
    if p.document.draft {
        texts.push(voice.say(&en().result.draft).to_owned());
    }
    texts
}

/// The words of a text: split at white space, `/` and `—`, punctuation around each dropped.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '/' || c == '—')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The sentences of one text: each `.`, `!` or `?` before white space or the end, and at least
/// one (the text ends a sentence even without a full stop).
fn sentences(text: &str) -> usize {
    let chars: Vec<char> = text.trim_end().chars().collect();
    let ends = (0..chars.len())
        .filter(|&i| matches!(chars[i], '.' | '!' | '?'))
        .filter(|&i| chars.get(i + 1).is_none_or(|c| c.is_whitespace()))
        .count();
    let closed = chars.last().is_some_and(|c| matches!(c, '.' | '!' | '?'));
    ends + usize::from(!closed)
}

/// Liang's hyphenation patterns, read as pyphen reads them.
struct Hyphenator {
    /// Letters of a pattern to (offset of its first non-zero value, the values from there).
    patterns: HashMap<String, (usize, Vec<u8>)>,
    max_len: usize,
}

impl Hyphenator {
    fn load() -> Hyphenator {
        let path = format!("{FIXTURES}/hyph_en_US.dic");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let ignored = ["%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN"];
        let mut patterns = HashMap::new();
        // The first line names the encoding (UTF-8).
        for line in text.split('\n').skip(1) {
            let pattern = line.trim();
            if pattern.is_empty() || ignored.iter().any(|i| pattern.starts_with(i)) {
                continue;
            }
            // A digit before a letter is the value between it and the letter before; no digit is 0.
            let (mut letters, mut values) = (String::new(), vec![0u8]);
            for c in pattern.chars() {
                match c.to_digit(10) {
                    Some(d) => *values.last_mut().unwrap() = d as u8,
                    None => {
                        letters.push(c);
                        values.push(0);
                    }
                }
            }
            let Some(start) = values.iter().position(|&v| v > 0) else { continue };
            let end = values.iter().rposition(|&v| v > 0).unwrap() + 1;
            patterns.insert(letters, (start, values[start..end].to_vec()));
        }
        let max_len = patterns.keys().map(|k| k.chars().count()).max().unwrap_or(0);
        Hyphenator { patterns, max_len }
    }

    /// Hyphenation points + 1, with no point in the first 2 or last 2 letters (pyphen's
    /// `left=2, right=2`).
    fn syllables(&self, word: &str) -> usize {
        let lower: Vec<char> = word.to_lowercase().chars().collect();
        let mut pointed = vec!['.'];
        pointed.extend(&lower);
        pointed.push('.');
        let mut points = vec![0u8; pointed.len() + 1];
        for i in 0..pointed.len() - 1 {
            let stop = (i + self.max_len).min(pointed.len());
            for j in i + 1..=stop {
                let key: String = pointed[i..j].iter().collect();
                if let Some((offset, values)) = self.patterns.get(&key) {
                    for (k, v) in values.iter().enumerate() {
                        if let Some(p) = points.get_mut(i + offset + k) {
                            *p = (*p).max(*v);
                        }
                    }
                }
            }
        }
        let length = word.chars().count();
        let breaks = points
            .iter()
            .enumerate()
            .filter(|(_, v)| *v % 2 == 1)
            .map(|(i, _)| i as isize - 1)
            .filter(|&i| i >= 2 && i <= length as isize - 2)
            .count();
        breaks + 1
    }
}

fn fixture() -> BTreeMap<String, usize> {
    let path = format!("{FIXTURES}/en_US.tsv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (word, n) = l.split_once('\t').unwrap_or_else(|| panic!("{path}: bad line {l:?}"));
            (word.to_owned(), n.parse().unwrap_or_else(|_| panic!("{path}: bad count in {l:?}")))
        })
        .collect()
}

/// One of the guided path's family-English texts, rendered with realistic values.
fn guided_family(said: &Said, voice: Voice) -> String {
    let values = [
        ("states", "North Carolina, Nebraska, Missouri, Montana or Connecticut"),
        ("state", "Nebraska"),
        ("n", "3"),
        ("total", "7"),
        ("date", "January 2, 2027"),
    ];
    sentence(render(voice.say(said), &values))
}

/// Everything a family reads on the guided path's steps that is not a program's: its own words
/// and the labels of other modules it shows.
fn guided_texts(voice: Voice) -> Vec<String> {
    let w = en();
    let shown_too = [
        &w.form.widget_title,
        &w.form.multi_hint,
        &w.form.print,
        &w.result.yes,
        &w.result.no,
        &w.result.not_sure,
        &w.result.none_apply,
        &w.result.missing,
        &w.result.program,
        &w.result.eligible_from,
        &w.help.crisis,
        &w.help.crisis_988,
        &w.help.emergency_911,
        &w.help.exit,
    ];
    let mut texts = Vec::new();
    w.guided.each(&mut |_, said| texts.push(guided_family(said, voice)));
    texts.extend(shown_too.into_iter().map(|said| guided_family(said, voice)));
    texts
}

/// Flesch-Kincaid grade of some texts.
fn measure(hyphenator: &Hyphenator, texts: &[String]) -> (f64, usize, usize, usize) {
    let (mut word_count, mut sentence_count, mut syllable_count) = (0usize, 0usize, 0usize);
    for text in texts {
        let words = words(text);
        word_count += words.len();
        syllable_count += words.iter().map(|w| hyphenator.syllables(w)).sum::<usize>();
        sentence_count += sentences(text);
    }
    let grade =
        0.39 * word_count as f64 / sentence_count as f64 + 11.8 * syllable_count as f64 / word_count as f64 - 15.59;
    (grade, word_count, sentence_count, syllable_count)
}

/// Every word of every program's family English text, and of the guided path's.
fn all_words() -> BTreeSet<String> {
    let programs = rules::ALL.iter().flat_map(|p| voices_of(p).flat_map(|voice| family_texts(p, voice)));
    let guided = FAMILY_VOICES.into_iter().flat_map(guided_texts);
    programs.chain(guided).flat_map(|t| words(&t)).collect()
}

/// Every word of the family text, one a line after `WORD\t` (what `make_fixture.py` reads, with
/// `--nocapture`); the list is the text split as the grade splits it, so it is never empty and
/// holds no white space.
#[test]
fn print_family_words() {
    let words = all_words();
    assert!(words.len() > 100, "only {} words", words.len());
    for word in words {
        assert!(!word.is_empty() && !word.contains(char::is_whitespace), "{word:?}");
        println!("WORD\t{word}");
    }
}

#[test]
fn syllables_are_counted_as_pyphen_counts_them() {
    let hyphenator = Hyphenator::load();
    let fixture = fixture();
    let disagree: Vec<String> = fixture
        .iter()
        .filter(|(word, n)| hyphenator.syllables(word) != **n)
        .map(|(word, n)| format!("{word}: pyphen {n}, ours {}", hyphenator.syllables(word)))
        .collect();
    assert!(disagree.is_empty(), "the syllable counter disagrees with pyphen:\n{}", disagree.join("\n"));
    let missing: Vec<String> = all_words().into_iter().filter(|w| !fixture.contains_key(w)).collect();
    assert!(
        missing.is_empty(),
        "words not in fixtures/syllables/en_US.tsv (run `python3 tests/fixtures/syllables/make_fixture.py`): {}",
        missing.join(", ")
    );
}

#[test]
fn family_english_reads_at_grade_8_or_below() {
    let hyphenator = Hyphenator::load();
    let mut over = Vec::new();
    for p in rules::ALL {
        for voice in voices_of(p) {
            let (grade, words, sentences, syllables) = measure(&hyphenator, &family_texts(p, voice));
            let name = format!("{} ({:?})", p.id, voice.subject);
            println!("{name:<48} grade {grade:5.2} ({words} words, {sentences} sentences, {syllables} syllables)");
            if grade > MAX_GRADE {
                over.push(format!("{name}: {grade:.2}"));
            }
        }
    }
    assert!(over.is_empty(), "family English above grade {MAX_GRADE}: {}", over.join(", "));
}

/// The sentences of a text, as [`sentences`] counts them.
fn split_sentences(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.trim().chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..chars.len() {
        let ends = matches!(chars[i], '.' | '!' | '?') && chars.get(i + 1).is_none_or(|c| c.is_whitespace());
        if ends {
            out.push(chars[start..=i].iter().collect::<String>().trim().to_owned());
            start = i + 1;
        }
    }
    let rest: String = chars[start.min(chars.len())..].iter().collect();
    if !rest.trim().is_empty() {
        out.push(rest.trim().to_owned());
    }
    out
}

/// The dates in a sentence, written out ("January 2, 2027") or `YYYY-MM-DD`.
fn dates_in(sentence: &str) -> usize {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let written = MONTHS.iter().map(|m| sentence.matches(&format!("{m} ")).count()).sum::<usize>();
    let iso = sentence
        .as_bytes()
        .windows(10)
        .filter(|w| w.iter().enumerate().all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() }));
    written + iso.count()
}

/// SCREENING.md §7: every sentence of the English family wording, in both family voices, has at
/// most 25 words and at most two dates (a program's average grade can hide one hard sentence).
#[test]
fn every_family_sentence_has_at_most_25_words_and_two_dates() {
    let mut over = Vec::new();
    let mut checked = 0;
    for voice in FAMILY_VOICES {
        let programs = rules::ALL.iter().filter(|p| p.subjects().contains(&voice.subject));
        let texts = programs.flat_map(|p| family_texts(p, voice).into_iter().map(move |t| (p.id, t)));
        for (source, text) in texts.chain(guided_texts(voice).into_iter().map(|t| ("guided", t))) {
            for sentence in split_sentences(&text) {
                checked += 1;
                let (count, dates) = (words(&sentence).len(), dates_in(&sentence));
                if count > 25 || dates > 2 {
                    over.push(format!("{source} ({:?}): {count} words, {dates} dates: {sentence}", voice.subject));
                }
            }
        }
    }
    assert!(checked > 500, "only {checked} sentences");
    assert!(over.is_empty(), "family sentences over 25 words or two dates:\n{}", over.join("\n"));
}

#[test]
fn the_guided_paths_family_english_reads_at_grade_8_or_below() {
    let hyphenator = Hyphenator::load();
    let texts = guided_texts(FAMILY);
    assert!(texts.iter().all(|t| !t.contains('{')), "a placeholder left unfilled: {texts:?}");
    // The start page as a family reads it, then every text of the path's steps; the longest
    // texts on their own too (the start page's description, the early stop, the date error).
    let g = &en().guided;
    let start_page: Vec<String> = [
        &en().form.widget_title,
        &g.what_it_is,
        &g.who_can_use,
        &g.for_child,
        &g.for_caregivers,
        &g.how_long,
        &g.private,
        &g.not_a_decision,
        &g.start,
    ]
    .into_iter()
    .map(|said| guided_family(said, FAMILY))
    .collect();
    let mut over = Vec::new();
    let mut bodies =
        vec![("guided: start page".to_owned(), start_page), ("guided: every step".to_owned(), texts.clone())];
    for said in [&g.what_it_is, &g.already_show, &g.real_date, &g.choose_answer] {
        bodies.push((format!("guided: {:.30}…", said.family), vec![said.family.to_owned()]));
    }
    for (name, body) in bodies {
        let (grade, words, sentences, syllables) = measure(&hyphenator, &body);
        println!("{name:<40} grade {grade:5.2} ({words} words, {sentences} sentences, {syllables} syllables)");
        if grade > MAX_GRADE {
            over.push(format!("{name}: {grade:.2}"));
        }
    }
    assert!(over.is_empty(), "the guided path's family English above grade {MAX_GRADE}: {}", over.join(", "));
}

#[test]
fn words_and_sentences_are_split_as_documented() {
    assert_eq!(
        words("Hard day-to-day (ACTT), from 2027-01-02; it’s “fine”/ok."),
        ["hard", "day-to-day", "actt", "from", "2027-01-02", "it’s", "fine", "ok"]
    );
    assert_eq!(sentences("One. Two? Three"), 3);
    assert_eq!(sentences("An option without a stop"), 1);
    assert_eq!(sentences("Ends at 2027-01-02."), 1);
    assert_eq!(sentences("Is it 2.5 units? Yes."), 2);
    assert_eq!(split_sentences("One. Two? Three"), ["One.", "Two?", "Three"]);
    assert_eq!(dates_in("From January 2, 2027 to 2027-01-31, and maybe later."), 2);
}
