//! The browser form's state and its reducer: what the person has chosen and typed, as plain
//! data, and the one function that changes it ([`reduce`]).
//!
//! This module owns: the program choice and the set of programs allowed (a host may lock the
//! widget to one program or limit it to one state), the screening date, the language, the
//! audience, the heading level, the raw answer to every question (dates and counts as typed, so
//! that a half-typed or invalid value is reported on its field instead of vanishing), "start
//! over", the case-note copy status, and [`FormState::evaluate`], which turns the raw answers into
//! [`Answers`] and runs [`engine::screen`]. A raw value that does not read is a per-field
//! [`Problem`] and counts as unknown.
//!
//! The guided path ([`crate::guided`]) keeps its state beside the answers ([`FormState::guided`])
//! and its actions go through [`reduce`] ([`Action::Guided`]): both layouts share the answers.
//!
//! Pure, like Yew's `function_todomvc` `state.rs`: no DOM, no clock (today is given), no IO. The
//! Yew components in `crate::web` render a `FormState` and dispatch [`Action`]s; host options
//! (`program`, `state`, `lang`, `audience`, `headingLevel`) arrive through [`parse_option`].

use chrono::NaiveDate;

use crate::answers::{Answer, Answers, Refusal};
use crate::contact::{self, Contact, ContactField};
use crate::dates;
use crate::engine::{self, Screening};
use crate::guided::{self, Guided};
use crate::model::{Audience, Lang, Program, QuestionType, Stage};
use crate::rules;

/// One question's answer as the form holds it.
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

/// A yes/no answer as given. `Unanswered` and `NotSure` are both unknown to the engine; the form
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
    fn blank(kind: QuestionType) -> Raw {
        match kind {
            QuestionType::YesNo => Raw::YesNo(Reply::Unanswered),
            QuestionType::MultiSelect => Raw::Chosen { bits: 0, none: false },
            QuestionType::SingleChoice => Raw::Choice(None),
            QuestionType::Date | QuestionType::Count => Raw::Text { text: String::new(), bad: false },
        }
    }
}

/// Whether the case note was copied (`Copied`) or must be copied by hand (`Manual`: the note is
/// shown in a read-only text area).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Note {
    #[default]
    Idle,
    Copied,
    Manual,
}

/// Why the answers were cleared without the person asking, said until they answer again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cleared {
    /// No input for the host's `idleMinutes`.
    Idle,
    /// The page was left (`pagehide`); seen when the browser brings the page back.
    PageLeft,
}

/// The clipboard, as far as this widget knows it: whether it holds the case note this widget
/// wrote, and whether that note should now be wiped (the answers it holds were cleared).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Clipboard {
    #[default]
    Untouched,
    HoldsNote,
    /// The answers were cleared while the clipboard held their note: the edge wipes it.
    ToWipe,
}

/// Everything the form shows, as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormState {
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
    /// The level of the widget's top heading, 1..=6.
    pub heading_level: u8,
    /// One raw answer per question of `program`, in question order.
    pub answers: Vec<Raw>,
    /// Changes whenever the answers are cleared (start over, another program), so that the
    /// edge can recreate inputs that hold text the state never saw.
    pub generation: u32,
    pub note: Note,
    /// Set by the host: start over after this many minutes without input (`None`: never).
    pub idle_minutes: Option<u32>,
    pub cleared: Option<Cleared>,
    pub clipboard: Clipboard,
    /// Set by the host: the agency's own contact, shown under "What to do next".
    pub contact: Contact,
    /// Set by the host: where help in a crisis is shown.
    pub crisis: Crisis,
    /// Set by the host: "Exit this page" forced on or off (`None`: shown with family wording).
    pub exit: Option<bool>,
    /// Set by the host: where "Exit this page" goes (`None`: [`NEUTRAL_EXIT`]).
    pub exit_url: Option<String>,
    /// The guided path: its step, the steps before it, and the host's `layout` and `history`.
    pub guided: Guided,
}

/// Where "Exit this page" goes unless the host says otherwise: a neutral page that gives away
/// nothing of what was on screen.
pub const NEUTRAL_EXIT: &str = "https://www.weather.gov/";

/// Where help in a crisis (988, 911) is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Crisis {
    /// On every result (the default).
    #[default]
    OnResult,
    /// On every screen of the widget.
    Always,
    /// Nowhere: the host shows its own.
    Off,
}

