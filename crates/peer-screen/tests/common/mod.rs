//! What the test files of `peer-screen` share: the binary run as a user runs it, and the case
//! files of `tests/cases/` (the shared public cases and ours) read once, the same way.

#![allow(dead_code)] // each test file uses what it needs of this module

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// `peer-screen ARGS` with `stdin` written to it (from another thread, so that a large input and a
/// large output cannot block each other), to its end.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_peer-screen"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}

/// One case of a `tests/cases/*.jsonl` file.
pub struct Case {
    /// `name (file:line)`.
    pub name: String,
    /// The file's name, e.g. `public.jsonl`, and the case's own name.
    pub file: String,
    pub title: String,
    pub request: Value,
    pub expect: Value,
}

/// Every case of every `tests/cases/*.jsonl` file, in file and line order.
pub fn cases() -> Vec<Case> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut out = Vec::new();
    for file in files.into_iter().filter(|f| f.extension().is_some_and(|e| e == "jsonl")) {
        let file_name = file.file_name().unwrap().to_string_lossy().into_owned();
        for (n, line) in std::fs::read_to_string(&file).unwrap().lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let case: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{file_name}:{}: {e}", n + 1));
            let title = case["name"].as_str().unwrap().to_owned();
            out.push(Case {
                name: format!("{title} ({file_name}:{})", n + 1),
                file: file_name.clone(),
                title,
                request: case["request"].clone(),
                expect: case["expect"].clone(),
            });
        }
    }
    assert!(out.len() >= 18, "expected the public cases at least, found {}", out.len());
    out
}
