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
/// screen resolutions ("4K" is no 4000, "1080p" no 10.80 GBP), and names the grammar would
/// read as a fraction or a range: dates that name events ("9/11", "7/7"), "24/7", a shop
/// ("7-Eleven"). Exact case.
pub(crate) const NAMED_FIGURES: &[&str] = &[
    "4K", "5K", "8K", "480p", "720p", "1080p", "1440p", "2160p", "4320p", "24/7", "7/7", "9/11",
    "7-Eleven",
];

/// Words that name a thing by the number after them: a figure after one of these is a
/// designation ("Flight 214", "Section 230", "stage 2 cancer", "counts 2 to 6",
/// "epidemiological week 41"), at a sentence start as anywhere else; "three phases" and "12
/// pages", with the word after the figure, stay counts. Sorted, lowercase; a point after an
/// abbreviation ("Fig.") is not part of the row.
pub(crate) const DESIGNATION_WORDS: &[&str] = &[
    "act",
    "amendment",
    "apollo",
    "art",
    "article",
    "articles",
    "asteroid",
    "berth",
    "bill",
    "bulletin",
    "category",
    "chapter",
    "chapters",
    "charge",
    "charges",
    "class",
    "count",
    "counts",
    "district",
    "episode",
    "episodes",
    "exhibit",
    "fig",
    "figs",
    "figure",
    "figures",
    "flight",
    "game",
    "games",
    "gate",
    "grade",
    "highway",
    "hole",
    "interstate",
    "lap",
    "laps",
    "level",
    "levels",
    "model",
    "pad",
    "page",
    "pages",
    "para",
    "paragraph",
    "paragraphs",
    "phase",
    "phases",
    "pier",
    "platform",
    "proposition",
    "reactor",
    "resolution",
    "room",
    "round",
    "rounds",
    "route",
    "rule",
    "rules",
    "season",
    "seasons",
    "section",
    "sections",
    "stage",
    "stages",
    "table",
    "tables",
    "terminal",
    "tier",
    "title",
    "type",
    "week",
    "weeks",
    "windows",
    "zone",
];

/// Words that name a thing by its number only when written with a capital ("Day 3 of the
/// trial", "Year 10 pupils"): in lower case they are periods a count may follow ("every day
/// 5,000 people cross"). Sorted, lowercase.
pub(crate) const CAPITAL_DESIGNATION_WORDS: &[&str] = &["day", "match", "year"];

/// Words before a designation word that make it a period or a choice instead ("last week
/// 300 people", "this season 12 clubs"). Sorted, lowercase.
pub(crate) const NOT_DESIGNATION_BEFORE: &[&str] = &[
    "a", "another", "each", "entire", "every", "last", "next", "one", "past", "per", "previous",
    "same", "that", "this", "whole",
];

/// Words after which a figure is a rank, no amount: "No. 1", "world No 1", "Nos. 3 and 4";
/// "number" only after a word of [`RANK_NUMBER_BEFORE`] ("ranked number two"). The point is
/// part of the row: a bare "no" is the determiner ("no 5-star hotels") unless capitalized.
pub(crate) const RANK_WORDS: &[&str] = &["no.", "nos."];

/// Words before "number" or "No" that make the figure after it a rank: "ranked number two",
/// "seeded No 4", "world No 1". Sorted, lowercase.
pub(crate) const RANK_NUMBER_BEFORE: &[&str] =
    &["rank", "ranked", "ranking", "seed", "seeded", "world"];

/// The last word of a street address: "10 Downing Street", "14-16 King Street", "1600
/// Pennsylvania Avenue". Sorted, lowercase; written capitalized.
pub(crate) const STREET_WORDS: &[&str] = &[
    "ave",
    "avenue",
    "blvd",
    "boulevard",
    "close",
    "crescent",
    "drive",
    "lane",
    "place",
    "rd",
    "road",
    "square",
    "st",
    "street",
    "terrace",
    "way",
];

