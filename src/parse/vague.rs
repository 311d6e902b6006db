//! Vague amounts: "a few", "several", "dozens", "hundreds of thousands".
//!
//! A vague amount states no figure, only an order of magnitude, so it resolves to an interval
//! from this table and certainty `vague`. The table is the crate's documented reading:
//!
//! | phrase | interval |
//! |---|---|
//! | a couple | [2, 3] |
//! | a few | [2, 5] |
//! | a handful | [3, 9] |
//! | several | [3, 9] |
//! | tens (of) | [20, 100) |
//! | dozens | [24, 100) |
//! | scores (of) | [40, 100) |
//! | hundreds | [200, 1000) |
//! | thousands | [2000, 10000) |
//! | tens of thousands | [20000, 100000) |
//! | hundreds of thousands | [200000, 1000000) |
//! | millions | [2000000, 10000000) |
//! | tens of millions | [20000000, 100000000) |
//! | hundreds of millions | [200000000, 1000000000) |
//! | billions | [2000000000, 10000000000) |
//!
//! "a few", "a couple", "a handful" and "several" may be followed by a scale ("several
//! hundred" is [300, 900], "a few thousand" [2000, 5000], "a few dozen" [24, 60]).

use nom::Parser;
use nom::character::complete::multispace1;
use nom::sequence::preceded;

use super::lexicon::Lexicon;
use super::number::scale_word;
use super::{PError, Res, word};
use crate::number::Number;
use crate::quantity::{Bound, Interval};

/// One vague phrase: its words, its bounds (low inclusive; high inclusive or not), and
/// whether it must be followed by "of" to count ("scores of", not "test scores").
pub(crate) struct Vague {
    pub(crate) phrase: &'static str,
    low: i64,
    high: i64,
    high_inclusive: bool,
    needs_of: bool,
    scalable: bool,
}

const fn row(phrase: &'static str, low: i64, high: i64, high_inclusive: bool) -> Vague {
    Vague {
        phrase,
        low,
        high,
        high_inclusive,
        needs_of: false,
        scalable: high_inclusive,
    }
}

const fn needs_of(mut v: Vague) -> Vague {
    v.needs_of = true;
    v
}

pub(crate) const VAGUE: &[Vague] = &[
    row("a couple", 2, 3, true),
    row("a few", 2, 5, true),
    row("a handful", 3, 9, true),
    row("several", 3, 9, true),
    row("tens of thousands", 20_000, 100_000, false),
    row("hundreds of thousands", 200_000, 1_000_000, false),
    row("tens of millions", 20_000_000, 100_000_000, false),
    row("hundreds of millions", 200_000_000, 1_000_000_000, false),
    needs_of(row("tens", 20, 100, false)),
    row("dozens", 24, 100, false),
    needs_of(row("scores", 40, 100, false)),
    row("hundreds", 200, 1_000, false),
    row("thousands", 2_000, 10_000, false),
    row("millions", 2_000_000, 10_000_000, false),
    row("billions", 2_000_000_000, 10_000_000_000, false),
];

/// A vague amount from the table, with an optional scale ("several hundred").
pub(crate) fn vague_amount(input: &str) -> Res<'_, Interval> {
    static LEXICON: Lexicon = Lexicon::new(|| VAGUE.iter().map(|v| v.phrase).collect());
    let mut best: Option<(&str, &Vague)> = None;
    for v in LEXICON.rows(input).iter().map(|&r| &VAGUE[usize::from(r)]) {
        if let Ok((rest, _)) = word(v.phrase).parse(input)
            && best.is_none_or(|(b, _)| rest.len() < b.len())
        {
            best = Some((rest, v));
        }
    }
    let Some((mut rest, v)) = best else {
        return Err(nom::Err::Error(PError::nom(input)));
    };
    let mut scale = Number::ONE;
    if v.scalable {
        let mut multiplier = preceded(multispace1, |i| {
            if let Ok((r, _)) = word("dozen").parse(i) {
                return Ok((r, Number::from(12)));
            }
            if let Ok((r, _)) = word("hundred").parse(i) {
                return Ok((r, Number::from(100)));
            }
            let (r, exp) = scale_word(i)?;
            Ok((r, Number::pow10(exp).unwrap_or(Number::ONE)))
        });
        if let Ok((r, s)) = multiplier.parse(rest) {
            scale = s;
            rest = r;
        }
    }
    if v.needs_of && scale == Number::ONE && preceded(multispace1, word("of")).parse(rest).is_err()
    {
        return Err(nom::Err::Error(PError::nom(input)));
    }
    let bound = |n: i64| Number::from(n).checked_mul(scale);
    let (Some(low), Some(high)) = (bound(v.low), bound(v.high)) else {
        return Err(nom::Err::Failure(PError::too_large(input)));
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
