//! The words the context rules (`context.rs`) look at around a figure: month names, version
//! words, and the years a bare four-digit figure is read as.

use core::ops::RangeInclusive;

/// Month names and their abbreviations, lowercase; a month is written capitalized, with or
/// without a point after an abbreviation ("Feb. 23", "12 March 2024").
pub(crate) const MONTHS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
];

/// Names written as a figure and a letter that the unit and scale tables would misread:
/// screen resolutions ("4K" is no 4000, "1080p" no 10.80 GBP). Exact case.
pub(crate) const NAMED_FIGURES: &[&str] = &[
    "4K", "5K", "8K", "480p", "720p", "1080p", "1440p", "2160p", "4320p",
];

/// Words after which a bare figure is a version number ("version 2", "v. 3").
pub(crate) const VERSION_WORDS: &[&str] = &["version", "v.", "ver."];

/// Words after which "second" with no noun after it is the unit of time, not an ordinal:
/// "per second", "each second.", "wait a second". Sorted.
pub(crate) const SECOND_OF_TIME_BEFORE: &[&str] = &["a", "each", "every", "one", "per"];

/// The years a bare four-digit figure ("in 2022") or a range of them ("2014-2022") is read as.
pub(crate) const YEARS: RangeInclusive<i128> = 1800..=2100;

/// Words that put a four-digit figure in a year's role even when a plural noun follows it:
/// "in 2022 drones were cheap", "since 1990 prices rose". Sorted.
pub(crate) const YEAR_WORDS_BEFORE: &[&str] = &[
    "after", "before", "between", "by", "during", "from", "in", "of", "since", "the", "through",
    "to", "until",
];

/// Words after an hour that make it a time of day: "6 PM", "9am", "11 p.m.". Any case; each
/// starts with "a" or "p", which the rule checks first.
pub(crate) const CLOCK_WORDS: &[&str] = &["am", "pm", "a.m.", "p.m."];

// The time-of-day rule reads one byte before it reads a clock word: each must start with it.
const _: () = {
    let mut i = 0;
    while i < CLOCK_WORDS.len() {
        let first = CLOCK_WORDS[i].as_bytes()[0];
        assert!(
            first == b'a' || first == b'p',
            "a clock word starts with a or p"
        );
        i += 1;
    }
};

/// The hours a figure before a clock word is read as.
pub(crate) const CLOCK_HOURS: RangeInclusive<i128> = 1..=12;

/// The days of a month, for "12 March 2024" and "Feb. 23".
pub(crate) const DAYS: RangeInclusive<i128> = 1..=31;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_read_by_binary_search_are_sorted_and_lowercase() {
        crate::vocab::assert_sorted_lowercase(&[YEAR_WORDS_BEFORE, SECOND_OF_TIME_BEFORE]);
    }
}
