//! The scanner's lead words, built from the other tables: a claim starts at a word that is
//! part of a figure, or at a word that may open a claim before its figure.

use super::currencies::CURRENCY_SIGNS;
use super::factors::{FACTOR_BASE_VERBS, FACTOR_VERBS, FOLD_WORDS, MULTIPLIER_WORDS};
use super::hedges::PRE_HEDGES;
use super::index::{Lexicon, Words};
use super::numbers::{
    ARTICLES, DENOMINATORS, DOZEN, HUNDRED, ONES, ORDINAL_ONES, ORDINAL_SCALES, ORDINAL_TENS,
    SCALE_WORDS, SIGN_WORDS, TENS,
};
use super::ranges::RANGE_OPENERS;
use super::units::UNITS_BEFORE;
use super::vague::VAGUE;

/// What a lead word may begin.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Lead {
    /// The word is (part of) a figure: a number word, fraction, ordinal, scale word, factor
    /// word ("sixfold", "doubled", "twice") or a word of a vague amount. A claim always
    /// contains one of these, a digit or a currency sign.
    pub figure: bool,
    /// The word may open a claim before its figure: the first word of a qualifier, a range
    /// opener, an article, a sign word or a lettered currency sign ("Rs"). ISO codes are
    /// found by the scanner as words of three capitals, not looked up here.
    pub qualifier: bool,
    /// The word opens a claim only as the first word of a qualifier of several words ("in"
    /// of "in excess of", "at" of "at least"): whether it does is known only from the words
    /// after it, which the scanner reads when a figure follows.
    pub first_of_phrase: bool,
}

/// The words of a table phrase, split at spaces, hyphens, points and `$` ("US$" gives "US").
fn words(phrase: &'static str) -> impl Iterator<Item = &'static str> {
    phrase
        .split([' ', '-', '.', '$'])
        .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic()))
}

fn figure_words() -> impl Iterator<Item = &'static str> {
    ONES.iter()
        .chain(TENS)
        .chain(ORDINAL_ONES)
        .chain(ORDINAL_TENS)
        .copied()
        .chain(DENOMINATORS.iter().map(|(w, _)| *w))
        .chain(SCALE_WORDS.iter().map(|(w, _)| *w))
        .chain(ORDINAL_SCALES.iter().map(|(w, _)| *w))
        .chain([DOZEN.0, HUNDRED.0])
        .chain(FOLD_WORDS.iter().map(|(w, _)| *w))
        .chain(FACTOR_VERBS.iter().map(|(w, _, _)| *w))
        .chain(FACTOR_BASE_VERBS.iter().map(|(w, _, _)| *w))
        .chain(MULTIPLIER_WORDS.iter().map(|(w, _)| *w))
        .chain(
            VAGUE
                .iter()
                .flat_map(|v| words(v.phrase))
                .filter(|w| !matches!(*w, "a" | "of")),
        )
}

/// The first words of the qualifiers of several words ("at" of "at least").
fn phrase_first_words() -> impl Iterator<Item = &'static str> {
    PRE_HEDGES
        .iter()
        .filter(|(p, _)| words(p).nth(1).is_some())
        .filter_map(|(p, _)| words(p).next())
}

/// The words that may open a claim whatever follows them: qualifiers of one word, lettered
/// currency signs, range openers, articles and sign words.
fn opener_words() -> impl Iterator<Item = &'static str> {
    PRE_HEDGES
        .iter()
        .filter(|(p, _)| words(p).nth(1).is_none())
        .filter_map(|(p, _)| words(p).next())
        // Signs with a dollar ("HK$") are found by the scanner at the "$"; ISO codes, as any
        // word of three capitals; only the other lettered signs ("Rs", "RMB") are lead words.
        .chain(
            CURRENCY_SIGNS
                .iter()
                .filter(|(p, _)| !p.contains('$'))
                .filter_map(|(p, _)| words(p).next()),
        )
        .chain(RANGE_OPENERS.iter().map(|(w, _)| *w))
        .chain(UNITS_BEFORE.iter().map(|(w, _)| *w))
        .chain(ARTICLES.iter().copied())
        .chain(SIGN_WORDS.iter().copied())
}

