//! The guided path: the one-page form's questions asked one at a time, as the best public-service
//! forms do (GOV.UK's "one thing per page" and "check your answers"): a start page, where the
//! person lives and whom the support is for, one step per question, a check of every answer
//! given, then the result.
//!
//! This module owns the path's logic, pure like the sheet's: the step shown and the steps before
//! it (for Back, and for the browser's history, which the edge keeps in step through
//! [`Step::code`]); which questions are still relevant and in which order ([`sequence`]: those
//! read by a criterion that decides the outcome first, then those that only shape next steps);
//! when to stop asking ([`settled`]: a decisive criterion fails and no date will lift it);
//! progress; a date typed as three numbers ([`compose`]); "Change" on the check step and the way
//! back to it; and what a step needs before the person can go on ([`GuidedPath::needed`]).
//!
//! **One set of answers, layered.** The path's state ([`GuidedPath`]) sits above the answers
//! being filled in ([`AnswerSheet`]): every answer is the sheet's raw answer, so both layouts
//! screen the same answers the same way. The path changes the program only through the sheet's
//! own update ([`AnswerSheet::update`]), and hears back once when the program changed; what only
//! the root can do (start again, which clears the page's housekeeping too) it returns as an
//! [`Out`] message (Elm's nested update).
//!
//! Pure: no DOM, no clock, no history API. The edge renders [`GuidedPath::step`], maps controls
//! with [`action_for`], and pushes [`Step::code`] to the browser's history when the host asks.

use chrono::Datelike;

use screener::engine::{Finding, Screening, Status};
use screener::model::{Lang, Program, Question, QuestionType, Serves, Stage, Subject, Voice};
use screener::rules;
use screener::template::render;

use crate::sheet::{self, AnswerSheet, Changed, Control, Problem, Raw, Reply};

/// Which layout the widget shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// The intake worker's one-page form.
    Form,
    /// One question at a time.
    Guided,
}

impl Layout {
    pub fn code(self) -> &'static str {
        match self {
            Layout::Form => "form",
            Layout::Guided => "guided",
        }
    }

    pub fn from_code(code: &str) -> Option<Layout> {
        match code {
            "form" => Some(Layout::Form),
            "guided" => Some(Layout::Guided),
            _ => None,
        }
    }
}

/// One step of the guided path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Step {
    #[default]
    Start,
    /// "Which state do you live in?"
    State,
    /// "Who is the support for?", where a state's programs differ by it.
    Who,
    /// One question, by id.
    Question(&'static str),
    /// "Check your answers".
    Check,
    Result,
}

impl Step {
    /// The step's kind: its container's `data-step`.
    pub fn kind(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::State => "state",
            Step::Who => "who",
            Step::Question(_) => "question",
            Step::Check => "check",
            Step::Result => "result",
        }
    }

    /// The step's name in the URL and the history state: its kind, `question-{id}` for a
    /// question. Never an answer.
    pub fn code(self) -> String {
        let mut code = String::from(self.kind());
        if let Step::Question(id) = self {
            code.push('-');
            code.push_str(id);
        }
        code
    }

    /// The step a [`Step::code`] names; a question step names a question of `program`.
    pub fn parse(code: &str, program: Option<&'static Program>) -> Option<Step> {
        Some(match code {
            "start" => Step::Start,
            "state" => Step::State,
            "who" => Step::Who,
            "check" => Step::Check,
            "result" => Step::Result,
            _ => Step::Question(program?.question(code.strip_prefix("question-")?)?.id),
        })
    }
}

/// Whom the check is for (SCREENING.md §4.9), asked in every state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    /// The person checks for themself.
    Me,
    /// A parent or caregiver checks for their child or teen: the state's program for the
    /// person, in the family wording about a child.
    Child,
    /// A parent or caregiver checks for help for themself as a caregiver (Nebraska's Family
    /// Peer Support), where the state has such a program.
    Caregiver,
}

impl Who {
    /// The radio value.
    pub fn code(self) -> &'static str {
        match self {
            Who::Me => "self",
            Who::Child => "child",
            Who::Caregiver => "caregiver",
        }
    }

    pub fn from_code(code: &str) -> Option<Who> {
        match code {
            "self" => Some(Who::Me),
            "child" => Some(Who::Child),
            "caregiver" => Some(Who::Caregiver),
            _ => None,
        }
    }

    /// Whom the program this answer leads to serves, and whom its wording speaks of.
    fn program_and_subject(self) -> (Serves, Subject) {
        match self {
            Who::Me => (Serves::Person, Subject::Person),
            Who::Child => (Serves::Person, Subject::Child),
            Who::Caregiver => (Serves::Caregiver, Subject::Person),
        }
    }
}

