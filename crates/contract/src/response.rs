//! Serde views of what the core produces: a screening as the response of SCREENING.md §3, and the
//! rulebooks as the catalog of §9. Each view borrows the core's value and writes the contract's
//! field names; no JSON library is named here.

use chrono::NaiveDate;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::Serialize;

use screener::dates;
use screener::engine::{Finding, Screening, Transition};
use screener::model::{Audience, Choice, Criterion, Lang, Program, Question, Subject, Voice, Words};
use screener::rules;
use screener::sentences::{self, DateStyle};

/// The response JSON of a screening, its reasons and next steps in `voice` (dates in them
/// `YYYY-MM-DD`, SCREENING.md §7).
pub struct Response<'a> {
    pub screening: &'a Screening,
    pub voice: Voice,
}

impl Serialize for Response<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = self.screening;
        let voice = self.voice;
        let program = r.program;
        let mut m = s.serialize_map(Some(12))?;
        m.serialize_entry("program", program.id)?;
        m.serialize_entry("version", program.version)?;
        m.serialize_entry("policy_status", program.policy_status().code())?;
        m.serialize_entry("as_of", &DateJson(r.as_of))?;
        m.serialize_entry("outcome", r.outcome.code())?;
        m.serialize_entry("eligible_from", &r.eligible_from.map(DateJson))?;
        m.serialize_entry("rescreen_on", &r.rescreen_on.map(DateJson))?;
        m.serialize_entry("transitions", &seq(&r.transitions, (), |(), t| TransitionJson(t)))?;
        m.serialize_entry(
            "criteria",
            &seq(&r.findings, (program, voice), |(program, voice), finding| FindingJson { program, finding, voice }),
        )?;
        m.serialize_entry("missing", &r.missing)?;
        m.serialize_entry("next_steps", &sentences::next_steps(r, voice))?;
        m.serialize_entry("service", &ServiceJson(program))?;
        m.end()
    }
}

/// The short form of a response that a host page may ask to hear (the widget's
/// `events="summary"`): what a tracker of cases needs, and no reason, source or answer:
/// `program`, `version`, `policy_status`, `as_of`, `outcome`, `eligible_from`, `rescreen_on`,
/// `missing`.
pub struct ResponseSummary<'a>(pub &'a Screening);

impl Serialize for ResponseSummary<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = self.0;
        let mut m = s.serialize_map(Some(8))?;
        m.serialize_entry("program", r.program.id)?;
        m.serialize_entry("version", r.program.version)?;
        m.serialize_entry("policy_status", r.program.policy_status().code())?;
        m.serialize_entry("as_of", &DateJson(r.as_of))?;
        m.serialize_entry("outcome", r.outcome.code())?;
        m.serialize_entry("eligible_from", &r.eligible_from.map(DateJson))?;
        m.serialize_entry("rescreen_on", &r.rescreen_on.map(DateJson))?;
        m.serialize_entry("missing", &r.missing)?;
        m.end()
    }
}

/// Serializes a slice through a view function, with a context the view may need.
struct Seq<'a, T, C, V> {
    items: &'a [T],
    context: C,
    view: fn(C, &'a T) -> V,
}

fn seq<'a, T, C, V>(items: &'a [T], context: C, view: fn(C, &'a T) -> V) -> Seq<'a, T, C, V> {
    Seq { items, context, view }
}

impl<'a, T, C: Copy, V: Serialize> Serialize for Seq<'a, T, C, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut list = s.serialize_seq(Some(self.items.len()))?;
        for item in self.items {
            list.serialize_element(&(self.view)(self.context, item))?;
        }
        list.end()
    }
}

struct DateJson(NaiveDate);

impl Serialize for DateJson {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&dates::format(self.0))
    }
}

struct TransitionJson<'a>(&'a Transition);

impl Serialize for TransitionJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("service", self.0.service)?;
        m.serialize_entry("from", &DateJson(self.0.from))?;
        m.serialize_entry("until", &DateJson(self.0.until))?;
        m.end()
    }
}

struct FindingJson<'a> {
    program: &'static Program,
    finding: &'a Finding,
    voice: Voice,
}

impl Serialize for FindingJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.finding.criterion;
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("id", c.id)?;
        m.serialize_entry("kind", c.kind().code())?;
        m.serialize_entry("status", self.finding.status.code())?;
        m.serialize_entry("reason", &sentences::reason(self.program, self.finding, self.voice, DateStyle::Iso))?;
        m.serialize_entry("source", &SourceJson { program: self.program, criterion: c })?;
        m.end()
    }
}

