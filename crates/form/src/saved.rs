//! "Open a saved screening": a case note (whole, or its last line: the request that gives it
//! again), or a family's hand-off code, read back into the answers being filled in.
//!
//! This module owns the reading and what it means for the form, as data: where the request is
//! in the text ([`read`]: a code, a JSON text, or a note's last request line), the request
//! checked by the contract exactly as `peer-screen check` checks it, the rulebook version the
//! text says it was judged under (a note's "Rulebook version" line, a code's version), what the
//! sheet takes from it ([`AnswerSheet::fill`]), and how the result then compares with the
//! result now ([`Since`]). Bad text is a [`SavedProblem`] that names what is wrong; the sheet is
//! changed only by a request that reads whole.
//!
//! Pure: the text and today in, data out. The widget wires the paste field and words the
//! problems.

use chrono::NaiveDate;

use screener::answers::{Answer, Answers};
use screener::dates;
use screener::engine::{self, Outcome, Screening};
use screener::model::{Audience, Lang, Program, Question, QuestionType, Subject, Voice};
use screener::words;
use screener_contract::handoff::{self, CodeProblem};
use screener_contract::{parse_request_in, ContractError, Json, Request};

use crate::sheet::{AnswerSheet, Changed, Raw, Reply};

/// The longest text read (in bytes, or in UTF-16 units as a browser counts a text area's
/// length): a case note is a few kilobytes; anything longer is refused before it is read.
pub const LONGEST: usize = 64 * 1024;

/// What the saved text was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A request alone (a note's last line).
    Request,
    /// A case note, whose last request line was read.
    Note,
    /// A family's hand-off code.
    Code,
}

/// A saved screening read back: its request, checked, and what the text said of itself.
#[derive(Clone, Debug)]
pub struct Saved {
    pub request: Request,
    pub source: Source,
    /// The request's own language, wording, subject and screening date, where it gives them
    /// (the form keeps its own for what it leaves out).
    pub lang: Option<Lang>,
    pub audience: Option<Audience>,
    pub subject: Option<Subject>,
    pub as_of: Option<NaiveDate>,
    /// The version of the rulebook that judged it, where the text says (a note's "Rulebook
    /// version" line, a code).
    pub version: Option<NaiveDate>,
}

/// Why a text cannot be opened. The form keeps what it had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedProblem {
    /// Nothing was pasted.
    Empty,
    /// Longer than [`LONGEST`]: `size` is what was given.
    TooLong { size: usize },
    /// No request in it: no JSON object with a `program`, and not written as a code.
    NotARequest,
    /// A hand-off code that cannot be used.
    Code(CodeProblem),
    /// A request the contract refuses (an unknown program, a question the program does not ask,
    /// an answer of the wrong type...), its message in the form's language.
    Request(ContractError),
    /// A program the host does not offer here.
    NotOffered { program: &'static str },
}

/// Refuses a text of `size` bytes (or UTF-16 units) before it is read, when it is too long.
pub fn too_long(size: usize) -> Option<SavedProblem> {
    (size > LONGEST).then_some(SavedProblem::TooLong { size })
}

/// Reads a pasted text: a hand-off code, a request (one line of JSON, or JSON over several
/// lines), or a case note (its last line that starts with `{`). `today` is the screening date of
/// a request without one; contract errors are worded in `lang` unless the request names its own.
pub fn read(text: &str, today: NaiveDate, lang: Lang) -> Result<Saved, SavedProblem> {
    if let Some(problem) = too_long(text.len()) {
        return Err(problem);
    }
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Err(SavedProblem::Empty);
    }
    if handoff::looks_like_code(text) {
        let decoded = handoff::decode(text).map_err(SavedProblem::Code)?;
        let request = parse_request_in(&decoded.request(), || today, lang).map_err(SavedProblem::Request)?;
        return Ok(Saved {
            request,
            source: Source::Code,
            lang: Some(decoded.lang),
            // A worker opens a family's code in staff wording.
            audience: Some(Audience::Staff),
            subject: Some(decoded.subject),
            as_of: None,
            version: Some(decoded.version),
        });
    }
    let (json_text, source) = if text.starts_with('{') {
        (text, Source::Request)
    } else {
        let line = text.lines().rev().map(str::trim).find(|l| l.starts_with('{')).ok_or(SavedProblem::NotARequest)?;
        (line, Source::Note)
    };
    let json = screener_contract::text::parse(json_text)
        .map_err(|problem| SavedProblem::Request(ContractError::invalid_request(problem).in_lang(lang)))?;
    let Json::Object(fields) = &json else { return Err(SavedProblem::NotARequest) };
    if !fields.iter().any(|(key, _)| key == "program") {
        return Err(SavedProblem::NotARequest);
    }
    let request = parse_request_in(&json, || today, lang).map_err(SavedProblem::Request)?;
    let field = |name: &str| fields.iter().any(|(key, _)| key == name);
    let version = if source == Source::Note { note_version(text) } else { None };
    Ok(Saved {
        lang: field("lang").then_some(request.lang),
        audience: field("audience").then_some(request.audience),
        subject: field("subject").then_some(request.subject),
        as_of: field("as_of").then_some(request.as_of),
        request,
        source,
        version,
    })
}

