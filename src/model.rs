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

/// Whom a family wording speaks of (SCREENING.md §4.9): the person themself, or the child or
/// teen of the parent or caregiver who is checking. Staff wording ignores it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Subject {
    /// The person checks for themself ("Do you have…").
    #[default]
    Person,
    /// A parent or caregiver checks for their child or teen ("Does your child have…").
    Child,
}

impl Subject {
    pub const ALL: [Subject; 2] = [Subject::Person, Subject::Child];

    pub fn code(self) -> &'static str {
        match self {
            Subject::Person => "self",
            Subject::Child => "child",
        }
    }

    pub fn from_code(code: &str) -> Option<Subject> {
        match code {
            "self" => Some(Subject::Person),
            "child" => Some(Subject::Child),
            _ => None,
        }
    }
}

/// Who reads a text, in which language: the one value every rendering takes. Ids, codes and
/// quotes never change with it. (`Voice::words` and `Voice::t`, the product's own words in a
/// voice, are in [`crate::words`], which reads this module and is not read by it.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Voice {
    pub lang: Lang,
    pub audience: Audience,
    pub subject: Subject,
}

impl Voice {
    /// Staff wording in `lang` (staff wording has no subject).
    pub const fn staff(lang: Lang) -> Voice {
        Voice { lang, audience: Audience::Staff, subject: Subject::Person }
    }

    pub const fn new(lang: Lang, audience: Audience, subject: Subject) -> Voice {
        Voice { lang, audience, subject }
    }

    /// Every voice: each language, staff, family, family about a child.
    pub fn all() -> impl Iterator<Item = Voice> {
        Lang::ALL.into_iter().flat_map(|lang| {
            [
                Voice::staff(lang),
                Voice::new(lang, Audience::Family, Subject::Person),
                Voice::new(lang, Audience::Family, Subject::Child),
            ]
        })
    }

    /// A rulebook's text in this voice.
    pub fn text(self, words: &Words) -> &'static str {
        self.say(words.get(self.lang))
    }

    /// One language's text in this voice: staff, family, or family about a child (the family
    /// text where a text has no form of its own about a child).
    pub fn say(self, said: &Said) -> &'static str {
        let text = match (self.audience, self.subject) {
            (Audience::Staff, _) => said.staff,
            (Audience::Family, Subject::Person) => said.family,
            (Audience::Family, Subject::Child) => said.child.unwrap_or(said.family),
        };
        crate::pseudo::wrap(text)
    }
}

/// One text in one language, in each voice: staff, family, and family about a child (`None`
/// where a program does not offer that voice, or the family text already fits it). Templates
/// may hold `{placeholders}` (see [`crate::template`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Said {
    pub staff: &'static str,
    pub family: &'static str,
    pub child: Option<&'static str>,
}

impl Said {
    /// The same text in every voice (for labels such as "Yes" or names such as "Montana").
    pub const fn same(text: &'static str) -> Said {
        Said { staff: text, family: text, child: None }
    }

    /// A staff and a family text; the family one serves a child's voice too.
    pub const fn new(staff: &'static str, family: &'static str) -> Said {
        Said { staff, family, child: None }
    }

    /// A rulebook's text as this build keeps it (`words!`): without the `staff-words` feature (a
    /// build for families), the staff form is the family one, so that the staff text is not
    /// linked (this runs at compile time: what it drops never reaches the binary).
    pub const fn kept(staff: &'static str, family: &'static str, child: Option<&'static str>) -> Said {
        #[cfg(not(feature = "staff-words"))]
        let staff = {
            let _ = staff;
            family
        };
        Said { staff, family, child }
    }

    /// This text as this build keeps it ([`Said::kept`]).
    pub const fn for_build(self) -> Said {
        Said::kept(self.staff, self.family, self.child)
    }

    /// Every form of this text, staff first.
    pub fn forms(&self) -> impl Iterator<Item = &'static str> {
        [Some(self.staff), Some(self.family), self.child].into_iter().flatten()
    }
}

/// One rulebook text in every language, indexed by language: a translator adds or edits one
/// [`Said`] per text. (The product's own words are one table per language: [`crate::words`].)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words {
    pub en: Said,
    pub es: Said,
}

impl Words {
    /// This text's forms in `lang`.
    pub fn get(&self, lang: Lang) -> &Said {
        match lang {
            Lang::En => &self.en,
            Lang::Es => &self.es,
        }
    }

    /// The same words for every voice (for names such as "North Carolina").
    pub const fn same(en: &'static str, es: &'static str) -> Words {
        Words::kept(Said::same(en), Said::same(es))
    }

