//! English word rules: how a noun makes its plural, how a verb form ends, which suffix an
//! ordinal in digits takes. This is the one place the crate knows them; the noun guess, the
//! year rule, the change rules and the pairing of nouns reach them through
//! [`Lang::morphology`](super::lang::Lang::morphology), and a language of its own brings its
//! own file like this one.

use std::borrow::Cow;

use super::lang::{Lang, Morphology};
use super::lead::LEAD_INDEX;
use crate::text::{ends_with_ignore_case, in_sorted};

/// English: every table of [`crate::vocab`] and the word rules of this file.
pub(crate) static ENGLISH: Lang = Lang {
    tag: "en",
    leads: &LEAD_INDEX,
    morphology: MORPHOLOGY,
};

/// English's word rules, as a [`Morphology`].
const MORPHOLOGY: Morphology = Morphology {
    is_plural,
    singular,
    is_verb_form,
    is_irregular_past,
    ordinal_suffix,
};

/// Plural nouns the regular rules do not make, with their singular; a noun that is its own
/// plural ("aircraft", "staff") maps to itself. Sorted by plural, lowercase.
pub(crate) const IRREGULAR_PLURALS: &[(&str, &str)] = &[
    ("aircraft", "aircraft"),
    ("analyses", "analysis"),
    ("buses", "bus"),
    ("cattle", "cattle"),
    ("children", "child"),
    ("crew", "crew"),
    ("crises", "crisis"),
    ("deer", "deer"),
    ("feet", "foot"),
    ("fish", "fish"),
    ("gases", "gas"),
    ("geese", "goose"),
    ("halves", "half"),
    ("knives", "knife"),
    ("leaves", "leaf"),
    ("lives", "life"),
    ("men", "man"),
    ("mice", "mouse"),
    ("people", "person"),
    ("personnel", "personnel"),
    ("police", "police"),
    ("series", "series"),
    ("sheep", "sheep"),
    ("spacecraft", "spacecraft"),
    ("species", "species"),
    ("staff", "staff"),
    ("teeth", "tooth"),
    ("wives", "wife"),
    ("wolves", "wolf"),
    ("women", "woman"),
];

/// Endings of words that end in -s without being plural ("glass", "bus", "analysis",
/// "Russia's").
const NOT_PLURAL_ENDINGS: &[&str] = &["ss", "us", "is", "'s"];

/// Plural endings that take "-es" after a hissing sound: "losses", "crashes", "boxes".
const ES_ENDINGS: &[&str] = &["sses", "shes", "ches", "xes", "zzes"];

/// Endings of verb forms and adverbs ("launched", "fighting", "nearly").
const VERBAL_ENDINGS: &[&str] = &["ed", "ing", "ly"];

/// Past tenses that do not end in -ed ("one family fled"). Sorted, lowercase.
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

/// The row of [`IRREGULAR_PLURALS`] for `word`, in any case.
fn irregular(word: &str) -> Option<&'static str> {
    let lower = |b: u8| b.to_ascii_lowercase();
    IRREGULAR_PLURALS
        .binary_search_by(|(plural, _)| plural.bytes().cmp(word.bytes().map(lower)))
        .ok()
        .map(|i| IRREGULAR_PLURALS[i].1)
}

/// Whether `word`, in any case, is a plural noun ("drones", "UAVs", "F-16s", "people"): a
/// plural of the table, or a word of three letters or more ending in -s but not in -ss, -us,
/// -is or -'s.
pub(crate) fn is_plural(word: &str) -> bool {
    irregular(word).is_some()
        || (word.len() > 2
            && ends_with_ignore_case(word, "s")
            && !NOT_PLURAL_ENDINGS
                .iter()
                .any(|end| ends_with_ignore_case(word, end)))
}

