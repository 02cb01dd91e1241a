//! Requests (SCREENING.md §2): a [`Json`] value checked into a typed [`Request`], or the first
//! problem found as a coded [`ContractError`]. The order of checks is the README's: the shape and
//! fields, `program`, `as_of`, `lang`, `audience`, the type of `answers`, `not_in_force`, then
//! each answer.

use chrono::NaiveDate;

use screener::answers::{self, Answer, Answers};
use screener::dates;
use screener::model::{Audience, Lang, Program, Question, QuestionType};
use screener::rules;

use crate::error::{ContractError, ErrorCode};
use crate::json::Json;

/// A checked request, ready for [`screener::engine::screen`].
#[derive(Clone, Debug)]
pub struct Request {
    pub program: &'static Program,
    pub as_of: NaiveDate,
    pub lang: Lang,
    /// The wording of `reason` and `next_steps`: staff unless the request asks for family.
    pub audience: Audience,
    pub answers: Answers,
}

/// Checks a request. `today` is asked only when `as_of` is absent: the clock is the caller's.
pub fn parse_request(value: &Json, today: impl FnOnce() -> NaiveDate) -> Result<Request, ContractError> {
    let Json::Object(fields) = value else {
        return Err(ContractError::invalid_request(format!(
            "the request must be a JSON object, not {}",
            value.describe()
        )));
    };
    let mut program = None;
    let mut as_of = None;
    let mut lang = None;
    let mut audience = None;
    let mut answers = None;
    for (key, value) in fields {
        let slot = match key.as_str() {
            "program" => &mut program,
            "as_of" => &mut as_of,
            "lang" => &mut lang,
            "audience" => &mut audience,
            "answers" => &mut answers,
            other => {
                return Err(ContractError::invalid_request(format!(
                    "unknown field {}: a request has only `program`, `as_of`, `lang`, `audience` and `answers`",
                    shown(other)
                )))
            }
        };
        if slot.replace(value).is_some() {
            return Err(ContractError::invalid_request(format!("the field {} is given twice", shown(key))));
        }
    }

    let program = match program {
        None => return Err(ContractError::invalid_request("`program` is missing; name one of the program ids")),
        Some(Json::String(id)) => rules::find(id).ok_or_else(|| ContractError {
            code: ErrorCode::UnknownProgram,
            question: None,
            message: format!("there is no program {}; the programs are {}", shown(id), program_ids()),
        })?,
        Some(other) => {
            return Err(ContractError::invalid_request(format!("`program` must be a string, not {}", other.describe())))
        }
    };

    let as_of = match as_of {
        None => today(),
        Some(Json::String(text)) => dates::parse(text).ok_or_else(|| {
            ContractError::invalid_request(format!(
                "`as_of` must be a real date written YYYY-MM-DD, not {}",
                shown(text)
            ))
        })?,
        Some(other) => {
            return Err(ContractError::invalid_request(format!(
                "`as_of` must be a date string YYYY-MM-DD, not {}",
                other.describe()
            )))
        }
    };

    let lang = match lang {
        None => Lang::En,
        Some(Json::String(code)) => Lang::from_code(code).ok_or_else(|| {
            ContractError::invalid_request(format!("`lang` must be \"en\" or \"es\", not {}", shown(code)))
        })?,
        Some(other) => {
            return Err(ContractError::invalid_request(format!(
                "`lang` must be \"en\" or \"es\", not {}",
                other.describe()
            )))
        }
    };

    let audience = match audience {
        None => Audience::Staff,
        Some(Json::String(code)) => Audience::from_code(code).ok_or_else(|| {
            ContractError::invalid_request(format!("`audience` must be \"staff\" or \"family\", not {}", shown(code)))
        })?,
        Some(other) => {
            return Err(ContractError::invalid_request(format!(
                "`audience` must be \"staff\" or \"family\", not {}",
                other.describe()
            )))
        }
    };

    let entries: &[(String, Json)] = match answers {
        None => &[],
        Some(Json::Object(entries)) => entries,
        Some(other) => {
            return Err(ContractError::invalid_request(format!(
                "`answers` must be an object keyed by question id, not {}",
                other.describe()
            )))
        }
    };

    if let Some(start) = program.effective_from.and_then(dates::parse) {
        if as_of < start {
            return Err(ContractError {
                code: ErrorCode::NotInForce,
                question: None,
                message: format!(
                    "{} is in force from {}; the screening date {} is before it",
                    program.id,
                    dates::format(start),
                    dates::format(as_of)
                ),
            });
        }
    }

    let mut checked = Answers::new(program);
    let mut seen = vec![false; program.questions.len()];
    for (key, value) in entries {
        let Some(index) = program.question_index(key) else {
            return Err(ContractError::about(
                ErrorCode::UnknownQuestion,
                key,
                format!("{} asks no question {}; its questions are {}", program.id, shown(key), question_ids(program)),
            ));
        };
        if std::mem::replace(&mut seen[index], true) {
            return Err(ContractError::about(
                ErrorCode::InvalidAnswer,
                key,
                format!("{} is answered twice", shown(key)),
            ));
        }
        let question = &program.questions[index];
        let answer = answer_from_json(question, value)?;
        checked
            .set(question.id, answer, as_of)
            .map_err(|p| ContractError::about(ErrorCode::InvalidAnswer, key, p.message))?;
    }

    Ok(Request { program, as_of, lang, audience, answers: checked })
}

