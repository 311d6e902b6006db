//! The one index over the word tables, and the one "longest row wins" lookup.
//!
//! A [`Lexicon`] is a table of `(phrase, value)` rows indexed by the first word of each
//! phrase, so a lookup costs one hash probe instead of one comparison per row. The scanner
//! uses it to ask "is this word a lead word?", the grammar to ask "which row does the input
//! start with?". The tables themselves stay plain lists of rows; the index is built from them
//! on first use.

use std::sync::OnceLock;

use crate::text::letters_len;

/// The longest word an index holds, in letters; longer words are never looked up.
const MAX_WORD: usize = 16;

/// A word of up to 16 ASCII letters, lowercased and packed into an integer; `None` for
/// anything else. Phrases that begin with a symbol ("%", "~", "°C") are filed under
/// [`symbol_key`] of their first byte instead.
#[inline(always)]
fn key(word: &[u8]) -> Option<u128> {
    if word.len() > MAX_WORD || !word.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    Some(
        word.iter()
            .fold(0u128, |k, b| (k << 8) | u128::from(b.to_ascii_lowercase())),
    )
}

/// The key of the phrases that begin with the byte `b`, a symbol: no word packs to it, since
/// its top bit is set.
#[inline(always)]
fn symbol_key(b: u8) -> u128 {
    (1 << 127) | u128::from(b)
}

/// The key of an empty slot: no word packs to it, since a packed word's bytes are letters.
const EMPTY: u128 = u128::MAX;

/// An open-addressing hash map from word keys to lists of row numbers, with a filter by
/// first two letters and length that settles most ordinary words ("the", "and", "was")
/// before any hashing.
#[derive(Debug)]
struct Index {
    /// The key of each slot, or [`EMPTY`].
    keys: Vec<u128>,
    /// For each slot, where its rows start in `rows` and how many there are.
    spans: Vec<(u32, u32)>,
    rows: Vec<u16>,
    /// log2 of the number of slots.
    bits: u32,
    /// For each pair of first letters (see [`pair`]), bit `n` is set when some key of `n`
    /// letters starts with them: most words of running text ("the", "and", "was") are
    /// turned away here, before any hashing.
    lengths: [u32; PAIRS],
    /// Whether some row begins with the symbol byte `b`: most inputs that begin with no
    /// letter (a digit) are turned away here, before any hashing.
    symbols: [bool; 256],
    /// Whether some row begins with the byte `b`, in either case for a letter: the first
    /// byte of an input turns most lookups away ("337" asks no word table anything).
    initials: [bool; 256],
}

/// Pairs of first letters: 26 first letters, each followed by one of 26 letters or by
/// nothing (a word of one letter).
const PAIRS: usize = 26 * 27;

/// The slot of a word's first two bytes in [`Index::lengths`], if both are ASCII letters
/// (`second` is `None` for a word of one letter).
#[inline(always)]
fn pair(first: u8, second: Option<u8>) -> Option<usize> {
    let letter = |b: u8| {
        let i = usize::from((b | 0x20).wrapping_sub(b'a'));
        (i < 26).then_some(i)
    };
    let second = match second {
        Some(b) => letter(b)?,
        None => 26,
    };
    Some(letter(first)? * 27 + second)
}

impl Index {
    /// Indexes `row_keys[i]` → `i` for every row; rows with equal keys keep table order.
    fn new(row_keys: &[u128]) -> Index {
        let size = (row_keys.len() * 2 + 2).next_power_of_two();
        let mut order: Vec<usize> = (0..row_keys.len()).collect();
        order.sort_by_key(|&r| row_keys[r]);
        let mut index = Index {
            keys: vec![EMPTY; size],
            spans: vec![(0, 0); size],
            rows: Vec::with_capacity(row_keys.len()),
            bits: size.trailing_zeros(),
            lengths: [0; PAIRS],
            symbols: [false; 256],
            initials: [false; 256],
        };
        for group in order.chunk_by(|&a, &b| row_keys[a] == row_keys[b]) {
            let k = row_keys[group[0]];
            let mut i = index.slot(k);
            while index.keys[i] != EMPTY {
                i = (i + 1) & (size - 1);
            }
            let start = u32::try_from(index.rows.len()).expect("tables have few rows");
            let len = u32::try_from(group.len()).expect("tables have few rows");
            index.keys[i] = k;
            index.spans[i] = (start, len);
            index
                .rows
                .extend(group.iter().map(|&r| u16::try_from(r).expect("few rows")));
            if k >> 127 == 1 {
                // A symbol key holds its byte in the low bits.
                index.symbols[usize::from(k as u8)] = true;
                index.initials[usize::from(k as u8)] = true;
            } else {
                let letters = (128 - k.leading_zeros()).div_ceil(8);
                let first = (k >> ((letters - 1) * 8)) as u8;
                let second = (letters >= 2).then(|| (k >> ((letters - 2) * 8)) as u8);
                let slot = pair(first, second).expect("a key's letters are ASCII letters");
                index.lengths[slot] |= 1 << letters;
                index.initials[usize::from(first.to_ascii_lowercase())] = true;
                index.initials[usize::from(first.to_ascii_uppercase())] = true;
            }
        }
        index
    }

