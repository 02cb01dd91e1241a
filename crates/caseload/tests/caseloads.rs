//! Caseloads as people write them (SCREENING.md §10): the header and its columns, cells of every
//! answer type, the run's options and a row's own (`subject` too), `policy_status`, RFC 4180 as
//! spreadsheets write it (a BOM, CRLF, quoted fields with commas, quotes and line breaks), bad
//! rows among good ones, a quote never closed, and the files that cannot be screened at all.

use std::io::Read;

use chrono::NaiveDate;
use screener_caseload::{write, OpenError, Options, ReadError, Reader, Unclosed, Unusable, Workbook};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// The result CSV of `input` screened with `options`, or why it cannot be.
fn screen(input: &[u8], options: &Options) -> Result<String, Unusable> {
    let mut reader = match Reader::new(input, options, today()) {
        Ok(reader) => reader,
        Err(OpenError::Unusable(why)) => return Err(why),
        Err(OpenError::Io(e)) => panic!("{e}"),
    };
    let mut out = Vec::new();
    write::header(&mut out);
    while let Some(row) = reader.next_row().unwrap() {
        write::row(&row, &mut out);
    }
    Ok(String::from_utf8(out).unwrap())
}

/// The result rows (header dropped), each split into its 16 fields.
fn rows(input: &[u8], options: &Options) -> Vec<Vec<String>> {
    let text = screen(input, options).unwrap();
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            assert_eq!(r.len(), 16);
            r.iter().map(str::to_owned).collect()
        })
        .collect()
}

fn with_program(program: &str) -> Options {
    Options { program: Some(program.into()), ..Options::default() }
}

const HEADER: &str = "row,ref,program,version,policy_status,as_of,outcome,eligible_from,rescreen_on,transitions,failed,missing,reasons,error_code,error_question,error_message\n";

#[test]
fn one_result_row_per_data_row_with_the_columns_of_section_10() {
    let input = "ref,program,as_of,dsm5_diagnosis,need_areas,innovations_waiver,actt,actt_auth_end,cst,other_pss_provider,cca_completed,cca_medical_necessity\n\
                 A,nc-pss,2026-11-22,yes,recent_crisis;relationships;daily_living,no,yes,2027-01-31,no,no,yes,yes\n\
                 B,nc-pss,2026-11-22,yes,none,no,no,,no,no,no,\n";
    let text = screen(input.as_bytes(), &Options::default()).unwrap();
    let version = screener::rules::find("nc-pss").unwrap().version;
    let reasons = reasons_of(
        r#"{"dsm5_diagnosis":true,"need_areas":[],"innovations_waiver":false,"actt":false,"cst":false,"other_pss_provider":false,"cca_completed":false}"#,
    );
    assert_eq!(reasons.len(), 2);
    assert_eq!(
        text,
        format!(
            "{HEADER}\
             1,A,nc-pss,{version},draft,2026-11-22,not_eligible,2027-01-02,2027-01-02,actt 2027-01-02..2027-01-31,nc.actt,,\
             \"Receives ACTT until 2027-01-31; peer support may overlap only its last 30 days, from 2027-01-02, for the move to peer support.\",,,\n\
             2,B,nc-pss,{version},draft,2026-11-22,not_eligible,,,,nc.need_areas,,{},,,\n",
            reasons.join(" | ")
        )
    );
}

/// The reasons of the failing and unknown criteria of an nc-pss request with these answers.
fn reasons_of(answers: &str) -> Vec<String> {
    use screener_contract::Json;
    let answers = answers.trim_matches(['{', '}']);
    let entries = answers
        .split(',')
        .map(|pair| {
            let (key, value) = pair.split_once(':').unwrap();
            let value = match value {
                "true" => Json::Bool(true),
                "false" => Json::Bool(false),
                "[]" => Json::Array(Vec::new()),
                other => panic!("{other}"),
            };
            (key.trim_matches('"').to_owned(), value)
        })
        .collect();
    let json = Json::Object(vec![
        ("program".into(), Json::String("nc-pss".into())),
        ("as_of".into(), Json::String("2026-11-22".into())),
        ("answers".into(), Json::Object(entries)),
    ]);
    let s = screener_contract::screen_request(&json, today, screener::model::Lang::En).unwrap();
    let style = screener::sentences::DateStyle::Iso;
    let findings = s.screening.findings.iter().filter(|f| f.status != screener::engine::Status::Pass);
    findings.map(|f| screener::sentences::reason(s.screening.program, f, s.voice, style)).collect()
}

