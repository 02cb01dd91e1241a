//! `cargo xtask serve`: `dist/` on 127.0.0.1, with the strict Content-Security-Policy that the
//! embed kit promises to work under sent with every response, and `.wasm` as `application/wasm`.
//! A small HTTP/1.1 file server (GET and HEAD, one request per connection) on std alone; the
//! end-to-end tests and the page benchmark run against it too.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;

use crate::util;

/// The policy of EMBEDDING.md §6: no inline scripts or styles, nothing from other origins.
pub const CSP: &str =
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self'";

pub fn task(args: &[String]) -> util::Result {
    let mut port = 8000;
    let mut build = true;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => {
                port = args
                    .next()
                    .and_then(|p| p.parse().ok())
                    .ok_or("--port takes a port number (0 for any free port)")?
            }
            "--no-build" => build = false,
            other => return Err(format!("serve: unknown option {other}")),
        }
    }
    if build {
        let tools = crate::setup::run_for_dist()?;
        crate::dist::run(&tools)?;
    }
    let dist = util::root().join("dist");
    if !dist.join("index.html").exists() {
        return Err("dist/ has no index.html: run `cargo xtask dist` first".into());
    }
    let server = Server::start(&dist, port)?;
    println!("Serving dist/ at {} (Ctrl-C to stop)", server.url());
    server.wait();
    Ok(())
}

/// A running server; dropping it stops it.
pub struct Server {
    address: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Serves `dir` on 127.0.0.1:`port` (0: any free port) in a background thread.
    pub fn start(dir: &Path, port: u16) -> util::Result<Server> {
        let listener =
            TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
        let address = listener.local_addr().map_err(|e| e.to_string())?;
        let stop = Arc::new(AtomicBool::new(false));
        let dir = dir.to_path_buf();
        let stopping = Arc::clone(&stop);
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopping.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    let dir = dir.clone();
                    std::thread::spawn(move || {
                        let _ = handle(stream, &dir);
                    });
                }
            }
        });
        Ok(Server { address, stop, thread: Some(thread) })
    }

    /// `http://127.0.0.1:PORT/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.address)
    }

    /// Blocks for as long as the server runs.
    pub fn wait(mut self) {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so that it sees the flag.
        let _ = TcpStream::connect(self.address);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn handle(stream: TcpStream, dir: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // The headers up to the blank line: only Accept-Encoding matters here.
    let mut accepts = Vec::new();
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        if let Some((name, value)) = header.split_once(':') {
            if name.trim().eq_ignore_ascii_case("accept-encoding") {
                accepts.extend(value.split(',').map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase()));
            }
        }
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let mut out = stream;
    if method != "GET" && method != "HEAD" {
        return respond(&mut out, "405 Method Not Allowed", "text/plain", None, b"method not allowed\n", method);
    }
    let Some(path) = resolve(dir, target) else {
        return respond(&mut out, "404 Not Found", "text/plain; charset=utf-8", None, b"not found\n", method);
    };
    // A precompressed copy (made by `cargo xtask dist`) when the browser takes it.
    for (encoding, suffix) in [("br", "br"), ("gzip", "gz")] {
        if accepts.iter().any(|a| a == encoding) {
            let mut name = path.clone().into_os_string();
            name.push(".");
            name.push(suffix);
            if let Ok(body) = std::fs::read(&name) {
                return respond(&mut out, "200 OK", content_type(&path), Some(encoding), &body, method);
            }
        }
    }
    match std::fs::read(&path) {
        Ok(body) => respond(&mut out, "200 OK", content_type(&path), None, &body, method),
        Err(_) => respond(&mut out, "404 Not Found", "text/plain; charset=utf-8", None, b"not found\n", method),
    }
}

/// The file a request target names inside `dir`; `None` for anything that would leave it.
fn resolve(dir: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("");
    let path = percent_decode(path)?;
    let relative = Path::new(path.trim_start_matches('/'));
    if !relative.components().all(|c| matches!(c, Component::Normal(_))) {
        return None;
    }
    let mut file = dir.join(relative);
    if path.ends_with('/') || path.is_empty() {
        file = file.join("index.html");
    }
    file.is_file().then_some(file)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("ts") => "text/plain; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

fn respond(
    out: &mut TcpStream,
    status: &str,
    kind: &str,
    encoding: Option<&str>,
    body: &[u8],
    method: &str,
) -> std::io::Result<()> {
    let encoding = encoding.map(|e| format!("Content-Encoding: {e}\r\n")).unwrap_or_default();
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\n{encoding}Vary: Accept-Encoding\r\nContent-Length: {}\r\n\
         Content-Security-Policy: {CSP}\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n\
         Cache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    );
    out.write_all(head.as_bytes())?;
    if method != "HEAD" {
        out.write_all(body)?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_only_inside_the_folder() {
        let dir = std::env::temp_dir().join(format!("xtask-serve-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("index.html"), "i").unwrap();
        std::fs::write(dir.join("sub/a b.js"), "a").unwrap();
        assert_eq!(resolve(&dir, "/"), Some(dir.join("index.html")));
        assert_eq!(resolve(&dir, "/index.html?program=nc-pss"), Some(dir.join("index.html")));
        assert_eq!(resolve(&dir, "/sub/a%20b.js"), Some(dir.join("sub/a b.js")));
        assert_eq!(resolve(&dir, "/../etc/passwd"), None);
        assert_eq!(resolve(&dir, "/sub/%2e%2e/%2e%2e/x"), None);
        assert_eq!(resolve(&dir, "/missing.js"), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn serves_files_with_the_policy_and_wasm_type() {
        let dir = std::env::temp_dir().join(format!("xtask-serve-http-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("m.wasm"), b"\0asm").unwrap();
        std::fs::write(dir.join("m.wasm.br"), b"brotli bytes").unwrap();
        let server = Server::start(&dir, 0).unwrap();
        let fetch_with = |path: &str, headers: &str| {
            let mut stream = TcpStream::connect(server.address).unwrap();
            write!(stream, "GET {path} HTTP/1.1\r\nHost: x\r\n{headers}\r\n").unwrap();
            let mut response = Vec::new();
            std::io::Read::read_to_end(&mut stream, &mut response).unwrap();
            String::from_utf8_lossy(&response).into_owned()
        };
        let fetch = |path: &str| fetch_with(path, "");
        let ok = fetch("/m.wasm");
        assert!(ok.ends_with("\0asm"), "{ok}");
        let br = fetch_with("/m.wasm", "Accept-Encoding: gzip, deflate, br\r\n");
        assert!(br.contains("Content-Encoding: br\r\n") && br.ends_with("brotli bytes"), "{br}");
        assert!(fetch_with("/m.wasm", "Accept-Encoding: gzip\r\n").ends_with("\0asm"), "no .gz: the file as it is");
        assert!(ok.starts_with("HTTP/1.1 200 OK\r\n"), "{ok}");
        assert!(ok.contains("Content-Type: application/wasm\r\n"));
        assert!(ok.contains(&format!("Content-Security-Policy: {CSP}\r\n")));
        assert!(fetch("/nope").starts_with("HTTP/1.1 404"));
        drop(server);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
