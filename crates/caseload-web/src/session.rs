//! One caseload being screened in the page, and then looked at: pure Rust, tested natively.
//!
//! The input stays in memory (the page was given the whole file); rows are screened in steps
//! of a few hundred so that the page can yield between them; each row leaves a small [`Row`]
//! for the table and its result line in the output, kept in chunks of a megabyte (no copy as it
//! grows; they become the download's `Blob` parts).
//! Opening a row screens it again from its bytes in the input: nothing more is kept.
//! A quoted field that is never closed ends the run with [`Session::unclosed`] and no output:
//! results are whole or not at all.

use std::io::{self, Read};
use std::rc::Rc;

use chrono::NaiveDate;

use screener::engine::{Outcome, Screening};
use screener::model::Program;
use screener_caseload::{record_at, write, OpenError, Options, ReadError, Reader, RowResult, Unclosed, Unusable};
use screener_contract::{ContractError, Request};

/// The input, shared by the reader and the rows that are opened again.
#[derive(Clone)]
struct Input {
    bytes: Rc<Vec<u8>>,
    at: usize,
}

impl Read for Input {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let rest = &self.bytes[self.at.min(self.bytes.len())..];
        let n = rest.len().min(buf.len());
        buf[..n].copy_from_slice(&rest[..n]);
        self.at += n;
        Ok(n)
    }
}

/// What the table shows of one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// 1 for the first data row.
    pub row: u32,
    pub reference: Box<str>,
    pub program: Option<&'static Program>,
    /// `None` for a row that could not be screened.
    pub outcome: Option<Outcome>,
    pub eligible_from: Option<NaiveDate>,
    pub rescreen_on: Option<NaiveDate>,
    /// As in the result CSV: `service from..until`, joined by `; `.
    pub transitions: Box<str>,
    /// Question ids, joined by `;`.
    pub missing: Box<str>,
    pub error: Option<Box<ContractError>>,
    /// Where the row begins in the input.
    start: u64,
}

impl Row {
    fn new(result: &RowResult, start: u64) -> Row {
        let row = u32::try_from(result.row).unwrap_or(u32::MAX);
        match &result.outcome {
            Ok(screened) => {
                let s = &screened.screening;
                Row {
                    row,
                    reference: result.reference.as_str().into(),
                    program: Some(s.program),
                    outcome: Some(s.outcome),
                    eligible_from: s.eligible_from,
                    rescreen_on: s.rescreen_on,
                    transitions: transitions(s).into(),
                    missing: s.missing.join(";").into(),
                    error: None,
                    start,
                }
            }
            Err(e) => Row {
                row,
                reference: result.reference.as_str().into(),
                program: None,
                outcome: None,
                eligible_from: None,
                rescreen_on: None,
                transitions: "".into(),
                missing: "".into(),
                error: Some(Box::new(e.clone())),
                start,
            },
        }
    }
}

fn transitions(s: &Screening) -> String {
    let mut out = String::new();
    for (i, t) in s.transitions.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        out.push_str(t.service);
        out.push(' ');
        screener::dates::write_to(&mut out, t.from);
        out.push_str("..");
        screener::dates::write_to(&mut out, t.until);
    }
    out
}

/// How many rows have each outcome.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub eligible: u32,
    pub not_eligible: u32,
    pub incomplete: u32,
    pub error: u32,
}

impl Counts {
    pub fn total(&self) -> u32 {
        self.eligible + self.not_eligible + self.incomplete + self.error
    }
}

/// Size of an output chunk.
const CHUNK: usize = 1 << 20;

/// A caseload in the page.
pub struct Session {
    input: Rc<Vec<u8>>,
    reader: Reader<Input>,
    done: bool,
    rows: Vec<Row>,
    counts: Counts,
    /// The output line of the current row, then appended to `chunk`.
    line: Vec<u8>,
    chunk: Vec<u8>,
    full: Vec<Vec<u8>>,
    /// The quoted field never closed that ended the run, if one did.
    unclosed: Option<Unclosed>,
    options: Options,
    today: NaiveDate,
}

