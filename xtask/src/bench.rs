//! `cargo xtask bench`: measurements, not tests. Writes `target/bench-report.md`.
//!
//! 1. `peer-screen batch` throughput on one core over realistic mixed requests (all nine
//!    programs, both audiences, complete and partial answers, a few bad lines), and its peak
//!    memory.
//! 2. `peer-screen csv` throughput and memory over a generated caseload of a million rows
//!    (`crate::caseload`).
//! 3. The page: bytes of every load (raw, gzip, brotli), time to `data-ready` cold, unthrottled
//!    and throttled, and the time from an answer to the updated result (`e2e/bench.mjs` in
//!    headless Chromium against `dist/` served as `cargo xtask serve` serves it).
//! 4. The caseload page: 100,000 rows screened and shown, the main thread's longest task, memory
//!    (`e2e/caseload-bench.mjs`).

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{self, Run};

const LINES: usize = 200_000;
const RUNS: usize = 5;

/// `which`: `batch`, `csv`, `page`, `caseload`, or all of them when `None`.
pub fn run(which: Option<&str>) -> util::Result {
    let root = util::root();
    let out_dir = root.join("target/bench");
    std::fs::create_dir_all(&out_dir).map_err(|e| e.to_string())?;
    let mut report = String::from("# Benchmarks\n\n");
    let part = |name: &str| which.is_none() || which == Some(name);
    if let Some(other) = which.filter(|w| !["batch", "csv", "page", "caseload"].contains(w)) {
        return Err(format!("bench: no part {other} (batch, csv, page, caseload)"));
    }
    if part("batch") {
        batch(&mut report)?;
    }
    if part("csv") {
        crate::caseload::bench_csv(&mut report)?;
    }
    if part("page") {
        page(&mut report)?;
    }
    if part("caseload") {
        let tools = crate::setup::run_all()?;
        if !part("page") {
            crate::dist::run(&tools)?;
        }
        crate::caseload::bench_page(&mut report, &tools)?;
    }
    let path = root.join("target/bench-report.md");
    std::fs::write(&path, &report).map_err(|e| e.to_string())?;
    eprintln!("\nwrote {}", path.display());
    Ok(())
}

fn batch(report: &mut String) -> util::Result {
    let root = util::root();
    let out_dir = root.join("target/bench");

    util::step("peer-screen batch throughput");
    util::cargo(&["build", "--release", "--locked", "-p", "peer-screen", "--bin", "peer-screen"]).run()?;
    let input = out_dir.join("requests.jsonl");
    std::fs::write(&input, requests(LINES)).map_err(|e| e.to_string())?;
    let binary = root.join("target/release/peer-screen");
    let mut runs = Vec::new();
    for _ in 0..RUNS {
        runs.push(timed_run(&binary, &["batch"], &input)?);
    }
    runs.sort_by_key(|r| r.elapsed);
    let median = &runs[RUNS / 2];
    let best = &runs[0];
    let rate = |r: &BatchRun| LINES as f64 / r.elapsed.as_secs_f64();
    let peak = runs.iter().map(|r| r.peak_kib).max().unwrap_or(0);
    let _ = writeln!(
        report,
        "## `peer-screen batch`\n\n{LINES} realistic mixed requests (all nine programs, both audiences; complete, partial and \
         bad lines), {RUNS} runs, one process on one core.\n\n\
         | what | measured | aim |\n|---|---|---|\n\
         | throughput, median run | {:.0} screenings/s | >= 250,000/s |\n\
         | throughput, best run | {:.0} screenings/s | |\n\
         | peak resident memory | {} | flat in the input size |\n",
        rate(median),
        rate(best),
        util::kib(peak * 1024),
    );
    eprintln!("median {:.0}/s, best {:.0}/s, peak {peak} KiB", rate(median), rate(best));
    Ok(())
}

fn page(report: &mut String) -> util::Result {
    let root = util::root();
    let out_dir = root.join("target/bench");

    util::step("page loads in headless Chromium");
    let tools = crate::setup::run_all()?;
    crate::dist::run(&tools)?;
    let server = crate::serve::Server::start(&root.join("dist"), 0)?;
    let page = util::command("node")
        .arg("e2e/bench.mjs")
        .env("BASE_URL", server.url())
        .env("DIST_DIR", root.join("dist"))
        .env("CHROMIUM", &tools.chromium)
        .env("BENCH_OUT", out_dir.join("page.json"))
        .stderr(Stdio::inherit())
        .read()?;
    drop(server);
    print!("{page}");
    report.push_str("## The page\n\n");
    report.push_str(&page);
    Ok(())
}

pub(crate) struct BatchRun {
    pub elapsed: Duration,
    pub peak_kib: u64,
}

/// One run of `peer-screen ARGS < input > /dev/null`, timed, its peak memory sampled.
pub(crate) fn timed_run(binary: &Path, args: &[&str], input: &Path) -> util::Result<BatchRun> {
    let stdin = std::fs::File::open(input).map_err(|e| e.to_string())?;
    let start = Instant::now();
    let mut child = Command::new(binary)
        .args(args)
        .stdin(stdin)
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run peer-screen: {e}"))?;
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kib = 0;
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        // VmHWM: the peak resident set so far (Linux).
        if let Ok(text) = std::fs::read_to_string(&status_file) {
            if let Some(kib) = text.lines().find_map(|l| l.strip_prefix("VmHWM:")) {
                peak_kib = kib.trim().trim_end_matches("kB").trim().parse().unwrap_or(peak_kib);
            }
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let elapsed = start.elapsed();
    if !status.success() {
        return Err(format!("peer-screen {} failed ({status})", args.join(" ")));
    }
    Ok(BatchRun { elapsed, peak_kib })
}

/// A deterministic pseudo-random sequence (xorshift), so every run reads the same input.
pub(crate) struct Rng(pub u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn yes_no(&mut self) -> &'static str {
        ["true", "false", "true", "null"][self.below(4) as usize]
    }
    fn date(&mut self, from_year: u64, years: u64) -> String {
        format!("{}-{:02}-{:02}", from_year + self.below(years), 1 + self.below(12), 1 + self.below(28))
    }
}

