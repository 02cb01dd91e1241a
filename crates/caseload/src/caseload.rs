//! A caseload's columns and the options of a run ([`Caseload`], [`Options`]): each data row
//! turned into the contract's JSON request and checked (and screened) by `screener-contract`, so
//! that a bad row gets exactly the error the same request in JSON would get; and a program's
//! template.

use chrono::NaiveDate;
use csv::ByteRecord;

use screener::model::{Lang, Program};
use screener::rules;
use screener_contract::{ContractError, Json, Problem, Request, Screened};

use crate::cells;
use crate::columns::{self, Column};
use crate::unusable::Unusable;

/// The options of a run (`peer-screen csv --program … --as-of … --lang … --audience …`, or the
/// page's choices): each is used for a row whose cell of the same name is empty or absent.
/// `None` leaves it to the contract's default (today, English, staff); a run without a
/// `program` needs a `program` column.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub program: Option<String>,
    pub as_of: Option<String>,
    pub lang: Option<String>,
    pub audience: Option<String>,
    pub subject: Option<String>,
}

/// What became of one data row.
#[derive(Clone, Debug)]
pub struct RowResult {
    /// 1 for the first data row.
    pub row: u64,
    /// The row's `ref` cell, as written (empty when there is no `ref` column).
    pub reference: String,
    /// The screening (with the voice of its reasons), or the error the same request in JSON
    /// would get, worded in the row's language.
    pub outcome: Result<Screened, ContractError>,
}

/// A caseload's columns and the options of the run: turns each data row into a request, checks
/// it with the contract and screens it.
#[derive(Clone, Debug)]
pub struct Caseload {
    columns: Vec<Column>,
    /// For each program of `rules::ALL`, for each column: the index of the question it answers
    /// when the column is a question that program asks.
    asked: Vec<Vec<Option<usize>>>,
    /// The position of each special column, if present.
    program: Option<usize>,
    as_of: Option<usize>,
    lang: Option<usize>,
    audience: Option<usize>,
    subject: Option<usize>,
    reference: Option<usize>,
    options: Options,
    today: NaiveDate,
    ignored: Vec<String>,
}

impl Caseload {
    /// Reads the header row (names trimmed, case-sensitive) and checks the options. `today` is
    /// the screening date of rows with no `as_of` cell and no `as_of` option.
    pub fn new(header: &ByteRecord, options: &Options, today: NaiveDate) -> Result<Caseload, Unusable> {
        check_options(options)?;
        let (columns, ignored) = columns::read(header)?;
        let position = |wanted: Column| columns.iter().position(|c| *c == wanted);
        let caseload = Caseload {
            asked: rules::ALL
                .iter()
                .map(|program| {
                    columns
                        .iter()
                        .map(|column| match column {
                            Column::Question(id) => program.question_index(id),
                            _ => None,
                        })
                        .collect()
                })
                .collect(),
            program: position(Column::Program),
            as_of: position(Column::AsOf),
            lang: position(Column::Lang),
            audience: position(Column::Audience),
            subject: position(Column::Subject),
            reference: position(Column::Ref),
            columns,
            options: options.clone(),
            today,
            ignored,
        };
        if caseload.program.is_none() && options.program.is_none() {
            return Err(Unusable::NoProgram);
        }
        Ok(caseload)
    }

    /// The columns of the header, in order.
    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    /// The columns that are ignored (not a column of §10), each named once, in header order; a
    /// column with no name is called `column N` (N from 1).
    pub fn ignored(&self) -> &[String] {
        &self.ignored
    }

    /// Whether the header has a `program` column.
    pub fn has_program_column(&self) -> bool {
        self.program.is_some()
    }

    /// The screening date of rows that name none.
    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// The run's language (the `lang` option, else English): the language of the errors of rows
    /// that name none of their own.
    pub fn lang(&self) -> Lang {
        self.options.lang.as_deref().and_then(Lang::from_code).unwrap_or_default()
    }

    /// Screens data row number `row` (1 for the first).
    pub fn screen(&self, row: u64, record: &ByteRecord) -> RowResult {
        let today = self.today;
        let lang = self.lang();
        let outcome =
            self.request(record).and_then(|request| screener_contract::screen_request(&request, || today, lang));
        RowResult { row, reference: self.reference(record), outcome }
    }

    /// The request a row makes, checked by the contract (with its typed answers).
    pub fn check(&self, record: &ByteRecord) -> Result<Request, ContractError> {
        let today = self.today;
        let lang = self.lang();
        self.request(record).and_then(|request| screener_contract::parse_request_in(&request, || today, lang))
    }

