//! The phrase grammar: one numeric phrase, from qualifier to unit.
//!
//! The grammar reads normalized text (see [`crate::normalize`]) and is built bottom-up from
//! small `nom` parsers, one per element below. Words match case-insensitively and only as
//! whole words; `ws` is one or more spaces or line breaks.
//!
//! ```text
//! claim      = range | hedge? amount post-hedge? | hedge? ordinal | hedge? vague
//! range      = hedge? "between" ws amount ws "and" ws amount
//!            | hedge? "from" ws amount ws ("to" | "-") ws amount
//!            | hedge? amount (ws? "-" ws? | ws "to" ws | ws "or" ws) amount
//! amount     = currency? figure unit?
//! figure     = digits scale? | fraction | "half a" scale-word | words
//! digits     = sign? (group ("," group3)* | group (" " group3)*) ("." digit+)?
//!            | sign? "." digit+
//! fraction   = digit+ "/" digit+ | (digit+ " ")? digit+ "/" digit+
//!            | ("a" | "one" | below-100) ("-" | ws) denominator | "half"
//!            | below-100 ws ("in" | "out of") ws below-100
//! words      = word-group ("and a half" | "and a quarter" ...)? (ws scale-word (ws "and"? word-group)?)*
//! word-group = (below-100 | "a") (ws "dozen" | ("-" | ws) "hundred" (ws "and"? ws below-100)?)?
//! scale      = "k" | "m" | "mn" | "bn" | "tn" (attached) | ws scale-word
//! scale-word = "thousand" | "million" | "billion" | "trillion"
//! ordinal    = digit+ ("st" | "nd" | "rd" | "th") | ordinal-word ("-ever")?
//! vague      = vague-phrase (ws ("hundred" | "dozen" | scale-word))? (ws "of")? unit?
//! hedge      = a row of hedge::PRE_HEDGES ("at least", "nearly", ...)
//! post-hedge = "+" | ws (a row of hedge::POST_HEDGES: "or more", "or so", ...)
//! currency   = a row of unit::CURRENCY_PREFIXES ("$", "€", "UAH ", ...)
//! unit       = a row of unit::UNIT_SUFFIXES ("%", " per cent", " hours", "km", ...)
//! ```
//!
//! Accepted phrases and what they resolve to (each line is checked by this doctest):
//!
//! ```
//! use numeric_claims::parse_quantity;
//!
//! for (phrase, canonical) in [
//!     ("at least 337", "≥337"),
//!     ("more than 1,550", ">1550"),
//!     ("some 50,000", "≈50000 [45000, 55000]"),
//!     ("nearly half", "≈0.5 [0.375, 0.5) fraction nearly"),
//!     ("between 20 and 30", "[20, 30] between"),
//!     ("20-30", "[20, 30]"),
//!     ("about 20 to 30", "≈[20, 30]"),
//!     ("$461 million", "461000000 USD"),
//!     ("approximately 85%", "≈85 [84.5, 85.5] %"),
//!     ("two and a half years", "2.5 year"),
//!     ("hundreds of kilometers", "[200, 1000) km vague"),
//!     ("up to 10,000", "≤10000"),
//!     ("-20°C", "-20 C"),
//!     ("a dozen", "12"),
//!     ("1.5m", "1500000"),
//!     ("€50bn", "50000000000 EUR"),
//!     ("two-thirds", "2/3 fraction"),
//!     ("one hundred and twelve", "112"),
//!     ("23rd", "23 ordinal"),
//!     ("50 or more", "≥50"),
//!     ("several hundred", "[300, 900] vague"),
//! ] {
//!     assert_eq!(parse_quantity(phrase).unwrap().to_string(), canonical, "{phrase}");
//! }
//! ```

pub(crate) mod display;
mod hedge;
pub(crate) mod lexicon;
mod number;
mod unit;
mod vague;

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{multispace0, multispace1};
use nom::combinator::opt;
use nom::error::{ErrorKind, ParseError};
use nom::sequence::preceded;

pub(crate) use hedge::pre_hedge;
pub(crate) use number::Figure;

