//! The JSON contract of SCREENING.md §§2, 3, 8 and 9, shared by the command line and the
//! JavaScript API: a request is checked into typed [`Request`] or a coded [`ContractError`];
//! a [`Screening`] is serialized as the response; the rulebooks as the `programs` catalog.
//!
//! Pure: it reads values already parsed (a [`Json`] tree, from serde_json natively or from a
//! JavaScript object in the browser) and produces serializable views. Bad input of any shape is
//! an error value, never a panic and never a silent default.

use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};

use crate::answers::{self, Answer, Answers};
use crate::dates;
use crate::engine::{Screening, Transition};
use crate::model::{Audience, Choice, Criterion, Lang, Program, Question, QuestionType, Words};
use crate::rules;

// ---------------------------------------------------------------------------------------------
// A JSON value that keeps object keys in order (and so sees duplicates).

/// Deepest nesting accepted; deeper input (or a cyclic JavaScript object) is an error.
const MAX_DEPTH: usize = 64;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A whole number >= 0.
    UInt(u64),
    /// A whole number < 0.
    Int(i64),
    Float(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// What kind of value this is, for error messages.
    fn describe(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::UInt(_) | Json::Int(_) | Json::Float(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        JsonSeed { depth: 0 }.deserialize(deserializer)
    }
}

struct JsonSeed {
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for JsonSeed {
    type Value = Json;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Json, D::Error> {
        if self.depth > MAX_DEPTH {
            return Err(de::Error::custom(format!("nested deeper than {MAX_DEPTH} levels")));
        }
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for JsonSeed {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        self.deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(if v >= 0 { Json::UInt(v as u64) } else { Json::Int(v) })
    }
    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(Json::UInt(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Json, E> {
        Ok(Json::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::String(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(JsonSeed { depth: self.depth + 1 })? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(JsonSeed { depth: self.depth + 1 })?;
            entries.push((key, value));
        }
        Ok(Json::Object(entries))
    }
}

/// Parses the text of one request. Anything but a JSON document is `invalid_request`.
pub fn parse_json(text: &str) -> Result<Json, ContractError> {
    serde_json::from_str(text)
        .map_err(|e| ContractError::invalid_request(format!("the request is not valid JSON: {e}")))
}

// ---------------------------------------------------------------------------------------------
// Errors (§8).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorCode {
    InvalidRequest,
    UnknownProgram,
    NotInForce,
    UnknownQuestion,
    InvalidAnswer,
}

impl ErrorCode {
    pub fn code(self) -> &'static str {
        match self {
            ErrorCode::InvalidRequest => "invalid_request",
            ErrorCode::UnknownProgram => "unknown_program",
            ErrorCode::NotInForce => "not_in_force",
            ErrorCode::UnknownQuestion => "unknown_question",
            ErrorCode::InvalidAnswer => "invalid_answer",
        }
    }
}

/// A request that cannot be screened, with what to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContractError {
    pub code: ErrorCode,
    /// The answer key at fault, for `unknown_question` and `invalid_answer`.
    pub question: Option<String>,
    pub message: String,
}

impl ContractError {
    pub fn invalid_request(message: impl Into<String>) -> ContractError {
        ContractError { code: ErrorCode::InvalidRequest, question: None, message: message.into() }
    }
    fn about(code: ErrorCode, question: &str, message: String) -> ContractError {
        ContractError { code, question: Some(question.to_owned()), message }
    }
}

impl fmt::Display for ContractError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {}", self.code.code(), self.message)
    }
}

impl Serialize for ContractError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Body<'a>(&'a ContractError);
        impl Serialize for Body<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let e = self.0;
                let mut m = s.serialize_map(None)?;
                m.serialize_entry("code", e.code.code())?;
                if let Some(q) = &e.question {
                    m.serialize_entry("question", q)?;
                }
                m.serialize_entry("message", &e.message)?;
                m.end()
            }
        }
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry("error", &Body(self))?;
        m.end()
    }
}

// ---------------------------------------------------------------------------------------------
// Requests (§2).

/// A checked request, ready for [`crate::engine::screen`].
#[derive(Clone, Debug)]
pub struct Request {
    pub program: &'static Program,
    pub as_of: NaiveDate,
    pub lang: Lang,
    pub answers: Answers,
}

