//! The widget's whole state, and the one function that changes it ([`reduce`]): the answers
//! being filled in ([`AnswerSheet`]), the guided path above them ([`GuidedPath`]), and what
//! belongs to the page: the host's options (heading level, contact, crisis help, exit, idle
//! time) and the privacy housekeeping (answers cleared without being asked and why, the case
//! note's copy status, the clipboard to wipe, the family's hand-off code, shown and gone), and
//! "Open a saved screening" ([`saved::Panel`]) with the review started from an admission.
//!
//! The root of Elm's nested update, like Yew's `function_todomvc` `state.rs`: each layer has its
//! own actions and update; the root maps [`Action::Sheet`] and [`Action::Guided`] down, reacts
//! once to what the sheet says changed, and does what the path asks of it ([`guided::Out`]).
//! Pure: no DOM, no clock (today is given), no IO. Host options arrive through
//! [`parse_option`].

use chrono::NaiveDate;

use screener::model::{Audience, Lang, Subject};
use screener::rules;

use crate::contact::{self, Contact, ContactField};
use crate::guided::{self, GuidedPath, Layout, Step};
#[cfg(feature = "saved")]
use crate::saved::{self, Opened, Since};
use crate::saved::{Panel, SavedProblem};
use crate::sheet::{Action as Sheet, AnswerSheet, Changed, Evaluation};

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

/// The widget's state, as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WidgetState {
    /// The answers being filled in, with the program, date, language and wording.
    pub sheet: AnswerSheet,
    /// The guided path: its step, the steps before it, and the host's `layout` and `history`.
    pub guided: GuidedPath,
    /// The level of the widget's top heading, 1..=6.
    pub heading_level: u8,
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
    /// "Open a saved screening" on the one-page form.
    pub saved: Panel,
    /// The family's hand-off code is shown on the guided path's result. The code itself is
    /// written from the answers when it is shown, never kept: it goes with Start again, Exit,
    /// idle time, leaving the page, and any move off the result.
    pub handoff: bool,
}

/// Something the person or the host did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// To the answers being filled in.
    Sheet(Sheet),
    /// On the guided path (and its host options `layout` and `history`).
    Guided(guided::Action),
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
    /// Host option `headingLevel`.
    HeadingLevel(u8),
    /// Host option `idleMinutes`.
    IdleMinutes(Option<u32>),
    /// Host options `contact-*`: one field of the agency's contact, already checked by
    /// [`parse_option`] (`None` clears it).
    SetContact { field: ContactField, value: Option<String> },
    /// Host option `crisis`: where help in a crisis is shown.
    Crisis(Crisis),
    /// Host option `exit`: force "Exit this page" on or off (`None`: on for family wording).
    Exit(Option<bool>),
    /// Host option `exit-url`: where "Exit this page" goes (`None`: the neutral default).
    ExitUrl(Option<String>),
    /// Opens (`true`) or closes the paste field of "Open a saved screening".
    OpenSaved(bool),
    /// A saved screening pasted (a case note, its last line, a hand-off code), to fill the form
    /// with; `keep_date`: the saved screening date rather than today.
    ApplySaved { text: String, keep_date: bool },
    /// A saved text the edge refused before reading it (too long to copy).
    SavedRefused(SavedProblem),
    /// "Start a continued-stay review" on an admission result.
    StartReview,
    /// Shows (`true`) or hides the family's hand-off code.
    Handoff(bool),
}

impl From<Sheet> for Action {
    fn from(action: Sheet) -> Action {
        Action::Sheet(action)
    }
}

impl From<guided::Action> for Action {
    fn from(action: guided::Action) -> Action {
        Action::Guided(action)
    }
}

impl From<guided::Input> for Action {
    fn from(input: guided::Input) -> Action {
        match input {
            guided::Input::Path(action) => Action::Guided(action),
            guided::Input::Sheet(action) => Action::Sheet(action),
        }
    }
}

impl WidgetState {
    /// A blank widget: no program chosen (unless only one is allowed), screening today, English,
    /// staff wording, top heading level 2.
    pub fn new(today: NaiveDate) -> WidgetState {
        WidgetState {
            sheet: AnswerSheet::new(today),
            guided: GuidedPath::default(),
            heading_level: 2,
            note: Note::Idle,
            idle_minutes: None,
            cleared: None,
            clipboard: Clipboard::Untouched,
            contact: Contact::default(),
            crisis: Crisis::OnResult,
            exit: None,
            exit_url: None,
            saved: Panel::default(),
            handoff: false,
        }
    }

