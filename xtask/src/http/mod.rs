//! HTTP for `cargo xtask serve` and every test and benchmark that loads the site:
//! - [`head`]: a request head read within limits;
//! - [`server`]: the file server.

pub mod head;
pub mod server;
