//! Exact unit conversion: every unit's dimension and its factor to the dimension's base.
//!
//! Each [`MeasureUnit`] belongs to one [`Dimension`]; two quantities can be compared only within a
//! dimension. Inside a dimension a unit converts to the dimension's base unit by an exact rational map
//! `base = value × scale + offset` (the offset is zero except for temperatures), so converting
//! never rounds: 1 mi is exactly 1609.344 m, 1 lb exactly 0.45359237 kg, and °F → °C is
//! exactly `(F − 32) × 5/9`.
//!
//! The table of units, factors and dimensions is documented on [`Dimension`].

use core::fmt;

use crate::number::Number;
use crate::quantity::{Bound, Interval, MeasureUnit, Quantity, Unit};

/// A dimension: the units that measure one thing and convert into one another
/// exactly.
///
/// Within a dimension a unit converts to the dimension's base unit by an exact rational map,
/// `base = value × scale + offset` (the offset is zero except for temperatures):
///
/// | dimension | base | units (scale to the base) |
/// |---|---|---|
/// | percent | % | `%` 1 |
/// | percentage points | pp | `pp` 1 |
/// | time | second | `second` 1, `minute` 60, `hour` 3600, `day` 86400, `week` 604800 |
/// | calendar time | month | `month` 1, `year` 12, `decade` 120, `century` 1200 |
/// | length | m | `mm` 1/1000, `cm` 1/100, `m` 1, `km` 1000, `in` 0.0254, `ft` 0.3048, `yd` 0.9144, `mi` 1609.344, `nmi` 1852 |
/// | area | m² | `m2` 1, `km2` 10⁶, `ha` 10⁴, `acre` 4046.8564224, `sqmi` 2589988.110336, `sqft` 0.09290304 |
/// | volume | l | `ml` 1/1000, `l` 1, `m3` 1000, `gal` 3.785411784 (US), `bbl` 158.987294928 (42 US gallons), `bcm` 10¹² |
/// | mass | kg | `mg` 10⁻⁶, `g` 1/1000, `kg` 1, `t` 1000, `lb` 0.45359237, `oz` 0.028349523125 |
/// | speed | m/s | `km/h` 5/18, `mph` 0.44704, `m/s` 1, `kn` 463/900 (1852 m an hour) |
/// | temperature | °C | `C` 1; `F` 5/9 with offset −160/9 |
/// | energy | J | `Wh` 3600, `kWh` 3.6×10⁶, `MWh` 3.6×10⁹, `GWh` 3.6×10¹², `TWh` 3.6×10¹⁵, `J` 1, `kJ` 1000, `MJ` 10⁶, `cal` 4.184, `kcal` 4184 |
/// | electric charge | coulomb | `mAh` 3.6 |
/// | power | W | `W` 1, `kW` 1000, `MW` 10⁶, `GW` 10⁹, `hp` 745.69987158227022 (mechanical: 550 foot-pounds-force a second) |
/// | data | byte | `B` 1, `KB` 1000, `MB` 10⁶, `GB` 10⁹, `TB` 10¹², `PB` 10¹⁵ |
/// | data rate | bit/s | `kbps` 1000, `Mbps` 10⁶, `Gbps` 10⁹ |
/// | frequency | Hz | `Hz` 1, `kHz` 1000, `MHz` 10⁶, `GHz` 10⁹ |
/// | pressure | Pa | `Pa` 1, `kPa` 1000, `hPa` 100, `bar` 10⁵, `psi` 8896443230521/1290320000 (0.45359237 kg × 9.80665 m/s² on 0.0254² m², ≈ 6894.757) |
///
/// Percent and percentage points are different dimensions: "up 2%" and "up 2 points" say
/// different things. Calendar units are a dimension of their own because a month or a year has no
/// fixed length in days: "a year" and "365 days" cannot be compared exactly, while "18 months"
/// and "1.5 years" are the same. A day is taken as 24 hours. Currencies convert never: each is
/// its own scale, and minor units ("212p") are already read as the major unit.
///
/// ```
/// use numeric_claims::{MeasureUnit, Dimension};
///
/// assert_eq!(MeasureUnit::Mile.dimension(), Dimension::Length);
/// assert_eq!(MeasureUnit::Kilometre.dimension(), Dimension::Length);
/// assert_eq!(MeasureUnit::Year.dimension(), Dimension::CalendarTime);
/// assert_ne!(MeasureUnit::Percent.dimension(), MeasureUnit::PercentagePoint.dimension());
/// assert_eq!(Dimension::Temperature.to_string(), "temperature");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Dimension {
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
    /// Energy; base joule.
    Energy,
    /// Electric charge (battery capacity); base coulomb.
    ElectricCharge,
    /// Power; base watt.
    Power,
    /// Data; base byte (decimal prefixes: 1 KB is 1000 bytes).
    Data,
    /// Data rate; base bit per second.
    DataRate,
    /// Frequency; base hertz.
    Frequency,
    /// Pressure; base pascal.
    Pressure,
    /// Torque; base newton-metre.
    Torque,
    /// Image resolution; base megapixel.
    Resolution,
    /// Luminance; base nit (candela per square metre).
    Luminance,
    /// Earthquake magnitude, a logarithmic scale of its own.
    Magnitude,
    /// Plane angle; base degree.
    Angle,
}

