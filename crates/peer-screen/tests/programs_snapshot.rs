//! `peer-screen programs` against `tests/snapshots/programs.json`, the catalog pretty-printed in
//! the binary's own order of fields: any change to what others build their forms on shows up in
//! review as a diff of that file. Rewrite it with `UPDATE_SNAPSHOTS=1 cargo test -p peer-screen
//! --test programs_snapshot`.

use std::process::Command;

use screener_contract::Json;

const SNAPSHOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/snapshots/programs.json");

/// `value` as serde_json's pretty printer writes it (two spaces, `": "`), keeping the order of
/// object keys as given (a `serde_json::Value` would sort them).
fn pretty(value: &Json, indent: usize, out: &mut String) {
    let pad = |out: &mut String, n: usize| out.extend(std::iter::repeat_n("  ", n));
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::UInt(n) => out.push_str(&n.to_string()),
        Json::Int(n) => out.push_str(&n.to_string()),
        Json::Float(f) => out.push_str(&serde_json::to_string(f).unwrap()),
        Json::String(s) => out.push_str(&serde_json::to_string(s).unwrap()),
        Json::Array(items) if items.is_empty() => out.push_str("[]"),
        Json::Object(entries) if entries.is_empty() => out.push_str("{}"),
        Json::Array(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                pad(out, indent + 1);
                pretty(item, indent + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            pad(out, indent);
            out.push(']');
        }
        Json::Object(entries) => {
            out.push_str("{\n");
            for (i, (key, item)) in entries.iter().enumerate() {
                pad(out, indent + 1);
                out.push_str(&serde_json::to_string(key).unwrap());
                out.push_str(": ");
                pretty(item, indent + 1, out);
                out.push_str(if i + 1 < entries.len() { ",\n" } else { "\n" });
            }
            pad(out, indent);
            out.push('}');
        }
    }
}

#[test]
fn programs_matches_its_snapshot() {
    let output = Command::new(env!("CARGO_BIN_EXE_peer-screen")).arg("programs").output().unwrap();
    assert!(output.status.success());
    let catalog: Json = serde_json::from_slice(&output.stdout).unwrap();
    let mut text = String::new();
    pretty(&catalog, 0, &mut text);
    text.push('\n');
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1") {
        std::fs::write(SNAPSHOT, &text).unwrap_or_else(|e| panic!("{SNAPSHOT}: {e}"));
        return;
    }
    let stored = std::fs::read_to_string(SNAPSHOT).unwrap_or_default();
    if stored != text {
        let line = stored
            .lines()
            .zip(text.lines())
            .position(|(a, b)| a != b)
            .map_or_else(|| stored.lines().count().min(text.lines().count()) + 1, |i| i + 1);
        panic!(
            "`peer-screen programs` differs from tests/snapshots/programs.json (first at line {line}): if the \
             change is meant, rerun with UPDATE_SNAPSHOTS=1 to rewrite the snapshot, and review its diff"
        );
    }
}

#[test]
fn the_pretty_printer_writes_what_serde_json_writes() {
    let value = serde_json::json!({"a": [1, {"b": null, "c": []}], "d": {}, "e": "x\"y", "f": -2, "g": 1.5});
    let json: Json = serde_json::from_value(value.clone()).unwrap();
    let mut ours = String::new();
    pretty(&json, 0, &mut ours);
    assert_eq!(ours, serde_json::to_string_pretty(&value).unwrap());
}
