//! Calendar dates as the contract uses them (SCREENING.md §6): strict `YYYY-MM-DD`, whole
//! years of age, birthdays on 29 February, and the transition windows of §5.
//!
//! Pure arithmetic on `chrono::NaiveDate`: no clock, no time zones, no times of day, no panics.

use chrono::{Datelike, Days, NaiveDate};

/// Parses exactly `YYYY-MM-DD` (four-digit year) into a date that exists.
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
    NaiveDate::from_ymd_opt(year as i32, month, day)
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
/// 1 March in a common year and 29 February in a leap year.
pub fn birthday(birth: NaiveDate, years: u32) -> NaiveDate {
    let year = birth.year().saturating_add(years as i32);
    NaiveDate::from_ymd_opt(year, birth.month(), birth.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
        .unwrap_or(NaiveDate::MAX)
}

/// The first day of the `days`-day window that ends on `end` inclusive (`end - (days - 1)`).
pub fn window_start(end: NaiveDate, days: u32) -> NaiveDate {
    end.checked_sub_days(Days::new(u64::from(days.saturating_sub(1)))).unwrap_or(NaiveDate::MIN)
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
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        assert!(parse("2024-02-29").is_some());
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
        assert_eq!(birthday(born, 16), d("2024-02-29"));
        assert_eq!(birthday(born, 17), d("2025-03-01"));
        assert_eq!(age_on(born, d("2025-02-28")), 16);
        assert_eq!(age_on(born, d("2025-03-01")), 17);
        // Leap year: on 29 February itself.
        assert_eq!(age_on(born, d("2024-02-28")), 15);
        assert_eq!(age_on(born, d("2024-02-29")), 16);
    }

    #[test]
    fn window_is_thirty_days_inclusive() {
        assert_eq!(window_start(d("2027-01-31"), 30), d("2027-01-02"));
        assert_eq!(window_start(d("2026-12-02"), 30), d("2026-11-03"));
    }
}