/// The `source` of a criterion: document, section, title, quote.
pub struct SourceJson {
    pub program: &'static Program,
    pub criterion: &'static Criterion,
}

impl Serialize for SourceJson {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("document", self.program.document.file)?;
        m.serialize_entry("section", self.criterion.source.section)?;
        m.serialize_entry("title", self.program.document.title)?;
        m.serialize_entry("quote", self.criterion.source.quote)?;
        m.end()
    }
}

/// A program's `service` facts.
pub struct ServiceJson(pub &'static Program);

impl Serialize for ServiceJson {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = &self.0.service;
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("unit_minutes", &v.unit_minutes)?;
        m.serialize_entry("rate_cents", &v.rate_cents)?;
        m.serialize_entry("procedure_code", &v.procedure_code)?;
        m.serialize_entry("max_units_per_day", &v.max_units_per_day)?;
        m.serialize_entry("max_units_per_month", &v.max_units_per_month)?;
        m.end()
    }
}

// ---------------------------------------------------------------------------------------------
// The catalog of programs (§9).

/// `{"programs": [...]}`: every rulebook as data, for others to build forms on.
pub struct Catalog;

impl Serialize for Catalog {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry("programs", &seq(&rules::ALL[..], (), |(), p| ProgramJson(p)))?;
        m.end()
    }
}

struct ProgramJson(&'static Program);

impl Serialize for ProgramJson {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let p = self.0;
        let mut m = s.serialize_map(Some(12))?;
        m.serialize_entry("id", p.id)?;
        m.serialize_entry("state", p.state)?;
        m.serialize_entry("title", &WordsJson(&p.title, p))?;
        m.serialize_entry("stage", p.stage.code())?;
        m.serialize_entry("review_of", &p.stage.review_of())?;
        m.serialize_entry("version", p.version)?;
        m.serialize_entry("policy_status", p.policy_status().code())?;
        m.serialize_entry("effective_from", &p.effective_from)?;
        m.serialize_entry("subjects", &p.subjects().iter().map(|s| s.code()).collect::<Vec<_>>())?;
        m.serialize_entry("questions", &seq(p.questions, p, |p, q| QuestionJson(q, p)))?;
        m.serialize_entry("criteria", &seq(p.criteria, p, |program, criterion| CriterionJson { program, criterion }))?;
        m.serialize_entry("service", &ServiceJson(p))?;
        m.end()
    }
}

struct QuestionJson<'a>(&'a Question, &'static Program);

impl Serialize for QuestionJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (q, p) = (self.0, self.1);
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("id", q.id)?;
        m.serialize_entry("type", q.kind.code())?;
        m.serialize_entry("parent", &q.parent)?;
        m.serialize_entry("text", &WordsJson(&q.text, p))?;
        m.serialize_entry("options", &seq(q.options, p, |p, o| ChoiceJson(o, p)))?;
        m.end()
    }
}

struct ChoiceJson<'a>(&'a Choice, &'static Program);

impl Serialize for ChoiceJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("id", self.0.id)?;
        m.serialize_entry("text", &WordsJson(&self.0.text, self.1))?;
        m.end()
    }
}

struct CriterionJson {
    program: &'static Program,
    criterion: &'static Criterion,
}

impl Serialize for CriterionJson {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.criterion;
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("id", c.id)?;
        m.serialize_entry("kind", c.kind().code())?;
        m.serialize_entry("questions", &c.test.question_ids().into_iter().collect::<Vec<_>>())?;
        m.serialize_entry("source", &SourceJson { program: self.program, criterion: c })?;
        m.end()
    }
}

/// `{"staff": {"en", "es"}, "family": {"en", "es"}, "family_child": {"en", "es"} | null}`: a
/// text in each voice, `family_child` null where the program does not offer that voice.
struct WordsJson<'a>(&'a Words, &'static Program);

impl Serialize for WordsJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        /// One voice's text in every language.
        struct ByLang<'a>(&'a Words, Audience, Subject);
        impl Serialize for ByLang<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(Lang::ALL.len()))?;
                for lang in Lang::ALL {
                    m.serialize_entry(lang.code(), Voice::new(lang, self.1, self.2).text(self.0))?;
                }
                m.end()
            }
        }
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("staff", &ByLang(self.0, Audience::Staff, Subject::Person))?;
        m.serialize_entry("family", &ByLang(self.0, Audience::Family, Subject::Person))?;
        let child = self.1.subjects().contains(&Subject::Child);
        m.serialize_entry("family_child", &child.then_some(ByLang(self.0, Audience::Family, Subject::Child)))?;
        m.end()
    }
}
