//! `peer-screen` as a user runs it (SCREENING.md §9): `programs`, `check` with a file and with
//! standard input, exit codes, and `batch` carrying on past bad lines of every kind.

mod common;

use common::run;
use serde_json::Value;

const GOOD: &str = r#"{"program":"nc-pss","as_of":"2026-11-22","answers":{"dsm5_diagnosis":true}}"#;

#[test]
fn programs_lists_the_catalog() {
    let out = run(&["programs"], b"");
    assert!(out.status.success());
    let catalog: Value = serde_json::from_slice(&out.stdout).unwrap();
    let programs = catalog["programs"].as_array().unwrap();
    assert_eq!(programs.len(), 9);
    for p in programs {
        let mut keys: Vec<_> = p.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        let mut want = [
            "id",
            "state",
            "title",
            "stage",
            "review_of",
            "version",
            "policy_status",
            "effective_from",
            "subjects",
            "questions",
            "criteria",
            "service",
        ];
        want.sort_unstable();
        assert_eq!(keys, want);
        // Draft for North Carolina's programs, whose source is a 2018 draft (SCREENING.md §3).
        let draft = p["state"] == "NC";
        assert_eq!(p["policy_status"], if draft { "draft" } else { "published" }, "{}", p["id"]);
        // `family_child` is offered, and given, exactly where `subjects` holds `child` (§9).
        let child = p["subjects"].as_array().unwrap().iter().any(|s| s == "child");
        assert_eq!(p["title"]["family_child"].is_object(), child, "{}", p["id"]);
        assert!(p["title"]["family_child"].is_null() || p["title"]["family_child"]["es"].is_string());
        match p["stage"].as_str().unwrap() {
            "admission" => assert!(p["review_of"].is_null()),
            "continued_stay" => {
                assert!(programs.iter().any(|a| a["id"] == p["review_of"] && a["stage"] == "admission"))
            }
            other => panic!("stage {other}"),
        }
        for voice in ["staff", "family"] {
            for lang in ["en", "es"] {
                assert!(p["title"][voice][lang].is_string());
            }
        }
        for q in p["questions"].as_array().unwrap() {
            let t = q["type"].as_str().unwrap();
            assert!(["yes_no", "date", "multi_select", "single_choice", "count"].contains(&t));
            assert!(q["parent"].is_null() || q["parent"].is_string());
            assert!(q["text"]["family"]["es"].is_string());
            assert!(q["options"].is_array());
        }
        for c in p["criteria"].as_array().unwrap() {
            assert!(c["questions"].as_array().unwrap().iter().all(Value::is_string));
            assert!(c["source"]["quote"].is_string() && c["source"]["document"].is_string());
        }
    }
    assert_eq!(programs[3]["effective_from"], "2014-10-01");
    // §9's order of fields, as written.
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with(r#"{"programs":[{"id":"nc-pss","state":"NC","title":{"staff":{"en":"#), "{text}");
    assert!(text.contains(r#"}},"stage":"admission","review_of":null,"version":"#));
    assert!(text.contains(r#","policy_status":"draft","effective_from":null,"subjects":["self","child"],"questions":"#));
    assert!(text.contains(r#","policy_status":"published","effective_from":null,"subjects":["self"],"questions":"#));
    assert!(text.contains(r#"}},"stage":"continued_stay","review_of":"nc-pss","version":"#));
}

#[test]
fn check_reads_a_file_or_standard_input() {
    let dir = std::env::temp_dir().join(format!("peer-screen-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("request.json");
    std::fs::write(&file, GOOD).unwrap();
    let from_file = run(&["check", file.to_str().unwrap()], b"");
    let from_stdin = run(&["check"], GOOD.as_bytes());
    assert!(from_file.status.success() && from_stdin.status.success());
    assert_eq!(from_file.stdout, from_stdin.stdout);
    let response: Value = serde_json::from_slice(&from_file.stdout).unwrap();
    assert_eq!(response["outcome"], "incomplete");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn check_exits_2_with_the_error_on_stdout_and_its_message_on_stderr() {
    for (input, code) in [
        (&b"not json"[..], "invalid_request"),
        (b"", "invalid_request"),
        (b"\xff\xfe", "invalid_request"),
        (br#"{"program":"xx"}"#, "unknown_program"),
        (br#"{"program":"nc-pss","answers":{"typo":1}}"#, "unknown_question"),
    ] {
        let out = run(&["check"], input);
        assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(input));
        let error: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(error["error"]["code"], code);
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains(error["error"]["message"].as_str().unwrap()), "{stderr}");
    }
}

#[test]
fn check_defaults_as_of_to_today() {
    let out = run(&["check"], br#"{"program":"ne-peer-support"}"#);
    let response: Value = serde_json::from_slice(&out.stdout).unwrap();
    let today = chrono::Local::now().date_naive().format("%Y-%m-%d").to_string();
    assert_eq!(response["as_of"], today.as_str());
}

#[test]
fn batch_answers_every_line_in_order_and_carries_on() {
    let mut input = Vec::new();
    input.extend_from_slice(GOOD.as_bytes());
    input.extend_from_slice(b"\n\n{oops\n");
    input.extend_from_slice(b"\xff\n");
    input.extend_from_slice(b"[1,2]\r\n");
    input.extend_from_slice(GOOD.as_bytes());
    input.extend_from_slice(b"\r\n");
    input
        .extend_from_slice(br#"{"program":"mo-peer-support","as_of":"2026-11-22","answers":{"planned_units_day":-1}}"#);
    // The last line has no newline.
    input.extend_from_slice(b"\n");
    input.extend_from_slice(GOOD.as_bytes());
    let out = run(&["batch"], &input);
    assert!(out.status.success());
    let lines: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let codes: Vec<String> = lines
        .iter()
        .map(|l| {
            l["error"]["code"].as_str().map(str::to_owned).unwrap_or_else(|| l["outcome"].as_str().unwrap().to_owned())
        })
        .collect();
    assert_eq!(
        codes,
        [
            "incomplete",
            "invalid_request",
            "invalid_request",
            "invalid_request",
            "invalid_request",
            "incomplete",
            "invalid_answer",
            "incomplete"
        ]
    );
    assert_eq!(lines[6]["error"]["question"], "planned_units_day");
}

#[test]
fn batch_of_nothing_is_nothing() {
    let out = run(&["batch"], b"");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn unknown_commands_get_the_usage() {
    let out = run(&["screen"], b"");
    assert_eq!(out.status.code(), Some(64));
    assert!(String::from_utf8(out.stderr).unwrap().contains("usage"));
}
