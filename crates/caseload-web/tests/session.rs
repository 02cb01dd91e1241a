//! The caseload page's pure parts, natively: a session screened in steps of any size writes the
//! bytes `peer-screen csv` writes and counts what they say; a row opened again is the row
//! screened; a quote never closed ends the run with nothing to offer; the table's orders,
//! filters and worklist.

use chrono::NaiveDate;
use screener::engine::Outcome;
use screener_caseload::{write, Options, Reader, Unclosed, Unusable};
use screener_caseload_web::session::Session;
use screener_caseload_web::table::{self, Filter, SortKey};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// A caseload with every outcome, dates to sort by, bad rows, quotes and line breaks, a BOM.
fn input() -> Vec<u8> {
    let mut text = String::from("\u{feff}ref,program,as_of,lang,birth_date,enrolled_program,mh_sud_disorder,active_bh_services,functional_deficits,act,act_end,waiver_participant,residual_problems,notes,clinical_assessment\r\n");
    let rows = [
        "m1,mo-peer-support,,,2012-05-01,cstar_opioid,,,,,,,,,",
        "m2,mo-peer-support,,,2011-01-10,cstar_opioid,,,,,,,,\"a, b\",",
        "n1,ne-peer-support,,es,,,yes,yes,yes,,,,,,no",
        "n2,ne-peer-support,,,,,no,yes,,,,,,,",
        "\"bad, one\",ne-peer-support,,,,,maybe,,,,,,,,",
        "c1,ct-waiver-peer-support,,,,,,,,yes,2027-03-31,yes,yes,\"line\r\nbreak\",",
        "short,ct-waiver-peer-support",
        "m3,mo-peer-support,2027-01-01,,2012-05-01,none,,,,,,,,,",
        "n3,ne-peer-support,,,,,,,,,,,,,",
        "c2,ct-waiver-peer-support,,,,,,,,yes,2026-12-01,yes,yes,,",
    ];
    for row in rows {
        text.push_str(row);
        text.push_str("\r\n");
    }
    text.into_bytes()
}

fn native(input: &[u8], options: &Options) -> Vec<u8> {
    let mut reader = Reader::new(input, options, today()).unwrap_or_else(|_| panic!());
    let mut out = Vec::new();
    write::header(&mut out);
    while let Some(row) = reader.next_row().unwrap() {
        write::row(&row, &mut out);
    }
    out
}

fn session(step: usize) -> (Session, Vec<u8>) {
    let mut s = Session::open(input(), &Options::default(), today()).unwrap_or_else(|_| panic!());
    let mut out = Vec::new();
    let mut steps = 0;
    while !s.step(step) {
        out.extend(s.take_output().concat());
        steps += 1;
        assert!(steps < 1000);
    }
    out.extend(s.take_output().concat());
    assert!(s.take_output().is_empty());
    (s, out)
}

#[test]
fn a_session_writes_what_peer_screen_csv_writes_whatever_its_steps() {
    let want = native(&input(), &Options::default());
    for step in [1, 2, 3, 7, 64, 10_000] {
        let (s, out) = session(step);
        assert_eq!(String::from_utf8(out).unwrap(), String::from_utf8(want.clone()).unwrap(), "steps of {step}");
        assert_eq!(s.rows().len(), 10);
        assert_eq!(s.offset(), (input().len() as u64, input().len() as u64));
    }
}

#[test]
fn counts_and_rows_say_what_the_results_say() {
    let (s, _) = session(4);
    let c = s.counts();
    assert_eq!((c.eligible, c.not_eligible, c.incomplete, c.error), (1, 5, 2, 2));
    assert_eq!(c.total(), 10);
    let rows = s.rows();
    assert_eq!(rows[0].rescreen_on, NaiveDate::from_ymd_opt(2028, 5, 1));
    assert_eq!(&*rows[4].reference, "bad, one");
    assert!(rows[4].outcome.is_none() && rows[4].error.as_ref().unwrap().code.code() == "invalid_answer");
    assert_eq!(&*rows[5].transitions, "act 2027-03-02..2027-03-31");
    assert_eq!(rows[6].error.as_ref().unwrap().message(), "the row has 2 fields; the header has 15");
    assert_eq!(&*rows[8].missing, "mh_sud_disorder;active_bh_services;functional_deficits;clinical_assessment");
    assert_eq!(s.ignored(), ["notes"]);
}

#[test]
fn a_row_opened_again_is_the_row_screened() {
    let (s, _) = session(64);
    for (i, row) in s.rows().iter().enumerate() {
        let (number, reference, checked) = s.reopen(i).unwrap();
        assert_eq!((number, reference.as_str()), (row.row, &*row.reference));
        match checked {
            Ok(request) => {
                let screening = screener::engine::screen(&request.answers, request.as_of);
                assert_eq!(Some(screening.outcome), row.outcome, "row {}", row.row);
                assert_eq!(screening.rescreen_on, row.rescreen_on);
            }
            Err(error) => assert_eq!(Some(&error), row.error.as_deref()),
        }
    }
    assert!(s.reopen(10).is_none());
}

