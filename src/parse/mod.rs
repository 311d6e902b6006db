//! The phrase grammar: one numeric phrase, from qualifier to unit.
//!
//! The grammar reads normalized text (see [`crate::normalize`]) and is built bottom-up from
//! small `nom` parsers, one per element below. Words match case-insensitively and only as
//! whole words; `ws` is one or more spaces or tabs, never a line break, so no phrase spans
//! two lines. Every word comes from a table of [`crate::vocab`] except a few written in the
//! parsers themselves: "of", "and", "half", the ordinal suffixes "st", "nd", "rd" and "th",
//! and the "a" / "an" of "half an hour" (the article of `of_a_unit`).
//!
//! ```text
//! claim      = unit-or-two | margin-hedge ws? amount
//!            | explicit | hedge ws? (explicit | compound | factor | article ws fold-word
//!                                     | base-verb | amount-or-range | vague)
//!            | tally | core margin? | core post-hedge?
//! core       = race-time | ordinal | factor | measure-compound | amount-or-range | vague
//! race-time  = see parse/clock.rs ("2:05:41", "3:43.13": a duration in seconds)
//! margin     = ws? ("±" | "plus or minus") ws? amount   -- "45% ± 3": [42, 48] %, plus_minus
//! margin-hedge = "±" | "plus or minus"                 -- "± 2.5 pp": [-2.5, 2.5] pp
//! measure-compound = amount ws ("and" ws)? amount  -- "two hours and 56 minutes", "6ft 2in":
//!            -- the second in a smaller unit of the first's dimension, less than one of it
//! unit-or-two = article ws time-unit ws "or" ws "two"  -- "a day or two": [1, 2] day
//! compound   = amount ws ("but" | "and") ws upper-hedge ws? amount   -- bounds that overlap
//! tally      = digits "-" digits     -- falling or equal, or rising before a tally noun
//! factor     = see parse/factor.rs ("sixfold", "6-fold", "3x", "three times as", "doubled")
//! explicit   = "between" ws end (ws "and" ws | ws? "-" ws?) end | "from" ws end joiner end
//!            -- the ends of "between", and of "from" between measures, may fall ("between
//!            -- 9.6 m and 9.2 m" is [9.2, 9.6] m)
//! end        = (("just" | "only") ws)? (hedge ws?)? amount  -- an "about" end makes it approximate
//! amount-or-range = amount (joiner amount)?
//! joiner     = ws? ("-" | "~") ws? | "-"? ws ("to" | "or" | "through") ws  -- "a 6- to 9-metre wall"
//! amount     = unit-before ("-" | ws) digits   -- "magnitude 5.9", "a magnitude-7.8 quake"
//!            | currency? figure unit? | word-fraction ((ws "of")? ws article unit)
//!            -- a glued "m" before a word of METRE_WORDS_AFTER is metres: "1.2m wide"
//! figure     = (("minus" | "negative") ws)? unsigned
//! unsigned   = sign? (digit-fraction | digits scale?)
//!            | "half" ws article ws (scale-word | "dozen")
//!            | (article ws)? "half" ("-" | ws) (scale-word | "dozen")
//!            | word-fraction ((ws "of" ws article)? ws scale-word)? | words
//! sign       = "-" | "+"
//! digits     = (group ("," group3)* ("." digit+)? | group (" " group3)* ("." digit+)?) power?
//!            | "." digit+ | group2 ("," digit digit)+ "," group3 ("." digit+)?  -- before lakh/crore
//!            -- a space joins a group3 only when no letter follows it: "30 105mm" is two figures
//! power      = "^" exponent | superexp  -- after "10" only: "10^6", "10⁶"
//!            | ws? ("x" | "×" | "*" | "·") ws? "10" ("^" exponent | superexp)  -- "1.5 x 10^9"
//! exponent   = ("-" | "+")? digit{1,3}
//! superexp   = ("⁻" | "⁺")? ("⁰" | "¹" | "²" | ... | "⁹"){1,3}
//! digit-fraction = (digit+ " ")? digit+ "/" digit+ | digit+ ws proportion ws digit+
//! word-fraction  = "half" | (article | below-100) ("-" | ws) denominator
//!            | below-100 ws proportion ws below-100
//! proportion = a row of vocab::numbers::PROPORTION_WORDS ("in"; "2 out of 3" is two counts)
//! words      = word-group (ws "and" ws word-fraction)? (ws scale-word+ (ws ("and" ws)? word-group)?)*
//! word-group = (below-100 | article) (ws "dozen" | ("-" | ws) "hundred" (ws ("and" ws)? below-100)?)?
//! below-100  = tens (("-" | ws) one-to-nine)? | zero-to-nineteen
//! article    = "a" | "an"
//! scale      = (("k" | "K" | "m" | "M" | "mn" | "mln" | "bn" | "bln" | "tn" | "cr")   -- attached
//!            | ws ("mn" | "mln" | "bn" | "bln" | "tn" | "cr") | ws scale-word
//!            | "-" scale-word &("-" letter)) (ws scale-word)*   -- stacked, never falling:
//!                                                    -- "lakh crore", "thousand billion" multiply
//! scale-word = "thousand" | "million" | "billion" | "trillion" | "quadrillion" | ... | "decillion"
//!            | "lakh" | "lac" | "crore"
//! ordinal    = (digit+ ("st" | "nd" | "rd" | "th") | ordinal-word) "-ever"?
//! vague      = vague-phrase (ws ("dozen" | "hundred" | scale-word))? (unit | ws "of" unit)?
//! hedge      = a row of vocab::hedges::PRE_HEDGES ("at least", "nearly", "~", ...)
//! post-hedge = "+" | ws (a row of vocab::hedges::POST_HEDGES: "or more", "or so", ...)
//! currency   = a row of vocab::currencies::CURRENCY_SIGNS ws? | a currency code " "?
//!              (ws? "m" | "k" after a currency's figure is a scale: "€100 m")
//! unit       = ("" | " " | "-") (a row of vocab::units::UNITS | a currency word, sign or code
//!              | a minor unit | a currency word of many countries) "-old"?
//!
//! -- The entry points (parse::Entry): where the reader and parse_quantity start.
//! claim-in-text = claim, read with what the words before it say (parse::Left):
//!            | after a change word or change claim:  "from" ws level   -- "fell from 6.1% to 5.9%":
//!                                                         -- the claim is the first level
//!            | after a change word: level &(ws "to")    -- "rose 4.5p to 142.9p": the change, when the
//!                                                         -- range's first end has a unit of its own
//!            | after "by" and a change verb: level &(ws "to")   -- "rose by 200 to 1,200": the
//!                                    -- change, with or without a unit, unless a percent after
//!                                    -- the second end is both ends' ("rose by 10 to 15 percent")
//!            | after a tally word: digits "-" digits   -- "lost 1-2": a score even when it rises
//!            | after "to" or a modal: base-verb          -- "plans to triple output"
//!            | after "by" and a change verb: figure ws "times"   -- "grew by 6 times"
//!            | after a particle verb: hedge ws claim   -- "handed over 25": the claim follows
//!            | opening a sentence, or after a plural noun: "over" ws duration
//!                                    -- "Over five years, ...", "strikes over three weeks"
//!            | right after a claim: ("over" | comparative) ws claim
//!                                    -- "£30bn over five years" (before a duration), "£1,000
//!                                    -- higher than two years ago": the claim is what follows
//! phrase     = claim                 -- a phrase on its own: nothing stands before it
//! -- After the grammar, the rules read a rate's base after the claim or its noun (rules/rate.rs:
//! -- "a gallon", "per 100,000 people", "-a-year"), a unit its sentence gives it (rules/unit.rs:
//! -- "40.2 C", a list's last unit, a glued "m" about sea levels) and an age (rules/age.rs).
//! level      = hedge ws? amount | amount post-hedge?   -- one figure, never a range
//! ```
//!
//! A qualifier never comes with an ordinal, and a post-hedge never follows a pre-hedge or a
//! range. Which forms of a unit row may be attached, spaced or hyphenated is the row's `Fit`
//! (a word in the singular may be hyphenated, "a 45-minute delay"; a symbol glued, spaced or
//! hyphenated, "64GB", "10 km", "a 10-km march"; a currency sign or code glued or spaced; "C",
//! "F" and "p" only glued, "40.3C", "92p"; "m", "B", "s" and "t" only spaced, since "1.5m" is
//! 1.5 million unless a dimension or race word follows, "1.2m wide", see `glued_metres`). A minor unit divides the figure by 100 ("92p" is 0.92 GBP); "pounds" after a
//! scale word is sterling, otherwise mass; a single "a" is an article, not a figure ("a
//! thousand" is one). Accepted phrases and what they resolve to (each line is checked by this
//! doctest):
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
//!     ("CAD 5", "5 CAD"),
//!     ("5 AUD", "5 AUD"),
//!     ("approximately 85%", "≈85 [84.5, 85.5] %"),
//!     ("two and a half years", "2.5 year"),
//!     ("hundreds of kilometers", "[200, 1000) km vague"),
//!     ("up to 10,000", "≤10000"),
//!     ("-20°C", "-20 C"),
//!     ("a dozen", "12"),
//!     ("1.5m", "1500000"),
//!     ("3 mln", "3000000"),
//!     ("10K", "10000"),
//!     ("€50bn", "50000000000 EUR"),
//!     ("two-thirds", "2/3 fraction"),
//!     ("64GB", "64 GB"),
//!     ("10-km", "10 km"),
//!     ("8~10 hours", "[8, 10] hour"),
//!     ("$450 through $1,600", "[450, 1600] USD"),
//!     ("92p", "0.92 GBP"),
//!     ("EUR2bn", "2000000000 EUR"),
//!     ("Rs 12 lakh", "1200000 INR"),
//!     ("400 million francs", "400000000 money"),
//!     ("half a dozen", "6"),
//!     ("minus 15C", "-15 C"),
//!     ("one hundred and twelve", "112"),
//!     ("23rd", "23 ordinal"),
//!     ("50 or more", "≥50"),
//!     ("several hundred", "[300, 900] vague"),
//!     ("≥ 16", "≥16"),
//!     ("topped $100", ">100 USD"),
//!     ("20 through 30", "[20, 30]"),
//!     ("more than 150 but fewer than 250", "(150, 250) between"),
//!     ("6-fold", "6 factor"),
//!     ("halved", "0.5 factor down"),
//! ] {
//!     assert_eq!(parse_quantity(phrase).unwrap().to_string(), canonical, "{phrase}");
//! }
//! ```
//!
//! Rejected phrases (each is an error):
//!
//! ```
//! use numeric_claims::parse_quantity;
//!
//! for phrase in [
//!     "at least first",     // a qualifier with an ordinal
//!     "about 5 or more",    // a qualifier before and after
//!     "20-30 or more",      // a post-hedge after a range
//!     "over the weekend",   // a qualifier binds only to a figure
//!     "between 20\nand 30", // a line break is no space between words
//!     "30-20",              // a range must rise
//!     "F16",                // a figure running into letters that are no unit
//!     "2.0.1",              // a version
//!     "1,55,0",             // a malformed digit group
//!     "52-48",              // a score: two figures, not one quantity
//!     "twice",              // "twice" alone is no factor
//! ] {
//!     assert!(parse_quantity(phrase).is_err(), "{phrase:?}");
//! }
//! ```

