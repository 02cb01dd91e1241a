//! A screening's sentences in one voice ([`Voice`]: language, audience, subject) and one date
//! style: each criterion's reason, the next steps, the dates a result gives, transition windows,
//! service facts, answers as text, and the words for outcomes, statuses and kinds.
//!
//! The engine decides and this module words: the engine returns reasons as data
//! ([`crate::engine::Reason`]) and next steps as the rulebook's [`Words`]; everything a person
//! reads about a screening is written here, from the rulebooks' words and the words tables
//! ([`crate::words`]). The contract's reasons keep `YYYY-MM-DD` ([`DateStyle::Iso`]); what a page
//! shows a family writes dates out ([`DateStyle::Long`], SCREENING.md §7).

use chrono::{Datelike, NaiveDate};

use crate::answers::{Answer, Answers};
use crate::dates;
use crate::engine::{Finding, Outcome, Reason, Screening, Sentence, Shared, Status, Transition, Value};
use crate::model::{Audience, CriterionKind, PolicyStatus, Program, Said, Test, Voice, Words};
use crate::template::{self, render, sentence};
use crate::words::{Reasons, Table};

/// How a date is written: `YYYY-MM-DD` for the contract (and every reason it carries), or out in
/// the voice's language for people to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DateStyle {
    #[default]
    Iso,
    /// "December 10, 2026" in English, "10 de diciembre de 2026" in Spanish.
    Long,
}

impl DateStyle {
    /// The style of the dates a person reads in a voice: written out for families
    /// (SCREENING.md §7), `YYYY-MM-DD` for staff.
    pub fn for_voice(voice: Voice) -> DateStyle {
        match voice.audience {
            Audience::Family => DateStyle::Long,
            Audience::Staff => DateStyle::Iso,
        }
    }
}

/// Appends `date` in `style` (written out in the voice's language) to `out`.
pub fn write_date(out: &mut String, date: NaiveDate, voice: Voice, style: DateStyle) {
    match style {
        DateStyle::Iso => dates::write_to(out, date),
        DateStyle::Long => {
            let words = &voice.words().dates;
            let month = voice.say(words.month(date.month0()));
            let day = number(date.day());
            let year = number(date.year().unsigned_abs());
            template::render_into(out, voice.say(&words.long), |name, out| {
                out.push_str(match name {
                    "day" => &day,
                    "month" => month,
                    "year" => &year,
                    _ => return false,
                });
                true
            });
        }
    }
}

/// `date` in `style`.
pub fn date(date: NaiveDate, voice: Voice, style: DateStyle) -> String {
    let mut out = String::with_capacity(24);
    write_date(&mut out, date, voice, style);
    out
}

/// `n` in decimal, without `core::fmt` (it is not linked into the WebAssembly for this).
fn number(n: u32) -> String {
    let mut digits = [0u8; 10];
    let (mut rest, mut count) = (n, 0);
    loop {
        digits[count] = b'0' + (rest % 10) as u8;
        rest /= 10;
        count += 1;
        if rest == 0 {
            break;
        }
    }
    digits[..count].iter().rev().map(|d| char::from(*d)).collect()
}

/// The shared sentence of a reason, from the words table.
fn shared(reasons: &'static Reasons, which: Shared) -> &'static Said {
    match which {
        Shared::AgeReached => &reasons.age_reached,
        Shared::AgeNotReached => &reasons.age_not_reached,
        Shared::WindowNotReceiving => &reasons.window_not_receiving,
        Shared::WindowPassed => &reasons.window_passed,
        Shared::WindowOpen => &reasons.window_open,
        Shared::WindowNotYet => &reasons.window_not_yet,
        Shared::WindowEndUnknown => &reasons.window_end_unknown,
    }
}

/// One criterion's reason as a sentence, in `voice` with dates in `style`.
pub fn reason(program: &'static Program, finding: &Finding, voice: Voice, style: DateStyle) -> String {
    let Reason { sentence: which, values } = finding.reason;
    let criterion = finding.criterion;
    let (template, question_text) = match (which, criterion.test.verdicts()) {
        (Sentence::Pass, Some(says)) => (voice.text(&says.pass), ""),
        (Sentence::Fail, Some(says)) => (voice.text(&says.fail), ""),
        (Sentence::Shared(which), _) => (voice.say(shared(&voice.words().reasons, which)), ""),
        (Sentence::FirstNo, _) => match &criterion.test {
            Test::WithFollowUp { when_no, .. } => (voice.text(when_no), ""),
            _ => (voice.t(|w| &w.reasons.not_answered), ""),
        },
        (Sentence::NotAnswered(question), _) => {
            let text = program.question(question).map_or(question, |q| voice.text(&q.text));
            (voice.t(|w| &w.reasons.not_answered), text)
        }
        // The engine gives Pass and Fail only to the shapes that have verdicts.
        (Sentence::Pass | Sentence::Fail, None) => (voice.t(|w| &w.reasons.not_answered), ""),
    };
    let (service_name, end_of) = match &criterion.test {
        Test::TransitionWindow { service_name, end_of, .. } => (voice.text(service_name), voice.text(end_of)),
        _ => ("", ""),
    };
    let mut out = String::with_capacity(template.len() + 48);
    template::render_into(&mut out, template, |name, out| {
        match name {
            "service" => out.push_str(service_name),
            "end_of" => out.push_str(end_of),
            "question" => out.push_str(question_text),
            _ => match values.get(name) {
                Some(Value::Number(n)) => out.push_str(&n.to_string()),
                Some(Value::Date(d)) => write_date(out, d, voice, style),
                Some(Value::Id(id)) => out.push_str(id),
                None => return false,
            },
        }
        true
    });
    sentence(out)
}

/// Every criterion's reason, in the order of the findings.
pub fn reasons(screening: &Screening, voice: Voice, style: DateStyle) -> Vec<String> {
    screening.findings.iter().map(|f| reason(screening.program, f, voice, style)).collect()
}

/// The next steps in `voice`.
pub fn next_steps(screening: &Screening, voice: Voice) -> Vec<&'static str> {
    screening.next_steps.iter().map(|words| voice.text(words)).collect()
}

