//! Figures: digits with separators and decimals, scale words and abbreviations, number words,
//! fractions and ordinals. The words are rows of [`crate::vocab::numbers`].
//!
//! Every parser here reads normalized text (see [`crate::normalize`]) and returns a
//! [`Figure`]: an exact value plus what the grammar needs to know about how it was written.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case};
use nom::character::complete::char;
use nom::combinator::{opt, peek, value};
use nom::sequence::preceded;

use super::error::{PError, Res, no_match, too_large};
use super::lex::{space1, table_word, table_word_in, whole_word, word};
use super::phrase::Figure;
use crate::number::Number;
use crate::text::{is_space, is_space_byte, is_word_char, joins_digit_group};
use crate::vocab::context::model_number_at;
use crate::vocab::english::ENGLISH;
use crate::vocab::numbers::{
    ARTICLES, DENOMINATORS_INDEX, DOZEN, FRACTION_FOLLOWERS, HUNDRED, INDIAN_SCALES, ONES,
    ONES_INDEX, ORDINAL_EVER, ORDINAL_ONES, ORDINAL_ONES_INDEX, ORDINAL_SCALES_INDEX,
    ORDINAL_TENS_INDEX, POWER_TIMES, PROPORTION_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS_INDEX,
    SIGN_WORDS, SPACED_AFTER_CURRENCY, TENS_INDEX,
};
use crate::work;

/// Digits read so far: their value as an integer, how many came after the point, and
/// whether the value overflowed. The value is kept in 64 bits while it fits, as nearly
/// every figure does, and in 128 bits past that.
#[derive(Default)]
struct Digits {
    small: u64,
    wide: Option<i128>,
    places: u32,
    overflow: bool,
}

impl Digits {
    fn push(&mut self, digit: u8) {
        let d = digit - b'0';
        if self.wide.is_none() {
            match self
                .small
                .checked_mul(10)
                .and_then(|v| v.checked_add(u64::from(d)))
            {
                Some(v) => {
                    self.small = v;
                    return;
                }
                None => self.wide = Some(i128::from(self.small)),
            }
        }
        match self
            .wide
            .and_then(|v| v.checked_mul(10))
            .and_then(|v| v.checked_add(i128::from(d)))
        {
            Some(v) => self.wide = Some(v),
            None => self.overflow = true,
        }
    }

    /// The value read.
    fn value(&self) -> i128 {
        self.wide.unwrap_or(i128::from(self.small))
    }
}

/// Whether exactly three digits follow the separator at `i`.
fn three_follow(bytes: &[u8], i: usize) -> bool {
    bytes.len() >= i + 4
        && bytes[i + 1..i + 4].iter().all(u8::is_ascii_digit)
        && bytes.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
}

/// The integer part of a figure, with its thousands separators: how many bytes it takes.
/// A comma must be followed by a group of exactly three digits; a space separates groups
/// only when exactly three digits follow it, and the two separators never mix.
fn integer_part<'a>(input: &'a str, digits: &mut Digits) -> Result<usize, nom::Err<PError<'a>>> {
    let bytes = input.as_bytes();
    let (mut i, mut group_len, mut first_group) = (0, 0usize, true);
    let mut separator: Option<u8> = None;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            digits.push(b);
            group_len += 1;
            i += 1;
            continue;
        }
        if group_len == 0 {
            break;
        }
        let three = three_follow(bytes, i);
        let fits_group = if first_group {
            group_len <= 3
        } else {
            group_len == 3
        };
        match b {
            b',' if bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                if !three || !fits_group || separator.is_some_and(|s| s != b',') {
                    return Err(nom::Err::Failure(PError::thousands_group(&input[i + 1..])));
                }
            }
            // A space joins groups only into a well-formed figure: in "30 105mm guns" the
            // group runs into letters, so it is a second figure.
            b' ' if fits_group
                && separator.is_none_or(|s| s == b' ')
                && joins_digit_group(input, i)
                // "35 777 freighters": a model number is no thousands group.
                && !model_number_at(input, i + 1) => {}
            _ => break,
        }
        separator = Some(b);
        first_group = false;
        group_len = 0;
        i += 1;
    }
    work::add(i + 1);
    Ok(i)
}