/// Something the person or the host did.
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
    /// Clears every answer.
    StartOver,
    /// No input for the host's `idleMinutes`: clears the answers, if any, and says why.
    Idle,
    /// The page is being left: clears the answers, and says why if the page comes back.
    PageLeft,
    /// The clipboard no longer holds the case note (the edge wiped it).
    ClipboardWiped,
    /// The clipboard took the case note (`true`) or refused it (`false`).
    Copied(bool),
    /// Host option `program`: lock to one program, or unlock.
    Lock(Option<&'static Program>),
    /// Host option `state`: offer only one state's programs, or all.
    StateFilter(Option<&'static str>),
    /// Host option `headingLevel`.
    HeadingLevel(u8),
    /// Host option `idleMinutes`.
    IdleMinutes(Option<u32>),
    /// Host options `contact-*`: one field of the agency's contact, already checked by
    /// [`parse_option`] (`None` clears it).
    SetContact {
        field: ContactField,
        value: Option<String>,
    },
    /// Host option `crisis`: where help in a crisis is shown.
    Crisis(Crisis),
    /// Host option `exit`: force "Exit this page" on or off (`None`: on for family wording).
    Exit(Option<bool>),
    /// Host option `exit-url`: where "Exit this page" goes (`None`: the neutral default).
    ExitUrl(Option<String>),
    /// An action of the guided path (and its host options `layout` and `history`).
    Guided(guided::Action),
}

impl FormState {
    /// A blank form: no program chosen (unless only one is allowed), screening today, English,
    /// staff wording, top heading level 2.
    pub fn new(today: NaiveDate) -> FormState {
        FormState {
            today,
            lock: None,
            state_filter: None,
            state: None,
            program: None,
            as_of: dates::format(today),
            as_of_bad: false,
            lang: Lang::En,
            audience: Audience::Staff,
            heading_level: 2,
            answers: Vec::new(),
            generation: 0,
            note: Note::Idle,
            idle_minutes: None,
            cleared: None,
            clipboard: Clipboard::Untouched,
            contact: Contact::default(),
            crisis: Crisis::OnResult,
            exit: None,
            exit_url: None,
            guided: Guided::default(),
        }
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
        let states: Vec<&'static str> = rules::STATES.iter().map(|(code, _)| *code).collect();
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

    fn raw_mut(&mut self, question: &str) -> Option<&mut Raw> {
        let index = self.program?.question_index(question)?;
        self.answers.get_mut(index)
    }

    fn set_program(&mut self, program: Option<&'static Program>) {
        if self.program == program {
            return;
        }
        self.program = program;
        self.clear_answers();
    }

    /// Whether "Exit this page" is offered: as the host forces it, else with family wording.
    pub fn shows_exit(&self) -> bool {
        self.exit.unwrap_or(self.audience == Audience::Family)
    }

    /// Where "Exit this page" goes.
    pub fn exit_url(&self) -> &str {
        self.exit_url.as_deref().unwrap_or(NEUTRAL_EXIT)
    }

    /// Whether any question has an answer (or a typed value) to lose.
    pub fn has_answers(&self) -> bool {
        self.program.is_some_and(|p| self.answers.iter().zip(p.questions).any(|(raw, q)| *raw != Raw::blank(q.kind)))
    }

    /// Clears every answer, saying why when the person did not ask, and marks a case note this
    /// widget put on the clipboard for wiping.
    fn start_over(&mut self, why: Option<Cleared>) {
        self.clear_answers();
        self.guided.restart();
        self.cleared = why;
        if self.clipboard == Clipboard::HoldsNote {
            self.clipboard = Clipboard::ToWipe;
        }
    }

    fn clear_answers(&mut self) {
        self.answers =
            self.program.map(|p| p.questions.iter().map(|q| Raw::blank(q.kind)).collect()).unwrap_or_default();
        self.generation = self.generation.wrapping_add(1);
        self.note = Note::Idle;
    }

    /// Keeps the program within what is offered, and picks the only one when there is one.
    fn settle(&mut self) {
        if let Some(lock) = self.lock {
            self.set_program(Some(lock));
            return;
        }
        if self.state.is_some_and(|s| self.state_filter.is_some_and(|f| f != s)) {
            self.state = None;
        }
        let offered = self.offered();
        if self.program.is_some_and(|p| !offered.contains(&p)) {
            self.set_program(None);
        }
        if self.program.is_none() && offered.len() == 1 {
            self.set_program(Some(offered[0]));
        }
    }

    /// Reads the raw answers and screens them (when a program is chosen and in force), with
    /// the state's language and the given audience.
    pub fn evaluate_for(&self, audience: Audience) -> Evaluation {
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
                    Refusal::AfterAsOf => Problem::AfterAsOf,
                    Refusal::OutOfRange => Problem::OutOfRange,
                    Refusal::UnknownQuestion | Refusal::WrongType | Refusal::NotOffered => Problem::NotADate,
                };
                evaluation.problems.push((question.id, problem));
            }
        }
        let screening = engine::screen(&answers, as_of, audience, self.lang);
        evaluation.screened = Some(Screened { answers, screening });
        evaluation
    }

    /// [`FormState::evaluate_for`] in the state's own audience.
    pub fn evaluate(&self) -> Evaluation {
        self.evaluate_for(self.audience)
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

impl FormState {
    /// What a change to a control means: the form's controls are named by question id, radios
    /// carry `yes`/`no`/`unknown`, checkboxes and selects option ids, so one reading serves them
    /// all. `None` for a control the form does not know or an unchecked radio.
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

/// What the form's state amounts to now.
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

/// Applies one action.
pub fn reduce(state: &mut FormState, action: Action) {
    if state.cleared.is_some() && !matches!(action, Action::ClipboardWiped | Action::Copied(_)) {
        state.cleared = None;
    }
    if state.note == Note::Copied && !matches!(action, Action::Copied(_)) {
        state.note = Note::Idle;
    }
    match action {
        Action::ChooseState(code) => {
            if state.lock.is_some() {
                return;
            }
            state.state = if code.is_empty() {
                None
            } else {
                match rules::STATES.iter().find(|(c, _)| *c == code) {
                    Some((c, _)) if state.state_filter.is_none_or(|f| f == *c) => Some(*c),
                    _ => return,
                }
            };
        }
        Action::ChooseProgram(id) => {
            if state.lock.is_some() {
                return;
            }
            if id.is_empty() {
                state.set_program(None);
            } else {
                match state.offered().into_iter().find(|p| p.id == id) {
                    Some(program) => state.set_program(Some(program)),
                    None => return,
                }
            }
        }
        Action::SetAsOf { text, bad } => {
            state.as_of = text;
            state.as_of_bad = bad;
        }
        Action::SetLang(lang) => state.lang = lang,
        Action::SetAudience(audience) => state.audience = audience,
        Action::YesNo { question, reply } => {
            if let Some(Raw::YesNo(r)) = state.raw_mut(question) {
                *r = reply;
            }
        }
        Action::Toggle { question, option, on } => {
            if let Some(Raw::Chosen { bits, none }) = state.raw_mut(question) {
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
            if let Some(Raw::Chosen { bits, none }) = state.raw_mut(question) {
                *none = on;
                if on {
                    *bits = 0;
                }
            }
        }
        Action::Choose { question, option } => {
            let options = state.program.and_then(|p| p.question(question)).map_or(0, |q| q.options.len());
            if let Some(Raw::Choice(v)) = state.raw_mut(question) {
                *v = option.filter(|i| *i < options);
            }
        }
        Action::Text { question, text, bad } => {
            if let Some(Raw::Text { text: t, bad: b }) = state.raw_mut(question) {
                *t = text;
                *b = bad;
            }
        }
        Action::StartOver => state.start_over(None),
        Action::Idle => {
            if state.has_answers() {
                state.start_over(Some(Cleared::Idle));
            }
        }
        Action::PageLeft => {
            if state.has_answers() {
                state.start_over(Some(Cleared::PageLeft));
            }
        }
        Action::ClipboardWiped => state.clipboard = Clipboard::Untouched,
        Action::Copied(ok) => {
            state.note = if ok { Note::Copied } else { Note::Manual };
            if ok {
                state.clipboard = Clipboard::HoldsNote;
            }
        }
        Action::Lock(program) => {
            state.lock = program;
            if program.is_some() {
                state.state = None;
            }
        }
        Action::StateFilter(filter) => state.state_filter = filter,
        Action::HeadingLevel(level) => state.heading_level = level.clamp(1, 6),
        Action::IdleMinutes(minutes) => state.idle_minutes = minutes.filter(|m| *m > 0),
        Action::SetContact { field, value } => {
            // Checked by `parse_option`; a value that fails here leaves the field as it was.
            let _ = state.contact.set(field, value.as_deref());
        }
        Action::Crisis(crisis) => state.crisis = crisis,
        Action::Exit(exit) => state.exit = exit,
        Action::ExitUrl(url) => state.exit_url = url,
        Action::Guided(action) => guided::reduce(state, action),
    }
    state.settle();
}

/// A host option whose value is not one the widget knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionError {
    pub name: String,
    pub value: String,
    /// Why it is refused, for the host's console.
    pub reason: &'static str,
}

/// Reads one host option (`program`, `state`, `lang`, `audience`, `headingLevel` or
/// `heading-level`, `idleMinutes` or `idle-minutes`) into the action that applies it. `None`
/// (or an empty value) restores the default: no lock, all states, English, staff, level 2, no
/// idle start-over. The guided path's `layout` and `history` are read by
/// [`guided::parse_option`].
pub fn parse_option(name: &str, value: Option<&str>) -> Result<Action, OptionError> {
    if let Some(parsed) = guided::parse_option(name, value) {
        let value = value.unwrap_or_default().trim().to_owned();
        return parsed.map_err(|reason| OptionError { name: name.to_owned(), value, reason });
    }
    let value = value.map(str::trim).filter(|v| !v.is_empty());
    let refused = |reason: &'static str| OptionError {
        name: name.to_owned(),
        value: value.unwrap_or_default().to_owned(),
        reason,
    };
    let error = || refused("its value is not one the widget knows");
    if let Some(field) = ContactField::from_option(name) {
        let mut check = Contact::default();
        return match check.set(field, value) {
            Ok(()) => Ok(Action::SetContact { field, value: value.map(str::to_owned) }),
            Err(why) => Err(refused(why.reason())),
        };
    }
    match name {
        "program" => match value {
            None => Ok(Action::Lock(None)),
            Some(id) => rules::find(id).map(|p| Action::Lock(Some(p))).ok_or_else(error),
        },
        "state" => match value {
            None => Ok(Action::StateFilter(None)),
            Some(code) => rules::STATES
                .iter()
                .find(|(c, _)| c.eq_ignore_ascii_case(code))
                .map(|(c, _)| Action::StateFilter(Some(*c)))
                .ok_or_else(error),
        },
        "lang" => match value {
            None => Ok(Action::SetLang(Lang::default())),
            Some(code) => Lang::from_code(code).map(Action::SetLang).ok_or_else(error),
        },
        "audience" => match value {
            None => Ok(Action::SetAudience(Audience::default())),
            Some(code) => Audience::from_code(code).map(Action::SetAudience).ok_or_else(error),
        },
        "headingLevel" | "heading-level" => match value {
            None => Ok(Action::HeadingLevel(2)),
            Some(level) => match level.parse::<u8>() {
                Ok(n @ 1..=6) => Ok(Action::HeadingLevel(n)),
                _ => Err(error()),
            },
        },
        "crisis" => match value {
            None | Some("result") => Ok(Action::Crisis(Crisis::OnResult)),
            Some("always") => Ok(Action::Crisis(Crisis::Always)),
            Some("off") => Ok(Action::Crisis(Crisis::Off)),
            Some(_) => Err(error()),
        },
        "exit" => match value {
            None | Some("auto") => Ok(Action::Exit(None)),
            Some("on") => Ok(Action::Exit(Some(true))),
            Some("off") => Ok(Action::Exit(Some(false))),
            Some(_) => Err(error()),
        },
        "exitUrl" | "exit-url" => match value {
            None => Ok(Action::ExitUrl(None)),
            Some(url) => match contact::web_address(url) {
                Ok(url) => Ok(Action::ExitUrl(Some(url))),
                Err(why) => Err(refused(why.reason())),
            },
        },
        // Whole minutes, 1 to a week; 0 turns the idle start-over off.
        "idleMinutes" | "idle-minutes" => match value {
            None => Ok(Action::IdleMinutes(None)),
            Some(minutes) => match minutes.parse::<u32>() {
                Ok(0) => Ok(Action::IdleMinutes(None)),
                Ok(n @ 1..=10_080) => Ok(Action::IdleMinutes(Some(n))),
                _ => Err(error()),
            },
        },
        _ => Err(error()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Outcome, Status};

    fn d(s: &str) -> NaiveDate {
        dates::parse(s).unwrap()
    }

    fn form() -> FormState {
        FormState::new(d("2026-11-22"))
    }

    fn nc() -> FormState {
        let mut s = form();
        reduce(&mut s, Action::ChooseProgram("nc-pss".into()));
        s
    }

    fn screening(s: &FormState) -> Screening {
        s.evaluate().screened.expect("screened").screening
    }

    fn status(s: &FormState, criterion: &str) -> Status {
        screening(s).findings.iter().find(|f| f.criterion.id == criterion).unwrap().status
    }

    #[test]
    fn starts_blank_on_today_with_no_program() {
        let s = form();
        assert_eq!(s.as_of, "2026-11-22");
        assert_eq!(s.program, None);
        assert_eq!(s.allowed().len(), rules::ALL.len());
        let e = s.evaluate();
        assert_eq!(e.as_of, d("2026-11-22"));
        assert!(e.screened.is_none());
        assert_eq!(s.heading_level, 2);
    }

    #[test]
    fn choosing_a_program_screens_everything_unknown() {
        let s = nc();
        assert_eq!(s.answers.len(), s.program.unwrap().questions.len());
        let r = screening(&s);
        assert_eq!(r.outcome, Outcome::Incomplete);
        assert!(r.missing.contains(&"dsm5_diagnosis"));
        // Unknown program ids and "" are handled.
        let mut t = s.clone();
        reduce(&mut t, Action::ChooseProgram("nope".into()));
        assert_eq!(t.program, s.program);
        reduce(&mut t, Action::ChooseProgram(String::new()));
        assert_eq!(t.program, None);
        assert!(t.answers.is_empty());
    }

    #[test]
    fn answers_change_the_outcome_and_not_sure_is_unknown() {
        let mut s = nc();
        reduce(&mut s, Action::YesNo { question: "dsm5_diagnosis", reply: Reply::No });
        assert_eq!(screening(&s).outcome, Outcome::NotEligible);
        reduce(&mut s, Action::YesNo { question: "dsm5_diagnosis", reply: Reply::NotSure });
        assert_eq!(status(&s, "nc.diagnosis"), Status::Unknown);
        reduce(&mut s, Action::YesNo { question: "dsm5_diagnosis", reply: Reply::Yes });
        for option in 0..3 {
            reduce(&mut s, Action::Toggle { question: "need_areas", option, on: true });
        }
        for q in ["innovations_waiver", "actt", "cst", "other_pss_provider"] {
            reduce(&mut s, Action::YesNo { question: q, reply: Reply::No });
        }
        assert_eq!(screening(&s).outcome, Outcome::Eligible);
        // A question of another program, or an action of the wrong shape, changes nothing.
        let before = s.clone();
        reduce(&mut s, Action::YesNo { question: "birth_date", reply: Reply::Yes });
        reduce(&mut s, Action::Text { question: "dsm5_diagnosis", text: "x".into(), bad: false });
        assert_eq!(s, before);
    }

    #[test]
    fn multi_select_none_of_these_is_known_and_exclusive() {
        let mut s = nc();
        assert_eq!(status(&s, "nc.need_areas"), Status::Unknown);
        reduce(&mut s, Action::NoneApply { question: "need_areas", on: true });
        assert_eq!(status(&s, "nc.need_areas"), Status::Fail);
        reduce(&mut s, Action::Toggle { question: "need_areas", option: 1, on: true });
        assert_eq!(s.raw("need_areas"), Some(&Raw::Chosen { bits: 2, none: false }));
        reduce(&mut s, Action::Toggle { question: "need_areas", option: 1, on: false });
        assert_eq!(status(&s, "nc.need_areas"), Status::Unknown);
        reduce(&mut s, Action::Toggle { question: "need_areas", option: 40, on: true });
        assert_eq!(s.raw("need_areas"), Some(&Raw::Chosen { bits: 0, none: false }));
    }

    #[test]
    fn follow_ups_count_only_while_their_parent_is_yes() {
        let mut s = nc();
        reduce(&mut s, Action::Text { question: "actt_auth_end", text: "2027-01-31".into(), bad: false });
        reduce(&mut s, Action::YesNo { question: "actt", reply: Reply::No });
        assert_eq!(status(&s, "nc.actt"), Status::Pass);
        reduce(&mut s, Action::YesNo { question: "actt", reply: Reply::Yes });
        let r = screening(&s);
        assert_eq!(r.findings.iter().find(|f| f.criterion.id == "nc.actt").unwrap().status, Status::Fail);
        assert_eq!(r.transitions.len(), 1);
        assert_eq!(r.transitions[0].from, d("2027-01-02"));
    }

    #[test]
    fn half_typed_and_invalid_values_are_problems_that_count_as_unknown() {
        let mut s = nc();
        reduce(&mut s, Action::YesNo { question: "actt", reply: Reply::Yes });
        reduce(&mut s, Action::Text { question: "actt_auth_end", text: String::new(), bad: true });
        let e = s.evaluate();
        assert_eq!(e.problem("actt_auth_end"), Some(Problem::NotADate));
        assert_eq!(status(&s, "nc.actt"), Status::Unknown);
        reduce(&mut s, Action::Text { question: "actt_auth_end", text: "2026-02-30".into(), bad: false });
        assert_eq!(s.evaluate().problem("actt_auth_end"), Some(Problem::NotADate));
        reduce(&mut s, Action::Text { question: "actt_auth_end", text: String::new(), bad: false });
        assert_eq!(s.evaluate().problems, vec![]);
        // A follow-up not asked reports no problem.
        reduce(&mut s, Action::Text { question: "actt_auth_end", text: "junk".into(), bad: false });
        reduce(&mut s, Action::YesNo { question: "actt", reply: Reply::NotSure });
        assert_eq!(s.evaluate().problems, vec![]);
    }

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

    #[test]
    fn the_screening_date_defaults_to_today_and_can_be_moved() {
        let mut s = nc();
        reduce(&mut s, Action::YesNo { question: "actt", reply: Reply::Yes });
        reduce(&mut s, Action::Text { question: "actt_auth_end", text: "2027-01-31".into(), bad: false });
        assert_eq!(status(&s, "nc.actt"), Status::Fail);
        reduce(&mut s, Action::SetAsOf { text: "2027-01-10".into(), bad: false });
        assert_eq!(status(&s, "nc.actt"), Status::Pass);
        assert_eq!(screening(&s).as_of, d("2027-01-10"));
        reduce(&mut s, Action::SetAsOf { text: String::new(), bad: true });
        let e = s.evaluate();
        assert_eq!(e.as_of_problem, Some(Problem::NotADate));
        assert_eq!(e.as_of, d("2026-11-22"));
        reduce(&mut s, Action::SetAsOf { text: String::new(), bad: false });
        assert_eq!(s.evaluate().as_of_problem, Some(Problem::Missing));
    }

    #[test]
    fn start_over_clears_every_answer_and_keeps_the_rest() {
        let mut s = nc();
        reduce(&mut s, Action::SetLang(Lang::Es));
        reduce(&mut s, Action::YesNo { question: "actt", reply: Reply::Yes });
        reduce(&mut s, Action::Text { question: "actt_auth_end", text: "2027-01-31".into(), bad: false });
        reduce(&mut s, Action::Toggle { question: "need_areas", option: 0, on: true });
        let generation = s.generation;
        reduce(&mut s, Action::StartOver);
        assert_eq!(s.answers, nc().answers);
        assert_ne!(s.generation, generation);
        assert_eq!(s.lang, Lang::Es);
        assert_eq!(s.program.map(|p| p.id), Some("nc-pss"));
    }

    #[test]
    fn host_options_lock_filter_and_fall_back_with_errors() {
        let mut s = form();
        reduce(&mut s, parse_option("program", Some("nc-pss")).unwrap());
        assert!(!s.has_picker());
        assert_eq!(s.program.map(|p| p.id), Some("nc-pss"));
        reduce(&mut s, Action::ChooseProgram("ne-peer-support".into()));
        assert_eq!(s.program.map(|p| p.id), Some("nc-pss"));
        assert!(s.states().is_empty());
        reduce(&mut s, parse_option("program", None).unwrap());
        assert!(s.has_picker());
        assert_eq!(s.program.map(|p| p.id), Some("nc-pss"));

        let mut s = form();
        reduce(&mut s, parse_option("state", Some("ne")).unwrap());
        assert_eq!(
            s.allowed().iter().map(|p| p.id).collect::<Vec<_>>(),
            [
                "ne-peer-support",
                "ne-family-peer-support",
                "ne-peer-support-continued-stay",
                "ne-family-peer-support-continued-stay"
            ]
        );
        assert_eq!(s.program, None);
        reduce(&mut s, Action::ChooseProgram("nc-pss".into()));
        assert_eq!(s.program, None);
        reduce(&mut s, parse_option("state", Some("MO")).unwrap());
        assert_eq!(s.program.map(|p| p.id), Some("mo-peer-support"), "the only program is chosen");

        assert_eq!(parse_option("lang", Some("es")), Ok(Action::SetLang(Lang::Es)));
        assert_eq!(parse_option("lang", None), Ok(Action::SetLang(Lang::En)));
        assert_eq!(parse_option("audience", Some("family")), Ok(Action::SetAudience(Audience::Family)));
        assert_eq!(parse_option("headingLevel", Some("4")), Ok(Action::HeadingLevel(4)));
        assert_eq!(parse_option("heading-level", Some(" 1 ")), Ok(Action::HeadingLevel(1)));
        for (name, value) in [
            ("headingLevel", "7"),
            ("headingLevel", "0"),
            ("headingLevel", "two"),
            ("lang", "fr"),
            ("audience", "<b>x</b>"),
            ("program", "nc"),
            ("state", "TX"),
            ("colour", "red"),
        ] {
            let e = parse_option(name, Some(value)).unwrap_err();
            assert_eq!((e.name.as_str(), e.value.as_str()), (name, value));
        }
    }

    #[test]
    fn the_state_picker_filters_programs_and_picks_the_only_one() {
        let mut s = form();
        assert_eq!(s.states().len(), rules::STATES.len());
        reduce(&mut s, Action::ChooseState("NE".into()));
        assert_eq!(s.offered().len(), 4);
        assert_eq!(s.program, None);
        reduce(&mut s, Action::ChooseProgram("ne-family-peer-support".into()));
        assert_eq!(s.program.map(|p| p.id), Some("ne-family-peer-support"));
        reduce(&mut s, Action::ChooseState("CT".into()));
        assert_eq!(s.program.map(|p| p.id), Some("ct-waiver-peer-support"));
        reduce(&mut s, Action::ChooseState("XX".into()));
        assert_eq!(s.state, Some("CT"));
        reduce(&mut s, Action::ChooseState(String::new()));
        assert_eq!(s.state, None);
        assert_eq!(s.program.map(|p| p.id), Some("ct-waiver-peer-support"));
        // With all states offered, any program can be chosen directly.
        reduce(&mut s, Action::ChooseProgram("nc-pss".into()));
        assert_eq!(s.program.map(|p| p.id), Some("nc-pss"));
    }

    #[test]
    fn a_birth_date_after_the_screening_date_and_a_date_before_the_program_are_problems() {
        let mut s = form();
        reduce(&mut s, Action::ChooseProgram("mo-peer-support".into()));
        let Some(program) = s.program else { panic!() };
        if program.question("birth_date").is_some_and(|q| q.not_after_as_of) {
            reduce(&mut s, Action::Text { question: "birth_date", text: "2030-01-01".into(), bad: false });
            assert_eq!(s.evaluate().problem("birth_date"), Some(Problem::AfterAsOf));
        }
        if let Some(start) = program.effective_from.and_then(dates::parse) {
            reduce(&mut s, Action::SetAsOf { text: "2000-01-01".into(), bad: false });
            let e = s.evaluate();
            assert_eq!(e.as_of_problem, Some(Problem::NotInForce(start)));
            assert!(e.screened.is_none());
        }
    }

    #[test]
    fn dates_the_screening_cannot_use_are_problems_not_panics() {
        // A 16th birthday after 9999-12-31.
        let mut s = form();
        reduce(&mut s, Action::ChooseProgram("mo-peer-support".into()));
        reduce(&mut s, Action::SetAsOf { text: "9999-06-01".into(), bad: false });
        reduce(&mut s, Action::Text { question: "birth_date", text: "9990-01-01".into(), bad: false });
        assert_eq!(s.evaluate().problem("birth_date"), Some(Problem::OutOfRange));
        assert_eq!(status(&s, "mo.age"), Status::Unknown);
        reduce(&mut s, Action::Text { question: "birth_date", text: "9983-12-31".into(), bad: false });
        assert_eq!(s.evaluate().problem("birth_date"), None);
        // Year 0000 is not a date of the contract.
        reduce(&mut s, Action::Text { question: "birth_date", text: "0000-01-01".into(), bad: false });
        assert_eq!(s.evaluate().problem("birth_date"), Some(Problem::NotADate));
        // A transition window starting before 0001-01-01.
        let mut s = nc();
        reduce(&mut s, Action::YesNo { question: "actt", reply: Reply::Yes });
        reduce(&mut s, Action::Text { question: "actt_auth_end", text: "0001-01-10".into(), bad: false });
        assert_eq!(s.evaluate().problem("actt_auth_end"), Some(Problem::OutOfRange));
        assert_eq!(status(&s, "nc.actt"), Status::Unknown);
        reduce(&mut s, Action::Text { question: "actt_auth_end", text: "0001-01-30".into(), bad: false });
        assert_eq!(s.evaluate().problem("actt_auth_end"), None);
        // A count too large to hold.
        let mut s = form();
        reduce(&mut s, Action::ChooseProgram("mo-peer-support".into()));
        reduce(&mut s, Action::Text { question: "planned_units_day", text: "18446744073709551616".into(), bad: false });
        assert_eq!(s.evaluate().problem("planned_units_day"), Some(Problem::TooLarge));
    }

    #[test]
    fn copy_status_clears_on_the_next_change_unless_manual() {
        let mut s = nc();
        reduce(&mut s, Action::Copied(true));
        assert_eq!(s.note, Note::Copied);
        reduce(&mut s, Action::SetAudience(Audience::Family));
        assert_eq!(s.note, Note::Idle);
        reduce(&mut s, Action::Copied(false));
        reduce(&mut s, Action::SetLang(Lang::Es));
        assert_eq!(s.note, Note::Manual);
        reduce(&mut s, Action::StartOver);
        assert_eq!(s.note, Note::Idle);
    }

    #[test]
    fn audience_and_language_follow_the_state() {
        let mut s = nc();
        let staff = screening(&s).findings[0].reason.clone();
        reduce(&mut s, Action::SetAudience(Audience::Family));
        reduce(&mut s, Action::SetLang(Lang::Es));
        let family = screening(&s).findings[0].reason.clone();
        assert_ne!(staff, family);
        // The staff wording stays available for the host's events.
        let e = s.evaluate_for(Audience::Staff);
        assert_eq!(
            e.screened.unwrap().screening.findings[0].reason,
            crate::template::render(
                crate::words::reasons::NOT_ANSWERED.staff_es,
                &[("question", s.program.unwrap().questions[0].text.staff_es)]
            )
        );
    }

    fn control<'a>(name: &'a str, value: &'a str, checked: bool) -> Control<'a> {
        Control { name, value, checked, bad: false }
    }

    #[test]
    fn controls_map_to_actions_by_name_and_value() {
        let s = nc();
        let yes = |value| s.action_for(control("dsm5_diagnosis", value, true));
        assert_eq!(yes("yes"), Some(Action::YesNo { question: "dsm5_diagnosis", reply: Reply::Yes }));
        assert_eq!(yes("no"), Some(Action::YesNo { question: "dsm5_diagnosis", reply: Reply::No }));
        assert_eq!(yes("unknown"), Some(Action::YesNo { question: "dsm5_diagnosis", reply: Reply::NotSure }));
        assert_eq!(yes("maybe"), None);
        assert_eq!(s.action_for(control("dsm5_diagnosis", "yes", false)), None, "an unchecked radio");
        assert_eq!(
            s.action_for(control("need_areas", "recent_crisis", true)),
            Some(Action::Toggle { question: "need_areas", option: 1, on: true })
        );
        assert_eq!(
            s.action_for(control("need_areas", "recent_crisis", false)),
            Some(Action::Toggle { question: "need_areas", option: 1, on: false })
        );
        assert_eq!(s.action_for(control("need_areas", "nope", true)), None);
        assert_eq!(
            s.action_for(Control { name: "actt_auth_end", value: "", checked: true, bad: true }),
            Some(Action::Text { question: "actt_auth_end", text: String::new(), bad: true })
        );
        assert_eq!(s.action_for(control("lang", "es", true)), Some(Action::SetLang(Lang::Es)));
        assert_eq!(s.action_for(control("lang", "es", false)), None);
        assert_eq!(s.action_for(control("audience", "family", true)), Some(Action::SetAudience(Audience::Family)));
        assert_eq!(
            s.action_for(control("program", "mo-peer-support", true)),
            Some(Action::ChooseProgram("mo-peer-support".into()))
        );
        assert_eq!(s.action_for(control("state", "", true)), Some(Action::ChooseState(String::new())));
        assert_eq!(
            s.action_for(control("as_of", "2027-01-01", true)),
            Some(Action::SetAsOf { text: "2027-01-01".into(), bad: false })
        );
        assert_eq!(s.action_for(control("birth_date", "2000-01-01", true)), None, "not a question of nc-pss");
        assert_eq!(form().action_for(control("dsm5_diagnosis", "yes", true)), None, "no program");

        let mut m = form();
        reduce(&mut m, Action::ChooseProgram("mo-peer-support".into()));
        if let Some(q) = m.program.unwrap().questions.iter().find(|q| q.kind == QuestionType::SingleChoice) {
            let first = q.options[0].id;
            assert_eq!(
                m.action_for(control(q.id, first, true)),
                Some(Action::Choose { question: q.id, option: Some(0) })
            );
            assert_eq!(m.action_for(control(q.id, "", true)), Some(Action::Choose { question: q.id, option: None }));
            assert_eq!(m.action_for(control(q.id, "x", true)), None);
        }
    }

    #[test]
    fn a_program_without_questions_still_screens() {
        // Rulebooks may be stubs while they are written: any program must evaluate.
        for program in rules::ALL {
            let mut s = form();
            reduce(&mut s, Action::ChooseProgram(program.id.into()));
            assert_eq!(s.program.map(|p| p.id), Some(program.id));
            if program.effective_from.and_then(dates::parse).is_none_or(|start| start <= s.today) {
                assert!(s.evaluate().screened.is_some());
            }
        }
    }

    #[test]
    fn idle_and_leaving_clear_answers_and_say_why_until_the_next_answer() {
        let mut s = nc();
        reduce(&mut s, Action::Idle);
        assert_eq!(s.cleared, None, "nothing answered, nothing to clear or say");
        reduce(&mut s, Action::YesNo { question: "dsm5_diagnosis", reply: Reply::Yes });
        let generation = s.generation;
        reduce(&mut s, Action::Idle);
        assert_eq!(s.cleared, Some(Cleared::Idle));
        assert!(!s.has_answers());
        assert_ne!(s.generation, generation);
        reduce(&mut s, Action::YesNo { question: "dsm5_diagnosis", reply: Reply::No });
        assert_eq!(s.cleared, None, "the message goes with the next answer");
        reduce(&mut s, Action::PageLeft);
        assert_eq!(s.cleared, Some(Cleared::PageLeft));
        reduce(&mut s, Action::StartOver);
        assert_eq!(s.cleared, None, "a start over the person asked for needs no explanation");
    }

    #[test]
    fn a_copied_note_is_wiped_when_its_answers_are_cleared() {
        let mut s = nc();
        reduce(&mut s, Action::YesNo { question: "dsm5_diagnosis", reply: Reply::Yes });
        reduce(&mut s, Action::Copied(false));
        reduce(&mut s, Action::StartOver);
        assert_eq!(s.clipboard, Clipboard::Untouched, "nothing was written, nothing to wipe");
        reduce(&mut s, Action::YesNo { question: "dsm5_diagnosis", reply: Reply::Yes });
        reduce(&mut s, Action::Copied(true));
        assert_eq!(s.clipboard, Clipboard::HoldsNote);
        reduce(&mut s, Action::YesNo { question: "dsm5_diagnosis", reply: Reply::No });
        assert_eq!(s.clipboard, Clipboard::HoldsNote, "answering does not wipe");
        reduce(&mut s, Action::StartOver);
        assert_eq!(s.clipboard, Clipboard::ToWipe);
        reduce(&mut s, Action::ClipboardWiped);
        assert_eq!(s.clipboard, Clipboard::Untouched);
    }

    #[test]
    fn idle_minutes_is_a_host_option() {
        assert_eq!(parse_option("idleMinutes", Some("15")), Ok(Action::IdleMinutes(Some(15))));
        assert_eq!(parse_option("idle-minutes", Some("0")), Ok(Action::IdleMinutes(None)));
        assert_eq!(parse_option("idle-minutes", None), Ok(Action::IdleMinutes(None)));
        for bad in ["-1", "1.5", "soon", "10081"] {
            assert!(parse_option("idleMinutes", Some(bad)).is_err(), "{bad}");
        }
        let mut s = form();
        reduce(&mut s, Action::IdleMinutes(Some(5)));
        assert_eq!(s.idle_minutes, Some(5));
    }
}