/// `lines` requests as an intake team's day might send them: every program, most questions
/// answered, some left unknown, dates around the screening date, and about 1 in 50 bad.
pub fn requests(lines: usize) -> String {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = String::with_capacity(lines * 260);
    for _ in 0..lines {
        let as_of = rng.date(2025, 2);
        let lang = if rng.below(4) == 0 { "es" } else { "en" };
        let audience = if rng.below(4) == 0 { "family" } else { "staff" };
        let answers = match rng.below(9) {
            0 => {
                let areas = [
                    "wellness_integration",
                    "recent_crisis",
                    "traditional_services_difficulty",
                    "community_resources",
                    "relationships",
                    "daily_living",
                ];
                let chosen: Vec<String> =
                    areas.iter().filter(|_| rng.below(2) == 0).map(|a| format!("\"{a}\"")).collect();
                format!(
                    r#""program":"nc-pss","answers":{{"dsm5_diagnosis":{},"need_areas":[{}],"innovations_waiver":{},"actt":true,"actt_auth_end":"{}","cst":{},"other_pss_provider":{},"cca_completed":{}}}"#,
                    rng.yes_no(),
                    chosen.join(","),
                    rng.yes_no(),
                    rng.date(2025, 3),
                    rng.yes_no(),
                    rng.yes_no(),
                    rng.yes_no()
                )
            }
            1 => format!(
                r#""program":"ne-peer-support","answers":{{"mh_sud_disorder":{},"active_bh_services":{},"functional_deficits":{},"clinical_assessment":{}}}"#,
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no()
            ),
            2 => format!(
                r#""program":"ne-family-peer-support","answers":{{"caregiver_of_child":{},"child_condition":{},"urgent_challenges":{},"active_bh_services":{},"functional_deficits":{},"clinical_assessment":{}}}"#,
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no()
            ),
            3 => {
                let programs =
                    ["cstar_adolescent", "cstar_general_population", "cstar_opioid", "primary_recovery_plus", "none"];
                format!(
                    r#""program":"mo-peer-support","answers":{{"birth_date":"{}","enrolled_program":"{}","treatment_team":{},"planned_units_day":{},"planned_units_month":{}}}"#,
                    rng.date(1950, 60),
                    programs[rng.below(5) as usize],
                    rng.yes_no(),
                    rng.below(40),
                    rng.below(120)
                )
            }
            4 => format!(
                r#""program":"mt-mfp-peer-support","answers":{{"mfp_participant":{},"recovery_condition":{},"peer_in_plan":{},"prior_authorization":{}}}"#,
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no()
            ),
            5 => format!(
                r#""program":"ct-waiver-peer-support","answers":{{"waiver_participant":{},"residual_problems":{},"act":{},"act_end":"{}","csp":false,"residential":{},"residential_end":"{}","recovery_plan":{}}}"#,
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no(),
                rng.date(2025, 3),
                rng.yes_no(),
                rng.date(2025, 3),
                rng.yes_no()
            ),
            6 => format!(
                r#""program":"nc-pss-continued-stay","answers":{{"not_restored":{},"progress_documented":{},"functioning_improved":{},"positive_outcomes":{},"not_progressing":{},"declines_pss":{},"innovations_waiver":{},"actt":{},"actt_auth_end":"{}","cst":false,"other_pss_provider":{}}}"#,
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no(),
                rng.date(2025, 3),
                rng.yes_no()
            ),
            7 => format!(
                r#""program":"ne-peer-support-continued-stay","answers":{{"mh_sud_disorder":{},"active_bh_services":{},"functional_deficits":{},"substantial_benefit":{},"making_progress":{}}}"#,
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no()
            ),
            _ => format!(
                r#""program":"ne-family-peer-support-continued-stay","answers":{{"caregiver_of_child":{},"child_condition":{},"urgent_challenges":{},"active_bh_services":{},"functional_deficits":{},"substantial_benefit":{},"making_progress":{}}}"#,
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no(),
                rng.yes_no()
            ),
        };
        if rng.below(50) == 0 {
            // A typo in a question id: the line gets an error object, and the batch goes on.
            out.push_str(&format!(r#"{{"program":"nc-pss","as_of":"{as_of}","answers":{{"dsm5_diagnoses":true}}}}"#));
        } else {
            out.push_str(&format!(r#"{{"as_of":"{as_of}","lang":"{lang}","audience":"{audience}",{answers}}}"#));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn requests_are_one_json_object_a_line_and_repeatable() {
        let text = super::requests(500);
        assert_eq!(text.lines().count(), 500);
        assert!(text.lines().all(|l| l.starts_with('{') && l.ends_with('}')));
        assert_eq!(text, super::requests(500));
        for program in [
            "nc-pss",
            "ne-peer-support",
            "ne-family-peer-support",
            "mo-peer-support",
            "mt-mfp-peer-support",
            "ct-waiver-peer-support",
        ] {
            assert!(text.contains(&format!("\"program\":\"{program}\"")), "{program}");
        }
    }
}
