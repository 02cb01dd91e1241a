//! No file imports a file that imports it back. For each crate, the files of its module tree
//! (from `mod name;` declarations) and each file's imports: its `use` declarations and the paths
//! in its code that start with `crate::`, `super::`, `self::` or the name of a child module,
//! followed as far as they name modules. A cycle is a strongly connected component of more than
//! one file (Tarjan's algorithm), reported with the imports that close it.
//!
//! Hand-written on purpose: it needs only Rust's tokens (comments, strings, `mod`, `use`, paths),
//! which a full parser such as `syn` would bring at many times the size. What it does not follow:
//! `#[path]` attributes (none in this tree: a module file it cannot find is an error), and names
//! brought in by a glob (`use super::*`) and used without a path (the glob is the import).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::util;

/// One import of one file by another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    pub from: PathBuf,
    pub to: PathBuf,
    /// Where in `from` (1-based), and the path as written (`crate::site::csp::CSP`).
    pub line: usize,
    pub path: String,
}

/// Files that import each other, round: each can be reached from every other by imports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cycle {
    /// Sorted.
    pub files: Vec<PathBuf>,
    /// Every import between two files of the cycle (the first of each pair of files).
    pub imports: Vec<Import>,
}

impl Cycle {
    /// The cycle with every path relative to `base`, for messages.
    pub fn display<'a>(&'a self, base: &'a Path) -> impl fmt::Display + 'a {
        DisplayCycle { cycle: self, base }
    }
}

struct DisplayCycle<'a> {
    cycle: &'a Cycle,
    base: &'a Path,
}

impl fmt::Display for DisplayCycle<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let name = |path: &Path| path.strip_prefix(self.base).unwrap_or(path).display().to_string();
        let files: Vec<String> = self.cycle.files.iter().map(|file| name(file)).collect();
        write!(f, "{} files import each other: {}", files.len(), files.join(", "))?;
        for import in &self.cycle.imports {
            write!(f, "\n    {}:{} imports {} ({})", name(&import.from), import.line, name(&import.to), import.path)?;
        }
        Ok(())
    }
}

/// The crate roots of one part of the project: `src` (the core: `src/lib.rs`), `crates` (each
/// `crates/*/src/lib.rs` and `main.rs`) or `xtask`; and `src/bin/*.rs` beside any of them.
pub fn crate_roots(project: &Path, part: &str) -> util::Result<Vec<PathBuf>> {
    let sources: Vec<PathBuf> = match part {
        "crates" => {
            let crates = project.join("crates");
            let mut dirs: Vec<PathBuf> = std::fs::read_dir(&crates)
                .map_err(|e| format!("{}: {e}", crates.display()))?
                .filter_map(|entry| entry.ok().map(|entry| entry.path().join("src")))
                .filter(|src| src.is_dir())
                .collect();
            dirs.sort();
            dirs
        }
        "src" => vec![project.join("src")],
        other => vec![project.join(other).join("src")],
    };
    let mut roots = Vec::new();
    for src in sources {
        roots.extend(["lib.rs", "main.rs"].map(|name| src.join(name)).into_iter().filter(|file| file.is_file()));
        if let Ok(bins) = std::fs::read_dir(src.join("bin")) {
            let mut bins: Vec<PathBuf> = bins
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|file| file.extension().is_some_and(|e| e == "rs"))
                .collect();
            bins.sort();
            roots.extend(bins);
        }
    }
    if roots.is_empty() {
        return Err(format!("no crate root (lib.rs, main.rs) under {}", project.join(part).display()));
    }
    Ok(roots)
}

/// The cycles among the files of the crate whose root file is `root`, read from disk.
pub fn cycles(root: &Path) -> util::Result<Vec<Cycle>> {
    cycles_in(root, &|path| std::fs::read_to_string(path).ok())
}

/// The same, over files that `read` gives (`None`: no such file).
fn cycles_in(root: &Path, read: &dyn Fn(&Path) -> Option<String>) -> util::Result<Vec<Cycle>> {
    let tree = Tree::read(root, read)?;
    Ok(tree.cycles())
}

// ---------------------------------------------------------------------------------------------
// Tokens: as much of Rust's lexical grammar as it takes to find `mod`, `use` and paths outside
// comments and literals.