mod clock;
mod diagnose;
mod entry;
pub(crate) mod error;
mod factor;
mod hedge;
mod lex;
mod number;
pub(crate) mod phrase;
mod unit;
mod vague;

use nom::Parser;
use nom::branch::alt;
use nom::combinator::opt;
use nom::sequence::preceded;

pub(crate) use diagnose::Failure;
pub(crate) use entry::{Entry, Left, Parsed, PeriodOver};
use hedge::pre_hedge;
use lex::{space1, whole_word};

use crate::number::Number;
use crate::quantity::{Certainty, Change, Currency, Hedge, Kind, MeasureUnit, Quantity, Unit};
use crate::text::{is_space, is_word_char, letters_len};
use crate::vocab::changes::change_word;
use crate::vocab::context::YEARS;
use crate::vocab::hedges::COMPOUND_JOINERS;
use crate::vocab::hedges::{MARGIN_WORDS, PERIOD_WORD};
use crate::vocab::ranges::{RANGE_END_WORDS, RANGE_JOINERS, RANGE_OPENERS, RANGE_SIGNS};
use crate::vocab::ranges::{RANGE_FROM, RANGE_TO};
use crate::vocab::tallies::{TALLY_DIGITS, TALLY_NOUNS};
use crate::vocab::units::{METRE_WORDS_AFTER, Reads, SCALED_UNITS, UNITS_BEFORE};
use error::{Res, no_match, or_else, too_large};
use lex::{space0, word};
use phrase::{Amount, Core, Figure, Measure, Phrase, Tallied};

/// Any figure: a fraction, digits with a scale, or number words, after an optional sign
/// word ("minus 15", "negative 0.75").
fn figure(input: &str) -> Res<'_, Figure> {
    if input.starts_with(|c: char| c.is_ascii_alphabetic())
        && let Ok((rest, _)) = number::sign_word(input)
    {
        let (rest, f) = unsigned_figure(rest)?;
        let value = f.value.checked_neg().ok_or_else(|| too_large(input))?;
        return Ok((rest, Figure { value, ..f }));
    }
    unsigned_figure(input)
}

/// A figure without a sign word.
fn unsigned_figure(input: &str) -> Res<'_, Figure> {
    // Digits and words never start alike, so only one family is tried.
    if input.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '+' | '.')) {
        return number::signed_digit_figure(input);
    }
    let words = || or_else(number::fraction_scale(input), || number::word_number(input));
    or_else(number::half_scale(input), words)
}

