//! `Quantity::relation`, `Interval` operations and unit conversion: table-driven cases that
//! read like the contract's comparing claims, and properties (proptest).

use numeric_claims::{
    Bound, Currency, Dimension, Interval, Kind, MeasureUnit, Number, Quantity, Relation, Unit,
    parse_quantity,
};
use proptest::prelude::*;

#[track_caller]
fn q(phrase: &str) -> Quantity {
    parse_quantity(phrase).unwrap_or_else(|e| panic!("{phrase:?}: {e}"))
}

/// `(first, second, how the first relates to the second)`.
const RELATIONS: &[(&str, &str, Relation)] = {
    use Relation::*;
    &[
        // Closed and open ends, unbounded sides.
        ("337", "337", Same),
        ("337", "three hundred and thirty-seven", Same),
        ("at least 337", "337", Contains),
        ("337", "at least 337", Within),
        ("at least 337", "more than 337", Contains),
        ("more than 337", "at most 337", Disjoint),
        ("at least 337", "at most 337", Overlaps),
        ("more than 337", "less than 337", Disjoint),
        ("more than 1,550", "more than 70", Within),
        ("at most 10", "less than 100", Within),
        ("up to 250", "at least 250", Overlaps),
        ("under 250", "at least 250", Disjoint),
        // Ranges.
        ("between 20 and 30", "from 20 to 30", Same),
        ("between 20 and 30", "more than 25", Overlaps),
        ("20-30", "25", Contains),
        ("20-30", "30", Contains),
        ("20-30", "more than 30", Disjoint),
        // Approximate figures, through their implied intervals.
        ("nearly 300", "at least 337", Disjoint),
        ("nearly 300", "337", Disjoint),
        ("nearly 300", "300", Disjoint),
        ("just over 300", "300", Disjoint),
        ("about 300", "300", Contains),
        ("nearly 300", "about 300", Within),
        ("just over 300", "nearly 300", Disjoint),
        ("about 300", "at least 337", Overlaps),
        ("under 250", "about 300", Disjoint),
        ("up to 250", "about 300", Overlaps),
        ("some 50,000", "48,500", Contains),
        ("roughly 126", "126.5", Contains),
        ("roughly 126", "127", Disjoint),
        ("about 20-30", "between 20 and 30", Same),
        // Vague amounts, through their table intervals.
        ("hundreds", "337", Contains),
        ("hundreds", "200", Contains),
        ("hundreds", "1,000", Disjoint),
        ("several", "a few", Overlaps),
        ("a few", "several", Overlaps),
        ("dozens", "hundreds", Disjoint),
        ("thousands", "more than 1,550", Within),
        // Units of one dimension, converted exactly.
        ("about 5 miles", "8 km", Contains),
        ("5 miles", "8.04672 km", Same),
        ("more than 5 miles", "8 km", Disjoint),
        ("at least 8 km", "5 miles", Contains),
        ("1 mile", "5,280 feet", Same),
        ("0.5 km", "500 metres", Same),
        ("1 kg", "about 2.2 lb", Within),
        ("at least 1 kg", "2.2 lb", Disjoint),
        ("212°F", "100°C", Same),
        ("-40°F", "-40°C", Same),
        ("38°C", "more than 100°F", Within),
        ("100 mph", "160 km/h", Disjoint),
        ("about 100 mph", "160 km/h", Contains),
        ("0.02 sq km", "20,000 square metres", Same),
        ("1 km2", "100 hectares", Same),
        ("2 weeks", "14 days", Same),
        ("a little over two weeks", "15 days", Contains),
        ("18 months", "1.5 years", Same),
        // Money in one currency.
        ("more than $5 million", "$4.2 million", Disjoint),
        ("$4.2 million", "4,200,000 dollars", Same),
        // Factors compare like counts (the contract's factors).
        ("sixfold", "6-fold", Same),
        ("doubled", "more than doubled", Disjoint),
        ("3x", "more than doubled", Within),
        ("more than 150 but fewer than 250", "200", Contains),
        // Different kinds, dimensions or currencies.
        ("doubled", "2", Incomparable),
        ("5 miles", "5 hours", Incomparable),
        ("$5 million", "€5 million", Incomparable),
        ("5%", "5 percentage points", Incomparable),
        ("337", "337%", Incomparable),
        ("half", "50%", Incomparable),
        ("first", "1", Incomparable),
        ("12 months", "365 days", Incomparable),
        ("100°C", "100 km", Incomparable),
    ]
};

