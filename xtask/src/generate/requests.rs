//! JSON Lines for `peer-screen batch`, as an intake team's day might send them: the programs of
//! the rulebooks at random, both audiences, every language (the default three times in four),
//! most questions answered and some unknown (`null`, or left out), dates around the screening
//! date, and about one line in 50 bad (a question id mistyped, a date written 11/22/2026, a yes
//! written as a string, an unknown program): the batch answers those with an error object.

use std::fmt::Write as _;

use screener::model::{Audience, Lang, Program, QuestionType};

use super::answers::{answer_all, asked, Answer, Asked, Years};
use super::random::Rng;

/// Screening dates fall in these two years; ends of services in these three.
const AS_OF_YEARS: (u32, u32) = (2025, 2);
const YEARS: Years = Years { past: (1950, 65), near: (2025, 3) };

/// One line in this many is bad.
pub const BAD_ONE_IN: u64 = 50;

/// What makes a bad line bad.
enum Bad {
    Typo,
    Date,
    Type,
    Program,
}

/// `lines` requests, one JSON object a line, the same every call.
pub fn requests(lines: usize) -> String {
    let programs: Vec<(&'static Program, Vec<Asked>)> = screener::rules::ALL.iter().map(|p| (*p, asked(p))).collect();
    let mut rng = Rng::new(0x9e37_79b9_7f4a_7c15);
    let mut answers = Vec::new();
    let mut out = String::with_capacity(lines * 260);
    for _ in 0..lines {
        let as_of = format!(
            "{}-{:02}-{:02}",
            AS_OF_YEARS.0 + rng.below(u64::from(AS_OF_YEARS.1)) as u32,
            1 + rng.below(12),
            1 + rng.below(28)
        );
        let lang = if rng.one_in(4) { *rng.pick(&Lang::ALL[1..]) } else { Lang::ALL[0] };
        let audience = if rng.one_in(4) { *rng.pick(&Audience::ALL[1..]) } else { Audience::ALL[0] };
        let (program, asked) = rng.pick(&programs);
        answer_all(asked, &mut rng, YEARS, &mut answers);
        let bad = rng.one_in(BAD_ONE_IN).then(|| match rng.below(4) {
            0 => Bad::Typo,
            1 => Bad::Date,
            2 => Bad::Type,
            _ => Bad::Program,
        });
        let _ = write!(
            out,
            r#"{{"as_of":"{as_of}","lang":"{}","audience":"{}","program":"{}"#,
            lang.code(),
            audience.code(),
            program.id
        );
        if matches!(bad, Some(Bad::Program)) {
            out.push('x');
        }
        out.push_str(r#"","answers":{"#);
        // The question a bad line gets wrong, and what it writes there.
        let first_of = |kind: QuestionType| program.questions.iter().position(|q| q.kind == kind);
        // (Where a program has no question of the kind a bad line gets wrong, a typo instead.)
        let wrong = match bad {
            None | Some(Bad::Program) => None,
            Some(Bad::Typo) => Some((0, None)),
            Some(Bad::Date) => Some(first_of(QuestionType::Date).map_or((0, None), |at| (at, Some("\"11/22/2026\"")))),
            Some(Bad::Type) => Some(first_of(QuestionType::YesNo).map_or((0, None), |at| (at, Some("\"yes\"")))),
        };
        let mut first = true;
        for (at, (Asked { question, .. }, answer)) in asked.iter().zip(&answers).enumerate() {
            let wrong_here = wrong.filter(|(wrong_at, _)| *wrong_at == at);
            if wrong_here.is_none() && *answer == Answer::Unknown && rng.one_in(2) {
                continue;
            }
            if !first {
                out.push(',');
            }
            first = false;
            match wrong_here {
                // A typo: the question's id with one letter too many (the answer as it was).
                Some((_, None)) => {
                    let _ = write!(out, "\"{}s\":", question.id);
                    answer.write_json(&mut out);
                }
                Some((_, Some(value))) => {
                    let _ = write!(out, "\"{}\":{value}", question.id);
                }
                None => {
                    let _ = write!(out, "\"{}\":", question.id);
                    answer.write_json(&mut out);
                }
            }
        }
        out.push_str("}}\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use screener::engine::Outcome;
    use screener_contract::Json;

    use super::*;

    const LINES: usize = 5000;

    #[test]
    fn every_program_every_question_both_audiences_every_language() {
        let text = requests(LINES);
        assert_eq!(text, requests(LINES), "the same every call");
        assert_eq!(text.lines().count(), LINES);
        let mut programs = BTreeSet::new();
        let mut keys: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let (mut langs, mut audiences) = (BTreeSet::new(), BTreeSet::new());
        for line in text.lines() {
            let value: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
            let program = value["program"].as_str().expect("every line names a program").to_owned();
            let answers = value["answers"].as_object().expect("every line has answers");
            keys.entry(program.clone()).or_default().extend(answers.keys().cloned());
            programs.insert(program);
            langs.insert(value["lang"].as_str().expect("a lang").to_owned());
            audiences.insert(value["audience"].as_str().expect("an audience").to_owned());
        }
        for program in screener::rules::ALL {
            assert!(programs.contains(program.id), "{} is in no line", program.id);
            let asked = keys.get(program.id).expect("lines of the program");
            for question in program.questions {
                assert!(asked.contains(question.id), "{}: {} is never answered", program.id, question.id);
            }
        }
        assert_eq!(langs, Lang::ALL.iter().map(|l| l.code().to_owned()).collect());
        assert_eq!(audiences, Audience::ALL.iter().map(|a| a.code().to_owned()).collect());
    }

    /// What the batch benchmark measures: mostly screenings of every outcome, about 2% errors.
    #[test]
    fn screened_by_the_contract_a_realistic_mix() {
        let text = requests(LINES);
        let today = || chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("a date");
        let mut outcomes: BTreeMap<&str, usize> = BTreeMap::new();
        let mut screened_programs = BTreeSet::new();
        let mut errors = 0;
        for line in text.lines() {
            let value: Json = serde_json::from_str(line).expect("JSON");
            match screener_contract::screen_request(&value, today, screener::model::Lang::En) {
                Ok(screened) => {
                    screened_programs.insert(screened.screening.program.id);
                    *outcomes.entry(screened.screening.outcome.code()).or_default() += 1;
                }
                Err(_) => errors += 1,
            }
        }
        let share = errors as f64 / LINES as f64;
        assert!((0.01..0.04).contains(&share), "{errors} errors in {LINES} lines");
        assert_eq!(screened_programs.len(), screener::rules::ALL.len());
        for outcome in [Outcome::Eligible, Outcome::NotEligible, Outcome::Incomplete] {
            let n = outcomes.get(outcome.code()).copied().unwrap_or(0);
            assert!(n > LINES / 50, "{}: {n} of {LINES}", outcome.code());
        }
    }
}
