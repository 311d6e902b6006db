//! Every word the crate understands, one table row per word, and the one index over them.
//!
//! Where each kind of word lives (adding a word is one row there and one test row):
//!
//! | words | table |
//! |---|---|
//! | qualifiers ("at least", "nearly", "or more") | [`hedges`]: `PRE_HEDGES`, `POST_HEDGES` |
//! | units with their dimension ("km", "per cent", "hours") | [`units`]: `UNITS` |
//! | currency signs and words ("$", "HK$"-style signs, "euros") | [`currencies`]: `CURRENCY_SIGNS`, `CURRENCY_WORDS`; codes come from [`Currency`](crate::Currency) |
//! | number words, scales, denominators, ordinals ("forty", "bn", "thirds", "first") | [`numbers`] |
//! | vague amounts ("a few", "dozens") with their intervals | [`vague`]: `VAGUE` |
//! | range words ("between ... and", "to") | [`ranges`] |
//! | change words ("rose", "down", "a rise of", "higher") | [`changes`] |
//! | words that make a rising pair a score ("a 1-3 defeat", "lost 1-2") | [`tallies`] |
//! | factor words ("sixfold", "doubled", "twice") | [`factors`] |
//! | months, version words, the years a bare figure is read as | [`context`] |
//! | words that end or lead a noun phrase, plural and verb endings | [`nouns`] |
//!
//! The grammar (`parse/`) and the scanner (`scan.rs`) find rows through one index type,
//! [`index::Lexicon`], and one lookup, [`index::Lexicon::longest`]: where one row is a prefix
//! of another, the longer match wins. The scanner's lead words are built from these same
//! tables ([`lead::LEAD_INDEX`]), so a new row is found by the scanner with no further change.

pub(crate) mod changes;
pub(crate) mod context;
pub(crate) mod currencies;
pub(crate) mod factors;
pub(crate) mod hedges;
pub(crate) mod index;
pub(crate) mod lead;
pub(crate) mod nouns;
pub(crate) mod numbers;
pub(crate) mod ranges;
pub(crate) mod tallies;
pub(crate) mod units;
pub(crate) mod vague;