#[test]
fn cells_of_every_answer_type() {
    // Yes/no in every spelling and case; a multi-select with spaces around its options; `none`;
    // a date; a single choice; counts (3.0 is 3, as in JSON).
    let input = "ref,program,mh_sud_disorder,active_bh_services,functional_deficits,clinical_assessment,assessment_recommends\n\
                 a,ne-peer-support,YES,True,y,1,Yes\n\
                 b,ne-peer-support,no,FALSE,N,0,\n\
                 c,ne-peer-support,Yes, true ,Y,,\n";
    let r = rows(input.as_bytes(), &Options::default());
    assert_eq!(r[0][6], "eligible");
    assert_eq!(r[1][6], "not_eligible");
    assert_eq!(r[1][10], "ne.disorder;ne.active_services;ne.functional_deficits");
    // An empty cell is unknown, which is not "no" (no assessment yet rules nobody out).
    assert_eq!(r[2][6], "incomplete");
    assert_eq!(r[2][11], "clinical_assessment");
    assert!(r[2][12].starts_with("Not yet answered: "), "{}", r[2][12]);

    let input = "ref,program,need_areas,dsm5_diagnosis\n\
                 a,nc-pss, recent_crisis ; relationships;daily_living ,yes\n\
                 b,nc-pss,none,yes\n\
                 c,nc-pss,NONE,yes\n\
                 d,nc-pss,recent_crisis;housing,yes\n\
                 e,nc-pss,none;relationships,yes\n";
    let r = rows(input.as_bytes(), &Options::default());
    assert!(!r[0][10].contains("nc.need_areas") && r[0][13].is_empty(), "{:?}", r[0]);
    assert_eq!(r[1][10], "nc.need_areas");
    assert_eq!(r[2][10], "nc.need_areas");
    assert_eq!((r[3][13].as_str(), r[3][14].as_str()), ("invalid_answer", "need_areas"));
    assert!(r[3][15].contains("\"housing\""), "{}", r[3][15]);
    assert_eq!((r[4][13].as_str(), r[4][14].as_str()), ("invalid_answer", "need_areas"));

    let input = "ref,program,birth_date,enrolled_program,treatment_team,planned_units_day,planned_units_month\n\
                 a,mo-peer-support,2012-05-01,cstar_opioid,yes,3.0,96\n\
                 b,mo-peer-support,05/01/2012,,,,\n\
                 c,mo-peer-support,,cstar,,,\n\
                 d,mo-peer-support,,,,-1,\n\
                 e,mo-peer-support,,,,2.5,\n\
                 f,mo-peer-support,,,,,18446744073709551616\n\
                 g,mo-peer-support,,,,ten,\n\
                 h,mo-peer-support,2026-11-23,,,,\n";
    let r = rows(input.as_bytes(), &Options::default());
    assert_eq!((r[0][6].as_str(), r[0][7].as_str()), ("not_eligible", "2028-05-01"));
    for (row, question) in [(1, "birth_date"), (2, "enrolled_program"), (3, "planned_units_day")] {
        assert_eq!((r[row][13].as_str(), r[row][14].as_str()), ("invalid_answer", question), "{:?}", r[row]);
    }
    assert_eq!(r[4][14], "planned_units_day");
    assert!(r[5][15].contains("too large"), "{}", r[5][15]);
    assert!(r[6][15].contains("not a string"), "{}", r[6][15]);
    assert!(r[7][15].contains("after the screening date"), "{}", r[7][15]);
}

#[test]
fn a_question_the_rows_program_does_not_ask_must_be_empty() {
    let input = "ref,program,dsm5_diagnosis,mh_sud_disorder\n\
                 a,nc-pss,yes,\n\
                 b,ne-peer-support,,yes\n\
                 c,ne-peer-support,yes,yes\n\
                 d,nc-pss,,no\n";
    let r = rows(input.as_bytes(), &Options::default());
    assert!(r[0][13].is_empty() && r[1][13].is_empty());
    assert_eq!((r[2][13].as_str(), r[2][14].as_str()), ("unknown_question", "dsm5_diagnosis"));
    assert_eq!((r[3][13].as_str(), r[3][14].as_str()), ("unknown_question", "mh_sud_disorder"));
    // A bad row fills only row, ref and the error.
    assert!(r[2][2..13].iter().all(String::is_empty), "{:?}", r[2]);
    assert_eq!(&r[2][..2], ["3", "c"]);
}

