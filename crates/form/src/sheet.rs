//! The answers being filled in: which program (among those the host allows), the state it is
//! chosen in, the screening date, the language, the wording (audience and subject), and the raw
//! answer to every question, as typed, so that a half-typed or invalid value is reported on its
//! field instead of vanishing. [`AnswerSheet::evaluate`] reads the raw answers into
//! [`Answers`] and screens them.
//!
//! The lowest layer of the widget's state (Elm's nested update): its own [`Action`]s, its own
//! [`AnswerSheet::update`], which keeps the program within what is offered (the only one when
//! there is one) and reports what changed ([`Changed`]) so that the layers above react once
//! instead of each caller remembering to. It knows nothing of layouts, steps or the page.

use chrono::NaiveDate;

use screener::answers::{Answer, Answers, Refusal};
use screener::dates;
use screener::engine::{self, Screening};
use screener::model::{Audience, Lang, Program, QuestionType, Stage, Subject, Voice};
use screener::rules;

/// One question's answer as the sheet holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Raw {
    YesNo(Reply),
    /// A multi-select: bit `i` for option `i`; `none` when "none of these apply" is ticked (a
    /// known empty answer). Nothing ticked at all is unknown.
    Chosen {
        bits: u32,
        none: bool,
    },
    /// A single choice: the option's index, `None` for not sure.
    Choice(Option<usize>),
    /// A date or a count as typed. `bad` when the browser reports input it cannot read (a
    /// half-typed date shows as an empty value with `bad` set).
    Text {
        text: String,
        bad: bool,
    },
}

/// A yes/no answer as given. `Unanswered` and `NotSure` are both unknown to the engine; the sheet
/// keeps them apart so that "Not sure" stays ticked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Reply {
    #[default]
    Unanswered,
    Yes,
    No,
    NotSure,
}

impl Reply {
    pub fn value(self) -> Option<bool> {
        match self {
            Reply::Yes => Some(true),
            Reply::No => Some(false),
            Reply::Unanswered | Reply::NotSure => None,
        }
    }

    /// The radio value: `yes`, `no`, `unknown` (and "" when unanswered).
    pub fn code(self) -> &'static str {
        match self {
            Reply::Yes => "yes",
            Reply::No => "no",
            Reply::NotSure => "unknown",
            Reply::Unanswered => "",
        }
    }

    pub fn from_code(code: &str) -> Option<Reply> {
        match code {
            "yes" => Some(Reply::Yes),
            "no" => Some(Reply::No),
            "unknown" => Some(Reply::NotSure),
            _ => None,
        }
    }
}

impl Raw {
    pub(crate) fn blank(kind: QuestionType) -> Raw {
        match kind {
            QuestionType::YesNo => Raw::YesNo(Reply::Unanswered),
            QuestionType::MultiSelect => Raw::Chosen { bits: 0, none: false },
            QuestionType::SingleChoice => Raw::Choice(None),
            QuestionType::Date | QuestionType::Count => Raw::Text { text: String::new(), bad: false },
        }
    }
}

/// The answers being filled in, as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerSheet {
    /// Today's local date, given by the edge; the default screening date.
    pub today: NaiveDate,
    /// Set by the host: the only program (no picker).
    pub lock: Option<&'static Program>,
    /// Set by the host: only this state's programs are offered.
    pub state_filter: Option<&'static str>,
    /// The state chosen in the picker (a filter on its programs); `None` for all states.
    pub state: Option<&'static str>,
    pub program: Option<&'static Program>,
    /// The screening date as typed (`YYYY-MM-DD`, as a date input gives it) and whether the
    /// browser could read it.
    pub as_of: String,
    pub as_of_bad: bool,
    pub lang: Lang,
    pub audience: Audience,
    /// Whom a family wording speaks of (SCREENING.md §4.9).
    pub subject: Subject,
    /// One raw answer per question of `program`, in question order.
    pub answers: Vec<Raw>,
    /// Changes whenever the answers are cleared (start over, another program), so that the
    /// edge can recreate inputs that hold text the state never saw.
    pub generation: u32,
}