    /// The row's `ref` cell, as written (a cell that is not UTF-8 as near as it can be).
    pub fn reference(&self, record: &ByteRecord) -> String {
        self.reference
            .and_then(|i| record.get(i))
            .map(|cell| String::from_utf8_lossy(cell).into_owned())
            .unwrap_or_default()
    }

    /// The request of a row in the contract's JSON, or why the row is not one: not UTF-8, or
    /// not as many fields as the header.
    pub fn request(&self, record: &ByteRecord) -> Result<Json, ContractError> {
        let refused = |problem| ContractError::invalid_request(problem).in_lang(self.lang());
        let Ok(text) = std::str::from_utf8(record.as_slice()) else {
            return Err(refused(Problem::RowNotUtf8));
        };
        if record.len() != self.columns.len() {
            return Err(refused(Problem::WrongFieldCount { fields: record.len(), columns: self.columns.len() }));
        }
        // Every field is UTF-8 now: the record's bytes are, and fields split at ASCII bytes.
        let cell = |i: usize| record.range(i).map_or("", |range| &text[range]);
        Ok(self.json(&cell))
    }

    /// The request of one row, in the contract's JSON: the row's `program`, `as_of`, `lang` and
    /// `audience` (or the run's options), and its answers in column order.
    fn json<'a>(&self, cell: &impl Fn(usize) -> &'a str) -> Json {
        let chosen = |column: Option<usize>, option: &Option<String>| -> Option<String> {
            match column.map(|i| cell(i).trim()).filter(|c| !c.is_empty()) {
                Some(text) => Some(text.to_owned()),
                None => option.clone(),
            }
        };
        let mut fields = Vec::with_capacity(5);
        let program_id = chosen(self.program, &self.options.program);
        let program = program_id.as_deref().and_then(|id| rules::ALL.iter().position(|p| p.id == id));
        if let Some(id) = program_id {
            fields.push(("program".to_owned(), Json::String(id)));
        }
        for (name, column, option) in [
            ("as_of", self.as_of, &self.options.as_of),
            ("lang", self.lang, &self.options.lang),
            ("audience", self.audience, &self.options.audience),
            ("subject", self.subject, &self.options.subject),
        ] {
            if let Some(value) = chosen(column, option) {
                fields.push((name.to_owned(), Json::String(value)));
            }
        }
        // An unknown program is reported before any answer is looked at: no answers then.
        let mut answers = Vec::new();
        if let Some(index) = program {
            let program: &'static Program = rules::ALL[index];
            for (i, column) in self.columns.iter().enumerate() {
                let Column::Question(id) = column else { continue };
                let text = cell(i).trim();
                if text.is_empty() {
                    continue;
                }
                let value = match self.asked[index][i] {
                    Some(q) => cells::answer(&program.questions[q], text),
                    // A question this program does not ask: the contract says `unknown_question`.
                    None => Json::String(text.to_owned()),
                };
                answers.push(((*id).to_owned(), value));
            }
        }
        fields.push(("answers".to_owned(), Json::Object(answers)));
        Json::Object(fields)
    }
}

/// Checks the run's options with the contract, so that a bad option is refused in its words.
fn check_options(options: &Options) -> Result<(), Unusable> {
    let text = |value: &Option<String>| value.as_ref().map(|v| Json::String(v.clone()));
    if let Some(program) = &options.program {
        // On the last day the contract knows, so that no program is not yet in force.
        let request = Json::Object(vec![
            ("program".to_owned(), Json::String(program.clone())),
            ("as_of".to_owned(), Json::String("9999-12-31".to_owned())),
        ]);
        screener_contract::parse_request(&request, || screener::dates::FIRST).map_err(Unusable::Option)?;
    }
    // The language, audience and date through a program with no start date: whether the date is
    // before a program's start is a question for each row.
    let mut fields = vec![("program".to_owned(), Json::String(rules::ALL[0].id.to_owned()))];
    for (name, value) in [
        ("as_of", &options.as_of),
        ("lang", &options.lang),
        ("audience", &options.audience),
        ("subject", &options.subject),
    ] {
        if let Some(value) = text(value) {
            fields.push((name.to_owned(), value));
        }
    }
    screener_contract::parse_request(&Json::Object(fields), || screener::dates::FIRST).map_err(Unusable::Option)?;
    Ok(())
}

/// The header row of a caseload for `program`, to fill in: `ref`, `program`, then its question
/// ids in order, with an LF line end.
pub fn template(program: &Program) -> String {
    let mut out = String::from("ref,program");
    for question in program.questions {
        out.push(',');
        out.push_str(question.id);
    }
    out.push('\n');
    out
}
