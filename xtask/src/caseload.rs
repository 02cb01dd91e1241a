//! Caseloads: the realistic generated caseload the benchmarks read, the `csv` part of
//! `cargo xtask bench` (`peer-screen csv` throughput and memory on one core), the `caseload`
//! part (the caseload page in headless Chromium, `e2e/caseload-bench.mjs`), and the caseload
//! page's own WebAssembly bundle for `cargo xtask dist`.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Stdio;

use crate::bench::{timed_run, Rng};
use crate::setup::Tools;
use crate::util::{self, Run};

/// Rows of the `csv` benchmark's caseload.
const CSV_ROWS: usize = 1_000_000;
/// Rows of the page benchmark's caseload.
const PAGE_ROWS: usize = 100_000;
const RUNS: usize = 5;
/// The screening date of both benchmarks (rows name none).
pub const AS_OF: &str = "2026-11-22";

/// Every question column of the nine programs: each program's questions in turn, a question
/// two programs ask once (the order a wide agency sheet might have them).
fn question_columns() -> Vec<&'static str> {
    let mut columns: Vec<&'static str> = Vec::new();
    for (_, asked) in PROGRAMS {
        for question in *asked {
            if !columns.contains(question) {
                columns.push(question);
            }
        }
    }
    columns
}

/// Each program with the questions it asks (in its order) and how each is answered.
const PROGRAMS: &[(&str, &[&str])] = &[
    (
        "nc-pss",
        &[
            "dsm5_diagnosis",
            "need_areas",
            "innovations_waiver",
            "actt",
            "actt_auth_end",
            "cst",
            "cst_auth_end",
            "other_pss_provider",
            "cca_completed",
        ],
    ),
    ("ne-peer-support", &["mh_sud_disorder", "active_bh_services", "functional_deficits", "clinical_assessment"]),
    (
        "ne-family-peer-support",
        &[
            "caregiver_of_child",
            "child_condition",
            "urgent_challenges",
            "active_bh_services",
            "functional_deficits",
            "clinical_assessment",
        ],
    ),
    (
        "mo-peer-support",
        &["birth_date", "enrolled_program", "treatment_team", "planned_units_day", "planned_units_month"],
    ),
    ("mt-mfp-peer-support", &["mfp_participant", "recovery_condition", "peer_in_plan", "prior_authorization"]),
    (
        "ct-waiver-peer-support",
        &[
            "waiver_participant",
            "residual_problems",
            "act",
            "act_end",
            "csp",
            "csp_end",
            "residential",
            "residential_end",
            "recovery_plan",
        ],
    ),
    (
        "nc-pss-continued-stay",
        &[
            "not_restored",
            "progress_documented",
            "functioning_improved",
            "positive_outcomes",
            "not_progressing",
            "declines_pss",
            "innovations_waiver",
            "actt",
            "actt_auth_end",
            "cst",
            "cst_auth_end",
            "other_pss_provider",
        ],
    ),
    (
        "ne-peer-support-continued-stay",
        &["mh_sud_disorder", "active_bh_services", "functional_deficits", "substantial_benefit", "making_progress"],
    ),
    (
        "ne-family-peer-support-continued-stay",
        &[
            "caregiver_of_child",
            "child_condition",
            "urgent_challenges",
            "active_bh_services",
            "functional_deficits",
            "substantial_benefit",
            "making_progress",
        ],
    ),
];

const NEED_AREAS: &[&str] = &[
    "wellness_integration",
    "recent_crisis",
    "traditional_services_difficulty",
    "community_resources",
    "relationships",
    "daily_living",
];
const ENROLLED: &[&str] = &[
    "cstar_adolescent",
    "cstar_women_children",
    "cstar_general_population",
    "cstar_opioid",
    "primary_recovery_plus",
    "primary_recovery_plus_enhanced",
    "none",
];

