//! The case note: one screening as a short record for the case file, in the reader's voice. The
//! same [`CaseNote`] is printed (the widget renders it as the print view) and copied as plain
//! text ([`CaseNote::text`]); it ends with the request that gives the screening again
//! ([`request_line`]).
//!
//! This module owns what the record holds: date, program, outcome, policy status, whether its
//! source is a draft, the dates a result gives, the answers given with their texts, every criterion with
//! status, reason and citation, what to answer next, next steps, whom to ask, service facts,
//! rulebook version, and the line saying this is a screening, not a determination. Its sentences
//! are [`crate::sentences`]'s; its words are the words tables'.
//!
//! Pure: a [`Screening`] and its [`Answers`] in, text out.

use crate::answers::{Answer, Answers};
use crate::dates;
use crate::engine::Screening;
use crate::model::{Program, Subject, Voice};
use crate::sentences::{self, DateStyle};

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
pub struct CaseNote {
    pub title: &'static str,
    /// Date, program, outcome.
    pub facts: Vec<Fact>,
    /// That the program's source is a draft, when it is.
    pub draft: Option<&'static str>,
    /// `eligible_from` and transition windows, in plain words.
    pub dates: Vec<String>,
    /// Answers, criteria, what to answer next, next steps, service (empty ones left out).
    pub sections: Vec<Section>,
    pub version: Fact,
    pub disclaimer: &'static str,
    /// That the note holds the person's answers.
    pub holds_answers: &'static str,
    /// What introduces [`CaseNote::request`].
    pub rerun: &'static str,
    /// The request of SCREENING.md §2 that gives this screening again (program, as_of, lang,
    /// audience, answers), as one line of JSON: the note's last line.
    pub request: String,
}

impl CaseNote {
    /// The note of `screening` of `answers`, in `voice`; dates written out for families.
    pub fn new(answers: &Answers, screening: &Screening, voice: Voice) -> CaseNote {
        let words = voice.words();
        let w = &words.result;
        let style = DateStyle::for_voice(voice);
        let program = screening.program;
        let mut program_name = voice.text(&program.title).to_owned();
        program_name.push_str(" (");
        program_name.push_str(program.id);
        program_name.push(')');
        let facts = vec![
            Fact { label: voice.say(&w.date), value: sentences::date(screening.as_of, voice, style) },
            Fact { label: voice.say(&w.program), value: program_name },
            Fact {
                label: voice.say(&w.outcome),
                value: voice.say(sentences::outcome(words, screening.outcome)).to_owned(),
            },
            Fact {
                label: voice.say(&w.policy_status),
                value: voice.say(sentences::policy_status(words, program)).to_owned(),
            },
        ];
        let dates = sentences::dates_said(screening, voice, style);

        let plain = |text: String| Item { text, detail: None };
        let given = program
            .questions
            .iter()
            .filter(|q| answers.is_asked(q))
            .filter_map(|q| {
                let answer = answers.get(q.id)?;
                let mut text = voice.text(&q.text).to_owned();
                text.push(' ');
                text.push_str(&sentences::answer_text(program, q.id, answer, voice, style));
                Some(plain(text))
            })
            .collect();
        let source = voice.say(&w.source);
        let criteria = screening
            .findings
            .iter()
            .map(|f| {
                let c = f.criterion;
                let mut text = String::new();
                for part in [
                    voice.say(sentences::status(words, f.status)),
                    " (",
                    voice.say(sentences::kind(words, c.kind())),
                    ", ",
                    c.id,
                    "): ",
                ] {
                    text.push_str(part);
                }
                text.push_str(&sentences::reason(program, f, voice, style));
                Item { text, detail: Some(citation(program, c.source.section, c.source.quote, source)) }
            })
            .collect();
        let missing = screening
            .missing
            .iter()
            .map(|id| plain(program.question(id).map_or(*id, |q| voice.text(&q.text)).to_owned()))
            .collect();
        let next_steps = sentences::next_steps(screening, voice).into_iter().map(|s| plain(s.to_owned())).collect();
        let sections = [
            (&w.answers, given),
            (&w.criteria, criteria),
            (&w.missing, missing),
            (&w.next_steps, next_steps),
            (&words.help.contact, vec![plain(voice.text(&program.ask).to_owned())]),
            (&w.service, sentences::service_facts(program, voice).into_iter().map(plain).collect()),
        ]
        .into_iter()
        .filter(|(_, items): &(_, Vec<Item>)| !items.is_empty())
        .map(|(heading, items)| Section { heading: voice.say(heading), items })
        .collect();

        CaseNote {
            title: voice.say(&w.note_title),
            facts,
            draft: program.document.draft.then(|| voice.say(&w.draft)),
            dates,
            sections,
            version: Fact { label: voice.say(&w.version), value: program.version.to_owned() },
            disclaimer: voice.say(&w.disclaimer),
            holds_answers: voice.say(&w.holds_answers),
            rerun: voice.say(&w.rerun),
            request: request_line(answers, screening, voice),
        }
    }