impl Session {
    /// Reads the header of `input` and checks it with the options; `today` is the screening
    /// date of rows that name none when the options name none either.
    pub fn open(input: Vec<u8>, options: &Options, today: NaiveDate) -> Result<Session, Unusable> {
        let input = Rc::new(input);
        let reader = match Reader::new(Input { bytes: input.clone(), at: 0 }, options, today) {
            Ok(reader) => reader,
            Err(OpenError::Unusable(why)) => return Err(why),
            // Reading memory does not fail; the csv crate reports no other error for byte records.
            Err(OpenError::Io(_)) => return Err(Unusable::NotText),
        };
        let mut chunk = Vec::with_capacity(CHUNK + 4096);
        write::header(&mut chunk);
        // Room for the rows at once: growing a list of a hundred thousand rows copies it whole
        // (a step of 35 ms at 4x CPU slowdown). A row of the file takes 64 bytes or more but for
        // the barest, and a short guess only means one more copy.
        let rows = Vec::with_capacity(input.len() / 64);
        Ok(Session {
            input,
            reader,
            done: false,
            rows,
            counts: Counts::default(),
            line: Vec::with_capacity(4096),
            chunk,
            full: Vec::new(),
            unclosed: None,
            options: options.clone(),
            today,
        })
    }

    /// Screens up to `rows` more rows; `true` once every row is screened.
    pub fn step(&mut self, rows: usize) -> bool {
        for _ in 0..rows {
            if self.done {
                break;
            }
            let start = self.reader.offset();
            match self.reader.next_row() {
                Ok(Some(result)) => {
                    let row = Row::new(&result, self.reader.record_start().max(start));
                    match row.outcome {
                        Some(Outcome::Eligible) => self.counts.eligible += 1,
                        Some(Outcome::NotEligible) => self.counts.not_eligible += 1,
                        Some(Outcome::Incomplete) => self.counts.incomplete += 1,
                        None => self.counts.error += 1,
                    }
                    self.rows.push(row);
                    self.line.clear();
                    write::row(&result, &mut self.line);
                    self.chunk.extend_from_slice(&self.line);
                    if self.chunk.len() >= CHUNK {
                        let next = Vec::with_capacity(CHUNK + 4096);
                        self.full.push(std::mem::replace(&mut self.chunk, next));
                    }
                }
                // The rows before it were screened, but the results would not be whole: none are
                // offered (the chunks already taken are the caller's to drop).
                Err(ReadError::Unclosed(unclosed)) => {
                    self.done = true;
                    self.unclosed = Some(unclosed);
                    self.chunk = Vec::new();
                    self.full.clear();
                }
                Ok(None) | Err(ReadError::Io(_)) => {
                    self.done = true;
                    self.full.push(std::mem::take(&mut self.chunk));
                }
            }
        }
        self.done
    }

    pub fn is_done(&self) -> bool {
        self.done
    }

    /// The quoted field that opens and is never closed, once the run reached it: the run is over
    /// and has no results to offer.
    pub fn unclosed(&self) -> Option<Unclosed> {
        self.unclosed
    }

    /// The output chunks completed since the last call, in order (the last one when done; none
    /// once a quoted field is found never closed, and the caller drops those it took).
    pub fn take_output(&mut self) -> Vec<Vec<u8>> {
        std::mem::take(&mut self.full)
    }

    /// Bytes of the input read so far, and in all.
    pub fn offset(&self) -> (u64, u64) {
        (self.reader.offset().min(self.input.len() as u64), self.input.len() as u64)
    }

    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    pub fn counts(&self) -> Counts {
        self.counts
    }

    /// The columns ignored, to warn of.
    pub fn ignored(&self) -> &[String] {
        self.reader.caseload().ignored()
    }

    /// The run's screening date: the `as_of` option, or today.
    pub fn as_of(&self) -> NaiveDate {
        self.options.as_of.as_deref().and_then(screener::dates::parse).unwrap_or(self.today)
    }

    /// The row at `index` (of [`Session::rows`]) screened again from its bytes: its number, its
    /// `ref`, and its checked request (with the answers, for the case note) or its error.
    pub fn reopen(&self, index: usize) -> Option<(u32, String, Result<Request, ContractError>)> {
        let row = self.rows.get(index)?;
        let start = usize::try_from(row.start).ok()?;
        let record = record_at(self.input.get(start..)?)?;
        let caseload = self.reader.caseload();
        Some((row.row, caseload.reference(&record), caseload.check(&record)))
    }
}
