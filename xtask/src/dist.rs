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
    util::cargo(&[
        "build",
        "-p",
        "screener-widget",
        "--lib",
        "--locked",
        "--target",
        "wasm32-unknown-unknown",
        "--profile",
        "wasm-release",
    ])
    .run()?;
    let wasm = root.join("target/wasm32-unknown-unknown/wasm-release/screener_widget.wasm");

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
    crate::caseload::dist(tools, &dist, WASM_FEATURES)?;

    copy_dir(&root.join("www"), &dist)?;
    precompress(&dist)?;
    report(&dist)
}

/// Node's zlib writes `NAME.br` (brotli, quality 11) and `NAME.gz` (gzip, level 9) beside every
/// page, script, stylesheet and wasm file: web servers can send them as they are
/// (`cargo xtask serve` does, as nginx's `gzip_static`/`brotli_static` would).
const PRECOMPRESS: &str = r#"
const fs = require('fs'), path = require('path'), zlib = require('zlib');
const dir = process.argv[1];
for (const name of fs.readdirSync(dir)) {
  if (!/\.(html|js|css|wasm|ts)$/.test(name)) continue;
  const data = fs.readFileSync(path.join(dir, name));
  fs.writeFileSync(path.join(dir, name + '.br'), zlib.brotliCompressSync(data, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }));
  fs.writeFileSync(path.join(dir, name + '.gz'), zlib.gzipSync(data, { level: 9 }));
}
"#;

fn precompress(dist: &Path) -> util::Result {
    util::step("precompressing (brotli, gzip)");
    util::command("node").arg("-e").arg(PRECOMPRESS).arg(dist).run()
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

/// Lists what `dist/` holds, with sizes (raw, and brotli where there is a `.br`).
fn report(dist: &Path) -> util::Result {
    let mut files: Vec<_> = std::fs::read_dir(dist)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((e.file_name().to_string_lossy().into_owned(), e.metadata().ok()?.len())))
        .collect();
    files.sort();
    eprintln!("dist/ (raw, brotli):");
    let brotli = |name: &str| files.iter().find(|(n, _)| *n == format!("{name}.br")).map(|(_, size)| *size);
    for (name, size) in files.iter().filter(|(n, _)| !n.ends_with(".br") && !n.ends_with(".gz")) {
        let compressed = brotli(name).map(util::kib).unwrap_or_default();
        eprintln!("  {name:<32} {:>10} {compressed:>10}", util::kib(*size));
    }
    Ok(())
}
