//! `cargo xtask test`: what CI runs. `setup`, then every check and test, in the order that fails
//! fastest: the core's dependencies, the files' imports, formatting, lints (native and wasm32),
//! docs, the native suite, the browser tests of the Yew components, then the end-to-end tests
//! and a short soak against the built site. Each step says how long it took.

use crate::checks::dependencies;
use crate::http::server::Server;
use crate::util::{self, Run};

/// The packages that build for wasm32: the core, the contract, the widget's state and the
/// widget, and the caseload and its page.
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

/// The parts whose import cycles fail the step: all of them.
const NO_CYCLES_IN: &[&str] = &["src", "crates", "xtask"];

pub fn run() -> util::Result {
    let tools = crate::tools::run_all()?;
    let root = util::root();

    util::step("the core depends on no JSON, browser or clock crate");
    dependencies::check_core()?;

    util::step("no file imports another that imports it back");
    no_import_cycles()?;

    util::step("rustfmt");
    util::cargo(&["fmt", "--all", "--check"]).run()?;

    util::step("clippy, native, warnings denied");
    util::cargo(&["clippy", "--workspace", "--all-targets", "--locked", "--", "-D", "warnings"]).run()?;

    util::step("clippy, wasm32, warnings denied");
    let mut wasm_clippy = vec!["clippy", "--all-targets", "--locked", "--target", "wasm32-unknown-unknown"];
    wasm_clippy.extend(WASM_PACKAGES);
    wasm_clippy.extend(["--", "-D", "warnings"]);
    util::cargo(&wasm_clippy).run()?;
    // The widget's other builds: for families, in each language (`cargo xtask dist` ships them),
    // and natively with the server-side rendering that writes the pages' first screens.
    for lang in ["lang-en", "lang-es"] {
        let target = ["--target", "wasm32-unknown-unknown", "--no-default-features", "--features", lang];
        util::cargo(
            &[&["clippy", "-p", "screener-widget", "--locked"][..], &target, &["--", "-D", "warnings"]].concat(),
        )
        .run()?;
    }
    util::cargo(&[
        "clippy",
        "-p",
        "screener-widget",
        "--locked",
        "--features",
        "ssr",
        "--bins",
        "--",
        "-D",
        "warnings",
    ])
    .run()?;

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

    crate::dist::run(&tools)?;
    util::step("end to end in Chromium against dist/");
    let server = Server::start(&root.join("dist"), 0)?;
    let peer_screen = root.join("target/debug/peer-screen");
    util::command("node")
        .args(["--test", "--test-concurrency=1", "e2e/"])
        .env("BASE_URL", server.url())
        .env("PEER_SCREEN", &peer_screen)
        .env("CASES_DIR", root.join("tests/cases"))
        .env("CHROMIUM", &tools.chromium)
        .current_dir(&root)
        .run()?;
    crate::soak::run(&tools, &server.url(), true)?;
    drop(server);
    util::finish_step();
    Ok(())
}

/// Fails on any import cycle among the files of [`NO_CYCLES_IN`].
fn no_import_cycles() -> util::Result {
    let failing = crate::cycles::report(NO_CYCLES_IN)?;
    if failing.is_empty() {
        Ok(())
    } else {
        Err(format!("{} import cycle(s) in {}", failing.len(), NO_CYCLES_IN.join(", ")))
    }
}
