//! Units written after a figure: percent, durations and measures, each with its canonical
//! [`MeasureUnit`]. Currencies are in [`super::currencies`].
//!
//! Adding a unit is one row in [`UNITS`] (and, for a new canonical unit, a variant of
//! [`MeasureUnit`]) and one row in `tests/parse_quantity.rs`.

use super::currencies::{
    CURRENCY_SIGNS, CURRENCY_WORDS, MINOR_LETTERS, MINOR_UNITS, MONEY_WORDS, POUNDS, codes_in_text,
};
use super::index::Lexicon;
use crate::quantity::{Currency, MeasureUnit, Unit};

/// Unit words that name no one unit: "101.3 degrees" may be Fahrenheit or Celsius (or an
/// angle), so it is a measure with no unit, as "400 million francs" is money with none.
pub(crate) const MEASURE_WORDS: &[&str] = &["degrees", "degree"];

/// How a unit word may be written after its figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fit {
    /// A word, any case, after a space, or in the singular after a hyphen inside an
    /// adjective: "24 hours", "50 euros", "a 45-minute delay".
    Word,
    /// A symbol or abbreviation, exact case, attached, after a space or after a hyphen:
    /// "10km", "85%", "5 kg", "a 10-km march".
    Symbol,
    /// A sign or code, exact case, attached or after a space but never after a hyphen, which
    /// would join two amounts ("549 €", "15USD", but "€200,000-€400,000" is a range).
    Sign,
    /// An abbreviation, exact case, only after a space: "5 m" (attached "5m" is 5 million).
    Spaced,
    /// A letter, exact case, only attached: "40.3C", "92p" ("5 C" and "5 p" say nothing).
    Glued,
}

