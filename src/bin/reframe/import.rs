//! `reframe import`: a Markdown article to a content set.

use reframe_core::content::import::{import_markdown, Import};
use reframe_core::content::validate::{acts_on_display, printable, validate};
use std::fmt::Write as _;
use std::process::ExitCode;

/// Imports the Markdown file `args[0]`: prints the content set as JSON on stdout, and on stderr
/// a `note:` line for each part of the article that was left out and an `error:` line for each
/// content rule the result breaks, control characters shown escaped ([`printable`]; in the
/// JSON, [`json_escaped`]). Exits 1 when the result is invalid or the file unreadable,
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
        Ok(json) => println!("{}", json_escaped(&json)),
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

/// `json` (JSON text) with every character that [acts on a terminal](acts_on_display) written
/// as a JSON escape (`\u009b`): serde_json escapes those inside strings only up to U+001F, and
/// this text is often read on a terminal before it goes into a file. Outside strings JSON has
/// none of these characters but the line breaks and tabs between values, which stay; so the
/// text parses to the same value.
fn json_escaped(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if acts_on_display(c) && !c.is_ascii_whitespace() {
            write!(out, "\\u{:04x}", u32::from(c)).expect("writing to a String never fails");
        } else {
            out.push(c);
        }
    }
    out
}
