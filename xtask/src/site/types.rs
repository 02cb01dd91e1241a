//! The TypeScript declarations an agency's developer reads (`peer-support-screener.d.ts`): the
//! union of program ids is written by `cargo xtask dist` from the rulebooks, so that a program
//! added to `rules::ALL` is in the types of the next build with nothing to copy by hand.
//! (Generated rather than checked by a test: a test would make every new program one more file
//! to edit, and `www/` holds no other copy of the list to go stale.)

use screener::model::Program;

use super::markers::fill;
use crate::util;

/// The declarations' file, in `www/` and in `dist/`.
pub const FILE: &str = "peer-support-screener.d.ts";

/// Where the file has the union written: in `www/` it reads `string`, which type-checks too.
const MARKER: &str = " /*dist:program-ids*/ string";

/// `declarations` with the union of the ids of `programs` in place of the marker, one a line.
pub fn with_program_ids(declarations: &str, programs: &[&Program]) -> util::Result<String> {
    if programs.is_empty() {
        return Err("no programs to declare".into());
    }
    let union: String = programs.iter().map(|program| format!("\n  | '{}'", program.id)).collect();
    fill(declarations, MARKER, &union)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_union_is_every_program_of_the_rulebooks_in_order() {
        let source = "export type ProgramId = /*dist:program-ids*/ string;\n";
        let written = with_program_ids(source, &screener::rules::ALL).expect("one marker");
        let ids: Vec<&str> = written
            .lines()
            .skip(1)
            .map(|line| line.trim().trim_start_matches("| '").trim_end_matches(';').trim_end_matches('\''))
            .collect();
        let expected: Vec<&str> = screener::rules::ALL.iter().map(|p| p.id).collect();
        assert_eq!(ids, expected);
        assert!(written.starts_with("export type ProgramId =\n  | '"), "{written}");
        assert!(written.ends_with("';\n"), "{written}");
        assert!(with_program_ids("no marker", &screener::rules::ALL).is_err());
        assert!(with_program_ids(source, &[]).is_err());
    }

    /// The declarations of `www/` have the marker where the union goes, and nowhere else a list
    /// of program ids.
    #[test]
    fn the_shipped_declarations_have_the_marker() {
        let path = crate::util::root().join("www").join(FILE);
        let source = std::fs::read_to_string(&path).expect("www/peer-support-screener.d.ts");
        assert_eq!(source.matches(MARKER).count(), 1, "{}", path.display());
        for program in screener::rules::ALL {
            assert!(!source.contains(&format!("'{}'", program.id)), "www/{FILE} spells out {}", program.id);
        }
    }
}
