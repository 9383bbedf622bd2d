//! `reframe surface --write`: the copies of the element's public surface
//! (`reframe_core::widget::surface`) in the loader, the TypeScript declarations and the READMEs.
//!
//! Each copy sits between two marker lines, in whatever comment the file's language has:
//! `reframe:surface BLOCK` opens it and `/reframe:surface` closes it; the lines between are
//! replaced by the block, indented as the opening marker is.

use reframe_core::content::limits::MAX_SET_BYTES;
use reframe_core::widget::surface::{
    attributes, flag_words, heading_levels, AttributeDoc, EventDoc, NameDoc, Values,
    CUSTOM_PROPERTIES, EVENTS, PARTS,
};
use std::process::ExitCode;

/// The files that carry generated blocks, written when no file is named.
const FILES: [&str; 4] = [
    "www/reframe.js",
    "npm/reframe.d.ts",
    "README.md",
    "npm/README.md",
];

/// The text that opens a block (followed by the block's name).
const MARKER_OPEN: &str = "reframe:surface ";
/// The text that closes a block.
const MARKER_CLOSE: &str = "/reframe:surface";

/// `surface --write [FILE...]` regenerates every marked block in the files (by default
/// [`FILES`]). Exits 2 on a usage error or an unknown block, 1 when a file cannot be read or
/// written.
pub fn run(args: &[String]) -> ExitCode {
    if args.first().map(String::as_str) != Some("--write") {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let named: Vec<&str> = args[1..].iter().map(String::as_str).collect();
    let files = if named.is_empty() {
        FILES.to_vec()
    } else {
        named
    };
    for file in files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("{file}: {e}");
                return ExitCode::FAILURE;
            }
        };
        let updated = match refresh(&text) {
            Ok(updated) => updated,
            Err(message) => {
                eprintln!("{file}: {message}");
                return ExitCode::from(2);
            }
        };
        if updated != text {
            if let Err(e) = std::fs::write(file, updated) {
                eprintln!("{file}: {e}");
                return ExitCode::FAILURE;
            }
            println!("updated: {file}");
        }
    }
    ExitCode::SUCCESS
}

/// `text` with every marked block regenerated.
fn refresh(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut lines = text.split_inclusive('\n');
    while let Some(line) = lines.next() {
        out.push_str(line);
        let Some(at) = line.find(MARKER_OPEN) else {
            continue;
        };
        let name = line[at + MARKER_OPEN.len()..]
            .split_whitespace()
            .next()
            .unwrap_or_default();
        let indent = &line[..line.len() - line.trim_start().len()];
        for generated in block(name)?.lines() {
            if !generated.is_empty() {
                out.push_str(indent);
            }
            out.push_str(generated);
            out.push('\n');
        }
        let close = lines
            .by_ref()
            .find(|line| line.contains(MARKER_CLOSE))
            .ok_or(format!("no {MARKER_CLOSE} after {MARKER_OPEN}{name}"))?;
        out.push_str(close);
    }
    Ok(out)
}

/// The generated text of the block called `name`.
fn block(name: &str) -> Result<String, String> {
    Ok(match name {
        "js-attributes" => js_attributes(),
        "js-limits" => js_limits(),
        "ts-types" => ts_types(),
        "ts-options" => ts_options(),
        "ts-events" => ts_events(),
        "attributes" => attribute_table(),
        "events" => event_table(),
        "custom-properties" => name_table("property", "sets", CUSTOM_PROPERTIES),
        "parts" => name_table("part", "is", PARTS),
        _ => return Err(format!("unknown block {MARKER_OPEN}{name}")),
    })
}

/// The loader's list of the attributes it passes to the widget (and observes).
fn js_attributes() -> String {
    let mut out = String::from("const ATTRIBUTES = [\n");
    for attribute in attributes().iter().filter(|a| a.reaches_widget()) {
        out.push_str(&format!("  \"{}\",\n", attribute.name));
    }
    out.push_str("];\n");
    out
}

/// The limits the loader checks before it hands content to the wasm, from
/// `content::limits`: a fetched `src` over the size of a content set is refused as it streams
/// in, never copied whole.
fn js_limits() -> String {
    format!("const MAX_SET_BYTES = {MAX_SET_BYTES};\n")
}

/// The types the options use.
fn ts_types() -> String {
    let levels: Vec<String> = heading_levels().iter().map(u8::to_string).collect();
    let code =
        |words: &[String]| -> Vec<String> { words.iter().map(|w| format!("`{w:?}`")).collect() };
    let quoted =
        |words: &[String]| -> Vec<String> { words.iter().map(|w| format!("{w:?}")).collect() };
    let (on, off) = flag_words();
    let on: Vec<String> = on.iter().map(|w| w.to_string()).collect();
    let off: Vec<String> = off.iter().map(|w| w.to_string()).collect();
    let all: Vec<String> = on.iter().chain(&off).map(|w| format!("{w:?}")).collect();
    format!(
        "{}export type ReframeHeadingLevel = {} | {};\n\
         \n\
         {}export type ReframeFlag = boolean | \"\" | {};\n",
        doc_comment(
            "",
            "Heading levels the `heading-level` attribute accepts (part titles are one level above)."
        ),
        levels.join(" | "),
        quoted(&levels).join(" | "),
        doc_comment(
            "",
            &format!(
                "A boolean option: `true`, `\"\"` or {} turns it on; `false`, {} or omitted, off.",
                code(&on).join(", "),
                code(&off).join(", ")
            )
        ),
        all.join(" | "),
    )
}