/// Checks a request. `today` is asked only when `as_of` is absent: the clock is the caller's.
pub fn parse_request(value: &Json, today: impl FnOnce() -> NaiveDate) -> Result<Request, ContractError> {
    let Json::Object(fields) = value else {
        return Err(ContractError::invalid_request(format!(
            "the request must be a JSON object, not {}",
            value.describe()
        )));
    };
    let mut program = None;
    let mut as_of = None;
    let mut lang = None;
    let mut answers = None;
    for (key, value) in fields {
        let slot = match key.as_str() {
            "program" => &mut program,
            "as_of" => &mut as_of,
            "lang" => &mut lang,
            "answers" => &mut answers,
            other => {
                return Err(ContractError::invalid_request(format!(
                    "unknown field `{other}`: a request has only `program`, `as_of`, `lang` and `answers`"
                )))
            }
        };
        if slot.replace(value).is_some() {
            return Err(ContractError::invalid_request(format!("the field `{key}` is given twice")));
        }
    }

    let program = match program {
        None => return Err(ContractError::invalid_request("`program` is missing; name one of the program ids")),
        Some(Json::String(id)) => rules::find(id).ok_or_else(|| ContractError {
            code: ErrorCode::UnknownProgram,
            question: None,
            message: format!("there is no program `{id}`; the programs are {}", program_ids()),
        })?,
        Some(other) => {
            return Err(ContractError::invalid_request(format!("`program` must be a string, not {}", other.describe())))
        }
    };

    let as_of = match as_of {
        None => today(),
        Some(Json::String(text)) => dates::parse(text).ok_or_else(|| {
            ContractError::invalid_request(format!("`as_of` must be a real date written YYYY-MM-DD, not {text:?}"))
        })?,
        Some(other) => {
            return Err(ContractError::invalid_request(format!(
                "`as_of` must be a date string YYYY-MM-DD, not {}",
                other.describe()
            )))
        }
    };

    let lang = match lang {
        None => Lang::En,
        Some(Json::String(code)) => Lang::from_code(code)
            .ok_or_else(|| ContractError::invalid_request(format!("`lang` must be \"en\" or \"es\", not {code:?}")))?,
        Some(other) => {
            return Err(ContractError::invalid_request(format!(
                "`lang` must be \"en\" or \"es\", not {}",
                other.describe()
            )))
        }
    };

    let entries: &[(String, Json)] = match answers {
        None => &[],
        Some(Json::Object(entries)) => entries,
        Some(other) => {
            return Err(ContractError::invalid_request(format!(
                "`answers` must be an object keyed by question id, not {}",
                other.describe()
            )))
        }
    };

    if let Some(start) = program.effective_from.and_then(dates::parse) {
        if as_of < start {
            return Err(ContractError {
                code: ErrorCode::NotInForce,
                question: None,
                message: format!(
                    "{} is in force from {}; the screening date {} is before it",
                    program.id,
                    dates::format(start),
                    dates::format(as_of)
                ),
            });
        }
    }

    let mut checked = Answers::new(program);
    let mut seen = vec![false; program.questions.len()];
    for (key, value) in entries {
        let Some(index) = program.question_index(key) else {
            return Err(ContractError::about(
                ErrorCode::UnknownQuestion,
                key,
                format!("{} asks no question `{key}`; its questions are {}", program.id, question_ids(program)),
            ));
        };
        if std::mem::replace(&mut seen[index], true) {
            return Err(ContractError::about(ErrorCode::InvalidAnswer, key, format!("`{key}` is answered twice")));
        }
        let question = &program.questions[index];
        let answer = answer_from_json(question, value)?;
        checked
            .set(question.id, answer, as_of)
            .map_err(|p| ContractError::about(ErrorCode::InvalidAnswer, key, p.message))?;
    }

    Ok(Request { program, as_of, lang, answers: checked })
}

