//! `reframe check`: the build's validation, for editors, with the same messages.

use reframe_core::content::load::from_file;
use reframe_core::content::validate::printable;
use std::path::PathBuf;
use std::process::ExitCode;

/// Checks the given files (or every content file in `content/`); prints each problem as
/// `file:line:column: path: message` or `file: path: message` on stderr, and `ok: file` for
/// good files on stdout, control characters shown escaped ([`printable`]). Exits 1 when any
/// file is invalid.
pub fn run(args: &[String]) -> ExitCode {
    let files: Vec<PathBuf> = if args.is_empty() {
        match content_files() {
            Ok(files) => files,
            Err(e) => {
                eprintln!("content/: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        args.iter().map(PathBuf::from).collect()
    };
    let mut failed = false;
    for file in &files {
        match from_file(file) {
            Ok(_) => println!("ok: {}", printable(&file.display().to_string())),
            Err(errors) => {
                failed = true;
                for error in errors {
                    eprintln!("{}", printable(&error));
                }
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn content_files() -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir("content")? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "json")
            && path.file_name().is_some_and(|n| n != "schema.json")
        {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}