use crate::error::Error;
use crate::normalize::normalize;
use crate::number::Number;
use crate::options::Options;
use crate::quantity::{Hedge, Interval, Quantity, Unit};

/// Why a grammar rule failed. Most failures only mean "not this rule"; a malformed digit
/// group or a figure too large to hold is a hard failure that stops the whole phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PError<'a> {
    /// The input left where the failure happened.
    pub input: &'a str,
    /// What went wrong.
    pub kind: PKind,
}

/// The kinds of grammar failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PKind {
    /// A rule did not match.
    NoMatch,
    /// A thousands separator not followed by a group of three digits.
    ThousandsGroup,
    /// A figure whose value does not fit.
    TooLarge,
}

impl<'a> PError<'a> {
    pub(crate) fn nom(input: &'a str) -> Self {
        PError {
            input,
            kind: PKind::NoMatch,
        }
    }

    pub(crate) fn thousands_group(input: &'a str) -> Self {
        PError {
            input,
            kind: PKind::ThousandsGroup,
        }
    }

    pub(crate) fn too_large(input: &'a str) -> Self {
        PError {
            input,
            kind: PKind::TooLarge,
        }
    }
}

impl<'a> ParseError<&'a str> for PError<'a> {
    fn from_error_kind(input: &'a str, _: ErrorKind) -> Self {
        PError::nom(input)
    }

    fn append(_: &'a str, _: ErrorKind, other: Self) -> Self {
        other
    }
}

/// The result of a grammar rule.
pub(crate) type Res<'a, T> = nom::IResult<&'a str, T, PError<'a>>;

/// Whether `c` continues a word (so a word or figure cannot end before it).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || is_combining_mark(c)
}

/// Whether `c` is in one of the blocks of combining diacritical marks: a mark changes the
/// character before it, so "3\u{301}" is no digit 3 and ends no figure.
fn is_combining_mark(c: char) -> bool {
    matches!(
        c,
        '\u{300}'..='\u{36F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

/// `w`, in any case, as a whole word: not followed by a letter or digit. Table words are
/// ASCII, so the comparison is bytewise and never splits a character.
pub(crate) fn word<'a, 'w>(w: &'w str) -> impl Fn(&'a str) -> Res<'a, &'a str> {
    move |input: &'a str| {
        let head = input.as_bytes().get(..w.len());
        if !head.is_some_and(|h| h.eq_ignore_ascii_case(w.as_bytes())) {
            return Err(nom::Err::Error(PError::nom(input)));
        }
        let (matched, rest) = input.split_at(w.len());
        if rest.starts_with(is_word_char) {
            return Err(nom::Err::Error(PError::nom(input)));
        }
        Ok((rest, matched))
    }
}

/// What a phrase states, before it is resolved to a [`Quantity`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Core {
    /// One figure.
    Single(Figure),
    /// Two figures bounding a range.
    Range(Figure, Figure),
    /// A vague amount with its table interval.
    Vague(Interval),
    /// A position in a sequence.
    Ordinal(Number),
}

/// A parsed phrase: its qualifier, what it states and its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Phrase {
    /// The qualifier's class, from a word before or after the figure.
    pub hedge: Option<Hedge>,
    /// The figure, range, vague amount or ordinal.
    pub core: Core,
    /// The unit, if one was written.
    pub unit: Option<Unit>,
}

/// An amount: a figure with its currency or unit.
#[derive(Debug, Clone, Copy)]
struct Amount {
    figure: Figure,
    unit: Option<Unit>,
    /// Whether the unit was written after the figure ("20%"), not before it ("$20").
    unit_after: bool,
}

/// Any figure: a fraction, digits with a scale, or number words.
fn figure(input: &str) -> Res<'_, Figure> {
    // Digits and words never start alike, so only one family is tried.
    if input.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '+' | '.')) {
        return number::signed_digit_figure(input);
    }
    alt((
        number::half_scale,
        number::word_fraction,
        number::word_number,
    ))
    .parse(input)
}

