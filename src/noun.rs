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
const LEADING_ADJECTIVES: &[&str] = &["other", "more"];

/// Whether the sorted lowercase `list` holds `word`, in any case, without allocating.
fn in_sorted(list: &[&str], word: &str) -> bool {
    let lower = |b: u8| b.to_ascii_lowercase();
    list.binary_search_by(|w| w.bytes().cmp(word.bytes().map(lower)))
        .is_ok()
}

fn is_stop(word: &str) -> bool {
    in_sorted(STOP_WORDS, word)
}

/// Whether `word` ends with the lowercase `suffix`, in any case.
fn ends_with(word: &str, suffix: &str) -> bool {
    word.len() >= suffix.len()
        && word.as_bytes()[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

fn is_leading_adjective(word: &str) -> bool {
    LEADING_ADJECTIVES
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
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

/// Whether `word` looks like a plural noun ("drones", "UAVs", "F-16s", "people").
fn is_plural(word: &str) -> bool {
    if in_sorted(IRREGULAR_PLURALS, word) {
        return true;
    }
    word.len() > 2
        && ends_with(word, "s")
        && !["ss", "us", "is", "'s"]
            .iter()
            .any(|end| ends_with(word, end))
}

/// Whether `word` reads as a verb form or adverb that ends a phrase when nothing follows it.
fn is_verbal(word: &str) -> bool {
    word.len() > 4 && ["ed", "ing", "ly"].iter().any(|end| ends_with(word, end))
}

/// The noun phrase counted by the claim ending at `after`, as a span of `text`. When the
/// count is not one (`plural`), the phrase must end in a plural noun: "the other eleven
/// remain" counts no noun.
pub(crate) fn counted_noun(text: &str, after: usize, plural: bool) -> Option<Span> {
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
            // "one of the 12 hostages": the figure of the whole is no part of the noun.
            let figure = text.as_bytes()[i..]
                .iter()
                .take_while(|b| b.is_ascii_digit() || matches!(b, b',' | b'.'))
                .count();
            if figure > 0 && text.as_bytes().get(i + figure) == Some(&b' ') {
                i += figure + 1;
            }
            break;
        }
    }
    let start = i;
    // At most four words, kept on the stack: nothing is allocated per claim.
    let mut words = [(0usize, 0usize); 4];
    let mut count = 0;
    while count < words.len() {
        let end = word_end(text, i);
        if end == i {
            break;
        }
        let w = &text[i..end];
        let leading = count == 0 && is_leading_adjective(w);
        if (is_stop(w) && !leading) || (is_verbal(w) && count > 0) {
            break;
        }
        words[count] = (i, end);
        count += 1;
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
    while count > 0 {
        let (s, e) = words[count - 1];
        if is_verbal(&text[s..e]) && !is_plural(&text[s..e]) {
            count -= 1;
        } else {
            break;
        }
    }
    let (head, end) = words[..count].last().copied()?;
    if count == 1 && is_leading_adjective(&text[start..end]) {
        return None;
    }
    if plural && !is_plural(&text[head..end]) {
        return None;
    }
    Some(Span::new(start, end))
}
