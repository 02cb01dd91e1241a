//! `cargo xtask bench [batch|csv|page|caseload]`: measurements, not tests. Writes
//! `target/bench-report.md`.
//!
//! 1. `batch`: `peer-screen batch` throughput on one core over realistic mixed requests
//!    ([`crate::generate::requests`]), and its peak memory.
//! 2. `csv`: `peer-screen csv` throughput and memory over a generated caseload of a million rows
//!    ([`crate::generate::caseload`]).
//! 3. `page`: bytes of every load of the family, staff and iframe pages (raw, gzip, brotli), time
//!    to `data-ready` cold, unthrottled and throttled, the first frame with the first step's
//!    heading, the time from an answer to the updated result and a guided step change
//!    (`e2e/bench.mjs` in headless Chromium against `dist/` served as `cargo xtask serve` serves
//!    it).
//! 4. `caseload`: the caseload page screening 100,000 generated rows, at full speed and at 4x CPU
//!    slowdown: the main thread's longest task, memory (`e2e/caseload-bench.mjs`).
//!
//! `--against DIR` measures another build of the site (a `dist/` kept from before a change) in
//! the same run as this one, the two alternating, so that a busy machine weighs on both alike.

use std::fmt::Write as _;
use std::process::Stdio;

use crate::generate::{self, caseload::AS_OF};
use crate::http::server::Server;
use crate::measure;
use crate::tools::Tools;
use crate::util::{self, Run};

/// Lines of the `batch` benchmark.
const LINES: usize = 200_000;
/// Rows of the `csv` benchmark's caseload.
const CSV_ROWS: usize = 1_000_000;
/// Rows of the caseload page benchmark's caseload.
const PAGE_ROWS: usize = 100_000;
/// Runs of each command-line benchmark.
const RUNS: usize = 5;

const PARTS: [&str; 4] = ["batch", "csv", "page", "caseload"];

/// `cargo xtask bench [PART] [--against DIR]`.
pub fn task(args: &[String]) -> util::Result {
    let mut which = None;
    let mut against = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--against" => {
                let dir = args.next().ok_or("bench: --against needs the folder of another build")?;
                let dir = std::path::PathBuf::from(dir);
                if !dir.join("index.html").is_file() {
                    return Err(format!("bench: {} holds no built site (no index.html)", dir.display()));
                }
                against = Some(dir);
            }
            part => which = Some(part),
        }
    }
    run(which, against.as_deref())
}

/// `which`: one of [`PARTS`], or all of them when `None`; `against`: another build to measure
/// beside this one (the browser parts).
fn run(which: Option<&str>, against: Option<&std::path::Path>) -> util::Result {
    let root = util::root();
    std::fs::create_dir_all(root.join("target/bench")).map_err(|e| e.to_string())?;
    if let Some(other) = which.filter(|w| !PARTS.contains(w)) {
        return Err(format!("bench: no part {other} ({})", PARTS.join(", ")));
    }
    let part = |name: &str| which.is_none() || which == Some(name);
    let mut report = String::from("# Benchmarks\n\n");
    if part("batch") {
        batch(&mut report)?;
    }
    if part("csv") {
        csv(&mut report)?;
    }
    if part("page") || part("caseload") {
        // The browser parts: the site as it ships, and `peer-screen programs` for the tests'
        // catalog (e2e/lib.mjs).
        let tools = crate::tools::run_all()?;
        crate::dist::run(&tools)?;
        util::cargo(&["build", "--locked", "-p", "peer-screen", "--bin", "peer-screen"]).run()?;
        if part("page") {
            page(&mut report, &tools, against)?;
        }
        if part("caseload") {
            caseload_page(&mut report, &tools, against)?;
        }
    }
    let path = root.join("target/bench-report.md");
    std::fs::write(&path, &report).map_err(|e| e.to_string())?;
    eprintln!("\nwrote {}", path.display());
    Ok(())
}

/// The release `peer-screen`, built.
fn release_peer_screen() -> util::Result<std::path::PathBuf> {
    util::cargo(&["build", "--release", "--locked", "-p", "peer-screen", "--bin", "peer-screen"]).run()?;
    Ok(util::root().join("target/release/peer-screen"))
}

