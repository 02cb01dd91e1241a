//! The hand-off code: a family's answers as a short text an intake worker can type (or scan, as a
//! QR code of the same text), such as `1K4Q-7ZD0-M3XA-Q`. It holds a request without its
//! screening date (the worker screens on the day it is handed over): the program, the version of
//! the rulebook that judged it, the language, whom the family wording spoke of, and the answers.
//!
//! **The format** (README, "What we chose"): a string of bits written in Crockford's base32
//! (digits and letters without I, L, O and U; read case-blind, with I and L read as 1 and O as
//! 0), five bits a character, grouped by four with `-` (spaces and dashes are ignored when read),
//! then one check character. The bits, most significant first:
//! - 2: the format, 1;
//! - 10: the program, a hash of its id (stable when programs are added or reordered);
//! - 2: the language, its place in `Lang::ALL`; 1: the subject, 1 for a child;
//! - 15: the rulebook's version, days since 2000-01-01;
//! - 5: a fingerprint of the program's questions (ids, types, options), so that a code made
//!   under rules that ask other questions is refused, not misread;
//! - then each question in the rulebook's order, a follow-up only while its parent is "yes": a
//!   yes/no in 2 bits (0 not answered, 1 no, 2 yes); a single choice in as few bits as hold its
//!   options and 0 (0 not answered, then option 1, 2, …); a multi-select, a date and a count
//!   behind one bit "answered": the multi-select's options one bit each, a date as 22 bits of
//!   days from 0001-01-01, a count in groups of 4 bits, least significant first, each after a
//!   bit that says whether another follows;
//! - zeros to the end of the last character.
//!
//! The check character makes the sum of every character `c_i` times `α^i` zero in GF(32)
//! (`α` a root of x⁵ + x² + 1): a wrong character, and two neighbours swapped, always fail it.
//!
//! A code is read into the contract's own request ([`Decoded::request`]), so that its answers
//! are checked exactly as a pasted request's are. Pure, like the rest of the contract.

use chrono::{Datelike, NaiveDate};

use screener::answers::{Answer, Answers};
use screener::dates;
use screener::model::{Lang, Program, QuestionType, Subject};
use screener::rules;

use crate::json::Json;

/// Crockford's base32 alphabet.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// The format this module writes and reads.
const FORMAT: u64 = 1;
/// Characters between dashes when a code is shown.
const GROUP: usize = 4;
/// The longest text read as a code (after spaces and dashes are dropped): a program asks a
/// dozen questions, and every answer known takes well under 200 characters.
const LONGEST: usize = 200;
/// The shortest: the fixed part, 35 bits, and the check character.
const SHORTEST: usize = 8;

/// Why a text is not a hand-off code that can be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    /// A character no code has (`U`, or anything but a digit or a letter).
    Character(char),
    /// The check character does not match: a character is wrong, missing, added or moved.
    Check,
    /// It checks, but does not read as this build's codes do (made by another version of the
    /// screener, or for a program it does not have).
    Unreadable,
    /// Made under a rulebook (its version given) whose questions are not today's.
    OtherRules { version: NaiveDate },
}

/// A hand-off code read back.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub program: &'static Program,
    /// The version of the rulebook the code was made under.
    pub version: NaiveDate,
    pub lang: Lang,
    pub subject: Subject,
    /// The answers given, by question id, as a request holds them.
    pub answers: Vec<(&'static str, Json)>,
}

impl Decoded {
    /// The request the code holds (SCREENING.md §2), without a screening date: the day it is
    /// read is the screening date.
    pub fn request(&self) -> Json {
        let text = |s: &str| Json::String(s.to_owned());
        let mut fields =
            vec![("program".to_owned(), text(self.program.id)), ("lang".to_owned(), text(self.lang.code()))];
        if self.subject == Subject::Child {
            fields.push(("subject".to_owned(), text(self.subject.code())));
        }
        let answers = self.answers.iter().map(|(id, value)| ((*id).to_owned(), value.clone())).collect();
        fields.push(("answers".to_owned(), Json::Object(answers)));
        Json::Object(fields)
    }
}

