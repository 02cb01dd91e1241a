//! `cargo xtask dist`: the self-contained static site in `dist/`. The library is built for
//! wasm32 with the size-tuned `wasm-release` profile, bound by wasm-bindgen (`--target web`,
//! output `screener.js` + `screener_bg.wasm`), shrunk by wasm-opt, and joined by the files of
//! `www/` (pages, entry modules, stylesheets, the custom element and its types).

use std::path::Path;

use crate::setup::Tools;
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

pub fn run(tools: &Tools) -> util::Result {
    let root = util::root();
    util::step("building the WebAssembly (profile wasm-release)");
    util::cargo(&["build", "--lib", "--locked", "--target", "wasm32-unknown-unknown", "--profile", "wasm-release"])
        .run()?;
    let wasm = root.join("target/wasm32-unknown-unknown/wasm-release/screener.wasm");

    let dist = root.join("dist");
    if dist.exists() {
        std::fs::remove_dir_all(&dist).map_err(|e| format!("cannot clear dist/: {e}"))?;
    }
    std::fs::create_dir_all(&dist).map_err(|e| format!("cannot create dist/: {e}"))?;

    util::step("wasm-bindgen");
    util::command(&tools.wasm_bindgen)
        .args(["--target", "web", "--no-typescript", "--out-name", "screener", "--out-dir"])
        .arg(&dist)
        .arg(&wasm)
        .run()?;

    util::step("wasm-opt -Oz");
    let bound = dist.join("screener_bg.wasm");
    let optimized = dist.join("screener_bg.opt.wasm");
    util::command(&tools.wasm_opt).arg("-Oz").args(WASM_FEATURES).arg(&bound).arg("-o").arg(&optimized).run()?;
    std::fs::rename(&optimized, &bound).map_err(|e| format!("cannot replace the wasm: {e}"))?;

    copy_dir(&root.join("www"), &dist)?;
    report(&dist)
}

fn copy_dir(from: &Path, to: &Path) -> util::Result {
    let entries = std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_file() {
            let name = path.file_name().unwrap_or_default();
            std::fs::copy(&path, to.join(name)).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// Lists what `dist/` holds, with sizes.
fn report(dist: &Path) -> util::Result {
    let mut files: Vec<_> = std::fs::read_dir(dist)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((e.file_name().to_string_lossy().into_owned(), e.metadata().ok()?.len())))
        .collect();
    files.sort();
    eprintln!("dist/:");
    for (name, size) in &files {
        eprintln!("  {name:<32} {:>10}", util::kib(*size));
    }
    Ok(())
}
