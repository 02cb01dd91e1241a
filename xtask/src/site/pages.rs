//! The pages of the site, pinned: each must carry the site's policy in a `<meta>` before any
//! script, and gets the `integrity` of every script and stylesheet it names. Hand-written on
//! purpose: our own pages quote every attribute alike, and anything else (an inline script, a
//! file from elsewhere) is an error here rather than something an HTML parser would accept.

use crate::util;

/// Fails unless `html` carries exactly `policy` in a `<meta http-equiv="Content-Security-Policy">`
/// before its first script.
pub fn check_policy(html: &str, policy: &str) -> util::Result {
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    let at = html.find(&meta).ok_or_else(|| format!("no `{meta}`: every page carries the site's policy"))?;
    if html.matches("http-equiv=\"Content-Security-Policy\"").count() != 1 {
        return Err("more than one Content-Security-Policy meta element".into());
    }
    if html.find("<script").is_some_and(|script| script < at) {
        return Err("a script comes before the Content-Security-Policy meta element".into());
    }
    Ok(())
}

/// `html` with `integrity="…" crossorigin="anonymous"` on every `<script src>` and every
/// stylesheet and modulepreload `<link>` (each naming a file of this folder, hashed by `hash`).
/// A `preload` of the wasm gets no integrity: Chromium ignores it there (with a console warning)
/// and the entry's `fetch` checks the bytes it takes from the preload anyway. A script without
/// `src`, a file from elsewhere, or an `integrity` already written is an error.
pub fn pin_page(html: &str, hash: impl Fn(&str) -> util::Result<String>) -> util::Result<String> {
    let mut out = String::with_capacity(html.len() + 512);
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find('>').ok_or("a tag that does not end")?;
        let tag = &rest[..end];
        let name = tag[1..].split(|c: char| c.is_whitespace()).next().unwrap_or("").to_ascii_lowercase();
        let pinned = match name.as_str() {
            "script" => Some(attribute(tag, "src").ok_or("a script without `src` (inline scripts break the policy)")?),
            "link" => match attribute(tag, "rel").as_deref() {
                Some("stylesheet" | "modulepreload") => Some(attribute(tag, "href").ok_or("a link without `href`")?),
                _ => None,
            },
            _ => None,
        };
        out.push_str(tag);
        if let Some(file) = pinned {
            if attribute(tag, "integrity").is_some() {
                return Err(format!("`{tag}>` already has an integrity: dist writes it"));
            }
            if file.contains(':') || file.contains('/') || file.starts_with('.') {
                return Err(format!("`{file}` is not a file of this folder: it cannot be pinned here"));
            }
            out.push_str(&format!(" integrity=\"{}\"", hash(&file)?));
            if attribute(tag, "crossorigin").is_none() {
                out.push_str(" crossorigin=\"anonymous\"");
            }
        }
        out.push('>');
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The value of `name="…"` in `tag` (our own pages quote every attribute with `"`).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let needle = format!(" {name}=\"");
    let at = tag.find(&needle)? + needle.len();
    tag[at..].split('"').next().map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::csp::page_policy;

    #[test]
    fn pages_get_the_integrity_of_every_script_and_stylesheet() {
        let html = "<!doctype html>\n<link rel=\"icon\" href=\"favicon.svg\">\n<link rel=\"stylesheet\" href=\"a.css\">\n<link rel=\"preload\" href=\"m.wasm\" as=\"fetch\" crossorigin=\"anonymous\">\n<!-- a comment -->\n<script type=\"module\" src=\"a.js\"></script>\n<p>text</p>";
        let pinned = pin_page(html, |file| Ok(format!("sha384-{file}"))).unwrap();
        assert_eq!(
            pinned,
            "<!doctype html>\n<link rel=\"icon\" href=\"favicon.svg\">\n<link rel=\"stylesheet\" href=\"a.css\" integrity=\"sha384-a.css\" crossorigin=\"anonymous\">\n<link rel=\"preload\" href=\"m.wasm\" as=\"fetch\" crossorigin=\"anonymous\">\n<!-- a comment -->\n<script type=\"module\" src=\"a.js\" integrity=\"sha384-a.js\" crossorigin=\"anonymous\"></script>\n<p>text</p>"
        );
        let hash = |file: &str| Ok(format!("sha384-{file}"));
        assert!(pin_page("<script>alert(1)</script>", hash).is_err(), "an inline script");
        assert!(pin_page("<script src=\"https://cdn.example/x.js\"></script>", hash).is_err(), "another origin");
        assert!(pin_page("<script src=\"../x.js\"></script>", hash).is_err(), "outside the folder");
        assert!(pin_page("<script src=\"x.js\" integrity=\"sha384-old\"></script>", hash).is_err(), "already pinned");
    }

    #[test]
    fn pages_carry_the_policy_before_any_script() {
        let policy = page_policy("index.html");
        let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
        assert!(check_policy(&format!("<head>{meta}<script src=\"a.js\"></script>"), &policy).is_ok());
        assert!(check_policy("<head><script src=\"a.js\"></script>", &policy).is_err(), "none");
        assert!(check_policy(&format!("<script src=\"a.js\"></script>{meta}"), &policy).is_err(), "after a script");
        let other = meta.replace("img-src 'self'", "img-src *");
        assert!(check_policy(&other, &policy).is_err(), "another policy");
    }
}