#[test]
fn relations_read_like_the_contract_table() {
    for &(a, b, want) in RELATIONS {
        assert_eq!(q(a).relation(&q(b)), want, "{a:?} vs {b:?}");
        assert_eq!(q(b).relation(&q(a)), want.reverse(), "{b:?} vs {a:?}");
    }
}

#[test]
fn every_relation_is_in_the_table() {
    for &r in Relation::ALL {
        assert!(RELATIONS.iter().any(|row| row.2 == r), "{r}");
    }
}

#[test]
fn relation_names_round_trip() {
    let names: Vec<String> = Relation::ALL.iter().map(ToString::to_string).collect();
    assert_eq!(
        names,
        [
            "same",
            "within",
            "contains",
            "overlaps",
            "disjoint",
            "incomparable"
        ]
    );
    for &r in Relation::ALL {
        assert_eq!(r.as_str().parse::<Relation>().unwrap(), r);
    }
    assert_eq!("Same".parse::<Relation>().unwrap(), Relation::Same);
    let err = "equal".parse::<Relation>().unwrap_err();
    assert_eq!(err.to_string(), "unknown Relation name 'equal'");
}

#[cfg(feature = "serde")]
#[test]
fn relation_serializes_as_its_name() {
    for &r in Relation::ALL {
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(json, format!("\"{r}\""));
        assert_eq!(serde_json::from_str::<Relation>(&json).unwrap(), r);
    }
    assert!(serde_json::from_str::<Relation>("\"equal\"").is_err());
}

#[test]
fn money_in_a_currency_the_text_did_not_name_compares_with_nothing() {
    let francs = Quantity::exact(Number::from(400)).with_kind(Kind::Money);
    assert_eq!(francs.relation(&francs), Relation::Incomparable);
}

/// `(phrase, unit, the phrase's quantity written in that unit)`.
const CONVERSIONS: &[(&str, MeasureUnit, &str)] = &[
    (
        "about 5 miles",
        MeasureUnit::Kilometre,
        "≈8.04672 [7.242048, 8.851392] km",
    ),
    ("1 mile", MeasureUnit::Foot, "5280 ft"),
    ("1 nautical mile", MeasureUnit::Metre, "1852 m"),
    ("1 lb", MeasureUnit::Gram, "453.59237 g"),
    ("2 tonnes", MeasureUnit::Kilogram, "2000 kg"),
    ("1 barrel", MeasureUnit::Litre, "158.987294928 l"),
    ("212°F", MeasureUnit::Celsius, "100 C"),
    ("more than 100°F", MeasureUnit::Celsius, ">340/9 C"),
    ("-40°C", MeasureUnit::Fahrenheit, "-40 F"),
    ("1 acre", MeasureUnit::SquareMetre, "4046.8564224 m2"),
    ("1 square mile", MeasureUnit::Hectare, "258.9988110336 ha"),
    ("160.9344 km/h", MeasureUnit::MilePerHour, "100 mph"),
    ("36 km/h", MeasureUnit::MilePerHour, "31250/1397 mph"),
    ("2 weeks", MeasureUnit::Hour, "336 hour"),
    ("2 decades", MeasureUnit::Month, "240 month"),
    ("2 GW", MeasureUnit::Megawatt, "2000 MW"),
];

#[test]
fn conversions_are_exact() {
    for &(phrase, unit, want) in CONVERSIONS {
        let got = q(phrase).convert_to(Unit::Measure(unit));
        let got = got.unwrap_or_else(|| panic!("{phrase:?} to {unit}"));
        assert_eq!(got.to_string(), want, "{phrase:?} to {unit}");
    }
}

#[test]
fn conversions_stay_inside_a_dimension() {
    let miles = q("5 miles");
    assert_eq!(miles.convert_to(Unit::Measure(MeasureUnit::Hour)), None);
    assert_eq!(miles.convert_to(Unit::Currency(Currency::Usd)), None);
    assert_eq!(q("5").convert_to(Unit::Measure(MeasureUnit::Metre)), None);
    assert_eq!(q("$5").convert_to(Unit::Currency(Currency::Eur)), None);
    assert_eq!(
        q("$5").convert_to(Unit::Currency(Currency::Usd)),
        Some(q("$5"))
    );
    let percent = q("5%");
    assert_eq!(
        percent.convert_to(Unit::Measure(MeasureUnit::PercentagePoint)),
        None
    );
    assert_eq!(
        q("1 year").convert_to(Unit::Measure(MeasureUnit::Day)),
        None,
        "a year has no fixed number of days"
    );
}

