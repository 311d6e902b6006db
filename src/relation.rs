//! Comparing claims: how two quantities' intervals relate, exactly.
//!
//! The interval operations (intersection, inclusion, emptiness, overlap) are methods of
//! [`Interval`]; [`Quantity::relation`] converts units of one dimension first, then relates the
//! two intervals.

use core::cmp::Ordering;
use core::fmt;
use core::str::FromStr;

use crate::dimension::{Dimension, convert_interval};
use crate::error::Error;
use crate::quantity::{Bound, Currency, Interval, Kind, Quantity, Unit};

/// How two claims relate: what the first asserts set against what the second asserts.
///
/// Each claim asserts an interval of values (see [`Interval`]); two claims relate by those
/// intervals, compared exactly:
///
/// | relation | the first interval, set against the second | read as |
/// |---|---|---|
/// | `same` | equal | they say the same |
/// | `within` | inside it, and smaller | the first is more precise; they agree |
/// | `contains` | holds it, and larger | the second is more precise; they agree |
/// | `overlaps` | shares values, neither inside the other | they may agree |
/// | `disjoint` | shares no value | they contradict each other |
/// | `incomparable` | different kinds, dimensions, or currencies | nothing to say |
///
/// `within` and `contains` are each other's reverse; the other relations read the same both
/// ways.
///
/// A worked example on two reports of one strike: one says Ukraine launched "at least 337
/// drones", [337, ∞); another that defences intercepted "337 drones", [337, 337]; a third says
/// "nearly 300 drones", [250, 300). The first two agree (the second is more precise); the
/// third contradicts both.
///
/// ```
/// use numeric_claims::{parse_quantity, Relation};
///
/// let at_least = parse_quantity("at least 337").unwrap();
/// let exactly = parse_quantity("337").unwrap();
/// let nearly = parse_quantity("nearly 300").unwrap();
/// assert_eq!(at_least.relation(&exactly), Relation::Contains);
/// assert_eq!(exactly.relation(&at_least), Relation::Within);
/// assert_eq!(nearly.relation(&at_least), Relation::Disjoint);
/// assert_eq!(nearly.relation(&exactly), Relation::Disjoint);
///
/// assert_eq!(Relation::Disjoint.to_string(), "disjoint");
/// assert_eq!("contains".parse::<Relation>().unwrap(), Relation::Contains);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Relation {
    /// The two intervals are equal.
    Same,
    /// The first interval lies inside the second and is smaller.
    Within,
    /// The first interval holds the second and is larger.
    Contains,
    /// The intervals share values, and neither lies inside the other.
    Overlaps,
    /// No value satisfies both: the claims contradict each other.
    Disjoint,
    /// The claims measure different things: different kinds, dimensions or currencies.
    Incomparable,
}

impl Relation {
    /// Every relation, in declaration order.
    pub const ALL: &'static [Relation] = &[
        Relation::Same,
        Relation::Within,
        Relation::Contains,
        Relation::Overlaps,
        Relation::Disjoint,
        Relation::Incomparable,
    ];

    /// The relation's name, as `Display` writes it and serde serializes it.
    ///
    /// ```
    /// # use numeric_claims::Relation;
    /// assert_eq!(Relation::Incomparable.as_str(), "incomparable");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Relation::Same => "same",
            Relation::Within => "within",
            Relation::Contains => "contains",
            Relation::Overlaps => "overlaps",
            Relation::Disjoint => "disjoint",
            Relation::Incomparable => "incomparable",
        }
    }

    /// The relation read the other way round: `within` and `contains` swap, the others stay.
    ///
    /// ```
    /// # use numeric_claims::Relation;
    /// assert_eq!(Relation::Within.reverse(), Relation::Contains);
    /// assert_eq!(Relation::Disjoint.reverse(), Relation::Disjoint);
    /// ```
    #[must_use]
    pub const fn reverse(self) -> Relation {
        match self {
            Relation::Within => Relation::Contains,
            Relation::Contains => Relation::Within,
            other => other,
        }
    }
}

