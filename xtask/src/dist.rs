//! `cargo xtask dist`: the self-contained static site in `dist/`. The widget's library is built
//! for wasm32 ([`crate::site::wasm`]) in each of its [`WIDGET_BUILDS`] (the full build:
//! `screener.js` + `screener_bg.wasm`; the families': `screener_family_en_bg.wasm` …), and so is
//! the caseload page's (`screener_caseload.js` + `screener_caseload_bg.wasm`); each one's imports
//! from its glue get short names ([`crate::site::imports`]). They are joined by the files of `www/`
//! (pages, entry modules, stylesheets, the custom element and its types, whose program ids are
//! written from the rulebooks: [`crate::site::types`]), the rules pages, written from the
//! rulebooks too ([`crate::site::rules`]; made first, so that a rulebook without its "Not
//! encoded" paragraph fails the build before anything is compiled), and the snippet builder's
//! pages, with its script's words ([`crate::site::builder`]).
//!
//! Then every file is pinned, so that one `integrity` on a script tag covers every byte it runs:
//! 1. `builds.js`, with every build's wasm-bindgen glue (as a function that makes it) and the
//!    SHA-384 of its `.wasm`, is bundled into each entry module that imports it
//!    (`peer-support-screener.js`, `main.js`), and neither it nor the glue files are shipped
//!    ([`crate::site::glue`]);
//! 2. the SHA-384 of the full build's `.wasm` and of `screener.css` is written into those
//!    entries, which fetch and link them with it (and the caseload page's wasm into `caseload.js`);
//! 3. every module script is minified ([`minify`]: terser), now that nothing more is written
//!    into it;
//! 4. each page's `<script src>` and stylesheet gets the `integrity` of its file, and each
//!    page must carry the site's Content-Security-Policy in a `<meta>` ([`crate::site::pages`]);
//! 5. `sw.js` gets the list of every file with its hash, for the offline cache ([`crate::site::worker`]);
//! 6. brotli and gzip copies, and the ready-to-paste script tag of the element.

use std::path::Path;

use crate::site::glue::{Module, API_EXPORTS, GLUE_EXPORTS};
use crate::site::{builder, csp, imports, markers::fill, pages, prerender, rules, sri, types, wasm, worker};
use crate::tools::Tools;
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

/// The caseload page screens a whole caseload: speed over size, so wasm-opt's `-O3`, without
/// names or producers.
const CASELOAD_WASM_OPT: &[&str] = &["-O3", "--strip-debug", "--strip-producers"];

/// One build of the widget: its name in `builds.js`, its files' name, its cargo features.
struct WidgetBuild {
    name: &'static str,
    out_name: &'static str,
    features: &'static [&'static str],
}

/// The widget's builds (`crates/widget/src/build.rs`): the full build (every language and layout,
/// the JavaScript API), and a build per language for families (the guided path alone), which
/// the family pages load instead.
const WIDGET_BUILDS: &[WidgetBuild] = &[
    WidgetBuild { name: "full", out_name: "screener", features: &[] },
    WidgetBuild {
        name: "family-en",
        out_name: "screener_family_en",
        features: &["--no-default-features", "--features", "lang-en"],
    },
    WidgetBuild {
        name: "family-es",
        out_name: "screener_family_es",
        features: &["--no-default-features", "--features", "lang-es"],
    },
];

/// The custom element and JavaScript API: the one file an agency's page names.
pub const ENTRY: &str = "peer-support-screener.js";
/// The entry modules that import `builds.js`, which is bundled into each.
const BUNDLED: &[&str] = &[ENTRY, "main.js"];
/// The widget's builds and the page's loader, bundled into the entries, not shipped.
const BUILDS_MODULE: &str = "builds.js";
/// Where `builds.js` has the builds written.
const BUILDS_MARKER: &str = "/*dist:builds*/ null";
/// The page's first script (render-blocking), which starts fetching the build the link asks for.
const START: &str = "start.js";
/// Where `start.js` has each build's WebAssembly file written.
const START_MARKER: &str = "/*dist:wasm-files*/ null";
/// Where an entry has the WebAssembly's and the stylesheet's hashes written.
const INTEGRITY_MARKER: &str = "/*dist:integrity*/ null";

/// The caseload page's own files. The widget's pages never load them, and their service worker
/// does not precache them (so a visit to the widget fetches not a byte of the caseload page).
const CASELOAD_FILES: &[&str] =
    &["caseload.html", "caseload.js", "caseload.css", "screener_caseload.js", "screener_caseload_bg.wasm"];
/// The caseload page's build: `screener_caseload.js` + `screener_caseload_bg.wasm`.
const CASELOAD_OUT_NAME: &str = "screener_caseload";
/// Where `caseload.js` has its WebAssembly's hash written.
const CASELOAD_WASM_MARKER: &str = "/*dist:caseload-wasm*/ null";

