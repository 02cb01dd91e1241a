//! Table-driven screening cases through the public contract: every line of every
//! `tests/cases/*.jsonl` file (the shared public cases and our own), through the library and
//! through the `peer-screen batch` binary.
//!
//! A case is `{"name", "request", "expect"}`; `expect` holds `policy_status`, `outcome`, `eligible_from`,
//! `rescreen_on`, `transitions`, `criteria` (id to status) and `missing` for a screening, and
//! may hold `reasons` (criterion id to its exact reason, in the request's language and
//! audience) and `next_steps` (the exact list); or `error` (the code) and `question` for bad
//! input. Every key given is checked exactly, and every response must carry its rulebook's
//! `version`.

mod common;

use serde_json::{json, Value};

fn cases() -> Vec<(String, Value, Value)> {
    common::cases().into_iter().map(|case| (case.name, case.request, case.expect)).collect()
}

/// What a response says, in the shape of an `expect`.
fn summary(response: &Value) -> Value {
    if let Some(error) = response.get("error") {
        let mut s = json!({ "error": error["code"] });
        if let Some(q) = error.get("question") {
            s["question"] = q.clone();
        }
        return s;
    }
    let criteria: serde_json::Map<String, Value> = response["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["id"].as_str().unwrap().to_owned(), c["status"].clone()))
        .collect();
    let reasons: serde_json::Map<String, Value> = response["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["id"].as_str().unwrap().to_owned(), c["reason"].clone()))
        .collect();
    json!({
        "policy_status": response["policy_status"],
        "outcome": response["outcome"],
        "eligible_from": response["eligible_from"],
        "rescreen_on": response["rescreen_on"],
        "transitions": response["transitions"],
        "criteria": criteria,
        "missing": response["missing"],
        "reasons": reasons,
        "next_steps": response["next_steps"],
    })
}

fn check(name: &str, expect: &Value, response: &Value, failures: &mut Vec<String>) {
    let got = summary(response);
    for (key, want) in expect.as_object().unwrap() {
        if key == "reasons" {
            // Only the reasons named, each exactly.
            for (id, text) in want.as_object().unwrap() {
                if got["reasons"].get(id) != Some(text) {
                    failures.push(format!("{name}: reason of `{id}` expected {text}, got {}", got["reasons"][id]));
                }
            }
        } else if got.get(key) != Some(want) {
            failures.push(format!("{name}: `{key}` expected {want}, got {}", got.get(key).unwrap_or(&Value::Null)));
        }
    }
    if response.get("error").is_none() {
        let program = screener::rules::find(response["program"].as_str().unwrap_or_default());
        if program.is_none_or(|p| response["version"] != p.version) {
            failures.push(format!("{name}: `version` is {}, not the rulebook's", response["version"]));
        }
        // Every criterion of the program is listed; nothing more.
        if let Some(want) = expect.get("criteria") {
            if want.as_object().unwrap().len() != got["criteria"].as_object().unwrap().len() {
                failures.push(format!("{name}: criteria count differs"));
            }
        }
    }
}

/// The response of the library (the contract's serde view, written by serde_json), as text.
fn respond_text(request: &Value) -> String {
    let json: screener_contract::Json = serde_json::from_value(request.clone()).unwrap();
    let today = || chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    match screener_contract::screen_request(&json, today, screener::model::Lang::En) {
        Ok(s) => serde_json::to_string(&s.response()).unwrap(),
        Err(e) => serde_json::to_string(&e).unwrap(),
    }
}

fn respond(request: &Value) -> Value {
    serde_json::from_str(&respond_text(request)).unwrap()
}

#[test]
fn every_case_through_the_library() {
    let mut failures = Vec::new();
    let cases = cases();
    for (name, request, expect) in &cases {
        check(name, expect, &respond(request), &mut failures);
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn every_case_through_peer_screen_batch() {
    let cases = cases();
    let mut input = String::new();
    for (_, request, _) in &cases {
        input.push_str(&request.to_string());
        input.push('\n');
    }
    let output = common::run(&["batch"], input.as_bytes());
    assert!(output.status.success());
    let lines: Vec<&str> = std::str::from_utf8(&output.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), cases.len(), "one output line per input line");
    let mut failures = Vec::new();
    for ((name, request, expect), line) in cases.iter().zip(lines) {
        check(name, expect, &serde_json::from_str(line).unwrap(), &mut failures);
        // The fast writer of `peer-screen batch` gives the serde view's very bytes (where the
        // binary's clock cannot make the two differ).
        if request.get("as_of").is_some() && line != respond_text(request) {
            failures.push(format!("{name}: batch bytes differ from the serde view"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
