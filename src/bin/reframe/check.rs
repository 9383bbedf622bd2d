//! `reframe check`: the build's validation, for editors, with the same messages.

use reframe_core::content::faq_markup_html::page_widgets;
use reframe_core::content::load::{from_file, names_an_id, read_set};
use reframe_core::content::validate::printable;
use reframe_core::widget::markup_content::{from_markup, MarkupContent};
use std::path::Path;
use std::path::PathBuf;
use std::process::ExitCode;

/// Checks the given files (or every content file in `content/`); prints each problem as
/// `file:line:column: path: message` or `file: path: message` on stderr, and `ok: file` for
/// good files on stdout, control characters shown escaped ([`printable`]). Exits 1 when any
/// file is invalid. A file in `content/` is a bundled set, whose name is its id and must be a
/// slug; elsewhere (a file a page names in `src`) the name is free, and one that could not be a
/// bundled set's only gets a note. An HTML page (`.html`, `.htm`) is checked as the widget
/// reads it: the FAQ markup of each `<reframe-widget>` without content of its own
/// ([`check_page`]).
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
        if file
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
        {
            failed |= !check_page(file);
            continue;
        }
        let bundled = is_in_content_dir(file);
        let result = if bundled {
            from_file(file)
        } else {
            read_set(file)
        };
        match result {
            Ok(_) => {
                let name = printable(&file.display().to_string());
                println!("ok: {name}");
                if !bundled && !names_an_id(file) {
                    eprintln!(
                        "note: {name}: fine for `src` or inline content; as a bundled set \
                         (content/<id>.json) its name would have to be a slug (a-z, 0-9, \
                         single hyphens)"
                    );
                }
            }
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

/// Whether `file` is in the project's `content/` folder, where each file is a bundled set.
fn is_in_content_dir(file: &Path) -> bool {
    let folder = |path: &Path| path.canonicalize().ok();
    let parent = file.parent().filter(|p| !p.as_os_str().is_empty());
    let parent = parent.map_or_else(|| folder(Path::new(".")), folder);
    parent.is_some() && parent == folder(Path::new("content"))
}

/// Checks the FAQ markup of each `<reframe-widget>` of the page `file` that has no content of
/// its own, as the widget reads it: prints `ok: file <reframe-widget …>` and each question's
/// id and text, or each problem as `file: <reframe-widget …>: path: message`. True when every
/// such widget has a valid FAQ and there is at least one.
fn check_page(file: &Path) -> bool {
    let name = printable(&file.display().to_string());
    let html = match std::fs::read(file) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("{name}: {e}");
            return false;
        }
    };
    let mut ok = true;
    let mut checked = 0;
    for (n, widget) in page_widgets(&html).into_iter().enumerate() {
        if widget.has_content {
            continue;
        }
        checked += 1;
        let which = match &widget.id {
            Some(id) => format!("<reframe-widget id=\"{}\">", printable(id)),
            None => format!("<reframe-widget> (the page's number {})", n + 1),
        };
        match from_markup(widget.markup, &widget.lang) {
            MarkupContent::Faq(set) => {
                let Some(faq) = set.faq else { continue };
                println!(
                    "ok: {name} {which}: \"{}\", {} questions",
                    printable(&faq.title),
                    faq.items.len()
                );
                for item in &faq.items {
                    println!("  #{}: {}", item.id, printable(&item.question));
                }
            }
            MarkupContent::NoFaq => {
                ok = false;
                eprintln!(
                    "{name}: {which}: {} (the widget shows its default content set instead)",
                    reframe_core::content::faq_markup::MarkupError::NoFaq
                );
            }
            MarkupContent::Invalid(errors) => {
                ok = false;
                for error in errors {
                    eprintln!("{name}: {which}: {}", printable(&error));
                }
            }
        }
    }
    if checked == 0 {
        eprintln!("{name}: no <reframe-widget> without a content attribute, src or JSON to read FAQ markup from");
        return false;
    }
    ok
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