#[test]
fn dimensions_group_the_units() {
    let dimension = |d: MeasureUnit| d.dimension();
    assert_eq!(dimension(MeasureUnit::Mile), Dimension::Length);
    assert_eq!(dimension(MeasureUnit::NauticalMile), Dimension::Length);
    assert_eq!(dimension(MeasureUnit::Acre), Dimension::Area);
    assert_eq!(dimension(MeasureUnit::Barrel), Dimension::Volume);
    assert_eq!(dimension(MeasureUnit::PoundMass), Dimension::Mass);
    assert_eq!(dimension(MeasureUnit::MilePerHour), Dimension::Speed);
    assert_eq!(dimension(MeasureUnit::Fahrenheit), Dimension::Temperature);
    assert_eq!(dimension(MeasureUnit::Week), Dimension::Time);
    assert_eq!(dimension(MeasureUnit::Century), Dimension::CalendarTime);
    assert_eq!(dimension(MeasureUnit::Gigawatt), Dimension::Power);
    assert_eq!(dimension(MeasureUnit::Percent), Dimension::Percent);
    assert_eq!(
        dimension(MeasureUnit::PercentagePoint),
        Dimension::PercentagePoints
    );
}

// --- Properties ------------------------------------------------------------------------------

/// Bounds on a small grid (halves from -5 to 5), so that ends often meet.
fn bound() -> impl Strategy<Value = Option<Bound>> {
    proptest::option::of(
        (-10i128..=10, any::<bool>()).prop_map(|(halves, inclusive)| {
            Bound::new(Number::ratio(halves, 2).unwrap(), inclusive)
        }),
    )
}

fn interval() -> impl Strategy<Value = Interval> {
    (bound(), bound()).prop_map(|(low, high)| Interval::new(low, high))
}

fn nonempty_interval() -> impl Strategy<Value = Interval> {
    interval().prop_filter("claims assert non-empty intervals", |i| !i.is_empty())
}

/// Points that tell apart any two intervals with ends on the grid of [`bound`]: every quarter
/// from -6 to 6 (between and on the ends, and beyond them on both sides).
fn probes() -> impl Iterator<Item = Number> {
    (-24i128..=24).map(|quarters| Number::ratio(quarters, 4).unwrap())
}

/// The relation of two intervals worked out from the values each holds.
fn relation_by_points(a: &Interval, b: &Interval) -> Relation {
    let (mut a_only, mut b_only, mut both) = (false, false, false);
    for p in probes() {
        match (a.contains(p), b.contains(p)) {
            (true, true) => both = true,
            (true, false) => a_only = true,
            (false, true) => b_only = true,
            (false, false) => {}
        }
    }
    match (both, a_only, b_only) {
        (false, _, _) => Relation::Disjoint,
        (true, false, false) => Relation::Same,
        (true, false, true) => Relation::Within,
        (true, true, false) => Relation::Contains,
        (true, true, true) => Relation::Overlaps,
    }
}

/// A point on the grid of [`bound`] and an interval holding it: each end unbounded, or some
/// halves away (closed when it is the point itself).
fn point_and_interval_around_it() -> impl Strategy<Value = (Number, Interval)> {
    let away = || proptest::option::of((0i128..6, any::<bool>()));
    (-10i128..=10, away(), away()).prop_map(|(p, below, above)| {
        let end = |halves: i128, (gap, inclusive): (i128, bool)| {
            Bound::new(Number::ratio(halves, 2).unwrap(), inclusive || gap == 0)
        };
        let low = below.map(|(gap, incl)| end(p - gap, (gap, incl)));
        let high = above.map(|(gap, incl)| end(p + gap, (gap, incl)));
        (Number::ratio(p, 2).unwrap(), Interval::new(low, high))
    })
}

