//! The vocabulary a rulebook is written in: programs, questions, criteria, citations and the
//! four wordings (staff and family, English and Spanish) of everything a person reads.
//!
//! Everything here is plain `'static` data. A rulebook (`crate::rules::*`) is one constant
//! [`Program`]; the engine (`crate::engine`) reads it, and nothing in this module does any work
//! beyond looking things up.

/// Language of the words a person reads. Ids, codes and quotes never change with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }
}

/// Who is reading: intake workers get the source's terms, families plain second-person words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Audience {
    #[default]
    Staff,
    Family,
}

impl Audience {
    pub const ALL: [Audience; 2] = [Audience::Staff, Audience::Family];

    pub fn code(self) -> &'static str {
        match self {
            Audience::Staff => "staff",
            Audience::Family => "family",
        }
    }

    pub fn from_code(code: &str) -> Option<Audience> {
        match code {
            "staff" => Some(Audience::Staff),
            "family" => Some(Audience::Family),
            _ => None,
        }
    }
}

/// One thing said four ways. Templates may hold `{placeholders}` (see `crate::wording`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words {
    pub staff_en: &'static str,
    pub staff_es: &'static str,
    pub family_en: &'static str,
    pub family_es: &'static str,
}

impl Words {
    pub fn get(&self, audience: Audience, lang: Lang) -> &'static str {
        match (audience, lang) {
            (Audience::Staff, Lang::En) => self.staff_en,
            (Audience::Staff, Lang::Es) => self.staff_es,
            (Audience::Family, Lang::En) => self.family_en,
            (Audience::Family, Lang::Es) => self.family_es,
        }
    }

    /// The same words for both audiences (for names such as "North Carolina").
    pub const fn same(en: &'static str, es: &'static str) -> Words {
        Words { staff_en: en, staff_es: es, family_en: en, family_es: es }
    }
}

/// A rulebook: one program of one state, as its source document defines it.
#[derive(Debug)]
pub struct Program {
    /// The contract's program id, e.g. `nc-pss`.
    pub id: &'static str,
    /// Two-letter state code, e.g. `NC`.
    pub state: &'static str,
    pub title: Words,
    /// Version of this rulebook (the date it was last checked against its source).
    pub version: &'static str,
    /// First day the program is in force (`YYYY-MM-DD`), where the source gives one.
    pub effective_from: Option<&'static str>,
    pub document: Document,
    pub questions: &'static [Question],
    pub criteria: &'static [Criterion],
    pub service: Service,
    /// Next steps that always apply, after those of unmet requirements.
    pub standing_notes: &'static [Words],
}

/// Rulebooks are constants: two are the same program when their ids are.
impl PartialEq for Program {
    fn eq(&self, other: &Program) -> bool {
        self.id == other.id
    }
}
impl Eq for Program {}

impl Program {
    pub fn question(&self, id: &str) -> Option<&'static Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }
}

/// A source document in `shared/seeds/`.
#[derive(Debug)]
pub struct Document {
    /// The file name in `seeds/`: the stable id of the document.
    pub file: &'static str,
    /// The title as a person would cite it.
    pub title: &'static str,
}

/// Facts about the service itself, from the source; `None` where the source gives none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Service {
    pub unit_minutes: Option<u32>,
    pub rate_cents: Option<u32>,
    pub procedure_code: Option<&'static str>,
    pub max_units_per_day: Option<u32>,
    pub max_units_per_month: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionType {
    YesNo,
    Date,
    MultiSelect,
    SingleChoice,
    Count,
}

impl QuestionType {
    pub fn code(self) -> &'static str {
        match self {
            QuestionType::YesNo => "yes_no",
            QuestionType::Date => "date",
            QuestionType::MultiSelect => "multi_select",
            QuestionType::SingleChoice => "single_choice",
            QuestionType::Count => "count",
        }
    }
}

#[derive(Debug)]
pub struct Question {
    pub id: &'static str,
    pub kind: QuestionType,
    /// The yes/no question this one follows up; it matters only when that one is `true`.
    pub parent: Option<&'static str>,
    pub text: Words,
    /// Offered options of a multi-select or single choice, in the source's order.
    pub options: &'static [Choice],
    /// For dates that must not lie after the screening date (a birth date).
    pub not_after_as_of: bool,
}