impl fmt::Display for Relation {
    /// The relation's name, padded to the width asked for (`{:>8}`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl FromStr for Relation {
    type Err = Error;

    /// Reads the names `Display` writes, in any case (`"same"`, `"Same"`).
    ///
    /// # Errors
    ///
    /// Any other string, such as `"equal"`.
    fn from_str(s: &str) -> Result<Self, Error> {
        Relation::ALL
            .iter()
            .copied()
            .find(|r| r.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| Error::unknown_name("Relation", s, None))
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Relation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Relation {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// Orders two lower ends by where their intervals start: unbounded first, then by value; at
/// one value a closed end starts before an open one.
fn cmp_low(a: Option<Bound>, b: Option<Bound>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (Some(x), Some(y)) => x.value.cmp(&y.value).then(y.inclusive.cmp(&x.inclusive)),
    }
}

/// Orders two upper ends by where their intervals end: by value, unbounded last; at one value
/// an open end stops before a closed one.
fn cmp_high(a: Option<Bound>, b: Option<Bound>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (Some(x), Some(y)) => x.value.cmp(&y.value).then(x.inclusive.cmp(&y.inclusive)),
    }
}

/// Whether an interval ending at `high` stops before one starting at `low` begins.
fn ends_before(high: Option<Bound>, low: Option<Bound>) -> bool {
    match (high, low) {
        (Some(h), Some(l)) => {
            h.value < l.value || (h.value == l.value && !(h.inclusive && l.inclusive))
        }
        _ => false,
    }
}

impl Interval {
    /// Whether no value lies in the interval: its low end is above its high end, or they
    /// meet at a value that one of them excludes. Claims never assert an empty interval,
    /// but an intersection can be empty.
    ///
    /// ```
    /// use numeric_claims::{Bound, Interval, Number};
    ///
    /// let half_open = Interval::new(
    ///     Some(Bound::inclusive(Number::from(5))),
    ///     Some(Bound::exclusive(Number::from(5))),
    /// );
    /// assert!(half_open.is_empty());
    /// assert!(!Interval::point(Number::from(5)).is_empty());
    /// assert!(!Interval::default().is_empty(), "unbounded on both sides");
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        ends_before(self.high, self.low)
    }

    /// The values both intervals hold, or `None` when they share none.
    ///
    /// ```
    /// use numeric_claims::parse_quantity;
    ///
    /// let at_least = parse_quantity("at least 337").unwrap().interval;
    /// let up_to = parse_quantity("up to 400").unwrap().interval;
    /// let nearly = parse_quantity("nearly 300").unwrap().interval;
    /// assert_eq!(at_least.intersection(&up_to).unwrap().to_string(), "[337, 400]");
    /// assert_eq!(at_least.intersection(&nearly), None);
    /// ```
    #[must_use]
    pub fn intersection(&self, other: &Interval) -> Option<Interval> {
        let both = Interval {
            low: if cmp_low(self.low, other.low).is_ge() {
                self.low
            } else {
                other.low
            },
            high: if cmp_high(self.high, other.high).is_le() {
                self.high
            } else {
                other.high
            },
        };
        (!both.is_empty()).then_some(both)
    }

    /// Whether every value of this interval lies in `other` (an empty interval lies in any).
    ///
    /// ```
    /// use numeric_claims::parse_quantity;
    ///
    /// let exactly = parse_quantity("337").unwrap().interval;
    /// let at_least = parse_quantity("at least 337").unwrap().interval;
    /// let more_than = parse_quantity("more than 337").unwrap().interval;
    /// assert!(exactly.is_subset_of(&at_least));
    /// assert!(more_than.is_subset_of(&at_least));
    /// assert!(!at_least.is_subset_of(&more_than), "337 itself is left out");
    /// ```
    #[must_use]
    pub fn is_subset_of(&self, other: &Interval) -> bool {
        self.is_empty()
            || (cmp_low(self.low, other.low).is_ge() && cmp_high(self.high, other.high).is_le())
    }