/// Units some of which share a dimension, plus no unit (a count).
const UNITS: &[Option<Unit>] = &[
    None,
    Some(Unit::Measure(MeasureUnit::Kilometre)),
    Some(Unit::Measure(MeasureUnit::Mile)),
    Some(Unit::Measure(MeasureUnit::Foot)),
    Some(Unit::Measure(MeasureUnit::Celsius)),
    Some(Unit::Measure(MeasureUnit::Fahrenheit)),
    Some(Unit::Measure(MeasureUnit::Hour)),
    Some(Unit::Measure(MeasureUnit::Month)),
    Some(Unit::Measure(MeasureUnit::Year)),
    Some(Unit::Measure(MeasureUnit::Percent)),
    Some(Unit::Measure(MeasureUnit::PercentagePoint)),
    Some(Unit::Currency(Currency::Usd)),
    Some(Unit::Currency(Currency::Eur)),
];

fn quantity_in(unit: Option<Unit>, interval: Interval) -> Quantity {
    Quantity::new(Kind::Count, interval).with_unit(unit)
}

fn quantity() -> impl Strategy<Value = Quantity> {
    (proptest::sample::select(UNITS), nonempty_interval())
        .prop_map(|(unit, interval)| quantity_in(unit, interval))
}

/// Units with at least one other unit of their dimension.
const CONVERTIBLE: &[MeasureUnit] = &[
    MeasureUnit::Millimetre,
    MeasureUnit::Metre,
    MeasureUnit::Kilometre,
    MeasureUnit::Foot,
    MeasureUnit::Mile,
    MeasureUnit::NauticalMile,
    MeasureUnit::Celsius,
    MeasureUnit::Fahrenheit,
    MeasureUnit::Gram,
    MeasureUnit::PoundMass,
    MeasureUnit::Tonne,
    MeasureUnit::Acre,
    MeasureUnit::Hectare,
    MeasureUnit::SquareMile,
    MeasureUnit::KilometrePerHour,
    MeasureUnit::MilePerHour,
    MeasureUnit::Minute,
    MeasureUnit::Day,
    MeasureUnit::Week,
    MeasureUnit::Month,
    MeasureUnit::Year,
    MeasureUnit::Century,
];

/// Two units of one dimension, and a third of the same dimension.
fn three_units() -> impl Strategy<Value = (MeasureUnit, MeasureUnit, MeasureUnit)> {
    proptest::sample::select(CONVERTIBLE).prop_flat_map(|first| {
        let dimension: Vec<MeasureUnit> = CONVERTIBLE
            .iter()
            .copied()
            .filter(|d| d.dimension() == first.dimension())
            .collect();
        let pick = proptest::sample::select(dimension);
        (Just(first), pick.clone(), pick)
    })
}

proptest! {
    #[test]
    fn relation_reverses(a in quantity(), b in quantity()) {
        prop_assert_eq!(a.relation(&b), b.relation(&a).reverse());
    }

    #[test]
    fn a_quantity_is_the_same_as_itself(a in quantity()) {
        prop_assert_eq!(a.relation(&a), Relation::Same);
    }

    #[test]
    fn interval_relation_matches_the_values_each_holds(a in interval(), b in interval()) {
        prop_assert_eq!(a.relation(&b), relation_by_points(&a, &b));
    }

    #[test]
    fn disjoint_exactly_when_the_intersection_is_empty(a in interval(), b in interval()) {
        prop_assert_eq!(a.relation(&b) == Relation::Disjoint, a.intersection(&b).is_none());
        prop_assert_eq!(a.overlaps(&b), a.intersection(&b).is_some());
    }

    #[test]
    fn intersection_holds_exactly_the_shared_values(a in interval(), b in interval()) {
        let both = a.intersection(&b);
        for p in probes() {
            let shared = a.contains(p) && b.contains(p);
            prop_assert_eq!(both.is_some_and(|i| i.contains(p)), shared, "at {}", p);
        }
        if let Some(i) = both {
            prop_assert!(i.is_subset_of(&a) && i.is_subset_of(&b));
        }
    }

    #[test]
    fn a_point_inside_an_interval_is_within((p, b) in point_and_interval_around_it()) {
        prop_assert!(b.contains(p));
        let point = Quantity::exact(p);
        let range = quantity_in(None, b);
        if b == Interval::point(p) {
            prop_assert_eq!(point.relation(&range), Relation::Same);
        } else {
            prop_assert_eq!(point.relation(&range), Relation::Within);
            prop_assert_eq!(range.relation(&point), Relation::Contains);
        }
    }

    #[test]
    fn converting_both_sides_keeps_the_relation(
        (ua, ub, uc) in three_units(),
        a in nonempty_interval(),
        b in nonempty_interval(),
    ) {
        let a = quantity_in(Some(Unit::Measure(ua)), a);
        let b = quantity_in(Some(Unit::Measure(ub)), b);
        let before = a.relation(&b);
        prop_assert_ne!(before, Relation::Incomparable);
        let to = Unit::Measure(uc);
        let (a2, b2) = (a.convert_to(to).unwrap(), b.convert_to(to).unwrap());
        prop_assert_eq!(a2.relation(&b2), before);
        prop_assert_eq!(a2.relation(&b), before);
    }

    #[test]
    fn conversion_round_trips(
        (ua, ub, _) in three_units(),
        a in nonempty_interval(),
    ) {
        let a = quantity_in(Some(Unit::Measure(ua)), a);
        let there = a.convert_to(Unit::Measure(ub)).unwrap();
        prop_assert_eq!(there.convert_to(Unit::Measure(ua)).unwrap(), a);
    }
}

