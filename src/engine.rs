//! The screening engine: a program's rulebook, the answers and the screening date in; a
//! [`Screening`] out, with every criterion's status and reason, the outcome, the date from which
//! the person becomes eligible, transition windows, what is still missing and the next steps.
//!
//! Pure and deterministic: no clock (the date is an argument), no IO, no JSON. Three-valued logic
//! (SCREENING.md §3), transition windows (§5) and ages (§6).
//!
//! **No language.** A reason is data ([`Reason`]: which sentence, with its values) and a next
//! step is the rulebook's [`Words`]; [`crate::sentences`] writes them in a voice and a date
//! style. So one screening serves every wording, and this module imports no words.

use chrono::NaiveDate;

use crate::answers::Answers;
use crate::dates;
use crate::model::{Criterion, Program, Test, Words};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Holds in the person's favour (for an exclusion: it does not apply).
    Pass,
    Fail,
    /// An answer it needs is unknown.
    Unknown,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Fail => "fail",
            Status::Unknown => "unknown",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Eligible,
    NotEligible,
    /// Need more information.
    Incomplete,
}

impl Outcome {
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Eligible => "eligible",
            Outcome::NotEligible => "not_eligible",
            Outcome::Incomplete => "incomplete",
        }
    }
}

/// What one criterion found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub criterion: &'static Criterion,
    pub status: Status,
    /// Why, as data: written in a voice by [`crate::sentences::reason`].
    pub reason: Reason,
    /// For a date-bound failure: the first day it passes.
    pub passes_from: Option<NaiveDate>,
}

/// The window in which a service that excludes peer support may overlap it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Transition {
    /// The id of the yes/no question naming the service, e.g. `actt`.
    pub service: &'static str,
    pub from: NaiveDate,
    pub until: NaiveDate,
}

/// A determination with its reasons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Screening {
    pub program: &'static Program,
    pub as_of: NaiveDate,
    pub outcome: Outcome,
    /// The first day on which all failing decisive criteria pass, when nothing else stands in
    /// the way (no unknowns).
    pub eligible_from: Option<NaiveDate>,
    /// The first day after `as_of` on which the same answers give another outcome (SCREENING.md
    /// §3): set exactly when the outcome is not eligible and every failing decisive criterion
    /// is date-bound, whatever is unknown.
    pub rescreen_on: Option<NaiveDate>,
    pub transitions: Vec<Transition>,
    /// Every criterion of the program, in rulebook order.
    pub findings: Vec<Finding>,
    /// Unanswered questions that keep the outcome incomplete, in question order.
    pub missing: Vec<&'static str>,
    /// The next step of each requirement not met, then the program's standing notes.
    pub next_steps: Vec<&'static Words>,
}

/// Screens one person for one program on one date.
pub fn screen(answers: &Answers, as_of: NaiveDate) -> Screening {
    let program = answers.program();
    let mut transitions = Vec::new();
    let findings: Vec<Finding> = program
        .criteria
        .iter()
        .map(|criterion| {
            let judged = judge(criterion, answers, as_of);
            if let Some(transition) = judged.transition {
                transitions.push(transition);
            }
            Finding { criterion, status: judged.status, reason: judged.reason, passes_from: judged.passes_from }
        })
        .collect();

    let decisive = || findings.iter().filter(|f| f.criterion.kind().decides_outcome());
    let outcome = if decisive().any(|f| f.status == Status::Fail) {
        Outcome::NotEligible
    } else if decisive().any(|f| f.status == Status::Unknown) {
        Outcome::Incomplete
    } else {
        Outcome::Eligible
    };

    // Dates only ever lift failures, so the outcome changes on the day the last date-bound
    // failure lifts, and on no other day; one failure that no date lifts keeps it for good.
    let rescreen_on = if outcome == Outcome::NotEligible {
        decisive()
            .filter(|f| f.status == Status::Fail)
            .map(|f| f.passes_from)
            .try_fold(None, |latest: Option<NaiveDate>, from| from.map(|d| latest.max(Some(d))))
            .flatten()
    } else {
        None
    };
    let eligible_from = rescreen_on.filter(|_| decisive().all(|f| f.status != Status::Unknown));

    let missing = if outcome == Outcome::Incomplete { missing(program, answers, &findings) } else { Vec::new() };

    let next_steps = findings
        .iter()
        .filter(|f| f.status != Status::Pass)
        .filter_map(|f| f.criterion.next_step())
        .chain(program.standing_notes)
        .collect();

    Screening { program, as_of, outcome, eligible_from, rescreen_on, transitions, findings, missing, next_steps }
}

