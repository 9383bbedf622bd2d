//! Build script: validates every bundled content file and embeds it, minified, into the crate.
//!
//! An invalid file fails the build with `file:line:column: field.path: message` (syntax and type
//! errors) or `file: field.path: message` (rules from `validate.rs`). The wasm then needs no JSON
//! parser of its own: the browser's `JSON.parse` reads the embedded text, and serde-wasm-bindgen
//! reads its result into the content model (`embed::bundled_sets`).
//!
//! It also minifies the widget's stylesheet (`www/reframe.css`, comments and spaces out) for
//! `embed::shadow` to embed.

#[path = "src/content/limits.rs"]
#[allow(dead_code)]
mod limits;
#[path = "src/content/load.rs"]
mod load;
#[path = "src/content/mentions.rs"]
mod mentions;
#[path = "src/content/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "src/content/rich_text.rs"]
#[allow(dead_code)]
mod rich_text;
#[path = "src/content/search.rs"]
#[allow(dead_code)]
mod search;
#[path = "src/content/unicode.rs"]
mod unicode;
#[path = "src/content/validate.rs"]
#[allow(dead_code)]
mod validate;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs, process};

fn main() {
    println!("cargo:rerun-if-changed=content");
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut files: Vec<PathBuf> = fs::read_dir("content")
        .expect("the content/ folder exists")
        .map(|entry| entry.expect("content/ is readable").path())
        .filter(|path| is_content_file(path))
        .collect();
    files.sort();

    let mut failures = Vec::new();
    // Two tables in the same order.
    let mut ids =
        String::from("/// The bundled sets' ids, sorted.\npub static IDS: &[&str] = &[\n");
    let mut json = String::from("/// Their minified JSON.\npub static JSON: &[&str] = &[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let id = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        match load::from_file(path) {
            Ok(mut set) => {
                set.schema = None; // an editor hint, not content
                set.link_related_mentions();
                let minified = serde_json::to_string(&set).expect("content serializes");
                let out = out_dir.join(format!("{id}.min.json"));
                fs::write(&out, minified).expect("OUT_DIR is writable");
                writeln!(ids, "    {id:?},").unwrap();
                writeln!(json, "    include_str!({:?}),", out.display()).unwrap();
            }
            Err(errors) => failures.extend(errors),
        }
    }
    let table = [ids, json].map(|t| t + "];\n").concat();
    if files.is_empty() {
        failures.push("content/: no content files (*.json) to bundle".into());
    }
    if !failures.is_empty() {
        for failure in &failures {
            eprintln!("error: {failure}");
            println!("cargo:warning={failure}");
        }
        process::exit(1);
    }
    fs::write(out_dir.join("bundled.rs"), table).expect("OUT_DIR is writable");
    minify_stylesheet(&out_dir);
}

/// Writes `www/reframe.css` without comments and spare spaces to `OUT_DIR/reframe.min.css`.
fn minify_stylesheet(out_dir: &Path) {
    println!("cargo:rerun-if-changed=www/reframe.css");
    let css = fs::read_to_string("www/reframe.css").expect("www/reframe.css is readable");
    let minified = minifier::css::minify(&css).unwrap_or_else(|e| {
        eprintln!("error: www/reframe.css: {e}");
        process::exit(1);
    });
    fs::write(out_dir.join("reframe.min.css"), minified.to_string()).expect("OUT_DIR is writable");
}

/// Content files are `content/*.json`, except the JSON Schema.
fn is_content_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "json")
        && path.file_name().is_some_and(|n| n != "schema.json")
}
