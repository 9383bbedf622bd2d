//! `reframe surface --write`: the copies of the element's public surface
//! (`reframe_core::widget::surface`) in the loader, the TypeScript declarations and the READMEs.
//!
//! Each copy sits between two marker lines, in whatever comment the file's language has:
//! `reframe:surface BLOCK` opens it and `/reframe:surface` closes it; the lines between are
//! replaced by the block, indented as the opening marker is.

use reframe_core::content::limits::MAX_SET_BYTES;
use reframe_core::widget::events::dashed_name;
use reframe_core::widget::surface::{
    attributes, camel_case, flag_words, heading_levels, AttributeDoc, EventDoc, MethodDoc, NameDoc,
    Values, CONTENT_PROPERTY, CUSTOM_PROPERTIES, EVENTS, METHODS, PARTS, READY_DOC,
};
use serde_json::{json, Value};
use std::process::ExitCode;

/// The files that carry generated blocks, or are generated whole (the manifest), written when
/// no file is named.
const FILES: [&str; 5] = [
    "www/reframe.js",
    "npm/reframe.d.ts",
    "README.md",
    "npm/README.md",
    MANIFEST,
];

/// The Custom Elements Manifest, generated whole (a file of this name is replaced, not
/// searched for blocks): what editors, linters and catalogues read about the element.
const MANIFEST: &str = "npm/custom-elements.json";

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
        let whole = file.ends_with("custom-elements.json");
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) if whole && e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => {
                eprintln!("{file}: {e}");
                return ExitCode::FAILURE;
            }
        };
        let updated = match if whole {
            Ok(manifest())
        } else {
            refresh(&text)
        } {
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
        "js-properties" => js_properties(),
        "js-method-attributes" => js_method_attributes(),
        "ts-element" => ts_element(),
        "ts-attributes" => ts_attributes(),
        "properties" => property_table(),
        "methods" => method_table(),
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

/// How the element's property for `attribute` reads and writes it (see `PROPERTIES` in the
/// loader): its kind, its default, and the values it accepts.
fn property_kind(attribute: &AttributeDoc) -> (&'static str, Value, Value) {
    let initial = attribute.initial.clone();
    match &attribute.values {
        Values::Keywords(words) => ("keyword", json!(initial), json!(words)),
        Values::Flag => {
            let mut on = vec![""];
            on.extend(flag_words().0);
            ("flag", json!(false), json!(on))
        }
        Values::HeadingLevel => {
            let level: Option<u8> = initial.and_then(|level| level.parse().ok());
            ("level", json!(level), json!(heading_levels()))
        }
        Values::Words => ("words", json!(initial.unwrap_or_default()), Value::Null),
        Values::Text => ("text", json!(initial.unwrap_or_default()), Value::Null),
    }
}

/// The attributes the element has a property for, with the property's name.
fn properties() -> Vec<(String, AttributeDoc)> {
    attributes()
        .into_iter()
        .filter_map(|attribute| Some((attribute.property()?, attribute)))
        .collect()
}

/// The loader's list of the element's reflecting properties:
/// `[property, attribute, kind, default, allowed values]`.
fn js_properties() -> String {
    let mut out = String::from(
        "// [property, attribute, kind, default, values it accepts]\nconst PROPERTIES = [\n",
    );
    for (property, attribute) in properties() {
        let (kind, initial, allowed) = property_kind(&attribute);
        let mut entry = vec![json!(property), json!(attribute.name), json!(kind), initial];
        if !allowed.is_null() {
            entry.push(allowed);
        }
        let entry: Vec<String> = entry.iter().map(Value::to_string).collect();
        out.push_str(&format!("  [{}],\n", entry.join(", ")));
    }
    out.push_str("];\n");
    out
}

/// The loader's list of the methods that share their name with an attribute.
fn js_method_attributes() -> String {
    let names: Vec<String> = METHODS
        .iter()
        .filter(|method| method.attribute().is_some())
        .map(|method| format!("{:?}", method.name))
        .collect();
    format!("const METHOD_ATTRIBUTES = [{}];\n", names.join(", "))
}

/// `words` as a TypeScript union of string literals: `"single" | "multiple"`.
fn keyword_union(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| format!("{w:?}"))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The TypeScript types of the property for `attribute`: what reading it gives, and what
/// setting it takes.
fn property_types(property: &str, attribute: &AttributeDoc) -> (String, String) {
    let (get, set) = match &attribute.values {
        _ if property == "content" => (
            "string | ReframeContent".into(),
            "string | ReframeContent | null".into(),
        ),
        Values::Keywords(words) => (
            keyword_union(words),
            format!("{} | null", keyword_union(words)),
        ),
        Values::Flag => ("boolean".into(), "boolean".into()),
        Values::HeadingLevel => {
            let levels: Vec<String> = heading_levels().iter().map(u8::to_string).collect();
            (levels.join(" | "), "ReframeHeadingLevel | null".into())
        }
        Values::Words => ("string".into(), "string | readonly string[] | null".into()),
        Values::Text => ("string".into(), "string | null".into()),
    };
    (get, set)
}

/// What the property for `attribute` is, for its documentation.
fn property_doc(property: &str, attribute: &AttributeDoc) -> String {
    let mut doc = format!(
        "Reflects the `{}` attribute: {}. Default: {}.",
        attribute.name, attribute.doc, attribute.default
    );
    if property == "content" {
        doc.push_str(&format!(" {}.", sentence(CONTENT_PROPERTY)));
    }
    doc
}

/// A method's parameters as TypeScript.
fn ts_parameters(parameters: &[(&str, &str, bool)]) -> String {
    parameters
        .iter()
        .map(|(name, ty, optional)| format!("{name}{}: {ty}", if *optional { "?" } else { "" }))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The members of `ReframeWidgetElement`: a property per attribute (reflecting it), `ready`
/// and the methods.
fn ts_element() -> String {
    let mut out = String::new();
    for (property, attribute) in properties() {
        let (get, set) = property_types(&property, &attribute);
        out.push_str(&doc_comment("", &property_doc(&property, &attribute)));
        if get == set {
            out.push_str(&format!("{property}: {get};\n"));
        } else {
            out.push_str(&format!("get {property}(): {get};\n"));
            out.push_str(&format!("set {property}(value: {set});\n"));
        }
    }
    out.push_str(&doc_comment("", &format!("{}.", sentence(READY_DOC))));
    out.push_str("readonly ready: Promise<void>;\n");
    for method in METHODS {
        let signature = format!("({}) => void", ts_parameters(method.parameters));
        match method.attribute() {
            Some(_) => {
                out.push_str(&doc_comment("", &method_doc(method)));
                out.push_str(&format!("get {}(): {signature};\n", method.name));
                out.push_str(&format!(
                    "set {}(value: string | boolean | readonly string[] | null);\n",
                    method.name
                ));
            }
            None => {
                out.push_str(&doc_comment("", &method_doc(method)));
                out.push_str(&format!(
                    "{}({}): void;\n",
                    method.name,
                    ts_parameters(method.parameters)
                ));
            }
        }
    }
    out
}

/// What a method does, and for one that shares its name with an attribute, what assigning
/// to it does.
fn method_doc(method: &MethodDoc) -> String {
    let mut doc = format!("{}.", sentence(method.doc));
    if let Some(attribute) = method.attribute() {
        doc.push_str(&format!(
            " Assigning to it sets the `{}` attribute (a string or list as its value, `true` \
             present, `false` or `null` absent), as frameworks do for a prop of that name.",
            attribute.name
        ));
    }
    doc
}

/// The members of `ReframeWidgetAttributes` (JSX): each attribute, by its name.
fn ts_attributes() -> String {
    let mut out = String::new();
    for attribute in attributes() {
        let ty = match &attribute.values {
            Values::Keywords(words) => keyword_union(words),
            Values::Flag => "ReframeFlag".into(),
            Values::HeadingLevel => "ReframeHeadingLevel".into(),
            Values::Words | Values::Text => "string".into(),
        };
        let name = if attribute.name.contains('-') {
            format!("{:?}", attribute.name)
        } else {
            attribute.name.to_string()
        };
        out.push_str(&format!("{name}?: {ty};\n"));
    }
    for event in EVENTS {
        let alias = dashed_name(event.name);
        out.push_str(&format!(
            "\"on{alias}\"?: (event: ReframeEventMap[{alias:?}]) => void;\n"
        ));
    }
    out
}

/// The README table of the element's properties.
fn property_table() -> String {
    let mut out = String::from("| property | attribute | type |\n|---|---|---|\n");
    for (property, attribute) in properties() {
        let (get, _) = property_types(&property, &attribute);
        let mut note = String::new();
        if property == "content" {
            note = format!(": {CONTENT_PROPERTY}");
        }
        out.push_str(&format!(
            "| `{property}` | `{}`{note} | `{}` |\n",
            attribute.name,
            get.replace('|', "\\|")
        ));
    }
    out.push_str(&format!(
        "| `ready` | (read-only) {READY_DOC} | `Promise<void>` |\n"
    ));
    out
}

/// The README table of the element's methods.
fn method_table() -> String {
    let mut out = String::from("| method | does |\n|---|---|\n");
    for method in METHODS {
        out.push_str(&format!(
            "| `{}({})` | {} |\n",
            method.name,
            ts_parameters(method.parameters),
            method_doc(method)
        ));
    }
    out
}

/// The Custom Elements Manifest (schema 2.1): the element's attributes, properties, methods,
/// events, custom properties and parts.
fn manifest() -> String {
    let attributes: Vec<Value> = attributes()
        .iter()
        .map(|attribute| {
            let mut entry = json!({
                "name": attribute.name,
                "description": attribute.doc,
                "type": { "text": match &attribute.values {
                    Values::Keywords(words) => keyword_union(words),
                    Values::Flag => "boolean".into(),
                    Values::HeadingLevel => heading_levels().iter().map(|l| format!("\"{l}\"")).collect::<Vec<_>>().join(" | "),
                    Values::Words | Values::Text => "string".into(),
                }},
            });
            if let Some(value) = &attribute.initial {
                entry["default"] = json!(format!("{value:?}"));
            }
            if let Some(property) = attribute.property() {
                entry["fieldName"] = json!(property);
            }
            entry
        })
        .collect();
    let mut members: Vec<Value> = properties()
        .iter()
        .map(|(property, attribute)| {
            let (get, _) = property_types(property, attribute);
            let (_, initial, _) = property_kind(attribute);
            json!({
                "kind": "field",
                "name": property,
                "type": { "text": get },
                "default": initial.to_string(),
                "description": property_doc(property, attribute),
                "attribute": attribute.name,
                "reflects": true,
            })
        })
        .collect();
    members.push(json!({
        "kind": "field",
        "name": "ready",
        "type": { "text": "Promise<void>" },
        "readonly": true,
        "description": sentence(READY_DOC) + ".",
    }));
    for method in METHODS {
        let parameters: Vec<Value> = method
            .parameters
            .iter()
            .map(|(name, ty, optional)| {
                let mut parameter = json!({ "name": name, "type": { "text": ty } });
                if *optional {
                    parameter["optional"] = json!(true);
                }
                parameter
            })
            .collect();
        members.push(json!({
            "kind": "method",
            "name": method.name,
            "parameters": parameters,
            "return": { "type": { "text": "void" } },
            "description": method_doc(method),
        }));
    }
    let events: Vec<Value> = EVENTS
        .iter()
        .flat_map(|event| {
            let ty = format!("CustomEvent<{}>", detail_shapes(event).join(" | "));
            [
                json!({ "name": event.name, "type": { "text": ty }, "description": event_description(event) }),
                json!({ "name": dashed_name(event.name), "type": { "text": ty }, "description": alias_doc(event) }),
            ]
        })
        .collect();
    let names = |rows: &[NameDoc]| -> Vec<Value> {
        rows.iter()
            .map(|row| json!({ "name": row.name, "description": row.doc }))
            .collect()
    };
    let module = "dist/reframe.js";
    let manifest = json!({
        "schemaVersion": "2.1.0",
        "readme": "README.md",
        "modules": [{
            "kind": "javascript-module",
            "path": module,
            "declarations": [{
                "kind": "class",
                "name": "ReframeWidget",
                "customElement": true,
                "tagName": "reframe-widget",
                "description": "An accessible FAQ accordion and phrase cards from a content set; \
                    its children are the fallback until it renders. Generated from \
                    src/widget/surface.rs (`reframe surface --write`).",
                "superclass": { "name": "HTMLElement", "package": "global:" },
                "attributes": attributes,
                "members": members,
                "events": events,
                "cssProperties": names(CUSTOM_PROPERTIES),
                "cssParts": names(PARTS),
            }],
            "exports": [{
                "kind": "custom-element-definition",
                "name": "reframe-widget",
                "declaration": { "name": "ReframeWidget", "module": module },
            }],
        }],
    });
    let mut text = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    text.push('\n');
    text
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
            Values::Keywords(words) => keyword_union(words),
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
/// Each shape `event`'s `detail` may take, as a TypeScript object type (`{ id: string; open:
/// boolean }`): for reframe.d.ts and the manifest alike.
fn detail_shapes(event: &EventDoc) -> Vec<String> {
    event
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
        .collect()
}

/// What an event's dashed name is, for its documentation.
fn alias_doc(event: &EventDoc) -> String {
    format!(
        "`{}` under the name frameworks whose templates cannot hold a colon bind.",
        event.name
    )
}

/// `event` in one paragraph: when it fires, then what its detail holds.
fn event_description(event: &EventDoc) -> String {
    let mut doc = format!("Fired when {}.", event.when);
    if !event.detail_doc.is_empty() {
        doc.push_str(&format!(" {}.", sentence(event.detail_doc)));
    }
    doc
}

fn ts_events() -> String {
    let mut out = String::from(
        "/** The `detail` of each event the widget dispatches (bubbling, composed). */\n\
         export interface ReframeEventDetails {\n",
    );
    for event in EVENTS {
        let shapes = detail_shapes(event);
        let doc = event_description(event);
        out.push_str(&doc_comment("  ", &doc));
        out.push_str(&format!("  {:?}: {};\n", event.name, shapes.join(" | ")));
    }
    for event in EVENTS {
        out.push_str(&doc_comment("  ", &alias_doc(event)));
        out.push_str(&format!(
            "  {:?}: ReframeEventDetails[{:?}];\n",
            dashed_name(event.name),
            event.name
        ));
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
            "| `{name}` (`{}`) | {when} | {}{doc} |\n",
            dashed_name(name),
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

const USAGE: &str = "usage: reframe surface --write [FILE...]
  regenerates each block between reframe:surface NAME and /reframe:surface in the files
  (default: www/reframe.js npm/reframe.d.ts README.md npm/README.md), and writes
  npm/custom-elements.json (any file of that name) whole";
