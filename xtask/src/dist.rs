//! `cargo xtask dist`: the self-contained static site in `dist/`. The library is built for
//! wasm32 with the size-tuned `wasm-release` profile, bound by wasm-bindgen (`--target web`,
//! output `screener.js` + `screener_bg.wasm`), trimmed by wasm-opt, and joined by the files of
//! `www/` (pages, entry modules, stylesheets, the custom element and its types).
//!
//! Then every file is pinned, so that one `integrity` on a script tag covers every byte it runs:
//! 1. wasm-bindgen's glue is bundled into each entry module that imports it
//!    (`peer-support-screener.js`, `main.js`), and the separate `screener.js` is not shipped;
//! 2. the SHA-384 of the `.wasm` and of `screener.css` is written into those entries, which fetch
//!    and link them with it;
//! 3. each page's `<script src>` and stylesheet gets the `integrity` of its file, and each
//!    page must carry the site's Content-Security-Policy in a `<meta>` ([`serve::page_policy`]);
//! 4. `sw.js` gets the list of every file with its hash, for the offline cache;
//! 5. brotli and gzip copies, and the ready-to-paste script tag of the element.

use std::path::Path;

use crate::serve;
use crate::sri;

use crate::setup::Tools;
use crate::util::{self, Run};

/// What wasm-opt does to the bound module: it only removes (unused elements, functions that are
/// duplicates, no-ops, the names and producers sections). Its `-Oz` makes the file 10% smaller but its
/// output compresses worse: brotli'd, `-Oz` gave 136.1 KB where these passes give 131.2 KB (and
/// no wasm-opt at all 132.5 KB), measured on 2026-11-30. The page is sent compressed, so these.
const WASM_OPT_PASSES: &[&str] = &[
    "--remove-unused-module-elements",
    "--duplicate-function-elimination",
    "--vacuum",
    "--strip-debug",
    "--strip-producers",
];

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
    let dist = root.join("dist");
    if dist.exists() {
        std::fs::remove_dir_all(&dist).map_err(|e| format!("cannot clear dist/: {e}"))?;
    }
    std::fs::create_dir_all(&dist).map_err(|e| format!("cannot create dist/: {e}"))?;

    util::step("the widget's WebAssembly (profile wasm-release, wasm-bindgen, wasm-opt's removal passes)");
    bundle(tools, &dist, Bundle { package: "screener-widget", out_name: "screener", wasm_opt: WASM_OPT_PASSES })?;
    crate::caseload::dist(tools, &dist)?;

    copy_dir(&root.join("www"), &dist)?;
    crate::caseload::pin(&dist)?;
    util::step("pinning every file (bundled glue, integrity, the service worker's list)");
    let entry = pin(&dist)?;
    precompress(&dist)?;
    report(&dist)?;
    println!(
        "\nThe script tag for an agency's page (the folder as served there in place of /screener/):\n\n  \
         <script type=\"module\" src=\"/screener/{ENTRY}\" integrity=\"{entry}\" crossorigin=\"anonymous\"></script>\n"
    );
    Ok(())
}

/// One WebAssembly bundle of the site: a cdylib package built with the `wasm-release` profile,
/// bound by wasm-bindgen (`--target web`) as `{out_name}.js` + `{out_name}_bg.wasm` in `dist`,
/// then rewritten in place by wasm-opt with `wasm_opt`'s passes.
pub struct Bundle<'a> {
    pub package: &'a str,
    pub out_name: &'a str,
    pub wasm_opt: &'a [&'a str],
}