/// A part of a date typed as three numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Day,
    Month,
    Year,
}

impl Part {
    /// The end of its field's name: `birth_date-day`.
    pub fn code(self) -> &'static str {
        match self {
            Part::Day => "day",
            Part::Month => "month",
            Part::Year => "year",
        }
    }

    pub fn from_code(code: &str) -> Option<Part> {
        match code {
            "day" => Some(Part::Day),
            "month" => Some(Part::Month),
            "year" => Some(Part::Year),
            _ => None,
        }
    }

    /// The order the fields are shown in: month, day, year in English, as forms in the United
    /// States ask; day, month, year in Spanish, as Spanish speakers write a date.
    pub fn order(lang: Lang) -> [Part; 3] {
        match lang {
            Lang::En => [Part::Month, Part::Day, Part::Year],
            Lang::Es => [Part::Day, Part::Month, Part::Year],
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// What a step needs before the person can go on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needed {
    /// One of the answers ("Not sure" is one).
    Answer,
    /// A state.
    State,
    /// Whom the support is for.
    Who,
    /// A typed date or number that does not read; the sheet's problem with it.
    Typed(Problem),
}

/// Why the last Continue did not go on, and the field to fix: a question id, `state` or `who`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepError {
    pub field: &'static str,
    pub needed: Needed,
}

/// The guided path's state, above the answers being filled in.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct GuidedPath {
    /// Set by the host: the layout (`None`: by the audience, see [`GuidedPath::layout`]).
    pub layout: Option<Layout>,
    /// Set by the host: the edge keeps the browser's history in step with the path, so that the
    /// browser's Back goes to the previous step.
    pub history: bool,
    /// The step shown, while it is open (see [`GuidedPath::step`]).
    pub(crate) step: Step,
    /// The steps before it, oldest first: Back goes to the last one.
    pub back: Vec<Step>,
    /// Changes with every move and every refused Continue, so that the edge moves the focus (and
    /// the history) even when the step stays the same.
    pub turn: u32,
    /// Why the last Continue did not go on.
    pub error: Option<StepError>,
    /// The state ticked on the state step: taken when the person continues.
    pub(crate) place: Option<&'static str>,
    /// Whom the check is for, as ticked on its step: taken when the person continues.
    pub(crate) whom: Option<Who>,
    /// Whom the check is for, as last taken from its step (shown ticked when the person comes
    /// back to it). Nothing is ticked before the person chooses: a parent must not answer
    /// about themself by default.
    pub(crate) whom_given: Option<Who>,
    /// The questions the person continued from: the answers the check step lists.
    pub(crate) done: Vec<&'static str>,
    /// Single choices answered "Not sure" (the sheet's raw answer cannot tell that from none).
    pub(crate) unsure: Vec<&'static str>,
    /// Dates as typed, by question: day, month and year.
    pub(crate) dates: Vec<(&'static str, [String; 3])>,
    /// The check step was reached: Continue now goes to the next question not yet answered, or
    /// back to the check step.
    pub(crate) checked: bool,
    /// "Answer the other questions anyway": a settled outcome no longer stops the questions.
    pub(crate) rest: bool,
}

/// Something the person, the browser or the host did on the guided path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Host option `layout`.
    Layout(Option<Layout>),
    /// Host option `history`.
    History(bool),
    /// The start page's button.
    Start,
    Continue,
    Back,
    /// "Answer the other questions anyway", on a check step reached early.
    AnswerRest,
    /// "Change" on the check step (or a question still needed, on the result): that step, and
    /// back to the check step after.
    Change(Step),
    SeeResult,
    /// Clears every answer and the choices of state and program, and goes to the start.
    StartAgain,
    /// The browser's Back or Forward reached the history entry of the step with this code.
    Restore(String),
    /// The state step's radio.
    Place(String),
    /// The "who" step's radio.
    Whom(Who),
    /// "Not sure" on a single choice.
    NotSure(&'static str),
    /// One part of a date typed as three numbers.
    DatePart {
        question: &'static str,
        part: Part,
        text: String,
    },
}

