//! Figures: digits with separators and decimals, scale words and abbreviations, number words,
//! fractions and ordinals.
//!
//! Every parser here reads normalized text (see [`crate::normalize`]) and returns a
//! [`Figure`]: an exact value plus what the grammar needs to know about how it was written.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case};
use nom::character::complete::{char, multispace1};
use nom::combinator::{opt, peek, recognize};
use nom::sequence::preceded;

use super::lexicon::Lexicon;
use super::{PError, Res, is_word_char, word};
use crate::number::Number;

/// A figure as written: its exact value and its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Figure {
    /// The exact value, after scale words ("1.5 million" is 1500000).
    pub value: Number,
    /// Whether the figure is a fraction ("half", "two-thirds", "1/3", "one in five").
    pub fraction: bool,
    /// The power of ten a scale word or abbreviation multiplied the figure by ("30 million":
    /// 6), or 0 when none did; for "two million three hundred thousand", the last one (3).
    pub scale: i32,
    /// Whether the figure was written in digits (as opposed to words).
    pub digits: bool,
}

impl Figure {
    fn plain(value: Number, digits: bool) -> Figure {
        Figure {
            value,
            fraction: false,
            scale: 0,
            digits,
        }
    }

    /// The figure's rounding unit u (SPEC.md section 2): the place value of its last non-zero
    /// digit; for a fraction a/b, 1/(2b).
    pub(crate) fn rounding_unit(&self) -> Number {
        if self.fraction {
            let den = self.value.denominator();
            if let Some(u) = Number::ratio(1, den.saturating_mul(2)) {
                return u;
            }
        }
        self.value.decimal_unit().unwrap_or(Number::ONE)
    }

    /// The same figure multiplied by ten to the power `exp`.
    pub(crate) fn scale_by(self, exp: i32) -> Option<Figure> {
        Some(Figure {
            value: self.value.checked_mul(Number::pow10(exp)?)?,
            scale: exp,
            fraction: false,
            ..self
        })
    }
}

fn too_large(input: &str) -> nom::Err<PError<'_>> {
    nom::Err::Failure(PError::too_large(input))
}

/// Digits with optional thousands separators and decimals: `1,550`, `1 550`, `2.5`, `.5`,
/// `1,550.25`. A comma must be followed by a group of exactly three digits (otherwise the
/// figure is malformed, as in "1,55,0"); a space separates groups only when exactly three
/// digits follow it. A second decimal point ("2.0.1", "192.168.0.1") means a version or an
/// address, not a figure.
pub(crate) fn decimal_digits(input: &str) -> Res<'_, Figure> {
    let bytes = input.as_bytes();
    let mut i = 0;
    let mut digits: i128 = 0;
    let mut scale: u32 = 0;
    let mut group_len = 0usize;
    let mut first_group = true;
    let mut separator: Option<u8> = None;
    let mut overflow = false;
    let push = |digits: &mut i128, d: u8, overflow: &mut bool| match digits
        .checked_mul(10)
        .and_then(|v| v.checked_add(i128::from(d - b'0')))
    {
        Some(v) => *digits = v,
        None => *overflow = true,
    };
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            push(&mut digits, b, &mut overflow);
            group_len += 1;
            i += 1;
            continue;
        }
        if group_len == 0 {
            break;
        }
        let three_follow = bytes.len() >= i + 4
            && bytes[i + 1..i + 4].iter().all(u8::is_ascii_digit)
            && bytes.get(i + 4).is_none_or(|c| !c.is_ascii_digit());
        let fits_group = if first_group {
            group_len <= 3
        } else {
            group_len == 3
        };
        match b {
            b',' if bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                if !three_follow || !fits_group || separator.is_some_and(|s| s != b',') {
                    return Err(nom::Err::Failure(PError::thousands_group(&input[i + 1..])));
                }
            }
            b' ' if three_follow && fits_group && separator.is_none_or(|s| s == b' ') => {}
            _ => break,
        }
        separator = Some(b);
        first_group = false;
        group_len = 0;
        i += 1;
    }
    let int_len = i;
    // A leading point is allowed (".5") as long as digits follow it.
    if bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            push(&mut digits, bytes[i], &mut overflow);
            scale += 1;
            i += 1;
        }
        if bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            return Err(nom::Err::Error(PError::nom(input)));
        }
    } else if int_len == 0 {
        return Err(nom::Err::Error(PError::nom(input)));
    }
    if overflow {
        return Err(too_large(input));
    }
    let value = Number::decimal(digits, scale).ok_or_else(|| too_large(input))?;
    Ok((&input[i..], Figure::plain(value, true)))
}

