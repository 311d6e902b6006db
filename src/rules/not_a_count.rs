//! What is not a count (the contract's section of that name, [`crate::contract`]): the
//! context rules applied to a parsed claim before it is reported.
//!
//! The grammar reads "16" in "F-16" or "2022" in "in 2022" as well as any figure; whether such
//! a figure is a claim depends on its neighbours on the same line, which only running text
//! has. Each rule of [`RULES`] has a name and drops a figure when it is:
//!
//! | rule | drops | examples |
//! |---|---|---|
//! | `designation` | a figure straight after a letter or digit and a hyphen, or after a capital and a point | "F-16", "Su-34", "Shahed-136", "COVID-19", "ID.3" |
//! | `name_number` | a bare figure after a capitalized word in mid-sentence | "Boeing 737", "Windows 10", "Article 5" |
//! | `name_word` | a number word with a capital initial inside a name, in running text | "Formula One", "the Three Gorges Dam", "World War Two" |
//! | `time_of_day` | a figure before or after a colon and digits, or an hour before a clock word | "10:30", "6 PM", "9am" |
//! | `slash_pair` | a bare figure before or after a slash and digits | "24/7", "9/11" |
//! | `phone_number` | a figure inside a phone number in its usual shapes | "555-1234", "555-123-4567", "+1 202 555 0100", "(044) 123 45 67" |
//! | `version` | a bare figure after a version word | "version 2", "v. 3" |
//! | `month_day` | a day or a range of days after a capitalized month name | "Feb. 23", "March 11, 2025", "May 3-4" |
//! | `day_month` | a day or a range of days before a capitalized month name | "12 March 2024", "3-4 May" |
//! | `named_figure` | a figure and letter that name a thing, a row of `NAMED_FIGURES` | "4K", "1080p" |
//! | `year` | a bare four-digit year, 1800 to 2100 | "in 2022" |
//! | `year_over` | a four-digit year after "over" with no plural noun after it, the year a change is measured against | "rose by $12 million over 2009" |
//! | `year_range` | a range of two such years | "2014-2022", "between 2014 and 2022" |
//! | `pronoun_one` | the word "one" with no noun after it, or picking one out of a group no figure counts | "one of them", "one of the drones", "like the one we saw", "open to one based in the air" |
//! | `list_marker` | a bare figure of one or two digits opening a line, with a point and a space after it | "1. Flu has sickened 29 million" |
//! | `model_number`, `designation_word`, `section_sign`, `rank`, `reference`, `address`, `set_score`, `acceleration_test`, `ordinal_idiom`, `half_compound`, `f_number`, `number_name` | figures that name, number or rank a thing ([`super::names`]) | "a 757 freighter", "Flight 214", "§ 2314", "No. 1", "[12]", "10 Downing Street", "6-3, 2-6", "0-62 mph", "second-hand", "half-marathon", "f/2.0", "51 Pegasi is" |
//! | `period_part` | a part of a year | "the first half", "the second quarter", "a quarter ago" |
//! | `second_verb` | "second" after a pronoun subject or a modal | "we second her nomination" |
//! | `second_of_time` | "second" with no noun after "per", "each", "every", "a" or "one": the unit of time, not the ordinal | "per second", "each second.", "wait a second" |
//!
//! Years and days are dropped: the crate reports no dates. The month names, version words,
//! named figures, year range and the words before a "second" of time are rows of
//! [`crate::vocab::context`].
//!
//! Every rule reads a bounded window around the claim, or the one word beside it, never a
//! whole run of figures: a line of 100,000 figures costs each figure the same few bytes. A
//! phone number is read only within [`PHONE_MAX`] bytes, since a longer run of digits and
//! phone punctuation is a list or a table ("aged 18-24 25-34 45-54"), not one number.

use super::Site;
use super::names::{
    acceleration_test, address, designation_word, f_number, half_compound, model_number,
    number_name, ordinal_idiom, rank, reference, section_sign, set_score,
};
use crate::parse::phrase::Core;
use crate::quantity::{Hedge, MeasureUnit, Unit};
use crate::text::{
    ends_with_ignore_case, in_sorted, is_space, is_space_byte, letters_len, next_phrase_word,
    skip_spaces, word_before, word_char_before,
};
use crate::vocab::context::{
    CLOCK_HOURS, CLOCK_WORDS, DAYS, MONTHS, NAMED_FIGURES, ORDINAL_PERIOD_BEFORE, PERIOD_AGO,
    PERIOD_PARTS, SECOND_OF_TIME_BEFORE, SECOND_VERB_BEFORE, TIME_ZONES, VERSION_WORDS,
    YEAR_WORDS_BEFORE, YEARS,
};
use crate::vocab::lang::Morphology;
use crate::vocab::nouns::{
    LEADING_ADJECTIVES, STOP_WORDS, of_lead_end, phrase_start, whole_figure_end,
};
use crate::vocab::numbers::{SCALE_ENDINGS, SCALE_WORDS};
use crate::vocab::units::is_time_unit;
use crate::work;

