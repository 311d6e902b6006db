//! A rate's base: what the figure before it is per. "$3.50 a gallon" is per 1 gal, "40
//! deaths per day" per 1 day (after the counted noun), "47.4 per 100,000 people" per 100000
//! of "people", "a dose every 21 days" per 21 days, "€8m-a-year" per 1 year, and a symbol
//! that holds its base ("8.4m bpd") per 1 day. The words are rows of [`crate::vocab::rates`].
//!
//! A period followed by a word of [`NOT_A_BASE_AFTER`] is a time, not a base: "up from 15 a
//! year ago". An ordinal has no base ("the third a year").

use crate::number::Number;
use crate::parse::{base_amount, base_unit};
use crate::quantity::{Kind, Per, Quantity, Unit};
use crate::rules::noun::counted_noun;
use crate::span::Span;
use crate::text::{in_sorted, is_space_byte, next_phrase_word};
use crate::vocab::lang::Morphology;
use crate::vocab::rates::{BASE_NOUNS, NOT_A_BASE_AFTER, RATE_SYMBOLS, RATE_WORDS, RateWord};

/// A rate's base found after a claim: what it is per, the noun of a counted base, and where
/// the base ends in the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Base {
    pub per: Per,
    pub noun: Option<Span>,
    pub end: usize,
}

/// The base of the claim `quantity` written as `claim_text`, whose words (the claim, or its
/// counted noun) end at `after` in `line`.
pub(crate) fn rate_base(
    line: &str,
    claim_text: &str,
    after: usize,
    quantity: &Quantity,
    words_of: &Morphology,
) -> Option<Base> {
    if quantity.kind == Kind::Ordinal {
        return None;
    }
    if let Some(&(_, _, per)) = RATE_SYMBOLS
        .iter()
        .find(|(symbol, unit, _)| quantity.unit == Some(*unit) && claim_text.ends_with(symbol))
    {
        return Some(Base {
            per: Per::new(Number::ONE, Some(Unit::Measure(per))),
            noun: None,
            end: after,
        });
    }
    let bytes = line.as_bytes();
    match *bytes.get(after)? {
        // "€8m-a-year": an article and a period inside the hyphenated adjective.
        b'-' => {
            let rest = line[after + 1..].strip_prefix("a")?;
            let (rest, unit) = base_unit(rest)?;
            let end = line.len() - rest.len();
            Some(Base {
                per: Per::new(Number::ONE, Some(Unit::Measure(unit))),
                noun: None,
                end,
            })
        }
        b if is_space_byte(b) => spaced_base(line, after, words_of),
        _ => None,
    }
}

/// A base after a space: a rate word, then a unit, a base noun or an amount.
fn spaced_base(line: &str, after: usize, words_of: &Morphology) -> Option<Base> {
    let (word, word_end) = next_phrase_word(line, after);
    let &(_, how) = RATE_WORDS
        .iter()
        .find(|(w, _)| word.eq_ignore_ascii_case(w))?;
    let rest = &line[word_end..];
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    let at = |rest: &str| line.len() - rest.len();
    // "a gallon", "per day", "every year": one of the unit.
    if let Some((r, unit)) = base_unit(rest) {
        let (next, _) = next_phrase_word(line, at(r));
        if in_sorted(NOT_A_BASE_AFTER, &next.to_ascii_lowercase()) {
            return None;
        }
        return Some(Base {
            per: Per::new(Number::ONE, Some(Unit::Measure(unit))),
            noun: None,
            end: at(r),
        });
    }
    // "a share", "per person": one of a noun of the table.
    let (noun, noun_end) = next_phrase_word(line, word_end);
    if how != RateWord::Every && in_sorted(BASE_NOUNS, &noun.to_ascii_lowercase()) {
        let start = noun_end - noun.len();
        return Some(Base {
            per: Per::new(Number::ONE, None),
            noun: Some(Span::new(start, noun_end)),
            end: noun_end,
        });
    }
    // "per 100,000 people", "every 21 days": an amount, with a unit or a counted noun.
    if how == RateWord::Article {
        return None;
    }
    let figure_at = at(rest) + 1;
    if !line[figure_at..].starts_with(|c: char| c.is_ascii_digit()) && how == RateWord::Per {
        return None;
    }
    let (r, amount) = base_amount(&line[figure_at..])?;
    let value = amount.value?;
    let end = at(r);
    if let Some(unit) = amount.unit {
        return Some(Base {
            per: Per::new(value, Some(unit)),
            noun: None,
            end,
        });
    }
    if how == RateWord::Every {
        return None;
    }
    let noun = counted_noun(line, end, value != Number::ONE, words_of);
    Some(Base {
        per: Per::new(value, None),
        noun,
        end: noun.map_or(end, |n| n.end),
    })
}
