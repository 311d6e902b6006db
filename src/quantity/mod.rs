//! The output types: what a numeric claim resolves to.

use core::fmt;
use core::str::FromStr;

mod canonical;

use crate::error::Error;
use crate::number::Number;

/// One end of an [`Interval`]: a value and whether the value itself is included.
///
/// ```
/// use numeric_claims::{Bound, Number};
///
/// let b = Bound::exclusive(Number::from(1550));
/// assert!(!b.inclusive);
/// assert_eq!(b.value.to_string(), "1550");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Bound {
    /// Where the interval ends.
    pub value: Number,
    /// Whether `value` itself belongs to the interval.
    pub inclusive: bool,
}

impl Bound {
    /// A bound that includes its value.
    ///
    /// ```
    /// # use numeric_claims::{Bound, Number};
    /// assert!(Bound::inclusive(Number::from(337)).inclusive);
    /// ```
    #[must_use]
    pub const fn inclusive(value: Number) -> Bound {
        Bound {
            value,
            inclusive: true,
        }
    }

    /// A bound that excludes its value.
    ///
    /// ```
    /// # use numeric_claims::{Bound, Number};
    /// assert!(!Bound::exclusive(Number::from(337)).inclusive);
    /// ```
    #[must_use]
    pub const fn exclusive(value: Number) -> Bound {
        Bound {
            value,
            inclusive: false,
        }
    }
}

/// The set of values a claim asserts: a low and a high bound, either of which may be absent
/// (unbounded on that side).
///
/// ```
/// use numeric_claims::{parse_quantity, Number};
///
/// let q = parse_quantity("more than 1,550").unwrap();
/// assert_eq!(q.interval.low.unwrap().value, Number::from(1550));
/// assert!(!q.interval.low.unwrap().inclusive);
/// assert!(q.interval.high.is_none());
/// assert!(q.interval.contains(Number::from(1551)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Interval {
    /// The lower end; `None` means unbounded below.
    pub low: Option<Bound>,
    /// The upper end; `None` means unbounded above.
    pub high: Option<Bound>,
}

impl Interval {
    /// The single point `[value, value]`.
    ///
    /// ```
    /// # use numeric_claims::{Interval, Number};
    /// assert!(Interval::point(Number::from(7)).contains(Number::from(7)));
    /// ```
    #[must_use]
    pub const fn point(value: Number) -> Interval {
        Interval {
            low: Some(Bound::inclusive(value)),
            high: Some(Bound::inclusive(value)),
        }
    }

    /// Whether `value` lies within the interval.
    ///
    /// ```
    /// # use numeric_claims::{parse_quantity, Number};
    /// let q = parse_quantity("between 20 and 30").unwrap();
    /// assert!(q.interval.contains(Number::from(30)));
    /// assert!(!q.interval.contains(Number::from(31)));
    /// ```
    #[must_use]
    pub fn contains(&self, value: Number) -> bool {
        let above = self.low.is_none_or(|b| {
            if b.inclusive {
                value >= b.value
            } else {
                value > b.value
            }
        });
        let below = self.high.is_none_or(|b| {
            if b.inclusive {
                value <= b.value
            } else {
                value < b.value
            }
        });
        above && below
    }
}

macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$vmeta:meta])* $variant:ident => $text:literal, )* }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name { $( $(#[$vmeta])* $variant, )* }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The canonical name, as written in JSON output and by `Display`.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self { $( $name::$variant => $text, )* }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self, Error> {
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == s)
                    .ok_or_else(|| Error::unknown_name(stringify!($name), s))
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

named_enum! {
    /// How sure the claim is about its figure.
    ///
    /// ```
    /// use numeric_claims::{parse_quantity, Certainty};
    ///
    /// assert_eq!(parse_quantity("at least 337").unwrap().certainty, Certainty::Exact);
    /// assert_eq!(parse_quantity("some 50,000").unwrap().certainty, Certainty::Approximate);
    /// assert_eq!(parse_quantity("hundreds").unwrap().certainty, Certainty::Vague);
    /// ```
    pub enum Certainty {
        /// The figure is stated as such ("337", "at least 337", "between 20 and 30").
        Exact => "exact",
        /// The figure is hedged as a round estimate ("about 50", "nearly half").
        Approximate => "approximate",
        /// No figure is stated, only an order of magnitude ("hundreds", "a few").
        Vague => "vague",
    }
}

named_enum! {
    /// The qualifier's class, named after its most common word (SPEC.md section 2).
    ///
    /// ```
    /// use numeric_claims::{parse_quantity, Hedge};
    ///
    /// assert_eq!(parse_quantity("no fewer than 5").unwrap().hedge, Some(Hedge::AtLeast));
    /// assert_eq!(parse_quantity("roughly 126").unwrap().hedge, Some(Hedge::About));
    /// assert_eq!(Hedge::MoreThan.as_str(), "more_than");
    /// ```
    pub enum Hedge {
        /// Lower bound, inclusive: at least, no fewer than, N or more, N+.
        AtLeast => "at_least",
        /// Lower bound, exclusive: more than, over, above, in excess of.
        MoreThan => "more_than",
        /// Upper bound, inclusive: at most, up to, no more than, N or fewer.
        AtMost => "at_most",
        /// Upper bound, exclusive: less than, fewer than, under, below.
        LessThan => "less_than",
        /// Upper extreme: as many as, as much as, as high as.
        AsManyAs => "as_many_as",
        /// Lower extreme: as few as, as little as, as low as.
        AsFewAs => "as_few_as",
        /// Approximate: about, around, roughly, some, an estimated, or so.
        About => "about",
        /// Approximate from below: nearly, almost, just under, not quite.
        Nearly => "nearly",
        /// Approximate from above: just over, a little over, slightly more than.
        JustOver => "just_over",
        /// An explicit range: between X and Y, from X to Y.
        Between => "between",
    }
}

named_enum! {
    /// Whether the text states the figure as a change of something (SPEC.md section 2b):
    /// "rose 4.5%" is up, "fell by a third" is down; a level ("stood at 4.5%") has none.
    ///
    /// ```
    /// use numeric_claims::{Change, Quantity};
    ///
    /// let q: Quantity = "4.5 % up".parse().unwrap();
    /// assert_eq!(q.change, Some(Change::Up));
    /// assert_eq!(Change::Down.as_str(), "down");
    /// ```
    pub enum Change {
        /// An increase: rose, grew, gained, "up N", "a rise of N", doubled.
        Up => "up",
        /// A decrease: fell, dropped, lost, "down N", "a cut of N", halved.
        Down => "down",
    }
}

named_enum! {
    /// What sort of quantity a claim states.
    ///
    /// ```
    /// use numeric_claims::{parse_quantity, Kind};
    ///
    /// assert_eq!(parse_quantity("$461 million").unwrap().kind, Kind::Money);
    /// assert_eq!(parse_quantity("approximately 85%").unwrap().kind, Kind::Percent);
    /// assert_eq!(parse_quantity("two-thirds").unwrap().kind, Kind::Fraction);
    /// ```
    pub enum Kind {
        /// A number of things.
        Count => "count",
        /// A percentage or a change in percentage points.
        Percent => "percent",
        /// A proportion stated as a fraction ("half", "two-thirds", "one in five").
        Fraction => "fraction",
        /// An amount of money, with its currency as the unit.
        Money => "money",
        /// A length of time.
        Duration => "duration",
        /// A physical measure: distance, area, mass, temperature, ...
        Measure => "measure",
        /// A position in a sequence ("first", "23rd").
        Ordinal => "ordinal",
        /// A multiple: "sixfold", "3x", "twice as many", "doubled"; the value is the
        /// multiplier.
        Factor => "factor",
        /// A calendar date or year.
        Date => "date",
    }
}

named_enum! {
    /// ISO 4217 currencies the grammar recognizes.
    ///
    /// ```
    /// use numeric_claims::Currency;
    ///
    /// assert_eq!(Currency::Uah.as_str(), "UAH");
    /// assert_eq!("EUR".parse::<Currency>().unwrap(), Currency::Eur);
    /// ```
    pub enum Currency {
        /// US dollar.
        Usd => "USD",
        /// Euro.
        Eur => "EUR",
        /// Pound sterling.
        Gbp => "GBP",
        /// Ukrainian hryvnia.
        Uah => "UAH",
        /// Russian rouble.
        Rub => "RUB",
        /// Japanese yen.
        Jpy => "JPY",
        /// Chinese yuan.
        Cny => "CNY",
        /// Indian rupee.
        Inr => "INR",
        /// Swiss franc.
        Chf => "CHF",
        /// Canadian dollar.
        Cad => "CAD",
        /// Australian dollar.
        Aud => "AUD",
    }
}

named_enum! {
    /// Canonical units other than currencies.
    ///
    /// ```
    /// use numeric_claims::Dimension;
    ///
    /// assert_eq!(Dimension::SquareKilometre.as_str(), "km2");
    /// assert_eq!("hour".parse::<Dimension>().unwrap(), Dimension::Hour);
    /// ```
    pub enum Dimension {
        /// Percent, `%`.
        Percent => "%",
        /// Percentage points, `pp`.
        PercentagePoint => "pp",
        /// Second.
        Second => "second",
        /// Minute.
        Minute => "minute",
        /// Hour.
        Hour => "hour",
        /// Day.
        Day => "day",
        /// Week.
        Week => "week",
        /// Month.
        Month => "month",
        /// Year.
        Year => "year",
        /// Decade.
        Decade => "decade",
        /// Century.
        Century => "century",
        /// Millimetre.
        Millimetre => "mm",
        /// Centimetre.
        Centimetre => "cm",
        /// Metre.
        Metre => "m",
        /// Kilometre.
        Kilometre => "km",
        /// Statute mile.
        Mile => "mi",
        /// Nautical mile.
        NauticalMile => "nmi",
        /// Foot.
        Foot => "ft",
        /// Square metre.
        SquareMetre => "m2",
        /// Square kilometre.
        SquareKilometre => "km2",
        /// Square mile.
        SquareMile => "mi2",
        /// Hectare.
        Hectare => "ha",
        /// Acre.
        Acre => "acre",
        /// Gram.
        Gram => "g",
        /// Kilogram.
        Kilogram => "kg",
        /// Metric tonne.
        Tonne => "t",
        /// Pound (mass).
        PoundMass => "lb",
        /// Litre.
        Litre => "l",
        /// Barrel (of oil).
        Barrel => "bbl",
        /// Degree Celsius.
        Celsius => "C",
        /// Degree Fahrenheit.
        Fahrenheit => "F",
        /// Kilometre per hour.
        KilometrePerHour => "km/h",
        /// Mile per hour.
        MilePerHour => "mph",
        /// Megawatt.
        Megawatt => "MW",
        /// Gigawatt.
        Gigawatt => "GW",
    }
}

impl Dimension {
    /// The kind a quantity in this unit has.
    const fn kind(self) -> Kind {
        use Dimension::*;
        match self {
            Percent | PercentagePoint => Kind::Percent,
            Second | Minute | Hour | Day | Week | Month | Year | Decade | Century => Kind::Duration,
            _ => Kind::Measure,
        }
    }
}

/// A canonical unit: a currency or a [`Dimension`].
///
/// ```
/// use numeric_claims::{Currency, Dimension, Unit};
///
/// assert_eq!(Unit::Currency(Currency::Usd).to_string(), "USD");
/// assert_eq!("km".parse::<Unit>().unwrap(), Unit::Dimension(Dimension::Kilometre));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Unit {
    /// An amount of money in this currency.
    Currency(Currency),
    /// A percentage, a duration or a physical measure.
    Dimension(Dimension),
}

impl Unit {
    /// The canonical name: an ISO 4217 code, `%`, `pp`, `year`, `km`, ...
    ///
    /// ```
    /// # use numeric_claims::{Dimension, Unit};
    /// assert_eq!(Unit::Dimension(Dimension::Percent).as_str(), "%");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Unit::Currency(c) => c.as_str(),
            Unit::Dimension(d) => d.as_str(),
        }
    }

    /// The kind of a quantity measured in this unit.
    ///
    /// ```
    /// # use numeric_claims::{Currency, Kind, Unit};
    /// assert_eq!(Unit::Currency(Currency::Eur).kind(), Kind::Money);
    /// ```
    #[must_use]
    pub const fn kind(self) -> Kind {
        match self {
            Unit::Currency(_) => Kind::Money,
            Unit::Dimension(d) => d.kind(),
        }
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Unit {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        if let Ok(c) = s.parse() {
            return Ok(Unit::Currency(c));
        }
        s.parse()
            .map(Unit::Dimension)
            .map_err(|_| Error::unknown_name("Unit", s))
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Unit {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A numeric claim resolved to a typed, bounded, exact quantity.
///
/// `value` is the stated figure (absent for ranges and vague amounts), `interval` what the
/// claim asserts about the true value, and the other fields say how the claim was hedged and
/// what it measures.
///
/// `Display` writes one canonical form and `FromStr` reads it back, so a quantity survives a
/// round trip through text:
///
/// ```text
/// form     = head [" "] [interval] *(" " word)
/// head     = [symbol] [value]            symbol: ≥ > ≤ < ≈
/// interval = ("[" | "(") bound ", " bound ("]" | ")")     bound: number, -∞ or ∞
/// word     = unit | kind | certainty | hedge | change     only when not implied
/// ```
///
/// The symbol names the hedge (`≥` at least, `>` more than, `≤` at most, `<` less than) or,
/// for other hedges, approximate certainty (`≈`). The interval is written unless the head
/// implies it (`337` is `[337, 337]`, `≥337` is `[337, ∞)`); the kind is written unless the
/// unit implies it (no unit: count; a currency: money; `%`: percent); the certainty and hedge
/// are written unless the symbol implies them; a change is written as `up` or `down`, last.
///
/// ```
/// use numeric_claims::{parse_quantity, Quantity};
///
/// let q = parse_quantity("some 50,000").unwrap();
/// assert_eq!(q.to_string(), "≈50000 [45000, 55000]");
/// assert_eq!(q.to_string().parse::<Quantity>().unwrap(), q);
///
/// assert_eq!(parse_quantity("at least 337").unwrap().to_string(), "≥337");
/// assert_eq!(parse_quantity("more than 1,550").unwrap().to_string(), ">1550");
/// assert_eq!(parse_quantity("20-30").unwrap().to_string(), "[20, 30]");
/// assert_eq!(parse_quantity("$461 million").unwrap().to_string(), "461000000 USD");
/// assert_eq!(parse_quantity("nearly half").unwrap().to_string(), "≈0.5 [0.375, 0.5) fraction nearly");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Quantity {
    /// The stated figure in `unit`, exact; `None` for ranges and vague amounts.
    pub value: Option<Number>,
    /// What the claim asserts about the true value.
    pub interval: Interval,
    /// Exact, approximate or vague.
    pub certainty: Certainty,
    /// The qualifier's class, if the figure was qualified.
    pub hedge: Option<Hedge>,
    /// `Some` when the text states the figure as a change ("rose 4.5%"), `None` for a level.
    pub change: Option<Change>,
    /// Count, percent, money, ...
    pub kind: Kind,
    /// The canonical unit, if any.
    pub unit: Option<Unit>,
}

impl Quantity {
    /// A bare, exact count: `value` and the point interval around it.
    ///
    /// ```
    /// # use numeric_claims::{Quantity, Number, parse_quantity};
    /// assert_eq!(Quantity::exact(Number::from(337)), parse_quantity("337").unwrap());
    /// ```
    #[must_use]
    pub const fn exact(value: Number) -> Quantity {
        Quantity {
            value: Some(value),
            interval: Interval::point(value),
            certainty: Certainty::Exact,
            hedge: None,
            change: None,
            kind: Kind::Count,
            unit: None,
        }
    }
}