/// The rulebook version a case note states ("Rulebook version: 2026-12-02", in any of its
/// languages and wordings).
fn note_version(note: &str) -> Option<NaiveDate> {
    let labels: Vec<&str> = Voice::all().map(|voice| voice.say(&words::table(voice.lang).result.version)).collect();
    note.lines().rev().find_map(|line| {
        let (label, value) = line.trim().split_once(": ")?;
        labels.contains(&label).then(|| dates::parse(value.trim())).flatten()
    })
}

/// The result of a saved screening, to say beside today's when they differ (or the rules
/// changed since).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Since {
    /// The saved screening date (`None` for a code: it is screened on the day it is read).
    pub screened_on: Option<NaiveDate>,
    /// The rulebook version it was judged under, where the text says.
    pub version: Option<NaiveDate>,
    /// Today's rules on the saved date: the outcome and `eligible_from`.
    pub outcome: Outcome,
    pub eligible_from: Option<NaiveDate>,
}

impl Since {
    /// The saved result, worked out by today's rules on the saved date.
    pub fn of(saved: &Saved) -> Since {
        let then = engine::screen(&saved.request.answers, saved.request.as_of);
        Since {
            screened_on: saved.as_of,
            version: saved.version,
            outcome: then.outcome,
            eligible_from: then.eligible_from,
        }
    }

    /// The version it was judged under, when it is not `program`'s today.
    pub fn other_version(&self, program: &Program) -> Option<NaiveDate> {
        self.version.filter(|v| dates::parse(program.version) != Some(*v))
    }

    /// Whether to say anything beside `now`: the rules changed, or the result did.
    pub fn differs(&self, now: &Screening) -> bool {
        self.other_version(now.program).is_some()
            || (self.screened_on.is_some() && (self.outcome, self.eligible_from) != (now.outcome, now.eligible_from))
    }
}

/// The paste field's state, kept by the root: open or not, what went wrong with the last text,
/// what was opened (said once), and the saved result to compare with today's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Panel {
    pub open: bool,
    pub error: Option<SavedProblem>,
    pub opened: Option<Opened>,
    pub since: Option<Since>,
}

/// What a saved screening filled in: its program, how many answers, and from what.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opened {
    pub program: &'static Program,
    pub answers: usize,
    pub source: Source,
}

impl Opened {
    pub fn of(saved: &Saved) -> Opened {
        let answers = saved.request.answers.clone();
        let program = saved.request.program;
        let count = program.questions.iter().filter(|q| answers.is_asked(q) && answers.is_known(q.id)).count();
        Opened { program, answers: count, source: saved.source }
    }
}

/// One answer as the sheet holds it: what a person would have ticked or typed.
fn raw(question: &Question, answer: Option<&Answer>) -> Raw {
    match (question.kind, answer) {
        (QuestionType::YesNo, Some(Answer::YesNo(yes))) => Raw::YesNo(if *yes { Reply::Yes } else { Reply::No }),
        (QuestionType::MultiSelect, Some(Answer::Chosen(bits))) => Raw::Chosen { bits: *bits, none: *bits == 0 },
        (QuestionType::SingleChoice, Some(Answer::Choice(i))) => Raw::Choice(Some(*i)),
        (QuestionType::Date, Some(Answer::Date(date))) => Raw::Text { text: dates::format(*date), bad: false },
        (QuestionType::Count, Some(Answer::Count(n))) => Raw::Text { text: n.to_string(), bad: false },
        (kind, _) => Raw::blank(kind),
    }
}

