//! The results table's order and filter, and the worklist: over the [`Row`]s of a session, as
//! indices, so that a page of the table is a slice. Pure, tested natively.

use std::cmp::Ordering;

use chrono::{Days, NaiveDate};

use screener::engine::Outcome;

use crate::session::Row;

/// A column the table can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    Row,
    Ref,
    Program,
    Outcome,
    EligibleFrom,
    RescreenOn,
    Transitions,
    Missing,
}

impl SortKey {
    pub const ALL: [SortKey; 8] = [
        SortKey::Row,
        SortKey::Ref,
        SortKey::Program,
        SortKey::Outcome,
        SortKey::EligibleFrom,
        SortKey::RescreenOn,
        SortKey::Transitions,
        SortKey::Missing,
    ];

    /// The column's name, as in the result CSV.
    pub fn code(self) -> &'static str {
        match self {
            SortKey::Row => "row",
            SortKey::Ref => "ref",
            SortKey::Program => "program",
            SortKey::Outcome => "outcome",
            SortKey::EligibleFrom => "eligible_from",
            SortKey::RescreenOn => "rescreen_on",
            SortKey::Transitions => "transitions",
            SortKey::Missing => "missing",
        }
    }

    pub fn from_code(code: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Which rows to show: one outcome (`None` in `outcome` for "could not be screened"), or all;
/// and those whose `ref` holds some text (any case).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub outcome: Option<Option<Outcome>>,
    pub find: String,
}

impl Filter {
    /// `eligible`, `not_eligible`, `incomplete`, `error`; anything else is every outcome.
    pub fn outcome_from_code(code: &str) -> Option<Option<Outcome>> {
        match code {
            "eligible" => Some(Some(Outcome::Eligible)),
            "not_eligible" => Some(Some(Outcome::NotEligible)),
            "incomplete" => Some(Some(Outcome::Incomplete)),
            "error" => Some(None),
            _ => None,
        }
    }

    fn keeps(&self, row: &Row, find: &[u8]) -> bool {
        self.outcome.is_none_or(|o| o == row.outcome)
            && (find.is_empty() || contains_ignoring_case(&row.reference, find))
    }
}

fn contains_ignoring_case(text: &str, lower_needle: &[u8]) -> bool {
    let hay = text.as_bytes();
    hay.len() >= lower_needle.len()
        && hay
            .windows(lower_needle.len())
            .any(|w| w.iter().zip(lower_needle).all(|(a, b)| a.to_ascii_lowercase() == *b))
}

/// Where the outcomes go in a sort: the ones to act on first.
fn outcome_rank(outcome: Option<Outcome>) -> u8 {
    match outcome {
        Some(Outcome::NotEligible) => 0,
        Some(Outcome::Incomplete) => 1,
        Some(Outcome::Eligible) => 2,
        None => 3,
    }
}

/// Empty values (no date, no text) go last in either direction.
fn empty_last<T: Ord>(a: Option<T>, b: Option<T>, descending: bool) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => {
            if descending {
                b.cmp(&a)
            } else {
                a.cmp(&b)
            }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

fn text(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

/// The indices of `rows` that `filter` keeps, in the order of `key` (ties in row order).
pub fn view(rows: &[Row], key: SortKey, descending: bool, filter: &Filter) -> Vec<u32> {
    let find = filter.find.trim().to_ascii_lowercase().into_bytes();
    let mut order: Vec<u32> = (0..rows.len() as u32).filter(|&i| filter.keeps(&rows[i as usize], &find)).collect();
    let compare = |a: &Row, b: &Row| -> Ordering {
        match key {
            SortKey::Row => empty_last(Some(a.row), Some(b.row), descending),
            SortKey::Ref => empty_last(text(&a.reference), text(&b.reference), descending),
            SortKey::Program => empty_last(a.program.map(|p| p.id), b.program.map(|p| p.id), descending),
            SortKey::Outcome => empty_last(Some(outcome_rank(a.outcome)), Some(outcome_rank(b.outcome)), descending),
            SortKey::EligibleFrom => empty_last(a.eligible_from, b.eligible_from, descending),
            SortKey::RescreenOn => empty_last(a.rescreen_on, b.rescreen_on, descending),
            SortKey::Transitions => empty_last(text(&a.transitions), text(&b.transitions), descending),
            SortKey::Missing => empty_last(text(&a.missing), text(&b.missing), descending),
        }
    };
    // Stable: equal keys keep row order.
    order.sort_by(|&a, &b| compare(&rows[a as usize], &rows[b as usize]));
    order
}

/// The rows to look at again by `as_of` + `days` (their `rescreen_on` on or before that day),
/// soonest first, and that day.
pub fn worklist(rows: &[Row], as_of: NaiveDate, days: u32) -> (Vec<u32>, NaiveDate) {
    let until = as_of.checked_add_days(Days::new(u64::from(days))).unwrap_or(screener::dates::LAST);
    let mut list: Vec<u32> =
        (0..rows.len() as u32).filter(|&i| rows[i as usize].rescreen_on.is_some_and(|d| d <= until)).collect();
    list.sort_by_key(|&i| rows[i as usize].rescreen_on);
    (list, until)
}
