//! Qualifiers: the words before (or after) a figure that say what the figure bounds.
//!
//! SPEC.md section 2 lists the classes; each row here is one qualifier and its class. Adding a
//! qualifier is one row in [`PRE_HEDGES`] or [`POST_HEDGES`] and one row in the tests.

use nom::Parser;
use nom::character::complete::multispace1;

use super::lexicon::Lexicon;
use super::{PError, Res, is_word_char, word};
use crate::quantity::Hedge;

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
    ("more than", Hedge::MoreThan),
    ("over", Hedge::MoreThan),
    ("well over", Hedge::MoreThan),
    ("above", Hedge::MoreThan),
    ("greater than", Hedge::MoreThan),
    ("in excess of", Hedge::MoreThan),
    ("exceeding", Hedge::MoreThan),
    ("upwards of", Hedge::MoreThan),
    ("upward of", Hedge::MoreThan),
    ("north of", Hedge::MoreThan),
    ("at most", Hedge::AtMost),
    ("up to", Hedge::AtMost),
    ("no more than", Hedge::AtMost),
    ("not more than", Hedge::AtMost),
    ("a maximum of", Hedge::AtMost),
    ("less than", Hedge::LessThan),
    ("fewer than", Hedge::LessThan),
    ("under", Hedge::LessThan),
    ("below", Hedge::LessThan),
    ("as many as", Hedge::AsManyAs),
    ("as much as", Hedge::AsManyAs),
    ("as high as", Hedge::AsManyAs),
    ("as few as", Hedge::AsFewAs),
    ("as little as", Hedge::AsFewAs),
    ("as low as", Hedge::AsFewAs),
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
    ("or above", Hedge::AtLeast),
    ("or over", Hedge::AtLeast),
    ("or higher", Hedge::AtLeast),
    ("or fewer", Hedge::AtMost),
    ("or less", Hedge::AtMost),
    ("or under", Hedge::AtMost),
    ("or below", Hedge::AtMost),
    ("or so", Hedge::About),
    ("more or less", Hedge::About),
];

/// The longest table row that `input` starts with, as whole words, with its class.
fn longest<'a>(
    table: &[(&'static str, Hedge)],
    lexicon: &Lexicon,
    input: &'a str,
) -> Res<'a, Hedge> {
    let mut best: Option<(&'a str, Hedge)> = None;
    let rows = lexicon.rows(input).iter().chain(lexicon.symbol_rows());
    for &(phrase, hedge) in rows.map(|&r| &table[usize::from(r)]) {
        let parsed = if phrase.len() <= 3 && phrase.ends_with('.') {
            // "c.", "ca.": lower case only, so an initial ("John C. 5") is no qualifier.
            nom::bytes::complete::tag::<_, _, PError<'_>>(phrase).parse(input)
        } else if phrase.ends_with(|c: char| !c.is_ascii_alphabetic()) {
            // "approx.", "~": punctuation ends the qualifier; no word boundary is needed.
            nom::bytes::complete::tag_no_case::<_, _, PError<'_>>(phrase).parse(input)
        } else {
            word(phrase).parse(input)
        };
        if let Ok((rest, _)) = parsed
            && best.is_none_or(|(b, _)| rest.len() < b.len())
        {
            best = Some((rest, hedge));
        }
    }
    best.ok_or_else(|| nom::Err::Error(PError::nom(input)))
}

/// A qualifier before the figure; [`PRE_HEDGES`] lists them.
pub(crate) fn pre_hedge(input: &str) -> Res<'_, Hedge> {
    static LEXICON: Lexicon = Lexicon::new(|| PRE_HEDGES.iter().map(|(p, _)| *p).collect());
    longest(PRE_HEDGES, &LEXICON, input)
}

/// A qualifier after the figure: "+" straight after it, or one of [`POST_HEDGES`] after a
/// space.
pub(crate) fn post_hedge(input: &str) -> Res<'_, Hedge> {
    if let Some(rest) = input.strip_prefix('+')
        && !rest.starts_with(is_word_char)
    {
        return Ok((rest, Hedge::AtLeast));
    }
    static LEXICON: Lexicon = Lexicon::new(|| POST_HEDGES.iter().map(|(p, _)| *p).collect());
    let (rest, _) = multispace1(input)?;
    longest(POST_HEDGES, &LEXICON, rest)
}
