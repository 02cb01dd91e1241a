//! HTML for the generated pages (the rules page, the snippet builder): each page's start (head,
//! heading, links to its other languages), text escaped, templates filled with HTML, and the
//! little Markdown a rulebook's doc comment uses. Hand-written on purpose: a page is a handful of
//! elements of our own, and every text it shows (rulebooks, words tables, doc comments) goes
//! through [`text`] or [`fill`], so that nothing a rulebook says can become markup.

use screener::model::{Lang, Voice};

use crate::site::csp;

/// The file of a page written in each language: `{stem}.html` in English, `{stem}.{code}.html`
/// in another.
pub fn file_name(stem: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{stem}.html"),
        other => format!("{stem}.{}.html", other.code()),
    }
}

/// A generated page's start, the same for each (the rules page, the snippet builder): its head
/// (the policy of its file, the viewport, the colour schemes, `title_html` as the title, the
/// icon, then `head_html`: its stylesheet and scripts), `<main>` opened with the title as its
/// heading, and a link to the page in each other language, named in that language.
pub fn page_start(lang: Lang, stem: &str, title_html: &str, head_html: &str) -> String {
    let mut out = format!(
        "<!doctype html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n<title>{title_html}</title>\n\
         <link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\">\n\
         {head_html}</head>\n<body>\n<main>\n<h1>{title_html}</h1>\n",
        code = lang.code(),
        policy = text(&csp::page_policy(&file_name(stem, lang))),
    );
    for other in Lang::ALL.into_iter().filter(|other| *other != lang) {
        out.push_str(&format!(
            "<p class=\"lang\"><a href=\"{}\" hreflang=\"{code}\" lang=\"{code}\">{}</a></p>\n",
            file_name(stem, other),
            text(Voice::staff(other).t(|t| &t.form.language_name)),
            code = other.code(),
        ));
    }
    out
}

/// `text` with `&`, `<`, `>` and `"` escaped: safe in an element's content and in an attribute
/// quoted with `"`.
pub fn text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// `template` (a text of the words tables) escaped, with each `{name}` replaced by the HTML
/// `values` gives for it. A placeholder without a value is an error: a template and the page
/// no longer agree.
pub fn fill(template: &str, values: &[(&str, &str)]) -> Result<String, String> {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&text(&rest[..open]));
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or_else(|| format!("a `{{` that does not close in {template:?}"))?;
        let name = &after[..close];
        let (_, value) = values
            .iter()
            .find(|(key, _)| *key == name)
            .ok_or_else(|| format!("no value for {{{name}}} in {template:?}"))?;
        out.push_str(value);
        rest = &after[close + 1..];
    }
    out.push_str(&text(rest));
    Ok(out)
}

/// One paragraph of a doc comment as HTML: escaped, with `` `code` `` spans as `<code>` and the
/// brackets of an intra-doc link (`` [`Program`] ``) dropped.
pub fn inline_markdown(paragraph: &str) -> String {
    let unlinked = paragraph.replace("[`", "`").replace("`]", "`");
    let mut out = String::with_capacity(unlinked.len() + 32);
    for (i, piece) in unlinked.split('`').enumerate() {
        if i % 2 == 1 {
            out.push_str("<code>");
            out.push_str(&text(piece));
            out.push_str("</code>");
        } else {
            out.push_str(&text(piece));
        }
    }
    out
}

/// A fragment identifier made of `parts` (program, criterion and question ids: ASCII letters,
/// digits, `-`, `_` and `.`), joined by `--`.
pub fn anchor(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|part| {
            part.chars().map(|c| if c.is_ascii_alphanumeric() || "-_.".contains(c) { c } else { '_' }).collect()
        })
        .collect::<Vec<String>>()
        .join("--")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_for_content_and_attributes() {
        assert_eq!(text(r#"<b a="1">&</b>"#), "&lt;b a=&quot;1&quot;&gt;&amp;&lt;/b&gt;");
        assert_eq!(text("“Sí” — ñ"), "“Sí” — ñ");
    }

    #[test]
    fn templates_are_filled_with_html_and_escaped_around_it() {
        let filled =
            fill("{question} is <{answer}> & more", &[("question", "<a href=\"#q\">Q</a>"), ("answer", "Yes")]);
        assert_eq!(filled.unwrap(), "<a href=\"#q\">Q</a> is &lt;Yes&gt; &amp; more");
        assert!(fill("{missing}", &[]).is_err(), "a placeholder with no value");
        assert!(fill("{open", &[]).is_err(), "a brace that does not close");
    }

    #[test]
    fn doc_comment_markdown_keeps_code_and_drops_link_brackets() {
        assert_eq!(
            inline_markdown("see [`Program`] and `a<b` (\"x\")"),
            "see <code>Program</code> and <code>a&lt;b</code> (&quot;x&quot;)"
        );
    }

    #[test]
    fn anchors_are_ids_joined() {
        assert_eq!(anchor(&["nc-pss", "nc.actt"]), "nc-pss--nc.actt");
        assert_eq!(anchor(&["a b", "c\"d"]), "a_b--c_d");
    }
}
