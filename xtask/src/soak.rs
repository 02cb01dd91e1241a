//! `cargo xtask soak [--short]`: hostile inputs, generated, through request checking and
//! screening, natively and in the browser (`e2e/soak.mjs`), with a report in
//! `target/soak-report.md`: panics, traps and the slowest call. It fails on any panic, trap, lost
//! line, or answer that is neither a response nor a coded error.
//!
//! - natively, at least [`NATIVE`] JSON Lines (random JSON, wrong types, deep nesting, huge
//!   numbers, odd Unicode, malformed and non-UTF-8 lines, every field of every program of the
//!   catalog of `target/debug/peer-screen programs`) through `peer-screen batch`;
//! - in Chromium, at least [`BROWSER`] hostile JavaScript values (revoked proxies, throwing
//!   traps and getters, sparse arrays, cycles, BigInt, symbols, huge strings, …) through `screen()`
//!   of the built `peer-support-screener.js`.
//!
//! `--short` (what `cargo xtask test` runs) is the same at [`SHORT_NATIVE`] and [`SHORT_BROWSER`]:
//! a few seconds.

use std::path::Path;

use crate::http::server::Server;
use crate::tools::Tools;
use crate::util::{self, Run};

pub const NATIVE: u32 = 1_000_000;
pub const BROWSER: u32 = 10_000;
pub const SHORT_NATIVE: u32 = 20_000;
pub const SHORT_BROWSER: u32 = 1_000;

pub fn task(args: &[String]) -> util::Result {
    let short = match args {
        [] => false,
        [flag] if flag == "--short" => true,
        _ => return Err("soak takes --short or nothing".into()),
    };
    let tools = crate::tools::run_all()?;
    util::cargo(&["build", "-p", "peer-screen", "--locked"]).run()?;
    crate::dist::run(&tools)?;
    let root = util::root();
    let server = Server::start(&root.join("dist"), 0)?;
    run(&tools, &server.url(), short)
}

/// Runs the soak against `dist/` served at `base_url` (peer-screen and dist already built).
pub fn run(tools: &Tools, base_url: &str, short: bool) -> util::Result {
    let root = util::root();
    let (native, browser) = if short { (SHORT_NATIVE, SHORT_BROWSER) } else { (NATIVE, BROWSER) };
    util::step(&format!("soak: {native} hostile JSON Lines natively, {browser} hostile JavaScript values in Chromium"));
    let report = root.join("target/soak-report.md");
    let result = util::command("node")
        .arg(Path::new("e2e").join("soak.mjs"))
        .env("BASE_URL", base_url)
        .env("PEER_SCREEN", root.join("target/debug/peer-screen"))
        .env("CHROMIUM", &tools.chromium)
        .env("SOAK_NATIVE", native.to_string())
        .env("SOAK_BROWSER", browser.to_string())
        .env("SOAK_OUT", &report)
        .run();
    eprintln!("wrote {}", report.display());
    result
}