impl Dimension {
    /// The dimension's name, as `Display` writes it.
    ///
    /// ```
    /// # use numeric_claims::Dimension;
    /// assert_eq!(Dimension::CalendarTime.as_str(), "calendar time");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Dimension::Percent => "percent",
            Dimension::PercentagePoints => "percentage points",
            Dimension::Time => "time",
            Dimension::CalendarTime => "calendar time",
            Dimension::Length => "length",
            Dimension::Area => "area",
            Dimension::Volume => "volume",
            Dimension::Mass => "mass",
            Dimension::Speed => "speed",
            Dimension::Temperature => "temperature",
            Dimension::Energy => "energy",
            Dimension::ElectricCharge => "electric charge",
            Dimension::Power => "power",
            Dimension::Data => "data",
            Dimension::DataRate => "data rate",
            Dimension::Frequency => "frequency",
            Dimension::Pressure => "pressure",
            Dimension::Torque => "torque",
            Dimension::Resolution => "resolution",
            Dimension::Luminance => "luminance",
            Dimension::Magnitude => "magnitude",
            Dimension::Angle => "angle",
        }
    }
}

impl fmt::Display for Dimension {
    /// The dimension's name, padded to the width asked for (`{:>8}`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// One unit's row: its dimension and the exact map to the dimension's base,
/// `base = value × scale + offset`, with `scale` and `offset` written as fractions.
struct Row {
    unit: MeasureUnit,
    dimension: Dimension,
    scale: (i128, i128),
    offset: (i128, i128),
}

/// A unit whose base value is `value × num / den`.
const fn linear(unit: MeasureUnit, dimension: Dimension, num: i128, den: i128) -> Row {
    Row {
        unit,
        dimension,
        scale: (num, den),
        offset: (0, 1),
    }
}

/// Every unit's dimension and factor: one row per [`MeasureUnit`] (a test checks none is missing).
const ROWS: &[Row] = {
    use Dimension as F;
    use MeasureUnit as D;
    &[
        linear(D::Percent, F::Percent, 1, 1),
        linear(D::PercentagePoint, F::PercentagePoints, 1, 1),
        linear(D::BasisPoint, F::PercentagePoints, 1, 100),
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
        // The international inch, foot and yard: 0.0254 m, 0.3048 m, 0.9144 m.
        linear(D::Inch, F::Length, 127, 5_000),
        linear(D::Foot, F::Length, 3_048, 10_000),
        linear(D::Yard, F::Length, 1_143, 1_250),
        linear(D::Mile, F::Length, 1_609_344, 1_000),
        linear(D::NauticalMile, F::Length, 1_852, 1),
        linear(D::SquareMetre, F::Area, 1, 1),
        linear(D::SquareKilometre, F::Area, 1_000_000, 1),
        linear(D::Hectare, F::Area, 10_000, 1),
        // The international acre: 43,560 square feet.
        linear(D::Acre, F::Area, 40_468_564_224, 10_000_000),
        linear(D::SquareMile, F::Area, 2_589_988_110_336, 1_000_000),
        linear(D::SquareFoot, F::Area, 9_290_304, 100_000_000),
        linear(D::Millilitre, F::Volume, 1, 1_000),
        linear(D::Litre, F::Volume, 1, 1),
        linear(D::CubicMetre, F::Volume, 1_000, 1),
        // The US liquid gallon: 231 cubic inches.
        linear(D::Gallon, F::Volume, 3_785_411_784, 1_000_000_000),
        // The oil barrel: 42 US gallons of 3.785411784 litres.
        linear(D::Barrel, F::Volume, 158_987_294_928, 1_000_000_000),
        // A billion cubic metres is 10^12 litres.
        linear(D::BillionCubicMetres, F::Volume, 1_000_000_000_000, 1),
        linear(D::Milligram, F::Mass, 1, 1_000_000),
        linear(D::Gram, F::Mass, 1, 1_000),
        linear(D::Kilogram, F::Mass, 1, 1),
        linear(D::Tonne, F::Mass, 1_000, 1),
        linear(D::PoundMass, F::Mass, 45_359_237, 100_000_000),
        // The avoirdupois ounce: a sixteenth of a pound.
        linear(D::Ounce, F::Mass, 28_349_523_125, 1_000_000_000_000),
        linear(D::Celsius, F::Temperature, 1, 1),
        Row {
            unit: D::Fahrenheit,
            dimension: F::Temperature,
            scale: (5, 9),
            offset: (-160, 9),
        },
        linear(D::KilometrePerHour, F::Speed, 5, 18),
        linear(D::MilePerHour, F::Speed, 44_704, 100_000),
        linear(D::MetrePerSecond, F::Speed, 1, 1),
        // A knot is one nautical mile (1852 m) an hour.
        linear(D::Knot, F::Speed, 463, 900),
        linear(D::WattHour, F::Energy, 3_600, 1),
        linear(D::KilowattHour, F::Energy, 3_600_000, 1),
        linear(D::MegawattHour, F::Energy, 3_600_000_000, 1),
        linear(D::GigawattHour, F::Energy, 3_600_000_000_000, 1),
        linear(D::TerawattHour, F::Energy, 3_600_000_000_000_000, 1),
        linear(D::Joule, F::Energy, 1, 1),
        linear(D::Kilojoule, F::Energy, 1_000, 1),
        linear(D::Megajoule, F::Energy, 1_000_000, 1),
        // The thermochemical calorie.
        linear(D::Calorie, F::Energy, 4_184, 1_000),
        linear(D::Kilocalorie, F::Energy, 4_184, 1),
        // A milliampere for an hour is 3.6 coulombs.
        linear(D::MilliampHour, F::ElectricCharge, 36, 10),
        linear(D::Watt, F::Power, 1, 1),
        linear(D::Kilowatt, F::Power, 1_000, 1),
        linear(D::Megawatt, F::Power, 1_000_000, 1),
        linear(D::Gigawatt, F::Power, 1_000_000_000, 1),
        // Mechanical horsepower: 550 foot-pounds-force a second, 745.69987158227022 W.
        linear(
            D::Horsepower,
            F::Power,
            74_569_987_158_227_022,
            100_000_000_000_000,
        ),
        linear(D::Byte, F::Data, 1, 1),
        linear(D::Kilobyte, F::Data, 1_000, 1),
        linear(D::Megabyte, F::Data, 1_000_000, 1),
        linear(D::Gigabyte, F::Data, 1_000_000_000, 1),
        linear(D::Terabyte, F::Data, 1_000_000_000_000, 1),
        linear(D::Petabyte, F::Data, 1_000_000_000_000_000, 1),
        linear(D::KilobitPerSecond, F::DataRate, 1_000, 1),
        linear(D::MegabitPerSecond, F::DataRate, 1_000_000, 1),
        linear(D::GigabitPerSecond, F::DataRate, 1_000_000_000, 1),
        linear(D::Hertz, F::Frequency, 1, 1),
        linear(D::Kilohertz, F::Frequency, 1_000, 1),
        linear(D::Megahertz, F::Frequency, 1_000_000, 1),
        linear(D::Gigahertz, F::Frequency, 1_000_000_000, 1),
        linear(D::Pascal, F::Pressure, 1, 1),
        linear(D::Kilopascal, F::Pressure, 1_000, 1),
        linear(D::Hectopascal, F::Pressure, 100, 1),
        linear(D::Bar, F::Pressure, 100_000, 1),
        // 0.45359237 kg × 9.80665 m/s² on a square of 0.0254 m, exactly.
        linear(D::Psi, F::Pressure, 8_896_443_230_521, 1_290_320_000),
        // 0.3048³ m³, exactly.
        linear(D::CubicFoot, F::Volume, 28_316_846_592, 1_000_000_000),
        linear(D::NewtonMetre, F::Torque, 1, 1),
        linear(D::Megapixel, F::Resolution, 1, 1),
        linear(D::Nit, F::Luminance, 1, 1),
        linear(D::Magnitude, F::Magnitude, 1, 1),
        linear(D::Degree, F::Angle, 1, 1),
        linear(D::Milliwatt, F::Power, 1, 1_000),
        linear(D::Nanometre, F::Length, 1, 1_000_000_000),
        linear(D::Micrometre, F::Length, 1, 1_000_000),
        linear(D::LightYear, F::Length, 9_460_730_472_580_800, 1),
        linear(D::AstronomicalUnit, F::Length, 149_597_870_700, 1),
        linear(D::MetricHorsepower, F::Power, 73_549_875, 100_000),
    ]
};

/// For each unit, by its discriminant, the index of its row in [`ROWS`]. Built at compile
/// time, which fails unless every unit has exactly one row (and, should units ever get
/// explicit discriminants, unless those stay below the number of units).
const ROW_OF: [usize; MeasureUnit::ALL.len()] = {
    let mut index = [0; MeasureUnit::ALL.len()];
    let mut unit = 0;
    while unit < MeasureUnit::ALL.len() {
        let (mut found, mut row) = (0, 0);
        while row < ROWS.len() {
            if ROWS[row].unit as usize == MeasureUnit::ALL[unit] as usize {
                index[MeasureUnit::ALL[unit] as usize] = row;
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
    fn of(unit: MeasureUnit) -> &'static Row {
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

    /// `value` in this row's unit, in the unit of `to`: `value × (s₁ / s₂) + (o₁ − o₂) / s₂`.
    fn straight_to(&self, to: &Row, value: Number) -> Option<Number> {
        let to_scale = to.scale()?;
        let ratio = self.scale()?.checked_div(to_scale)?;
        let shift = self
            .offset()?
            .checked_sub(to.offset()?)?
            .checked_div(to_scale)?;
        value.checked_mul(ratio)?.checked_add(shift)
    }

    fn out_of_base(&self, value: Number) -> Option<Number> {
        value
            .checked_sub(self.offset()?)?
            .checked_div(self.scale()?)
    }
}

impl MeasureUnit {
    /// The dimension this unit belongs to; units of one dimension convert exactly into
    /// one another (see [`MeasureUnit::convert`]).
    ///
    /// ```
    /// use numeric_claims::{MeasureUnit, Dimension};
    ///
    /// assert_eq!(MeasureUnit::PoundMass.dimension(), Dimension::Mass);
    /// assert_eq!(MeasureUnit::Fahrenheit.dimension(), Dimension::Temperature);
    /// assert_eq!(MeasureUnit::Day.dimension(), Dimension::Time);
    /// assert_eq!(MeasureUnit::Month.dimension(), Dimension::CalendarTime);
    /// ```
    #[must_use]
    pub fn dimension(self) -> Dimension {
        Row::of(self).dimension
    }

    /// `value` in this unit, expressed exactly in the unit `to`; `None` when `to` is of
    /// another dimension or the result does not fit.
    ///
    /// ```
    /// use numeric_claims::{MeasureUnit, Number};
    ///
    /// let five_miles = MeasureUnit::Mile.convert(Number::from(5), MeasureUnit::Kilometre);
    /// assert_eq!(five_miles.unwrap().to_string(), "8.04672");
    /// let boiling = MeasureUnit::Fahrenheit.convert(Number::from(212), MeasureUnit::Celsius);
    /// assert_eq!(boiling, Some(Number::from(100)));
    /// assert_eq!(MeasureUnit::Mile.convert(Number::from(5), MeasureUnit::Hour), None);
    /// ```
    #[must_use]
    pub fn convert(self, value: Number, to: MeasureUnit) -> Option<Number> {
        if self == to {
            return Some(value);
        }
        let (from, to) = (Row::of(self), Row::of(to));
        if from.dimension != to.dimension {
            return None;
        }
        // Straight from one unit to the other, by the reduced ratio of their scales: a value
        // that fits in both units may not fit in the base between them (6e34 days are 1.44e36
        // hours, but 5.2e39 seconds). Through the base only where that ratio does not fit.
        from.straight_to(to, value)
            .or_else(|| to.out_of_base(from.to_base(value)?))
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

/// The interval `interval`, stated in `from`, restated exactly in `to` (same dimension).
pub(crate) fn convert_interval(
    interval: Interval,
    from: MeasureUnit,
    to: MeasureUnit,
) -> Option<Interval> {
    // Every scale is positive, so each map is increasing and a low end stays the low end.
    map_interval(interval, |v| from.convert(v, to))
}

impl Quantity {
    /// The same claim stated exactly in another unit of its dimension: the figure and both ends
    /// of the interval are converted, open ends stay open, and hedge and certainty are kept.
    /// A quantity already in `unit` is returned as it is.
    ///
    /// `None` when the quantity has no unit, when `unit` is of another dimension (a currency
    /// converts only to itself), or when a converted value does not fit.
    ///
    /// ```
    /// use numeric_claims::{parse_quantity, Currency, MeasureUnit, Unit};
    ///
    /// let q = parse_quantity("about 5 miles").unwrap();
    /// let km = q.convert_to(Unit::Measure(MeasureUnit::Kilometre)).unwrap();
    /// assert_eq!(km.to_string(), "≈8.04672 [7.242048, 8.851392] km");
    ///
    /// let f = parse_quantity("more than 104 degrees Fahrenheit").unwrap();
    /// let c = f.convert_to(Unit::Measure(MeasureUnit::Celsius)).unwrap();
    /// assert_eq!(c.to_string(), ">40 C");
    ///
    /// assert_eq!(q.convert_to(Unit::Measure(MeasureUnit::Hour)), None);
    /// assert_eq!(q.convert_to(Unit::Currency(Currency::Usd)), None);
    /// ```
    #[must_use]
    pub fn convert_to(&self, unit: Unit) -> Option<Quantity> {
        if self.unit == Some(unit) {
            return Some(*self);
        }
        let (Some(Unit::Measure(from)), Unit::Measure(to)) = (self.unit, unit) else {
            return None;
        };
        if from.dimension() != to.dimension() {
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
        for &unit in MeasureUnit::ALL {
            assert_eq!(Row::of(unit).unit, unit);
        }
    }

    #[test]
    fn every_scale_is_positive_and_every_unit_shares_its_family_kind() {
        for row in ROWS {
            assert!(row.scale().unwrap() > Number::ZERO, "{}", row.unit);
            let first = ROWS.iter().find(|r| r.dimension == row.dimension).unwrap();
            let kind = |d| Unit::Measure(d).kind();
            assert_eq!(kind(row.unit), kind(first.unit), "{}", row.unit);
        }
    }
}
