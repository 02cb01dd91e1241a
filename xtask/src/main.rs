//! Project automation, the `cargo xtask` convention: every task a developer or CI runs, written
//! in Rust so that it needs nothing but the toolchain to start.
//!
//! - `setup`: installs what the other tasks need (the wasm32 target, wasm-bindgen-cli at the
//!   version of `Cargo.lock`, the npm packages of `package-lock.json`, Debian's Chromium and
//!   ChromeDriver). Each step is skipped when its tool is already there at the right version.
//! - `dist`: the static site in `dist/` (WebAssembly built for size, wasm-bindgen, wasm-opt).
//! - `serve`: `dist`, then serves it on localhost under the strict Content-Security-Policy.
//! - `test`: `setup`, then every test: native, the core on wasm32, wasm-bindgen-test in headless
//!   Chromium, and the end-to-end tests against the built site.
//! - `bench`: `peer-screen batch` and `peer-screen csv` throughput, the page-load benchmark and
//!   the caseload page's; writes `target/bench-report.md`.
//! - `soak [--short]`: a million hostile JSON Lines through `peer-screen batch` and ten thousand
//!   hostile JavaScript values through `screen()` in Chromium; writes `target/soak-report.md`.

mod bench;
mod caseload;
mod dist;
mod serve;
mod setup;
mod soak;
mod sri;
mod util;

use util::Run;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <task>

tasks:
  setup              install the wasm32 target, wasm-bindgen-cli, npm packages, Chromium
  dist               build the static site into dist/
  serve [--port N]   build dist/ and serve it on 127.0.0.1 (default port 8000) with the strict CSP
        [--no-build] serve dist/ as it is
  test               setup, then run every test (native, wasm32, browser, end to end, a short soak)
  bench [batch|csv|page|caseload]
                     benchmarks: peer-screen batch and csv throughput, page loads, the caseload
                     page (default all)
  soak [--short]     1,000,000 hostile JSON Lines natively and 10,000 hostile JS values in Chromium
                     (--short: 20,000 and 1,000); writes target/soak-report.md";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::run(),
        Some("dist") => setup::run_for_dist().and_then(|tools| dist::run(&tools)),
        Some("serve") => serve::task(&args[1..]),
        Some("test") => test(),
        Some("bench") => bench::run(args.get(1).map(String::as_str)),
        Some("soak") => soak::task(&args[1..]),
        Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(64);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Crates the screening core must never depend on (ARCHITECTURE.md): no JSON text, nothing of
/// the browser, no UI framework. Checked on `cargo tree`, so that an added dependency fails CI
/// instead of waiting for a reviewer.
const NOT_IN_THE_CORE: &[&str] =
    &["serde_json", "wasm-bindgen", "js-sys", "web-sys", "yew", "gloo", "serde-wasm-bindgen"];

/// Fails when the core's dependency tree (normal and build dependencies, every target) holds a
/// crate of [`NOT_IN_THE_CORE`], or chrono with its `clock` feature.
fn core_dependencies() -> util::Result {
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
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

/// The packages that build for wasm32: the core, the contract, the browser widget, and the
/// caseload and its page.
const WASM_PACKAGES: &[&str] = &[
    "-p",
    "peer-support-screener",
    "-p",
    "screener-contract",
    "-p",
    "screener-form",
    "-p",
    "screener-widget",
    "-p",
    "screener-caseload",
    "-p",
    "screener-caseload-web",
];

/// Every check and test, in the order that fails fastest: formatting, lints (native and wasm32),
/// docs, the native suite, the browser tests of the Yew components, then the end-to-end tests
/// against the built site.
fn test() -> util::Result {
    let tools = setup::run_all()?;
    let root = util::root();

    util::step("the core depends on no JSON, browser or clock crate");
    core_dependencies()?;

    util::step("rustfmt");
    util::cargo(&["fmt", "--all", "--check"]).run()?;

    util::step("clippy, native, warnings denied");
    util::cargo(&["clippy", "--workspace", "--all-targets", "--locked", "--", "-D", "warnings"]).run()?;

    util::step("clippy, wasm32, warnings denied");
    let mut wasm_clippy = vec!["clippy", "--all-targets", "--locked", "--target", "wasm32-unknown-unknown"];
    wasm_clippy.extend(WASM_PACKAGES);
    wasm_clippy.extend(["--", "-D", "warnings"]);
    util::cargo(&wasm_clippy).run()?;

    util::step("docs, warnings denied");
    util::cargo(&["doc", "--workspace", "--no-deps", "--document-private-items", "--locked"])
        .env("RUSTDOCFLAGS", "-D warnings")
        .run()?;

    util::step("native tests (cases, rulebooks, properties, command line, form, xtask)");
    util::cargo(&["test", "--workspace", "--locked"]).run()?;

    util::step("wasm-bindgen-test in headless Chromium");
    let wasm_test = |extra: &[&str]| {
        let mut args = vec!["test", "-p", "screener-widget", "--locked", "--target", "wasm32-unknown-unknown"];
        args.extend(extra);
        util::cargo(&args)
            .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", tools.wasm_bindgen_test_runner())
            .env("CHROMEDRIVER", &tools.chromedriver)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "300")
            .run()
    };
    wasm_test(&["--test", "web"])?;

    util::step("the pseudo-locale in headless Chromium: every screen worded from the tables");
    wasm_test(&["--features", "pseudo", "--test", "pseudo"])?;

    dist::run(&tools)?;
    util::step("end to end in Chromium against dist/");
    let server = serve::Server::start(&root.join("dist"), 0)?;
    let peer_screen = root.join("target/debug/peer-screen");
    util::command("node")
        .args(["--test", "--test-concurrency=1", "e2e/"])
        .env("BASE_URL", server.url())
        .env("PEER_SCREEN", &peer_screen)
        .env("CASES_DIR", root.join("tests/cases"))
        .env("CHROMIUM", &tools.chromium)
        .current_dir(&root)
        .run()?;
    soak::run(&tools, &server.url(), true)?;
    drop(server);
    util::finish_step();
    Ok(())
}