/// What the path asks of the layer above: what only the root can do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[must_use]
pub enum Out {
    /// Start again: clear the answers (with the root's privacy housekeeping), and the choices of
    /// state and program.
    StartAgain,
}

impl GuidedPath {
    /// The layout shown: the host's, else by the audience (families get the guided path, staff
    /// the one-page form). A widget the host fixed to a continued-stay review shows the form:
    /// reviews are for staff, and the guided path offers admission programs only.
    pub fn layout(&self, sheet: &AnswerSheet) -> Layout {
        if sheet.lock.is_some_and(|p| p.stage != Stage::Admission) {
            return Layout::Form;
        }
        self.layout.unwrap_or(match sheet.audience {
            screener::model::Audience::Family => Layout::Guided,
            screener::model::Audience::Staff => Layout::Form,
        })
    }

    /// The step to show: the path's step while it is open (a host may change the program, or a
    /// change of answer remove a question), else the start page.
    pub fn step(&self, sheet: &AnswerSheet) -> Step {
        if self.is_open(sheet, self.step) {
            self.step
        } else {
            Step::Start
        }
    }

    /// Back to the start with nothing given (the host's options stay).
    pub fn restart(&mut self) {
        *self = GuidedPath {
            layout: self.layout,
            history: self.history,
            turn: self.turn.wrapping_add(1),
            ..GuidedPath::default()
        };
    }

    /// The sheet's program changed: forget what belonged to the last one.
    pub fn program_changed(&mut self) {
        self.done.clear();
        self.unsure.clear();
        self.dates.clear();
        self.checked = false;
        self.rest = false;
    }

    /// Applies one of the sheet's actions for the path, and hears what changed.
    fn sheet(&mut self, sheet: &mut AnswerSheet, action: sheet::Action) -> Changed {
        let changed = sheet.update(action);
        if changed.program {
            self.program_changed();
        }
        changed
    }