/// "of a" / "a" / "an" and a unit after a fraction in words: "a quarter of a percentage
/// point", "half an hour".
fn of_a_unit(input: &str) -> Res<'_, Reads> {
    let article = alt((word("a"), word("an")));
    preceded(
        (opt((space1, word("of"))), space1, article),
        unit::unit_suffix,
    )
    .parse(input)
}

/// What a unit word makes of the figure before it: its measure, whether it was a minor
/// unit, and the figure in the major unit.
fn read_unit<'a>(
    reads: Reads,
    figure: Figure,
    input: &'a str,
) -> Result<Amount, nom::Err<error::PError<'a>>> {
    let with = |unit| Measure::from(Some(unit));
    let (measure, minor, figure) = match reads {
        Reads::Unit(Unit::Measure(d)) => {
            let scaled = SCALED_UNITS
                .iter()
                .find(|&&(written, power, _)| written == d && figure.scale_power == power);
            match scaled {
                Some(&(_, power, reported)) => {
                    let value = Number::pow10(power)
                        .and_then(|s| figure.value.checked_div(s))
                        .ok_or_else(|| too_large(input))?;
                    let figure = Figure {
                        value,
                        scale_power: 0,
                        ..figure
                    };
                    (with(Unit::Measure(reported)), false, figure)
                }
                None => (with(Unit::Measure(d)), false, figure),
            }
        }
        Reads::Unit(u) => (with(u), false, figure),
        Reads::Minor(c) => {
            let value = figure
                .value
                .checked_div(Number::from(100))
                .ok_or_else(|| too_large(input))?;
            let figure = Figure {
                value,
                fraction: false,
                ..figure
            };
            (with(Unit::Currency(c)), true, figure)
        }
        Reads::Money => (unnamed(Kind::Money), false, figure),
        Reads::Measure => (unnamed(Kind::Measure), false, figure),
        // Profits are stated in millions of pounds, weights rarely are.
        Reads::Pounds if figure.scale_power >= 6 => {
            (with(Unit::Currency(Currency::Gbp)), false, figure)
        }
        Reads::Pounds => (with(Unit::Measure(MeasureUnit::PoundMass)), false, figure),
    };
    Ok(Amount {
        figure,
        measure,
        minor,
        unit_after: true,
    })
}

/// A glued "m" that is metres, not million: before a word of [`METRE_WORDS_AFTER`], after a
/// space or a hyphen ("1.2m wide", "a 10m-tall statue", "the 400m hurdles", "5m waves").
/// `written` is the figure as written, ending in the "m".
fn glued_metres(written: &str, figure: Figure, rest: &str) -> Option<Amount> {
    let digits = written.strip_suffix('m')?;
    if !digits.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let after = rest.strip_prefix([' ', '-'])?;
    let len = letters_len(after.as_bytes());
    let next = after.get(..len)?;
    let hyphenated = after.as_bytes().get(len) == Some(&b'-');
    let word = if hyphenated {
        // "semi-final": the word with its hyphen.
        let more = letters_len(&after.as_bytes()[len + 1..]);
        &after[..len + 1 + more]
    } else {
        next
    };
    let known = |w: &str| METRE_WORDS_AFTER.iter().any(|m| m.eq_ignore_ascii_case(w));
    if !known(word) && !known(next) {
        return None;
    }
    let value = figure.value.checked_div(Number::pow10(6)?)?;
    Some(Amount {
        figure: Figure {
            value,
            scale_power: 0,
            ..figure
        },
        measure: Measure::from(Some(Unit::Measure(MeasureUnit::Metre))),
        minor: false,
        unit_after: true,
    })
}

/// A unit word that names no one unit: what it says the figure is, with no unit.
fn unnamed(kind: Kind) -> Measure {
    Measure {
        unit: None,
        unnamed: Some(kind),
    }
}

/// A unit written before its figure, a row of [`UNITS_BEFORE`], and a space or hyphen:
/// "magnitude 5.9", "a magnitude-7.8 quake", "age 5". Only a figure in digits follows.
fn unit_before(input: &str) -> Option<(&str, MeasureUnit)> {
    if !input.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    UNITS_BEFORE.iter().find_map(|&(w, unit)| {
        let rest = whole_word(w, input)?.strip_prefix([' ', '-'])?;
        rest.starts_with(|c: char| c.is_ascii_digit())
            .then_some((rest, unit))
    })
}

/// `unit-before figure`: "magnitude 5.9" is 5.9 mag.
fn prefixed_measure(input: &str) -> Option<(&str, Amount)> {
    let (rest, unit) = unit_before(input)?;
    let (rest, figure) = number::signed_digit_figure(rest).ok()?;
    if rest.starts_with(is_word_char) {
        return None;
    }
    let amount = Amount {
        figure,
        measure: Measure::from(Some(Unit::Measure(unit))),
        minor: false,
        unit_after: false,
    };
    Some((rest, amount))
}

/// `currency? figure unit? | unit-before figure`
fn amount(input: &str) -> Res<'_, Amount> {
    if let Some(found) = prefixed_measure(input) {
        return Ok(found);
    }
    let (rest, currency) = match unit::currency_prefix(input) {
        Ok((rest, c)) => (rest, Some(c)),
        Err(_) => (input, None),
    };
    let (mut rest, mut figure) = figure_alone(input, rest)?;
    if currency.is_none()
        && figure.scale_power == 6
        && let Some(amount) = glued_metres(&input[..input.len() - rest.len()], figure, rest)
    {
        return Ok((rest, amount));
    }
    if currency.is_some() {
        // After a currency a spaced letter is a scale, not a unit: "€100 m" is 100 million.
        (rest, figure) = number::scale_after_currency(rest, figure)?;
    }
    let of_a = || {
        let word_fraction = figure.fraction && !figure.in_digits;
        word_fraction.then(|| of_a_unit(rest).ok()).flatten()
    };
    let (rest, suffix) = match unit::unit_suffix(rest).ok().or_else(of_a) {
        Some((rest, reads)) => (rest, Some(reads)),
        None => (rest, None),
    };
    // A figure running straight into letters that are not a unit ("F16s", "3D") is not a figure.
    if rest.starts_with(is_word_char) {
        return Err(no_match(input));
    }
    let before = |measure| Amount {
        figure,
        measure,
        minor: false,
        unit_after: false,
    };
    match (currency, suffix) {
        (Some(c), _) => Ok((rest, before(Measure::from(Some(Unit::Currency(c)))))),
        (None, Some(reads)) => Ok((rest, read_unit(reads, figure, input)?)),
        (None, None) => Ok((rest, before(Measure::default()))),
    }
}

/// The figure of an amount at `rest` (after its currency, if any), when nothing glued to it
/// makes it no figure: a digit or letter of another script ("5٣"), or digits joined by a
/// separator this grammar does not read ("1'000", "1_000").
fn figure_alone<'a>(input: &'a str, rest: &'a str) -> Res<'a, Figure> {
    let (rest, figure) = figure(rest)?;
    if rest.starts_with(is_word_char) && !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Err(no_match(input));
    }
    let mut after = rest.chars();
    if matches!(after.next(), Some('\'' | '_')) && after.next().is_some_and(|c| c.is_ascii_digit())
    {
        return Err(no_match(input));
    }
    Ok((rest, figure))
}

