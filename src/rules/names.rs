//! Figures that name, number or rank a thing instead of counting it (the contract's "What is
//! not a count"): designations after their word ("Flight 214", "counts 2 to 6"), ranks ("No.
//! 1", "#17"), citations ("[12]"), street addresses ("10 Downing Street"), names after a
//! figure ("433 Eros"), tennis set scores ("6-3, 2-6") and acceleration tests ("0-62 mph").
//! Each is a rule of [`super::not_a_count`]'s list, read from a few words around the figure.

use super::Site;
use super::noun::dotted_abbreviation_end;
use crate::dimension::Dimension;
use crate::number::Number;
use crate::parse::phrase::{Core, Figure};
use crate::quantity::Unit;
use crate::text::{in_sorted, is_space, next_phrase_word, word_before};
use crate::vocab::context::model_number_at;
use crate::vocab::context::{
    CAPITAL_DESIGNATION_WORDS, DESIGNATION_WORDS, NOT_DESIGNATION_BEFORE, RANK_NUMBER_BEFORE,
    RANK_WORDS, STREET_WORDS,
};
use crate::vocab::nouns::STOP_WORDS;
use crate::work;

impl Site<'_> {
    /// Whether the claim is a number as a label is written: a bare figure in digits, one
    /// number word ("Phase Two"), or a range of two bare figures in digits ("counts 2 to
    /// 6"), with no qualifier and no unit.
    fn label_number(&self) -> bool {
        let p = self.phrase;
        if p.hedge.is_some() || p.unit.is_some() || p.unnamed.is_some() {
            return false;
        }
        let plain = |f: Figure| !f.fraction && f.scale_power == 0;
        match p.core {
            Core::Single(f) => plain(f) && (f.in_digits || !self.written().contains(is_space)),
            Core::Range(lo, hi) => plain(lo) && plain(hi) && lo.in_digits && hi.in_digits,
            _ => false,
        }
    }
}

