//! The words the noun guess (`noun.rs`) reads: words that end a noun phrase, words that may
//! lead one, and the "of (the)" before a noun. Plurals and verb forms are word rules of the
//! language ([`super::english`]).

use super::numbers::is_number_word;
use crate::text::{in_sorted, is_space_byte, phrase_word_end, skip_spaces};

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

/// Words that may lead a noun phrase even though they are stop words elsewhere: "eight other
/// regions", "the five most polluted cities".
pub(crate) const LEADING_ADJECTIVES: &[&str] = &["other", "more", "most", "least"];

/// Words that look like nouns after a figure but are none: "three times" counts occurrences,
/// "the 2 means" is a verb. Sorted, lowercase, matched in lower case only.
pub(crate) const NOT_NOUNS: &[&str] = &["means", "times"];

/// Words in -s that are no plural head when a plural follows: "12 doubles titles", "five
/// newly confirmed measles cases", "three news agencies". Sorted, lowercase.
pub(crate) const NON_HEAD_PLURALS: &[&str] = &[
    "arms",
    "athletics",
    "customs",
    "diabetes",
    "doubles",
    "economics",
    "goods",
    "measles",
    "mumps",
    "news",
    "politics",
    "rabies",
    "savings",
    "series",
    "singles",
    "sports",
];

/// Verbs of a forecast whose subject a figure's noun can be, with the noun of the figure
/// left out: "fewer than the 180,000 economists had forecast" (the 180,000 are jobs).
/// Sorted, lowercase.
pub(crate) const FORECAST_VERBS: &[&str] = &[
    "anticipated",
    "estimated",
    "expected",
    "forecast",
    "forecasted",
    "predicted",
    "projected",
];

/// Auxiliaries and the words of a poll that may stand between the forecasters and their
/// verb: "economists had forecast", "analysts have forecast" (a passive "are expected" keeps its noun). Sorted.
pub(crate) const FORECAST_AUXILIARIES: &[&str] = &["had", "have"];

/// What may follow a forecast verb whose object is left out: nothing, or a word that opens
/// the next clause or a phrase of time or place. Sorted.
pub(crate) const AFTER_ELIDED: &[&str] = &["and", "but", "for", "in", "on", "while"];

/// The words that may stand between "of" and the figure of a whole instead of "the": "one of
/// its 12 ships". Sorted.
pub(crate) const WHOLE_DETERMINERS: &[&str] = &[
    "her", "his", "its", "my", "our", "their", "these", "those", "your",
];

/// What may stand between a count and its noun: "126 of the Ukrainian drones", "38 of them",
/// "41 out of 64 drones".
pub(crate) const OF_LEADS: &[&str] = &["out of the ", "out of ", "of the ", "of "];

/// Where the noun phrase after a count ending at `after` starts: after the spaces at `after`
/// and an optional "of" or "of the", and past the figure of a whole ("one of the 12
/// hostages", "one out of five drones"). `None` when no space follows the claim.
pub(crate) fn phrase_start(text: &str, after: usize) -> Option<usize> {
    let i = skip_spaces(text, after);
    if i == after {
        return None;
    }
    Some(match of_lead_at(text, i) {
        Some(whole) => whole_figure_end(text, whole).unwrap_or(whole),
        None => i,
    })
}

/// Where the "of", "of the", "out of" or "out of the" after a count ending at `after` ends
/// ("126 of the Ukrainian drones"), when one follows after a space.
pub(crate) fn of_lead_end(text: &str, after: usize) -> Option<usize> {
    let i = skip_spaces(text, after);
    (i > after).then(|| of_lead_at(text, i)).flatten()
}

/// Where the row of [`OF_LEADS`] that starts at `i` ends.
fn of_lead_at(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    OF_LEADS.iter().find_map(|lead| {
        let head = bytes[i..].get(..lead.len())?;
        let same =
            |(&h, &l): (&u8, &u8)| h.eq_ignore_ascii_case(&l) || (l == b' ' && is_space_byte(h));
        head.iter()
            .zip(lead.as_bytes())
            .all(same)
            .then_some(i + lead.len())
    })
}

/// When the words at `at`, after an "of", begin with the figure of the whole ("12 hostages",
/// "five drones", "the town's 1,113 structures" after "of"), where the words after that
/// figure start (where it ends, when no space follows it).
pub(crate) fn whole_figure_end(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = at;
    // "358 of the town's 1,113 structures", "one of its 12 ships": a possessive before the
    // whole's figure.
    let word = phrase_word_end(text, i);
    let possessive = text[i..word].ends_with("'s") || in_sorted(WHOLE_DETERMINERS, &text[i..word]);
    if word > i && possessive && bytes.get(word).is_some_and(|&b| is_space_byte(b)) {
        i = word + 1;
    }
    let digits = bytes[i..]
        .iter()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b',' | b'.'))
        .count();
    crate::work::add(digits + 1);
    let end = if digits > 0 {
        i + digits
    } else {
        let word = phrase_word_end(text, i);
        if !is_number_word(&text[i..word]) {
            return None;
        }
        word
    };
    match bytes.get(end) {
        Some(&b) if is_space_byte(b) => Some(end + 1),
        // "one of 12." ends the phrase: no noun follows.
        Some(b) if b.is_ascii_alphanumeric() => None,
        _ => Some(end),
    }
}

/// Words after which a bare figure is an age in years, outside the claim's span: "aged 65
/// and over", "aged six to 12" ("age 5" is a unit before its figure, in the span). Sorted,
/// lowercase.
pub(crate) const AGE_WORDS_BEFORE: &[&str] = &["aged"];

/// Nouns of people after which "under" or "over" and a bare figure state an age: "voters
/// under 30", "those over 65". Sorted, lowercase.
pub(crate) const AGE_NOUNS_BEFORE: &[&str] = &[
    "adults", "anyone", "boys", "children", "everyone", "girls", "kids", "men", "people", "those",
    "voters", "women",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_tables_are_sorted_and_lowercase() {
        crate::vocab::assert_sorted_lowercase(&[
            STOP_WORDS,
            NOT_NOUNS,
            NON_HEAD_PLURALS,
            FORECAST_VERBS,
            FORECAST_AUXILIARIES,
            AFTER_ELIDED,
            WHOLE_DETERMINERS,
            AGE_WORDS_BEFORE,
            AGE_NOUNS_BEFORE,
        ]);
    }
}
