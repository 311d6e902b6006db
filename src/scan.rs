//! The scanner: where in a text a claim may start.
//!
//! Running the grammar at every byte would be slow and, on long digit runs, quadratic. The
//! scanner instead proposes only word starts that can begin a claim: a digit; a sign or
//! decimal point before a digit; `~`; a currency sign; or a word from the grammar's own tables
//! (qualifiers, number words, ordinals, fractions, vague amounts, currency codes; see
//! [`crate::parse::lead_words`]). A word start is a position not preceded by a letter or
//! digit, so "G7" and "F16" are never proposed.
//!
//! [`candidates`] exposes the scan on its own, for callers that want to know where figures
//! may be without parsing them, and for benchmarks of this stage.
//!
//! ```
//! use numeric_claims::scan::candidates;
//!
//! let text = "at least 337 drones in G7 states";
//! let starts: Vec<usize> = candidates(text).collect();
//! assert_eq!(starts, [0, 9, 20]); // "at", "337", "in"; never the 7 of "G7"
//! ```

use std::sync::OnceLock;

/// Currency signs that may start a claim.
const CURRENCY_SIGNS: &[char] = &['$', '€', '£', '₴', '₽', '¥', '₹'];

/// The longest lead word, in bytes; longer words are never looked up.
const MAX_LEAD: usize = 16;

fn lead_words() -> &'static [String] {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS.get_or_init(crate::parse::lead_words)
}

/// Whether `word` (ASCII letters) is in the lead word table, ignoring case.
fn is_lead_word(word: &[u8]) -> bool {
    if word.len() > MAX_LEAD {
        return false;
    }
    let mut buf = [0u8; MAX_LEAD];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    lead_words()
        .binary_search_by(|w| w.as_bytes().cmp(lower))
        .is_ok()
}

/// Whether the character ending at byte `i` of `text` is a letter or digit.
pub(crate) fn word_char_before(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_some_and(crate::parse::is_word_char)
}

/// The end of the run of ASCII letters starting at `i`.
fn letters_end(bytes: &[u8], i: usize) -> usize {
    i + bytes[i..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count()
}

/// The first byte offset at or after `from` where a claim may start, if any.
pub(crate) fn next_candidate(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphabetic() {
            let end = letters_end(bytes, i);
            if !word_char_before(text, i) && is_lead_word(&bytes[i..end]) {
                return Some(i);
            }
            i = end;
            continue;
        }
        let starts = match b {
            b'0'..=b'9' => true,
            b'-' | b'+' | b'.' => bytes.get(i + 1).is_some_and(u8::is_ascii_digit),
            b'~' | b'$' => true,
            0x80.. => text.is_char_boundary(i) && text[i..].starts_with(CURRENCY_SIGNS),
            _ => false,
        };
        if starts && !word_char_before(text, i) {
            return Some(i);
        }
        if b.is_ascii_digit() {
            // Digits inside a word ("G7", "3D", "v2.3.1") are skipped with the whole token.
            i = skip_token(text, i);
            continue;
        }
        i += 1;
    }
    None
}

/// The byte offsets where a claim may start, in order, on normalized text.
///
/// Each offset is then only a candidate: the grammar decides whether a claim starts there.
/// The scan skips each candidate's word or numeric token before looking for the next one.
#[must_use]
pub fn candidates(text: &str) -> Candidates<'_> {
    Candidates { text, pos: 0 }
}

/// The iterator returned by [`candidates`].
#[derive(Debug, Clone)]
pub struct Candidates<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for Candidates<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let start = next_candidate(self.text, self.pos)?;
        self.pos = skip_token(self.text, start);
        Some(start)
    }
}

/// Where to look next after the grammar failed at `start`: past the whole numeric token
/// (digits with their separators, points and signs, and letters stuck to them) or past the
/// word, so that no long digit run is parsed again from each of its groups. A space is
/// crossed only inside a run of space-separated three-digit groups.
pub(crate) fn skip_token(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    if bytes[start].is_ascii_alphabetic() {
        return letters_end(bytes, start);
    }
    let mut i = start;
    let mut only_digits_and_spaces = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b' ' {
            let group = bytes.len() >= i + 4
                && bytes[i + 1..i + 4].iter().all(u8::is_ascii_digit)
                && !bytes.get(i + 4).is_some_and(u8::is_ascii_digit);
            if !(only_digits_and_spaces && group) {
                break;
            }
        } else if b.is_ascii_alphanumeric()
            || matches!(b, b',' | b'.' | b'-' | b'+' | b'/' | b':' | b'_' | b'\'')
        {
            only_digits_and_spaces &= b.is_ascii_digit();
        } else {
            break;
        }
        i += 1;
    }
    // Always make progress, even past a multi-byte character.
    if i == start {
        i += text[start..].chars().next().map_or(1, char::len_utf8);
    }
    i
}

/// The end of the letters and digits stuck to the end of a claim at `end` ("F-16s").
pub(crate) fn token_end(text: &str, end: usize) -> usize {
    end + text.as_bytes()[end..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count()
}
