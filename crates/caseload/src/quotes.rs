//! A quoted field that is never closed (SCREENING.md §10): the csv crate returns the rest of the
//! input as that field, so every later row would go unscreened without a word. [`Watch`] follows
//! the bytes on their way to the csv reader exactly as the crate parses them (RFC 4180: a quote
//! opens a field only at its start; `""` inside a quoted field is a quote; CR, LF and CRLF end a
//! record; blank lines are no record), remembering where the last quoted field opened, so that
//! at the end of the input it can say whether one is still open: [`Unclosed`]. It keeps a few
//! counters, never the bytes: memory stays flat.

use std::io::{self, Read};

/// A quoted field that opens and is never closed: it would swallow every later line into one
/// cell, so nothing from its line on is screened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unclosed {
    /// The data row where the quote opens (1 for the first, as the result's `row`), or 0 for
    /// the header row.
    pub row: u64,
    /// The line of the file where it opens (1 for the first; LF, CRLF and a lone CR each end a
    /// line, as editors count them).
    pub line: u64,
    /// The lines from that one to the end of the file, both included: none of them was screened.
    pub lines_not_screened: u64,
}

impl std::fmt::Display for Unclosed {
    /// The command line's English.
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let Unclosed { row, line, lines_not_screened: lines } = *self;
        match row {
            0 => write!(f, "a quoted field opens in the header row (line {line}) and is never closed, ")?,
            _ => write!(f, "a quoted field opens in row {row} (line {line}) and is never closed, ")?,
        }
        match lines {
            1 => write!(f, "so line {line}, the last, was not screened")?,
            _ => write!(f, "so the {lines} lines from line {line} to the end of the file were not screened")?,
        }
        f.write_str(": close the quote (a quote inside a quoted field is written twice: \"\"), then screen ")?;
        match row {
            0 => f.write_str("the file again"),
            _ => write!(f, "row {row} and the rows after it again"),
        }
    }
}

/// Where the csv reader is in its input, as far as quotes go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Not in a quoted field; `field_start` when the next byte starts a field (the input's first,
    /// or one after a comma, CR or LF outside quotes), where a quote opens a quoted field.
    /// Anywhere else a quote is text.
    Outside {
        field_start: bool,
    },
    InQuoted,
    /// A quote in a quoted field: it closes the field, unless another quote follows (`""`).
    AfterQuote,
}

/// A byte source watched on its way to the csv reader. The watch jumps from one quote to the
/// next ([`find_quote`]) and looks only at the byte before each; lines are counted a buffer at a
/// time.
pub(crate) struct Watch<R> {
    inner: R,
    state: State,
    /// Line breaks so far: LF, CRLF and a lone CR count one each.
    breaks: u64,
    /// The last byte was a CR (a LF right after it ends no other line).
    after_cr: bool,
    /// Some byte follows the last line break (the last line has no break of its own).
    open_line: bool,
    /// The line where the quoted field now open (or just closed) opened.
    opened_line: u64,
    /// The source has said it has no more.
    ended: bool,
}

impl<R: Read> Watch<R> {
    pub(crate) fn new(inner: R) -> Watch<R> {
        Watch {
            inner,
            state: State::Outside { field_start: true },
            breaks: 0,
            after_cr: false,
            open_line: false,
            opened_line: 0,
            ended: false,
        }
    }

    /// Once the whole input has been read and a quoted field is still open: where it opened.
    /// The record it is in is the last the csv reader gives (it ends only with the input): the
    /// caller names it, `row` (0 for the header row).
    pub(crate) fn unclosed(&self, row: u64) -> Option<Unclosed> {
        if !self.ended || self.state != State::InQuoted {
            return None;
        }
        let lines = self.breaks + u64::from(self.open_line);
        let line = self.opened_line;
        Some(Unclosed { row, line, lines_not_screened: lines + 1 - line })
    }