/// Digits with optional thousands separators and decimals: `1,550`, `1 550`, `2.5`, `.5`,
/// `1,550.25`. A malformed group ("1,55,0") is a hard failure. A second decimal point
/// ("2.0.1", "192.168.0.1") means a version or an address, not a figure.
pub(crate) fn decimal_digits(input: &str) -> Res<'_, Figure> {
    let bytes = input.as_bytes();
    let mut digits = Digits::default();
    let int_len = integer_part(input, &mut digits)?;
    let mut i = int_len;
    let point_digit =
        |i: usize| bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
    // A leading point is allowed (".5") as long as digits follow it.
    if point_digit(i) {
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            digits.push(bytes[i]);
            digits.places += 1;
            i += 1;
        }
        if point_digit(i) {
            return Err(no_match(input));
        }
    } else if int_len == 0 {
        return Err(no_match(input));
    }
    work::add(i - int_len);
    if digits.overflow {
        return Err(too_large(input));
    }
    let value = Number::decimal(digits.value(), digits.places).ok_or_else(|| too_large(input))?;
    Ok((&input[i..], Figure::plain(value, true)))
}

/// A row of [`PROPORTION_WORDS`] between the two figures of a proportion: "in" ("one in
/// five"). A row of several words would match with spaces between them; "out of" is no row,
/// since "2 out of 3" is two counts.
fn proportion_word(input: &str) -> Res<'_, ()> {
    for &phrase in PROPORTION_WORDS {
        let mut rest = input;
        let all = phrase.split(' ').enumerate().all(|(n, w)| {
            let spaced = if n == 0 {
                Some(rest)
            } else {
                space1(rest).ok().map(|(r, _)| r)
            };
            match spaced.and_then(|r| whole_word(w, r)) {
                Some(r) => {
                    rest = r;
                    true
                }
                None => false,
            }
        });
        if all {
            return Ok((rest, ()));
        }
    }
    Err(no_match(input))
}

/// "1 in 4": a proportion in digits. The denominator is at most 100 and no unit follows it,
/// so "5 in 2022" and "5 in 10 days" are not proportions.
fn one_in_digits(input: &str) -> Res<'_, Figure> {
    // Most figures have no word after them: the byte after the digits and spaces says so.
    let bytes = input.as_bytes();
    let run = digits_len(bytes);
    let spaces = bytes[run..]
        .iter()
        .take_while(|&&b| is_space_byte(b))
        .count();
    if spaces == 0 || !bytes.get(run + spaces).is_some_and(u8::is_ascii_alphabetic) {
        return Err(no_match(input));
    }
    let (rest, (n, _, _, _, d)) =
        (integer, space1, proportion_word, space1, integer).parse(input)?;
    let unit_follows = super::unit::unit_suffix(rest).is_ok();
    if n > d || !(1..=100).contains(&d) || unit_follows || rest.starts_with(is_word_char) {
        return Err(no_match(input));
    }
    let value = Number::ratio(n, d).ok_or_else(|| too_large(input))?;
    Ok((rest, Figure::fraction(value, true)))
}

/// An integer fraction with a slash, `1/3`, optionally after a whole number and a space
/// (`2 1/2`, which is how normalization writes "2½"). Only proper fractions count: "24/7" and
/// "9/11" are not read as fractions.
fn slash_fraction(input: &str) -> Res<'_, Figure> {
    // Most figures have no slash: the bytes after the digits, or after a space and more
    // digits, say so.
    let bytes = input.as_bytes();
    let run = digits_len(bytes);
    let slash = match bytes.get(run) {
        Some(b'/') => true,
        Some(b' ') => {
            let more = digits_len(&bytes[run + 1..]);
            more > 0 && bytes.get(run + 1 + more) == Some(&b'/')
        }
        _ => false,
    };
    if !slash {
        return Err(no_match(input));
    }
    let (rest, whole) = opt((integer, char(' '))).parse(input)?;
    let (rest, (num, _, den)) = (integer, char('/'), integer).parse(rest)?;
    // "1/40th": an ordinal suffix after the denominator, as some papers write it.
    let rest = ["th", "st", "nd", "rd"]
        .iter()
        .find_map(|s| {
            rest.strip_prefix(s)
                .filter(|r| !r.starts_with(is_word_char))
        })
        .unwrap_or(rest);
    if num >= den || den == 0 || rest.starts_with(|c: char| c == '/' || c.is_ascii_digit()) {
        return Err(no_match(input));
    }
    let frac = Number::ratio(num, den).ok_or_else(|| too_large(input))?;
    let Some((whole, _)) = whole else {
        return Ok((rest, Figure::fraction(frac, true)));
    };
    let value = Number::ratio(whole, 1)
        .and_then(|w| w.checked_add(frac))
        .ok_or_else(|| too_large(input))?;
    Ok((rest, Figure::plain(value, true)))
}