/// Percent, time and measure units as written after a figure. When two forms could both
/// match, the longer one wins.
pub(crate) const UNITS: &[(&str, MeasureUnit, Fit)] = {
    use Fit::{Glued, Spaced, Symbol, Word};
    use MeasureUnit as D;
    &[
        ("%", D::Percent, Symbol),
        ("percent", D::Percent, Word),
        ("per cent", D::Percent, Word),
        ("pct", D::Percent, Word),
        ("pc", D::Percent, Symbol),
        ("percentage points", D::PercentagePoint, Word),
        ("percentage point", D::PercentagePoint, Word),
        ("pp", D::PercentagePoint, Symbol),
        ("ppts", D::PercentagePoint, Symbol),
        ("ppt", D::PercentagePoint, Symbol),
        ("basis points", D::BasisPoint, Word),
        ("basis point", D::BasisPoint, Word),
        ("basis-point", D::BasisPoint, Word),
        ("bps", D::BasisPoint, Symbol),
        ("bp", D::BasisPoint, Symbol),
        ("seconds", D::Second, Word),
        ("second", D::Second, Word),
        ("secs", D::Second, Word),
        ("sec", D::Second, Symbol),
        ("s", D::Second, Spaced),
        ("minutes", D::Minute, Word),
        ("minute", D::Minute, Word),
        ("mins", D::Minute, Word),
        ("min", D::Minute, Symbol),
        ("hours", D::Hour, Word),
        ("hour", D::Hour, Word),
        ("hrs", D::Hour, Word),
        ("hr", D::Hour, Symbol),
        ("h", D::Hour, Symbol),
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
        // Length.
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
        ("centimetre", D::Centimetre, Word),
        ("centimeter", D::Centimetre, Word),
        ("mm", D::Millimetre, Symbol),
        ("millimetres", D::Millimetre, Word),
        ("millimeters", D::Millimetre, Word),
        ("millimetre", D::Millimetre, Word),
        ("millimeter", D::Millimetre, Word),
        ("nm", D::Nanometre, Symbol),
        ("nanometres", D::Nanometre, Word),
        ("nanometers", D::Nanometre, Word),
        ("nanometre", D::Nanometre, Word),
        ("nanometer", D::Nanometre, Word),
        ("µm", D::Micrometre, Symbol),
        ("μm", D::Micrometre, Symbol),
        ("micrometres", D::Micrometre, Word),
        ("micrometers", D::Micrometre, Word),
        ("micrometre", D::Micrometre, Word),
        ("micrometer", D::Micrometre, Word),
        ("microns", D::Micrometre, Word),
        ("micron", D::Micrometre, Word),
        ("light-years", D::LightYear, Word),
        ("light-year", D::LightYear, Word),
        ("light years", D::LightYear, Word),
        ("light year", D::LightYear, Word),
        ("AU", D::AstronomicalUnit, Spaced),
        ("astronomical units", D::AstronomicalUnit, Word),
        ("astronomical unit", D::AstronomicalUnit, Word),
        ("inches", D::Inch, Word),
        ("inch", D::Inch, Word),
        // Only glued: "6ft 2in"; a spaced "in" is the preposition.
        ("in", D::Inch, Glued),
        ("ft", D::Foot, Symbol),
        ("feet", D::Foot, Word),
        ("foot", D::Foot, Word),
        ("yd", D::Yard, Symbol),
        ("yds", D::Yard, Symbol),
        ("yards", D::Yard, Word),
        ("yard", D::Yard, Word),
        ("mi", D::Mile, Spaced),
        ("miles", D::Mile, Word),
        ("mile", D::Mile, Word),
        ("nmi", D::NauticalMile, Symbol),
        ("nautical miles", D::NauticalMile, Word),
        ("nautical mile", D::NauticalMile, Word),
        // Area.
        ("km²", D::SquareKilometre, Symbol),
        ("km2", D::SquareKilometre, Symbol),
        ("sq km", D::SquareKilometre, Word),
        ("square kilometres", D::SquareKilometre, Word),
        ("square kilometers", D::SquareKilometre, Word),
        ("square kilometre", D::SquareKilometre, Word),
        ("square kilometer", D::SquareKilometre, Word),
        ("m²", D::SquareMetre, Symbol),
        ("m2", D::SquareMetre, Symbol),
        ("sq m", D::SquareMetre, Word),
        ("square metres", D::SquareMetre, Word),
        ("square meters", D::SquareMetre, Word),
        ("square metre", D::SquareMetre, Word),
        ("square meter", D::SquareMetre, Word),
        ("sqmi", D::SquareMile, Symbol),
        ("sq mi", D::SquareMile, Word),
        ("square miles", D::SquareMile, Word),
        ("square mile", D::SquareMile, Word),
        ("sqft", D::SquareFoot, Symbol),
        ("ft²", D::SquareFoot, Symbol),
        ("sq ft", D::SquareFoot, Word),
        ("square feet", D::SquareFoot, Word),
        ("square foot", D::SquareFoot, Word),
        ("ha", D::Hectare, Spaced),
        ("hectares", D::Hectare, Word),
        ("hectare", D::Hectare, Word),
        ("acres", D::Acre, Word),
        ("acre", D::Acre, Word),
        // Volume.
        ("ml", D::Millilitre, Symbol),
        ("mL", D::Millilitre, Symbol),
        ("millilitres", D::Millilitre, Word),
        ("milliliters", D::Millilitre, Word),
        ("millilitre", D::Millilitre, Word),
        ("milliliter", D::Millilitre, Word),
        ("l", D::Litre, Symbol),
        ("L", D::Litre, Symbol),
        ("litres", D::Litre, Word),
        ("liters", D::Litre, Word),
        ("litre", D::Litre, Word),
        ("liter", D::Litre, Word),
        ("m³", D::CubicMetre, Symbol),
        ("m3", D::CubicMetre, Symbol),
        ("cubic metres", D::CubicMetre, Word),
        ("cubic meters", D::CubicMetre, Word),
        ("cubic metre", D::CubicMetre, Word),
        ("cubic meter", D::CubicMetre, Word),
        ("ft³", D::CubicFoot, Symbol),
        ("ft3", D::CubicFoot, Symbol),
        ("cu ft", D::CubicFoot, Word),
        ("cubic feet", D::CubicFoot, Word),
        ("cubic foot", D::CubicFoot, Word),
        ("gal", D::Gallon, Symbol),
        ("gallons", D::Gallon, Word),
        ("gallon", D::Gallon, Word),
        ("gals", D::Gallon, Symbol),
        ("bbl", D::Barrel, Symbol),
        // Barrels a day, whose base the rate rule reads from the symbol.
        ("bpd", D::Barrel, Symbol),
        ("b/d", D::Barrel, Symbol),
        ("barrels", D::Barrel, Word),
        ("barrel", D::Barrel, Word),
        ("bcm", D::BillionCubicMetres, Symbol),
        // Mass.
        ("mg", D::Milligram, Symbol),
        ("milligrams", D::Milligram, Word),
        ("milligram", D::Milligram, Word),
        ("g", D::Gram, Symbol),
        ("grams", D::Gram, Word),
        ("gram", D::Gram, Word),
        ("grammes", D::Gram, Word),
        ("gramme", D::Gram, Word),
        ("kg", D::Kilogram, Symbol),
        ("kgs", D::Kilogram, Symbol),
        ("kilograms", D::Kilogram, Word),
        ("kilogram", D::Kilogram, Word),
        ("kilogrammes", D::Kilogram, Word),
        ("kilogramme", D::Kilogram, Word),
        ("kilos", D::Kilogram, Word),
        ("tonnes", D::Tonne, Word),
        ("tonne", D::Tonne, Word),
        ("tons", D::Tonne, Word),
        ("ton", D::Tonne, Word),
        ("t", D::Tonne, Spaced),
        ("metric tons", D::Tonne, Word),
        ("metric tonnes", D::Tonne, Word),
        ("lbs", D::PoundMass, Symbol),
        ("lb", D::PoundMass, Symbol),
        ("oz", D::Ounce, Symbol),
        ("ounces", D::Ounce, Word),
        ("ounce", D::Ounce, Word),
        // Speed.
        ("km/h", D::KilometrePerHour, Symbol),
        ("kph", D::KilometrePerHour, Symbol),
        ("kilometres per hour", D::KilometrePerHour, Word),
        ("kilometers per hour", D::KilometrePerHour, Word),
        ("kilometres an hour", D::KilometrePerHour, Word),
        ("kilometers an hour", D::KilometrePerHour, Word),
        ("mph", D::MilePerHour, Symbol),
        ("miles per hour", D::MilePerHour, Word),
        ("miles an hour", D::MilePerHour, Word),
        ("m/s", D::MetrePerSecond, Symbol),
        ("metres per second", D::MetrePerSecond, Word),
        ("meters per second", D::MetrePerSecond, Word),
        ("kn", D::Knot, Symbol),
        ("knots", D::Knot, Word),
        ("knot", D::Knot, Word),
        // Temperature.
        ("°C", D::Celsius, Symbol),
        ("° C", D::Celsius, Symbol),
        ("C", D::Celsius, Glued),
        ("degrees Celsius", D::Celsius, Word),
        ("degrees C", D::Celsius, Word),
        ("degree Celsius", D::Celsius, Word),
        ("degrees centigrade", D::Celsius, Word),
        ("Celsius", D::Celsius, Word),
        ("°F", D::Fahrenheit, Symbol),
        ("° F", D::Fahrenheit, Symbol),
        ("F", D::Fahrenheit, Glued),
        ("degrees Fahrenheit", D::Fahrenheit, Word),
        ("degrees F", D::Fahrenheit, Word),
        ("degree Fahrenheit", D::Fahrenheit, Word),
        ("Fahrenheit", D::Fahrenheit, Word),
        // Energy and electric charge.
        ("Wh", D::WattHour, Symbol),
        ("watt-hours", D::WattHour, Word),
        ("watt hours", D::WattHour, Word),
        ("watt-hour", D::WattHour, Word),
        ("watt hour", D::WattHour, Word),
        ("kWh", D::KilowattHour, Symbol),
        ("kilowatt-hours", D::KilowattHour, Word),
        ("kilowatt hours", D::KilowattHour, Word),
        ("kilowatt-hour", D::KilowattHour, Word),
        ("kilowatt hour", D::KilowattHour, Word),
        ("MWh", D::MegawattHour, Symbol),
        ("megawatt-hours", D::MegawattHour, Word),
        ("megawatt hours", D::MegawattHour, Word),
        ("megawatt-hour", D::MegawattHour, Word),
        ("megawatt hour", D::MegawattHour, Word),
        ("GWh", D::GigawattHour, Symbol),
        ("gigawatt-hours", D::GigawattHour, Word),
        ("gigawatt hours", D::GigawattHour, Word),
        ("gigawatt-hour", D::GigawattHour, Word),
        ("gigawatt hour", D::GigawattHour, Word),
        ("TWh", D::TerawattHour, Symbol),
        ("terawatt-hours", D::TerawattHour, Word),
        ("terawatt hours", D::TerawattHour, Word),
        ("terawatt-hour", D::TerawattHour, Word),
        ("terawatt hour", D::TerawattHour, Word),
        ("J", D::Joule, Spaced),
        ("joules", D::Joule, Word),
        ("joule", D::Joule, Word),
        ("kJ", D::Kilojoule, Symbol),
        ("kilojoules", D::Kilojoule, Word),
        ("kilojoule", D::Kilojoule, Word),
        ("MJ", D::Megajoule, Symbol),
        ("megajoules", D::Megajoule, Word),
        ("megajoule", D::Megajoule, Word),
        // News counts food energy: "a 2,000-calorie diet" is 2,000 kcal ("cal" stays cal).
        ("calories", D::Kilocalorie, Word),
        ("calorie", D::Kilocalorie, Word),
        ("cal", D::Calorie, Symbol),
        ("Cal", D::Kilocalorie, Symbol),
        ("kcal", D::Kilocalorie, Symbol),
        ("kilocalories", D::Kilocalorie, Word),
        ("kilocalorie", D::Kilocalorie, Word),
        ("mAh", D::MilliampHour, Symbol),
        ("milliamp-hours", D::MilliampHour, Word),
        ("milliamp hours", D::MilliampHour, Word),
        ("milliampere-hours", D::MilliampHour, Word),
        ("milliampere hours", D::MilliampHour, Word),
        // Power.
        ("W", D::Watt, Symbol),
        ("watts", D::Watt, Word),
        ("watt", D::Watt, Word),
        ("mW", D::Milliwatt, Symbol),
        ("milliwatts", D::Milliwatt, Word),
        ("milliwatt", D::Milliwatt, Word),
        ("kW", D::Kilowatt, Symbol),
        ("kilowatts", D::Kilowatt, Word),
        ("kilowatt", D::Kilowatt, Word),
        ("MW", D::Megawatt, Symbol),
        ("megawatts", D::Megawatt, Word),
        ("megawatt", D::Megawatt, Word),
        ("GW", D::Gigawatt, Symbol),
        ("gigawatts", D::Gigawatt, Word),
        ("gigawatt", D::Gigawatt, Word),
        ("hp", D::Horsepower, Symbol),
        ("bhp", D::Horsepower, Symbol),
        ("horsepower", D::Horsepower, Word),
        // Metric horsepower (Pferdestärke), as European car makers state power.
        ("PS", D::MetricHorsepower, Spaced),
        ("ps", D::MetricHorsepower, Spaced),
        // Data and data rates (decimal prefixes).
        ("B", D::Byte, Spaced),
        ("bytes", D::Byte, Word),
        ("byte", D::Byte, Word),
        ("KB", D::Kilobyte, Symbol),
        ("kB", D::Kilobyte, Symbol),
        ("kilobytes", D::Kilobyte, Word),
        ("kilobyte", D::Kilobyte, Word),
        ("MB", D::Megabyte, Symbol),
        ("megabytes", D::Megabyte, Word),
        ("megabyte", D::Megabyte, Word),
        ("GB", D::Gigabyte, Symbol),
        ("gigabytes", D::Gigabyte, Word),
        ("gigabyte", D::Gigabyte, Word),
        ("TB", D::Terabyte, Symbol),
        ("terabytes", D::Terabyte, Word),
        ("terabyte", D::Terabyte, Word),
        ("PB", D::Petabyte, Symbol),
        ("petabytes", D::Petabyte, Word),
        ("petabyte", D::Petabyte, Word),
        ("kbps", D::KilobitPerSecond, Symbol),
        ("Kbps", D::KilobitPerSecond, Symbol),
        ("kbit/s", D::KilobitPerSecond, Symbol),
        ("kb/s", D::KilobitPerSecond, Symbol),
        ("kilobits per second", D::KilobitPerSecond, Word),
        ("Mbps", D::MegabitPerSecond, Symbol),
        ("mbps", D::MegabitPerSecond, Symbol),
        ("Mbit/s", D::MegabitPerSecond, Symbol),
        ("Mb/s", D::MegabitPerSecond, Symbol),
        ("megabits per second", D::MegabitPerSecond, Word),
        ("Gbps", D::GigabitPerSecond, Symbol),
        ("gbps", D::GigabitPerSecond, Symbol),
        ("Gbit/s", D::GigabitPerSecond, Symbol),
        ("Gb/s", D::GigabitPerSecond, Symbol),
        ("gigabits per second", D::GigabitPerSecond, Word),
        // Frequency.
        ("Hz", D::Hertz, Symbol),
        ("hertz", D::Hertz, Word),
        ("kHz", D::Kilohertz, Symbol),
        ("kilohertz", D::Kilohertz, Word),
        ("MHz", D::Megahertz, Symbol),
        ("megahertz", D::Megahertz, Word),
        ("GHz", D::Gigahertz, Symbol),
        ("gigahertz", D::Gigahertz, Word),
        // Pressure.
        ("Pa", D::Pascal, Symbol),
        ("pascals", D::Pascal, Word),
        ("pascal", D::Pascal, Word),
        ("kPa", D::Kilopascal, Symbol),
        ("kilopascals", D::Kilopascal, Word),
        ("kilopascal", D::Kilopascal, Word),
        ("hPa", D::Hectopascal, Symbol),
        ("mbar", D::Hectopascal, Symbol),
        ("hectopascals", D::Hectopascal, Word),
        ("hectopascal", D::Hectopascal, Word),
        ("millibars", D::Hectopascal, Word),
        ("millibar", D::Hectopascal, Word),
        ("bar", D::Bar, Symbol),
        ("psi", D::Psi, Symbol),
        // Torque.
        ("Nm", D::NewtonMetre, Symbol),
        ("newton-metres", D::NewtonMetre, Word),
        ("newton-meters", D::NewtonMetre, Word),
        ("newton metres", D::NewtonMetre, Word),
        ("newton meters", D::NewtonMetre, Word),
        ("newton-metre", D::NewtonMetre, Word),
        ("newton-meter", D::NewtonMetre, Word),
        // Image resolution and screen brightness.
        ("MP", D::Megapixel, Symbol),
        ("megapixels", D::Megapixel, Word),
        ("megapixel", D::Megapixel, Word),
        ("nits", D::Nit, Word),
        ("nit", D::Nit, Word),
        // Earthquake magnitude, after the figure ("a 6.4-magnitude earthquake").
        ("magnitude", D::Magnitude, Word),
        ("on the Richter scale", D::Magnitude, Word),
    ]
};