/// A word of [`RANGE_JOINERS`] between spaces.
fn joiner_word(input: &str) -> Res<'_, &str> {
    let (rest, _) = space1(input)?;
    let (rest, w) = RANGE_JOINERS
        .iter()
        .find_map(|&w| Some((whole_word(w, rest)?, &rest[..w.len()])))
        .ok_or_else(|| no_match(input))?;
    let (rest, _) = space1(rest)?;
    Ok((rest, w))
}

/// What joins the two ends of a range: a dash, or a joiner word.
fn range_joiner(input: &str) -> Res<'_, &str> {
    // "a 6- to 9-metre wall", "10- or 12-mile": a suspended hyphen before a joiner word.
    if let Some(after) = input.strip_prefix('-')
        && let Ok(ok) = joiner_word(after)
    {
        return Ok(ok);
    }
    let (after, _) = space0(input)?;
    match RANGE_SIGNS.iter().find(|&&sign| after.starts_with(sign)) {
        Some(sign) => {
            let (rest, _) = space0(&after[sign.len()..])?;
            Ok((rest, &after[..sign.len()]))
        }
        None => joiner_word(input),
    }
}

/// Two amounts as the ends of a range; a unit or scale written once applies to both
/// ("20-30%", "$20-30 million"), unless the first end would then pass the second ("from
/// $450,000 to $1.2 million" has a scale on one end only). `falling`: the ends may come
/// high to low ("between 9.6 m and 9.2 m"), and the range is still read low to high.
fn range_ends<'a>(
    first: Amount,
    second: Amount,
    input: &'a str,
    falling: bool,
) -> Result<(Figure, Figure, Measure), nom::Err<error::PError<'a>>> {
    let mut low = first.figure;
    if second.minor && first.measure == Measure::default() {
        // "20-30p": the minor unit written on the second end applies to the first.
        let value = low
            .value
            .checked_div(Number::from(100))
            .ok_or_else(|| too_large(input))?;
        low = Figure { value, ..low };
    }
    let mut high = second.figure;
    let same_shape = low.in_digits == high.in_digits && !low.fraction;
    if low.scale_power == 0 && high.scale_power > 0 && same_shape {
        // "20-30 million": the scale written on the second end applies to the first.
        let scaled = low
            .scale_by(high.scale_power)
            .ok_or_else(|| too_large(input))?;
        if scaled.value < high.value {
            low = scaled;
        }
    }
    if falling && low.value > high.value {
        (low, high) = (high, low);
    }
    if low.value >= high.value {
        return Err(no_match(input));
    }
    // A unit written after the first figure but not the second ("fell 4.7 per cent to 312
    // pence") means two figures, not a range; "20-30%" and "$20-30" are ranges.
    let measure = match (first.measure, second.measure) {
        (a, b) if a != b && a != Measure::default() && b != Measure::default() => {
            return Err(no_match(input));
        }
        (a, b) if b == Measure::default() && a != b && first.unit_after => {
            return Err(no_match(input));
        }
        // "40 kopecks to ₽52.40": a unit after the first figure and a currency before the
        // second are two figures.
        (_, b) if first.unit_after && b != Measure::default() && !second.unit_after => {
            return Err(no_match(input));
        }
        (a, b) if a == Measure::default() => b,
        (a, _) => a,
    };
    Ok((low, high, measure))
}

/// "between X and Y", "from X to Y" (or "from X - Y", "from X or Y").
fn explicit_range(input: &str) -> Res<'_, Phrase> {
    let (rest, closer) = RANGE_OPENERS
        .iter()
        .find_map(|&(opener, closer)| Some((whole_word(opener, input)?, closer)))
        .ok_or_else(|| no_match(input))?;
    let (rest, _) = space1(rest)?;
    let (rest, (first, first_about)) = explicit_end(rest)?;
    let (rest, _) = if closer == "and" {
        // "between 41-42kph": a dash may stand for the "and".
        let and = (space1, word(closer), space1).map(|_| "").parse(rest);
        match and {
            Ok(ok) => ok,
            Err(_) => range_joiner(rest).and_then(|(r, j)| {
                if j.contains('-') {
                    Ok((r, j))
                } else {
                    Err(no_match(rest))
                }
            })?,
        }
    } else {
        range_joiner(rest)?
    };
    let (rest, (second, second_about)) = explicit_end(rest)?;
    // "between" may name its ends in any order; "from" falls only between measures ("from
    // -12 °C to -27 °C"): prices and shares that go from high to low state a movement.
    let measure = first.measure.unit.or(second.measure.unit);
    let falling = closer == "and" || measure.is_some_and(|u| u.kind() == Kind::Measure);
    let (low, high, measure) = range_ends(first, second, input, falling)?;
    // "between 1.5 g and about 4.0 g": a hedged end makes the range approximate, as "about
    // 20-30" is.
    let hedge = if first_about || second_about {
        Hedge::About
    } else {
        Hedge::Between
    };
    let phrase = Phrase::new(Some(hedge), Core::Range(low, high), measure);
    Ok((rest, phrase.with_minor(first.minor || second.minor)))
}

/// One end of an explicit range: an amount, after "just" or "only" ("between just 0.3 and
/// 0.5 per cent"), or after "about" and its kin; the flag says an approximate qualifier was
/// written.
fn explicit_end(input: &str) -> Res<'_, (Amount, bool)> {
    // Most ends are digits or a currency sign: words before an end need a letter first.
    if !input.starts_with(|c: char| c.is_ascii_alphabetic() || c == '~') {
        let (rest, end) = amount(input)?;
        return Ok((rest, (end, false)));
    }
    let input = RANGE_END_WORDS
        .iter()
        .find_map(|w| {
            whole_word(w, input)
                .and_then(|r| space1(r).ok())
                .map(|(r, _)| r)
        })
        .unwrap_or(input);
    if let Ok((rest, Hedge::About)) = pre_hedge(input) {
        let (rest, _) = space0(rest)?;
        let (rest, end) = amount(rest)?;
        return Ok((rest, (end, true)));
    }
    let (rest, end) = amount(input)?;
    Ok((rest, (end, false)))
}

/// An amount alone or as the first end of a range.
fn amount_or_range(input: &str) -> Res<'_, CoreRead<'_>> {
    let (rest, first) = amount(input)?;
    if let Ok((after, (joiner, second))) = (range_joiner, amount).parse(rest)
        && !two_figures(&input[..input.len() - rest.len()], first, (joiner, second))
        && let Ok((low, high, measure)) = range_ends(first, second, input, false)
    {
        let read = CoreRead {
            first: Some((first, rest)),
            minor: first.minor || second.minor,
            ..CoreRead::new(Core::Range(low, high), measure)
        };
        return Ok((after, read));
    }
    let read = CoreRead::new(Core::Single(first.figure), first.measure);
    Ok((
        rest,
        CoreRead {
            minor: first.minor,
            ..read
        },
    ))
}