    /// Follows `bytes` as the csv reader will read them.
    fn follow(&mut self, bytes: &[u8]) {
        let Some(&last) = bytes.last() else { return };
        let mut state = self.state;
        // Where in `bytes` the last quoted field to open opened.
        let mut opened = None;
        let mut i = 0;
        while i < bytes.len() {
            match state {
                State::InQuoted => match find_quote(&bytes[i..]) {
                    Some(k) => {
                        i += k + 1;
                        state = State::AfterQuote;
                    }
                    None => i = bytes.len(),
                },
                State::AfterQuote if bytes[i] == b'"' => {
                    i += 1;
                    state = State::InQuoted;
                }
                // The field was closed: whatever follows is looked at from outside.
                State::AfterQuote => state = State::Outside { field_start: false },
                State::Outside { field_start } => {
                    let Some(k) = find_quote(&bytes[i..]) else {
                        let field_start = matches!(last, b',' | b'\r' | b'\n');
                        state = State::Outside { field_start };
                        break;
                    };
                    let at = i + k;
                    let opens = if k == 0 { field_start } else { matches!(bytes[at - 1], b',' | b'\r' | b'\n') };
                    if opens {
                        opened = Some(at);
                        state = State::InQuoted;
                    } else {
                        state = State::Outside { field_start: false };
                    }
                    i = at + 1;
                }
            }
        }
        if let (Some(at), State::InQuoted | State::AfterQuote) = (opened, state) {
            self.opened_line = self.breaks + breaks(&bytes[..at], self.after_cr) + 1;
        }
        self.breaks += breaks(bytes, self.after_cr);
        self.after_cr = last == b'\r';
        self.open_line = last != b'\r' && last != b'\n';
        self.state = state;
    }
}

/// Where the first quote in `bytes` is. Where every cell is quoted, the next quote is a few bytes
/// away: those are looked at one by one, which is quicker there than a call to `memchr`, which
/// is quicker over the long runs between quotes of most files.
#[inline]
fn find_quote(bytes: &[u8]) -> Option<usize> {
    const NEAR: usize = 16;
    let near = &bytes[..bytes.len().min(NEAR)];
    match near.iter().position(|&b| b == b'"') {
        Some(k) => Some(k),
        None if bytes.len() <= NEAR => None,
        None => memchr::memchr(b'"', &bytes[NEAR..]).map(|k| k + NEAR),
    }
}

/// The line breaks in `bytes` (LF, CRLF and a lone CR, one each), `after_cr` when the byte
/// before them was a CR. Most files have no CR, or one before each LF.
fn breaks(bytes: &[u8], after_cr: bool) -> u64 {
    let lf = memchr::memchr_iter(b'\n', bytes).count() as u64;
    // A CR counts where it is, and the LF after it then ends no other line.
    let cr_then_lf = |at: usize| bytes.get(at + 1) == Some(&b'\n');
    let lone_cr = memchr::memchr_iter(b'\r', bytes).filter(|&at| !cr_then_lf(at)).count() as u64;
    let across = u64::from(after_cr && bytes.first() == Some(&b'\n'));
    lf + lone_cr - across
}

