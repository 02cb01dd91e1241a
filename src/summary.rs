//! The case note: one screening as a short record for the case file, in the reader's language
//! and audience. The same [`Summary`] is printed (the web edge renders it as the print view) and
//! copied as plain text ([`Summary::text`]).
//!
//! This module owns: what the record holds (date, program, the answers given with their texts,
//! outcome, whether its source is a draft, `eligible_from`, transition windows, every criterion with status, reason and citation,
//! what to answer next, next steps, service facts, rulebook version, and the line saying this is
//! a screening, not a determination), and the sentences of a result that the form shows too
//! (eligible from, transition windows, service facts, answers as text). The words themselves are
//! in [`crate::words::result`].
//!
//! Pure: a [`Screening`] and its [`Answers`] in, text out.

use crate::answers::{Answer, Answers};
use crate::contact::Contact;
use crate::dates::{self, DateStyle};
use crate::engine::{Screening, Transition};
use crate::model::{Audience, Lang, Program, Test, Words};
use crate::template::{render, sentence};
use crate::words::help;
use crate::words::result::*;

/// The dates a screening gives, in plain words and in `style`: "Eligible from …" (or, when an
/// answer is still missing, the day to screen again), then one sentence per transition window.
pub fn dates_said(screening: &Screening, audience: Audience, lang: Lang, style: DateStyle) -> Vec<String> {
    let mut lines: Vec<String> = eligible_from(screening, audience, lang, style).into_iter().collect();
    // `rescreen_on` equals `eligible_from` when both are set: say it only when it is the one date.
    if let Some(date) = screening.rescreen_on.filter(|_| screening.eligible_from.is_none()) {
        lines.push(render(RESCREEN_ON.get(audience, lang), &[("date", &styled(date, style))]));
    }
    lines.extend(screening.transitions.iter().map(|t| transition(screening.program, t, audience, lang, style)));
    lines
}

/// "Eligible from …" in plain words, when the screening gives a date.
pub fn eligible_from(screening: &Screening, audience: Audience, lang: Lang, style: DateStyle) -> Option<String> {
    let date = screening.eligible_from?;
    Some(render(ELIGIBLE_FROM.get(audience, lang), &[("date", &styled(date, style))]))
}

/// A date in `style`.
fn styled(date: chrono::NaiveDate, style: DateStyle) -> String {
    let mut out = String::with_capacity(24);
    dates::write_styled(&mut out, date, style);
    out
}

/// The style of the dates a person reads: written out for families (SCREENING.md §7),
/// `YYYY-MM-DD` for staff.
pub fn date_style(audience: Audience, lang: Lang) -> DateStyle {
    match audience {
        Audience::Family => DateStyle::Long(lang),
        Audience::Staff => DateStyle::Iso,
    }
}

fn transition(program: &'static Program, t: &Transition, audience: Audience, lang: Lang, style: DateStyle) -> String {
    let name = program
        .criteria
        .iter()
        .find_map(|c| match &c.test {
            Test::TransitionWindow { service, service_name, .. } if *service == t.service => {
                Some(service_name.get(audience, lang))
            }
            _ => None,
        })
        .unwrap_or(t.service);
    // A sentence: a service named mid-sentence ("residential care") begins it here.
    sentence(render(
        TRANSITION.get(audience, lang),
        &[("service", name), ("from", &styled(t.from, style)), ("until", &styled(t.until, style))],
    ))
}

/// The service facts the source gives, one line each.
pub fn service_facts(program: &Program, audience: Audience, lang: Lang) -> Vec<String> {
    let s = &program.service;
    let mut lines = Vec::new();
    let mut line =
        |words: &Words, name: &str, value: &str| lines.push(render(words.get(audience, lang), &[(name, value)]));
    if let Some(n) = s.unit_minutes {
        line(&UNIT, "n", &n.to_string());
    }
    if let Some(cents) = s.rate_cents {
        line(&RATE, "amount", &money(cents));
    }
    if let Some(code) = s.procedure_code {
        line(&CODE, "code", code);
    }
    if let Some(n) = s.max_units_per_day {
        line(&MAX_DAY, "n", &n.to_string());
    }
    if let Some(n) = s.max_units_per_month {
        line(&MAX_MONTH, "n", &n.to_string());
    }
    lines
}

