//! Units written after a figure: percent, durations and measures, each with its canonical
//! [`Dimension`]. Currencies are in [`super::currencies`].
//!
//! Adding a unit is one row in [`UNITS`] (and, for a new canonical unit, a variant of
//! [`Dimension`]) and one row in `tests/parse_quantity.rs`.

use super::currencies::CURRENCY_WORDS;
use super::index::Lexicon;
use crate::quantity::{Currency, Dimension, Unit};

/// How a unit word may be written after its figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fit {
    /// A word, any case, after a space: "24 hours", "50 euros".
    Word,
    /// A symbol or abbreviation, exact case, attached or after a space: "10km", "85%", "5 kg".
    Symbol,
    /// An abbreviation, exact case, only after a space: "5 m" (attached "5m" is 5 million).
    Spaced,
}

/// Percent, time and measure units as written after a figure. When two forms could both
/// match, the longer one wins.
pub(crate) const UNITS: &[(&str, Dimension, Fit)] = {
    use Dimension as D;
    use Fit::{Spaced, Symbol, Word};
    &[
        ("%", D::Percent, Symbol),
        ("percent", D::Percent, Word),
        ("per cent", D::Percent, Word),
        ("pct", D::Percent, Word),
        ("percentage points", D::PercentagePoint, Word),
        ("percentage point", D::PercentagePoint, Word),
        ("pp", D::PercentagePoint, Symbol),
        ("seconds", D::Second, Word),
        ("second", D::Second, Word),
        ("secs", D::Second, Word),
        ("minutes", D::Minute, Word),
        ("minute", D::Minute, Word),
        ("mins", D::Minute, Word),
        ("hours", D::Hour, Word),
        ("hour", D::Hour, Word),
        ("hrs", D::Hour, Word),
        ("days", D::Day, Word),
        ("day", D::Day, Word),
        ("weeks", D::Week, Word),
        ("week", D::Week, Word),
        ("months", D::Month, Word),
        ("month", D::Month, Word),
        ("years", D::Year, Word),
        ("year", D::Year, Word),
        ("yrs", D::Year, Word),
        ("decades", D::Decade, Word),
        ("decade", D::Decade, Word),
        ("centuries", D::Century, Word),
        ("century", D::Century, Word),
        ("km/h", D::KilometrePerHour, Symbol),
        ("kph", D::KilometrePerHour, Symbol),
        ("kilometres per hour", D::KilometrePerHour, Word),
        ("kilometers per hour", D::KilometrePerHour, Word),
        ("mph", D::MilePerHour, Symbol),
        ("miles per hour", D::MilePerHour, Word),
        ("km²", D::SquareKilometre, Symbol),
        ("km2", D::SquareKilometre, Symbol),
        ("sq km", D::SquareKilometre, Word),
        ("square kilometres", D::SquareKilometre, Word),
        ("square kilometers", D::SquareKilometre, Word),
        ("square kilometre", D::SquareKilometre, Word),
        ("square kilometer", D::SquareKilometre, Word),
        ("sq mi", D::SquareMile, Word),
        ("square miles", D::SquareMile, Word),
        ("square mile", D::SquareMile, Word),
        ("m²", D::SquareMetre, Symbol),
        ("m2", D::SquareMetre, Symbol),
        ("square metres", D::SquareMetre, Word),
        ("square meters", D::SquareMetre, Word),
        ("km", D::Kilometre, Symbol),
        ("kilometres", D::Kilometre, Word),
        ("kilometers", D::Kilometre, Word),
        ("kilometre", D::Kilometre, Word),
        ("kilometer", D::Kilometre, Word),
        ("m", D::Metre, Spaced),
        ("metres", D::Metre, Word),
        ("meters", D::Metre, Word),
        ("metre", D::Metre, Word),
        ("meter", D::Metre, Word),
        ("cm", D::Centimetre, Symbol),
        ("centimetres", D::Centimetre, Word),
        ("centimeters", D::Centimetre, Word),
        ("mm", D::Millimetre, Symbol),
        ("millimetres", D::Millimetre, Word),
        ("millimeters", D::Millimetre, Word),
        ("nautical miles", D::NauticalMile, Word),
        ("nautical mile", D::NauticalMile, Word),
        ("miles", D::Mile, Word),
        ("mile", D::Mile, Word),
        ("mi", D::Mile, Spaced),
        ("feet", D::Foot, Word),
        ("foot", D::Foot, Word),
        ("ft", D::Foot, Symbol),
        ("hectares", D::Hectare, Word),
        ("hectare", D::Hectare, Word),
        ("ha", D::Hectare, Spaced),
        ("acres", D::Acre, Word),
        ("acre", D::Acre, Word),
        ("tonnes", D::Tonne, Word),
        ("tonne", D::Tonne, Word),
        ("tons", D::Tonne, Word),
        ("ton", D::Tonne, Word),
        ("kg", D::Kilogram, Symbol),
        ("kilograms", D::Kilogram, Word),
        ("kilogram", D::Kilogram, Word),
        ("kilos", D::Kilogram, Word),
        ("grams", D::Gram, Word),
        ("gram", D::Gram, Word),
        ("g", D::Gram, Spaced),
        ("pounds", D::PoundMass, Word),
        ("lbs", D::PoundMass, Symbol),
        ("lb", D::PoundMass, Symbol),
        ("litres", D::Litre, Word),
        ("liters", D::Litre, Word),
        ("litre", D::Litre, Word),
        ("liter", D::Litre, Word),
        ("barrels", D::Barrel, Word),
        ("barrel", D::Barrel, Word),
        ("bbl", D::Barrel, Symbol),
        ("°C", D::Celsius, Symbol),
        ("° C", D::Celsius, Symbol),
        ("degrees Celsius", D::Celsius, Word),
        ("degrees C", D::Celsius, Word),
        ("°F", D::Fahrenheit, Symbol),
        ("degrees Fahrenheit", D::Fahrenheit, Word),
        ("degrees F", D::Fahrenheit, Word),
        ("MW", D::Megawatt, Symbol),
        ("megawatts", D::Megawatt, Word),
        ("GW", D::Gigawatt, Symbol),
        ("gigawatts", D::Gigawatt, Word),
    ]
};

/// Every unit written after a figure, indexed: [`UNITS`], the currency words, and every
/// currency's code after a space ("5 AUD").
pub(crate) static UNIT_INDEX: Lexicon<(Unit, Fit)> = Lexicon::new(|| {
    let units = UNITS.iter().map(|&(s, d, f)| (s, (Unit::Dimension(d), f)));
    let words = CURRENCY_WORDS
        .iter()
        .map(|&(s, c)| (s, (Unit::Currency(c), Fit::Word)));
    let codes = Currency::ALL
        .iter()
        .map(|&c| (c.as_str(), (Unit::Currency(c), Fit::Spaced)));
    units.chain(words).chain(codes).collect()
});