/// One answer from JSON: `null` is unknown; otherwise it must fit the question's type.
fn answer_from_json(question: &'static Question, value: &Json) -> Result<Option<Answer>, ContractError> {
    let wrong = |detail: String| Err(ContractError::about(ErrorCode::InvalidAnswer, question.id, detail));
    let wrong_type =
        || wrong(format!("`{}` takes {}, not {}", question.id, answers::expected(question.kind), value.describe()));
    let option_index = |id: &str| question.options.iter().position(|o| o.id == id);
    let offered = || question.options.iter().map(|o| o.id).collect::<Vec<_>>().join(", ");

    let answer = match (question.kind, value) {
        (_, Json::Null) => return Ok(None),
        (QuestionType::YesNo, Json::Bool(v)) => Answer::YesNo(*v),
        (QuestionType::Date, Json::String(text)) => match dates::parse(text) {
            Some(date) => Answer::Date(date),
            None => return wrong(format!("`{}` must be a real date written YYYY-MM-DD, not {text:?}", question.id)),
        },
        (QuestionType::Count, Json::UInt(n)) => Answer::Count(*n),
        (QuestionType::Count, Json::Float(f)) if f.fract() == 0.0 && *f >= 0.0 && *f <= u64::MAX as f64 => {
            Answer::Count(*f as u64)
        }
        (QuestionType::Count, Json::Int(_)) | (QuestionType::Count, Json::Float(_)) => {
            return wrong(format!("`{}` takes a whole number, 0 or more", question.id))
        }
        (QuestionType::SingleChoice, Json::String(id)) => match option_index(id) {
            Some(i) => Answer::Choice(i),
            None => return wrong(format!("`{}` does not offer {id:?}; its options are {}", question.id, offered())),
        },
        (QuestionType::MultiSelect, Json::Array(items)) => {
            let mut bits = 0u32;
            for item in items {
                let Json::String(id) = item else {
                    return wrong(format!("`{}` takes option ids (strings), not {}", question.id, item.describe()));
                };
                match option_index(id) {
                    Some(i) if i < 32 => bits |= 1 << i,
                    _ => {
                        return wrong(format!("`{}` does not offer {id:?}; its options are {}", question.id, offered()))
                    }
                }
            }
            Answer::Chosen(bits)
        }
        _ => return wrong_type(),
    };
    Ok(Some(answer))
}

fn program_ids() -> String {
    rules::ALL.iter().map(|p| p.id).collect::<Vec<_>>().join(", ")
}

fn question_ids(program: &Program) -> String {
    program.questions.iter().map(|q| q.id).collect::<Vec<_>>().join(", ")
}

// ---------------------------------------------------------------------------------------------
// Responses (§3).

/// The response JSON of a screening.
pub struct Response<'a>(pub &'a Screening);

impl Serialize for Response<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = self.0;
        let program = r.program;
        let mut m = s.serialize_map(Some(10))?;
        m.serialize_entry("program", program.id)?;
        m.serialize_entry("as_of", &DateJson(r.as_of))?;
        m.serialize_entry("outcome", r.outcome.code())?;
        m.serialize_entry("eligible_from", &r.eligible_from.map(DateJson))?;
        m.serialize_entry("transitions", &seq(&r.transitions, (), |(), t| TransitionJson(t)))?;
        m.serialize_entry("criteria", &seq(&r.findings, program, |program, finding| FindingJson { program, finding }))?;
        m.serialize_entry("missing", &r.missing)?;
        m.serialize_entry("next_steps", &r.next_steps)?;
        m.serialize_entry("service", &ServiceJson(program))?;
        m.end()
    }
}

/// Serializes a slice through a view function, with a context the view may need.
struct Seq<'a, T, C, V> {
    items: &'a [T],
    context: C,
    view: fn(C, &'a T) -> V,
}

fn seq<'a, T, C, V>(items: &'a [T], context: C, view: fn(C, &'a T) -> V) -> Seq<'a, T, C, V> {
    Seq { items, context, view }
}

impl<'a, T, C: Copy, V: Serialize> Serialize for Seq<'a, T, C, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut list = s.serialize_seq(Some(self.items.len()))?;
        for item in self.items {
            list.serialize_element(&(self.view)(self.context, item))?;
        }
        list.end()
    }
}

struct DateJson(NaiveDate);

impl Serialize for DateJson {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&dates::format(self.0))
    }
}

struct TransitionJson<'a>(&'a Transition);

impl Serialize for TransitionJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("service", self.0.service)?;
        m.serialize_entry("from", &DateJson(self.0.from))?;
        m.serialize_entry("until", &DateJson(self.0.until))?;
        m.end()
    }
}

struct FindingJson<'a> {
    program: &'static Program,
    finding: &'a crate::engine::Finding,
}

impl Serialize for FindingJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.finding.criterion;
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("id", c.id)?;
        m.serialize_entry("kind", c.kind.code())?;
        m.serialize_entry("status", self.finding.status.code())?;
        m.serialize_entry("reason", &self.finding.reason)?;
        m.serialize_entry("source", &SourceJson { program: self.program, criterion: c })?;
        m.end()
    }
}

struct SourceJson {
    program: &'static Program,
    criterion: &'static Criterion,
}

impl Serialize for SourceJson {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("document", self.program.document.file)?;
        m.serialize_entry("section", self.criterion.source.section)?;
        m.serialize_entry("title", self.program.document.title)?;
        m.serialize_entry("quote", self.criterion.source.quote)?;
        m.end()
    }
}

struct ServiceJson(&'static Program);

impl Serialize for ServiceJson {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = &self.0.service;
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("unit_minutes", &v.unit_minutes)?;
        m.serialize_entry("rate_cents", &v.rate_cents)?;
        m.serialize_entry("procedure_code", &v.procedure_code)?;
        m.serialize_entry("max_units_per_day", &v.max_units_per_day)?;
        m.serialize_entry("max_units_per_month", &v.max_units_per_month)?;
        m.end()
    }
}

