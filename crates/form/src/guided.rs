//! The guided path: the one-page form's questions asked one at a time, as the best public-service
//! forms do (GOV.UK's "one thing per page" and "check your answers"): a start page, where the
//! person lives and whom the support is for, one step per question, a check of every answer
//! given, then the result.
//!
//! This module owns the path's logic, pure like the form's: the step shown and the steps before
//! it (for Back, and for the browser's history, which the edge keeps in step through
//! [`Step::code`]); which questions are still relevant and in which order ([`sequence`]: those
//! read by a criterion that decides the outcome first, then those that only shape next steps);
//! when to stop asking ([`settled`]: a decisive criterion fails and no date will lift it);
//! progress; a date typed as three numbers ([`compose`]); "Change" on the check step and the way
//! back to it; and what a step needs before the person can go on ([`needed`]).
//!
//! **One set of answers.** The path's state ([`Guided`]) sits in the form's
//! ([`FormState::guided`]), its actions go through the form's reducer
//! ([`form::Action::Guided`]), and every answer is the form's raw answer: both layouts screen the
//! same answers the same way, and switching between them loses nothing.
//!
//! Pure: no DOM, no clock, no history API. The edge renders [`FormState::step`], maps controls
//! with [`action_for`], and pushes [`Step::code`] to the browser's history when the host asks.

use chrono::Datelike;

use crate::answers::{Answer, Answers};
use crate::dates::{self, DateStyle};
use crate::engine::{self, Finding, Screening, Status};
use crate::form::{self, Control, FormState, Problem, Raw, Reply, Screened};
use crate::model::{Audience, Lang, Program, Question, QuestionType, Stage};
use crate::rules;
use crate::summary;
use crate::template::render;
use crate::words::{guided as words, result};

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
    /// "Who is the support for?", where a state's programs differ by it ([`FOR_WHOM`]).
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

/// Whom the support is for, where a state's programs differ by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    Me,
    Child,
}

impl Who {
    /// The radio value: `self` or `child`.
    pub fn code(self) -> &'static str {
        match self {
            Who::Me => "self",
            Who::Child => "child",
        }
    }

    pub fn from_code(code: &str) -> Option<Who> {
        match code {
            "self" => Some(Who::Me),
            "child" => Some(Who::Child),
            _ => None,
        }
    }
}

/// The states whose admission programs differ by whom the support is for: the state, the
/// program for the person, and the program for a caregiver's child or teen.
pub const FOR_WHOM: [(&str, &str, &str); 1] = [("NE", "ne-peer-support", "ne-family-peer-support")];

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
    /// A typed date or number that does not read; the form's problem with it.
    Typed(Problem),
}

/// Why the last Continue did not go on, and the field to fix: a question id, `state` or `who`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepError {
    pub field: &'static str,
    pub needed: Needed,
}

/// The guided path's state, beside the form's answers ([`FormState::guided`]).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Guided {
    /// Set by the host: the layout (`None`: by the audience, see [`FormState::layout`]).
    pub layout: Option<Layout>,
    /// Set by the host: the edge keeps the browser's history in step with the path, so that the
    /// browser's Back goes to the previous step.
    pub history: bool,
    /// The step shown, while it is open (see [`FormState::step`]).
    pub step: Step,
    /// The steps before it, oldest first: Back goes to the last one.
    pub back: Vec<Step>,
    /// Changes with every move and every refused Continue, so that the edge moves the focus (and
    /// the history) even when the step stays the same.
    pub turn: u32,
    /// Why the last Continue did not go on.
    pub error: Option<StepError>,
    /// The state ticked on the state step: taken when the person continues.
    place: Option<&'static str>,
    /// Whom the support is for, as ticked on its step: taken when the person continues.
    whom: Option<Who>,
    /// The program the four below belong to: they are forgotten when it changes.
    program: Option<&'static str>,
    /// The questions the person continued from: the answers the check step lists.
    done: Vec<&'static str>,
    /// Single choices answered "Not sure" (the form's raw answer cannot tell that from none).
    unsure: Vec<&'static str>,
    /// Dates as typed, by question: day, month and year.
    dates: Vec<(&'static str, [String; 3])>,
    /// The check step was reached: Continue now goes to the next question not yet answered, or
    /// back to the check step.
    checked: bool,
    /// "Answer the other questions anyway": a settled outcome no longer stops the questions.
    rest: bool,
}

impl Guided {
    /// Back to the start with nothing given (the host's options stay).
    pub(crate) fn restart(&mut self) {
        *self =
            Guided { layout: self.layout, history: self.history, turn: self.turn.wrapping_add(1), ..Guided::default() };
    }

    /// Forgets what belonged to another program.
    fn sync(&mut self, program: Option<&'static Program>) {
        let id = program.map(|p| p.id);
        if self.program != id {
            self.program = id;
            self.done.clear();
            self.unsure.clear();
            self.dates.clear();
            self.checked = false;
            self.rest = false;
        }
    }
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

impl FormState {
    /// The layout shown: the host's, else by the audience (families get the guided path, staff
    /// the one-page form). A widget the host fixed to a continued-stay review shows the form:
    /// reviews are for staff, and the guided path offers admission programs only.
    pub fn layout(&self) -> Layout {
        if self.lock.is_some_and(|p| p.stage != Stage::Admission) {
            return Layout::Form;
        }
        self.guided.layout.unwrap_or(match self.audience {
            Audience::Family => Layout::Guided,
            Audience::Staff => Layout::Form,
        })
    }

