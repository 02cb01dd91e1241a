//! Short names for what the site's WebAssembly imports from its glue.
//!
//! wasm-bindgen names each function a module imports from its glue after the function and a hash
//! (`__wbg_pushState_2ab9…`, 30 to 50 characters), and the name is written twice: in the
//! module's import section and as a key of the glue's import object. Nothing else reads it. The
//! family build imports 135 of them, and `main.js` holds the glue of every build: the names were
//! 1.6 KB of the family build brotli'd and 1.7 KB of `main.js` (measured on 2026-12-03).
//! [`shorten`] gives every import a short name (`$0`, `$1` …, `$` and a number in base 36), the
//! same in the module and in its glue, once wasm-opt is done with the module and before anything
//! is hashed.
//!
//! One table serves every build: an import that several builds share has the same short name in
//! each, so that the glues bundled side by side in `main.js` stay alike and compress as well as
//! before. The names come from the sorted names of all the builds, so a build gives the same
//! bytes on every machine.
//!
//! It fails the build, rather than ship a module and a glue that do not match, when an import is
//! not a whole word of its glue, when a short name is one already, when a name imported is also
//! one the module exports, or when a module has a shape this reader does not know.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::site::glue::is_identifier_char;
use crate::util;

/// Gives the imports of each build `{out_name}_bg.wasm` short names, in it and in its glue
/// `{out_name}.js`, both in `dist`.
pub fn shorten(dist: &Path, out_names: &[&str]) -> util::Result {
    let mut builds = Vec::new();
    for out_name in out_names {
        let wasm_file = format!("{out_name}_bg.wasm");
        let glue_file = format!("{out_name}.js");
        let wasm = std::fs::read(dist.join(&wasm_file)).map_err(|e| format!("dist/{wasm_file}: {e}"))?;
        let glue = std::fs::read_to_string(dist.join(&glue_file)).map_err(|e| format!("dist/{glue_file}: {e}"))?;
        let module = Module::read(&wasm).map_err(|e| format!("dist/{wasm_file}: {e}"))?;
        builds.push((wasm_file, wasm, module, glue_file, glue));
    }
    let names: BTreeSet<&str> =
        builds.iter().flat_map(|(_, _, module, _, _)| module.imports.iter().map(|i| i.name.as_str())).collect();
    let table: BTreeMap<String, String> =
        names.into_iter().enumerate().map(|(i, name)| (name.to_owned(), short_name(i))).collect();
    for (wasm_file, wasm, module, glue_file, glue) in &builds {
        let (wasm, renamed) = rename_imports(wasm, module, &table).map_err(|e| format!("dist/{wasm_file}: {e}"))?;
        let glue = rename_in_glue(glue, &renamed).map_err(|e| format!("dist/{glue_file}: {e}"))?;
        std::fs::write(dist.join(wasm_file), wasm).map_err(|e| format!("dist/{wasm_file}: {e}"))?;
        std::fs::write(dist.join(glue_file), glue).map_err(|e| format!("dist/{glue_file}: {e}"))?;
    }
    Ok(())
}

/// The `n`th short name: `$` and `n` in base 36.
fn short_name(n: usize) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut digits = Vec::new();
    let mut rest = n;
    loop {
        digits.push(DIGITS[rest % 36]);
        rest /= 36;
        if rest == 0 {
            break;
        }
    }
    digits.reverse();
    format!("${}", String::from_utf8_lossy(&digits))
}

/// Names a module imported, each with the short name it was given: (old, new).
type Renamed = Vec<(String, String)>;