#[test]
fn the_table_sorts_by_rescreen_on_soonest_first_and_empty_last_in_both_directions() {
    let (s, _) = session(64);
    let rows = s.rows();
    let refs = |order: &[u32]| order.iter().map(|&i| rows[i as usize].reference.to_string()).collect::<Vec<_>>();
    let dates = |order: &[u32]| order.iter().map(|&i| rows[i as usize].rescreen_on).collect::<Vec<_>>();
    let up = table::view(rows, SortKey::RescreenOn, false, &Filter::default());
    assert_eq!(up.len(), 10);
    let d = dates(&up);
    let set: Vec<_> = d.iter().flatten().collect();
    assert!(set.windows(2).all(|w| w[0] <= w[1]), "{d:?}");
    assert!(d.iter().skip_while(|x| x.is_some()).all(Option::is_none), "empty last: {d:?}");
    let down = table::view(rows, SortKey::RescreenOn, true, &Filter::default());
    let d = dates(&down);
    let set: Vec<_> = d.iter().flatten().collect();
    assert!(set.windows(2).all(|w| w[0] >= w[1]), "{d:?}");
    assert!(d.iter().skip_while(|x| x.is_some()).all(Option::is_none), "empty last: {d:?}");
    // Ties (no date) keep row order.
    let empty: Vec<u32> = up.iter().copied().filter(|&i| rows[i as usize].rescreen_on.is_none()).collect();
    assert!(empty.windows(2).all(|w| w[0] < w[1]));
    // By ref, by row backwards, by outcome (not eligible first, errors last).
    assert_eq!(refs(&table::view(rows, SortKey::Ref, false, &Filter::default()))[0], "bad, one");
    assert_eq!(table::view(rows, SortKey::Row, true, &Filter::default())[0], 9);
    let by_outcome = table::view(rows, SortKey::Outcome, false, &Filter::default());
    assert_eq!(rows[by_outcome[0] as usize].outcome, Some(Outcome::NotEligible));
    assert_eq!(rows[by_outcome[9] as usize].outcome, None);
    for key in SortKey::ALL {
        assert_eq!(SortKey::from_code(key.code()), Some(key));
        assert_eq!(table::view(rows, key, false, &Filter::default()).len(), 10);
    }
}

#[test]
fn the_table_filters_by_outcome_and_finds_by_ref() {
    let (s, _) = session(64);
    let rows = s.rows();
    let only = |code: &str| Filter { outcome: Filter::outcome_from_code(code), find: String::new() };
    assert_eq!(table::view(rows, SortKey::Row, false, &only("eligible")).len(), 1);
    assert_eq!(table::view(rows, SortKey::Row, false, &only("not_eligible")), [0, 1, 3, 5, 7]);
    assert_eq!(table::view(rows, SortKey::Row, false, &only("incomplete")), [8, 9]);
    assert_eq!(table::view(rows, SortKey::Row, false, &only("error")), [4, 6]);
    assert_eq!(table::view(rows, SortKey::Row, false, &only("")).len(), 10);
    let find = |text: &str| Filter { outcome: None, find: text.into() };
    assert_eq!(table::view(rows, SortKey::Row, false, &find("M")), [0, 1, 7]);
    assert_eq!(table::view(rows, SortKey::Row, false, &find(" BAD, ")), [4]);
    assert!(table::view(rows, SortKey::Row, false, &find("zz")).is_empty());
    let both = Filter { outcome: Filter::outcome_from_code("not_eligible"), find: "c".into() };
    assert_eq!(table::view(rows, SortKey::Row, false, &both), [5]);
}

#[test]
fn the_worklist_is_everyone_to_screen_again_within_the_days_soonest_first() {
    let (s, _) = session(64);
    let rows = s.rows();
    let (list, until) = table::worklist(rows, today(), 30);
    assert_eq!(until, NaiveDate::from_ymd_opt(2026, 12, 22).unwrap());
    assert!(list.is_empty(), "{list:?}");
    let (list, until) = table::worklist(rows, today(), 500);
    assert_eq!(until, NaiveDate::from_ymd_opt(2028, 4, 5).unwrap());
    let dates: Vec<_> = list.iter().map(|&i| rows[i as usize].rescreen_on.unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]) && dates.iter().all(|d| *d <= until));
    let all_due = rows.iter().filter(|r| r.rescreen_on.is_some_and(|d| d <= until)).count();
    assert_eq!(list.len(), all_due);
    assert_eq!(s.as_of(), today());
}

