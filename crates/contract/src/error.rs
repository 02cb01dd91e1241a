//! The errors of SCREENING.md §8: a code, the question at fault where there is one, and what is
//! wrong as data ([`Problem`]). The message that says what to fix is written from the words
//! tables in the error's language: the request's, where it could be read, else the caller's
//! (`screener::words::ErrorWords`). Codes and question ids never change with the language.

use std::fmt;

use chrono::NaiveDate;
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use screener::answers::{AnswerProblem, Refusal};
use screener::dates;
use screener::model::{Lang, QuestionType, Said, Voice};
use screener::template;
use screener::words::{ErrorWords, Table};

use crate::json::Json;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorCode {
    InvalidRequest,
    UnknownProgram,
    NotInForce,
    UnknownQuestion,
    InvalidAnswer,
}

impl ErrorCode {
    pub fn code(self) -> &'static str {
        match self {
            ErrorCode::InvalidRequest => "invalid_request",
            ErrorCode::UnknownProgram => "unknown_program",
            ErrorCode::NotInForce => "not_in_force",
            ErrorCode::UnknownQuestion => "unknown_question",
            ErrorCode::InvalidAnswer => "invalid_answer",
        }
    }
}

/// What kind of JSON value a request gave where another was expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonKind {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

impl JsonKind {
    pub fn of(value: &Json) -> JsonKind {
        match value {
            Json::Null => JsonKind::Null,
            Json::Bool(_) => JsonKind::Bool,
            Json::UInt(_) | Json::Int(_) | Json::Float(_) => JsonKind::Number,
            Json::String(_) => JsonKind::String,
            Json::Array(_) => JsonKind::Array,
            Json::Object(_) => JsonKind::Object,
        }
    }

    fn words(self, w: &'static ErrorWords) -> &'static Said {
        match self {
            JsonKind::Null => &w.kind_null,
            JsonKind::Bool => &w.kind_bool,
            JsonKind::Number => &w.kind_number,
            JsonKind::String => &w.kind_string,
            JsonKind::Array => &w.kind_array,
            JsonKind::Object => &w.kind_object,
        }
    }
}

/// What is wrong, with the values its message names. Text a request gave is kept as it is
/// quoted ([`shown`]: at most 40 characters, escaped).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    NotAnObject(JsonKind),
    UnknownField(String),
    GivenTwice(String),
    ProgramMissing,
    UnknownProgram(String),
    ProgramNotAString(JsonKind),
    AsOfNotADate(String),
    AsOfNotAString(JsonKind),
    /// `lang`, `audience` or `subject` is not one of `codes` (quoted, `"en"`); `value` is what
    /// was given (quoted), or its kind when it is not a string.
    NotOffered {
        field: &'static str,
        codes: Vec<&'static str>,
        value: Given,
    },
    AnswersNotAnObject(JsonKind),
    /// `subject: child` for a program whose wording speaks to the caregiver.
    SubjectNotOffered {
        program: &'static str,
    },
    NotInForce {
        program: &'static str,
        start: NaiveDate,
        as_of: NaiveDate,
    },
    UnknownQuestion {
        program: &'static str,
        question: String,
    },
    AnsweredTwice(String),
    WrongType {
        question: &'static str,
        expected: QuestionType,
        given: JsonKind,
    },
    AnswerNotADate {
        question: &'static str,
        value: String,
    },
    CountTooLarge {
        question: &'static str,
    },
    NotAWholeNumber {
        question: &'static str,
    },
    OptionNotOffered {
        question: &'static str,
        option: String,
        options: Vec<&'static str>,
    },
    OptionNotAString {
        question: &'static str,
        given: JsonKind,
    },
    /// The core refused the answer ([`screener::answers::check`]).
    Answer {
        problem: AnswerProblem,
        expected: QuestionType,
    },
    /// A planned month of fewer units than the planned busiest day (SCREENING.md §4.4).
    MonthBelowDay {
        question: &'static str,
        month: u64,
        day: u64,
    },
    NotJson {
        line: usize,
        column: usize,
    },
    NotUtf8,
    TooDeep(usize),
    TooManyValues(usize),
    NotJsonData,
    Unreadable,
    TooManyItems(usize),
    BinaryData,
    TooManyKeys(usize),
    TooLong(usize),
    KeyNotAString,
    CannotWrite,
    /// A caseload row with another number of fields than its header.
    WrongFieldCount {
        fields: usize,
        columns: usize,
    },
    /// A caseload row that is not UTF-8.
    RowNotUtf8,
}

/// What a request gave: a quoted string, or the kind of a value that is not one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Given {
    Text(String),
    Kind(JsonKind),
}

/// A request that cannot be screened, with what to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContractError {
    pub code: ErrorCode,
    /// The answer key at fault, for `unknown_question` and `invalid_answer`.
    pub question: Option<String>,
    pub problem: Problem,
    /// The language of the message.
    pub lang: Lang,
}

