//! The one index over the word tables, and the one "longest row wins" lookup.
//!
//! A [`Lexicon`] is a table of `(phrase, value)` rows indexed by the first word of each
//! phrase, so a lookup costs one hash probe instead of one comparison per row. The scanner
//! uses it to ask "is this word a lead word?", the grammar to ask "which row does the input
//! start with?". The tables themselves stay plain lists of rows; the index is built from them
//! on first use.

use std::sync::OnceLock;

use crate::text::word_len;

/// The longest first word an index holds, in bytes of UTF-8; longer words are never looked
/// up.
const MAX_WORD: usize = 32;

/// A word's key: its first word in lower case, as UTF-8 bytes packed into four integers
/// (little-endian, zero-padded). Words of any script have one; a word longer than
/// [`MAX_WORD`] bytes has none. Phrases that begin with a symbol ("%", "~", "°C") are filed
/// under [`symbol_key`] of their first byte instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Key([u64; 4]);

impl Key {
    /// The key of the word `word`, in any case; `None` when it is empty or too long.
    #[inline(always)]
    fn of(word: &str) -> Option<Key> {
        Key::of_prefix(word, word.len())
    }

    /// The key of the word of `len` bytes that `text` starts with. Eight bytes are read at
    /// once where the text has them, and the bytes past the word masked off.
    #[inline(always)]
    fn of_prefix(text: &str, len: usize) -> Option<Key> {
        let bytes = text.as_bytes();
        if len == 0 || len > MAX_WORD || len > bytes.len() {
            return None;
        }
        // Setting bit 5 lowers an ASCII capital and maps no other byte onto a letter, so it
        // folds case without asking which bytes are letters.
        const CASE: u64 = 0x2020_2020_2020_2020;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let mut key = [0u64; 4];
        let mut high = 0;
        for (n, slot) in key.iter_mut().enumerate().take(len.div_ceil(8)) {
            let at = n * 8;
            let take = (len - at).min(8);
            let mask = if take == 8 {
                u64::MAX
            } else {
                (1 << (take * 8)) - 1
            };
            let x = match bytes.get(at..at + 8) {
                Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or([0; 8])),
                None => bytes[at..at + take]
                    .iter()
                    .rev()
                    .fold(0, |x, &b| (x << 8) | u64::from(b)),
            } & mask;
            high |= x & HIGH;
            *slot = x | (CASE & mask);
        }
        if high != 0 {
            return Key::of_unicode(&text[..len]);
        }
        Some(Key(key))
    }

    /// [`Key::of`] for a word with letters outside ASCII: lowered a character at a time.
    #[cold]
    fn of_unicode(word: &str) -> Option<Key> {
        let mut bytes = [0u8; MAX_WORD];
        let mut len = 0;
        for c in word.chars().flat_map(char::to_lowercase) {
            let end = len + c.len_utf8();
            c.encode_utf8(bytes.get_mut(len..end)?);
            len = end;
        }
        let mut key = [0u64; 4];
        for (slot, chunk) in key.iter_mut().zip(bytes.chunks(8)) {
            *slot = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        }
        Some(Key(key))
    }

    /// The first byte of the word, and its second if it has one (0 otherwise).
    #[inline(always)]
    fn first_two(self) -> (u8, u8) {
        (self.0[0] as u8, (self.0[0] >> 8) as u8)
    }
}

/// The length of the word `text` starts with ([`word_len`]) when its first letter has a case
/// (Latin, Cyrillic, Greek): such words stand between spaces. A row or an input that starts
/// with anything else, a sign or a letter of a script without case ("元"), is filed and
/// found by its first byte, as a symbol.
#[inline(always)]
fn cased_word_len(text: &str) -> usize {
    let cased = match text.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_alphabetic(),
        Some(_) => text
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_uppercase()),
        None => false,
    };
    if cased { word_len(text) } else { 0 }
}

/// The key of the phrases that begin with the byte `b`, a symbol: no word packs to it, since
/// 0xFF is never a byte of UTF-8.
#[inline(always)]
fn symbol_key(b: u8) -> Key {
    Key([u64::MAX, u64::from(b), 0, 0])
}

/// The key of an empty slot: no word and no symbol packs to it.
const EMPTY: Key = Key([u64::MAX; 4]);