/// The code of `answers` (their program's, judged by its rulebook's version), in `lang`, about
/// `subject`: the asked answers only, as the case note's request line holds them.
pub fn encode(answers: &Answers, lang: Lang, subject: Subject) -> String {
    let program = answers.program();
    let mut bits = Bits::default();
    bits.push(FORMAT, 2);
    bits.push(program_hash(program.id), 10);
    bits.push(Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0) as u64, 2);
    bits.push(u64::from(subject == Subject::Child), 1);
    bits.push(days_since_2000(program.version), 15);
    bits.push(layout_hash(program), 5);
    for question in program.questions.iter().filter(|q| answers.is_asked(q)) {
        let answer = answers.get(question.id);
        let options = question.options.len();
        match (question.kind, answer) {
            (QuestionType::YesNo, Some(Answer::YesNo(yes))) => bits.push(if *yes { 2 } else { 1 }, 2),
            (QuestionType::YesNo, _) => bits.push(0, 2),
            (QuestionType::SingleChoice, Some(Answer::Choice(i))) if *i < options => {
                bits.push(*i as u64 + 1, choice_width(options))
            }
            (QuestionType::SingleChoice, _) => bits.push(0, choice_width(options)),
            (QuestionType::MultiSelect, Some(Answer::Chosen(chosen))) => {
                bits.push(1, 1);
                for i in 0..options.min(32) {
                    bits.push(u64::from(chosen >> i & 1), 1);
                }
            }
            (QuestionType::Date, Some(Answer::Date(date))) => {
                bits.push(1, 1);
                bits.push(u64::try_from(date.num_days_from_ce() - 1).unwrap_or(0), 22);
            }
            (QuestionType::Count, Some(Answer::Count(mut n))) => {
                bits.push(1, 1);
                loop {
                    let more = n >> 4 != 0;
                    bits.push(u64::from(more), 1);
                    bits.push(n & 15, 4);
                    n >>= 4;
                    if !more {
                        break;
                    }
                }
            }
            _ => bits.push(0, 1),
        }
    }
    let mut symbols = bits.symbols();
    symbols.push(check_symbol(&symbols));
    let mut code = String::with_capacity(symbols.len() + symbols.len() / GROUP);
    for (i, symbol) in symbols.iter().enumerate() {
        if i > 0 && i % GROUP == 0 {
            code.push('-');
        }
        code.push(char::from(ALPHABET[usize::from(*symbol)]));
    }
    code
}

/// Whether `text` is written as a code is: digits and letters only (spaces and dashes aside), as
/// many as a code has. Anything else is left to be read as a request.
pub fn looks_like_code(text: &str) -> bool {
    let mut count = 0;
    for c in text.chars().filter(|c| !is_separator(*c)) {
        if !c.is_ascii_alphanumeric() {
            return false;
        }
        count += 1;
    }
    (SHORTEST..=LONGEST).contains(&count)
}

/// Reads a code: its characters, its check, then its bits.
pub fn decode(text: &str) -> Result<Decoded, CodeProblem> {
    let mut symbols = Vec::with_capacity(text.len());
    for c in text.chars().filter(|c| !is_separator(*c)) {
        symbols.push(symbol(c).ok_or(CodeProblem::Character(c))?);
        if symbols.len() > LONGEST {
            return Err(CodeProblem::Unreadable);
        }
    }
    if symbols.len() < SHORTEST {
        return Err(CodeProblem::Unreadable);
    }
    if weighted_sum(&symbols) != 0 {
        return Err(CodeProblem::Check);
    }
    symbols.pop();
    let mut bits = Reader { symbols: &symbols, at: 0 };
    read(&mut bits).ok_or(CodeProblem::Unreadable)?
}

