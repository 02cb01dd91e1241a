//! Modules bundled into the entry modules, so that one `integrity` on a script tag covers every
//! byte it runs: `builds.js` (the widget's builds, shared by the standalone page and the element)
//! and, inside it, each build's wasm-bindgen `--target web` glue (`screener.js`,
//! `screener_family_en.js` …), each as a function that makes it. Hand-written on purpose: a
//! general bundler would be a large npm tool chain for a few known shapes of file, and this one
//! fails the build on any shape it was not written for instead of guessing.

use crate::util;

/// An ES module taken apart so that it can live inside another module.
#[derive(Debug)]
pub struct Module {
    /// Its file name in `dist/` (for messages and the import it replaces).
    file: String,
    /// The module without its `export` keywords and export lists.
    body: String,
    /// What it exported: (exported name, local name).
    exports: Vec<(String, String)>,
}

/// What the entries use of every build's glue, and of the full build's: if the glue stops
/// exporting one of these, the build fails here rather than in a visitor's browser.
pub const GLUE_EXPORTS: &[&str] = &["default", "mount"];
pub const API_EXPORTS: &[&str] = &["checkOption", "programs", "screen"];

impl Module {
    /// Reads a module, failing loudly on any shape this bundler was not written for (a
    /// wasm-bindgen upgrade that changes its glue must be looked at, not shipped half-bundled).
    pub fn parse(text: &str, file: &str) -> util::Result<Module> {
        let unexpected = |line: &str, why: &str| {
            Err(format!(
                "{file} has a shape this bundler does not know ({why}): `{}`; see xtask/src/site/glue.rs",
                line.trim()
            ))
        };
        let mut body = String::with_capacity(text.len());
        let mut exports = Vec::new();
        for line in text.lines() {
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
        Ok(Module { file: file.to_owned(), body, exports })
    }

    /// wasm-bindgen's glue (`file`), checked: it exports `names` and its initializer takes
    /// `module_or_path` (the entries hand it `fetch(url, { integrity })`).
    pub fn glue(text: &str, file: &str, names: &[&str]) -> util::Result<Module> {
        let glue = Module::parse(text, file)?;
        for name in names {
            if !glue.exports.iter().any(|(exported, _)| exported == name) {
                return Err(format!(
                    "wasm-bindgen's glue ({file}) no longer exports `{name}`; see xtask/src/site/glue.rs"
                ));
            }
        }
        if !glue.body.contains("module_or_path") {
            return Err(format!(
                "wasm-bindgen's initializer in {file} no longer takes `module_or_path`: the wasm would load unpinned; \
                 see xtask/src/site/glue.rs"
            ));
        }
        Ok(glue)
    }

    /// The module as a function expression that makes it: its body, scoped in the function
    /// (calling it twice makes two), returning its exports.
    pub fn factory(&self) -> String {
        let returned: Vec<String> =
            self.exports.iter().map(|(exported, local)| format!("{exported}: {local}")).collect();
        format!(
            "() => {{\n// ---- {} (bundled by cargo xtask dist) ----\n{}return {{ {} }};\n}}",
            self.file,
            self.body,
            returned.join(", ")
        )
    }

    /// `entry` with its one `import … from './{file}';` replaced by the module, scoped in a
    /// function of its own (so no name of the module can clash with the entry's) whose exports
    /// are bound to the names the entry imported. Any other import is an error: it would be
    /// unpinned.
    pub fn bundle_into(&self, entry: &str) -> util::Result<String> {
        let mut out = String::with_capacity(entry.len() + self.body.len() + 512);
        let mut found = 0;
        let from = format!(" from './{}';", self.file);
        for line in entry.lines() {
            let trimmed = line.trim();
            if let Some(clause) = trimmed.strip_prefix("import ").and_then(|r| r.strip_suffix(from.as_str())) {
                found += 1;
                out.push_str(&format!("const {} = (", self.binding(clause)?));
                out.push_str(&self.factory());
                out.push_str(")();\n");
                out.push_str(&format!("// ---- end of {} ----\n", self.file));
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
            n => Err(format!("expected one `import … from './{}';` line, found {n}", self.file)),
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
                return Err(format!("{} exports no `{imported}`", self.file));
            }
        }
        let fields: Vec<String> = parts.iter().map(|(imported, local)| format!("{imported}: {local}")).collect();
        Ok(format!("{{ {} }}", fields.join(", ")))
    }
}

fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$') && chars.all(is_identifier_char)
}

