//! The JSON contract of SCREENING.md, shared by the command line and the JavaScript API:
//! - [`json`]: [`Json`], a JSON value that keeps key order (any serde deserializer makes one);
//! - [`request`]: a `Json` checked into a typed [`Request`] or a coded [`ContractError`];
//! - [`response`]: serde views of a screening (the response) and of the rulebooks (the catalog);
//! - [`error`]: the error codes of §8.
//!
//! Pure: it reads values already parsed and produces serializable views. It names no JSON
//! library and no JavaScript type; bad input of any shape is an error value, never a panic and
//! never a silent default.

#![forbid(unsafe_code)]

pub mod error;
pub mod json;
pub mod request;
pub mod response;

use chrono::NaiveDate;

pub use error::{ContractError, ErrorCode};
pub use json::Json;
pub use request::{parse_request, Request};
pub use response::{Catalog, Response, ResponseSummary};

use screener::engine::Screening;

/// Checks and screens one request: what `peer-screen check` and JavaScript `screen()` do, in
/// the request's language and audience (staff unless it asks for family).
pub fn screen_request(value: &Json, today: impl FnOnce() -> NaiveDate) -> Result<Screening, ContractError> {
    let request = parse_request(value, today)?;
    Ok(screener::engine::screen(&request.answers, request.as_of, request.audience, request.lang))
}
