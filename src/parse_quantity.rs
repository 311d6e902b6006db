//! The public entry for one phrase: [`parse_quantity`]. It runs the grammar (`parse/`) on the
//! whole phrase, then resolution, which is why it lives outside the grammar; the grammar says
//! why a phrase failed, and this module maps its offsets back to the caller's phrase.

use crate::error::Error;
use crate::normalize::normalize;
use crate::options::Options;
use crate::parse::phrase::Core;
use crate::parse::read_phrase;
use crate::quantity::Quantity;
use crate::resolve::resolve;
use crate::rules::rate::rate_base;
use crate::vocab::english::ENGLISH;

/// Parses one whole numeric phrase into a [`Quantity`].
///
/// The phrase is normalized first (typographic dashes, no-break spaces, fullwidth digits,
/// ...); it may have white space around it but nothing else: a qualifier, a figure or range or
/// vague amount, and a unit. Its words are separated by spaces, never by a line break. Error
/// offsets are byte offsets into `phrase` as given.
///
/// ```
/// use numeric_claims::{parse_quantity, Certainty, Hedge, Kind, Number};
///
/// let q = parse_quantity("at least 337").unwrap();
/// assert_eq!(q.value, Some(Number::from(337)));
/// assert_eq!(q.hedge, Some(Hedge::AtLeast));
/// assert_eq!(q.certainty, Certainty::Exact);
/// assert_eq!(q.kind, Kind::Count);
/// assert_eq!(q.to_string(), "≥337");
/// ```
///
/// # Errors
///
/// - an empty phrase: "expected a number, but the phrase is empty at byte 0";
/// - a qualifier with no figure: `"more than"` gives "expected a number after 'more than' at
///   byte 9";
/// - no figure: `"drones"` gives "expected a number at byte 0";
/// - a range with an end missing: `"between 20 and drones"` gives "expected the second figure
///   of a range after 'between 20 and', but found 'drones' at byte 15", and `"between 20 or
///   30"` "expected 'and' after 'between 20', but found 'or' at byte 11" (the reading that got
///   furthest names what it expected);
/// - a malformed digit group: `"1,55,0"` gives "expected a group of three digits after the
///   thousands separator at byte 2";
/// - a figure too large to hold exactly (beyond about 10^38): [`Error::is_too_large`];
/// - anything after the phrase: `"337 drones"` gives "expected the end of the phrase, but found
///   'drones' at byte 4".
pub fn parse_quantity(phrase: &str) -> Result<Quantity, Error> {
    parse_quantity_with(phrase, &Options::new())
}

/// [`parse_quantity`] with [`Options`], such as the decimal comma.
///
/// ```
/// use numeric_claims::{parse_quantity_with, Number, Options};
///
/// let q = parse_quantity_with("mehr als 1.550", &Options::new().decimal_comma(true));
/// assert!(q.is_err(), "the grammar is English; only the figures follow the option");
/// let q = parse_quantity_with("more than 1.550", &Options::new().decimal_comma(true)).unwrap();
/// assert_eq!(q.value, Some(Number::from(1550)));
/// ```
///
/// # Errors
///
/// As for [`parse_quantity`].
pub fn parse_quantity_with(phrase: &str, options: &Options) -> Result<Quantity, Error> {
    let normalized = normalize(phrase);
    let read_as = options.apply(normalized.as_str());
    let text: &str = &read_as;
    let original = |offset: usize| normalized.original_offset(offset);
    let start = text.len() - text.trim_start().len();
    let body = &text[start..];
    if body.is_empty() {
        return Err(Error::empty(phrase.len()));
    }
    match read_phrase(body) {
        Ok((rest, parsed)) => {
            if let Core::Tally(_, _, at) = parsed.core {
                // A score is two figures, not one quantity.
                let second = &body[at.second_start..body.len() - rest.len()];
                return Err(Error::trailing(second, original(start + at.second_start)));
            }
            let mut quantity = resolve(&parsed).ok_or_else(|| Error::too_large(original(start)))?;
            let mut rest = rest;
            // A rate's base after the phrase: "$3.50 a gallon", "47.4 per 100,000".
            let after = body.len() - rest.len();
            let base = rate_base(body, &body[..after], after, &quantity, &ENGLISH.morphology);
            if let Some(base) = base.filter(|b| b.noun.is_none()) {
                quantity.per = Some(base.per);
                rest = &body[base.end..];
            }
            let trimmed = rest.trim_start();
            if let Some(found) = trimmed.split_whitespace().next() {
                let at = text.len() - trimmed.len();
                return Err(Error::trailing(found, original(at)));
            }
            Ok(quantity)
        }
        Err(failure) => Err(failure.to_error((text, start), phrase, original)),
    }
}
