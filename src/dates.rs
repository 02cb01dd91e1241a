//! Calendar dates as the contract uses them (SCREENING.md §6): strict `YYYY-MM-DD`, whole
//! years of age, birthdays on 29 February, and the transition windows of §5.
//!
//! Pure arithmetic on `chrono::NaiveDate`: no clock, no time zones, no times of day, no panics.
//! Dates are written `YYYY-MM-DD` here; written out for people ("December 10, 2026") they are
//! words, and [`crate::sentences`] writes them.
//!
//! The contract's dates run from 0001-01-01 to 9999-12-31 ([`FIRST`], [`LAST`]). Parsing refuses
//! anything else, and the dates derived from answers (a birthday, a window's first day) are
//! `None` when they would fall outside, so that no response can print a year it cannot write
//! as four digits.

use chrono::{Datelike, Days, NaiveDate};

/// The first date of the contract: 0001-01-01.
pub const FIRST: NaiveDate = match NaiveDate::from_ymd_opt(1, 1, 1) {
    Some(date) => date,
    None => NaiveDate::MIN,
};

/// The last date of the contract: 9999-12-31.
pub const LAST: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(date) => date,
    None => NaiveDate::MAX,
};

/// Whether a date lies within 0001-01-01 ..= 9999-12-31.
pub fn in_range(date: NaiveDate) -> bool {
    (FIRST..=LAST).contains(&date)
}

/// Parses exactly `YYYY-MM-DD` (four-digit year, not 0000) into a date that exists.
pub fn parse(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
    };
    let year = digits(0..4)?;
    let month = digits(5..7)?;
    let day = digits(8..10)?;
    NaiveDate::from_ymd_opt(year as i32, month, day).filter(|d| in_range(*d))
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format(date: NaiveDate) -> String {
    let mut out = String::with_capacity(10);
    write_to(&mut out, date);
    out
}

/// Appends `YYYY-MM-DD` to `out`. Years outside 0..=9999 are written as chrono writes them: a
/// sign, then at least four digits (`+10006-03-02`, `-0001-12-03`). No formatting machinery:
/// this runs for every date of every response, and `core::fmt` would weigh on the WebAssembly.
pub fn write_to(out: &mut String, date: NaiveDate) {
    let year = date.year();
    if year > 9999 {
        out.push('+');
    } else if year < 0 {
        out.push('-');
    }
    let year = year.unsigned_abs();
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    let mut digits = [0u8; 10];
    let mut count = 0;
    let mut rest = year;
    while rest > 0 || count < 4 {
        digits[count] = b'0' + (rest % 10) as u8;
        rest /= 10;
        count += 1;
    }
    out.extend(digits[..count].iter().rev().map(|&d| char::from(d)));
    let (month, day) = (date.month(), date.day());
    for c in ['-', digit(month / 10), digit(month), '-', digit(day / 10), digit(day)] {
        out.push(c);
    }
}

/// Whole years completed on `on` by someone born on `birth` (0 before the first birthday).
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> u32 {
    if on < birth {
        return 0;
    }
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years.max(0) as u32
}

/// The day someone born on `birth` turns `years` old. Born on 29 February, that is
/// 1 March in a common year and 29 February in a leap year. `None` after 9999-12-31.
pub fn birthday(birth: NaiveDate, years: u32) -> Option<NaiveDate> {
    let year = birth.year().checked_add(i32::try_from(years).ok()?)?;
    NaiveDate::from_ymd_opt(year, birth.month(), birth.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
        .filter(|d| in_range(*d))
}

/// The first day of the `days`-day window that ends on `end` inclusive (`end - (days - 1)`).
/// `None` before 0001-01-01.
pub fn window_start(end: NaiveDate, days: u32) -> Option<NaiveDate> {
    end.checked_sub_days(Days::new(u64::from(days.saturating_sub(1)))).filter(|d| in_range(*d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse(s).unwrap()
    }

    #[test]
    fn parses_only_real_dates_in_the_strict_form() {
        assert_eq!(parse("2026-11-22"), NaiveDate::from_ymd_opt(2026, 11, 22));
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "2026-1-01",
            "26-11-22",
            "2026/11/22",
            "2026-11-22T00:00",
            " 2026-11-22",
            "+026-11-22",
            "2026-11-2x",
            "",
            "２０２６-11-22",
            "2025-02-29",
            "0000-01-01",
            "0000-02-29",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        assert!(parse("2024-02-29").is_some());
        assert_eq!(parse("0001-01-01"), Some(FIRST));
        assert_eq!(parse("9999-12-31"), Some(LAST));
    }

    #[test]
    fn formats_round_trip() {
        assert_eq!(format(d("0001-01-05")), "0001-01-05");
        assert_eq!(format(d("2027-01-02")), "2027-01-02");
        assert_eq!(format(d("9999-12-31")), "9999-12-31");
        assert_eq!(format(NaiveDate::from_ymd_opt(10006, 3, 2).unwrap()), "+10006-03-02");
        assert_eq!(format(NaiveDate::from_ymd_opt(-1, 12, 3).unwrap()), "-0001-12-03");
    }

    #[test]
    fn age_counts_whole_years() {
        assert_eq!(age_on(d("2010-11-22"), d("2026-11-22")), 16);
        assert_eq!(age_on(d("2010-11-23"), d("2026-11-22")), 15);
        assert_eq!(age_on(d("2026-11-22"), d("2026-11-22")), 0);
    }

    #[test]
    fn leap_day_birthdays() {
        let born = d("2008-02-29");
        // Common year: 16 on 1 March.
        assert_eq!(birthday(born, 16), Some(d("2024-02-29")));
        assert_eq!(birthday(born, 17), Some(d("2025-03-01")));
        assert_eq!(age_on(born, d("2025-02-28")), 16);
        assert_eq!(age_on(born, d("2025-03-01")), 17);
        // Leap year: on 29 February itself.
        assert_eq!(age_on(born, d("2024-02-28")), 15);
        assert_eq!(age_on(born, d("2024-02-29")), 16);
    }

    #[test]
    fn window_is_thirty_days_inclusive() {
        assert_eq!(window_start(d("2027-01-31"), 30), Some(d("2027-01-02")));
        assert_eq!(window_start(d("2026-12-02"), 30), Some(d("2026-11-03")));
    }

    #[test]
    fn derived_dates_stay_within_years_1_to_9999() {
        assert_eq!(birthday(d("9983-12-31"), 16), Some(LAST));
        assert_eq!(birthday(d("9984-01-01"), 16), None);
        assert_eq!(birthday(d("9984-02-29"), 16), None);
        assert_eq!(birthday(LAST, u32::MAX), None);
        assert_eq!(window_start(d("0001-01-30"), 30), Some(FIRST));
        assert_eq!(window_start(d("0001-01-29"), 30), None);
        assert_eq!(window_start(FIRST, 1), Some(FIRST));
    }
}
