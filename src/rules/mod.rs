//! The rules: what the words around a claim on its line say of it, after the grammar read it.
//!
//! | module | says |
//! |---|---|
//! | [`not_a_count`] | whether the figure is a claim at all, by named rules ("F-16", "in 2022") |
//! | [`names`] | the rules of that list for figures that name, number or rank ("Flight 214", "No. 1", "[12]") |
//! | [`currency`] | whose minor unit a kopeck is: the rouble's, or the hryvnia's |
//! | [`age`] | whether a bare figure is an age ("aged 65 and over", "voters under 30") |
//! | [`change`] | whether the claim states a change ("rose 4.5%") |
//! | [`noun`] | the noun phrase a count counts ("337 drones") |
//! | [`unit`] | the unit the words near a bare figure give it ("40.2 C" on a hot day, "sea levels could rise 1m") |
//! | [`rate`] | what a rate is per ("$3.50 a gallon", "40 deaths per day") |
//!
//! Every rule reads a [`Site`]: the line, the claim's place in it, what the grammar read and
//! the word right before the claim, which the reader finds once for all of them.

pub(crate) mod age;
pub(crate) mod change;
mod currency;
mod names;
mod not_a_count;
pub(crate) mod noun;
pub(crate) mod rate;
pub(crate) mod unit;

pub(crate) use currency::kopecks_currency;
pub(crate) use not_a_count::{not_a_claim, not_a_tally};

use crate::parse::phrase::Phrase;
use crate::text::word_before;
use crate::vocab::changes::{ChangeWord, change_word};
use crate::vocab::lang::Lang;

/// A parsed claim in its line: the rules' one input.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Site<'a> {
    /// The normalized line the claim is on.
    pub text: &'a str,
    /// Where the claim starts in `text`.
    pub start: usize,
    /// Where the claim ends in `text`.
    pub end: usize,
    /// What the grammar read.
    pub phrase: &'a Phrase,
    /// The word right before the claim, after spaces, and where it starts
    /// ([`crate::text::word_before`]).
    pub before: Option<(&'a str, usize)>,
    /// What the word before says of change.
    pub before_says: ChangeWord,
    /// The language the line is read in, for its word rules.
    pub lang: &'a Lang,
}

/// The word right before a claim and what it says, read once by the reader for the grammar
/// and every rule.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Before<'a> {
    /// The word, after spaces, and where it starts.
    pub word: Option<(&'a str, usize)>,
    /// What it says of change.
    pub says: ChangeWord,
}

impl<'a> Before<'a> {
    /// The word before `start` of the line `text`.
    pub(crate) fn at(text: &'a str, start: usize) -> Self {
        let word = word_before(text, start);
        Before {
            word,
            says: word.map_or(ChangeWord::default(), |(w, _)| change_word(w)),
        }
    }
}

impl<'a> Site<'a> {
    /// The claim at `start..end` of the line `text`, as `phrase` read it, after `before`.
    pub(crate) fn new(
        text: &'a str,
        (start, end): (usize, usize),
        phrase: &'a Phrase,
        before: Before<'a>,
        lang: &'a Lang,
    ) -> Self {
        Site {
            text,
            start,
            end,
            phrase,
            before: before.word,
            before_says: before.says,
            lang,
        }
    }
}
