//! The counted noun phrase after a count: "337 drones", "126 of the Ukrainian drones".
//!
//! The phrase is read from the words right after the claim: an optional "of" or "of the",
//! then up to four words, stopping at punctuation, at a function word (preposition,
//! conjunction, pronoun, auxiliary verb, article), at an adverb in -ly, or at a past
//! participle or gerund that ends the phrase ("the 472 drones launched"). When one of the
//! words is a plural noun, the phrase ends with it ("eight other regions"). A figure that
//! stands alone ("382 were intercepted", "38 of them") has no noun.

use crate::span::Span;

/// Words that end a noun phrase. Sorted, lowercase, for binary search.
const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "across", "after", "against", "ago", "along", "also", "am", "among",
    "an", "and", "are", "around", "as", "at", "be", "because", "been", "before", "behind", "being",
    "below", "between", "beyond", "both", "but", "by", "can", "could", "did", "do", "does", "down",
    "during", "each", "either", "else", "every", "for", "from", "had", "has", "have", "he", "her",
    "here", "him", "his", "how", "i", "if", "in", "inside", "into", "is", "it", "its", "just",
    "least", "less", "may", "me", "might", "more", "most", "much", "must", "my", "near", "neither",
    "no", "nor", "not", "of", "off", "on", "one", "ones", "only", "onto", "or", "other", "others",
    "our", "out", "outside", "over", "per", "should", "since", "so", "some", "such", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "though",
    "through", "to", "toward", "towards", "under", "until", "up", "upon", "us", "versus", "via",
    "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom",
    "whose", "will", "with", "within", "without", "would", "yet", "you",
];

/// Words that may lead a noun phrase even though they are stop words elsewhere.
const LEADING_ADJECTIVES: &[&str] = &["other", "more"];

fn is_stop(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    STOP_WORDS.binary_search(&lower.as_str()).is_ok()
}

/// A word of a noun phrase: letters, digits, and inner hyphens or apostrophes ("F-16s",
/// "fiber-optic", "Russia's"). Returns its end.
fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner =
            matches!(c, '-' | '\'') && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || (inner && i > 0) {
            end = start + i + c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// Plural nouns that do not end in -s.
const IRREGULAR_PLURALS: &[&str] = &[
    "cattle",
    "children",
    "crew",
    "feet",
    "geese",
    "men",
    "mice",
    "people",
    "personnel",
    "police",
    "sheep",
    "staff",
    "teeth",
    "women",
];

/// Whether `word` looks like a plural noun ("drones", "UAVs", "F-16s", "people").
fn is_plural(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    if IRREGULAR_PLURALS.binary_search(&lower.as_str()).is_ok() {
        return true;
    }
    lower.len() > 2
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
        && !lower.ends_with("'s")
}

/// Whether `word` reads as a verb form or adverb that ends a phrase when nothing follows it.
fn is_verbal(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    lower.len() > 4 && (lower.ends_with("ed") || lower.ends_with("ing") || lower.ends_with("ly"))
}

/// The noun phrase counted by the claim ending at `after`, as a span of `text`.
pub(crate) fn counted_noun(text: &str, after: usize) -> Option<Span> {
    let skip_spaces = |i: usize| i + text[i..].bytes().take_while(|&b| b == b' ').count();
    let mut i = skip_spaces(after);
    if i == after {
        return None;
    }
    // "126 of the Ukrainian drones": the noun follows "of" or "of the".
    for lead in ["of the ", "of "] {
        let head = text.as_bytes()[i..].get(..lead.len());
        if head.is_some_and(|h| h.eq_ignore_ascii_case(lead.as_bytes())) {
            i += lead.len();
            break;
        }
    }
    let start = i;
    let mut words: Vec<(usize, usize)> = Vec::with_capacity(4);
    while words.len() < 4 {
        let end = word_end(text, i);
        if end == i {
            break;
        }
        let w = &text[i..end];
        let leading =
            words.is_empty() && LEADING_ADJECTIVES.contains(&w.to_ascii_lowercase().as_str());
        if (is_stop(w) && !leading) || (is_verbal(w) && !words.is_empty()) {
            break;
        }
        words.push((i, end));
        if is_plural(w) {
            break;
        }
        // Words continue only across single spaces.
        if text.as_bytes().get(end) != Some(&b' ') {
            break;
        }
        i = end + 1;
    }
    // A participle, gerund or adverb cannot end a noun phrase: "one based in the air".
    while let Some(&(s, e)) = words.last() {
        if is_verbal(&text[s..e]) && !is_plural(&text[s..e]) {
            words.pop();
        } else {
            break;
        }
    }
    let &(_, end) = words.last()?;
    if words.len() == 1
        && LEADING_ADJECTIVES.contains(&text[start..end].to_ascii_lowercase().as_str())
    {
        return None;
    }
    Some(Span::new(start, end))
}