/// The raw answers of `answers`: those asked (a follow-up while its parent is yes), as the case
/// note's request line holds them; the others blank.
pub fn raw_answers(answers: &Answers) -> Vec<Raw> {
    let program = answers.program();
    program.questions.iter().map(|q| raw(q, answers.get(q.id).filter(|_| answers.is_asked(q)))).collect()
}

impl AnswerSheet {
    /// Fills the sheet from a saved screening: its program (if the host offers it here), its
    /// language, wording and subject where it gives them, the screening date (today, or the
    /// saved one when `keep_date` and it gives one), and its answers. Nothing changes when the
    /// program is not offered.
    pub fn fill(&mut self, saved: &Saved, keep_date: bool) -> Result<Changed, SavedProblem> {
        let program = saved.request.program;
        if !self.allowed().contains(&program) {
            return Err(SavedProblem::NotOffered { program: program.id });
        }
        if let Some(lang) = saved.lang {
            self.lang = lang;
        }
        if let Some(audience) = saved.audience {
            self.audience = audience;
        }
        if let Some(subject) = saved.subject {
            self.subject = subject;
        }
        if self.state.is_some_and(|s| s != program.state) {
            self.state = Some(program.state);
        }
        let mut changed = self.set_program(Some(program));
        if !changed.cleared {
            self.clear_answers();
            changed.cleared = true;
        }
        self.answers = raw_answers(&saved.request.answers);
        let as_of = saved.as_of.filter(|_| keep_date).unwrap_or(self.today);
        self.as_of = dates::format(as_of);
        self.as_of_bad = false;
        Ok(Changed { program: changed.program, cleared: true })
    }

    /// The continued-stay review of the program chosen, when it is an admission program that has
    /// one and the picker offers it (derived from the rulebooks: the review names the program it
    /// reviews).
    pub fn review(&self) -> Option<&'static Program> {
        let program = self.program?;
        self.offered().into_iter().find(|p| p.stage.review_of() == Some(program.id))
    }

    /// Opens the review of [`AnswerSheet::review`] with every answer the two programs share (the
    /// same question id and type) carried over; the date, language and wording stay.
    pub fn start_review(&mut self) -> Changed {
        let (Some(from), Some(review)) = (self.program, self.review()) else { return Changed::default() };
        let carried: Vec<(&'static str, Raw)> =
            shared_questions(from, review).into_iter().filter_map(|id| Some((id, self.raw(id)?.clone()))).collect();
        let changed = self.set_program(Some(review));
        for (id, raw) in carried {
            if let Some(slot) = self.raw_mut(id) {
                *slot = raw;
            }
        }
        changed
    }
}

