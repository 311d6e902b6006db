//! Units: currency symbols, codes and words; percent; durations and measures.
//!
//! Each table maps a surface form to its canonical unit. Adding a unit word is one row here
//! and one row in the unit test table.

use nom::Parser;
use nom::character::complete::multispace0;

use super::lexicon::Lexicon;
use super::{PError, Res, word};
use crate::quantity::{Currency, Dimension, Unit};

/// Currency signs and codes written before a figure ("$461 million", "UAH 10bn"). Codes need
/// a space after them; signs may have one.
pub(crate) const CURRENCY_PREFIXES: &[(&str, Currency)] = &[
    ("US$", Currency::Usd),
    ("C$", Currency::Cad),
    ("A$", Currency::Aud),
    ("$", Currency::Usd),
    ("€", Currency::Eur),
    ("£", Currency::Gbp),
    ("₴", Currency::Uah),
    ("₽", Currency::Rub),
    ("¥", Currency::Jpy),
    ("₹", Currency::Inr),
    ("USD", Currency::Usd),
    ("EUR", Currency::Eur),
    ("GBP", Currency::Gbp),
    ("UAH", Currency::Uah),
    ("RUB", Currency::Rub),
    ("JPY", Currency::Jpy),
    ("CNY", Currency::Cny),
    ("INR", Currency::Inr),
    ("CHF", Currency::Chf),
    ("CAD", Currency::Cad),
    ("AUD", Currency::Aud),
];

/// How a unit word may be written after its figure.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fit {
    /// A word, any case, after a space: "24 hours", "50 euros".
    Word,
    /// A symbol or abbreviation, exact case, attached or after a space: "10km", "85%", "5 kg".
    Symbol,
    /// An abbreviation, exact case, only after a space: "5 m" (attached "5m" is 5 million).
    Spaced,
}

