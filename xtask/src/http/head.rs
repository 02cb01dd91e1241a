//! Reading an HTTP/1.1 request head (the request line and the headers) within bounds of bytes,
//! lines and time, as far as a file server needs it: method, target, `Host`, `Accept-Encoding`.
//! Hand-written on purpose: the limits are applied while the bytes arrive (414 for the line, 431
//! for the headers, 408 for a trickle), which a parser of a complete buffer would not do for us.

use std::io::BufRead;
use std::time::Instant;

/// The longest request line read (method, target, version): longer gets 414.
pub const MAX_REQUEST_LINE: usize = 8 * 1024;
/// The most bytes of headers read (after the request line): more gets 431.
pub const MAX_HEADERS: usize = 16 * 1024;
/// The most header lines read: more gets 431.
pub const MAX_HEADER_LINES: usize = 100;

/// A request head as far as this server needs it.
#[derive(Debug, PartialEq, Eq)]
pub struct Head {
    pub method: String,
    pub target: String,
    pub host: Option<String>,
    pub accepts: Vec<String>,
}

/// Why a request head is refused: the status line to answer with.
#[derive(Debug, PartialEq, Eq)]
pub struct Refused(pub &'static str);

const URI_TOO_LONG: Refused = Refused("414 URI Too Long");
const HEADERS_TOO_LARGE: Refused = Refused("431 Request Header Fields Too Large");
const BAD_REQUEST: Refused = Refused("400 Bad Request");
const TIMEOUT: Refused = Refused("408 Request Timeout");

/// One line of at most `limit` bytes (its `\n` included), or `Err(too_long)`; `deadline` bounds
/// the time spent on the whole head.
fn read_line_limited(
    reader: &mut impl BufRead,
    limit: usize,
    too_long: Refused,
    deadline: Instant,
) -> Result<Vec<u8>, Refused> {
    let mut line = Vec::new();
    loop {
        if Instant::now() > deadline {
            return Err(TIMEOUT);
        }
        let available = match reader.fill_buf() {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {
                return Err(TIMEOUT)
            }
            Err(_) => return Err(BAD_REQUEST),
        };
        if available.is_empty() {
            // The client closed the connection mid-line.
            return Err(BAD_REQUEST);
        }
        let (take, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        if line.len() + take > limit {
            return Err(too_long);
        }
        line.extend_from_slice(&available[..take]);
        reader.consume(take);
        if done {
            return Ok(line);
        }
    }
}

/// Reads the request line and the headers, within the limits.
pub fn read_head(reader: &mut impl BufRead, deadline: Instant) -> Result<Head, Refused> {
    let line = read_line_limited(reader, MAX_REQUEST_LINE, URI_TOO_LONG, deadline)?;
    let line = String::from_utf8(line).map_err(|_| BAD_REQUEST)?;
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or("").to_owned(), parts.next().unwrap_or("").to_owned());
    if method.is_empty() || target.is_empty() {
        return Err(BAD_REQUEST);
    }
    let mut head = Head { method, target, host: None, accepts: Vec::new() };
    let mut bytes = 0;
    let mut lines = 0;
    loop {
        let left = MAX_HEADERS.saturating_sub(bytes);
        let header = read_line_limited(reader, left, HEADERS_TOO_LARGE, deadline)?;
        bytes += header.len();
        lines += 1;
        if lines > MAX_HEADER_LINES + 1 {
            return Err(HEADERS_TOO_LARGE);
        }
        let header = String::from_utf8_lossy(&header);
        let header = header.trim_end_matches(['\r', '\n']);
        if header.is_empty() {
            return Ok(head);
        }
        let Some((name, value)) = header.split_once(':') else { return Err(BAD_REQUEST) };
        let (name, value) = (name.trim(), value.trim());
        if name.eq_ignore_ascii_case("host") {
            if head.host.is_some() {
                // Two Host headers: which one a proxy believed is anyone's guess.
                return Err(BAD_REQUEST);
            }
            head.host = Some(value.to_owned());
        } else if name.eq_ignore_ascii_case("accept-encoding") {
            head.accepts
                .extend(value.split(',').map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase()));
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn heads_are_read_within_limits_of_bytes_and_time() {
        let far = Instant::now() + Duration::from_secs(60);
        let mut ok: &[u8] = b"GET /x HTTP/1.1\r\nHost: a\r\nAccept-Encoding: br;q=1, gzip\r\n\r\nbody";
        assert_eq!(
            read_head(&mut ok, far),
            Ok(Head {
                method: "GET".into(),
                target: "/x".into(),
                host: Some("a".into()),
                accepts: vec!["br".into(), "gzip".into()]
            })
        );
        let mut cut: &[u8] = b"GET /x HTTP/1.1\r\nHost: a\r\n";
        assert_eq!(read_head(&mut cut, far), Err(BAD_REQUEST), "the client left before the blank line");
        let mut late: &[u8] = b"GET /x HTTP/1.1\r\n\r\n";
        assert_eq!(read_head(&mut late, Instant::now() - Duration::from_secs(1)), Err(TIMEOUT));
        let line = vec![b'a'; MAX_REQUEST_LINE + 1];
        assert_eq!(read_head(&mut line.as_slice(), far), Err(URI_TOO_LONG), "no newline at all: still bounded");
    }
}
