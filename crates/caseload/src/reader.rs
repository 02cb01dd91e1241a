//! Reading a caseload row by row from any byte source, through the `csv` crate (RFC 4180:
//! quoted fields with commas, quotes and line breaks; CRLF or LF; blank lines are skipped), the
//! bytes watched on the way for a quoted field that is never closed ([`crate::quotes`]).

use std::io::{self, Chain, Cursor, Read};

use chrono::NaiveDate;
use csv::ByteRecord;

use crate::caseload::{Caseload, Options, RowResult};
use crate::quotes::{Unclosed, Watch};
use crate::unusable::{Unusable, Workbook};

const BOM: &[u8] = b"\xEF\xBB\xBF";
const SNIFF: usize = 8;

/// The source with its first bytes put back (without the byte-order mark), watched for a quote
/// that is never closed.
type Source<R> = Watch<Chain<Cursor<Vec<u8>>, R>>;

/// A caseload being read: the header is read and checked when it is made, then
/// [`Reader::next_row`] screens one data row at a time.
pub struct Reader<R: Read> {
    csv: csv::Reader<Source<R>>,
    caseload: Caseload,
    record: ByteRecord,
    row: u64,
    /// Bytes skipped before the CSV (a byte-order mark).
    skipped: u64,
    record_start: u64,
}

/// Why a caseload could not be opened.
#[derive(Debug)]
pub enum OpenError {
    Unusable(Unusable),
    Io(io::Error),
}

impl From<io::Error> for OpenError {
    fn from(e: io::Error) -> OpenError {
        OpenError::Io(e)
    }
}

impl From<Unusable> for OpenError {
    fn from(e: Unusable) -> OpenError {
        OpenError::Unusable(e)
    }
}

/// Why the rows stop before the end of the input.
#[derive(Debug)]
pub enum ReadError {
    /// A quoted field opens in this row and is never closed: the rows before it were read, and
    /// nothing from it on can be (SCREENING.md §10).
    Unclosed(Unclosed),
    Io(io::Error),
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> ReadError {
        ReadError::Io(e)
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            ReadError::Unclosed(unclosed) => unclosed.fmt(f),
            ReadError::Io(e) => e.fmt(f),
        }
    }
}

/// The csv crate's reader as every caseload is read: no header handling of its own, rows of
/// any length (a row of the wrong length is that row's error), double quotes doubled inside
/// quoted fields.
fn builder() -> csv::ReaderBuilder {
    let mut builder = csv::ReaderBuilder::new();
    builder.has_headers(false).flexible(true);
    builder
}

impl<R: Read> Reader<R> {
    /// Looks at the first bytes, reads the header and checks it with the options.
    pub fn new(mut input: R, options: &Options, today: NaiveDate) -> Result<Reader<R>, OpenError> {
        let mut first = vec![0u8; SNIFF];
        let mut filled = 0;
        while filled < SNIFF {
            match input.read(&mut first[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e.into()),
            }
        }
        first.truncate(filled);
        if first.starts_with(b"PK\x03\x04") {
            return Err(Unusable::Workbook(Workbook::Zip).into());
        }
        if first.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
            return Err(Unusable::Workbook(Workbook::Ole).into());
        }
        if first.starts_with(b"\xFF\xFE") || first.starts_with(b"\xFE\xFF") {
            return Err(Unusable::Utf16.into());
        }
        let skipped = if first.starts_with(BOM) { BOM.len() } else { 0 };
        first.drain(..skipped);
        let mut csv = builder().from_reader(Watch::new(Cursor::new(first).chain(input)));
        let mut header = ByteRecord::new();
        if !csv.read_byte_record(&mut header).map_err(io::Error::from)? {
            return Err(Unusable::Empty.into());
        }
        // A header that swallowed the file is no header: say why before judging its columns.
        if let Some(unclosed) = csv.get_ref().unclosed(0) {
            return Err(Unusable::Unclosed(unclosed).into());
        }
        let caseload = Caseload::new(&header, options, today)?;
        Ok(Reader { csv, caseload, record: ByteRecord::new(), row: 0, skipped: skipped as u64, record_start: 0 })
    }

    /// The caseload's columns and options (and the ignored columns, to warn of).
    pub fn caseload(&self) -> &Caseload {
        &self.caseload
    }

    /// Screens the next data row; `None` at the end. The row where a quoted field opens and is
    /// never closed is not screened: it is [`ReadError::Unclosed`], and the last.
    pub fn next_row(&mut self) -> Result<Option<RowResult>, ReadError> {
        if !self.csv.read_byte_record(&mut self.record).map_err(io::Error::from)? {
            return Ok(None);
        }
        self.row += 1;
        // A quoted field still open at the end of the input is in the last record, and that
        // record ends only with the input: the watch has seen the end once it is read.
        if let Some(unclosed) = self.csv.get_ref().unclosed(self.row) {
            return Err(ReadError::Unclosed(unclosed));
        }
        self.record_start = self.skipped + self.record.position().map_or(0, csv::Position::byte);
        Ok(Some(self.caseload.screen(self.row, &self.record)))
    }

    /// The number of data rows read so far.
    pub fn rows(&self) -> u64 {
        self.row
    }

    /// How many bytes of the input have been read into rows so far.
    pub fn offset(&self) -> u64 {
        self.skipped + self.csv.position().byte()
    }

    /// Where in the input the last row read begins (for [`record_at`]).
    pub fn record_start(&self) -> u64 {
        self.record_start
    }
}

/// The record that begins at the start of `bytes` (a row's [`Reader::record_start`] into the
/// input), read again: to screen one row again without keeping it.
pub fn record_at(bytes: &[u8]) -> Option<ByteRecord> {
    let mut record = ByteRecord::new();
    match builder().from_reader(bytes).read_byte_record(&mut record) {
        Ok(true) => Some(record),
        _ => None,
    }
}