pub fn bundle(tools: &Tools, dist: &Path, bundle: Bundle) -> util::Result {
    let Bundle { package, out_name, wasm_opt } = bundle;
    let target = "wasm32-unknown-unknown";
    util::cargo(&["build", "-p", package, "--lib", "--locked", "--target", target, "--profile", "wasm-release"])
        .run()?;
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

/// The custom element and JavaScript API: the one file an agency's page names.
pub const ENTRY: &str = "peer-support-screener.js";
/// The entry modules that import wasm-bindgen's glue, which is bundled into each.
const BUNDLED: &[&str] = &[ENTRY, "main.js"];
/// The glue as wasm-bindgen writes it; not shipped.
const GLUE: &str = "screener.js";
/// Where an entry has the WebAssembly's and the stylesheet's hashes written.
const INTEGRITY_MARKER: &str = "/*dist:integrity*/ null";

/// Steps 1 to 4 of the module docs, in `dist`; returns the entry's `integrity`.
fn pin(dist: &Path) -> util::Result<String> {
    let read = |name: &str| std::fs::read_to_string(dist.join(name)).map_err(|e| format!("dist/{name}: {e}"));
    let write = |name: &str, text: &str| std::fs::write(dist.join(name), text).map_err(|e| format!("dist/{name}: {e}"));
    let hash = |name: &str| -> util::Result<String> {
        std::fs::read(dist.join(name)).map(|bytes| sri::integrity(&bytes)).map_err(|e| format!("dist/{name}: {e}"))
    };

    let glue = Glue::parse(&read(GLUE)?)?;
    std::fs::remove_file(dist.join(GLUE)).map_err(|e| format!("dist/{GLUE}: {e}"))?;
    let integrity = format!("{{ wasm: '{}', css: '{}' }}", hash("screener_bg.wasm")?, hash("screener.css")?);
    for name in BUNDLED {
        let bundled = glue.bundle_into(&read(name)?).map_err(|e| format!("www/{name}: {e}"))?;
        write(name, &fill(&bundled, INTEGRITY_MARKER, &integrity).map_err(|e| format!("www/{name}: {e}"))?)?;
    }

    let mut pages: Vec<String> = files(dist)?.into_iter().filter(|n| n.ends_with(".html")).collect();
    pages.sort();
    for page in &pages {
        let html = read(page)?;
        check_policy(&html, &serve::page_policy(page)).map_err(|e| format!("www/{page}: {e}"))?;
        write(page, &pin_page(&html, |file| hash(file)).map_err(|e| format!("www/{page}: {e}"))?)?;
    }

    let listed: Vec<(String, String)> = files(dist)?
        .into_iter()
        .filter(|name| name != "sw.js" && !crate::caseload::PAGE_FILES.contains(&name.as_str()))
        .map(|name| hash(&name).map(|h| (name, h)))
        .collect::<util::Result<_>>()?;
    let worker = service_worker(&read("sw.js")?, &listed).map_err(|e| format!("www/sw.js: {e}"))?;
    write("sw.js", &worker)?;
    hash(ENTRY)
}

/// The names of the files directly in `dir`, sorted.
fn files(dir: &Path) -> util::Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        if entry.path().is_file() {
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    names.sort();
    Ok(names)
}

/// `text` with the one occurrence of `marker` replaced by `value`; an error when `marker` is not
/// there exactly once (a source file and this build no longer agree).
fn fill(text: &str, marker: &str, value: &str) -> util::Result<String> {
    match text.matches(marker).count() {
        1 => Ok(text.replacen(marker, value, 1)),
        n => Err(format!("expected `{marker}` once, found it {n} times")),
    }
}

/// wasm-bindgen's `--target web` glue, taken apart so that it can live inside another module.
#[derive(Debug)]
struct Glue {
    /// The glue without its `export` keywords and export lists.
    body: String,
    /// What it exported: (exported name, local name).
    exports: Vec<(String, String)>,
}

/// What the entry modules import from the glue: if the glue stops exporting one of these, the
/// build fails here rather than in a visitor's browser.
const GLUE_EXPORTS: &[&str] = &["default", "mount", "programs", "screen"];

impl Glue {
    /// Reads the glue, failing loudly on any shape this bundler was not written for (a
    /// wasm-bindgen upgrade that changes it must be looked at, not shipped half-bundled).
    fn parse(glue: &str) -> util::Result<Glue> {
        let unexpected = |line: &str, why: &str| {
            Err(format!(
                "wasm-bindgen's glue ({GLUE}) has a shape this bundler does not know ({why}): `{}`; \
                 see xtask/src/dist.rs",
                line.trim()
            ))
        };
        let mut body = String::with_capacity(glue.len());
        let mut exports = Vec::new();
        for line in glue.lines() {
            let trimmed = line.trim_start();
            if let Some(list) = trimmed.strip_prefix("export {") {
                let Some(list) = list.trim_end().strip_suffix("};") else {
                    return unexpected(line, "an export list over several lines");
                };
                for item in list.split(',').map(str::trim).filter(|i| !i.is_empty()) {
                    match item.split_once(" as ") {
                        Some((local, exported)) => exports.push((exported.trim().into(), local.trim().into())),
                        None => exports.push((item.into(), item.into())),
                    }
                }
                continue;
            }
            if let Some(rest) = trimmed.strip_prefix("export default ") {
                let local = rest.trim_end().trim_end_matches(';');
                if !is_identifier(local) {
                    return unexpected(line, "a default export that is not a name");
                }
                exports.push(("default".into(), local.into()));
                continue;
            }
            if let Some(rest) = trimmed.strip_prefix("export ") {
                let name = ["class ", "function ", "async function ", "const ", "let "]
                    .iter()
                    .find_map(|kind| rest.strip_prefix(kind))
                    .map(|r| r.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$')).next().unwrap_or(""));
                match name {
                    Some(name) if is_identifier(name) => exports.push((name.into(), name.into())),
                    _ => return unexpected(line, "an export of an unknown kind"),
                }
                body.push_str(&line.replacen("export ", "", 1));
                body.push('\n');
                continue;
            }
            if trimmed.starts_with("import ") || trimmed.starts_with("import{") || line.contains("import(") {
                return unexpected(line, "an import: the bundle must not load anything unpinned");
            }
            if trimmed.starts_with("export") {
                return unexpected(line, "an export of an unknown kind");
            }
            body.push_str(line);
            body.push('\n');
        }
        for name in GLUE_EXPORTS {
            if !exports.iter().any(|(exported, _)| exported == name) {
                return Err(format!("wasm-bindgen's glue ({GLUE}) no longer exports `{name}`; see xtask/src/dist.rs"));
            }
        }
        // The entries hand the initializer `{ module_or_path: fetch(url, { integrity }) }`.
        if !body.contains("module_or_path") {
            return Err(format!(
                "wasm-bindgen's initializer in {GLUE} no longer takes `module_or_path`: the wasm would load unpinned; \
                 see xtask/src/dist.rs"
            ));
        }
        Ok(Glue { body, exports })
    }

    /// `entry` with its one `import … from './screener.js';` replaced by the glue, scoped in a
    /// function of its own (so no name of the glue can clash with the entry's) whose exports are
    /// bound to the names the entry imported. Any other import is an error: it would be unpinned.
    fn bundle_into(&self, entry: &str) -> util::Result<String> {
        let mut out = String::with_capacity(entry.len() + self.body.len() + 512);
        let mut found = 0;
        for line in entry.lines() {
            let trimmed = line.trim();
            if let Some(clause) = trimmed.strip_prefix("import ").and_then(|r| r.strip_suffix(" from './screener.js';"))
            {
                found += 1;
                out.push_str(&format!("const {} = (() => {{\n", self.binding(clause)?));
                out.push_str("// ---- wasm-bindgen's glue (screener.js), bundled by cargo xtask dist ----\n");
                out.push_str(&self.body);
                let returned: Vec<String> =
                    self.exports.iter().map(|(exported, local)| format!("{exported}: {local}")).collect();
                out.push_str(&format!("return {{ {} }};\n}})();\n", returned.join(", ")));
                out.push_str("// ---- end of the glue ----\n");
                continue;
            }
            if trimmed.starts_with("import ") || trimmed.starts_with("export * from") || line.contains("import(") {
                return Err(format!("an import the bundle would leave unpinned: `{trimmed}`"));
            }
            out.push_str(line);
            out.push('\n');
        }
        match found {
            1 => Ok(out),
            n => Err(format!("expected one `import … from './screener.js';` line, found {n}")),
        }
    }

    /// `init, { mount, programs as wasmPrograms }` as a destructuring pattern:
    /// `{ default: init, mount: mount, programs: wasmPrograms }`.
    fn binding(&self, clause: &str) -> util::Result<String> {
        let (default, named) = match clause.split_once('{') {
            Some((default, named)) => (
                default.trim().trim_end_matches(',').trim(),
                named.trim().strip_suffix('}').ok_or("an import list without `}`")?,
            ),
            None => (clause.trim(), ""),
        };
        let mut parts = Vec::new();
        if !default.is_empty() {
            parts.push(("default".to_owned(), default.to_owned()));
        }
        for item in named.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let (imported, local) = item.split_once(" as ").map(|(a, b)| (a.trim(), b.trim())).unwrap_or((item, item));
            parts.push((imported.to_owned(), local.to_owned()));
        }
        for (imported, local) in &parts {
            if !is_identifier(local) || !(imported == "default" || is_identifier(imported)) {
                return Err(format!("an import clause this bundler does not read: `{clause}`"));
            }
            if !self.exports.iter().any(|(exported, _)| exported == imported) {
                return Err(format!("the glue exports no `{imported}`"));
            }
        }
        let fields: Vec<String> = parts.iter().map(|(imported, local)| format!("{imported}: {local}")).collect();
        Ok(format!("{{ {} }}", fields.join(", ")))
    }
}

fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
}

