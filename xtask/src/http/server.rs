//! A small HTTP/1.1 file server (GET and HEAD, one request per connection) on std alone:
//! `cargo xtask serve`, the end-to-end tests and the page benchmarks run against it. Each file is
//! sent with the site's Content-Security-Policy ([`csp::header_policy`]), `.wasm` as
//! `application/wasm`, and a precompressed copy when the browser takes one. Hand-written on
//! purpose: a folder served to one browser on loopback needs a thread per connection, not a
//! framework and its async runtime; what matters here are the defences below, tested below.
//!
//! It listens on the loopback interface only, and still defends itself as a public server would:
//! the request line and the headers are bounded ([`MAX_REQUEST_LINE`](super::head::MAX_REQUEST_LINE): 414,
//! [`MAX_HEADERS`](super::head::MAX_HEADERS): 431),
//! a client gets [`READ_TIMEOUT`] per read and [`HEAD_DEADLINE`] for its whole request head (408),
//! at most [`MAX_CONNECTIONS`] connections are served at once (503 beyond), and a request whose
//! `Host` is not `127.0.0.1:PORT` or `localhost:PORT` is refused with 421, so that a page of
//! another site cannot reach it through a DNS name rebound to 127.0.0.1.

use std::io::{BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::head::{read_head, Refused};
use crate::site::csp;
use crate::util;

/// How long one read may wait for the client.
pub const READ_TIMEOUT: Duration = Duration::from_secs(5);
/// How long the whole request head may take to arrive (a client trickling bytes gets 408).
pub const HEAD_DEADLINE: Duration = Duration::from_secs(10);
/// Connections served at once; beyond it, 503 at once.
pub const MAX_CONNECTIONS: usize = 64;

/// A running server; dropping it stops it.
pub struct Server {
    address: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

/// Decrements the count of open connections when a connection's thread ends, however it ends.
struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Server {
    /// Serves `dir` on 127.0.0.1:`port` (0: any free port) in a background thread.
    pub fn start(dir: &Path, port: u16) -> util::Result<Server> {
        Server::start_with(dir, port, MAX_CONNECTIONS)
    }

    fn start_with(dir: &Path, port: u16, max_connections: usize) -> util::Result<Server> {
        let listener =
            TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
        let address = listener.local_addr().map_err(|e| e.to_string())?;
        let stop = Arc::new(AtomicBool::new(false));
        let dir = dir.to_path_buf();
        let stopping = Arc::clone(&stop);
        let open = Arc::new(AtomicUsize::new(0));
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopping.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(mut stream) = stream else { continue };
                let _ = stream.set_read_timeout(Some(READ_TIMEOUT));
                let _ = stream.set_write_timeout(Some(READ_TIMEOUT));
                if open.fetch_add(1, Ordering::SeqCst) >= max_connections {
                    open.fetch_sub(1, Ordering::SeqCst);
                    let _ = respond(&mut stream, "503 Service Unavailable", b"too many connections\n", "GET");
                    continue;
                }
                let slot = Slot(Arc::clone(&open));
                let dir = dir.clone();
                let port = address.port();
                std::thread::spawn(move || {
                    let _slot = slot;
                    let _ = handle(stream, &dir, port);
                });
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

/// Whether `host` (a `Host` header) names this server as the browser was pointed at it:
/// `127.0.0.1:PORT` or `localhost:PORT`. Any other name is a page of some other site that has
/// pointed its own DNS name at 127.0.0.1 (DNS rebinding) or a confused client.
fn host_allowed(host: &str, port: u16) -> bool {
    let host = host.to_ascii_lowercase();
    host == format!("127.0.0.1:{port}") || host == format!("localhost:{port}")
}

fn handle(stream: TcpStream, dir: &Path, port: u16) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let head = read_head(&mut reader, Instant::now() + HEAD_DEADLINE);
    let mut out = stream;
    let head = match head {
        Ok(head) => head,
        Err(Refused(status)) => {
            let result = respond(&mut out, status, format!("{status}\n").as_bytes(), "GET");
            // Do not leave unread bytes behind (a reset could swallow the answer): read a little
            // more of what the client sends, briefly, then close.
            let _ = out.set_read_timeout(Some(Duration::from_millis(100)));
            let _ = std::io::copy(&mut reader.take(64 * 1024), &mut std::io::sink());
            return result;
        }
    };
    let method = head.method.as_str();
    match head.host.as_deref() {
        None => return respond(&mut out, "400 Bad Request", b"a Host header is required\n", method),
        Some(host) if !host_allowed(host, port) => {
            return respond(
                &mut out,
                "421 Misdirected Request",
                b"this server answers only to 127.0.0.1 and localhost\n",
                method,
            )
        }
        Some(_) => {}
    }
    if method != "GET" && method != "HEAD" {
        return respond(&mut out, "405 Method Not Allowed", b"method not allowed\n", method);
    }
    let Some(path) = resolve(dir, &head.target) else {
        return respond(&mut out, "404 Not Found", b"not found\n", method);
    };
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let kind = content_type(&path);
    // A precompressed copy (made by `cargo xtask dist`) when the browser takes it.
    for (encoding, suffix) in [("br", "br"), ("gzip", "gz")] {
        if head.accepts.iter().any(|a| a == encoding) {
            let mut compressed = path.clone().into_os_string();
            compressed.push(".");
            compressed.push(suffix);
            if let Ok(body) = std::fs::read(&compressed) {
                return respond_file(&mut out, name, kind, Some(encoding), &body, method);
            }
        }
    }
    match std::fs::read(&path) {
        Ok(body) => respond_file(&mut out, name, kind, None, &body, method),
        Err(_) => respond(&mut out, "404 Not Found", b"not found\n", method),
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
        Some("webmanifest") => "application/manifest+json",
        Some("ts") => "text/plain; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

/// A file, with the policy of its name, its type and encoding.
fn respond_file(
    out: &mut TcpStream,
    name: &str,
    kind: &str,
    encoding: Option<&str>,
    body: &[u8],
    method: &str,
) -> std::io::Result<()> {
    let encoding = encoding.map(|e| format!("Content-Encoding: {e}\r\n")).unwrap_or_default();
    let frame_options = if name == csp::EMBED { "" } else { "X-Frame-Options: DENY\r\n" };
    let headers = format!(
        "Content-Type: {kind}\r\n{encoding}Vary: Accept-Encoding\r\nContent-Security-Policy: {}\r\n{frame_options}",
        csp::header_policy(name)
    );
    write_response(out, "200 OK", &headers, body, method)
}

/// A short plain-text answer (errors), under the strictest policy.
fn respond(out: &mut TcpStream, status: &str, body: &[u8], method: &str) -> std::io::Result<()> {
    let headers = "Content-Type: text/plain; charset=utf-8\r\nContent-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n\
                   X-Frame-Options: DENY\r\n";
    write_response(out, status, headers, body, method)
}

fn write_response(out: &mut TcpStream, status: &str, headers: &str, body: &[u8], method: &str) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nX-Content-Type-Options: nosniff\r\n\
         Referrer-Policy: no-referrer\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
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
    use crate::http::head::{MAX_HEADERS, MAX_HEADER_LINES, MAX_REQUEST_LINE};
    use crate::site::csp::{header_policy, page_policy, CSP, IFRAME_DEMO};

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

    /// A temporary folder with a few files, served; removed on drop.
    struct Site {
        dir: PathBuf,
        server: Option<Server>,
    }

    impl Site {
        fn new(tag: &str, max_connections: usize) -> Site {
            let dir = std::env::temp_dir().join(format!("xtask-serve-{tag}-{}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("m.wasm"), b"\0asm").unwrap();
            std::fs::write(dir.join("m.wasm.br"), b"brotli bytes").unwrap();
            std::fs::write(dir.join("index.html"), b"<!doctype html>").unwrap();
            std::fs::write(dir.join("embed.html"), b"<!doctype html>").unwrap();
            let server = Server::start_with(&dir, 0, max_connections).unwrap();
            Site { dir, server: Some(server) }
        }

        fn address(&self) -> SocketAddr {
            self.server.as_ref().unwrap().address
        }

        fn port(&self) -> u16 {
            self.address().port()
        }

        /// Sends `request` as it is and reads the whole answer.
        fn raw(&self, request: &[u8]) -> String {
            let mut stream = TcpStream::connect(self.address()).unwrap();
            stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
            // The server may answer and close before it has read everything (a refusal).
            let _ = stream.write_all(request);
            let mut response = Vec::new();
            let _ = stream.read_to_end(&mut response);
            String::from_utf8_lossy(&response).into_owned()
        }

        fn get(&self, path: &str, headers: &str) -> String {
            let host = format!("127.0.0.1:{}", self.port());
            self.raw(format!("GET {path} HTTP/1.1\r\nHost: {host}\r\n{headers}\r\n").as_bytes())
        }
    }

    impl Drop for Site {
        fn drop(&mut self) {
            drop(self.server.take());
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }

    #[test]
    fn serves_files_with_the_policy_and_wasm_type() {
        let site = Site::new("http", MAX_CONNECTIONS);
        let ok = site.get("/m.wasm", "");
        assert!(ok.ends_with("\0asm"), "{ok}");
        let br = site.get("/m.wasm", "Accept-Encoding: gzip, deflate, br\r\n");
        assert!(br.contains("Content-Encoding: br\r\n") && br.ends_with("brotli bytes"), "{br}");
        assert!(site.get("/m.wasm", "Accept-Encoding: gzip\r\n").ends_with("\0asm"), "no .gz: the file as it is");
        assert!(ok.starts_with("HTTP/1.1 200 OK\r\n"), "{ok}");
        assert!(ok.contains("Content-Type: application/wasm\r\n"));
        assert!(ok.contains(&format!("Content-Security-Policy: {CSP}; frame-ancestors 'none'\r\n")), "{ok}");
        assert!(site.get("/nope", "").starts_with("HTTP/1.1 404"));
    }

    #[test]
    fn only_the_iframe_page_may_be_framed_and_only_by_its_own_origin() {
        let site = Site::new("frames", MAX_CONNECTIONS);
        let standalone = site.get("/", "");
        assert!(standalone.contains("frame-ancestors 'none'\r\n") && standalone.contains("X-Frame-Options: DENY\r\n"));
        let embed = site.get("/embed.html?program=nc-pss", "");
        assert!(embed.contains("frame-ancestors 'self'\r\n") && !embed.contains("X-Frame-Options"), "{embed}");
        assert_eq!(header_policy("embed.html"), format!("{CSP}; frame-ancestors 'self'"));
        assert_eq!(page_policy(IFRAME_DEMO), format!("{CSP}; frame-src 'self'"));
        for policy in [header_policy("index.html"), header_policy("embed.html"), header_policy(IFRAME_DEMO)] {
            assert!(policy.starts_with("default-src 'none'; "), "{policy}");
        }
    }

    #[test]
    fn only_its_own_names_as_host_dns_rebinding() {
        let site = Site::new("host", MAX_CONNECTIONS);
        let port = site.port();
        for host in [format!("127.0.0.1:{port}"), format!("localhost:{port}"), format!("LOCALHOST:{port}")] {
            let answer = site.raw(format!("GET / HTTP/1.1\r\nHost: {host}\r\n\r\n").as_bytes());
            assert!(answer.starts_with("HTTP/1.1 200 "), "{host}: {answer}");
        }
        for host in [
            "evil.example".to_owned(),
            format!("evil.example:{port}"),
            format!("127.0.0.1.evil.example:{port}"),
            "127.0.0.1".to_owned(),
            format!("localhost:{}", port.wrapping_add(1)),
            format!("[::1]:{port}"),
        ] {
            let answer = site.raw(format!("GET / HTTP/1.1\r\nHost: {host}\r\n\r\n").as_bytes());
            assert!(answer.starts_with("HTTP/1.1 421 "), "{host}: {answer}");
            assert!(!answer.contains("<!doctype html>"), "{host}: the page was sent");
        }
        assert!(site.raw(b"GET / HTTP/1.1\r\n\r\n").starts_with("HTTP/1.1 400 "), "no Host");
        let two = format!("GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nHost: evil.example\r\n\r\n");
        assert!(site.raw(two.as_bytes()).starts_with("HTTP/1.1 400 "), "two Hosts");
    }

    #[test]
    fn long_request_lines_and_headers_are_refused() {
        let site = Site::new("limits", MAX_CONNECTIONS);
        let port = site.port();
        let long_target = format!("/{}", "a".repeat(MAX_REQUEST_LINE));
        assert!(site.get(&long_target, "").starts_with("HTTP/1.1 414 "));
        // Just under the limit is read (and is simply not found).
        let under = format!("/{}", "a".repeat(MAX_REQUEST_LINE - 40));
        assert!(site.get(&under, "").starts_with("HTTP/1.1 404 "));
        let big_header = format!("X-Big: {}\r\n", "b".repeat(MAX_HEADERS));
        assert!(site.get("/", &big_header).starts_with("HTTP/1.1 431 "));
        let many = "X-A: 1\r\n".repeat(MAX_HEADER_LINES + 1);
        assert!(site.get("/", &many).starts_with("HTTP/1.1 431 "));
        // Many small headers that add up beyond the byte limit.
        let total = format!("X-Medium: {}\r\n", "c".repeat(1000)).repeat(MAX_HEADERS / 1000 + 1);
        assert!(site.get("/", &total).starts_with("HTTP/1.1 431 "));
        assert!(site.raw(format!("GET\r\nHost: 127.0.0.1:{port}\r\n\r\n").as_bytes()).starts_with("HTTP/1.1 400 "));
        assert!(site.raw(b"GET / HTTP/1.1\r\nnot a header\r\n\r\n").starts_with("HTTP/1.1 400 "));
    }

    #[test]
    fn a_client_that_sends_nothing_is_let_go() {
        let site = Site::new("slow", MAX_CONNECTIONS);
        let start = Instant::now();
        let mut idle = TcpStream::connect(site.address()).unwrap();
        idle.write_all(b"GET / HTTP/1.1\r\n").unwrap();
        let mut answer = String::new();
        idle.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        let _ = idle.read_to_string(&mut answer);
        let waited = start.elapsed();
        assert!(answer.starts_with("HTTP/1.1 408 "), "{answer}");
        assert!(waited >= READ_TIMEOUT && waited < READ_TIMEOUT + Duration::from_secs(3), "{waited:?}");
    }

    #[test]
    fn connections_beyond_the_limit_get_503_and_the_server_recovers() {
        let site = Site::new("busy", 2);
        // Two clients that connect and say nothing hold both slots.
        let held: Vec<TcpStream> = (0..2).map(|_| TcpStream::connect(site.address()).unwrap()).collect();
        std::thread::sleep(Duration::from_millis(200));
        let refused = site.get("/", "");
        assert!(refused.starts_with("HTTP/1.1 503 "), "{refused}");
        drop(held);
        let back = poll(|| site.get("/", "").starts_with("HTTP/1.1 200 "));
        assert!(back, "the slots were not given back when the clients left");
    }

    /// Calls `f` until it is true, for up to 5 s.
    fn poll(f: impl Fn() -> bool) -> bool {
        let end = Instant::now() + Duration::from_secs(5);
        while Instant::now() < end {
            if f() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }
}
