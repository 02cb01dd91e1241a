//! Why a caseload cannot be screened at all ([`Unusable`]; `peer-screen csv` exits 2 with it),
//! and the workbooks recognised by their first bytes.

use screener_contract::ContractError;

use crate::quotes::Unclosed;

/// A spreadsheet workbook, recognised by its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Workbook {
    /// A zip file (`PK\x03\x04`): `.xlsx` (or another zipped office document).
    Zip,
    /// The old OLE compound file: `.xls`.
    Ole,
}

impl Workbook {
    pub fn describe(self) -> &'static str {
        match self {
            Workbook::Zip => "a spreadsheet workbook (.xlsx, a zip file)",
            Workbook::Ole => "an Excel workbook in the old format (.xls)",
        }
    }
}

/// Why a caseload cannot be screened at all (`peer-screen csv` exits 2 with it): the shells say
/// it in their own words; [`std::fmt::Display`] is the command line's English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unusable {
    /// Nothing but perhaps a byte-order mark and blank lines.
    Empty,
    /// A spreadsheet workbook, not CSV text.
    Workbook(Workbook),
    /// UTF-16 text (Excel's "Unicode text"), not UTF-8.
    Utf16,
    /// NUL bytes in the first row: not text at all.
    NotText,
    /// The header row is not UTF-8.
    HeaderNotUtf8,
    /// No column of the first row is one the contract knows: it is not a header.
    NoHeader,
    /// A column the contract knows appears twice in the header.
    DuplicateColumn(String),
    /// No `program` column, and no program chosen for the run.
    NoProgram,
    /// A quoted field opens in the header row and is never closed: the header swallowed the
    /// file. (One that opens in a data row stops the rows there: [`crate::ReadError`].)
    Unclosed(Unclosed),
    /// An option the contract refuses (an unknown program, a date that is not `YYYY-MM-DD`, a
    /// language or audience not offered): the contract's error for it.
    Option(ContractError),
}

impl std::fmt::Display for Unusable {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Unusable::Empty => f.write_str("the file is empty: it has no header row"),
            Unusable::Workbook(kind) => write!(
                f,
                "this is {}, not CSV text: open it in the spreadsheet program, save it as \"CSV UTF-8 (comma delimited)\", and use that file",
                kind.describe()
            ),
            Unusable::Utf16 => f.write_str(
                "this is UTF-16 text, not CSV in UTF-8: save it as \"CSV UTF-8 (comma delimited)\", and use that file",
            ),
            Unusable::NotText => f.write_str("this is not CSV text (its first row holds NUL bytes)"),
            Unusable::HeaderNotUtf8 => {
                f.write_str("the header row is not UTF-8 text: save the file as \"CSV UTF-8 (comma delimited)\"")
            }
            Unusable::NoHeader => f.write_str(
                "the first row is not a header: none of its columns is program, as_of, lang, audience, subject, ref or a question id",
            ),
            Unusable::DuplicateColumn(name) => write!(f, "the column `{name}` appears twice in the header"),
            Unusable::NoProgram => f.write_str("the file has no `program` column and no program was chosen for the run"),
            Unusable::Unclosed(unclosed) => unclosed.fmt(f),
            Unusable::Option(error) => write!(f, "{}", error.message()),
        }
    }
}