#[test]
fn a_rows_cells_override_the_options_and_an_empty_cell_means_the_option() {
    let input = "ref,program,as_of,lang,audience,mh_sud_disorder\n\
                 a,,,,,no\n\
                 b,ne-peer-support,2026-01-01,es,family,no\n\
                 c,nc-pss,,,,\n";
    let options = Options {
        program: Some("ne-peer-support".into()),
        as_of: Some("2026-11-20".into()),
        lang: Some("en".into()),
        audience: Some("staff".into()),
        subject: None,
    };
    let r = rows(input.as_bytes(), &options);
    assert_eq!((r[0][2].as_str(), r[0][5].as_str()), ("ne-peer-support", "2026-11-20"));
    assert!(r[0][12].starts_with("Has no mental health"), "{}", r[0][12]);
    assert_eq!(r[1][5], "2026-01-01");
    assert!(r[1][12].contains("Usted"), "Spanish family wording: {}", r[1][12]);
    assert_eq!(r[2][2], "nc-pss");
    // No as_of anywhere: today, the caller's.
    let r = rows(b"program,mh_sud_disorder\nne-peer-support,yes\n", &Options::default());
    assert_eq!(r[0][5], "2026-11-22");
    // A row with an empty program cell and no program option: the contract's missing program.
    let r = rows(b"ref,program\nx,\n", &Options::default());
    assert_eq!(r[0][13], "invalid_request");
    assert!(r[0][15].contains("`program` is missing"), "{}", r[0][15]);
    // A row's bad cells are the contract's errors.
    let r = rows(b"program,as_of,lang,audience\nnc-pss,2026-02-30,,\nnc-pss,,fr,\nnc-pss,,,Family\nxx,,,\nmo-peer-support,2014-09-30,,\n", &Options::default());
    let codes: Vec<&str> = r.iter().map(|r| r[13].as_str()).collect();
    assert_eq!(codes, ["invalid_request", "invalid_request", "invalid_request", "unknown_program", "not_in_force"]);
}

#[test]
fn rfc_4180_as_spreadsheets_write_it() {
    // A BOM, CRLF, quoted fields with commas, doubled quotes and line breaks, blank lines.
    let input = b"\xEF\xBB\xBFref,program,mh_sud_disorder,notes\r\n\
                  \"Doe, Jane\",ne-peer-support,yes,\"said \"\"hi\"\"\r\nthen left\"\r\n\
                  \r\n\
                  \"two\nlines\",ne-peer-support,no,\r\n\
                  last,ne-peer-support,,";
    let text = screen(input, &Options::default()).unwrap();
    assert!(text.starts_with(HEADER), "the header is not the BOM's: {text}");
    let r = rows(input, &Options::default());
    assert_eq!(r.len(), 3, "a blank line is not a row");
    assert_eq!((r[0][0].as_str(), r[0][1].as_str()), ("1", "Doe, Jane"));
    assert_eq!((r[1][0].as_str(), r[1][1].as_str()), ("2", "two\nlines"));
    assert_eq!((r[2][0].as_str(), r[2][1].as_str()), ("3", "last"));
    assert!(text.contains("1,\"Doe, Jane\",ne-peer-support,"));
    assert!(text.contains("2,\"two\nlines\",ne-peer-support,"));
    assert!(!text.contains('\r'), "LF line ends out");
    // The same file with LF and without a BOM gives the same bytes.
    let lf: Vec<u8> = input[3..].iter().copied().filter(|&b| b != b'\r').collect();
    assert_eq!(screen(&lf, &Options::default()).unwrap(), text.replace("\"said \"\"hi\"\"\nthen left\"", ""));
}

#[test]
fn a_row_with_the_wrong_number_of_fields_is_invalid_request_and_the_rest_go_on() {
    let input = "ref,program,mh_sud_disorder\na,ne-peer-support\nb,ne-peer-support,yes,extra\nc,ne-peer-support,yes\n";
    let r = rows(input.as_bytes(), &Options::default());
    assert_eq!(r[0][13], "invalid_request");
    assert_eq!(r[0][15], "the row has 2 fields; the header has 3");
    assert_eq!(r[1][15], "the row has 4 fields; the header has 3");
    assert_eq!((r[0][1].as_str(), r[1][1].as_str()), ("a", "b"));
    assert!(r[2][13].is_empty());
}