/// "1 in 4", "2 out of 3": a proportion in digits. The denominator is at most 100 and no
/// unit follows it, so "5 in 2022" and "5 in 10 days" are not proportions.
fn one_in_digits(input: &str) -> Res<'_, Figure> {
    let of = alt((
        recognize((word("out"), multispace1, word("of"))),
        word("in"),
    ));
    let (rest, (n, _, _, _, d)) = (integer, multispace1, of, multispace1, integer).parse(input)?;
    let unit_follows = super::unit::unit_suffix(rest).is_ok();
    if n > d || !(1..=100).contains(&d) || unit_follows || rest.starts_with(is_word_char) {
        return Err(nom::Err::Error(PError::nom(input)));
    }
    let value = Number::ratio(n, d).ok_or_else(|| too_large(input))?;
    Ok((
        rest,
        Figure {
            fraction: true,
            ..Figure::plain(value, true)
        },
    ))
}

/// An integer fraction with a slash, `1/3`, optionally after a whole number and a space
/// (`2 1/2`, which is how normalization writes "2½"). Only proper fractions count: "24/7" and
/// "9/11" are not read as fractions.
fn slash_fraction(input: &str) -> Res<'_, Figure> {
    let (rest, whole) = opt((integer, char(' '))).parse(input)?;
    let (rest, (num, _, den)) = (integer, char('/'), integer).parse(rest)?;
    if num >= den || den == 0 || rest.starts_with(|c: char| c == '/' || c.is_ascii_digit()) {
        return Err(nom::Err::Error(PError::nom(input)));
    }
    let frac = Number::ratio(num, den).ok_or_else(|| too_large(input))?;
    let Some((whole, _)) = whole else {
        return Ok((
            rest,
            Figure {
                fraction: true,
                ..Figure::plain(frac, true)
            },
        ));
    };
    let value = Number::from(0)
        .checked_add(Number::ratio(whole, 1).ok_or_else(|| too_large(input))?)
        .and_then(|w| w.checked_add(frac))
        .ok_or_else(|| too_large(input))?;
    Ok((rest, Figure::plain(value, true)))
}

/// A plain run of ASCII digits as an integer (at most 30 digits).
fn integer(input: &str) -> Res<'_, i128> {
    let len = input.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > 30 {
        return Err(nom::Err::Error(PError::nom(input)));
    }
    let value = input[..len]
        .bytes()
        .fold(0i128, |acc, b| acc * 10 + i128::from(b - b'0'));
    Ok((&input[len..], value))
}

/// Scale words, spelled out after a space: "1.5 million", "two thousand".
pub(crate) const SCALE_WORDS: &[(&str, i32)] = &[
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
];

/// Scale abbreviations written straight after digits: "10k", "1.5m", "€50bn". The ones
/// longer than one letter may also follow a space ("€50 bn").
const SCALE_ABBREVIATIONS: &[(&str, i32)] = &[
    ("k", 3),
    ("K", 3),
    ("m", 6),
    ("mn", 6),
    ("mln", 6),
    ("bn", 9),
    ("bln", 9),
    ("tn", 12),
];

/// A scale word or abbreviation after a figure, as a power of ten.
pub(crate) fn scale(input: &str) -> Res<'_, i32> {
    for &(abbr, exp) in SCALE_ABBREVIATIONS {
        for spaced in [false, true] {
            if spaced && abbr.len() == 1 {
                continue;
            }
            let rest = if spaced {
                match multispace1::<_, PError<'_>>(input) {
                    Ok((rest, _)) => rest,
                    Err(_) => continue,
                }
            } else {
                input
            };
            if let Some(after) = rest.strip_prefix(abbr)
                && !after.starts_with(is_word_char)
            {
                return Ok((after, exp));
            }
        }
    }
    preceded(multispace1, scale_word).parse(input)
}

static SCALE_LEXICON: Lexicon = Lexicon::new(|| SCALE_WORDS.iter().map(|(w, _)| *w).collect());

/// One of [`SCALE_WORDS`], as a power of ten.
pub(crate) fn scale_word(input: &str) -> Res<'_, i32> {
    let (rest, row) = table_word(
        &SCALE_LEXICON,
        &|r| SCALE_WORDS[r].0,
        0..SCALE_WORDS.len(),
        input,
    )?;
    Ok((rest, SCALE_WORDS[row].1))
}

