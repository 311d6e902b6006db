//! Word lookup for the grammar's tables.
//!
//! Every table of the grammar (qualifiers, number words, units, vague amounts) is searched by
//! the first word of its rows through a small hash index, so a rule costs one lookup instead
//! of one comparison per row. The tables stay plain lists of phrases; the index is built from
//! them on first use.

use std::sync::OnceLock;

/// A word of up to 16 ASCII letters, lowercased and packed into an integer; `None` for
/// anything else. Phrases that begin with a symbol ("%", "~", "°C") have the key 0.
pub(crate) fn key(word: &[u8]) -> Option<u128> {
    if word.len() > 16 || !word.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    Some(
        word.iter()
            .fold(0u128, |k, b| (k << 8) | u128::from(b.to_ascii_lowercase())),
    )
}

/// The run of ASCII letters `text` starts with.
pub(crate) fn leading_letters(text: &[u8]) -> &[u8] {
    let len = text.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    &text[..len]
}

/// An open-addressing hash map from word keys to lists of row numbers.
#[derive(Debug)]
pub(crate) struct Index {
    keys: Vec<u128>,
    rows: Vec<Vec<u16>>,
}

impl Index {
    /// Indexes `keys[i]` → `i` for every row; rows with equal keys share a list, in order.
    pub(crate) fn new(row_keys: impl IntoIterator<Item = u128>) -> Index {
        let row_keys: Vec<u128> = row_keys.into_iter().collect();
        let size = (row_keys.len() * 2 + 2).next_power_of_two();
        let mut index = Index {
            // Key 0 is a real key (symbol rows), so empty slots are marked by an empty list.
            keys: vec![0; size],
            rows: vec![Vec::new(); size],
        };
        for (row, &k) in row_keys.iter().enumerate() {
            let mut i = index.slot(k);
            while !index.rows[i].is_empty() && index.keys[i] != k {
                i = (i + 1) & (size - 1);
            }
            index.keys[i] = k;
            index.rows[i].push(u16::try_from(row).expect("tables have few rows"));
        }
        index
    }

    fn slot(&self, k: u128) -> usize {
        let folded = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
        let bits = self.keys.len().trailing_zeros();
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }

    /// The rows filed under `k`, in table order.
    pub(crate) fn get(&self, k: u128) -> &[u16] {
        let mask = self.keys.len() - 1;
        let mut i = self.slot(k);
        loop {
            if self.rows[i].is_empty() {
                return &[];
            }
            if self.keys[i] == k {
                return &self.rows[i];
            }
            i = (i + 1) & mask;
        }
    }
}

/// A table of phrases indexed by their first word.
pub(crate) struct Lexicon {
    phrases: fn() -> Vec<&'static str>,
    index: OnceLock<Index>,
}

impl Lexicon {
    /// A lexicon over the phrases `phrases` returns, in table order.
    pub(crate) const fn new(phrases: fn() -> Vec<&'static str>) -> Lexicon {
        Lexicon {
            phrases,
            index: OnceLock::new(),
        }
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            Index::new((self.phrases)().into_iter().map(|p| {
                let first = leading_letters(p.as_bytes());
                key(first).unwrap_or(0)
            }))
        })
    }

    /// The rows whose first word is the word `input` starts with.
    pub(crate) fn rows(&self, input: &str) -> &[u16] {
        // The key of the leading letters, built in the same pass that finds them.
        let mut k = 0u128;
        for (n, &b) in input.as_bytes().iter().enumerate() {
            if !b.is_ascii_alphabetic() {
                break;
            }
            if n == 16 {
                return &[];
            }
            k = (k << 8) | u128::from(b | 0x20);
        }
        if k == 0 { &[] } else { self.index().get(k) }
    }

    /// The rows that begin with a symbol rather than a letter ("%", "~", "°C").
    pub(crate) fn symbol_rows(&self) -> &[u16] {
        self.index().get(0)
    }
}