#[cfg(test)]
fn qualifier_words() -> impl Iterator<Item = &'static str> {
    phrase_first_words().chain(opener_words())
}

/// Every lead word once, lowercase, with what it may begin.
fn lead_rows() -> Vec<(&'static str, Lead)> {
    // What each source says of a word: (figure, opener, first of a phrase); merged below.
    let mut rows: Vec<(&'static str, (bool, bool, bool))> = figure_words()
        .map(|w| (w, (true, false, false)))
        .chain(opener_words().map(|w| (w, (false, true, false))))
        .chain(phrase_first_words().map(|w| (w, (false, false, true))))
        .collect();
    rows.sort_by_cached_key(|(w, _)| w.to_ascii_lowercase());
    rows.dedup_by(|b, a| {
        let same = a.0.eq_ignore_ascii_case(b.0);
        if same {
            a.1 = (a.1.0 | b.1.0, a.1.1 | b.1.1, a.1.2 | b.1.2);
        }
        same
    });
    rows.into_iter()
        .map(|(w, (figure, opener, phrase))| {
            let lead = Lead {
                figure,
                qualifier: opener || phrase,
                // A word that is also a figure or opens a claim on its own needs no look ahead.
                first_of_phrase: phrase && !opener && !figure,
            };
            (w, lead)
        })
        .collect()
}

/// The lead words, indexed.
pub(crate) static LEAD_INDEX: Lexicon<Lead> = Lexicon::new(lead_rows);

/// The built lead words of a language ([`super::lang::Lang::leads`]), for the scanner's
/// word-by-word lookups.
#[derive(Clone, Copy)]
pub(crate) struct Leads(Words<'static, Lead>);

impl Leads {
    /// The lead words of `lexicon`, built.
    #[inline]
    pub(crate) fn of(lexicon: &'static Lexicon<Lead>) -> Leads {
        Leads(lexicon.words())
    }

    /// What the word `word` may begin (nothing, when it is no lead word). Each lead row
    /// is one word, so the rows filed under `word` are that word's.
    #[cfg(test)]
    fn lead(self, word: &str) -> Lead {
        self.lead_at(word, word.len())
    }

    /// Whether `word` is surely no lead word, told from its first two letters and its length.
    #[inline(always)]
    pub(crate) fn surely_not(self, word: &[u8]) -> bool {
        self.0.surely_absent(word)
    }

    /// What the word of `len` bytes that `text` starts with may begin.
    #[inline(always)]
    pub(crate) fn lead_at(self, text: &str, len: usize) -> Lead {
        self.0
            .word_at(text, len)
            .next()
            .map_or(Lead::default(), |&(_, lead)| lead)
    }
}

/// What the word `word` may begin; see [`Leads::lead`].
#[cfg(test)]
fn lead(word: &str) -> Lead {
    Leads::of(&LEAD_INDEX).lead(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_word_is_a_lead_word() {
        for w in figure_words() {
            assert!(lead(w).figure, "{w:?}");
        }
        for w in qualifier_words() {
            assert!(lead(w).qualifier, "{w:?}");
        }
        for w in ["the", "and", "drones", "of", "was"] {
            assert_eq!(lead(w), Lead::default(), "{w:?}");
        }
        assert!(lead("Rs").qualifier && lead("Between").qualifier);
    }

    #[test]
    fn a_word_that_only_begins_qualifiers_of_several_words_is_first_of_a_phrase() {
        for w in ["in", "at", "As", "just", "no", "not", "north", "up"] {
            let lead = lead(w);
            assert!(lead.qualifier && lead.first_of_phrase, "{w:?}");
        }
        // A qualifier of one word, an article, an opener, a sign word or a figure word opens
        // a claim on its own.
        for w in [
            "over", "about", "a", "an", "between", "from", "minus", "Rs", "some",
        ] {
            let lead = lead(w);
            assert!(lead.qualifier && !lead.first_of_phrase, "{w:?}");
        }
        assert!(!lead("two").first_of_phrase && !lead("drones").first_of_phrase);
        for w in phrase_first_words() {
            let l = lead(w);
            assert_eq!(
                l.first_of_phrase,
                !l.figure && !opener_words().any(|o| o == w),
                "{w:?}"
            );
        }
    }
}