/// Number words below twenty.
pub(crate) const UNITS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// Multiples of ten from twenty to ninety.
pub(crate) const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

static UNITS_LEXICON: Lexicon = Lexicon::new(|| UNITS.to_vec());
static TENS_LEXICON: Lexicon = Lexicon::new(|| TENS.to_vec());
static ORDINAL_UNITS_LEXICON: Lexicon = Lexicon::new(|| ORDINAL_UNITS.to_vec());
static ORDINAL_TENS_LEXICON: Lexicon = Lexicon::new(|| ORDINAL_TENS.to_vec());
static DENOMINATORS_LEXICON: Lexicon =
    Lexicon::new(|| DENOMINATORS.iter().map(|(w, _)| *w).collect());

/// The row, within `rows`, of the table entry that `input` starts with as a whole word;
/// `phrase` gives a row's words.
fn table_word<'a>(
    lexicon: &Lexicon,
    phrase: &dyn Fn(usize) -> &'static str,
    rows: core::ops::Range<usize>,
    input: &'a str,
) -> Res<'a, usize> {
    for &row in lexicon.rows(input) {
        let row = usize::from(row);
        if rows.contains(&row)
            && let Ok((rest, _)) = word(phrase(row)).parse(input)
        {
            return Ok((rest, row));
        }
    }
    Err(nom::Err::Error(PError::nom(input)))
}

/// A unit word from one to nine, as its value.
fn digit_word(input: &str) -> Res<'_, usize> {
    table_word(&UNITS_LEXICON, &|r| UNITS[r], 1..10, input)
}

/// A number word below twenty, as its value.
fn unit_word(input: &str) -> Res<'_, usize> {
    table_word(&UNITS_LEXICON, &|r| UNITS[r], 0..UNITS.len(), input)
}

/// A tens word, as its row in [`TENS`].
fn tens_word(input: &str) -> Res<'_, usize> {
    table_word(&TENS_LEXICON, &|r| TENS[r], 0..TENS.len(), input)
}

/// "seven", "nineteen", "forty", "forty-two", "forty two": a number below one hundred.
fn below_hundred(input: &str) -> Res<'_, i128> {
    if let Ok((rest, t)) = tens_word(input) {
        let tens = (t as i128 + 2) * 10;
        let unit = preceded(alt((tag("-"), multispace1)), digit_word);
        return match opt(unit).parse(rest)? {
            (rest, Some(u)) => Ok((rest, tens + u as i128)),
            (rest, None) => Ok((rest, tens)),
        };
    }
    let (rest, u) = unit_word(input)?;
    Ok((rest, u as i128))
}

/// "a" or "one" before "hundred", "thousand", "dozen", ...
fn one_as_a(input: &str) -> Res<'_, i128> {
    let (rest, _) = alt((word("a"), word("an"))).parse(input)?;
    Ok((rest, 1))
}

/// A number below one thousand in words: "three hundred and twelve", "a hundred", "twelve",
/// "a dozen", "two dozen".
fn group(input: &str) -> Res<'_, i128> {
    let (rest, lead) = alt((below_hundred, one_as_a)).parse(input)?;
    if let Ok((rest, _)) = preceded(multispace1, word("dozen")).parse(rest) {
        return Ok((rest, lead * 12));
    }
    let Ok((rest, _)) = preceded(alt((multispace1, tag("-"))), word("hundred")).parse(rest) else {
        let article = lead == 1 && input.starts_with(['a', 'A']);
        if article && peek(preceded(multispace1, scale_word)).parse(rest).is_err() {
            // A bare "a" is an article, not a number; "a thousand" is one.
            return Err(nom::Err::Error(PError::nom(input)));
        }
        return Ok((rest, lead));
    };
    let hundreds = lead * 100;
    let tail = preceded(
        (multispace1, opt((word("and"), multispace1))),
        below_hundred,
    );
    match opt(tail).parse(rest)? {
        (rest, Some(t)) if t > 0 => Ok((rest, hundreds + t)),
        _ => Ok((rest, hundreds)),
    }
}

/// "and a half", "and a quarter", "and three quarters" after a whole number.
fn and_fraction(input: &str) -> Res<'_, Number> {
    let (rest, _) = (multispace1, word("and"), multispace1).parse(input)?;
    let (rest, f) = word_fraction(rest)?;
    Ok((rest, f.value))
}