/// An open-addressing hash map from word keys to lists of row numbers, with a filter by
/// first two letters and length that settles most ordinary words ("the", "and", "was")
/// before any hashing.
#[derive(Debug)]
struct Index {
    /// The key of each slot, or [`EMPTY`].
    keys: Vec<Key>,
    /// For each slot, where its rows start in `rows` and how many there are.
    spans: Vec<(u32, u32)>,
    rows: Vec<u16>,
    /// log2 of the number of slots.
    bits: u32,
    /// For each pair of first ASCII letters (see [`pair`]), bit `n` is set when some key of
    /// `n` bytes starts with them: most words of running text ("the", "and", "was") are
    /// turned away here, before any hashing. Words that start outside ASCII skip it.
    lengths: [u64; PAIRS],
    /// Whether some row begins with the symbol byte `b`: most inputs that begin with no
    /// letter (a digit) are turned away here, before any hashing.
    symbols: [bool; 256],
    /// Whether some row begins with the byte `b`, in either case for an ASCII letter: the
    /// first byte of an input turns most lookups away ("337" asks no word table anything).
    initials: [bool; 256],
}

/// Pairs of first letters: 26 first letters, each followed by one of 26 letters or by
/// nothing (a word of one letter).
const PAIRS: usize = 26 * 27;

/// The slot of a word's first two bytes in [`Index::lengths`], if both are ASCII letters in
/// lower case (`second` is 0 for a word of one byte).
#[inline(always)]
fn pair(first: u8, second: u8) -> Option<usize> {
    let letter = |b: u8| {
        let i = usize::from(b.wrapping_sub(b'a'));
        (i < 26).then_some(i)
    };
    let second = match second {
        0 => 26,
        b => letter(b)?,
    };
    Some(letter(first)? * 27 + second)
}

impl Index {
    /// Indexes `row_keys[i]` → `i` for every row; rows with equal keys keep table order.
    fn new(row_keys: &[(Key, usize)]) -> Index {
        let size = (row_keys.len() * 2 + 2).next_power_of_two();
        let mut order: Vec<usize> = (0..row_keys.len()).collect();
        order.sort_by_key(|&r| row_keys[r].0);
        let mut index = Index {
            keys: vec![EMPTY; size],
            spans: vec![(0, 0); size],
            rows: Vec::with_capacity(row_keys.len()),
            bits: size.trailing_zeros(),
            lengths: [0; PAIRS],
            symbols: [false; 256],
            initials: [false; 256],
        };
        for group in order.chunk_by(|&a, &b| row_keys[a].0 == row_keys[b].0) {
            let (k, len) = row_keys[group[0]];
            let mut i = index.slot(k);
            while index.keys[i] != EMPTY {
                i = (i + 1) & (size - 1);
            }
            let start = u32::try_from(index.rows.len()).expect("tables have few rows");
            let count = u32::try_from(group.len()).expect("tables have few rows");
            index.keys[i] = k;
            index.spans[i] = (start, count);
            index
                .rows
                .extend(group.iter().map(|&r| u16::try_from(r).expect("few rows")));
            if k.0[0] == u64::MAX {
                // A symbol key holds its byte in its second integer.
                let b = usize::from(k.0[1] as u8);
                index.symbols[b] = true;
                index.initials[b] = true;
                continue;
            }
            let (first, second) = k.first_two();
            index.initials[usize::from(first)] = true;
            index.initials[usize::from(first.to_ascii_uppercase())] = true;
            if !first.is_ascii() {
                // Any byte may begin a capital outside ASCII.
                index.initials[0x80..].fill(true);
            }
            if let Some(slot) = pair(first, second) {
                index.lengths[slot] |= 1 << len.min(63);
            }
        }
        index
    }

