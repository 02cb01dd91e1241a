//! The static site's parts that `cargo xtask dist` puts together and `cargo xtask serve` serves:
//! - [`csp`]: the security policy of every page;
//! - [`wasm`]: building one WebAssembly bundle (cargo, wasm-bindgen, wasm-opt);
//! - [`glue`]: wasm-bindgen's glue bundled into the entry modules;
//! - [`imports`]: short names for what the WebAssembly imports from its glue;
//! - [`markers`]: where a build writes what only it knows into a file of `www/`;
//! - [`sri`]: Subresource Integrity hashes;
//! - [`pages`]: each page's policy checked and its scripts and stylesheets pinned;
//! - [`prerender`]: the standalone page's first screens, rendered by the widget's own view code;
//! - [`worker`]: the service worker's list of files;
//! - [`rules`]: the rules page, written from the rulebooks;
//! - [`builder`]: the snippet builder's page, with its controls and words;
//! - [`types`]: the program ids of the TypeScript declarations;
//! - `page_words` (tests only): the check both generated pages' words tables pass.

pub mod builder;
pub mod csp;
pub mod glue;
pub mod imports;
pub mod markers;
#[cfg(test)]
pub mod page_words;
pub mod pages;
pub mod prerender;
pub mod rules;
pub mod sri;
pub mod types;
pub mod wasm;
pub mod worker;