/// Time zones, and "local": after four digits ("0630 GMT", "1430 local time") they make a
/// time of day. Sorted, lowercase.
pub(crate) const TIME_ZONES: &[&str] = &[
    "aedt", "aest", "bst", "cdt", "cest", "cet", "cst", "edt", "eest", "eet", "est", "et", "gmt",
    "hrs", "ist", "jst", "kst", "local", "msk", "pdt", "pst", "pt", "utc",
];

/// The words after an ordinal or a fraction that make them a part of a year, no claim: "the
/// first half of the year", "in the second quarter", "second-quarter profit". Sorted.
pub(crate) const PERIOD_PARTS: &[&str] = &["half", "halves", "quarter", "quarters"];

/// Ordinals before "half" or "quarter" that make it a part of a year: "the first half", "the
/// second-quarter results", "the final quarter". Sorted, lowercase.
pub(crate) const ORDINAL_PERIOD_BEFORE: &[&str] = &[
    "1st", "2nd", "3rd", "4th", "final", "first", "fourth", "last", "latter", "second", "third",
];

/// The words after "a quarter" or "a half" that make it a period ago, no fraction: "compared
/// with a quarter ago". Sorted.
pub(crate) const PERIOD_AGO: &[&str] = &["ago", "before", "earlier"];

/// Words before the verb "second" ("we second her nomination"): a pronoun subject or a
/// modal; "second" after one of them is no ordinal. Sorted.
pub(crate) const SECOND_VERB_BEFORE: &[&str] = &["i", "they", "we", "will", "would", "you"];

/// Aircraft model numbers: three digits that name a type when a model's mark follows them
/// ([`model_number_at`]). Sorted.
pub(crate) const MODEL_NUMBERS: &[&str] = &[
    "707", "717", "727", "737", "747", "757", "767", "777", "787",
];

/// Words after a model number that make it the aircraft's type: "a 757 freighter", "35 777
/// freighter orders", "the 737 MAX". Sorted, lowercase.
pub(crate) const MODEL_WORDS: &[&str] = &[
    "aircraft",
    "airframe",
    "airframes",
    "airliner",
    "airliners",
    "dreamliner",
    "dreamliners",
    "er",
    "freighter",
    "freighters",
    "jet",
    "jetliner",
    "jetliners",
    "jets",
    "max",
    "plane",
    "planes",
    "widebodies",
    "widebody",
];

/// Whether a model number of [`MODEL_NUMBERS`] starts at `at` of `text` and is written as one:
/// with a variant after a hyphen ("767-300"), a mark glued to it ("767F", "777X", "767Fs"), or
/// a word of [`MODEL_WORDS`] after a space ("a 757 freighter").
pub(crate) fn model_number_at(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(digits) = text.get(at..at + 3) else {
        return false;
    };
    if bytes.get(at + 3).is_some_and(u8::is_ascii_digit)
        || (at > 0 && bytes[at - 1].is_ascii_alphanumeric())
        || MODEL_NUMBERS.binary_search(&digits).is_err()
    {
        return false;
    }
    match bytes.get(at + 3) {
        Some(b'-') => bytes.get(at + 4).is_some_and(u8::is_ascii_digit),
        Some(b) if b.is_ascii_uppercase() => true,
        Some(b' ') => {
            let rest = &text[at + 4..];
            let len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
            crate::text::in_sorted(MODEL_WORDS, &rest[..len])
        }
        _ => false,
    }
}

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
    "after", "before", "between", "by", "during", "from", "in", "since", "the", "through", "to",
    "until",
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
        crate::vocab::assert_sorted_lowercase(&[
            YEAR_WORDS_BEFORE,
            SECOND_OF_TIME_BEFORE,
            DESIGNATION_WORDS,
            CAPITAL_DESIGNATION_WORDS,
            NOT_DESIGNATION_BEFORE,
            RANK_WORDS,
            RANK_NUMBER_BEFORE,
            STREET_WORDS,
            TIME_ZONES,
            PERIOD_PARTS,
            PERIOD_AGO,
            ORDINAL_PERIOD_BEFORE,
            SECOND_VERB_BEFORE,
            MODEL_NUMBERS,
            MODEL_WORDS,
        ]);
    }
}