    /// The step to show: the path's step while it is open (a host may change the program, or a
    /// change of answer remove a question), else the start page.
    pub fn step(&self) -> Step {
        let step = self.guided.step;
        if is_open(self, step) {
            step
        } else {
            Step::Start
        }
    }
}

/// Reads the host options `layout` (`guided`, `form`, or empty or `auto` for the audience's) and
/// `history` (on when given as `true`, `on`, or empty as a bare attribute; off for `false`,
/// `off` or absent); `None` for any other option.
pub fn parse_option(name: &str, value: Option<&str>) -> Option<Result<form::Action, &'static str>> {
    let value = value.map(str::trim);
    let action = match (name, value) {
        ("layout", None | Some("" | "auto")) => Ok(Action::Layout(None)),
        ("layout", Some(code)) => {
            Layout::from_code(code).map(|l| Action::Layout(Some(l))).ok_or("it is \"guided\" or \"form\"")
        }
        ("history", None | Some("false" | "off")) => Ok(Action::History(false)),
        ("history", Some("" | "true" | "on" | "history")) => Ok(Action::History(true)),
        ("history", Some(_)) => Err("it is \"true\" or \"false\""),
        _ => return None,
    };
    Some(action.map(form::Action::Guided))
}

/// The program the path asks about: the form's, when it is an admission program.
fn program(form: &FormState) -> Option<&'static Program> {
    form.program.filter(|p| p.stage == Stage::Admission)
}

/// The admission programs the host allows in a state.
fn admissions(form: &FormState, state: &str) -> Vec<&'static Program> {
    form.allowed().into_iter().filter(|p| p.stage == Stage::Admission && p.state == state).collect()
}

/// The states the state step offers: those with an admission program the host allows, in the
/// order of `rules::STATES`.
pub fn states(form: &FormState) -> Vec<&'static str> {
    let allowed = form.allowed();
    rules::STATES
        .iter()
        .map(|(code, _)| *code)
        .filter(|code| allowed.iter().any(|p| p.stage == Stage::Admission && p.state == *code))
        .collect()
}

/// Whether the path asks for the state: not when the host fixed the state or the program.
fn asks_state(form: &FormState) -> bool {
    form.lock.is_none() && form.state_filter.is_none() && states(form).len() > 1
}

/// The state as far as it is known: the host's, the chosen one, or the program's.
fn state_of(form: &FormState) -> Option<&'static str> {
    form.state_filter.or(form.state).or_else(|| form.program.map(|p| p.state))
}

/// Whether the path asks whom the support is for: in a state with more than one admission
/// program, unless the host fixed the program.
fn asks_who(form: &FormState) -> bool {
    form.lock.is_none() && state_of(form).is_some_and(|state| admissions(form, state).len() > 1)
}

/// The state ticked on the state step: as ticked, else the one known.
pub fn place(form: &FormState) -> Option<&'static str> {
    form.guided.place.or(form.state).or_else(|| program(form).map(|p| p.state))
}

/// Whom the support is for: as ticked on its step, else as the program says.
pub fn who(form: &FormState) -> Option<Who> {
    form.guided.whom.or_else(|| {
        let program = form.program?;
        FOR_WHOM.iter().find_map(|(_, me, child)| match program.id {
            id if id == *me => Some(Who::Me),
            id if id == *child => Some(Who::Child),
            _ => None,
        })
    })
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
pub fn questions(form: &FormState) -> Vec<&'static Question> {
    let Some(program) = program(form) else { return Vec::new() };
    sequence(program)
        .into_iter()
        .filter(|q| q.parent.is_none_or(|parent| form.raw(parent) == Some(&Raw::YesNo(Reply::Yes))))
        .collect()
}

/// "Question `n` of `total`": a question's place among the questions still relevant.
pub fn progress(form: &FormState, question: &str) -> Option<(usize, usize)> {
    let list = questions(form);
    let index = list.iter().position(|q| q.id == question)?;
    Some((index + 1, list.len()))
}

/// What the path remembers of the current program (nothing, if it was about another one).
fn fresh(form: &FormState) -> Option<&Guided> {
    (form.guided.program == form.program.map(|p| p.id)).then_some(&form.guided)
}

fn done(form: &FormState) -> &[&'static str] {
    fresh(form).map_or(&[], |g| &g.done)
}

/// The answers the check step lists: each relevant question the person continued from, in order.
pub fn given(form: &FormState) -> Vec<&'static Question> {
    let done = done(form);
    questions(form).into_iter().filter(|q| done.contains(&q.id)).collect()
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

/// Whether the path stopped asking before the end: the outcome is settled, and some relevant
/// question was not answered (the check step says so, and offers the rest).
pub fn stopped_early(form: &FormState, screening: &Screening) -> bool {
    let rest = fresh(form).is_some_and(|g| g.rest);
    !rest && settled(screening).is_some() && questions(form).len() > given(form).len()
}

/// What a question's step needs before the person can go on: an answer to a yes/no or a single
/// choice ("Not sure" is one), or a typed date or number that reads. A multi-select needs
/// nothing (none ticked is "not sure"), and an empty date or number is "not sure" too.
pub fn needed(form: &FormState, question: &'static Question) -> Option<Needed> {
    match form.raw(question.id)? {
        Raw::YesNo(Reply::Unanswered) => Some(Needed::Answer),
        Raw::Choice(None) if !fresh(form).is_some_and(|g| g.unsure.contains(&question.id)) => Some(Needed::Answer),
        Raw::Text { .. } => form.evaluate().problem(question.id).map(Needed::Typed),
        _ => None,
    }
}

