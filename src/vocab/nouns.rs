//! The words the noun guess (`noun.rs`) reads: words that end a noun phrase, words that may
//! lead one, plurals without an -s, and the endings that mark plurals and verb forms.

use crate::text::{ends_with_ignore_case, in_sorted, phrase_word_end, skip_spaces};

/// Words that end a noun phrase. Sorted, lowercase, for binary search.
pub(crate) const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "across", "after", "against", "ago", "along", "also", "am", "among",
    "an", "and", "another", "are", "around", "as", "at", "be", "because", "been", "before",
    "behind", "being", "below", "between", "beyond", "both", "but", "by", "can", "could", "did",
    "do", "does", "down", "during", "each", "earlier", "either", "else", "every", "for", "from",
    "had", "has", "have", "he", "her", "here", "him", "his", "how", "i", "if", "in", "inside",
    "into", "is", "it", "its", "just", "last", "later", "least", "less", "may", "me", "might",
    "more", "most", "much", "must", "my", "near", "neither", "next", "no", "nor", "not", "of",
    "off", "on", "one", "ones", "only", "onto", "or", "other", "others", "our", "out", "outside",
    "over", "per", "should", "since", "so", "some", "such", "than", "that", "the", "their", "them",
    "then", "there", "these", "they", "this", "those", "though", "through", "to", "toward",
    "towards", "under", "until", "up", "upon", "us", "versus", "via", "was", "we", "were", "what",
    "when", "where", "whether", "which", "while", "who", "whom", "whose", "will", "with", "within",
    "without", "would", "yet", "you",
];

/// Words that may lead a noun phrase even though they are stop words elsewhere.
pub(crate) const LEADING_ADJECTIVES: &[&str] = &["other", "more"];

/// Plural nouns that do not end in -s.
pub(crate) const IRREGULAR_PLURALS: &[&str] = &[
    "aircraft",
    "cattle",
    "children",
    "crew",
    "deer",
    "feet",
    "fish",
    "geese",
    "men",
    "mice",
    "people",
    "personnel",
    "police",
    "series",
    "sheep",
    "spacecraft",
    "species",
    "staff",
    "teeth",
    "women",
];

/// Endings of words that end in -s without being plural ("glass", "bus", "analysis",
/// "Russia's").
pub(crate) const NOT_PLURAL_ENDINGS: &[&str] = &["ss", "us", "is", "'s"];

/// Endings of verb forms and adverbs ("launched", "fighting", "nearly"), which end a noun
/// phrase when another word came before them.
pub(crate) const VERBAL_ENDINGS: &[&str] = &["ed", "ing", "ly"];

/// Past tenses that do not end in -ed, which end a noun phrase when another word came before
/// them ("one family fled"). Sorted, lowercase.
pub(crate) const IRREGULAR_PAST_TENSES: &[&str] = &[
    "began", "came", "died", "drove", "fell", "fled", "flew", "fought", "gave", "got", "grew",
    "held", "hid", "knew", "lay", "left", "lost", "made", "met", "ran", "rose", "said", "sank",
    "saw", "sent", "shot", "sold", "spoke", "stood", "struck", "swam", "told", "took", "went",
    "won", "wrote",
];

/// Nouns that end like a verb form or adverb ("family", "building", "speed"), which the
/// endings of [`VERBAL_ENDINGS`] would otherwise misread. Sorted, lowercase.
pub(crate) const NOUNS_WITH_VERBAL_ENDINGS: &[&str] = &[
    "ally", "anomaly", "assembly", "bombing", "building", "ceiling", "evening", "family", "italy",
    "july", "killing", "meeting", "monopoly", "morning", "offering", "rally", "reply", "shooting",
    "sibling", "speed", "spring", "string", "supply", "thing", "uprising", "wedding",
];

/// Auxiliary verbs: a word ending in -ing or -ed before one of these is the subject's noun
/// ("one building was hit"), not a verb form. Sorted, lowercase.
pub(crate) const AUXILIARIES: &[&str] = &[
    "are", "could", "did", "does", "had", "has", "have", "is", "may", "might", "must", "should",
    "was", "were", "will", "would",
];

/// Whether `word` reads as a verb form or adverb ("launched", "based", "remaining",
/// "nearly") rather than a noun, given the word after it: before an auxiliary
/// ("building was hit") it is the subject's noun.
pub(crate) fn is_verb_form(word: &str, next: &str) -> bool {
    word.len() > 4
        && VERBAL_ENDINGS
            .iter()
            .any(|end| ends_with_ignore_case(word, end))
        && !in_sorted(NOUNS_WITH_VERBAL_ENDINGS, word)
        && !in_sorted(AUXILIARIES, next)
}

/// What may stand between a count and its noun: "126 of the Ukrainian drones", "38 of them",
/// "41 out of 64 drones".
pub(crate) const OF_LEADS: &[&str] = &["out of the ", "out of ", "of the ", "of "];

/// Where the noun phrase after a count ending at `after` starts: after the spaces at `after` and an optional "of" or "of
/// the", and past the figure of a whole ("one of the 12 hostages"). `None` when no space
/// follows the claim.
pub(crate) fn phrase_start(text: &str, after: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = skip_spaces(text, after);
    if i == after {
        return None;
    }
    for lead in OF_LEADS {
        let head = bytes[i..].get(..lead.len());
        if head.is_some_and(|h| h.eq_ignore_ascii_case(lead.as_bytes())) {
            i += lead.len();
            // "358 of the town's 1,113 structures": a possessive before the whole's figure.
            let word = phrase_word_end(text, i);
            if word > i && text[i..word].ends_with("'s") && bytes.get(word) == Some(&b' ') {
                let figure_at = word + 1;
                if bytes.get(figure_at).is_some_and(u8::is_ascii_digit) {
                    i = figure_at;
                }
            }
            // "one of the 12 hostages": the figure of the whole is no part of the noun.
            let figure = bytes[i..]
                .iter()
                .take_while(|b| b.is_ascii_digit() || matches!(b, b',' | b'.'))
                .count();
            crate::work::add(figure + 1);
            if figure > 0 && bytes.get(i + figure) == Some(&b' ') {
                i += figure + 1;
            }
            break;
        }
    }
    Some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_tables_are_sorted_and_lowercase() {
        for table in [
            STOP_WORDS,
            IRREGULAR_PLURALS,
            IRREGULAR_PAST_TENSES,
            NOUNS_WITH_VERBAL_ENDINGS,
            AUXILIARIES,
        ] {
            assert!(table.is_sorted(), "{table:?}");
            assert!(
                table
                    .iter()
                    .all(|w| w.bytes().all(|b| !b.is_ascii_uppercase()))
            );
        }
    }
}
