//! Subresource Integrity: `integrity(bytes)` is what a browser compares with an
//! `integrity="sha384-…"` attribute (SHA-384, standard base64 with padding), by the `sha2` and
//! `base64` crates.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use sha2::{Digest as _, Sha384};

/// `sha384-BASE64`, the Subresource Integrity value of `bytes`.
pub fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", base64(&sha384(bytes)))
}

/// The SHA-384 digest of `bytes`.
pub fn sha384(bytes: &[u8]) -> [u8; 48] {
    Sha384::digest(bytes).into()
}

/// Standard base64 with padding (RFC 4648 §4), as Subresource Integrity uses.
pub fn base64(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The vectors the hand-written SHA-384 that these crates replaced was checked against: the
    /// digest, and so every `integrity` of `dist/`, is the same.
    #[test]
    fn sha384_of_the_standard_vectors() {
        // FIPS 180-2, appendix D, and the empty message.
        assert_eq!(
            hex(&sha384(b"abc")),
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"
        );
        assert_eq!(
            hex(&sha384(b"")),
            "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b"
        );
        // Either side of the padding boundary (111 bytes fit one block with the length, 112 do not),
        // and several blocks of every byte value (from Python's hashlib).
        assert_eq!(
            hex(&sha384(&[b'a'; 111])),
            "3c37955051cb5c3026f94d551d5b5e2ac38d572ae4e07172085fed81f8466b8f90dc23a8ffcdea0b8d8e58e8fdacc80a"
        );
        assert_eq!(
            hex(&sha384(&[b'a'; 112])),
            "187d4e07cb306103c69967bf544d0dfbe9042577599c73c330abc0cb64c61236d5ed565ee19119d8c31779a38f791fcd"
        );
        let every_byte: Vec<u8> = (0..1024).map(|i| i as u8).collect();
        assert_eq!(
            hex(&sha384(&every_byte)),
            "55fd17eeb1611f9193f6ac600238ce63aa298c2e332f042b80c8f691f800e4c7505af20c1a86a31f08504587395f081f"
        );
    }

    #[test]
    fn base64_and_integrity() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        // The example of the Subresource Integrity specification.
        assert_eq!(
            integrity(b"alert('Hello, world.');"),
            "sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO"
        );
    }
}
