//! The snippet builder (`builder.html`, and `builder.es.html` in Spanish), written by
//! `cargo xtask dist` (issue 19): an agency's web person chooses the element's attributes and
//! theme, watches the real element change, and copies the script tag with its integrity, the
//! element, the Content-Security-Policy its page needs, the stylesheet rule and the iframe
//! alternative with its `frame-ancestors` line.
//! - [`page`]: one page in one language, its controls named for what they set;
//! - [`words`]: its words, and its script's, in both languages.
//!
//! The page's script, `www/builder.js`, gets its words written in by the build ([`script`]), and
//! checks every value with the element's own rules (`checkOption` of `peer-support-screener.js`,
//! the widget's WebAssembly), so that what it refuses is what the element refuses. The pages
//! carry the site's policy and are pinned and precached like every other page; nothing typed
//! into them leaves them.

pub mod page;
pub mod words;

use screener::model::{Lang, Program, Voice};

use super::markers::fill;
use crate::util;

/// The page's script in `www/` and `dist/`.
pub const SCRIPT: &str = "builder.js";

/// Where [`SCRIPT`] has its words written.
const WORDS_MARKER: &str = "/*dist:builder-words*/ null";

/// Every builder page, `(file name, HTML)`, one per language.
pub fn pages(programs: &[&'static Program]) -> util::Result<Vec<(String, String)>> {
    Lang::ALL.into_iter().map(|lang| Ok((page::file_name(lang), page::render(lang, programs)?))).collect()
}

/// `script` (`www/builder.js`) with the words it says in every language written in, as
/// `{ en: { name: text, …, reasons: { "the element's reason": text } }, es: … }`.
pub fn script(script: &str) -> util::Result<String> {
    let mut object = String::from("{");
    for (i, lang) in Lang::ALL.into_iter().enumerate() {
        let w = words::table(lang);
        let staff = Voice::staff(lang);
        let mut entries: Vec<String> = [
            ("copied", &w.copied),
            ("left_out_none", &w.left_out_none),
            ("left_out_item", &w.left_out_item),
            ("iframe_not_carried", &w.iframe_not_carried),
            ("css_none", &w.css_none),
            ("not_checked", &w.not_checked),
            ("not_a_theme_value", &w.not_a_theme_value),
            ("color_kind", &w.color_kind),
            ("length_kind", &w.length_kind),
            ("not_a_font", &w.not_a_font),
            ("loading", &w.loading),
            ("loading_link", &w.loading_link),
            ("iframe_title", &w.iframe_title),
        ]
        .into_iter()
        .map(|(name, said)| format!("\n    {name}: {}", js_string(staff.say(said))))
        .collect();
        let reasons: Vec<String> = words::REASONS
            .iter()
            .zip(&w.reasons)
            .map(|(reason, said)| format!("\n      {}: {}", js_string(reason), js_string(staff.say(said))))
            .collect();
        entries.push(format!("\n    reasons: {{{}\n    }}", reasons.join(",")));
        if i > 0 {
            object.push(',');
        }
        object.push_str(&format!("\n  {}: {{{}\n  }}", lang.code(), entries.join(",")));
    }
    object.push_str("\n}");
    fill(script, WORDS_MARKER, &object).map_err(|e| format!("www/{SCRIPT}: {e}"))
}

/// `text` as a JavaScript string literal in double quotes.
fn js_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::page::{groups, Sets};
    use super::*;
    use crate::site::{csp, pages as site_pages};

    fn read(path: &str) -> String {
        std::fs::read_to_string(util::root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// The names between `start` and the next line that is `end`, each the text before `:` of a
    /// line, unquoted.
    fn keys(source: &str, start: &str, end: &str) -> Vec<String> {
        let from = source.find(start).unwrap_or_else(|| panic!("no `{start}`")) + start.len();
        let block = &source[from..from + source[from..].find(end).expect("the block ends")];
        block
            .lines()
            .filter_map(|line| line.split_once(':'))
            .map(|(key, _)| key.trim().trim_matches('\'').to_owned())
            .filter(|key| !key.is_empty() && !key.starts_with("//"))
            .collect()
    }

    /// The attributes `peer-support-screener.js` reads: those it passes to the widget (`OPTIONS`)
    /// and those it reads itself (`getAttribute('…')`).
    fn element_attributes() -> Vec<String> {
        let element = read("www/peer-support-screener.js");
        let mut names = keys(&element, "const OPTIONS = {\n", "\n};");
        names.extend(
            element.split("getAttribute('").skip(1).filter_map(|rest| rest.split_once('\'')).map(|(n, _)| n.to_owned()),
        );
        names.sort();
        names.dedup();
        names
    }

    fn controls(sets: Sets) -> Vec<String> {
        let mut names: Vec<String> = groups(Lang::En, &screener::rules::ALL)
            .into_iter()
            .flat_map(|(_, controls)| controls)
            .filter(|c| c.sets == sets)
            .map(|c| c.name.to_owned())
            .collect();
        names.sort();
        names
    }

    /// A control for every attribute the element reads, and for nothing else; each attribute
    /// the element passes to the widget is an option the widget's `host::OPTIONS` reads.
    #[test]
    fn every_attribute_of_the_element_has_a_control() {
        let attributes = element_attributes();
        assert!(attributes.len() >= 19, "{attributes:?}");
        assert_eq!(controls(Sets::Attribute), attributes);
        let element = read("www/peer-support-screener.js");
        let host = read("crates/widget/src/host.rs");
        let options = &host[host.find("const OPTIONS").expect("host::OPTIONS")..];
        let options = &options[..options.find("];").expect("its end")];
        for line in element[element.find("const OPTIONS = {\n").expect("OPTIONS")..].lines().skip(1) {
            if line == "};" {
                break;
            }
            let camel = line.split_once(':').expect("key: value").1.trim().trim_end_matches(',').trim_matches('\'');
            assert!(options.contains(&format!("\"{camel}\"")), "the widget reads no option `{camel}`");
        }
    }

    /// A control for every property of the theme (`THEME`, and `--pss-font`, which cannot be
    /// registered).
    #[test]
    fn every_property_of_the_theme_has_a_control() {
        let element = read("www/peer-support-screener.js");
        let theme = &element[element.find("const THEME = [").expect("THEME")..];
        let theme = &theme[..theme.find("];").expect("its end")];
        let mut names: Vec<String> =
            theme.split("['").skip(1).filter_map(|rest| rest.split_once('\'')).map(|(n, _)| n.to_owned()).collect();
        names.push("--pss-font".to_owned());
        names.sort();
        assert_eq!(controls(Sets::Style), names);
    }

    /// Each page carries the site's policy, names each control once with a label, an
    /// explanation and a place for its problem, holds the preview and the snippets of the DOM
    /// contract, and pins like every page.
    #[test]
    fn the_pages_hold_the_dom_contract_under_the_policy() {
        let pages = pages(&screener::rules::ALL).expect("the pages");
        assert_eq!(pages.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["builder.html", "builder.es.html"]);
        for (name, html) in &pages {
            site_pages::check_policy(html, &csp::page_policy(name)).expect(name);
            site_pages::pin_page(html, |file| Ok(format!("sha384-{file}"))).expect(name);
            for (_, controls) in groups(Lang::En, &screener::rules::ALL) {
                for control in controls {
                    let attribute = format!(" name=\"{}\"", control.name);
                    assert_eq!(html.matches(&attribute).count(), 1, "{name}: {attribute}");
                    let id = format!("b-{}", control.name.trim_start_matches('-'));
                    for needle in [
                        format!("<label for=\"{id}\">"),
                        format!("id=\"{id}-help\""),
                        format!("data-problem-for=\"{}\"", control.name),
                    ] {
                        assert!(html.contains(&needle), "{name}: no {needle}");
                    }
                }
            }
            for needle in [
                "<div data-preview>",
                "data-snippet=\"script\"",
                "data-snippet=\"csp\"",
                "data-snippet=\"iframe\"",
                "data-left-out",
            ] {
                assert!(html.contains(needle), "{name}: no {needle}");
            }
            for program in screener::rules::ALL {
                assert!(html.contains(&format!("<option value=\"{}\">", program.id)), "{name}: {}", program.id);
            }
        }
        let spanish = &pages[1].1;
        assert!(spanish.starts_with("<!doctype html>\n<html lang=\"es\">"));
        assert!(spanish.contains("Solo el iframe protege las respuestas de todo el código de su página."));
        assert!(pages[0].1.contains("Only the iframe keeps the answers from every script of your page."));
    }

    #[test]
    fn the_script_gets_its_words_in_every_language() {
        let source = "const WORDS = /*dist:builder-words*/ null;\n";
        let filled = script(source).expect("one marker");
        assert!(filled.starts_with("const WORDS = {\n  en: {\n    copied: \"Copied\","), "{filled}");
        assert!(filled.contains("\n  es: {\n    copied: \"Copiado\","), "{filled}");
        assert!(filled.contains(r#""it is \"guided\" or \"form\"": "es «guided» o «form»""#), "{filled}");
        assert!(filled.ends_with("\n};\n"), "{filled}");
        assert!(script("no marker").is_err());
        let shipped = read("www/builder.js");
        assert_eq!(shipped.matches(WORDS_MARKER).count(), 1);
        assert_eq!(js_string("a\"b\\c\nd\u{2028}\u{7}"), r#""a\"b\\c\nd\u2028\u0007""#);
    }
}