/// One answer from JSON: `null` is unknown; otherwise it must fit the question's type.
fn answer_from_json(question: &'static Question, value: &Json) -> Result<Option<Answer>, ContractError> {
    let wrong = |detail: String| Err(ContractError::about(ErrorCode::InvalidAnswer, question.id, detail));
    let wrong_type =
        || wrong(format!("`{}` takes {}, not {}", question.id, answers::expected(question.kind), value.describe()));
    let option_index = |id: &str| question.options.iter().position(|o| o.id == id);
    let offered = || question.options.iter().map(|o| o.id).collect::<Vec<_>>().join(", ");

    let answer = match (question.kind, value) {
        (_, Json::Null) => return Ok(None),
        (QuestionType::YesNo, Json::Bool(v)) => Answer::YesNo(*v),
        (QuestionType::Date, Json::String(text)) => match dates::parse(text) {
            Some(date) => Answer::Date(date),
            None => {
                return wrong(format!("`{}` must be a real date written YYYY-MM-DD, not {}", question.id, shown(text)))
            }
        },
        (QuestionType::Count, Json::UInt(n)) => Answer::Count(*n),
        // 2^64 is the first whole number a count cannot hold (`u64::MAX as f64` rounds to it).
        (QuestionType::Count, Json::Float(f)) if f.fract() == 0.0 && *f >= 0.0 && *f < TWO_TO_THE_64 => {
            Answer::Count(*f as u64)
        }
        (QuestionType::Count, Json::Float(f)) if f.fract() == 0.0 && *f >= TWO_TO_THE_64 => {
            return wrong(format!("`{}` is too large to hold: a count can be at most {}", question.id, u64::MAX))
        }
        (QuestionType::Count, Json::Int(_)) | (QuestionType::Count, Json::Float(_)) => {
            return wrong(format!("`{}` takes a whole number, 0 or more", question.id))
        }
        (QuestionType::SingleChoice, Json::String(id)) => match option_index(id) {
            Some(i) => Answer::Choice(i),
            None => {
                return wrong(format!("`{}` does not offer {}; its options are {}", question.id, shown(id), offered()))
            }
        },
        (QuestionType::MultiSelect, Json::Array(items)) => {
            let mut bits = 0u32;
            for item in items {
                let Json::String(id) = item else {
                    return wrong(format!("`{}` takes option ids (strings), not {}", question.id, item.describe()));
                };
                match option_index(id) {
                    Some(i) if i < 32 => bits |= 1 << i,
                    _ => {
                        return wrong(format!(
                            "`{}` does not offer {}; its options are {}",
                            question.id,
                            shown(id),
                            offered()
                        ))
                    }
                }
            }
            Answer::Chosen(bits)
        }
        _ => return wrong_type(),
    };
    Ok(Some(answer))
}

/// 2^64, as a float: every whole float from here up is too large for a count.
const TWO_TO_THE_64: f64 = 18_446_744_073_709_551_616.0;

fn program_ids() -> String {
    rules::ALL.iter().map(|p| p.id).collect::<Vec<_>>().join(", ")
}

fn question_ids(program: &Program) -> String {
    program.questions.iter().map(|q| q.id).collect::<Vec<_>>().join(", ")
}

/// What a request gave, quoted for a message: at most 40 characters of it (then `…`), with
/// quotes and control characters escaped. Messages are plain text and never echo a long value.
fn shown(text: &str) -> String {
    const MOST: usize = 40;
    let mut cut: String = text.chars().take(MOST).collect();
    if text.chars().nth(MOST).is_some() {
        cut.push('…');
    }
    format!("{cut:?}")
}

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
            assert!(error.message.len() < 400, "{} characters: {}", error.message.len(), error.message);
            assert!(error.message.contains("xxxx…"), "{}", error.message);
        }
        assert_eq!(shown("en\"<b>"), r#""en\"<b>""#);
    }
}