    /// A rulebook's text in every language as this build keeps it (`words!`): a language the
    /// build leaves out (features `lang-en`, `lang-es`) takes the text of the one it keeps, so
    /// that its words are not linked (this runs at compile time).
    pub const fn kept(en: Said, es: Said) -> Words {
        #[cfg(all(feature = "lang-en", feature = "lang-es"))]
        let kept = Words { en, es };
        #[cfg(all(feature = "lang-en", not(feature = "lang-es")))]
        let kept = {
            let _ = es;
            Words { en, es: en }
        };
        #[cfg(all(feature = "lang-es", not(feature = "lang-en")))]
        let kept = {
            let _ = en;
            Words { en: es, es }
        };
        kept
    }
}

/// A rulebook: one program of one state, as its source document defines it.
#[derive(Debug)]
pub struct Program {
    /// The contract's program id, e.g. `nc-pss`.
    pub id: &'static str,
    /// Two-letter state code, e.g. `NC`.
    pub state: &'static str,
    /// The state as people name it (every program of a state shares one constant).
    pub state_name: Words,
    pub title: Words,
    /// Admission, or a continued-stay review of an admission program.
    pub stage: Stage,
    /// Whom the service is for: the person, or the caregiver of a child or teen.
    pub serves: Serves,
    /// Version of this rulebook: a date, changed whenever its logic or its words change.
    pub version: &'static str,
    /// First day the program is in force (`YYYY-MM-DD`), where the source gives one.
    pub effective_from: Option<&'static str>,
    pub document: Document,
    pub questions: &'static [Question],
    pub criteria: &'static [Criterion],
    pub service: Service,
    /// Next steps that always apply, after those of unmet requirements.
    pub standing_notes: &'static [Words],
    /// Whom to ask about the service when the host page names no contact of its own: the
    /// agency that gave the page, or whoever the source makes responsible for the person.
    pub ask: Words,
}

/// Rulebooks are constants: two are the same program when their ids are.
impl PartialEq for Program {
    fn eq(&self, other: &Program) -> bool {
        self.id == other.id
    }
}
impl Eq for Program {}

/// Whether a program's source is the policy in force or a draft (SCREENING.md §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PolicyStatus {
    Published,
    Draft,
}

impl PolicyStatus {
    pub fn code(self) -> &'static str {
        match self {
            PolicyStatus::Published => "published",
            PolicyStatus::Draft => "draft",
        }
    }
}

impl Program {
    /// Draft when the source is a draft.
    pub fn policy_status(&self) -> PolicyStatus {
        if self.document.draft {
            PolicyStatus::Draft
        } else {
            PolicyStatus::Published
        }
    }

    /// Whom a family wording may speak of (SCREENING.md §4.9): the person, or a parent's child
    /// or teen, for a program for the person; only the caregiver, for a program for caregivers.
    pub fn subjects(&self) -> &'static [Subject] {
        match self.serves {
            Serves::Person => &Subject::ALL,
            Serves::Caregiver => &[Subject::Person],
        }
    }

    pub fn question(&self, id: &str) -> Option<&'static Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }
}

/// Whom a program's service is for. A program for the person may be checked by the person or
/// by a parent for their child or teen (SCREENING.md §4.9); a program for caregivers is about
/// the caregiver and their child, and its wording always speaks to the caregiver.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Serves {
    Person,
    Caregiver,
}

/// What a program decides: admission to the service, or whether someone already receiving it
/// may continue (the sources' "Continued Stay" criteria). Only a review names the admission
/// program it reviews.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Admission,
    ContinuedStay {
        /// The id of the admission program this reviews.
        review_of: &'static str,
    },
}

impl Stage {
    pub fn code(self) -> &'static str {
        match self {
            Stage::Admission => "admission",
            Stage::ContinuedStay { .. } => "continued_stay",
        }
    }

    /// The admission program a review is of; `None` for an admission program.
    pub fn review_of(self) -> Option<&'static str> {
        match self {
            Stage::Admission => None,
            Stage::ContinuedStay { review_of } => Some(review_of),
        }
    }
}