/// "half a million", "half a billion": half of a scale word.
pub(crate) fn half_scale(input: &str) -> Res<'_, Figure> {
    let (rest, (_, _, _, _, exp)) =
        (word("half"), multispace1, one_as_a, multispace1, scale_word).parse(input)?;
    let value = Number::pow10(exp)
        .and_then(|s| s.checked_div(Number::from(2)))
        .ok_or_else(|| too_large(input))?;
    Ok((
        rest,
        Figure {
            scale: exp,
            ..Figure::plain(value, false)
        },
    ))
}

/// A number in words: "seven", "forty-two", "one hundred and twelve", "two thousand three
/// hundred", "two and a half", "two and a half million", "a dozen".
pub(crate) fn word_number(input: &str) -> Res<'_, Figure> {
    let (mut rest, first) = group(input)?;
    let mut current = Number::ratio(first, 1).ok_or_else(|| too_large(input))?;
    if let Ok((r, f)) = and_fraction(rest) {
        current = current.checked_add(f).ok_or_else(|| too_large(input))?;
        rest = r;
    }
    let mut total = Number::ZERO;
    let mut last_exp = i32::MAX;
    while let Ok((r, exp)) = preceded(multispace1, scale_word).parse(rest) {
        if exp >= last_exp {
            break;
        }
        let scale = Number::pow10(exp).ok_or_else(|| too_large(input))?;
        let part = current.checked_mul(scale).ok_or_else(|| too_large(input))?;
        total = total.checked_add(part).ok_or_else(|| too_large(input))?;
        current = Number::ZERO;
        last_exp = exp;
        rest = r;
        let Ok((r, g)) =
            preceded((multispace1, opt((word("and"), multispace1))), group).parse(rest)
        else {
            break;
        };
        // A following group belongs to this number only if what comes after it is a smaller
        // scale or nothing: in "two thousand and three thousand" the second group starts a
        // new figure.
        if let Ok((_, next)) = preceded(multispace1, scale_word).parse(r)
            && next >= exp
        {
            break;
        }
        current = Number::ratio(g, 1).ok_or_else(|| too_large(input))?;
        rest = r;
    }
    let value = total.checked_add(current).ok_or_else(|| too_large(input))?;
    Ok((
        rest,
        Figure {
            scale: if last_exp == i32::MAX { 0 } else { last_exp },
            ..Figure::plain(value, false)
        },
    ))
}

/// Fraction denominators in words, singular and plural.
pub(crate) const DENOMINATORS: &[(&str, i128)] = &[
    ("half", 2),
    ("halves", 2),
    ("third", 3),
    ("thirds", 3),
    ("quarter", 4),
    ("quarters", 4),
    ("fourth", 4),
    ("fourths", 4),
    ("fifth", 5),
    ("fifths", 5),
    ("sixth", 6),
    ("sixths", 6),
    ("seventh", 7),
    ("sevenths", 7),
    ("eighth", 8),
    ("eighths", 8),
    ("ninth", 9),
    ("ninths", 9),
    ("tenth", 10),
    ("tenths", 10),
];

fn denominator(input: &str) -> Res<'_, i128> {
    let rows = 0..DENOMINATORS.len();
    let (rest, row) = table_word(&DENOMINATORS_LEXICON, &|r| DENOMINATORS[r].0, rows, input)?;
    Ok((rest, DENOMINATORS[row].1))
}

/// A fraction in words: "half", "a half", "one half", "a third", "two-thirds",
/// "three quarters", "one in five", "one out of three".
pub(crate) fn word_fraction(input: &str) -> Res<'_, Figure> {
    let frac = |n: i128, d: i128, rest| {
        let value = Number::ratio(n, d).ok_or_else(|| too_large(input))?;
        Ok((
            rest,
            Figure {
                fraction: true,
                ..Figure::plain(value, false)
            },
        ))
    };
    if let Ok((rest, d)) = denominator(input) {
        // A lone "half" is one half; a lone "third" is an ordinal, not a fraction.
        if d == 2 {
            return frac(1, 2, rest);
        }
        return Err(nom::Err::Error(PError::nom(input)));
    }
    // The numerator is read once, then either "in five" / "out of three" or a denominator.
    let (after, n) = alt((one_as_a, below_hundred)).parse(input)?;
    let mut one_in = (
        multispace1,
        alt((
            recognize((word("out"), multispace1, word("of"))),
            word("in"),
        )),
        multispace1,
        below_hundred,
    );
    if let Ok((rest, (_, _, _, d))) = one_in.parse(after)
        && d > 0
        && n <= d
    {
        // "a in five" is not English; only a number word counts here.
        if !input.starts_with(['a', 'A']) {
            return frac(n, d, rest);
        }
    }
    let (rest, (_, d)) = (alt((tag("-"), multispace1)), denominator).parse(after)?;
    if n == 0 || n >= d * 10 {
        return Err(nom::Err::Error(PError::nom(input)));
    }
    frac(n, d, rest)
}

