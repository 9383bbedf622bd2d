//! FAQ markup a page already has, read into questions and answers (`content::faq_markup`), as
//! the widget reads its children and `reframe check page.html` reads a page.
#![cfg(all(feature = "cli", not(target_arch = "wasm32")))]

use reframe_core::content::faq_markup::{extract, Markup, MarkupError, MarkupFaq};
use reframe_core::content::faq_markup_html::{fragment, page_widgets};
use reframe_core::content::limits::{MAX_MARKUP_DEPTH, MAX_MARKUP_NODES, MAX_QUESTIONS};
use reframe_core::content::model::{AnswerBlock, AnswerList, FaqItem};
use reframe_core::content::rich_text::{Inline, RichText};
use reframe_core::widget::markup_content::{from_markup, MarkupContent};

fn faq(html: &str) -> MarkupFaq {
    extract(&fragment(html).unwrap()).unwrap()
}

fn text(t: &str) -> Inline {
    Inline::Text(t.into())
}

fn paragraph(inlines: Vec<Inline>) -> AnswerBlock {
    AnswerBlock::Paragraph(RichText { inlines })
}

fn plain(t: &str) -> AnswerBlock {
    paragraph(vec![text(t)])
}

fn item(id: &str, question: &str, answer: Vec<AnswerBlock>) -> FaqItem {
    FaqItem {
        id: id.into(),
        question: question.into(),
        answer,
    }
}

