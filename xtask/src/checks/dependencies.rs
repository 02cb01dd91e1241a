//! The core's dependency tree (ARCHITECTURE.md): no JSON text, nothing of the browser, no UI
//! framework, no clock. Checked on `cargo tree`, so that an added dependency fails CI instead of
//! waiting for a reviewer.

use crate::util::{self, Run};

/// Crates the screening core must never depend on.
const NOT_IN_THE_CORE: &[&str] =
    &["serde_json", "wasm-bindgen", "js-sys", "web-sys", "yew", "gloo", "serde-wasm-bindgen"];

/// Fails when the core's dependency tree (normal and build dependencies, every target) holds a
/// crate of [`NOT_IN_THE_CORE`], or chrono with its `clock` feature.
pub fn check_core() -> util::Result {
    let tree = util::cargo(&[
        "tree",
        "-p",
        "peer-support-screener",
        "-e",
        "normal,build",
        "--target",
        "all",
        "--prefix",
        "none",
        "-f",
        "{p} [{f}]",
        "--locked",
    ])
    .read()?;
    problems(&tree).map_or(Ok(()), Err)
}

/// What is wrong with a `cargo tree` listing of the core (`{p} [{f}]` a line), if anything.
fn problems(tree: &str) -> Option<String> {
    let mut problems = Vec::new();
    for line in tree.lines() {
        let name = line.split_whitespace().next().unwrap_or_default();
        if NOT_IN_THE_CORE.contains(&name) {
            problems.push(format!("the core depends on {name}"));
        }
        if name == "chrono" && line.contains("clock") {
            problems.push("the core depends on chrono's clock".to_owned());
        }
    }
    (!problems.is_empty()).then(|| problems.join("; "))
}

#[cfg(test)]
mod tests {
    use super::problems;

    #[test]
    fn json_browser_and_clock_crates_are_refused() {
        let clean = "peer-support-screener v0.2.0 (/p) []\nchrono v0.4.42 [std]\nnum-traits v0.2.19 [std]\n";
        assert_eq!(problems(clean), None);
        let dirty = "peer-support-screener v0.2.0 (/p) []\nchrono v0.4.42 [clock,std]\nserde_json v1.0.1 [std]\n";
        assert_eq!(
            problems(dirty).as_deref(),
            Some("the core depends on chrono's clock; the core depends on serde_json")
        );
    }
}
