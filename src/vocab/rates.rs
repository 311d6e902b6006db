//! The words of a rate's base: "$3.50 a gallon", "40 deaths per day", "47.4 per 100,000
//! people", "every 21 days", "€8m-a-year", "8.4m bpd". Read by [`crate::rules::rate`].

use crate::quantity::{Currency, MeasureUnit, Unit};

/// How a rate word may introduce its base.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RateWord {
    /// "a" / "an": a unit ("a gallon", "an hour") or a noun of [`BASE_NOUNS`] ("a share").
    Article,
    /// "per": a unit, a noun of [`BASE_NOUNS`], or an amount ("per 100,000 people").
    Per,
    /// "each" / "every": a unit or an amount of one ("every 21 days", "each year").
    Every,
}

/// The words that introduce a rate's base after a claim (or after its counted noun), sorted.
pub(crate) const RATE_WORDS: &[(&str, RateWord)] = &[
    ("a", RateWord::Article),
    ("an", RateWord::Article),
    ("each", RateWord::Every),
    ("every", RateWord::Every),
    ("per", RateWord::Per),
];

/// Nouns a rate is per, one of each, after "a" or "per": "12p a share", "$50 per person",
/// "$1,000 a head", "per capita". Sorted, lowercase.
pub(crate) const BASE_NOUNS: &[&str] = &[
    "adult",
    "capita",
    "child",
    "customer",
    "employee",
    "head",
    "household",
    "passenger",
    "patient",
    "person",
    "pupil",
    "resident",
    "seat",
    "share",
    "student",
    "ticket",
    "visitor",
    "worker",
];

/// Words after a period that make it a time, not a base: "a year ago", "a day after",
/// "a week earlier". Sorted, lowercase.
pub(crate) const NOT_A_BASE_AFTER: &[&str] = &[
    "after", "ago", "before", "earlier", "later", "on", "prior", "since",
];

/// Unit symbols that hold their base (the symbol as the claim's text ends, the unit the
/// claim's figure is in, and what it is per): "8.4m bpd" is 8400000 bbl per day, "142.9ppl"
/// 1.429 GBP per litre.
pub(crate) const RATE_SYMBOLS: &[(&str, Unit, MeasureUnit)] = &[
    ("b/d", Unit::Measure(MeasureUnit::Barrel), MeasureUnit::Day),
    ("bpd", Unit::Measure(MeasureUnit::Barrel), MeasureUnit::Day),
    ("ppl", Unit::Currency(Currency::Gbp), MeasureUnit::Litre),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::assert_sorted_lowercase;

    #[test]
    fn the_tables_are_sorted_and_lowercase() {
        let words: Vec<&str> = RATE_WORDS.iter().map(|(w, _)| *w).collect();
        assert_sorted_lowercase(&[BASE_NOUNS, NOT_A_BASE_AFTER, &words]);
    }
}