#[test]
fn a_side_too_large_to_convert_is_compared_in_the_other_unit() {
    let in_unit =
        |value: Number, unit: MeasureUnit| Quantity::exact(value).with_unit(Unit::Measure(unit));
    let huge_km = in_unit(Number::pow10(37).unwrap(), MeasureUnit::Kilometre);
    let one_mm = in_unit(Number::ONE, MeasureUnit::Millimetre);
    assert_eq!(
        huge_km.convert_to(Unit::Measure(MeasureUnit::Millimetre)),
        None
    );
    assert_eq!(one_mm.relation(&huge_km), Relation::Disjoint);
    assert_eq!(huge_km.relation(&one_mm), Relation::Disjoint);
    assert_eq!(huge_km.relation(&huge_km), Relation::Same);
    // Neither side fits in the other's unit: nothing exact can be said.
    let tiny_mm = in_unit(Number::pow10(-37).unwrap(), MeasureUnit::Millimetre);
    assert_eq!(
        tiny_mm.convert_to(Unit::Measure(MeasureUnit::Kilometre)),
        None
    );
    assert_eq!(huge_km.relation(&tiny_mm), Relation::Incomparable);
    assert_eq!(tiny_mm.relation(&huge_km), Relation::Incomparable);
}

/// A conversion goes straight from one unit to the other: 6e34 days are 1.44e36 hours, which
/// fits, though the 5.184e39 seconds between them would not.
#[test]
fn a_conversion_that_fits_does_not_fail_through_the_base_unit() {
    let in_unit =
        |value: Number, unit: MeasureUnit| Quantity::exact(value).with_unit(Unit::Measure(unit));
    let six = Number::from(6);
    let days = in_unit(
        six.checked_mul(Number::pow10(34).unwrap()).unwrap(),
        MeasureUnit::Day,
    );
    let hours = Number::from(144)
        .checked_mul(Number::pow10(34).unwrap())
        .unwrap();
    assert_eq!(
        MeasureUnit::Day.convert(days.value.unwrap(), MeasureUnit::Hour),
        Some(hours)
    );
    let bound = parse_quantity(&format!("at least 7{} hours", "0".repeat(35))).unwrap();
    assert_eq!(days.relation(&bound), Relation::Within);
    assert_eq!(bound.relation(&days), Relation::Contains);
}

/// Rates relate only when their bases convert: the base is part of what a rate asserts.
#[test]
fn rates_relate_through_their_bases() {
    let q = |s: &str| parse_quantity(s).unwrap();
    for (a, b, want) in [
        ("$24 a day", "$1 an hour", Relation::Same),
        ("$15 an hour", "$15 a day", Relation::Disjoint),
        ("$15 an hour", "$15", Relation::Incomparable),
        ("$3.50 a gallon", "$3.50 a day", Relation::Incomparable),
        ("about $10 a month", "$10 a month", Relation::Contains),
        ("47.4 per 100,000", "4.74 per 10,000", Relation::Same),
        ("£1 a year", "£1 a day", Relation::Incomparable),
        ("12 a month", "1 a year", Relation::Disjoint),
    ] {
        assert_eq!(q(a).relation(&q(b)), want, "{a} vs {b}");
    }
}