/// The length of the run of ASCII digits `bytes` starts with.
fn digits_len(bytes: &[u8]) -> usize {
    bytes.iter().take_while(|b| b.is_ascii_digit()).count()
}

/// A plain run of ASCII digits as an integer (at most 30 digits).
fn integer(input: &str) -> Res<'_, i128> {
    let len = input.bytes().take_while(u8::is_ascii_digit).count();
    work::add(len + 1);
    if len == 0 || len > 30 {
        return Err(no_match(input));
    }
    let value = input[..len]
        .bytes()
        .fold(0i128, |acc, b| acc * 10 + i128::from(b - b'0'));
    Ok((&input[len..], value))
}

/// A scale word or abbreviation after a figure, as a power of ten: "10k", "1.5m", "€50bn",
/// "€50 bn", "1.5 million". One-letter abbreviations must be attached. The byte after the
/// figure picks the one reading that can apply: a hyphen, a space, or an abbreviation.
pub(crate) fn scale(input: &str) -> Res<'_, i32> {
    match input.as_bytes().first() {
        Some(b'-') => hyphen_scale(input),
        Some(&b) if is_space_byte(b) => {
            let (spaced, _) = space1(input)?;
            match scale_abbreviation(spaced, true) {
                Some(ok) => Ok(ok),
                None => scale_word(spaced),
            }
        }
        // "£2.5billion", "£175million": a scale word glued on, as some papers write it.
        Some(b) => match scale_abbreviation(input, false) {
            Some(ok) => Ok(ok),
            // Only a letter may open a glued scale word: most figures end at punctuation.
            None if b.is_ascii_alphabetic() => scale_word(input),
            None => Err(no_match(input)),
        },
        None => Err(no_match(input)),
    }
}

/// A row of [`SCALE_ABBREVIATIONS`] at the start of `text` and the input after it; after a
/// space (`spaced`), only the rows of more than one letter.
fn scale_abbreviation(text: &str, spaced: bool) -> Option<(&str, i32)> {
    let first = *text.as_bytes().first()?;
    SCALE_ABBREVIATIONS
        .iter()
        .filter(|(abbr, _)| abbr.as_bytes()[0] == first && (!spaced || abbr.len() > 1))
        .find_map(|&(abbr, exp)| {
            let after = text.strip_prefix(abbr)?;
            // "1m/s" is a speed, not a million.
            (!after.starts_with(is_word_char) && !after.starts_with('/')).then_some((after, exp))
        })
}

/// A scale word inside a hyphenated adjective, before the unit: "a 20-billion-euro package".
fn hyphen_scale(input: &str) -> Res<'_, i32> {
    let (rest, exp) = preceded(char('-'), scale_word).parse(input)?;
    let mut after = rest.chars();
    if after.next() == Some('-') && after.next().is_some_and(|c| c.is_ascii_alphabetic()) {
        return Ok((rest, exp));
    }
    Err(no_match(input))
}

/// A spaced one-letter scale after a currency's figure that has none: "€100 m".
pub(crate) fn scale_after_currency(input: &str, figure: Figure) -> Res<'_, Figure> {
    if figure.scale_power != 0 || !figure.in_digits {
        return Ok((input, figure));
    }
    let Ok((spaced, _)) = space1(input) else {
        return Ok((input, figure));
    };
    for &(abbr, exp) in SPACED_AFTER_CURRENCY {
        if let Some(rest) = spaced.strip_prefix(abbr)
            && !rest.starts_with(is_word_char)
        {
            let scaled = figure.scale_by(exp).ok_or_else(|| too_large(input))?;
            return Ok((rest, scaled));
        }
    }
    Ok((input, figure))
}

/// A scale word ("thousand", "million", ...), as a power of ten.
pub(crate) fn scale_word(input: &str) -> Res<'_, i32> {
    table_word(&SCALE_WORDS_INDEX, input)
}

/// A number word from one to nine, as its value.
fn digit_word(input: &str) -> Res<'_, usize> {
    table_word_in(&ONES_INDEX, 1..10, input)
}

/// A number word below twenty, as its value.
fn ones_word(input: &str) -> Res<'_, usize> {
    table_word_in(&ONES_INDEX, 0..ONES.len(), input)
}

