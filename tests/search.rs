//! Search matching: case- and accent-insensitive, with positions for highlighting. Runs natively
//! and in headless Chromium (`--target wasm32-unknown-unknown`), where lowercasing is the
//! JavaScript engine's: both must fold alike.

use reframe_core::content::model::{FaqItem, RichText};
#[cfg(not(target_arch = "wasm32"))]
use reframe_core::content::search::SearchIndex;
use reframe_core::content::search::{fold, Query};
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

fn folded(text: &str) -> String {
    fold(text).into_iter().collect()
}

#[test]
fn folding_ignores_case_accents_and_curly_quotes() {
    assert_eq!(fold("ÁrBOL Ñandú Über"), fold("arbol nandu uber"));
    assert_eq!(fold("won’t “fixed”"), fold("won't \"fixed\""));
    let text = "Çà et là, İstanbul";
    assert_eq!(
        fold(text).len(),
        text.chars().count(),
        "one character per character"
    );
}

#[test]
fn folding_lowercases_every_script_one_character_per_character() {
    for (text, expected) in [
        ("ΟΔΟΣ Σοφια", "οδοσ σοφια"),
        ("ПРИВЕТ Мир", "привет мир"),
        ("STRAẞE Straße", "straße straße"),
        ("İstanbul IŞIK", "istanbul isik"),
        ("ǅemal ΐ", "ǆemal ΐ"),
        ("日本語 ＡＢＣ", "日本語 ａｂｃ"),
    ] {
        assert_eq!(folded(text), expected, "{text}");
        assert_eq!(fold(text).len(), text.chars().count(), "{text}");
    }
}

#[test]
fn a_query_finds_greek_words_ending_in_final_sigma() {
    assert_eq!(Query::new("ΟΔΟΣ").matches_in("η οδος"), vec![(2, 6)]);
    assert_eq!(Query::new("οδοσ").matches_in("ΟΔΟΣ"), vec![(0, 4)]);
}

#[test]
fn matches_give_character_ranges() {
    let query = Query::new("  THERAPY ");
    assert_eq!(
        query.matches_in("Therapy, therapy… thérapy"),
        vec![(0, 7), (9, 16), (18, 25)]
    );
    assert!(Query::new("").matches_in("anything").is_empty());
    assert!(Query::new("   ").is_empty());
}

#[test]
fn an_item_matches_by_question_or_answer() {
    let item = FaqItem {
        id: "a".into(),
        question: "¿Qué hago si mi pareja se niega?".into(),
        answer: vec![RichText::parse("Empieza con **terapia individual**.")
            .unwrap()
            .into()],
    };
    assert!(Query::new("que hago").matches_item(&item));
    assert!(Query::new("TERAPIA individual").matches_item(&item));
    assert!(!Query::new("divorce").matches_item(&item));
}

#[test]
fn accented_queries_find_plain_text() {
    assert_eq!(
        Query::new("thérapy").matches_in("couples therapy"),
        vec![(8, 15)]
    );
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_index_finds_what_matching_each_item_finds() {
    let text = std::fs::read_to_string("content/partner-refuses-therapy.json").unwrap();
    let set = reframe_core::content::load::from_json("seed", &text).unwrap();
    let items = set.faq.unwrap().items;
    let index = SearchIndex::new(items.iter().map(|item| &**item));
    for words in [
        "",
        "therapy",
        "THÉRAPIE",
        "discernment",
        "partner refuses",
        "zzz",
        "a",
    ] {
        let query = Query::new(words);
        let expected: Vec<usize> = (0..items.len())
            .filter(|&i| query.is_empty() || query.matches_item(&items[i]))
            .collect();
        assert_eq!(index.matching(&query), expected, "{words:?}");
    }
    assert_eq!(index.matching(&Query::new("discernment")), vec![5]);
}