#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    Ident(String),
    /// `::`
    PathSep,
    Open,
    Close,
    Semi,
    Comma,
    Star,
    /// `$`, before `crate` in a macro: `$crate` is the macro's crate, not a path here.
    Dollar,
    Other,
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    line: usize,
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn tokens(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    // Skips a quoted literal whose opening quote is at `i`, with backslash escapes; returns the
    // index after its closing quote.
    let skip_quoted = |mut i: usize, quote: char, line: &mut usize| -> usize {
        i += 1;
        while i < chars.len() {
            match chars[i] {
                '\\' => i += 1,
                '\n' => *line += 1,
                c if c == quote => return i + 1,
                _ => {}
            }
            i += 1;
        }
        i
    };
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\n' => {
                line += 1;
                i += 1;
            }
            c if c.is_whitespace() => i += 1,
            '/' if at(i + 1) == '/' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if at(i + 1) == '*' => {
                let mut depth = 0;
                while i < chars.len() {
                    if chars[i] == '/' && at(i + 1) == '*' {
                        depth += 1;
                        i += 2;
                    } else if chars[i] == '*' && at(i + 1) == '/' {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        if chars[i] == '\n' {
                            line += 1;
                        }
                        i += 1;
                    }
                }
            }
            '"' => i = skip_quoted(i, '"', &mut line),
            '\'' => {
                if at(i + 1) == '\\' || (at(i + 2) == '\'' && at(i + 1) != '\'') {
                    // A character literal: 'a', '\n', '\u{1F600}', '\''.
                    i = skip_quoted(i, '\'', &mut line);
                } else {
                    // A lifetime or a label: the quote, then its name as an identifier (harmless).
                    i += 1;
                }
            }
            c if is_ident_start(c) => {
                let start = i;
                while i < chars.len() && is_ident_char(chars[i]) {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                // String and character literals with a prefix: b"…", b'…', c"…", r"…", r#"…"#,
                // br#"…"#, cr"…"; and raw identifiers, r#name.
                match (word.as_str(), at(i)) {
                    ("b" | "c", '"') => i = skip_quoted(i, '"', &mut line),
                    ("b", '\'') => i = skip_quoted(i, '\'', &mut line),
                    ("r" | "br" | "cr", '"' | '#') => {
                        let mut hashes = 0;
                        while at(i + hashes) == '#' {
                            hashes += 1;
                        }
                        if at(i + hashes) != '"' {
                            // r#name: the identifier `name`.
                            i += hashes;
                            continue;
                        }
                        i += hashes + 1;
                        loop {
                            if i >= chars.len() {
                                break;
                            }
                            if chars[i] == '"' && (1..=hashes).all(|k| at(i + k) == '#') {
                                i += hashes + 1;
                                break;
                            }
                            if chars[i] == '\n' {
                                line += 1;
                            }
                            i += 1;
                        }
                    }
                    _ => out.push(Token { tok: Tok::Ident(word), line }),
                }
            }
            c if c.is_ascii_digit() => {
                while i < chars.len() && (is_ident_char(chars[i])) {
                    i += 1;
                }
            }
            ':' if at(i + 1) == ':' => {
                out.push(Token { tok: Tok::PathSep, line });
                i += 2;
            }
            _ => {
                let tok = match c {
                    '{' => Tok::Open,
                    '}' => Tok::Close,
                    ';' => Tok::Semi,
                    ',' => Tok::Comma,
                    '*' => Tok::Star,
                    '$' => Tok::Dollar,
                    _ => Tok::Other,
                };
                out.push(Token { tok, line });
                i += 1;
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// One file: its module declarations, inline modules and paths.

/// A path written in a file, in the (inline) module where it was written.
#[derive(Clone, Debug)]
struct Written {
    /// Inline modules from the file's own module down to where the path stands.
    within: Vec<String>,
    segments: Vec<String>,
    line: usize,
}

#[derive(Debug, Default)]
struct Scan {
    /// `mod name;`: the inline modules it stands in, and the name.
    declared: Vec<(Vec<String>, String)>,
    /// `mod name { … }`, each by its inline path from the file's module.
    inline: Vec<Vec<String>>,
    paths: Vec<Written>,
}

fn ident(tokens: &[Token], i: usize) -> Option<&str> {
    match tokens.get(i).map(|t| &t.tok) {
        Some(Tok::Ident(name)) => Some(name),
        _ => None,
    }
}

fn is(tokens: &[Token], i: usize, tok: &Tok) -> bool {
    tokens.get(i).is_some_and(|t| t.tok == *tok)
}

fn scan(text: &str) -> Scan {
    let tokens = tokens(text);
    let mut scan = Scan::default();
    // The inline modules open here, each with the brace depth outside it.
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut pending_inline: Option<String> = None;
    let mut depth = 0;
    let within = |open: &[(String, usize)]| open.iter().map(|(name, _)| name.clone()).collect::<Vec<_>>();
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i].tok {
            Tok::Open => {
                if let Some(name) = pending_inline.take() {
                    open.push((name, depth));
                }
                depth += 1;
                i += 1;
            }
            Tok::Close => {
                depth = depth.saturating_sub(1);
                if open.last().is_some_and(|(_, outside)| *outside == depth) {
                    open.pop();
                }
                i += 1;
            }
            Tok::Ident(word) if word == "mod" => {
                match (ident(&tokens, i + 1), tokens.get(i + 2).map(|t| &t.tok)) {
                    (Some(name), Some(Tok::Semi)) => scan.declared.push((within(&open), name.to_owned())),
                    (Some(name), Some(Tok::Open)) => {
                        let mut path = within(&open);
                        path.push(name.to_owned());
                        scan.inline.push(path);
                        pending_inline = Some(name.to_owned());
                    }
                    _ => {}
                }
                i += 2;
            }
            Tok::Ident(word) if word == "use" => {
                let line = tokens[i].line;
                i += 1;
                if is(&tokens, i, &Tok::PathSep) {
                    // `use ::name`: another crate.
                    continue;
                }
                let mut paths = Vec::new();
                use_tree(&tokens, &mut i, Vec::new(), &mut paths);
                for segments in paths {
                    scan.paths.push(Written { within: within(&open), segments, line });
                }
            }
            Tok::Ident(first) => {
                let starts_path = is(&tokens, i + 1, &Tok::PathSep)
                    && !(i > 0 && matches!(tokens[i - 1].tok, Tok::PathSep | Tok::Dollar));
                if !starts_path {
                    i += 1;
                    continue;
                }
                let line = tokens[i].line;
                let mut segments = vec![first.clone()];
                i += 1;
                while is(&tokens, i, &Tok::PathSep) {
                    match ident(&tokens, i + 1) {
                        Some(next) => {
                            segments.push(next.to_owned());
                            i += 2;
                        }
                        None => break,
                    }
                }
                scan.paths.push(Written { within: within(&open), segments, line });
            }
            _ => i += 1,
        }
    }
    scan
}

