//! What each rulebook deliberately leaves out of its source, and why: the paragraph of the
//! rulebook's module doc comment (`src/rules/<id>.rs`) that starts with "Not encoded". The
//! model has no place for it (a doc comment is not reachable at run time), so the build reads
//! the file, and fails when a rulebook has no such paragraph: a page that lets policy analysts
//! audit the rules must say what is not there.

use std::path::{Path, PathBuf};

use screener::model::Program;

use crate::util;

/// The words a rulebook's paragraph starts with.
pub const LEAD: &str = "Not encoded";

/// A piece of the paragraph, its lines joined: prose, or the items of a list (`- …`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Prose(String),
    List(Vec<String>),
}

/// The rulebook file of `program`: its id with `_` for `-` (`nc-pss` is `src/rules/nc_pss.rs`).
pub fn file_of(root: &Path, program: &Program) -> PathBuf {
    root.join("src").join("rules").join(format!("{}.rs", program.id.replace('-', "_")))
}

/// The "Not encoded" paragraph of every program, in order; an error naming every rulebook that
/// has none (or cannot be read).
pub fn read_all(root: &Path, programs: &[&Program]) -> util::Result<Vec<Vec<Block>>> {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for program in programs {
        let path = file_of(root, program);
        let shown = path.strip_prefix(root).unwrap_or(&path).display().to_string();
        match std::fs::read_to_string(&path) {
            Ok(source) => match paragraph(&source) {
                Some(blocks) => found.push(blocks),
                None => problems.push(format!(
                    "{shown} (program {}): its doc comment has no paragraph starting with \"{LEAD}\" (what its source says that the rulebook leaves out, and why)",
                    program.id
                )),
            },
            Err(e) => problems.push(format!("{shown} (program {}): {e}", program.id)),
        }
    }
    if problems.is_empty() {
        Ok(found)
    } else {
        Err(format!("the rules page needs every rulebook's \"{LEAD}\" paragraph:\n  {}", problems.join("\n  ")))
    }
}

/// The "Not encoded" paragraph of a rulebook's source: the paragraph of its module doc comment
/// (the `//!` lines at the top) that starts with [`LEAD`], and the list items that follow it
/// after blank lines when it ends with a colon or a list. A lead "Not encoded:" is left out (the page's heading says it), and
/// what follows starts with a capital. `None` when there is no such paragraph, or nothing after
/// its lead.
pub fn paragraph(source: &str) -> Option<Vec<Block>> {
    let doc: Vec<&str> = source
        .lines()
        .map(str::trim_start)
        .take_while(|line| line.starts_with("//!"))
        .map(|line| {
            let rest = &line[3..];
            rest.strip_prefix(' ').unwrap_or(rest).trim_end()
        })
        .collect();
    let paragraphs: Vec<Vec<&str>> =
        doc.split(|line| line.is_empty()).filter(|lines| !lines.is_empty()).map(<[&str]>::to_vec).collect();
    let start = paragraphs.iter().position(|lines| lines[0].starts_with(LEAD))?;
    let mut lines = paragraphs[start].clone();
    let is_item = |line: &str| line.starts_with("- ") || line.starts_with("* ");
    // A list that goes on after a blank line: the paragraph announces it (a colon) or is in it.
    for more in &paragraphs[start + 1..] {
        let goes_on = lines.last().is_some_and(|line| line.ends_with(':')) || lines.iter().any(|line| is_item(line));
        if !(goes_on && is_item(more[0])) {
            break;
        }
        lines.extend(more);
    }
    if let Some(rest) = lines[0][LEAD.len()..].strip_prefix(':') {
        lines[0] = rest.trim_start();
    }

    let mut blocks: Vec<Block> = Vec::new();
    for line in lines.into_iter().filter(|line| !line.is_empty()) {
        if is_item(line) {
            let item = line[2..].trim().to_owned();
            match blocks.last_mut() {
                Some(Block::List(items)) => items.push(item),
                _ => blocks.push(Block::List(vec![item])),
            }
        } else {
            match blocks.last_mut() {
                Some(Block::Prose(text)) => join(text, line),
                Some(Block::List(items)) => join(items.last_mut().expect("a list has an item"), line),
                None => blocks.push(Block::Prose(line.to_owned())),
            }
        }
    }
    if let Some(Block::Prose(text)) = blocks.first_mut() {
        *text = screener::template::sentence(std::mem::take(text));
    }
    (!blocks.is_empty()).then_some(blocks)
}

