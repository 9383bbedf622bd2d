//! Slugs of texts, for the ids of questions and sections made from their titles.

use super::search::fold;
use super::validate::MAX_ID_CHARS;

/// A slug of `text`: its words lowercase and without accents (`thérapie` gives `therapie`),
/// those of ASCII letters and digits joined by hyphens, at most [`MAX_ID_CHARS`] long, cut
/// between words. Apostrophes do not split words (`don’t` gives `dont`). Empty when `text` has
/// no such word (a question in Arabic or Japanese): callers then number the item.
pub fn slug(text: &str) -> String {
    let words: String = fold(text).into_iter().filter(|c| *c != '\'').collect();
    let mut slug = String::new();
    for word in words.split(|c: char| !c.is_ascii_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if slug.is_empty() {
            slug = word.chars().take(MAX_ID_CHARS).collect();
        } else if slug.len() + 1 + word.len() <= MAX_ID_CHARS {
            slug = format!("{slug}-{word}");
        } else {
            break;
        }
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slugs_fold_case_accents_and_apostrophes() {
        assert_eq!(
            slug("Qu’est-ce que la thérapie de couple ?"),
            "quest-ce-que-la-therapie-de-couple"
        );
        assert_eq!(slug("Don't   wait!"), "dont-wait");
        assert_eq!(slug("Ça coûte combien ?"), "ca-coute-combien");
        assert_eq!(slug("こんにちは"), "");
        assert_eq!(slug(&"word ".repeat(40)).len(), 79);
    }
}
