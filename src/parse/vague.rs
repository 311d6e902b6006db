//! Vague amounts: "a few", "several", "dozens", "hundreds of thousands", with an optional
//! multiplier ("several hundred"). The phrases and their intervals are rows of
//! [`crate::vocab::vague`].

use nom::Parser;
use nom::sequence::preceded;

use super::error::{Res, no_match, too_large};
use super::lex::{space1, table_word, word};
use crate::number::Number;
use crate::quantity::{Bound, Interval};
use crate::vocab::numbers::{DOZEN, HUNDRED, SCALE_WORDS_INDEX};
use crate::vocab::vague::{VAGUE_INDEX, Vague};

/// A multiplier after a scalable vague amount: "dozen", "hundred" or a scale word.
fn multiplier(input: &str) -> Res<'_, Number> {
    for (w, n) in [DOZEN, HUNDRED] {
        if let Ok((rest, _)) = word(w).parse(input) {
            return Ok((rest, Number::ratio(n, 1).unwrap_or(Number::ONE)));
        }
    }
    let (rest, exp) = table_word(&SCALE_WORDS_INDEX, input)?;
    Ok((rest, Number::pow10(exp).unwrap_or(Number::ONE)))
}

/// A vague amount from the table, with an optional multiplier ("several hundred").
pub(crate) fn vague_amount(input: &str) -> Res<'_, Interval> {
    let (mut rest, v): (&str, Vague) = table_word(&VAGUE_INDEX, input)?;
    let mut scale = Number::ONE;
    if v.scalable
        && let Ok((r, s)) = preceded(space1, multiplier).parse(rest)
    {
        scale = s;
        rest = r;
    }
    if v.needs_of && scale == Number::ONE && preceded(space1, word("of")).parse(rest).is_err() {
        return Err(no_match(input));
    }
    let bound = |n: i64| Number::from(n).checked_mul(scale);
    let (Some(low), Some(high)) = (bound(v.low), bound(v.high)) else {
        return Err(too_large(input));
    };
    let interval = Interval {
        low: Some(Bound::inclusive(low)),
        high: Some(Bound {
            value: high,
            inclusive: v.high_inclusive,
        }),
    };
    Ok((rest, interval))
}
