//! Exact unit conversion: every unit's measurement family and its factor to the family's base.
//!
//! Each [`Dimension`] belongs to one [`Family`]; two quantities can be compared only within a
//! family. Inside a family a unit converts to the family's base unit by an exact rational map
//! `base = value × scale + offset` (the offset is zero except for temperatures), so converting
//! never rounds: 1 mi is exactly 1609.344 m, 1 lb exactly 0.45359237 kg, and °F → °C is
//! exactly `(F − 32) × 5/9`.
//!
//! The table of units, factors and families is documented on [`Family`].

use core::fmt;

use crate::number::Number;
use crate::quantity::{Bound, Dimension, Interval, Quantity, Unit};

/// A measurement family: the units that measure one thing and convert into one another
/// exactly.
///
/// Within a family a unit converts to the family's base unit by an exact rational map,
/// `base = value × scale + offset` (the offset is zero except for temperatures):
///
/// | family | base | units (scale to the base) |
/// |---|---|---|
/// | percent | % | `%` 1 |
/// | percentage points | pp | `pp` 1 |
/// | time | second | `second` 1, `minute` 60, `hour` 3600, `day` 86400, `week` 604800 |
/// | calendar time | month | `month` 1, `year` 12, `decade` 120, `century` 1200 |
/// | length | m | `mm` 1/1000, `cm` 1/100, `m` 1, `km` 1000, `ft` 0.3048, `mi` 1609.344, `nmi` 1852 |
/// | area | m² | `m2` 1, `km2` 10⁶, `ha` 10⁴, `acre` 4046.8564224, `mi2` 2589988.110336 |
/// | volume | l | `l` 1, `bbl` 158.987294928 (42 US gallons) |
/// | mass | kg | `g` 1/1000, `kg` 1, `t` 1000, `lb` 0.45359237 |
/// | speed | m/s | `km/h` 5/18, `mph` 0.44704 |
/// | temperature | °C | `C` 1; `F` 5/9 with offset −160/9 |
/// | power | W | `MW` 10⁶, `GW` 10⁹ |
///
/// Percent and percentage points are different families: "up 2%" and "up 2 points" say
/// different things. Calendar units are a family of their own because a month or a year has no
/// fixed length in days: "a year" and "365 days" cannot be compared exactly, while "18 months"
/// and "1.5 years" are the same. A day is taken as 24 hours. Currencies convert never: each is
/// its own scale, and minor units ("212p") are already read as the major unit.
///
/// ```
/// use numeric_claims::{Dimension, Family};
///
/// assert_eq!(Dimension::Mile.family(), Family::Length);
/// assert_eq!(Dimension::Kilometre.family(), Family::Length);
/// assert_eq!(Dimension::Year.family(), Family::CalendarTime);
/// assert_ne!(Dimension::Percent.family(), Dimension::PercentagePoint.family());
/// assert_eq!(Family::Temperature.to_string(), "temperature");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Family {
    /// Percent, `%`.
    Percent,
    /// Percentage points, `pp`: a difference of two percentages, never a percent.
    PercentagePoints,
    /// Fixed-length time: seconds to weeks (a day is 24 hours).
    Time,
    /// Calendar time: months, years, decades, centuries.
    CalendarTime,
    /// Length; base metre.
    Length,
    /// Area; base square metre.
    Area,
    /// Volume; base litre.
    Volume,
    /// Mass; base kilogram.
    Mass,
    /// Speed; base metre per second.
    Speed,
    /// Temperature; base degree Celsius.
    Temperature,
    /// Power; base watt.
    Power,
}

impl Family {
    /// The family's name, as `Display` writes it.
    ///
    /// ```
    /// # use numeric_claims::Family;
    /// assert_eq!(Family::CalendarTime.as_str(), "calendar time");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Family::Percent => "percent",
            Family::PercentagePoints => "percentage points",
            Family::Time => "time",
            Family::CalendarTime => "calendar time",
            Family::Length => "length",
            Family::Area => "area",
            Family::Volume => "volume",
            Family::Mass => "mass",
            Family::Speed => "speed",
            Family::Temperature => "temperature",
            Family::Power => "power",
        }
    }
}