    /// The agency's own contact (each line already in the voice's words) in place of the
    /// program's "whom to ask", when the host gave one.
    pub fn with_contact(mut self, lines: Vec<String>, voice: Voice) -> CaseNote {
        if lines.is_empty() {
            return self;
        }
        let heading = voice.t(|w| &w.help.contact);
        if let Some(section) = self.sections.iter_mut().find(|s| s.heading == heading) {
            section.items = lines.into_iter().map(|text| Item { text, detail: None }).collect();
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

/// The request that gives `screening` again in `voice`, as one line of JSON (keys in the order of
/// SCREENING.md §2, `subject` only when it is a child; answers in question order, only those
/// asked and given). Written by hand: the core links no JSON library, and ids, option ids and
/// dates need no escaping beyond the little `json_string` does.
pub fn request_line(answers: &Answers, screening: &Screening, voice: Voice) -> String {
    let program = screening.program;
    let mut out = String::with_capacity(256);
    out.push_str("{\"program\":");
    json_string(&mut out, program.id);
    out.push_str(",\"as_of\":");
    json_string(&mut out, &dates::format(screening.as_of));
    out.push_str(",\"lang\":");
    json_string(&mut out, voice.lang.code());
    out.push_str(",\"audience\":");
    json_string(&mut out, voice.audience.code());
    if voice.subject == Subject::Child {
        out.push_str(",\"subject\":");
        json_string(&mut out, voice.subject.code());
    }
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
    use crate::model::{Audience, Lang};
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
        let s = screen(&a, d("2026-11-22"));
        CaseNote::new(&a, &s, Voice::new(lang, audience, Subject::Person)).text()
    }

    fn staff() -> Voice {
        Voice::staff(Lang::En)
    }

    #[test]
    fn the_note_holds_the_whole_record() {
        let text = note(Audience::Staff, Lang::En);
        for needle in [
            "Peer support screening\n",
            "Screening date: 2026-11-22\n",
            "Program: Peer Support Services (NC Medicaid, draft policy of 2018) (nc-pss)\n",
            "Outcome: Not eligible\nPolicy status: Draft policy (not the policy in force)\nThe source of these rules is a draft policy, not the policy in force; check the final policy before deciding.\n",
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
            "\nNext steps\n- A Comprehensive Clinical Assessment must be completed before PSS is provided",
            "- Prior approval is required before services start.\n",
            "\nRulebook version: 2026-12-03\nThis is a screening, not an eligibility determination.\n",
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
            "Outcome: Not eligible now\nPolicy status: Draft rules (the rules in force may differ)\nThese rules come from a draft policy. The rules in force may be different.\n"
        ));
        assert!(family.contains("Do you have a mental health or substance use disorder diagnosis from a professional?"));
        assert!(family
            .contains("ACTT (Assertive Community Treatment Team): from January 2, 2027 to January 31, 2027, it does not rule out peer support."));
        assert!(family.contains("Screening date: November 22, 2026\n"), "a family's dates are written out");
        let family_es = note(Audience::Family, Lang::Es);
        assert!(family_es.contains("hecho por un profesional?"));
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
        a.set("cca_completed", Some(Answer::YesNo(false)), as_of).unwrap();
        let s = screen(&a, as_of);
        assert_eq!(
            sentences::eligible_from(&s, staff(), DateStyle::Iso).as_deref(),
            Some("Eligible from 2027-01-02, if nothing else changes.")
        );
        let text = CaseNote::new(&a, &s, staff()).text();
        assert!(
            text.contains("policy before deciding.\nEligible from 2027-01-02, if nothing else changes.\n"),
            "{text}"
        );

        let blank = Answers::new(program);
        let s = screen(&blank, as_of);
        let summary = CaseNote::new(&blank, &s, Voice::new(Lang::En, Audience::Family, Subject::Person));
        assert!(summary.sections.iter().all(|s| s.heading != "Answers"), "no answers, no section");
        let missing = summary.sections.iter().find(|s| s.heading == "What we still need to know").unwrap();
        assert_eq!(missing.items[0].text, program.questions[0].text.en.family);
    }

    #[test]
    fn service_facts_and_money() {
        assert_eq!(sentences::money(1000), "10.00");
        assert_eq!(sentences::money(1233), "12.33");
        assert_eq!(sentences::money(5), "0.05");
        let mut program_facts = Vec::new();
        for program in rules::ALL {
            program_facts.push(sentences::service_facts(program, staff()));
        }
        assert!(program_facts[0].is_empty(), "nc-pss: the source gives no unit");
        let mo = rules::find("mo-peer-support").unwrap();
        assert_eq!(
            sentences::service_facts(mo, staff()),
            ["Unit: 15 minutes", "At most 32 units a day", "At most 96 units a calendar month"]
        );
    }

    #[test]
    fn every_program_summarizes_even_with_no_questions() {
        for program in rules::ALL {
            let a = Answers::new(program);
            let s = screen(&a, d("2026-11-22"));
            let text = CaseNote::new(&a, &s, staff()).text();
            assert!(text.contains("\nThis is a screening, not an eligibility determination.\n"));
            assert!(text.contains(program.id));
            // It ends with the request that gives it again, and says it holds the answers.
            let last = text.lines().last().unwrap();
            assert!(last.starts_with('{') && last.contains(program.id), "{last}");
            assert!(text.contains("This note holds the person's answers"));
            // Every note of a program with a draft source says so, in every voice; no other does.
            for voice in Voice::all() {
                let note = CaseNote::new(&a, &s, voice);
                assert_eq!(note.draft.is_some(), program.document.draft, "{}", program.id);
                assert_eq!(
                    note.text().contains(voice.t(|w| &w.result.draft)),
                    program.document.draft,
                    "{}",
                    program.id
                );
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
        let s = screen(&a, d("2026-11-22"));
        let plain = CaseNote::new(&a, &s, staff()).text();
        assert!(plain.contains("\nContact\n- Questions: ask the agency that gave you this screener"), "{plain}");
        let lines = vec!["Riverside Intake".to_owned(), "Phone: (402) 555-0100".to_owned()];
        let text = CaseNote::new(&a, &s, staff()).with_contact(lines, staff()).text();
        assert!(text.contains("\nContact\n- Riverside Intake\n- Phone: (402) 555-0100\n"), "{text}");
        assert!(!text.contains("LME-MCO."));
    }
}
