//! Units: a currency before the figure, and a unit, currency word, sign or code after it. The
//! words are rows of [`crate::vocab::units`] and [`crate::vocab::currencies`].

use super::error::{Res, no_match};
use super::lex::{space0, whole_word};
use crate::quantity::{Currency, MeasureUnit, Unit};
use crate::text::{is_space, is_word_char};
use crate::vocab::currencies::{Before, CURRENCY_BEFORE_INDEX};
use crate::vocab::units::{AGE_SUFFIX, Fit, Reads, UNIT_INDEX};

/// A currency sign or code before a figure: a sign may have spaces after it, a code is glued
/// to the figure or has exactly one space after it ("CAD 5", "EUR2bn").
pub(crate) fn currency_prefix(input: &str) -> Res<'_, Currency> {
    CURRENCY_BEFORE_INDEX
        .longest(input, |written, (_, before), input| {
            let rest = input.strip_prefix(written)?;
            let rest = match before {
                Before::Code => rest.strip_prefix(is_space).unwrap_or(rest),
                Before::Sign => space0(rest).ok()?.0,
            };
            // A code glued to letters ("EURO") is a word, not a code; a minus may follow a
            // sign ("$-45.50").
            let unsigned = match before {
                Before::Sign => rest.strip_prefix('-').unwrap_or(rest),
                Before::Code => rest,
            };
            unsigned
                .starts_with(|c: char| c.is_ascii_digit() || c == '.')
                .then_some(rest)
        })
        .map(|(rest, (currency, _))| (rest, currency))
        .ok_or_else(|| no_match(input))
}

/// The input after the unit form `written` at `text`, which followed the figure after `join`
/// (nothing, a space or a hyphen), if the form may be written that way.
fn unit_form<'a>(written: &str, fit: Fit, join: u8, text: &'a str) -> Option<&'a str> {
    let fits = match (fit, join) {
        // "a 30-day ceasefire", "a 10-mile convoy": a singular unit word joined by a hyphen.
        (Fit::Word, b'-') => !written.ends_with('s'),
        (Fit::Word | Fit::Spaced, join) => join == b' ',
        (Fit::Symbol, _) => true,
        (Fit::Sign, join) => join != b'-',
        (Fit::Glued, join) => join == b'\0',
    };
    if !fits {
        return None;
    }
    if fit == Fit::Word {
        return whole_word(written, text);
    }
    text.strip_prefix(written)
        .filter(|rest| !rest.starts_with(is_word_char))
}

/// Whether a duration unit may take "-old" after it: "a 23-year-old".
fn takes_age(reads: Reads) -> bool {
    matches!(
        reads,
        Reads::Unit(Unit::Measure(
            MeasureUnit::Year | MeasureUnit::Month | MeasureUnit::Week | MeasureUnit::Day
        ))
    )
}

/// A unit after a figure: the longest form that fits, attached, after a space or after a
/// hyphen; an age keeps its "-old" ("23-year-old").
pub(crate) fn unit_suffix(input: &str) -> Res<'_, Reads> {
    let joins = [
        (Some(input), b'\0'),
        (input.strip_prefix(is_space), b' '),
        (input.strip_prefix('-'), b'-'),
    ];
    let mut best: Option<(&str, Reads, u8)> = None;
    for (text, join) in joins.into_iter().filter_map(|(t, j)| Some((t?, j))) {
        let found = UNIT_INDEX.longest(text, |written, (_, fit), text| {
            unit_form(written, fit, join, text)
        });
        if let Some((rest, (reads, _))) = found
            && best.is_none_or(|(b, _, _)| rest.len() < b.len())
        {
            best = Some((rest, reads, join));
        }
    }
    let (rest, reads, join) = best.ok_or_else(|| no_match(input))?;
    if join == b'-'
        && takes_age(reads)
        && let Some(after) = whole_word(AGE_SUFFIX, rest)
    {
        return Ok((after, reads));
    }
    Ok((rest, reads))
}
