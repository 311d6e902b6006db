//! Vague amounts: "a few", "several", "dozens", "hundreds of thousands". The grammar rule
//! that reads them is in `parse/vague.rs`.
//!
//! A vague amount states no figure, only an order of magnitude, so it resolves to an interval
//! from this table and certainty `vague`. The table is the crate's documented reading:
//!
//! | phrase | interval |
//! |---|---|
//! | a couple | [2, 3] |
//! | a few | [2, 5] |
//! | a handful | [3, 9] |
//! | several | [3, 9] |
//! | tens (of) | [20, 100) |
//! | dozens | [24, 100) |
//! | scores (of) | [40, 100) |
//! | hundreds | [200, 1000) |
//! | thousands | [2000, 10000) |
//! | tens of thousands | [20000, 100000) |
//! | hundreds of thousands | [200000, 1000000) |
//! | millions | [2000000, 10000000) |
//! | tens of millions | [20000000, 100000000) |
//! | hundreds of millions | [200000000, 1000000000) |
//! | billions | [2000000000, 10000000000) |
//!
//! "a few", "a couple", "a handful" and "several" may be followed by a scale ("several
//! hundred" is [300, 900], "a few thousand" [2000, 5000], "a few dozen" [24, 60]).

use super::index::Lexicon;

/// One vague phrase: its words, its bounds (low inclusive; high inclusive or not), and
/// whether it must be followed by "of" to count ("scores of", not "test scores").
#[derive(Debug, Clone, Copy)]
pub(crate) struct Vague {
    /// The words of the phrase.
    pub(crate) phrase: &'static str,
    /// The lowest value, inclusive.
    pub(crate) low: i64,
    /// The highest value.
    pub(crate) high: i64,
    /// Whether `high` is included.
    pub(crate) high_inclusive: bool,
    /// Whether "of" must follow ("scores of", not "test scores").
    pub(crate) needs_of: bool,
    /// Whether a scale may follow ("several hundred", "a few thousand").
    pub(crate) scalable: bool,
}

const fn row(phrase: &'static str, low: i64, high: i64, high_inclusive: bool) -> Vague {
    Vague {
        phrase,
        low,
        high,
        high_inclusive,
        needs_of: false,
        scalable: high_inclusive,
    }
}

const fn needs_of(mut v: Vague) -> Vague {
    v.needs_of = true;
    v
}

/// The vague amounts; adding one is a row here and a test row in `tests/parse_quantity.rs`.
pub(crate) const VAGUE: &[Vague] = &[
    row("a couple", 2, 3, true),
    row("a few", 2, 5, true),
    row("a handful", 3, 9, true),
    row("several", 3, 9, true),
    row("tens of thousands", 20_000, 100_000, false),
    row("hundreds of thousands", 200_000, 1_000_000, false),
    row("tens of millions", 20_000_000, 100_000_000, false),
    row("hundreds of millions", 200_000_000, 1_000_000_000, false),
    needs_of(row("tens", 20, 100, false)),
    row("dozens", 24, 100, false),
    needs_of(row("scores", 40, 100, false)),
    row("hundreds", 200, 1_000, false),
    row("thousands", 2_000, 10_000, false),
    row("millions", 2_000_000, 10_000_000, false),
    row("billions", 2_000_000_000, 10_000_000_000, false),
];

/// [`VAGUE`], indexed.
pub(crate) static VAGUE_INDEX: Lexicon<Vague> =
    Lexicon::new(|| VAGUE.iter().map(|&v| (v.phrase, v)).collect());