/// Whether "Not sure" is the answer ticked on a single choice.
pub fn is_unsure(form: &FormState, question: &str) -> bool {
    form.raw(question) == Some(&Raw::Choice(None)) && fresh(form).is_some_and(|g| g.unsure.contains(&question))
}

/// A date typed as day, month and year (in that order in `parts`), as the form holds a typed
/// date: `YYYY-MM-DD` when the day and month have one or two digits and the year four (the form
/// then checks that the date is real), nothing when every part is empty ("not sure"), and
/// otherwise a value that does not read, which the form reports as not a date.
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

/// The day, month and year of a date question, as its fields show them: as typed while they
/// still make the form's answer, else from the answer (typed in the one-page form, say).
pub fn date_parts(form: &FormState, question: &str) -> [String; 3] {
    let raw = form.raw(question);
    if let Some((_, parts)) = fresh(form).and_then(|g| g.dates.iter().find(|(q, _)| *q == question)) {
        if raw == Some(&compose(parts)) {
            return parts.clone();
        }
    }
    match raw {
        Some(Raw::Text { text, bad: false }) => dates::parse(text)
            .map(|d| [d.day().to_string(), d.month().to_string(), d.year().to_string()])
            .unwrap_or_default(),
        _ => Default::default(),
    }
}

/// What a change to one of the guided path's controls means: its own (`state`, `who`, the parts
/// of a date named `{question}-day`, `-month`, `-year`, "Not sure" of a single choice, whose
/// radio is `unknown`), else the form's ([`FormState::action_for`]).
pub fn action_for(form: &FormState, control: Control) -> Option<form::Action> {
    let Control { name, value, checked, .. } = control;
    let guided = |action| Some(form::Action::Guided(action));
    match name {
        "state" => return if checked { guided(Action::Place(value.to_owned())) } else { None },
        "who" => return Who::from_code(value).filter(|_| checked).and_then(|w| guided(Action::Whom(w))),
        _ => {}
    }
    if let Some(program) = form.program {
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
    form.action_for(control)
}

/// The screening the guided path shows: the form's, with the dates inside its sentences written
/// out in the page's language (SCREENING.md §7), and the answers it read.
pub fn screened(form: &FormState) -> Option<Screened> {
    let evaluation = form.evaluate();
    let Screened { answers, .. } = evaluation.screened?;
    let screening =
        engine::screen_styled(&answers, evaluation.as_of, form.audience, form.lang, DateStyle::Long(form.lang));
    Some(Screened { answers, screening })
}

/// An answer as the check step shows it: "Not sure" when unknown, a date written out.
pub fn answer_text(answers: &Answers, question: &Question, audience: Audience, lang: Lang) -> String {
    match answers.get(question.id) {
        None => result::NOT_SURE.get(audience, lang).to_owned(),
        Some(Answer::Date(date)) => dates::long(*date, lang),
        Some(answer) => summary::answer_text(answers.program(), question.id, answer, audience, lang),
    }
}

/// The result's dates in plain words, written out: from when the person looks eligible, and each
/// transition window.
pub fn dated(screening: &Screening, audience: Audience, lang: Lang) -> Vec<String> {
    summary::dates_said(screening, audience, lang, DateStyle::Long(lang))
}

/// Who can use the check here, as the start page says it: the states it covers, and where it can
/// be for a child or teen.
pub fn who_can_use(form: &FormState, audience: Audience, lang: Lang) -> Vec<String> {
    let names: Vec<&str> =
        states(form).iter().filter_map(|code| rules::state_name(code)).map(|n| n.get(audience, lang)).collect();
    let mut list = String::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            list.push_str(if i + 1 == names.len() { " " } else { ", " });
            if i + 1 == names.len() {
                list.push_str(words::OR.get(audience, lang));
                list.push(' ');
            }
        }
        list.push_str(name);
    }
    let mut lines = vec![render(words::WHO_CAN_USE.get(audience, lang), &[("states", &list)])];
    if form.lock.is_none() {
        for (state, _, _) in FOR_WHOM {
            if admissions(form, state).len() > 1 {
                let name = rules::state_name(state).map_or(state, |n| n.get(audience, lang));
                lines.push(render(words::FOR_A_CHILD.get(audience, lang), &[("state", name)]));
            }
        }
    }
    lines
}

/// Whether the path may show `step` now: the state and "who" steps only where they are asked, a
/// question while it is relevant, the check step once an answer was given, the result once the
/// check step was reached.
pub fn is_open(form: &FormState, step: Step) -> bool {
    match step {
        Step::Start => true,
        Step::State => asks_state(form),
        Step::Who => asks_who(form),
        Step::Question(id) => questions(form).iter().any(|q| q.id == id),
        Step::Check => program(form).is_some() && (!done(form).is_empty() || questions(form).is_empty()),
        Step::Result => program(form).is_some() && fresh(form).is_some_and(|g| g.checked),
    }
}