/// Fails unless `html` carries exactly `policy` in a `<meta http-equiv="Content-Security-Policy">`
/// before its first script.
fn check_policy(html: &str, policy: &str) -> util::Result {
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    let at = html.find(&meta).ok_or_else(|| format!("no `{meta}`: every page carries the site's policy"))?;
    if html.matches("http-equiv=\"Content-Security-Policy\"").count() != 1 {
        return Err("more than one Content-Security-Policy meta element".into());
    }
    if html.find("<script").is_some_and(|script| script < at) {
        return Err("a script comes before the Content-Security-Policy meta element".into());
    }
    Ok(())
}

/// `html` with `integrity="…" crossorigin="anonymous"` on every `<script src>` and every
/// stylesheet and modulepreload `<link>` (each naming a file of this folder, hashed by `hash`).
/// A `preload` of the wasm gets no integrity: Chromium ignores it there (with a console warning)
/// and the entry's `fetch` checks the bytes it takes from the preload anyway. A script without
/// `src`, a file from elsewhere, or an `integrity` already written is an error.
fn pin_page(html: &str, hash: impl Fn(&str) -> util::Result<String>) -> util::Result<String> {
    let mut out = String::with_capacity(html.len() + 512);
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find('>').ok_or("a tag that does not end")?;
        let tag = &rest[..end];
        let name = tag[1..].split(|c: char| c.is_whitespace()).next().unwrap_or("").to_ascii_lowercase();
        let pinned = match name.as_str() {
            "script" => Some(attribute(tag, "src").ok_or("a script without `src` (inline scripts break the policy)")?),
            "link" => match attribute(tag, "rel").as_deref() {
                Some("stylesheet" | "modulepreload") => Some(attribute(tag, "href").ok_or("a link without `href`")?),
                _ => None,
            },
            _ => None,
        };
        out.push_str(tag);
        if let Some(file) = pinned {
            if attribute(tag, "integrity").is_some() {
                return Err(format!("`{tag}>` already has an integrity: dist writes it"));
            }
            if file.contains(':') || file.contains('/') || file.starts_with('.') {
                return Err(format!("`{file}` is not a file of this folder: it cannot be pinned here"));
            }
            out.push_str(&format!(" integrity=\"{}\"", hash(&file)?));
            if attribute(tag, "crossorigin").is_none() {
                out.push_str(" crossorigin=\"anonymous\"");
            }
        }
        out.push('>');
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The value of `name="…"` in `tag` (our own pages quote every attribute with `"`).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let needle = format!(" {name}=\"");
    let at = tag.find(&needle)? + needle.len();
    tag[at..].split('"').next().map(str::to_owned)
}

