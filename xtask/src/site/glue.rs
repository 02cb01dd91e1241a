//! wasm-bindgen's `--target web` glue (`screener.js`), bundled into each entry module that
//! imports it, so that one `integrity` on a script tag covers every byte it runs. Hand-written on
//! purpose: a general bundler would be a large npm tool chain for one known shape of one file,
//! and this one fails the build on any shape it was not written for instead of guessing.

use crate::util;

/// The glue as wasm-bindgen writes it; not shipped.
pub const GLUE: &str = "screener.js";

/// wasm-bindgen's `--target web` glue, taken apart so that it can live inside another module.
#[derive(Debug)]
pub struct Glue {
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
    pub fn parse(glue: &str) -> util::Result<Glue> {
        let unexpected = |line: &str, why: &str| {
            Err(format!(
                "wasm-bindgen's glue ({GLUE}) has a shape this bundler does not know ({why}): `{}`; \
                 see xtask/src/site/glue.rs",
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
                return Err(format!(
                    "wasm-bindgen's glue ({GLUE}) no longer exports `{name}`; see xtask/src/site/glue.rs"
                ));
            }
        }
        // The entries hand the initializer `{ module_or_path: fetch(url, { integrity }) }`.
        if !body.contains("module_or_path") {
            return Err(format!(
                "wasm-bindgen's initializer in {GLUE} no longer takes `module_or_path`: the wasm would load unpinned; \
                 see xtask/src/site/glue.rs"
            ));
        }
        Ok(Glue { body, exports })
    }

    /// `entry` with its one `import … from './screener.js';` replaced by the glue, scoped in a
    /// function of its own (so no name of the glue can clash with the entry's) whose exports are
    /// bound to the names the entry imported. Any other import is an error: it would be unpinned.
    pub fn bundle_into(&self, entry: &str) -> util::Result<String> {
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
}