#[test]
fn details_items_give_questions_and_answers() {
    let found = faq(r#"
        <h2>Questions fréquentes</h2>
        <details id="prix"><summary>Combien coûte une séance ?</summary><p>80 €.</p><p>Remboursé en partie.</p></details>
        <details>
          <summary>  Faut-il   venir à deux ? </summary>
          Non, vous pouvez venir <em>seul</em>.
        </details>"#);
    assert_eq!(found.title.as_deref(), Some("Questions fréquentes"));
    assert_eq!(
        found.items,
        [
            item(
                "prix",
                "Combien coûte une séance ?",
                vec![plain("80 €."), plain("Remboursé en partie.")]
            ),
            item(
                "faut-il-venir-a-deux",
                "Faut-il venir à deux ?",
                vec![paragraph(vec![
                    text("Non, vous pouvez venir "),
                    Inline::Emphasis("seul".into()),
                    text(".")
                ])]
            ),
        ]
    );
}

#[test]
fn headings_of_every_level_give_questions() {
    for level in 1..=6 {
        let html = format!(
            "<h{level} id=\"first\">First?</h{level}><p>One.</p><p>Two.</p><h{level}>Second?</h{level}><div><p>Three.</p></div>"
        );
        let found = faq(&html);
        assert_eq!(found.title, None, "h{level}");
        assert_eq!(
            found.items,
            [
                item("first", "First?", vec![plain("One."), plain("Two.")]),
                item("second", "Second?", vec![plain("Three.")]),
            ],
            "h{level}"
        );
    }
}

#[test]
fn the_deepest_answered_heading_level_asks_and_a_heading_before_titles() {
    let found = faq("<h1>Page</h1><p>Intro.</p><h2>FAQ</h2><h3>A?</h3><p>a</p><h2>Billing</h2><h3>B?</h3><p>b</p>");
    assert_eq!(found.title.as_deref(), Some("FAQ"));
    let questions: Vec<&str> = found.items.iter().map(|i| i.question.as_str()).collect();
    assert_eq!(questions, ["A?", "B?"]);
    // Same level for the title and the questions: the title has no text after it.
    let found = faq("<h2>FAQ</h2><h2>A?</h2><p>a</p>");
    assert_eq!(found.title.as_deref(), Some("FAQ"));
    assert_eq!(found.items.len(), 1);
}

#[test]
fn a_definition_list_gives_questions() {
    let found = faq(
        r#"<dl><dt id="Q-One">One?</dt><dd>a</dd><dd>b</dd><div><dt>Two?</dt><dd>c</dd></div></dl>"#,
    );
    assert_eq!(
        found.items,
        [
            item("q-one", "One?", vec![plain("a"), plain("b")]),
            item("two", "Two?", vec![plain("c")]),
        ]
    );
}

#[test]
fn mixed_and_nested_forms_come_in_document_order() {
    let found = faq(
        r#"<section><details><summary>A?</summary>a</details></section>
        <div><h3>B?</h3></div><p>b</p>
        <dl><dt>C?</dt><dd>c</dd></dl>"#,
    );
    let questions: Vec<&str> = found.items.iter().map(|i| i.question.as_str()).collect();
    assert_eq!(questions, ["A?", "B?", "C?"]);
}

#[test]
fn answers_keep_lists_emphasis_and_safe_links_only() {
    let found = faq(r#"<details><summary>Q?</summary>
        <p><strong>Yes</strong>, <b>see</b> <a href="https://example.org/a">our *page*</a> or
           <a href="javascript:alert(1)">this</a> and <a href=" JAVA&#9;SCRIPT:x">that</a>.</p>
        <ul><li>one <i>1</i></li><li>two<ul><li>two and a half</li></ul></li></ul>
        <ol><li>first</li></ol>
        <script>alert(1)</script><style>p{}</style><iframe src="x"></iframe>
        <img src=x onerror="alert(1)"><p>after<br>break</p></details>"#);
    assert_eq!(
        found.items[0].answer,
        [
            paragraph(vec![
                Inline::Strong("Yes".into()),
                text(", "),
                Inline::Strong("see".into()),
                text(" "),
                Inline::Link {
                    text: "our *page*".into(),
                    href: "https://example.org/a".into()
                },
                text(" or this and that."),
            ]),
            AnswerBlock::List(AnswerList {
                list: vec![
                    RichText {
                        inlines: vec![text("one "), Inline::Emphasis("1".into())]
                    },
                    RichText::plain("two"),
                    RichText::plain("two and a half"),
                ],
                ordered: false,
            }),
            AnswerBlock::List(AnswerList {
                list: vec![RichText::plain("first")],
                ordered: true
            }),
            plain("after break"),
        ]
    );
    // Markdown characters stay literal through the content file's form.
    let markdown = found.items[0].answer[0].texts()[0].to_markdown();
    assert_eq!(
        RichText::parse(&markdown).unwrap(),
        found.items[0].answer[0].texts()[0]
    );
    assert!(markdown.contains(r"our \*page\*"), "{markdown}");
}

#[test]
fn white_space_collapses_and_never_sits_at_a_span_edge() {
    let found = faq(
        "<details><summary>\n Q \t?</summary><p>  a <strong> b </strong>c\n\n d  </p></details>",
    );
    assert_eq!(found.items[0].question, "Q ?");
    assert_eq!(
        found.items[0].answer,
        [paragraph(vec![
            text("a "),
            Inline::Strong("b".into()),
            text(" c d")
        ])]
    );
}

#[test]
fn ids_from_markup_slugs_and_numbers_never_repeat() {
    let found = faq(r#"
        <details id="same"><summary>A</summary>a</details>
        <details id="same"><summary>B</summary>b</details>
        <details><summary>Same</summary>c</details>
        <details><summary>Qu’est-ce que la thérapie ?</summary>d</details>
        <details><summary>こんにちは</summary>e</details>
        <details id="Not A Slug!"><summary>F</summary>f</details>"#);
    let ids: Vec<&str> = found.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "same",
            "same-2",
            "same-3",
            "quest-ce-que-la-therapie",
            "question-5",
            "not-a-slug"
        ]
    );
}

#[test]
fn no_faq_is_told_apart_from_an_invalid_one() {
    for html in [
        "",
        "<p class=\"fallback\">Questions and answers.</p>",
        "<h2>Only a title</h2>",
        "<ul><li>x</li></ul>",
    ] {
        assert_eq!(
            extract(&fragment(html).unwrap()),
            Err(MarkupError::NoFaq),
            "{html}"
        );
        assert_eq!(
            from_markup(fragment(html), "en"),
            MarkupContent::NoFaq,
            "{html}"
        );
    }
    let MarkupContent::Invalid(errors) =
        from_markup(fragment("<details><summary>Q?</summary></details>"), "en")
    else {
        panic!("an answerless question is invalid");
    };
    assert_eq!(
        errors,
        ["faq.items[0].answer: expected at least one paragraph"]
    );
    let MarkupContent::Invalid(errors) = from_markup(fragment("<details><p>a</p></details>"), "en")
    else {
        panic!("a details without summary has no question");
    };
    assert_eq!(errors, ["faq.items[0].question: expected non-empty text"]);
}

#[test]
fn the_set_takes_the_language_and_a_title() {
    let MarkupContent::Faq(set) = from_markup(
        fragment("<details><summary>Q ?</summary>R.</details>"),
        "fr-CA",
    ) else {
        panic!()
    };
    assert_eq!(
        (set.lang.as_str(), set.title.as_str()),
        ("fr-CA", "Questions fréquentes")
    );
    assert_eq!(set.faq.unwrap().title, "Questions fréquentes");
    let MarkupContent::Faq(set) = from_markup(
        fragment("<h2>Aide</h2><details><summary>Q</summary>R</details>"),
        "",
    ) else {
        panic!()
    };
    assert_eq!((set.lang.as_str(), set.title.as_str()), ("und", "Aide"));
}

#[test]
fn yoast_and_wordpress_blocks_are_read() {
    // Yoast SEO's FAQ block, as the block saves it (schema-faq classes) and WordPress's
    // Details block (core/details: a <details class="wp-block-details">).
    let found = faq(r#"
        <div class="schema-faq wp-block-yoast-faq-block">
          <div class="schema-faq-section" id="faq-question-1700000000001"><strong class="schema-faq-question">Is it private?</strong> <p class="schema-faq-answer">Yes. See <a href="/privacy">our policy</a>.</p> </div>
          <div class="schema-faq-section" id="faq-question-1700000000002"><strong class="schema-faq-question">Can I cancel?</strong> <p class="schema-faq-answer">Up to a day before.<br>Call us.</p> </div>
        </div>
        <details class="wp-block-details"><summary>Where are you?</summary><p>Lyon.</p></details>"#);
    assert_eq!(found.items.len(), 3);
    assert_eq!(found.items[0].id, "faq-question-1700000000001");
    assert_eq!(found.items[0].question, "Is it private?");
    assert_eq!(
        found.items[0].answer,
        [paragraph(vec![
            text("Yes. See "),
            Inline::Link {
                text: "our policy".into(),
                href: "/privacy".into()
            },
            text(".")
        ])]
    );
    assert_eq!(
        found.items[1].answer,
        [plain("Up to a day before. Call us.")]
    );
    assert_eq!(found.items[2].id, "where-are-you");
}

#[test]
fn size_and_depth_are_limited_before_reading() {
    let deep = format!(
        "{}<details><summary>Q</summary>a</details>{}",
        "<div>".repeat(MAX_MARKUP_DEPTH + 1),
        "</div>".repeat(MAX_MARKUP_DEPTH + 1)
    );
    assert_eq!(fragment(&deep), Err(MarkupError::TooDeep));
    let many = "<details><summary>Q</summary>a</details>".repeat(MAX_MARKUP_NODES / 4 + 1);
    assert_eq!(fragment(&many), Err(MarkupError::TooManyNodes));
    // Within the node limit, more questions than a set may hold are refused before their ids
    // are made (the same id each time: the worst case for making them unique).
    let questions = format!(
        "<dl>{}</dl>",
        "<dt id=\"same\">Q</dt><dd>a</dd>".repeat(MAX_QUESTIONS + 1)
    );
    let read = extract(&fragment(&questions).expect("within the node limit"));
    assert!(
        matches!(read, Err(MarkupError::TooManyQuestions(n)) if n == MAX_QUESTIONS + 1),
        "{:?}",
        read.err()
    );
    // A tree built by hand is checked by `extract` itself.
    let mut node = Markup::Text("x".into());
    for _ in 0..=MAX_MARKUP_DEPTH {
        node = Markup::Element(reframe_core::content::faq_markup::Element {
            tag: "div".into(),
            children: vec![node],
            ..Default::default()
        });
    }
    assert_eq!(extract(&[node]), Err(MarkupError::TooDeep));
    let message = from_markup(fragment(&deep), "en");
    assert_eq!(
        message,
        MarkupContent::Invalid(vec![format!(
            "(markup): the markup nests elements deeper than {MAX_MARKUP_DEPTH}, over the limit"
        )])
    );
}

#[test]
fn a_page_lists_its_widgets_with_their_languages() {
    let widgets = page_widgets(
        r#"<!DOCTYPE html><html lang="fr"><body>
        <reframe-widget id="a"><details><summary>Q</summary>R</details></reframe-widget>
        <div lang="de"><reframe-widget content="x"><p>f</p></reframe-widget></div>
        <reframe-widget lang="es"><script type="application/json">{}</script></reframe-widget>
        <reframe-widget src="x.json"></reframe-widget>
        <reframe-widget src=" "><dl><dt>Q</dt><dd>R</dd></dl></reframe-widget></body></html>"#,
    );
    let summary: Vec<(Option<&str>, bool, &str)> = widgets
        .iter()
        .map(|w| (w.id.as_deref(), w.has_content, w.lang.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            (Some("a"), false, "fr"),
            (None, true, "de"),
            (None, true, "es"),
            (None, true, "fr"),
            // An empty `src` is absent, as the widget reads it: the markup is read.
            (None, false, "fr")
        ]
    );
    assert_eq!(widgets[0].markup.as_ref().map(|m| m.len()), Ok(1));
}
