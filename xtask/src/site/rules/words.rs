//! The rules page's own labels, in English and Spanish: the texts of `rules.html` that neither
//! the words tables (`screener::words`) nor the rulebooks have. They stay here, at build time,
//! rather than in `src/words/`: the words tables are compiled into the widget's WebAssembly as
//! one static table per language, and a field there costs every family's download bytes for a
//! page the widget never shows. They are written the way `src/words/{tables,en,es}.rs` are, and
//! the test below holds them to the same rules (the same placeholders in both languages, none
//! empty). Every text is a staff text (the page is for compliance staff and policy analysts),
//! so each is `Said::same`.

use screener::model::{Lang, Said};

/// The rules page's labels and sentences (`rules.html`, `rules.es.html`). Placeholders are
/// filled with HTML the page makes (a question's text in quotation marks, linked to it), with
/// numbers, and with the words tables' own texts (`{yes}`, `{no}`).
#[derive(Debug)]
pub struct RulesWords {
    /// The page's title and heading; also the text of the links to it (the standalone page's
    /// footer, the caseload page).
    pub title: Said,
    /// Under the heading: what the page is and where it comes from.
    pub intro: Said,
    /// The quotes are verbatim and in English (the sources' language).
    pub quotes: Said,
    /// The heading of the list of programs.
    pub programs: Said,
    /// The label of a program's stage.
    pub stage: Said,
    /// An admission program's stage.
    pub admission: Said,
    /// A continued-stay review's stage. `{program}`: the admission program's title, linked.
    pub review_of: Said,
    /// The label of a program's policy status.
    pub policy_status: Said,
    /// `Program::policy_status()` is published.
    pub published: Said,
    /// `Program::policy_status()` is draft (followed by the result's draft notice).
    pub draft: Said,
    /// The label of the first day a program is in force.
    pub in_force_from: Said,
    /// Where a criterion comes from. `{document}`: the source's title; `{section}`: the heading
    /// the passage stands under.
    pub cited: Said,
    /// A text of the rulebook in quotation marks. `{text}`.
    pub quoted: Said,
    /// The labels of what a criterion checks: the answers that make it met, not met, unknown.
    pub met_when: Said,
    pub not_met_when: Said,
    pub unknown_when: Said,
    /// A yes/no or single choice given one answer. `{question}`, `{answer}`.
    pub answered: Said,
    /// `{question}`.
    pub not_answered: Said,
    /// A multi-select (`Test::AtLeast`). `{min}`, `{question}`.
    pub at_least: Said,
    /// `{min}`, `{question}`.
    pub fewer_than: Said,
    /// A single choice (`Test::NotChoice`). `{question}`, `{option}`.
    pub any_but: Said,
    /// A planned count (`Test::AtMost`). `{question}`, `{max}`.
    pub at_most: Said,
    /// `{question}`, `{max}`.
    pub more_than: Said,
    /// A minimum age (`Test::MinimumAge`). `{years}`, `{question}` (the date of birth).
    pub age_reached: Said,
    /// `{years}`, `{question}`.
    pub age_not_reached: Said,
    /// A yes/no question and its follow-up (`Test::WithFollowUp`). `{question}`, `{yes}`,
    /// `{no}`, `{follow_up}`, `{answer}` (the follow-up's answer that meets it).
    pub follow_up_met: Said,
    /// `{question}`, `{yes}`, `{follow_up}`, `{answer}` (the follow-up's answer that fails it).
    pub follow_up_not_met: Said,
    /// `{question}`, `{yes}`, `{follow_up}`.
    pub follow_up_unknown: Said,
    /// A transition window (`Test::TransitionWindow`, SCREENING.md §5). `{question}` (receives
    /// the service now), `{yes}`, `{no}`, `{days}`, `{end_of}` (what the end date is the last
    /// day of), `{ends}` (the end date's question).
    pub window_met: Said,
    /// `{question}`, `{yes}`, `{service}` (its name), `{days}`, `{end_of}`.
    pub window_not_met: Said,
    /// `{question}`, `{yes}`, `{ends}`.
    pub window_unknown: Said,
    /// What a question of each type takes.
    pub type_yes_no: Said,
    pub type_date: Said,
    pub type_birth_date: Said,
    pub type_count: Said,
    pub type_multi_select: Said,
    pub type_single_choice: Said,
    /// A follow-up question. `{question}` (its parent), `{yes}`.
    pub follows: Said,
    /// A count that cannot be smaller than another. `{question}` (the other).
    pub not_below: Said,
    /// The label of the family wording about a child or teen (SCREENING.md §4.9); staff and
    /// family wordings are labelled with the form's `staff` and `family`.
    pub family_child: Said,
    /// A program whose source gives no unit, rate, procedure code or cap.
    pub no_service_facts: Said,
    /// The heading of what a rulebook leaves out.
    pub not_encoded: Said,
    /// Under it: where the text comes from.
    pub not_encoded_from: Said,
}