    /// The state ticked on the state step: as ticked, else the one known.
    pub fn place(&self, sheet: &AnswerSheet) -> Option<&'static str> {
        self.place.or(sheet.state).or_else(|| program(sheet).map(|p| p.state))
    }

    /// Whom the check is for: as ticked on its step, else as last taken from it.
    pub fn who(&self, _sheet: &AnswerSheet) -> Option<Who> {
        self.whom.or(self.whom_given)
    }

    /// The answers the "who" step offers in the sheet's state: for me, for my child or teen,
    /// and, where the state has a program for caregivers, for me as a caregiver.
    pub fn whom_offered(&self, sheet: &AnswerSheet) -> Vec<Who> {
        let Some(state) = state_of(sheet) else { return Vec::new() };
        let programs = admissions(sheet, state);
        [Who::Me, Who::Child, Who::Caregiver]
            .into_iter()
            .filter(|who| programs.iter().any(|p| p.serves == who.program_and_subject().0))
            .collect()
    }

    /// The answers the check step lists: each relevant question the person continued from, in
    /// order.
    pub fn given(&self, sheet: &AnswerSheet) -> Vec<&'static Question> {
        questions(sheet).into_iter().filter(|q| self.done.contains(&q.id)).collect()
    }

    /// Whether the path stopped asking before the end: the outcome is settled, and some relevant
    /// question was not answered (the check step says so, and offers the rest).
    pub fn stopped_early(&self, sheet: &AnswerSheet, screening: &Screening) -> bool {
        !self.rest && settled(screening).is_some() && questions(sheet).len() > self.given(sheet).len()
    }

    /// What a question's step needs before the person can go on: an answer to a yes/no or a
    /// single choice ("Not sure" is one), or a typed date or number that reads. A multi-select
    /// needs nothing (none ticked is "not sure"), and an empty date or number is "not sure" too.
    pub fn needed(&self, sheet: &AnswerSheet, question: &'static Question) -> Option<Needed> {
        match sheet.raw(question.id)? {
            Raw::YesNo(Reply::Unanswered) => Some(Needed::Answer),
            Raw::Choice(None) if !self.unsure.contains(&question.id) => Some(Needed::Answer),
            Raw::Text { .. } => sheet.evaluate().problem(question.id).map(Needed::Typed),
            _ => None,
        }
    }

    /// Whether "Not sure" is the answer ticked on a single choice.
    pub fn is_unsure(&self, sheet: &AnswerSheet, question: &str) -> bool {
        sheet.raw(question) == Some(&Raw::Choice(None)) && self.unsure.contains(&question)
    }

    /// The day, month and year of a date question, as its fields show them: as typed while they
    /// still make the sheet's answer, else from the answer (typed in the one-page form, say).
    pub fn date_parts(&self, sheet: &AnswerSheet, question: &str) -> [String; 3] {
        let raw = sheet.raw(question);
        if let Some((_, parts)) = self.dates.iter().find(|(q, _)| *q == question) {
            if raw == Some(&compose(parts)) {
                return parts.clone();
            }
        }
        match raw {
            Some(Raw::Text { text, bad: false }) => screener::dates::parse(text)
                .map(|d| [d.day().to_string(), d.month().to_string(), d.year().to_string()])
                .unwrap_or_default(),
            _ => Default::default(),
        }
    }

    /// Whether the path may show `step` now: the state and "who" steps only where they are
    /// asked, a question while it is relevant, the check step once an answer was given, the
    /// result once the check step was reached.
    pub fn is_open(&self, sheet: &AnswerSheet, step: Step) -> bool {
        match step {
            Step::Start => true,
            Step::State => asks_state(sheet),
            Step::Who => asks_who(sheet),
            Step::Question(id) => questions(sheet).iter().any(|q| q.id == id),
            Step::Check => program(sheet).is_some() && (!self.done.is_empty() || questions(sheet).is_empty()),
            Step::Result => program(sheet).is_some() && self.checked,
        }
    }

    /// Applies one action of the guided path; what only the root can do comes back as [`Out`].
    pub fn update(&mut self, sheet: &mut AnswerSheet, action: Action) -> Option<Out> {
        match action {
            Action::Layout(layout) => self.layout = layout,
            Action::History(on) => self.history = on,
            Action::Start => {
                let next = self.after_start(sheet);
                self.go(sheet, next);
            }
            Action::Continue => self.next(sheet),
            Action::Back => {
                if let Some(step) = self.back.pop() {
                    self.arrive(step);
                }
            }
            Action::AnswerRest => {
                self.rest = true;
                self.checked = true;
                let next = self.next_question(sheet, None);
                self.go(sheet, next);
            }
            Action::Change(step) => {
                if self.is_open(sheet, step) {
                    self.go(sheet, step);
                }
            }
            Action::SeeResult => {
                if self.step(sheet) == Step::Check {
                    self.go(sheet, Step::Result);
                }
            }
            Action::StartAgain => return Some(Out::StartAgain),
            Action::Restore(code) => self.restore(sheet, &code),
            Action::Place(code) => self.place = states(sheet).into_iter().find(|c| *c == code),
            Action::Whom(who) => self.whom = Some(who),
            Action::NotSure(question) => {
                if let Some(raw @ Raw::Choice(_)) = sheet.raw_mut(question) {
                    *raw = Raw::Choice(None);
                    if !self.unsure.contains(&question) {
                        self.unsure.push(question);
                    }
                }
            }
            Action::DatePart { question, part, text } => {
                if !matches!(sheet.raw(question), Some(Raw::Text { .. })) {
                    return None;
                }
                let mut parts = self.date_parts(sheet, question);
                parts[part.index()] = text;
                if let Some(raw) = sheet.raw_mut(question) {
                    *raw = compose(&parts);
                }
                match self.dates.iter_mut().find(|(q, _)| *q == question) {
                    Some((_, kept)) => *kept = parts,
                    None => self.dates.push((question, parts)),
                }
            }
        }
        None
    }

    /// Moves to `step`, remembering the step left for Back.
    fn go(&mut self, sheet: &AnswerSheet, step: Step) {
        let from = self.step(sheet);
        if from != step {
            self.back.push(from);
        }
        self.arrive(step);
    }

    /// Shows `step` (Back and the browser's history come here without remembering the step
    /// left).
    fn arrive(&mut self, step: Step) {
        self.step = step;
        self.error = None;
        self.place = None;
        self.whom = None;
        self.turn = self.turn.wrapping_add(1);
        if step == Step::Check {
            self.checked = true;
        }
    }

    /// Stays on the step, saying what it needs.
    fn refuse(&mut self, field: &'static str, needed: Needed) {
        self.error = Some(StepError { field, needed });
        self.turn = self.turn.wrapping_add(1);
    }

    /// After the start page: the state, or whom the support is for, or (when the host fixed
    /// both) the questions of the only program left.
    fn after_start(&mut self, sheet: &mut AnswerSheet) -> Step {
        if asks_state(sheet) {
            return Step::State;
        }
        if program(sheet).is_none() {
            let programs = match state_of(sheet) {
                Some(state) => admissions(sheet, state),
                None => sheet.allowed().into_iter().filter(|p| p.stage == Stage::Admission).collect(),
            };
            if let [only] = programs[..] {
                let _ = self.sheet(sheet, sheet::Action::ChooseProgram(only.id.to_owned()));
            }
        }
        if asks_who(sheet) {
            return Step::Who;
        }
        self.next_question(sheet, None)
    }

    /// Continue: checks what the step needs, takes its choice, and goes on.
    fn next(&mut self, sheet: &mut AnswerSheet) {
        match self.step(sheet) {
            Step::Start => {
                let next = self.after_start(sheet);
                self.go(sheet, next);
            }
            Step::State => {
                let Some(code) = self.place(sheet) else { return self.refuse("state", Needed::State) };
                let _ = self.sheet(sheet, sheet::Action::ChooseState(code.to_owned()));
                let programs = admissions(sheet, code);
                let target = match programs[..] {
                    [only] => Some(only),
                    _ => sheet.program.filter(|p| programs.contains(p)),
                };
                if sheet.program != target {
                    let _ = self.sheet(sheet, sheet::Action::ChooseProgram(target.map_or("", |p| p.id).to_owned()));
                }
                let next = if asks_who(sheet) { Step::Who } else { self.next_question(sheet, None) };
                self.go(sheet, next);
            }
            Step::Who => {
                let Some(who) = self.who(sheet).filter(|w| self.whom_offered(sheet).contains(w)) else {
                    return self.refuse("who", Needed::Who);
                };
                let (serves, subject) = who.program_and_subject();
                let target =
                    state_of(sheet).and_then(|state| admissions(sheet, state).into_iter().find(|p| p.serves == serves));
                if let Some(target) = target.filter(|t| sheet.program != Some(*t)) {
                    let _ = self.sheet(sheet, sheet::Action::ChooseProgram(target.id.to_owned()));
                }
                let _ = self.sheet(sheet, sheet::Action::SetSubject(subject));
                self.whom_given = Some(who);
                let next = self.next_question(sheet, None);
                self.go(sheet, next);
            }
            Step::Question(id) => {
                let Some(question) = sheet.program.and_then(|p| p.question(id)) else { return };
                if let Some(needed) = self.needed(sheet, question) {
                    return self.refuse(question.id, needed);
                }
                if !self.done.contains(&question.id) {
                    self.done.push(question.id);
                }
                let next = self.next_question(sheet, Some(question.id));
                self.go(sheet, next);
            }
            Step::Check => self.go(sheet, Step::Result),
            Step::Result => {}
        }
    }

    /// The question after `after` (the first when `None`): the next one still relevant, or,
    /// once the check step was reached, the next one not yet answered; the check step when none
    /// is left, or when the outcome is settled and the person did not ask for the rest.
    fn next_question(&self, sheet: &AnswerSheet, after: Option<&str>) -> Step {
        let list = questions(sheet);
        let start = after.and_then(|id| list.iter().position(|q| q.id == id)).map_or(0, |i| i + 1);
        if (after.is_some() || self.checked) && !self.rest {
            if let Some(screened) = sheet.evaluate().screened {
                if settled(&screened.screening).is_some() {
                    return Step::Check;
                }
            }
        }
        list[start.min(list.len())..]
            .iter()
            .find(|q| !self.checked || !self.done.contains(&q.id))
            .map_or(Step::Check, |q| Step::Question(q.id))
    }

    /// The browser reached the history entry of `code`: back (or forward) to that step, while
    /// it is open. A step no longer open (its question gone, its answers cleared) leaves the
    /// path where it is, and the edge rewrites that entry.
    fn restore(&mut self, sheet: &AnswerSheet, code: &str) {
        let step = Step::parse(code, program(sheet)).filter(|s| self.is_open(sheet, *s));
        match step {
            Some(step) => match self.back.iter().rposition(|s| *s == step) {
                Some(at) => {
                    self.back.truncate(at);
                    self.arrive(step);
                }
                None => self.go(sheet, step),
            },
            None => self.turn = self.turn.wrapping_add(1),
        }
    }
}

