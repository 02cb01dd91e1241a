//! `cargo xtask cycles [src|crates|xtask …]`: the import cycles among the files of each part
//! named (default all three), with the imports that close each; fails when there is one. The
//! same check is a step of `cargo xtask test` ([`crate::checks::imports`]).

use crate::checks::imports;
use crate::util;

const PARTS: [&str; 3] = ["src", "crates", "xtask"];

pub fn task(args: &[String]) -> util::Result {
    let parts: Vec<&str> = if args.is_empty() { PARTS.to_vec() } else { args.iter().map(String::as_str).collect() };
    if let Some(other) = parts.iter().find(|part| !PARTS.contains(part)) {
        return Err(format!("cycles: no part {other} ({})", PARTS.join(", ")));
    }
    let found = report(&parts)?;
    if found.is_empty() {
        Ok(())
    } else {
        Err(format!("{} import cycle(s)", found.len()))
    }
}

/// Prints the cycles of each part of `parts` on standard error, and returns them as shown.
pub fn report(parts: &[&str]) -> util::Result<Vec<String>> {
    let root = util::root();
    let mut shown = Vec::new();
    for part in parts {
        let mut found = 0;
        for crate_root in imports::crate_roots(&root, part)? {
            for cycle in imports::cycles(&crate_root)? {
                let text = cycle.display(&root).to_string();
                eprintln!("{text}");
                shown.push(text);
                found += 1;
            }
        }
        eprintln!("{part}/: {found} import cycle(s)");
    }
    Ok(shown)
}
