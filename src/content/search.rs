//! Text search over content: case- and accent-insensitive matching, and where the matches are.
//!
//! Folding maps each character to exactly one character (lowercase, accents removed, curly
//! quotes made straight), so a match in folded text is at the same character positions in the
//! original, which is what highlighting needs.

use super::model::FaqItem;
use super::unicode::lowercase;
#[cfg(test)]
use super::work;

/// One character without its accent, or with straight quotes for curly ones.
fn unaccented(c: char) -> char {
    match c {
        'À'..='Å' | 'à'..='å' | 'Ā'..='ą' => 'a',
        'Ç' | 'ç' | 'Ć'..='č' => 'c',
        'Ď'..='đ' => 'd',
        'È'..='Ë' | 'è'..='ë' | 'Ē'..='ě' => 'e',
        'Ĝ'..='ģ' => 'g',
        'Ĥ'..='ħ' => 'h',
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ'..='ı' => 'i',
        'Ĵ' | 'ĵ' => 'j',
        'Ķ' | 'ķ' => 'k',
        'Ĺ'..='ł' => 'l',
        'Ñ' | 'ñ' | 'Ń'..='ň' => 'n',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō'..='ő' => 'o',
        'Ŕ'..='ř' => 'r',
        'Ś'..='š' => 's',
        'Ţ'..='ŧ' => 't',
        'Ù'..='Ü' | 'ù'..='ü' | 'Ũ'..='ų' => 'u',
        'Ŵ' | 'ŵ' => 'w',
        'Ý' | 'ý' | 'ÿ' | 'Ŷ'..='Ÿ' => 'y',
        'Ź'..='ž' => 'z',
        '‘' | '’' | '‚' | '′' => '\'',
        '“' | '”' | '„' | '″' => '"',
        c => c,
    }
}

/// Folds a text for matching: lowercase, without accents, straight quotes, final sigma as
/// sigma. The result has as many characters as `text`.
pub fn fold(text: &str) -> Vec<char> {
    let mut folded: Vec<char> = text
        .chars()
        .map(|c| {
            #[cfg(test)]
            work::step();
            unaccented(c)
        })
        .collect();
    if folded.iter().all(char::is_ascii) {
        folded.iter_mut().for_each(|c| c.make_ascii_lowercase());
        return folded;
    }
    let base: String = folded.iter().collect();
    let lower: Vec<char> = lowercase(&base).chars().map(final_sigma).collect();
    if lower.len() == folded.len() {
        return lower;
    }
    // A character whose lowercase is longer ('İ' is unaccented first, so none is expected):
    // lowercase one character at a time and keep those that would grow as they are.
    let mut one = [0; 4];
    for c in &mut folded {
        let lower = lowercase(c.encode_utf8(&mut one));
        let mut chars = lower.chars();
        if let (Some(single), None) = (chars.next(), chars.next()) {
            *c = final_sigma(single);
        }
    }
    folded
}

/// 'ς' (sigma at the end of a word) as 'σ', so a query typed mid-word finds it.
fn final_sigma(c: char) -> char {
    if c == 'ς' {
        'σ'
    } else {
        c
    }
}

/// Folded text to look for, with what makes finding it linear: for each prefix, the longest
/// proper prefix that is also its suffix (Knuth–Morris–Pratt), so that a mismatch never
/// moves back in the text searched, however many partial matches overlap there.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pattern {
    chars: Vec<char>,
    fallback: Vec<usize>,
}

impl Pattern {
    /// The pattern for already folded `chars`.
    pub fn new(chars: Vec<char>) -> Pattern {
        let mut fallback = vec![0; chars.len()];
        let mut matched = 0;
        for i in 1..chars.len() {
            #[cfg(test)]
            work::step();
            while matched > 0 && chars[i] != chars[matched] {
                matched = fallback[matched - 1];
            }
            if chars[i] == chars[matched] {
                matched += 1;
            }
            fallback[i] = matched;
        }
        Pattern { chars, fallback }
    }

    /// How many characters the pattern has.
    pub fn len(&self) -> usize {
        self.chars.len()
    }