/// A tens word, as its value.
fn tens_word(input: &str) -> Res<'_, i128> {
    let (rest, row) = table_word(&TENS_INDEX, input)?;
    Ok((rest, (row as i128 + 2) * 10))
}

/// A hyphen or spaces between the words of a compound ("forty-two", "forty two").
fn compound_join(input: &str) -> Res<'_, &str> {
    alt((tag("-"), space1)).parse(input)
}

/// "seven", "nineteen", "forty", "forty-two", "forty two": a number below one hundred.
fn below_hundred(input: &str) -> Res<'_, i128> {
    if let Ok((rest, tens)) = tens_word(input) {
        return match opt(preceded(compound_join, digit_word)).parse(rest)? {
            (rest, Some(u)) => Ok((rest, tens + u as i128)),
            (rest, None) => Ok((rest, tens)),
        };
    }
    let (rest, u) = ones_word(input)?;
    Ok((rest, u as i128))
}

/// An article standing for one before "hundred", "thousand", "dozen", ...: "a", "an".
fn article_one(input: &str) -> Res<'_, i128> {
    for &a in ARTICLES {
        if let Some(rest) = whole_word(a, input) {
            return Ok((rest, 1));
        }
    }
    Err(no_match(input))
}

/// A number below one thousand in words: "three hundred and twelve", "a hundred", "twelve",
/// "a dozen", "two dozen".
fn group(input: &str) -> Res<'_, i128> {
    let (rest, lead) = alt((below_hundred, article_one)).parse(input)?;
    if let Ok((rest, _)) = preceded(space1, word(DOZEN.0)).parse(rest) {
        return Ok((rest, lead * DOZEN.1));
    }
    let Ok((rest, _)) = preceded(compound_join, word(HUNDRED.0)).parse(rest) else {
        let article = lead == 1 && input.starts_with(['a', 'A']);
        if article && peek(preceded(space1, scale_word)).parse(rest).is_err() {
            // A bare "a" is an article, not a number; "a thousand" is one.
            return Err(no_match(input));
        }
        return Ok((rest, lead));
    };
    let hundreds = lead * HUNDRED.1;
    let tail = preceded((space1, opt((word("and"), space1))), below_hundred);
    match opt(tail).parse(rest)? {
        (rest, Some(t)) if t > 0 => Ok((rest, hundreds + t)),
        _ => Ok((rest, hundreds)),
    }
}

/// "and a half", "and a quarter", "and three quarters" after a whole number; hyphenated
/// inside an adjective too: "an eight-and-a-half-year contract".
fn and_fraction(input: &str) -> Res<'_, Number> {
    if let Some(rest) = input.strip_prefix("-and-") {
        let (rest, f) = word_fraction(rest)?;
        return Ok((rest, f.value));
    }
    let (rest, _) = (space1, word("and"), space1).parse(input)?;
    let (rest, f) = word_fraction(rest)?;
    Ok((rest, f.value))
}

/// "half a million", "half a billion": half of a scale word; "half a dozen" is 6. Also
/// joined by a hyphen or a space, after an optional article: "half-million", "a half
/// million", "a half-dozen".
pub(crate) fn half_scale(input: &str) -> Res<'_, Figure> {
    // Every form starts with "half" or an article: the first byte turns the rest away.
    let first = input.as_bytes().first().map(u8::to_ascii_lowercase);
    if !ARTICLES
        .iter()
        .chain(&["half"])
        .any(|w| w.as_bytes().first() == first.as_ref())
    {
        return Err(no_match(input));
    }
    let spelled = value((), (word("half"), space1, article_one, space1));
    let joined = value(
        (),
        (
            opt((article_one, space1)),
            word("half"),
            alt((tag("-"), space1)),
        ),
    );
    let (after, ()) = alt((spelled, joined)).parse(input)?;
    if let Ok((rest, _)) = word(DOZEN.0).parse(after) {
        let value = Number::ratio(DOZEN.1, 2).ok_or_else(|| too_large(input))?;
        return Ok((rest, Figure::plain(value, false)));
    }
    let (rest, exp) = scale_word(after)?;
    let value = Number::pow10(exp)
        .and_then(|s| s.checked_div(Number::from(2)))
        .ok_or_else(|| too_large(input))?;
    Ok((
        rest,
        Figure {
            scale_power: exp,
            ..Figure::plain(value, false)
        },
    ))
}