/// Something done to the answers being filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// The state picker: a state code, or "" for all states.
    ChooseState(String),
    /// The program picker: a program id, or "" for none.
    ChooseProgram(String),
    /// The screening date as typed; `bad` when the browser cannot read it.
    SetAsOf {
        text: String,
        bad: bool,
    },
    SetLang(Lang),
    SetAudience(Audience),
    SetSubject(Subject),
    YesNo {
        question: &'static str,
        reply: Reply,
    },
    /// Ticks or unticks option `option` of a multi-select.
    Toggle {
        question: &'static str,
        option: usize,
        on: bool,
    },
    /// Ticks or unticks "none of these apply" of a multi-select.
    NoneApply {
        question: &'static str,
        on: bool,
    },
    Choose {
        question: &'static str,
        option: Option<usize>,
    },
    /// A date or count as typed.
    Text {
        question: &'static str,
        text: String,
        bad: bool,
    },
    /// Clears every answer (the program, date, language and wording stay).
    Clear,
    /// Host option `program`: lock to one program, or unlock.
    Lock(Option<&'static Program>),
    /// Host option `state`: offer only one state's programs, or all.
    StateFilter(Option<&'static str>),
}

/// What an update changed that the layers above must know: reported once, by the sheet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct Changed {
    /// Another program (or none) is chosen.
    pub program: bool,
    /// The answers were cleared (another program, or [`Action::Clear`]).
    pub cleared: bool,
}

impl Changed {
    fn and(self, other: Changed) -> Changed {
        Changed { program: self.program || other.program, cleared: self.cleared || other.cleared }
    }
}

impl AnswerSheet {
    /// A blank sheet: no program chosen (unless only one is allowed), screening today, English,
    /// staff wording.
    pub fn new(today: NaiveDate) -> AnswerSheet {
        AnswerSheet {
            today,
            lock: None,
            state_filter: None,
            state: None,
            program: None,
            as_of: dates::format(today),
            as_of_bad: false,
            lang: Lang::En,
            audience: Audience::Staff,
            subject: Subject::Person,
            answers: Vec::new(),
            generation: 0,
        }
    }

    /// The voice the sheet is read in: staff wording has no subject.
    pub fn voice(&self) -> Voice {
        let subject = if self.audience == Audience::Family { self.subject } else { Subject::Person };
        Voice::new(self.lang, self.audience, subject)
    }

