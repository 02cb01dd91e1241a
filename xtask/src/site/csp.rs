//! The site's security policy: the Content-Security-Policy every page carries in a `<meta>`
//! (checked by `cargo xtask dist`) and every response of `cargo xtask serve` sends in a header.

/// The policy of EMBEDDING.md §6 for every page: no inline scripts or styles, nothing from other
/// origins; the standalone page's manifest and service worker from its own origin; no `<base>`,
/// no form submissions; Trusted Types required, with the one policy (`peer-support-screener`)
/// that registers the service worker and lets nothing else through. Each shipped page carries the same policy in a
/// `<meta http-equiv="Content-Security-Policy">` (`cargo xtask dist` checks it does), so that it
/// travels with the files.
pub const CSP: &str =
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; \
                       img-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; \
                       require-trusted-types-for 'script'; trusted-types peer-support-screener";

/// The policy an agency's page needs for the element served from its own origin (EMBEDDING.md
/// §6): what the snippet builder prints for that case and the release's `EMBED.txt` says.
pub const HOST_PAGE: &str =
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self'";

/// The page that shows how an agency frames `embed.html`: it may frame pages of its own origin.
pub const IFRAME_DEMO: &str = "iframe-demo.html";

/// The page an agency frames.
pub const EMBED: &str = "embed.html";

/// The policy a page carries in its `<meta>` (what a meta element can carry).
pub fn page_policy(name: &str) -> String {
    if name == IFRAME_DEMO {
        format!("{CSP}; frame-src 'self'")
    } else {
        CSP.to_owned()
    }
}

/// The policy sent in the header with a file: the page's own, plus `frame-ancestors`, which only a
/// header can carry: `embed.html` may be framed by pages of its own origin (on an agency's server,
/// the agency's origin), every other file by no one.
pub fn header_policy(name: &str) -> String {
    let ancestors = if name == EMBED { "'self'" } else { "'none'" };
    format!("{}; frame-ancestors {ancestors}", page_policy(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_embed_page_may_be_framed_and_only_the_demo_frames() {
        assert_eq!(header_policy(EMBED), format!("{CSP}; frame-ancestors 'self'"));
        assert_eq!(header_policy("index.html"), format!("{CSP}; frame-ancestors 'none'"));
        assert_eq!(page_policy(IFRAME_DEMO), format!("{CSP}; frame-src 'self'"));
        assert_eq!(page_policy("index.html"), CSP);
        let embedding = std::fs::read_to_string(crate::util::root().join("EMBEDDING.md")).expect("EMBEDDING.md");
        assert!(
            embedding.contains(&format!("Content-Security-Policy: {HOST_PAGE}\n")),
            "EMBEDDING.md §6 says another policy"
        );
        for policy in [header_policy("index.html"), header_policy(EMBED), header_policy(IFRAME_DEMO)] {
            assert!(policy.starts_with("default-src 'none'; "), "{policy}");
        }
    }
}
