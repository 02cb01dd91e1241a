//! A person's part of the widget's state written as text, and read back: what one build of the
//! widget hands to another when the person asks for what only the other has (another language,
//! the staff wording), so that nothing they did is lost. The host's part (its options) is not
//! written: the page gives it to the new build as it gave it to the first.
//!
//! The text lives in the page's memory only, passed from one WebAssembly to the other by the
//! page's own script; it is never stored. One line per field, `key value`, values escaped
//! (`\\`, `\n`); [`read()`] refuses anything it cannot place (a program or question this build
//! lacks), so that a widget starts from its options rather than from half a state.

use chrono::NaiveDate;

use screener::dates;
use screener::model::{Audience, Lang, Program, Subject};
use screener::rules;

use crate::guided::{Needed, Part, Step, StepError, Who};
use crate::sheet::{Problem, Raw, Reply};
use crate::state::{Cleared, Clipboard, Note, WidgetState};

/// Why a text could not be read back into a state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable(pub String);

/// The person's part of `state` as text: their answers, the program and place they chose, the
/// screening date, language and wording, where they are on the guided path and how they got
/// there, the privacy housekeeping (answers cleared and why, the clipboard), and whether the
/// family's hand-off code is shown (the code itself is written again from the answers).
pub fn write(state: &WidgetState) -> String {
    let mut out = String::new();
    let mut line = |key: &str, value: &str| {
        out.push_str(key);
        out.push(' ');
        escape(value, &mut out);
        out.push('\n');
    };
    let sheet = &state.sheet;
    line("program", sheet.program.map_or("", |p| p.id));
    line("state", sheet.state.unwrap_or(""));
    line("as_of", &sheet.as_of);
    line("as_of_bad", flag(sheet.as_of_bad));
    line("lang", sheet.lang.code());
    line("audience", sheet.audience.code());
    line("subject", sheet.subject.code());
    line("generation", &sheet.generation.to_string());
    if let Some(program) = sheet.program {
        for (q, raw) in program.questions.iter().zip(&sheet.answers) {
            let value = match raw {
                Raw::YesNo(reply) => format!("yes_no {}", reply_code(*reply)),
                Raw::Chosen { bits, none } => format!("chosen {bits} {}", flag(*none)),
                Raw::Choice(chosen) => format!("choice {}", chosen.map_or("-".to_owned(), |i| i.to_string())),
                Raw::Text { text, bad } => format!("text {} {text}", flag(*bad)),
            };
            line(&format!("answer.{}", q.id), &value);
        }
    }
    let path = &state.guided;
    line("step", &path.step.code());
    line("back", &path.back.iter().map(|s| s.code()).collect::<Vec<_>>().join(" "));
    line("turn", &path.turn.to_string());
    if let Some(error) = path.error {
        line("error", &format!("{} {}", error.field, needed_code(error.needed)));
    }
    line("place", path.place.unwrap_or(""));
    line("whom", path.whom.map_or("", Who::code));
    line("whom_given", path.whom_given.map_or("", Who::code));
    line("done", &path.done.join(" "));
    line("unsure", &path.unsure.join(" "));
    for (question, parts) in &path.dates {
        for (part, text) in [Part::Day, Part::Month, Part::Year].into_iter().zip(parts) {
            line(&format!("date.{question}.{}", part.code()), text);
        }
    }
    line("checked", flag(path.checked));
    line("rest", flag(path.rest));
    line(
        "note",
        match state.note {
            Note::Idle => "idle",
            Note::Copied => "copied",
            Note::Manual => "manual",
        },
    );
    line(
        "cleared",
        match state.cleared {
            None => "",
            Some(Cleared::Idle) => "idle",
            Some(Cleared::PageLeft) => "page_left",
        },
    );
    line(
        "clipboard",
        match state.clipboard {
            Clipboard::Untouched => "untouched",
            Clipboard::HoldsNote => "holds_note",
            Clipboard::ToWipe => "to_wipe",
        },
    );
    line("handoff", flag(state.handoff));
    out
}