    /// Whether the pattern has no characters.
    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// Where the pattern starts in `text`, overlapping matches included, in order; nothing
    /// for an empty pattern.
    pub fn starts_in<'a>(&'a self, text: &'a [char]) -> impl Iterator<Item = usize> + 'a {
        let mut matched = 0;
        text.iter().enumerate().filter_map(move |(i, &c)| {
            #[cfg(test)]
            work::step();
            if self.chars.is_empty() {
                return None;
            }
            while matched > 0 && c != self.chars[matched] {
                matched = self.fallback[matched - 1];
            }
            if c == self.chars[matched] {
                matched += 1;
            }
            (matched == self.chars.len()).then(|| {
                matched = self.fallback[matched - 1];
                i + 1 - self.chars.len()
            })
        })
    }
}

/// A search query, folded once and trimmed; empty means "no search".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query(Pattern);

impl Query {
    /// Folds `text` into a query.
    pub fn new(text: &str) -> Query {
        Query(Pattern::new(fold(text.trim())))
    }

    /// Whether there is nothing to search for.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Character ranges `(start, end)` of the non-overlapping matches in `text`, leftmost
    /// first.
    pub fn matches_in(&self, text: &str) -> Vec<(usize, usize)> {
        let folded = fold(text);
        let mut found: Vec<(usize, usize)> = Vec::new();
        for start in self.0.starts_in(&folded) {
            if found.last().is_none_or(|&(_, end)| start >= end) {
                found.push((start, start + self.0.len()));
            }
        }
        found
    }

    /// Whether already folded text contains the query (an empty query is everywhere).
    pub fn is_in(&self, folded: &[char]) -> bool {
        self.0.is_empty() || self.0.starts_in(folded).next().is_some()
    }

    /// Whether the question or any paragraph of its answer contains the query.
    pub fn matches_item(&self, item: &FaqItem) -> bool {
        folded_item(item).iter().any(|text| self.is_in(text))
    }
}

/// The folded texts of an item: its question, then each paragraph of its answer as plain text.
fn folded_item(item: &FaqItem) -> Vec<Vec<char>> {
    std::iter::once(fold(&item.question))
        .chain(item.answer_texts().map(|p| fold(&p.plain_text())))
        .collect()
}

/// Every item's text folded once, so that a keystroke only compares characters: searching
/// 1,000 questions and answers must fit in a frame.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchIndex(Vec<Vec<Vec<char>>>);

impl SearchIndex {
    /// Folds the texts of `items`, in order.
    pub fn new<'a>(items: impl IntoIterator<Item = &'a FaqItem>) -> SearchIndex {
        SearchIndex(items.into_iter().map(folded_item).collect())
    }

    /// Positions of the items that contain the query, in order (all of them for an empty query).
    pub fn matching(&self, query: &Query) -> Vec<usize> {
        (0..self.0.len())
            .filter(|&i| self.0[i].iter().any(|text| query.is_in(text)))
            .collect()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folding_and_matching_are_linear() {
        for (name, text, query) in [
            ("partial matches", "a", format!("{}b", "a".repeat(999))),
            ("overlapping matches", "a", "a".repeat(500)),
            ("accents", "É", "e".repeat(300) + "x"),
            ("no match", "ab", "ba".repeat(200) + "c"),
        ] {
            let query = Query::new(&query);
            work::assert_linear(
                name,
                4,
                |bytes| text.repeat(bytes / text.len()),
                |text| {
                    let (_, work) = work::measure(|| query.matches_in(text));
                    assert!(work.unicode_calls <= 1, "{name}: {work:?}");
                    work.steps + work.unicode_calls
                },
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 20_000, failure_persistence: None, ..ProptestConfig::default() })]

        /// Matches are where a comparison at every position finds them, leftmost first.
        #[test]
        fn matches_as_a_comparison_at_every_position(text in "[abAé ]{0,30}", query in "[abé]{1,4}") {
            let query_chars = fold(&query);
            let folded = fold(&text);
            let mut expected = Vec::new();
            let mut i = 0;
            while i + query_chars.len() <= folded.len() {
                if folded[i..i + query_chars.len()] == query_chars[..] {
                    expected.push((i, i + query_chars.len()));
                    i += query_chars.len();
                } else {
                    i += 1;
                }
            }
            let query = Query::new(&query);
            prop_assert_eq!(query.is_in(&folded), !expected.is_empty());
            prop_assert_eq!(query.matches_in(&text), expected);
        }
    }
}