#[test]
fn a_row_that_is_not_utf8_is_invalid_request_with_its_ref_as_near_as_it_can_be() {
    let input = b"ref,program,mh_sud_disorder\nJos\xe9,ne-peer-support,yes\nok,ne-peer-support,no\n";
    let r = rows(input, &Options::default());
    assert_eq!(r[0][13], "invalid_request");
    assert!(r[0][15].contains("not UTF-8"), "{}", r[0][15]);
    assert_eq!(r[0][1], "Jos\u{fffd}");
    assert!(r[1][13].is_empty());
}

#[test]
fn unknown_columns_are_named_once_and_ignored() {
    let input =
        "ref,program,notes,mh_sud_disorder,Notes,notes,,dsm5_diagnosis_typo\nx,ne-peer-support,n,yes,n,n,,yes\n";
    let reader = Reader::new(input.as_bytes(), &Options::default(), today()).unwrap_or_else(|_| panic!());
    assert_eq!(reader.caseload().ignored(), ["notes", "Notes", "column 7", "dsm5_diagnosis_typo"]);
    // Header names are trimmed, and case-sensitive.
    let input = " ref , program ,Program\nx,ne-peer-support,y\n";
    let reader = Reader::new(input.as_bytes(), &Options::default(), today()).unwrap_or_else(|_| panic!());
    assert_eq!(reader.caseload().ignored(), ["Program"]);
    assert!(reader.caseload().has_program_column());
}

#[test]
fn files_that_cannot_be_screened_at_all() {
    let none = Options::default();
    let cases: Vec<(&[u8], Options, Unusable)> = vec![
        (b"", none.clone(), Unusable::Empty),
        (b"\xEF\xBB\xBF", none.clone(), Unusable::Empty),
        (b"\n\r\n\n", none.clone(), Unusable::Empty),
        (b"PK\x03\x04\x14\x00\x06\x00", none.clone(), Unusable::Workbook(Workbook::Zip)),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", none.clone(), Unusable::Workbook(Workbook::Ole)),
        (b"\xFF\xFEr\x00e\x00f\x00", none.clone(), Unusable::Utf16),
        (b"ref\x00,program\n", none.clone(), Unusable::NotText),
        (b"r\xe9f,program\n", none.clone(), Unusable::HeaderNotUtf8),
        (b"nc-pss,yes,no\nnc-pss,yes,no\n", none.clone(), Unusable::NoHeader),
        (b"ref,program,ref\n", none.clone(), Unusable::DuplicateColumn("ref".into())),
        (b"program,actt, actt\n", none.clone(), Unusable::DuplicateColumn("actt".into())),
        (b"ref,dsm5_diagnosis\nx,yes\n", none.clone(), Unusable::NoProgram),
    ];
    for (input, options, want) in cases {
        assert_eq!(screen(input, &options).unwrap_err(), want, "{}", String::from_utf8_lossy(input));
    }
    // Options the contract refuses, in its words.
    for (options, code, words) in [
        (with_program("xx"), "unknown_program", "there is no program \"xx\""),
        (Options { as_of: Some("2026/11/22".into()), ..with_program("nc-pss") }, "invalid_request", "`as_of`"),
        (Options { lang: Some("fr".into()), ..Options::default() }, "invalid_request", "`lang`"),
        (Options { audience: Some("kids".into()), ..Options::default() }, "invalid_request", "`audience`"),
    ] {
        match screen(b"ref,program\n", &options).unwrap_err() {
            Unusable::Option(e) => {
                assert_eq!(e.code.code(), code);
                assert!(e.message().contains(words), "{}", e.message());
            }
            other => panic!("{other:?}"),
        }
    }
    // A header and no program column, with a program chosen for the run: fine, and no rows.
    assert_eq!(screen(b"ref,dsm5_diagnosis\n", &with_program("nc-pss")).unwrap(), HEADER);
    // A program chosen before a program's start date is each row's not_in_force, not the file's.
    let r = rows(b"ref\nx\n", &Options { as_of: Some("2000-01-01".into()), ..with_program("mo-peer-support") });
    assert_eq!(r[0][13], "not_in_force");
}