/// Applies one action of the guided path (the form's reducer calls this, then settles the form).
pub(crate) fn reduce(form: &mut FormState, action: Action) {
    form.guided.sync(form.program);
    match action {
        Action::Layout(layout) => form.guided.layout = layout,
        Action::History(on) => form.guided.history = on,
        Action::Start => {
            let next = after_start(form);
            go(form, next);
        }
        Action::Continue => next(form),
        Action::Back => {
            if let Some(step) = form.guided.back.pop() {
                arrive(form, step);
            }
        }
        Action::AnswerRest => {
            form.guided.rest = true;
            form.guided.checked = true;
            let next = next_question(form, None);
            go(form, next);
        }
        Action::Change(step) => {
            if is_open(form, step) {
                go(form, step);
            }
        }
        Action::SeeResult => {
            if form.step() == Step::Check {
                go(form, Step::Result);
            }
        }
        Action::StartAgain => {
            // Start over clears the answers and restarts the path (`FormState::start_over`).
            form::reduce(form, form::Action::StartOver);
            form::reduce(form, form::Action::ChooseProgram(String::new()));
            form::reduce(form, form::Action::ChooseState(String::new()));
        }
        Action::Restore(code) => restore(form, &code),
        Action::Place(code) => form.guided.place = states(form).into_iter().find(|c| *c == code),
        Action::Whom(who) => form.guided.whom = Some(who),
        Action::NotSure(question) => {
            if let Some(index) = form.program.and_then(|p| p.question_index(question)) {
                if let Some(raw @ Raw::Choice(_)) = form.answers.get_mut(index) {
                    *raw = Raw::Choice(None);
                    if !form.guided.unsure.contains(&question) {
                        form.guided.unsure.push(question);
                    }
                }
            }
        }
        Action::DatePart { question, part, text } => {
            let Some(index) = form.program.and_then(|p| p.question_index(question)) else { return };
            if !matches!(form.answers.get(index), Some(Raw::Text { .. })) {
                return;
            }
            let mut parts = date_parts(form, question);
            parts[part.index()] = text;
            form.answers[index] = compose(&parts);
            let dates = &mut form.guided.dates;
            match dates.iter_mut().find(|(q, _)| *q == question) {
                Some((_, kept)) => *kept = parts,
                None => dates.push((question, parts)),
            }
        }
    }
}

/// Moves to `step`, remembering the step left for Back.
fn go(form: &mut FormState, step: Step) {
    let from = form.step();
    if from != step {
        form.guided.back.push(from);
    }
    arrive(form, step);
}

/// Shows `step` (Back and the browser's history come here without remembering the step left).
fn arrive(form: &mut FormState, step: Step) {
    let guided = &mut form.guided;
    guided.step = step;
    guided.error = None;
    guided.place = None;
    guided.whom = None;
    guided.turn = guided.turn.wrapping_add(1);
    if step == Step::Check {
        guided.checked = true;
    }
}

/// Stays on the step, saying what it needs.
fn refuse(form: &mut FormState, field: &'static str, needed: Needed) {
    form.guided.error = Some(StepError { field, needed });
    form.guided.turn = form.guided.turn.wrapping_add(1);
}

/// After the start page: the state, or whom the support is for, or (when the host fixed both)
/// the questions of the only program left.
fn after_start(form: &mut FormState) -> Step {
    if asks_state(form) {
        return Step::State;
    }
    if program(form).is_none() {
        let programs = match state_of(form) {
            Some(state) => admissions(form, state),
            None => form.allowed().into_iter().filter(|p| p.stage == Stage::Admission).collect(),
        };
        if let [only] = programs[..] {
            form::reduce(form, form::Action::ChooseProgram(only.id.to_owned()));
        }
    }
    if asks_who(form) {
        return Step::Who;
    }
    form.guided.sync(form.program);
    next_question(form, None)
}

/// Continue: checks what the step needs, takes its choice, and goes on.
fn next(form: &mut FormState) {
    match form.step() {
        Step::Start => {
            let next = after_start(form);
            go(form, next);
        }
        Step::State => {
            let Some(code) = place(form) else { return refuse(form, "state", Needed::State) };
            form::reduce(form, form::Action::ChooseState(code.to_owned()));
            let programs = admissions(form, code);
            let target = match programs[..] {
                [only] => Some(only),
                _ => form.program.filter(|p| programs.contains(p)),
            };
            if form.program != target {
                form::reduce(form, form::Action::ChooseProgram(target.map_or("", |p| p.id).to_owned()));
            }
            form.guided.sync(form.program);
            let next = if asks_who(form) { Step::Who } else { next_question(form, None) };
            go(form, next);
        }
        Step::Who => {
            let Some(who) = who(form) else { return refuse(form, "who", Needed::Who) };
            let state = state_of(form);
            let target = FOR_WHOM.iter().find(|(s, _, _)| Some(*s) == state).map(|(_, me, child)| match who {
                Who::Me => *me,
                Who::Child => *child,
            });
            if let Some(target) = target.filter(|t| form.program.is_none_or(|p| p.id != *t)) {
                form::reduce(form, form::Action::ChooseProgram(target.to_owned()));
            }
            form.guided.sync(form.program);
            let next = next_question(form, None);
            go(form, next);
        }
        Step::Question(id) => {
            let Some(question) = form.program.and_then(|p| p.question(id)) else { return };
            if let Some(needed) = needed(form, question) {
                return refuse(form, question.id, needed);
            }
            if !form.guided.done.contains(&question.id) {
                form.guided.done.push(question.id);
            }
            let next = next_question(form, Some(question.id));
            go(form, next);
        }
        Step::Check => go(form, Step::Result),
        Step::Result => {}
    }
}