/// Whether two amounts joined like a range are two figures instead: a year and a figure that
/// is none ("in the year ending March 2003 to 233,471": the year belongs to a date), or a
/// bare figure and an amount with a currency sign of its own ("in 2013-14 to Rs 3.27 lakh
/// crore"; "20-$30" stays a range). `first_text` is the first amount as written.
fn two_figures(first_text: &str, first: Amount, (joiner, second): (&str, Amount)) -> bool {
    // A year's value: a bare whole figure in digits of the years' range.
    let year_value = |a: Amount| {
        let v = a.figure.value;
        a.figure.in_digits
            && a.figure.scale_power == 0
            && a.measure == Measure::default()
            && v.is_integer()
            && YEARS.contains(&v.numerator())
    };
    let written_as_year = first_text.len() == 4 && first_text.bytes().all(|b| b.is_ascii_digit());
    let year_and_figure = written_as_year && year_value(first) && !year_value(second);
    let own_sign = joiner.starts_with(|c: char| c.is_ascii_alphabetic())
        && first.measure == Measure::default()
        && matches!(second.measure.unit, Some(Unit::Currency(_)))
        && !second.unit_after;
    year_and_figure || own_sign
}

/// A small whole number in digits with no unit, as in a score.
fn tally_figure(input: &str) -> Res<'_, Figure> {
    let (rest, a) = amount(input)?;
    let digits = input.len() - rest.len();
    let plain = a.measure == Measure::default() && a.figure.in_digits && a.figure.scale_power == 0;
    if !plain || digits > TALLY_DIGITS || !input.as_bytes()[..digits].iter().all(u8::is_ascii_digit)
    {
        return Err(no_match(input));
    }
    Ok((rest, a.figure))
}

/// A score or a vote: "2-1", "52-48", "1-1", or a rising pair before a tally noun ("a 1-3
/// defeat"). A pair that rises with no such noun is a range ("15-25 mph").
fn tally(input: &str) -> Res<'_, Phrase> {
    tally_of(input, false)
}

/// A tally; a rising pair only when `rising` (after a word that announces a score: "lost
/// 1-2", "voted 48-52") or a tally noun follows.
fn tally_of(input: &str, rising: bool) -> Res<'_, Phrase> {
    // Most figures are no tally: settle that from the bytes before parsing anything.
    let bytes = input.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let dash_digit =
        bytes.get(digits) == Some(&b'-') && bytes.get(digits + 1).is_some_and(u8::is_ascii_digit);
    if !(1..=TALLY_DIGITS).contains(&digits) || !dash_digit {
        return Err(no_match(input));
    }
    let (rest, first) = tally_figure(input)?;
    let first_end = input.len() - rest.len();
    let after_dash = rest.strip_prefix('-').ok_or_else(|| no_match(input))?;
    let second_start = input.len() - after_dash.len();
    let (rest, second) = tally_figure(after_dash)?;
    if rest.starts_with(['-', '/', '.', ',', '%'])
        && rest[1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return Err(no_match(input));
    }
    let noun_follows =
        space1(rest).is_ok_and(|(r, _)| TALLY_NOUNS.iter().any(|w| word(w).parse(r).is_ok()));
    if first.value < second.value && !noun_follows && !rising {
        return Err(no_match(input));
    }
    let tallied = Tallied {
        first_end,
        second_start,
    };
    let phrase = Phrase::new(
        None,
        Core::Tally(first, second, tallied),
        Measure::default(),
    );
    Ok((rest, phrase))
}

/// A vague amount with its optional unit ("a few days", "hundreds of kilometers"), and
/// whether the unit is a minor one.
fn vague_with_unit(input: &str) -> Res<'_, (Core, Measure, bool)> {
    let (rest, interval) = vague::vague_amount(input)?;
    let of_unit = preceded((space1, word("of")), unit::unit_suffix);
    let (rest, reads) = opt(alt((unit::unit_suffix, of_unit))).parse(rest)?;
    let measure = match reads {
        Some(Reads::Unit(u)) => Measure::from(Some(u)),
        Some(Reads::Minor(c)) => Measure::from(Some(Unit::Currency(c))),
        Some(Reads::Pounds) => Measure::from(Some(Unit::Currency(Currency::Gbp))),
        Some(Reads::Money) => unnamed(Kind::Money),
        Some(Reads::Measure) => unnamed(Kind::Measure),
        None => Measure::default(),
    };
    let minor = matches!(reads, Some(Reads::Minor(_)));
    Ok((rest, (Core::Vague(interval), measure, minor)))
}

/// What follows any qualifier: the figure part, its unit, the change a factor verb states,
/// and for a range, its first end as read with the input after it (after a change word
/// that end may be a claim of its own: "rose 4.5p to 142.9p").
#[derive(Debug, Clone, Copy)]
struct CoreRead<'a> {
    core: Core,
    measure: Measure,
    change: Option<Change>,
    first: Option<(Amount, &'a str)>,
    /// Whether a minor unit was written.
    minor: bool,
}

impl CoreRead<'_> {
    fn new(core: Core, measure: Measure) -> Self {
        CoreRead {
            core,
            measure,
            change: None,
            first: None,
            minor: false,
        }
    }

    /// The phrase this reads, under `hedge`.
    fn phrase(&self, hedge: Option<Hedge>) -> Phrase {
        Phrase::new(hedge, self.core, self.measure)
            .with_change(self.change)
            .with_minor(self.minor)
    }
}

/// The figure part of a claim after any qualifier.
fn core(input: &str) -> Res<'_, CoreRead<'_>> {
    if input
        .as_bytes()
        .get(1..3)
        .is_some_and(|b| b.contains(&b':'))
        && let Ok((rest, time)) = clock::race_time(input)
    {
        let seconds = Measure::from(Some(Unit::Measure(MeasureUnit::Second)));
        return Ok((rest, CoreRead::new(Core::Single(time), seconds)));
    }
    if let Ok((rest, n)) = number::ordinal(input) {
        return Ok((rest, CoreRead::new(Core::Ordinal(n), Measure::default())));
    }
    if let Ok((rest, (figure, change))) = factor::factor(input) {
        let read = CoreRead::new(Core::Factor(figure), Measure::default());
        return Ok((rest, CoreRead { change, ..read }));
    }
    let vague = || {
        let (rest, (core, measure, minor)) = vague_with_unit(input)?;
        let read = CoreRead::new(core, measure);
        Ok((rest, CoreRead { minor, ..read }))
    };
    let (rest, read) = or_else(amount_or_range(input), vague)?;
    if let Some(compound) = compound_measure(&read, rest) {
        return Ok(compound);
    }
    Ok((rest, read))
}

