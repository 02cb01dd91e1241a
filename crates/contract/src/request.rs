//! Requests (SCREENING.md §2): a [`Json`] value checked into a typed [`Request`], or the first
//! problem found as a coded [`ContractError`]. The order of checks is the README's: the shape and
//! fields, `program`, `as_of`, `lang`, `audience`, `subject`, the type of `answers`,
//! `not_in_force`, then each answer, then what only answers together show. An error's message is in the request's `lang` when it names one that is offered,
//! else in the caller's language.

use chrono::NaiveDate;

use screener::answers::{Answer, Answers};
use screener::dates;
use screener::model::{Audience, Lang, Program, Question, QuestionType, Subject, Voice};
use screener::rules;

use crate::error::{shown, ContractError, ErrorCode, Given, JsonKind, Problem};
use crate::json::Json;

/// A checked request, ready for [`screener::engine::screen`].
#[derive(Clone, Debug)]
pub struct Request {
    pub program: &'static Program,
    pub as_of: NaiveDate,
    pub lang: Lang,
    /// The wording of `reason` and `next_steps`: staff unless the request asks for family.
    pub audience: Audience,
    /// Whom a family wording speaks of: the person unless the request says a child.
    pub subject: Subject,
    pub answers: Answers,
}

impl Request {
    /// The voice of its reasons and next steps (staff wording has no subject).
    pub fn voice(&self) -> Voice {
        let subject = if self.audience == Audience::Family { self.subject } else { Subject::Person };
        Voice::new(self.lang, self.audience, subject)
    }
}

/// Checks a request. `today` is asked only when `as_of` is absent: the clock is the caller's.
/// Error messages are in the request's language, or English when it names none.
pub fn parse_request(value: &Json, today: impl FnOnce() -> NaiveDate) -> Result<Request, ContractError> {
    parse_request_in(value, today, Lang::En)
}

/// [`parse_request`], with error messages in `lang` unless the request names its own language.
pub fn parse_request_in(value: &Json, today: impl FnOnce() -> NaiveDate, lang: Lang) -> Result<Request, ContractError> {
    let lang = requested_lang(value).unwrap_or(lang);
    // `check` is not generic over the clock: one copy of it in the WebAssembly, whoever calls.
    let mut today = Some(today);
    check(value, &mut || today.take().map_or(NaiveDate::MIN, |today| today())).map_err(|error| error.in_lang(lang))
}

/// The language a request names, when it names one that is offered.
fn requested_lang(value: &Json) -> Option<Lang> {
    let Json::Object(fields) = value else { return None };
    fields.iter().find_map(|(key, value)| match (key.as_str(), value) {
        ("lang", Json::String(code)) => Lang::from_code(code),
        _ => None,
    })
}

/// `today` is called at most once, when `as_of` is absent.
fn check(value: &Json, today: &mut dyn FnMut() -> NaiveDate) -> Result<Request, ContractError> {
    let Json::Object(fields) = value else {
        return Err(ContractError::invalid_request(Problem::NotAnObject(JsonKind::of(value))));
    };
    let mut program = None;
    let mut as_of = None;
    let mut lang = None;
    let mut audience = None;
    let mut subject = None;
    let mut answers = None;
    for (key, value) in fields {
        let slot = match key.as_str() {
            "program" => &mut program,
            "as_of" => &mut as_of,
            "lang" => &mut lang,
            "audience" => &mut audience,
            "subject" => &mut subject,
            "answers" => &mut answers,
            other => return Err(ContractError::invalid_request(Problem::UnknownField(shown(other)))),
        };
        if slot.replace(value).is_some() {
            return Err(ContractError::invalid_request(Problem::GivenTwice(shown(key))));
        }
    }

    let program = match program {
        None => return Err(ContractError::invalid_request(Problem::ProgramMissing)),
        Some(Json::String(id)) => rules::find(id)
            .ok_or_else(|| ContractError::new(ErrorCode::UnknownProgram, Problem::UnknownProgram(shown(id))))?,
        Some(other) => return Err(ContractError::invalid_request(Problem::ProgramNotAString(JsonKind::of(other)))),
    };

    let as_of = match as_of {
        None => today(),
        Some(Json::String(text)) => {
            dates::parse(text).ok_or_else(|| ContractError::invalid_request(Problem::AsOfNotADate(shown(text))))?
        }
        Some(other) => return Err(ContractError::invalid_request(Problem::AsOfNotAString(JsonKind::of(other)))),
    };

    let lang = offered(lang, "lang", &Lang::ALL.map(Lang::code), Lang::from_code)?.unwrap_or_default();
    let audience =
        offered(audience, "audience", &Audience::ALL.map(Audience::code), Audience::from_code)?.unwrap_or_default();
    let subject =
        offered(subject, "subject", &Subject::ALL.map(Subject::code), Subject::from_code)?.unwrap_or_default();
    if !program.subjects().contains(&subject) {
        return Err(ContractError::invalid_request(Problem::SubjectNotOffered { program: program.id }));
    }

    let entries: &[(String, Json)] = match answers {
        None => &[],
        Some(Json::Object(entries)) => entries,
        Some(other) => return Err(ContractError::invalid_request(Problem::AnswersNotAnObject(JsonKind::of(other)))),
    };

    if let Some(start) = program.effective_from.and_then(dates::parse) {
        if as_of < start {
            return Err(ContractError::new(
                ErrorCode::NotInForce,
                Problem::NotInForce { program: program.id, start, as_of },
            ));
        }
    }

    let mut checked = Answers::new(program);
    let mut seen = vec![false; program.questions.len()];
    for (key, value) in entries {
        let Some(index) = program.question_index(key) else {
            return Err(ContractError::about(
                ErrorCode::UnknownQuestion,
                key,
                Problem::UnknownQuestion { program: program.id, question: shown(key) },
            ));
        };
        if std::mem::replace(&mut seen[index], true) {
            return Err(ContractError::about(ErrorCode::InvalidAnswer, key, Problem::AnsweredTwice(shown(key))));
        }
        let question = &program.questions[index];
        let answer = answer_from_json(question, value)?;
        checked.set(question.id, answer, as_of).map_err(|problem| {
            ContractError::about(ErrorCode::InvalidAnswer, key, Problem::Answer { problem, expected: question.kind })
        })?;
    }

    checked.check_together().map_err(|problem| {
        let expected = program.question(problem.question).map_or(QuestionType::Count, |q| q.kind);
        ContractError::about(ErrorCode::InvalidAnswer, problem.question, Problem::Answer { problem, expected })
    })?;

    Ok(Request { program, as_of, lang, audience, subject, answers: checked })
}