/// Reads one use tree from `tokens[*i]` (`a::b`, `a::{b, c::d as e, self}`, `a::*`), appending
/// each path it imports to `out` (a glob or `self` imports the module itself); leaves `*i` after
/// the tree.
fn use_tree(tokens: &[Token], i: &mut usize, mut prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    loop {
        match tokens.get(*i).map(|t| &t.tok) {
            Some(Tok::Ident(name)) => {
                // `self` at the start is a path's first segment; in a list, the module itself.
                if name != "self" || prefix.is_empty() {
                    prefix.push(name.clone());
                }
                *i += 1;
                if is(tokens, *i, &Tok::PathSep) {
                    *i += 1;
                    continue;
                }
                if ident(tokens, *i) == Some("as") {
                    *i += 2;
                }
                out.push(prefix);
                return;
            }
            Some(Tok::Star) => {
                *i += 1;
                out.push(prefix);
                return;
            }
            Some(Tok::Open) => {
                *i += 1;
                loop {
                    match tokens.get(*i).map(|t| &t.tok) {
                        None => return,
                        Some(Tok::Close) => {
                            *i += 1;
                            return;
                        }
                        Some(Tok::Comma) => *i += 1,
                        Some(_) => {
                            let before = *i;
                            use_tree(tokens, i, prefix.clone(), out);
                            if *i == before {
                                *i += 1;
                            }
                        }
                    }
                }
            }
            _ => return,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// A crate: its modules, the file of each, and the imports between files.

struct Module {
    file: usize,
    parent: Option<usize>,
    children: BTreeMap<String, usize>,
    /// Where the files of its `mod name;` children are.
    dir: PathBuf,
}

struct Tree {
    files: Vec<PathBuf>,
    /// The module of each file, and what the file says.
    scans: Vec<(usize, Scan)>,
    modules: Vec<Module>,
}

impl Tree {
    fn read(root: &Path, read: &dyn Fn(&Path) -> Option<String>) -> util::Result<Tree> {
        let dir = root.parent().unwrap_or(Path::new("")).to_path_buf();
        let mut tree = Tree { files: Vec::new(), scans: Vec::new(), modules: Vec::new() };
        tree.modules.push(Module { file: 0, parent: None, children: BTreeMap::new(), dir });
        let text = read(root).ok_or_else(|| format!("cannot read {}", root.display()))?;
        let mut queue = vec![(root.to_path_buf(), text, 0)];
        while let Some((file, text, module)) = queue.pop() {
            let file_index = tree.files.len();
            tree.files.push(file.clone());
            tree.modules[module].file = file_index;
            let scan = scan(&text);
            for inline in &scan.inline {
                let (parent, name) = (tree.within(module, &inline[..inline.len() - 1]), &inline[inline.len() - 1]);
                let dir = tree.modules[parent].dir.join(name);
                tree.add(
                    parent,
                    name,
                    Module { file: file_index, parent: Some(parent), children: BTreeMap::new(), dir },
                );
            }
            for (within, name) in &scan.declared {
                let parent = tree.within(module, within);
                if tree.modules[parent].children.contains_key(name) {
                    // Declared twice, under two `cfg`s: one file.
                    continue;
                }
                let dir = tree.modules[parent].dir.join(name);
                let candidates = [dir.with_extension("rs"), dir.join("mod.rs")];
                let Some((path, text)) = candidates.iter().find_map(|path| read(path).map(|text| (path.clone(), text)))
                else {
                    return Err(format!(
                        "{}: `mod {name};` but neither {} nor {} can be read",
                        file.display(),
                        candidates[0].display(),
                        candidates[1].display()
                    ));
                };
                let child = tree.add(
                    parent,
                    name,
                    Module { file: usize::MAX, parent: Some(parent), children: BTreeMap::new(), dir },
                );
                queue.push((path, text, child));
            }
            tree.scans.push((module, scan));
        }
        Ok(tree)
    }

    fn add(&mut self, parent: usize, name: &str, module: Module) -> usize {
        let id = self.modules.len();
        self.modules.push(module);
        self.modules[parent].children.insert(name.to_owned(), id);
        id
    }

    /// The inline module at `path` below `module`.
    fn within(&self, module: usize, path: &[String]) -> usize {
        path.iter().fold(module, |at, name| self.modules[at].children.get(name).copied().unwrap_or(at))
    }

    /// The module a path written in `module` leads to, as far as it names modules; `None` for a
    /// path that starts elsewhere (another crate, a type, a variant).
    fn resolve(&self, module: usize, segments: &[String]) -> Option<usize> {
        let (mut at, mut i) = match segments.first().map(String::as_str)? {
            "crate" => (0, 1),
            "self" => (module, 1),
            "super" => (module, 0),
            first if self.modules[module].children.contains_key(first) => (module, 0),
            _ => return None,
        };
        while segments.get(i).is_some_and(|s| s == "super") {
            at = self.modules[at].parent?;
            i += 1;
        }
        while let Some(&child) = segments.get(i).and_then(|name| self.modules[at].children.get(name)) {
            at = child;
            i += 1;
        }
        Some(at)
    }

    /// Every import from one file to another: the first of each pair.
    fn imports(&self) -> BTreeMap<(usize, usize), Import> {
        let mut imports = BTreeMap::new();
        for (file, (module, scan)) in self.scans.iter().enumerate() {
            let from = self.modules[*module].file;
            debug_assert_eq!(file, from);
            for written in &scan.paths {
                let here = self.within(*module, &written.within);
                let Some(target) = self.resolve(here, &written.segments) else { continue };
                let to = self.modules[target].file;
                if to != from {
                    imports.entry((from, to)).or_insert_with(|| Import {
                        from: self.files[from].clone(),
                        to: self.files[to].clone(),
                        line: written.line,
                        path: written.segments.join("::"),
                    });
                }
            }
        }
        imports
    }

    fn cycles(&self) -> Vec<Cycle> {
        let imports = self.imports();
        let mut next = vec![Vec::new(); self.files.len()];
        for &(from, to) in imports.keys() {
            next[from].push(to);
        }
        let mut cycles: Vec<Cycle> = components(&next)
            .into_iter()
            .filter(|component| component.len() > 1)
            .map(|component| {
                let mut files: Vec<PathBuf> = component.iter().map(|&f| self.files[f].clone()).collect();
                files.sort();
                let imports = imports
                    .iter()
                    .filter(|((from, to), _)| component.contains(from) && component.contains(to))
                    .map(|(_, import)| import.clone())
                    .collect::<Vec<_>>();
                let mut imports = imports;
                imports.sort_by(|a, b| (&a.from, a.line).cmp(&(&b.from, b.line)));
                Cycle { files, imports }
            })
            .collect();
        cycles.sort_by(|a, b| a.files.cmp(&b.files));
        cycles
    }
}

/// The strongly connected components of the graph `next` (Tarjan's algorithm, iterative).
fn components(next: &[Vec<usize>]) -> Vec<Vec<usize>> {
    const UNSEEN: usize = usize::MAX;
    let n = next.len();
    let (mut index, mut low, mut on_stack) = (vec![UNSEEN; n], vec![0; n], vec![false; n]);
    let (mut stack, mut found, mut counter) = (Vec::new(), Vec::new(), 0);
    for start in 0..n {
        if index[start] != UNSEEN {
            continue;
        }
        // (node, how many of its successors have been looked at)
        let mut work = vec![(start, 0)];
        index[start] = counter;
        low[start] = counter;
        counter += 1;
        stack.push(start);
        on_stack[start] = true;
        while let Some(top) = work.last_mut() {
            let node = top.0;
            if let Some(&succ) = next[node].get(top.1) {
                top.1 += 1;
                if index[succ] == UNSEEN {
                    index[succ] = counter;
                    low[succ] = counter;
                    counter += 1;
                    stack.push(succ);
                    on_stack[succ] = true;
                    work.push((succ, 0));
                } else if on_stack[succ] {
                    low[node] = low[node].min(index[succ]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                let mut component = Vec::new();
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component.push(member);
                    if member == node {
                        break;
                    }
                }
                found.push(component);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    /// The cycles of a crate made of `files` (paths under `/p/src/`), its root `lib.rs`.
    fn cycles_of(files: &[(&str, &str)]) -> util::Result<Vec<Vec<String>>> {
        let files: HashMap<PathBuf, String> =
            files.iter().map(|(path, text)| (Path::new("/p/src").join(path), text.to_string())).collect();
        let found = cycles_in(Path::new("/p/src/lib.rs"), &|path| files.get(path).cloned())?;
        Ok(found
            .into_iter()
            .map(|cycle| {
                assert!(!cycle.imports.is_empty());
                cycle.files.iter().map(|f| f.strip_prefix("/p/src").unwrap().display().to_string()).collect()
            })
            .collect())
    }

    #[test]
    fn a_planted_cycle_of_two_files_is_found() {
        let found = cycles_of(&[
            ("lib.rs", "mod a;\nmod b;\nmod c;\n"),
            ("a.rs", "use crate::b::B;\npub struct A;\n"),
            ("b.rs", "pub struct B;\nfn f() { let _ = crate::a::A; }\n"),
            ("c.rs", "use crate::a::A;\n"),
        ])
        .unwrap();
        assert_eq!(found, vec![vec!["a.rs", "b.rs"]]);
    }

    #[test]
    fn a_cycle_of_three_files_through_super_self_and_a_child_s_name() {
        let found = cycles_of(&[
            ("lib.rs", "pub mod site;\n"),
            ("site/mod.rs", "mod csp;\nmod pages;\npub use self::pages::pin;\npub struct Site;\n"),
            ("site/pages.rs", "pub fn pin() { super::csp::policy(); }\n"),
            ("site/csp.rs", "use super::{Site, pages as p};\npub fn policy() {}\n"),
        ])
        .unwrap();
        assert_eq!(found, vec![vec!["site/csp.rs", "site/mod.rs", "site/pages.rs"]]);
        // Without the re-export, mod.rs imports nothing back: no cycle (a `mod` is no import).
        let found = cycles_of(&[
            ("lib.rs", "pub mod site;\n"),
            ("site/mod.rs", "mod csp;\nmod pages;\npub struct Site;\n"),
            ("site/pages.rs", "pub fn pin() { super::csp::policy(); }\n"),
            ("site/csp.rs", "use super::Site;\npub fn policy() {}\n"),
        ])
        .unwrap();
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_parent_calling_a_child_that_uses_the_parent_is_a_cycle() {
        let found = cycles_of(&[
            ("lib.rs", "mod util;\nmod dist;\npub fn run() { dist::run(); }\npub const A: u8 = 1;\n"),
            ("dist.rs", "use crate::util::step;\npub fn run() { let _ = crate::A; }\n"),
            ("util.rs", "pub fn step() {}\n"),
        ])
        .unwrap();
        assert_eq!(found, vec![vec!["dist.rs", "lib.rs"]]);
    }

    #[test]
    fn comments_literals_macros_and_inline_tests_are_no_imports() {
        let found = cycles_of(&[
            ("lib.rs", "mod a;\nmod b;\n"),
            ("a.rs", "use crate::b::B;\n"),
            (
                "b.rs",
                r####"//! See [`crate::a`].
pub struct B;
// crate::a::x
/* crate::a::y /* nested crate::a */ */
const S: &str = "crate::a::z \" crate::a::w";
const R: &str = r#"crate::a::"q""#;
const C: char = '"';
const Q: char = '\'';
fn f<'a>(x: &'a str) -> &'a str { let _ = b"crate::a"; x }
macro_rules! m { () => { $crate::a::A } }
#[cfg(test)]
mod tests {
    use super::*;
    use self::inner::X;
    mod inner { pub struct X; }
}
"####,
            ),
        ])
        .unwrap();
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_path_into_an_inline_module_is_an_import_of_its_file() {
        let found = cycles_of(&[
            ("lib.rs", "mod a;\nmod b;\n"),
            ("a.rs", "pub mod inner { pub fn f() { crate::b::g(); } }\n"),
            ("b.rs", "pub fn g() { crate::a::inner::f(); }\n"),
        ])
        .unwrap();
        assert_eq!(found, vec![vec!["a.rs", "b.rs"]]);
    }

    #[test]
    fn a_module_whose_file_is_missing_is_an_error() {
        let error = cycles_of(&[("lib.rs", "mod gone;\n")]).expect_err("no gone.rs");
        assert!(error.contains("mod gone;"), "{error}");
    }

    #[test]
    fn the_cycle_is_reported_with_the_imports_that_close_it() {
        let files: HashMap<PathBuf, String> = [
            ("/p/src/lib.rs", "mod a;\nmod b;\n"),
            ("/p/src/a.rs", "\nuse crate::b::B;\n"),
            ("/p/src/b.rs", "fn f() { super::a::g() }\n"),
        ]
        .into_iter()
        .map(|(path, text)| (PathBuf::from(path), text.to_owned()))
        .collect();
        let found = cycles_in(Path::new("/p/src/lib.rs"), &|path| files.get(path).cloned()).unwrap();
        let [cycle] = found.as_slice() else { panic!("one cycle: {found:?}") };
        assert_eq!(
            cycle.display(Path::new("/p")).to_string(),
            "2 files import each other: src/a.rs, src/b.rs\n    src/a.rs:2 imports src/b.rs (crate::b::B)\n    \
             src/b.rs:1 imports src/a.rs (super::a::g)"
        );
    }

    /// xtask itself: its tasks on top, leaves below, no file importing one that imports it back.
    #[test]
    fn xtask_has_no_cycle() {
        let root = util::root();
        let roots = crate_roots(&root, "xtask").unwrap();
        assert_eq!(roots, vec![root.join("xtask/src/main.rs")]);
        let tree = Tree::read(&roots[0], &|path| std::fs::read_to_string(path).ok()).unwrap();
        assert!(tree.files.len() > 20, "the module tree was read: {} files", tree.files.len());
        assert!(tree.imports().len() > 20, "imports were found");
        let found = tree.cycles();
        let shown: Vec<String> = found.iter().map(|c| c.display(&root).to_string()).collect();
        assert!(found.is_empty(), "{}", shown.join("\n"));
    }
}
