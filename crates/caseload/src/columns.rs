//! The header row: which column is which (SCREENING.md §10).

use csv::ByteRecord;

use screener::rules;

use crate::unusable::Unusable;

/// What a column of the caseload holds, by its header name (trimmed, case-sensitive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Program,
    AsOf,
    Lang,
    Audience,
    Subject,
    /// The agency's own reference, echoed.
    Ref,
    /// The answer to the question with this id (of one program or more).
    Question(&'static str),
    /// Any other column: ignored, and named once in a warning.
    Ignored,
}

/// The columns of a header row, and the names of those ignored (a nameless one as `column N`).
pub(crate) fn read(header: &ByteRecord) -> Result<(Vec<Column>, Vec<String>), Unusable> {
    if header.as_slice().contains(&0) {
        return Err(Unusable::NotText);
    }
    let mut columns = Vec::with_capacity(header.len());
    let mut ignored = Vec::new();
    for (i, name) in header.iter().enumerate() {
        let name = std::str::from_utf8(name).map_err(|_| Unusable::HeaderNotUtf8)?.trim();
        let column = match name {
            "program" => Column::Program,
            "as_of" => Column::AsOf,
            "lang" => Column::Lang,
            "audience" => Column::Audience,
            "subject" => Column::Subject,
            "ref" => Column::Ref,
            _ => match question_id(name) {
                Some(id) => Column::Question(id),
                None => {
                    ignored.push(if name.is_empty() { format!("column {}", i + 1) } else { name.to_owned() });
                    Column::Ignored
                }
            },
        };
        if column != Column::Ignored && columns.contains(&column) {
            return Err(Unusable::DuplicateColumn(name.to_owned()));
        }
        columns.push(column);
    }
    if columns.iter().all(|c| *c == Column::Ignored) {
        return Err(Unusable::NoHeader);
    }
    let mut named_once = Vec::with_capacity(ignored.len());
    for name in ignored {
        if !named_once.contains(&name) {
            named_once.push(name);
        }
    }
    Ok((columns, named_once))
}

/// The question id `name` is, if any program asks it.
fn question_id(name: &str) -> Option<&'static str> {
    rules::ALL.iter().flat_map(|p| p.questions).map(|q| q.id).find(|id| *id == name)
}