/// What a unit word after a figure says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reads {
    /// A canonical unit: a row of [`UNITS`], a currency word, sign or code.
    Unit(Unit),
    /// A hundredth of a currency: a row of [`MINOR_UNITS`] ("50 cents", "92p").
    Minor(Currency),
    /// Money in a currency the word does not name: a row of [`MONEY_WORDS`] ("francs").
    Money,
    /// "pounds": see [`POUNDS`].
    Pounds,
    /// A measure in a unit the word does not name: a row of [`MEASURE_WORDS`] ("degrees").
    Measure,
}

/// Every unit written after a figure, indexed: [`UNITS`], the currency words, signs and
/// codes, the minor units, and the words that say money without a currency.
pub(crate) static UNIT_INDEX: Lexicon<(Reads, Fit)> = Lexicon::new(|| {
    let unit = |u| Reads::Unit(u);
    let units = UNITS
        .iter()
        .map(|&(s, d, f)| (s, (unit(Unit::Measure(d)), f)));
    let words = CURRENCY_WORDS
        .iter()
        .map(|&(s, c)| (s, (unit(Unit::Currency(c)), Fit::Word)));
    let signs = CURRENCY_SIGNS
        .iter()
        .map(|&(s, c)| (s, (unit(Unit::Currency(c)), Fit::Sign)));
    let codes = codes_in_text().map(|c| (c.as_str(), (unit(Unit::Currency(c)), Fit::Sign)));
    let minor = MINOR_UNITS
        .iter()
        .map(|&(s, c)| (s, (Reads::Minor(c), Fit::Word)))
        .chain(
            MINOR_LETTERS
                .iter()
                .map(|&(s, c)| (s, (Reads::Minor(c), Fit::Glued))),
        );
    let money = MONEY_WORDS.iter().map(|&s| (s, (Reads::Money, Fit::Word)));
    let pounds = POUNDS.iter().map(|&s| (s, (Reads::Pounds, Fit::Word)));
    let measures = MEASURE_WORDS
        .iter()
        .map(|&s| (s, (Reads::Measure, Fit::Word)));
    units
        .chain(words)
        .chain(signs)
        .chain(codes)
        .chain(minor)
        .chain(money)
        .chain(pounds)
        .chain(measures)
        .collect()
});

