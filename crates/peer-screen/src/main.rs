//! `peer-screen`: the command-line shell over the screening core (SCREENING.md §9).
//!
//! - `peer-screen programs`: the catalog of programs as JSON.
//! - `peer-screen check [FILE]`: one request in (FILE or standard input), one response out;
//!   exit 2 with the error object on standard output and its message on standard error.
//! - `peer-screen batch`: JSON Lines in, JSON Lines out, line by line, streaming; exit 0.
//! - `peer-screen csv [--program ID] [--as-of DATE] [--lang en|es] [--audience staff|family] [--subject self|child]
//!   [FILE]`: a caseload as CSV in, one result row per data row out (SCREENING.md §10), row by
//!   row; exit 0 once the file could be read, 2 when it cannot be used at all or a quoted field
//!   is never closed (after the rows before it).
//!
//! This file owns the IO and the clock (today's local date when a request has no `as_of`).

mod caseload;
mod write;

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use chrono::NaiveDate;
use screener::model::Lang;
use screener_contract::{Catalog, ContractError, Json, Problem};

const USAGE: &str = "usage: peer-screen programs | peer-screen check [FILE] | peer-screen batch
       peer-screen csv [--program ID] [--as-of DATE] [--lang en|es] [--audience staff|family] [--subject self|child] [FILE]";

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["programs"] => programs(),
        ["check"] => check(io::stdin().lock()),
        ["check", "-"] => check(io::stdin().lock()),
        ["check", path] => match std::fs::File::open(path) {
            Ok(file) => check(io::BufReader::new(file)),
            Err(e) => {
                eprintln!("peer-screen: cannot read {path}: {e}");
                return ExitCode::from(1);
            }
        },
        ["batch"] => batch(io::stdin().lock(), io::stdout().lock()).map(|()| ExitCode::SUCCESS),
        ["csv", rest @ ..] => match caseload::arguments(rest) {
            Some((options, path)) => caseload::run(&options, path, today()),
            None => {
                eprintln!("{USAGE}");
                return ExitCode::from(64);
            }
        },
        ["--help"] | ["-h"] | ["help"] => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(64);
        }
    };
    match result {
        Ok(code) => code,
        // A closed pipe downstream (`peer-screen batch | head`) is not an error worth a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("peer-screen: {e}");
            ExitCode::from(1)
        }
    }
}

fn programs() -> io::Result<ExitCode> {
    let mut out = io::stdout().lock();
    serde_json::to_writer(&mut out, &Catalog)?;
    out.write_all(b"\n")?;
    Ok(ExitCode::SUCCESS)
}

fn check(mut input: impl Read) -> io::Result<ExitCode> {
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes)?;
    let mut out = io::stdout().lock();
    let mut line = Vec::new();
    match respond(&bytes, &mut line) {
        Ok(()) => {
            out.write_all(&line)?;
            out.write_all(b"\n")?;
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            out.write_all(&line)?;
            out.write_all(b"\n")?;
            out.flush()?;
            eprintln!("peer-screen: {error}");
            Ok(ExitCode::from(2))
        }
    }
}

/// One request's bytes to one response (or error object) appended to `out`, without newline.
fn respond(bytes: &[u8], out: &mut Vec<u8>) -> Result<(), ContractError> {
    let result = std::str::from_utf8(bytes)
        .map_err(|_| ContractError::invalid_request(Problem::NotUtf8))
        .and_then(parse_json)
        .and_then(|json| screener_contract::screen_request(&json, today, Lang::En));
    match result {
        Ok(screened) => {
            write::response(&screened, out);
            Ok(())
        }
        Err(error) => {
            let _ = serde_json::to_writer(&mut *out, &error);
            Err(error)
        }
    }
}

/// JSON Lines: one output line per input line, in order; a bad line gets its error object.
/// Reads and writes through fixed buffers, so memory does not grow with the input.
fn batch(mut input: impl BufRead, output: impl Write) -> io::Result<()> {
    let mut out = BufWriter::with_capacity(64 * 1024, output);
    let mut line = Vec::with_capacity(4096);
    let mut response = Vec::with_capacity(4096);
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        let text = line.strip_suffix(b"\n").unwrap_or(&line);
        let text = text.strip_suffix(b"\r").unwrap_or(text);
        response.clear();
        let _ = respond(text, &mut response);
        out.write_all(&response)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// Parses the text of one request. Anything but a JSON document is `invalid_request`: text that
/// is not JSON names where it stops being JSON; JSON nested deeper than the contract reads (the
/// one error of the data, not of the syntax, that reading a `Json` can give) says so.
fn parse_json(text: &str) -> Result<Json, ContractError> {
    serde_json::from_str(text).map_err(|e| {
        ContractError::invalid_request(match e.classify() {
            serde_json::error::Category::Data => Problem::TooDeep(screener_contract::json::MAX_DEPTH),
            _ => Problem::NotJson { line: e.line(), column: e.column() },
        })
    })
}