/// "two hours and 56 minutes", "6ft 2in": a measure followed by a smaller unit of its
/// dimension, less than one of the first, is one measure in the smaller unit (176 minutes,
/// 74 inches).
fn compound_measure<'a>(read: &CoreRead<'a>, input: &'a str) -> Option<(&'a str, CoreRead<'a>)> {
    // A space, then digits or "and": two bytes turn away the words after almost every figure.
    let bytes = input.as_bytes();
    if bytes.first() != Some(&b' ')
        || !(bytes.get(1).is_some_and(u8::is_ascii_digit) || bytes[1..].starts_with(b"and "))
    {
        return None;
    }
    let Core::Single(first) = read.core else {
        return None;
    };
    // "1m 80cm": before centimetres, a glued "m" is metres, not a million.
    let metres = first.scale_power == 6 && first.in_digits && read.measure == Measure::default();
    let big = match read.measure.unit {
        Some(Unit::Measure(big)) => big,
        None if metres => MeasureUnit::Metre,
        _ => return None,
    };
    let (rest, _) = space1(input).ok()?;
    let rest = whole_word("and", rest)
        .and_then(|r| space1(r).ok())
        .map_or(rest, |(r, _)| r);
    // The second part is written in digits ("56 minutes", "2in"): one byte rules out the
    // words after almost every measure.
    if !rest.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let (rest, second) = amount(rest).ok()?;
    let Some(Unit::Measure(small)) = second.measure.unit else {
        return None;
    };
    let first_value = if read.measure.unit.is_none() {
        if small != MeasureUnit::Centimetre {
            return None;
        }
        first.value.checked_div(Number::pow10(6)?)?
    } else {
        first.value
    };
    let one_big = big.convert(Number::ONE, small)?;
    if small == big
        || one_big <= Number::ONE
        || second.figure.value >= one_big
        || second.figure.value.is_negative()
    {
        return None;
    }
    let value = big
        .convert(first_value, small)?
        .checked_add(second.figure.value)?;
    let figure = Figure::plain(value, first.in_digits && second.figure.in_digits);
    let read = CoreRead::new(Core::Single(figure), second.measure);
    Some((rest, read))
}

/// The second bound of a compound ("more than 150 but fewer than 250"): a joiner, an upper
/// qualifier and an amount.
fn second_bound(input: &str) -> Res<'_, (Hedge, Amount)> {
    let (rest, _) = space1(input)?;
    let (rest, _) = COMPOUND_JOINERS
        .iter()
        .find_map(|&w| word(w).parse(rest).ok())
        .ok_or_else(|| no_match(input))?;
    let (rest, _) = space1(rest)?;
    let (rest, hedge) = pre_hedge(rest)?;
    if !matches!(hedge, Hedge::AtMost | Hedge::LessThan) {
        return Err(no_match(input));
    }
    let (rest, _) = space0(rest)?;
    let (rest, high) = amount(rest)?;
    Ok((rest, (hedge, high)))
}

/// A lower bound followed by an upper one, as one claim: `low` in `measure` is the figure
/// the core read after the qualifier, and `rest` what follows it. `None` when the second
/// bound is not there, the units differ, or the bounds exclude each other (then they are two
/// claims).
fn compound<'a>(hedge: Hedge, low: &CoreRead<'_>, rest: &'a str) -> Option<(&'a str, Phrase)> {
    let Core::Single(low_figure) = low.core else {
        return None;
    };
    let measure = low.measure;
    let low_inclusive = match hedge {
        Hedge::AtLeast => true,
        Hedge::MoreThan => false,
        _ => return None,
    };
    let (rest, (high_hedge, high)) = second_bound(rest).ok()?;
    let high_inclusive = high_hedge == Hedge::AtMost;
    if measure.unnamed != high.measure.unnamed {
        return None;
    }
    let unit = match (measure.unit, high.measure.unit) {
        (Some(a), Some(b)) if a != b => return None,
        (a, b) => a.or(b),
    };
    let measure = Measure {
        unit,
        unnamed: measure.unnamed,
    };
    let (lo, hi) = (low_figure.value, high.figure.value);
    if lo > hi || (lo == hi && !(low_inclusive && high_inclusive)) {
        return None;
    }
    let core = Core::Bounds((low_figure, low_inclusive), (high.figure, high_inclusive));
    let phrase = Phrase::new(Some(Hedge::Between), core, measure);
    Some((rest, phrase.with_minor(low.minor || high.minor)))
}

/// What a qualifier read: the phrase, and for a range the first end as read, with the input
/// after it (see [`CoreRead`]).
struct Hedged<'a> {
    phrase: Phrase,
    first: Option<(Amount, &'a str)>,
}

/// What a qualifier before the figure qualifies: an explicit range, an amount or range, or a
/// vague amount; never an ordinal.
fn hedged(input: &str, hedge: Hedge) -> Res<'_, Hedged<'_>> {
    let (rest, _) = space0(input)?;
    if let Ok((rest, mut phrase)) = explicit_range(rest) {
        phrase.hedge = Some(hedge);
        return Ok((
            rest,
            Hedged {
                phrase,
                first: None,
            },
        ));
    }
    let (rest, read) = match core(rest) {
        Ok(ok) => ok,
        // "nearly a threefold rise": an article between the qualifier and a multiple; "more
        // than double": a factor verb in its base form, a comparison here.
        Err(err) => article_factor(rest)
            .or_else(|| base_factor(rest))
            .ok_or(err)?,
    };
    // The figure of a lone amount may open a compound: read on from it, not again.
    if let Some((rest, phrase)) = compound(hedge, &read, rest) {
        return Ok((
            rest,
            Hedged {
                phrase,
                first: None,
            },
        ));
    }
    if matches!(read.core, Core::Ordinal(_)) {
        return Err(no_match(input));
    }
    let phrase = read.phrase(Some(hedge));
    Ok((
        rest,
        Hedged {
            phrase,
            first: read.first,
        },
    ))
}

/// Reads the claim at the start of `input` from `entry`: the BNF's `claim-in-text` with its
/// left context, or a whole `phrase`.
pub(crate) fn read(entry: Entry, input: &str) -> Res<'_, Parsed> {
    claim(entry.left(), input)
}

/// Reads a whole phrase on its own (the BNF's `phrase`): the phrase and the input after it,
/// or why no quantity starts there, with what was being read ([`Failure`]).
/// A unit a rate may be per, after a rate word: a period or a measure ("a gallon", "per
/// day", the "-year" of "€8m-a-year"), never a percent or a currency; the input after it.
pub(crate) fn base_unit(input: &str) -> Option<(&str, MeasureUnit)> {
    match unit::unit_suffix(input).ok()? {
        (rest, Reads::Unit(Unit::Measure(d))) if d.kind() != Kind::Percent => Some((rest, d)),
        _ => None,
    }
}

/// The amount of a rate's base after a rate word ("per 100,000", "every 21 days"): a plain
/// figure, exact and unhedged, with or without a unit; the input after it.
pub(crate) fn base_amount(input: &str) -> Option<(&str, Quantity)> {
    let (rest, parsed) = read(Entry::Phrase, input).ok()?;
    let q = crate::resolve::resolve(&parsed.phrase)?;
    let plain = q.hedge.is_none() && q.certainty == Certainty::Exact && q.change.is_none();
    let unit_ok = match q.unit {
        None => q.kind == Kind::Count,
        Some(Unit::Measure(d)) => d.kind() != Kind::Percent,
        // An exchange rate: "3,900 LBP per 1 USD".
        Some(Unit::Currency(_)) => true,
    };
    (plain && unit_ok && q.value.is_some_and(|v| v > Number::ZERO)).then_some((rest, q))
}

