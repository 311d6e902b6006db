//! The grammar's own failure type. Why a whole phrase failed, in the crate's terms, is
//! `diagnose.rs`.

use nom::error::{ErrorKind, ParseError};

/// Why a grammar rule failed. Most failures only mean "not this rule"; a malformed digit
/// group or a figure too large to hold is a hard failure that stops the whole phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PError<'a> {
    /// The input left where the failure happened.
    pub input: &'a str,
    /// What went wrong.
    pub kind: PKind,
}

/// The kinds of grammar failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PKind {
    /// A rule did not match.
    NoMatch,
    /// A thousands separator not followed by a group of three digits.
    ThousandsGroup,
    /// A figure whose value does not fit.
    TooLarge,
}

impl<'a> PError<'a> {
    /// A rule did not match at `input`.
    pub(crate) fn no_match(input: &'a str) -> Self {
        PError {
            input,
            kind: PKind::NoMatch,
        }
    }

    /// A thousands separator at `input` is not followed by a group of three digits.
    pub(crate) fn thousands_group(input: &'a str) -> Self {
        PError {
            input,
            kind: PKind::ThousandsGroup,
        }
    }

    /// The figure at `input` does not fit.
    pub(crate) fn too_large(input: &'a str) -> Self {
        PError {
            input,
            kind: PKind::TooLarge,
        }
    }
}

impl<'a> ParseError<&'a str> for PError<'a> {
    fn from_error_kind(input: &'a str, _: ErrorKind) -> Self {
        PError::no_match(input)
    }

    fn append(_: &'a str, _: ErrorKind, other: Self) -> Self {
        other
    }
}

/// The result of a grammar rule.
pub(crate) type Res<'a, T> = nom::IResult<&'a str, T, PError<'a>>;

/// The first of two readings, or the second where the first did not match: nom's `alt` of
/// two, written out for the grammar's hottest rules. A hard failure of the first stops.
pub(crate) fn or_else<'a, T>(first: Res<'a, T>, second: impl FnOnce() -> Res<'a, T>) -> Res<'a, T> {
    match first {
        Err(nom::Err::Error(_)) => second(),
        other => other,
    }
}

/// "Not this rule", at `input`.
pub(crate) fn no_match(input: &str) -> nom::Err<PError<'_>> {
    nom::Err::Error(PError::no_match(input))
}

/// "The figure at `input` does not fit": a hard failure.
pub(crate) fn too_large(input: &str) -> nom::Err<PError<'_>> {
    nom::Err::Failure(PError::too_large(input))
}