/// A field whose value is one of a few codes (`lang`, `audience`): absent is `None`.
fn offered<T>(
    value: Option<&Json>,
    field: &'static str,
    codes: &[&'static str],
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>, ContractError> {
    let refused = |value| ContractError::invalid_request(Problem::NotOffered { field, codes: codes.to_vec(), value });
    match value {
        None => Ok(None),
        Some(Json::String(code)) => parse(code).map(Some).ok_or_else(|| refused(Given::Text(shown(code)))),
        Some(other) => Err(refused(Given::Kind(JsonKind::of(other)))),
    }
}

/// One answer from JSON: `null` is unknown; otherwise it must fit the question's type.
fn answer_from_json(question: &'static Question, value: &Json) -> Result<Option<Answer>, ContractError> {
    let id = question.id;
    let wrong = |problem: Problem| Err(ContractError::about(ErrorCode::InvalidAnswer, id, problem));
    let option_index = |option: &str| question.options.iter().position(|o| o.id == option);
    let not_offered = |option: &str| Problem::OptionNotOffered {
        question: id,
        option: shown(option),
        options: question.options.iter().map(|o| o.id).collect(),
    };

    let answer = match (question.kind, value) {
        (_, Json::Null) => return Ok(None),
        (QuestionType::YesNo, Json::Bool(v)) => Answer::YesNo(*v),
        (QuestionType::Date, Json::String(text)) => match dates::parse(text) {
            Some(date) => Answer::Date(date),
            None => return wrong(Problem::AnswerNotADate { question: id, value: shown(text) }),
        },
        (QuestionType::Count, Json::UInt(n)) => Answer::Count(*n),
        // 2^64 is the first whole number a count cannot hold (`u64::MAX as f64` rounds to it).
        (QuestionType::Count, Json::Float(f)) if f.fract() == 0.0 && *f >= 0.0 && *f < TWO_TO_THE_64 => {
            Answer::Count(*f as u64)
        }
        (QuestionType::Count, Json::Float(f)) if f.fract() == 0.0 && *f >= TWO_TO_THE_64 => {
            return wrong(Problem::CountTooLarge { question: id })
        }
        (QuestionType::Count, Json::Int(_)) | (QuestionType::Count, Json::Float(_)) => {
            return wrong(Problem::NotAWholeNumber { question: id })
        }
        (QuestionType::SingleChoice, Json::String(option)) => match option_index(option) {
            Some(i) => Answer::Choice(i),
            None => return wrong(not_offered(option)),
        },
        (QuestionType::MultiSelect, Json::Array(items)) => {
            let mut bits = 0u32;
            for item in items {
                let Json::String(option) = item else {
                    return wrong(Problem::OptionNotAString { question: id, given: JsonKind::of(item) });
                };
                match option_index(option) {
                    Some(i) if i < 32 => bits |= 1 << i,
                    _ => return wrong(not_offered(option)),
                }
            }
            Answer::Chosen(bits)
        }
        _ => return wrong(Problem::WrongType { question: id, expected: question.kind, given: JsonKind::of(value) }),
    };
    Ok(Some(answer))
}

/// 2^64, as a float: every whole float from here up is too large for a count.
const TWO_TO_THE_64: f64 = 18_446_744_073_709_551_616.0;

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        dates::parse("2026-11-22").unwrap_or_default()
    }

    #[test]
    fn messages_quote_a_short_prefix_of_what_they_were_given() {
        let long = "x".repeat(10_000);
        let object =
            |entries: Vec<(&str, Json)>| Json::Object(entries.into_iter().map(|(k, v)| (k.to_owned(), v)).collect());
        let requests = [
            object(vec![(long.as_str(), Json::Null)]),
            object(vec![("program", Json::String(long.clone()))]),
            object(vec![("program", Json::String("nc-pss".into())), ("as_of", Json::String(long.clone()))]),
            object(vec![("program", Json::String("nc-pss".into())), ("lang", Json::String(long.clone()))]),
            object(vec![
                ("program", Json::String("nc-pss".into())),
                ("answers", object(vec![(long.as_str(), Json::Bool(true))])),
            ]),
            object(vec![
                ("program", Json::String("mo-peer-support".into())),
                ("answers", object(vec![("enrolled_program", Json::String(long.clone()))])),
            ]),
        ];
        for request in requests {
            let error = parse_request(&request, today).expect_err("a bad request");
            let message = error.message();
            assert!(message.len() < 400, "{} characters: {message}", message.len());
            assert!(message.contains("xxxx…"), "{message}");
        }
        assert_eq!(shown("en\"<b>"), r#""en\"<b>""#);
    }
}
