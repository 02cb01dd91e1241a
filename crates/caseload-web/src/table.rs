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

/// How two rows compare under `key` (empty values last in either direction).
fn compare(a: &Row, b: &Row, key: SortKey, descending: bool) -> Ordering {
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
}

/// The indices of `rows` that `filter` keeps, in the order of `key` (ties in row order): a
/// [`Sorting`] run to its end in one go.
pub fn view(rows: &[Row], key: SortKey, descending: bool, filter: &Filter) -> Vec<u32> {
    let mut sorting = Sorting::new(key, descending, filter);
    while !sorting.advance(rows, &mut || true) {}
    sorting.into_order()
}

/// Rows filtered, sorted or merged by one piece of a [`Sorting`]'s work.
const PIECE: usize = 1024;

/// The table's order built a piece at a time, so that a page can stop when a frame's time is
/// spent and go on in the next task: the rows filtered, then sorted in runs of `PIECE` (1,024)
/// rows, then the runs merged (a stable bottom-up merge sort, each merge resumable where it
/// stopped).
#[derive(Debug)]
pub struct Sorting {
    key: SortKey,
    descending: bool,
    filter: Filter,
    /// The text to find, lower case.
    find: Vec<u8>,
    phase: Phase,
    /// The rows kept, in the order built so far.
    order: Vec<u32>,
    /// Where a merge pass writes.
    merged: Vec<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Rows from this one on are still to be filtered.
    Filter {
        next: usize,
    },
    /// Runs of [`PIECE`] from this index on are still to be sorted.
    Runs {
        next: usize,
    },
    /// Merging runs of `width` pairwise: the pair from `start`, its left run read up to `left`
    /// and its right run up to `right`.
    Merge {
        width: usize,
        start: usize,
        left: usize,
        right: usize,
    },
    Done,
}

impl Sorting {
    pub fn new(key: SortKey, descending: bool, filter: &Filter) -> Sorting {
        Sorting {
            key,
            descending,
            find: filter.find.trim().to_ascii_lowercase().into_bytes(),
            filter: filter.clone(),
            phase: Phase::Filter { next: 0 },
            order: Vec::new(),
            merged: Vec::new(),
        }
    }

    /// Does pieces of the work while `more()` says so (it is asked after each piece); `true`
    /// once the order is whole. `rows` must be the same rows at every call.
    pub fn advance(&mut self, rows: &[Row], more: &mut dyn FnMut() -> bool) -> bool {
        loop {
            self.phase = match self.phase {
                Phase::Filter { next } => {
                    let end = (next + PIECE).min(rows.len());
                    let (filter, find) = (&self.filter, &self.find);
                    self.order.extend((next..end).filter(|&i| filter.keeps(&rows[i], find)).map(|i| i as u32));
                    if end < rows.len() {
                        Phase::Filter { next: end }
                    } else {
                        Phase::Runs { next: 0 }
                    }
                }
                Phase::Runs { next } => {
                    let end = (next + PIECE).min(self.order.len());
                    let (key, descending) = (self.key, self.descending);
                    // Stable: equal keys keep row order.
                    self.order[next..end]
                        .sort_by(|&a, &b| compare(&rows[a as usize], &rows[b as usize], key, descending));
                    if end < self.order.len() {
                        Phase::Runs { next: end }
                    } else {
                        self.merged = vec![0; self.order.len()];
                        self.merge_phase(PIECE)
                    }
                }
                Phase::Merge { width, start, left, right } => self.merge_piece(rows, width, start, left, right),
                Phase::Done => return true,
            };
            if self.phase == Phase::Done {
                return true;
            }
            if !more() {
                return false;
            }
        }
    }

    /// The pass that merges runs of `width`, or done when one run holds every row.
    fn merge_phase(&self, width: usize) -> Phase {
        if width >= self.order.len() {
            Phase::Done
        } else {
            Phase::Merge { width, start: 0, left: 0, right: width.min(self.order.len()) }
        }
    }

    /// Merges up to [`PIECE`] rows of the pair of runs at `start` into `merged`.
    fn merge_piece(&mut self, rows: &[Row], width: usize, start: usize, left: usize, right: usize) -> Phase {
        let len = self.order.len();
        let (mid, end) = ((start + width).min(len), (start + 2 * width).min(len));
        let (mut l, mut r) = (left, right);
        let at = |l: usize, r: usize| l - start + r - mid + start;
        let (key, descending) = (self.key, self.descending);
        for _ in 0..PIECE {
            if l == mid && r == end {
                break;
            }
            // Stable: on equal keys the left run's row (the earlier one) comes first.
            let take_left = r == end
                || (l < mid
                    && compare(&rows[self.order[l] as usize], &rows[self.order[r] as usize], key, descending)
                        != Ordering::Greater);
            let out = at(l, r);
            if take_left {
                self.merged[out] = self.order[l];
                l += 1;
            } else {
                self.merged[out] = self.order[r];
                r += 1;
            }
        }
        if l < mid || r < end {
            return Phase::Merge { width, start, left: l, right: r };
        }
        let next = start + 2 * width;
        if next < len {
            return Phase::Merge { width, start: next, left: next, right: (next + width).min(len) };
        }
        std::mem::swap(&mut self.order, &mut self.merged);
        self.merge_phase(width * 2)
    }

    /// The order, once [`Sorting::advance`] said it is whole.
    pub fn into_order(self) -> Vec<u32> {
        self.order
    }
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