#[test]
fn the_header_alone_is_a_file_of_no_rows() {
    assert_eq!(screen(b"ref,program", &Options::default()).unwrap(), HEADER);
    assert_eq!(screen(b"\xEF\xBB\xBFref,program\r\n", &Options::default()).unwrap(), HEADER);
}

#[test]
fn a_rows_bytes_can_be_read_again_from_where_it_begins() {
    let input =
        b"\xEF\xBB\xBFref,program,mh_sud_disorder\r\n\"a,\r\nb\",ne-peer-support,yes\r\nc,ne-peer-support,no\r\n";
    let mut reader = Reader::new(&input[..], &Options::default(), today()).unwrap_or_else(|_| panic!());
    let mut starts = Vec::new();
    while let Some(row) = reader.next_row().unwrap() {
        starts.push((reader.record_start(), row.reference.clone()));
    }
    assert_eq!(reader.offset(), input.len() as u64);
    for (start, reference) in starts {
        let record = screener_caseload::record_at(&input[start as usize..]).unwrap();
        assert_eq!(reader.caseload().reference(&record), reference);
    }
}

#[test]
fn templates_are_each_programs_header_row() {
    for program in screener::rules::ALL {
        let template = screener_caseload::template(program);
        let reader = Reader::new(template.as_bytes(), &Options::default(), today()).unwrap_or_else(|_| panic!());
        assert!(reader.caseload().ignored().is_empty(), "{}", program.id);
        let ids: Vec<&str> = template.trim_end().split(',').skip(2).collect();
        assert_eq!(ids, program.questions.iter().map(|q| q.id).collect::<Vec<_>>());
    }
}

/// The index of a result column by its name.
fn at(column: &str) -> usize {
    write::COLUMNS.iter().position(|c| *c == column).unwrap_or_else(|| panic!("no column {column}"))
}

#[test]
fn policy_status_is_draft_for_north_carolinas_rows_and_published_for_the_others() {
    let mut input = String::from("ref,program\n");
    for program in screener::rules::ALL {
        input.push_str(&format!("{0},{0}\n", program.id));
    }
    input.push_str("bad,xx\n");
    let r = rows(input.as_bytes(), &Options::default());
    assert_eq!(r.len(), screener::rules::ALL.len() + 1);
    let mut drafts = Vec::new();
    for row in &r[..screener::rules::ALL.len()] {
        assert!(row[at("error_code")].is_empty(), "{row:?}");
        match row[at("policy_status")].as_str() {
            "draft" => drafts.push(row[at("program")].clone()),
            "published" => {}
            other => panic!("{other}: {row:?}"),
        }
    }
    assert_eq!(drafts, ["nc-pss", "nc-pss-continued-stay"]);
    // A row that could not be screened has no policy status.
    let bad = r.last().expect("the bad row");
    assert_eq!((bad[at("error_code")].as_str(), bad[at("policy_status")].as_str()), ("unknown_program", ""));
}

/// The reasons column of a `mo-peer-support` request in family wording for someone born on
/// 2011-03-04 (15 on the screening date), about `subject` (or the default), screened on its own
/// as a caseload's row writes it.
fn family_reasons(subject: Option<&str>) -> String {
    use screener_contract::Json;
    let text = |s: &str| Json::String(s.to_owned());
    let mut fields = vec![("program".to_owned(), text("mo-peer-support")), ("audience".to_owned(), text("family"))];
    if let Some(subject) = subject {
        fields.push(("subject".to_owned(), text(subject)));
    }
    let answers = vec![("birth_date".to_owned(), text("2011-03-04"))];
    fields.push(("answers".to_owned(), Json::Object(answers)));
    let row = screener_caseload::RowResult {
        row: 1,
        reference: String::new(),
        outcome: screener_contract::screen_request(&Json::Object(fields), today, screener::model::Lang::En),
    };
    let mut out = Vec::new();
    write::header(&mut out);
    write::row(&row, &mut out);
    let mut reader = csv::ReaderBuilder::new().from_reader(&out[..]);
    let record = reader.records().next().expect("a row").expect("RFC 4180");
    assert!(record[at("error_code")].is_empty(), "{subject:?}: {record:?}");
    record[at("reasons")].to_owned()
}

