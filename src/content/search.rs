//! Text search over content: case- and accent-insensitive matching, and where the matches are.
//!
//! Folding maps each character to exactly one character (lowercase, accents removed, curly
//! quotes made straight), so a match in folded text is at the same character positions in the
//! original, which is what highlighting needs.

use super::model::FaqItem;
use super::unicode::lowercase;

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
    let mut folded: Vec<char> = text.chars().map(unaccented).collect();
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

/// A search query, folded once and trimmed; empty means "no search".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query(Vec<char>);

impl Query {
    /// Folds `text` into a query.
    pub fn new(text: &str) -> Query {
        Query(fold(text.trim()))
    }

    /// Whether there is nothing to search for.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Character ranges `(start, end)` of the non-overlapping matches in `text`.
    pub fn matches_in(&self, text: &str) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        if self.0.is_empty() {
            return found;
        }
        let folded = fold(text);
        let mut i = 0;
        while i + self.0.len() <= folded.len() {
            if folded[i..i + self.0.len()] == self.0[..] {
                found.push((i, i + self.0.len()));
                i += self.0.len();
            } else {
                i += 1;
            }
        }
        found
    }

    /// Whether already folded text contains the query (an empty query is everywhere).
    pub fn is_in(&self, folded: &[char]) -> bool {
        self.0.is_empty() || folded.windows(self.0.len()).any(|w| w == self.0.as_slice())
    }

    /// Whether the question or any paragraph of its answer contains the query.
    pub fn matches_item(&self, item: &FaqItem) -> bool {
        folded_item(item).iter().any(|text| self.is_in(text))
    }
}

/// The folded texts of an item: its question, then each paragraph of its answer as plain text.
fn folded_item(item: &FaqItem) -> Vec<Vec<char>> {
    std::iter::once(fold(&item.question))
        .chain(item.answer.iter().map(|p| fold(&p.plain_text())))
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
