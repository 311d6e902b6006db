//! The words of multiples (the contract's section on factors, `crate::contract`): "sixfold",
//! "doubled", "twice as many", "three times the level", "6-fold", "3x". Adding a word is one
//! row here and one row in `tests/parse_quantity.rs`.

use crate::quantity::Change;
use crate::vocab::index::Lexicon;

/// Multiples written as one word, with their multiplier.
pub(crate) const FOLD_WORDS: &[(&str, i128)] = &[
    ("twofold", 2),
    ("threefold", 3),
    ("fourfold", 4),
    ("fivefold", 5),
    ("sixfold", 6),
    ("sevenfold", 7),
    ("eightfold", 8),
    ("ninefold", 9),
    ("tenfold", 10),
    ("twelvefold", 12),
    ("twentyfold", 20),
    ("hundredfold", 100),
    ("thousandfold", 1000),
];

/// Verbs that state a multiple and its direction: the multiplier as `(numerator,
/// denominator)` and the change.
pub(crate) const FACTOR_VERBS: &[(&str, (i128, i128), Change)] = &[
    ("doubled", (2, 1), Change::Up),
    ("doubling", (2, 1), Change::Up),
    ("tripled", (3, 1), Change::Up),
    ("trebled", (3, 1), Change::Up),
    ("quadrupled", (4, 1), Change::Up),
    ("halved", (1, 2), Change::Down),
];

/// Verbs in their base form that state a multiple, read only after a word that opens a verb
/// ([`VERB_OPENERS`]): "plans to triple output", "will double the 20 million doses"; elsewhere
/// "double" is an adjective ("a double murder", "double-digit").
pub(crate) const FACTOR_BASE_VERBS: &[(&str, (i128, i128), Change)] = &[
    ("double", (2, 1), Change::Up),
    ("triple", (3, 1), Change::Up),
    ("treble", (3, 1), Change::Up),
    ("quadruple", (4, 1), Change::Up),
    ("halve", (1, 2), Change::Down),
];

/// Words before a verb in its base form: "to", and the modal verbs.
pub(crate) const VERB_OPENERS: &[&str] = &[
    "can", "cannot", "could", "may", "might", "must", "shall", "should", "to", "will", "would",
];

/// Fractions that state a multiple before "as": "half as many" is a factor of 1/2 (but "half
/// the power" is the fraction).
pub(crate) const FRACTION_MULTIPLIERS: &[(&str, (i128, i128))] = &[("half", (1, 2))];

// The factor reader tests the first letter before it reads the rows: each starts with "h".
const _: () = {
    let mut i = 0;
    while i < FRACTION_MULTIPLIERS.len() {
        assert!(
            FRACTION_MULTIPLIERS[i].0.as_bytes()[0] == b'h',
            "a fraction multiplier starts with h"
        );
        i += 1;
    }
};

/// The word that must follow a row of [`FRACTION_MULTIPLIERS`].
pub(crate) const AS: &str = "as";

/// Multipliers that need a comparison after them ("twice as many"); alone ("hit twice")
/// they are no factor.
pub(crate) const MULTIPLIER_WORDS: &[(&str, i128)] = &[("twice", 2)];

/// The word after a figure that makes it a multiplier when a comparison follows: "three
/// times as many".
pub(crate) const TIMES: &str = "times";

/// The suffixes glued to a figure that make it a multiplier: "6-fold", "2.5-fold", "3x".
/// "x" is read after digits only, and never before a digit ("4x4").
pub(crate) const FOLD_SUFFIXES: &[&str] = &["-fold", "x"];

/// Words that may follow "twice" or "N times" to make a comparison: "as many", "the level",
/// "higher", "faster", "its size".
pub(crate) const COMPARISON_WORDS: &[&str] = &[
    "as", "the", "that", "what", "its", "their", "his", "her", "our", "this", "higher", "more",
    "larger", "bigger", "greater", "faster", "longer", "lower", "smaller", "fewer", "less",
    "slower", "cheaper", "stronger", "brighter", "hotter", "wider", "deeper", "heavier", "worse",
    "better", "richer", "louder", "older", "denser", "costlier", "dearer", "quicker",
];

/// A word of one of the tables above, with what its row says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FactorWord {
    /// A row of [`FOLD_WORDS`].
    Fold(i128),
    /// A row of [`FACTOR_VERBS`].
    Verb((i128, i128), Change),
    /// A row of [`MULTIPLIER_WORDS`].
    Multiplier(i128),
}

/// The rows of [`FOLD_WORDS`], [`FACTOR_VERBS`] and [`MULTIPLIER_WORDS`] together, indexed:
/// the grammar asks at every figure whether a factor word starts there, so one probe answers
/// instead of one comparison per row.
pub(crate) static FACTOR_WORD_INDEX: Lexicon<FactorWord> = Lexicon::new(|| {
    let folds = FOLD_WORDS.iter().map(|&(w, n)| (w, FactorWord::Fold(n)));
    let verbs = FACTOR_VERBS
        .iter()
        .map(|&(w, ratio, change)| (w, FactorWord::Verb(ratio, change)));
    let multipliers = MULTIPLIER_WORDS
        .iter()
        .map(|&(w, n)| (w, FactorWord::Multiplier(n)));
    folds.chain(verbs).chain(multipliers).collect()
});