#[test]
fn the_subject_column_and_option_choose_whom_the_family_wording_speaks_of() {
    let (child, person) = (family_reasons(Some("child")), family_reasons(None));
    assert!(child.contains("Your child is 15 on 2026-11-22."), "{child}");
    assert!(person.contains("You are 15 on 2026-11-22."), "{person}");

    let input = "ref,program,audience,subject,birth_date\n\
                 a,mo-peer-support,family,child,2011-03-04\n\
                 b,mo-peer-support,family,,2011-03-04\n\
                 c,mo-peer-support,family,self,2011-03-04\n\
                 d,ne-family-peer-support,family,child,\n\
                 e,mo-peer-support,family,Child,2011-03-04\n\
                 f,mo-peer-support,staff,child,2011-03-04\n";
    let r = rows(input.as_bytes(), &Options::default());
    assert_eq!(r[0][at("reasons")], child);
    assert_eq!(r[1][at("reasons")], person);
    assert_eq!(r[2][at("reasons")], person);
    // Family Peer Support speaks to the caregiver: `child` is the row's invalid_request.
    assert_eq!(r[3][at("error_code")], "invalid_request");
    assert!(r[3][at("error_message")].contains("`subject` \"child\" is not offered"), "{:?}", r[3]);
    // Codes are case-sensitive, as in JSON.
    assert_eq!(r[4][at("error_code")], "invalid_request");
    // Staff wording has no subject.
    assert!(r[5][at("error_code")].is_empty() && r[5][at("reasons")] != child, "{:?}", r[5]);

    // The option: for rows whose subject cell is empty (or that have no subject column).
    let options = Options { subject: Some("child".into()), ..Options::default() };
    let r = rows(input.as_bytes(), &options);
    assert_eq!(r[1][at("reasons")], child);
    assert_eq!(r[2][at("reasons")], person, "the row's own cell wins");
    let r = rows(b"ref,program,audience,birth_date\na,mo-peer-support,family,2011-03-04\n", &options);
    assert_eq!(r[0][at("reasons")], child);
    // A subject the contract does not know makes the file unusable, in the contract's words;
    // `child` with a program that does not offer it is each row's error, as rows may name
    // their own program.
    match screen(b"ref,program\n", &Options { subject: Some("kid".into()), ..Options::default() }) {
        Err(Unusable::Option(e)) => assert!(e.message().contains("`subject`"), "{}", e.message()),
        other => panic!("{other:?}"),
    }
    let options = Options { subject: Some("child".into()), ..with_program("ne-family-peer-support") };
    let r = rows(b"ref\nx\n", &options);
    assert_eq!(r[0][at("error_code")], "invalid_request");
}

/// `input` read to its end: the result rows written, and why the rows stopped, if they did.
fn screen_to_the_end(input: impl Read, options: &Options) -> (String, Option<Unclosed>) {
    let mut reader = match Reader::new(input, options, today()) {
        Ok(reader) => reader,
        Err(OpenError::Unusable(Unusable::Unclosed(u))) => return (String::new(), Some(u)),
        Err(e) => panic!("{e:?}"),
    };
    let mut out = Vec::new();
    write::header(&mut out);
    loop {
        match reader.next_row() {
            Ok(Some(row)) => write::row(&row, &mut out),
            Ok(None) => return (String::from_utf8(out).expect("UTF-8"), None),
            Err(ReadError::Unclosed(u)) => {
                // Nothing after it.
                assert!(matches!(reader.next_row(), Ok(None) | Err(ReadError::Unclosed(_))));
                return (String::from_utf8(out).expect("UTF-8"), Some(u));
            }
            Err(ReadError::Io(e)) => panic!("{e}"),
        }
    }
}

