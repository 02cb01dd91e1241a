//! The service worker's list: `sw.js` gets this build's id and every file it precaches for the
//! offline page, each with its `sha384-…`.

use super::markers::fill;
use super::sri;
use crate::util;

/// `sw.js` with this build's id and its file list (each name with its `sha384-…`).
pub fn service_worker(template: &str, files: &[(String, String)]) -> util::Result<String> {
    if files.is_empty() {
        return Err("no files to precache".into());
    }
    let mut listing = String::new();
    for (name, integrity) in files {
        if name.contains(['"', '\\', '\n']) {
            return Err(format!("a file name that cannot be listed: {name:?}"));
        }
        listing.push_str(&format!("{name} {integrity}\n"));
    }
    let build = sri::base64(&sri::sha384(listing.as_bytes())[..9]).replace(['+', '/'], "-");
    let entries: Vec<String> = files.iter().map(|(name, integrity)| format!("  \"{name}\": \"{integrity}\"")).collect();
    let text = fill(template, "/*dist:build*/ null", &format!("'{build}'"))?;
    fill(&text, "/*dist:files*/ null", &format!("{{\n{}\n}}", entries.join(",\n")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_service_worker_lists_every_file_with_its_hash_and_a_build_id() {
        let template = "const BUILD = /*dist:build*/ null;\nconst FILES = /*dist:files*/ null;\n";
        let files = [("a.js".to_owned(), "sha384-A".to_owned()), ("index.html".to_owned(), "sha384-I".to_owned())];
        let worker = service_worker(template, &files).unwrap();
        assert!(
            worker.contains("const FILES = {\n  \"a.js\": \"sha384-A\",\n  \"index.html\": \"sha384-I\"\n};"),
            "{worker}"
        );
        let build = worker.split('\'').nth(1).unwrap();
        assert_eq!(build.len(), 12);
        // Another build (one byte of one file) is another cache.
        let changed = [files[0].clone(), ("index.html".to_owned(), "sha384-J".to_owned())];
        assert_ne!(service_worker(template, &changed).unwrap().split('\'').nth(1).unwrap(), build);
        assert!(service_worker(template, &[]).is_err());
        assert!(service_worker("no markers", &files).is_err());
    }
}