#[derive(Debug)]
pub struct Choice {
    pub id: &'static str,
    pub text: Words,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CriterionKind {
    /// Must hold.
    Eligibility,
    /// Must not apply.
    Exclusion,
    /// Must be done before services start; does not change the outcome.
    Requirement,
    /// A check of a planned amount of service; does not change the outcome.
    Limit,
}

impl CriterionKind {
    pub fn code(self) -> &'static str {
        match self {
            CriterionKind::Eligibility => "eligibility",
            CriterionKind::Exclusion => "exclusion",
            CriterionKind::Requirement => "requirement",
            CriterionKind::Limit => "limit",
        }
    }

    /// Whether criteria of this kind decide the outcome.
    pub fn decides_outcome(self) -> bool {
        matches!(self, CriterionKind::Eligibility | CriterionKind::Exclusion)
    }
}

/// The passage of the source a criterion comes from.
#[derive(Debug)]
pub struct Citation {
    /// The heading it stands under.
    pub section: &'static str,
    /// Verbatim from the document.
    pub quote: &'static str,
}

/// How a criterion is decided. A closed set of shapes, so that every rulebook reads alike.
#[derive(Debug, Clone, Copy)]
pub enum Test {
    /// Holds when the yes/no question is answered yes.
    Yes { question: &'static str },
    /// Holds when the yes/no question is answered no: for an exclusion, "does not apply".
    No { question: &'static str },
    /// Holds when at least `min` options of the multi-select are chosen.
    AtLeast { question: &'static str, min: u32 },
    /// Holds when the single choice is anything but `option`.
    NotChoice { question: &'static str, option: &'static str },
    /// Holds once the person is `years` old (whole years on the screening date); date-bound.
    MinimumAge { birth_date: &'static str, years: u32 },
    /// An exclusion that lifts during the last `days` days of a service (SCREENING.md §5).
    /// `service` is the yes/no question "receives it now", `ends` its last day.
    TransitionWindow { service: &'static str, ends: &'static str, days: u32 },
    /// Holds when the planned count is at most `max`.
    AtMost { question: &'static str, max: u64 },
}

impl Test {
    /// The question ids this test reads, in the order they are asked.
    pub fn question_ids(&self) -> QuestionIds {
        match *self {
            Test::Yes { question }
            | Test::No { question }
            | Test::AtLeast { question, .. }
            | Test::NotChoice { question, .. }
            | Test::AtMost { question, .. } => QuestionIds([Some(question), None]),
            Test::MinimumAge { birth_date, .. } => QuestionIds([Some(birth_date), None]),
            Test::TransitionWindow { service, ends, .. } => QuestionIds([Some(service), Some(ends)]),
        }
    }
}

/// The (one or two) question ids a test reads.
#[derive(Clone, Copy, Debug)]
pub struct QuestionIds([Option<&'static str>; 2]);

impl IntoIterator for QuestionIds {
    type Item = &'static str;
    type IntoIter = std::iter::Flatten<std::array::IntoIter<Option<&'static str>, 2>>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter().flatten()
    }
}

/// What a criterion says about the person, in each of its possible findings.
#[derive(Debug)]
pub enum Says {
    /// For yes/no, count and choice tests: one sentence when it holds, one when it does not.
    /// Unknown uses the generic "not answered yet" template. Placeholders: `{n}` (the count
    /// or number chosen), `{min}`, `{max}`.
    Plain { pass: Words, fail: Words },
    /// For `MinimumAge`: the generic age sentences (see `crate::wording`).
    Age,
    /// For `TransitionWindow`: the generic window sentences, naming the service thus.
    Window { service_name: Words },
}

#[derive(Debug)]
pub struct Criterion {
    /// The contract's criterion id, e.g. `nc.actt`.
    pub id: &'static str,
    pub kind: CriterionKind,
    pub test: Test,
    pub source: Citation,
    pub says: Says,
    /// For a requirement: the next step to take while it is not met.
    pub next_step: Option<Words>,
}

/// Criteria are identified by their ids.
impl PartialEq for Criterion {
    fn eq(&self, other: &Criterion) -> bool {
        self.id == other.id
    }
}
impl Eq for Criterion {}