/// Words after a glued "m" that make it metres, not million: dimensions ("1.2m wide", "a
/// 10m-tall statue"), what is measured in metres ("5m waves", "a 2m storm surge") and races
/// ("the 400m hurdles", "the 100m final"). Sorted, lowercase.
pub(crate) const METRE_WORDS_AFTER: &[&str] = &[
    "across",
    "backstroke",
    "breaststroke",
    "butterfly",
    "dash",
    "deep",
    "final",
    "finals",
    "freestyle",
    "heat",
    "heats",
    "high",
    "hurdles",
    "individual",
    "long",
    "medley",
    "race",
    "semi-final",
    "semi-finals",
    "semifinal",
    "semifinals",
    "sprint",
    "steeplechase",
    "storm",
    "surge",
    "swell",
    "tall",
    "thick",
    "title",
    "wave",
    "waves",
    "wide",
];

/// Words after "degrees" that make it an angle ("a 45-degree angle", "a 90-degree turn");
/// without one, "degrees" names no unit. Sorted, lowercase.
pub(crate) const ANGLE_WORDS: &[&str] = &[
    "angle", "angles", "arc", "bend", "incline", "rotation", "slope", "tilt", "turn", "view",
];

/// Words that make a spaced "C" or "F" after a figure on their line a temperature ("the
/// thermometer reached 40.2 C"). Sorted, lowercase.
pub(crate) const TEMPERATURE_WORDS: &[&str] = &[
    "celsius",
    "cold",
    "colder",
    "coldest",
    "cool",
    "degrees",
    "fahrenheit",
    "freezing",
    "heat",
    "heatwave",
    "hot",
    "hotter",
    "hottest",
    "temperature",
    "temperatures",
    "thermometer",
    "warm",
    "warmer",
    "warmest",
    "warming",
];

