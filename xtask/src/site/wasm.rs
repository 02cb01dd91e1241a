//! One WebAssembly bundle of the site: a cdylib package built for wasm32 with the size-tuned
//! `wasm-release` profile, bound by wasm-bindgen (`--target web`), rewritten by wasm-opt.

use std::path::Path;

use crate::tools::Tools;
use crate::util::{self, Run};

/// The WebAssembly features rustc 1.95 enables by default for wasm32-unknown-unknown, which
/// wasm-opt must accept (and may use) in the module it rewrites.
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-multivalue",
    "--enable-reference-types",
];

/// A package built with `features` (cargo's arguments: `--no-default-features`, `--features …`),
/// bound as `{out_name}.js` + `{out_name}_bg.wasm`, then rewritten in place by wasm-opt with
/// `wasm_opt`'s passes.
pub struct Bundle<'a> {
    pub package: &'a str,
    pub features: &'a [&'a str],
    pub out_name: &'a str,
    pub wasm_opt: &'a [&'a str],
}

/// rustc's flag for the site's WebAssembly: cargo's folder of crates.io sources
/// (`$CARGO_HOME/registry/src`) written as `registry` in the file names that panic locations keep,
/// so that the same commit builds the same bytes on any machine, wherever cargo's home is (the
/// release archive's promise). Empty when neither `CARGO_HOME` nor `HOME` is set.
fn remapped_registry() -> String {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")));
    home.map(|home| format!("--remap-path-prefix={}=registry", home.join("registry/src").display())).unwrap_or_default()
}

/// Builds `bundle` into `dist`.
pub fn build(tools: &Tools, dist: &Path, bundle: Bundle) -> util::Result {
    let Bundle { package, features, out_name, wasm_opt } = bundle;
    let target = "wasm32-unknown-unknown";
    let mut args = vec!["build", "-p", package, "--lib", "--locked", "--target", target, "--profile", "wasm-release"];
    args.extend(features);
    util::cargo(&args).env("CARGO_ENCODED_RUSTFLAGS", remapped_registry()).run()?;
    let wasm = util::root().join(format!("target/{target}/wasm-release/{}.wasm", package.replace('-', "_")));
    util::command(&tools.wasm_bindgen)
        .args(["--target", "web", "--no-typescript", "--out-name", out_name, "--out-dir"])
        .arg(dist)
        .arg(&wasm)
        .run()?;
    let bound = dist.join(format!("{out_name}_bg.wasm"));
    let optimized = dist.join(format!("{out_name}_bg.opt.wasm"));
    util::command(&tools.wasm_opt).args(wasm_opt).args(WASM_FEATURES).arg(&bound).arg("-o").arg(&optimized).run()?;
    std::fs::rename(&optimized, &bound).map_err(|e| format!("cannot replace {}: {e}", bound.display()))
}