/// Cents as dollars with two decimals: 1233 is "12.33".
fn money(cents: u32) -> String {
    let mut out = (cents / 100).to_string();
    out.push('.');
    let rest = cents % 100;
    out.push(char::from(b'0' + (rest / 10) as u8));
    out.push(char::from(b'0' + (rest % 10) as u8));
    out
}

/// The text of an answer as a person reads it: "Yes", a date, the options chosen, a number.
pub fn answer_text(program: &Program, id: &str, answer: &Answer, audience: Audience, lang: Lang) -> String {
    match answer {
        Answer::YesNo(v) => (if *v { &YES } else { &NO }).get(audience, lang).to_owned(),
        Answer::Date(date) => styled(*date, date_style(audience, lang)),
        Answer::Count(n) => n.to_string(),
        Answer::Choice(i) => program
            .question(id)
            .and_then(|q| q.options.get(*i))
            .map_or_else(String::new, |o| o.text.get(audience, lang).to_owned()),
        Answer::Chosen(bits) => {
            let options = program.question(id).map_or(&[][..], |q| q.options);
            let chosen: Vec<&str> = options
                .iter()
                .enumerate()
                .filter(|(i, _)| *i < 32 && bits & (1 << i) != 0)
                .map(|(_, o)| o.text.get(audience, lang))
                .collect();
            if chosen.is_empty() {
                NONE_APPLY.get(audience, lang).to_owned()
            } else {
                chosen.join("; ")
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The record.

/// A label and its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    pub label: &'static str,
    pub value: String,
}

/// One line of a section, perhaps with a second line (a criterion's citation).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub text: String,
    pub detail: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub heading: &'static str,
    pub items: Vec<Item>,
}

/// The case note of one screening.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub title: &'static str,
    /// Date, program, outcome.
    pub facts: Vec<Fact>,
    /// That the program's source is a draft ([`DRAFT`]), when it is.
    pub draft: Option<&'static str>,
    /// `eligible_from` and transition windows, in plain words.
    pub dates: Vec<String>,
    /// Answers, criteria, what to answer next, next steps, service (empty ones left out).
    pub sections: Vec<Section>,
    pub version: Fact,
    pub disclaimer: &'static str,
    /// That the note holds the person's answers.
    pub holds_answers: &'static str,
    /// What introduces [`Summary::request`].
    pub rerun: &'static str,
    /// The request of SCREENING.md §2 that gives this screening again (program, as_of, lang,
    /// audience, answers), as one line of JSON: the note's last line.
    pub request: String,
}

impl Summary {
    pub fn new(answers: &Answers, screening: &Screening, audience: Audience, lang: Lang) -> Summary {
        let w = |words: &Words| words.get(audience, lang);
        let program = screening.program;
        let mut program_name = w(&program.title).to_owned();
        program_name.push_str(" (");
        program_name.push_str(program.id);
        program_name.push(')');
        let facts = vec![
            Fact { label: w(&DATE), value: styled(screening.as_of, date_style(audience, lang)) },
            Fact { label: w(&PROGRAM), value: program_name },
            Fact { label: w(&OUTCOME), value: w(outcome_words(screening.outcome)).to_owned() },
        ];
        let mut dates = Vec::new();
        dates.extend(dates_said(screening, audience, lang, date_style(audience, lang)));

        let plain = |text: String| Item { text, detail: None };
        let given = program
            .questions
            .iter()
            .filter(|q| answers.is_asked(q))
            .filter_map(|q| {
                let answer = answers.get(q.id)?;
                let mut text = w(&q.text).to_owned();
                text.push(' ');
                text.push_str(&answer_text(program, q.id, answer, audience, lang));
                Some(plain(text))
            })
            .collect();
        let criteria = screening
            .findings
            .iter()
            .map(|f| {
                let c = f.criterion;
                let mut text = String::new();
                for part in [w(status_words(f.status)), " (", w(kind_words(c.kind())), ", ", c.id, "): "] {
                    text.push_str(part);
                }
                text.push_str(&f.reason);
                Item { text, detail: Some(citation(program, c.source.section, c.source.quote, w(&SOURCE))) }
            })
            .collect();
        let missing = screening
            .missing
            .iter()
            .map(|id| plain(program.question(id).map_or(*id, |q| w(&q.text)).to_owned()))
            .collect();
        let sections = [
            (&ANSWERS, given),
            (&CRITERIA, criteria),
            (&MISSING, missing),
            (&NEXT_STEPS, screening.next_steps.iter().cloned().map(plain).collect()),
            (&help::CONTACT, vec![plain(w(&program.ask).to_owned())]),
            (&SERVICE, service_facts(program, audience, lang).into_iter().map(plain).collect()),
        ]
        .into_iter()
        .filter(|(_, items): &(_, Vec<Item>)| !items.is_empty())
        .map(|(heading, items)| Section { heading: w(heading), items })
        .collect();

        Summary {
            title: w(&NOTE_TITLE),
            facts,
            draft: program.document.draft.then(|| w(&DRAFT)),
            dates,
            sections,
            version: Fact { label: w(&VERSION), value: program.version.to_owned() },
            disclaimer: w(&DISCLAIMER),
            holds_answers: w(&HOLDS_ANSWERS),
            rerun: w(&RERUN),
            request: request_line(answers, screening, audience, lang),
        }
    }

    /// The agency's own contact in place of the program's "whom to ask", when the host gave one.
    pub fn with_contact(mut self, contact: &Contact, audience: Audience, lang: Lang) -> Summary {
        if contact.is_empty() {
            return self;
        }
        let w = |words: &Words| words.get(audience, lang);
        let heading = w(&help::CONTACT);
        let mut items = Vec::new();
        items.extend(contact.name.clone());
        let labelled = |label: &Words, value: &str| {
            let mut line = String::from(w(label));
            line.push_str(": ");
            line.push_str(value);
            line
        };
        items.extend(contact.phone.as_ref().map(|p| labelled(&help::PHONE, &p.shown)));
        items.extend(contact.email.as_deref().map(|e| labelled(&help::EMAIL, e)));
        items.extend(contact.url.as_deref().map(|u| labelled(&help::WEBSITE, u)));
        items.extend(contact.hours.as_deref().map(|h| labelled(&help::HOURS, h)));
        if let Some(section) = self.sections.iter_mut().find(|s| s.heading == heading) {
            section.items = items.into_iter().map(|text| Item { text, detail: None }).collect();
        }
        self
    }

    /// The note as plain text, for the clipboard.
    pub fn text(&self) -> String {
        let mut out = String::with_capacity(2048);
        out.push_str(self.title);
        out.push('\n');
        out.push_str(self.holds_answers);
        out.push('\n');
        for fact in &self.facts {
            fact_line(&mut out, fact);
        }
        if let Some(draft) = self.draft {
            out.push_str(draft);
            out.push('\n');
        }
        for line in &self.dates {
            out.push_str(line);
            out.push('\n');
        }
        for section in &self.sections {
            out.push('\n');
            out.push_str(section.heading);
            out.push('\n');
            for item in &section.items {
                out.push_str("- ");
                out.push_str(&item.text);
                out.push('\n');
                if let Some(detail) = &item.detail {
                    out.push_str("  ");
                    out.push_str(detail);
                    out.push('\n');
                }
            }
        }
        out.push('\n');
        fact_line(&mut out, &self.version);
        out.push_str(self.disclaimer);
        out.push('\n');
        out.push_str(self.rerun);
        out.push('\n');
        out.push_str(&self.request);
        out.push('\n');
        out
    }
}

fn fact_line(out: &mut String, fact: &Fact) {
    out.push_str(fact.label);
    out.push_str(": ");
    out.push_str(&fact.value);
    out.push('\n');
}

/// The request that gives `screening` again, as one line of JSON (keys in the order of
/// SCREENING.md §2; answers in question order, only those asked and given). Written by hand:
/// the core links no JSON library, and ids, option ids and dates need no escaping beyond the
/// little `json_string` does.
pub fn request_line(answers: &Answers, screening: &Screening, audience: Audience, lang: Lang) -> String {
    let program = screening.program;
    let mut out = String::with_capacity(256);
    out.push_str("{\"program\":");
    json_string(&mut out, program.id);
    out.push_str(",\"as_of\":");
    json_string(&mut out, &dates::format(screening.as_of));
    out.push_str(",\"lang\":");
    json_string(&mut out, lang.code());
    out.push_str(",\"audience\":");
    json_string(&mut out, audience.code());
    out.push_str(",\"answers\":{");
    let mut first = true;
    for question in program.questions.iter().filter(|q| answers.is_asked(q)) {
        let Some(answer) = answers.get(question.id) else { continue };
        if !std::mem::take(&mut first) {
            out.push(',');
        }
        json_string(&mut out, question.id);
        out.push(':');
        match answer {
            Answer::YesNo(yes) => out.push_str(if *yes { "true" } else { "false" }),
            Answer::Date(date) => json_string(&mut out, &dates::format(*date)),
            Answer::Count(n) => out.push_str(&n.to_string()),
            Answer::Choice(i) => json_string(&mut out, question.options.get(*i).map_or("", |o| o.id)),
            Answer::Chosen(bits) => {
                out.push('[');
                let chosen = question.options.iter().enumerate().filter(|(i, _)| *i < 32 && bits & (1 << i) != 0);
                for (n, (_, option)) in chosen.enumerate() {
                    if n > 0 {
                        out.push(',');
                    }
                    json_string(&mut out, option.id);
                }
                out.push(']');
            }
        }
    }
    out.push_str("}}");
    out
}

/// `text` as a JSON string: quotes, backslashes and control characters escaped.
fn json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[(c as usize) >> 4]));
                out.push(char::from(HEX[(c as usize) & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `Source: {title}, {section}: "{quote}"`.
pub fn citation(program: &Program, section: &str, quote: &str, source_label: &str) -> String {
    let mut out = String::with_capacity(quote.len() + 96);
    for part in [source_label, ": ", program.document.title, ", ", section, ": \u{201c}", quote, "\u{201d}"] {
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::screen;
    use crate::rules;
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        dates::parse(s).unwrap()
    }

    fn nc_answers() -> Answers {
        let program = rules::find("nc-pss").unwrap();
        let as_of = d("2026-11-22");
        let mut a = Answers::new(program);
        a.set("dsm5_diagnosis", Some(Answer::YesNo(true)), as_of).unwrap();
        a.set("need_areas", Some(Answer::Chosen(0b101)), as_of).unwrap();
        a.set("actt", Some(Answer::YesNo(true)), as_of).unwrap();
        a.set("actt_auth_end", Some(Answer::Date(d("2027-01-31"))), as_of).unwrap();
        a
    }

    fn note(audience: Audience, lang: Lang) -> String {
        let a = nc_answers();
        let s = screen(&a, d("2026-11-22"), audience, lang);
        Summary::new(&a, &s, audience, lang).text()
    }

    #[test]
    fn the_note_holds_the_whole_record() {
        let text = note(Audience::Staff, Lang::En);
        for needle in [
            "Peer support screening\n",
            "Screening date: 2026-11-22\n",
            "Program: Peer Support Services (NC Medicaid, draft policy of 2018) (nc-pss)\n",
            "Outcome: Not eligible\nThe source of these rules is a draft policy, not the policy in force; check the final policy before deciding.\n",
            "Outcome: Not eligible\n",
            "ACTT: peer support may overlap it from 2027-01-02 to 2027-01-31.\n",
            "\nAnswers\n- Does the beneficiary have a DSM-5 mental health or substance use disorder (SUD) diagnosis? Yes\n",
            "Limited ability to integrate recovery and wellness practices into daily activities; History of difficulty using traditional services",
            "- Last day of the current ACTT authorization: 2027-01-31\n",
            "\nCriteria\n- Met (Eligibility, nc.diagnosis): Has a DSM-5 mental health or SUD diagnosis.\n",
            "  Source: NC Medicaid Peer Support Services Definition (2018), Eligibility Criteria: \u{201c}DSM-5 Diagnosis (Mental Health or SUD); AND\u{201d}\n",
            "- Not met (Eligibility, nc.need_areas): Has documented needs in 2 of the six areas; at least 3 are required.\n",
            "- Not met (Exclusion, nc.actt): Receives ACTT until 2027-01-31;",
            "- Unknown (Before services start, nc.cca): ",
            "\nNext steps\n- Complete a Comprehensive Clinical Assessment",
            "- Prior approval is required before services start.\n",
            "\nRulebook version: 2026-11-30\nThis is a screening, not an eligibility determination.\n",
        ] {
            assert!(text.contains(needle), "{needle:?} not in\n{text}");
        }
        // Not eligible (need areas): nothing missing to list, and no eligible_from.
        assert!(!text.contains("What to answer next"));
        assert!(!text.contains("Eligible from"));
        // Unanswered questions are not listed among the answers; the source gives no service facts.
        assert!(!text.contains("Innovations Waiver services? "));
        assert!(!text.contains("\nService\n"));
    }

    #[test]
    fn the_note_follows_language_and_audience() {
        let es = note(Audience::Staff, Lang::Es);
        assert!(es.contains("Fecha de la evaluación: 2026-11-22\n"));
        assert!(es.contains("Esto es una evaluación preliminar, no una determinación de elegibilidad.\n"));
        assert!(es.contains("Resultado: No elegible\n"));
        let family = note(Audience::Family, Lang::En);
        assert!(family.contains(
            "Outcome: Not eligible now\nThese rules come from a draft policy. The rules in force may be different.\n"
        ));
        assert!(family.contains("Has a professional diagnosed you"));
        assert!(family
            .contains("ACTT (Assertive Community Treatment Team): from January 2, 2027 to January 31, 2027, it does not rule out peer support."));
        assert!(family.contains("Screening date: November 22, 2026\n"), "a family's dates are written out");
        let family_es = note(Audience::Family, Lang::Es);
        assert!(family_es.contains("¿Un profesional le ha diagnosticado"));
    }

    #[test]
    fn eligible_from_and_missing_in_plain_words() {
        let program = rules::find("nc-pss").unwrap();
        let as_of = d("2026-11-22");
        let mut a = Answers::new(program);
        a.set("dsm5_diagnosis", Some(Answer::YesNo(true)), as_of).unwrap();
        a.set("need_areas", Some(Answer::Chosen(0b111)), as_of).unwrap();
        a.set("innovations_waiver", Some(Answer::YesNo(false)), as_of).unwrap();
        a.set("actt", Some(Answer::YesNo(true)), as_of).unwrap();
        a.set("actt_auth_end", Some(Answer::Date(d("2027-01-31"))), as_of).unwrap();
        a.set("cst", Some(Answer::YesNo(false)), as_of).unwrap();
        a.set("other_pss_provider", Some(Answer::YesNo(false)), as_of).unwrap();
        let s = screen(&a, as_of, Audience::Staff, Lang::En);
        assert_eq!(
            eligible_from(&s, Audience::Staff, Lang::En, DateStyle::Iso).as_deref(),
            Some("Eligible from 2027-01-02, if nothing else changes.")
        );
        let text = Summary::new(&a, &s, Audience::Staff, Lang::En).text();
        assert!(
            text.contains("policy before deciding.\nEligible from 2027-01-02, if nothing else changes.\n"),
            "{text}"
        );

        let blank = Answers::new(program);
        let s = screen(&blank, as_of, Audience::Family, Lang::En);
        let summary = Summary::new(&blank, &s, Audience::Family, Lang::En);
        assert!(summary.sections.iter().all(|s| s.heading != "Answers"), "no answers, no section");
        let missing = summary.sections.iter().find(|s| s.heading == "What we still need to know").unwrap();
        assert_eq!(missing.items[0].text, program.questions[0].text.family_en);
    }

    #[test]
    fn service_facts_and_money() {
        assert_eq!(money(1000), "10.00");
        assert_eq!(money(1233), "12.33");
        assert_eq!(money(5), "0.05");
        let mut program_facts = Vec::new();
        for program in rules::ALL {
            program_facts.push(service_facts(program, Audience::Staff, Lang::En));
        }
        assert!(program_facts[0].is_empty(), "nc-pss: the source gives no unit");
        let mo = rules::find("mo-peer-support").unwrap();
        assert_eq!(
            service_facts(mo, Audience::Staff, Lang::En),
            ["Unit: 15 minutes", "At most 32 units a day", "At most 96 units a calendar month"]
        );
    }

    #[test]
    fn every_program_summarizes_even_with_no_questions() {
        for program in rules::ALL {
            let a = Answers::new(program);
            let s = screen(&a, d("2026-11-22"), Audience::Staff, Lang::En);
            let text = Summary::new(&a, &s, Audience::Staff, Lang::En).text();
            assert!(text.contains("\nThis is a screening, not an eligibility determination.\n"));
            assert!(text.contains(program.id));
            // It ends with the request that gives it again, and says it holds the answers.
            let last = text.lines().last().unwrap();
            assert!(last.starts_with('{') && last.contains(program.id), "{last}");
            assert!(text.contains("This note holds the person's answers"));
            // Every note of a program with a draft source says so, in every voice; no other does.
            for audience in Audience::ALL {
                for lang in Lang::ALL {
                    let s = screen(&a, d("2026-11-22"), audience, lang);
                    let note = Summary::new(&a, &s, audience, lang);
                    assert_eq!(note.draft.is_some(), program.document.draft, "{}", program.id);
                    assert_eq!(
                        note.text().contains(DRAFT.get(audience, lang)),
                        program.document.draft,
                        "{}",
                        program.id
                    );
                }
            }
        }
    }

    #[test]
    fn the_last_line_is_the_request_with_every_answer_given() {
        let text = note(Audience::Family, Lang::Es);
        assert_eq!(
            text.lines().last().unwrap(),
            concat!(
                r#"{"program":"nc-pss","as_of":"2026-11-22","lang":"es","audience":"family","answers":{"#,
                r#""dsm5_diagnosis":true,"need_areas":["wellness_integration","traditional_services_difficulty"],"#,
                r#""actt":true,"actt_auth_end":"2027-01-31"}}"#
            )
        );
        let mut out = String::new();
        json_string(&mut out, "a\"b\\c\n");
        assert_eq!(out, r#""a\"b\\c\u000a""#);
    }

    #[test]
    fn the_agency_contact_takes_the_place_of_whom_to_ask() {
        let a = nc_answers();
        let s = screen(&a, d("2026-11-22"), Audience::Staff, Lang::En);
        let plain = Summary::new(&a, &s, Audience::Staff, Lang::En).text();
        assert!(plain.contains("\nContact\n- Questions: ask the agency that gave you this screener"), "{plain}");
        let mut contact = Contact::default();
        contact.set(crate::contact::ContactField::Name, Some("Riverside Intake")).unwrap();
        contact.set(crate::contact::ContactField::Phone, Some("(402) 555-0100")).unwrap();
        let text =
            Summary::new(&a, &s, Audience::Staff, Lang::En).with_contact(&contact, Audience::Staff, Lang::En).text();
        assert!(text.contains("\nContact\n- Riverside Intake\n- Phone: (402) 555-0100\n"), "{text}");
        assert!(!text.contains("LME-MCO."));
    }
}
