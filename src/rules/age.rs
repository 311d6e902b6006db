//! Ages: a figure read as years of age from the word before it. "aged 65 and over" is at
//! least 65 years, "aged six to 12" [6, 12] years, "voters under 30" and "children under
//! five" less than 30 and 5 years, as "a 23-year-old" is 23 years. The words are rows of
//! [`crate::vocab::nouns::AGE_WORDS_BEFORE`] and [`crate::vocab::nouns::AGE_NOUNS_BEFORE`].

use super::Site;
use crate::quantity::{Hedge, Kind, MeasureUnit, Quantity, Unit};
use crate::text::in_sorted;
use crate::vocab::nouns::{AGE_NOUNS_BEFORE, AGE_WORDS_BEFORE};

/// Whether the claim at `site`, a bare count, states an age: after an age word ("aged"), or
/// bounded by "under" / "over" after a noun of people ("voters under 30").
pub(crate) fn is_age(site: &Site<'_>, quantity: &Quantity) -> bool {
    if quantity.kind != Kind::Count || quantity.unit.is_some() || quantity.per.is_some() {
        return false;
    }
    let Some((word, _)) = site.before else {
        return false;
    };
    let word = word.to_ascii_lowercase();
    if in_sorted(AGE_WORDS_BEFORE, &word) {
        return true;
    }
    let bound = matches!(quantity.hedge, Some(Hedge::LessThan | Hedge::MoreThan));
    let text = &site.text[site.start..site.end];
    let by_word = ["under", "over"]
        .iter()
        .any(|w| text.len() > w.len() && text[..w.len()].eq_ignore_ascii_case(w));
    bound && by_word && in_sorted(AGE_NOUNS_BEFORE, &word)
}

/// The quantity as years of age.
pub(crate) fn as_age(quantity: Quantity) -> Quantity {
    Quantity {
        kind: Kind::Duration,
        unit: Some(Unit::Measure(MeasureUnit::Year)),
        ..quantity
    }
}

/// Where an age in years written with spaces ends when "old" follows it: "a 35 year old
/// woman" is the age "35 year old", as "a 35-year-old woman" is "35-year-old". `None` when
/// no "old" follows the claim ending at `end`, or the claim is no duration in years.
pub(crate) fn spaced_old_end(line: &str, end: usize, quantity: &Quantity) -> Option<usize> {
    let years = quantity.unit == Some(Unit::Measure(MeasureUnit::Year));
    let rest = line[end..].strip_prefix(" old")?;
    let whole_word = !rest.starts_with(|c: char| c.is_alphanumeric());
    (years && whole_word && line[..end].ends_with(" year")).then_some(end + 4)
}