/// Every unanswered (and currently asked) question read by an unknown decisive criterion.
fn missing(program: &'static Program, answers: &Answers, findings: &[Finding]) -> Vec<&'static str> {
    let mut wanted = vec![false; program.questions.len()];
    for finding in findings {
        if finding.status != Status::Unknown || !finding.criterion.kind().decides_outcome() {
            continue;
        }
        for id in finding.criterion.test.question_ids() {
            if let Some(index) = program.question_index(id) {
                let question = &program.questions[index];
                if answers.is_asked(question) && !answers.is_known(id) {
                    wanted[index] = true;
                }
            }
        }
    }
    program.questions.iter().zip(wanted).filter(|(_, w)| *w).map(|(q, _)| q.id).collect()
}

/// A criterion's status with its reason.
struct Judged {
    status: Status,
    passes_from: Option<NaiveDate>,
    transition: Option<Transition>,
    reason: Reason,
}

/// Why a criterion has its status: which sentence, and the values its placeholders take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reason {
    pub sentence: Sentence,
    pub values: Values,
}

/// Which sentence a reason is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sentence {
    /// The criterion's own pass sentence ([`crate::model::Verdicts`]).
    Pass,
    /// The criterion's own fail sentence.
    Fail,
    /// Not answered yet: names the question.
    NotAnswered(&'static str),
    /// One of the sentences every rulebook shares ([`crate::words::Reasons`]).
    Shared(Shared),
}

/// The reason sentences every rulebook shares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// A minimum age reached: `{age}`, `{as_of}`, `{min}`.
    AgeReached,
    /// A minimum age not reached: `{age}`, `{as_of}`, `{min}`, `{date}` (the birthday).
    AgeNotReached,
    /// Window exclusions (SCREENING.md §5), each with the criterion's `{service}` and `{end_of}`.
    WindowNotReceiving,
    /// `{end}`, `{as_of}`.
    WindowEnded,
    /// `{end}`, `{days}`, `{from}`, `{as_of}`.
    WindowOpen,
    /// `{end}`, `{days}`, `{from}`, `{as_of}`.
    WindowNotYet,
    /// `{days}`.
    WindowEndUnknown,
}

