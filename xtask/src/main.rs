//! Project automation, the `cargo xtask` convention: every task a developer or CI runs, written
//! in Rust so that it needs nothing but the toolchain to start.
//!
//! The tasks, on top (each a file; a task may run another, nothing below imports a task):
//! - `setup` ([`tools`]): installs what the other tasks need (the wasm32 target, wasm-bindgen-cli
//!   at the version of `Cargo.lock`, the npm packages of `package-lock.json`, Debian's Chromium and
//!   ChromeDriver). Each step is skipped when its tool is already there at the right version.
//! - [`dist`]: the static site in `dist/` (WebAssembly built for size, wasm-bindgen, wasm-opt).
//! - [`serve`]: `dist`, then serves it on localhost under the strict Content-Security-Policy.
//! - [`test`](mod@test): `setup`, then every check and test: native, the core on wasm32, wasm-bindgen-test in
//!   headless Chromium, the end-to-end tests against the built site, a short soak.
//! - [`bench`](mod@bench): `peer-screen batch` and `peer-screen csv` throughput, the page-load benchmark and
//!   the caseload page's; writes `target/bench-report.md`.
//! - [`soak`]: a million hostile JSON Lines through `peer-screen batch` and ten thousand hostile
//!   JavaScript values through `screen()` in Chromium; writes `target/soak-report.md`.
//! - [`cycles`]: the files that import each other, round (also a step of `test`).
//! - [`release`]: `dist`, then the archive an agency uploads, one per version, the same bytes for
//!   the same commit.
//!
//! The leaves they use: [`site`] (the parts of the site: its security policy, bundles, pinning,
//! the rules and builder pages), [`http`] (the file server), [`generate`] (inputs generated from
//! the rulebooks), [`measure`] (timing runs), [`checks`] (reading the project's code),
//! [`archive`] (tar and gzip, reproducible), [`tools`] and [`util`].

mod archive;
mod bench;
mod checks;
mod cycles;
mod dist;
mod generate;
mod http;
mod measure;
mod release;
mod serve;
mod site;
mod soak;
mod test;
mod tools;
mod util;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <task>

tasks:
  setup              install the wasm32 target, wasm-bindgen-cli, npm packages, Chromium
  dist               build the static site into dist/
  serve [--port N]   build dist/ and serve it on 127.0.0.1 (default port 8000) with the strict CSP
        [--no-build] serve dist/ as it is
  test               setup, then run every test (native, wasm32, browser, end to end, a short soak)
  bench [batch|csv|page|caseload] [--against DIR]
                     benchmarks: peer-screen batch and csv throughput, page loads, the caseload
                     page (default all); --against: another build of the site, measured beside
                     this one
  soak [--short]     1,000,000 hostile JSON Lines natively and 10,000 hostile JS values in Chromium
                     (--short: 20,000 and 1,000); writes target/soak-report.md
  cycles [src|crates|xtask …]
                     the files that import each other, round (default all three)
  release [--no-build]
                     build dist/, then target/release/peer-support-screener-VERSION.tar.gz (the site
                     under VERSION/, EMBED.txt, SHA256SUMS): the same bytes for the same commit";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => tools::run(),
        Some("dist") => tools::run_for_dist().and_then(|tools| dist::run(&tools)),
        Some("serve") => serve::task(&args[1..]),
        Some("test") => test::run(),
        Some("bench") => bench::task(&args[1..]),
        Some("soak") => soak::task(&args[1..]),
        Some("cycles") => cycles::task(&args[1..]),
        Some("release") => release::task(&args[1..]),
        Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(64);
        }
    };
    // How long the last step took (each step says so when the next begins).
    util::finish_step();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
