//! Qualifiers: the words before (or after) a figure that say what the figure bounds.
//!
//! The contract's qualifier table (`crate::contract`) lists the classes; each row here is one
//! qualifier and its class. Adding a qualifier is one row in [`PRE_HEDGES`] or
//! [`POST_HEDGES`] and one row in `tests/parse_quantity.rs`. A row ending in punctuation
//! ("approx.", "~") needs no word boundary after it; a short row ending in a point ("c.",
//! "ca.") matches in lower case only, so an initial ("John C. 5") is no qualifier.

use super::index::Lexicon;
use crate::quantity::Hedge;
use crate::text::whole_word;

/// Qualifiers written before the figure. Negations are rows of their own with the flipped
/// class ("not more than" bounds from above). Where one row is a prefix of another, the longer
/// match wins.
pub(crate) const PRE_HEDGES: &[(&str, Hedge)] = &[
    ("at least", Hedge::AtLeast),
    ("no fewer than", Hedge::AtLeast),
    ("no less than", Hedge::AtLeast),
    ("not less than", Hedge::AtLeast),
    ("not fewer than", Hedge::AtLeast),
    ("a minimum of", Hedge::AtLeast),
    ("greater than or equal to", Hedge::AtLeast),
    ("equal to or greater than", Hedge::AtLeast),
    ("equal to or more than", Hedge::AtLeast),
    ("⩾", Hedge::AtLeast),
    ("not below", Hedge::AtLeast),
    (">=", Hedge::AtLeast),
    ("≥", Hedge::AtLeast),
    ("more than", Hedge::MoreThan),
    ("over", Hedge::MoreThan),
    ("well over", Hedge::MoreThan),
    ("above", Hedge::MoreThan),
    ("beyond", Hedge::MoreThan),
    ("exceeds", Hedge::MoreThan),
    ("surpassing", Hedge::MoreThan),
    ("greater than", Hedge::MoreThan),
    ("in excess of", Hedge::MoreThan),
    ("exceeding", Hedge::MoreThan),
    ("upwards of", Hedge::MoreThan),
    ("upward of", Hedge::MoreThan),
    ("north of", Hedge::MoreThan),
    ("higher than", Hedge::MoreThan),
    ("larger than", Hedge::MoreThan),
    ("bigger than", Hedge::MoreThan),
    ("exceeded", Hedge::MoreThan),
    ("topped", Hedge::MoreThan),
    ("surpassed", Hedge::MoreThan),
    (">", Hedge::MoreThan),
    ("at most", Hedge::AtMost),
    ("up to", Hedge::AtMost),
    ("no more than", Hedge::AtMost),
    ("not more than", Hedge::AtMost),
    ("a maximum of", Hedge::AtMost),
    ("less than or equal to", Hedge::AtMost),
    ("not above", Hedge::AtMost),
    ("not exceeding", Hedge::AtMost),
    ("<=", Hedge::AtMost),
    ("≤", Hedge::AtMost),
    ("⩽", Hedge::AtMost),
    ("equal to or less than", Hedge::AtMost),
    ("within", Hedge::AtMost),
    ("less than", Hedge::LessThan),
    ("fewer than", Hedge::LessThan),
    ("under", Hedge::LessThan),
    // "sub-10 nanometre": the prefix ends in punctuation, so it needs no word boundary.
    ("sub-", Hedge::LessThan),
    ("below", Hedge::LessThan),
    ("lower than", Hedge::LessThan),
    ("smaller than", Hedge::LessThan),
    ("<", Hedge::LessThan),
    ("as many as", Hedge::AsManyAs),
    ("as much as", Hedge::AsManyAs),
    ("as high as", Hedge::AsManyAs),
    ("as far as", Hedge::AsManyAs),
    ("as few as", Hedge::AsFewAs),
    ("as little as", Hedge::AsFewAs),
    ("as low as", Hedge::AsFewAs),
    ("as close as", Hedge::AsFewAs),
    ("about", Hedge::About),
    ("around", Hedge::About),
    ("approximately", Hedge::About),
    ("approx.", Hedge::About),
    ("roughly", Hedge::About),
    ("some", Hedge::About),
    ("circa", Hedge::About),
    ("c.", Hedge::About),
    ("ca.", Hedge::About),
    ("~", Hedge::About),
    ("∼", Hedge::About),
    ("≈", Hedge::About),
    // A margin around zero: "± 2.5 points", "plus or minus 3%".
    ("±", Hedge::PlusMinus),
    ("plus or minus", Hedge::PlusMinus),
    ("an estimated", Hedge::About),
    ("close to", Hedge::About),
    ("more or less", Hedge::About),
    ("in the region of", Hedge::About),
    ("nearly", Hedge::Nearly),
    ("almost", Hedge::Nearly),
    ("just under", Hedge::Nearly),
    ("just below", Hedge::Nearly),
    ("not quite", Hedge::Nearly),
    ("a little under", Hedge::Nearly),
    ("slightly less than", Hedge::Nearly),
    ("just shy of", Hedge::Nearly),
    ("just short of", Hedge::Nearly),
    ("just over", Hedge::JustOver),
    ("a little over", Hedge::JustOver),
    ("a little more than", Hedge::JustOver),
    ("slightly more than", Hedge::JustOver),
    ("slightly over", Hedge::JustOver),
    ("just above", Hedge::JustOver),
    ("just more than", Hedge::JustOver),
];

