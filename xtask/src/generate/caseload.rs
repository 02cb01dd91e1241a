//! A caseload as an agency's sheet might hold it, for `peer-screen csv` and the caseload page:
//! `ref`, `program`, a column for every question of every rulebook (each row fills its own
//! program's), an agency's own `notes` column; answers as [`super::answers`] draws them, yes/no in
//! the spellings people type, unknowns as empty cells; now and then a reference or a note with a
//! comma, a quote or a line break; and about one row in 50 bad (a typo, a date written
//! 11/22/2026, an answer to a question the program does not ask, a row cut short, an unknown
//! program). LF line ends. Rows name no screening date: a run gives [`AS_OF`].

use std::fmt::Write as _;

use screener::model::{Program, QuestionType};

use super::answers::{answer_all, asked, Asked, Years};
use super::random::Rng;

/// The screening date of a run over a generated caseload.
pub const AS_OF: &str = "2026-11-22";
/// Birth dates in these 65 years; ends of services in the two years around [`AS_OF`].
const YEARS: Years = Years { past: (1950, 65), near: (2026, 2) };

/// One row in this many is bad.
pub const BAD_ONE_IN: u64 = 50;

/// Every question column: each program's questions in turn, a question two programs ask once
/// (the order a wide agency sheet might have them in).
pub fn question_columns() -> Vec<&'static str> {
    let mut columns: Vec<&'static str> = Vec::new();
    for program in screener::rules::ALL {
        for question in program.questions {
            if !columns.contains(&question.id) {
                columns.push(question.id);
            }
        }
    }
    columns
}

/// A program, how each of its questions is answered, and the column of each.
struct Sheet {
    program: &'static Program,
    asked: Vec<Asked>,
    columns: Vec<usize>,
}

/// A caseload of `rows` people, the same every call.
pub fn generate(rows: usize) -> String {
    let columns = question_columns();
    let sheets: Vec<Sheet> = screener::rules::ALL
        .iter()
        .map(|program| Sheet {
            program,
            asked: asked(program),
            columns: program
                .questions
                .iter()
                .map(|q| columns.iter().position(|c| *c == q.id).expect("every question has its column"))
                .collect(),
        })
        .collect();
    let mut rng = Rng::new(0x2545_f491_4f6c_dd1d);
    let mut out = String::with_capacity(rows * 120);
    out.push_str("ref,program,");
    out.push_str(&columns.join(","));
    out.push_str(",notes\n");
    let mut cells: Vec<String> = vec![String::new(); columns.len()];
    let mut answers = Vec::new();
    for n in 0..rows {
        let Sheet { program, asked, columns: at } = rng.pick(&sheets);
        answer_all(asked, &mut rng, YEARS, &mut answers);
        for cell in cells.iter_mut() {
            cell.clear();
        }
        for (column, answer) in at.iter().zip(&answers) {
            answer.write_cell(&mut rng, &mut cells[*column]);
        }
        let mut program_cell = program.id.to_owned();
        let mut cut = false;
        if rng.one_in(BAD_ONE_IN) {
            let first_of = |kind: QuestionType| program.questions.iter().position(|q| q.kind == kind).unwrap_or(0);
            match rng.below(5) {
                0 => cells[at[first_of(QuestionType::YesNo)]] = "yse".into(),
                1 => cells[at[first_of(QuestionType::Date)]] = "11/22/2026".into(),
                2 => match (0..columns.len()).find(|column| !at.contains(column)) {
                    Some(other) => cells[other] = "yes".into(),
                    None => cut = true,
                },
                3 => cut = true,
                _ => program_cell.push('x'),
            }
        }
        let _ = match rng.below(40) {
            0 => write!(out, "\"Doe, J. ({n:06})\""),
            1 => write!(out, "\"R-{n:06} \"\"B\"\"\""),
            _ => write!(out, "C-{n:06}"),
        };
        out.push(',');
        out.push_str(&program_cell);
        if cut {
            out.push_str(",yes\n");
            continue;
        }
        for cell in &cells {
            out.push(',');
            out.push_str(cell);
        }
        match rng.below(20) {
            0 => out.push_str(",\"called, left message\"\n"),
            1 => out.push_str(",\"moved;\nnew address pending\"\n"),
            _ => out.push_str(",\n"),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use screener::engine::Outcome;
    use screener_caseload::{Options, Reader};

    use super::*;

    const ROWS: usize = 5000;

    #[test]
    fn a_column_for_every_question_of_every_rulebook_and_rows_of_every_program() {
        let text = generate(ROWS);
        assert_eq!(text, generate(ROWS), "the same every call");
        let header: Vec<&str> = text.lines().next().expect("a header").split(',').collect();
        assert_eq!(header.first(), Some(&"ref"));
        assert_eq!(header.get(1), Some(&"program"));
        assert_eq!(header.last(), Some(&"notes"));
        for (i, column) in header.iter().enumerate() {
            assert!(!header[..i].contains(column), "{column} is a column twice");
        }
        for program in screener::rules::ALL {
            for question in program.questions {
                assert!(header.contains(&question.id), "{}: no column {}", program.id, question.id);
            }
            assert!(text.contains(&format!(",{},", program.id)), "no row of {}", program.id);
        }
        for needle in ["\"Doe, J.", "\"\"B\"\"", "moved;\nnew", "11/22/2026", ",yse,", ",none,"] {
            assert!(text.contains(needle), "{needle}");
        }
    }

    /// What the caseload benchmarks measure: rows of every program and outcome, about 2% errors.
    #[test]
    fn screened_as_a_caseload_a_realistic_mix() {
        let text = generate(ROWS);
        let options = Options { as_of: Some(AS_OF.to_owned()), ..Options::default() };
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("a date");
        let mut reader = Reader::new(text.as_bytes(), &options, today).expect("a usable caseload");
        assert!(reader.caseload().ignored().iter().eq(["notes"]), "{:?}", reader.caseload().ignored());
        let (mut rows, mut errors) = (0, 0);
        let mut outcomes = BTreeSet::new();
        let mut programs = BTreeSet::new();
        while let Some(row) = reader.next_row().expect("readable") {
            rows += 1;
            match row.outcome {
                Ok(screening) => {
                    programs.insert(screening.screening.program.id);
                    outcomes.insert(screening.screening.outcome.code());
                }
                Err(_) => errors += 1,
            }
        }
        assert_eq!(rows, ROWS);
        let share = errors as f64 / ROWS as f64;
        assert!((0.01..0.04).contains(&share), "{errors} bad rows in {ROWS}");
        assert_eq!(programs.len(), screener::rules::ALL.len());
        let every: BTreeSet<_> =
            [Outcome::Eligible, Outcome::NotEligible, Outcome::Incomplete].map(Outcome::code).into();
        assert_eq!(outcomes, every);
    }
}