/// Reads the host options `layout` (`guided`, `form`, or empty or `auto` for the audience's) and
/// `history` (on when given as `true`, `on`, or empty as a bare attribute; off for `false`,
/// `off` or absent); `None` for any other option.
pub fn parse_option(name: &str, value: Option<&str>) -> Option<Result<Action, &'static str>> {
    let value = value.map(str::trim);
    Some(match (name, value) {
        ("layout", None | Some("" | "auto")) => Ok(Action::Layout(None)),
        ("layout", Some(code)) => {
            Layout::from_code(code).map(|l| Action::Layout(Some(l))).ok_or("it is \"guided\" or \"form\"")
        }
        ("history", None | Some("false" | "off")) => Ok(Action::History(false)),
        ("history", Some("" | "true" | "on" | "history")) => Ok(Action::History(true)),
        ("history", Some(_)) => Err("it is \"true\" or \"false\""),
        _ => return None,
    })
}

/// The program the path asks about: the sheet's, when it is an admission program.
fn program(sheet: &AnswerSheet) -> Option<&'static Program> {
    sheet.program.filter(|p| p.stage == Stage::Admission)
}

/// The admission programs the host allows in a state.
pub fn admissions(sheet: &AnswerSheet, state: &str) -> Vec<&'static Program> {
    sheet.allowed().into_iter().filter(|p| p.stage == Stage::Admission && p.state == state).collect()
}

