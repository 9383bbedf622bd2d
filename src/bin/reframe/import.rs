//! `reframe import`: a Markdown article to a content set.

use reframe_core::content::import::{import_markdown, Import};
use reframe_core::content::validate::{printable, validate};
use std::process::ExitCode;

/// Imports the Markdown file `args[0]`: prints the content set as JSON on stdout, and on stderr
/// a `note:` line for each part of the article that was left out and an `error:` line for each
/// content rule the result breaks, control characters shown escaped ([`printable`]; the JSON
/// escapes those of C0 itself). Exits 1 when the result is invalid or the file unreadable,
/// 2 on a usage error.
pub fn run(args: &[String]) -> ExitCode {
    let [file] = args else {
        eprintln!("usage: reframe import FILE");
        return ExitCode::from(2);
    };
    let source = match std::fs::read_to_string(file) {
        Ok(source) => source,
        Err(e) => {
            eprintln!("{}", printable(&format!("{file}: {e}")));
            return ExitCode::FAILURE;
        }
    };
    let Import { set, unplaced } = import_markdown(&source);
    match serde_json::to_string_pretty(&set) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("{}", printable(&format!("{file}: {e}")));
            return ExitCode::FAILURE;
        }
    }
    for note in &unplaced {
        eprintln!("note: {}", printable(note));
    }
    let errors = validate(&set);
    for error in &errors {
        eprintln!("error: {}", printable(&error.to_string()));
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
