//! Qualifiers: the words before (or after) a figure that say what the figure bounds. The
//! words are rows of [`crate::vocab::hedges`].

use nom::Parser;

use super::error::{Res, no_match};
use super::lex::space1;
use crate::quantity::Hedge;
use crate::text::is_word_char;
use crate::vocab::hedges::{POST_HEDGE_INDEX, longest_qualifier, pre_hedge_at};

/// A qualifier before the figure: a row of [`crate::vocab::hedges::PRE_HEDGES`].
pub(crate) fn pre_hedge(input: &str) -> Res<'_, Hedge> {
    pre_hedge_at(input).ok_or_else(|| no_match(input))
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
    longest_qualifier(&POST_HEDGE_INDEX, rest).ok_or_else(|| no_match(rest))
}