#[test]
fn a_quote_never_closed_ends_the_run_with_no_results_to_offer() {
    // Row 3 opens a quote on line 5 (after row 1's two lines) that is never closed. Long enough
    // that output chunks fill before the run reaches it.
    let mut text = String::from(
        "ref,program,mh_sud_disorder,notes\r\na,ne-peer-support,yes,\"x\r\ny\"\r\nb,ne-peer-support,no,\r\n",
    );
    text.push_str("c,ne-peer-support,yes,\"never closed\r\n");
    for n in 0..30_000 {
        text.push_str(&format!("after {n},ne-peer-support,yes,\r\n"));
    }
    let text = text.into_bytes();
    for step in [1, 64, 100_000] {
        let mut s = Session::open(text.clone(), &Options::default(), today()).unwrap_or_else(|_| panic!());
        let mut steps = 0;
        while !s.step(step) {
            assert!(s.take_output().is_empty(), "no chunk is full before row 3");
            steps += 1;
            assert!(steps < 10, "steps of {step}");
        }
        assert!(s.is_done());
        assert_eq!(s.unclosed(), Some(Unclosed { row: 3, line: 5, lines_not_screened: 30_001 }), "steps of {step}");
        assert!(s.take_output().is_empty(), "no results, not even the header: steps of {step}");
        assert_eq!(s.rows().len(), 2, "rows 1 and 2 were read, and row 3 was not screened");
    }
    // Far into a file, after full chunks: the session drops what it holds (the page drops what
    // it took), and says where.
    let mut text = String::from("ref,program,mh_sud_disorder\n");
    for n in 1..=40_000 {
        text.push_str(&format!("row {n},ne-peer-support,yes\n"));
    }
    text.push_str("\"last,ne-peer-support,yes\n");
    let mut s = Session::open(text.into_bytes(), &Options::default(), today()).unwrap_or_else(|_| panic!());
    let mut taken = 0;
    while !s.step(1000) {
        taken += s.take_output().len();
    }
    assert!(taken > 0, "chunks were full before the end");
    assert_eq!(s.unclosed(), Some(Unclosed { row: 40_001, line: 40_002, lines_not_screened: 1 }));
    assert!(s.take_output().is_empty());
    // A quote never closed in the header: the file cannot be opened at all.
    let header = Session::open(b"ref,\"program\na,nc-pss\n".to_vec(), &Options::default(), today());
    assert_eq!(header.err(), Some(Unusable::Unclosed(Unclosed { row: 0, line: 1, lines_not_screened: 2 })));
}

/// A caseload of `n` rows whose sort keys repeat (refs, dates of birth, programs, bad rows), so
/// that ties and empty values meet in every merge.
fn many(n: usize) -> Vec<u8> {
    let mut text = String::from("ref,program,birth_date,enrolled_program,mh_sud_disorder,active_bh_services\n");
    for i in 0..n {
        let r = (i * 7919) % 613;
        let reference = if r % 11 == 0 { String::new() } else { format!("p{}", r % 97) };
        let (program, answers) = match r % 4 {
            0 => ("mo-peer-support", format!("20{:02}-0{}-1{},cstar_opioid,,", 8 + r % 6, 1 + r % 9, r % 10)),
            1 => ("ne-peer-support", ",,yes,yes".to_owned()),
            2 => ("ne-peer-support", ",,maybe,".to_owned()),
            _ => ("mo-peer-support", ",,,".to_owned()),
        };
        text.push_str(&format!("{reference},{program},{answers}\n"));
    }
    text.into_bytes()
}

#[test]
fn the_table_built_a_piece_at_a_time_is_the_order_a_stable_sort_gives() {
    let mut s = Session::open(many(5000), &Options::default(), today()).unwrap_or_else(|_| panic!());
    while !s.step(500) {}
    let rows = s.rows();
    assert_eq!(rows.len(), 5000);
    let filters = [Filter::default(), Filter { outcome: Filter::outcome_from_code("not_eligible"), find: "P1".into() }];
    let mut compared = 0;
    for filter in &filters {
        for key in SortKey::ALL {
            for descending in [false, true] {
                let whole = table::view(rows, key, descending, filter);
                // One piece per call: every merge stops and resumes many times.
                let mut sorting = table::Sorting::new(key, descending, filter);
                let mut calls = 0;
                while !sorting.advance(rows, &mut || false) {
                    calls += 1;
                }
                let pieced = sorting.into_order();
                assert_eq!(pieced, whole, "{key:?} descending {descending}");
                if filter.find.is_empty() {
                    assert!(calls > 10, "{key:?}: the work came in {calls} pieces");
                }
                // The order is the standard library's stable sort by the key (empty values last
                // in both directions, ties in row order), filtering as the table does.
                let reference = |i: &u32| -> Option<(bool, String)> {
                    let row = &rows[*i as usize];
                    let text = match key {
                        SortKey::Ref => row.reference.to_string(),
                        SortKey::RescreenOn => row.rescreen_on.map(|d| d.to_string()).unwrap_or_default(),
                        _ => return None,
                    };
                    Some((text.is_empty(), text))
                };
                if reference(&0).is_some() && filter.find.is_empty() && filter.outcome.is_none() {
                    let mut expected: Vec<u32> = (0..rows.len() as u32).collect();
                    expected.sort_by(|a, b| {
                        let (a, b) = (reference(a).unwrap(), reference(b).unwrap());
                        a.0.cmp(&b.0).then(if descending && !a.0 { b.1.cmp(&a.1) } else { a.1.cmp(&b.1) })
                    });
                    assert_eq!(whole, expected, "{key:?} descending {descending}");
                    compared += 1;
                }
            }
        }
    }
    assert_eq!(compared, 4, "by ref and by rescreen_on, in both directions");
}
