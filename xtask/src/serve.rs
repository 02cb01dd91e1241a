//! `cargo xtask serve [--port N] [--no-build]`: `dist/` (built first unless `--no-build`) on
//! 127.0.0.1 by the file server of [`crate::http::server`], until Ctrl-C.

use crate::http::server::Server;
use crate::util;

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
        let tools = crate::tools::run_for_dist()?;
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
