//! Project automation: `cargo xtask <task>` (placeholder, filled in by the build tooling work).
fn main() {
    eprintln!("xtask: not yet implemented");
    std::process::exit(1);
}