/// The dates a screening gives, in plain words and in `style`: "Eligible from …" (or, when an
/// answer is still missing, the day to screen again), then one sentence per transition window.
pub fn dates_said(screening: &Screening, voice: Voice, style: DateStyle) -> Vec<String> {
    let mut lines: Vec<String> = eligible_from(screening, voice, style).into_iter().collect();
    // `rescreen_on` equals `eligible_from` when both are set: say it only when it is the one date.
    if let Some(day) = screening.rescreen_on.filter(|_| screening.eligible_from.is_none()) {
        lines.push(render(voice.t(|w| &w.result.rescreen_on), &[("date", &date(day, voice, style))]));
    }
    lines.extend(screening.transitions.iter().map(|t| transition(screening.program, t, voice, style)));
    lines
}

/// "Eligible from …" in plain words, when the screening gives a date.
pub fn eligible_from(screening: &Screening, voice: Voice, style: DateStyle) -> Option<String> {
    let day = screening.eligible_from?;
    Some(render(voice.t(|w| &w.result.eligible_from), &[("date", &date(day, voice, style))]))
}

/// A transition window in a sentence.
pub fn transition(program: &'static Program, t: &Transition, voice: Voice, style: DateStyle) -> String {
    let name = program
        .criteria
        .iter()
        .find_map(|c| match &c.test {
            Test::TransitionWindow { service, service_name, .. } if *service == t.service => {
                Some(voice.text(service_name))
            }
            _ => None,
        })
        .unwrap_or(t.service);
    // A sentence: a service named mid-sentence ("residential care") begins it here.
    sentence(render(
        voice.t(|w| &w.result.transition),
        &[("service", name), ("from", &date(t.from, voice, style)), ("until", &date(t.until, voice, style))],
    ))
}

/// The service facts the source gives, one line each.
pub fn service_facts(program: &Program, voice: Voice) -> Vec<String> {
    let s = &program.service;
    let w = &voice.words().result;
    let mut lines = Vec::new();
    let mut line = |said: &Said, name: &str, value: &str| lines.push(render(voice.say(said), &[(name, value)]));
    if let Some(n) = s.unit_minutes {
        line(&w.unit, "n", &number(n));
    }
    if let Some(cents) = s.rate_cents {
        line(&w.rate, "amount", &money(cents));
    }
    if let Some(code) = s.procedure_code {
        line(&w.code, "code", code);
    }
    if let Some(n) = s.max_units_per_day {
        line(&w.max_day, "n", &number(n));
    }
    if let Some(n) = s.max_units_per_month {
        line(&w.max_month, "n", &number(n));
    }
    lines
}

/// Cents as dollars with two decimals: 1233 is "12.33".
pub fn money(cents: u32) -> String {
    let mut out = number(cents / 100);
    out.push('.');
    let rest = cents % 100;
    out.push(char::from(b'0' + (rest / 10) as u8));
    out.push(char::from(b'0' + (rest % 10) as u8));
    out
}

