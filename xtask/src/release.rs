//! `cargo xtask release [--no-build]`: the archive an agency uploads, one per version
//! (`target/release/peer-support-screener-VERSION.tar.gz`, the version of the workspace's
//! `Cargo.toml`). It holds one folder, `peer-support-screener-VERSION/`, with:
//! - `VERSION/`: the built site (`dist/`, built first unless `--no-build`), to upload as a folder
//!   of its own, so that an agency keeps two versions side by side and caches each forever;
//! - `EMBED.txt`: the script tag with its integrity, the element, and the policy lines, for this
//!   version in that folder;
//! - `EMBEDDING.md` and the licenses;
//! - `SHA256SUMS`: every other file's SHA-256 (`sha256sum -c SHA256SUMS` in the folder).
//!
//! The same command on the same commit writes the same bytes: the files in order, each with the
//! same mode, owner and time (the commit's, or `SOURCE_DATE_EPOCH`), and a gzip header without
//! time or name ([`crate::archive`]); the build itself is the same for the same sources.

use std::path::{Path, PathBuf};

use sha2::{Digest as _, Sha256};

use crate::archive::{self, Entry};
use crate::site::{builder, csp, sri};
use crate::util::{self, Run};

/// The version of the workspace, which names the archive and its site folder.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The files of the repository that go into the archive beside the site.
const DOCUMENTS: &[&str] = &["EMBEDDING.md", "LICENSE-APACHE", "LICENSE-MIT"];

pub fn task(args: &[String]) -> util::Result {
    let mut build = true;
    for arg in args {
        match arg.as_str() {
            "--no-build" => build = false,
            other => return Err(format!("release: unknown option {other}")),
        }
    }
    if build {
        let tools = crate::tools::run_for_dist()?;
        crate::dist::run(&tools)?;
    }
    util::step("the release archive");
    let root = util::root();
    let dist = root.join("dist");
    if !dist.join(crate::dist::ENTRY).exists() {
        return Err("dist/ has no peer-support-screener.js: run `cargo xtask dist` first".into());
    }
    let documents = DOCUMENTS
        .iter()
        .map(|name| {
            std::fs::read(root.join(name)).map(|data| ((*name).to_owned(), data)).map_err(|e| format!("{name}: {e}"))
        })
        .collect::<util::Result<Vec<_>>>()?;
    let archive = archive_of(&dist, VERSION, mtime()?, &documents)?;
    let checked = verify(&archive)?;
    let out = root.join("target/release").join(format!("peer-support-screener-{VERSION}.tar.gz"));
    std::fs::create_dir_all(out.parent().unwrap_or(&root)).map_err(|e| format!("target/release: {e}"))?;
    std::fs::write(&out, &archive).map_err(|e| format!("{}: {e}", out.display()))?;
    println!(
        "{} ({}, sha256 {}; {checked} files, each as SHA256SUMS says)\n\nUpload its folder {VERSION}/ beside the versions before it, then change the script tag of \
         your pages to the one in EMBED.txt.",
        out.strip_prefix(&root).unwrap_or(&out).display(),
        util::kib(archive.len() as u64),
        hex(&Sha256::digest(&archive))
    );
    Ok(())
}

/// The time every entry carries: `SOURCE_DATE_EPOCH` when set (the reproducible-builds
/// convention), otherwise the time of the commit checked out.
fn mtime() -> util::Result<u64> {
    if let Ok(epoch) = std::env::var("SOURCE_DATE_EPOCH") {
        return epoch.trim().parse().map_err(|_| format!("SOURCE_DATE_EPOCH is not whole seconds: {epoch:?}"));
    }
    let time = util::command("git").args(["log", "-1", "--format=%ct", "HEAD"]).read()?;
    time.trim().parse().map_err(|_| format!("git gave no commit time: {time:?}"))
}

