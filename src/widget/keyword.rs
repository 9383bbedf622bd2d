//! Keyword values of attributes: each enum spells the words that name its variants once, next
//! to the variants, and warnings, parsing and the generated documentation all read them there.

/// An enum whose variants are the allowed words of one attribute (declared with [`keywords!`]).
pub trait Keyword: Copy + Sized + 'static {
    /// Every variant, in declaration order.
    const ALL: &'static [Self];

    /// The word that names this variant.
    fn name(self) -> &'static str;

    /// The words, in declaration order.
    fn names() -> Vec<&'static str> {
        Self::ALL.iter().map(|keyword| keyword.name()).collect()
    }

    /// The variant `word` names, ignoring ASCII case (as HTML's enumerated attributes do).
    fn from_name(word: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|keyword| keyword.name().eq_ignore_ascii_case(word))
    }
}

/// Declares a [`Keyword`] enum: `Variant = "word"` for each variant, the word written once.
/// Attributes (doc comments, `#[default]`, more derives) pass through.
macro_rules! keywords {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $word:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        $vis enum $name {
            $( $(#[$variant_meta])* $variant, )+
        }

        impl $crate::widget::keyword::Keyword for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];

            fn name(self) -> &'static str {
                match self {
                    $(Self::$variant => $word,)+
                }
            }
        }
    };
}

pub(crate) use keywords;