/// A source document in `shared/seeds/`.
#[derive(Debug)]
pub struct Document {
    /// The file name in `seeds/`: the stable id of the document.
    pub file: &'static str,
    /// The title as a person would cite it.
    pub title: &'static str,
    /// The source presents itself as a draft, not the policy in force: every result says so
    /// (`words::Results::draft`).
    pub draft: bool,
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

impl Service {
    /// A source that gives no unit, rate, code or cap.
    pub const NONE: Service = Service {
        unit_minutes: None,
        rate_cents: None,
        procedure_code: None,
        max_units_per_day: None,
        max_units_per_month: None,
    };
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

/// One question a program asks. Rulebooks build questions with the constructors below
/// ([`Question::yes_no`], [`Question::date`] …), which leave out what does not apply.
#[derive(Debug)]
pub struct Question {
    pub id: &'static str,
    pub kind: QuestionType,
    /// The yes/no question this one follows up; it matters only when that one is `true`.
    pub parent: Option<&'static str>,
    pub text: Words,
    /// Offered options of a multi-select or single choice, in the source's order; empty otherwise.
    pub options: &'static [Choice],
    /// For a date that must not lie after the screening date (a birth date).
    pub not_after_as_of: bool,
    /// For a count that cannot be smaller than another's (a month's units hold the busiest
    /// day's): that count question's id.
    pub not_below: Option<&'static str>,
}

impl Question {
    const fn new(id: &'static str, kind: QuestionType, text: Words) -> Question {
        Question { id, kind, parent: None, text, options: &[], not_after_as_of: false, not_below: None }
    }

    /// Answered yes, no, or not sure.
    pub const fn yes_no(id: &'static str, text: Words) -> Question {
        Question::new(id, QuestionType::YesNo, text)
    }

    /// A calendar date (`YYYY-MM-DD`).
    pub const fn date(id: &'static str, text: Words) -> Question {
        Question::new(id, QuestionType::Date, text)
    }

    /// A date of birth: a date that cannot lie after the screening date.
    pub const fn birth_date(id: &'static str, text: Words) -> Question {
        Question { not_after_as_of: true, ..Question::new(id, QuestionType::Date, text) }
    }

    /// A whole number, 0 or more.
    pub const fn count(id: &'static str, text: Words) -> Question {
        Question::new(id, QuestionType::Count, text)
    }

    /// Any number of the options (none of them is a known answer too).
    pub const fn multi_select(id: &'static str, text: Words, options: &'static [Choice]) -> Question {
        Question { options, ..Question::new(id, QuestionType::MultiSelect, text) }
    }

    /// Exactly one of the options.
    pub const fn single_choice(id: &'static str, text: Words, options: &'static [Choice]) -> Question {
        Question { options, ..Question::new(id, QuestionType::SingleChoice, text) }
    }

    /// This question, asked only while the yes/no question `parent` is answered yes.
    pub const fn follows(self, parent: &'static str) -> Question {
        Question { parent: Some(parent), ..self }
    }

