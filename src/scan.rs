//! The scanner: where in a text a claim may start.
//!
//! Running the grammar at every byte would be slow and, on long digit runs, quadratic. The
//! scanner instead proposes only word starts that can begin a claim: a digit; a sign or
//! decimal point before a digit; `~`; a currency sign; a word from the grammar's own tables
//! (number words, ordinals, fractions, vague amounts); or a qualifier word ("at", "more", "some", "between", "USD") when a figure begins within the
//! next few words. A word start is a position not preceded by a letter or digit, so "G7" and
//! "F16" are never proposed.
//!
//! [`candidates`] exposes the scan on its own, for callers that want to know where figures
//! may be without parsing them, and for benchmarks of this stage.
//!
//! ```
//! use numeric_claims::scan::candidates;
//!
//! let text = "at least 337 drones in G7 states";
//! let starts: Vec<usize> = candidates(text).collect();
//! assert_eq!(starts, [0, 9]); // "at" (a figure follows), "337"; never the 7 of "G7"
//! ```

use std::sync::OnceLock;

use crate::parse::lexicon::key;

/// Currency signs that may start a claim.
const CURRENCY_SIGNS: &[char] = &['$', '€', '£', '₴', '₽', '¥', '₹'];

/// Word classes: a word that is part of a figure, and a word that may open a claim before
/// its figure.
const FIGURE: u8 = 1;
const QUALIFIER: u8 = 2;

/// How far after a qualifier word a figure must begin for the grammar to be tried there.
/// The longest qualifier, "a little more than", with its spaces and an "a" after it, fits
/// with room to spare.
const FIGURE_WINDOW: usize = 64;

/// The longest lead word, in letters; longer words are never looked up.
const MAX_LEAD: usize = 16;

/// The lead words and their classes: an open-addressing hash table keyed by
/// [`crate::parse::lexicon::key`], and a filter by first letter and length that settles most
/// ordinary words ("the", "and", "was") before any hashing.
struct WordTable {
    keys: Vec<u128>,
    classes: Vec<u8>,
    /// For each letter, bit `n` is set when some lead word of `n` letters starts with it.
    lengths: [u32; 26],
}

impl WordTable {
    const BITS: u32 = 10;

    fn slot(k: u128) -> usize {
        let folded = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - Self::BITS)) as usize
    }

    fn build() -> WordTable {
        let words = crate::parse::lead_words();
        let size = 1 << Self::BITS;
        let mut table = WordTable {
            keys: vec![0; size],
            classes: vec![0; size],
            lengths: [0; 26],
        };
        let entries = words
            .figures
            .iter()
            .map(|w| (w, FIGURE))
            .chain(words.qualifiers.iter().map(|w| (w, QUALIFIER)));
        for (word, class) in entries {
            let Some(k) = key(word.as_bytes()).filter(|_| word.len() <= MAX_LEAD) else {
                continue;
            };
            let mut i = Self::slot(k);
            while table.keys[i] != 0 && table.keys[i] != k {
                i = (i + 1) & (size - 1);
            }
            table.keys[i] = k;
            table.classes[i] |= class;
            table.lengths[usize::from(word.as_bytes()[0] - b'a')] |= 1 << word.len();
        }
        table
    }

    /// The classes of the ASCII letters `word` (0 when it is no lead word).
    fn class(&self, word: &[u8]) -> u8 {
        let len = word.len();
        let first = usize::from((word[0] | 0x20).wrapping_sub(b'a'));
        if len > MAX_LEAD || first >= 26 || self.lengths[first] & (1 << len) == 0 {
            return 0;
        }
        let Some(k) = key(word) else {
            return 0;
        };
        let mask = self.keys.len() - 1;
        let mut i = Self::slot(k);
        loop {
            match self.keys[i] {
                0 => return 0,
                found if found == k => return self.classes[i],
                _ => i = (i + 1) & mask,
            }
        }
    }
}

fn table() -> &'static WordTable {
    static TABLE: OnceLock<WordTable> = OnceLock::new();
    TABLE.get_or_init(WordTable::build)
}

/// Whether the character ending at byte `i` of `text` is a letter or digit.
#[inline]
pub(crate) fn word_char_before(text: &str, i: usize) -> bool {
    match i.checked_sub(1).map(|j| text.as_bytes()[j]) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric() || b == b'_',
        Some(_) => text[..i]
            .chars()
            .next_back()
            .is_some_and(crate::parse::is_word_char),
    }
}