    /// The programs the host allows, in the order of `rules::ALL`.
    pub fn allowed(&self) -> Vec<&'static Program> {
        match (self.lock, self.state_filter) {
            (Some(program), _) => vec![program],
            (None, filter) => rules::ALL.iter().copied().filter(|p| filter.is_none_or(|s| p.state == s)).collect(),
        }
    }

    /// The programs the picker offers now: the allowed ones of the chosen state.
    pub fn offered(&self) -> Vec<&'static Program> {
        let mut programs = self.allowed();
        if let Some(state) = self.state {
            programs.retain(|p| p.state == state);
        }
        // Continued-stay reviews are for staff: family wording does not offer them (unless one
        // is already chosen, so that switching the wording loses nothing).
        if self.audience == Audience::Family && self.lock.is_none() {
            programs.retain(|p| p.stage == Stage::Admission || Some(*p) == self.program);
        }
        programs
    }

    /// The states the state picker offers (codes), in the order of `rules::STATES`; empty when
    /// the host fixed the program or the state, or when only one state is left.
    pub fn states(&self) -> Vec<&'static str> {
        if self.lock.is_some() || self.state_filter.is_some() {
            return Vec::new();
        }
        let states: Vec<&'static str> = rules::states().collect();
        if states.len() > 1 {
            states
        } else {
            Vec::new()
        }
    }

    /// Whether the person may pick a program (the host has not locked it).
    pub fn has_picker(&self) -> bool {
        self.lock.is_none()
    }

    /// The raw answer to a question of the current program.
    pub fn raw(&self, question: &str) -> Option<&Raw> {
        let index = self.program?.question_index(question)?;
        self.answers.get(index)
    }

    /// The raw answer to a question of the current program, to change.
    pub(crate) fn raw_mut(&mut self, question: &str) -> Option<&mut Raw> {
        let index = self.program?.question_index(question)?;
        self.answers.get_mut(index)
    }

    /// Whether any question has an answer (or a typed value) to lose.
    pub fn has_answers(&self) -> bool {
        self.program.is_some_and(|p| self.answers.iter().zip(p.questions).any(|(raw, q)| *raw != Raw::blank(q.kind)))
    }

    /// Applies one action, keeps the program within what is offered, and says what changed.
    pub fn update(&mut self, action: Action) -> Changed {
        let changed = self.apply(action);
        changed.and(self.settle())
    }

    fn apply(&mut self, action: Action) -> Changed {
        match action {
            Action::ChooseState(code) => {
                if self.lock.is_none() {
                    if code.is_empty() {
                        self.state = None;
                    } else if let Some(state) = rules::states().find(|c| *c == code) {
                        if self.state_filter.is_none_or(|f| f == state) {
                            self.state = Some(state);
                        }
                    }
                }
            }
            Action::ChooseProgram(id) => {
                if self.lock.is_none() {
                    if id.is_empty() {
                        return self.set_program(None);
                    }
                    if let Some(program) = self.offered().into_iter().find(|p| p.id == id) {
                        return self.set_program(Some(program));
                    }
                }
            }
            Action::SetAsOf { text, bad } => {
                self.as_of = text;
                self.as_of_bad = bad;
            }
            Action::SetLang(lang) => self.lang = lang,
            Action::SetAudience(audience) => self.audience = audience,
            Action::SetSubject(subject) => self.subject = subject,
            Action::YesNo { question, reply } => {
                if let Some(Raw::YesNo(r)) = self.raw_mut(question) {
                    *r = reply;
                }
            }
            Action::Toggle { question, option, on } => {
                if let Some(Raw::Chosen { bits, none }) = self.raw_mut(question) {
                    if option < 32 {
                        if on {
                            *bits |= 1 << option;
                            *none = false;
                        } else {
                            *bits &= !(1 << option);
                        }
                    }
                }
            }
            Action::NoneApply { question, on } => {
                if let Some(Raw::Chosen { bits, none }) = self.raw_mut(question) {
                    *none = on;
                    if on {
                        *bits = 0;
                    }
                }
            }
            Action::Choose { question, option } => {
                let options = self.program.and_then(|p| p.question(question)).map_or(0, |q| q.options.len());
                if let Some(Raw::Choice(v)) = self.raw_mut(question) {
                    *v = option.filter(|i| *i < options);
                }
            }
            Action::Text { question, text, bad } => {
                if let Some(Raw::Text { text: t, bad: b }) = self.raw_mut(question) {
                    *t = text;
                    *b = bad;
                }
            }
            Action::Clear => {
                self.clear_answers();
                return Changed { program: false, cleared: true };
            }
            Action::Lock(program) => {
                self.lock = program;
                if program.is_some() {
                    self.state = None;
                }
            }
            Action::StateFilter(filter) => self.state_filter = filter,
        }
        Changed::default()
    }

    pub(crate) fn set_program(&mut self, program: Option<&'static Program>) -> Changed {
        if self.program == program {
            return Changed::default();
        }
        self.program = program;
        self.clear_answers();
        Changed { program: true, cleared: true }
    }

    pub(crate) fn clear_answers(&mut self) {
        self.answers =
            self.program.map(|p| p.questions.iter().map(|q| Raw::blank(q.kind)).collect()).unwrap_or_default();
        self.generation = self.generation.wrapping_add(1);
    }

    /// Keeps the program within what is offered, and picks the only one when there is one.
    fn settle(&mut self) -> Changed {
        if let Some(lock) = self.lock {
            return self.set_program(Some(lock));
        }
        if self.state.is_some_and(|s| self.state_filter.is_some_and(|f| f != s)) {
            self.state = None;
        }
        let offered = self.offered();
        let mut changed = Changed::default();
        if self.program.is_some_and(|p| !offered.contains(&p)) {
            changed = self.set_program(None);
        }
        if self.program.is_none() && offered.len() == 1 {
            changed = changed.and(self.set_program(Some(offered[0])));
        }
        changed
    }

    /// Reads the raw answers and screens them (when a program is chosen and in force).
    pub fn evaluate(&self) -> Evaluation {
        let (as_of, as_of_problem) = match dates::parse(&self.as_of) {
            Some(date) if !self.as_of_bad => (date, None),
            _ if self.as_of.is_empty() && !self.as_of_bad => (self.today, Some(Problem::Missing)),
            _ => (self.today, Some(Problem::NotADate)),
        };
        let mut evaluation = Evaluation { as_of, as_of_problem, problems: Vec::new(), screened: None };
        let Some(program) = self.program else { return evaluation };
        if let Some(start) = program.effective_from.and_then(dates::parse) {
            if as_of < start {
                evaluation.as_of_problem = Some(Problem::NotInForce(start));
                return evaluation;
            }
        }
        let mut answers = Answers::new(program);
        // Questions come before their follow-ups, so a parent is set before its follow-up asks.
        for (question, raw) in program.questions.iter().zip(&self.answers) {
            if !answers.is_asked(question) {
                continue;
            }
            let answer = match read(question.kind, question.options.len(), raw) {
                Ok(answer) => answer,
                Err(problem) => {
                    evaluation.problems.push((question.id, problem));
                    continue;
                }
            };
            if let Err(refused) = answers.set(question.id, answer, as_of) {
                // What `read` gives is of the question's type: only a date is refused here.
                let problem = match refused.refusal {
                    Refusal::AfterAsOf { .. } => Problem::AfterAsOf,
                    refusal if refusal.is_out_of_range() => Problem::OutOfRange,
                    _ => Problem::NotADate,
                };
                evaluation.problems.push((question.id, problem));
            }
        }
        // What only answers together can show (a month below its busiest day): the later
        // question's problem, and it counts as not sure until it is fixed.
        while let Err(refused) = answers.check_together() {
            evaluation.problems.push((refused.question, Problem::BelowOther));
            if answers.set(refused.question, None, as_of).is_err() {
                break;
            }
        }
        let screening = engine::screen(&answers, as_of);
        evaluation.screened = Some(Screened { answers, screening });
        evaluation
    }

    /// What a change to a control means: the form's controls are named by question id, radios
    /// carry `yes`/`no`/`unknown`, checkboxes and selects option ids, so one reading serves them
    /// all. `None` for a control the sheet does not know or an unchecked radio.
    pub fn action_for(&self, control: Control) -> Option<Action> {
        let Control { name, value, checked, bad } = control;
        match name {
            "lang" => return checked.then(|| Lang::from_code(value).map(Action::SetLang)).flatten(),
            "audience" => return checked.then(|| Audience::from_code(value).map(Action::SetAudience)).flatten(),
            "state" => return Some(Action::ChooseState(value.to_owned())),
            "program" => return Some(Action::ChooseProgram(value.to_owned())),
            "as_of" => return Some(Action::SetAsOf { text: value.to_owned(), bad }),
            _ => {}
        }
        let question = self.program?.question(name)?;
        let option = || question.options.iter().position(|o| o.id == value);
        let id = question.id;
        Some(match question.kind {
            QuestionType::YesNo if checked => Action::YesNo { question: id, reply: Reply::from_code(value)? },
            QuestionType::YesNo => return None,
            QuestionType::MultiSelect => Action::Toggle { question: id, option: option()?, on: checked },
            QuestionType::SingleChoice if value.is_empty() => Action::Choose { question: id, option: None },
            QuestionType::SingleChoice => Action::Choose { question: id, option: Some(option()?) },
            QuestionType::Date | QuestionType::Count => Action::Text { question: id, text: value.to_owned(), bad },
        })
    }
}