pub fn run(tools: &Tools) -> util::Result {
    let root = util::root();
    let dist = root.join("dist");
    let mut written_pages = rules::pages(&root, &screener::rules::ALL)?;
    written_pages.extend(builder::pages(&screener::rules::ALL)?);
    if dist.exists() {
        std::fs::remove_dir_all(&dist).map_err(|e| format!("cannot clear dist/: {e}"))?;
    }
    std::fs::create_dir_all(&dist).map_err(|e| format!("cannot create dist/: {e}"))?;

    for build in WIDGET_BUILDS {
        util::step(&format!(
            "the widget's WebAssembly, build {} (profile wasm-release, wasm-bindgen, wasm-opt's removal passes)",
            build.name
        ));
        let widget = wasm::Bundle {
            package: "screener-widget",
            features: build.features,
            out_name: build.out_name,
            wasm_opt: WASM_OPT_PASSES,
        };
        wasm::build(tools, &dist, widget)?;
    }
    util::step("the caseload page's WebAssembly (profile wasm-release, wasm-bindgen, wasm-opt -O3)");
    let caseload = wasm::Bundle {
        package: "screener-caseload-web",
        features: &[],
        out_name: CASELOAD_OUT_NAME,
        wasm_opt: CASELOAD_WASM_OPT,
    };
    wasm::build(tools, &dist, caseload)?;
    util::step("short names for what each WebAssembly imports from its glue");
    let out_names: Vec<&str> = WIDGET_BUILDS.iter().map(|b| b.out_name).chain([CASELOAD_OUT_NAME]).collect();
    imports::shorten(&dist, &out_names)?;

    copy_dir(&root.join("www"), &dist)?;
    util::step("the pages' first screens (the widget's view code, rendered natively)");
    let today = prerender::today();
    let index =
        prerender::index_html(&read(&dist, "index.html")?, &today).map_err(|e| format!("www/index.html: {e}"))?;
    write(&dist, "index.html", &index)?;
    let embed =
        prerender::embed_html(&read(&dist, "embed.html")?, &today).map_err(|e| format!("www/embed.html: {e}"))?;
    write(&dist, "embed.html", &embed)?;
    let files = WIDGET_BUILDS.iter().map(|b| format!("'{}': '{}_bg.wasm'", b.name, b.out_name)).collect::<Vec<_>>();
    let start = fill(&read(&dist, START)?, START_MARKER, &format!("{{ {} }}", files.join(", ")))
        .map_err(|e| format!("www/{START}: {e}"))?;
    write(&dist, START, &start)?;
    for (name, html) in &written_pages {
        if dist.join(name).exists() {
            return Err(format!("www/{name}: the rules and builder pages are written by dist, not kept in www/"));
        }
        write(&dist, name, html)?;
    }
    write(&dist, builder::SCRIPT, &builder::script(&read(&dist, builder::SCRIPT)?)?)?;
    let declarations = read(&dist, types::FILE)?;
    write(&dist, types::FILE, &types::with_program_ids(&declarations, &screener::rules::ALL)?)?;
    util::step("pinning every file (bundled glue, integrity, the service worker's list)");
    pin_caseload(&dist)?;
    let entry = pin(tools, &dist)?;
    precompress(&dist)?;
    report(&dist)?;
    println!(
        "\nThe script tag for an agency's page (the folder as served there in place of /screener/):\n\n  \
         <script type=\"module\" src=\"/screener/{ENTRY}\" integrity=\"{entry}\" crossorigin=\"anonymous\"></script>\n\n\
         The snippet builder writes it with the element, the policy and the iframe: {}.\n",
        builder::page::file_name(screener::model::Lang::En)
    );
    Ok(())
}

fn read(dist: &Path, name: &str) -> util::Result<String> {
    std::fs::read_to_string(dist.join(name)).map_err(|e| format!("dist/{name}: {e}"))
}

fn write(dist: &Path, name: &str, text: &str) -> util::Result {
    std::fs::write(dist.join(name), text).map_err(|e| format!("dist/{name}: {e}"))
}

fn hash(dist: &Path, name: &str) -> util::Result<String> {
    std::fs::read(dist.join(name)).map(|bytes| sri::integrity(&bytes)).map_err(|e| format!("dist/{name}: {e}"))
}

/// Writes the SHA-384 of the caseload page's WebAssembly into `caseload.js` (which fetches it
/// with it), before the pages are pinned: then the page's pinned script pins every byte it runs,
/// as the widget's entries do.
fn pin_caseload(dist: &Path) -> util::Result {
    let script = read(dist, "caseload.js")?;
    let wasm = format!("'{}'", hash(dist, "screener_caseload_bg.wasm")?);
    write(
        dist,
        "caseload.js",
        &fill(&script, CASELOAD_WASM_MARKER, &wasm).map_err(|e| format!("www/caseload.js: {e}"))?,
    )
}

