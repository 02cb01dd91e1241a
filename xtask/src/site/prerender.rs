//! The first screens of the screener's own pages, written into their HTML as the widget renders
//! them: `cargo xtask dist` runs the widget's own `prerender` binary (Yew's server-side rendering
//! of the same view code, `crates/widget/src/bin/prerender.rs`; xtask runs it as a command and
//! does not link the widget) for each first screen a page can open on, and puts each in a
//! `<template>` where `start.js` picks the one the link asks for before the first paint:
//! - `index.html`: inside `#screener`; the options are the ones `main.js` mounts the widget with:
//!   the publisher's, read from `#screener`'s `data-pss-*` attributes, the page's own (history,
//!   heading level 1) and what the link chooses (wording and language);
//! - `embed.html`: inside the element's shadow root, declared in the markup (open, with the
//!   pinned stylesheet, and a slot that shows the page's own message until then); the options
//!   are the element's attributes, with the history `embed.js` turns on.

use std::path::Path;

use crate::util::{self, Run};

/// Where a page takes its first screens.
pub const MARKER: &str = "<!--dist:prerender-->";

/// The first screens the page knows: `{audience}-{lang}` (the guided path's start for families,
/// the one-page form for staff), as `start.js` names them.
pub const VARIANTS: [(&str, &str); 4] = [("family", "en"), ("family", "es"), ("staff", "en"), ("staff", "es")];

/// The publisher's settings on `#screener` (`data-pss-NAME="VALUE"`), as the widget's options
/// (`NAME`, `VALUE`), with the idle minutes as `main.js` reads them (15 unless whole minutes up
/// to a week).
pub fn markup_options(html: &str) -> util::Result<Vec<(String, String)>> {
    let start = html.find("<div id=\"screener\"").ok_or("index.html has no <div id=\"screener\">")?;
    let tag = &html[start..start + html[start..].find('>').ok_or("an unclosed #screener tag")?];
    let mut options = Vec::new();
    let mut rest = tag;
    while let Some(at) = rest.find(" data-pss-") {
        rest = &rest[at + " data-pss-".len()..];
        let (name, after) = rest.split_once("=\"").ok_or("a data-pss-* attribute without a quoted value")?;
        let (value, after) = after.split_once('"').ok_or("an unclosed data-pss-* value")?;
        if !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            return Err(format!("data-pss-{name}: not an option's name"));
        }
        options.push((name.to_owned(), value.replace("&amp;", "&").replace("&quot;", "\"")));
        rest = after;
    }
    let idle = options.iter().position(|(name, _)| name == "idle-minutes").map(|i| options.remove(i).1);
    let whole = |m: &str| (1..=5).contains(&m.len()) && m.bytes().all(|b| b.is_ascii_digit());
    let minutes = idle.filter(|m| whole(m)).and_then(|m| m.parse::<u32>().ok()).filter(|n| *n <= 10080);
    options.push(("idle-minutes".into(), minutes.unwrap_or(15).to_string()));
    Ok(options)
}

/// The widget's `prerender` binary, built natively with the `ssr` feature.
fn binary() -> util::Result<std::path::PathBuf> {
    util::cargo(&["build", "--locked", "-q", "-p", "screener-widget", "--features", "ssr", "--bin", "prerender"])
        .run()?;
    Ok(util::root().join("target/debug/prerender"))
}

/// The first screens for `options`, each variant in a `<template>`.
fn templates(today: &str, options: &[(String, String)]) -> util::Result<String> {
    let binary = binary()?;
    let mut templates = String::new();
    for (audience, lang) in VARIANTS {
        let screen = render(&binary, today, audience, lang, options)?;
        templates.push_str(&format!("<template data-pss-variant=\"{audience}-{lang}\">{screen}</template>\n"));
    }
    Ok(templates.trim_end().to_owned())
}

/// `index.html` with its first screens, rendered on `today`, at [`MARKER`] inside `#screener`.
pub fn index_html(html: &str, today: &str) -> util::Result<String> {
    let mut options = markup_options(html)?;
    options.extend([("history".to_owned(), "true".to_owned()), ("headingLevel".to_owned(), "1".to_owned())]);
    super::markers::fill(html, MARKER, &templates(today, &options)?)
}