/// The bits after the check: `None` when they do not read, `Some(Err)` for other rules.
fn read(bits: &mut Reader) -> Option<Result<Decoded, CodeProblem>> {
    if bits.take(2)? != FORMAT {
        return None;
    }
    let hash = bits.take(10)?;
    let program = rules::ALL.iter().copied().find(|p| program_hash(p.id) == hash)?;
    let lang = *Lang::ALL.get(usize::try_from(bits.take(2)?).ok()?)?;
    let subject = if bits.take(1)? == 1 { Subject::Child } else { Subject::Person };
    let version = epoch().checked_add_days(chrono::Days::new(bits.take(15)?))?;
    if bits.take(5)? != layout_hash(program) {
        return Some(Err(CodeProblem::OtherRules { version }));
    }
    let mut answers: Vec<(&'static str, Json)> = Vec::new();
    for question in program.questions {
        let parent_yes = question
            .parent
            .is_none_or(|parent| answers.iter().any(|(id, value)| *id == parent && *value == Json::Bool(true)));
        if !parent_yes {
            continue;
        }
        let options = question.options.len();
        let value = match question.kind {
            QuestionType::YesNo => match bits.take(2)? {
                0 => None,
                1 => Some(Json::Bool(false)),
                2 => Some(Json::Bool(true)),
                _ => return None,
            },
            QuestionType::SingleChoice => match usize::try_from(bits.take(choice_width(options) as usize)?).ok()? {
                0 => None,
                i => Some(Json::String(question.options.get(i - 1)?.id.to_owned())),
            },
            _ if bits.take(1)? == 0 => None,
            QuestionType::MultiSelect => {
                let mut chosen = Vec::new();
                for option in question.options.iter().take(32) {
                    if bits.take(1)? == 1 {
                        chosen.push(Json::String(option.id.to_owned()));
                    }
                }
                Some(Json::Array(chosen))
            }
            QuestionType::Date => {
                let days = i32::try_from(bits.take(22)?).ok()?.checked_add(1)?;
                let date = NaiveDate::from_num_days_from_ce_opt(days).filter(|d| dates::in_range(*d))?;
                Some(Json::String(dates::format(date)))
            }
            QuestionType::Count => {
                let mut n = 0u64;
                for group in 0..16 {
                    let more = bits.take(1)? == 1;
                    n |= bits.take(4)? << (4 * group);
                    if !more {
                        break;
                    }
                    if group == 15 {
                        return None;
                    }
                }
                Some(Json::UInt(n))
            }
        };
        if let Some(value) = value {
            answers.push((question.id, value));
        }
    }
    // What is left fills the last character: fewer than five bits, all zero.
    let rest = bits.symbols.len() * 5 - bits.at;
    if rest >= 5 || bits.take(rest)? != 0 {
        return None;
    }
    Some(Ok(Decoded { program, version, lang, subject, answers }))
}

fn is_separator(c: char) -> bool {
    c == '-' || c.is_whitespace()
}

/// A character's value in Crockford's base32, read case-blind (I and L as 1, O as 0).
fn symbol(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'I' | 'L' => '1',
        'O' => '0',
        c => c,
    };
    ALPHABET.iter().position(|a| char::from(*a) == c).and_then(|i| u8::try_from(i).ok())
}

/// Bits as they are written, most significant first.
#[derive(Default)]
struct Bits {
    bits: Vec<bool>,
}

impl Bits {
    fn push(&mut self, value: u64, width: u32) {
        for i in (0..width).rev() {
            self.bits.push(value >> i & 1 == 1);
        }
    }

    /// Five bits a character, the last one filled with zeros.
    fn symbols(&self) -> Vec<u8> {
        self.bits
            .chunks(5)
            .map(|chunk| (0..5).fold(0u8, |s, i| s << 1 | u8::from(chunk.get(i) == Some(&true))))
            .collect()
    }
}

struct Reader<'a> {
    symbols: &'a [u8],
    /// Bits read so far.
    at: usize,
}

impl Reader<'_> {
    /// The next `width` bits (at most 64), or `None` past the end.
    fn take(&mut self, width: usize) -> Option<u64> {
        if self.at + width > self.symbols.len() * 5 {
            return None;
        }
        let mut value = 0u64;
        for _ in 0..width {
            let symbol = self.symbols[self.at / 5];
            value = value << 1 | u64::from(symbol >> (4 - self.at % 5) & 1);
            self.at += 1;
        }
        Some(value)
    }
}

/// Bits a single choice takes: enough for its options and "not answered".
fn choice_width(options: usize) -> u32 {
    usize::BITS - options.leading_zeros()
}

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default()
}