/// `wasm` (read as `module`) with each import's name replaced by its short name in `table`
/// (which has them all), and the names it replaced.
fn rename_imports(
    wasm: &[u8],
    module: &Module,
    table: &BTreeMap<String, String>,
) -> Result<(Vec<u8>, Renamed), String> {
    if let Some(name) = module.imports.iter().find(|import| module.exports.contains(&import.name)) {
        return Err(format!("it imports and exports `{}`: a short name would break the export", name.name));
    }
    let mut out = wasm[..8].to_vec();
    let mut renamed = Vec::new();
    for section in &module.sections {
        let body = &wasm[section.body.clone()];
        if section.id != IMPORT_SECTION {
            out.push(section.id);
            write_u32(&mut out, body.len())?;
            out.extend_from_slice(body);
            continue;
        }
        let mut new_body = Vec::with_capacity(body.len());
        write_u32(&mut new_body, module.imports.len())?;
        for import in &module.imports {
            let short = table.get(&import.name).ok_or_else(|| format!("no short name for `{}`", import.name))?;
            write_name(&mut new_body, &import.module)?;
            write_name(&mut new_body, short)?;
            new_body.extend_from_slice(&wasm[import.description.clone()]);
            renamed.push((import.name.clone(), short.clone()));
        }
        out.push(section.id);
        write_u32(&mut out, new_body.len())?;
        out.extend_from_slice(&new_body);
    }
    Ok((out, renamed))
}

/// `glue` with every whole-word `old` of `renamed` written `new`. Each `old` must be in it, and
/// no `new` may be already.
fn rename_in_glue(glue: &str, renamed: &[(String, String)]) -> Result<String, String> {
    let spans = word_spans(glue);
    let words: BTreeSet<&str> = spans.iter().map(|(_, word)| *word).collect();
    for (old, new) in renamed {
        if !words.contains(old.as_str()) {
            return Err(format!("the module imports `{old}`, which is not a word of its glue"));
        }
        if words.contains(new.as_str()) {
            return Err(format!("the short name `{new}` is already a word of the glue"));
        }
    }
    let table: BTreeMap<&str, &str> = renamed.iter().map(|(old, new)| (old.as_str(), new.as_str())).collect();
    let mut out = String::with_capacity(glue.len());
    let mut last = 0;
    for (start, word) in spans {
        if let Some(new) = table.get(word) {
            out.push_str(&glue[last..start]);
            out.push_str(new);
            last = start + word.len();
        }
    }
    out.push_str(&glue[last..]);
    Ok(out)
}

/// The words of `text` (each run of JavaScript identifier characters: [`is_identifier_char`]),
/// with where each starts.
fn word_spans(text: &str) -> Vec<(usize, &str)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_identifier_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, &text[s..]));
    }
    spans
}

const IMPORT_SECTION: u8 = 2;
const EXPORT_SECTION: u8 = 7;

/// What [`rename_imports`] needs of a WebAssembly module: its sections, its imports and the
/// names it exports.
struct Module {
    sections: Vec<Section>,
    imports: Vec<Import>,
    exports: BTreeSet<String>,
}

struct Section {
    id: u8,
    body: std::ops::Range<usize>,
}

struct Import {
    module: String,
    name: String,
    /// Where its kind and type are, in the module's bytes.
    description: std::ops::Range<usize>,
}

impl Module {
    fn read(wasm: &[u8]) -> Result<Module, String> {
        if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
            return Err("not a WebAssembly module (version 1)".into());
        }
        let mut module = Module { sections: Vec::new(), imports: Vec::new(), exports: BTreeSet::new() };
        let mut at = 8;
        while at < wasm.len() {
            let id = wasm[at];
            let mut start = at + 1;
            let size = read_u32(wasm, &mut start)?;
            let end = start.checked_add(size).filter(|end| *end <= wasm.len()).ok_or("a section runs past the end")?;
            match id {
                IMPORT_SECTION => module.imports = read_imports(wasm, start, end)?,
                EXPORT_SECTION => module.exports = read_exports(wasm, start, end)?,
                _ => {}
            }
            module.sections.push(Section { id, body: start..end });
            at = end;
        }
        Ok(module)
    }
}

