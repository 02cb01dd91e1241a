//! The markers in the files of `www/` where `cargo xtask dist` writes what only a build knows
//! (a hash, a list): each is filled exactly once, or the build fails.

use crate::util;

/// `text` with the one occurrence of `marker` replaced by `value`; an error when `marker` is not
/// there exactly once (a source file and this build no longer agree).
pub fn fill(text: &str, marker: &str, value: &str) -> util::Result<String> {
    match text.matches(marker).count() {
        1 => Ok(text.replacen(marker, value, 1)),
        n => Err(format!("expected `{marker}` once, found it {n} times")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_filled_exactly_once() {
        assert_eq!(fill("a /*m*/ b", "/*m*/", "X").unwrap(), "a X b");
        assert!(fill("a b", "/*m*/", "X").is_err());
        assert!(fill("/*m*/ /*m*/", "/*m*/", "X").is_err());
    }
}
