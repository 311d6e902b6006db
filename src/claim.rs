//! Claims: quantities found in running text, with their spans.

use std::borrow::Cow;

use crate::normalize::{Normalized, normalize};
use crate::options::Options;
use crate::quantity::{Kind, Quantity};
use crate::span::Span;
use crate::{context, noun, parse, resolve, scan};

/// One numeric claim found in a text: the quantity it states, where it stands, and the noun
/// it counts.
///
/// Spans are byte offsets into the text given to [`extract`](crate::extract), before any
/// normalization. `span` covers the qualifier, the figure and its unit ("at least 337",
/// "$461 million"); `noun`, when present, covers the counted noun phrase beside it.
///
/// ```
/// use numeric_claims::extract;
///
/// let text = "Ukraine launched at least 337 drones.";
/// let claims = extract(text);
/// assert_eq!(claims.len(), 1);
/// assert_eq!(claims[0].text(text), "at least 337");
/// assert_eq!(claims[0].noun_text(text), Some("drones"));
/// assert_eq!(claims[0].quantity.to_string(), "≥337");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Claim {
    /// Where the claim stands in the original text.
    pub span: Span,
    /// What the claim states.
    pub quantity: Quantity,
    /// The counted noun phrase ("Ukrainian drones"), for counts that have one.
    pub noun: Option<Span>,
}

impl Claim {
    /// The claim's text: `&text[self.span]`, where `text` is what was given to
    /// [`extract`](crate::extract).
    ///
    /// # Panics
    ///
    /// If `text` is not the text the claim was extracted from and the span does not fit it.
    ///
    /// ```
    /// # use numeric_claims::extract;
    /// let text = "some 50,000 soldiers";
    /// assert_eq!(extract(text)[0].text(text), "some 50,000");
    /// ```
    #[must_use]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.range()]
    }

    /// The counted noun phrase's text, if any.
    ///
    /// # Panics
    ///
    /// As for [`Claim::text`].
    ///
    /// ```
    /// # use numeric_claims::extract;
    /// let text = "126 of the Ukrainian drones";
    /// assert_eq!(extract(text)[0].noun_text(text), Some("Ukrainian drones"));
    /// ```
    #[must_use]
    pub fn noun_text<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.noun.map(|n| &text[n.range()])
    }
}

/// Every numeric claim in `text`, in order, non-overlapping.
///
/// The text is normalized first (see [`crate::normalize`]); every span in the result points
/// into `text` as given. Figures that SPEC.md section 4 says are not claims (designations,
/// dates, years, times, versions, phone numbers, the pronoun "one") are left out.
///
/// ```
/// use numeric_claims::{extract, Kind};
///
/// let text = "Ukraine launched at least 337 drones, and $461 million was pledged.";
/// let claims = extract(text);
/// assert_eq!(claims.len(), 2);
/// assert_eq!(claims[0].text(text), "at least 337");
/// assert_eq!(claims[1].text(text), "$461 million");
/// assert_eq!(claims[1].quantity.kind, Kind::Money);
/// ```
#[must_use]
pub fn extract(text: &str) -> Vec<Claim> {
    claims(text).collect()
}

/// [`extract`] with [`Options`], such as the decimal comma.
///
/// ```
/// use numeric_claims::{extract_with, Options};
///
/// let text = "Ukraine erhielt 1.550 Drohnen und 2,5 Milliarden.";
/// let claims = extract_with(text, &Options::new().decimal_comma(true));
/// assert_eq!(claims[0].quantity.to_string(), "1550");
/// ```
#[must_use]
pub fn extract_with(text: &str, options: &Options) -> Vec<Claim> {
    claims_with(text, options).collect()
}

/// The claims of `text` one at a time, for callers that stream: nothing is kept per claim.
///
/// ```
/// use numeric_claims::claims;
///
/// let text = "Over 70 drones were shot down, with nearly half intercepted over Moscow.";
/// let texts: Vec<&str> = claims(text).map(|c| c.text(text)).collect();
/// assert_eq!(texts, ["Over 70", "nearly half"]);
/// ```
#[must_use]
pub fn claims(text: &str) -> Claims<'_> {
    claims_with(text, &Options::new())
}

/// [`claims`] with [`Options`], such as the decimal comma.
///
/// ```
/// use numeric_claims::{claims_with, Options};
///
/// let text = "rund 3,5 %";
/// let found: Vec<_> = claims_with(text, &Options::new().decimal_comma(true)).collect();
/// assert_eq!(found[0].quantity.to_string(), "3.5 %");
/// ```
#[must_use]
pub fn claims_with<'a>(text: &'a str, options: &Options) -> Claims<'a> {
    let normalized = normalize(text);
    let read_as = match options.apply(normalized.as_str()) {
        Cow::Owned(changed) => Some(changed),
        Cow::Borrowed(_) => None,
    };
    Claims {
        normalized,
        read_as,
        pos: 0,
        last_end: 0,
        scanner: scan::Scanner::default(),
    }
}

/// An iterator over the claims of a text; see [`claims`].
#[derive(Debug, Clone)]
pub struct Claims<'a> {
    normalized: Normalized<'a>,
    /// The normalized text as [`Options`] make the grammar read it, when that differs; it
    /// has the same length, so spans map back through `normalized` unchanged.
    read_as: Option<String>,
    pos: usize,
    /// Where the last claim ended in the original text.
    last_end: usize,
    scanner: scan::Scanner,
}

impl Iterator for Claims<'_> {
    type Item = Claim;

    fn next(&mut self) -> Option<Claim> {
        let text = self.read_as.as_deref().unwrap_or(self.normalized.as_str());
        while let Some(start) = self.scanner.next_candidate(text, self.pos) {
            let Ok((rest, phrase)) = parse::claim(&text[start..]) else {
                self.pos = scan::skip_token(text, start);
                continue;
            };
            let end = text.len() - rest.len();
            self.pos = end;
            let Some(quantity) = resolve::resolve(&phrase) else {
                continue;
            };
            let noun = if quantity.kind == Kind::Count {
                let one = quantity.value == Some(crate::Number::ONE);
                noun::counted_noun(text, end, !one)
            } else {
                None
            };
            if context::not_a_claim(text, start, end, &phrase, noun.is_some()) {
                // Skip what is stuck to it too: "16s" in "F-16s" is not read again as "s".
                self.pos = scan::token_end(text, end);
                continue;
            }
            let span = self.normalized.original_span(Span::new(start, end));
            if span.is_empty() || span.start < self.last_end {
                // One source character can expand to several ("↉" is "0/3"): a claim read
                // inside the expansion of a character an earlier claim covers is dropped,
                // so claims stay ordered and apart in the original text.
                continue;
            }
            self.last_end = span.end;
            return Some(Claim {
                span,
                quantity,
                noun: noun.map(|n| self.normalized.original_span(n)),
            });
        }
        self.pos = text.len();
        None
    }
}