// ---------------------------------------------------------------------------------------------
// The catalog of programs (§9).

/// `{"programs": [...]}`: every rulebook as data, for others to build forms on.
pub struct Catalog;

impl Serialize for Catalog {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry("programs", &seq(&rules::ALL[..], (), |(), p| ProgramJson(p)))?;
        m.end()
    }
}

struct ProgramJson(&'static Program);

impl Serialize for ProgramJson {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let p = self.0;
        let mut m = s.serialize_map(Some(8))?;
        m.serialize_entry("id", p.id)?;
        m.serialize_entry("state", p.state)?;
        m.serialize_entry("title", &WordsJson(&p.title))?;
        m.serialize_entry("version", p.version)?;
        m.serialize_entry("effective_from", &p.effective_from)?;
        m.serialize_entry("questions", &seq(p.questions, (), |(), q| QuestionJson(q)))?;
        m.serialize_entry("criteria", &seq(p.criteria, p, |program, criterion| CriterionJson { program, criterion }))?;
        m.serialize_entry("service", &ServiceJson(p))?;
        m.end()
    }
}

struct QuestionJson<'a>(&'a Question);

impl Serialize for QuestionJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let q = self.0;
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("id", q.id)?;
        m.serialize_entry("type", q.kind.code())?;
        m.serialize_entry("parent", &q.parent)?;
        m.serialize_entry("text", &WordsJson(&q.text))?;
        m.serialize_entry("options", &seq(q.options, (), |(), o| ChoiceJson(o)))?;
        m.end()
    }
}

struct ChoiceJson<'a>(&'a Choice);

impl Serialize for ChoiceJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("id", self.0.id)?;
        m.serialize_entry("text", &WordsJson(&self.0.text))?;
        m.end()
    }
}

struct CriterionJson {
    program: &'static Program,
    criterion: &'static Criterion,
}

impl Serialize for CriterionJson {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.criterion;
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("id", c.id)?;
        m.serialize_entry("kind", c.kind.code())?;
        m.serialize_entry("questions", &c.test.question_ids().into_iter().collect::<Vec<_>>())?;
        m.serialize_entry("source", &SourceJson { program: self.program, criterion: c })?;
        m.end()
    }
}

/// `{"staff": {"en", "es"}, "family": {"en", "es"}}`.
struct WordsJson<'a>(&'a Words);

impl Serialize for WordsJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct ByLang<'a>(&'a Words, Audience);
        impl Serialize for ByLang<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(2))?;
                for lang in Lang::ALL {
                    m.serialize_entry(lang.code(), self.0.get(self.1, lang))?;
                }
                m.end()
            }
        }
        let mut m = s.serialize_map(Some(2))?;
        for audience in Audience::ALL {
            m.serialize_entry(audience.code(), &ByLang(self.0, audience))?;
        }
        m.end()
    }
}

// ---------------------------------------------------------------------------------------------
// One call for the shells.

/// Checks and screens one request: what `peer-screen check` and JavaScript `screen()` do.
/// Responses of the contract use the staff wording (§7: the request names no audience).
pub fn screen_request(value: &Json, today: impl FnOnce() -> NaiveDate) -> Result<Screening, ContractError> {
    let request = parse_request(value, today)?;
    Ok(crate::engine::screen(&request.answers, request.as_of, Audience::Staff, request.lang))
}

// ---------------------------------------------------------------------------------------------
// The response straight to JSON text, for throughput (`peer-screen batch`).

/// A program's fixed JSON, escaped once: each criterion's `source` object, and the service.
struct FixedJson {
    sources: Vec<String>,
    service: String,
}

