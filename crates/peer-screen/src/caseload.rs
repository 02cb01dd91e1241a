//! `peer-screen csv`: a caseload as CSV in, one result row per data row out (SCREENING.md §9 and
//! §10), read and written row by row through fixed buffers, so that memory stays flat however
//! long the file is. A quoted field that is never closed ends the run where it opens: the rows
//! before it are written, then exit 2 with its row, line and the lines not screened. The rows are `screener-caseload`'s; this file owns the arguments, the file,
//! standard input and output, and the exit codes.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use chrono::NaiveDate;
use screener_caseload::{OpenError, Options, ReadError, Reader};

/// The options and the file (`None`: standard input) of `peer-screen csv ARGS`; `None` when the
/// arguments are not the command's (an unknown flag, a flag given twice or without its value,
/// two files).
pub fn arguments(args: &[&str]) -> Option<(Options, Option<String>)> {
    let mut options = Options::default();
    let mut path = None;
    let mut args = args.iter();
    while let Some(&arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value)),
            _ => (arg, None),
        };
        let slot = match flag {
            "--program" => &mut options.program,
            "--as-of" => &mut options.as_of,
            "--lang" => &mut options.lang,
            "--audience" => &mut options.audience,
            "--subject" => &mut options.subject,
            "-" if path.is_none() => {
                path = Some(None);
                continue;
            }
            _ if !flag.starts_with('-') && path.is_none() => {
                path = Some(Some(arg.to_owned()));
                continue;
            }
            _ => return None,
        };
        let value = match inline {
            Some(value) => value,
            None => args.next()?,
        };
        if slot.replace(value.to_string()).is_some() {
            return None;
        }
    }
    Some((options, path.flatten()))
}

/// Screens the caseload of `path` (standard input when `None`) onto standard output.
pub fn run(options: &Options, path: Option<String>, today: NaiveDate) -> io::Result<ExitCode> {
    match path {
        None => screen(io::stdin().lock(), options, today, "standard input"),
        Some(path) => match std::fs::File::open(&path) {
            Ok(file) => screen(file, options, today, &path),
            Err(e) => {
                eprintln!("peer-screen: cannot read {path}: {e}");
                Ok(ExitCode::from(1))
            }
        },
    }
}

fn screen(input: impl Read, options: &Options, today: NaiveDate, name: &str) -> io::Result<ExitCode> {
    // The csv crate reads through its own buffer: no BufReader needed.
    let mut reader = match Reader::new(input, options, today) {
        Ok(reader) => reader,
        Err(OpenError::Unusable(why)) => {
            eprintln!("peer-screen: {name} cannot be screened: {why}");
            return Ok(ExitCode::from(2));
        }
        Err(OpenError::Io(e)) => return Err(e),
    };
    let ignored = reader.caseload().ignored();
    if !ignored.is_empty() {
        eprintln!(
            "peer-screen: warning: {} ignored (not program, as_of, lang, audience, subject, ref or a question id): {}",
            if ignored.len() == 1 { "this column is" } else { "these columns are" },
            ignored.iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(", ")
        );
    }
    let mut out = BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    let mut line = Vec::with_capacity(1024);
    screener_caseload::write::header(&mut line);
    out.write_all(&line)?;
    loop {
        match reader.next_row() {
            Ok(Some(result)) => {
                line.clear();
                screener_caseload::write::row(&result, &mut line);
                out.write_all(&line)?;
            }
            Ok(None) => break,
            // The rows before it are out; the rest cannot be read, and saying so is the exit code.
            Err(ReadError::Unclosed(unclosed)) => {
                out.flush()?;
                eprintln!("peer-screen: {name}: {unclosed}");
                return Ok(ExitCode::from(2));
            }
            Err(ReadError::Io(e)) => return Err(e),
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
