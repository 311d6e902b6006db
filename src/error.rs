//! The crate's one error type.

use core::fmt;

/// Why a phrase, a canonical form or a byte string could not be read.
///
/// Every error carries the byte offset where reading failed, and its `Display` is one line
/// that ends with that offset. The one exception is a name that is no variant's (reading a
/// [`Kind`](crate::Kind), [`Unit`](crate::Unit), ... from a string): the whole string is the
/// name, so the message quotes it instead and the offset is 0.
///
/// ```
/// use numeric_claims::{parse_quantity, Kind};
///
/// let err = parse_quantity("at least drones").unwrap_err();
/// assert_eq!(err.to_string(), "expected a number after 'at least' at byte 9");
/// assert_eq!(err.offset(), 9);
/// assert!(err.is_expected_number());
///
/// let err = "counts".parse::<Kind>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown Kind name 'counts'");
/// assert_eq!(err.offset(), 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    offset: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ErrorKind {
    Empty,
    ExpectedNumber,
    ExpectedNumberAfter(Box<str>),
    /// What was expected, what was read before it, and the word found instead (none where
    /// the phrase ends).
    ExpectedAfter(Box<str>, Box<str>, Option<Box<str>>),
    ThousandsGroup,
    TooLarge,
    Trailing(Box<str>),
    InvalidForm(&'static str),
    /// The type, the name found, and why the name is no longer one, if it once was.
    UnknownName(&'static str, Box<str>, Option<&'static str>),
    InvalidUtf8,
}

impl Error {
    pub(crate) fn empty(offset: usize) -> Error {
        Error {
            kind: ErrorKind::Empty,
            offset,
        }
    }

    pub(crate) fn expected_number(offset: usize) -> Error {
        Error {
            kind: ErrorKind::ExpectedNumber,
            offset,
        }
    }

    pub(crate) fn expected_number_after(qualifier: &str, offset: usize) -> Error {
        Error {
            kind: ErrorKind::ExpectedNumberAfter(qualifier.into()),
            offset,
        }
    }

    pub(crate) fn expected_after(
        expected: &str,
        read: &str,
        found: Option<&str>,
        offset: usize,
    ) -> Error {
        Error {
            kind: ErrorKind::ExpectedAfter(expected.into(), read.into(), found.map(Into::into)),
            offset,
        }
    }

    pub(crate) fn thousands_group(offset: usize) -> Error {
        Error {
            kind: ErrorKind::ThousandsGroup,
            offset,
        }
    }

    pub(crate) fn too_large(offset: usize) -> Error {
        Error {
            kind: ErrorKind::TooLarge,
            offset,
        }
    }

    pub(crate) fn trailing(found: &str, offset: usize) -> Error {
        Error {
            kind: ErrorKind::Trailing(found.into()),
            offset,
        }
    }

    pub(crate) fn invalid_form(expected: &'static str, offset: usize) -> Error {
        Error {
            kind: ErrorKind::InvalidForm(expected),
            offset,
        }
    }

    pub(crate) fn unknown_name(
        what: &'static str,
        found: &str,
        why: Option<&'static str>,
    ) -> Error {
        Error {
            kind: ErrorKind::UnknownName(what, found.into(), why),
            offset: 0,
        }
    }

    /// The byte offset into the input where reading failed.
    ///
    /// ```
    /// # use numeric_claims::parse_quantity;
    /// assert_eq!(parse_quantity("more than").unwrap_err().offset(), 9);
    /// ```
    #[must_use]
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// Whether a number was expected and not found (including an empty phrase).
    ///
    /// ```
    /// # use numeric_claims::parse_quantity;
    /// assert!(parse_quantity("").unwrap_err().is_expected_number());
    /// ```
    #[must_use]
    pub fn is_expected_number(&self) -> bool {
        matches!(
            self.kind,
            ErrorKind::Empty
                | ErrorKind::ExpectedNumber
                | ErrorKind::ExpectedNumberAfter(_)
                | ErrorKind::ExpectedAfter(..)
        )
    }

    /// Whether a figure was well formed but its value does not fit the crate's exact numbers
    /// (magnitudes up to about 10^38).
    ///
    /// ```
    /// # use numeric_claims::parse_quantity;
    /// assert!(parse_quantity(&"9".repeat(100)).unwrap_err().is_too_large());
    /// ```
    #[must_use]
    pub fn is_too_large(&self) -> bool {
        matches!(self.kind, ErrorKind::TooLarge)
    }

    /// Whether the input was not valid UTF-8.
    ///
    /// ```
    /// # use numeric_claims::Error;
    /// let bad = std::str::from_utf8(b"ab\xff").unwrap_err();
    /// let err = Error::from(bad);
    /// assert!(err.is_invalid_utf8());
    /// assert_eq!(err.offset(), 2);
    /// ```
    #[must_use]
    pub fn is_invalid_utf8(&self) -> bool {
        matches!(self.kind, ErrorKind::InvalidUtf8)
    }

    /// Whether the error is a malformed digit group, as in "1,55,0".
    ///
    /// ```
    /// # use numeric_claims::parse_quantity;
    /// assert!(parse_quantity("1,55,0").unwrap_err().is_malformed_figure());
    /// ```
    #[must_use]
    pub fn is_malformed_figure(&self) -> bool {
        matches!(self.kind, ErrorKind::ThousandsGroup)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Empty => f.write_str("expected a number, but the phrase is empty")?,
            ErrorKind::ExpectedNumber => f.write_str("expected a number")?,
            ErrorKind::ExpectedNumberAfter(q) => write!(f, "expected a number after '{q}'")?,
            ErrorKind::ExpectedAfter(expected, read, found) => {
                write!(f, "expected {expected} after '{read}', ")?;
                match found {
                    Some(found) => write!(f, "but found '{found}'")?,
                    None => f.write_str("but the phrase ends")?,
                }
            }
            ErrorKind::ThousandsGroup => {
                f.write_str("expected a group of three digits after the thousands separator")?;
            }
            ErrorKind::TooLarge => f.write_str("number too large")?,
            ErrorKind::Trailing(found) => {
                write!(f, "expected the end of the phrase, but found '{found}'")?;
            }
            ErrorKind::InvalidForm(expected) => write!(f, "expected {expected}")?,
            ErrorKind::UnknownName(what, found, why) => {
                write!(f, "unknown {what} name '{found}'")?;
                return match why {
                    Some(why) => write!(f, ": {why}"),
                    None => Ok(()),
                };
            }
            ErrorKind::InvalidUtf8 => f.write_str("invalid UTF-8")?,
        }
        write!(f, " at byte {}", self.offset)
    }
}

impl std::error::Error for Error {}

impl From<core::str::Utf8Error> for Error {
    fn from(err: core::str::Utf8Error) -> Error {
        Error {
            kind: ErrorKind::InvalidUtf8,
            offset: err.valid_up_to(),
        }
    }
}