/// The archive of the site in `dist` for `version`, every entry at `mtime`, with `documents`
/// beside it: gzip of a tar whose files are listed in `SHA256SUMS`.
pub fn archive_of(dist: &Path, version: &str, mtime: u64, documents: &[(String, Vec<u8>)]) -> util::Result<Vec<u8>> {
    if version.is_empty() || !version.chars().all(|c| c.is_ascii_alphanumeric() || ".-+".contains(c)) {
        return Err(format!("`{version}` cannot name a folder"));
    }
    let top = format!("peer-support-screener-{version}");
    let mut files = Vec::new();
    for path in walk(dist)? {
        let relative = path.strip_prefix(dist).map_err(|e| e.to_string())?;
        let name = relative.to_str().ok_or_else(|| format!("{}: a name that is not UTF-8", path.display()))?;
        let data = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        files.push(Entry { path: format!("{version}/{}", name.replace('\\', "/")), data });
    }
    let entry = files
        .iter()
        .find(|f| f.path == format!("{version}/{}", crate::dist::ENTRY))
        .ok_or_else(|| format!("{}: no {}", dist.display(), crate::dist::ENTRY))?;
    files
        .push(Entry { path: "EMBED.txt".into(), data: embed_text(version, &sri::integrity(&entry.data)).into_bytes() });
    for (name, data) in documents {
        files.push(Entry { path: name.clone(), data: data.clone() });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let sums: String = files.iter().map(|f| format!("{}  {}\n", hex(&Sha256::digest(&f.data)), f.path)).collect();
    files.push(Entry { path: "SHA256SUMS".into(), data: sums.into_bytes() });
    files.sort_by(|a, b| a.path.cmp(&b.path));
    for file in &mut files {
        file.path = format!("{top}/{}", file.path);
    }
    Ok(archive::gzip(&archive::tar(&files, mtime)?))
}

/// Reads `archive` back and checks that every entry has the one time and the fixed modes, every
/// file its line of `SHA256SUMS`, and that it lists every file: the number of files it lists.
pub fn verify(archive: &[u8]) -> util::Result<usize> {
    let entries = archive::read_tar(&archive::gunzip(archive)?)?;
    let first = entries.first().ok_or("an empty archive")?;
    if let Some(odd) =
        entries.iter().find(|e| e.mtime != first.mtime || e.mode != if e.kind == b'5' { 0o755 } else { 0o644 })
    {
        return Err(format!("{}: another time or mode than the archive's", odd.path));
    }
    let files: Vec<&archive::Read> = entries.iter().filter(|e| e.kind == b'0').collect();
    let sums = files.iter().find(|f| f.path.ends_with("/SHA256SUMS")).ok_or("no SHA256SUMS")?;
    let top = sums.path.strip_suffix("SHA256SUMS").unwrap_or_default();
    let text = std::str::from_utf8(&sums.data).map_err(|_| "SHA256SUMS is not text")?;
    let mut listed = 0;
    for line in text.lines() {
        let (sum, path) = line.split_once("  ").ok_or_else(|| format!("SHA256SUMS: `{line}`"))?;
        let file = files
            .iter()
            .find(|f| f.path == format!("{top}{path}"))
            .ok_or_else(|| format!("SHA256SUMS lists {path}, which is not there"))?;
        if hex(&Sha256::digest(&file.data)) != sum {
            return Err(format!("{path} differs from its SHA256SUMS line"));
        }
        listed += 1;
    }
    if listed + 1 != files.len() {
        return Err(format!("SHA256SUMS lists {listed} of the {} other files", files.len() - 1));
    }
    Ok(listed)
}

/// Every file under `dir`, sorted by path.
fn walk(dir: &Path) -> util::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                folders.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// `EMBED.txt`: where the folder goes, the script tag with `integrity`, the element with the
/// text it shows until the screener starts, and the policy lines.
fn embed_text(version: &str, integrity: &str) -> String {
    let words = builder::words::table(screener::model::Lang::En);
    let say = |said: &screener::model::Said| said.staff;
    let link = format!("<a href=\"/screener/{version}/index.html\">{}</a>", say(&words.loading_link));
    let loading = say(&words.loading).replace("{link}", &link);
    format!(
        "The peer-support screener, version {version}.\n\n\
         Upload the folder {version}/ as it is, beside the versions before it (for example as\n\
         https://www.your-agency.gov/screener/{version}/), and let it be cached for good: its files never change.\n\
         Then put these on your pages, with /screener/{version}/ changed to where the folder is.\n\n\
         In the page's head, before any other script:\n\n\
         <script type=\"module\" src=\"/screener/{version}/peer-support-screener.js\" integrity=\"{integrity}\" crossorigin=\"anonymous\"></script>\n\n\
         Where the screener goes (its attributes: EMBEDDING.md §2; or choose them in {version}/builder.html):\n\n\
         <peer-support-screener>\n  <p>{loading}</p>\n</peer-support-screener>\n\n\
         The Content-Security-Policy your page needs (with what your page itself needs added), as a response header:\n\n\
         Content-Security-Policy: {policy}\n\n\
         For the iframe page instead (EMBEDDING.md §7), the server sends with {version}/embed.html:\n\n\
         Content-Security-Policy: frame-ancestors https://www.your-agency.gov\n\n\
         Every file's SHA-256 is in SHA256SUMS: sha256sum -c SHA256SUMS\n",
        policy = csp::HOST_PAGE,
    )
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small site in a temporary folder, written now (so with this moment's times).
    fn site(tag: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-release-{tag}-{}", std::process::id()));
        std::fs::remove_dir_all(&dir).ok();
        std::fs::create_dir_all(dir.join("sub")).expect("a temporary folder");
        for (name, data) in [
            (crate::dist::ENTRY, &b"export const ready = 1;\n"[..]),
            ("index.html", b"<!doctype html>\n"),
            ("sub/deep.txt", b"deep\n"),
            ("screener_bg.wasm", &[0, 97, 115, 109, 1, 0, 0, 0]),
        ] {
            std::fs::write(dir.join(name), data).expect("written");
        }
        dir
    }

    fn documents() -> Vec<(String, Vec<u8>)> {
        vec![("EMBEDDING.md".into(), b"# Embedding\n".to_vec()), ("LICENSE-MIT".into(), b"MIT\n".to_vec())]
    }

    /// Twice, from two copies of the same files written at other moments and in another order,
    /// with other permissions: the same bytes; another time, other bytes.
    #[test]
    fn the_same_files_give_the_same_bytes() {
        let first = site("a");
        let once = archive_of(&first, "1.2.3", 1_750_000_000, &documents()).expect("an archive");
        std::thread::sleep(std::time::Duration::from_millis(1100));
        let second = site("b");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(second.join("index.html"), std::fs::Permissions::from_mode(0o600)).expect("chmod");
        }
        let twice = archive_of(&second, "1.2.3", 1_750_000_000, &documents()).expect("an archive");
        assert_eq!(once, twice);
        assert_ne!(archive_of(&second, "1.2.3", 1_750_000_001, &documents()).expect("an archive"), once);
        for dir in [first, second] {
            std::fs::remove_dir_all(dir).ok();
        }
    }

    /// The layout, and SHA256SUMS verifies every other file of the archive, `EMBED.txt` holding
    /// the entry's integrity.
    #[test]
    fn the_archive_holds_the_site_under_its_version_and_its_sums_verify() {
        let dir = site("c");
        let archive = archive_of(&dir, "1.2.3", 1_750_000_000, &documents()).expect("an archive");
        std::fs::remove_dir_all(&dir).ok();
        let entries = archive::read_tar(&archive::gunzip(&archive).expect("gzip")).expect("tar");
        let files: Vec<(&str, &[u8])> =
            entries.iter().filter(|e| e.kind == b'0').map(|e| (e.path.as_str(), e.data.as_slice())).collect();
        let top = "peer-support-screener-1.2.3/";
        let names: Vec<&str> = files.iter().map(|(p, _)| p.strip_prefix(top).expect("under the top folder")).collect();
        assert_eq!(
            names,
            [
                "1.2.3/index.html",
                "1.2.3/peer-support-screener.js",
                "1.2.3/screener_bg.wasm",
                "1.2.3/sub/deep.txt",
                "EMBED.txt",
                "EMBEDDING.md",
                "LICENSE-MIT",
                "SHA256SUMS"
            ]
        );
        let sums = String::from_utf8(files.last().expect("SHA256SUMS").1.to_vec()).expect("text");
        assert_eq!(sums.lines().count(), files.len() - 1);
        for line in sums.lines() {
            let (sum, path) = line.split_once("  ").expect("sum  path");
            let (_, data) = files.iter().find(|(p, _)| *p == format!("{top}{path}")).expect(path);
            assert_eq!(sum, hex(&Sha256::digest(data)), "{path}");
        }
        let embed =
            String::from_utf8(files.iter().find(|(p, _)| p.ends_with("EMBED.txt")).expect("EMBED.txt").1.to_vec())
                .expect("text");
        let integrity = sri::integrity(b"export const ready = 1;\n");
        assert!(embed.contains(&format!(
            "<script type=\"module\" src=\"/screener/1.2.3/peer-support-screener.js\" integrity=\"{integrity}\" crossorigin=\"anonymous\"></script>"
        )), "{embed}");
        assert!(embed.contains(&format!("Content-Security-Policy: {}\n", csp::HOST_PAGE)), "{embed}");
        assert!(
            embed.contains("<a href=\"/screener/1.2.3/index.html\">open the screener on its own page</a>"),
            "{embed}"
        );
        assert_eq!(verify(&archive), Ok(7));
        assert!(archive_of(Path::new("/nonexistent-dist"), "1.2.3", 0, &[]).is_err());
        assert!(archive_of(&std::env::temp_dir(), "../x", 0, &[]).is_err());
    }

    /// `sha256sum -c`, the command EMBED.txt names, agrees (Debian's coreutils, where the tasks run).
    #[test]
    fn sha256sum_checks_the_sums() {
        let dir = site("d");
        let archive = archive_of(&dir, "1.2.3", 1_750_000_000, &documents()).expect("an archive");
        let out = dir.join("extracted");
        std::fs::create_dir_all(&out).expect("a folder");
        for entry in archive::read_tar(&archive::gunzip(&archive).expect("gzip")).expect("tar") {
            let target = out.join(&entry.path);
            if entry.kind == b'5' {
                std::fs::create_dir_all(&target).expect("a folder");
            } else {
                std::fs::write(&target, entry.data).expect("a file");
            }
        }
        let checked = std::process::Command::new("sha256sum")
            .args(["-c", "--strict", "SHA256SUMS"])
            .current_dir(out.join("peer-support-screener-1.2.3"))
            .output()
            .expect("sha256sum runs");
        std::fs::remove_dir_all(&dir).ok();
        assert!(
            checked.status.success(),
            "{}{}",
            String::from_utf8_lossy(&checked.stdout),
            String::from_utf8_lossy(&checked.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&checked.stdout).matches(": OK").count(), 7);
    }
}
