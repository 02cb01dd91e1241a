//! The checks of `cargo xtask test` that read the project's own code rather than run it:
//! - [`dependencies`]: the core depends on no JSON, browser or clock crate.

pub mod dependencies;