/// A fraction in words, alone or of a scale word: "a quarter", "a quarter million", "a
/// quarter of a million", "three quarters of a billion".
pub(crate) fn fraction_scale(input: &str) -> Res<'_, Figure> {
    let (rest, f) = word_fraction(input)?;
    let of_a = (space1, word("of"), space1, article_one);
    let Ok((rest, (_, _, exp))) = (opt(of_a), space1, scale_word).parse(rest) else {
        return Ok((rest, f));
    };
    let value = Number::pow10(exp)
        .and_then(|s| f.value.checked_mul(s))
        .ok_or_else(|| too_large(input))?;
    Ok((
        rest,
        Figure {
            scale_power: exp,
            ..Figure::plain(value, false)
        },
    ))
}

/// "minus" or "negative" and a space before a figure.
pub(crate) fn sign_word(input: &str) -> Res<'_, ()> {
    for &w in SIGN_WORDS {
        let Some(rest) = whole_word(w, input) else {
            continue;
        };
        if let Ok((rest, _)) = space1(rest) {
            return Ok((rest, ()));
        }
        // "minus-25": a hyphen before digits.
        if let Some(digits) = rest.strip_prefix('-')
            && digits.starts_with(|c: char| c.is_ascii_digit())
        {
            return Ok((digits, ()));
        }
    }
    Err(no_match(input))
}

/// The group after a scale word that still belongs to the same number ("two thousand *three
/// hundred*"), with the input after it. It belongs only if what comes after it is a smaller
/// scale or nothing: in "two thousand and three thousand" the second group starts a new figure.
fn group_after_scale(input: &str, exp: i32) -> Option<(&str, i128)> {
    let (rest, g) = preceded((space1, opt((word("and"), space1))), group)
        .parse(input)
        .ok()?;
    if let Ok((_, next)) = preceded(space1, scale_word).parse(rest)
        && next >= exp
    {
        return None;
    }
    Some((rest, g))
}

/// A number in words: "seven", "forty-two", "one hundred and twelve", "two thousand three
/// hundred", "two and a half", "two and a half million", "a dozen".
pub(crate) fn word_number(input: &str) -> Res<'_, Figure> {
    let big = || too_large(input);
    let (mut rest, first) = group(input)?;
    let mut current = Number::ratio(first, 1).ok_or_else(big)?;
    if let Ok((r, f)) = and_fraction(rest) {
        current = current.checked_add(f).ok_or_else(big)?;
        rest = r;
    }
    let mut total = Number::ZERO;
    let mut last_exp = i32::MAX;
    while let Ok((r, exp)) = preceded(space1, scale_word).parse(rest) {
        if exp >= last_exp {
            break;
        }
        // "a hundred thousand million": scales straight after a scale multiply it.
        let (r, stacked) = stacked_scales(r, exp);
        let exp = stacked.ok_or_else(big)?;
        let part = Number::pow10(exp).and_then(|s| current.checked_mul(s));
        total = part.and_then(|p| total.checked_add(p)).ok_or_else(big)?;
        current = Number::ZERO;
        last_exp = exp;
        rest = r;
        let Some((r, g)) = group_after_scale(rest, exp) else {
            break;
        };
        current = Number::ratio(g, 1).ok_or_else(big)?;
        rest = r;
    }
    let value = total.checked_add(current).ok_or_else(big)?;
    let scale_power = if last_exp == i32::MAX { 0 } else { last_exp };
    Ok((
        rest,
        Figure {
            scale_power,
            ..Figure::plain(value, false)
        },
    ))
}

fn denominator(input: &str) -> Res<'_, i128> {
    table_word(&DENOMINATORS_INDEX, input)
}

/// A fraction in words: "half", "a half", "one half", "a third", "two-thirds",
/// "three quarters", "one in five".
pub(crate) fn word_fraction(input: &str) -> Res<'_, Figure> {
    let frac = |n: i128, d: i128, rest| {
        let value = Number::ratio(n, d).ok_or_else(|| too_large(input))?;
        Ok((rest, Figure::fraction(value, false)))
    };
    if let Ok((rest, d)) = denominator(input) {
        // A lone "half" is one half; a lone "third" is an ordinal, not a fraction.
        if d == 2 {
            return frac(1, 2, rest);
        }
        return Err(no_match(input));
    }
    // The numerator is read once, then either "in five" or a denominator.
    let (after, n) = alt((article_one, below_hundred)).parse(input)?;
    if let Ok((rest, (_, _, _, d))) =
        (space1, proportion_word, space1, below_hundred).parse(after)
        && d > 0
        && n <= d
        // "a in five" is not English; only a number word counts here.
        && !input.starts_with(['a', 'A'])
    {
        return frac(n, d, rest);
    }
    let (rest, (_, d)) = (compound_join, denominator).parse(after)?;
    if n == 0 || n >= d * 10 || ordinal_before_noun(input, rest) {
        return Err(no_match(input));
    }
    frac(n, d, rest)
}