/// `into` (a state made from the host's options) with the person's part read from `text`, as
/// [`write()`] wrote it; unchanged, with the reason, when the text cannot be read whole.
pub fn read(text: &str, into: &mut WidgetState) -> Result<(), Unreadable> {
    let mut state = into.clone();
    let bad = |what: &str| Unreadable(what.to_owned());
    let mut fields: Vec<(&str, String)> = Vec::new();
    for line in text.lines() {
        let (key, value) = line.split_once(' ').ok_or_else(|| bad(line))?;
        fields.push((key, unescape(value).ok_or_else(|| bad(key))?));
    }
    let get = |key: &str| fields.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str());
    let need = |key: &str| get(key).ok_or_else(|| bad(key));

    let sheet = &mut state.sheet;
    let program = match need("program")? {
        "" => None,
        id => Some(rules::find(id).ok_or_else(|| bad("program"))?),
    };
    // The program as chosen, inside what the host allows (`AnswerSheet::update` keeps it there).
    if program.is_some_and(|p| !sheet.allowed().contains(&p)) {
        return Err(bad("program"));
    }
    sheet.program = program;
    sheet.state = match need("state")? {
        "" => None,
        code => Some(rules::states().find(|s| *s == code).ok_or_else(|| bad("state"))?),
    };
    sheet.as_of = need("as_of")?.to_owned();
    sheet.as_of_bad = read_flag(need("as_of_bad")?).ok_or_else(|| bad("as_of_bad"))?;
    sheet.lang = Lang::from_code(need("lang")?).ok_or_else(|| bad("lang"))?;
    sheet.audience = Audience::from_code(need("audience")?).ok_or_else(|| bad("audience"))?;
    sheet.subject = Subject::from_code(need("subject")?).ok_or_else(|| bad("subject"))?;
    sheet.generation = need("generation")?.parse().map_err(|_| bad("generation"))?;
    sheet.answers = match program {
        None => Vec::new(),
        Some(program) => program
            .questions
            .iter()
            .map(|q| {
                let raw = read_raw(need(&format!("answer.{}", q.id))?).ok_or_else(|| bad(q.id))?;
                let fits = std::mem::discriminant(&raw) == std::mem::discriminant(&Raw::blank(q.kind));
                fits.then_some(raw).ok_or_else(|| bad(q.id))
            })
            .collect::<Result<_, _>>()?,
    };

    let path = &mut state.guided;
    path.step = Step::parse(need("step")?, program).ok_or_else(|| bad("step"))?;
    path.back = words(need("back")?)
        .map(|code| Step::parse(code, program).ok_or_else(|| bad("back")))
        .collect::<Result<_, _>>()?;
    path.turn = need("turn")?.parse().map_err(|_| bad("turn"))?;
    path.error = match get("error") {
        None => None,
        Some(error) => {
            let (field, needed) = error.split_once(' ').ok_or_else(|| bad("error"))?;
            let field = match field {
                "state" => "state",
                "who" => "who",
                id => question(program, id).ok_or_else(|| bad("error"))?,
            };
            Some(StepError { field, needed: read_needed(needed).ok_or_else(|| bad("error"))? })
        }
    };
    path.place = match need("place")? {
        "" => None,
        code => Some(rules::states().find(|s| *s == code).ok_or_else(|| bad("place"))?),
    };
    let who = |key: &str| match need(key)? {
        "" => Ok(None),
        code => Who::from_code(code).map(Some).ok_or_else(|| bad(key)),
    };
    path.whom = who("whom")?;
    path.whom_given = who("whom_given")?;
    let questions = |key: &str| -> Result<Vec<&'static str>, Unreadable> {
        words(need(key)?).map(|id| question(program, id).ok_or_else(|| bad(key))).collect()
    };
    path.done = questions("done")?;
    path.unsure = questions("unsure")?;
    path.dates = Vec::new();
    for (key, _) in &fields {
        let Some(rest) = key.strip_prefix("date.") else { continue };
        let (id, _) = rest.rsplit_once('.').ok_or_else(|| bad(key))?;
        let id = question(program, id).ok_or_else(|| bad(key))?;
        if path.dates.iter().any(|(q, _)| *q == id) {
            continue;
        }
        let part = |p: Part| need(&format!("date.{id}.{}", p.code())).map(str::to_owned);
        path.dates.push((id, [part(Part::Day)?, part(Part::Month)?, part(Part::Year)?]));
    }
    path.checked = read_flag(need("checked")?).ok_or_else(|| bad("checked"))?;
    path.rest = read_flag(need("rest")?).ok_or_else(|| bad("rest"))?;

    state.note = match need("note")? {
        "idle" => Note::Idle,
        "copied" => Note::Copied,
        "manual" => Note::Manual,
        _ => return Err(bad("note")),
    };
    state.cleared = match need("cleared")? {
        "" => None,
        "idle" => Some(Cleared::Idle),
        "page_left" => Some(Cleared::PageLeft),
        _ => return Err(bad("cleared")),
    };
    state.clipboard = match need("clipboard")? {
        "untouched" => Clipboard::Untouched,
        "holds_note" => Clipboard::HoldsNote,
        "to_wipe" => Clipboard::ToWipe,
        _ => return Err(bad("clipboard")),
    };
    state.handoff = read_flag(need("handoff")?).ok_or_else(|| bad("handoff"))?;
    *into = state;
    Ok(())
}