    /// The layout shown ([`GuidedPath::layout`]).
    pub fn layout(&self) -> Layout {
        self.guided.layout(&self.sheet)
    }

    /// The guided path's step shown ([`GuidedPath::step`]).
    pub fn step(&self) -> Step {
        self.guided.step(&self.sheet)
    }

    /// The sheet's answers read and screened ([`AnswerSheet::evaluate`]).
    pub fn evaluate(&self) -> Evaluation {
        self.sheet.evaluate()
    }

    /// Whether "Exit this page" is offered: as the host forces it, else with family wording.
    pub fn shows_exit(&self) -> bool {
        self.exit.unwrap_or(self.sheet.audience == Audience::Family)
    }

    /// Where "Exit this page" goes.
    pub fn exit_url(&self) -> &str {
        self.exit_url.as_deref().unwrap_or(NEUTRAL_EXIT)
    }

    /// What the root does when the sheet changed: the path forgets another program's answers,
    /// and a note about cleared answers is no longer to copy.
    fn sheet_changed(&mut self, changed: Changed) {
        if changed.program {
            self.guided.program_changed();
        }
        if changed.cleared {
            self.note = Note::Idle;
            self.saved.since = None;
        }
    }

    fn update_sheet(&mut self, action: Sheet) {
        let changed = self.sheet.update(action);
        self.sheet_changed(changed);
    }

    /// Clears every answer, saying why when the person did not ask, and marks a case note this
    /// widget put on the clipboard for wiping.
    fn start_over(&mut self, why: Option<Cleared>) {
        self.update_sheet(Sheet::Clear);
        self.guided.restart();
        self.forget_pasted();
        self.cleared = why;
        if self.clipboard == Clipboard::HoldsNote {
            self.clipboard = Clipboard::ToWipe;
        }
    }

    /// Closes the paste field (its text, which may hold answers, leaves the page with it) and
    /// hides the hand-off code.
    fn forget_pasted(&mut self) {
        self.saved = Panel::default();
        self.handoff = false;
    }

    /// Fills the form from a pasted text, or says what is wrong with it (the form keeps what it
    /// had). The saved wording is taken only where it leaves the layout as it is: a family's
    /// wording would turn the staff's form into the guided path.
    #[cfg(feature = "saved")]
    fn apply_saved(&mut self, text: &str, keep_date: bool) {
        let read = saved::read(text, self.sheet.today, self.sheet.lang).and_then(|mut read| {
            if let Some(audience) = read.audience {
                let mut worded = self.sheet.clone();
                worded.audience = audience;
                if self.guided.layout(&worded) != self.layout() {
                    read.audience = None;
                }
            }
            let changed = self.sheet.fill(&read, keep_date)?;
            Ok((read, changed))
        });
        match read {
            Ok((read, changed)) => {
                self.sheet_changed(changed);
                self.saved =
                    Panel { open: false, error: None, opened: Some(Opened::of(&read)), since: Some(Since::of(&read)) };
            }
            Err(problem) => self.saved.error = Some(problem),
        }
    }

    /// A build without the paste field (feature `saved` off: the widget's builds for families,
    /// which show the guided path alone) reads no saved text: the form keeps what it had.
    #[cfg(not(feature = "saved"))]
    fn apply_saved(&mut self, _text: &str, _keep_date: bool) {}
}