/// The question after `after` (the first when `None`): the next one still relevant, or, once the
/// check step was reached, the next one not yet answered; the check step when none is left, or
/// when the outcome is settled and the person did not ask for the rest.
fn next_question(form: &FormState, after: Option<&str>) -> Step {
    let list = questions(form);
    let start = after.and_then(|id| list.iter().position(|q| q.id == id)).map_or(0, |i| i + 1);
    let guided = fresh(form);
    let (checked, rest) = guided.map_or((false, false), |g| (g.checked, g.rest));
    if (after.is_some() || checked) && !rest {
        if let Some(screened) = form.evaluate().screened {
            if settled(&screened.screening).is_some() {
                return Step::Check;
            }
        }
    }
    let done = done(form);
    list[start.min(list.len())..]
        .iter()
        .find(|q| !checked || !done.contains(&q.id))
        .map_or(Step::Check, |q| Step::Question(q.id))
}

/// The browser reached the history entry of `code`: back (or forward) to that step, while it is
/// open. A step no longer open (its question gone, its answers cleared) leaves the path where it
/// is, and the edge rewrites that entry.
fn restore(form: &mut FormState, code: &str) {
    let step = Step::parse(code, program(form)).filter(|s| is_open(form, *s));
    match step {
        Some(step) => match form.guided.back.iter().rposition(|s| *s == step) {
            Some(at) => {
                form.guided.back.truncate(at);
                arrive(form, step);
            }
            None => go(form, step),
        },
        None => form.guided.turn = form.guided.turn.wrapping_add(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Outcome;
    use crate::form::{reduce, Action as F};
    use crate::model::{Citation, Criterion, Test, Verdicts, Words};
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        dates::parse(s).unwrap()
    }

    fn family() -> FormState {
        let mut s = FormState::new(d("2026-11-22"));
        reduce(&mut s, F::SetAudience(Audience::Family));
        s
    }

    fn act(s: &mut FormState, action: Action) {
        reduce(s, F::Guided(action));
    }

    /// Applies a control as the edge reads it.
    fn control(s: &mut FormState, name: &str, value: &str) {
        let action = action_for(s, Control { name, value, checked: true, bad: false })
            .unwrap_or_else(|| panic!("no action for {name}={value}"));
        reduce(s, action);
    }

    fn go_on(s: &mut FormState) -> Step {
        act(s, Action::Continue);
        s.step()
    }

    /// From the start to the first question of a state's program.
    fn into(state: &str, who: Option<&str>) -> FormState {
        let mut s = family();
        act(&mut s, Action::Start);
        assert_eq!(s.step(), Step::State);
        control(&mut s, "state", state);
        go_on(&mut s);
        if let Some(who) = who {
            assert_eq!(s.step(), Step::Who);
            control(&mut s, "who", who);
            go_on(&mut s);
        }
        s
    }

    fn outcome(s: &FormState) -> Outcome {
        s.evaluate().screened.unwrap().screening.outcome
    }

    #[test]
    fn layout_follows_the_audience_unless_the_host_says() {
        let mut s = FormState::new(d("2026-11-22"));
        assert_eq!(s.layout(), Layout::Form);
        reduce(&mut s, F::SetAudience(Audience::Family));
        assert_eq!(s.layout(), Layout::Guided);
        reduce(&mut s, form::parse_option("layout", Some("form")).unwrap());
        assert_eq!(s.layout(), Layout::Form);
        reduce(&mut s, form::parse_option("layout", Some("guided")).unwrap());
        reduce(&mut s, F::SetAudience(Audience::Staff));
        assert_eq!(s.layout(), Layout::Guided);
        reduce(&mut s, form::parse_option("layout", Some("")).unwrap());
        assert_eq!(s.layout(), Layout::Form);
        // A widget fixed to a continued-stay review is the staff's form.
        reduce(&mut s, form::parse_option("layout", Some("guided")).unwrap());
        reduce(&mut s, form::parse_option("program", Some("nc-pss-continued-stay")).unwrap());
        assert_eq!(s.layout(), Layout::Form);
        assert!(form::parse_option("layout", Some("wizard")).is_err());

        for (value, on) in
            [(Some(""), true), (Some("true"), true), (Some("on"), true), (None, false), (Some("false"), false)]
        {
            reduce(&mut s, form::parse_option("history", value).unwrap());
            assert_eq!(s.guided.history, on, "{value:?}");
        }
        assert!(form::parse_option("history", Some("maybe")).is_err());
    }

    #[test]
    fn a_whole_path_asks_one_question_at_a_time_with_progress() {
        let mut s = into("NC", None);
        assert_eq!(s.program.map(|p| p.id), Some("nc-pss"));
        assert_eq!(s.step(), Step::Question("dsm5_diagnosis"));
        assert_eq!(progress(&s, "dsm5_diagnosis"), Some((1, 7)));
        control(&mut s, "dsm5_diagnosis", "yes");
        go_on(&mut s);
        for option in ["recent_crisis", "relationships", "daily_living"] {
            control(&mut s, "need_areas", option);
        }
        go_on(&mut s);
        control(&mut s, "innovations_waiver", "no");
        go_on(&mut s);
        // A follow-up is its own step after a "yes", and counts from then on.
        control(&mut s, "actt", "yes");
        assert_eq!(progress(&s, "actt"), Some((4, 8)));
        assert_eq!(go_on(&mut s), Step::Question("actt_auth_end"));
        for (part, value) in [("month", "1"), ("day", "31"), ("year", "2027")] {
            control(&mut s, &format!("actt_auth_end-{part}"), value);
        }
        assert_eq!(s.raw("actt_auth_end"), Some(&Raw::Text { text: "2027-01-31".into(), bad: false }));
        assert_eq!(go_on(&mut s), Step::Question("cst"), "a date-bound failure does not stop the questions");
        control(&mut s, "cst", "no");
        go_on(&mut s);
        control(&mut s, "other_pss_provider", "no");
        assert_eq!(go_on(&mut s), Step::Question("cca_completed"));
        control(&mut s, "cca_completed", "yes");
        assert_eq!(go_on(&mut s), Step::Check);
        assert_eq!(given(&s).len(), 8);
        let screened = screened(&s).unwrap();
        assert!(!stopped_early(&s, &screened.screening));
        assert_eq!(
            dated(&screened.screening, Audience::Family, Lang::En)[0],
            "From January 2, 2027, you look eligible, if nothing else changes."
        );
        act(&mut s, Action::SeeResult);
        assert_eq!(s.step(), Step::Result);
        assert_eq!(outcome(&s), Outcome::NotEligible);
        // Back walks the steps in reverse.
        act(&mut s, Action::Back);
        assert_eq!(s.step(), Step::Check);
        act(&mut s, Action::Back);
        assert_eq!(s.step(), Step::Question("cca_completed"));
    }

    #[test]
    fn a_settled_outcome_goes_to_the_check_step_and_the_rest_can_still_be_answered() {
        let mut s = into("NC", None);
        control(&mut s, "dsm5_diagnosis", "no");
        assert_eq!(go_on(&mut s), Step::Check);
        let shown = screened(&s).unwrap();
        assert_eq!(settled(&shown.screening).map(|f| f.criterion.id), Some("nc.diagnosis"));
        assert!(stopped_early(&s, &shown.screening));
        assert_eq!(given(&s).iter().map(|q| q.id).collect::<Vec<_>>(), ["dsm5_diagnosis"]);
        act(&mut s, Action::AnswerRest);
        assert_eq!(s.step(), Step::Question("need_areas"));
        assert!(!stopped_early(&s, &screened(&s).unwrap().screening));
        assert_eq!(go_on(&mut s), Step::Question("innovations_waiver"), "none ticked is not sure");
        for q in ["innovations_waiver", "actt", "cst", "other_pss_provider", "cca_completed"] {
            assert_eq!(s.step(), Step::Question(q));
            control(&mut s, q, "unknown");
            go_on(&mut s);
        }
        assert_eq!(s.step(), Step::Check);
        assert_eq!(given(&s).len(), 7);
        assert_eq!(outcome(&s), Outcome::NotEligible);
    }

    #[test]
    fn errors_say_what_a_step_needs() {
        let mut s = family();
        act(&mut s, Action::Start);
        assert_eq!(go_on(&mut s), Step::State);
        assert_eq!(s.guided.error, Some(StepError { field: "state", needed: Needed::State }));
        let mut s = into("MO", None);
        assert_eq!(s.step(), Step::Question("birth_date"));
        control(&mut s, "birth_date-month", "2");
        control(&mut s, "birth_date-day", "30");
        control(&mut s, "birth_date-year", "2010");
        assert_eq!(go_on(&mut s), Step::Question("birth_date"));
        assert_eq!(s.guided.error, Some(StepError { field: "birth_date", needed: Needed::Typed(Problem::NotADate) }));
        control(&mut s, "birth_date-year", "2030");
        control(&mut s, "birth_date-day", "3");
        go_on(&mut s);
        assert_eq!(s.guided.error.map(|e| e.needed), Some(Needed::Typed(Problem::AfterAsOf)));
        // An empty date is "not sure".
        for part in ["day", "month", "year"] {
            control(&mut s, &format!("birth_date-{part}"), "");
        }
        assert_eq!(go_on(&mut s), Step::Question("enrolled_program"));
        assert_eq!(go_on(&mut s), Step::Question("enrolled_program"));
        assert_eq!(s.guided.error.map(|e| e.needed), Some(Needed::Answer));
        control(&mut s, "enrolled_program", "unknown");
        assert!(is_unsure(&s, "enrolled_program"));
        assert_eq!(go_on(&mut s), Step::Question("treatment_team"));
        assert_eq!(go_on(&mut s), Step::Question("treatment_team"), "a yes/no needs an answer");
        control(&mut s, "treatment_team", "unknown");
        assert_eq!(go_on(&mut s), Step::Question("planned_units_day"));
        control(&mut s, "planned_units_day", "2.5");
        go_on(&mut s);
        assert_eq!(s.guided.error.map(|e| e.needed), Some(Needed::Typed(Problem::NotAWholeNumber)));
    }

    #[test]
    fn dates_typed_as_three_numbers() {
        let parts = |d: &str, m: &str, y: &str| [d.to_owned(), m.to_owned(), y.to_owned()];
        assert_eq!(compose(&parts("7", "3", "2010")), Raw::Text { text: "2010-03-07".into(), bad: false });
        assert_eq!(compose(&parts(" 17 ", "11", "2010")), Raw::Text { text: "2010-11-17".into(), bad: false });
        assert_eq!(compose(&parts("", "", "")), Raw::Text { text: String::new(), bad: false });
        for (d, m, y) in
            [("7", "", "2010"), ("7", "3", "10"), ("x", "3", "2010"), ("123", "3", "2010"), ("7", "3", "+201")]
        {
            assert_eq!(compose(&parts(d, m, y)), Raw::Text { text: String::new(), bad: true }, "{d} {m} {y}");
        }
        // The impossible date reads as a date of the right shape: the form finds it is not one.
        assert_eq!(compose(&parts("30", "2", "2010")), Raw::Text { text: "2010-02-30".into(), bad: false });
        let mut s = into("MO", None);
        reduce(&mut s, F::Text { question: "birth_date", text: "2011-03-02".into(), bad: false });
        assert_eq!(date_parts(&s, "birth_date"), parts("2", "3", "2011"), "typed in the form, shown in three fields");
        control(&mut s, "birth_date-day", "x");
        assert_eq!(date_parts(&s, "birth_date"), parts("x", "3", "2011"), "kept as typed");
        assert_eq!(Part::order(Lang::En), [Part::Month, Part::Day, Part::Year]);
    }

    #[test]
    fn nebraska_asks_who_the_support_is_for() {
        let s = into("NE", Some("child"));
        assert_eq!(s.program.map(|p| p.id), Some("ne-family-peer-support"));
        assert_eq!(s.step(), Step::Question("caregiver_of_child"));
        let mut s = into("NE", Some("self"));
        assert_eq!(s.program.map(|p| p.id), Some("ne-peer-support"));
        control(&mut s, "mh_sud_disorder", "yes");
        go_on(&mut s);
        // Changing whom it is for from the check step changes the program and asks again.
        let mut t = s.clone();
        control(&mut t, "active_bh_services", "no");
        assert_eq!(go_on(&mut t), Step::Check);
        act(&mut t, Action::Change(Step::Who));
        assert_eq!(who(&t), Some(Who::Me));
        control(&mut t, "who", "child");
        assert_eq!(go_on(&mut t), Step::Question("caregiver_of_child"));
        assert!(given(&t).is_empty(), "the other program's answers are gone");
        // The same choice returns to the check step, answers kept.
        let mut u = s.clone();
        control(&mut u, "active_bh_services", "no");
        go_on(&mut u);
        act(&mut u, Action::Change(Step::Who));
        assert_eq!(go_on(&mut u), Step::Check);
        assert_eq!(given(&u).len(), 2);
    }

    #[test]
    fn change_returns_to_the_check_step_through_any_new_follow_up() {
        let mut s = into("CT", None);
        for (q, v) in [
            ("waiver_participant", "yes"),
            ("residual_problems", "yes"),
            ("act", "no"),
            ("csp", "no"),
            ("residential", "no"),
            ("recovery_plan", "yes"),
        ] {
            assert_eq!(s.step(), Step::Question(q));
            control(&mut s, q, v);
            go_on(&mut s);
        }
        assert_eq!(s.step(), Step::Check);
        assert_eq!(outcome(&s), Outcome::Eligible);
        act(&mut s, Action::Change(Step::Question("recovery_plan")));
        assert_eq!(s.step(), Step::Question("recovery_plan"));
        control(&mut s, "recovery_plan", "no");
        assert_eq!(go_on(&mut s), Step::Check);
        act(&mut s, Action::Change(Step::Question("residential")));
        control(&mut s, "residential", "yes");
        assert_eq!(go_on(&mut s), Step::Question("residential_end"));
        for (part, value) in [("month", "12"), ("day", "4"), ("year", "2026")] {
            control(&mut s, &format!("residential_end-{part}"), value);
        }
        assert_eq!(go_on(&mut s), Step::Check);
        assert_eq!(given(&s).len(), 7);
        assert_eq!(outcome(&s), Outcome::Eligible);
        // A question that is no longer relevant cannot be changed.
        act(&mut s, Action::Change(Step::Question("csp_end")));
        assert_eq!(s.step(), Step::Check);
    }

    #[test]
    fn the_browsers_history_restores_open_steps_only() {
        let mut s = into("MT", None);
        control(&mut s, "mfp_participant", "yes");
        go_on(&mut s);
        assert_eq!(s.step(), Step::Question("recovery_condition"));
        assert_eq!(s.guided.back, [Step::Start, Step::State, Step::Question("mfp_participant")]);
        act(&mut s, Action::Restore("question-mfp_participant".into()));
        assert_eq!(s.step(), Step::Question("mfp_participant"));
        assert_eq!(s.guided.back, [Step::Start, Step::State]);
        // Forward again.
        act(&mut s, Action::Restore("question-recovery_condition".into()));
        assert_eq!(s.step(), Step::Question("recovery_condition"));
        // A stale entry (no check step reached, a question of another program, junk) stays put.
        let turn = s.guided.turn;
        for code in ["result", "question-dsm5_diagnosis", "question-", "nonsense"] {
            act(&mut s, Action::Restore(code.into()));
            assert_eq!(s.step(), Step::Question("recovery_condition"), "{code}");
        }
        assert_ne!(s.guided.turn, turn, "the edge is told to rewrite the entry");
        for step in [Step::Start, Step::State, Step::Who, Step::Question("birth_date"), Step::Check, Step::Result] {
            assert_eq!(Step::parse(&step.code(), rules::find("mo-peer-support")), Some(step));
        }
    }

    #[test]
    fn the_host_can_fix_the_state_or_the_program() {
        let mut s = family();
        reduce(&mut s, form::parse_option("state", Some("NE")).unwrap());
        act(&mut s, Action::Start);
        assert_eq!(s.step(), Step::Who);
        let mut s = family();
        reduce(&mut s, form::parse_option("state", Some("MO")).unwrap());
        act(&mut s, Action::Start);
        assert_eq!(s.step(), Step::Question("birth_date"));
        let mut s = family();
        reduce(&mut s, form::parse_option("program", Some("ne-family-peer-support")).unwrap());
        act(&mut s, Action::Start);
        assert_eq!(s.step(), Step::Question("caregiver_of_child"));
        assert_eq!(who_can_use(&s, Audience::Family, Lang::En), ["You can use this check if you live in Nebraska."]);
        // Staff wording on the guided path still offers admission programs only.
        let mut s = FormState::new(d("2026-11-22"));
        reduce(&mut s, form::parse_option("layout", Some("guided")).unwrap());
        act(&mut s, Action::Start);
        control(&mut s, "state", "NC");
        go_on(&mut s);
        assert_eq!(s.program.map(|p| p.id), Some("nc-pss"));
        assert_eq!(states(&s), ["NC", "NE", "MO", "MT", "CT"]);
        assert_eq!(
            who_can_use(&family(), Audience::Family, Lang::Es),
            [
                "Puede usar esta revisión si vive en Carolina del Norte, Nebraska, Misuri, Montana o Connecticut.",
                "En Nebraska, también puede hacer la revisión por su hijo o hija, niño o adolescente."
            ]
        );
    }

    #[test]
    fn start_again_and_clearing_the_answers_go_back_to_the_start() {
        let mut s = into("NE", Some("child"));
        control(&mut s, "caregiver_of_child", "yes");
        go_on(&mut s);
        act(&mut s, Action::StartAgain);
        assert_eq!(s.step(), Step::Start);
        assert_eq!((s.program, s.state), (None, None));
        assert!(s.guided.back.is_empty());
        let mut s = into("MT", None);
        control(&mut s, "mfp_participant", "yes");
        reduce(&mut s, F::Idle);
        assert!(s.cleared.is_some());
        assert_eq!(s.step(), Step::Start);
        assert_eq!(s.program.map(|p| p.id), Some("mt-mfp-peer-support"), "an idle start-over keeps the program");
    }

    #[test]
    fn questions_that_only_shape_next_steps_come_last() {
        const Q: Words = Words::same("?", "?");
        const SAYS: Verdicts = Verdicts { pass: Q, fail: Q };
        const CITE: Citation = Citation { section: "", quote: "" };
        static PROGRAM: Program = Program {
            id: "test",
            state: "NC",
            title: Q,
            stage: Stage::Admission,
            version: "",
            effective_from: None,
            document: crate::model::Document { file: "", title: "", draft: false },
            questions: &[
                Question::yes_no("plan", Q),
                Question::yes_no("units", Q),
                Question::yes_no("member", Q),
                Question::date("member_end", Q).follows("member"),
            ],
            criteria: &[
                Criterion::requirement("t.plan", CITE, Test::Yes { question: "plan", says: SAYS }, Q),
                Criterion::eligibility("t.member", CITE, Test::Yes { question: "member", says: SAYS }),
            ],
            service: crate::model::Service::NONE,
            standing_notes: &[],
            ask: Q,
        };
        let ids: Vec<_> = sequence(&PROGRAM).iter().map(|q| q.id).collect();
        assert_eq!(ids, ["member", "member_end", "plan", "units"]);
        for program in rules::ALL {
            assert_eq!(sequence(program).len(), program.questions.len());
        }
    }

    #[test]
    fn every_state_with_two_admission_programs_says_for_whom() {
        let s = family();
        for state in states(&s) {
            let programs = admissions(&s, state);
            if programs.len() > 1 {
                let row =
                    FOR_WHOM.iter().find(|(s, _, _)| *s == state).expect("a state with two programs is in FOR_WHOM");
                assert!(programs.iter().any(|p| p.id == row.1) && programs.iter().any(|p| p.id == row.2));
            }
        }
    }

    #[test]
    fn the_shown_screening_writes_dates_out_and_judges_the_same() {
        let mut s = into("MO", None);
        control(&mut s, "birth_date-month", "3");
        control(&mut s, "birth_date-day", "2");
        control(&mut s, "birth_date-year", "2011");
        let shown = screened(&s).unwrap();
        let plain = s.evaluate().screened.unwrap();
        let age = |x: &Screened| x.screening.findings.iter().find(|f| f.criterion.id == "mo.age").unwrap().clone();
        assert_eq!(age(&shown).status, age(&plain).status);
        assert_eq!(
            age(&shown).reason,
            "You are 15 on November 22, 2026. This service is for people 16 and older. You turn 16 on March 2, 2027."
        );
        assert!(age(&plain).reason.contains("2027-03-02"));
        let question = s.program.unwrap().question("birth_date").unwrap();
        assert_eq!(answer_text(&shown.answers, question, Audience::Family, Lang::Es), "2 de marzo de 2011");
        reduce(&mut s, F::SetLang(Lang::Es));
        let shown = screened(&s).unwrap();
        assert!(age(&shown).reason.contains("el 2 de marzo de 2027"), "{}", age(&shown).reason);
    }
}