impl ContractError {
    /// An `invalid_request` (its message in English until [`ContractError::in_lang`]).
    pub fn invalid_request(problem: Problem) -> ContractError {
        ContractError { code: ErrorCode::InvalidRequest, question: None, problem, lang: Lang::En }
    }

    pub(crate) fn new(code: ErrorCode, problem: Problem) -> ContractError {
        ContractError { code, question: None, problem, lang: Lang::En }
    }

    pub(crate) fn about(code: ErrorCode, question: &str, problem: Problem) -> ContractError {
        ContractError { code, question: Some(question.to_owned()), problem, lang: Lang::En }
    }

    /// The same error, its message in `lang`.
    pub fn in_lang(mut self, lang: Lang) -> ContractError {
        self.lang = lang;
        self
    }

    /// The message, in the error's language.
    pub fn message(&self) -> String {
        self.message_in(self.lang)
    }

    /// The message, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        message(&self.problem, Voice::staff(lang))
    }
}

/// The message of a problem, from the words table of the voice's language.
fn message(problem: &Problem, voice: Voice) -> String {
    let table: &'static Table = voice.words();
    let w = &table.errors;
    let say = |said: &Said| voice.say(said);
    let kind = |k: JsonKind| say(k.words(w));
    let expects = |t: QuestionType| {
        say(match t {
            QuestionType::YesNo => &w.expects_yes_no,
            QuestionType::Date => &w.expects_date,
            QuestionType::MultiSelect => &w.expects_multi_select,
            QuestionType::SingleChoice => &w.expects_single_choice,
            QuestionType::Count => &w.expects_count,
        })
    };
    let fill = |said: &Said, values: &[(&str, &str)]| template::render(say(said), values);
    let date = dates::format;
    match problem {
        Problem::NotAnObject(k) => fill(&w.not_an_object, &[("what", kind(*k))]),
        Problem::UnknownField(field) => fill(&w.unknown_field, &[("field", field)]),
        Problem::GivenTwice(field) => fill(&w.given_twice, &[("field", field)]),
        Problem::ProgramMissing => say(&w.program_missing).to_owned(),
        Problem::UnknownProgram(program) => {
            let programs = screener::rules::ALL.iter().map(|p| p.id).collect::<Vec<_>>().join(", ");
            fill(&w.unknown_program, &[("program", program), ("programs", &programs)])
        }
        Problem::ProgramNotAString(k) => fill(&w.program_not_a_string, &[("what", kind(*k))]),
        Problem::AsOfNotADate(value) => fill(&w.as_of_not_a_date, &[("value", value)]),
        Problem::AsOfNotAString(k) => fill(&w.as_of_not_a_string, &[("what", kind(*k))]),
        Problem::NotOffered { field, codes, value } => {
            let quoted: Vec<String> = codes.iter().map(|c| format!("\"{c}\"")).collect();
            let codes = list(&quoted, say(&w.or));
            let value = match value {
                Given::Text(text) => text.as_str(),
                Given::Kind(k) => kind(*k),
            };
            fill(&w.not_offered, &[("field", field), ("codes", &codes), ("value", value)])
        }
        Problem::AnswersNotAnObject(k) => fill(&w.answers_not_an_object, &[("what", kind(*k))]),
        Problem::SubjectNotOffered { program } => fill(&w.subject_not_offered, &[("program", program)]),
        Problem::NotInForce { program, start, as_of } => {
            fill(&w.not_in_force, &[("program", program), ("start", &date(*start)), ("as_of", &date(*as_of))])
        }
        Problem::UnknownQuestion { program, question } => {
            let questions = screener::rules::find(program)
                .map(|p| p.questions.iter().map(|q| q.id).collect::<Vec<_>>().join(", "))
                .unwrap_or_default();
            fill(&w.unknown_question, &[("program", program), ("question", question), ("questions", &questions)])
        }
        Problem::AnsweredTwice(question) => fill(&w.answered_twice, &[("question", question)]),
        Problem::WrongType { question, expected, given } => {
            fill(&w.wrong_type, &[("question", question), ("expected", expects(*expected)), ("what", kind(*given))])
        }
        Problem::AnswerNotADate { question, value } => {
            fill(&w.answer_not_a_date, &[("question", question), ("value", value)])
        }
        Problem::CountTooLarge { question } => {
            fill(&w.count_too_large, &[("question", question), ("max", &u64::MAX.to_string())])
        }
        Problem::NotAWholeNumber { question } => fill(&w.not_a_whole_number, &[("question", question)]),
        Problem::OptionNotOffered { question, option, options } => {
            fill(&w.option_not_offered, &[("question", question), ("option", option), ("options", &options.join(", "))])
        }
        Problem::OptionNotAString { question, given } => {
            fill(&w.option_not_a_string, &[("question", question), ("what", kind(*given))])
        }
        Problem::Answer { problem, expected } => {
            let question = problem.question;
            match problem.refusal {
                Refusal::UnknownQuestion | Refusal::WrongType => {
                    fill(&w.answer_wrong_type, &[("question", question), ("expected", expects(*expected))])
                }
                Refusal::NotOffered => fill(&w.answer_not_offered, &[("question", question)]),
                Refusal::AfterAsOf { date: d, as_of } => {
                    fill(&w.after_as_of, &[("question", question), ("date", &date(d)), ("as_of", &date(as_of))])
                }
                Refusal::BirthdayOutOfRange { date: d, years } => fill(
                    &w.birthday_out_of_range,
                    &[("question", question), ("date", &date(d)), ("years", &years.to_string())],
                ),
                Refusal::WindowOutOfRange { date: d, days } => fill(
                    &w.window_out_of_range,
                    &[("question", question), ("date", &date(d)), ("days", &days.to_string())],
                ),
            }
        }
        Problem::MonthBelowDay { question, month, day } => fill(
            &w.month_below_day,
            &[("question", question), ("month", &month.to_string()), ("day", &day.to_string())],
        ),
        Problem::NotJson { line, column } => {
            fill(&w.not_json, &[("line", &line.to_string()), ("column", &column.to_string())])
        }
        Problem::NotUtf8 => say(&w.not_utf8).to_owned(),
        Problem::TooDeep(most) => fill(&w.too_deep, &[("most", &most.to_string())]),
        Problem::TooManyValues(most) => fill(&w.too_many_values, &[("most", &most.to_string())]),
        Problem::NotJsonData => say(&w.not_json_data).to_owned(),
        Problem::Unreadable => say(&w.unreadable).to_owned(),
        Problem::TooManyItems(most) => fill(&w.too_many_items, &[("most", &most.to_string())]),
        Problem::BinaryData => say(&w.binary_data).to_owned(),
        Problem::TooManyKeys(most) => fill(&w.too_many_keys, &[("most", &most.to_string())]),
        Problem::TooLong(most) => fill(&w.too_long, &[("most", &most.to_string())]),
        Problem::KeyNotAString => say(&w.key_not_a_string).to_owned(),
        Problem::CannotWrite => say(&w.cannot_write).to_owned(),
        Problem::WrongFieldCount { fields, columns } => {
            fill(&w.wrong_field_count, &[("fields", &fields.to_string()), ("columns", &columns.to_string())])
        }
        Problem::RowNotUtf8 => say(&w.row_not_utf8).to_owned(),
    }
}