/// The members of `ReframeOptions`, one per attribute the widget reads, by attribute name and,
/// for names with a hyphen, in camelCase too.
fn ts_options() -> String {
    let mut out = String::new();
    for attribute in attributes().iter().filter(|a| a.reaches_widget()) {
        let ty = match &attribute.values {
            Values::Keywords(words) => words
                .iter()
                .map(|w| format!("{w:?}"))
                .collect::<Vec<_>>()
                .join(" | "),
            Values::Flag => "ReframeFlag".into(),
            Values::Words => "string | readonly string[]".into(),
            Values::HeadingLevel => "ReframeHeadingLevel".into(),
            Values::Text => "string".into(),
        };
        out.push_str(&doc_comment(
            "",
            &format!(
                "{}. Default: {}.",
                sentence(attribute.doc),
                attribute.default
            ),
        ));
        let camel = camel_case(attribute.name);
        if camel != attribute.name {
            out.push_str(&format!("{camel}?: {ty};\n"));
            out.push_str(&format!("\"{}\"?: {ty};\n", attribute.name));
        } else {
            out.push_str(&format!("{}?: {ty};\n", attribute.name));
        }
    }
    out
}

/// `ReframeEventDetails`: each event's `detail` type.
fn ts_events() -> String {
    let mut out = String::from(
        "/** The `detail` of each event the widget dispatches (bubbling, composed). */\n\
         export interface ReframeEventDetails {\n",
    );
    for event in EVENTS {
        let shapes: Vec<String> = event
            .detail
            .iter()
            .map(|detail| {
                let fields: Vec<String> = detail
                    .fields
                    .iter()
                    .map(|(name, ty)| format!("{name}: {}", ty.typescript()))
                    .collect();
                format!("{{ {} }}", fields.join("; "))
            })
            .collect();
        let mut doc = format!("Fired when {}.", event.when);
        if !event.detail_doc.is_empty() {
            doc.push_str(&format!(" {}.", sentence(event.detail_doc)));
        }
        out.push_str(&doc_comment("  ", &doc));
        out.push_str(&format!("  {:?}: {};\n", event.name, shapes.join(" | ")));
    }
    out.push_str("}\n");
    out
}

/// The README table of attributes.
fn attribute_table() -> String {
    let mut out = String::from("| attribute | values | default |\n|---|---|---|\n");
    for AttributeDoc {
        name, doc, default, ..
    } in attributes()
    {
        out.push_str(&format!("| `{name}` | {doc} | {default} |\n"));
    }
    out
}

/// The README table of events.
fn event_table() -> String {
    let mut out = String::from("| event | when | `detail` |\n|---|---|---|\n");
    for EventDoc {
        name,
        when,
        detail,
        detail_doc,
    } in EVENTS
    {
        let shapes: Vec<String> = detail
            .iter()
            .map(|shape| {
                let fields: Vec<&str> = shape.fields.iter().map(|(name, _)| *name).collect();
                let label = if shape.label.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", shape.label)
                };
                format!("`{{ {} }}`{label}", fields.join(", "))
            })
            .collect();
        let doc = if detail_doc.is_empty() {
            String::new()
        } else {
            format!("; {detail_doc}")
        };
        out.push_str(&format!(
            "| `{name}` | {when} | {}{doc} |\n",
            shapes.join(" or ")
        ));
    }
    out
}

/// A README table of names (custom properties, parts) and what they are.
fn name_table(name: &str, doc: &str, rows: &[NameDoc]) -> String {
    let mut out = format!("| {name} | {doc} |\n|---|---|\n");
    for row in rows {
        out.push_str(&format!("| `{}` | {} |\n", row.name, row.doc));
    }
    out
}

/// `text` as a TypeScript doc comment indented by `indent`: on one line if it fits, else
/// wrapped at word boundaries, so that lines stay within 100 columns even inside a block that
/// is itself indented (as `ts-options` is).
fn doc_comment(indent: &str, text: &str) -> String {
    const WIDTH: usize = 98;
    let one_line = format!("{indent}/** {text} */");
    if one_line.chars().count() <= WIDTH {
        return one_line + "\n";
    }
    let mut out = format!("{indent}/**\n");
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty()
            && indent.len() + 3 + line.chars().count() + 1 + word.chars().count() > WIDTH
        {
            out.push_str(&format!("{indent} * {line}\n"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(&format!("{indent} * {line}\n{indent} */\n"));
    out
}

/// `text` as a sentence: capitalised, without a final period (the caller adds one).
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    let first = chars.next().map(|c| c.to_uppercase().to_string());
    format!("{}{}", first.unwrap_or_default(), chars.as_str())
}

/// `heading-level` as `headingLevel`.
fn camel_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

const USAGE: &str = "usage: reframe surface --write [FILE...]
  regenerates each block between reframe:surface NAME and /reframe:surface in the files
  (default: www/reframe.js npm/reframe.d.ts README.md npm/README.md)";
