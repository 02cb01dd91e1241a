//! The checks of `cargo xtask test` that read the project's own code rather than run it:
//! - [`dependencies`]: the core depends on no JSON, browser or clock crate;
//! - [`imports`]: no file imports a file that imports it back.

pub mod dependencies;
pub mod imports;
