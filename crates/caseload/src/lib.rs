//! Caseloads as CSV (SCREENING.md §10): a caseload in, one result row per data row out, in
//! order, streaming; shared by `peer-screen csv` and the caseload page, which must write the same
//! bytes for the same file, date and options.
//!
//! - [`Reader`]: the CSV (RFC 4180, through the `csv` crate) read row by row from any
//!   [`std::io::Read`], after its first bytes are looked at (a byte-order mark is skipped; an
//!   Excel workbook or UTF-16 text is refused with what to do instead); a quoted field that is
//!   never closed stops the rows where it opens ([`Unclosed`]) instead of swallowing the rest;
//! - [`Caseload`]: the header's columns, and each row turned into the contract's [`Json`]
//!   request and checked by `screener-contract`, so that a bad row gets exactly the error the
//!   same request in JSON would get;
//! - [`write`](mod@write): the result rows, RFC 4180 with LF line ends;
//! - [`template`]: a program's header row, for people to fill in.
//!
//! Pure: no file, no clock (today is the caller's), nothing of the browser. Memory does not grow
//! with the number of rows: one row is held at a time.
//!
//! [`Json`]: screener_contract::Json

#![forbid(unsafe_code)]

mod caseload;
mod cells;
mod columns;
mod quotes;
mod reader;
mod unusable;
pub mod write;

pub use caseload::{template, Caseload, Options, RowResult};
pub use columns::Column;
pub use quotes::Unclosed;
pub use reader::{record_at, OpenError, ReadError, Reader};
pub use unusable::{Unusable, Workbook};