/// A rulebook version (a date) in 15 bits: days since 2000-01-01, to 2089.
fn days_since_2000(version: &str) -> u64 {
    let days = dates::parse(version).map_or(0, |v| (v - epoch()).num_days());
    u64::try_from(days).unwrap_or(0).min((1 << 15) - 1)
}

/// FNV-1a, 32 bits.
fn fnv(bytes: impl IntoIterator<Item = u8>, mut hash: u32) -> u32 {
    for byte in bytes {
        hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    hash
}

const FNV_START: u32 = 0x811c_9dc5;

/// A program's id in 10 bits (the tests hold every program's distinct).
fn program_hash(id: &str) -> u64 {
    u64::from(fnv(id.bytes(), FNV_START) & 0x3ff)
}

/// The program's questions (ids, types, parents, option ids) in 5 bits.
fn layout_hash(program: &Program) -> u64 {
    let mut hash = FNV_START;
    for q in program.questions {
        hash = fnv(q.id.bytes().chain([0, q.kind as u8]), hash);
        hash = fnv(q.parent.unwrap_or("").bytes().chain([0]), hash);
        for option in q.options {
            hash = fnv(option.id.bytes().chain([1]), hash);
        }
    }
    u64::from((hash ^ hash >> 5 ^ hash >> 10 ^ hash >> 15 ^ hash >> 20 ^ hash >> 25) & 31)
}

/// Multiplication in GF(32), modulo x⁵ + x² + 1.
fn gf_mul(mut a: u8, mut b: u8) -> u8 {
    let mut product = 0;
    while b != 0 {
        if b & 1 != 0 {
            product ^= a;
        }
        b >>= 1;
        a <<= 1;
        if a & 32 != 0 {
            a ^= 0b10_0101;
        }
    }
    product
}

/// `Σ c_i α^i` over GF(32), `α` = x.
fn weighted_sum(symbols: &[u8]) -> u8 {
    let mut power = 1;
    let mut sum = 0;
    for symbol in symbols {
        sum ^= gf_mul(*symbol, power);
        power = gf_mul(power, 2);
    }
    sum
}

/// The character that makes the weighted sum of `symbols` and itself zero.
fn check_symbol(symbols: &[u8]) -> u8 {
    let sum = weighted_sum(symbols);
    // `α^n`, the weight of the check character at position n; it solves `sum + c α^n = 0`.
    let weight = symbols.iter().fold(1, |w, _| gf_mul(w, 2));
    (0..32u8).find(|c| gf_mul(*c, weight) == sum).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn program_hashes_are_distinct_and_versions_fit() {
        for (i, a) in rules::ALL.iter().enumerate() {
            for b in &rules::ALL[..i] {
                assert_ne!(program_hash(a.id), program_hash(b.id), "{} and {}", a.id, b.id);
            }
            let days = days_since_2000(a.version);
            assert!(days > 0 && days < (1 << 15) - 1, "{}: version {}", a.id, a.version);
            assert!(a.questions.iter().all(|q| q.options.len() <= 32), "{}", a.id);
        }
    }

    #[test]
    fn gf32_has_no_zero_divisors_and_the_check_solves() {
        for a in 1..32 {
            for b in 1..32 {
                assert_ne!(gf_mul(a, b), 0, "{a} × {b}");
            }
        }
        let symbols = [1, 2, 3, 30, 31, 0, 17];
        let mut with = symbols.to_vec();
        with.push(check_symbol(&symbols));
        assert_eq!(weighted_sum(&with), 0);
    }

    #[test]
    fn characters_read_case_blind_with_look_alikes() {
        assert_eq!(symbol('a'), Some(10));
        assert_eq!(symbol('I'), Some(1));
        assert_eq!(symbol('l'), Some(1));
        assert_eq!(symbol('o'), Some(0));
        assert_eq!(symbol('U'), None);
        assert_eq!(symbol('%'), None);
        assert_eq!(choice_width(9), 4);
        assert_eq!(choice_width(1), 1);
        assert_eq!(choice_width(0), 0);
    }
}
