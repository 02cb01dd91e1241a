//! Sentences shared by every rulebook (unknown answers, ages, transition windows) and the tiny
//! `{placeholder}` renderer that fills dates and numbers into any template.
//!
//! A rulebook's own sentences live beside its criteria; only the shapes that repeat across
//! programs are here, so that every program says the same thing the same way.

use crate::model::Words;

/// A criterion that cannot be decided because a question it reads is unanswered.
/// `{question}`: that question's text.
pub const UNKNOWN: Words = Words {
    staff_en: "Not yet answered: {question}",
    staff_es: "Aún sin respuesta: {question}",
    family_en: "We still need your answer to: {question}",
    family_es: "Todavía necesitamos su respuesta a: {question}",
};

/// A minimum age that is reached. `{age}`, `{as_of}`, `{min}`.
pub const AGE_REACHED: Words = Words {
    staff_en: "Is {age} on {as_of}; the service is for ages {min} and older.",
    staff_es: "Tiene {age} años el {as_of}; el servicio es para personas de {min} años o más.",
    family_en: "You are {age} on {as_of}, and this service is for people {min} and older.",
    family_es: "Usted tiene {age} años el {as_of}, y este servicio es para personas de {min} años o más.",
};

/// A minimum age not yet reached. `{age}`, `{as_of}`, `{min}`, `{date}` (the birthday).
pub const AGE_NOT_REACHED: Words = Words {
    staff_en: "Is {age} on {as_of}; turns {min} on {date}, the first day this is met.",
    staff_es: "Tiene {age} años el {as_of}; cumple {min} el {date}, primer día en que se cumple este criterio.",
    family_en: "You are {age} on {as_of}; this service starts at age {min}, so you can get it from {date}.",
    family_es: "Usted tiene {age} años el {as_of}; este servicio empieza a los {min} años, así que puede recibirlo desde el {date}.",
};

/// Window exclusions (SCREENING.md §5). `{service}` is the criterion's service name.
pub const WINDOW_NOT_RECEIVING: Words = Words {
    staff_en: "Does not receive {service}.",
    staff_es: "No recibe {service}.",
    family_en: "You do not get {service} now.",
    family_es: "Usted no recibe {service} ahora.",
};

/// `{end}`, `{as_of}`.
pub const WINDOW_ENDED: Words = Words {
    staff_en: "{service} ended {end}, before the screening date {as_of}.",
    staff_es: "{service} terminó el {end}, antes de la fecha de evaluación {as_of}.",
    family_en: "Your {service} ended on {end}, before {as_of}.",
    family_es: "Su {service} terminó el {end}, antes del {as_of}.",
};

/// `{end}`, `{days}`, `{from}`.
pub const WINDOW_OPEN: Words = Words {
    staff_en: "{service} ends {end}; peer support can overlap its last {days} days, from {from}.",
    staff_es: "{service} termina el {end}; el apoyo de pares puede coincidir con sus últimos {days} días, desde el {from}.",
    family_en: "Your {service} ends on {end}; peer support can start in its last {days} days, from {from}, to help you move over.",
    family_es: "Su {service} termina el {end}; el apoyo de pares puede empezar en sus últimos {days} días, desde el {from}, para ayudarle en el cambio.",
};

/// `{end}`, `{days}`, `{from}`.
pub const WINDOW_NOT_YET: Words = Words {
    staff_en: "Receives {service} until {end}; peer support may overlap only its last {days} days, from {from}.",
    staff_es: "Recibe {service} hasta el {end}; el apoyo de pares solo puede coincidir con sus últimos {days} días, desde el {from}.",
    family_en: "You get {service} until {end}; peer support can only start in its last {days} days, from {from}.",
    family_es: "Usted recibe {service} hasta el {end}; el apoyo de pares solo puede empezar en sus últimos {days} días, desde el {from}.",
};

/// `{days}`, and `{question}` the end-date question.
pub const WINDOW_END_UNKNOWN: Words = Words {
    staff_en: "Receives {service}; its last day is needed, as peer support may overlap only its last {days} days.",
    staff_es: "Recibe {service}; se necesita su último día, porque el apoyo de pares solo puede coincidir con sus últimos {days} días.",
    family_en: "You get {service}; we need to know its last day, because peer support can only start in its last {days} days.",
    family_es: "Usted recibe {service}; necesitamos saber su último día, porque el apoyo de pares solo puede empezar en sus últimos {days} días.",
};

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
