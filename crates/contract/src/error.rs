//! The errors of SCREENING.md §8: a code, the question at fault where there is one, and a
//! message that says what to fix.

use std::fmt;

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

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

/// A request that cannot be screened, with what to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContractError {
    pub code: ErrorCode,
    /// The answer key at fault, for `unknown_question` and `invalid_answer`.
    pub question: Option<String>,
    pub message: String,
}

impl ContractError {
    pub fn invalid_request(message: impl Into<String>) -> ContractError {
        ContractError { code: ErrorCode::InvalidRequest, question: None, message: message.into() }
    }
    pub(crate) fn about(code: ErrorCode, question: &str, message: String) -> ContractError {
        ContractError { code, question: Some(question.to_owned()), message }
    }
}

impl fmt::Display for ContractError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {}", self.code.code(), self.message)
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
                m.serialize_entry("message", &e.message)?;
                m.end()
            }
        }
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry("error", &Body(self))?;
        m.end()
    }
}
