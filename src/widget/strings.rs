//! Text the widget itself shows and announces (labels not taken from content), per language,
//! with the content set's [`Labels`] laid over them.
//!
//! Each language is one [`UiStrings`] value: a struct with a field per word, so the compiler
//! refuses a language that misses one.

use super::options::UiLang;
use crate::content::{Labels, PluralLabel};
use std::borrow::Cow;

/// One word or sentence: built in (borrowed) or from the content's `labels` (owned).
pub type Word = Cow<'static, str>;

/// Which counts take a language's singular form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralRule {
    /// 1 only (English, Spanish, German, Portuguese, Italian).
    OneOnly,
    /// 0 and 1 (French).
    ZeroAndOne,
}

impl PluralRule {
    /// Whether `n` takes the singular form.
    pub fn is_one(self, n: usize) -> bool {
        match self {
            PluralRule::OneOnly => n == 1,
            PluralRule::ZeroAndOne => n <= 1,
        }
    }
}

/// A counted phrase: the singular and the plural form, each a template with `{n}` for the count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plural {
    /// Form for the counts the language's [`PluralRule`] calls singular.
    pub one: Word,
    /// Form for every other count.
    pub other: Word,
}

/// The widget's own words in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UiStrings {
    /// Which counts take the singular form of [`UiStrings::matches`].
    pub plural: PluralRule,
    /// Label of the phrase to avoid.
    pub instead_of: Word,
    /// Label of the phrase to use.
    pub try_: Word,
    /// Label of the search box.
    pub search_label: Word,
    /// "{n} questions match", announced while searching.
    pub matches: Plural,
    /// Empty state of a search, with `{q}` for the query.
    pub no_matches: Word,
    /// Hint under the empty state.
    pub no_matches_hint: Word,
    /// The expand-all control.
    pub show_all: Word,
    /// The collapse-all control.
    pub hide_all: Word,
    /// Copy button of a phrase.
    pub copy: Word,
    /// Announcement after copying a phrase.
    pub copied: Word,
    /// Copy-link button of a question.
    pub copy_link: Word,
    /// Announcement after copying a link.
    pub link_copied: Word,
    /// Announcement when copying failed.
    pub copy_failed: Word,
    /// Practice mode: reveal the "Try" phrase.
    pub show_try: Word,
    /// Practice mode: hide it again.
    pub hide_try: Word,
    /// Practice mode prompt before the reveal.
    pub think_first: Word,
    /// Shown once the reader has ticked something in a self-check.
    pub checklist_message: Word,
    /// Text of a call-to-action link when the content gives none.
    pub cta_default: Word,
    /// Title of an FAQ read from a page's markup without a heading of its own (the content's
    /// `labels` do not apply: that FAQ has no content file).
    pub faq_title: Word,
}

impl UiStrings {
    /// "N questions match" in this language, in the form its plural rule picks for `n`.
    pub fn matches(&self, n: usize) -> String {
        let template = if self.plural.is_one(n) {
            &self.matches.one
        } else {
            &self.matches.other
        };
        fill(template, &n.to_string())
    }

    /// The empty state of a search for `query` (trimmed) in this language.
    pub fn no_matches(&self, query: &str) -> String {
        fill(&self.no_matches, query.trim())
    }

    /// These words with each one that `labels` gives replaced by it.
    pub fn with_labels(&self, labels: &Labels) -> UiStrings {
        let pick = |word: &Word, label: &Option<String>| {
            label.clone().map_or_else(|| word.clone(), Cow::Owned)
        };
        let plural = |words: &Plural, label: &Option<PluralLabel>| {
            label.as_ref().map_or_else(
                || words.clone(),
                |label| Plural {
                    one: Cow::Owned(label.one.clone()),
                    other: Cow::Owned(label.other.clone()),
                },
            )
        };
        UiStrings {
            plural: self.plural,
            instead_of: pick(&self.instead_of, &labels.instead_of),
            try_: pick(&self.try_, &labels.try_),
            search_label: pick(&self.search_label, &labels.search_label),
            matches: plural(&self.matches, &labels.matches),
            no_matches: pick(&self.no_matches, &labels.no_matches),
            no_matches_hint: pick(&self.no_matches_hint, &labels.no_matches_hint),
            show_all: pick(&self.show_all, &labels.show_all),
            hide_all: pick(&self.hide_all, &labels.hide_all),
            copy: pick(&self.copy, &labels.copy),
            copied: pick(&self.copied, &labels.copied),
            copy_link: pick(&self.copy_link, &labels.copy_link),
            link_copied: pick(&self.link_copied, &labels.link_copied),
            copy_failed: pick(&self.copy_failed, &labels.copy_failed),
            show_try: pick(&self.show_try, &labels.show_try),
            hide_try: pick(&self.hide_try, &labels.hide_try),
            think_first: pick(&self.think_first, &labels.think_first),
            checklist_message: pick(&self.checklist_message, &labels.checklist_message),
            cta_default: pick(&self.cta_default, &labels.cta_default),
            faq_title: self.faq_title.clone(),
        }
    }
}