fn batch(report: &mut String) -> util::Result {
    util::step("peer-screen batch throughput");
    let binary = release_peer_screen()?;
    let input = util::root().join("target/bench/requests.jsonl");
    std::fs::write(&input, generate::requests::requests(LINES)).map_err(|e| e.to_string())?;
    let runs = measure::repeat(RUNS, LINES, &binary, &["batch"], &input)?;
    let _ = writeln!(
        report,
        "## `peer-screen batch`\n\n{LINES} realistic mixed requests (all {} programs, both audiences; complete, partial and \
         bad lines), {RUNS} runs, one process on one core.\n\n\
         | what | measured | aim |\n|---|---|---|\n\
         | throughput, median run | {:.0} screenings/s | >= 250,000/s |\n\
         | throughput, best run | {:.0} screenings/s | |\n\
         | peak resident memory | {} | flat in the input size |\n",
        screener::rules::ALL.len(),
        runs.median_per_s,
        runs.best_per_s,
        util::kib(runs.peak_kib * 1024),
    );
    eprintln!("median {:.0}/s, best {:.0}/s, peak {} KiB", runs.median_per_s, runs.best_per_s, runs.peak_kib);
    Ok(())
}

fn csv(report: &mut String) -> util::Result {
    util::step("peer-screen csv throughput");
    let binary = release_peer_screen()?;
    let input = util::root().join("target/bench/caseload.csv");
    let text = generate::caseload::generate(CSV_ROWS);
    std::fs::write(&input, &text).map_err(|e| e.to_string())?;
    let runs = measure::repeat(RUNS, CSV_ROWS, &binary, &["csv", "--as-of", AS_OF], &input)?;
    let _ = writeln!(
        report,
        "## `peer-screen csv`\n\n{CSV_ROWS} rows ({:.0} MB) of a generated caseload over all {} programs (a wide \
         sheet: every question column, an agency's notes column; ~2% bad rows), {RUNS} runs, one process on one \
         core, output to /dev/null.\n\n\
         | what | measured | aim |\n|---|---|---|\n\
         | throughput, median run | {:.0} rows/s | >= 250,000/s |\n\
         | throughput, best run | {:.0} rows/s | |\n\
         | peak resident memory | {} | flat in the input size |\n",
        text.len() as f64 / 1e6,
        screener::rules::ALL.len(),
        runs.median_per_s,
        runs.best_per_s,
        util::kib(runs.peak_kib * 1024),
    );
    eprintln!("median {:.0} rows/s, best {:.0} rows/s, peak {} KiB", runs.median_per_s, runs.best_per_s, runs.peak_kib);
    Ok(())
}

/// Serves `against` (when given) and sets the benchmark's `BEFORE_URL` and `BEFORE_DIR` for it.
fn serve_against(
    command: &mut std::process::Command,
    against: Option<&std::path::Path>,
) -> util::Result<Option<Server>> {
    let Some(dir) = against else { return Ok(None) };
    let server = Server::start(dir, 0)?;
    command.env("BEFORE_URL", server.url()).env("BEFORE_DIR", dir);
    Ok(Some(server))
}

fn page(report: &mut String, tools: &Tools, against: Option<&std::path::Path>) -> util::Result {
    let root = util::root();
    util::step("page loads in headless Chromium");
    let server = Server::start(&root.join("dist"), 0)?;
    let mut command = util::command("node");
    let before = serve_against(&mut command, against)?;
    let page = command
        .arg("e2e/bench.mjs")
        .env("BASE_URL", server.url())
        .env("DIST_DIR", root.join("dist"))
        .env("PEER_SCREEN", root.join("target/debug/peer-screen"))
        .env("CHROMIUM", &tools.chromium)
        .env("BENCH_OUT", root.join("target/bench/page.json"))
        .stderr(Stdio::inherit())
        .read()?;
    drop((server, before));
    print!("{page}");
    report.push_str(&page);
    Ok(())
}

/// The caseload page screening [`PAGE_ROWS`] rows in headless Chromium.
fn caseload_page(report: &mut String, tools: &Tools, against: Option<&std::path::Path>) -> util::Result {
    let root = util::root();
    util::step("the caseload page in headless Chromium");
    let input = root.join("target/bench/caseload-page.csv");
    std::fs::write(&input, generate::caseload::generate(PAGE_ROWS)).map_err(|e| e.to_string())?;
    let server = Server::start(&root.join("dist"), 0)?;
    let mut command = util::command("node");
    let before = serve_against(&mut command, against)?;
    let page = command
        .arg("e2e/caseload-bench.mjs")
        .env("BASE_URL", server.url())
        .env("PEER_SCREEN", root.join("target/debug/peer-screen"))
        .env("CHROMIUM", &tools.chromium)
        .env("CASELOAD", &input)
        .env("CASELOAD_AS_OF", AS_OF)
        .env("BENCH_OUT", root.join("target/bench/caseload-page.json"))
        .stderr(Stdio::inherit())
        .read()?;
    drop((server, before));
    print!("{page}");
    report.push_str(&page);
    Ok(())
}