/// The options the element's attributes set (`shadow`, `events` and `class` are the element's
/// own), as `embed.html` writes them.
pub fn element_options(html: &str) -> util::Result<Vec<(String, String)>> {
    let start = html.find("<peer-support-screener ").ok_or("no <peer-support-screener> element")?;
    let tag = &html[start..start + html[start..].find('>').ok_or("an unclosed element tag")?];
    let mut options = Vec::new();
    for part in tag.split(' ').skip(1) {
        let Some((name, value)) = part.split_once("=\"") else { continue };
        let value = value.strip_suffix('"').ok_or_else(|| format!("an attribute with a space in its value: {part}"))?;
        if !["shadow", "events", "class"].contains(&name) {
            options.push((name.to_owned(), value.replace("&amp;", "&")));
        }
    }
    Ok(options)
}

/// `embed.html` with the element's shadow root declared in the markup at [`MARKER`] (right inside
/// the element): its stylesheet, a slot for the page's own message, the container with the
/// first screens, rendered on `today`.
pub fn embed_html(html: &str, today: &str) -> util::Result<String> {
    let mut options = element_options(html)?;
    options.push(("history".to_owned(), "true".to_owned()));
    let root = format!(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"screener.css\"><slot></slot><div class=\"pss-host\">\n{}\n</div></template>",
        templates(today, &options)?
    );
    super::markers::fill(html, MARKER, &root)
}

/// Today's date (UTC), `YYYY-MM-DD`: the date the first screens are rendered on (none shows it
/// but the form's screening date, which `start.js` sets to the visitor's today).
pub fn today() -> String {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    civil(i64::try_from(seconds / 86_400).unwrap_or(0))
}

/// The date `days` days after 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

fn render(binary: &Path, today: &str, audience: &str, lang: &str, markup: &[(String, String)]) -> util::Result<String> {
    let mut command = util::command(binary);
    command.arg(today);
    for (name, value) in markup {
        command.arg(format!("{name}={value}"));
    }
    command.args(["history=true", "headingLevel=1", &format!("audience={audience}"), &format!("lang={lang}")]);
    let html = command.read()?;
    if !html.starts_with("<div ") || html.contains("<script") || html.contains(" style=") || html.contains("<template")
    {
        return Err(format!(
            "the first screen for {audience}-{lang} is not what a page may hold: {}",
            &html[..html.len().min(80)]
        ));
    }
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_publisher_s_settings_are_read_as_main_js_reads_them() {
        let html = "<main>\n<div id=\"screener\" class=\"pss-host\" data-pss-crisis=\"result\" data-pss-exit-url=\"https://a.example/?a=1&amp;b=2\" data-pss-idle-minutes=\"30\">";
        let options = markup_options(html).unwrap();
        assert_eq!(
            options,
            [
                ("crisis".to_owned(), "result".to_owned()),
                ("exit-url".to_owned(), "https://a.example/?a=1&b=2".to_owned()),
                ("idle-minutes".to_owned(), "30".to_owned())
            ]
        );
        for (given, read) in [("x", "15"), ("99999", "15"), ("0", "0"), ("010", "10")] {
            let options = markup_options(&format!("<div id=\"screener\" data-pss-idle-minutes=\"{given}\">")).unwrap();
            assert_eq!(options, [("idle-minutes".to_owned(), read.to_owned())], "{given}");
        }
        assert_eq!(markup_options("<div id=\"screener\">").unwrap(), [("idle-minutes".to_owned(), "15".to_owned())]);
        assert!(markup_options("<div id=\"other\">").is_err());
        assert!(markup_options("<div id=\"screener\" data-pss-Bad=\"1\">").is_err());
    }

    #[test]
    fn the_element_s_attributes_are_its_options() {
        let html = "<body>\n<peer-support-screener shadow=\"open\" crisis=\"result\" exit-url=\"https://www.weather.gov/\" idle-minutes=\"15\">\n<p>…</p>";
        assert_eq!(
            element_options(html).unwrap(),
            [
                ("crisis".to_owned(), "result".to_owned()),
                ("exit-url".to_owned(), "https://www.weather.gov/".to_owned()),
                ("idle-minutes".to_owned(), "15".to_owned())
            ]
        );
        assert!(element_options("<p>").is_err());
    }

    #[test]
    fn days_since_1970_are_dates() {
        assert_eq!(civil(0), "1970-01-01");
        assert_eq!(civil(20_789), "2026-12-02");
        assert_eq!(civil(11_016), "2000-02-29");
        assert_eq!(civil(-1), "1969-12-31");
    }
}