/// The page's labels in `lang`.
pub fn table(lang: Lang) -> &'static RulesWords {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
    }
}

pub const EN: RulesWords = RulesWords {
    title: Said::same("The rules, with their sources"),
    intro: Said::same("What the screener checks for each program, written from the rulebooks it runs when this site was built: every criterion with the passage of the policy it rests on, every question as each reader sees it, the facts of the service, and what each rulebook leaves out."),
    quotes: Said::same("Quotes are word for word from the source documents, which are in English."),
    programs: Said::same("Programs"),
    stage: Said::same("Stage"),
    admission: Said::same("Admission"),
    review_of: Said::same("Continued-stay review of {program}"),
    policy_status: Said::same("Policy status"),
    published: Said::same("Published policy"),
    draft: Said::same("Draft policy"),
    in_force_from: Said::same("In force from"),
    cited: Said::same("{document}, section {section}"),
    quoted: Said::same("“{text}”"),
    met_when: Said::same("Met when"),
    not_met_when: Said::same("Not met when"),
    unknown_when: Said::same("Unknown when"),
    answered: Said::same("{question} is answered {answer}."),
    not_answered: Said::same("{question} is not answered."),
    at_least: Said::same("At least {min} of the options of {question} are chosen."),
    fewer_than: Said::same("Fewer than {min} of the options of {question} are chosen."),
    any_but: Said::same("{question} is answered with any option but {option}."),
    at_most: Said::same("{question} is {max} or less."),
    more_than: Said::same("{question} is more than {max}."),
    age_reached: Said::same("The person is {years} or older on the screening date, from {question}."),
    age_not_reached: Said::same("The person is younger than {years} on the screening date, from {question}; it is met from the day they turn {years}."),
    follow_up_met: Said::same("{question} is answered {no}; or it is answered {yes} and {follow_up} is answered {answer}."),
    follow_up_not_met: Said::same("{question} is answered {yes} and {follow_up} is answered {answer}."),
    follow_up_unknown: Said::same("{question} is not answered; or it is answered {yes} and {follow_up} is not answered."),
    window_met: Said::same("{question} is answered {no}; or it is answered {yes} and the screening date falls in the last {days} days of {end_of}, up to and including the date given for {ends}."),
    window_not_met: Said::same("{question} is answered {yes} and the screening date is before the last {days} days of {end_of}: {service} continues. It is met from the first of those days."),
    window_unknown: Said::same("{question} is not answered; or it is answered {yes} and {ends} is not answered, or is before the screening date (a service received now cannot end in the past)."),
    type_yes_no: Said::same("Yes, no, or not sure."),
    type_date: Said::same("A date."),
    type_birth_date: Said::same("A date of birth, not after the screening date."),
    type_count: Said::same("A whole number, 0 or more."),
    type_multi_select: Said::same("Any of the options, or none of them."),
    type_single_choice: Said::same("One of the options."),
    follows: Said::same("Asked only when {question} is answered {yes}."),
    not_below: Said::same("Cannot be less than the answer to {question}."),
    family_child: Said::same("Families, about their child or teen"),
    no_service_facts: Said::same("The source gives no unit, rate, procedure code or cap."),
    not_encoded: Said::same("Not encoded"),
    not_encoded_from: Said::same("What the source says that this rulebook leaves out, and why, as its own notes say it:"),
};