impl<R: Read> Read for Watch<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n == 0 && !buf.is_empty() {
            self.ended = true;
        }
        self.follow(&buf[..n]);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line and the lines not screened that the watch finds in `input` read to its end in
    /// pieces of `piece` bytes.
    fn watched(input: &[u8], piece: usize) -> Option<(u64, u64)> {
        let mut watch = Watch::new(input);
        let mut buf = vec![0u8; piece];
        while watch.read(&mut buf).expect("reading memory") > 0 {}
        watch.unclosed(0).map(|u| (u.line, u.lines_not_screened))
    }

    #[test]
    fn a_quote_that_opens_a_field_and_is_never_closed() {
        // The input, and the line where the quote opens and the lines not screened.
        type Case = (&'static [u8], Option<(u64, u64)>);
        let cases: [Case; 20] = [
            (b"ref,notes\na,\"b\nc,d\n", Some((2, 2))),
            (b"ref,notes\na,b\nc,\"d", Some((3, 1))),
            (b"ref,notes\r\na,b\r\n\r\nc,\"d\r\ne,f\r\n", Some((4, 2))),
            // A lone CR ends a line as LF does.
            (b"ref,notes\ra,b\rc,\"d\re,f", Some((3, 2))),
            (b"ref,notes\r\ra,b\r\"c\n\r\n", Some((4, 2))),
            (b"\"ref,notes\na,b\n", Some((1, 2))),
            (b"\n\n\"ref\n", Some((3, 1))),
            (b"\"", Some((1, 1))),
            // Closed, doubled, or not at the start of a field: nothing is open.
            (b"ref,notes\na,\"b\nc\"\n", None),
            (b"ref,notes\na,\"say \"\"hi\"\"\"\n", None),
            (b"ref,notes\na,b\"c\nd,e\n", None),
            (b"ref,notes\na,b\"\"\"c\nd,e\n", None),
            (b"ref,notes\na,\"b\"c\"\nd,e\n", None),
            (b"ref,notes\na,\"\"\n", None),
            (b"ref,notes\na,\"\"", None),
            // A quote closed and then another opened.
            (b"ref,notes\na,\"b\"\n\"c,d\n", Some((3, 1))),
            (b"ref,notes\na,\"b\",\"c\nd\n", Some((2, 2))),
            // `"b""` is `b"`, still open.
            (b"ref,notes\na,\"b\"\"\nc,d\n", Some((2, 2))),
            (b"", None),
            (b"ref\n", None),
        ];
        for (input, want) in cases {
            for piece in [1, 2, 3, 7, 8192] {
                assert_eq!(watched(input, piece), want, "{:?} in pieces of {piece}", String::from_utf8_lossy(input));
            }
        }
    }

    /// The csv crate's own answer: a quoted field is open at the end of `input` exactly when a
    /// line break and `Z` after it do not make a record `Z` of their own.
    fn open_at_the_end(input: &[u8]) -> bool {
        let mut text = input.to_vec();
        text.extend_from_slice(b"\nZ\n");
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(&text[..]);
        let last = reader.byte_records().last().expect("a record").expect("read from memory");
        last.iter().collect::<Vec<_>>() != [b"Z"]
    }

    #[test]
    fn open_exactly_when_the_csv_crate_leaves_a_quoted_field_open() {
        // Every input of up to 6 bytes of `"`, `,`, CR, LF and `a`.
        const BYTES: [u8; 5] = [b'"', b',', b'\r', b'\n', b'a'];
        let mut checked = 0;
        for len in 0..=6u32 {
            for n in 0..5usize.pow(len) {
                let input: Vec<u8> = (0..len).map(|i| BYTES[n / 5usize.pow(i) % 5]).collect();
                let want = open_at_the_end(&input);
                for piece in [1, 2, 8192] {
                    assert_eq!(
                        watched(&input, piece).is_some(),
                        want,
                        "{:?} in pieces of {piece}",
                        String::from_utf8_lossy(&input)
                    );
                }
                // The same with each `a` as a long run, so that quotes are far apart.
                let far: Vec<u8> =
                    input.iter().flat_map(|&b| if b == b'a' { vec![b'a'; 40] } else { vec![b] }).collect();
                assert_eq!(watched(&far, 8192).is_some(), want, "{:?}", String::from_utf8_lossy(&far));
                checked += 1;
            }
        }
        assert_eq!(checked, (0..=6).map(|len| 5usize.pow(len)).sum::<usize>());
    }

    #[test]
    fn the_first_quote_near_or_far() {
        for len in 0..60 {
            let none = vec![b'a'; len];
            assert_eq!(find_quote(&none), None, "{len}");
            for at in 0..len {
                let mut bytes = none.clone();
                bytes[at] = b'"';
                if at + 1 < len {
                    bytes[len - 1] = b'"';
                }
                assert_eq!(find_quote(&bytes), Some(at), "{len} {at}");
            }
        }
    }

    #[test]
    fn line_breaks_as_editors_count_them() {
        for (input, want) in
            [(&b""[..], 0), (b"a", 0), (b"a\n", 1), (b"a\r\n", 1), (b"a\r", 1), (b"\r\r\n\n\r", 4), (b"\n\r", 2)]
        {
            assert_eq!(breaks(input, false), want, "{:?}", String::from_utf8_lossy(input));
        }
        // A CRLF split between two reads is one break.
        assert_eq!(breaks(b"\na", true), 0);
        assert_eq!(breaks(b"a\n", true), 1);
    }

    #[test]
    fn nothing_is_said_before_the_end() {
        let mut watch = Watch::new(&b"ref\n\"a\n"[..]);
        let mut buf = [0u8; 64];
        assert_eq!(watch.read(&mut buf).expect("reading memory"), 7);
        assert_eq!(watch.unclosed(1), None, "the source has not said it has no more");
        assert_eq!(watch.read(&mut buf[..0]).expect("reading memory"), 0);
        assert_eq!(watch.unclosed(1), None, "an empty buffer is not the end");
        assert_eq!(watch.read(&mut buf).expect("reading memory"), 0);
        assert_eq!(watch.unclosed(1), Some(Unclosed { row: 1, line: 2, lines_not_screened: 1 }));
    }

    #[test]
    fn the_command_lines_words() {
        let says = |row, line, lines_not_screened| Unclosed { row, line, lines_not_screened }.to_string();
        assert_eq!(
            says(3, 4, 5),
            "a quoted field opens in row 3 (line 4) and is never closed, so the 5 lines from line 4 to the end of the \
             file were not screened: close the quote (a quote inside a quoted field is written twice: \"\"), then \
             screen row 3 and the rows after it again"
        );
        assert!(says(7, 9, 1).contains("so line 9, the last, was not screened"));
        assert!(says(0, 1, 3).starts_with("a quoted field opens in the header row (line 1)"));
        assert!(says(0, 1, 3).ends_with("then screen the file again"));
    }
}
