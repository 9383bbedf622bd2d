//! `reframe`: the content command line.
//!
//! ```text
//! reframe check [FILE...]   validate content files (default: content/*.json); exit 1 on errors
//! reframe import FILE       convert a Markdown article into a content set (JSON on stdout)
//! reframe schema            print the JSON Schema of content files
//! reframe render ...        print the static fallback (HTML + FAQPage JSON-LD) of a widget
//! reframe surface --write   regenerate the documented surface (attributes, events, ...)
//! ```
//!
//! Built with the `cli` feature (the default); the wasm build leaves it out.

mod check;
mod import;
mod render;
mod surface;

fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") => check::run(&args[1..]),
        Some("import") => import::run(&args[1..]),
        Some("render") => render::run(&args[1..]),
        Some("surface") => surface::run(&args[1..]),
        Some("schema") => {
            print!("{}", reframe_core::content::schema::to_json());
            ExitCode::SUCCESS
        }
        Some("help" | "--help" | "-h") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

const USAGE: &str = "\
usage: reframe <command>

  check [FILE...]   validate content files (default: content/*.json)
  import FILE       convert a Markdown article into a content set: JSON on stdout,
                    notes on what was left out and rule errors on stderr
  schema            print the JSON Schema of content files
  render --content ID [--show PART...] [--heading-level N]
                    print the static HTML and FAQPage JSON-LD to paste inside
                    <reframe-widget> as its fallback (what it shows without script)
  render --write FILE...
                    regenerate each block between <!-- reframe:render ARGS -->
                    and <!-- /reframe:render --> in the files
  surface --write [FILE...]
                    regenerate the element's attributes, events, custom properties
                    and parts (src/widget/surface.rs) where the loader, reframe.d.ts
                    and the READMEs copy them: www/reframe.js npm/reframe.d.ts
                    README.md npm/README.md unless files are named
";