    #[inline(always)]
    fn slot(&self, k: u128) -> usize {
        let folded = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - self.bits)) as usize
    }

    /// The rows filed under `k`, in table order.
    #[inline(always)]
    fn get(&self, k: u128) -> &[u16] {
        let mask = self.keys.len() - 1;
        let mut i = self.slot(k);
        loop {
            let found = self.keys[i];
            if found == k {
                let (start, len) = self.spans[i];
                return &self.rows[start as usize..(start + len) as usize];
            }
            if found == EMPTY {
                return &[];
            }
            i = (i + 1) & mask;
        }
    }

    /// The rows whose first word is the ASCII word `word` (letters only), in any case.
    #[inline(always)]
    fn word(&self, word: &[u8]) -> &[u16] {
        let len = word.len();
        if len > MAX_WORD {
            return &[];
        }
        match pair(word[0], word.get(1).copied()) {
            Some(slot) if self.lengths[slot] & (1 << len) != 0 => {}
            _ => return &[],
        }
        key(word).map_or(&[], |k| self.get(k))
    }
}

/// A table of `(phrase, value)` rows indexed by the first word of each phrase.
pub(crate) struct Lexicon<T: 'static> {
    table: fn() -> Vec<(&'static str, T)>,
    built: OnceLock<(Vec<(&'static str, T)>, Index)>,
}

impl<T: Copy + Send + Sync> Lexicon<T> {
    /// A lexicon over the rows `table` returns, in table order.
    pub(crate) const fn new(table: fn() -> Vec<(&'static str, T)>) -> Lexicon<T> {
        Lexicon {
            table,
            built: OnceLock::new(),
        }
    }

    #[inline]
    fn built(&self) -> &(Vec<(&'static str, T)>, Index) {
        self.built.get_or_init(|| {
            let rows = (self.table)();
            let keys: Vec<u128> = rows
                .iter()
                .map(|(p, _)| {
                    let bytes = p.as_bytes();
                    match letters_len(bytes) {
                        0 => symbol_key(bytes[0]),
                        n => key(&bytes[..n]).expect("a table's first word has 16 letters at most"),
                    }
                })
                .collect();
            let index = Index::new(&keys);
            (rows, index)
        })
    }

    /// The built table, for callers that look up many words in a row (the scanner).
    #[inline]
    pub(crate) fn words(&self) -> Words<'_, T> {
        let (rows, index) = self.built();
        Words { rows, index }
    }

    /// The row that `input` starts with and that leaves the least input after it: where one
    /// row is a prefix of another ("over", "over the"), the longer match wins. `fits` says
    /// whether a row matches and returns the input after it; a row that begins with a symbol
    /// ("%", "~", "$") is tried on the inputs that begin with the same byte.
    #[inline]
    pub(crate) fn longest<'a>(
        &self,
        input: &'a str,
        fits: impl FnMut(&'static str, T, &'a str) -> Option<&'a str>,
    ) -> Option<(&'a str, T)> {
        let (_, index) = self.built();
        let first = input.as_bytes().first()?;
        if !index.initials[usize::from(*first)] {
            return None;
        }
        self.longest_row(input, fits)
    }

    /// [`Lexicon::longest`] past its first-byte test.
    #[inline(never)]
    fn longest_row<'a>(
        &self,
        input: &'a str,
        mut fits: impl FnMut(&'static str, T, &'a str) -> Option<&'a str>,
    ) -> Option<(&'a str, T)> {
        let (rows, index) = self.built();
        let letters = letters_len(input.as_bytes());
        crate::work::add(letters + 1);
        let words: &[u16] = if letters == 0 {
            &[]
        } else {
            index.word(&input.as_bytes()[..letters])
        };
        let mut best: Option<(&'a str, T)> = None;
        // Rows that begin with a symbol are tried where the input begins with that symbol.
        let symbols: &[u16] = match input.as_bytes().first() {
            Some(&b) if letters == 0 && index.symbols[usize::from(b)] => index.get(symbol_key(b)),
            _ => &[],
        };
        for &r in words.iter().chain(symbols) {
            let (phrase, value) = rows[usize::from(r)];
            crate::work::add(phrase.len());
            if let Some(rest) = fits(phrase, value, input)
                && best.is_none_or(|(b, _)| rest.len() < b.len())
            {
                best = Some((rest, value));
            }
        }
        best
    }
}

/// A built [`Lexicon`], for word-by-word lookups.
#[derive(Clone, Copy)]
pub(crate) struct Words<'a, T: 'static> {
    rows: &'a [(&'static str, T)],
    index: &'a Index,
}

impl<'a, T> Words<'a, T> {
    /// The rows whose first word is exactly the ASCII letters `word`, in any case.
    #[inline(always)]
    pub(crate) fn word(self, word: &[u8]) -> impl Iterator<Item = &'a (&'static str, T)> {
        let rows = self.rows;
        self.index
            .word(word)
            .iter()
            .map(move |&r| &rows[usize::from(r)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static WORDS: Lexicon<u8> =
        Lexicon::new(|| vec![("over", 1), ("well over", 2), ("over the top", 3), ("~", 4)]);

    fn longest(input: &str) -> Option<(&str, u8)> {
        WORDS.longest(input, |phrase, _, input| {
            let head = input.get(..phrase.len())?;
            head.eq_ignore_ascii_case(phrase)
                .then(|| &input[phrase.len()..])
        })
    }

    #[test]
    fn the_longest_row_wins() {
        assert_eq!(longest("over 5"), Some((" 5", 1)));
        assert_eq!(longest("Over the top 5"), Some((" 5", 3)));
        assert_eq!(longest("well over 5"), Some((" 5", 2)));
        assert_eq!(longest("~5"), Some(("5", 4)));
        assert_eq!(longest("under 5"), None);
        assert_eq!(longest(""), None);
    }

    #[test]
    fn words_are_found_in_any_case_and_only_whole() {
        assert_eq!(WORDS.words().word(b"OVER").count(), 2);
        assert_eq!(WORDS.words().word(b"overs").count(), 0);
        assert_eq!(WORDS.words().word(b"well").count(), 1);
    }
}
