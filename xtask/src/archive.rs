//! A release's archive, byte for byte the same for the same files: a POSIX ustar archive written
//! here (every entry with the same mode, owner and time, in the order given, its folders before
//! it), compressed as gzip (RFC 1952) with no file name and no time in its header, by
//! miniz_oxide's deflate at its best level. Hand-written on purpose: the `tar` crate takes a
//! file's metadata unless each field is overridden, and a gzip header is ten bytes; what is
//! written here is what the tests below read back.

/// One file of the archive: its path (`/`-separated, relative) and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub path: String,
    pub data: Vec<u8>,
}

/// The size of a tar block.
const BLOCK: usize = 512;
/// Archives are padded to a whole record of 20 blocks, as tar writes them.
const RECORD: usize = 20 * BLOCK;

/// A ustar archive of `entries` (in their order), every file `0644` and folder `0755`, owned by
/// user and group 0 with no names, modified at `mtime` (seconds since 1970). Each folder a path
/// names gets its own entry before the first file in it. An error for a path that is empty,
/// absolute, holds `..`, or cannot be written in a ustar header.
pub fn tar(entries: &[Entry], mtime: u64) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(entries.iter().map(|e| e.data.len() + 2 * BLOCK).sum::<usize>() + RECORD);
    let mut folders: Vec<String> = Vec::new();
    for entry in entries {
        let path = entry.path.as_str();
        if path.is_empty()
            || path.starts_with('/')
            || path.ends_with('/')
            || path.split('/').any(|p| p.is_empty() || p == "." || p == "..")
        {
            return Err(format!("`{path}` cannot be a path in the archive"));
        }
        let parts: Vec<&str> = path.split('/').collect();
        for depth in 1..parts.len() {
            let folder = format!("{}/", parts[..depth].join("/"));
            if !folders.contains(&folder) {
                out.extend_from_slice(&header(&folder, 0, mtime, b'5')?);
                folders.push(folder);
            }
        }
        out.extend_from_slice(&header(path, entry.data.len() as u64, mtime, b'0')?);
        out.extend_from_slice(&entry.data);
        out.resize(out.len().next_multiple_of(BLOCK), 0);
    }
    out.resize(out.len() + 2 * BLOCK, 0);
    out.resize(out.len().next_multiple_of(RECORD), 0);
    Ok(out)
}

/// One ustar header: a file (`kind` `0`) of `size` bytes or a folder (`5`, its path ending in `/`).
fn header(path: &str, size: u64, mtime: u64, kind: u8) -> Result<[u8; BLOCK], String> {
    let mut block = [0u8; BLOCK];
    let (prefix, name) = split_path(path).ok_or_else(|| format!("`{path}` is too long for a ustar header"))?;
    block[..name.len()].copy_from_slice(name.as_bytes());
    octal(&mut block[100..108], if kind == b'5' { 0o755 } else { 0o644 })?;
    octal(&mut block[108..116], 0)?;
    octal(&mut block[116..124], 0)?;
    octal(&mut block[124..136], size).map_err(|e| format!("`{path}`: {e}"))?;
    octal(&mut block[136..148], mtime)?;
    block[148..156].fill(b' ');
    block[156] = kind;
    block[257..263].copy_from_slice(b"ustar\0");
    block[263..265].copy_from_slice(b"00");
    octal(&mut block[329..337], 0)?;
    octal(&mut block[337..345], 0)?;
    block[345..345 + prefix.len()].copy_from_slice(prefix.as_bytes());
    let sum: u64 = block.iter().map(|&b| u64::from(b)).sum();
    // Six octal digits, a NUL and a space, as tar writes it.
    octal(&mut block[148..155], sum)?;
    block[155] = b' ';
    Ok(block)
}