    /// Whether the two intervals share at least one value.
    ///
    /// ```
    /// use numeric_claims::parse_quantity;
    ///
    /// let about = parse_quantity("about 300").unwrap().interval; // [250, 350]
    /// let at_least = parse_quantity("at least 337").unwrap().interval;
    /// let under = parse_quantity("under 250").unwrap().interval;
    /// assert!(about.overlaps(&at_least));
    /// assert!(!about.overlaps(&under), "250 is in one, not in the other");
    /// ```
    #[must_use]
    pub fn overlaps(&self, other: &Interval) -> bool {
        !(self.is_empty()
            || other.is_empty()
            || ends_before(self.high, other.low)
            || ends_before(other.high, self.low))
    }

    /// How this interval relates to `other`, exactly: [`Relation::Disjoint`] when they share
    /// no value (so whenever either is empty), else [`Relation::Same`], [`Relation::Within`],
    /// [`Relation::Contains`] or [`Relation::Overlaps`]. Never `Incomparable`: bare intervals
    /// carry no unit.
    ///
    /// ```
    /// use numeric_claims::{parse_quantity, Relation};
    ///
    /// let range = parse_quantity("between 20 and 30").unwrap().interval;
    /// let more = parse_quantity("more than 25").unwrap().interval;
    /// assert_eq!(range.relation(&more), Relation::Overlaps);
    /// assert_eq!(range.relation(&range), Relation::Same);
    /// ```
    #[must_use]
    pub fn relation(&self, other: &Interval) -> Relation {
        if !self.overlaps(other) {
            return Relation::Disjoint;
        }
        // Both are non-empty: each is set by its two ends.
        let starts = cmp_low(self.low, other.low);
        let ends = cmp_high(self.high, other.high);
        match (starts, ends) {
            (Ordering::Equal, Ordering::Equal) => Relation::Same,
            (Ordering::Greater | Ordering::Equal, Ordering::Less | Ordering::Equal) => {
                Relation::Within
            }
            (Ordering::Less | Ordering::Equal, Ordering::Greater | Ordering::Equal) => {
                Relation::Contains
            }
            _ => Relation::Overlaps,
        }
    }
}

/// What a quantity's values are measured against: the scale two quantities must share to be
/// compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Scale {
    /// A pure number with no unit: a count, a fraction, an ordinal, a factor.
    Number(Kind),
    /// A unit of this dimension.
    Dimension(Dimension),
    /// Money in this currency.
    Currency(Currency),
}

/// The scale of `q`, or `None` when its values cannot be compared with anything: money in
/// a currency the text did not name, a measure or duration without a unit.
pub(crate) fn scale(q: &Quantity) -> Option<Scale> {
    match q.unit {
        None => matches!(
            q.kind,
            Kind::Count | Kind::Fraction | Kind::Ordinal | Kind::Factor
        )
        .then_some(Scale::Number(q.kind)),
        Some(Unit::Currency(c)) => Some(Scale::Currency(c)),
        Some(Unit::Measure(d)) => Some(Scale::Dimension(d.dimension())),
    }
}

/// `b`'s interval restated per `a`'s base, when both are rates whose bases convert ("$1 an
/// hour" per day is $24); `b`'s interval when neither is a rate; `None` otherwise.
fn per_common_base(a: &Quantity, b: &Quantity) -> Option<Interval> {
    let (pa, pb) = match (a.per, b.per) {
        (None, None) => return Some(b.interval),
        (Some(pa), Some(pb)) => (pa, pb),
        _ => return None,
    };
    // a's base in b's base unit, then b's figure per that much.
    let a_base = match (pa.unit, pb.unit) {
        (None, None) => pa.value,
        (Some(Unit::Measure(ua)), Some(Unit::Measure(ub))) => {
            convert_interval(Interval::point(pa.value), ua, ub)?
                .low?
                .value
        }
        _ => return None,
    };
    let factor = a_base.checked_div(pb.value)?;
    let scaled = |bound: Option<Bound>| -> Option<Option<Bound>> {
        match bound {
            None => Some(None),
            Some(b) => Some(Some(Bound {
                value: b.value.checked_mul(factor)?,
                ..b
            })),
        }
    };
    Some(Interval {
        low: scaled(b.interval.low)?,
        high: scaled(b.interval.high)?,
    })
}