/// One figure of a list after a separator ("3.6, 4.5, 5.8 and 8.0 µm"): the quantity it
/// states and the input after it.
pub(crate) fn list_item(input: &str) -> Option<(&str, Quantity)> {
    let (rest, parsed) = read(Entry::Phrase, input).ok()?;
    Some((rest, crate::resolve::resolve(&parsed.phrase)?))
}

pub(crate) fn read_phrase(input: &str) -> Result<(&str, Phrase), Failure<'_>> {
    match read(Entry::Phrase, input) {
        Ok((rest, parsed)) => match diagnose::unfinished_range(input, rest) {
            // "20 to drones": the range begun after the figure got further than the figure.
            Some(failure) => Err(failure),
            None => Ok((rest, parsed.phrase)),
        },
        Err(nom::Err::Failure(err)) => Err(Failure::hard(&err)),
        Err(_) => Err(diagnose::diagnose(input)),
    }
}

/// One claim: a qualifier (optional), what it qualifies, and a trailing qualifier when there
/// was none before. A qualifier only binds to a figure that follows it: on "over the
/// weekend" this rule fails rather than reading a qualifier alone. What stands before the
/// claim (`left`) picks among readings of the same words: two levels after a change word, a
/// score after a tally word, the figure after a period or comparative after another claim.
fn claim(left: Left, input: &str) -> Res<'_, Parsed> {
    if let Some(ok) = verb_reading(left, input) {
        return Ok(ok);
    }
    if let Some(ok) = unit_or_two(input) {
        return Ok(ok);
    }
    if let Ok((rest, range)) = explicit_range(input) {
        if left.after_change()
            && let Some(ok) = levels_from(input)
        {
            return Ok(ok);
        }
        return Ok((rest, Parsed::whole(range)));
    }
    if let Ok((rest, hedge)) = pre_hedge(input) {
        return qualified_claim(left, input, (rest, hedge));
    }
    if left.tally_word
        && let Ok((rest, tally)) = tally_of(input, true)
    {
        return Ok((rest, Parsed::whole(tally)));
    }
    if let Ok((rest, tally)) = tally(input) {
        return Ok((rest, Parsed::whole(tally)));
    }
    let (rest, read) = core(input)?;
    let by = (left.change_by && !percent_shared(read.first, read.measure.unit))
        || (left.change_word && scales_differ(read.core, read.first));
    if let Some(first) = read.first.filter(|_| left.change_word || by)
        && let Some((after, level)) = level_before_to(None, first, by)
    {
        return Ok((after, Parsed::whole(level)));
    }
    if let Some(ok) = margin_after(&read, rest) {
        return Ok(ok);
    }
    let (rest, hedge) = match read.core {
        Core::Single(_) => opt(hedge::post_hedge).parse(rest)?,
        _ => (rest, None),
    };
    Ok((rest, Parsed::whole(read.phrase(hedge))))
}

/// A claim that opens with a qualifier (`hedge`, with the input after it): a margin around
/// zero, a change and level after a change word, the figure after a period or comparative
/// that belongs to the claim before, or the qualified phrase.
fn qualified_claim<'a>(
    left: Left,
    input: &'a str,
    (rest, hedge): (&'a str, Hedge),
) -> Res<'a, Parsed> {
    if hedge == Hedge::PlusMinus {
        // "± 2.5 percentage points": a margin around zero.
        let (rest, _) = space0(rest)?;
        let (rest, margin) = amount(rest)?;
        // A margin is a distance: "± -3" is none.
        if margin.figure.value.is_negative() {
            return Err(no_match(input));
        }
        let phrase = Phrase::new(
            Some(hedge),
            Core::Margin(None, margin.figure),
            margin.measure,
        );
        return Ok((rest, Parsed::whole(phrase)));
    }
    let (rest, read) = hedged(rest, hedge)?;
    let by = (left.change_by && !percent_shared(read.first, read.phrase.unit))
        || (left.change_word && scales_differ(read.phrase.core, read.first));
    if let Some(first) = read.first.filter(|_| left.change_word || by)
        && let Some((after, level)) = level_before_to(Some(hedge), first, by)
    {
        return Ok((after, Parsed::whole(level)));
    }
    let span_ok = |(rest, _): &(&str, Parsed)| match left.period_over {
        _ if left.after_claim => true,
        Some(PeriodOver::AfterNoun) => true,
        Some(PeriodOver::SentenceStart) => rest.starts_with(','),
        None => false,
    };
    if (left.after_claim || left.period_over.is_some())
        && let Some(ok) =
            figure_after_qualifier(input, &read.phrase, left.after_claim).filter(span_ok)
    {
        return Ok(ok);
    }
    Ok((rest, Parsed::whole(read.phrase)))
}

/// "45% ± 3", "52 per cent plus or minus 2": a figure and its margin, one claim. The margin
/// takes the figure's unit; a margin with a unit of its own must have the same.
fn margin_after<'a>(read: &CoreRead<'a>, input: &'a str) -> Option<(&'a str, Parsed)> {
    let Core::Single(center) = read.core else {
        return None;
    };
    // Every margin word starts with "±" or "p", after at most a space: a byte or two rule out
    // almost every claim.
    let bytes = input.as_bytes();
    let first = bytes.iter().position(|&b| b != b' ').filter(|&i| i <= 1)?;
    if !matches!(bytes.get(first), Some(&b) if b == 0xC2 || b | 0x20 == b'p') {
        return None;
    }
    let after = &input[first..];
    let rest = MARGIN_WORDS.iter().find_map(|w| {
        after
            .get(..w.len())
            .filter(|head| head.eq_ignore_ascii_case(w))
            .map(|_| &after[w.len()..])
    })?;
    let (rest, _) = space0(rest).ok()?;
    let (rest, margin) = amount(rest).ok()?;
    // A margin is a distance: "5 ± -3" is none.
    if margin.figure.value.is_negative() {
        return None;
    }
    let measure = match (read.measure, margin.measure) {
        (a, b) if b == Measure::default() || a == b => a,
        (a, b) if a == Measure::default() => b,
        _ => return None,
    };
    let phrase = Phrase::new(
        Some(Hedge::PlusMinus),
        Core::Margin(Some(center), margin.figure),
        measure,
    );
    Some((rest, Parsed::whole(phrase)))
}

/// How far into a candidate "or two" is looked for: "an hour or two" and the longest unit
/// of time fit.
const UNIT_OR_TWO_REACH: usize = 24;