/// "a seventh meeting", "a third term": an article and an ordinal before a noun are a
/// position, not a fraction ("a third of", "a third," and "a third more" stay fractions).
fn ordinal_before_noun(input: &str, rest: &str) -> bool {
    let article = input.starts_with(['a', 'A']) && !input[1..].starts_with(is_word_char)
        || input
            .as_bytes()
            .get(..3)
            .is_some_and(|b| b[..2].eq_ignore_ascii_case(b"an") && is_space_byte(b[2]));
    let ordinal = ordinal(&input[input.find(is_space).map_or(0, |i| i + 1)..])
        .is_ok_and(|(r, _)| r.len() == rest.len());
    let Ok((next, _)) = space1(rest) else {
        return false;
    };
    let noun = next.starts_with(|c: char| c.is_ascii_lowercase())
        && !FRACTION_FOLLOWERS
            .iter()
            .any(|w| whole_word(w, next).is_some());
    article && ordinal && noun
}

/// A figure in digits: a proper fraction, or a decimal with an optional scale.
pub(crate) fn digit_figure(input: &str) -> Res<'_, Figure> {
    if let Ok(ok) = slash_fraction(input) {
        return Ok(ok);
    }
    if let Ok(ok) = one_in_digits(input) {
        return Ok(ok);
    }
    let (rest, figure, indian) = match decimal_digits(input) {
        Ok((rest, figure)) => (rest, figure, false),
        Err(nom::Err::Failure(e)) => match indian_digits(input) {
            Some((rest, figure)) => (rest, figure, true),
            None => return Err(nom::Err::Failure(e)),
        },
        Err(e) => return Err(e),
    };
    if !indian && let Some(read) = power_of_ten(input, rest, figure) {
        return read;
    }
    let Ok((rest, mut exp)) = scale(rest) else {
        if indian {
            return Err(nom::Err::Failure(PError::thousands_group(input)));
        }
        return Ok((rest, figure));
    };
    if indian && !INDIAN_SCALES.contains(&exp) {
        return Err(nom::Err::Failure(PError::thousands_group(input)));
    }
    let (rest, more) = stacked_scales(rest, exp);
    exp = more.ok_or_else(|| too_large(input))?;
    let f = figure.scale_by(exp).ok_or_else(|| too_large(input))?;
    Ok((rest, f))
}

/// The largest power of ten an `i128` holds.
const MAX_POWER: i32 = 38;

/// The scale words stacked after a scale of power `exp`, each at least as large as the one
/// before it: stacked scales multiply ("34.8 lakh crore" is 34.8 × 10^5 × 10^7, "a thousand
/// billion" 10^12, "a trillion trillion" 10^24). Returns the input after them and the power
/// of them all, `None` when it leaves any figure an `i128` holds.
fn stacked_scales(input: &str, exp: i32) -> (&str, Option<i32>) {
    let (mut rest, mut total, mut last) = (input, Some(exp), exp);
    while let Ok((after, more)) = preceded(space1, scale_word).parse(rest)
        && more >= last
    {
        total = total
            .and_then(|t| t.checked_add(more))
            .filter(|&t| t <= MAX_POWER);
        last = more;
        rest = after;
    }
    (rest, total)
}

