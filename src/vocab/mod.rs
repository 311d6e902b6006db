//! Every word the crate understands, one table row per word, and the one index over them.
//!
//! Where each kind of word lives. Adding a word is one row there and one test row
//! (`tests/parse_quantity.rs` for a phrase, `tests/extract.rs` for running text); this is the
//! one copy of this table, which the crate's and the README's docs point to.
//!
//! | words | table |
//! |---|---|
//! | qualifiers ("at least", "nearly", "or more"), the "but" / "and" of a compound bound, the "over" of a span of time | [`hedges`]: `PRE_HEDGES`, `POST_HEDGES`, `COMPOUND_JOINERS`, `PERIOD_WORD` |
//! | units with their dimension ("km", "per cent", "hours", "kWh"), with how each may stand after its figure (glued, spaced, hyphenated) | [`units`]: `UNITS`, `SCALED_UNITS` ("billion cubic metres"), `AGE_SUFFIX` ("-old"); a new canonical unit is also a [`MeasureUnit`](crate::MeasureUnit) variant and a row of the conversion table `ROWS` in [`crate::dimension`] (the build fails without it) |
//! | currency signs and words ("$", "HK$", "euros", "Australian dollars") | [`currencies`]: `CURRENCY_SIGNS` (read before and after the figure), `CURRENCY_WORDS`; codes come from [`Currency`](crate::Currency), so a new currency is a variant whose ISO code is then read before and after figures |
//! | minor units ("pence", "cents", "kopecks"), currency words of many countries ("francs"), "pounds" | [`currencies`]: `MINOR_UNITS`, `MONEY_WORDS`, `POUNDS`, with `HRYVNIA_MARKS` for the kopeck's currency |
//! | number words, scales, denominators, ordinals, signs ("forty", "bn", "lakh", "thirds", "first", "minus"), the "in" of "one in five" | [`numbers`] |
//! | vague amounts ("a few", "dozens") with their intervals | [`vague`]: `VAGUE` |
//! | range words ("between ... and", "from ... to", "through", "~") | [`ranges`] |
//! | a rate's base: its words ("a", "per", "every"), the nouns a rate is per ("share", "person"), the symbols that hold one ("bpd") | [`rates`] |
//! | change words ("rose", "down", "a rise of", "higher") | [`changes`] |
//! | factor words ("sixfold", "doubled", "twice", "three times as many") | [`factors`] |
//! | words that make a rising pair a score ("a 1-3 defeat", "lost 1-2") | [`tallies`]: `TALLY_NOUNS`, `TALLY_VERBS` |
//! | months, days, clock words, version words, named figures ("4K"), the years a bare figure is read as, the words before a "second" of time | [`context`] |
//! | words that end or lead a noun phrase, the "of (the)" before a noun | [`nouns`] |
//! | plurals and their singulars ("people", "wolves"), verb endings and irregular past tenses ("fled"), the suffixes of ordinals in digits: English word rules, one seam per language | [`english`], reached through [`lang::Lang`] |
//!
//! The grammar (`parse/`) and the scanner (`scan.rs`) find rows through one index type,
//! [`index::Lexicon`], and one lookup, [`index::Lexicon::longest`]: where one row is a prefix
//! of another, the longer match wins. The scanner's lead words are built from these same
//! tables ([`lead::LEAD_INDEX`]), so a new row is found by the scanner with no further change.

pub(crate) mod changes;
pub(crate) mod context;
pub(crate) mod currencies;
pub(crate) mod english;
pub(crate) mod factors;
pub(crate) mod hedges;
pub(crate) mod index;
pub(crate) mod lang;
pub(crate) mod lead;
pub(crate) mod nouns;
pub(crate) mod numbers;
pub(crate) mod ranges;
pub(crate) mod rates;
pub(crate) mod tallies;
pub(crate) mod units;
pub(crate) mod vague;

/// Asserts that every table a binary search reads ([`crate::text::in_sorted`]) is sorted and
/// lowercase, as the search needs.
#[cfg(test)]
pub(crate) fn assert_sorted_lowercase(tables: &[&[&str]]) {
    for table in tables {
        assert!(table.is_sorted(), "{table:?}");
        assert!(
            table
                .iter()
                .all(|w| !w.bytes().any(|b| b.is_ascii_uppercase())),
            "{table:?}"
        );
    }
}