impl Site<'_> {
    pub(super) fn written(&self) -> &str {
        &self.text[self.start..self.end]
    }

    /// The claim as a plain integer of up to nine digits, if it is written as one ("2022").
    fn plain_integer(&self) -> Option<i128> {
        let s = self.written();
        if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    }

    fn bare_digits(&self) -> bool {
        self.phrase.is_bare_digits()
    }

    /// A day of the month in bare digits ("23"), or a range of two ("3-4"): what a month
    /// name before or after makes a date.
    fn days(&self) -> bool {
        let is_day = |v: crate::number::Number| v.is_integer() && DAYS.contains(&v.numerator());
        match self.phrase.core {
            Core::Single(_) => {
                self.bare_digits() && self.plain_integer().is_some_and(|d| DAYS.contains(&d))
            }
            Core::Range(lo, hi) => {
                self.phrase.hedge.is_none()
                    && self.phrase.unit.is_none()
                    && self.phrase.unnamed.is_none()
                    && lo.in_digits
                    && hi.in_digits
                    && is_day(lo.value)
                    && is_day(hi.value)
            }
            _ => false,
        }
    }

    /// The byte before the claim, and the one before that.
    fn bytes_before(&self) -> (Option<u8>, Option<u8>) {
        let bytes = self.text.as_bytes();
        let at = |n: usize| self.start.checked_sub(n).map(|i| bytes[i]);
        (at(1), at(2))
    }
}