fn flag(on: bool) -> &'static str {
    if on {
        "1"
    } else {
        "0"
    }
}

fn read_flag(text: &str) -> Option<bool> {
    match text {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(' ').filter(|w| !w.is_empty())
}

/// The `&'static` id of question `id` of `program`.
fn question(program: Option<&'static Program>, id: &str) -> Option<&'static str> {
    program?.question(id).map(|q| q.id)
}

fn reply_code(reply: Reply) -> &'static str {
    match reply {
        Reply::Unanswered => "-",
        reply => reply.code(),
    }
}

fn read_raw(text: &str) -> Option<Raw> {
    let (kind, rest) = text.split_once(' ')?;
    Some(match kind {
        "yes_no" => Raw::YesNo(match rest {
            "-" => Reply::Unanswered,
            code => Reply::from_code(code)?,
        }),
        "chosen" => {
            let (bits, none) = rest.split_once(' ')?;
            Raw::Chosen { bits: bits.parse().ok()?, none: read_flag(none)? }
        }
        "choice" => Raw::Choice(match rest {
            "-" => None,
            index => Some(index.parse().ok()?),
        }),
        "text" => {
            let (bad, text) = rest.split_once(' ')?;
            Raw::Text { text: text.to_owned(), bad: read_flag(bad)? }
        }
        _ => return None,
    })
}

fn needed_code(needed: Needed) -> String {
    match needed {
        Needed::Answer => "answer".into(),
        Needed::State => "state".into(),
        Needed::Who => "who".into(),
        Needed::Typed(problem) => format!(
            "typed {}",
            match problem {
                Problem::NotADate => "not_a_date".to_owned(),
                Problem::NotAWholeNumber => "not_a_whole_number".to_owned(),
                Problem::TooLarge => "too_large".to_owned(),
                Problem::AfterAsOf => "after_as_of".to_owned(),
                Problem::OutOfRange => "out_of_range".to_owned(),
                Problem::BelowOther => "below_other".to_owned(),
                Problem::Missing => "missing".to_owned(),
                Problem::NotInForce(date) => format!("not_in_force {}", dates::format(date)),
            }
        ),
    }
}

fn read_needed(text: &str) -> Option<Needed> {
    Some(match text {
        "answer" => Needed::Answer,
        "state" => Needed::State,
        "who" => Needed::Who,
        _ => Needed::Typed(match text.strip_prefix("typed ")? {
            "not_a_date" => Problem::NotADate,
            "not_a_whole_number" => Problem::NotAWholeNumber,
            "too_large" => Problem::TooLarge,
            "after_as_of" => Problem::AfterAsOf,
            "out_of_range" => Problem::OutOfRange,
            "below_other" => Problem::BelowOther,
            "missing" => Problem::Missing,
            other => {
                let date: NaiveDate = dates::parse(other.strip_prefix("not_in_force ")?)?;
                Problem::NotInForce(date)
            }
        }),
    })
}

/// `\` as `\\` and a line break as `\n`: a value stays on its line.
fn escape(value: &str, out: &mut String) {
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

fn unescape(value: &str) -> Option<String> {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            '\\' => out.push('\\'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            _ => return None,
        }
    }
    Some(out)
}
