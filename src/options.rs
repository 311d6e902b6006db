//! Reading options: choices a caller makes about the text, such as its decimal separator.

use std::borrow::Cow;

/// How to read figures in a text.
///
/// The default reads English conventions: `1,550.5` is one thousand five hundred and fifty and
/// a half. With [`Options::decimal_comma`] the roles of `.` and `,` between digits swap, so
/// `1.234,5` is 1234.5 and `3,5 %` is 3.5 percent. The decimal comma is read only when the
/// caller selects it (see the [contract](crate::contract#figures)).
///
/// ```
/// use numeric_claims::{extract_with, parse_quantity_with, Number, Options};
///
/// let comma = Options::new().decimal_comma(true);
/// let q = parse_quantity_with("1.234,5", &comma).unwrap();
/// assert_eq!(q.value, Number::decimal(12345, 1));
///
/// let text = "Die Inflation lag bei 3,5 %.";
/// let claims = extract_with(text, &comma);
/// assert_eq!(claims[0].text(text), "3,5 %");
/// assert_eq!(claims[0].quantity.to_string(), "3.5 %");
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Options {
    /// Whether `,` is the decimal separator and `.` groups thousands.
    pub decimal_comma: bool,
}

impl Options {
    /// The default options: a decimal point, commas grouping thousands.
    ///
    /// ```
    /// # use numeric_claims::Options;
    /// assert!(!Options::new().decimal_comma);
    /// ```
    #[must_use]
    pub const fn new() -> Options {
        Options {
            decimal_comma: false,
        }
    }

    /// The same options with the decimal comma chosen or not.
    ///
    /// ```
    /// # use numeric_claims::Options;
    /// assert!(Options::new().decimal_comma(true).decimal_comma);
    /// ```
    #[must_use]
    pub const fn decimal_comma(mut self, on: bool) -> Options {
        self.decimal_comma = on;
        self
    }

    /// The normalized text as the grammar should see it. The grammar reads one convention,
    /// the decimal point; under the decimal comma, `.` and `,` between two digits trade
    /// places. Each is one byte, so every offset stays where it was.
    pub(crate) fn apply<'t>(&self, normalized: &'t str) -> Cow<'t, str> {
        if !self.decimal_comma {
            return Cow::Borrowed(normalized);
        }
        let bytes = normalized.as_bytes();
        let swapped = |i: usize| {
            let b = bytes[i];
            let between_digits = i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            match b {
                b'.' if between_digits => b',',
                b',' if between_digits => b'.',
                _ => b,
            }
        };
        // One pass to learn whether anything changes, one to copy: no list of positions is
        // kept, so the only memory is the one copy of the text.
        if (0..bytes.len()).all(|i| swapped(i) == bytes[i]) {
            return Cow::Borrowed(normalized);
        }
        let out: Vec<u8> = (0..bytes.len()).map(swapped).collect();
        // Only ASCII bytes were exchanged for ASCII bytes.
        Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| normalized.to_string()))
    }
}