/// The states the state step offers: those with an admission program the host allows, in the
/// order of the rulebooks.
pub fn states(sheet: &AnswerSheet) -> Vec<&'static str> {
    let allowed = sheet.allowed();
    rules::states().filter(|code| allowed.iter().any(|p| p.stage == Stage::Admission && p.state == *code)).collect()
}

/// Whether the path asks for the state: not when the host fixed the state or the program.
fn asks_state(sheet: &AnswerSheet) -> bool {
    sheet.lock.is_none() && sheet.state_filter.is_none() && states(sheet).len() > 1
}

/// The state as far as it is known: the host's, the chosen one, or the program's.
fn state_of(sheet: &AnswerSheet) -> Option<&'static str> {
    sheet.state_filter.or(sheet.state).or_else(|| sheet.program.map(|p| p.state))
}

/// Whether the path asks whom the check is for (SCREENING.md §4.9): in every state, unless the
/// host fixed a program for caregivers (its wording always speaks to the caregiver).
fn asks_who(sheet: &AnswerSheet) -> bool {
    match sheet.lock {
        Some(program) => program.serves == Serves::Person,
        None => state_of(sheet).is_some(),
    }
}

/// Whether a state's admission programs (those the host allows) include one for caregivers
/// themselves.
pub fn offers_for_caregivers(sheet: &AnswerSheet, state: &str) -> bool {
    admissions(sheet, state).iter().any(|p| p.serves == Serves::Caregiver)
}

/// A program's questions in the order the guided path asks them: first those read by a
/// criterion that decides the outcome, then those that only shape next steps (read by
/// requirements and limits alone, or by nothing); each group in the rulebook's order, and a
/// follow-up in its parent's group, right after it.
pub fn sequence(program: &'static Program) -> Vec<&'static Question> {
    let decisive = |q: &&'static Question| {
        let id = q.parent.unwrap_or(q.id);
        program
            .criteria
            .iter()
            .any(|c| c.kind().decides_outcome() && c.test.question_ids().into_iter().any(|read| read == id))
    };
    let (first, then): (Vec<&'static Question>, Vec<&'static Question>) = program.questions.iter().partition(decisive);
    first.into_iter().chain(then).collect()
}

/// The questions still relevant, in the order asked: a follow-up only while its parent is "yes".
pub fn questions(sheet: &AnswerSheet) -> Vec<&'static Question> {
    let Some(program) = program(sheet) else { return Vec::new() };
    sequence(program)
        .into_iter()
        .filter(|q| q.parent.is_none_or(|parent| sheet.raw(parent) == Some(&Raw::YesNo(Reply::Yes))))
        .collect()
}

