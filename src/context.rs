//! What is not a count (the contract's section of that name, `crate::contract`): the context rules applied to a parsed claim
//! before it is reported.
//!
//! The grammar reads "16" in "F-16" or "2022" in "in 2022" as well as any figure; whether such
//! a figure is a claim depends on its neighbours on the same line, which only running text
//! has. Each rule of [`RULES`] has a name and drops a figure when it is:
//!
//! | rule | drops | examples |
//! |---|---|---|
//! | `designation` | a figure straight after a letter or digit and a hyphen | "F-16", "Su-34", "Shahed-136", "COVID-19" |
//! | `name_number` | a bare figure after a capitalized word in mid-sentence | "Boeing 737", "Windows 10", "Article 5" |
//! | `time_of_day` | a figure before or after a colon and digits | "10:30" |
//! | `slash_pair` | a bare figure before or after a slash and digits | "24/7", "9/11" |
//! | `phone_number` | a figure inside digits and phone punctuation | "555-123-4567", "(555) 123-4567", "+1 555 123 4567" |
//! | `version` | a bare figure after a version word | "version 2", "v. 3" |
//! | `month_day` | a day after a capitalized month name | "Feb. 23", "March 11, 2025" |
//! | `day_month` | a day before a capitalized month name | "12 March 2024" |
//! | `named_figure` | a figure and letter that name a thing, a row of `NAMED_FIGURES` | "4K", "1080p" |
//! | `year` | a bare four-digit year, 1800 to 2100 | "in 2022" |
//! | `year_range` | a range of two such years | "2014-2022", "between 2014 and 2022" |
//! | `pronoun_one` | the word "one" with no noun after it | "one of them", "like the one we saw", "open to one based in the air" |
//!
//! Years and days are dropped: the crate reports no dates. "24/7" never reaches
//! these rules: the grammar reads only proper fractions. The month names, version words and
//! year range are rows of [`crate::vocab::context`].

use crate::parse::phrase::{Core, Phrase};
use crate::quantity::Hedge;
use crate::text::{in_sorted, next_phrase_word, word_after, word_before, word_char_before};
use crate::vocab::context::{DAYS, MONTHS, NAMED_FIGURES, VERSION_WORDS, YEARS};
use crate::vocab::nouns::{
    IRREGULAR_PAST_TENSES, LEADING_ADJECTIVES, STOP_WORDS, is_verb_form, phrase_start,
};

/// A parsed claim in its line: the rules' one input.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Site<'a> {
    /// The normalized line the claim is on.
    pub text: &'a str,
    /// Where the claim starts in `text`.
    pub start: usize,
    /// Where the claim ends in `text`.
    pub end: usize,
    /// What the grammar read.
    pub phrase: &'a Phrase,
}

impl Site<'_> {
    fn written(&self) -> &str {
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

    /// The byte before the claim, and the one before that.
    fn bytes_before(&self) -> (Option<u8>, Option<u8>) {
        let bytes = self.text.as_bytes();
        let at = |n: usize| self.start.checked_sub(n).map(|i| bytes[i]);
        (at(1), at(2))
    }
}

/// One named context rule.
pub(crate) struct Rule {
    /// The rule's name, as in the table of this module's documentation.
    pub name: &'static str,
    /// Whether the rule drops the claim at this site.
    pub applies: fn(&Site<'_>) -> bool,
}

/// The rules, in the order they are tried; the first that applies names why a figure was
/// dropped.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "designation",
        applies: designation,
    },
    Rule {
        name: "time_of_day",
        applies: time_of_day,
    },
    Rule {
        name: "slash_pair",
        applies: slash_pair,
    },
    Rule {
        name: "phone_number",
        applies: phone_number,
    },
    Rule {
        name: "version",
        applies: version,
    },
    Rule {
        name: "month_day",
        applies: month_day,
    },
    Rule {
        name: "name_number",
        applies: name_number,
    },
    Rule {
        name: "day_month",
        applies: day_month,
    },
    Rule {
        name: "named_figure",
        applies: named_figure,
    },
    Rule {
        name: "year",
        applies: year,
    },
    Rule {
        name: "year_range",
        applies: year_range,
    },
    Rule {
        name: "pronoun_one",
        applies: pronoun_one,
    },
];

