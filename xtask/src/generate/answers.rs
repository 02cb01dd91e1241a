//! A plausible answer to any question of a rulebook, chosen by what the rulebook says of it: its
//! kind (yes/no, date, multi-select, single choice, count), the question it follows up, and how
//! its criteria read it (a date that cannot lie after the screening date is a birth date, decades
//! back; any other date is a service's end, around the screening date; a count with a limit is
//! drawn up to a quarter above the limit, so that both sides of it come up).

use std::fmt::Write as _;

use screener::model::{Choice, Program, Question, QuestionType, Test};

use super::random::Rng;

/// The years dates are drawn from: `(first year, how many years)`.
#[derive(Clone, Copy, Debug)]
pub struct Years {
    /// Birth dates.
    pub past: (u32, u32),
    /// Every other date: the end of a service or of an authorization.
    pub near: (u32, u32),
}

/// How a question is answered.
#[derive(Clone, Copy, Debug)]
pub enum Shape {
    YesNo,
    /// A date that cannot lie after the screening date (a birth date).
    Past,
    /// Any other date.
    Near,
    /// Any number of these options.
    Options(&'static [Choice]),
    /// One of these options.
    Choice(&'static [Choice]),
    /// A whole number below this.
    Count(u64),
}

/// A count that no criterion limits is drawn below this.
const COUNT_WITHOUT_LIMIT: u64 = 40;

/// One question of a program, with how it is answered.
#[derive(Clone, Copy, Debug)]
pub struct Asked {
    pub question: &'static Question,
    pub shape: Shape,
}

/// Every question of `program`, in its order, with how each is answered.
pub fn asked(program: &'static Program) -> Vec<Asked> {
    program.questions.iter().map(|question| Asked { question, shape: shape(program, question) }).collect()
}

fn shape(program: &Program, question: &'static Question) -> Shape {
    let tests = || program.criteria.iter().map(|criterion| &criterion.test);
    match question.kind {
        QuestionType::YesNo => Shape::YesNo,
        QuestionType::Date => {
            let birth_date =
                tests().any(|test| matches!(test, Test::MinimumAge { birth_date, .. } if *birth_date == question.id));
            if question.not_after_as_of || birth_date {
                Shape::Past
            } else {
                Shape::Near
            }
        }
        QuestionType::MultiSelect => Shape::Options(question.options),
        QuestionType::SingleChoice => Shape::Choice(question.options),
        QuestionType::Count => {
            let limit = tests().find_map(|test| match test {
                Test::AtMost { question: limited, max, .. } if *limited == question.id => Some(*max),
                _ => None,
            });
            Shape::Count(limit.map_or(COUNT_WITHOUT_LIMIT, |max| (max + max / 4).max(max + 2)))
        }
    }
}

/// One answer, or none (unknown).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Unknown,
    YesNo(bool),
    Date { year: u32, month: u32, day: u32 },
    Options(Vec<&'static str>),
    Choice(&'static str),
    Count(u64),
}

impl Answer {
    /// A plausible answer of this shape (never unknown).
    pub fn draw(shape: Shape, rng: &mut Rng, years: Years) -> Answer {
        let date = |rng: &mut Rng, (from, span): (u32, u32)| Answer::Date {
            year: from + rng.below(u64::from(span)) as u32,
            month: 1 + rng.below(12) as u32,
            day: 1 + rng.below(28) as u32,
        };
        match shape {
            Shape::YesNo => Answer::YesNo(!rng.one_in(3)),
            Shape::Past => date(rng, years.past),
            Shape::Near => date(rng, years.near),
            Shape::Options(options) => {
                if rng.one_in(10) {
                    return Answer::Options(Vec::new());
                }
                Answer::Options(options.iter().filter(|_| rng.one_in(2)).map(|option| option.id).collect())
            }
            Shape::Choice(options) => Answer::Choice(rng.pick(options).id),
            Shape::Count(below) => Answer::Count(rng.below(below)),
        }
    }

    /// The answer as a JSON value (`null` when unknown).
    pub fn write_json(&self, out: &mut String) {
        match self {
            Answer::Unknown => out.push_str("null"),
            Answer::YesNo(yes) => out.push_str(if *yes { "true" } else { "false" }),
            Answer::Date { year, month, day } => {
                let _ = write!(out, "\"{year}-{month:02}-{day:02}\"");
            }
            Answer::Options(chosen) => {
                out.push('[');
                for (i, option) in chosen.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    let _ = write!(out, "\"{option}\"");
                }
                out.push(']');
            }
            Answer::Choice(option) => {
                let _ = write!(out, "\"{option}\"");
            }
            Answer::Count(n) => {
                let _ = write!(out, "{n}");
            }
        }
    }

    /// The answer as a caseload's cell, yes/no in the spellings people type (empty when unknown).
    pub fn write_cell(&self, rng: &mut Rng, out: &mut String) {
        match self {
            Answer::Unknown => {}
            Answer::YesNo(yes) => {
                let spellings = if *yes { ["yes", "Y", "TRUE", "1"] } else { ["no", "N", "false", "0"] };
                let spelling: &&str = rng.pick(&spellings);
                out.push_str(spelling);
            }
            Answer::Date { year, month, day } => {
                let _ = write!(out, "{year}-{month:02}-{day:02}");
            }
            Answer::Options(chosen) if chosen.is_empty() => out.push_str("none"),
            Answer::Options(chosen) => out.push_str(&chosen.join(";")),
            Answer::Choice(option) => out.push_str(option),
            Answer::Count(n) => {
                let _ = write!(out, "{n}");
            }
        }
    }
}

/// A person's answers to every question of a program, as a record might hold them: about one in
/// eight unknown, a follow-up answered only when the question it follows up is answered yes
/// (else it does not matter, and a form does not ask it), and each count at least the count
/// before it (a month holds its busiest day).
pub fn answer_all(asked: &[Asked], rng: &mut Rng, years: Years, answers: &mut Vec<Answer>) {
    answers.clear();
    let mut last_count = 0;
    for (i, Asked { question, shape }) in asked.iter().enumerate() {
        let parent_yes = question.parent.is_none_or(|parent| {
            asked[..i]
                .iter()
                .zip(answers.iter())
                .any(|(a, answer)| a.question.id == parent && *answer == Answer::YesNo(true))
        });
        let mut answer = if !parent_yes || rng.one_in(8) { Answer::Unknown } else { Answer::draw(*shape, rng, years) };
        if let Answer::Count(n) = &mut answer {
            *n = (*n).max(last_count);
            last_count = *n;
        }
        answers.push(answer);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YEARS: Years = Years { past: (1950, 65), near: (2026, 2) };

    /// Every question of every rulebook, with its shape.
    fn every_question() -> Vec<(&'static Program, Asked)> {
        screener::rules::ALL.iter().flat_map(|program| asked(program).into_iter().map(move |a| (*program, a))).collect()
    }

    #[test]
    fn every_question_gets_a_shape_of_its_kind() {
        let all = every_question();
        assert!(!all.is_empty());
        for (program, Asked { question, shape }) in &all {
            let fits = match (question.kind, shape) {
                (QuestionType::YesNo, Shape::YesNo)
                | (QuestionType::Date, Shape::Past | Shape::Near)
                | (QuestionType::Count, Shape::Count(_)) => true,
                (QuestionType::MultiSelect, Shape::Options(options))
                | (QuestionType::SingleChoice, Shape::Choice(options)) => {
                    !options.is_empty() && std::ptr::eq(*options, question.options)
                }
                _ => false,
            };
            assert!(fits, "{}: {} is {:?} but drawn as {shape:?}", program.id, question.id, question.kind);
        }
        // A birth date is drawn in the past, a service's end around the screening date, a
        // limited count on both sides of its limit.
        for (program, Asked { question, shape }) in &all {
            for criterion in program.criteria {
                match criterion.test {
                    Test::MinimumAge { birth_date, .. } if birth_date == question.id => {
                        assert!(matches!(shape, Shape::Past), "{}", question.id)
                    }
                    Test::TransitionWindow { ends, .. } if ends == question.id => {
                        assert!(matches!(shape, Shape::Near), "{}", question.id)
                    }
                    Test::AtMost { question: limited, max, .. } if limited == question.id => {
                        assert!(matches!(shape, Shape::Count(below) if *below > max + 1), "{}", question.id)
                    }
                    _ => {}
                }
            }
        }
    }

    #[test]
    fn answers_are_of_the_question_s_kind_and_options_are_offered_ones() {
        let mut rng = Rng::new(7);
        for (program, Asked { question, shape }) in every_question() {
            for _ in 0..50 {
                let answer = Answer::draw(shape, &mut rng, YEARS);
                let offered = |id: &str| question.options.iter().any(|option| option.id == id);
                let fits = match (&answer, question.kind) {
                    (Answer::YesNo(_), QuestionType::YesNo) | (Answer::Count(_), QuestionType::Count) => true,
                    (Answer::Date { year, month, day }, QuestionType::Date) => {
                        (1950..2028).contains(year) && (1..=12).contains(month) && (1..=28).contains(day)
                    }
                    (Answer::Options(chosen), QuestionType::MultiSelect) => chosen.iter().all(|id| offered(id)),
                    (Answer::Choice(id), QuestionType::SingleChoice) => offered(id),
                    _ => false,
                };
                assert!(fits, "{}: {} got {answer:?}", program.id, question.id);
            }
        }
    }

    #[test]
    fn follow_ups_only_after_a_yes_and_counts_never_fall() {
        let mut rng = Rng::new(11);
        let mut answers = Vec::new();
        let mut follow_ups_answered = 0;
        for program in screener::rules::ALL {
            let asked = asked(program);
            for _ in 0..200 {
                answer_all(&asked, &mut rng, YEARS, &mut answers);
                assert_eq!(answers.len(), program.questions.len());
                let answer_to = |id: &str| {
                    let at = program.question_index(id).expect("a parent is a question of the program");
                    &answers[at]
                };
                let mut last = 0;
                for (question, answer) in program.questions.iter().zip(&answers) {
                    if let (Some(parent), false) = (question.parent, *answer == Answer::Unknown) {
                        assert_eq!(answer_to(parent), &Answer::YesNo(true), "{}: {}", program.id, question.id);
                        follow_ups_answered += 1;
                    }
                    if let Answer::Count(n) = answer {
                        assert!(*n >= last, "{}: {} fell to {n}", program.id, question.id);
                        last = *n;
                    }
                }
            }
        }
        assert!(follow_ups_answered > 0, "no rulebook has a follow-up question: the check above checked nothing");
    }

    #[test]
    fn json_and_cells() {
        let mut rng = Rng::new(3);
        let json = |answer: Answer| {
            let mut out = String::new();
            answer.write_json(&mut out);
            out
        };
        assert_eq!(json(Answer::Unknown), "null");
        assert_eq!(json(Answer::YesNo(false)), "false");
        assert_eq!(json(Answer::Date { year: 2026, month: 1, day: 9 }), "\"2026-01-09\"");
        assert_eq!(json(Answer::Options(vec!["a", "b"])), "[\"a\",\"b\"]");
        assert_eq!(json(Answer::Options(vec![])), "[]");
        assert_eq!(json(Answer::Choice("none")), "\"none\"");
        assert_eq!(json(Answer::Count(12)), "12");
        let mut cell = |answer: Answer| {
            let mut out = String::new();
            answer.write_cell(&mut rng, &mut out);
            out
        };
        assert_eq!(cell(Answer::Unknown), "");
        assert_eq!(cell(Answer::Options(vec![])), "none");
        assert_eq!(cell(Answer::Options(vec!["a", "b"])), "a;b");
        assert_eq!(cell(Answer::Date { year: 1990, month: 12, day: 28 }), "1990-12-28");
        assert!(["yes", "Y", "TRUE", "1"].contains(&cell(Answer::YesNo(true)).as_str()));
        assert!(["no", "N", "false", "0"].contains(&cell(Answer::YesNo(false)).as_str()));
    }
}