/// "a day or two", "an hour or two": an article, a unit of time and "or two" are one to two
/// of the unit.
fn unit_or_two(input: &str) -> Option<(&str, Parsed)> {
    // " or two" comes within a few words: one short search turns almost every article away.
    let head = &input.as_bytes()[..input.len().min(UNIT_OR_TWO_REACH)];
    if !input.starts_with(['a', 'A']) || !head.windows(7).any(|w| w == b" or two") {
        return None;
    }
    let after = ["a", "an"].iter().find_map(|a| whole_word(a, input))?;
    let (rest, reads) = unit::unit_suffix(after).ok()?;
    let Reads::Unit(unit @ Unit::Measure(m)) = reads else {
        return None;
    };
    if !m.is_time() || !after.starts_with(is_space) {
        return None;
    }
    let (rest, _) = space1(rest).ok()?;
    let rest = whole_word("or", rest)?;
    let (rest, _) = space1(rest).ok()?;
    let rest = whole_word("two", rest)?;
    let ends = |n| Figure::plain(Number::from(n), false);
    let phrase = Phrase::new(
        None,
        Core::Range(ends(1), ends(2)),
        Measure::from(Some(unit)),
    );
    Some((rest, Parsed::whole(phrase)))
}

/// A factor verb in its base form after a qualifier ("more than double"): the multiple,
/// with no change of its own.
fn base_factor(input: &str) -> Option<(&str, CoreRead<'_>)> {
    let (rest, (figure, _)) = factor::base_verb(input).ok()?;
    Some((
        rest,
        CoreRead::new(Core::Factor(figure), Measure::default()),
    ))
}

/// A multiple after an article, as a qualifier reads it: "nearly a threefold rise".
fn article_factor(input: &str) -> Option<(&str, CoreRead<'_>)> {
    let after = ["a", "an"]
        .iter()
        .find_map(|a| whole_word(a, input))
        .and_then(|r| space1(r).ok())?
        .0;
    let (rest, (figure, change)) = factor::factor(after).ok()?;
    let read = CoreRead::new(Core::Factor(figure), Measure::default());
    Some((rest, CoreRead { change, ..read }))
}

/// What the verb before the candidate makes of it: a factor verb after "to" ("plans to triple
/// output"), a multiple after "by" ("grew by 6 times"), or the figure after a particle
/// ("handed over 25 of its tanks": the claim is what follows "over").
fn verb_reading(left: Left, input: &str) -> Option<(&str, Parsed)> {
    fn factor((rest, (figure, change)): (&str, factor::Factor)) -> (&str, Parsed) {
        let phrase =
            Phrase::new(None, Core::Factor(figure), Measure::default()).with_change(change);
        (rest, Parsed::whole(phrase))
    }
    if left.verb_opener
        && let Ok(ok) = factor::base_verb(input)
    {
        return Some(factor(ok));
    }
    if left.change_by
        && let Ok(ok) = factor::times_alone(input)
    {
        return Some(factor(ok));
    }
    if left.particle_verb {
        return claim_after_qualifier(input);
    }
    None
}

/// The claim after the qualifier that `input` starts with, when the qualifier belongs to
/// what stands before it (a particle, a period, a comparative): the claim starts after it.
fn claim_after_qualifier(input: &str) -> Option<(&str, Parsed)> {
    let (after, _) = pre_hedge(input).ok()?;
    let (at, _) = space0(after).ok()?;
    let (rest, parsed) = claim(Left::default(), at).ok()?;
    let start = input.len() - at.len() + parsed.start;
    Some((rest, Parsed { start, ..parsed }))
}

/// Whether a range's first end has no unit and the percent after its second end is both
/// ends' ("rose by 10 to 15 percent"): then "by" opens a range of change, as without it.
fn percent_shared(first: Option<(Amount, &str)>, unit: Option<Unit>) -> bool {
    first.is_some_and(|(first, _)| first.measure == Measure::default())
        && unit.is_some_and(|u| u.kind() == Kind::Percent)
}

/// Whether a range's ends are written in different scales that the range did not share
/// ("rose 131,000 to 17.3m"): after a change word, the change and the level reached.
fn scales_differ(core: Core, first: Option<(Amount, &str)>) -> bool {
    match (core, first) {
        (Core::Range(low, high), Some((first, _))) => {
            low.scale_power == 0 && high.scale_power > 0 && first.figure.scale_power == 0
        }
        _ => false,
    }
}

/// "fell from 6.1% to 5.9%": after a change word, "from" opens two levels, not a range;
/// the claim is the first level, after "from".
fn levels_from(input: &str) -> Option<(&str, Parsed)> {
    let after_from = whole_word(RANGE_FROM, input)?;
    let (at, _) = space0(after_from).ok()?;
    let (rest, phrase) = level(at).ok()?;
    let start = input.len() - at.len();
    Some((rest, Parsed { start, phrase }))
}

/// "rose 4.5p to 142.9p": after a change word, the first end of a range that has a unit of
/// its own and "to" after it is the change; the figure after "to" is the new level. With
/// `unit_free` ("rose by 200 to 1,200" after "by", "rose 131,000 to 17.3m" in two scales)
/// the first end is the change with or without a unit. `first` is that end as the range
/// read it, with the input after it.
fn level_before_to(
    hedge: Option<Hedge>,
    (first, rest): (Amount, &str),
    unit_free: bool,
) -> Option<(&str, Phrase)> {
    if !unit_free && first.measure == Measure::default() {
        return None;
    }
    let (rest, hedge) = match hedge {
        Some(h) => (rest, Some(h)),
        None => opt(hedge::post_hedge).parse(rest).ok()?,
    };
    let (after, _) = space1(rest).ok()?;
    whole_word(RANGE_TO, after)?;
    let phrase = Phrase::new(hedge, Core::Single(first.figure), first.measure);
    Some((rest, phrase.with_minor(first.minor)))
}

/// "£30bn over five years", "£1,000 higher than two years ago": right after another claim,
/// the qualifier "over" before a duration, or a comparative, belongs to that claim; the
/// claim here is the figure after it. `phrase` is what the qualifier and figure read as one;
/// `comparatives`: whether a comparative may be the qualifier (only right after a claim).
fn figure_after_qualifier<'a>(
    input: &'a str,
    phrase: &Phrase,
    comparatives: bool,
) -> Option<(&'a str, Parsed)> {
    let first_word = &input[..letters_len(input.as_bytes())];
    if first_word.is_empty() {
        return None;
    }
    let period = first_word.eq_ignore_ascii_case(PERIOD_WORD)
        && phrase.unit.is_some_and(|u| u.kind() == Kind::Duration);
    let comparative = comparatives && change_word(first_word).after.is_some();
    if !(period || comparative) {
        return None;
    }
    claim_after_qualifier(input)
}

/// One figure with its qualifiers, never a range: the levels of "fell from 6.1% to 5.9%",
/// read after "from".
fn level(input: &str) -> Res<'_, Phrase> {
    let (rest, pre) = opt(pre_hedge).parse(input)?;
    let (rest, _) = space0(rest)?;
    let (rest, first) = amount(rest)?;
    let (rest, hedge) = match pre {
        Some(h) => (rest, Some(h)),
        None => opt(hedge::post_hedge).parse(rest)?,
    };
    let phrase = Phrase::new(hedge, Core::Single(first.figure), first.measure);
    Ok((rest, phrase.with_minor(first.minor)))
}