/// The named rules, in the order they are tried: `RULES` lists their names, and the function
/// of the list's first argument runs them in that order, each a direct call. A rule is a
/// function of the [`Site`] of the same name; its name is what a test or `--explain` shows.
macro_rules! named_rules {
    ($list:ident, $run:ident: $($rule:ident),+ $(,)?) => {
        /// The names of the rules [`
        #[doc = stringify!($run)]
        /// `] tries, in order.
        #[allow(dead_code, reason = "the names are read by the crate's tests and docs")]
        pub(crate) const $list: &[&str] = &[$(stringify!($rule)),+];

        /// The name of the first rule that drops the figure at `site`, or `None`.
        pub(crate) fn $run(site: &Site<'_>) -> Option<&'static str> {
            $(
                if $rule(site) {
                    return Some(stringify!($rule));
                }
            )+
            None
        }
    };
}

named_rules!(
    RULES, not_a_claim:
    model_number,
    designation,
    section_sign,
    designation_word,
    rank,
    reference,
    phone_number,
    time_of_day,
    slash_pair,
    version,
    month_day,
    ordinal_date,
    name_number,
    name_word,
    day_month,
    named_figure,
    year,
    year_over,
    year_range,
    pronoun_one,
    second_of_time,
    exponent,
    unknown_scale,
    list_marker,
    address,
    set_score,
    acceleration_test,
    period_part,
    ordinal_idiom,
    half_compound,
    f_number,
    second_verb,
    number_name,
);

// A score is neither a date nor a designation, so only these apply to one ("won 2-1").
named_rules!(TALLY_RULES, not_a_tally: figure_chain, set_score, model_number);

/// "1-1-1-1", "3-4-5": a pair that hangs on a figure before it by a hyphen, slash or point
/// is the last link of a chain of figures, not a score.
fn figure_chain(site: &Site<'_>) -> bool {
    matches!(
        site.bytes_before(),
        (Some(b'-' | b'/' | b'.'), Some(d)) if d.is_ascii_digit()
    )
}

/// "1. Flu has sickened ...", "2) Paris": a bare figure of one or two digits that opens its
/// line, followed by a point or a closing bracket and a space, numbers a list item.
fn list_marker(site: &Site<'_>) -> bool {
    let bytes = site.text.as_bytes();
    let digits = site.end - site.start;
    (1..=2).contains(&digits)
        && matches!(bytes.get(site.end), Some(b'.' | b')'))
        && bytes.get(site.end + 1).is_some_and(|&b| is_space_byte(b))
        // Only spaces before it: read back from the figure, so a long line costs nothing.
        && bytes[..site.start].iter().rev().all(|&b| is_space_byte(b))
        && bytes[site.start..site.end].iter().all(u8::is_ascii_digit)
}

/// "2^10", "x^2": a figure straight after a caret is an exponent, not a figure of its own
/// (the grammar reads the powers of ten, "10^6", whole).
fn exponent(site: &Site<'_>) -> bool {
    site.bytes_before().0 == Some(b'^')
}

/// "20 zillion dollars", "5 bajillion": a figure before a word in "-illion" that is no scale
/// word of the tables would be reported thousands of times too small; it is no claim.
fn unknown_scale(site: &Site<'_>) -> bool {
    let (text, bytes) = (site.text, site.text.as_bytes());
    // Settled from the byte after the claim for almost every claim: a space must follow.
    if site.phrase.unit.is_some() || !bytes.get(site.end).is_some_and(|&b| is_space_byte(b)) {
        return false;
    }
    let start = skip_spaces(text, site.end);
    // The letters of the next word; a compound ("half-billion") ends at its hyphen.
    let word = &text[start..start + letters_len(&bytes[start..])];
    let one = word.strip_suffix(['s', 'S']).unwrap_or(word);
    SCALE_ENDINGS
        .iter()
        .any(|end| ends_with_ignore_case(word, end))
        // "5 Millions of people": a scale of the tables, in the plural, is a vague amount.
        && !SCALE_WORDS.iter().any(|(w, _)| one.eq_ignore_ascii_case(w))
}

/// "F-16", "Su-34", "COVID-19": a figure straight after a letter or digit and a hyphen;
/// "ID.3": after a capital and a point.
fn designation(site: &Site<'_>) -> bool {
    match site.bytes_before() {
        (Some(b'-'), _) => site.start >= 2 && word_char_before(site.text, site.start - 1),
        // A model name of capitals, a point and a figure: "ID.3", "MX.5".
        (Some(b'.'), Some(letter)) => letter.is_ascii_uppercase(),
        _ => false,
    }
}

/// "10:30": a figure before a colon and a digit, or after a digit and a colon; "6 PM",
/// "9am": an hour before a clock word.
fn time_of_day(site: &Site<'_>) -> bool {
    let bytes = site.text.as_bytes();
    let before_colon = bytes.get(site.end) == Some(&b':')
        && bytes.get(site.end + 1).is_some_and(u8::is_ascii_digit);
    let after_colon = matches!(site.bytes_before(), (Some(b':'), Some(d)) if d.is_ascii_digit());
    before_colon || after_colon || before_clock_word(site) || clock_digits(site)
}

/// "0630 GMT", "1430 local time", "at 0030": four digits that read as hours and minutes,
/// with a leading zero or a time zone after them.
fn clock_digits(site: &Site<'_>) -> bool {
    let written = site.written();
    // "approximately 1207 hours": the hour unit of a 24-hour clock.
    let hours_unit = site.phrase.unit == Some(Unit::Measure(MeasureUnit::Hour))
        && (written.ends_with(" hours") || written.ends_with(" hrs"));
    let digits = if hours_unit {
        written.rsplit(is_space).nth(1).unwrap_or("")
    } else if site.bare_digits() {
        written
    } else {
        return false;
    };
    let b = digits.as_bytes();
    if b.len() != 4 || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let (hours, minutes) = (
        (b[0] - b'0') * 10 + b[1] - b'0',
        (b[2] - b'0') * 10 + b[3] - b'0',
    );
    if hours > 23 || minutes > 59 {
        return false;
    }
    let (zone, end) = next_phrase_word(site.text, site.end);
    let zone_after = in_sorted(TIME_ZONES, zone)
        && (!zone.eq_ignore_ascii_case("local")
            || next_phrase_word(site.text, end)
                .0
                .eq_ignore_ascii_case("time"));
    b[0] == b'0' || zone_after || hours_unit
}

/// Whether the claim ends in a bare hour (1 to 12) with a clock word after it, glued or
/// after one space.
fn before_clock_word(site: &Site<'_>) -> bool {
    let after = &site.text[site.end..];
    let after = after.strip_prefix(is_space).unwrap_or(after);
    // Every clock word starts with "a" or "p" (a compile-time check in the table holds it):
    // one byte settles almost every claim.
    if !after
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b | 0x20, b'a' | b'p'))
    {
        return false;
    }
    // "4.35 am": the hour is the figure before the point, the minutes two digits after it.
    let head = &site.text[..site.end];
    // Only the figure's last few bytes: "12.35" has its point within six of its end.
    let tail_start = head.len().saturating_sub(6);
    let split = head
        .get(tail_start..)
        .and_then(|tail| tail.rfind(['.', ':']))
        .map(|i| (&head[..tail_start + i], &head[tail_start + i + 1..]));
    let head = match split {
        Some((h, m))
            if m.len() == 2
                && m.bytes().all(|b| b.is_ascii_digit())
                && m < "60"
                && h.ends_with(|c: char| c.is_ascii_digit()) =>
        {
            h
        }
        _ => head,
    };
    let hour = head
        .rsplit(|c: char| !c.is_ascii_digit())
        .next()
        .filter(|digits| (1..=2).contains(&digits.len()))
        .and_then(|digits| digits.parse::<i128>().ok());
    if !hour.is_some_and(|h| CLOCK_HOURS.contains(&h)) {
        return false;
    }
    CLOCK_WORDS.iter().any(|w| {
        after
            .get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
            && !after[w.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// "24/7", "9/11": a bare figure before a slash and a digit, or after a digit and a slash (the
/// grammar reads a proper fraction such as "1/3" whole, so it never comes here).
fn slash_pair(site: &Site<'_>) -> bool {
    let bytes = site.text.as_bytes();
    let before_slash = bytes.get(site.end) == Some(&b'/')
        && bytes.get(site.end + 1).is_some_and(u8::is_ascii_digit);
    let after_slash = matches!(site.bytes_before(), (Some(b'/'), Some(d)) if d.is_ascii_digit());
    site.bare_digits() && (before_slash || after_slash)
}

/// The longest phone number the rule reads, in bytes: "+44 (0) 20 7946 0958" is 20. A longer
/// run of digits and phone punctuation is a table or a list of figures, never one number.
const PHONE_MAX: usize = 24;

/// Whether `b` can be part of a phone number as written.
fn is_phone_byte(b: u8) -> bool {
    b.is_ascii_digit() || matches!(b, b'(' | b')' | b'+' | b'-' | b'.' | b' ')
}

/// Whether the phone character at `i` joins the run: a space only between two other phone
/// characters, so two spaces or a space before a word end the run.
fn joins_run(bytes: &[u8], i: usize, toward: usize) -> bool {
    let b = bytes[i];
    let next = bytes.get(toward).copied();
    is_phone_byte(b) && (b != b' ' || next.is_some_and(|n| n != b' ' && is_phone_byte(n)))
}

/// The run of phone characters around `start..end` with its edges' spaces, points and hyphens
/// trimmed, read once and at most [`PHONE_MAX`] bytes long; `None` when it is longer, so
/// that every figure of a long run costs the same few bytes.
fn phone_run(text: &str, start: usize, end: usize) -> Option<&str> {
    let bytes = text.as_bytes();
    if end - start > PHONE_MAX || !bytes[start..end].iter().all(|&b| is_phone_byte(b)) {
        return None;
    }
    let (mut lo, mut hi) = (start, end);
    while lo > 0 && joins_run(bytes, lo - 1, lo.wrapping_sub(2)) {
        lo -= 1;
        if hi - lo > PHONE_MAX {
            return None;
        }
    }
    while hi < bytes.len() && joins_run(bytes, hi, hi + 1) {
        hi += 1;
        if hi - lo > PHONE_MAX {
            return None;
        }
    }
    work::add(hi - lo);
    Some(text[lo..hi].trim_matches([' ', '.', '-']))
}

/// The length of the run of ASCII digits `bytes` starts with.
fn digits_len(bytes: &[u8]) -> usize {
    bytes.iter().take_while(|b| b.is_ascii_digit()).count()
}

/// The part of a phone number before its digit groups: a country code after a plus ("+1 ",
/// "+44-") and an area code in brackets ("(044) ", "(0)"). Returns what follows it and whether
/// there was one.
fn phone_prefix(run: &[u8]) -> Option<(&[u8], bool)> {
    let mut rest = run;
    let mut plus = false;
    if let Some(r) = rest.strip_prefix(b"+") {
        let code = digits_len(r);
        let r = r.get(code..)?;
        if !(1..=3).contains(&code) || !matches!(r.first(), Some(b' ' | b'-' | b'.')) {
            return None;
        }
        rest = &r[1..];
        plus = true;
    }
    if let Some(r) = rest.strip_prefix(b"(") {
        let code = digits_len(r);
        let shortest = if plus { 1 } else { 2 };
        rest = r.get(code..)?.strip_prefix(b")")?;
        if !(shortest..=4).contains(&code) {
            return None;
        }
        rest = rest.strip_prefix(b" ").unwrap_or(rest);
        return Some((rest, true));
    }
    Some((rest, plus))
}

/// Whether `run` has a phone number's shape: a country or area code and two or more groups
/// ("+1 202 555 0100", "(044) 123 45 67"); three groups of 3, 3 and 4 digits joined by
/// hyphens or points ("555-123-4567"); groups after a leading zero joined by spaces ("020
/// 7946 0958"); or 3 and 4 digits joined by a hyphen where the second starts with 0 or neither
/// ends in 0 ("555-1234", but "100-1000" and "250-1500" are ranges). Groups have 2 to 4
/// digits and all the digits number 7 to 15, so thousands ("1 550 000") and ages ("18-24 25-34")
/// are no phone numbers.
fn phone_shape(run: &str) -> bool {
    let Some((rest, prefixed)) = phone_prefix(run.as_bytes()) else {
        return false;
    };
    let total = run.bytes().filter(u8::is_ascii_digit).count();
    let (mut groups, mut lens) = (0, [0usize; 8]);
    let mut seps: Option<u8> = None;
    let mut mixed = false;
    let mut i = 0;
    loop {
        let n = digits_len(&rest[i..]);
        if !(2..=4).contains(&n) || groups == lens.len() {
            return false;
        }
        lens[groups] = n;
        groups += 1;
        i += n;
        let Some(&sep) = rest.get(i) else { break };
        if !matches!(sep, b' ' | b'-' | b'.') {
            return false;
        }
        mixed |= seps.is_some_and(|s| s != sep);
        seps = Some(sep);
        i += 1;
    }
    if !(7..=15).contains(&total) {
        return false;
    }
    let lens = &lens[..groups];
    if prefixed {
        return groups >= 2;
    }
    match (seps, mixed) {
        (Some(b'-' | b'.'), false) if lens == [3, 3, 4] => true,
        (Some(b' '), false) => groups >= 3 && rest.first() == Some(&b'0'),
        (Some(b'-'), false) if lens == [3, 4] => {
            let (a, b) = (&rest[..3], &rest[4..8]);
            b[0] == b'0' || (a[2] != b'0' && b[3] != b'0')
        }
        _ => false,
    }
}

/// "555-1234", "+1 202 555 0100", "(044) 123 45 67": a figure inside a phone number.
fn phone_number(site: &Site<'_>) -> bool {
    // A figure with a unit ("44.4 °C (111.9 °F)") is no phone number.
    site.phrase.unit.is_none()
        && phone_run(site.text, site.start, site.end).is_some_and(phone_shape)
}

/// "version 2.0", "v. 3": a bare figure after a version word.
fn version(site: &Site<'_>) -> bool {
    site.bare_digits()
        && site
            .before
            .is_some_and(|(w, _)| VERSION_WORDS.iter().any(|v| v.eq_ignore_ascii_case(w)))
}

/// Whether `word` is a capitalized month name, with or without a point ("Feb.", "March").
fn is_month(word: &str) -> bool {
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let word = word.trim_end_matches('.');
    MONTHS.iter().any(|m| m.eq_ignore_ascii_case(word))
}

/// "Feb. 23", "March 11, 2025": a plain integer after a month name.
fn month_day(site: &Site<'_>) -> bool {
    let day = (site.bare_digits() && site.plain_integer().is_some()) || site.days();
    day && site
        .before
        .is_some_and(|(w, at)| is_month(w) || second_day(site.text, w, at))
}

/// Whether the word `w` at `at` joins a second day to a day after a month: "between April 7
/// and 9", "on May 3 or 4".
fn second_day(text: &str, w: &str, at: usize) -> bool {
    const JOINS: [&str; 5] = ["and", "or", "through", "to", "until"];
    if !JOINS.iter().any(|j| j.eq_ignore_ascii_case(w)) {
        return false;
    }
    let Some((day, day_at)) = word_before(text, at) else {
        return false;
    };
    day.parse::<i128>().is_ok_and(|d| DAYS.contains(&d))
        && word_before(text, day_at).is_some_and(|(m, _)| is_month(m))
}

/// Whether a sentence may begin at `at`: only spaces, quotes or brackets between it and the
/// start of the line, or a sentence-ending mark.
fn sentence_start(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end_matches([' ', '\t', '"', '\'', '(', '[']);
    work::add(at - head.len() + 1);
    head.is_empty() || head.ends_with(['.', '!', '?', ':', ';'])
}

/// "Boeing 737", "Windows 10": a bare figure after a capitalized word in mid-sentence (not a
/// possessive, not an abbreviation with a point).
fn name_number(site: &Site<'_>) -> bool {
    let Some((before, before_at)) = site.before else {
        return false;
    };
    // "iPhone 15", "eBay 2": a word of the camel case of brand names is a name too.
    let mut chars = before.chars();
    let first_two = (chars.next(), chars.next());
    let camel = matches!(first_two, (Some(a), Some(b)) if a.is_lowercase() && b.is_uppercase());
    let capitalized = (first_two.0.is_some_and(char::is_uppercase) || camel)
        && !before.ends_with("'s")
        && !before.ends_with("s'")
        && !before.ends_with('.');
    site.bare_digits() && capitalized && !sentence_start(site.text, before_at)
}

/// "Formula One", "the Three Gorges Dam", "World War Two": a number spelled out in one word
/// with a capital initial in mid-sentence, right after or before another capitalized word,
/// in a line of running text. A line with no word of four letters or more in lower case is
/// a headline in title case ("Russia Fires Three Missiles"), where every word has a capital.
fn name_word(site: &Site<'_>) -> bool {
    let written = site.written();
    let capital = written.starts_with(|c: char| c.is_ascii_uppercase());
    // The grammar read the one word as a whole number: "One", "Three", "Twenty-Five".
    // "One Day International", "the Thirty Years' War": a unit word with a capital is part
    // of the name too.
    let unit_in_name = site.phrase.unit.is_some()
        && written
            .split(is_space)
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    let word_number = matches!(site.phrase.core, Core::Single(f) if !f.in_digits && !f.fraction)
        && site.phrase.hedge.is_none()
        && (site.phrase.unit.is_none() || unit_in_name)
        && (!written.contains(is_space) || unit_in_name);
    if !capital || !word_number || sentence_start(site.text, site.start) {
        return false;
    }
    let capitalized = |w: &str| w.starts_with(char::is_uppercase);
    // The word before counts only in mid-sentence: "The" of "The Three Gorges" is capital
    // for the sentence, not for the name.
    let before = site
        .before
        .is_some_and(|(w, at)| capitalized(w) && !sentence_start(site.text, at));
    // A possessive's apostrophe before the next word: "Years' War".
    let after_at = site.end + usize::from(site.text[site.end..].starts_with('\''));
    let after = capitalized(next_phrase_word(site.text, after_at).0);
    (before || after) && running_text(site.text)
}

/// Whether `line` has a word of four letters or more that starts in lower case.
fn running_text(line: &str) -> bool {
    let bytes = line.as_bytes();
    work::add(bytes.len());
    (0..bytes.len()).any(|i| {
        bytes[i].is_ascii_lowercase()
            && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
            && bytes.len() >= i + 4
            && bytes[i..i + 4].iter().all(u8::is_ascii_alphabetic)
    })
}

/// "per second", "each second.", "wait a second": an ordinal written as a word that the unit
/// table also holds as a unit of time ("second"), after a row of `SECOND_OF_TIME_BEFORE`
/// with no noun after it, is that unit, not the ordinal ("a second attack", "every second
/// day" stay ordinals).
fn second_of_time(site: &Site<'_>) -> bool {
    if !matches!(site.phrase.core, Core::Ordinal(_)) || !is_time_unit(site.written()) {
        return false;
    }
    let before = site
        .before
        .is_some_and(|(w, _)| in_sorted(SECOND_OF_TIME_BEFORE, w));
    let (next, _) = next_phrase_word(site.text, site.end);
    before && (next.is_empty() || in_sorted(STOP_WORDS, next))
}

/// "12 March 2024": a day before a month name.
/// "April 25th", "1st January", "the 30th of June": a day of the month written as an ordinal
/// in digits, beside a month name.
fn ordinal_date(site: &Site<'_>) -> bool {
    let Core::Ordinal(day) = site.phrase.core else {
        return false;
    };
    let written = site.written();
    let day_in_digits = written.starts_with(|c: char| c.is_ascii_digit())
        && day.is_integer()
        && DAYS.contains(&day.numerator());
    if !day_in_digits {
        return false;
    }
    let of_month = site.text[site.end..]
        .strip_prefix(" of")
        .is_some_and(|rest| month_after(rest, 0));
    site.before.is_some_and(|(w, _)| is_month(w)) || month_after(site.text, site.end) || of_month
}

fn day_month(site: &Site<'_>) -> bool {
    site.days() && month_after(site.text, site.end)
}

/// The longest month name, "September", with its point.
const MONTH_MAX: usize = 10;

/// Whether a month name follows `at` after a space or two or a comma ("12 March", "12,
/// March"): only the few bytes a month name can take are read.
fn month_after(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    // "22-Jan-2020", "12/Nov": one hyphen or slash glued between day and month.
    let glued = usize::from(matches!(bytes.get(at), Some(b'-' | b'/')));
    let gap = glued
        + bytes[at + glued..]
            .iter()
            .take(3 * (1 - glued))
            .take_while(|&&b| is_space_byte(b) || b == b',')
            .count();
    let start = at + gap;
    let window = &bytes[start..bytes.len().min(start + MONTH_MAX + 1)];
    work::add(gap + window.len());
    let letters = window
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let point = usize::from(window.get(letters) == Some(&b'.'));
    let end = start + letters + point;
    let word_ends = !bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric());
    gap > 0 && letters > 0 && end - start <= MONTH_MAX && word_ends && is_month(&text[start..end])
}

/// "4K screens", "1080p video": a resolution's name, not a quantity.
fn named_figure(site: &Site<'_>) -> bool {
    NAMED_FIGURES.contains(&site.written())
}

/// "in 2022": a bare four-digit year; "about 2035 climate targets": a year after "about"
/// before a noun that qualifies another, the year the words name, not an amount about it.
fn year(site: &Site<'_>) -> bool {
    let four_digits = |s: &str| {
        s.len() == 4
            && s.bytes().all(|b| b.is_ascii_digit())
            && s.parse::<i128>().is_ok_and(|y| YEARS.contains(&y))
    };
    if site.bare_digits() {
        return four_digits(site.written()) && !counts_a_plural(site);
    }
    site.phrase.hedge == Some(Hedge::About)
        && site.phrase.unit.is_none()
        && matches!(site.phrase.core, Core::Single(f) if f.in_digits)
        && site
            .written()
            .rsplit(is_space)
            .next()
            .is_some_and(four_digits)
        && modifier_after(site)
}

/// Whether the word after the claim is a lower-case noun that qualifies another ("2035
/// climate targets"): no plural, no function word, no verb form, and a word after it.
fn modifier_after(site: &Site<'_>) -> bool {
    let (next, end) = next_phrase_word(site.text, site.end);
    let words_of = &site.lang.morphology;
    !next.is_empty()
        && next.bytes().all(|b| b.is_ascii_lowercase())
        && !in_sorted(STOP_WORDS, next)
        && !(words_of.is_plural)(next)
        && !words_of.is_verb(next)
        && !next_phrase_word(site.text, end).0.is_empty()
}

/// "the first half of the year", "in the second quarter", "second-quarter profit", "the
/// second half", "compared with a quarter ago": a part of a year, no ordinal and no fraction.
fn period_part(site: &Site<'_>) -> bool {
    let phrase = site.phrase;
    if phrase.hedge.is_some() || phrase.unit.is_some() {
        return false;
    }
    let text = site.text;
    match phrase.core {
        Core::Ordinal(n) => {
            let after = text[site.end..].strip_prefix([' ', '-']).unwrap_or("");
            n.is_integer()
                && (1..=4).contains(&n.numerator())
                && in_sorted(PERIOD_PARTS, &after[..letters_len(after.as_bytes())])
        }
        Core::Single(f) if f.fraction && !f.in_digits => {
            let written = site.written();
            let last = written.rsplit([' ', '-']).next().unwrap_or(written);
            if !in_sorted(PERIOD_PARTS, last) {
                return false;
            }
            // The ordinal before, after a space or a hyphen: "first half", "second-half".
            let head = text[..site.start].strip_suffix(['-', ' ']).unwrap_or("");
            let ordinal = head.rsplit(|c: char| !c.is_ascii_alphanumeric()).next();
            ordinal.is_some_and(|w| in_sorted(ORDINAL_PERIOD_BEFORE, w))
                || in_sorted(PERIOD_AGO, next_phrase_word(text, site.end).0)
        }
        _ => false,
    }
}

/// "we second her nomination": "second" after a pronoun subject or a modal is the verb.
fn second_verb(site: &Site<'_>) -> bool {
    matches!(site.phrase.core, Core::Ordinal(_))
        && site.written().eq_ignore_ascii_case("second")
        && site
            .before
            .is_some_and(|(w, _)| in_sorted(SECOND_VERB_BEFORE, w))
}

/// Whether a four-digit figure counts the plural noun right after it ("counted 1800 drones")
/// instead of naming a year: a plain word before it that is no year word ("in 2022 drones
/// were cheap").
fn counts_a_plural(site: &Site<'_>) -> bool {
    let (next, _) = next_phrase_word(site.text, site.end);
    // A capitalized word after a year names something ("in 2022 Ukrainians"): only a
    // plural in lower case is counted.
    let plural =
        next.bytes().all(|b| b.is_ascii_lowercase()) && (site.lang.morphology.is_plural)(next);
    // A word must come right before: after a comma ("March 11, 2025 officials") or at the
    // start of a sentence the figure stays a year.
    // "the 2021, 2023 and 2024 editions": the last of a list of years is a year too.
    let after_years = |at: usize| {
        word_before(site.text, at).is_some_and(|(y, _)| {
            let y = y.trim_end_matches(',');
            y.len() == 4 && y.parse::<i128>().is_ok_and(|v| YEARS.contains(&v))
        })
    };
    let counting_word = site.before.is_some_and(|(w, at)| {
        w.bytes().all(|b| b.is_ascii_alphabetic())
            && !in_sorted(YEAR_WORDS_BEFORE, w)
            && !((w == "and" || w == "or") && after_years(at))
    });
    plural && counting_word
}

/// "increased by around $12 million over 2009": "over" and a year with no plural noun after
/// it name the year compared against, not a bound ("over 2000 people" stays a count).
fn year_over(site: &Site<'_>) -> bool {
    // Settled by the qualifier for almost every claim.
    if site.phrase.hedge != Some(Hedge::MoreThan) {
        return false;
    }
    let written = site.written();
    let Some(digits) = written
        .get(..5)
        .filter(|w| w.eq_ignore_ascii_case("over "))
        .map(|_| &written[5..])
    else {
        return false;
    };
    let (next, _) = next_phrase_word(site.text, site.end);
    site.phrase.hedge == Some(Hedge::MoreThan)
        && site.phrase.unit.is_none()
        && digits.len() == 4
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits.parse::<i128>().is_ok_and(|y| YEARS.contains(&y))
        && !(site.lang.morphology.is_plural)(next)
}

/// "2014-2022", "between 2014 and 2022": a range of two years in digits; "1999/2000",
/// "2004/05": a season or fiscal year of two years joined by a slash.
fn year_range(site: &Site<'_>) -> bool {
    let phrase = site.phrase;
    if let Some((a, b)) = site.written().split_once('/') {
        let digits =
            |s: &str, n: &[usize]| n.contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
        return digits(a, &[4])
            && digits(b, &[2, 4])
            && a.parse::<i128>().is_ok_and(|y| YEARS.contains(&y));
    }
    let Core::Range(lo, hi) = phrase.core else {
        return false;
    };
    let is_year = |v: crate::number::Number| v.is_integer() && YEARS.contains(&v.numerator());
    matches!(phrase.hedge, None | Some(Hedge::Between))
        && phrase.unit.is_none()
        && lo.in_digits
        && is_year(lo.value)
        && is_year(hi.value)
}

/// Whether the word after "one" can lead a noun phrase only if a noun comes after it: a
/// verb form ("one remaining drone", but "one based in the air"), an irregular past ("one
/// said it") or an adjective such as "more" ("one more drone", but "one more.").
fn needs_a_noun_after(word: &str, words_of: &Morphology) -> bool {
    words_of.is_verb(word)
        || LEADING_ADJECTIVES
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
}

/// "one of them", "one of the drones", "like the one we saw", "open to one based in the
/// air", "only one.": the word "one", bare, with no noun after it, or picking one out of a
/// group that no figure counts. The rule reads the next word or two, never the noun guess:
/// "One building was hit" is a count of one building, "one remaining drone" of one drone,
/// and "one of the 12 hostages" (or "one out of five drones") of one of a counted whole.
fn pronoun_one(site: &Site<'_>) -> bool {
    let phrase = site.phrase;
    let word_one = matches!(phrase.core, Core::Single(f) if f.is_word_one());
    if phrase.hedge.is_some() || phrase.unit.is_some() || !word_one {
        return false;
    }
    let (text, words_of) = (site.text, &site.lang.morphology);
    if let Some(whole) = of_lead_end(text, site.end) {
        return whole_figure_end(text, whole).is_none();
    }
    let Some(start) = phrase_start(text, site.end) else {
        return true;
    };
    let (next, end) = next_phrase_word(text, start);
    if next.is_empty() || (in_sorted(STOP_WORDS, next) && !needs_a_noun_after(next, words_of)) {
        return true;
    }
    if !needs_a_noun_after(next, words_of) {
        return false;
    }
    let (after, _) = next_phrase_word(text, end);
    after.is_empty() || in_sorted(STOP_WORDS, after)
}