/// Words that make a glued "m" on their line metres, not million ("sea levels could rise by
/// 1m", "the 1m prediction"): what is measured in metres. Sorted, lowercase.
pub(crate) const LENGTH_WORDS: &[&str] = &[
    "deep",
    "depth",
    "elevation",
    "flood",
    "floodwater",
    "floodwaters",
    "height",
    "metre",
    "metres",
    "sea",
    "sea-level",
    "sea-levels",
    "snow",
    "snowfall",
    "surge",
    "swell",
    "tall",
    "tide",
    "tides",
    "wave",
    "waves",
];

/// Units written before their figure: "a magnitude 5.9 quake", "magnitude-7.8", and the
/// noun of an age, years ("under age 5", "between ages 5 and 15"; "aged" is no unit but a
/// word before the claim, see `AGE_WORDS_BEFORE`).
pub(crate) const UNITS_BEFORE: &[(&str, MeasureUnit)] = &[
    ("age", MeasureUnit::Year),
    ("ages", MeasureUnit::Year),
    ("magnitude", MeasureUnit::Magnitude),
];

/// What an age adds after a hyphenated duration: "a 23-year-old" is 23 years.
pub(crate) const AGE_SUFFIX: &str = "-old";

/// A unit that, after a figure scaled by a power of ten, is read as another unit with the
/// figure as written: "38 billion cubic metres" of gas is 38 `bcm` (the contract's units),
/// exactly the same volume. (unit written, power of ten of the scale word, unit reported)
pub(crate) const SCALED_UNITS: &[(MeasureUnit, i32, MeasureUnit)] =
    &[(MeasureUnit::CubicMetre, 9, MeasureUnit::BillionCubicMetres)];

/// Whether `word` is written exactly as a unit of time of the table ("second", "hours").
pub(crate) fn is_time_unit(word: &str) -> bool {
    UNIT_INDEX.words().word(word).any(|(w, (reads, _))| {
        w.eq_ignore_ascii_case(word)
            && matches!(reads, Reads::Unit(Unit::Measure(d)) if d.is_time())
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_metre_words_are_sorted_and_lowercase() {
        crate::vocab::assert_sorted_lowercase(&[
            super::METRE_WORDS_AFTER,
            super::ANGLE_WORDS,
            super::TEMPERATURE_WORDS,
            super::LENGTH_WORDS,
        ]);
    }
}