impl fmt::Display for Family {
    /// The family's name, padded to the width asked for (`{:>8}`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// One unit's row: its family and the exact map to the family's base,
/// `base = value × scale + offset`, with `scale` and `offset` written as fractions.
struct Row {
    unit: Dimension,
    family: Family,
    scale: (i128, i128),
    offset: (i128, i128),
}

/// A unit whose base value is `value × num / den`.
const fn linear(unit: Dimension, family: Family, num: i128, den: i128) -> Row {
    Row {
        unit,
        family,
        scale: (num, den),
        offset: (0, 1),
    }
}

/// Every unit's family and factor: one row per [`Dimension`] (a test checks none is missing).
const ROWS: &[Row] = {
    use Dimension as D;
    use Family as F;
    &[
        linear(D::Percent, F::Percent, 1, 1),
        linear(D::PercentagePoint, F::PercentagePoints, 1, 1),
        linear(D::Second, F::Time, 1, 1),
        linear(D::Minute, F::Time, 60, 1),
        linear(D::Hour, F::Time, 3_600, 1),
        linear(D::Day, F::Time, 86_400, 1),
        linear(D::Week, F::Time, 604_800, 1),
        linear(D::Month, F::CalendarTime, 1, 1),
        linear(D::Year, F::CalendarTime, 12, 1),
        linear(D::Decade, F::CalendarTime, 120, 1),
        linear(D::Century, F::CalendarTime, 1_200, 1),
        linear(D::Millimetre, F::Length, 1, 1_000),
        linear(D::Centimetre, F::Length, 1, 100),
        linear(D::Metre, F::Length, 1, 1),
        linear(D::Kilometre, F::Length, 1_000, 1),
        linear(D::Foot, F::Length, 3_048, 10_000),
        linear(D::Mile, F::Length, 1_609_344, 1_000),
        linear(D::NauticalMile, F::Length, 1_852, 1),
        linear(D::SquareMetre, F::Area, 1, 1),
        linear(D::SquareKilometre, F::Area, 1_000_000, 1),
        linear(D::Hectare, F::Area, 10_000, 1),
        // The international acre: 43,560 square feet.
        linear(D::Acre, F::Area, 40_468_564_224, 10_000_000),
        linear(D::SquareMile, F::Area, 2_589_988_110_336, 1_000_000),
        linear(D::Gram, F::Mass, 1, 1_000),
        linear(D::Kilogram, F::Mass, 1, 1),
        linear(D::Tonne, F::Mass, 1_000, 1),
        linear(D::PoundMass, F::Mass, 45_359_237, 100_000_000),
        linear(D::Litre, F::Volume, 1, 1),
        // The oil barrel: 42 US gallons of 3.785411784 litres.
        linear(D::Barrel, F::Volume, 158_987_294_928, 1_000_000_000),
        linear(D::Celsius, F::Temperature, 1, 1),
        Row {
            unit: D::Fahrenheit,
            family: F::Temperature,
            scale: (5, 9),
            offset: (-160, 9),
        },
        linear(D::KilometrePerHour, F::Speed, 5, 18),
        linear(D::MilePerHour, F::Speed, 44_704, 100_000),
        linear(D::Megawatt, F::Power, 1_000_000, 1),
        linear(D::Gigawatt, F::Power, 1_000_000_000, 1),
    ]
};

/// For each unit, by its discriminant, the index of its row in [`ROWS`]. Built at compile
/// time, which fails unless every unit has exactly one row (and, should units ever get
/// explicit discriminants, unless those stay below the number of units).
const ROW_OF: [usize; Dimension::ALL.len()] = {
    let mut index = [0; Dimension::ALL.len()];
    let mut unit = 0;
    while unit < Dimension::ALL.len() {
        let (mut found, mut row) = (0, 0);
        while row < ROWS.len() {
            if ROWS[row].unit as usize == Dimension::ALL[unit] as usize {
                index[Dimension::ALL[unit] as usize] = row;
                found += 1;
            }
            row += 1;
        }
        assert!(
            found == 1,
            "every unit needs exactly one row in the conversion table"
        );
        unit += 1;
    }
    index
};

impl Row {
    fn of(unit: Dimension) -> &'static Row {
        &ROWS[ROW_OF[unit as usize]]
    }

    fn scale(&self) -> Option<Number> {
        Number::ratio(self.scale.0, self.scale.1)
    }

    fn offset(&self) -> Option<Number> {
        Number::ratio(self.offset.0, self.offset.1)
    }

    fn to_base(&self, value: Number) -> Option<Number> {
        value
            .checked_mul(self.scale()?)?
            .checked_add(self.offset()?)
    }

    fn out_of_base(&self, value: Number) -> Option<Number> {
        value
            .checked_sub(self.offset()?)?
            .checked_div(self.scale()?)
    }
}

