//! A person's answers to one program's questions, already typed and checked.
//!
//! An unanswered question is simply absent: **unknown**, which is not the same as "no". Values are
//! checked against their question when they are set ([`Answers::set`]), so the engine only ever
//! sees answers that fit their questions. How the answers got here (JSON, a form) is the edges'
//! business.

use chrono::NaiveDate;

use crate::dates;
use crate::model::{Program, Question, QuestionType, Test};

/// One answer to one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    YesNo(bool),
    Date(NaiveDate),
    /// A multi-select: bit `i` set means option `i` of the question applies.
    Chosen(u32),
    /// A single choice: the index of the option.
    Choice(usize),
    Count(u64),
}

/// Why an answer does not fit its question, as data: the edges word it (the contract's
/// messages, the form's problems).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerProblem {
    /// The question (empty for a question the program does not ask).
    pub question: &'static str,
    pub refusal: Refusal,
}

/// What is wrong with an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not a question of the program.
    UnknownQuestion,
    /// Not of the question's type.
    WrongType,
    /// An option the question does not offer.
    NotOffered,
    /// A date (a birth date) after the screening date.
    AfterAsOf { date: NaiveDate, as_of: NaiveDate },
    /// A date from which the screening would derive a date outside 0001-01-01 ..= 9999-12-31:
    /// a birthday after 9999 ...
    BirthdayOutOfRange { date: NaiveDate, years: u32 },
    /// ... or a transition window that starts before year 1.
    WindowOutOfRange { date: NaiveDate, days: u32 },
}

impl Refusal {
    /// A date from which the screening would derive one outside the years 1 to 9999.
    pub fn is_out_of_range(self) -> bool {
        matches!(self, Refusal::BirthdayOutOfRange { .. } | Refusal::WindowOutOfRange { .. })
    }
}

/// The answers to one program's questions, by question position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers {
    program: &'static Program,
    values: Vec<Option<Answer>>,
}

impl Answers {
    /// Nothing answered yet.
    pub fn new(program: &'static Program) -> Answers {
        Answers { program, values: vec![None; program.questions.len()] }
    }

    pub fn program(&self) -> &'static Program {
        self.program
    }

    /// The answer to the question with this id, if it is answered.
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.program.question_index(id).and_then(|i| self.values[i].as_ref())
    }

    /// Whether the question has an answer (whether it is asked right now is [`Answers::is_asked`]).
    pub fn is_known(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    /// Whether the question is asked at all right now: a follow-up only while its parent is yes.
    pub fn is_asked(&self, question: &Question) -> bool {
        match question.parent {
            None => true,
            Some(parent) => self.yes_no(parent) == Some(true),
        }
    }

    pub fn yes_no(&self, id: &str) -> Option<bool> {
        match self.get(id) {
            Some(Answer::YesNo(v)) => Some(*v),
            _ => None,
        }
    }

    pub fn date(&self, id: &str) -> Option<NaiveDate> {
        match self.get(id) {
            Some(Answer::Date(v)) => Some(*v),
            _ => None,
        }
    }

    pub fn count(&self, id: &str) -> Option<u64> {
        match self.get(id) {
            Some(Answer::Count(v)) => Some(*v),
            _ => None,
        }
    }

    /// The number of options chosen in a multi-select.
    pub fn chosen_count(&self, id: &str) -> Option<u32> {
        match self.get(id) {
            Some(Answer::Chosen(bits)) => Some(bits.count_ones()),
            _ => None,
        }
    }

    /// The option id picked in a single choice.
    pub fn choice(&self, id: &str) -> Option<&'static str> {
        let question = self.program.question(id)?;
        match self.get(id) {
            Some(Answer::Choice(i)) => question.options.get(*i).map(|o| o.id),
            _ => None,
        }
    }

    /// Sets (`Some`) or clears (`None`, unknown) an answer after checking that it fits the
    /// question. A birth date after `as_of` does not fit.
    pub fn set(&mut self, id: &str, answer: Option<Answer>, as_of: NaiveDate) -> Result<(), AnswerProblem> {
        let Some(index) = self.program.question_index(id) else {
            return Err(AnswerProblem { question: "", refusal: Refusal::UnknownQuestion });
        };
        let question = &self.program.questions[index];
        if let Some(answer) = &answer {
            check(self.program, question, answer, as_of)?;
        }
        self.values[index] = answer;
        Ok(())
    }
}

/// Checks that an answer to one of `program`'s questions is of its type and in its range.
pub fn check(
    program: &Program,
    question: &'static Question,
    answer: &Answer,
    as_of: NaiveDate,
) -> Result<(), AnswerProblem> {
    let problem = |refusal| Err(AnswerProblem { question: question.id, refusal });
    match (question.kind, answer) {
        (QuestionType::YesNo, Answer::YesNo(_)) | (QuestionType::Count, Answer::Count(_)) => Ok(()),
        (QuestionType::Date, Answer::Date(date)) => {
            if question.not_after_as_of && *date > as_of {
                problem(Refusal::AfterAsOf { date: *date, as_of })
            } else if let Some(refusal) = out_of_range(program, question.id, *date) {
                problem(refusal)
            } else {
                Ok(())
            }
        }
        (QuestionType::MultiSelect, Answer::Chosen(bits)) => {
            let offered = question.options.len();
            if offered < 32 && bits >> offered != 0 {
                problem(Refusal::NotOffered)
            } else {
                Ok(())
            }
        }
        (QuestionType::SingleChoice, Answer::Choice(i)) if *i < question.options.len() => Ok(()),
        (QuestionType::SingleChoice, Answer::Choice(_)) => problem(Refusal::NotOffered),
        (_, _) => problem(Refusal::WrongType),
    }
}

/// Why the screening could not use this date: a date it would derive from it (through any
/// criterion that reads the question) falls outside 0001-01-01 ..= 9999-12-31.
fn out_of_range(program: &Program, question: &str, date: NaiveDate) -> Option<Refusal> {
    program.criteria.iter().find_map(|c| match c.test {
        Test::MinimumAge { birth_date, years } if birth_date == question && dates::birthday(date, years).is_none() => {
            Some(Refusal::BirthdayOutOfRange { date, years })
        }
        Test::TransitionWindow { ends, days, .. } if ends == question && dates::window_start(date, days).is_none() => {
            Some(Refusal::WindowOutOfRange { date, days })
        }
        _ => None,
    })
}
