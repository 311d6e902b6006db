//! Byte spans into the caller's original text.

use core::fmt;
use core::ops::Range;

/// A half-open range of byte offsets, `start..end`, into a piece of text.
///
/// Every span the crate reports points into the caller's *original* text, before any
/// normalization, and always lies on `char` boundaries, so `&text[span.range()]` never panics.
///
/// ```
/// use numeric_claims::Span;
///
/// let text = "at least 337 drones";
/// let span = Span::new(9, 12);
/// assert_eq!(&text[span.range()], "337");
/// assert_eq!(format!("{span:?}"), "9..12");
/// ```
///
/// Build one with [`Span::new`] or from a `Range<usize>`; the struct is `#[non_exhaustive]`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Span {
    /// The first byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Makes a span from its two ends.
    ///
    /// ```
    /// # use numeric_claims::Span;
    /// assert_eq!(Span::new(3, 7).len(), 4);
    /// ```
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The number of bytes covered.
    ///
    /// ```
    /// # use numeric_claims::Span;
    /// assert_eq!(Span::new(5, 5).len(), 0);
    /// ```
    #[must_use]
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    ///
    /// ```
    /// # use numeric_claims::Span;
    /// assert!(Span::new(5, 5).is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The span as a `Range`, ready for slicing.
    ///
    /// ```
    /// # use numeric_claims::Span;
    /// assert_eq!(&"about 20"[Span::new(6, 8).range()], "20");
    /// ```
    #[must_use]
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The same span moved `by` bytes to the right.
    ///
    /// ```
    /// # use numeric_claims::Span;
    /// assert_eq!(Span::new(1, 2).shift(10), Span::new(11, 12));
    /// ```
    #[must_use]
    pub const fn shift(self, by: usize) -> Self {
        Span {
            start: self.start + by,
            end: self.end + by,
        }
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Self {
        span.range()
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Self {
        Span::new(range.start, range.end)
    }
}