/// `line` after `text`, as the next line of the same paragraph.
fn join(text: &mut String, line: &str) {
    text.push(' ');
    text.push_str(line.trim());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_paragraph_is_found_joined_and_its_lead_left_out() {
        let source = "//! Title.\n//!\n//! Source: a file.\n//!\n//! Not encoded: who may provide the service\n//! (\"Family members\"), and billing.\n//!\n//! Another paragraph.\n\nuse x;\n//! Not encoded: not the module's doc.\n";
        assert_eq!(
            paragraph(source),
            Some(vec![Block::Prose("Who may provide the service (\"Family members\"), and billing.".into())])
        );
    }

    #[test]
    fn a_list_after_a_colon_is_kept_as_a_list() {
        let source = "//! Title.\n//!\n//! Not encoded, because they govern providers:\n//! - staffing (Staffing),\n//!   and ratios;\n//!\n//! - billing.\n//!\n//! Later.\n";
        assert_eq!(
            paragraph(source),
            Some(vec![
                Block::Prose("Not encoded, because they govern providers:".into()),
                Block::List(vec!["staffing (Staffing), and ratios;".into(), "billing.".into()]),
            ])
        );
    }

    #[test]
    fn a_lead_alone_may_announce_the_list() {
        let source = "//! Not encoded:\n//! - `staffing`: providers;\n//! - [`billing`]: claims.\n";
        assert_eq!(
            paragraph(source),
            Some(vec![Block::List(vec!["`staffing`: providers;".into(), "[`billing`]: claims.".into()])])
        );
    }

    #[test]
    fn no_paragraph_is_none() {
        assert_eq!(paragraph("//! Title.\n//!\n//! No requirement, no standing note.\n"), None);
        assert_eq!(paragraph("//! Title.\n//!\n//! Not encoded:\n"), None, "a lead with nothing after it");
        assert_eq!(paragraph("use x;\n//! Not encoded: after code.\n"), None);
        assert_eq!(paragraph(""), None);
        // List items after a paragraph that neither announces nor holds a list are not its.
        assert_eq!(
            paragraph("//! Not encoded: billing.\n//!\n//! - other.\n"),
            Some(vec![Block::Prose("Billing.".into())])
        );
    }

    /// Every rulebook's file is where [`file_of`] looks, and a missing paragraph is an error
    /// that names the file.
    #[test]
    fn every_rulebook_file_is_found_and_a_missing_paragraph_names_it() {
        let root = util::root();
        for program in screener::rules::ALL {
            let path = file_of(&root, program);
            assert!(path.is_file(), "{}: no such file", path.display());
        }
        let lacking: Vec<&Program> = screener::rules::ALL
            .iter()
            .copied()
            .filter(|program| {
                let source = std::fs::read_to_string(file_of(&root, program)).expect("a rulebook file");
                paragraph(&source).is_none()
            })
            .collect();
        match read_all(&root, &screener::rules::ALL) {
            Ok(found) => {
                assert!(lacking.is_empty());
                assert_eq!(found.len(), screener::rules::ALL.len());
            }
            Err(message) => {
                assert!(!lacking.is_empty(), "{message}");
                for program in lacking {
                    assert!(message.contains(&format!("(program {})", program.id)), "{message}");
                }
            }
        }
    }
}
