//! Number words: ones, tens, scale words and abbreviations, fraction denominators and
//! ordinals. The grammar's rules for combining them ("one hundred and twelve", "two-thirds")
//! are in `parse/number.rs`; the words are here, one row each.

use super::index::Lexicon;

/// Number words below twenty.
pub(crate) const ONES: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// Multiples of ten from twenty to ninety.
pub(crate) const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Scale words, spelled out after a space: "1.5 million", "two thousand", and the Indian
/// lakh (100,000) and crore (10,000,000): "12 lakh", "2 crore".
pub(crate) const SCALE_WORDS: &[(&str, i32)] = &[
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
    // The plurals after a figure, as some papers print them: "five billions".
    ("thousands", 3),
    ("millions", 6),
    ("billions", 9),
    ("trillions", 12),
    ("quadrillion", 15),
    ("quintillion", 18),
    ("sextillion", 21),
    ("septillion", 24),
    ("octillion", 27),
    ("nonillion", 30),
    ("decillion", 33),
    ("lakh", 5),
    ("lakhs", 5),
    ("lac", 5),
    ("lacs", 5),
    ("crore", 7),
    ("crores", 7),
];

/// The endings of scale words ("million", "trillions"): a word with one that is no row of
/// [`SCALE_WORDS`] ("zillion", "bajillion") is a scale the crate cannot read.
pub(crate) const SCALE_ENDINGS: &[&str] = &["illion", "illions"];

/// The signs of a product with a power of ten: "1.5 x 10^9", "3×10^8", "6.02 * 10^23".
pub(crate) const POWER_TIMES: &[&str] = &["x", "×", "*", "·"];

/// Scale abbreviations written straight after digits: "10k", "1.5m", "€50bn". The ones
/// longer than one letter may also follow a space ("€50 bn").
pub(crate) const SCALE_ABBREVIATIONS: &[(&str, i32)] = &[
    ("k", 3),
    ("K", 3),
    ("m", 6),
    ("M", 6),
    ("mn", 6),
    ("mln", 6),
    ("bn", 9),
    ("bln", 9),
    ("tn", 12),
    ("cr", 7),
];

/// Scale abbreviations of one letter that may follow a currency's figure after a space:
/// "€100 m" is 100 million euros (after a currency a spaced "m" cannot be metres).
pub(crate) const SPACED_AFTER_CURRENCY: &[(&str, i32)] = &[("m", 6), ("k", 3), ("K", 3)];

/// Words that make the figure after them negative: "minus 15C", "negative 0.75%".
pub(crate) const SIGN_WORDS: &[&str] = &["minus", "negative"];

/// The Indian scales, after which digits may be grouped the Indian way ("1,30,415 crore").
pub(crate) const INDIAN_SCALES: &[i32] = &[5, 7];

/// Fraction denominators in words, singular and plural.
pub(crate) const DENOMINATORS: &[(&str, i128)] = &[
    ("half", 2),
    ("halves", 2),
    ("third", 3),
    ("thirds", 3),
    ("quarter", 4),
    ("quarters", 4),
    ("fourth", 4),
    ("fourths", 4),
    ("fifth", 5),
    ("fifths", 5),
    ("sixth", 6),
    ("sixths", 6),
    ("seventh", 7),
    ("sevenths", 7),
    ("eighth", 8),
    ("eighths", 8),
    ("ninth", 9),
    ("ninths", 9),
    ("tenth", 10),
    ("tenths", 10),
    // After an article or a number word only: "a thousandth of a second", "one hundredth";
    // "the hundredth day" stays an ordinal.
    ("hundredth", 100),
    ("hundredths", 100),
    ("thousandth", 1_000),
    ("thousandths", 1_000),
    ("millionth", 1_000_000),
    ("millionths", 1_000_000),
];

/// Ordinal words, zeroth to nineteenth.
pub(crate) const ORDINAL_ONES: &[&str] = &[
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];

