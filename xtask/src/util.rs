//! Small helpers the tasks share: the project root, announced steps, commands that fail loudly.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::Instant;

pub type Result<T = ()> = std::result::Result<T, String>;

/// The project root (the folder of the top `Cargo.toml`).
pub fn root() -> PathBuf {
    let xtask = Path::new(env!("CARGO_MANIFEST_DIR"));
    xtask.parent().unwrap_or(xtask).to_path_buf()
}

/// The step announced last, and when it started.
static STEP: Mutex<Option<(String, Instant)>> = Mutex::new(None);

/// Announces a step on standard error, so that a long log shows where it is, and says how long
/// the step before it took (CONTRIBUTING.md keeps those figures, so that a slower change is seen).
pub fn step(what: &str) {
    finish_step();
    eprintln!("\n==> {what}");
    if let Ok(mut step) = STEP.lock() {
        *step = Some((what.to_owned(), Instant::now()));
    }
}

/// Says how long the step announced last took, if one is running; the next [`step`] calls it.
pub fn finish_step() {
    if let Some((what, started)) = STEP.lock().ok().and_then(|mut step| step.take()) {
        eprintln!("<== {:.0} s: {what}", started.elapsed().as_secs_f64());
    }
}

/// A command run from the project root.
pub fn command(program: impl AsRef<std::ffi::OsStr>) -> Command {
    let mut command = Command::new(program);
    command.current_dir(root());
    command
}

/// `cargo` with these arguments, from the project root (the cargo that runs xtask).
pub fn cargo(args: &[&str]) -> Command {
    let mut command = command(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.args(args);
    command
}

pub trait Run {
    /// Runs to the end with inherited streams; an error unless it exits 0.
    fn run(&mut self) -> Result;
    /// Runs to the end and returns its standard output; an error unless it exits 0.
    fn read(&mut self) -> Result<String>;
}

impl Run for Command {
    fn run(&mut self) -> Result {
        let status = self.status().map_err(|e| format!("cannot run {}: {e}", describe(self)))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("{} failed ({status})", describe(self)))
        }
    }

    fn read(&mut self) -> Result<String> {
        let output = self.output().map_err(|e| format!("cannot run {}: {e}", describe(self)))?;
        if output.status.success() {
            Ok(String::from_utf8_lossy(&output.stdout).into_owned())
        } else {
            Err(format!(
                "{} failed ({}): {}",
                describe(self),
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            ))
        }
    }
}

/// `program arg arg …`, for messages.
fn describe(command: &Command) -> String {
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|a| a.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Bytes in a human unit.
pub fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}
