//! The `reframe` command line, run as a program: messages, exit codes.
#![cfg(not(target_arch = "wasm32"))]

mod cli_support;

use cli_support::{reframe, temp_file};
use std::process::Output;

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn check_passes_the_bundled_content() {
    let output = reframe(&["check"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("ok: content/partner-refuses-therapy.json"),
        "{stdout}"
    );
}

#[test]
fn check_reports_each_broken_file_and_fails() {
    let seed = std::fs::read_to_string("content/partner-refuses-therapy.json").unwrap();
    let type_error = temp_file(
        "type-error.json",
        &seed.replacen("\"answer\": [", "\"answer\": 7, \"was\": [", 1),
    );
    let duplicate = temp_file(
        "duplicate.json",
        &seed.replace(
            "\"id\": \"can-one-person-improve-relationship\"",
            "\"id\": \"what-to-do-if-partner-refuses\"",
        ),
    );
    let unsafe_link = temp_file(
        "unsafe-link.json",
        &seed.replacen(
            "\"title\": \"Relationship therapy for one person\"",
            "\"title\": \"One\", \"url\": \"javascript:alert(1)\"",
            1,
        ),
    );
    let output = reframe(&[
        "check",
        type_error.to_str().unwrap(),
        duplicate.to_str().unwrap(),
        unsafe_link.to_str().unwrap(),
        "content/partner-refuses-therapy.json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let errors = stderr(&output);
    let lines: Vec<&str> = errors.lines().collect();
    assert_eq!(lines.len(), 3, "{errors}");
    assert!(lines[0].ends_with("type-error.json:15:19: faq.items[0].answer: invalid type: integer `7`, expected a sequence"), "{}", lines[0]);
    assert!(
        lines[1].ends_with(
            "duplicate.json: faq.items[1].id: duplicate id \"what-to-do-if-partner-refuses\""
        ),
        "{}",
        lines[1]
    );
    assert!(lines[2].ends_with("unsafe-link.json: related.links[3].url: unsafe or unsupported URL \"javascript:alert(1)\": expected https:, http:, mailto:, tel: or a relative URL"), "{}", lines[2]);
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(stdout, "ok: content/partner-refuses-therapy.json\n");
}

#[test]
fn check_reads_a_standalone_file_for_src() {
    // A set kept outside content/, to be served and named by `src` (no "$schema" needed).
    let good = r#"{ "lang": "en", "title": "Our FAQ",
        "faq": { "title": "FAQ", "items": [
            { "id": "hours", "question": "When are you open?", "answer": ["Weekdays."] } ] } }"#;
    let path = temp_file("faq.json", good);
    let output = reframe(&["check", path.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        format!("ok: {}\n", path.display())
    );
    let bad = temp_file("bad-faq.json", &good.replace("[\"Weekdays.\"]", "[]"));
    let output = reframe(&["check", bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output)
            .ends_with("bad-faq.json: faq.items[0].answer: expected at least one paragraph\n"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn check_takes_any_name_for_a_src_file_and_a_slug_in_content() {
    // Outside content/ (a file a page names in `src`) the name is free: ok, with a note.
    let seed = std::fs::read_to_string("content/partner-refuses-therapy.json").unwrap();
    let path = temp_file("Our FAQ.json", &seed);
    let output = reframe(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("ok: "));
    assert!(stderr(&output).contains("Our FAQ.json: fine for `src` or inline content"));
    // In content/ the name is the bundled set's id: a slug or an error.
    let bundled = std::path::Path::new("content/Not An Id.json");
    std::fs::write(bundled, &seed).unwrap();
    let output = reframe(&["check", "content/Not An Id.json"]);
    std::fs::remove_file(bundled).unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("the file name must be a slug"));
}

#[test]
fn schema_prints_the_checked_in_schema() {
    let output = reframe(&["schema"]);
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        std::fs::read_to_string("content/schema.json").unwrap()
    );
}

#[test]
fn unknown_commands_print_usage_and_fail() {
    let output = reframe(&["frobnicate"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).starts_with("usage: reframe <command>"));
}

/// What `reframe render --content partner-refuses-therapy` prints with `options` after it.
fn rendered_seed(options: &[&str]) -> String {
    let mut args = vec!["render", "--content", "partner-refuses-therapy"];
    args.extend_from_slice(options);
    let output = reframe(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn render_prints_the_static_html_and_the_faq_page() {
    let stdout = rendered_seed(&["--show", "faq", "phrases"]);
    assert!(stdout.starts_with("<div part=\"root\""), "{stdout}");
    assert!(stdout.contains("<h3 id=\"is-refusal-a-red-flag\" class=\"faq-heading\">Is it a red flag if my partner refuses therapy?</h3>"));
    assert!(stdout.contains("“You need therapy.”"));
    assert!(stdout.contains("<script type=\"application/ld+json\">"));
    assert!(stdout.contains("\"@type\": \"FAQPage\""));
}

#[test]
fn render_opens_the_disclosures_the_widget_opens_first() {
    let stdout = rendered_seed(&[
        "--show",
        "faq",
        "--open",
        "is-refusal-a-red-flag",
        "--mode",
        "single",
    ]);
    assert_eq!(stdout.matches("<details ").count(), 6, "{stdout}");
    let open: Vec<&str> = stdout
        .match_indices(" open=\"open\"")
        .map(|(at, _)| &stdout[at..])
        .collect();
    assert_eq!(open.len(), 1, "{stdout}");
    assert!(open[0].contains("<h3 id=\"is-refusal-a-red-flag\""));
    assert!(!open[0][..open[0].find("<h3").unwrap()].contains("<details"));
    let output = reframe(&[
        "render",
        "--content",
        "partner-refuses-therapy",
        "--open",
        "no-such-question",
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).starts_with("reframe render: unknown open \"no-such-question\""),
        "{}",
        stderr(&output)
    );
}

#[test]
fn render_rejects_an_unknown_content_set_or_part() {
    let output = reframe(&["render", "--content", "no-such-set"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "reframe render: unknown content \"no-such-set\"; bundled: partner-refuses-therapy, repair-after-an-argument\n"
    );
    let output = reframe(&[
        "render",
        "--content",
        "partner-refuses-therapy",
        "--show",
        "faq nonsense",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output)
            .starts_with("reframe render: unknown show \"nonsense\"; allowed: summary, reasons,"),
        "{}",
        stderr(&output)
    );
    let output = reframe(&["render", "--show", "faq"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).starts_with("reframe render: --content is required"));
    let output = reframe(&["render", "--colour", "red"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).starts_with("reframe render: unknown option \"--colour\""));
}

#[test]
fn render_write_refreshes_marked_blocks_only() {
    let page = "<p>before</p>\n<!-- reframe:render --content repair-after-an-argument --show faq -->\n<p>stale</p>\n<!-- /reframe:render -->\n<p>after</p>\n";
    let path = temp_file("page.html", page);
    let output = reframe(&["render", "--write", path.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(!written.contains("stale"));
    assert!(written.starts_with(
        "<p>before</p>\n<!-- reframe:render --content repair-after-an-argument --show faq -->\n<div part=\"root\""
    ));
    assert!(written.ends_with("</script>\n<!-- /reframe:render -->\n<p>after</p>\n"));
    // A second run changes nothing.
    let again = reframe(&["render", "--write", path.to_str().unwrap()]);
    assert!(again.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), written);
}

#[test]
fn the_demo_page_and_readme_carry_the_current_fallback() {
    for file in [
        "index.html",
        "README.md",
        "tests/e2e/hosts/fallback.html",
        "bench/pages/widget-fallback.html",
        "tests/screen-reader/hosts/fallback.html",
    ] {
        let checked_in = std::fs::read_to_string(file).unwrap();
        assert!(checked_in.contains("<!-- reframe:render "), "{file}");
        let copy = temp_file(&format!("current-{}", file.replace('/', "-")), &checked_in);
        let output = reframe(&["render", "--write", copy.to_str().unwrap()]);
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(
            std::fs::read_to_string(&copy).unwrap() == checked_in,
            "{file} has a stale fallback: regenerate it with `cargo run --bin reframe -- render --write {file}`"
        );
    }
}

/// Whether `c` acts on a terminal or reorders the text around it: a control character (C0,
/// DEL, C1) other than the line ends between messages, or a bidirectional override or isolate.
fn acts_on_terminal(c: char) -> bool {
    (c.is_control() && c != '\n') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[test]
fn check_shows_control_characters_in_content_escaped() {
    // An id, a question, a link and a field name holding a terminal escape sequence (ESC [2J
    // clears the screen; ESC ] 0 ; ... BEL sets the window title) and a right-to-left override.
    let hostile = r#"{
      "lang": "en",
      "title": "T",
      "faq": { "title": "FAQ", "items": [
        { "id": "evil\u001b[2J\u202eid", "question": "Clear\u001b[2J the \u202escreen?", "answer": ["A"] }
      ] },
      "related": { "title": "R", "links": [
        { "title": "L", "url": "javascript:\u001b]0;owned\u0007\u0085\u2066" }
      ] }
    }"#;
    let rules = temp_file("escapes.json", hostile);
    let field = temp_file(
        "escaped-field.json",
        &hostile.replace(
            "\"lang\": \"en\",",
            "\"lang\": \"en\", \"\\u001b[31mred\\u2067\": 1,",
        ),
    );
    let name = temp_file("bad\u{1b}[2J\u{202e}.json", hostile);
    let output = reframe(&[
        "check",
        rules.to_str().unwrap(),
        field.to_str().unwrap(),
        name.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let errors = stderr(&output);
    let raw: Vec<char> = errors.chars().filter(|&c| acts_on_terminal(c)).collect();
    assert_eq!(raw, Vec::<char>::new(), "{errors:?}");
    for shown in [
        r#"faq.items[0].id: invalid id "evil\u{1b}[2J\u{202e}id""#,
        r#"related.links[0].url: unsafe or unsupported URL "javascript:\u{1b}]0;owned\u{7}\u{85}\u{2066}""#,
        r"unknown field `\u{1b}[31mred\u{2067}`",
        // The file's own name, in its messages.
        r"bad\u{1b}[2J\u{202e}.json: faq.items[0].id",
    ] {
        assert!(errors.contains(shown), "{shown} in {errors}");
    }
    // Only what is wrong is echoed: the question, valid text, is not.
    assert!(!errors.contains("Clear"), "{errors}");
}

#[test]
fn import_shows_control_characters_in_its_notes_escaped() {
    let article = "# Title\n\n## FAQ\n\n### Why\u{1b}[2J?\n\nBecause <b title=\"\u{1b}]0;owned\u{7}\u{202e}\">so</b>.\n\n![\u{1b}[5m](https://example.org/\u{9b}1m.png)\n";
    let path = temp_file("escapes.md", article);
    let output = reframe(&["import", path.to_str().unwrap()]);
    let notes = stderr(&output);
    let raw: Vec<char> = notes.chars().filter(|&c| acts_on_terminal(c)).collect();
    assert_eq!(raw, Vec::<char>::new(), "{notes:?}");
    assert!(notes.contains(r"\u{1b}]0;owned\u{7}\u{202e}"), "{notes}");
    assert!(notes.contains(r"\u{9b}1m.png"), "{notes}");
}

#[test]
fn import_prints_json_with_control_characters_escaped() {
    // serde_json escapes C0 inside strings; DEL, C1 (U+009B is a one-character CSI) and the
    // bidi overrides it writes as they are.
    let question = "Why\u{9b}2J \u{1b}[2J \u{7f} \u{202e}desrever\u{202c} \u{2066}x\u{2069}?";
    let article = format!("# Title\n\n## FAQ\n\n### {question}\n\nBecause.\n");
    let path = temp_file("escapes-json.md", &article);
    let output = reframe(&["import", path.to_str().unwrap()]);
    let json = String::from_utf8(output.stdout).unwrap();
    let raw: Vec<char> = json.chars().filter(|&c| acts_on_terminal(c)).collect();
    assert_eq!(raw, Vec::<char>::new(), "{json:?}");
    assert!(
        json.contains(r"Why\u009b2J \u001b[2J \u007f \u202edesrever\u202c"),
        "{json}"
    );
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["faq"]["items"][0]["question"], question);
}

#[test]
fn check_reads_a_pages_faq_markup_as_the_widget_does() {
    let output = reframe(&[
        "check",
        "tests/e2e/hosts/faq-markup-fr.html",
        "tests/e2e/hosts/faq-markup-wordpress.html",
    ]);
    let stdout = String::from_utf8(output.stdout.clone()).unwrap();
    assert!(
        stdout.contains(
            "ok: tests/e2e/hosts/faq-markup-fr.html <reframe-widget id=\"faq\">: \"Questions fréquentes\", 3 questions\n  #refus: Que faire si mon partenaire refuse la thérapie ?\n  #combien-coute-une-seance: "
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("  #faq-question-1700000000002: Can I cancel a session?"),
        "{stdout}"
    );
    // The WordPress page's last widget has plain fallback text: it shows the default set.
    assert!(!output.status.success());
    assert_eq!(
        stderr(&output),
        "tests/e2e/hosts/faq-markup-wordpress.html: <reframe-widget id=\"default\">: no FAQ in the markup: expected <details> with a <summary>, headings followed by paragraphs, a <dl> of <dt> and <dd>, or a Yoast FAQ block (the widget shows its default content set instead)\n"
    );
    let output = reframe(&[
        "check",
        "tests/e2e/hosts/faq-markup-broken.html",
        "index.html",
    ]);
    assert!(!output.status.success());
    assert_eq!(
        stderr(&output),
        "tests/e2e/hosts/faq-markup-broken.html: <reframe-widget id=\"empty\">: faq.items[0].answer: expected at least one paragraph\n"
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("ok: index.html <reframe-widget id=\"markup-widget\">: \"Before your first session\", 3 questions"),
        "{stdout}"
    );
}