/// Unit surface forms after a figure. When two forms could both match, the longer one wins.
pub(crate) const UNIT_SUFFIXES: &[(&str, Unit, Fit)] = {
    use Dimension as D;
    use Fit::{Spaced, Symbol, Word};
    use Unit::{Currency as C, Dimension as U};
    &[
        ("%", U(D::Percent), Symbol),
        ("percent", U(D::Percent), Word),
        ("per cent", U(D::Percent), Word),
        ("pct", U(D::Percent), Word),
        ("percentage points", U(D::PercentagePoint), Word),
        ("percentage point", U(D::PercentagePoint), Word),
        ("pp", U(D::PercentagePoint), Symbol),
        ("US dollars", C(Currency::Usd), Word),
        ("dollars", C(Currency::Usd), Word),
        ("dollar", C(Currency::Usd), Word),
        ("euros", C(Currency::Eur), Word),
        ("euro", C(Currency::Eur), Word),
        ("pounds sterling", C(Currency::Gbp), Word),
        ("hryvnias", C(Currency::Uah), Word),
        ("hryvnia", C(Currency::Uah), Word),
        ("hryvnas", C(Currency::Uah), Word),
        ("hryvnya", C(Currency::Uah), Word),
        ("roubles", C(Currency::Rub), Word),
        ("rouble", C(Currency::Rub), Word),
        ("rubles", C(Currency::Rub), Word),
        ("ruble", C(Currency::Rub), Word),
        ("yen", C(Currency::Jpy), Word),
        ("yuan", C(Currency::Cny), Word),
        ("rupees", C(Currency::Inr), Word),
        ("Swiss francs", C(Currency::Chf), Word),
        ("USD", C(Currency::Usd), Spaced),
        ("EUR", C(Currency::Eur), Spaced),
        ("GBP", C(Currency::Gbp), Spaced),
        ("UAH", C(Currency::Uah), Spaced),
        ("RUB", C(Currency::Rub), Spaced),
        ("JPY", C(Currency::Jpy), Spaced),
        ("CNY", C(Currency::Cny), Spaced),
        ("INR", C(Currency::Inr), Spaced),
        ("CHF", C(Currency::Chf), Spaced),
        ("seconds", U(D::Second), Word),
        ("second", U(D::Second), Word),
        ("secs", U(D::Second), Word),
        ("minutes", U(D::Minute), Word),
        ("minute", U(D::Minute), Word),
        ("mins", U(D::Minute), Word),
        ("hours", U(D::Hour), Word),
        ("hour", U(D::Hour), Word),
        ("hrs", U(D::Hour), Word),
        ("days", U(D::Day), Word),
        ("day", U(D::Day), Word),
        ("weeks", U(D::Week), Word),
        ("week", U(D::Week), Word),
        ("months", U(D::Month), Word),
        ("month", U(D::Month), Word),
        ("years", U(D::Year), Word),
        ("year", U(D::Year), Word),
        ("yrs", U(D::Year), Word),
        ("decades", U(D::Decade), Word),
        ("decade", U(D::Decade), Word),
        ("centuries", U(D::Century), Word),
        ("century", U(D::Century), Word),
        ("km/h", U(D::KilometrePerHour), Symbol),
        ("kph", U(D::KilometrePerHour), Symbol),
        ("kilometres per hour", U(D::KilometrePerHour), Word),
        ("kilometers per hour", U(D::KilometrePerHour), Word),
        ("mph", U(D::MilePerHour), Symbol),
        ("miles per hour", U(D::MilePerHour), Word),
        ("km²", U(D::SquareKilometre), Symbol),
        ("km2", U(D::SquareKilometre), Symbol),
        ("sq km", U(D::SquareKilometre), Word),
        ("square kilometres", U(D::SquareKilometre), Word),
        ("square kilometers", U(D::SquareKilometre), Word),
        ("square kilometre", U(D::SquareKilometre), Word),
        ("square kilometer", U(D::SquareKilometre), Word),
        ("sq mi", U(D::SquareMile), Word),
        ("square miles", U(D::SquareMile), Word),
        ("square mile", U(D::SquareMile), Word),
        ("m²", U(D::SquareMetre), Symbol),
        ("m2", U(D::SquareMetre), Symbol),
        ("square metres", U(D::SquareMetre), Word),
        ("square meters", U(D::SquareMetre), Word),
        ("km", U(D::Kilometre), Symbol),
        ("kilometres", U(D::Kilometre), Word),
        ("kilometers", U(D::Kilometre), Word),
        ("kilometre", U(D::Kilometre), Word),
        ("kilometer", U(D::Kilometre), Word),
        ("m", U(D::Metre), Spaced),
        ("metres", U(D::Metre), Word),
        ("meters", U(D::Metre), Word),
        ("metre", U(D::Metre), Word),
        ("meter", U(D::Metre), Word),
        ("cm", U(D::Centimetre), Symbol),
        ("centimetres", U(D::Centimetre), Word),
        ("centimeters", U(D::Centimetre), Word),
        ("mm", U(D::Millimetre), Symbol),
        ("millimetres", U(D::Millimetre), Word),
        ("millimeters", U(D::Millimetre), Word),
        ("nautical miles", U(D::NauticalMile), Word),
        ("nautical mile", U(D::NauticalMile), Word),
        ("miles", U(D::Mile), Word),
        ("mile", U(D::Mile), Word),
        ("mi", U(D::Mile), Spaced),
        ("feet", U(D::Foot), Word),
        ("foot", U(D::Foot), Word),
        ("ft", U(D::Foot), Symbol),
        ("hectares", U(D::Hectare), Word),
        ("hectare", U(D::Hectare), Word),
        ("ha", U(D::Hectare), Spaced),
        ("acres", U(D::Acre), Word),
        ("acre", U(D::Acre), Word),
        ("tonnes", U(D::Tonne), Word),
        ("tonne", U(D::Tonne), Word),
        ("tons", U(D::Tonne), Word),
        ("ton", U(D::Tonne), Word),
        ("kg", U(D::Kilogram), Symbol),
        ("kilograms", U(D::Kilogram), Word),
        ("kilogram", U(D::Kilogram), Word),
        ("kilos", U(D::Kilogram), Word),
        ("grams", U(D::Gram), Word),
        ("gram", U(D::Gram), Word),
        ("g", U(D::Gram), Spaced),
        ("pounds", U(D::PoundMass), Word),
        ("lbs", U(D::PoundMass), Symbol),
        ("lb", U(D::PoundMass), Symbol),
        ("litres", U(D::Litre), Word),
        ("liters", U(D::Litre), Word),
        ("litre", U(D::Litre), Word),
        ("liter", U(D::Litre), Word),
        ("barrels", U(D::Barrel), Word),
        ("barrel", U(D::Barrel), Word),
        ("bbl", U(D::Barrel), Symbol),
        ("°C", U(D::Celsius), Symbol),
        ("° C", U(D::Celsius), Symbol),
        ("degrees Celsius", U(D::Celsius), Word),
        ("degrees C", U(D::Celsius), Word),
        ("°F", U(D::Fahrenheit), Symbol),
        ("degrees Fahrenheit", U(D::Fahrenheit), Word),
        ("degrees F", U(D::Fahrenheit), Word),
        ("MW", U(D::Megawatt), Symbol),
        ("megawatts", U(D::Megawatt), Word),
        ("GW", U(D::Gigawatt), Symbol),
        ("gigawatts", U(D::Gigawatt), Word),
    ]
};

