//! `prerender DATE [NAME=VALUE …]`: the widget's first screen for those options on that date, as
//! HTML on standard output (`cargo xtask dist` writes it into the pages). See
//! `screener_widget::prerender`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(today) = args.first().and_then(|d| screener::dates::parse(d)) else {
        eprintln!("usage: prerender YYYY-MM-DD [NAME=VALUE …]");
        return ExitCode::from(64);
    };
    let mut options = Vec::new();
    for arg in &args[1..] {
        let Some(option) = arg.split_once('=') else {
            eprintln!("prerender: not NAME=VALUE: {arg}");
            return ExitCode::from(64);
        };
        options.push(option);
    }
    match screener_widget::prerender(&options, today) {
        Ok(html) => {
            print!("{html}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