/// Ordinal tens, twentieth to ninetieth.
pub(crate) const ORDINAL_TENS: &[&str] = &[
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

/// Ordinal scale words: "hundredth", "thousandth".
pub(crate) const ORDINAL_SCALES: &[(&str, i128)] = &[("hundredth", 100), ("thousandth", 1000)];

/// Words that multiply the number before them in a word group: "a dozen", "two dozen",
/// "three hundred". They bind tighter than the scale words.
pub(crate) const DOZEN: (&str, i128) = ("dozen", 12);

/// See [`DOZEN`].
pub(crate) const HUNDRED: (&str, i128) = ("hundred", 100);

/// The words between the two figures of a proportion: "one in five", "1 in 4". "41 out of
/// 64" is no proportion but two counts (the contract's "What is not a count").
pub(crate) const PROPORTION_WORDS: &[&str] = &["in"];

/// Words that may follow a fraction such as "a third" without making it an ordinal before a
/// noun ("a third of", "a third more"; but "a seventh meeting" is the seventh).
pub(crate) const FRACTION_FOLLOWERS: &[&str] = &[
    "of", "more", "less", "fewer", "as", "the", "to", "and", "or",
    // Words that end a change's figure: "reduced by a third in recognition", "leapt by a
    // fifth last year", "cut by a quarter since 2010".
    "in", "last", "since", "this", "from", "over", "on",
];

/// The suffix that may follow an ordinal: "first-ever".
pub(crate) const ORDINAL_EVER: &str = "-ever";

/// A word list as the rows of a lexicon, each row's value its position in the list.
fn numbered(words: &'static [&'static str]) -> Vec<(&'static str, usize)> {
    words.iter().enumerate().map(|(i, &w)| (w, i)).collect()
}

/// [`ONES`], indexed; a row's value is its number.
pub(crate) static ONES_INDEX: Lexicon<usize> = Lexicon::new(|| numbered(ONES));

/// [`TENS`], indexed; a row's value is its position (0 for "twenty").
pub(crate) static TENS_INDEX: Lexicon<usize> = Lexicon::new(|| numbered(TENS));

/// [`ORDINAL_ONES`], indexed; a row's value is its number.
pub(crate) static ORDINAL_ONES_INDEX: Lexicon<usize> = Lexicon::new(|| numbered(ORDINAL_ONES));

/// [`ORDINAL_TENS`], indexed; a row's value is its position (0 for "twentieth").
pub(crate) static ORDINAL_TENS_INDEX: Lexicon<usize> = Lexicon::new(|| numbered(ORDINAL_TENS));

/// [`ORDINAL_SCALES`], indexed.
pub(crate) static ORDINAL_SCALES_INDEX: Lexicon<i128> = Lexicon::new(|| ORDINAL_SCALES.to_vec());

/// [`DENOMINATORS`], indexed.
pub(crate) static DENOMINATORS_INDEX: Lexicon<i128> = Lexicon::new(|| DENOMINATORS.to_vec());

/// [`SCALE_WORDS`], indexed.
pub(crate) static SCALE_WORDS_INDEX: Lexicon<i32> = Lexicon::new(|| SCALE_WORDS.to_vec());

/// Articles that stand for one before "hundred", "dozen" or a scale word ("a hundred", "an
/// estimated"); alone, they are no figure.
pub(crate) const ARTICLES: &[&str] = &["a", "an"];

/// A number spelled out in one word: "five", "twelve", "forty", "twenty-five", "dozen",
/// "hundred", "million" (the words of [`ONES`], [`TENS`] and the scales).
pub(crate) fn is_number_word(word: &str) -> bool {
    let is = |table: &[&str], w: &str| table.iter().any(|t| t.eq_ignore_ascii_case(w));
    match word.split_once('-') {
        // "twenty-five"
        Some((tens, ones)) => is(TENS, tens) && is(ONES, ones),
        None => {
            is(ONES, word)
                || is(TENS, word)
                || is(&[DOZEN.0, HUNDRED.0], word)
                || SCALE_WORDS
                    .iter()
                    .any(|(w, _)| w.eq_ignore_ascii_case(word))
        }
    }
}