impl Dimension {
    /// The measurement family this unit belongs to; units of one family convert exactly into
    /// one another (see [`Dimension::convert`]).
    ///
    /// ```
    /// use numeric_claims::{Dimension, Family};
    ///
    /// assert_eq!(Dimension::PoundMass.family(), Family::Mass);
    /// assert_eq!(Dimension::Fahrenheit.family(), Family::Temperature);
    /// assert_eq!(Dimension::Day.family(), Family::Time);
    /// assert_eq!(Dimension::Month.family(), Family::CalendarTime);
    /// ```
    #[must_use]
    pub fn family(self) -> Family {
        Row::of(self).family
    }

    /// `value` in this unit, expressed exactly in the unit `to`; `None` when `to` is of
    /// another family or the result does not fit.
    ///
    /// ```
    /// use numeric_claims::{Dimension, Number};
    ///
    /// let five_miles = Dimension::Mile.convert(Number::from(5), Dimension::Kilometre);
    /// assert_eq!(five_miles.unwrap().to_string(), "8.04672");
    /// let boiling = Dimension::Fahrenheit.convert(Number::from(212), Dimension::Celsius);
    /// assert_eq!(boiling, Some(Number::from(100)));
    /// assert_eq!(Dimension::Mile.convert(Number::from(5), Dimension::Hour), None);
    /// ```
    #[must_use]
    pub fn convert(self, value: Number, to: Dimension) -> Option<Number> {
        if self == to {
            return Some(value);
        }
        let (from, to) = (Row::of(self), Row::of(to));
        if from.family != to.family {
            return None;
        }
        to.out_of_base(from.to_base(value)?)
    }
}

/// `interval` with both ends mapped by the increasing map `f`, ends kept open or closed.
fn map_interval(interval: Interval, f: impl Fn(Number) -> Option<Number>) -> Option<Interval> {
    let map = |b: Option<Bound>| match b {
        Some(b) => f(b.value).map(|value| {
            Some(Bound {
                value,
                inclusive: b.inclusive,
            })
        }),
        None => Some(None),
    };
    Some(Interval {
        low: map(interval.low)?,
        high: map(interval.high)?,
    })
}

/// The interval `interval`, stated in `from`, restated exactly in `to` (same family).
pub(crate) fn convert_interval(
    interval: Interval,
    from: Dimension,
    to: Dimension,
) -> Option<Interval> {
    // Every scale is positive, so each map is increasing and a low end stays the low end.
    map_interval(interval, |v| from.convert(v, to))
}

impl Quantity {
    /// The same claim stated exactly in another unit of its family: the figure and both ends
    /// of the interval are converted, open ends stay open, and hedge and certainty are kept.
    /// A quantity already in `unit` is returned as it is.
    ///
    /// `None` when the quantity has no unit, when `unit` is of another family (a currency
    /// converts only to itself), or when a converted value does not fit.
    ///
    /// ```
    /// use numeric_claims::{parse_quantity, Currency, Dimension, Unit};
    ///
    /// let q = parse_quantity("about 5 miles").unwrap();
    /// let km = q.convert_to(Unit::Dimension(Dimension::Kilometre)).unwrap();
    /// assert_eq!(km.to_string(), "≈8.04672 [7.242048, 8.851392] km");
    ///
    /// let f = parse_quantity("more than 104 degrees Fahrenheit").unwrap();
    /// let c = f.convert_to(Unit::Dimension(Dimension::Celsius)).unwrap();
    /// assert_eq!(c.to_string(), ">40 C");
    ///
    /// assert_eq!(q.convert_to(Unit::Dimension(Dimension::Hour)), None);
    /// assert_eq!(q.convert_to(Unit::Currency(Currency::Usd)), None);
    /// ```
    #[must_use]
    pub fn convert_to(&self, unit: Unit) -> Option<Quantity> {
        if self.unit == Some(unit) {
            return Some(*self);
        }
        let (Some(Unit::Dimension(from)), Unit::Dimension(to)) = (self.unit, unit) else {
            return None;
        };
        if from.family() != to.family() {
            return None;
        }
        let value = match self.value {
            Some(v) => Some(from.convert(v, to)?),
            None => None,
        };
        Some(Quantity {
            value,
            interval: convert_interval(self.interval, from, to)?,
            unit: Some(unit),
            ..*self
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_unit_finds_its_own_row() {
        for &unit in Dimension::ALL {
            assert_eq!(Row::of(unit).unit, unit);
        }
    }

    #[test]
    fn every_scale_is_positive_and_every_unit_shares_its_family_kind() {
        for row in ROWS {
            assert!(row.scale().unwrap() > Number::ZERO, "{}", row.unit);
            let first = ROWS.iter().find(|r| r.family == row.family).unwrap();
            let kind = |d| Unit::Dimension(d).kind();
            assert_eq!(kind(row.unit), kind(first.unit), "{}", row.unit);
        }
    }
}