/// Qualifiers written after the figure (and its unit): "20 or more", "50 or so", "10+".
pub(crate) const POST_HEDGES: &[(&str, Hedge)] = &[
    ("or more", Hedge::AtLeast),
    ("and over", Hedge::AtLeast),
    ("and older", Hedge::AtLeast),
    ("and above", Hedge::AtLeast),
    ("and under", Hedge::AtMost),
    ("and below", Hedge::AtMost),
    ("and younger", Hedge::AtMost),
    ("or above", Hedge::AtLeast),
    ("or over", Hedge::AtLeast),
    ("or higher", Hedge::AtLeast),
    ("or greater", Hedge::AtLeast),
    ("or fewer", Hedge::AtMost),
    ("or less", Hedge::AtMost),
    ("or under", Hedge::AtMost),
    ("or below", Hedge::AtMost),
    ("or so", Hedge::About),
    ("or thereabouts", Hedge::About),
    ("more or less", Hedge::About),
];

/// The words that join a lower bound to an upper one in one claim: "more than 150 but fewer
/// than 250", "at least 5 and at most 9".
pub(crate) const COMPOUND_JOINERS: &[&str] = &["but", "and"];

/// The qualifier that, right after another claim and before a duration, states a span of
/// time instead of a bound: "£30bn over five years" is five years, exact.
pub(crate) const PERIOD_WORD: &str = "over";

/// Words after which a qualifier is a verb's particle, not a bound: "handed over 25 of its
/// tanks", "signed over 40 homes", "bounced back up to 2.3%", "picking up to 1.4 per cent".
pub(crate) const PARTICLE_VERBS: &[&str] = &[
    "back", "hand", "handed", "handing", "hands", "pick", "picked", "picking", "picks", "sign",
    "signed", "signing", "signs",
];

/// Signs and words between a figure and its margin: "45% ± 3", "52% plus or minus 2".
/// Each starts with "±" (0xC2 first in UTF-8) or "p", which the grammar checks first.
pub(crate) const MARGIN_WORDS: &[&str] = &["±", "plus or minus"];

// The margin reader tests one byte before it reads a margin word: each must start with it.
const _: () = {
    let mut i = 0;
    while i < MARGIN_WORDS.len() {
        let first = MARGIN_WORDS[i].as_bytes()[0];
        assert!(
            first == 0xC2 || first == b'p',
            "a margin word starts with ± or p"
        );
        i += 1;
    }
};

/// Verbs in -s after which "over" before a duration is a bound, though they end like a
/// plural noun: "it lasts over two hours" (but "strikes over three weeks" is the span).
/// Sorted.
pub(crate) const PERIOD_BOUND_VERBS: &[&str] = &["continues", "lasts", "runs", "spans", "takes"];

/// [`PRE_HEDGES`], indexed.
pub(crate) static PRE_HEDGE_INDEX: Lexicon<Hedge> = Lexicon::new(|| PRE_HEDGES.to_vec());

/// [`POST_HEDGES`], indexed.
pub(crate) static POST_HEDGE_INDEX: Lexicon<Hedge> = Lexicon::new(|| POST_HEDGES.to_vec());

/// The input after the qualifier row `phrase` when `input` starts with it.
fn qualifier<'a>(phrase: &str, input: &'a str) -> Option<&'a str> {
    if phrase.len() <= 3 && phrase.ends_with('.') {
        // "c.", "ca.": lower case only, so an initial ("John C. 5") is no qualifier.
        return input.strip_prefix(phrase);
    }
    if phrase.ends_with(|c: char| !c.is_ascii_alphabetic()) {
        // "approx.", "~": punctuation ends the qualifier; no word boundary is needed.
        let head = input.as_bytes().get(..phrase.len())?;
        return head
            .eq_ignore_ascii_case(phrase.as_bytes())
            .then(|| &input[phrase.len()..]);
    }
    whole_word(phrase, input)
}

/// The longest row of `lexicon` that `input` starts with, and the input after it.
pub(crate) fn longest_qualifier<'a>(
    lexicon: &Lexicon<Hedge>,
    input: &'a str,
) -> Option<(&'a str, Hedge)> {
    lexicon.longest(input, |phrase, _, input| qualifier(phrase, input))
}

/// The qualifier before a figure that `input` starts with ([`PRE_HEDGES`]), and the input
/// after it: what the scanner asks of a first word of a qualifier, and the grammar of any
/// word before a figure.
pub(crate) fn pre_hedge_at(input: &str) -> Option<(&str, Hedge)> {
    longest_qualifier(&PRE_HEDGE_INDEX, input)
}
