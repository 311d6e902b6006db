//! Why a whole phrase is not a quantity, for [`crate::parse_quantity`]'s errors: what was
//! being read when the reading stopped, and what was found there.
//!
//! The grammar itself only says "no claim here", which is all the reader needs on running
//! text and keeps it fast. When a phrase given on its own fails, the shapes it began are
//! read again here, and the one that got furthest names what it expected:
//!
//! | phrase | message |
//! |---|---|
//! | `between 20 and drones` | expected the second figure of a range after 'between 20 and', but found 'drones' |
//! | `from 5 to` | expected the second figure of a range after 'from 5 to', but the phrase ends |
//! | `between drones` | expected the first figure of a range after 'between', but found 'drones' |
//! | `between 20 or 30` | expected 'and' after 'between 20', but found 'or' |
//! | `20 to drones` | expected the second figure of a range after '20 to', but found 'drones' |
//! | `at least drones` | expected a number after 'at least' |
//! | `drones` | expected a number |

use super::amount;
use super::error::{PError, PKind};
use super::hedge::pre_hedge;
use super::lex::{space0, space1};
use crate::error::Error;
use crate::text::whole_word;
use crate::vocab::ranges::{RANGE_JOINERS, RANGE_OPENERS, RANGE_SIGNS};

/// Why a phrase failed, with the input left where the reading stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Failure<'a> {
    /// No figure where one was expected. `read` is what came before it (a qualifier, the
    /// start of a range), empty when the phrase began with no figure; `what` names the
    /// figure expected ("a number", "the second figure of a range").
    Expected {
        what: &'static str,
        read: &'a str,
        at: &'a str,
    },
    /// The closing word of a range ("and" of "between ... and") is not there.
    Closer {
        closer: &'static str,
        read: &'a str,
        at: &'a str,
    },
    /// A thousands separator not followed by a group of three digits, at `at`.
    ThousandsGroup { at: &'a str },
    /// A figure too large to hold, at `at`.
    TooLarge { at: &'a str },
}

impl<'a> Failure<'a> {
    /// The failure of the grammar's hard error `err`.
    pub(crate) fn hard(err: &PError<'a>) -> Failure<'a> {
        match err.kind {
            PKind::ThousandsGroup => Failure::ThousandsGroup { at: err.input },
            PKind::TooLarge => Failure::TooLarge { at: err.input },
            PKind::NoMatch => Failure::Expected {
                what: NUMBER,
                read: "",
                at: err.input,
            },
        }
    }
}

/// The figure a phrase expects first.
const NUMBER: &str = "a number";

/// The text of `phrase` from its start up to `at`, the input left over, without the spaces
/// before `at`.
fn read_up_to<'a>(phrase: &'a str, at: &str) -> &'a str {
    phrase[..phrase.len() - at.len()].trim_end_matches(crate::text::is_space)
}

/// Why `phrase`, which the grammar did not read, is no quantity: the reading of the shape
/// it begins that got furthest.
pub(crate) fn diagnose(phrase: &str) -> Failure<'_> {
    explicit_range(phrase)
        .or_else(|| qualified(phrase))
        .or_else(|| open_range(phrase))
        .unwrap_or(Failure::Expected {
            what: NUMBER,
            read: "",
            at: phrase,
        })
}

/// The figure after a joiner, or why it is not there: `Some` when none follows.
fn second_end<'a>(phrase: &'a str, after_joiner: &'a str) -> Option<Failure<'a>> {
    match amount(after_joiner) {
        Ok(_) => None,
        Err(nom::Err::Failure(e)) => Some(Failure::hard(&e)),
        Err(_) => Some(Failure::Expected {
            what: "the second figure of a range",
            read: read_up_to(phrase, after_joiner),
            at: after_joiner,
        }),
    }
}

