//! `reframe render`: the static fallback to paste inside `<reframe-widget>`, or to refresh in
//! the files that carry it.

use reframe_core::content::validate::printable;
use reframe_core::content::{bundled, ContentSet};
use reframe_core::widget::keyword::Keyword;
use reframe_core::widget::options::{resolve, RawOptions};
use reframe_core::widget::static_html;
use std::process::ExitCode;
use std::rc::Rc;

/// The marker that opens a generated block in a file, with the arguments of `render`:
/// `<!-- reframe:render --content ID --show PART... -->`.
const MARKER_OPEN: &str = "<!-- reframe:render ";
/// The marker that closes it.
const MARKER_CLOSE: &str = "<!-- /reframe:render -->";

/// `render --content ID [--show PART...] [--heading-level N] [--open first|ID...]
/// [--mode single|multiple]` prints the fallback on stdout;
/// `render --write FILE...` regenerates every marked block in the files. Exits 2 on a usage
/// error (unknown option, content id or part), 1 when a file cannot be read or written.
/// What it echoes of its arguments and files shows control characters escaped (`{:?}` or
/// [`printable`]).
pub fn run(args: &[String]) -> ExitCode {
    if args.first().map(String::as_str) == Some("--write") {
        return write(&args[1..]);
    }
    match parse(args).and_then(|raw| fallback(&raw)) {
        Ok(html) => {
            println!("{html}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("reframe render: {message}");
            ExitCode::from(2)
        }
    }
}

/// The options the arguments give, as attribute values.
fn parse(args: &[String]) -> Result<RawOptions, String> {
    let mut raw = RawOptions::default();
    let mut at = 0;
    while at < args.len() {
        let flag = args[at].as_str();
        let values: Vec<&str> = args[at + 1..]
            .iter()
            .take_while(|a| !a.starts_with("--"))
            .map(String::as_str)
            .collect();
        at += 1 + values.len();
        let value = (!values.is_empty()).then(|| values.join(" "));
        let slot = match flag {
            "--content" => &mut raw.content,
            "--show" => &mut raw.show,
            "--heading-level" => &mut raw.heading_level,
            // The widget's initial open answers (the fallback's `<details open>`), and the
            // mode that limits them, so that the take-over starts from the same state.
            "--open" => &mut raw.open,
            "--mode" => &mut raw.mode,
            _ => return Err(format!("unknown option {flag:?}\n{USAGE}")),
        };
        *slot = Some(value.ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?);
    }
    Ok(raw)
}

/// The fallback for these options; an unknown content id or part, or a bad heading level, is
/// an error (the widget would warn and fall back; a generated file must not).
fn fallback(raw: &RawOptions) -> Result<String, String> {
    let id = raw
        .content
        .as_deref()
        .ok_or(format!("--content is required\n{USAGE}"))?;
    let json = bundled::json(id).ok_or_else(|| {
        let ids: Vec<&str> = bundled::ids().collect();
        format!("unknown content {id:?}; bundled: {}", ids.join(", "))
    })?;
    let set: ContentSet = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let (options, warnings) = resolve(raw, &set);
    if let Some(warning) = warnings.first() {
        return Err(format!(
            "unknown {} {:?}; allowed: {}",
            warning.attribute.name(),
            warning.value,
            warning.allowed
        ));
    }
    Ok(static_html::fallback(Rc::new(set), options))
}

/// Replaces the body of every `<!-- reframe:render ARGS -->` ... `<!-- /reframe:render -->`
/// block in `files` with the fallback that `reframe render ARGS` prints.
fn write(files: &[String]) -> ExitCode {
    if files.is_empty() {
        eprintln!("reframe render: --write needs at least one file\n{USAGE}");
        return ExitCode::from(2);
    }
    for file in files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("{}: {e}", printable(file));
                return ExitCode::FAILURE;
            }
        };
        let updated = match refresh(&text) {
            Ok(updated) => updated,
            Err(message) => {
                eprintln!("{}: {message}", printable(file));
                return ExitCode::from(2);
            }
        };
        if updated != text {
            if let Err(e) = std::fs::write(file, updated) {
                eprintln!("{}: {e}", printable(file));
                return ExitCode::FAILURE;
            }
            println!("updated: {}", printable(file));
        }
    }
    ExitCode::SUCCESS
}

/// `text` with every marked block regenerated.
fn refresh(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(MARKER_OPEN) {
        let spec_end = rest[start..]
            .find("-->")
            .ok_or("unterminated reframe:render marker")?
            + start;
        let spec = rest[start + MARKER_OPEN.len()..spec_end].trim();
        let close = rest[spec_end..].find(MARKER_CLOSE).ok_or_else(|| {
            let spec = printable(spec);
            format!("no {MARKER_CLOSE} after {MARKER_OPEN}{spec} -->")
        })? + spec_end;
        let words: Vec<String> = spec.split_whitespace().map(str::to_string).collect();
        let raw = parse(&words)?;
        out.push_str(&rest[..spec_end + 3]);
        out.push('\n');
        out.push_str(&fallback(&raw)?);
        out.push('\n');
        rest = &rest[close..];
    }
    out.push_str(rest);
    Ok(out)
}

const USAGE: &str = "usage: reframe render --content ID [--show PART...] [--heading-level N]
                     [--open first|ID...] [--mode single|multiple]
       reframe render --write FILE...";
