//! What is not a count (SPEC.md section 4): the context rules applied to a parsed claim
//! before it is reported.
//!
//! The grammar reads "16" in "F-16" or "2022" in "in 2022" as well as any figure; whether such
//! a figure is a claim depends on its neighbours, which only running text has. A figure is
//! dropped when it is:
//!
//! - part of a designation: straight after a letter or digit and a hyphen ("F-16", "Su-34",
//!   "Shahed-136", "COVID-19"), or a bare figure after a capitalized word in mid-sentence
//!   ("Boeing 737", "Windows 10", "Article 5");
//! - a calendar date: a day after or before a capitalized month name ("Feb. 23", "12 March 2024"), or a
//!   year: a bare four-digit figure from 1800 to 2100 ("in 2022", "2014-2022");
//! - a time of day ("10:30"), a version ("version 2.0") or part of a phone number
//!   ("555-123-4567", "(555) 123-4567", "+1 555 123 4567");
//! - the pronoun "one" ("open to one based in the air"): a bare "one" counts only when a noun
//!   follows it.
//!
//! Years and days are dropped rather than reported as `date` claims.

use crate::parse::{Core, Phrase};
use crate::quantity::Hedge;
use crate::scan::word_char_before;

const MONTHS: &[&str] = &[
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

fn is_month(word: &str) -> bool {
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let word = word.trim_end_matches('.');
    MONTHS.iter().any(|m| m.eq_ignore_ascii_case(word))
}

/// The word (letters, inner dots) that ends right before `at`, skipping spaces, and the
/// offset where it starts.
fn word_before(text: &str, at: usize) -> Option<(&str, usize)> {
    let head = text[..at].trim_end_matches(' ');
    if head.len() == at {
        return None;
    }
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.' || c == '\'')
        .last()
        .map(|(i, _)| i)?;
    Some((&head[start..], start))
}

/// The word right after `at`, skipping spaces.
fn word_after(text: &str, at: usize) -> &str {
    let tail = text[at..].trim_start_matches([' ', ',']);
    let end = tail
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(tail.len(), |(i, _)| i);
    &tail[..end]
}

/// Whether a sentence may begin at `at`: only spaces, quotes or brackets between it and the
/// start of the text, a line break, or a sentence-ending mark.
fn sentence_start(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end_matches([' ', '"', '\'', '(', '[']);
    head.is_empty() || head.ends_with(['.', '!', '?', ':', '\n', '\r', ';'])
}

/// A figure written in plain digits only ("2022", "23"), as an integer.
fn plain_integer(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn is_year(s: &str) -> bool {
    s.len() == 4 && plain_integer(s).is_some_and(|y| (1800..=2100).contains(&y))
}

/// Whether digits and phone punctuation around the claim make a phone number.
fn phone_number(text: &str, start: usize, end: usize) -> bool {
    let phone_char = |c: char| c.is_ascii_digit() || matches!(c, '(' | ')' | '+' | '-' | ' ' | '.');
    let lo = text[..start]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| phone_char(c))
        .last()
        .map_or(start, |(i, _)| i);
    let hi = end
        + text[end..]
            .char_indices()
            .take_while(|&(_, c)| phone_char(c))
            .last()
            .map_or(0, |(i, c)| i + c.len_utf8());
    let run = text[lo..hi].trim();
    let digits = run.bytes().filter(u8::is_ascii_digit).count();
    let groups = run
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .count();
    digits >= 7 && groups >= 3 && (run.contains(['(', '+']) || run.matches('-').count() >= 2)
}

/// Whether the claim parsed at `start..end` of the normalized `text` is not a claim.
pub(crate) fn not_a_claim(
    text: &str,
    start: usize,
    end: usize,
    phrase: &Phrase,
    has_noun: bool,
) -> bool {
    let written = &text[start..end];
    let bytes = text.as_bytes();
    let bare_digits = phrase.hedge.is_none()
        && phrase.unit.is_none()
        && matches!(phrase.core, Core::Single(f) if f.digits);

    // A designation: "F-16", "Su-34", "COVID-19".
    if start >= 2 && bytes[start - 1] == b'-' && word_char_before(text, start - 1) {
        return true;
    }
    // A time of day, or a figure inside one.
    if text[end..].starts_with(':') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
        return true;
    }
    if start >= 2 && bytes[start - 1] == b':' && bytes[start - 2].is_ascii_digit() {
        return true;
    }
    if phone_number(text, start, end) {
        return true;
    }
    if let Some((before, before_at)) = word_before(text, start) {
        let version = ["version", "v.", "ver."]
            .iter()
            .any(|v| v.eq_ignore_ascii_case(before));
        if bare_digits && version {
            return true;
        }
        // "Feb. 23", "March 11, 2025".
        if bare_digits && is_month(before) && plain_integer(written).is_some() {
            return true;
        }
        // "Boeing 737": a bare figure after a capitalized word in mid-sentence.
        let capitalized = before.chars().next().is_some_and(char::is_uppercase)
            && !before.ends_with("'s")
            && !before.ends_with('.');
        if bare_digits && capitalized && !sentence_start(text, before_at) {
            return true;
        }
    }
    // "12 March 2024".
    if bare_digits
        && plain_integer(written).is_some_and(|d| (1..=31).contains(&d))
        && is_month(word_after(text, end))
    {
        return true;
    }
    // Years: "in 2022", "2014-2022".
    match phrase.core {
        Core::Single(_) if bare_digits && is_year(written) => return true,
        Core::Range(lo, hi)
            if matches!(phrase.hedge, None | Some(Hedge::Between))
                && phrase.unit.is_none()
                && lo.digits
                && [lo.value, hi.value]
                    .iter()
                    .all(|v| v.is_integer() && (1800..=2100).contains(&v.numerator())) =>
        {
            return true;
        }
        _ => {}
    }
    // The pronoun "one".
    let bare_word_one = phrase.hedge.is_none()
        && phrase.unit.is_none()
        && matches!(phrase.core, Core::Single(f) if !f.digits && f.value == crate::Number::ONE && !f.fraction);
    bare_word_one && !has_noun
}