fn read_imports(wasm: &[u8], start: usize, end: usize) -> Result<Vec<Import>, String> {
    let mut at = start;
    let count = read_u32(wasm, &mut at)?;
    let mut imports = Vec::with_capacity(count);
    for _ in 0..count {
        let module = read_name(wasm, &mut at)?;
        let name = read_name(wasm, &mut at)?;
        let described = at;
        let kind = *wasm.get(at).ok_or("an import runs past the end")?;
        at += 1;
        match kind {
            // A function: its type's index.
            0 => {
                read_u32(wasm, &mut at)?;
            }
            // A table: its element type (one byte, a funcref or an externref), then its limits.
            1 => {
                at += 1;
                skip_limits(wasm, &mut at)?;
            }
            // A memory: its limits.
            2 => skip_limits(wasm, &mut at)?,
            // A global: its value type (one byte) and whether it is mutable.
            3 => at += 2,
            // A tag: its attribute and its type's index.
            4 => {
                at += 1;
                read_u32(wasm, &mut at)?;
            }
            other => return Err(format!("an import of kind {other}, which this reader does not know")),
        }
        if at > end {
            return Err("an import runs past its section".into());
        }
        imports.push(Import { module, name, description: described..at });
    }
    if at != end {
        return Err("the import section has bytes after its imports".into());
    }
    Ok(imports)
}

fn read_exports(wasm: &[u8], start: usize, end: usize) -> Result<BTreeSet<String>, String> {
    let mut at = start;
    let count = read_u32(wasm, &mut at)?;
    let mut names = BTreeSet::new();
    for _ in 0..count {
        names.insert(read_name(wasm, &mut at)?);
        at += 1;
        read_u32(wasm, &mut at)?;
    }
    if at != end {
        return Err("the export section has bytes after its exports".into());
    }
    Ok(names)
}

fn skip_limits(wasm: &[u8], at: &mut usize) -> Result<(), String> {
    let flags = *wasm.get(*at).ok_or("limits run past the end")?;
    *at += 1;
    if flags > 7 {
        return Err(format!("limits with flags {flags:#x}, which this reader does not know"));
    }
    read_u32(wasm, at)?;
    if flags & 1 == 1 {
        read_u32(wasm, at)?;
    }
    Ok(())
}

/// An unsigned LEB128 number of at most 32 bits at `at`, which moves past it.
fn read_u32(wasm: &[u8], at: &mut usize) -> Result<usize, String> {
    let mut value: u64 = 0;
    for shift in (0..35).step_by(7) {
        let byte = *wasm.get(*at).ok_or("a number runs past the end")?;
        *at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return usize::try_from(value)
                .ok()
                .filter(|v| *v <= u32::MAX as usize)
                .ok_or_else(|| "a number over 32 bits".into());
        }
    }
    Err("a number longer than 5 bytes".into())
}

fn read_name(wasm: &[u8], at: &mut usize) -> Result<String, String> {
    let len = read_u32(wasm, at)?;
    let bytes = wasm.get(*at..*at + len).ok_or("a name runs past the end")?;
    *at += len;
    String::from_utf8(bytes.to_vec()).map_err(|_| "a name that is not UTF-8".into())
}

fn write_u32(out: &mut Vec<u8>, value: usize) -> Result<(), String> {
    let mut rest = u32::try_from(value).map_err(|_| "a section over 4 GiB")?;
    loop {
        let byte = (rest & 0x7f) as u8;
        rest >>= 7;
        if rest == 0 {
            out.push(byte);
            return Ok(());
        }
        out.push(byte | 0x80);
    }
}

