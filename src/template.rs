//! Filling `{placeholders}` in the product's and the rulebooks' sentences, and making a sentence
//! of the result: no formatting machinery, so that the WebAssembly stays small.

/// Fills `{name}` placeholders from `values`; an unmatched placeholder is left as written.
pub fn render(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 24);
    render_into(&mut out, template, |name, out| match values.iter().find(|(key, _)| *key == name) {
        Some((_, value)) => {
            out.push_str(value);
            true
        }
        None => false,
    });
    out
}

/// Appends `template` to `out`, asking `fill` to write each `{name}`; a placeholder that `fill`
/// does not know (it returns `false`) is left as written. Allocates nothing of its own.
pub fn render_into(out: &mut String, template: &str, mut fill: impl FnMut(&str, &mut String) -> bool) {
    let mut rest = template;
    while let Some(open) = rest.bytes().position(|b| b == b'{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.bytes().position(|b| b == b'}') {
            Some(close) => {
                let name = &after[..close];
                if !fill(name, out) {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
}

/// A reason as a sentence: its first letter upper case, also when the template begins with a
/// placeholder filled by a name written for mid-sentence ("residential care ended …").
/// English and Spanish need only ASCII and Latin-1 letters (á, é, ñ …): the full Unicode case
/// tables would add kilobytes to the WebAssembly for nothing.
pub fn sentence(mut text: String) -> String {
    let upper = match text.chars().next() {
        Some(c @ 'a'..='z') => c.to_ascii_uppercase(),
        // Latin-1 lower case (à..þ but ÷) is its upper case + 0x20.
        Some(c @ 'à'..='þ') if c != '÷' => char::from_u32(c as u32 - 0x20).unwrap_or(c),
        _ => return text,
    };
    let mut buffer = [0u8; 4];
    let first_len = text.chars().next().map_or(0, char::len_utf8);
    text.replace_range(..first_len, upper.encode_utf8(&mut buffer));
    text
}

/// The placeholders a template uses, for the rulebook consistency tests.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        names.push(&after[..close]);
        rest = &after[close + 1..];
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_known_and_keeps_unknown_placeholders() {
        assert_eq!(render("{a} and {b} {c", &[("a", "1"), ("b", "2")]), "1 and 2 {c");
        assert_eq!(render("{x}", &[]), "{x}");
        assert_eq!(render("no braces", &[("a", "1")]), "no braces");
    }

    #[test]
    fn sentences_begin_with_a_capital() {
        assert_eq!(sentence("residential care ended 2026-11-01.".into()), "Residential care ended 2026-11-01.");
        assert_eq!(sentence("évaluation".into()), "Évaluation");
        assert_eq!(sentence("ACTT ends.".into()), "ACTT ends.");
        assert_eq!(sentence(String::new()), "");
        assert_eq!(sentence("ñ ü ÷".into()), "Ñ ü ÷");
        assert_eq!(sentence("÷".into()), "÷");
        assert_eq!(sentence("ärger".into()), "Ärger");
        assert_eq!(sentence("¿sí?".into()), "¿sí?");
    }
}