/// A figure in digits: a proper fraction, or a decimal with an optional scale.
pub(crate) fn digit_figure(input: &str) -> Res<'_, Figure> {
    if let Ok(ok) = slash_fraction(input) {
        return Ok(ok);
    }
    if let Ok(ok) = one_in_digits(input) {
        return Ok(ok);
    }
    let (rest, figure) = decimal_digits(input)?;
    match scale(rest) {
        Ok((rest, exp)) => {
            let f = figure.scale_by(exp).ok_or_else(|| too_large(input))?;
            Ok((rest, f))
        }
        Err(_) => Ok((rest, figure)),
    }
}

/// An optional sign before digits: `-20`, `+5`. A sign is only read straight before a digit.
pub(crate) fn signed_digit_figure(input: &str) -> Res<'_, Figure> {
    let (rest, sign) = opt(alt((char('-'), char('+')))).parse(input)?;
    let (rest, figure) = digit_figure(rest)?;
    if sign == Some('-') {
        let value = figure.value.checked_neg().ok_or_else(|| too_large(input))?;
        return Ok((rest, Figure { value, ..figure }));
    }
    Ok((rest, figure))
}

/// Ordinal words, first to nineteenth.
pub(crate) const ORDINAL_UNITS: &[&str] = &[
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];

/// Ordinal tens, twentieth to ninetieth.
pub(crate) const ORDINAL_TENS: &[&str] = &[
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

/// An ordinal: "1st", "23rd", "first", "twenty-first", "hundredth", optionally "-ever"
/// ("first-ever"). "second" alone is left to the duration unit, so it is only an ordinal
/// when nothing else reads it.
pub(crate) fn ordinal(input: &str) -> Res<'_, Number> {
    let (rest, n) = if input.starts_with(|c: char| c.is_ascii_digit()) {
        digit_ordinal(input)?
    } else {
        word_ordinal(input)?
    };
    let (rest, _) = opt(word("-ever")).parse(rest)?;
    Ok((rest, Number::ratio(n, 1).ok_or_else(|| too_large(input))?))
}

fn digit_ordinal(input: &str) -> Res<'_, i128> {
    let (rest, n) = integer(input)?;
    let (rest, suffix) = alt((
        tag_no_case("st"),
        tag_no_case("nd"),
        tag_no_case("rd"),
        tag_no_case("th"),
    ))
    .parse(rest)?;
    let expected = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    if !suffix.eq_ignore_ascii_case(expected) || rest.starts_with(is_word_char) {
        return Err(nom::Err::Error(PError::nom(input)));
    }
    Ok((rest, n))
}

fn word_ordinal(input: &str) -> Res<'_, i128> {
    let ordinal_unit = |rows, i| table_word(&ORDINAL_UNITS_LEXICON, &|r| ORDINAL_UNITS[r], rows, i);
    if let Ok((rest, t)) = tens_word(input)
        && let Ok((rest, u)) =
            preceded(alt((tag("-"), multispace1)), |i| ordinal_unit(1..10, i)).parse(rest)
    {
        return Ok((rest, (t as i128 + 2) * 10 + u as i128));
    }
    let rows = 0..ORDINAL_TENS.len();
    if let Ok((rest, t)) = table_word(&ORDINAL_TENS_LEXICON, &|r| ORDINAL_TENS[r], rows, input) {
        return Ok((rest, (t as i128 + 2) * 10));
    }
    if let Ok((rest, _)) = word("hundredth").parse(input) {
        return Ok((rest, 100));
    }
    if let Ok((rest, _)) = word("thousandth").parse(input) {
        return Ok((rest, 1000));
    }
    let (rest, u) = ordinal_unit(1..ORDINAL_UNITS.len(), input)?;
    Ok((rest, u as i128))
}