/// `template` with its placeholder (`{n}`, `{q}`: the first `{...}`) replaced by `value`. Each
/// template has at most one placeholder; this finds it by its braces, without the string search
/// code of `str::replace` in the wasm.
fn fill(template: &str, value: &str) -> String {
    let Some((before, rest)) = template.split_once('{') else {
        return template.to_string();
    };
    let after = rest.split_once('}').map_or("", |(_, after)| after);
    let mut text = String::with_capacity(template.len() + value.len());
    text.push_str(before);
    text.push_str(value);
    text.push_str(after);
    text
}

/// A built-in word, in a `const`.
const fn w(text: &'static str) -> Word {
    Cow::Borrowed(text)
}

/// English.
pub static EN: UiStrings = UiStrings {
    plural: PluralRule::OneOnly,
    instead_of: w("Instead of"),
    try_: w("Try"),
    search_label: w("Search the questions"),
    matches: Plural {
        one: w("{n} question matches"),
        other: w("{n} questions match"),
    },
    no_matches: w("No questions match “{q}”."),
    no_matches_hint: w("Try fewer or different words."),
    show_all: w("Show all answers"),
    hide_all: w("Hide all answers"),
    copy: w("Copy"),
    copied: w("Copied to the clipboard"),
    copy_link: w("Copy link"),
    link_copied: w("Link copied to the clipboard"),
    copy_failed: w("Could not copy; select the text and copy it instead"),
    show_try: w("Show what to try"),
    hide_try: w("Hide"),
    think_first: w("How could you say this differently?"),
    checklist_message: w("Thank you for checking. If some of these feel familiar, you don’t have to wait for your partner to be ready: support can start with you."),
    cta_default: w("Talk with a counselor"),
    faq_title: w("Frequently asked questions"),
};

/// Spanish (addressing the reader as "tú").
pub static ES: UiStrings = UiStrings {
    plural: PluralRule::OneOnly,
    instead_of: w("En lugar de"),
    try_: w("Prueba"),
    search_label: w("Buscar en las preguntas"),
    matches: Plural {
        one: w("{n} pregunta coincide"),
        other: w("{n} preguntas coinciden"),
    },
    no_matches: w("Ninguna pregunta coincide con «{q}»."),
    no_matches_hint: w("Prueba con menos palabras o con otras."),
    show_all: w("Mostrar todas las respuestas"),
    hide_all: w("Ocultar todas las respuestas"),
    copy: w("Copiar"),
    copied: w("Copiado al portapapeles"),
    copy_link: w("Copiar enlace"),
    link_copied: w("Enlace copiado al portapapeles"),
    copy_failed: w("No se pudo copiar; selecciona el texto y cópialo"),
    show_try: w("Ver qué decir"),
    hide_try: w("Ocultar"),
    think_first: w("¿Cómo podrías decirlo de otra manera?"),
    checklist_message: w("Gracias por revisarlo. Si algo de esto te resulta familiar, no tienes que esperar a que tu pareja esté lista: el apoyo puede empezar contigo."),
    cta_default: w("Hablar con un consejero"),
    faq_title: w("Preguntas frecuentes"),
};

/// French (addressing the reader as "vous"; non-breaking spaces before `?`, `:` and inside
/// guillemets, as French typography wants).
pub static FR: UiStrings = UiStrings {
    plural: PluralRule::ZeroAndOne,
    instead_of: w("Au lieu de"),
    try_: w("Essayez"),
    search_label: w("Rechercher dans les questions"),
    matches: Plural {
        one: w("{n} question correspond"),
        other: w("{n} questions correspondent"),
    },
    no_matches: w("Aucune question ne correspond à «\u{a0}{q}\u{a0}»."),
    no_matches_hint: w("Essayez avec moins de mots, ou avec d’autres."),
    show_all: w("Afficher toutes les réponses"),
    hide_all: w("Masquer toutes les réponses"),
    copy: w("Copier"),
    copied: w("Copié dans le presse-papiers"),
    copy_link: w("Copier le lien"),
    link_copied: w("Lien copié dans le presse-papiers"),
    copy_failed: w("La copie n’a pas fonctionné\u{a0}: sélectionnez le texte pour le copier vous-même"),
    show_try: w("Voir ce que vous pourriez dire"),
    hide_try: w("Masquer"),
    think_first: w("Comment pourriez-vous le dire autrement\u{202f}?"),
    checklist_message: w("Merci d’avoir pris ce temps. Si certains de ces points vous semblent familiers, vous n’avez pas à attendre que votre partenaire soit prêt à franchir le pas\u{a0}: l’accompagnement peut commencer avec vous."),
    cta_default: w("Parler avec un conseiller"),
    faq_title: w("Questions fréquentes"),
};