/// `a`, `a or b`, `a, b or c`.
fn list(items: &[String], or: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            if i + 1 == items.len() {
                out.push(' ');
                out.push_str(or);
                out.push(' ');
            } else {
                out.push_str(", ");
            }
        }
        out.push_str(item);
    }
    out
}

/// What a request gave, quoted for a message: at most 40 characters of it (then `…`), with
/// quotes and control characters escaped. Messages are plain text and never echo a long value.
pub fn shown(text: &str) -> String {
    const MOST: usize = 40;
    let mut cut: String = text.chars().take(MOST).collect();
    if text.chars().nth(MOST).is_some() {
        cut.push('…');
    }
    format!("{cut:?}")
}

impl fmt::Display for ContractError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {}", self.code.code(), self.message())
    }
}

impl Serialize for ContractError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Body<'a>(&'a ContractError);
        impl Serialize for Body<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let e = self.0;
                let mut m = s.serialize_map(None)?;
                m.serialize_entry("code", e.code.code())?;
                if let Some(q) = &e.question {
                    m.serialize_entry("question", q)?;
                }
                m.serialize_entry("message", &e.message())?;
                m.end()
            }
        }
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry("error", &Body(self))?;
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_join_with_the_languages_or() {
        let items = ["\"en\"".to_owned(), "\"es\"".to_owned()];
        assert_eq!(list(&items, "or"), "\"en\" or \"es\"");
        assert_eq!(list(&items[..1], "o"), "\"en\"");
        let three = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
        assert_eq!(list(&three, "o"), "a, b o c");
    }

    #[test]
    fn messages_follow_the_language_codes_do_not() {
        let error = ContractError::about(
            ErrorCode::InvalidAnswer,
            "dsm5_diagnosis",
            Problem::WrongType { question: "dsm5_diagnosis", expected: QuestionType::YesNo, given: JsonKind::String },
        );
        assert_eq!(
            error.message(),
            "`dsm5_diagnosis` takes true or false (leave it out, or null, when not sure), not a string"
        );
        let es = error.clone().in_lang(Lang::Es);
        assert_eq!(
            es.message(),
            "`dsm5_diagnosis` admite true o false (omítala, o use null, si no se sabe), no un texto"
        );
        assert_eq!((es.code, es.question.as_deref()), (ErrorCode::InvalidAnswer, Some("dsm5_diagnosis")));
    }
}
