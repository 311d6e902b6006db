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
use crate::text::{in_sorted, is_space_byte, next_phrase_word, phrase_word_end};
use crate::vocab::lang::Morphology;
use crate::vocab::nouns::{LEADING_ADJECTIVES, STOP_WORDS, phrase_start};

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
        let end = phrase_word_end(text, i);
        if end == i {
            break;
        }
        let w = &text[i..end];
        let leading = count == 0 && is_leading_adjective(w);
        let verb = count > 0
            && ((words_of.is_verb_form)(w, next_phrase_word(text, end).0)
                || (words_of.is_irregular_past)(w));
        if (in_sorted(STOP_WORDS, w) && !leading) || verb {
            break;
        }
        words[count] = (i, end);
        count += 1;
        // Words continue only across single spaces.
        if (words_of.is_plural)(w) || !text.as_bytes().get(end).is_some_and(|&b| is_space_byte(b)) {
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
    Some(Span::new(start, end))
}
