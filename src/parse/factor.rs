//! Multiples (the contract's section on factors, [`crate::contract`]): a figure that
//! multiplies something. The words are rows of [`crate::vocab::factors`].
//!
//! ```text
//! factor     = fold-word | factor-verb | multiplier &comparison | "half" &(ws "as")
//!            | digits fold-suffix | words "-fold" | figure ws "times" &comparison
//! base-verb  = "double" | "triple" | ...   -- only after "to" or a modal verb (parse::Left)
//! times-alone = figure ws "times"           -- only after "by" and a change verb
//! comparison = ws (a row of COMPARISON_WORDS)
//! ```

use super::error::{Res, no_match, too_large};
use super::lex::{space1, whole_word};
use super::number::{decimal_digits, word_number};
use super::phrase::Figure;
use crate::number::Number;
use crate::quantity::Change;
use crate::text::is_word_char;
use crate::vocab::factors::{
    AS, COMPARISON_WORDS, FACTOR_BASE_VERBS, FACTOR_WORD_INDEX, FOLD_SUFFIXES,
    FRACTION_MULTIPLIERS, FactorWord, TIMES,
};

/// A multiplier and the change its word states ("doubled" is up).
pub(crate) type Factor = (Figure, Option<Change>);

/// Whether a comparison follows at `input`: "as many", "the level", "higher".
fn comparison_follows(input: &str) -> bool {
    space1(input).is_ok_and(|(rest, _)| {
        COMPARISON_WORDS
            .iter()
            .any(|w| whole_word(w, rest).is_some())
    })
}

/// How far the first word of a multiple ("2.5-fold", "1,000x", "twelve") may reach: the
/// longest figure an `i128` holds, 39 digits with a comma every three, and its suffix.
const MULTIPLE_WORD_MAX: usize = 64;

/// A figure of the tables, from a ratio.
fn table_figure<'a>(
    input: &'a str,
    (num, den): (i128, i128),
) -> Result<Figure, nom::Err<super::error::PError<'a>>> {
    let value = Number::ratio(num, den).ok_or_else(|| too_large(input))?;
    Ok(Figure::plain(value, false))
}

/// A row of one of the word tables: "sixfold", "doubled", "twice" before a comparison.
fn factor_word(input: &str) -> Res<'_, Factor> {
    let found = FACTOR_WORD_INDEX.longest(input, |w, word, input| {
        let rest = whole_word(w, input)?;
        match word {
            FactorWord::Multiplier(_) if !comparison_follows(rest) => None,
            _ => Some(rest),
        }
    });
    let Some((rest, word)) = found else {
        return Err(no_match(input));
    };
    let factor = match word {
        FactorWord::Fold(n) | FactorWord::Multiplier(n) => (table_figure(input, (n, 1))?, None),
        FactorWord::Verb(ratio, change) => (table_figure(input, ratio)?, Some(change)),
    };
    Ok((rest, factor))
}

/// A figure with a suffix or "times": "6-fold", "2.5-fold", "3x", "six-fold", "three times
/// as many".
fn multiplied_figure(input: &str) -> Res<'_, Factor> {
    let (rest, figure) = if input.starts_with(|c: char| c.is_ascii_digit()) {
        decimal_digits(input)?
    } else {
        word_number(input)?
    };
    for &suffix in FOLD_SUFFIXES {
        let digits_only = suffix.len() == 1;
        if digits_only && !figure.in_digits {
            continue;
        }
        let Some(head) = rest.as_bytes().get(..suffix.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(suffix.as_bytes()) {
            continue;
        }
        // The suffix is ASCII, so it ends on a character boundary.
        let after = &rest[suffix.len()..];
        if !after.starts_with(is_word_char) {
            return Ok((after, (figure, None)));
        }
    }
    if let Ok((after, _)) = space1(rest)
        && let Some(after) = whole_word(TIMES, after)
        && comparison_follows(after)
    {
        return Ok((after, (figure, None)));
    }
    Err(no_match(input))
}

/// Whether the first word of `input` (up to a space) could end in a multiple's suffix or be
/// followed by "times": a cheap test before any figure is parsed, since most figures are no
/// factor.
fn may_be_multiplied(input: &str) -> bool {
    // A multiple's first word is short; looking no further keeps the test constant-time on a
    // line with no space.
    // "a thousand times brighter": the article opens the figure's words.
    let input = match input.as_bytes().first() {
        Some(b'a') => ["a ", "an "]
            .iter()
            .find_map(|a| input.strip_prefix(a))
            .unwrap_or(input),
        _ => input,
    };
    let head = &input.as_bytes()[..input.len().min(MULTIPLE_WORD_MAX)];
    let space = head.iter().position(|b| matches!(b, b' ' | b'\t'));
    let token = &head[..space.unwrap_or(head.len())];
    let figure = token
        .iter()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b','))
        .count();
    let suffixed = FOLD_SUFFIXES.iter().any(|suffix| {
        let at_figure_end = || {
            token
                .get(figure..figure + suffix.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(suffix.as_bytes()))
        };
        if figure > 0 {
            // After digits the suffix comes straight after them: "6-fold", "3x".
            at_figure_end()
        } else {
            // After words it ends them: "six-fold", "twenty-fold".
            suffix.len() > 1
                && token
                    .windows(suffix.len())
                    .any(|w| w.eq_ignore_ascii_case(suffix.as_bytes()))
        }
    });
    suffixed
        || space.is_some_and(|end| {
            space1(&input[end..]).is_ok_and(|(rest, _)| whole_word(TIMES, rest).is_some())
        })
}

/// A verb of [`FACTOR_BASE_VERBS`] in its base form ("to triple output"); the reader offers
/// it only after a word of `VERB_OPENERS`.
pub(crate) fn base_verb(input: &str) -> Res<'_, Factor> {
    FACTOR_BASE_VERBS
        .iter()
        .find_map(|&(w, ratio, change)| {
            let rest = whole_word(w, input)?;
            Some((rest, (table_figure(input, ratio).ok()?, Some(change))))
        })
        .ok_or_else(|| no_match(input))
}

/// "grew by 6 times": after "by" and a change verb, a figure and "times" with no comparison
/// after it is the multiple of the change.
pub(crate) fn times_alone(input: &str) -> Res<'_, Factor> {
    let (rest, figure) = if input.starts_with(|c: char| c.is_ascii_digit()) {
        decimal_digits(input)?
    } else {
        word_number(input)?
    };
    let (after, _) = space1(rest)?;
    let after = whole_word(TIMES, after).ok_or_else(|| no_match(input))?;
    Ok((after, (figure, None)))
}

/// "half as many": a fraction of [`FRACTION_MULTIPLIERS`] before "as".
fn fraction_multiplier(input: &str) -> Option<(&str, Factor)> {
    FRACTION_MULTIPLIERS.iter().find_map(|&(w, ratio)| {
        let rest = whole_word(w, input)?;
        let (after, _) = space1(rest).ok()?;
        whole_word(AS, after)?;
        Some((rest, (table_figure(input, ratio).ok()?, None)))
    })
}

/// A multiple, with the change its word states.
pub(crate) fn factor(input: &str) -> Res<'_, Factor> {
    if input.starts_with(['h', 'H'])
        && let Some(ok) = fraction_multiplier(input)
    {
        return Ok(ok);
    }
    if input.starts_with(|c: char| c.is_ascii_alphabetic())
        && let Ok(ok) = factor_word(input)
    {
        return Ok(ok);
    }
    if !may_be_multiplied(input) {
        return Err(no_match(input));
    }
    multiplied_figure(input)
}