    /// This count, which cannot be smaller than the count `other` (checked once both are known).
    pub const fn not_below(self, other: &'static str) -> Question {
        Question { not_below: Some(other), ..self }
    }
}

/// Questions are identified by their ids (within a program).
impl PartialEq for Question {
    fn eq(&self, other: &Question) -> bool {
        self.id == other.id
    }
}
impl Eq for Question {}

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

impl Citation {
    /// The citation as this build keeps it: a build without the `staff-words` feature (for
    /// families, who are shown no sources) keeps none (at compile time: no quote is linked).
    pub const fn kept(self) -> Citation {
        #[cfg(feature = "staff-words")]
        let kept = self;
        #[cfg(not(feature = "staff-words"))]
        let kept = {
            let _ = self;
            Citation { section: "", quote: "" }
        };
        kept
    }
}

/// What a criterion says about the person when its test holds, and when it does not.
/// Placeholders: `{n}` (the count, or the number of options chosen), `{min}`, `{max}`.
#[derive(Debug)]
pub struct Verdicts {
    pub pass: Words,
    pub fail: Words,
}

/// How a criterion is decided, with what it says. A closed set of shapes, so that every
/// rulebook reads alike; each shape carries exactly the sentences it needs (an unanswered
/// question always gets the shared "not answered yet" sentence of [`crate::words::Reasons`]).
#[derive(Debug)]
pub enum Test {
    /// Holds when the yes/no question is answered yes.
    Yes { question: &'static str, says: Verdicts },
    /// Holds when the yes/no question is answered no: for an exclusion, "does not apply".
    No { question: &'static str, says: Verdicts },
    /// Holds when at least `min` options of the multi-select are chosen.
    AtLeast { question: &'static str, min: u32, says: Verdicts },
    /// Holds when the single choice is anything but `option`.
    NotChoice { question: &'static str, option: &'static str, says: Verdicts },
    /// Holds when the planned count is at most `max`.
    AtMost { question: &'static str, max: u64, says: Verdicts },
    /// Holds once the person is `years` old (whole years on the screening date); date-bound.
    /// It says the shared age sentences of [`crate::words::Reasons`].
    MinimumAge { birth_date: &'static str, years: u32 },
    /// A yes/no question and its follow-up, asked when it is yes (SCREENING.md §4.8: an
    /// assessment done, and what it showed; North Carolina's discharge for no progress, and
    /// whether every strategy was tried). Holds when `question` is no; when it is yes, holds
    /// unless `follow_up` is answered `fails_when`. Unknown while either answer it needs is.
    /// Its sentences: `says` (the follow-up passes or fails) and `when_no` (`question` is no).
    WithFollowUp { question: &'static str, follow_up: &'static str, fails_when: bool, says: Verdicts, when_no: Words },
    /// An exclusion that lifts during the last `days` days of a service (SCREENING.md §5).
    /// `service` is the yes/no question "receives it now", `ends` the date question; the shared
    /// window sentences of [`crate::words::Reasons`] call the service `service_name` and what
    /// `ends` is the last day of `end_of` (the service itself, or its authorization), both
    /// written for mid-sentence.
    TransitionWindow { service: &'static str, ends: &'static str, days: u32, service_name: Words, end_of: Words },
}

impl Test {
    /// The question ids this test reads, in the order they are asked.
    pub fn question_ids(&self) -> QuestionIds {
        match *self {
            Test::Yes { question, .. }
            | Test::No { question, .. }
            | Test::AtLeast { question, .. }
            | Test::NotChoice { question, .. }
            | Test::AtMost { question, .. } => QuestionIds([Some(question), None]),
            Test::MinimumAge { birth_date, .. } => QuestionIds([Some(birth_date), None]),
            Test::WithFollowUp { question, follow_up, .. } => QuestionIds([Some(question), Some(follow_up)]),
            Test::TransitionWindow { service, ends, .. } => QuestionIds([Some(service), Some(ends)]),
        }
    }

    /// The pass and fail sentences of the shapes that have their own.
    pub fn verdicts(&self) -> Option<&Verdicts> {
        match self {
            Test::Yes { says, .. }
            | Test::No { says, .. }
            | Test::AtLeast { says, .. }
            | Test::NotChoice { says, .. }
            | Test::AtMost { says, .. }
            | Test::WithFollowUp { says, .. } => Some(says),
            Test::MinimumAge { .. } | Test::TransitionWindow { .. } => None,
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

/// What a criterion is for, with what only that role has: a requirement's next step.
#[derive(Debug)]
pub enum Role {
    Eligibility,
    Exclusion,
    /// Must be done before services start; `next_step` says how while it is not met.
    Requirement {
        next_step: Words,
    },
    Limit,
}

/// One rule of a program, beside the passage it encodes. Built with [`Criterion::eligibility`],
/// [`Criterion::exclusion`], [`Criterion::requirement`] or [`Criterion::limit`].
#[derive(Debug)]
pub struct Criterion {
    /// The contract's criterion id, e.g. `nc.actt`.
    pub id: &'static str,
    pub role: Role,
    pub source: Citation,
    pub test: Test,
}

impl Criterion {
    /// Must hold.
    pub const fn eligibility(id: &'static str, source: Citation, test: Test) -> Criterion {
        Criterion { id, role: Role::Eligibility, source: source.kept(), test }
    }

    /// Must not apply (its test holds when it does not).
    pub const fn exclusion(id: &'static str, source: Citation, test: Test) -> Criterion {
        Criterion { id, role: Role::Exclusion, source: source.kept(), test }
    }

    /// Must be done before services start; does not change the outcome.
    pub const fn requirement(id: &'static str, source: Citation, test: Test, next_step: Words) -> Criterion {
        Criterion { id, role: Role::Requirement { next_step }, source: source.kept(), test }
    }

    /// A check of a planned amount of service; does not change the outcome.
    pub const fn limit(id: &'static str, source: Citation, test: Test) -> Criterion {
        Criterion { id, role: Role::Limit, source: source.kept(), test }
    }

    pub fn kind(&self) -> CriterionKind {
        match self.role {
            Role::Eligibility => CriterionKind::Eligibility,
            Role::Exclusion => CriterionKind::Exclusion,
            Role::Requirement { .. } => CriterionKind::Requirement,
            Role::Limit => CriterionKind::Limit,
        }
    }

    /// For a requirement: the next step to take while it is not met.
    pub fn next_step(&self) -> Option<&Words> {
        match &self.role {
            Role::Requirement { next_step } => Some(next_step),
            _ => None,
        }
    }
}

/// Criteria are identified by their ids.
impl PartialEq for Criterion {
    fn eq(&self, other: &Criterion) -> bool {
        self.id == other.id
    }
}
impl Eq for Criterion {}
