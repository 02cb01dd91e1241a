//! The screening engine: a program's rulebook, the answers and the screening date in; a
//! [`Screening`] out, with every criterion's status and reason, the outcome, the date from which
//! the person becomes eligible, transition windows, what is still missing and the next steps.
//!
//! Pure and deterministic: no clock (the date is an argument), no IO, no JSON. Three-valued logic
//! (SCREENING.md §3), transition windows (§5) and ages (§6).

use chrono::NaiveDate;

use crate::answers::Answers;
use crate::dates;
use crate::model::{Audience, Criterion, Lang, Program, Test, Words};
use crate::template;
use crate::words::reasons;

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
    /// One sentence, in the requested audience and language, with the dates it used.
    pub reason: String,
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
    pub next_steps: Vec<String>,
}

/// Screens one person for one program on one date.
pub fn screen(answers: &Answers, as_of: NaiveDate, audience: Audience, lang: Lang) -> Screening {
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
            Finding {
                criterion,
                status: judged.status,
                reason: judged.reason(program, criterion, audience, lang),
                passes_from: judged.passes_from,
            }
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
        .map(|words| words.get(audience, lang).to_owned())
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

/// A criterion's status with what its sentence needs.
struct Judged {
    status: Status,
    passes_from: Option<NaiveDate>,
    transition: Option<Transition>,
    /// Which sentence applies.
    sentence: Sentence,
    /// Values for the sentence's placeholders.
    values: Values,
}

enum Sentence {
    Pass,
    Fail,
    /// Not answered: names the question.
    Unknown(&'static str),
    Fixed(&'static Words),
}

/// Placeholder values: at most a handful per sentence, kept unformatted until the sentence is
/// written, so that judging allocates nothing.
#[derive(Default)]
struct Values {
    entries: [Option<(&'static str, Value)>; 4],
}

#[derive(Clone, Copy)]
enum Value {
    Number(u64),
    Date(NaiveDate),
    Text(&'static str),
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
    fn text(self, name: &'static str, text: &'static str) -> Values {
        self.put(name, Value::Text(text))
    }

    /// Writes the value named `name`; `false` when there is none.
    fn write(&self, name: &str, out: &mut String) -> bool {
        let Some((_, value)) = self.entries.iter().flatten().find(|(key, _)| *key == name) else {
            return false;
        };
        match *value {
            Value::Number(n) => {
                use std::fmt::Write;
                let _ = write!(out, "{n}");
            }
            Value::Date(date) => dates::write_to(out, date),
            Value::Text(text) => out.push_str(text),
        }
        true
    }
}

impl Judged {
    fn new(status: Status, sentence: Sentence) -> Judged {
        Judged { status, passes_from: None, transition: None, sentence, values: Values::default() }
    }
    fn holds(holds: bool) -> Judged {
        if holds {
            Judged::new(Status::Pass, Sentence::Pass)
        } else {
            Judged::new(Status::Fail, Sentence::Fail)
        }
    }
    fn unknown(question: &'static str) -> Judged {
        Judged::new(Status::Unknown, Sentence::Unknown(question))
    }
    fn values(mut self, values: Values) -> Judged {
        self.values = values;
        self
    }

    fn reason(
        &self,
        program: &'static Program,
        criterion: &'static Criterion,
        audience: Audience,
        lang: Lang,
    ) -> String {
        let (template, question_text) = match (&self.sentence, criterion.test.verdicts()) {
            (Sentence::Pass, Some(says)) => (&says.pass, ""),
            (Sentence::Fail, Some(says)) => (&says.fail, ""),
            (Sentence::Fixed(words), _) => (*words, ""),
            (Sentence::Unknown(question), _) => {
                let text = program.question(question).map(|q| q.text.get(audience, lang)).unwrap_or(question);
                (&reasons::NOT_ANSWERED, text)
            }
            // `judge` gives Pass and Fail only to the shapes that have verdicts.
            (Sentence::Pass | Sentence::Fail, None) => (&reasons::NOT_ANSWERED, ""),
        };
        let (service_name, end_of) = match &criterion.test {
            Test::TransitionWindow { service_name, end_of, .. } => {
                (service_name.get(audience, lang), end_of.get(audience, lang))
            }
            _ => ("", ""),
        };
        let template = template.get(audience, lang);
        let mut out = String::with_capacity(template.len() + 48);
        template::render_into(&mut out, template, |name, out| match name {
            "service" => {
                out.push_str(service_name);
                true
            }
            "end_of" => {
                out.push_str(end_of);
                true
            }
            "question" => {
                out.push_str(question_text);
                true
            }
            _ => self.values.write(name, out),
        });
        template::sentence(out)
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
            Some(choice) => Judged::holds(choice != option).values(Values::default().text("choice", choice)),
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
                    Judged::new(Status::Pass, Sentence::Fixed(&reasons::AGE_REACHED)).values(values)
                } else {
                    // `Answers::set` refuses a birth date whose birthday would fall after 9999.
                    let from = dates::birthday(born, years).unwrap_or(dates::LAST);
                    Judged {
                        passes_from: Some(from),
                        ..Judged::new(Status::Fail, Sentence::Fixed(&reasons::AGE_NOT_REACHED))
                            .values(values.date("date", from))
                    }
                }
            }
        },
        Test::TransitionWindow { service, ends, days, .. } => match answers.yes_no(service) {
            None => Judged::unknown(service),
            Some(false) => Judged::new(Status::Pass, Sentence::Fixed(&reasons::WINDOW_NOT_RECEIVING)),
            Some(true) => match answers.date(ends) {
                None => Judged::new(Status::Unknown, Sentence::Fixed(&reasons::WINDOW_END_UNKNOWN))
                    .values(Values::default().with("days", days)),
                Some(end) if end < as_of => Judged::new(Status::Pass, Sentence::Fixed(&reasons::WINDOW_ENDED))
                    .values(Values::default().date("end", end).date("as_of", as_of)),
                Some(end) => {
                    // `Answers::set` refuses an end date whose window would start before year 1.
                    let from = dates::window_start(end, days).unwrap_or(dates::FIRST);
                    let values =
                        Values::default().date("end", end).with("days", days).date("from", from).date("as_of", as_of);
                    let transition = Some(Transition { service, from, until: end });
                    if as_of >= from {
                        Judged {
                            transition,
                            ..Judged::new(Status::Pass, Sentence::Fixed(&reasons::WINDOW_OPEN)).values(values)
                        }
                    } else {
                        Judged {
                            transition,
                            passes_from: Some(from),
                            ..Judged::new(Status::Fail, Sentence::Fixed(&reasons::WINDOW_NOT_YET)).values(values)
                        }
                    }
                }
            },
        },
    }
}