/// German (addressing the reader as "Sie").
pub static DE: UiStrings = UiStrings {
    plural: PluralRule::OneOnly,
    instead_of: w("Anstatt"),
    try_: w("Versuchen Sie"),
    search_label: w("Fragen durchsuchen"),
    matches: Plural {
        one: w("{n} Frage passt"),
        other: w("{n} Fragen passen"),
    },
    no_matches: w("Keine Frage passt zu „{q}“."),
    no_matches_hint: w("Versuchen Sie es mit weniger oder anderen Wörtern."),
    show_all: w("Alle Antworten anzeigen"),
    hide_all: w("Alle Antworten ausblenden"),
    copy: w("Kopieren"),
    copied: w("In die Zwischenablage kopiert"),
    copy_link: w("Link kopieren"),
    link_copied: w("Link in die Zwischenablage kopiert"),
    copy_failed: w("Kopieren hat nicht geklappt; bitte markieren Sie den Text und kopieren Sie ihn selbst"),
    show_try: w("Zeigen, was Sie sagen können"),
    hide_try: w("Ausblenden"),
    think_first: w("Wie könnten Sie das anders sagen?"),
    checklist_message: w("Danke, dass Sie sich die Zeit genommen haben. Wenn Ihnen einiges davon bekannt vorkommt: Sie müssen nicht warten, bis Ihr Partner oder Ihre Partnerin bereit ist – Unterstützung kann bei Ihnen beginnen."),
    cta_default: w("Ein Gespräch vereinbaren"),
    faq_title: w("Häufige Fragen"),
};

/// Portuguese (addressing the reader as "você").
pub static PT: UiStrings = UiStrings {
    plural: PluralRule::OneOnly,
    instead_of: w("Em vez de"),
    try_: w("Experimente"),
    search_label: w("Pesquisar nas perguntas"),
    matches: Plural {
        one: w("{n} pergunta corresponde"),
        other: w("{n} perguntas correspondem"),
    },
    no_matches: w("Nenhuma pergunta corresponde a “{q}”."),
    no_matches_hint: w("Experimente usar menos palavras ou palavras diferentes."),
    show_all: w("Mostrar todas as respostas"),
    hide_all: w("Ocultar todas as respostas"),
    copy: w("Copiar"),
    copied: w("Copiado para a área de transferência"),
    copy_link: w("Copiar link"),
    link_copied: w("Link copiado para a área de transferência"),
    copy_failed: w("Não foi possível copiar; selecione o texto e copie-o você mesmo"),
    show_try: w("Ver o que dizer"),
    hide_try: w("Ocultar"),
    think_first: w("Como você poderia dizer isso de outra forma?"),
    checklist_message: w("Obrigado por dedicar este momento. Se algo aqui parece familiar, você não precisa esperar pelo tempo do seu parceiro ou da sua parceira: o apoio pode começar por você."),
    cta_default: w("Conversar com um terapeuta"),
    faq_title: w("Perguntas frequentes"),
};

/// Italian (addressing the reader as "Lei").
pub static IT: UiStrings = UiStrings {
    plural: PluralRule::OneOnly,
    instead_of: w("Invece di"),
    try_: w("Provi a dire"),
    search_label: w("Cerca nelle domande"),
    matches: Plural {
        one: w("{n} domanda corrisponde"),
        other: w("{n} domande corrispondono"),
    },
    no_matches: w("Nessuna domanda corrisponde a «{q}»."),
    no_matches_hint: w("Provi con meno parole o con parole diverse."),
    show_all: w("Mostra tutte le risposte"),
    hide_all: w("Nascondi tutte le risposte"),
    copy: w("Copia"),
    copied: w("Copiato negli appunti"),
    copy_link: w("Copia link"),
    link_copied: w("Link copiato negli appunti"),
    copy_failed: w("Impossibile copiare; selezioni il testo e lo copi manualmente"),
    show_try: w("Mostra cosa dire"),
    hide_try: w("Nascondi"),
    think_first: w("Come potrebbe dirlo in un altro modo?"),
    checklist_message: w("Grazie per il tempo dedicato. Se qualcosa di tutto questo le suona familiare, non deve aspettare i tempi del suo partner: il sostegno può cominciare da lei."),
    cta_default: w("Parlare con un consulente"),
    faq_title: w("Domande frequenti"),
};

