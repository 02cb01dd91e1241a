//! The JSON contract of SCREENING.md, shared by the command line and the JavaScript API:
//! - [`json`]: [`Json`], a JSON value that keeps key order (any serde deserializer makes one);
//! - [`request`]: a `Json` checked into a typed [`Request`] or a coded [`ContractError`];
//! - [`response`]: serde views of a screening (the response) and of the rulebooks (the catalog);
//! - [`error`]: the error codes of §8;
//! - [`text`]: JSON text read into a [`Json`] (a request pasted into the form);
//! - [`handoff`]: the hand-off code, a request as a short text a person can type.
//!
//! Pure: it reads values already parsed and produces serializable views. It names no JSON
//! library and no JavaScript type; bad input of any shape is an error value, never a panic and
//! never a silent default.

#![forbid(unsafe_code)]

pub mod error;
pub mod handoff;
pub mod json;
pub mod request;
pub mod response;
pub mod text;

use chrono::NaiveDate;

pub use error::{ContractError, ErrorCode, Problem};
pub use json::Json;
pub use request::{parse_request, parse_request_in, Request};
pub use response::{Catalog, Response, ResponseSummary};

use screener::engine::Screening;
use screener::model::{Lang, Voice};

/// A request's screening, with the voice its reasons and next steps are written in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Screened {
    pub screening: Screening,
    pub voice: Voice,
}

impl Screened {
    /// The response of SCREENING.md §3.
    pub fn response(&self) -> Response<'_> {
        Response { screening: &self.screening, voice: self.voice }
    }
}

/// Checks and screens one request: what `peer-screen check` and JavaScript `screen()` do, in
/// the request's language and audience (staff unless it asks for family). Errors are worded in
/// the request's language, else in `lang`.
pub fn screen_request(value: &Json, today: impl FnOnce() -> NaiveDate, lang: Lang) -> Result<Screened, ContractError> {
    let request = parse_request_in(value, today, lang)?;
    Ok(Screened { screening: screener::engine::screen(&request.answers, request.as_of), voice: request.voice() })
}