#[cfg(test)]
mod fuzz_dictionary {
    //! `fuzz/vocab.dict`, the dictionary every fuzz target runs with, is written from the
    //! tables: each row's phrase and its words, and the signs the grammar reads. When a table
    //! changes, `UPDATE_FUZZ_DICT=1 cargo test --lib fuzz_dictionary` writes it again.

    use std::collections::BTreeSet;
    use std::fmt::Write as _;

    use super::*;

    /// Every phrase and word of the tables, and the grammar's signs, once each.
    fn entries() -> BTreeSet<&'static str> {
        let lexicons = [
            lead::LEAD_INDEX.phrases().collect::<Vec<_>>(),
            vague::VAGUE_INDEX.phrases().collect(),
            changes::CHANGE_WORDS.phrases().collect(),
            currencies::CURRENCY_BEFORE_INDEX.phrases().collect(),
            hedges::PRE_HEDGE_INDEX.phrases().collect(),
            hedges::POST_HEDGE_INDEX.phrases().collect(),
            units::UNIT_INDEX.phrases().collect(),
            factors::FACTOR_WORD_INDEX.phrases().collect(),
            numbers::ORDINAL_SCALES_INDEX.phrases().collect(),
            numbers::DENOMINATORS_INDEX.phrases().collect(),
            numbers::SCALE_WORDS_INDEX.phrases().collect(),
        ];
        let lists: [&[&'static str]; 16] = [
            context::MONTHS,
            context::NAMED_FIGURES,
            context::VERSION_WORDS,
            context::CLOCK_WORDS,
            currencies::MONEY_WORDS,
            factors::FOLD_SUFFIXES,
            hedges::COMPOUND_JOINERS,
            numbers::SIGN_WORDS,
            numbers::PROPORTION_WORDS,
            numbers::POWER_TIMES,
            ranges::RANGE_JOINERS,
            ranges::RANGE_SIGNS,
            tallies::TALLY_NOUNS,
            tallies::TALLY_VERBS,
            nouns::OF_LEADS,
            // What the grammar and the rules read that no table lists: a power's caret, the
            // signs and separators of figures, a slash fraction, a time and a line break.
            &[
                "^", "10^", "+", "-", "−", ".", ",", "/", ":", "%", "½", "\n", " - ",
            ],
        ];
        let minors = currencies::MINOR_UNITS.iter().map(|(w, _)| *w);
        let words = currencies::CURRENCY_WORDS.iter().map(|(w, _)| *w);
        let mut all = BTreeSet::new();
        for phrase in lexicons
            .iter()
            .flatten()
            .copied()
            .chain(lists.into_iter().flatten().copied())
            .chain(minors)
            .chain(words)
        {
            all.insert(phrase);
            all.extend(phrase.split(' ').filter(|w| !w.is_empty()));
        }
        all
    }

    /// The dictionary's text: one quoted entry a line, bytes outside printable ASCII escaped
    /// as libFuzzer reads them.
    fn render() -> String {
        let mut out = String::from(
            "# The words of numeric-claims' tables, for every fuzz target (-dict=fuzz/vocab.dict).\n\
             # Written by `UPDATE_FUZZ_DICT=1 cargo test --lib fuzz_dictionary`; do not edit.\n",
        );
        for entry in entries() {
            out.push('"');
            for b in entry.bytes() {
                match b {
                    b'"' | b'\\' => write!(out, "\\{}", char::from(b)),
                    0x20..=0x7E => write!(out, "{}", char::from(b)),
                    _ => write!(out, "\\x{b:02X}"),
                }
                .unwrap();
            }
            out.push_str("\"\n");
        }
        out
    }

    #[test]
    fn the_fuzz_dictionary_is_written_from_the_tables() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
        // The published crate ships no fuzz directory.
        if !dir.is_dir() {
            return;
        }
        let path = dir.join("vocab.dict");
        let want = render();
        if std::env::var_os("UPDATE_FUZZ_DICT").is_some() {
            std::fs::write(&path, &want).unwrap();
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "fuzz/vocab.dict is not the tables' words: run UPDATE_FUZZ_DICT=1 cargo test --lib fuzz_dictionary"
        );
        assert!(want.contains("\"at least\"") && want.contains("\"kopecks\""));
    }
}