/// A caseload of `rows` people as an agency's sheet might hold it: `ref`, `program`, every
/// question column of the nine programs (each row fills its program's), an agency's own `notes`
/// column; yes/no in the spellings people type, about 1 answer in 8 left empty (unknown), dates
/// around the screening date, now and then a reference or a note with a comma, a quote or a line
/// break, and about 1 row in 50 bad (a typo, a date written 11/22/2026, an answer to a question
/// the program does not ask, a row cut short, an unknown program). LF line ends.
pub fn generate(rows: usize) -> String {
    let columns = question_columns();
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut out = String::with_capacity(rows * 120);
    out.push_str("ref,program,");
    out.push_str(&columns.join(","));
    out.push_str(",notes\n");
    let mut cells: Vec<String> = vec![String::new(); columns.len()];
    for n in 0..rows {
        let (program, asked) = PROGRAMS[rng.below(PROGRAMS.len() as u64) as usize];
        for cell in cells.iter_mut() {
            cell.clear();
        }
        for &question in asked {
            let i = columns.iter().position(|q| *q == question).unwrap_or(0);
            if rng.below(8) == 0 {
                continue;
            }
            cells[i] = answer(&mut rng, question);
        }
        let bad = rng.below(50) == 0;
        let mut program = program.to_owned();
        let mut cut = false;
        if bad {
            match rng.below(5) {
                0 => {
                    let i = columns.iter().position(|q| *q == asked[0]).unwrap_or(0);
                    cells[i] = "yse".into();
                }
                1 => {
                    let date = asked.iter().position(|q| q.ends_with("_end") || *q == "birth_date");
                    let i = columns.iter().position(|q| *q == asked[date.unwrap_or(0)]).unwrap_or(0);
                    cells[i] = "11/22/2026".into();
                }
                2 => {
                    let other = columns.iter().position(|q| !asked.contains(q)).unwrap_or(0);
                    cells[other] = "yes".into();
                }
                3 => cut = true,
                _ => program = format!("{program}x"),
            }
        }
        let reference = match rng.below(40) {
            0 => format!("\"Doe, J. ({:06})\"", n),
            1 => format!("\"R-{:06} \"\"B\"\"\"", n),
            _ => format!("C-{:06}", n),
        };
        let _ = write!(out, "{reference},{program}");
        if cut {
            out.push_str(",yes\n");
            continue;
        }
        for cell in &cells {
            out.push(',');
            out.push_str(cell);
        }
        match rng.below(20) {
            0 => out.push_str(",\"called, left message\"\n"),
            1 => out.push_str(",\"moved;\nnew address pending\"\n"),
            _ => out.push_str(",\n"),
        }
    }
    out
}

fn answer(rng: &mut Rng, question: &str) -> String {
    let date = |rng: &mut Rng, from: u64, years: u64| {
        format!("{}-{:02}-{:02}", from + rng.below(years), 1 + rng.below(12), 1 + rng.below(28))
    };
    match question {
        "need_areas" => {
            if rng.below(10) == 0 {
                return "none".into();
            }
            let chosen: Vec<&str> = NEED_AREAS.iter().copied().filter(|_| rng.below(2) == 0).collect();
            if chosen.is_empty() {
                "none".into()
            } else {
                chosen.join(";")
            }
        }
        "birth_date" => date(rng, 1950, 65),
        "enrolled_program" => ENROLLED[rng.below(ENROLLED.len() as u64) as usize].into(),
        "planned_units_day" => rng.below(40).to_string(),
        "planned_units_month" => rng.below(120).to_string(),
        q if q.ends_with("_end") => date(rng, 2026, 2),
        _ => {
            let yes = rng.below(3) != 0;
            let spellings: [&str; 4] = if yes { ["yes", "Y", "TRUE", "1"] } else { ["no", "N", "false", "0"] };
            spellings[rng.below(4) as usize].into()
        }
    }
}

/// `cargo xtask bench csv`: `peer-screen csv` over a generated caseload of [`CSV_ROWS`] rows.
pub fn bench_csv(report: &mut String) -> util::Result {
    let root = util::root();
    let out_dir = root.join("target/bench");
    std::fs::create_dir_all(&out_dir).map_err(|e| e.to_string())?;

    util::step("peer-screen csv throughput");
    util::cargo(&["build", "--release", "--locked", "-p", "peer-screen", "--bin", "peer-screen"]).run()?;
    let input = out_dir.join("caseload.csv");
    let text = generate(CSV_ROWS);
    std::fs::write(&input, &text).map_err(|e| e.to_string())?;
    let binary = root.join("target/release/peer-screen");
    let mut runs = Vec::new();
    for _ in 0..RUNS {
        runs.push(timed_run(&binary, &["csv", "--as-of", AS_OF], &input)?);
    }
    runs.sort_by_key(|r| r.elapsed);
    let rate = |r: &crate::bench::BatchRun| CSV_ROWS as f64 / r.elapsed.as_secs_f64();
    let (median, best) = (&runs[RUNS / 2], &runs[0]);
    let peak = runs.iter().map(|r| r.peak_kib).max().unwrap_or(0);
    let _ = writeln!(
        report,
        "## `peer-screen csv`\n\n{CSV_ROWS} rows ({:.0} MB) of a generated caseload over all nine programs (a wide \
         sheet: every question column, an agency's notes column; ~2% bad rows), {RUNS} runs, one process on one \
         core, output to /dev/null.\n\n\
         | what | measured | aim |\n|---|---|---|\n\
         | throughput, median run | {:.0} rows/s | >= 250,000/s |\n\
         | throughput, best run | {:.0} rows/s | |\n\
         | peak resident memory | {} | flat in the input size |\n",
        text.len() as f64 / 1e6,
        rate(median),
        rate(best),
        util::kib(peak * 1024),
    );
    eprintln!("median {:.0} rows/s, best {:.0} rows/s, peak {peak} KiB", rate(median), rate(best));
    Ok(())
}

