//! One WebAssembly bundle of the site: a cdylib package built for wasm32 with the size-tuned
//! `wasm-release` profile and a standard library built with it whose panics abort at once
//! ([`PANIC_AT_ONCE`]), bound by wasm-bindgen (`--target web`), rewritten by wasm-opt.

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

/// A panic in the site's WebAssembly aborts at once: no message is formatted, no hook runs, the
/// module traps (`unreachable`), as `panic = "abort"` already made it do but for the message,
/// which nothing read (wasm32-unknown-unknown has no standard error, and the widget sets no panic
/// hook). What that takes out is the panic machinery and the formatting only it used (`Debug`
/// escapes, `Location` display): the family build -8.8 KB brotli (136.3 -> 127.5 KB), measured
/// on 2026-12-02.
///
/// It is rustc's `-C panic=immediate-abort`, which needs the standard library built with it
/// (cargo's `-Z build-std`, from the toolchain's `rust-src`), and both are unstable: the pinned
/// stable toolchain is told to accept them (`RUSTC_BOOTSTRAP=1`, for this cargo call alone).
/// Nothing else is built this way: native builds, tests, clippy and docs are plain stable. A
/// newer toolchain may rename the flags; the build then fails here, and says so.
///
/// A compiler told it is a nightly also names symbols the nightly way (`v0`): wasm-bindgen names
/// the exports of the widget's closures after them, ten times longer, into the glue. The stable
/// way (`legacy`) is asked for.
///
/// The places in the source that a panic would have named (`Location`: a file name, a line and a
/// column, passed to every indexing, `unwrap` and `RefCell` borrow that can fail) are left out
/// too (`-Z location-detail=none`): with no message there is nothing to name them in. The family
/// build -1.1 KB brotli more (127.5 -> 126.4 KB), measured on 2026-12-03. Nothing else reads
/// them: wasm-bindgen's `unwrap_throw` and `expect_throw` name the caller only in debug builds.
const PANIC_AT_ONCE: &[&str] =
    &["-Zunstable-options", "-Cpanic=immediate-abort", "-Csymbol-mangling-version=legacy", "-Zlocation-detail=none"];
/// cargo's arguments that build the standard library with the crates (see [`PANIC_AT_ONCE`]).
const BUILD_STD: &[&str] = &["-Zbuild-std=std,panic_abort"];

/// rustc's flags that keep machine paths out of the site's WebAssembly, should any reach it
/// (since `-Z location-detail=none`, only a crate's `file!()` would): cargo's folder of crates.io
/// sources (`$CARGO_HOME/registry/src`) written as `registry`, and the toolchain's standard library
/// sources (`{sysroot}/lib/rustlib/src/rust`) as `rust`, so that the same commit builds the same
/// bytes on any machine, wherever cargo's home and the toolchain are (the release archive's
/// promise). Cargo's folder is not remapped when neither `CARGO_HOME` nor `HOME` is set.
fn remapped_paths(sysroot: &Path) -> Vec<String> {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")));
    let registry = home.map(|home| format!("--remap-path-prefix={}=registry", home.join("registry/src").display()));
    let std = format!("--remap-path-prefix={}=rust", sysroot.join("lib/rustlib/src/rust").display());
    registry.into_iter().chain([std]).collect()
}

/// Builds `bundle` into `dist`.
pub fn build(tools: &Tools, dist: &Path, bundle: Bundle) -> util::Result {
    let Bundle { package, features, out_name, wasm_opt } = bundle;
    let target = "wasm32-unknown-unknown";
    let mut args = vec!["build", "-p", package, "--lib", "--locked", "--target", target, "--profile", "wasm-release"];
    args.extend(BUILD_STD);
    args.extend(features);
    let mut rustflags = remapped_paths(&tools.sysroot);
    rustflags.extend(PANIC_AT_ONCE.iter().map(|flag| flag.to_string()));
    util::cargo(&args).env("RUSTC_BOOTSTRAP", "1").env("CARGO_ENCODED_RUSTFLAGS", rustflags.join("\u{1f}")).run()?;
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