/// A power of ten written with a caret, after the digits of `input` that end at `rest`:
/// "10^6" is 10⁶, "1.5 x 10^9" is 1.5 × 10⁹, both exact. `None` when no caret or product
/// sign follows; an error for a caret after anything but "10" ("2^10"), which is no figure
/// of news, and for a power past an `i128`.
fn power_of_ten<'a>(input: &'a str, rest: &'a str, figure: Figure) -> Option<Res<'a, Figure>> {
    let written = &input[..input.len() - rest.len()];
    if let Some((after, exp)) = e_exponent(rest) {
        let value = Number::pow10(exp).and_then(|p| figure.value.checked_mul(p));
        return Some(
            value
                .map(|value| (after, Figure { value, ..figure }))
                .ok_or_else(|| too_large(input)),
        );
    }
    if starts_power(rest) {
        let Some((after, exp)) = caret_exponent(rest).filter(|_| written == "10") else {
            return Some(Err(no_match(input)));
        };
        let power = Number::pow10(exp).ok_or_else(|| too_large(input));
        return Some(power.map(|value| (after, Figure::plain(value, true))));
    }
    let spaced = rest.trim_start_matches(is_space);
    let sign = POWER_TIMES.iter().find(|t| spaced.starts_with(**t))?;
    let ten = spaced[sign.len()..].trim_start_matches(is_space);
    let power = ten.strip_prefix("10").filter(|p| starts_power(p))?;
    // "1.5 x 10^1234", "2 x 10⁹⁹⁹⁹": a power past what is read is no figure, not the 1.5.
    let Some((after, exp)) = caret_exponent(power) else {
        return Some(Err(too_large(input)));
    };
    let value = Number::pow10(exp).and_then(|p| figure.value.checked_mul(p));
    Some(
        value
            .map(|value| (after, Figure { value, ..figure }))
            .ok_or_else(|| too_large(input)),
    )
}

/// "e-4", "E+6", "e9": the exponent of scientific notation after a figure ("3.5e-4" is
/// 0.00035), one to three digits with a sign or none, and nothing glued after it ("5e" and
/// "3e-4x" are none).
fn e_exponent(input: &str) -> Option<(&str, i32)> {
    let rest = input.strip_prefix(['e', 'E'])?;
    let (negative, rest) = match rest.as_bytes().first()? {
        b'-' => (true, &rest[1..]),
        b'+' => (false, &rest[1..]),
        _ => (false, rest),
    };
    let len = rest.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > 3 || rest[len..].starts_with(is_word_char) {
        return None;
    }
    let exp: i32 = rest[..len].parse().ok()?;
    Some((&rest[len..], if negative { -exp } else { exp }))
}

/// "^6", "^-3", "⁶", "⁻³": a caret and an exponent of one to three digits, or the same in
/// superscript digits and signs, and the input after it. Normalization keeps superscripts as
/// written (NFKC would make "10⁹" the figure 109), so they are read here, after "10" only.
fn caret_exponent(input: &str) -> Option<(&str, i32)> {
    let ascii = |c: char| c.to_digit(10).map(|d| d as i32);
    let (rest, digit, [minus, plus]) = match input.strip_prefix('^') {
        Some(after) => (after, ascii as fn(char) -> Option<i32>, ['-', '+']),
        None => (
            input,
            superscript_digit as fn(char) -> Option<i32>,
            SUPERSCRIPT_SIGNS,
        ),
    };
    let negative = rest.starts_with(minus);
    let digits = rest.strip_prefix([minus, plus]).unwrap_or(rest);
    // Four digits at most are read: one past the most an exponent has, to refuse it.
    let (mut exp, mut len, mut count) = (0, 0, 0);
    for (at, c) in digits.char_indices().take(4) {
        let Some(d) = digit(c) else { break };
        exp = exp * 10 + d;
        count += 1;
        len = at + c.len_utf8();
    }
    let after = &digits[len..];
    if !(1..=3).contains(&count) || after.starts_with(is_word_char) {
        return None;
    }
    Some((after, if negative { -exp } else { exp }))
}

/// The superscript minus and plus signs.
const SUPERSCRIPT_SIGNS: [char; 2] = ['\u{207B}', '\u{207A}'];

/// The value of a superscript digit: "⁰" to "⁹" (of which "¹", "²" and "³" are Latin-1).
fn superscript_digit(c: char) -> Option<i32> {
    match c {
        '\u{2070}' => Some(0),
        '\u{00B9}' => Some(1),
        '\u{00B2}' => Some(2),
        '\u{00B3}' => Some(3),
        '\u{2074}'..='\u{2079}' => Some(c as i32 - 0x2070),
        _ => None,
    }
}

/// Whether `input` starts a power the grammar reads: a caret, a superscript digit or sign.
fn starts_power(input: &str) -> bool {
    input.starts_with('^')
        || input.starts_with(SUPERSCRIPT_SIGNS)
        || input
            .chars()
            .next()
            .is_some_and(|c| superscript_digit(c).is_some())
}

