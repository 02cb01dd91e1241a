//! `cargo xtask setup`: installs what the other tasks need, each at a pinned version, and skips
//! whatever is already there. Nothing is downloaded but rustup's parts of the pinned toolchain
//! (the wasm32 target, the standard library's sources) and packages from the registries:
//! crates.io (wasm-bindgen-cli, built from source), npm (`package-lock.json`) and Debian (Chromium).

use std::path::{Path, PathBuf};

use crate::util::{self, Run};

/// Where the installed tools are.
pub struct Tools {
    /// The toolchain's sysroot, with the standard library's sources in it (`rust-src`).
    pub sysroot: PathBuf,
    pub wasm_bindgen: PathBuf,
    pub wasm_opt: PathBuf,
    /// terser, which minifies the site's scripts.
    pub terser: PathBuf,
    pub chromium: PathBuf,
    pub chromedriver: PathBuf,
}

impl Tools {
    pub fn wasm_bindgen_test_runner(&self) -> PathBuf {
        self.wasm_bindgen.with_file_name("wasm-bindgen-test-runner")
    }
}

pub fn run() -> util::Result {
    run_all().map(|_| ())
}

/// Everything: what `dist` needs, and the browser for the tests.
pub fn run_all() -> util::Result<Tools> {
    let mut tools = run_for_dist()?;
    let (chromium, chromedriver) = browser()?;
    tools.chromium = chromium;
    tools.chromedriver = chromedriver;
    Ok(tools)
}

/// What building the site needs: the wasm32 target, the standard library's sources (the site's
/// WebAssembly builds its own: `site::wasm`), wasm-bindgen-cli and wasm-opt.
pub fn run_for_dist() -> util::Result<Tools> {
    wasm_target()?;
    let sysroot = std_sources()?;
    let wasm_bindgen = wasm_bindgen()?;
    let bin = npm_packages()?;
    Ok(Tools {
        sysroot,
        wasm_bindgen,
        wasm_opt: bin.join("wasm-opt"),
        terser: bin.join("terser"),
        chromium: env_path("CHROMIUM", "/usr/bin/chromium"),
        chromedriver: env_path("CHROMEDRIVER", "/usr/bin/chromedriver"),
    })
}

fn env_path(variable: &str, default: &str) -> PathBuf {
    std::env::var_os(variable).map(PathBuf::from).unwrap_or_else(|| PathBuf::from(default))
}

fn wasm_target() -> util::Result {
    let installed = util::command("rustup").args(["target", "list", "--installed"]).read()?;
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    util::step("installing the wasm32-unknown-unknown target");
    util::command("rustup").args(["target", "add", "wasm32-unknown-unknown"]).run()
}

/// The pinned toolchain's sysroot, once it has the standard library's sources (rustup's
/// `rust-src`, which `rust-toolchain.toml` names: this installs it where the toolchain was
/// installed without it, or is `stable` linked under its version number, as `.ci/run` does).
fn std_sources() -> util::Result<PathBuf> {
    let sysroot = PathBuf::from(util::command("rustc").args(["--print", "sysroot"]).read()?.trim());
    let present = |sysroot: &Path| sysroot.join("lib/rustlib/src/rust/library/std/Cargo.toml").is_file();
    if present(&sysroot) {
        return Ok(sysroot);
    }
    util::step("installing the standard library's sources (rust-src)");
    if util::command("rustup").args(["component", "add", "rust-src"]).run().is_err() {
        // A linked toolchain takes no components: add it to the toolchain the link names.
        util::command("rustup").args(["component", "add", "rust-src", "--toolchain", "stable"]).run()?;
    }
    if present(&sysroot) {
        Ok(sysroot)
    } else {
        Err(format!("rust-src is installed, but not in {}: install it for that toolchain", sysroot.display()))
    }
}

/// The version of a package in `Cargo.lock`.
pub fn locked_version(name: &str) -> util::Result<String> {
    let lock = std::fs::read_to_string(util::root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let header = format!("name = \"{name}\"\n");
    let at = lock.find(&header).ok_or_else(|| format!("{name} is not in Cargo.lock"))?;
    let rest = &lock[at + header.len()..];
    rest.strip_prefix("version = \"")
        .and_then(|v| v.split('"').next())
        .map(str::to_owned)
        .ok_or_else(|| format!("no version for {name} in Cargo.lock"))
}

/// wasm-bindgen-cli must match the wasm-bindgen crate exactly; it goes into `.tools/`.
fn wasm_bindgen() -> util::Result<PathBuf> {
    let version = locked_version("wasm-bindgen")?;
    let root = util::root().join(".tools");
    let binary = root.join("bin/wasm-bindgen");
    let installed = util::command(&binary).arg("--version").read().unwrap_or_default();
    if installed.split_whitespace().nth(1) == Some(version.as_str())
        && binary.with_file_name("wasm-bindgen-test-runner").exists()
    {
        return Ok(binary);
    }
    util::step(&format!("building wasm-bindgen-cli {version} from crates.io into .tools/ (a few minutes)"));
    // Not --locked: the registry here may lack a version that the CLI's own lock file names.
    util::cargo(&["install", "wasm-bindgen-cli", "--version", &format!("={version}"), "--force", "--root"])
        .arg(&root)
        .run()?;
    Ok(binary)
}

/// `npm ci` when `node_modules` is not what `package-lock.json` says. Returns the folder of its programs.
fn npm_packages() -> util::Result<PathBuf> {
    let root = util::root();
    let lock = root.join("package-lock.json");
    let installed = root.join("node_modules/.package-lock.json");
    let bin = root.join("node_modules/.bin");
    if !newer(&lock, &installed) && bin.join("wasm-opt").exists() && bin.join("terser").exists() {
        return Ok(bin);
    }
    util::step("installing the npm packages of package-lock.json (wasm-opt, terser, playwright-core, axe-core)");
    util::command("npm").args(["ci", "--no-audit", "--no-fund"]).run()?;
    Ok(bin)
}

/// Whether `a` was modified after `b` (or `b` is missing).
fn newer(a: &Path, b: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (modified(a), modified(b)) {
        (Some(a), Some(b)) => a > b,
        _ => true,
    }
}

/// Debian's Chromium and ChromeDriver, the same build (no browser download of its own).
fn browser() -> util::Result<(PathBuf, PathBuf)> {
    let chromium = env_path("CHROMIUM", "/usr/bin/chromium");
    let chromedriver = env_path("CHROMEDRIVER", "/usr/bin/chromedriver");
    if chromium.exists() && chromedriver.exists() {
        return Ok((chromium, chromedriver));
    }
    util::step("installing Debian's chromium and chromium-driver");
    let apt = |args: &[&str]| {
        let mut command = if is_root() {
            util::command("apt-get")
        } else {
            let mut sudo = util::command("sudo");
            sudo.args(["-n", "apt-get"]);
            sudo
        };
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive").run()
    };
    apt(&["update", "-q"])?;
    apt(&["install", "-y", "-q", "chromium", "chromium-driver"])?;
    Ok((chromium, chromedriver))
}

fn is_root() -> bool {
    util::command("id").arg("-u").read().map(|uid| uid.trim() == "0").unwrap_or(false)
}