/// The questions a review shares with its admission program (the same id and type): those
/// [`AnswerSheet::start_review`] carries over.
pub fn shared_questions(admission: &Program, review: &Program) -> Vec<&'static str> {
    admission
        .questions
        .iter()
        .filter(|q| review.question(q.id).is_some_and(|r| r.kind == q.kind))
        .map(|q| q.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use screener::rules;

    fn d(s: &str) -> NaiveDate {
        dates::parse(s).expect("a date")
    }

    const TODAY: &str = "2027-03-01";

    fn read_en(text: &str) -> Result<Saved, SavedProblem> {
        read(text, d(TODAY), Lang::En)
    }

    #[test]
    fn a_request_line_a_note_and_json_over_lines_read_alike() {
        let line = r#"{"program":"nc-pss","as_of":"2026-11-22","lang":"es","audience":"family","answers":{"actt":true,"actt_auth_end":"2027-01-31"}}"#;
        let saved = read_en(line).expect("a request");
        assert_eq!(saved.source, Source::Request);
        assert_eq!((saved.lang, saved.audience, saved.subject), (Some(Lang::Es), Some(Audience::Family), None));
        assert_eq!(saved.as_of, Some(d("2026-11-22")));
        assert_eq!(saved.version, None);
        let note = format!("Peer support screening\nOutcome: Not eligible\n\nRulebook version: 2026-11-30\nThis is a screening.\nTo check this screening again, give the next line to peer-screen check:\n{line}\n\n");
        let from_note = read_en(&note).expect("a note");
        assert_eq!(from_note.source, Source::Note);
        assert_eq!(from_note.version, Some(d("2026-11-30")));
        assert_eq!(from_note.request.answers, saved.request.answers);
        let spanish = note.replace("Rulebook version", "Versión de las reglas");
        let label = Voice::staff(Lang::Es).t(|w| &w.result.version);
        assert_eq!(
            read_en(&spanish.replace("Versión de las reglas", label)).expect("a note").version,
            Some(d("2026-11-30"))
        );
        let pretty = "{\n  \"program\": \"nc-pss\",\n  \"answers\": {}\n}";
        let saved = read_en(pretty).expect("JSON over lines");
        assert_eq!(saved.request.as_of, d(TODAY), "no date: today");
        assert_eq!(saved.as_of, None);
    }

    #[test]
    fn bad_text_names_what_is_wrong() {
        assert_eq!(read_en("  \n ").unwrap_err(), SavedProblem::Empty);
        assert_eq!(read_en("Hello, this is a letter.").unwrap_err(), SavedProblem::NotARequest);
        assert_eq!(read_en(r#"{"name":"another app","items":[1,2]}"#).unwrap_err(), SavedProblem::NotARequest);
        assert_eq!(read_en("[1, 2, 3]\n").unwrap_err(), SavedProblem::NotARequest);
        let long = "x".repeat(LONGEST + 1);
        assert_eq!(read_en(&long).unwrap_err(), SavedProblem::TooLong { size: LONGEST + 1 });
        let unknown = read_en(r#"{"program":"tx-pss","answers":{}}"#).unwrap_err();
        assert!(matches!(&unknown, SavedProblem::Request(e) if e.code.code() == "unknown_program"), "{unknown:?}");
        let question = read_en(r#"{"program":"nc-pss","answers":{"birth_date":"2000-01-01"}}"#).unwrap_err();
        assert!(
            matches!(&question, SavedProblem::Request(e) if e.code.code() == "unknown_question" && e.question.as_deref() == Some("birth_date")),
            "{question:?}"
        );
        let broken = read_en("{\"program\": \"nc-pss\",").unwrap_err();
        assert!(matches!(&broken, SavedProblem::Request(e) if e.code.code() == "invalid_request"), "{broken:?}");
        let code = read_en("ABCD-EFGH-JKMN").unwrap_err();
        assert_eq!(code, SavedProblem::Code(CodeProblem::Check));
        let es = read(r#"{"program":"tx-pss"}"#, d(TODAY), Lang::Es).unwrap_err();
        let SavedProblem::Request(error) = es else { panic!("a contract error") };
        assert_eq!(error.lang, Lang::Es, "the form's language, as the request names none");
    }

    #[test]
    fn filling_sets_program_wording_date_and_answers() {
        let line = r#"{"program":"mo-peer-support","as_of":"2026-11-22","lang":"es","answers":{"birth_date":"2011-03-04","enrolled_program":"cstar_adolescent","planned_units_day":4}}"#;
        let saved = read_en(line).expect("a request");
        let mut sheet = AnswerSheet::new(d(TODAY));
        let changed = sheet.fill(&saved, false).expect("offered");
        assert!(changed.program && changed.cleared);
        assert_eq!(sheet.program.map(|p| p.id), Some("mo-peer-support"));
        assert_eq!(sheet.lang, Lang::Es);
        assert_eq!(sheet.audience, Audience::Staff, "not given: kept");
        assert_eq!(sheet.as_of, TODAY, "today unless the old date is kept");
        assert_eq!(sheet.raw("birth_date"), Some(&Raw::Text { text: "2011-03-04".into(), bad: false }));
        assert_eq!(sheet.raw("enrolled_program"), Some(&Raw::Choice(Some(0))));
        assert_eq!(sheet.raw("planned_units_day"), Some(&Raw::Text { text: "4".into(), bad: false }));
        assert_eq!(sheet.raw("treatment_team"), Some(&Raw::YesNo(Reply::Unanswered)));
        let _ = sheet.fill(&saved, true).expect("offered");
        assert_eq!(sheet.as_of, "2026-11-22");

        let mut locked = AnswerSheet::new(d(TODAY));
        let _ = locked.update(crate::sheet::Action::Lock(rules::find("nc-pss")));
        let before = locked.clone();
        assert_eq!(locked.fill(&saved, false).unwrap_err(), SavedProblem::NotOffered { program: "mo-peer-support" });
        assert_eq!(locked, before, "nothing changes");
    }

    #[test]
    fn since_says_when_the_result_or_the_rules_changed() {
        let line = r#"{"program":"nc-pss","as_of":"2026-11-22","answers":{"dsm5_diagnosis":true,"need_areas":["recent_crisis","relationships","daily_living"],"innovations_waiver":false,"actt":true,"actt_auth_end":"2027-01-31","cst":false,"other_pss_provider":false,"cca_completed":true,"cca_medical_necessity":true}}"#;
        let saved = read(line, d("2027-01-10"), Lang::En).expect("a request");
        let since = Since::of(&saved);
        assert_eq!((since.outcome, since.eligible_from), (Outcome::NotEligible, Some(d("2027-01-02"))));
        let today = engine::screen(&saved.request.answers, d("2027-01-10"));
        assert_eq!(today.outcome, Outcome::Eligible);
        assert!(since.differs(&today));
        let same_day = engine::screen(&saved.request.answers, d("2026-11-22"));
        assert!(!since.differs(&same_day), "same rules, same date, same result");
        let program = saved.request.program;
        let other = Since { version: Some(d("2000-01-01")), ..since.clone() };
        assert_eq!(other.other_version(program), Some(d("2000-01-01")));
        assert!(other.differs(&same_day), "other rules: said");
        let current = Since { version: dates::parse(program.version), ..since };
        assert_eq!(current.other_version(program), None);
    }

    #[test]
    fn a_review_starts_with_the_answers_both_programs_share() {
        let mut sheet = AnswerSheet::new(d(TODAY));
        let _ = sheet.update(crate::sheet::Action::ChooseProgram("nc-pss".into()));
        let _ = sheet.update(crate::sheet::Action::YesNo { question: "actt", reply: Reply::Yes });
        let _ = sheet.update(crate::sheet::Action::Text {
            question: "actt_auth_end",
            text: "2027-05-31".into(),
            bad: false,
        });
        let _ = sheet.update(crate::sheet::Action::YesNo { question: "dsm5_diagnosis", reply: Reply::Yes });
        let review = sheet.review().expect("NC has a review");
        assert_eq!(review.stage.review_of(), Some("nc-pss"));
        let changed = sheet.start_review();
        assert!(changed.program);
        assert_eq!(sheet.program.map(|p| p.id), Some(review.id));
        assert_eq!(sheet.raw("actt"), Some(&Raw::YesNo(Reply::Yes)));
        assert_eq!(sheet.raw("actt_auth_end"), Some(&Raw::Text { text: "2027-05-31".into(), bad: false }));
        assert_eq!(sheet.raw("dsm5_diagnosis"), None, "not a question of the review");
        assert_eq!(sheet.review(), None, "a review has no review");
        // Every program with a review: derived from the rulebooks.
        let with_review: Vec<&str> = rules::ALL
            .iter()
            .filter(|p| {
                let mut sheet = AnswerSheet::new(d(TODAY));
                let _ = sheet.update(crate::sheet::Action::ChooseProgram(p.id.into()));
                sheet.review().is_some()
            })
            .map(|p| p.id)
            .collect();
        let reviewed: Vec<&str> = rules::ALL.iter().filter_map(|p| p.stage.review_of()).collect();
        assert_eq!(with_review, reviewed);
        for id in reviewed {
            let admission = rules::find(id).expect("reviewed program");
            let review = rules::ALL.iter().find(|p| p.stage.review_of() == Some(id)).expect("its review");
            assert!(!shared_questions(admission, review).is_empty(), "{id} shares questions with its review");
        }
    }
}