/// A form control as the browser reports a change to it: its `name` (a question id, or `lang`,
/// `audience`, `state`, `program`, `as_of`), its `value`, whether it is `checked` (radios and
/// checkboxes; true for other controls) and whether the browser could not read what was typed
/// (`bad`).
#[derive(Clone, Copy, Debug)]
pub struct Control<'a> {
    pub name: &'a str,
    pub value: &'a str,
    pub checked: bool,
    pub bad: bool,
}

/// Why a typed value does not count. The edge words it; the value counts as unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not a real date (or a half-typed one).
    NotADate,
    /// Not a whole number, 0 or more.
    NotAWholeNumber,
    /// A whole number too large to hold.
    TooLarge,
    /// A date (a birth date) after the screening date.
    AfterAsOf,
    /// A date from which the screening would derive one outside the years 1 to 9999 (a 16th
    /// birthday after 9999, a transition window starting before year 1).
    OutOfRange,
    /// A count below the count it cannot be below (a planned month of fewer units than its
    /// busiest day).
    BelowOther,
    /// The screening date is empty: today is used.
    Missing,
    /// The screening date is before the program's first day, given here.
    NotInForce(NaiveDate),
}

/// The answers as the engine reads them, and its screening.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Screened {
    pub answers: Answers,
    pub screening: Screening,
}