/// A source that gives at most `most` bytes a read, to cut quotes and line ends anywhere.
struct Trickle<'a> {
    bytes: &'a [u8],
    most: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.most.min(buf.len()).min(self.bytes.len());
        buf[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

#[test]
fn a_quote_never_closed_stops_the_rows_where_it_opens() {
    // Row 1 spans lines 2 and 3; a blank line is line 5; row 3 opens a quote on line 6 that
    // never closes: lines 6 to 8 are not screened.
    let input = "ref,program,mh_sud_disorder,notes\n\
                 a,ne-peer-support,yes,\"two\nlines\"\n\
                 b,ne-peer-support,no,\n\
                 \n\
                 c,ne-peer-support,yes,\"never closed\n\
                 d,ne-peer-support,yes,\n\
                 e,ne-peer-support,no,\n";
    let (out, unclosed) = screen_to_the_end(input.as_bytes(), &Options::default());
    assert_eq!(unclosed, Some(Unclosed { row: 3, line: 6, lines_not_screened: 3 }));
    // Exactly the rows before it, as they are written without it.
    let before = "ref,program,mh_sud_disorder,notes\na,ne-peer-support,yes,\"two\nlines\"\nb,ne-peer-support,no,\n";
    assert_eq!(out, screen(before.as_bytes(), &Options::default()).expect("usable"));
    assert_eq!(out.lines().count(), 3, "the header and rows 1 and 2");

    // The same file from a spreadsheet: a BOM and CRLF; read a few bytes at a time.
    let crlf = format!("\u{feff}{}", input.replace('\n', "\r\n"));
    for most in [1, 2, 5, 4096] {
        let (same, unclosed) = screen_to_the_end(Trickle { bytes: crlf.as_bytes(), most }, &Options::default());
        assert_eq!(unclosed, Some(Unclosed { row: 3, line: 6, lines_not_screened: 3 }), "{most} bytes a read");
        assert_eq!(same, out, "{most} bytes a read");
    }
    // Without a line end after the last row; and in the last row.
    let (_, unclosed) = screen_to_the_end(input.trim_end().as_bytes(), &Options::default());
    assert_eq!(unclosed, Some(Unclosed { row: 3, line: 6, lines_not_screened: 3 }));
    let (out, unclosed) = screen_to_the_end(&b"ref,program\na,nc-pss\n\"b,nc-pss\n"[..], &Options::default());
    assert_eq!(unclosed, Some(Unclosed { row: 2, line: 3, lines_not_screened: 1 }));
    assert_eq!(out.lines().count(), 2);
}

#[test]
fn a_quote_never_closed_far_into_a_long_file() {
    // Far beyond the readers' buffers: every row before it is screened.
    let mut input = String::from("ref,program,mh_sud_disorder\n");
    for n in 1..=5000 {
        input.push_str(&format!("\"r, {n}\",ne-peer-support,yes\n"));
    }
    input.push_str("late,ne-peer-support,\"yes\n");
    for n in 0..100 {
        input.push_str(&format!("after {n},ne-peer-support,yes\n"));
    }
    let (out, unclosed) = screen_to_the_end(input.as_bytes(), &Options::default());
    assert_eq!(unclosed, Some(Unclosed { row: 5001, line: 5002, lines_not_screened: 101 }));
    assert_eq!(out.lines().count(), 5001);
    let last = out.lines().last().expect("rows");
    assert!(last.starts_with("5000,\"r, 5000\",ne-peer-support,"), "{last}");
}

#[test]
fn a_quote_never_closed_in_the_header_makes_the_file_unusable() {
    let input = b"ref,program,\"notes\nA,nc-pss,x\nB,nc-pss,y\n";
    assert_eq!(
        screen(input, &Options::default()).unwrap_err(),
        Unusable::Unclosed(Unclosed { row: 0, line: 1, lines_not_screened: 3 })
    );
    // Even where the swallowed header would pass for one.
    let input = b"\n\"ref,program\n";
    assert_eq!(
        screen(input, &with_program("nc-pss")).unwrap_err(),
        Unusable::Unclosed(Unclosed { row: 0, line: 2, lines_not_screened: 1 })
    );
}

#[test]
fn quotes_that_are_text_or_doubled_or_closed_stop_nothing() {
    // A quote inside an unquoted field is text; `""` in a quoted field is a quote; a field may
    // go on after its closing quote (the csv crate reads `"a"b` as `ab`).
    let input = "ref,program,mh_sud_disorder,notes\n\
                 5'11\",ne-peer-support,yes,said \"hi\n\
                 \"say \"\"hi\"\"\",ne-peer-support,yes,\"\"\n\
                 \"a\"b,ne-peer-support,no,\"x\ny\"\n";
    let (out, unclosed) = screen_to_the_end(input.as_bytes(), &Options::default());
    assert_eq!(unclosed, None);
    let r = rows(input.as_bytes(), &Options::default());
    let refs: Vec<&str> = r.iter().map(|r| r[at("ref")].as_str()).collect();
    assert_eq!(refs, ["5'11\"", "say \"hi\"", "ab"]);
    assert!(r.iter().all(|r| r[at("error_code")].is_empty()), "{out}");
}