/// `path` as ustar's `prefix` (at most 155 bytes) and `name` (at most 100), split at a `/`.
fn split_path(path: &str) -> Option<(&str, &str)> {
    if !path.is_ascii() {
        return None;
    }
    if path.len() <= 100 {
        return Some(("", path));
    }
    // The last `/` (a folder's own ends the name) that leaves both parts short enough.
    let searched = path.strip_suffix('/').unwrap_or(path);
    searched
        .match_indices('/')
        .map(|(at, _)| at)
        .filter(|&at| at <= 155 && path.len() - at - 1 <= 100 && at > 0)
        .map(|at| (&path[..at], &path[at + 1..]))
        .next()
}

/// `value` in octal, zero-padded to fill `field` but for its last byte, a NUL.
fn octal(field: &mut [u8], value: u64) -> Result<(), String> {
    let digits = field.len() - 1;
    let text = format!("{value:0digits$o}");
    if text.len() > digits {
        return Err(format!("{value} does not fit in {digits} octal digits"));
    }
    field[..digits].copy_from_slice(text.as_bytes());
    field[digits] = 0;
    Ok(())
}

/// `data` as a gzip member: no file name, no time (0), "unknown" operating system, deflated at
/// the best level, then its CRC-32 and its size.
pub fn gzip(data: &[u8]) -> Vec<u8> {
    // ID1 ID2, deflate, no flags, MTIME 0, XFL 2 (the best compression), OS 255 (unknown).
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255];
    out.extend_from_slice(&miniz_oxide::deflate::compress_to_vec(data, 10));
    out.extend_from_slice(&crc32(data).to_le_bytes());
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out
}

/// CRC-32 as gzip and zip use it (ISO 3309, reflected, polynomial 0xEDB88320).
pub fn crc32(data: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut n = 0;
        while n < 256 {
            let mut c = n as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 == 1 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
                k += 1;
            }
            table[n] = c;
            n += 1;
        }
        table
    };
    !data.iter().fold(!0u32, |c, &b| TABLE[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8))
}

/// An entry of an archive, read back by [`read_tar`].
#[derive(Debug)]
pub struct Read {
    pub path: String,
    /// `b'0'` for a file, `b'5'` for a folder.
    pub kind: u8,
    pub mode: u64,
    pub mtime: u64,
    pub data: Vec<u8>,
}

/// The entries of a ustar archive written by [`tar`], read back (`release` checks what it
/// wrote with it).
pub fn read_tar(archive: &[u8]) -> Result<Vec<Read>, String> {
    let field = |block: &[u8], from: usize, to: usize| -> Result<u64, String> {
        let text: String = block[from..to].iter().take_while(|&&b| b != 0 && b != b' ').map(|&b| b as char).collect();
        u64::from_str_radix(&text, 8).map_err(|e| format!("a header field `{text}`: {e}"))
    };
    let text = |bytes: &[u8]| {
        String::from_utf8_lossy(&bytes[..bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len())]).into_owned()
    };
    let mut entries = Vec::new();
    let mut at = 0;
    while at + BLOCK <= archive.len() {
        let block = &archive[at..at + BLOCK];
        if block.iter().all(|&b| b == 0) {
            return Ok(entries);
        }
        let mut blank = block.to_vec();
        blank[148..156].fill(b' ');
        let sum: u64 = blank.iter().map(|&b| u64::from(b)).sum();
        if field(block, 148, 156)? != sum || &block[257..263] != b"ustar\0" {
            return Err(format!("a header at {at} that is not ustar's, or whose checksum is wrong"));
        }
        let prefix = text(&block[345..500]);
        let name = text(&block[..100]);
        let path = if prefix.is_empty() { name } else { format!("{prefix}/{name}") };
        let size = field(block, 124, 136)? as usize;
        let data = archive.get(at + BLOCK..at + BLOCK + size).ok_or("an entry longer than the archive")?.to_vec();
        entries.push(Read {
            path,
            kind: block[156],
            mode: field(block, 100, 108)?,
            mtime: field(block, 136, 148)?,
            data,
        });
        at += BLOCK + size.next_multiple_of(BLOCK);
    }
    Err("the archive does not end with two empty blocks".into())
}