/// Digits grouped the Indian way, in twos before the last three: "1,30,415". Read only
/// before a lakh or crore (checked by the caller); anywhere else "1,00,000" is malformed.
fn indian_digits(input: &str) -> Option<(&str, Figure)> {
    let bytes = input.as_bytes();
    let lead = bytes
        .iter()
        .take(3)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if !(1..=2).contains(&lead) {
        return None;
    }
    let mut i = lead;
    let mut pairs = 0;
    while bytes.get(i) == Some(&b',')
        && bytes
            .get(i + 1..i + 3)
            .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
        && bytes.get(i + 3) == Some(&b',')
    {
        i += 3;
        pairs += 1;
    }
    if pairs == 0 || bytes.get(i) != Some(&b',') || !three_follow(bytes, i) {
        return None;
    }
    let mut digits = Digits::default();
    input.as_bytes()[..i + 4]
        .iter()
        .filter(|b| b.is_ascii_digit())
        .for_each(|&b| digits.push(b));
    let mut end = i + 4;
    if bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
        end += 1;
        while let Some(&b) = bytes.get(end).filter(|b| b.is_ascii_digit()) {
            digits.push(b);
            digits.places += 1;
            end += 1;
        }
    }
    if digits.overflow {
        return None;
    }
    let value = Number::decimal(digits.value(), digits.places)?;
    Some((&input[end..], Figure::plain(value, true)))
}

/// An optional sign before digits: `-20`, `+5`. A sign is only read straight before a digit.
pub(crate) fn signed_digit_figure(input: &str) -> Res<'_, Figure> {
    let sign = input
        .as_bytes()
        .first()
        .copied()
        .filter(|b| matches!(b, b'-' | b'+'));
    let rest = if sign.is_some() { &input[1..] } else { input };
    let (rest, figure) = digit_figure(rest)?;
    if sign == Some(b'-') {
        let value = figure.value.checked_neg().ok_or_else(|| too_large(input))?;
        return Ok((rest, Figure { value, ..figure }));
    }
    Ok((rest, figure))
}

/// An ordinal: "1st", "23rd", "first", "twenty-first", "hundredth", optionally "-ever"
/// ("first-ever"). "second" is an ordinal only where no unit reads it: "24 seconds" is a
/// duration because the figure comes first.
pub(crate) fn ordinal(input: &str) -> Res<'_, Number> {
    let (rest, n) = if input.starts_with(|c: char| c.is_ascii_digit()) {
        digit_ordinal(input)?
    } else {
        word_ordinal(input)?
    };
    let (rest, _) = opt(word(ORDINAL_EVER)).parse(rest)?;
    Ok((rest, Number::ratio(n, 1).ok_or_else(|| too_large(input))?))
}

/// "1st", "2nd", "23rd", "11th": digits with the suffix their last digits call for.
fn digit_ordinal(input: &str) -> Res<'_, i128> {
    // Most figures are no ordinal: the letter after the digits settles it before any parse.
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    let suffix_letter = input.as_bytes().get(digits).map(|b| b | 0x20);
    if !matches!(suffix_letter, Some(b's' | b'n' | b'r' | b't')) {
        return Err(no_match(input));
    }
    let (rest, n) = integer(input)?;
    let suffixes = (
        tag_no_case("st"),
        tag_no_case("nd"),
        tag_no_case("rd"),
        tag_no_case("th"),
    );
    let (rest, suffix) = alt(suffixes).parse(rest)?;
    // The grammar reads English's tables, so English's rule says which suffix fits.
    let expected = (ENGLISH.morphology.ordinal_suffix)(n);
    if !suffix.eq_ignore_ascii_case(expected) || rest.starts_with(is_word_char) {
        return Err(no_match(input));
    }
    Ok((rest, n))
}

/// "first", "twentieth", "twenty-first", "hundredth".
fn word_ordinal(input: &str) -> Res<'_, i128> {
    let ordinal_one = |values, i| table_word_in(&ORDINAL_ONES_INDEX, values, i);
    if let Ok((rest, tens)) = tens_word(input)
        && let Ok((rest, u)) = preceded(compound_join, |i| ordinal_one(1..10, i)).parse(rest)
    {
        return Ok((rest, tens + u as i128));
    }
    if let Ok((rest, t)) = table_word(&ORDINAL_TENS_INDEX, input) {
        return Ok((rest, (t as i128 + 2) * 10));
    }
    if let Ok(ok) = table_word(&ORDINAL_SCALES_INDEX, input) {
        return Ok(ok);
    }
    let (rest, u) = ordinal_one(1..ORDINAL_ONES.len(), input)?;
    Ok((rest, u as i128))
}