/// "Question `n` of `total`": a question's place among the questions still relevant.
pub fn progress(sheet: &AnswerSheet, question: &str) -> Option<(usize, usize)> {
    let list = questions(sheet);
    let index = list.iter().position(|q| q.id == question)?;
    Some((index + 1, list.len()))
}

/// The first decisive criterion that fails whatever is answered next: a failure no date lifts
/// (answering more never rescues a not-eligible). A failure a date lifts (an age not reached, a
/// window not yet open) does not settle it: the other answers can still tell from when.
pub fn settled(screening: &Screening) -> Option<&Finding> {
    screening
        .findings
        .iter()
        .find(|f| f.criterion.kind().decides_outcome() && f.status == Status::Fail && f.passes_from.is_none())
}

/// A date typed as day, month and year (in that order in `parts`), as the sheet holds a typed
/// date: `YYYY-MM-DD` when the day and month have one or two digits and the year four (the
/// sheet then checks that the date is real), nothing when every part is empty ("not sure"), and
/// otherwise a value that does not read, which the sheet reports as not a date.
pub fn compose(parts: &[String; 3]) -> Raw {
    let [day, month, year] = [parts[0].trim(), parts[1].trim(), parts[2].trim()];
    if day.is_empty() && month.is_empty() && year.is_empty() {
        return Raw::Text { text: String::new(), bad: false };
    }
    let digits =
        |s: &str, min: usize, max: usize| (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(day, 1, 2) && digits(month, 1, 2) && digits(year, 4, 4)) {
        return Raw::Text { text: String::new(), bad: true };
    }
    let mut text = String::with_capacity(10);
    text.push_str(year);
    for part in [month, day] {
        text.push('-');
        if part.len() == 1 {
            text.push('0');
        }
        text.push_str(part);
    }
    Raw::Text { text, bad: false }
}

/// What a change to one of the guided path's controls is for: the path, or the sheet below it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Path(Action),
    Sheet(sheet::Action),
}

/// What a change to one of the guided path's controls means: its own (`state`, `who`, the
/// parts of a date named `{question}-day`, `-month`, `-year`, "Not sure" of a single choice,
/// whose radio is `unknown`), else the sheet's ([`AnswerSheet::action_for`]).
pub fn action_for(sheet: &AnswerSheet, control: Control) -> Option<Input> {
    let Control { name, value, checked, .. } = control;
    let guided = |action| Some(Input::Path(action));
    match name {
        "state" => return if checked { guided(Action::Place(value.to_owned())) } else { None },
        "who" => return Who::from_code(value).filter(|_| checked).and_then(|w| guided(Action::Whom(w))),
        _ => {}
    }
    if let Some(program) = sheet.program {
        if let Some((id, part)) = name.rsplit_once('-') {
            let question = program.question(id).filter(|q| q.kind == QuestionType::Date)?;
            let part = Part::from_code(part)?;
            return guided(Action::DatePart { question: question.id, part, text: value.to_owned() });
        }
        if let Some(q) = program.question(name) {
            if q.kind == QuestionType::SingleChoice && checked && (value == "unknown" || value.is_empty()) {
                return guided(Action::NotSure(q.id));
            }
        }
    }
    sheet.action_for(control).map(Input::Sheet)
}

/// Who can use the check here, as the start page says it: the states it covers, that a parent
/// can check for a child or teen, and where a caregiver can check for help for themself.
pub fn who_can_use(sheet: &AnswerSheet, voice: Voice) -> Vec<String> {
    let names: Vec<&str> =
        states(sheet).iter().filter_map(|code| rules::state_name(code)).map(|n| voice.text(n)).collect();
    let mut list = String::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            list.push_str(if i + 1 == names.len() { " " } else { ", " });
            if i + 1 == names.len() {
                list.push_str(voice.t(|w| &w.guided.or));
                list.push(' ');
            }
        }
        list.push_str(name);
    }
    let mut lines = vec![render(voice.t(|w| &w.guided.who_can_use), &[("states", &list)])];
    if sheet.lock.is_none_or(|p| p.serves == Serves::Person) {
        lines.push(voice.t(|w| &w.guided.for_child).to_owned());
    }
    if sheet.lock.is_none() {
        for state in states(sheet) {
            if offers_for_caregivers(sheet, state) {
                let name = rules::state_name(state).map_or(state, |n| voice.text(n));
                lines.push(render(voice.t(|w| &w.guided.for_caregivers), &[("state", name)]));
            }
        }
    }
    lines
}
