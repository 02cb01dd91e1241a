//! The rules page (`rules.html`, and `rules.es.html` in Spanish), written by `cargo xtask dist`
//! from the rulebooks themselves (`screener::rules::ALL`), so that agencies' compliance staff and
//! policy analysts read what the screener runs rather than its code, and no text of a rulebook
//! is ever copied by hand (issue 17).
//! - [`page`]: one page in one language;
//! - [`not_encoded`]: each rulebook's "Not encoded" paragraph, read from its file (the build
//!   fails when one has none);
//! - [`words`]: the page's labels the words tables do not have yet (to move to `src/words/`);
//! - [`html`]: escaping, and the little Markdown of a doc comment (the snippet builder's page
//!   escapes with it too).
//!
//! The pages carry the site's policy and its stylesheet `rules.css` (from `www/`), run no
//! script, and are pinned and precached like every other page of the build.

pub mod html;
pub mod not_encoded;
pub mod page;
pub mod words;

use std::path::Path;

use screener::model::{Lang, Program};

use crate::util;

/// Every rules page, `(file name, HTML)`, one per language, for `programs` (each rulebook's
/// file read under `root`).
pub fn pages(root: &Path, programs: &[&'static Program]) -> util::Result<Vec<(String, String)>> {
    let not_encoded = not_encoded::read_all(root, programs)?;
    Lang::ALL.into_iter().map(|lang| Ok((page::file_name(lang), page::render(lang, programs, &not_encoded)?))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The links to the page (the standalone page's footer, the caseload page) say its title in
    /// each language and lead to the page in that language: their scripts cannot read the words
    /// tables, so this holds them to it.
    #[test]
    fn the_links_to_the_page_say_its_title_in_each_language() {
        let www = util::root().join("www");
        let read = |name: &str| std::fs::read_to_string(www.join(name)).expect("a file of www/");
        for script in ["main.js", "caseload.js"] {
            let source = read(script);
            for lang in Lang::ALL {
                let title = words::table(lang).title.staff;
                let entry = format!("['{}', '{title}']", page::file_name(lang));
                assert!(source.contains(&entry), "www/{script} has no {entry}");
            }
        }
        let english = format!("href=\"{}\">{}</a>", page::file_name(Lang::En), words::EN.title.staff);
        for html in ["index.html", "caseload.html"] {
            assert!(read(html).contains(&english), "www/{html} has no {english}");
        }
    }
}