/// `sw.js` with this build's id and its file list (each name with its `sha384-…`).
fn service_worker(template: &str, files: &[(String, String)]) -> util::Result<String> {
    if files.is_empty() {
        return Err("no files to precache".into());
    }
    let mut listing = String::new();
    for (name, integrity) in files {
        if name.contains(['"', '\\', '\n']) {
            return Err(format!("a file name that cannot be listed: {name:?}"));
        }
        listing.push_str(&format!("{name} {integrity}\n"));
    }
    let build = sri::base64(&sri::sha384(listing.as_bytes())[..9]).replace(['+', '/'], "-");
    let entries: Vec<String> = files.iter().map(|(name, integrity)| format!("  \"{name}\": \"{integrity}\"")).collect();
    let text = fill(template, "/*dist:build*/ null", &format!("'{build}'"))?;
    fill(&text, "/*dist:files*/ null", &format!("{{\n{}\n}}", entries.join(",\n")))
}

/// Node's zlib writes `NAME.br` (brotli, quality 11) and `NAME.gz` (gzip, level 9) beside every
/// page, script, stylesheet and wasm file: web servers can send them as they are
/// (`cargo xtask serve` does, as nginx's `gzip_static`/`brotli_static` would).
const PRECOMPRESS: &str = r#"
const fs = require('fs'), path = require('path'), zlib = require('zlib');
const dir = process.argv[1];
for (const name of fs.readdirSync(dir)) {
  if (!/\.(html|js|css|wasm|ts|svg|webmanifest)$/.test(name)) continue;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape wasm-bindgen 0.2 writes for `--target web`, cut down.
    const GLUE_TEXT: &str = "export class ScreenerHandle {\n    free() {}\n}\nexport function mount(container, options) {\n    return wasm.mount(container, options);\n}\nexport function programs() {}\nexport function screen(request) {}\nlet wasm;\nasync function __wbg_init(module_or_path) {\n    if (module_or_path === undefined) module_or_path = new URL('screener_bg.wasm', import.meta.url);\n}\nfunction initSync(module) {}\nexport { initSync, __wbg_init as default };\n";

    #[test]
    fn the_glue_is_scoped_into_the_entry_with_the_names_it_imported() {
        let glue = Glue::parse(GLUE_TEXT).unwrap();
        assert!(!glue.body.contains("export"), "{}", glue.body);
        let entry = "// the element\nimport init, { mount, programs as wasmPrograms } from './screener.js';\nconst wasm = 'mine';\ninit();\n";
        let bundled = glue.bundle_into(entry).unwrap();
        assert!(
            bundled.starts_with(
                "// the element\nconst { default: init, mount: mount, programs: wasmPrograms } = (() => {\n"
            ),
            "{bundled}"
        );
        assert!(bundled.contains("return { ScreenerHandle: ScreenerHandle, mount: mount, programs: programs, screen: screen, initSync: initSync, default: __wbg_init };\n})();"), "{bundled}");
        // The glue's own `wasm` lives in the function's scope: the entry's `const wasm` does not clash.
        assert!(bundled.ends_with("const wasm = 'mine';\ninit();\n"));
        assert!(!bundled.contains("./screener.js"));
    }

    #[test]
    fn an_unknown_glue_or_entry_shape_fails_the_build() {
        for (change, why) in [
            (
                GLUE_TEXT.replace("export { initSync, __wbg_init as default };\n", "export { initSync };\n"),
                "no default",
            ),
            (GLUE_TEXT.replace("export function screen(request) {}\n", ""), "no screen"),
            (format!("import {{ x }} from './snippets/x.js';\n{GLUE_TEXT}"), "an import"),
            (GLUE_TEXT.replace("export function programs() {}", "export * from './other.js';"), "export *"),
            (
                GLUE_TEXT.replace("export { initSync, __wbg_init as default };", "export {\n initSync };"),
                "a list over lines",
            ),
            (GLUE_TEXT.replace("module_or_path", "input"), "another initializer"),
        ] {
            let error = Glue::parse(&change).expect_err(why);
            assert!(error.contains("screener.js"), "{why}: {error}");
        }
        let glue = Glue::parse(GLUE_TEXT).unwrap();
        assert!(glue.bundle_into("const a = 1;\n").is_err(), "no import of the glue");
        assert!(
            glue.bundle_into("import init from './screener.js';\nimport x from './x.js';\n").is_err(),
            "another import"
        );
        assert!(glue.bundle_into("import { nothing } from './screener.js';\n").is_err(), "a name the glue lacks");
        let twice = "import init from './screener.js';\nimport init2 from './screener.js';\n";
        assert!(glue.bundle_into(twice).is_err());
    }

    #[test]
    fn markers_are_filled_exactly_once() {
        assert_eq!(fill("a /*m*/ b", "/*m*/", "X").unwrap(), "a X b");
        assert!(fill("a b", "/*m*/", "X").is_err());
        assert!(fill("/*m*/ /*m*/", "/*m*/", "X").is_err());
    }

    #[test]
    fn pages_get_the_integrity_of_every_script_and_stylesheet() {
        let html = "<!doctype html>\n<link rel=\"icon\" href=\"favicon.svg\">\n<link rel=\"stylesheet\" href=\"a.css\">\n<link rel=\"preload\" href=\"m.wasm\" as=\"fetch\" crossorigin=\"anonymous\">\n<!-- a comment -->\n<script type=\"module\" src=\"a.js\"></script>\n<p>text</p>";
        let pinned = pin_page(html, |file| Ok(format!("sha384-{file}"))).unwrap();
        assert_eq!(
            pinned,
            "<!doctype html>\n<link rel=\"icon\" href=\"favicon.svg\">\n<link rel=\"stylesheet\" href=\"a.css\" integrity=\"sha384-a.css\" crossorigin=\"anonymous\">\n<link rel=\"preload\" href=\"m.wasm\" as=\"fetch\" crossorigin=\"anonymous\">\n<!-- a comment -->\n<script type=\"module\" src=\"a.js\" integrity=\"sha384-a.js\" crossorigin=\"anonymous\"></script>\n<p>text</p>"
        );
        let hash = |file: &str| Ok(format!("sha384-{file}"));
        assert!(pin_page("<script>alert(1)</script>", hash).is_err(), "an inline script");
        assert!(pin_page("<script src=\"https://cdn.example/x.js\"></script>", hash).is_err(), "another origin");
        assert!(pin_page("<script src=\"../x.js\"></script>", hash).is_err(), "outside the folder");
        assert!(pin_page("<script src=\"x.js\" integrity=\"sha384-old\"></script>", hash).is_err(), "already pinned");
    }

    #[test]
    fn pages_carry_the_policy_before_any_script() {
        let policy = serve::page_policy("index.html");
        let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
        assert!(check_policy(&format!("<head>{meta}<script src=\"a.js\"></script>"), &policy).is_ok());
        assert!(check_policy("<head><script src=\"a.js\"></script>", &policy).is_err(), "none");
        assert!(check_policy(&format!("<script src=\"a.js\"></script>{meta}"), &policy).is_err(), "after a script");
        let other = meta.replace("img-src 'self'", "img-src *");
        assert!(check_policy(&other, &policy).is_err(), "another policy");
    }

    #[test]
    fn the_service_worker_lists_every_file_with_its_hash_and_a_build_id() {
        let template = "const BUILD = /*dist:build*/ null;\nconst FILES = /*dist:files*/ null;\n";
        let files = [("a.js".to_owned(), "sha384-A".to_owned()), ("index.html".to_owned(), "sha384-I".to_owned())];
        let worker = service_worker(template, &files).unwrap();
        assert!(
            worker.contains("const FILES = {\n  \"a.js\": \"sha384-A\",\n  \"index.html\": \"sha384-I\"\n};"),
            "{worker}"
        );
        let build = worker.split('\'').nth(1).unwrap();
        assert_eq!(build.len(), 12);
        // Another build (one byte of one file) is another cache.
        let changed = [files[0].clone(), ("index.html".to_owned(), "sha384-J".to_owned())];
        assert_ne!(service_worker(template, &changed).unwrap().split('\'').nth(1).unwrap(), build);
        assert!(service_worker(template, &[]).is_err());
        assert!(service_worker("no markers", &files).is_err());
    }
}
