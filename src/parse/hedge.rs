//! Qualifiers: the words before (or after) a figure that say what the figure bounds. The
//! words are rows of [`crate::vocab::hedges`].

use nom::Parser;

use super::error::{Res, no_match};
use super::lex::{space1, whole_word};
use crate::quantity::Hedge;
use crate::text::is_word_char;
use crate::vocab::hedges::{POST_HEDGE_INDEX, PRE_HEDGE_INDEX};
use crate::vocab::index::Lexicon;

/// The input after the qualifier `phrase` when `input` starts with it.
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

fn longest<'a>(lexicon: &Lexicon<Hedge>, input: &'a str) -> Res<'a, Hedge> {
    lexicon
        .longest(input, |phrase, _, input| qualifier(phrase, input))
        .ok_or_else(|| no_match(input))
}

/// A qualifier before the figure: a row of [`crate::vocab::hedges::PRE_HEDGES`].
pub(crate) fn pre_hedge(input: &str) -> Res<'_, Hedge> {
    longest(&PRE_HEDGE_INDEX, input)
}

/// A qualifier after the figure: "+" straight after it, or a row of
/// [`crate::vocab::hedges::POST_HEDGES`] after a space.
pub(crate) fn post_hedge(input: &str) -> Res<'_, Hedge> {
    if let Some(rest) = input.strip_prefix('+')
        && !rest.starts_with(is_word_char)
    {
        return Ok((rest, Hedge::AtLeast));
    }
    let (rest, _) = space1.parse(input)?;
    longest(&POST_HEDGE_INDEX, rest)
}