/// `builds.js`'s table of the widget's builds: each one's WebAssembly, its hash (the full
/// build's is the entries' INTEGRITY.wasm, written once) and its glue as a function; the glue
/// files are removed from `dist`.
fn builds_table(dist: &Path) -> util::Result<String> {
    let mut table = String::from("{\n");
    for build in WIDGET_BUILDS {
        let file = format!("{}.js", build.out_name);
        let wasm = format!("{}_bg.wasm", build.out_name);
        let full = build.name == "full";
        let exports = if full { [GLUE_EXPORTS, API_EXPORTS].concat() } else { GLUE_EXPORTS.to_vec() };
        let glue = Module::glue(&read(dist, &file)?, &file, &exports)?;
        std::fs::remove_file(dist.join(&file)).map_err(|e| format!("dist/{file}: {e}"))?;
        let integrity = if full { "null".to_owned() } else { format!("'{}'", hash(dist, &wasm)?) };
        table.push_str(&format!(
            "  '{}': {{ wasm: '{wasm}', integrity: {integrity}, glue: {} }},\n",
            build.name,
            glue.factory()
        ));
    }
    table.push('}');
    Ok(table)
}

/// The one script of the site that is not a module: the service worker. It is not minified: it
/// is fetched once the page has loaded, not while a person waits (2.8 KB brotli), and its list
/// of files stays readable.
const WORKER: &str = "sw.js";

/// Minifies the module script `name` of `dist` in place with terser: whitespace and comments
/// out, local names shortened, expressions folded (its `compress`, which keeps what the code
/// does); class names are kept, for the console's messages and stack traces. The readable script
/// is the one in `www/`. The element's script went from 20.9 to 11.4 KB brotli, the family
/// page's `main.js` and `start.js` from 17.6 to 9.8 KB (2026-12-02).
fn minify(tools: &Tools, dist: &Path, name: &str) -> util::Result {
    let (path, minified) = (dist.join(name), dist.join(format!("{name}.min")));
    util::command(&tools.terser)
        .arg(&path)
        .args(["--module", "--compress", "--mangle", "--keep-classnames", "--ecma", "2020", "--output"])
        .arg(&minified)
        .run()?;
    std::fs::rename(&minified, &path).map_err(|e| format!("cannot replace dist/{name}: {e}"))
}

/// Steps 1 to 5 of the module docs, in `dist`; returns the entry's `integrity`.
fn pin(tools: &Tools, dist: &Path) -> util::Result<String> {
    let builds = fill(&read(dist, BUILDS_MODULE)?, BUILDS_MARKER, &builds_table(dist)?)
        .map_err(|e| format!("www/{BUILDS_MODULE}: {e}"))?;
    let builds = Module::parse(&builds, BUILDS_MODULE)?;
    std::fs::remove_file(dist.join(BUILDS_MODULE)).map_err(|e| format!("dist/{BUILDS_MODULE}: {e}"))?;
    let integrity =
        format!("{{ wasm: '{}', css: '{}' }}", hash(dist, "screener_bg.wasm")?, hash(dist, "screener.css")?);
    for name in BUNDLED {
        let bundled = builds.bundle_into(&read(dist, name)?).map_err(|e| format!("www/{name}: {e}"))?;
        write(dist, name, &fill(&bundled, INTEGRITY_MARKER, &integrity).map_err(|e| format!("www/{name}: {e}"))?)?;
    }

    for script in files(dist)?.iter().filter(|n| n.ends_with(".js") && n.as_str() != WORKER) {
        minify(tools, dist, script)?;
    }

    let pages: Vec<String> = files(dist)?.into_iter().filter(|n| n.ends_with(".html")).collect();
    for page in &pages {
        let html = read(dist, page)?;
        pages::check_policy(&html, &csp::page_policy(page)).map_err(|e| format!("www/{page}: {e}"))?;
        let pinned = pages::pin_page(&html, |file| hash(dist, file)).map_err(|e| format!("www/{page}: {e}"))?;
        write(dist, page, &pinned)?;
    }

    let listed: Vec<(String, String)> = files(dist)?
        .into_iter()
        .filter(|name| name != WORKER && !CASELOAD_FILES.contains(&name.as_str()))
        .map(|name| hash(dist, &name).map(|h| (name, h)))
        .collect::<util::Result<_>>()?;
    let sw = worker::service_worker(&read(dist, WORKER)?, &listed).map_err(|e| format!("www/sw.js: {e}"))?;
    write(dist, WORKER, &sw)?;
    hash(dist, ENTRY)
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