/// A gzip member written by [`gzip`], inflated, its CRC-32 and size checked.
pub fn gunzip(member: &[u8]) -> Result<Vec<u8>, String> {
    if member.len() < 18 || member[..4] != [0x1f, 0x8b, 8, 0] {
        return Err("not a gzip member without flags".into());
    }
    let body = &member[10..member.len() - 8];
    let data = miniz_oxide::inflate::decompress_to_vec(body).map_err(|e| format!("deflate: {e:?}"))?;
    let trailer = &member[member.len() - 8..];
    if trailer[..4] != crc32(&data).to_le_bytes() || trailer[4..] != (data.len() as u32).to_le_bytes() {
        return Err("the CRC-32 or the size in the trailer is wrong".into());
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: &str, data: &[u8]) -> Entry {
        Entry { path: path.to_owned(), data: data.to_vec() }
    }

    #[test]
    fn crc32_of_the_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn gzip_has_no_name_or_time_and_round_trips() {
        let data: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
        let member = gzip(&data);
        assert_eq!(member[..10], [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255]);
        assert!(member.len() < data.len() / 10, "{} bytes", member.len());
        assert_eq!(gunzip(&member).expect("inflates"), data);
        assert_eq!(gzip(&data), member, "the same bytes twice");
        let mut broken = member.clone();
        let last = broken.len() - 5;
        broken[last] ^= 1;
        assert!(gunzip(&broken).is_err(), "a wrong size");
    }

    #[test]
    fn tar_writes_folders_first_fixed_metadata_and_reads_back() {
        let long = format!("top/{}/{}.txt", "d".repeat(90), "f".repeat(80));
        let entries = [entry("top/a.txt", b"hello\n"), entry("top/sub/b.bin", &[0u8; 513]), entry(&long, b"x")];
        let archive = tar(&entries, 1_700_000_000).expect("writes");
        assert_eq!(archive.len() % RECORD, 0);
        let read = read_tar(&archive).expect("reads");
        let paths: Vec<&str> = read.iter().map(|r| r.path.as_str()).collect();
        let long_folder = format!("top/{}/", "d".repeat(90));
        assert_eq!(paths, ["top/", "top/a.txt", "top/sub/", "top/sub/b.bin", long_folder.as_str(), long.as_str()]);
        for Read { path, kind, mode, mtime, data } in &read {
            assert_eq!(*mtime, 1_700_000_000, "{path}");
            if path.ends_with('/') {
                assert_eq!((*kind, *mode, data.len()), (b'5', 0o755, 0), "{path}");
            } else {
                assert_eq!((*kind, *mode), (b'0', 0o644), "{path}");
            }
        }
        assert_eq!(read[1].data, b"hello\n");
        assert_eq!(read[3].data, vec![0u8; 513]);
        assert_eq!(tar(&entries, 1_700_000_000).expect("again"), archive, "the same bytes twice");
        for bad in ["", "/abs", "a/../b", "a//b", "a/", "ü.txt", &"x".repeat(300)] {
            assert!(tar(&[entry(bad, b"")], 0).is_err(), "{bad:?}");
        }
    }

    /// What the system's tar (GNU tar on Debian, where the tasks run) makes of it.
    #[test]
    fn the_systems_tar_lists_it() {
        let dir = std::env::temp_dir().join(format!("xtask-archive-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        let file = dir.join("t.tar.gz");
        let entries = [entry("top/a.txt", b"hello\n"), entry("top/sub/b.txt", b"b")];
        std::fs::write(&file, gzip(&tar(&entries, 0).expect("writes"))).expect("written");
        let listed = std::process::Command::new("tar").arg("-tzvf").arg(&file).output().expect("tar runs");
        std::fs::remove_dir_all(&dir).ok();
        assert!(listed.status.success(), "{}", String::from_utf8_lossy(&listed.stderr));
        let listing = String::from_utf8_lossy(&listed.stdout);
        assert!(listing.contains("-rw-r--r-- 0/0") && listing.contains("top/sub/b.txt"), "{listing}");
    }
}