/// The singular of a lowercase noun, by the same rule as [`is_plural`]: a plural of the
/// table gives its row, a regular plural loses its ending ("casualties" → "casualty",
/// "losses" → "loss", "drones" → "drone"), and any other word comes back as it is
/// ("aircraft", "bus"). Words of three letters keep their -s ("gas", "ins"): too short to
/// tell a plural from a word.
pub(crate) fn singular(word: &str) -> Cow<'_, str> {
    if let Some(one) = irregular(word) {
        return Cow::Borrowed(one);
    }
    if !is_plural(word) || word.chars().count() <= 3 {
        return Cow::Borrowed(word);
    }
    // "casualties" → "casualty"; but "ties" → "tie".
    if let Some(stem) = word.strip_suffix("ies")
        && stem.chars().count() > 1
    {
        return Cow::Owned(format!("{stem}y"));
    }
    if ES_ENDINGS.iter().any(|e| word.ends_with(e)) {
        return Cow::Borrowed(&word[..word.len() - 2]);
    }
    Cow::Borrowed(&word[..word.len() - 1])
}

/// Whether `word` reads as a verb form or adverb by its ending ("launched", "based",
/// "remaining", "nearly") rather than a noun, given the word after it: before an auxiliary
/// ("building was hit") it is the subject's noun.
pub(crate) fn is_verb_form(word: &str, next: &str) -> bool {
    word.len() > 4
        && VERBAL_ENDINGS
            .iter()
            .any(|end| ends_with_ignore_case(word, end))
        && !in_sorted(NOUNS_WITH_VERBAL_ENDINGS, word)
        && !in_sorted(AUXILIARIES, next)
}

/// Whether `word` is a past tense that does not end in -ed ("fled", "said").
pub(crate) fn is_irregular_past(word: &str) -> bool {
    in_sorted(IRREGULAR_PAST_TENSES, word)
}

/// The suffix an ordinal in digits takes: "1st", "2nd", "3rd", "11th", "23rd".
pub(crate) fn ordinal_suffix(n: i128) -> &'static str {
    match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_are_sorted_and_lowercase() {
        let plurals: Vec<&str> = IRREGULAR_PLURALS.iter().map(|(p, _)| *p).collect();
        crate::vocab::assert_sorted_lowercase(&[
            &plurals[..],
            IRREGULAR_PAST_TENSES,
            NOUNS_WITH_VERBAL_ENDINGS,
            AUXILIARIES,
        ]);
    }

    #[test]
    fn one_rule_says_what_is_plural_and_what_its_singular_is() {
        for (word, one) in [
            ("drones", "drone"),
            ("casualties", "casualty"),
            ("losses", "loss"),
            ("crashes", "crash"),
            ("people", "person"),
            ("aircraft", "aircraft"),
            ("wolves", "wolf"),
            ("UAVs", "UAV"),
        ] {
            assert!(is_plural(word), "{word}");
            assert_eq!(singular(word), one, "{word}");
        }
        for word in ["bus", "glass", "analysis", "Russia's", "drone", "is"] {
            assert!(!is_plural(word), "{word}");
            assert_eq!(singular(word), word, "{word}");
        }
        // Only what the rule calls plural loses its ending; three letters are too few to
        // tell ("MPs"), and a plural that is its own singular stays ("series", "crew").
        for (word, one) in [
            ("ties", "tie"),
            ("MPs", "MPs"),
            ("series", "series"),
            ("crew", "crew"),
            ("fled", "fled"),
            ("nearly", "nearly"),
        ] {
            assert_eq!(singular(word), one, "{word}");
        }
    }

    #[test]
    fn ordinal_suffixes_follow_the_last_digits() {
        for (n, suffix) in [
            (1, "st"),
            (2, "nd"),
            (3, "rd"),
            (4, "th"),
            (11, "th"),
            (12, "th"),
            (13, "th"),
            (21, "st"),
            (101, "st"),
            (111, "th"),
        ] {
            assert_eq!(ordinal_suffix(n), suffix, "{n}");
        }
    }
}