/// The strings in `lang`.
pub fn for_lang(lang: UiLang) -> &'static UiStrings {
    match lang {
        UiLang::En => &EN,
        UiLang::Es => &ES,
        UiLang::Fr => &FR,
        UiLang::De => &DE,
        UiLang::Pt => &PT,
        UiLang::It => &IT,
    }
}

/// The words of `lang` with the content's `labels`, if any, laid over them.
pub fn words(lang: UiLang, labels: Option<&Labels>) -> UiStrings {
    let built_in = for_lang(lang);
    labels.map_or_else(|| built_in.clone(), |labels| built_in.with_labels(labels))
}

#[cfg(test)]
mod tests {
    use super::*;

    static ALL: [(UiLang, &UiStrings); 6] = [
        (UiLang::En, &EN),
        (UiLang::Es, &ES),
        (UiLang::Fr, &FR),
        (UiLang::De, &DE),
        (UiLang::Pt, &PT),
        (UiLang::It, &IT),
    ];

    #[test]
    fn every_language_has_its_table_and_its_words_are_filled() {
        for (lang, table) in ALL {
            assert_eq!(for_lang(lang), table, "{lang:?}");
            let words = [
                &table.instead_of,
                &table.try_,
                &table.search_label,
                &table.matches.one,
                &table.matches.other,
                &table.no_matches,
                &table.no_matches_hint,
                &table.show_all,
                &table.hide_all,
                &table.copy,
                &table.copied,
                &table.copy_link,
                &table.link_copied,
                &table.copy_failed,
                &table.show_try,
                &table.hide_try,
                &table.think_first,
                &table.checklist_message,
                &table.cta_default,
                &table.faq_title,
            ];
            for word in words {
                assert!(!word.trim().is_empty(), "{lang:?}");
            }
            assert!(table.matches.one.contains("{n}"), "{lang:?}");
            assert!(table.matches.other.contains("{n}"), "{lang:?}");
            assert!(table.no_matches.contains("{q}"), "{lang:?}");
        }
        // No language's table is another's copy.
        for (i, (_, a)) in ALL.iter().enumerate() {
            for (_, b) in &ALL[i + 1..] {
                assert_ne!(a.show_all, b.show_all);
            }
        }
    }

    #[test]
    fn plural_forms_follow_each_language() {
        assert_eq!(EN.matches(0), "0 questions match");
        assert_eq!(EN.matches(1), "1 question matches");
        assert_eq!(EN.matches(2), "2 questions match");
        assert_eq!(ES.matches(1), "1 pregunta coincide");
        assert_eq!(ES.matches(0), "0 preguntas coinciden");
        assert_eq!(FR.matches(0), "0 question correspond");
        assert_eq!(FR.matches(1), "1 question correspond");
        assert_eq!(FR.matches(2), "2 questions correspondent");
        assert_eq!(DE.matches(0), "0 Fragen passen");
        assert_eq!(DE.matches(1), "1 Frage passt");
        assert_eq!(DE.matches(5), "5 Fragen passen");
        assert_eq!(PT.matches(1), "1 pergunta corresponde");
        assert_eq!(PT.matches(0), "0 perguntas correspondem");
        assert_eq!(IT.matches(1), "1 domanda corrisponde");
        assert_eq!(IT.matches(12), "12 domande corrispondono");
    }

    #[test]
    fn the_query_fills_the_empty_state() {
        assert_eq!(EN.no_matches("  walk "), "No questions match “walk”.");
        assert_eq!(
            FR.no_matches("thérapie"),
            "Aucune question ne correspond à «\u{a0}thérapie\u{a0}»."
        );
        assert_eq!(DE.no_matches("Paar"), "Keine Frage passt zu „Paar“.");
    }

    #[test]
    fn labels_replace_the_words_they_give_and_keep_the_others() {
        let labels = Labels {
            search_label: Some("ابحث في الأسئلة".into()),
            show_all: Some("اعرض كل الإجابات".into()),
            matches: Some(PluralLabel {
                one: "سؤال واحد".into(),
                other: "{n} أسئلة".into(),
            }),
            ..Labels::default()
        };
        let ui = words(UiLang::En, Some(&labels));
        assert_eq!(ui.search_label, "ابحث في الأسئلة");
        assert_eq!(ui.show_all, "اعرض كل الإجابات");
        assert_eq!(ui.hide_all, EN.hide_all);
        assert_eq!(ui.matches(1), "سؤال واحد");
        assert_eq!(ui.matches(3), "3 أسئلة");
        // The language's plural rule still picks the form.
        let fr = words(UiLang::Fr, Some(&labels));
        assert_eq!(fr.matches(0), "سؤال واحد");
        assert_eq!(words(UiLang::De, None), DE);
    }
}