/// Whether `c` may stand inside a JavaScript identifier (as this bundler reads one).
pub(crate) fn is_identifier_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape wasm-bindgen 0.2 writes for `--target web`, cut down.
    const GLUE_TEXT: &str = "export class ScreenerHandle {\n    free() {}\n}\nexport function mount(container, options) {\n    return wasm.mount(container, options);\n}\nexport function checkOption(name, value) {}\nexport function programs() {}\nexport function screen(request) {}\nlet wasm;\nasync function __wbg_init(module_or_path) {\n    if (module_or_path === undefined) module_or_path = new URL('screener_bg.wasm', import.meta.url);\n}\nfunction initSync(module) {}\nexport { initSync, __wbg_init as default };\n";

    #[test]
    fn a_module_is_scoped_into_the_entry_with_the_names_it_imported() {
        let glue = Module::glue(GLUE_TEXT, "screener.js", &[GLUE_EXPORTS, API_EXPORTS].concat()).unwrap();
        assert!(!glue.body.contains("export"), "{}", glue.body);
        let entry = "// the element\nimport init, { mount, programs as wasmPrograms } from './screener.js';\nconst wasm = 'mine';\ninit();\n";
        let bundled = glue.bundle_into(entry).unwrap();
        assert!(
            bundled.starts_with(
                "// the element\nconst { default: init, mount: mount, programs: wasmPrograms } = (() => {\n"
            ),
            "{bundled}"
        );
        assert!(bundled.contains("return { ScreenerHandle: ScreenerHandle, mount: mount, checkOption: checkOption, programs: programs, screen: screen, initSync: initSync, default: __wbg_init };\n})();"), "{bundled}");
        // The glue's own `wasm` lives in the function's scope: the entry's `const wasm` does not clash.
        assert!(bundled.ends_with("const wasm = 'mine';\ninit();\n"));
        assert!(!bundled.contains("./screener.js"));
    }

    #[test]
    fn a_build_s_glue_is_a_function_that_makes_it() {
        let family = GLUE_TEXT.replace("export function checkOption(name, value) {}\nexport function programs() {}\nexport function screen(request) {}\n", "");
        let glue = Module::glue(&family, "screener_family_en.js", GLUE_EXPORTS).unwrap();
        assert!(Module::glue(&family, "screener_family_en.js", API_EXPORTS).is_err(), "a family build has no API");
        let factory = glue.factory();
        assert!(factory.starts_with("() => {\n// ---- screener_family_en.js"), "{factory}");
        assert!(factory.ends_with(
            "return { ScreenerHandle: ScreenerHandle, mount: mount, initSync: initSync, default: __wbg_init };\n}"
        ));
        // builds.js, with the factories written in, bundled the same way.
        let builds = format!("const BUILDS = {{ 'family-en': {{ glue: {factory} }} }};\nexport function build(name) {{ return BUILDS[name].glue(); }}\n");
        let module = Module::parse(&builds, "builds.js").unwrap();
        let entry = module.bundle_into("import { build } from './builds.js';\nbuild('family-en');\n").unwrap();
        assert!(entry.starts_with("const { build: build } = (() => {\n"), "{entry}");
        assert!(entry.ends_with("// ---- end of builds.js ----\nbuild('family-en');\n"), "{entry}");
    }

    #[test]
    fn an_unknown_glue_or_entry_shape_fails_the_build() {
        let all = [GLUE_EXPORTS, API_EXPORTS].concat();
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
            let error = Module::glue(&change, "screener.js", &all).expect_err(why);
            assert!(error.contains("screener.js"), "{why}: {error}");
        }
        let glue = Module::glue(GLUE_TEXT, "screener.js", &all).unwrap();
        assert!(glue.bundle_into("const a = 1;\n").is_err(), "no import of the glue");
        assert!(
            glue.bundle_into("import init from './screener.js';\nimport x from './x.js';\n").is_err(),
            "another import"
        );
        assert!(glue.bundle_into("import { nothing } from './screener.js';\n").is_err(), "a name the glue lacks");
        let twice = "import init from './screener.js';\nimport init2 from './screener.js';\n";
        assert!(glue.bundle_into(twice).is_err());
    }
}