/// Placeholder values: at most a handful per sentence, kept unformatted until the sentence is
/// written, so that judging allocates nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Values {
    entries: [Option<(&'static str, Value)>; 4],
}

/// One placeholder's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    Number(u64),
    Date(NaiveDate),
    /// An id (an option's), written as it is.
    Id(&'static str),
}

impl Values {
    fn put(mut self, name: &'static str, value: Value) -> Values {
        if let Some(slot) = self.entries.iter_mut().find(|e| e.is_none()) {
            *slot = Some((name, value));
        }
        self
    }
    fn with(self, name: &'static str, n: impl Into<u64>) -> Values {
        self.put(name, Value::Number(n.into()))
    }
    fn date(self, name: &'static str, date: NaiveDate) -> Values {
        self.put(name, Value::Date(date))
    }
    fn id(self, name: &'static str, id: &'static str) -> Values {
        self.put(name, Value::Id(id))
    }

    /// The value named `name`.
    pub fn get(&self, name: &str) -> Option<Value> {
        self.entries.iter().flatten().find(|(key, _)| *key == name).map(|(_, value)| *value)
    }
}

impl Judged {
    fn new(status: Status, sentence: Sentence) -> Judged {
        Judged { status, passes_from: None, transition: None, reason: Reason { sentence, values: Values::default() } }
    }
    fn shared(status: Status, sentence: Shared) -> Judged {
        Judged::new(status, Sentence::Shared(sentence))
    }
    fn holds(holds: bool) -> Judged {
        if holds {
            Judged::new(Status::Pass, Sentence::Pass)
        } else {
            Judged::new(Status::Fail, Sentence::Fail)
        }
    }
    fn unknown(question: &'static str) -> Judged {
        Judged::new(Status::Unknown, Sentence::NotAnswered(question))
    }
    fn values(mut self, values: Values) -> Judged {
        self.reason.values = values;
        self
    }
}

fn judge(criterion: &'static Criterion, answers: &Answers, as_of: NaiveDate) -> Judged {
    match criterion.test {
        Test::Yes { question, .. } => match answers.yes_no(question) {
            Some(v) => Judged::holds(v),
            None => Judged::unknown(question),
        },
        Test::No { question, .. } => match answers.yes_no(question) {
            Some(v) => Judged::holds(!v),
            None => Judged::unknown(question),
        },
        Test::AtLeast { question, min, .. } => match answers.chosen_count(question) {
            Some(n) => Judged::holds(n >= min).values(Values::default().with("n", n).with("min", min)),
            None => Judged::unknown(question),
        },
        Test::NotChoice { question, option, .. } => match answers.choice(question) {
            Some(choice) => Judged::holds(choice != option).values(Values::default().id("choice", choice)),
            None => Judged::unknown(question),
        },
        Test::AtMost { question, max, .. } => match answers.count(question) {
            Some(n) => Judged::holds(n <= max).values(Values::default().with("n", n).with("max", max)),
            None => Judged::unknown(question),
        },
        Test::MinimumAge { birth_date, years } => match answers.date(birth_date) {
            None => Judged::unknown(birth_date),
            Some(born) => {
                let age = dates::age_on(born, as_of);
                let values = Values::default().with("age", age).date("as_of", as_of).with("min", years);
                if age >= years {
                    Judged::shared(Status::Pass, Shared::AgeReached).values(values)
                } else {
                    // `Answers::set` refuses a birth date whose birthday would fall after 9999.
                    let from = dates::birthday(born, years).unwrap_or(dates::LAST);
                    Judged {
                        passes_from: Some(from),
                        ..Judged::shared(Status::Fail, Shared::AgeNotReached).values(values.date("date", from))
                    }
                }
            }
        },
        Test::TransitionWindow { service, ends, days, .. } => match answers.yes_no(service) {
            None => Judged::unknown(service),
            Some(false) => Judged::shared(Status::Pass, Shared::WindowNotReceiving),
            Some(true) => match answers.date(ends) {
                None => Judged::shared(Status::Unknown, Shared::WindowEndUnknown)
                    .values(Values::default().with("days", days)),
                Some(end) if end < as_of => Judged::shared(Status::Pass, Shared::WindowEnded)
                    .values(Values::default().date("end", end).date("as_of", as_of)),
                Some(end) => {
                    // `Answers::set` refuses an end date whose window would start before year 1.
                    let from = dates::window_start(end, days).unwrap_or(dates::FIRST);
                    let values =
                        Values::default().date("end", end).with("days", days).date("from", from).date("as_of", as_of);
                    let transition = Some(Transition { service, from, until: end });
                    if as_of >= from {
                        Judged { transition, ..Judged::shared(Status::Pass, Shared::WindowOpen).values(values) }
                    } else {
                        Judged {
                            transition,
                            passes_from: Some(from),
                            ..Judged::shared(Status::Fail, Shared::WindowNotYet).values(values)
                        }
                    }
                }
            },
        },
    }
}
