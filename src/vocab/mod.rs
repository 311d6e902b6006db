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
pub(crate) mod tallies;
pub(crate) mod units;
pub(crate) mod vague;