/// Whether `word` starts with a capital letter.
fn capitalized(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

/// "Flight 214", "Section 230", "stage 2 cancer", "Fig. 3", "counts 2 to 6", "epidemiological
/// week 41", "Day 3 of the trial": a label number after a word of [`DESIGNATION_WORDS`] (or
/// of [`CAPITAL_DESIGNATION_WORDS`] written with a capital), unless a determiner before that
/// word makes it a period ("last week 300 people").
pub(super) fn designation_word(site: &Site<'_>) -> bool {
    let Some((word, at)) = site.before else {
        return false;
    };
    // The word before was looked up once for every rule ([`super::Before`]); an
    // abbreviation with its point ("Fig.") is looked up here without it.
    let named = match word.strip_suffix('.') {
        Some(row) => {
            in_sorted(DESIGNATION_WORDS, row)
                || (capitalized(row) && in_sorted(CAPITAL_DESIGNATION_WORDS, row))
        }
        None => {
            site.before_says.designation
                || (site.before_says.capital_designation && capitalized(word))
        }
    };
    if !named {
        return second_of_pair(site.text, word, at) && site.label_number();
    }
    site.label_number()
        && !word_before(site.text, at).is_some_and(|(w, _)| in_sorted(NOT_DESIGNATION_BEFORE, w))
}

/// Whether the word `w` at `at` joins a second label to a designation: "on Laps 9 and 13",
/// "counts 2 and 3", "Articles 5 or 6".
fn second_of_pair(text: &str, w: &str, at: usize) -> bool {
    const JOINS: [&str; 3] = ["and", "or", "to"];
    if !JOINS.iter().any(|j| j.eq_ignore_ascii_case(w)) {
        return false;
    }
    let Some((figure, figure_at)) = word_before(text, at) else {
        return false;
    };
    figure.bytes().all(|b| b.is_ascii_digit())
        && word_before(text, figure_at)
            .is_some_and(|(d, _)| in_sorted(DESIGNATION_WORDS, d.strip_suffix('.').unwrap_or(d)))
}

/// "No. 1", "world No 1", "#17", "ranked number two": a rank is a position, no amount.
pub(super) fn rank(site: &Site<'_>) -> bool {
    if !site.label_number() {
        return false;
    }
    if site.start > 0 && site.text.as_bytes()[site.start - 1] == b'#' {
        return true;
    }
    let Some((word, at)) = site.before else {
        return false;
    };
    let rank_before =
        || word_before(site.text, at).is_some_and(|(w, _)| in_sorted(RANK_NUMBER_BEFORE, w));
    let number = word.eq_ignore_ascii_case("number") || word.eq_ignore_ascii_case("no");
    in_sorted(RANK_WORDS, word)
        || word == "No"
        || word == "NO"
        || word.eq_ignore_ascii_case("top")
        || (number && (rank_before() || singular_after(site)))
}

/// "number three batsman", "the number 10 shirt": a position a singular noun after it names.
fn singular_after(site: &Site<'_>) -> bool {
    let (next, _) = next_phrase_word(site.text, site.end);
    !next.is_empty()
        && next.bytes().all(|b| b.is_ascii_lowercase())
        && !in_sorted(STOP_WORDS, next)
        && !(site.lang.morphology.is_plural)(next)
}

/// Whether a space and a capital letter follow `end` of `text`: the one-byte test that settles
/// the name rules for almost every figure.
fn capital_after(text: &str, end: usize) -> bool {
    let bytes = text.as_bytes();
    bytes.get(end) == Some(&b' ') && bytes.get(end + 1).is_some_and(u8::is_ascii_uppercase)
}

/// The most bytes a citation's brackets are looked for on each side of a figure: "[12, 14–16]".
const CITATION_MAX: usize = 16;

/// "[7]", "[3, 4]", "ref. [12]", a footnote's "sentences.1": a bare figure inside square brackets with only figures,
/// commas, spaces and dashes beside it is a citation.
pub(super) fn reference(site: &Site<'_>) -> bool {
    if !site.label_number() || !matches!(site.phrase.core, Core::Single(f) if f.in_digits) {
        return false;
    }
    let bytes = site.text.as_bytes();
    // "and sentences.1 In": a footnote's number glued after a word and its full stop.
    let word_before_point = site.start >= 4
        && bytes[site.start - 1] == b'.'
        && bytes[site.start - 4..site.start - 1]
            .iter()
            .all(u8::is_ascii_lowercase);
    let footnote = word_before_point
        && bytes.get(site.end).is_none_or(|&b| b == b' ')
        && site.end - site.start <= 2;
    if footnote {
        return true;
    }
    let inside = |b: u8| b.is_ascii_digit() || matches!(b, b',' | b' ' | b'-');
    let opens = bytes[site.start.saturating_sub(CITATION_MAX)..site.start]
        .iter()
        .rev()
        .find(|&&b| !inside(b))
        == Some(&b'[');
    let closes = bytes[site.end..bytes.len().min(site.end + CITATION_MAX)]
        .iter()
        .find(|&&b| !inside(b))
        == Some(&b']');
    work::add(2 * CITATION_MAX);
    opens && closes
}

/// The most capitalized words between a house number and its street word: "1600
/// Pennsylvania Avenue", "10 Downing Street", "5 Great George Street".
const STREET_NAME_WORDS: usize = 3;

/// "10 Downing Street", "14-16 King Street", "the 2700 block of N. Mayfair Ave.": a house
/// number before capitalized words and a street word of [`STREET_WORDS`], or before "block
/// of"; "E. 11th St.", "5th Avenue": an ordinal in digits before a street word.
pub(super) fn address(site: &Site<'_>) -> bool {
    let bytes = site.text.as_bytes();
    // Settled by the byte after the figure for almost every claim: a capital or "block".
    let block_after = bytes.get(site.end) == Some(&b' ') && bytes.get(site.end + 1) == Some(&b'b');
    if !(capital_after(site.text, site.end) || block_after) {
        return false;
    }
    let ordinal = matches!(site.phrase.core, Core::Ordinal(_))
        && site.written().starts_with(|c: char| c.is_ascii_digit());
    let house = site.label_number()
        && matches!(site.phrase.core, Core::Single(f) | Core::Range(f, _) if f.in_digits);
    if !ordinal && !house {
        return false;
    }
    let (first, end) = next_phrase_word(site.text, site.end);
    if house && first == "block" && next_phrase_word(site.text, end).0 == "of" {
        return true;
    }
    let mut at = site.end;
    for n in 0..=STREET_NAME_WORDS {
        let (word, end) = next_phrase_word(site.text, at);
        if !capitalized(word) {
            return false;
        }
        if (n > 0 || ordinal) && in_sorted(STREET_WORDS, word) {
            return true;
        }
        at = end;
    }
    false
}

/// "the asteroid 433 Eros", "18 U.S.C." after it: a bare figure in digits in running text
/// before a name: a capitalized word of three letters or more with a letter in lower case, or
/// a dotted abbreviation, that no lower-case noun or plural follows before the clause goes
/// on ("12 US-built Bradley infantry fighting vehicles", "5 Ukrainians" and "27 Storm Shadow
/// missiles" count), and not one of a score line ("Cleveland 93, Golden State 89").
pub(super) fn number_name(site: &Site<'_>) -> bool {
    if !capital_after(site.text, site.end) || !site.phrase.is_bare_digits() {
        return false;
    }
    let text = site.text;
    let start = crate::text::skip_spaces(text, site.end);
    let (first, mut at) = match dotted_abbreviation_end(text, start) {
        Some(end) => (&text[start..end], end),
        None => next_phrase_word(text, site.end),
    };
    let morphology = &site.lang.morphology;
    let dotted = first.ends_with('.');
    let name_like = dotted
        || (capitalized(first)
            && first.len() >= 3
            && first.bytes().any(|b| b.is_ascii_lowercase()));
    if !name_like || in_sorted(STOP_WORDS, first) || (morphology.is_plural)(first) {
        return false;
    }
    if crate::vocab::context::MONTHS
        .iter()
        .any(|m| m.eq_ignore_ascii_case(first.trim_end_matches('.')))
    {
        return false;
    }
    // The clause must go on after the name, with a function word or a verb: "433 Eros passed
    // by", "51 Pegasi is"; a name before punctuation may be a noun of another language
    // ("1.550 Drohnen,") and stays a count.
    let mut goes_on = false;
    for _ in 0..3 {
        let (word, end) = next_phrase_word(text, at);
        if word.is_empty() {
            break;
        }
        if in_sorted(STOP_WORDS, word) {
            goes_on = true;
            break;
        }
        let lower = !capitalized(word);
        if (morphology.is_plural)(word) || (lower && !morphology.is_verb(word)) {
            return false;
        }
        if lower {
            goes_on = true;
            break;
        }
        at = end;
    }
    goes_on && !score_line(text, site.start, site.end) && !headline(text)
}

/// Whether the figure at `start..end` is a team's points in a score line: a comma and another
/// name and figure after it ("Cleveland 93, Golden State 89"), or the same before it.
fn score_line(text: &str, start: usize, end: usize) -> bool {
    const WINDOW: usize = 40;
    let ends_in_figure = |s: &str| s.trim_end().ends_with(|c: char| c.is_ascii_digit());
    let after = text[end..].strip_prefix(", ").is_some_and(|rest| {
        let cut = rest
            .char_indices()
            .nth(WINDOW)
            .map_or(rest.len(), |(i, _)| i);
        let clause = rest[..cut].split([',', ';', '.']).next().unwrap_or("");
        clause.starts_with(char::is_uppercase) && ends_in_figure(clause)
    });
    let before = text[..start]
        .trim_end()
        .rsplit_once(", ")
        .is_some_and(|(head, name)| {
            name.len() < WINDOW && name.starts_with(char::is_uppercase) && ends_in_figure(head)
        });
    work::add(2 * WINDOW);
    after || before
}

/// Whether `line` reads as a headline in title case: no word of four letters or more in
/// lower case.
fn headline(line: &str) -> bool {
    let bytes = line.as_bytes();
    work::add(bytes.len());
    !(0..bytes.len()).any(|i| {
        bytes[i].is_ascii_lowercase()
            && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
            && bytes.len() >= i + 4
            && bytes[i..i + 4].iter().all(u8::is_ascii_alphabetic)
    })
}

/// Whether the games of a tennis set can be `a` to `b`: one side has 6 or 7 and the other
/// fewer (6-4, 7-5, 7-6, 6-0), or a long final set (10-8, 12-10), or a tie-break (7-4, 10-8).
fn set_games(a: i128, b: i128) -> bool {
    let (hi, lo) = (a.max(b), a.min(b));
    (hi == 6 && lo <= 4)
        || (hi == 7 && (5..=6).contains(&lo))
        || ((7..=20).contains(&hi) && hi - lo >= 2)
}

/// Whether `a` to `b` can be games of a set at all, finished or not ("2-0" of a set cut short).
fn any_games(a: i128, b: i128) -> bool {
    a.max(b) <= 7
}

/// The two small figures of a score written "a-b" at `at` of `bytes`, and where it ends.
fn pair_at(bytes: &[u8], at: usize) -> Option<(i128, i128, usize)> {
    let digits = |from: usize| {
        bytes[from.min(bytes.len())..]
            .iter()
            .take(3)
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let n = digits(at);
    if !(1..=2).contains(&n) || bytes.get(at + n) != Some(&b'-') {
        return None;
    }
    let m = digits(at + n + 1);
    if !(1..=2).contains(&m)
        || bytes
            .get(at + n + 1 + m)
            .is_some_and(u8::is_ascii_alphanumeric)
    {
        return None;
    }
    let value = |s: usize, len: usize| {
        bytes[s..s + len]
            .iter()
            .fold(0i128, |v, b| v * 10 + i128::from(b - b'0'))
    };
    Some((value(at, n), value(at + n + 1, m), at + n + 1 + m))
}

/// The score "a-b" that ends right before `at` of `bytes`, if one does: its figures.
fn pair_ending_at(bytes: &[u8], at: usize) -> Option<(i128, i128)> {
    (at.saturating_sub(5)..at.saturating_sub(2)).find_map(|s| {
        let starts = s == 0 || !bytes[s - 1].is_ascii_digit();
        pair_at(bytes, s)
            .filter(|&(_, _, e)| starts && e == at)
            .map(|(a, b, _)| (a, b))
    })
}

/// Whether a tie-break's points in brackets follow `at`: " (3)", " (7-4)".
fn tie_break_at(bytes: &[u8], at: usize) -> bool {
    let Some(rest) = bytes.get(at..).and_then(|r| r.strip_prefix(b" (")) else {
        return false;
    };
    let n = rest
        .iter()
        .take(3)
        .take_while(|b| b.is_ascii_digit())
        .count();
    (1..=2).contains(&n) && rest.get(n) == Some(&b')')
}

/// Whether a set's score and its tie-break end right before `at`: "7-6 (5)" before ", 6-2".
fn tie_break_ending_at(bytes: &[u8], at: usize) -> bool {
    if at == 0 || bytes[at - 1] != b')' {
        return false;
    }
    let open = (at.saturating_sub(7)..at).rev().find(|&i| bytes[i] == b'(');
    open.is_some_and(|o| {
        o >= 1
            && bytes[o - 1] == b' '
            && tie_break_at(bytes, o - 1)
            && pair_ending_at(bytes, o - 1).is_some_and(|(a, b)| set_games(a, b))
    })
}

/// "won 6-3, 2-6, 7-6 (7-4)", "7-6 (3), 7-6 (5)", "led 7-5, 2-0": a score of games beside
/// another one (after a comma or a space), or with a tie-break in brackets after it, is one
/// of a run of set scores, not reported; one of the two must be a finished set's. The
/// tie-break's points in brackets go with it.
pub(super) fn set_score(site: &Site<'_>) -> bool {
    let bytes = site.text.as_bytes();
    if site.phrase.unit.is_some() {
        return false;
    }
    work::add(24);
    if let Some((a, b, end)) = pair_at(bytes, site.start).filter(|&(_, _, e)| e == site.end) {
        if !any_games(a, b) && !set_games(a, b) {
            return false;
        }
        let set = set_games(a, b);
        let beside = |(c, d): (i128, i128)| set_games(c, d) || (set && any_games(c, d));
        let after = |sep: &[u8]| {
            bytes[end..].starts_with(sep)
                && pair_at(bytes, end + sep.len()).is_some_and(|(c, d, _)| beside((c, d)))
        };
        let before = |sep: &[u8]| {
            site.start >= sep.len()
                && bytes[..site.start].ends_with(sep)
                && (pair_ending_at(bytes, site.start - sep.len()).is_some_and(beside)
                    || tie_break_ending_at(bytes, site.start - sep.len()))
        };
        return (set && tie_break_at(bytes, end))
            || [&b", "[..], b" (", b" "]
                .iter()
                .any(|sep| after(sep) || before(sep));
    }
    // The tie-break's points of "7-6 (3)".
    site.phrase.is_bare_digits()
        && site.start >= 2
        && bytes[..site.start].ends_with(b" (")
        && bytes.get(site.end) == Some(&b')')
        && pair_ending_at(bytes, site.start - 2).is_some_and(|(a, b)| set_games(a, b))
}

/// "0-62 mph in 5.1 seconds", "0-100 km/h": a range from zero of a speed is an acceleration
/// test's name, not a range a claim states.
pub(super) fn acceleration_test(site: &Site<'_>) -> bool {
    let zero_to = matches!(site.phrase.core, Core::Range(lo, _) if lo.value == Number::ZERO);
    zero_to
        && matches!(site.phrase.unit, Some(Unit::Measure(u)) if u.dimension() == Dimension::Speed)
}

/// "a 757 freighter", "the 767-300", "767F", "35 777 freighter orders": an aircraft model
/// number written as one ([`model_number_at`]) names a type, it counts nothing.
pub(super) fn model_number(site: &Site<'_>) -> bool {
    model_number_at(site.text, site.start)
}

/// "18 U.S.C. § 2314", "§§ 3-4": a figure after a section sign is a designation.
pub(super) fn section_sign(site: &Site<'_>) -> bool {
    let head = site.text[..site.start].trim_end_matches(is_space);
    head.ends_with('§') && site.label_number()
}

/// Words after an ordinal and a hyphen that make an idiom of it, no position: "second-hand
/// cars", "first-class mail", "a second-rate side". Sorted.
const ORDINAL_IDIOMS: &[&str] = &["class", "hand", "rate"];

/// "second-hand cars", "First-Degree Murder": an ordinal word glued by a hyphen to a word of
/// [`ORDINAL_IDIOMS`], or, with a capital, to a capitalized word of a name.
pub(super) fn ordinal_idiom(site: &Site<'_>) -> bool {
    if !matches!(site.phrase.core, Core::Ordinal(_)) || site.phrase.hedge.is_some() {
        return false;
    }
    let written = site.written();
    let Some(rest) = site.text[site.end..].strip_prefix('-') else {
        return false;
    };
    let len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    let word = &rest[..len];
    let in_words = written.starts_with(|c: char| c.is_ascii_alphabetic());
    in_words && (in_sorted(ORDINAL_IDIOMS, word) || (capitalized(written) && capitalized(word)))
}

/// "half-marathon", "half-time", "a half-brother": "half" glued by a hyphen to a word that is
/// no unit names a thing, it states no fraction ("half-hour" is a unit and reads as one).
pub(super) fn half_compound(site: &Site<'_>) -> bool {
    let fraction = matches!(site.phrase.core, Core::Single(f) if f.fraction && !f.in_digits);
    fraction
        && site.phrase.unit.is_none()
        && site.phrase.hedge.is_none()
        && site.written().eq_ignore_ascii_case("half")
        && site.text[site.end..].starts_with('-')
        && site.text[site.end + 1..].starts_with(|c: char| c.is_ascii_lowercase())
}

/// "an f/2.0 aperture": a lens's f-number names an aperture, it counts nothing.
pub(super) fn f_number(site: &Site<'_>) -> bool {
    site.start >= 2 && site.text[..site.start].ends_with("f/")
}