/// `currency? figure unit?`
fn amount(input: &str) -> Res<'_, Amount> {
    let (rest, currency) = opt(unit::currency_prefix).parse(input)?;
    let (rest, figure) = figure(rest)?;
    if rest.starts_with(is_word_char) && !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Err(nom::Err::Error(PError::nom(input)));
    }
    // Digits glued on by a separator this grammar does not read ("1'000", "1_000").
    let mut after = rest.chars();
    if matches!(after.next(), Some('\'' | '_')) && after.next().is_some_and(|c| c.is_ascii_digit())
    {
        return Err(nom::Err::Error(PError::nom(input)));
    }
    let (rest, suffix) = opt(unit::unit_suffix).parse(rest)?;
    // A figure running straight into letters that are not a unit ("F16s", "3D") is not a figure.
    if rest.starts_with(is_word_char) {
        return Err(nom::Err::Error(PError::nom(input)));
    }
    let unit = currency.map(Unit::Currency).or(suffix);
    let unit_after = currency.is_none() && suffix.is_some();
    Ok((
        rest,
        Amount {
            figure,
            unit,
            unit_after,
        },
    ))
}

/// The words that join the two ends of a range.
fn range_joiner(input: &str) -> Res<'_, &str> {
    alt((
        |i| {
            let (i, _) = multispace0(i)?;
            let (i, dash) = tag("-").parse(i)?;
            let (i, _) = multispace0(i)?;
            Ok((i, dash))
        },
        |i| {
            let (i, _) = multispace1(i)?;
            let (i, w) = alt((word("to"), word("or"))).parse(i)?;
            let (i, _) = multispace1(i)?;
            Ok((i, w))
        },
    ))
    .parse(input)
}

/// Two amounts as the ends of a range; a unit or scale written once applies to both
/// ("20-30%", "$20-30 million").
fn range_ends<'a>(
    first: Amount,
    second: Amount,
    input: &'a str,
) -> Result<(Figure, Figure, Option<Unit>), nom::Err<PError<'a>>> {
    let mut low = first.figure;
    let high = second.figure;
    if low.scale == 0 && high.scale > 0 && low.digits == high.digits && !low.fraction {
        // "20-30 million": the scale written on the second end applies to the first.
        low = low
            .scale_by(high.scale)
            .ok_or_else(|| nom::Err::Failure(PError::too_large(input)))?;
    }
    if low.value >= high.value {
        return Err(nom::Err::Error(PError::nom(input)));
    }
    // A unit written after the first figure but not the second ("fell 4.7 per cent to 312
    // pence") means two figures, not a range; "20-30%" and "$20-30" are ranges.
    let unit = match (first.unit, second.unit) {
        (Some(a), Some(b)) if a != b => return Err(nom::Err::Error(PError::nom(input))),
        (Some(_), None) if first.unit_after => return Err(nom::Err::Error(PError::nom(input))),
        (a, b) => a.or(b),
    };
    Ok((low, high, unit))
}

/// "between X and Y", "from X to Y".
fn explicit_range(input: &str) -> Res<'_, Phrase> {
    let (rest, opener) = alt((word("between"), word("from"))).parse(input)?;
    let (rest, first) = preceded(multispace1, amount).parse(rest)?;
    let joiner = if opener.eq_ignore_ascii_case("between") {
        (multispace1, word("and"), multispace1)
            .map(|_| ())
            .parse(rest)
    } else {
        range_joiner.map(|_| ()).parse(rest)
    };
    let (rest, ()) = joiner?;
    let (rest, second) = amount(rest)?;
    let (low, high, unit) = range_ends(first, second, input)?;
    Ok((
        rest,
        Phrase {
            hedge: Some(Hedge::Between),
            core: Core::Range(low, high),
            unit,
        },
    ))
}

/// An amount alone or as the first end of a range.
fn amount_or_range(input: &str) -> Res<'_, (Core, Option<Unit>)> {
    let (rest, first) = amount(input)?;
    if let Ok((after, second)) = preceded(range_joiner, amount).parse(rest)
        && let Ok((low, high, unit)) = range_ends(first, second, input)
    {
        return Ok((after, (Core::Range(low, high), unit)));
    }
    Ok((rest, (Core::Single(first.figure), first.unit)))
}