/// Applies one action.
pub fn reduce(state: &mut WidgetState, action: impl Into<Action>) {
    let action = action.into();
    if state.cleared.is_some() && !matches!(action, Action::ClipboardWiped | Action::Copied(_)) {
        state.cleared = None;
    }
    if state.note == Note::Copied && !matches!(action, Action::Copied(_)) {
        state.note = Note::Idle;
    }
    if !matches!(action, Action::ClipboardWiped | Action::Copied(_)) {
        state.saved.opened = None;
    }
    match action {
        Action::Sheet(action) => state.update_sheet(action),
        Action::Guided(action) => {
            let before = state.sheet.program;
            let out = state.guided.update(&mut state.sheet, action);
            if state.sheet.program != before {
                // The path heard it itself; the root's part of the change is the note.
                state.note = Note::Idle;
            }
            match out {
                Some(guided::Out::StartAgain) => {
                    state.start_over(None);
                    state.update_sheet(Sheet::ChooseProgram(String::new()));
                    state.update_sheet(Sheet::ChooseState(String::new()));
                }
                None => {}
            }
        }
        Action::StartOver => state.start_over(None),
        Action::Idle => {
            state.forget_pasted();
            if state.sheet.has_answers() {
                state.start_over(Some(Cleared::Idle));
            }
        }
        Action::PageLeft => {
            state.forget_pasted();
            if state.sheet.has_answers() {
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
        Action::HeadingLevel(level) => state.heading_level = level.clamp(1, 6),
        Action::IdleMinutes(minutes) => state.idle_minutes = minutes.filter(|m| *m > 0),
        Action::SetContact { field, value } => {
            // Checked by `parse_option`; a value that fails here leaves the field as it was.
            let _ = state.contact.set(field, value.as_deref());
        }
        Action::Crisis(crisis) => state.crisis = crisis,
        Action::Exit(exit) => state.exit = exit,
        Action::ExitUrl(url) => state.exit_url = url,
        Action::OpenSaved(open) => state.saved = Panel { open, error: None, ..state.saved.clone() },
        Action::ApplySaved { text, keep_date } => state.apply_saved(&text, keep_date),
        Action::SavedRefused(problem) => state.saved.error = Some(problem),
        Action::StartReview => {
            let changed = state.sheet.start_review();
            state.sheet_changed(changed);
        }
        Action::Handoff(shown) => state.handoff = shown,
    }
    // The hand-off code is shown on the guided path's result only: any move off it hides it.
    if state.handoff && (state.layout() != Layout::Guided || state.step() != Step::Result) {
        state.handoff = false;
    }
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
/// `heading-level`, `idleMinutes` or `idle-minutes`, `contact-*`, `crisis`, `exit`, `exit-url`)
/// into the action that applies it. `None` (or an empty value) restores the default: no lock,
/// all states, English, staff, level 2, no idle start-over. The guided path's `layout` and
/// `history` are read by [`guided::parse_option`].
pub fn parse_option(name: &str, value: Option<&str>) -> Result<Action, OptionError> {
    if let Some(parsed) = guided::parse_option(name, value) {
        let value = value.unwrap_or_default().trim().to_owned();
        return parsed.map(Action::Guided).map_err(|reason| OptionError { name: name.to_owned(), value, reason });
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
            None => Ok(Sheet::Lock(None).into()),
            Some(id) => rules::find(id).map(|p| Sheet::Lock(Some(p)).into()).ok_or_else(error),
        },
        "state" => match value {
            None => Ok(Sheet::StateFilter(None).into()),
            Some(code) => rules::states()
                .find(|c| c.eq_ignore_ascii_case(code))
                .map(|c| Sheet::StateFilter(Some(c)).into())
                .ok_or_else(error),
        },
        "lang" => match value {
            None => Ok(Sheet::SetLang(Lang::default()).into()),
            Some(code) => Lang::from_code(code).map(|l| Sheet::SetLang(l).into()).ok_or_else(error),
        },
        "audience" => match value {
            None => Ok(Sheet::SetAudience(Audience::default()).into()),
            Some(code) => Audience::from_code(code).map(|a| Sheet::SetAudience(a).into()).ok_or_else(error),
        },
        "subject" => match value {
            None => Ok(Sheet::SetSubject(Subject::default()).into()),
            Some(code) => Subject::from_code(code).map(|s| Sheet::SetSubject(s).into()).ok_or_else(error),
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
    use crate::sheet::{Control, Problem, Raw, Reply};
    use screener::dates;
    use screener::engine::{Outcome, Screening, Status};
    use screener::model::QuestionType;

    fn d(s: &str) -> NaiveDate {
        dates::parse(s).unwrap()
    }

    fn form() -> WidgetState {
        WidgetState::new(d("2026-11-22"))
    }

    fn nc() -> WidgetState {
        let mut s = form();
        reduce(&mut s, Sheet::ChooseProgram("nc-pss".into()));
        s
    }

    fn screening(s: &WidgetState) -> Screening {
        s.evaluate().screened.expect("screened").screening
    }

    fn status(s: &WidgetState, criterion: &str) -> Status {
        screening(s).findings.iter().find(|f| f.criterion.id == criterion).unwrap().status
    }

    #[test]
    fn starts_blank_on_today_with_no_program() {
        let s = form();
        assert_eq!(s.sheet.as_of, "2026-11-22");
        assert_eq!(s.sheet.program, None);
        assert_eq!(s.sheet.allowed().len(), rules::ALL.len());
        let e = s.evaluate();
        assert_eq!(e.as_of, d("2026-11-22"));
        assert!(e.screened.is_none());
        assert_eq!(s.heading_level, 2);
    }

    #[test]
    fn choosing_a_program_screens_everything_unknown() {
        let s = nc();
        assert_eq!(s.sheet.answers.len(), s.sheet.program.unwrap().questions.len());
        let r = screening(&s);
        assert_eq!(r.outcome, Outcome::Incomplete);
        assert!(r.missing.contains(&"dsm5_diagnosis"));
        // Unknown program ids and "" are handled.
        let mut t = s.clone();
        reduce(&mut t, Sheet::ChooseProgram("nope".into()));
        assert_eq!(t.sheet.program, s.sheet.program);
        reduce(&mut t, Sheet::ChooseProgram(String::new()));
        assert_eq!(t.sheet.program, None);
        assert!(t.sheet.answers.is_empty());
    }

    #[test]
    fn answers_change_the_outcome_and_not_sure_is_unknown() {
        let mut s = nc();
        reduce(&mut s, Sheet::YesNo { question: "dsm5_diagnosis", reply: Reply::No });
        assert_eq!(screening(&s).outcome, Outcome::NotEligible);
        reduce(&mut s, Sheet::YesNo { question: "dsm5_diagnosis", reply: Reply::NotSure });
        assert_eq!(status(&s, "nc.diagnosis"), Status::Unknown);
        reduce(&mut s, Sheet::YesNo { question: "dsm5_diagnosis", reply: Reply::Yes });
        for option in 0..3 {
            reduce(&mut s, Sheet::Toggle { question: "need_areas", option, on: true });
        }
        for q in ["innovations_waiver", "actt", "cst", "other_pss_provider", "cca_completed"] {
            reduce(&mut s, Sheet::YesNo { question: q, reply: Reply::No });
        }
        assert_eq!(screening(&s).outcome, Outcome::Eligible);
        // A question of another program, or an action of the wrong shape, changes nothing.
        let before = s.clone();
        reduce(&mut s, Sheet::YesNo { question: "birth_date", reply: Reply::Yes });
        reduce(&mut s, Sheet::Text { question: "dsm5_diagnosis", text: "x".into(), bad: false });
        assert_eq!(s, before);
    }

    #[test]
    fn multi_select_none_of_these_is_known_and_exclusive() {
        let mut s = nc();
        assert_eq!(status(&s, "nc.need_areas"), Status::Unknown);
        reduce(&mut s, Sheet::NoneApply { question: "need_areas", on: true });
        assert_eq!(status(&s, "nc.need_areas"), Status::Fail);
        reduce(&mut s, Sheet::Toggle { question: "need_areas", option: 1, on: true });
        assert_eq!(s.sheet.raw("need_areas"), Some(&Raw::Chosen { bits: 2, none: false }));
        reduce(&mut s, Sheet::Toggle { question: "need_areas", option: 1, on: false });
        assert_eq!(status(&s, "nc.need_areas"), Status::Unknown);
        reduce(&mut s, Sheet::Toggle { question: "need_areas", option: 40, on: true });
        assert_eq!(s.sheet.raw("need_areas"), Some(&Raw::Chosen { bits: 0, none: false }));
    }

    #[test]
    fn follow_ups_count_only_while_their_parent_is_yes() {
        let mut s = nc();
        reduce(&mut s, Sheet::Text { question: "actt_auth_end", text: "2027-01-31".into(), bad: false });
        reduce(&mut s, Sheet::YesNo { question: "actt", reply: Reply::No });
        assert_eq!(status(&s, "nc.actt"), Status::Pass);
        reduce(&mut s, Sheet::YesNo { question: "actt", reply: Reply::Yes });
        let r = screening(&s);
        assert_eq!(r.findings.iter().find(|f| f.criterion.id == "nc.actt").unwrap().status, Status::Fail);
        assert_eq!(r.transitions.len(), 1);
        assert_eq!(r.transitions[0].from, d("2027-01-02"));
    }

    #[test]
    fn half_typed_and_invalid_values_are_problems_that_count_as_unknown() {
        let mut s = nc();
        reduce(&mut s, Sheet::YesNo { question: "actt", reply: Reply::Yes });
        reduce(&mut s, Sheet::Text { question: "actt_auth_end", text: String::new(), bad: true });
        let e = s.evaluate();
        assert_eq!(e.problem("actt_auth_end"), Some(Problem::NotADate));
        assert_eq!(status(&s, "nc.actt"), Status::Unknown);
        reduce(&mut s, Sheet::Text { question: "actt_auth_end", text: "2026-02-30".into(), bad: false });
        assert_eq!(s.evaluate().problem("actt_auth_end"), Some(Problem::NotADate));
        reduce(&mut s, Sheet::Text { question: "actt_auth_end", text: String::new(), bad: false });
        assert_eq!(s.evaluate().problems, vec![]);
        // A follow-up not asked reports no problem.
        reduce(&mut s, Sheet::Text { question: "actt_auth_end", text: "junk".into(), bad: false });
        reduce(&mut s, Sheet::YesNo { question: "actt", reply: Reply::NotSure });
        assert_eq!(s.evaluate().problems, vec![]);
    }

    #[test]
    fn the_screening_date_defaults_to_today_and_can_be_moved() {
        let mut s = nc();
        reduce(&mut s, Sheet::YesNo { question: "actt", reply: Reply::Yes });
        reduce(&mut s, Sheet::Text { question: "actt_auth_end", text: "2027-01-31".into(), bad: false });
        assert_eq!(status(&s, "nc.actt"), Status::Fail);
        reduce(&mut s, Sheet::SetAsOf { text: "2027-01-10".into(), bad: false });
        assert_eq!(status(&s, "nc.actt"), Status::Pass);
        assert_eq!(screening(&s).as_of, d("2027-01-10"));
        reduce(&mut s, Sheet::SetAsOf { text: String::new(), bad: true });
        let e = s.evaluate();
        assert_eq!(e.as_of_problem, Some(Problem::NotADate));
        assert_eq!(e.as_of, d("2026-11-22"));
        reduce(&mut s, Sheet::SetAsOf { text: String::new(), bad: false });
        assert_eq!(s.evaluate().as_of_problem, Some(Problem::Missing));
    }

    #[test]
    fn start_over_clears_every_answer_and_keeps_the_rest() {
        let mut s = nc();
        reduce(&mut s, Sheet::SetLang(Lang::Es));
        reduce(&mut s, Sheet::YesNo { question: "actt", reply: Reply::Yes });
        reduce(&mut s, Sheet::Text { question: "actt_auth_end", text: "2027-01-31".into(), bad: false });
        reduce(&mut s, Sheet::Toggle { question: "need_areas", option: 0, on: true });
        let generation = s.sheet.generation;
        reduce(&mut s, Action::StartOver);
        assert_eq!(s.sheet.answers, nc().sheet.answers);
        assert_ne!(s.sheet.generation, generation);
        assert_eq!(s.sheet.lang, Lang::Es);
        assert_eq!(s.sheet.program.map(|p| p.id), Some("nc-pss"));
    }

    #[test]
    fn host_options_lock_filter_and_fall_back_with_errors() {
        let mut s = form();
        reduce(&mut s, parse_option("program", Some("nc-pss")).unwrap());
        assert!(!s.sheet.has_picker());
        assert_eq!(s.sheet.program.map(|p| p.id), Some("nc-pss"));
        reduce(&mut s, Sheet::ChooseProgram("ne-peer-support".into()));
        assert_eq!(s.sheet.program.map(|p| p.id), Some("nc-pss"));
        assert!(s.sheet.states().is_empty());
        reduce(&mut s, parse_option("program", None).unwrap());
        assert!(s.sheet.has_picker());
        assert_eq!(s.sheet.program.map(|p| p.id), Some("nc-pss"));

        let mut s = form();
        reduce(&mut s, parse_option("state", Some("ne")).unwrap());
        assert_eq!(
            s.sheet.allowed().iter().map(|p| p.id).collect::<Vec<_>>(),
            [
                "ne-peer-support",
                "ne-family-peer-support",
                "ne-peer-support-continued-stay",
                "ne-family-peer-support-continued-stay"
            ]
        );
        assert_eq!(s.sheet.program, None);
        reduce(&mut s, Sheet::ChooseProgram("nc-pss".into()));
        assert_eq!(s.sheet.program, None);
        reduce(&mut s, parse_option("state", Some("MO")).unwrap());
        assert_eq!(s.sheet.program.map(|p| p.id), Some("mo-peer-support"), "the only program is chosen");

        assert_eq!(parse_option("lang", Some("es")), Ok(Sheet::SetLang(Lang::Es).into()));
        assert_eq!(parse_option("lang", None), Ok(Sheet::SetLang(Lang::En).into()));
        assert_eq!(parse_option("audience", Some("family")), Ok(Sheet::SetAudience(Audience::Family).into()));
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
        assert_eq!(s.sheet.states().len(), rules::states().count());
        reduce(&mut s, Sheet::ChooseState("NE".into()));
        assert_eq!(s.sheet.offered().len(), 4);
        assert_eq!(s.sheet.program, None);
        reduce(&mut s, Sheet::ChooseProgram("ne-family-peer-support".into()));
        assert_eq!(s.sheet.program.map(|p| p.id), Some("ne-family-peer-support"));
        reduce(&mut s, Sheet::ChooseState("CT".into()));
        assert_eq!(s.sheet.program.map(|p| p.id), Some("ct-waiver-peer-support"));
        reduce(&mut s, Sheet::ChooseState("XX".into()));
        assert_eq!(s.sheet.state, Some("CT"));
        reduce(&mut s, Sheet::ChooseState(String::new()));
        assert_eq!(s.sheet.state, None);
        assert_eq!(s.sheet.program.map(|p| p.id), Some("ct-waiver-peer-support"));
        // With all states offered, any program can be chosen directly.
        reduce(&mut s, Sheet::ChooseProgram("nc-pss".into()));
        assert_eq!(s.sheet.program.map(|p| p.id), Some("nc-pss"));
    }

    #[test]
    fn a_birth_date_after_the_screening_date_and_a_date_before_the_program_are_problems() {
        let mut s = form();
        reduce(&mut s, Sheet::ChooseProgram("mo-peer-support".into()));
        let Some(program) = s.sheet.program else { panic!() };
        if program.question("birth_date").is_some_and(|q| q.not_after_as_of) {
            reduce(&mut s, Sheet::Text { question: "birth_date", text: "2030-01-01".into(), bad: false });
            assert_eq!(s.evaluate().problem("birth_date"), Some(Problem::AfterAsOf));
        }
        if let Some(start) = program.effective_from.and_then(dates::parse) {
            reduce(&mut s, Sheet::SetAsOf { text: "2000-01-01".into(), bad: false });
            let e = s.evaluate();
            assert_eq!(e.as_of_problem, Some(Problem::NotInForce(start)));
            assert!(e.screened.is_none());
        }
    }

    #[test]
    fn dates_the_screening_cannot_use_are_problems_not_panics() {
        // A 16th birthday after 9999-12-31.
        let mut s = form();
        reduce(&mut s, Sheet::ChooseProgram("mo-peer-support".into()));
        reduce(&mut s, Sheet::SetAsOf { text: "9999-06-01".into(), bad: false });
        reduce(&mut s, Sheet::Text { question: "birth_date", text: "9990-01-01".into(), bad: false });
        assert_eq!(s.evaluate().problem("birth_date"), Some(Problem::OutOfRange));
        assert_eq!(status(&s, "mo.age"), Status::Unknown);
        reduce(&mut s, Sheet::Text { question: "birth_date", text: "9983-12-31".into(), bad: false });
        assert_eq!(s.evaluate().problem("birth_date"), None);
        // Year 0000 is not a date of the contract.
        reduce(&mut s, Sheet::Text { question: "birth_date", text: "0000-01-01".into(), bad: false });
        assert_eq!(s.evaluate().problem("birth_date"), Some(Problem::NotADate));
        // A transition window starting before 0001-01-01.
        let mut s = nc();
        reduce(&mut s, Sheet::YesNo { question: "actt", reply: Reply::Yes });
        reduce(&mut s, Sheet::Text { question: "actt_auth_end", text: "0001-01-10".into(), bad: false });
        assert_eq!(s.evaluate().problem("actt_auth_end"), Some(Problem::OutOfRange));
        assert_eq!(status(&s, "nc.actt"), Status::Unknown);
        reduce(&mut s, Sheet::Text { question: "actt_auth_end", text: "0001-01-30".into(), bad: false });
        assert_eq!(s.evaluate().problem("actt_auth_end"), None);
        // A count too large to hold.
        let mut s = form();
        reduce(&mut s, Sheet::ChooseProgram("mo-peer-support".into()));
        reduce(&mut s, Sheet::Text { question: "planned_units_day", text: "18446744073709551616".into(), bad: false });
        assert_eq!(s.evaluate().problem("planned_units_day"), Some(Problem::TooLarge));
    }

    #[test]
    fn copy_status_clears_on_the_next_change_unless_manual() {
        let mut s = nc();
        reduce(&mut s, Action::Copied(true));
        assert_eq!(s.note, Note::Copied);
        reduce(&mut s, Sheet::SetAudience(Audience::Family));
        assert_eq!(s.note, Note::Idle);
        reduce(&mut s, Action::Copied(false));
        reduce(&mut s, Sheet::SetLang(Lang::Es));
        assert_eq!(s.note, Note::Manual);
        reduce(&mut s, Action::StartOver);
        assert_eq!(s.note, Note::Idle);
    }

    #[test]
    fn audience_and_language_follow_the_sheet_and_only_change_the_words() {
        use screener::model::{Subject, Voice};
        use screener::sentences::{self, DateStyle};
        let mut s = nc();
        let reason = |s: &WidgetState, voice| {
            let screening = screening(s);
            sentences::reason(screening.program, &screening.findings[0], voice, DateStyle::Iso)
        };
        assert_eq!(s.sheet.voice(), Voice::staff(Lang::En));
        let staff = reason(&s, s.sheet.voice());
        reduce(&mut s, Sheet::SetAudience(Audience::Family));
        reduce(&mut s, Sheet::SetLang(Lang::Es));
        reduce(&mut s, Sheet::SetSubject(Subject::Child));
        assert_eq!(s.sheet.voice(), Voice::new(Lang::Es, Audience::Family, Subject::Child));
        assert_ne!(staff, reason(&s, s.sheet.voice()));
        // One screening serves every voice: the staff wording stays at hand for the host's events.
        assert_eq!(reason(&s, Voice::staff(Lang::En)), staff);
        reduce(&mut s, Sheet::SetAudience(Audience::Staff));
        assert_eq!(s.sheet.voice(), Voice::staff(Lang::Es), "staff wording has no subject");
    }

    fn control<'a>(name: &'a str, value: &'a str, checked: bool) -> Control<'a> {
        Control { name, value, checked, bad: false }
    }

    #[test]
    fn controls_map_to_actions_by_name_and_value() {
        let s = nc();
        let yes = |value| s.sheet.action_for(control("dsm5_diagnosis", value, true));
        assert_eq!(yes("yes"), Some(Sheet::YesNo { question: "dsm5_diagnosis", reply: Reply::Yes }));
        assert_eq!(yes("no"), Some(Sheet::YesNo { question: "dsm5_diagnosis", reply: Reply::No }));
        assert_eq!(yes("unknown"), Some(Sheet::YesNo { question: "dsm5_diagnosis", reply: Reply::NotSure }));
        assert_eq!(yes("maybe"), None);
        assert_eq!(s.sheet.action_for(control("dsm5_diagnosis", "yes", false)), None, "an unchecked radio");
        assert_eq!(
            s.sheet.action_for(control("need_areas", "recent_crisis", true)),
            Some(Sheet::Toggle { question: "need_areas", option: 1, on: true })
        );
        assert_eq!(
            s.sheet.action_for(control("need_areas", "recent_crisis", false)),
            Some(Sheet::Toggle { question: "need_areas", option: 1, on: false })
        );
        assert_eq!(s.sheet.action_for(control("need_areas", "nope", true)), None);
        assert_eq!(
            s.sheet.action_for(Control { name: "actt_auth_end", value: "", checked: true, bad: true }),
            Some(Sheet::Text { question: "actt_auth_end", text: String::new(), bad: true })
        );
        assert_eq!(s.sheet.action_for(control("lang", "es", true)), Some(Sheet::SetLang(Lang::Es)));
        assert_eq!(s.sheet.action_for(control("lang", "es", false)), None);
        assert_eq!(s.sheet.action_for(control("audience", "family", true)), Some(Sheet::SetAudience(Audience::Family)));
        assert_eq!(
            s.sheet.action_for(control("program", "mo-peer-support", true)),
            Some(Sheet::ChooseProgram("mo-peer-support".into()))
        );
        assert_eq!(s.sheet.action_for(control("state", "", true)), Some(Sheet::ChooseState(String::new())));
        assert_eq!(
            s.sheet.action_for(control("as_of", "2027-01-01", true)),
            Some(Sheet::SetAsOf { text: "2027-01-01".into(), bad: false })
        );
        assert_eq!(s.sheet.action_for(control("birth_date", "2000-01-01", true)), None, "not a question of nc-pss");
        assert_eq!(form().sheet.action_for(control("dsm5_diagnosis", "yes", true)), None, "no program");

        let mut m = form();
        reduce(&mut m, Sheet::ChooseProgram("mo-peer-support".into()));
        let program = m.sheet.program.expect("Missouri is chosen");
        let q = program.questions.iter().find(|q| q.kind == QuestionType::SingleChoice).expect("a single choice");
        let first = q.options[0].id;
        assert_eq!(
            m.sheet.action_for(control(q.id, first, true)),
            Some(Sheet::Choose { question: q.id, option: Some(0) })
        );
        assert_eq!(m.sheet.action_for(control(q.id, "", true)), Some(Sheet::Choose { question: q.id, option: None }));
        assert_eq!(m.sheet.action_for(control(q.id, "x", true)), None);
    }

    #[test]
    fn a_program_without_questions_still_screens() {
        // Rulebooks may be stubs while they are written: any program must evaluate.
        for program in rules::ALL {
            let mut s = form();
            reduce(&mut s, Sheet::ChooseProgram(program.id.into()));
            assert_eq!(s.sheet.program.map(|p| p.id), Some(program.id));
            let start = program.effective_from.and_then(dates::parse);
            assert!(start.is_none_or(|start| start <= s.sheet.today), "{}: in force on the test's date", program.id);
            assert!(s.evaluate().screened.is_some(), "{}", program.id);
        }
    }

    #[test]
    fn idle_and_leaving_clear_answers_and_say_why_until_the_next_answer() {
        let mut s = nc();
        reduce(&mut s, Action::Idle);
        assert_eq!(s.cleared, None, "nothing answered, nothing to clear or say");
        reduce(&mut s, Sheet::YesNo { question: "dsm5_diagnosis", reply: Reply::Yes });
        let generation = s.sheet.generation;
        reduce(&mut s, Action::Idle);
        assert_eq!(s.cleared, Some(Cleared::Idle));
        assert!(!s.sheet.has_answers());
        assert_ne!(s.sheet.generation, generation);
        reduce(&mut s, Sheet::YesNo { question: "dsm5_diagnosis", reply: Reply::No });
        assert_eq!(s.cleared, None, "the message goes with the next answer");
        reduce(&mut s, Action::PageLeft);
        assert_eq!(s.cleared, Some(Cleared::PageLeft));
        reduce(&mut s, Action::StartOver);
        assert_eq!(s.cleared, None, "a start over the person asked for needs no explanation");
    }

    #[test]
    fn a_copied_note_is_wiped_when_its_answers_are_cleared() {
        let mut s = nc();
        reduce(&mut s, Sheet::YesNo { question: "dsm5_diagnosis", reply: Reply::Yes });
        reduce(&mut s, Action::Copied(false));
        reduce(&mut s, Action::StartOver);
        assert_eq!(s.clipboard, Clipboard::Untouched, "nothing was written, nothing to wipe");
        reduce(&mut s, Sheet::YesNo { question: "dsm5_diagnosis", reply: Reply::Yes });
        reduce(&mut s, Action::Copied(true));
        assert_eq!(s.clipboard, Clipboard::HoldsNote);
        reduce(&mut s, Sheet::YesNo { question: "dsm5_diagnosis", reply: Reply::No });
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