/// A currency sign or code before a figure.
pub(crate) fn currency_prefix(input: &str) -> Res<'_, Currency> {
    static LEXICON: Lexicon = Lexicon::new(|| CURRENCY_PREFIXES.iter().map(|(s, _)| *s).collect());
    let rows = LEXICON.rows(input).iter().chain(LEXICON.symbol_rows());
    for &(surface, currency) in rows.map(|&r| &CURRENCY_PREFIXES[usize::from(r)]) {
        let Some(rest) = input.strip_prefix(surface) else {
            continue;
        };
        let is_code = surface.bytes().all(|b| b.is_ascii_uppercase());
        if is_code {
            if let Some(after) = rest.strip_prefix(' ') {
                return Ok((after, currency));
            }
            continue;
        }
        let (rest, _) = multispace0::<_, PError<'_>>(rest)?;
        return Ok((rest, currency));
    }
    Err(nom::Err::Error(PError::nom(input)))
}

/// A unit after a figure (the longest form that fits), or after "of" for plural unit words
/// ("hundreds of kilometers").
pub(crate) fn unit_suffix(input: &str) -> Res<'_, Unit> {
    let spaced = input.strip_prefix(' ');
    // "a 30-day ceasefire", "a 10-mile convoy": a singular unit word joined by a hyphen.
    let hyphened = input.strip_prefix('-');
    static LEXICON: Lexicon = Lexicon::new(|| UNIT_SUFFIXES.iter().map(|(s, _, _)| *s).collect());
    let mut best: Option<(&str, Unit)> = None;
    let joins = [(Some(input), b'\0'), (spaced, b' '), (hyphened, b'-')];
    for (text, join) in joins.into_iter().filter_map(|(t, j)| Some((t?, j))) {
        let rows = LEXICON.rows(text).iter().chain(LEXICON.symbol_rows());
        for &(surface, unit, fit) in rows.map(|&r| &UNIT_SUFFIXES[usize::from(r)]) {
            let fits = match (fit, join) {
                (Fit::Word, b'-') => !surface.ends_with('s'),
                (Fit::Word | Fit::Spaced, join) => join == b' ',
                (Fit::Symbol, join) => join != b'-',
            };
            if !fits {
                continue;
            }
            let rest = if fit == Fit::Word {
                word(surface).parse(text).ok().map(|(rest, _)| rest)
            } else {
                text.strip_prefix(surface)
                    .filter(|rest| !rest.starts_with(super::is_word_char))
            };
            if let Some(rest) = rest
                && best.is_none_or(|(b, _)| rest.len() < b.len())
            {
                best = Some((rest, unit));
            }
        }
    }
    best.ok_or_else(|| nom::Err::Error(PError::nom(input)))
}