/// `cargo xtask bench caseload`: the caseload page screening [`PAGE_ROWS`] rows in headless
/// Chromium (`e2e/caseload-bench.mjs`), against `dist/` as `cargo xtask serve` serves it.
pub fn bench_page(report: &mut String, tools: &Tools) -> util::Result {
    let root = util::root();
    let out_dir = root.join("target/bench");
    std::fs::create_dir_all(&out_dir).map_err(|e| e.to_string())?;
    util::step("the caseload page in headless Chromium");
    let input = out_dir.join("caseload-page.csv");
    std::fs::write(&input, generate(PAGE_ROWS)).map_err(|e| e.to_string())?;
    let server = crate::serve::Server::start(&root.join("dist"), 0)?;
    let page = util::command("node")
        .arg("e2e/caseload-bench.mjs")
        .env("BASE_URL", server.url())
        .env("CHROMIUM", &tools.chromium)
        .env("CASELOAD", &input)
        .env("CASELOAD_AS_OF", AS_OF)
        .env("BENCH_OUT", out_dir.join("caseload-page.json"))
        .stderr(Stdio::inherit())
        .read()?;
    drop(server);
    print!("{page}");
    report.push_str(&page);
    Ok(())
}

/// The caseload page's own WebAssembly (`crates/caseload-web`), built and bound as the widget's
/// is, into `dist/screener_caseload.js` + `dist/screener_caseload_bg.wasm`: the widget's page
/// never loads it. Speed over size for this page (it screens a whole caseload): wasm-opt `-O3`,
/// without names or producers.
pub fn dist(tools: &Tools, dist: &Path) -> util::Result {
    util::step("the caseload page's WebAssembly (profile wasm-release, wasm-bindgen, wasm-opt -O3)");
    let wasm_opt = &["-O3", "--strip-debug", "--strip-producers"];
    crate::dist::bundle(
        tools,
        dist,
        crate::dist::Bundle { package: "screener-caseload-web", out_name: "screener_caseload", wasm_opt },
    )
}

/// The caseload page's own files. The widget's pages never load them, and their service worker
/// does not precache them (so a visit to the widget fetches not a byte of the caseload page).
pub const PAGE_FILES: &[&str] =
    &["caseload.html", "caseload.js", "caseload.css", "screener_caseload.js", "screener_caseload_bg.wasm"];

/// Where `caseload.js` has the WebAssembly's SHA-384 written.
const WASM_MARKER: &str = "/*dist:caseload-wasm*/ null";

/// Writes the SHA-384 of the caseload page's WebAssembly into `dist/caseload.js` (which fetches it
/// with it), before the pages are pinned: then the page's pinned script pins every byte it runs,
/// as the widget's entries do.
pub fn pin(dist: &Path) -> util::Result {
    let wasm = std::fs::read(dist.join("screener_caseload_bg.wasm")).map_err(|e| format!("dist: {e}"))?;
    let path = dist.join("caseload.js");
    let script = std::fs::read_to_string(&path).map_err(|e| format!("dist/caseload.js: {e}"))?;
    if script.matches(WASM_MARKER).count() != 1 {
        return Err(format!("www/caseload.js: expected `{WASM_MARKER}` once"));
    }
    let pinned = script.replacen(WASM_MARKER, &format!("'{}'", crate::sri::integrity(&wasm)), 1);
    std::fs::write(&path, pinned).map_err(|e| format!("dist/caseload.js: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generated_caseload_is_repeatable_and_covers_every_program() {
        let text = generate(2000);
        assert_eq!(text, generate(2000));
        let header = text.lines().next().unwrap();
        let columns: Vec<&str> = header.split(',').collect();
        assert_eq!(columns.len(), question_columns().len() + 3);
        for (i, column) in columns.iter().enumerate() {
            assert!(!columns[..i].contains(column), "{column} is a column twice");
        }
        for (program, asked) in PROGRAMS {
            assert!(text.contains(&format!(",{program},")), "{program}");
            assert!(asked.iter().all(|q| columns.contains(q)), "{program}");
        }
        for needle in ["\"Doe, J.", "\"\"B\"\"", "moved;\nnew", "11/22/2026", ",yse,", "none"] {
            assert!(text.contains(needle), "{needle}");
        }
    }
}