/// A vague amount with its optional unit ("a few days", "hundreds of kilometers").
fn vague_with_unit(input: &str) -> Res<'_, (Core, Option<Unit>)> {
    let (rest, interval) = vague::vague_amount(input)?;
    let of_unit = preceded((multispace1, word("of")), unit::unit_suffix);
    let (rest, unit) = opt(alt((unit::unit_suffix, of_unit))).parse(rest)?;
    Ok((rest, (Core::Vague(interval), unit)))
}

/// The figure part of a claim after any qualifier.
fn core(input: &str) -> Res<'_, (Core, Option<Unit>)> {
    if let Ok((rest, n)) = number::ordinal(input) {
        return Ok((rest, (Core::Ordinal(n), None)));
    }
    alt((amount_or_range, vague_with_unit)).parse(input)
}

/// One claim: a qualifier (optional), what it qualifies, and a trailing qualifier when there
/// was none before. A qualifier only binds to a figure that follows it: on "over the
/// weekend" this rule fails rather than reading a qualifier alone.
pub(crate) fn claim(input: &str) -> Res<'_, Phrase> {
    if let Ok(ok) = explicit_range(input) {
        return Ok(ok);
    }
    if let Ok((rest, hedge)) = pre_hedge(input) {
        let (rest, _) = multispace0(rest)?;
        if let Ok((rest, mut phrase)) = explicit_range(rest) {
            phrase.hedge = Some(hedge);
            return Ok((rest, phrase));
        }
        let (rest, (core, unit)) = core(rest)?;
        if matches!(core, Core::Ordinal(_)) {
            return Err(nom::Err::Error(PError::nom(input)));
        }
        return Ok((
            rest,
            Phrase {
                hedge: Some(hedge),
                core,
                unit,
            },
        ));
    }
    let (rest, (core, unit)) = core(input)?;
    let (rest, hedge) = match core {
        Core::Single(_) => opt(hedge::post_hedge).parse(rest)?,
        _ => (rest, None),
    };
    Ok((rest, Phrase { hedge, core, unit }))
}

/// The words the scanner looks for, lowercase, from the grammar's own tables, so a new table
/// row is picked up without further change.
pub(crate) struct LeadWords {
    /// Words that are (part of) a figure: number words, fractions, ordinals, scale words and
    /// the words of vague amounts. A claim always contains one of these, a digit or a
    /// currency sign.
    pub figures: Vec<String>,
    /// Words that may start a claim before its figure: the first word of every qualifier,
    /// "between", "from", "a", "an", and currency codes.
    pub qualifiers: Vec<String>,
}

/// The scanner's word lists; see [`LeadWords`].
pub(crate) fn lead_words() -> LeadWords {
    let words = |phrase: &'static str| phrase.split([' ', '-', '.', '$']).filter(|w| !w.is_empty());
    let first = |phrase: &'static str| words(phrase).next().unwrap_or("");
    let clean = |list: Vec<&str>| {
        let mut list: Vec<String> = list
            .into_iter()
            .map(str::to_ascii_lowercase)
            .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
            .collect();
        list.sort_unstable();
        list.dedup();
        list
    };
    let figures = number::UNITS
        .iter()
        .chain(number::TENS)
        .chain(number::ORDINAL_UNITS)
        .chain(number::ORDINAL_TENS)
        .copied()
        .chain(number::DENOMINATORS.iter().map(|(w, _)| *w))
        .chain(number::SCALE_WORDS.iter().map(|(w, _)| *w))
        .chain(["half", "hundred", "dozen", "hundredth", "thousandth"])
        .chain(
            vague::VAGUE
                .iter()
                .flat_map(|v| words(v.phrase))
                .filter(|w| !matches!(*w, "a" | "of")),
        )
        .collect();
    let qualifiers = hedge::PRE_HEDGES
        .iter()
        .map(|(p, _)| first(p))
        .chain(unit::CURRENCY_PREFIXES.iter().map(|(p, _)| first(p)))
        .chain(["between", "from", "a", "an"])
        .collect();
    LeadWords {
        figures: clean(figures),
        qualifiers: clean(qualifiers),
    }
}

