//! Measuring a command-line run: how long `peer-screen ARGS < input > /dev/null` takes, and its
//! peak resident memory (sampled from `/proc`, Linux), over several runs.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util;

/// One run, measured.
pub struct Measured {
    pub elapsed: Duration,
    pub peak_kib: u64,
}

/// One run of `binary ARGS < input > /dev/null`, timed, its peak memory sampled.
pub fn timed_run(binary: &Path, args: &[&str], input: &Path) -> util::Result<Measured> {
    let stdin = std::fs::File::open(input).map_err(|e| format!("{}: {e}", input.display()))?;
    let start = Instant::now();
    let mut child = Command::new(binary)
        .args(args)
        .stdin(stdin)
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", binary.display()))?;
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
        return Err(format!("{} {} failed ({status})", binary.display(), args.join(" ")));
    }
    Ok(Measured { elapsed, peak_kib })
}

/// `runs` runs of [`timed_run`] over `items` lines or rows: the rate of the median and of the
/// best run, and the highest peak of memory.
pub struct Summary {
    pub median_per_s: f64,
    pub best_per_s: f64,
    pub peak_kib: u64,
}

pub fn repeat(runs: usize, items: usize, binary: &Path, args: &[&str], input: &Path) -> util::Result<Summary> {
    let mut measured = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        measured.push(timed_run(binary, args, input)?);
    }
    Ok(summarize(&mut measured, items))
}

fn summarize(measured: &mut [Measured], items: usize) -> Summary {
    measured.sort_by_key(|m| m.elapsed);
    let rate = |m: &Measured| items as f64 / m.elapsed.as_secs_f64();
    Summary {
        median_per_s: rate(&measured[measured.len() / 2]),
        best_per_s: rate(&measured[0]),
        peak_kib: measured.iter().map(|m| m.peak_kib).max().unwrap_or(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_the_best_and_the_highest_peak() {
        let run = |ms, peak_kib| Measured { elapsed: Duration::from_millis(ms), peak_kib };
        let mut runs = [run(400, 10), run(100, 30), run(200, 20)];
        let summary = summarize(&mut runs, 1000);
        assert_eq!(summary.median_per_s.round(), 5000.0);
        assert_eq!(summary.best_per_s.round(), 10000.0);
        assert_eq!(summary.peak_kib, 30);
    }

    #[test]
    fn a_run_is_timed_and_a_failure_is_an_error() {
        let input = std::env::temp_dir().join(format!("xtask-measure-{}", std::process::id()));
        std::fs::write(&input, "x\n").expect("a temporary file");
        let ok = timed_run(Path::new("cat"), &[], &input);
        let failed = timed_run(Path::new("false"), &[], &input);
        let _ = std::fs::remove_file(&input);
        assert!(ok.expect("cat runs").elapsed > Duration::ZERO);
        assert!(failed.is_err());
    }
}
