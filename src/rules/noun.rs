//! The counted noun phrase after a count: "337 drones", "126 of the Ukrainian drones".
//!
//! The phrase is read from the words right after the claim, on the claim's line: an optional
//! "of" or "of the", then up to four words, stopping at punctuation, at a function word
//! (preposition, conjunction, pronoun, auxiliary verb, article), at a verb form or adverb
//! after the first word ("the 472 drones launched", "one family fled"), and never ending on
//! a verb form ("one based in the air"). When one of the words is a plural noun, the phrase
//! ends with it ("eight other regions"). A figure that stands alone ("382 were intercepted",
//! "38 of them") has no noun. The words are rows of [`crate::vocab::nouns`].

use crate::span::Span;
use crate::text::{
    ends_with_ignore_case, in_sorted, is_space_byte, next_phrase_word, phrase_word_end,
};
use crate::vocab::lang::Morphology;
use crate::vocab::nouns::{
    AFTER_ELIDED, FORECAST_AUXILIARIES, FORECAST_VERBS, LEADING_ADJECTIVES, NON_HEAD_PLURALS,
    NOT_NOUNS, STOP_WORDS, phrase_start,
};

/// Where a dotted abbreviation of capitals starting at `start` ends ("U.N.", "U.S."), if
/// one does: two or more capitals, each with its point.
pub(crate) fn dotted_abbreviation_end(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = start;
    while bytes.get(i).is_some_and(u8::is_ascii_uppercase) && bytes.get(i + 1) == Some(&b'.') {
        i += 2;
    }
    (i - start >= 4).then_some(i)
}

/// Where the word of a noun phrase at `start` ends: a word, or a dotted abbreviation.
fn noun_word_end(text: &str, start: usize) -> usize {
    dotted_abbreviation_end(text, start).unwrap_or_else(|| phrase_word_end(text, start))
}

/// Whether the word at `at` is a plural that, in a row of [`NON_HEAD_PLURALS`], leads the
/// plural after it: "doubles titles", "measles cases".
fn leads_a_plural(text: &str, word: &str, end: usize, words_of: &Morphology) -> bool {
    if !in_sorted(NON_HEAD_PLURALS, word) || text.as_bytes().get(end) != Some(&b' ') {
        return false;
    }
    let (next, _) = next_phrase_word(text, end);
    next.bytes().all(|b| b.is_ascii_lowercase()) && (words_of.is_plural)(next)
}

/// Whether the words after a noun phrase ending at `end` make its noun the subject of a
/// forecast whose object is left out: "the 180,000 economists had forecast", "the 2,000
/// analysts expected.": the figure counts what was forecast, not the forecasters.
fn forecasters(text: &str, end: usize) -> bool {
    let (mut word, mut at) = next_phrase_word(text, end);
    if in_sorted(FORECAST_AUXILIARIES, word) {
        (word, at) = next_phrase_word(text, at);
    }
    if !in_sorted(FORECAST_VERBS, word) {
        return false;
    }
    let (next, _) = next_phrase_word(text, at);
    next.is_empty() || in_sorted(AFTER_ELIDED, next)
}

fn is_leading_adjective(word: &str) -> bool {
    LEADING_ADJECTIVES
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// The words of the phrase from `start`, at most four, kept on the stack: nothing is
/// allocated per claim. Returns them and how many there are.
fn phrase_words(text: &str, start: usize, words_of: &Morphology) -> ([(usize, usize); 4], usize) {
    let mut words = [(0usize, 0usize); 4];
    let mut count = 0;
    let mut i = start;
    while count < words.len() {
        let end = noun_word_end(text, i);
        if end == i {
            break;
        }
        let w = &text[i..end];
        let leading = count == 0 && is_leading_adjective(w);
        // A participle after an adverb qualifies the noun: "newly confirmed", "most polluted"
        // (but "one family fled": "family" is a noun, "fled" a past tense).
        let after_adverb = count > 0 && {
            let (s, e) = words[count - 1];
            let previous = &text[s..e];
            (ends_with_ignore_case(previous, "ly") && (words_of.is_verb_form)(previous, ""))
                || is_leading_adjective(previous)
        };
        let verb = count > 0
            && (((words_of.is_verb_form)(w, next_phrase_word(text, end).0) && !after_adverb)
                || (words_of.is_irregular_past)(w));
        if (in_sorted(STOP_WORDS, w) && !leading) || verb {
            break;
        }
        words[count] = (i, end);
        count += 1;
        // Words continue only across single spaces.
        let head = (words_of.is_plural)(w) && !leads_a_plural(text, w, end, words_of);
        if head || !text.as_bytes().get(end).is_some_and(|&b| is_space_byte(b)) {
            break;
        }
        i = end + 1;
    }
    (words, count)
}

/// The noun phrase counted by the claim ending at `after`, as a span of `text` (one line).
/// When the count is not one (`plural`), the phrase must end in a plural noun: "the other
/// eleven remain" counts no noun. What is a plural or a verb form is the language's rule
/// (`words_of`).
pub(crate) fn counted_noun(
    text: &str,
    after: usize,
    plural: bool,
    words_of: &Morphology,
) -> Option<Span> {
    let start = phrase_start(text, after)?;
    // "three times", "the 2 means": a word that looks like a noun and is none.
    let first = &text[start..phrase_word_end(text, start)];
    if NOT_NOUNS.contains(&first) {
        return None;
    }
    let (words, mut count) = phrase_words(text, start, words_of);
    // A verb form or adverb cannot end a noun phrase: "one based in the air".
    while count > 0 {
        let (s, e) = words[count - 1];
        let w = &text[s..e];
        if (words_of.is_verb_form)(w, next_phrase_word(text, e).0) && !(words_of.is_plural)(w) {
            count -= 1;
        } else {
            break;
        }
    }
    let (head, end) = words[..count].last().copied()?;
    if count == 1 && is_leading_adjective(&text[start..end]) {
        return None;
    }
    if plural && !(words_of.is_plural)(&text[head..end]) {
        return None;
    }
    if forecasters(text, end) {
        return None;
    }
    Some(Span::new(start, end))
}