/// The end of the run of ASCII letters starting at `i`.
fn letters_end(bytes: &[u8], i: usize) -> usize {
    i + bytes[i..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count()
}

/// The scan's state: the qualifier words seen recently, so that one pass finds both the
/// figures and the qualifiers that a figure follows closely enough.
#[derive(Debug, Clone, Default)]
pub(crate) struct Scanner {
    /// Start and end of recent qualifier words, oldest first; only those whose end lies
    /// within [`FIGURE_WINDOW`] bytes of the scan position matter.
    pending: [(usize, usize); 8],
    pending_len: usize,
}

impl Scanner {
    fn remember(&mut self, start: usize, end: usize) {
        if self.pending_len == self.pending.len() {
            self.pending.copy_within(1.., 0);
            self.pending_len -= 1;
        }
        self.pending[self.pending_len] = (start, end);
        self.pending_len += 1;
    }

    /// A figure token starts at `at`: the earliest remembered qualifier close enough before
    /// it, or `at` itself.
    fn claim_start(&mut self, at: usize) -> usize {
        let close = self.pending[..self.pending_len]
            .iter()
            .find(|&&(_, end)| at < end + FIGURE_WINDOW)
            .map_or(at, |&(start, _)| start);
        self.pending_len = 0;
        close
    }

    /// The first byte offset at or after `from` where a claim may start, if any.
    pub(crate) fn next_candidate(&mut self, text: &str, from: usize) -> Option<usize> {
        // Qualifiers remembered before `from` were already offered or passed over.
        self.pending_len = 0;
        let bytes = text.as_bytes();
        let table = table();
        let mut i = from;
        while i < bytes.len() {
            let b = bytes[i];
            match BYTES[usize::from(b)] {
                OTHER => i += 1,
                LETTER => {
                    let mut end = i + 1;
                    while end < bytes.len() && BYTES[usize::from(bytes[end])] == LETTER {
                        end += 1;
                    }
                    if !word_char_before(text, i) {
                        let class = table.class(&bytes[i..end]);
                        if class & FIGURE != 0 {
                            return Some(self.claim_start(i));
                        }
                        if class & QUALIFIER != 0 {
                            self.remember(i, end);
                        }
                    }
                    i = end;
                }
                DIGIT => {
                    if !word_char_before(text, i) {
                        return Some(self.claim_start(i));
                    }
                    // Digits inside a word ("G7", "3D", "v2.3.1") are skipped with the token.
                    i = skip_token(text, i);
                }
                SIGN => {
                    let before_digit = bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
                    if (before_digit || matches!(b, b'~' | b'$')) && !word_char_before(text, i) {
                        return Some(self.claim_start(i));
                    }
                    i += 1;
                }
                _ => {
                    // A non-ASCII character: only a currency sign can start a claim.
                    if text.is_char_boundary(i)
                        && text[i..].starts_with(CURRENCY_SIGNS)
                        && !word_char_before(text, i)
                    {
                        return Some(self.claim_start(i));
                    }
                    i += 1;
                }
            }
        }
        None
    }
}

/// What a byte can begin, for the scan's dispatch.
const OTHER: u8 = 0;
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
/// `-`, `+`, `.` (a sign or point before a digit), `~` and `$`.
const SIGN: u8 = 3;
/// A byte of a non-ASCII character.
const HIGH: u8 = 4;

static BYTES: [u8; 256] = {
    let mut classes = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        classes[b] = if byte.is_ascii_alphabetic() {
            LETTER
        } else if byte.is_ascii_digit() {
            DIGIT
        } else if matches!(byte, b'-' | b'+' | b'.' | b'~' | b'$') {
            SIGN
        } else if byte >= 0x80 {
            HIGH
        } else {
            OTHER
        };
        b += 1;
    }
    classes
};

/// The byte offsets where a claim may start, in order, on normalized text.
///
/// Each offset is then only a candidate: the grammar decides whether a claim starts there.
/// The scan skips each candidate's word or numeric token before looking for the next one.
#[must_use]
pub fn candidates(text: &str) -> Candidates<'_> {
    Candidates {
        text,
        pos: 0,
        scanner: Scanner::default(),
    }
}

/// The iterator returned by [`candidates`].
#[derive(Debug, Clone)]
pub struct Candidates<'a> {
    text: &'a str,
    pos: usize,
    scanner: Scanner,
}

impl Iterator for Candidates<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let start = self.scanner.next_candidate(self.text, self.pos)?;
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