/// The name of the first rule that drops the claim at `site`, or `None` when it is a claim.
pub(crate) fn not_a_claim(site: &Site<'_>) -> Option<&'static str> {
    RULES.iter().find(|r| (r.applies)(site)).map(|r| r.name)
}

/// "F-16", "Su-34", "COVID-19": a figure straight after a letter or digit and a hyphen.
fn designation(site: &Site<'_>) -> bool {
    site.bytes_before().0 == Some(b'-')
        && site.start >= 2
        && word_char_before(site.text, site.start - 1)
}

/// "10:30": a figure before a colon and a digit, or after a digit and a colon.
fn time_of_day(site: &Site<'_>) -> bool {
    let bytes = site.text.as_bytes();
    let before_colon = bytes.get(site.end) == Some(&b':')
        && bytes.get(site.end + 1).is_some_and(u8::is_ascii_digit);
    let after_colon = matches!(site.bytes_before(), (Some(b':'), Some(d)) if d.is_ascii_digit());
    before_colon || after_colon
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

/// Digits and phone punctuation around the claim that make a phone number: at least seven
/// digits in three groups, with a bracket, a plus or two hyphens.
fn phone_number(site: &Site<'_>) -> bool {
    // A figure with a unit ("44.4 °C (111.9 °F)") is no phone number.
    if site.phrase.unit.is_some() {
        return false;
    }
    let (text, start, end) = (site.text, site.start, site.end);
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

/// "version 2.0", "v. 3": a bare figure after a version word.
fn version(site: &Site<'_>) -> bool {
    site.bare_digits()
        && word_before(site.text, site.start)
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
    site.bare_digits()
        && site.plain_integer().is_some()
        && word_before(site.text, site.start).is_some_and(|(w, _)| is_month(w))
}

/// Whether a sentence may begin at `at`: only spaces, quotes or brackets between it and the
/// start of the line, or a sentence-ending mark.
fn sentence_start(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end_matches([' ', '"', '\'', '(', '[']);
    head.is_empty() || head.ends_with(['.', '!', '?', ':', ';'])
}

/// "Boeing 737", "Windows 10": a bare figure after a capitalized word in mid-sentence (not a
/// possessive, not an abbreviation with a point).
fn name_number(site: &Site<'_>) -> bool {
    let Some((before, before_at)) = word_before(site.text, site.start) else {
        return false;
    };
    let capitalized = before.chars().next().is_some_and(char::is_uppercase)
        && !before.ends_with("'s")
        && !before.ends_with("s'")
        && !before.ends_with('.');
    site.bare_digits() && capitalized && !sentence_start(site.text, before_at)
}

/// "12 March 2024": a day before a month name.
fn day_month(site: &Site<'_>) -> bool {
    site.bare_digits()
        && site.plain_integer().is_some_and(|d| DAYS.contains(&d))
        && is_month(word_after(site.text, site.end))
}

/// "4K screens", "1080p video": a resolution's name, not a quantity.
fn named_figure(site: &Site<'_>) -> bool {
    NAMED_FIGURES.contains(&site.written())
}

/// "in 2022": a bare four-digit year.
fn year(site: &Site<'_>) -> bool {
    site.bare_digits()
        && site.written().len() == 4
        && site.plain_integer().is_some_and(|y| YEARS.contains(&y))
}

/// "2014-2022", "between 2014 and 2022": a range of two years in digits.
fn year_range(site: &Site<'_>) -> bool {
    let phrase = site.phrase;
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
fn needs_a_noun_after(word: &str) -> bool {
    is_verb_form(word, "")
        || in_sorted(IRREGULAR_PAST_TENSES, word)
        || LEADING_ADJECTIVES
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
}

/// "one of them", "like the one we saw", "open to one based in the air", "only one.": the
/// word "one", bare, with no noun after it (after an optional "of the"). The rule reads the
/// next word or two, never the noun guess: "One building was hit" is a count of one
/// building, "one remaining drone" of one drone, and "one of the 12 hostages" of one hostage.
fn pronoun_one(site: &Site<'_>) -> bool {
    let phrase = site.phrase;
    let word_one = matches!(phrase.core, Core::Single(f) if f.is_word_one());
    if phrase.hedge.is_some() || phrase.unit.is_some() || !word_one {
        return false;
    }
    let text = site.text;
    let Some(start) = phrase_start(text, site.end) else {
        return true;
    };
    let (next, end) = next_phrase_word(text, start);
    if next.is_empty() || (in_sorted(STOP_WORDS, next) && !needs_a_noun_after(next)) {
        return true;
    }
    if !needs_a_noun_after(next) {
        return false;
    }
    let (after, _) = next_phrase_word(text, end);
    after.is_empty() || in_sorted(STOP_WORDS, after)
}