/// Turns a grammar failure at `rest` into the crate's error, with a byte offset into
/// `normalized`.
pub(crate) fn failure(err: &PError<'_>, normalized: &str) -> Error {
    let offset = normalized.len() - err.input.len();
    match err.kind {
        PKind::ThousandsGroup => Error::thousands_group(offset),
        PKind::TooLarge => Error::too_large(offset),
        PKind::NoMatch => Error::expected_number(offset),
    }
}

/// Parses one whole numeric phrase into a [`Quantity`].
///
/// The phrase is normalized first (typographic dashes, no-break spaces, fullwidth digits,
/// ...); it may have white space around it but nothing else: a qualifier, a figure or range or
/// vague amount, and a unit. Error offsets are byte offsets into `phrase` as given.
///
/// ```
/// use numeric_claims::{parse_quantity, Certainty, Hedge, Kind, Number};
///
/// let q = parse_quantity("at least 337").unwrap();
/// assert_eq!(q.value, Some(Number::from(337)));
/// assert_eq!(q.hedge, Some(Hedge::AtLeast));
/// assert_eq!(q.certainty, Certainty::Exact);
/// assert_eq!(q.kind, Kind::Count);
/// assert_eq!(q.to_string(), "≥337");
/// ```
///
/// # Errors
///
/// - an empty phrase: "expected a number, but the phrase is empty at byte 0";
/// - a qualifier with no figure: `"more than"` gives "expected a number after 'more than' at
///   byte 9";
/// - no figure: `"drones"` gives "expected a number at byte 0";
/// - a malformed digit group: `"1,55,0"` gives "expected a group of three digits after the
///   thousands separator at byte 2";
/// - a figure too large to hold exactly (beyond about 10^38): [`Error::is_too_large`];
/// - anything after the phrase: `"337 drones"` gives "expected the end of the phrase, but found
///   'drones' at byte 4".
pub fn parse_quantity(phrase: &str) -> Result<Quantity, Error> {
    parse_quantity_with(phrase, &Options::new())
}

/// [`parse_quantity`] with [`Options`], such as the decimal comma.
///
/// ```
/// use numeric_claims::{parse_quantity_with, Number, Options};
///
/// let q = parse_quantity_with("mehr als 1.550", &Options::new().decimal_comma(true));
/// assert!(q.is_err(), "the grammar is English; only the figures follow the option");
/// let q = parse_quantity_with("more than 1.550", &Options::new().decimal_comma(true)).unwrap();
/// assert_eq!(q.value, Some(Number::from(1550)));
/// ```
///
/// # Errors
///
/// As for [`parse_quantity`].
pub fn parse_quantity_with(phrase: &str, options: &Options) -> Result<Quantity, Error> {
    let normalized = normalize(phrase);
    let read_as = options.apply(normalized.as_str());
    let text: &str = &read_as;
    let original = |offset: usize| normalized.original_offset(offset);
    let start = text.len() - text.trim_start().len();
    let body = &text[start..];
    if body.is_empty() {
        return Err(Error::empty(phrase.len()));
    }
    match claim(body) {
        Ok((rest, parsed)) => {
            let trimmed = rest.trim_start();
            if let Some(found) = trimmed.split_whitespace().next() {
                let at = text.len() - trimmed.len();
                return Err(Error::trailing(found, original(at)));
            }
            crate::resolve::resolve(&parsed).ok_or_else(|| Error::too_large(original(start)))
        }
        Err(nom::Err::Failure(err)) => {
            let e = failure(&err, text);
            let at = original(e.offset());
            Err(e.at(at))
        }
        Err(_) => {
            if let Ok((rest, _)) = pre_hedge(body) {
                let qualifier_end = text.len() - rest.len();
                let after = text.len() - rest.trim_start().len();
                let written = &phrase[original(start)..original(qualifier_end)];
                return Err(Error::expected_number_after(written, original(after)));
            }
            Err(Error::expected_number(original(start)))
        }
    }
}