/// The text of an answer as a person reads it: "Yes", a date in `style`, the options chosen, a
/// number.
pub fn answer_text(program: &Program, id: &str, answer: &Answer, voice: Voice, style: DateStyle) -> String {
    let w = &voice.words().result;
    match answer {
        Answer::YesNo(v) => voice.say(if *v { &w.yes } else { &w.no }).to_owned(),
        Answer::Date(day) => date(*day, voice, style),
        Answer::Count(n) => n.to_string(),
        Answer::Choice(i) => program
            .question(id)
            .and_then(|q| q.options.get(*i))
            .map_or_else(String::new, |o| voice.text(&o.text).to_owned()),
        Answer::Chosen(bits) => {
            let options = program.question(id).map_or(&[][..], |q| q.options);
            let chosen: Vec<&str> = options
                .iter()
                .enumerate()
                .filter(|(i, _)| *i < 32 && bits & (1 << i) != 0)
                .map(|(_, o)| voice.text(&o.text))
                .collect();
            if chosen.is_empty() {
                voice.say(&w.none_apply).to_owned()
            } else {
                chosen.join("; ")
            }
        }
    }
}

/// An answer among `answers`, or "Not sure" when it is unknown.
pub fn answer_or_not_sure(answers: &Answers, id: &str, voice: Voice, style: DateStyle) -> String {
    match answers.get(id) {
        Some(answer) => answer_text(answers.program(), id, answer, voice, style),
        None => voice.t(|w| &w.result.not_sure).to_owned(),
    }
}

/// An outcome in words.
pub fn outcome(table: &'static Table, outcome: Outcome) -> &'static Said {
    match outcome {
        Outcome::Eligible => &table.result.eligible,
        Outcome::NotEligible => &table.result.not_eligible,
        Outcome::Incomplete => &table.result.incomplete,
    }
}

/// A program's policy status in words (SCREENING.md §3: draft for North Carolina's).
pub fn policy_status(table: &'static Table, program: &Program) -> &'static Said {
    match program.policy_status() {
        PolicyStatus::Published => &table.result.published,
        PolicyStatus::Draft => &table.result.draft_policy,
    }
}

/// A criterion's status in words.
pub fn status(table: &'static Table, status: Status) -> &'static Said {
    match status {
        Status::Pass => &table.result.met,
        Status::Fail => &table.result.not_met,
        Status::Unknown => &table.result.undetermined,
    }
}

/// A status as a symbol (shown beside its word, never alone).
pub fn status_icon(status: Status) -> &'static str {
    match status {
        Status::Pass => "✓",
        Status::Fail => "✗",
        Status::Unknown => "?",
    }
}

/// A criterion's kind in words.
pub fn kind(table: &'static Table, kind: CriterionKind) -> &'static Said {
    match kind {
        CriterionKind::Eligibility => &table.result.eligibility,
        CriterionKind::Exclusion => &table.result.exclusion,
        CriterionKind::Requirement => &table.result.requirement,
        CriterionKind::Limit => &table.result.limit,
    }
}

/// A rulebook's words, for the tests that read every text of a program.
pub fn rulebook_texts(program: &'static Program) -> Vec<&'static Words> {
    let mut texts = vec![&program.title, &program.ask];
    for q in program.questions {
        texts.push(&q.text);
        texts.extend(q.options.iter().map(|o| &o.text));
    }
    for c in program.criteria {
        if let Some(says) = c.test.verdicts() {
            texts.push(&says.pass);
            texts.push(&says.fail);
        }
        match &c.test {
            Test::TransitionWindow { service_name, end_of, .. } => texts.extend([service_name, end_of]),
            Test::WithFollowUp { when_no, .. } => texts.push(when_no),
            _ => {}
        }
        texts.extend(c.next_step());
    }
    texts.extend(program.standing_notes);
    texts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    fn d(s: &str) -> NaiveDate {
        dates::parse(s).unwrap()
    }

    #[test]
    fn dates_are_written_out_for_people() {
        let long = |day, lang| date(day, Voice::staff(lang), DateStyle::Long);
        assert_eq!(long(d("2026-12-10"), Lang::En), "December 10, 2026");
        assert_eq!(long(d("2026-12-10"), Lang::Es), "10 de diciembre de 2026");
        assert_eq!(long(d("2027-01-02"), Lang::En), "January 2, 2027");
        assert_eq!(long(d("2027-01-02"), Lang::Es), "2 de enero de 2027");
        assert_eq!(long(dates::FIRST, Lang::En), "January 1, 1");
        assert_eq!(long(dates::LAST, Lang::Es), "31 de diciembre de 9999");
        assert_eq!(date(d("2026-11-22"), Voice::staff(Lang::Es), DateStyle::Iso), "2026-11-22");
        assert_eq!(DateStyle::for_voice(Voice::staff(Lang::En)), DateStyle::Iso);
    }

    #[test]
    fn numbers_without_fmt() {
        assert_eq!(number(0), "0");
        assert_eq!(number(7), "7");
        assert_eq!(number(4_294_967_295), "4294967295");
    }
}