pub const ES: RulesWords = RulesWords {
    title: Said::same("Las reglas, con sus fuentes"),
    intro: Said::same("Lo que la evaluación revisa en cada programa, escrito a partir de las reglas que aplica, al construir este sitio: cada criterio con el pasaje de la política en que se basa, cada pregunta como la lee cada lector, los datos del servicio y lo que cada conjunto de reglas deja fuera."),
    quotes: Said::same("Las citas son textuales de los documentos fuente, que están en inglés."),
    programs: Said::same("Programas"),
    stage: Said::same("Etapa"),
    admission: Said::same("Admisión"),
    review_of: Said::same("Revisión de continuidad de {program}"),
    policy_status: Said::same("Estado de la política"),
    published: Said::same("Política publicada"),
    draft: Said::same("Política en borrador"),
    in_force_from: Said::same("Vigente desde"),
    cited: Said::same("{document}, sección {section}"),
    quoted: Said::same("«{text}»"),
    met_when: Said::same("Se cumple cuando"),
    not_met_when: Said::same("No se cumple cuando"),
    unknown_when: Said::same("Sin determinar cuando"),
    answered: Said::same("{question} se responde {answer}."),
    not_answered: Said::same("{question} no tiene respuesta."),
    at_least: Said::same("Se eligen al menos {min} de las opciones de {question}."),
    fewer_than: Said::same("Se eligen menos de {min} de las opciones de {question}."),
    any_but: Said::same("{question} se responde con cualquier opción salvo {option}."),
    at_most: Said::same("{question} es {max} o menos."),
    more_than: Said::same("{question} es más de {max}."),
    age_reached: Said::same("La persona tiene {years} años o más en la fecha de la evaluación, según {question}."),
    age_not_reached: Said::same("La persona tiene menos de {years} años en la fecha de la evaluación, según {question}; se cumple desde el día en que cumple {years}."),
    follow_up_met: Said::same("{question} se responde {no}; o se responde {yes} y {follow_up} se responde {answer}."),
    follow_up_not_met: Said::same("{question} se responde {yes} y {follow_up} se responde {answer}."),
    follow_up_unknown: Said::same("{question} no tiene respuesta; o se responde {yes} y {follow_up} no tiene respuesta."),
    window_met: Said::same("{question} se responde {no}; o se responde {yes} y la fecha de la evaluación cae en los últimos {days} días de {end_of}, hasta la fecha indicada en {ends} inclusive."),
    window_not_met: Said::same("{question} se responde {yes} y la fecha de la evaluación es anterior a los últimos {days} días de {end_of}: {service} continúa. Se cumple desde el primero de esos días."),
    window_unknown: Said::same("{question} no tiene respuesta; o se responde {yes} y {ends} no tiene respuesta, o es anterior a la fecha de la evaluación (un servicio que se recibe ahora no puede terminar en el pasado)."),
    type_yes_no: Said::same("Sí, no, o no se sabe."),
    type_date: Said::same("Una fecha."),
    type_birth_date: Said::same("Una fecha de nacimiento, no posterior a la fecha de la evaluación."),
    type_count: Said::same("Un número entero, 0 o más."),
    type_multi_select: Said::same("Cualquiera de las opciones, o ninguna."),
    type_single_choice: Said::same("Una de las opciones."),
    follows: Said::same("Solo se pregunta si {question} se responde {yes}."),
    not_below: Said::same("No puede ser menor que la respuesta a {question}."),
    family_child: Said::same("Familias, sobre su hijo o hija"),
    no_service_facts: Said::same("La fuente no indica unidad, tarifa, código de procedimiento ni límite."),
    not_encoded: Said::same("Lo que no se codifica"),
    not_encoded_from: Said::same("Lo que dice la fuente y estas reglas dejan fuera, y por qué, según las notas de las propias reglas (en inglés):"),
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text, for the tests: (name, English, Spanish).
    fn every_text() -> Vec<(&'static str, &'static Said, &'static Said)> {
        macro_rules! pairs {
            ($($field:ident),* $(,)?) => { vec![$((stringify!($field), &EN.$field, &ES.$field)),*] };
        }
        pairs!(
            title,
            intro,
            quotes,
            programs,
            stage,
            admission,
            review_of,
            policy_status,
            published,
            draft,
            in_force_from,
            cited,
            quoted,
            met_when,
            not_met_when,
            unknown_when,
            answered,
            not_answered,
            at_least,
            fewer_than,
            any_but,
            at_most,
            more_than,
            age_reached,
            age_not_reached,
            follow_up_met,
            follow_up_not_met,
            follow_up_unknown,
            window_met,
            window_not_met,
            window_unknown,
            type_yes_no,
            type_date,
            type_birth_date,
            type_count,
            type_multi_select,
            type_single_choice,
            follows,
            not_below,
            family_child,
            no_service_facts,
            not_encoded,
            not_encoded_from,
        )
    }

    /// As the words tables' own test (`crate::site::page_words`).
    #[test]
    fn both_languages_have_every_text_with_the_same_placeholders() {
        let texts: Vec<_> = every_text().into_iter().map(|(name, en, es)| (name.to_string(), en, es)).collect();
        crate::site::page_words::assert_both_languages(&texts, 40);
    }
}