fn write_name(out: &mut Vec<u8>, name: &str) -> Result<(), String> {
    write_u32(out, name.len())?;
    out.extend_from_slice(name.as_bytes());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(out: &mut Vec<u8>, text: &str) {
        write_name(out, text).unwrap();
    }

    fn section(out: &mut Vec<u8>, id: u8, body: &[u8]) {
        out.push(id);
        write_u32(out, body.len()).unwrap();
        out.extend_from_slice(body);
    }

    /// A module with a type section, `imports` (functions) and a memory with limits, and an
    /// export.
    fn module(imports: &[(&str, &str)], export: &str) -> Vec<u8> {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        section(&mut wasm, 1, &[1, 0x60, 0, 0]);
        let mut body = Vec::new();
        write_u32(&mut body, imports.len() + 1).unwrap();
        for (module, field) in imports {
            name(&mut body, module);
            name(&mut body, field);
            body.extend_from_slice(&[0, 0]);
        }
        name(&mut body, "env");
        name(&mut body, "memory");
        body.extend_from_slice(&[2, 1, 17, 0x80, 0x02]);
        section(&mut wasm, IMPORT_SECTION, &body);
        let mut exports = Vec::new();
        write_u32(&mut exports, 1).unwrap();
        name(&mut exports, export);
        exports.extend_from_slice(&[0, 0]);
        section(&mut wasm, EXPORT_SECTION, &exports);
        wasm
    }

    const GLUE: &str = "const import0 = {\n    __wbg_push_1f: function(arg0) { arg0.push(); },\n    __wbg_push_1f2: function() {},\n};\nwasm.mount(); // __wbg_push_1f\n";

    #[test]
    fn short_names_count_in_base_36() {
        let names: Vec<String> = [0, 9, 10, 35, 36, 161].into_iter().map(short_name).collect();
        assert_eq!(names, ["$0", "$9", "$a", "$z", "$10", "$4h"]);
    }

    #[test]
    fn the_imports_are_renamed_in_the_module_and_the_glue_alike() {
        let wasm = module(&[("./w_bg.js", "__wbg_push_1f"), ("./w_bg.js", "__wbg_push_1f2")], "mount");
        let table: BTreeMap<String, String> = [("__wbg_push_1f", "$0"), ("__wbg_push_1f2", "$1"), ("memory", "$2")]
            .into_iter()
            .map(|(a, b)| (a.to_owned(), b.to_owned()))
            .collect();
        let (renamed_wasm, renamed) = rename_imports(&wasm, &Module::read(&wasm).unwrap(), &table).unwrap();
        let module = Module::read(&renamed_wasm).unwrap();
        let pairs: Vec<(&str, &str)> = module.imports.iter().map(|i| (i.module.as_str(), i.name.as_str())).collect();
        assert_eq!(pairs, [("./w_bg.js", "$0"), ("./w_bg.js", "$1"), ("env", "$2")]);
        // Everything but the names is as it was: the types, the memory's limits, the export.
        assert_eq!(&renamed_wasm[..14], &wasm[..14]);
        assert!(renamed_wasm.ends_with(&wasm[wasm.len() - 16..]));
        assert_eq!(module.exports, BTreeSet::from(["mount".to_owned()]));
        assert_eq!(renamed_wasm.len(), wasm.len() - 2 * ("__wbg_push_1f".len() - 2) - 1 - ("memory".len() - 2));

        let glue = rename_in_glue(GLUE, &renamed[..2]).unwrap();
        assert_eq!(
            glue,
            "const import0 = {\n    $0: function(arg0) { arg0.push(); },\n    $1: function() {},\n};\nwasm.mount(); // $0\n"
        );
    }

    #[test]
    fn a_name_the_glue_lacks_or_already_has_fails_the_build() {
        let lacking = rename_in_glue(GLUE, &[("__wbg_pop_2a".into(), "$0".into())]).unwrap_err();
        assert!(lacking.contains("`__wbg_pop_2a`, which is not a word of its glue"), "{lacking}");
        let taken = rename_in_glue(&format!("{GLUE}let $0;\n"), &[("__wbg_push_1f".into(), "$0".into())]).unwrap_err();
        assert!(taken.contains("`$0` is already a word"), "{taken}");
    }

    #[test]
    fn a_name_imported_and_exported_fails_the_build() {
        let wasm = module(&[("./w_bg.js", "mount")], "mount");
        let table = BTreeMap::from([("mount".to_owned(), "$0".to_owned()), ("memory".to_owned(), "$1".to_owned())]);
        let error = rename_imports(&wasm, &Module::read(&wasm).unwrap(), &table).err().unwrap();
        assert!(error.contains("imports and exports `mount`"), "{error}");
    }

    #[test]
    fn a_module_of_an_unknown_shape_fails_the_build() {
        assert!(Module::read(b"\0asm\x02\0\0\0").is_err());
        let mut cut = module(&[("./w_bg.js", "__wbg_push_1f")], "mount");
        cut.truncate(cut.len() - 3);
        assert!(Module::read(&cut).is_err());
    }
}