/// "between X and Y", "from X to Y": which part is missing.
fn explicit_range(phrase: &str) -> Option<Failure<'_>> {
    let (after, closer) = RANGE_OPENERS
        .iter()
        .find_map(|&(opener, closer)| Some((whole_word(opener, phrase)?, closer)))?;
    let (first_at, _) = space0(after).ok()?;
    let rest = match amount(first_at) {
        Ok((rest, _)) => rest,
        Err(nom::Err::Failure(e)) => return Some(Failure::hard(&e)),
        Err(_) => {
            return Some(Failure::Expected {
                what: "the first figure of a range",
                read: read_up_to(phrase, first_at),
                at: first_at,
            });
        }
    };
    let joined = if closer == "and" {
        space1(rest)
            .ok()
            .and_then(|(r, _)| whole_word(closer, r))
            .map(skip_spaces)
    } else {
        joiner(rest)
    };
    let Some(after_joiner) = joined else {
        let (at, _) = space0(rest).ok()?;
        return Some(Failure::Closer {
            closer,
            read: read_up_to(phrase, at),
            at,
        });
    };
    second_end(phrase, after_joiner)
}

/// A qualifier with no figure after it: "at least drones", "more than".
fn qualified(phrase: &str) -> Option<Failure<'_>> {
    let (rest, _) = pre_hedge(phrase).ok()?;
    let (at, _) = space0(rest).ok()?;
    if let Ok((after, _)) = amount(at) {
        // A figure follows: the range after it, if one was begun, is what is missing.
        return joiner(after).and_then(|joined| second_end(phrase, joined));
    }
    Some(Failure::Expected {
        what: NUMBER,
        read: read_up_to(phrase, at),
        at,
    })
}

/// A figure and a joiner with no figure after it: "20 to drones", "5 -".
fn open_range(phrase: &str) -> Option<Failure<'_>> {
    let (after, _) = amount(phrase).ok()?;
    second_end(phrase, joiner(after)?)
}

/// The range begun after the phrase's claim, which ends where `rest` starts, when its second
/// figure is missing: "20 to drones".
pub(crate) fn unfinished_range<'a>(phrase: &'a str, rest: &'a str) -> Option<Failure<'a>> {
    second_end(phrase, joiner(rest)?)
}

/// `input` after its spaces.
fn skip_spaces(input: &str) -> &str {
    input.trim_start_matches(crate::text::is_space)
}

/// The input after what joins the ends of a range ("-", "to", "or", "through") and the
/// spaces after it, even where the phrase ends there ("from 5 to").
fn joiner(input: &str) -> Option<&str> {
    let at = skip_spaces(input);
    if let Some(sign) = RANGE_SIGNS.iter().find(|&&sign| at.starts_with(sign)) {
        return Some(skip_spaces(&at[sign.len()..]));
    }
    if at.len() == input.len() {
        return None;
    }
    let after = RANGE_JOINERS.iter().find_map(|w| whole_word(w, at))?;
    Some(skip_spaces(after))
}

impl Failure<'_> {
    /// The crate's error for this failure of the phrase at `start..` of `text` (the normalized
    /// phrase, which the grammar read), in terms of the caller's `phrase`: `original` maps an
    /// offset of `text` to one of `phrase`, and what was read is quoted as the caller wrote it.
    pub(crate) fn to_error(
        self,
        (text, start): (&str, usize),
        phrase: &str,
        original: impl Fn(usize) -> usize,
    ) -> Error {
        let offset = |at: &str| original(text.len() - at.len());
        let written = |read: &str| &phrase[original(start)..original(start + read.len())];
        fn found(at: &str) -> Option<&str> {
            at.split_whitespace().next()
        }
        match self {
            Failure::ThousandsGroup { at } => Error::thousands_group(offset(at)),
            Failure::TooLarge { at } => Error::too_large(offset(at)),
            Failure::Expected { read: "", at, .. } => Error::expected_number(offset(at)),
            Failure::Expected {
                what: NUMBER,
                read,
                at,
            } => Error::expected_number_after(written(read), offset(at)),
            Failure::Expected { what, read, at } => {
                Error::expected_after(what, written(read), found(at), offset(at))
            }
            Failure::Closer { closer, read, at } => {
                let expected = format!("'{closer}'");
                Error::expected_after(&expected, written(read), found(at), offset(at))
            }
        }
    }
}