    #[inline(always)]
    fn slot(&self, k: Key) -> usize {
        let [a, b, c, d] = k.0;
        let folded = a ^ b.rotate_left(17) ^ c.rotate_left(31) ^ d.rotate_left(47);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - self.bits)) as usize
    }

    /// The rows filed under `k`, in table order.
    #[inline(always)]
    fn get(&self, k: Key) -> &[u16] {
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

    /// Whether no row's first word is `word`, told from its first two bytes (in any case) and
    /// its length alone. `false` says nothing: the word must be looked up.
    #[inline(always)]
    fn surely_absent(&self, word: &[u8]) -> bool {
        let [first, second, ..] = *word else {
            return false;
        };
        pair(first | 0x20, second | 0x20)
            .is_some_and(|slot| self.lengths[slot] & (1 << word.len().min(63)) == 0)
    }

    /// The rows whose first word is the word of `len` bytes that `text` starts with, in any
    /// case.
    #[inline(always)]
    fn word(&self, text: &str, len: usize) -> &[u16] {
        let bytes = text.as_bytes();
        let Some(&first) = bytes.first() else {
            return &[];
        };
        if first.is_ascii() {
            let second = if len > 1 { bytes[1] | 0x20 } else { 0 };
            match pair(first | 0x20, second) {
                Some(slot) if self.lengths[slot] & (1 << len.min(63)) != 0 => {}
                _ => return &[],
            }
        }
        Key::of_prefix(text, len).map_or(&[], |k| self.get(k))
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
            let keys: Vec<(Key, usize)> = rows
                .iter()
                .map(|(p, _)| match cased_word_len(p) {
                    0 => (symbol_key(p.as_bytes()[0]), 0),
                    n => {
                        let key = Key::of(&p[..n]).expect("a table's first word fits a key");
                        (key, n)
                    }
                })
                .collect();
            let index = Index::new(&keys);
            (rows, index)
        })
    }

    /// Every row's phrase, in table order.
    #[cfg(test)]
    pub(crate) fn phrases(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.built().0.iter().map(|(p, _)| *p)
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
        let letters = cased_word_len(input);
        crate::work::add(letters + 1);
        let words: &[u16] = if letters == 0 {
            &[]
        } else {
            index.word(input, letters)
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
    /// The rows whose first word is exactly `word`, in any case.
    #[inline(always)]
    pub(crate) fn word(self, word: &str) -> impl Iterator<Item = &'a (&'static str, T)> {
        self.word_at(word, word.len())
    }

    /// Whether no row's first word is `word`, told from its first two bytes and its length
    /// (`false`: look it up).
    #[inline(always)]
    pub(crate) fn surely_absent(self, word: &[u8]) -> bool {
        self.index.surely_absent(word)
    }

    /// The rows whose first word is the word of `len` bytes that `text` starts with.
    #[inline(always)]
    pub(crate) fn word_at(
        self,
        text: &str,
        len: usize,
    ) -> impl Iterator<Item = &'a (&'static str, T)> {
        let rows = self.rows;
        self.index
            .word(text, len)
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

    static CYRILLIC: Lexicon<u8> = Lexicon::new(|| {
        vec![
            ("тисяча", 1),
            ("Мільйон", 2),
            ("більше ніж", 3),
            ("元", 4),
            ("Ångström", 5),
        ]
    });

    fn longest_cyrillic(input: &str) -> Option<(&str, u8)> {
        CYRILLIC.longest(input, |phrase, _, input| {
            let n = phrase.chars().count();
            let (head_len, _) = input.char_indices().nth(n).unwrap_or((input.len(), ' '));
            let head = &input[..head_len];
            (head.to_lowercase() == phrase.to_lowercase()).then(|| &input[head_len..])
        })
    }

    #[test]
    fn words_of_any_script_are_keys_in_any_case() {
        assert_eq!(longest_cyrillic("тисяча дронів"), Some((" дронів", 1)));
        assert_eq!(longest_cyrillic("ТИСЯЧА"), Some(("", 1)));
        assert_eq!(longest_cyrillic("мільйон"), Some(("", 2)));
        assert_eq!(longest_cyrillic("Більше ніж 5"), Some((" 5", 3)));
        assert_eq!(longest_cyrillic("ångström"), Some(("", 5)));
        // A longer word is another word: "тисячі" is not "тисяча".
        assert_eq!(longest_cyrillic("тисячі"), None);
        // A letter of a script without case is found by its first byte, as a sign is:
        // such scripts write no space between words.
        assert_eq!(longest_cyrillic("元人民币"), Some(("人民币", 4)));
        assert_eq!(CYRILLIC.words().word("МІЛЬЙОН").count(), 1);
    }

    #[test]
    fn words_are_found_in_any_case_and_only_whole() {
        assert_eq!(WORDS.words().word("OVER").count(), 2);
        assert_eq!(WORDS.words().word("overs").count(), 0);
        assert_eq!(WORDS.words().word("well").count(), 1);
    }
}