/// What the sheet amounts to now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// The screening date used (today when the typed one does not read).
    pub as_of: NaiveDate,
    pub as_of_problem: Option<Problem>,
    /// Per-question problems, in question order.
    pub problems: Vec<(&'static str, Problem)>,
    /// `None` when no program is chosen, or it is not in force on `as_of`.
    pub screened: Option<Screened>,
}

impl Evaluation {
    pub fn problem(&self, question: &str) -> Option<Problem> {
        self.problems.iter().find(|(q, _)| *q == question).map(|(_, p)| *p)
    }
}

/// One raw answer as an [`Answer`]: `Ok(None)` is unknown.
fn read(kind: QuestionType, options: usize, raw: &Raw) -> Result<Option<Answer>, Problem> {
    Ok(match (kind, raw) {
        (QuestionType::YesNo, Raw::YesNo(reply)) => reply.value().map(Answer::YesNo),
        (QuestionType::MultiSelect, Raw::Chosen { bits, none }) => {
            let bits = if options < 32 { bits & ((1u32 << options) - 1) } else { *bits };
            (bits != 0 || *none).then_some(Answer::Chosen(bits))
        }
        (QuestionType::SingleChoice, Raw::Choice(v)) => v.filter(|i| *i < options).map(Answer::Choice),
        (QuestionType::Date, Raw::Text { text, bad }) => {
            typed(text, *bad, Problem::NotADate, |t| dates::parse(t).map(|d| Ok(Answer::Date(d))))?
        }
        (QuestionType::Count, Raw::Text { text, bad }) => typed(text, *bad, Problem::NotAWholeNumber, |t| {
            count(t).map(|n| n.map(Answer::Count).ok_or(Problem::TooLarge))
        })?,
        _ => None,
    })
}

/// A typed date or count: unknown while empty; `problem` when the browser could not read it
/// (`bad`) or `parse` cannot (`None`); the problem `parse` names when it reads but refuses.
fn typed(
    text: &str,
    bad: bool,
    problem: Problem,
    parse: impl FnOnce(&str) -> Option<Result<Answer, Problem>>,
) -> Result<Option<Answer>, Problem> {
    let text = text.trim();
    if bad {
        Err(problem)
    } else if text.is_empty() {
        Ok(None)
    } else {
        parse(text).ok_or(problem)?.map(Some)
    }
}

/// A whole number >= 0 as a number input gives it: digits, perhaps with a zero fraction ("3.0").
/// `None` when it is not one; `Some(None)` when it is one too large to hold.
fn count(text: &str) -> Option<Option<u64>> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || !fraction.bytes().all(|b| b == b'0') {
        return None;
    }
    Some(whole.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_whole_numbers_from_zero() {
        assert_eq!(count("3"), Some(Some(3)));
        assert_eq!(count("3.0"), Some(Some(3)));
        assert_eq!(count("0"), Some(Some(0)));
        assert_eq!(count("18446744073709551615"), Some(Some(u64::MAX)));
        assert_eq!(count("18446744073709551616"), Some(None));
        for bad in ["-1", "2.5", "", ".", "1e3", "x", " 3"] {
            assert_eq!(count(bad), None, "{bad:?}");
        }
        assert_eq!(
            read(QuestionType::Count, 0, &Raw::Text { text: "99999999999999999999".into(), bad: false }),
            Err(Problem::TooLarge)
        );
        assert_eq!(
            read(QuestionType::Count, 0, &Raw::Text { text: "2.5".into(), bad: false }),
            Err(Problem::NotAWholeNumber)
        );
        assert_eq!(
            read(QuestionType::Count, 0, &Raw::Text { text: String::new(), bad: true }),
            Err(Problem::NotAWholeNumber)
        );
        assert_eq!(
            read(QuestionType::Count, 0, &Raw::Text { text: " 40 ".into(), bad: false }),
            Ok(Some(Answer::Count(40)))
        );
    }
}