fn fixed_json(program: &'static Program) -> Option<&'static FixedJson> {
    static CACHE: std::sync::OnceLock<Vec<FixedJson>> = std::sync::OnceLock::new();
    let all = CACHE.get_or_init(|| {
        rules::ALL
            .iter()
            .map(|&p| FixedJson {
                sources: p
                    .criteria
                    .iter()
                    .map(|c| serde_json::to_string(&SourceJson { program: p, criterion: c }).unwrap_or_default())
                    .collect(),
                service: serde_json::to_string(&ServiceJson(p)).unwrap_or_default(),
            })
            .collect()
    });
    rules::ALL.iter().position(|p| p.id == program.id).map(|i| &all[i])
}

/// Appends the response JSON of `screening` to `out`: byte for byte what serializing
/// [`Response`] with serde_json gives (a test holds them equal), with the fixed parts of
/// each program (sources, service) escaped once instead of on every response.
pub fn write_response(screening: &Screening, out: &mut Vec<u8>) {
    let Some(fixed) = fixed_json(screening.program) else {
        let _ = serde_json::to_writer(out, &Response(screening));
        return;
    };
    let string = write_json_str;
    let date = |out: &mut Vec<u8>, d: NaiveDate| {
        let mut text = String::with_capacity(12);
        text.push('"');
        dates::write_to(&mut text, d);
        text.push('"');
        out.extend_from_slice(text.as_bytes());
    };
    let strings = |out: &mut Vec<u8>, items: &mut dyn Iterator<Item = &str>| {
        out.push(b'[');
        for (i, item) in items.enumerate() {
            if i > 0 {
                out.push(b',');
            }
            string(out, item);
        }
        out.push(b']');
    };
    out.extend_from_slice(b"{\"program\":");
    string(out, screening.program.id);
    out.extend_from_slice(b",\"as_of\":");
    date(out, screening.as_of);
    out.extend_from_slice(b",\"outcome\":\"");
    out.extend_from_slice(screening.outcome.code().as_bytes());
    out.extend_from_slice(b"\",\"eligible_from\":");
    match screening.eligible_from {
        Some(d) => date(out, d),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"transitions\":[");
    for (i, t) in screening.transitions.iter().enumerate() {
        out.extend_from_slice(if i > 0 { b",{\"service\":" } else { b"{\"service\":" });
        string(out, t.service);
        out.extend_from_slice(b",\"from\":");
        date(out, t.from);
        out.extend_from_slice(b",\"until\":");
        date(out, t.until);
        out.push(b'}');
    }
    out.extend_from_slice(b"],\"criteria\":[");
    for (i, (f, source)) in screening.findings.iter().zip(&fixed.sources).enumerate() {
        out.extend_from_slice(if i > 0 { b",{\"id\":" } else { b"{\"id\":" });
        string(out, f.criterion.id);
        out.extend_from_slice(b",\"kind\":\"");
        out.extend_from_slice(f.criterion.kind.code().as_bytes());
        out.extend_from_slice(b"\",\"status\":\"");
        out.extend_from_slice(f.status.code().as_bytes());
        out.extend_from_slice(b"\",\"reason\":");
        string(out, &f.reason);
        out.extend_from_slice(b",\"source\":");
        out.extend_from_slice(source.as_bytes());
        out.push(b'}');
    }
    out.extend_from_slice(b"],\"missing\":");
    strings(out, &mut screening.missing.iter().copied());
    out.extend_from_slice(b",\"next_steps\":");
    strings(out, &mut screening.next_steps.iter().map(String::as_str));
    out.extend_from_slice(b",\"service\":");
    out.extend_from_slice(fixed.service.as_bytes());
    out.push(b'}');
}

/// Appends `text` as a JSON string, escaped exactly as serde_json escapes it (`\"`, `\\`, the
/// short escapes of `\b \f \n \r \t`, `\u00XX` for other control characters; all else as is).
/// Most text has nothing to escape: a branch-free scan (which the compiler vectorizes) finds that
/// out, and the text is then copied whole.
pub fn write_json_str(out: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    out.push(b'"');
    let clean = !bytes.iter().fold(false, |dirty, &b| dirty | (b < 0x20) | (b == b'"') | (b == b'\\'));
    if clean {
        out.extend_from_slice(bytes);
    } else {
        let mut run = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let escape: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0x08 => b"\\b",
                0x0c => b"\\f",
                0x00..=0x1f => b"",
                _ => continue,
            };
            out.extend_from_slice(&bytes[run..i]);
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]]);
            } else {
                out.extend_from_slice(escape);
            }
            run = i + 1;
        }
        out.extend_from_slice(&bytes[run..]);
    }
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_are_escaped_as_serde_json_escapes_them() {
        let mut samples: Vec<String> = vec![
            String::new(),
            "plain ascii text, long enough for several words".into(),
            "quote \" backslash \\ newline \n tab \t cr \r bell \u{7} nul \0 del \u{7f}".into(),
            "¿Recibe él servicios? — «sí» 😀 \u{1f}\u{8}\u{c}".into(),
            "\"\"\"\"\"\"\"\"\"".into(),
            "12345678\"".into(),
        ];
        samples.extend((0u8..128).map(|b| format!("abcdefg{}hijklmnop", b as char)));
        for text in samples {
            let mut ours = Vec::new();
            write_json_str(&mut ours, &text);
            assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(&text).unwrap(), "{text:?}");
        }
    }
}