/// The two quantities' intervals stated in one unit, or `None` when they cannot be compared.
fn common_intervals(a: &Quantity, b: &Quantity) -> Option<(Interval, Interval)> {
    if a.kind != b.kind || scale(a)? != scale(b)? {
        return None;
    }
    let b = &Quantity {
        interval: per_common_base(a, b)?,
        ..*b
    };
    match (a.unit, b.unit) {
        (Some(Unit::Measure(da)), Some(Unit::Measure(db))) if da != db => {
            // Restate the second in the first's unit; if that does not fit, the other way.
            match convert_interval(b.interval, db, da) {
                Some(b_in_a) => Some((a.interval, b_in_a)),
                None => Some((convert_interval(a.interval, da, db)?, b.interval)),
            }
        }
        _ => Some((a.interval, b.interval)),
    }
}

impl Quantity {
    /// How this claim relates to `other` (see [`Relation`] for what each relation means).
    ///
    /// The rules:
    /// - Two quantities are compared only when they have the same [`Kind`] and measure on one
    ///   scale: the same currency, units of one [`Dimension`] (see [`MeasureUnit::dimension`](crate::MeasureUnit::dimension)),
    ///   or, without a unit, the same pure-number kind (count with count, fraction with
    ///   fraction, ordinal with ordinal). Anything else is [`Relation::Incomparable`]: a count
    ///   and a percentage, kilometres and hours, dollars and euros, percent and percentage
    ///   points, and money whose currency the text did not name.
    /// - Units of one dimension are converted exactly first (1 mi is exactly 1.609344 km, °F to
    ///   °C is exactly (F − 32) × 5/9); nothing is rounded.
    /// - The intervals are then related with their open and closed ends and unbounded sides
    ///   (see [`Interval::relation`]). An approximate figure is compared through its implied
    ///   interval ("about 5 miles" is [4.5, 5.5] mi), a vague amount through its table
    ///   interval ("hundreds" is [200, 1000)): each is an interval like any other. The stated
    ///   figure, certainty and hedge do not enter, only what the claim asserts.
    /// - In the rare case that converting a side to the other's unit does not fit, the other
    ///   side is converted instead; if neither fits, the claims are incomparable.
    /// - A rate relates only to a rate whose base converts to its own: "$24 a day" and "$1 an
    ///   hour" are the same, "$15 an hour" and "$15 a day" are disjoint, a rate per day and
    ///   one per gallon or a figure that is no rate are incomparable. Bases of counted nouns
    ///   relate by their amounts ("per 1,000" is ten times "per 100"); whether the nouns
    ///   agree is the [`pairing`](crate::pairing)'s to say.
    ///
    /// ```
    /// use numeric_claims::{parse_quantity, Relation};
    ///
    /// let q = |s| parse_quantity(s).unwrap();
    /// assert_eq!(q("at least 337").relation(&q("337")), Relation::Contains);
    /// assert_eq!(q("nearly 300").relation(&q("at least 337")), Relation::Disjoint);
    /// assert_eq!(q("about 5 miles").relation(&q("8 km")), Relation::Contains);
    /// assert_eq!(q("hundreds").relation(&q("337")), Relation::Contains);
    /// assert_eq!(q("$5 million").relation(&q("€5 million")), Relation::Incomparable);
    /// assert_eq!(q("5%").relation(&q("5 percentage points")), Relation::Incomparable);
    /// assert_eq!(q("$24 a day").relation(&q("$1 an hour")), Relation::Same);
    /// assert_eq!(q("$15 an hour").relation(&q("$15 a day")), Relation::Disjoint);
    /// assert_eq!(q("$15 an hour").relation(&q("$15")), Relation::Incomparable);
    /// ```
    #[must_use]
    pub fn relation(&self, other: &Quantity) -> Relation {
        match common_intervals(self, other) {
            Some((a, b)) => a.relation(&b),
            None => Relation::Incomparable,
        }
    }
}
