//! Properties of `Quantity` and `parse_quantity` (proptest).

use numeric_claims::{
    Bound, Certainty, Change, Currency, Hedge, Interval, Kind, MeasureUnit, Number, Quantity, Unit,
    parse_quantity,
};
use proptest::prelude::*;

fn number() -> impl Strategy<Value = Number> {
    prop_oneof![
        (-1_000_000_000i64..1_000_000_000).prop_map(Number::from),
        (-1_000_000i128..1_000_000, 0u32..6).prop_map(|(d, s)| Number::decimal(d, s).unwrap()),
        (-1000i128..1000, 1i128..50).prop_map(|(n, d)| Number::ratio(n, d).unwrap()),
    ]
}

fn bound() -> impl Strategy<Value = Option<Bound>> {
    proptest::option::of(
        (number(), any::<bool>()).prop_map(|(value, inclusive)| Bound::new(value, inclusive)),
    )
}

fn unit() -> impl Strategy<Value = Option<Unit>> {
    let currencies = Currency::ALL.iter().copied().map(Unit::Currency);
    let dimensions = MeasureUnit::ALL.iter().copied().map(Unit::Measure);
    let all: Vec<Unit> = currencies.chain(dimensions).collect();
    proptest::option::of(proptest::sample::select(all))
}

fn quantity() -> impl Strategy<Value = Quantity> {
    (
        proptest::option::of(number()),
        bound(),
        bound(),
        proptest::sample::select(Certainty::ALL),
        proptest::option::of(proptest::sample::select(Hedge::ALL)),
        proptest::option::of(proptest::sample::select(Change::ALL)),
        proptest::sample::select(Kind::ALL),
        unit(),
    )
        .prop_map(|(value, low, high, certainty, hedge, change, kind, unit)| {
            Quantity::new(kind, Interval::new(low, high))
                .with_value(value)
                .with_certainty(certainty)
                .with_hedge(hedge)
                .with_change(change)
                .with_unit(unit)
                .with_kind(kind)
        })
        // No claim asserts an empty interval, and no canonical form holds one.
        .prop_filter("a claim's interval is never empty", |q| {
            !q.interval.is_empty()
        })
}

/// English words for 0 ≤ n < 10^15, written independently of the crate's grammar.
fn words(n: u64) -> String {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    fn below_thousand(n: u64, out: &mut Vec<String>) {
        let (h, r) = (n / 100, n % 100);
        if h > 0 {
            out.push(format!("{} hundred", SMALL[h as usize]));
            if r > 0 {
                out.push("and".into());
            }
        }
        if r >= 20 {
            let t = TENS[(r / 10) as usize];
            out.push(if r % 10 == 0 {
                t.into()
            } else {
                format!("{t}-{}", SMALL[(r % 10) as usize])
            });
        } else if r > 0 {
            out.push(SMALL[r as usize].into());
        }
    }
    if n == 0 {
        return "zero".into();
    }
    let mut out = Vec::new();
    let scales = [
        (1_000_000_000_000, "trillion"),
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
        (1_000, "thousand"),
    ];
    let mut rest = n;
    for (size, name) in scales {
        if rest >= size {
            below_thousand(rest / size, &mut out);
            out.push(name.into());
            rest %= size;
        }
    }
    below_thousand(rest, &mut out);
    out.join(" ")
}

/// Digits with a separator every three places.
fn grouped(n: u64, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

proptest! {
    #[test]
    fn display_then_from_str_is_identity(q in quantity()) {
        let text = q.to_string();
        let back: Quantity = text.parse().map_err(|e| TestCaseError::fail(format!("{text:?}: {e}")))?;
        prop_assert_eq!(back, q, "{}", text);
    }

    #[test]
    fn integers_parse_back_in_every_surface_form(n in 0u64..1_000_000_000_000_000) {
        let expected = Some(Number::from(n as i64));
        for form in [n.to_string(), grouped(n, ','), grouped(n, ' '), grouped(n, '\u{a0}'), words(n)] {
            let q = parse_quantity(&form).map_err(|e| TestCaseError::fail(format!("{form:?}: {e}")))?;
            prop_assert_eq!(q.value, expected, "{}", form);
        }
    }

    #[test]
    fn scaled_decimals_parse_back_exactly(mantissa in 1u64..100_000, places in 0u32..3, scale in 0usize..4) {
        let (word, abbr, exp) = [("thousand", "k", 3), ("million", "m", 6), ("billion", "bn", 9), ("trillion", "tn", 12)][scale];
        let m = Number::decimal(i128::from(mantissa), places).unwrap();
        let expected = m.checked_mul(Number::pow10(exp).unwrap()).unwrap();
        for form in [format!("{m} {word}"), format!("{m}{abbr}"), format!("${m} {word}")] {
            let q = parse_quantity(&form).map_err(|e| TestCaseError::fail(format!("{form:?}: {e}")))?;
            prop_assert_eq!(q.value, Some(expected), "{}", form);
        }
    }

    #[test]
    fn decimals_parse_back_exactly(digits in 0i128..10_000_000, places in 0u32..6) {
        let n = Number::decimal(digits, places).unwrap();
        let q = parse_quantity(&n.to_string()).unwrap();
        prop_assert_eq!(q.value, Some(n));
    }

    #[test]
    fn low_never_exceeds_high(phrase in "(at least |about |nearly |just over |between |up to |some )?[0-9]{1,7}(\\.[0-9]{1,3})?( and [0-9]{1,7}| or more| to [0-9]{1,7})?( million|%| km)?") {
        if let Ok(q) = parse_quantity(&phrase)
            && let (Some(low), Some(high)) = (q.interval.low, q.interval.high)
        {
            prop_assert!(low.value <= high.value, "{}: {}", phrase, q);
            if low.value == high.value {
                prop_assert!(low.inclusive && high.inclusive, "{}: {}", phrase, q);
            }
        }
    }

    #[test]
    fn each_qualifier_class_bounds_the_figure_as_the_contract_says(n in 1u64..10_000_000, class in 0usize..9) {
        let (phrase, hedge) = [
            ("at least", Hedge::AtLeast), ("more than", Hedge::MoreThan), ("at most", Hedge::AtMost),
            ("less than", Hedge::LessThan), ("as many as", Hedge::AsManyAs), ("as few as", Hedge::AsFewAs),
            ("about", Hedge::About), ("nearly", Hedge::Nearly), ("just over", Hedge::JustOver),
        ][class];
        let q = parse_quantity(&format!("{phrase} {n}")).unwrap();
        let v = Number::from(n as i64);
        let (low, high) = (q.interval.low, q.interval.high);
        prop_assert_eq!(q.hedge, Some(hedge));
        prop_assert_eq!(q.value, Some(v));
        match hedge {
            Hedge::AtLeast | Hedge::AsFewAs => {
                prop_assert_eq!(low, Some(Bound::inclusive(v)));
                prop_assert_eq!(high, None);
            }
            Hedge::MoreThan => {
                prop_assert_eq!(low, Some(Bound::exclusive(v)));
                prop_assert_eq!(high, None);
            }
            Hedge::AtMost | Hedge::AsManyAs => {
                prop_assert_eq!(low, None);
                prop_assert_eq!(high, Some(Bound::inclusive(v)));
            }
            Hedge::LessThan => {
                prop_assert_eq!(low, None);
                prop_assert_eq!(high, Some(Bound::exclusive(v)));
            }
            Hedge::About => {
                prop_assert_eq!(q.certainty, Certainty::Approximate);
                prop_assert!(q.interval.contains(v));
                let (l, h) = (low.unwrap().value, high.unwrap().value);
                // Symmetric around N, as wide as the figure's rounding unit.
                prop_assert_eq!(v.checked_sub(l), h.checked_sub(v));
                prop_assert_eq!(h.checked_sub(l), v.decimal_unit());
            }
            Hedge::Nearly => {
                prop_assert_eq!(q.certainty, Certainty::Approximate);
                prop_assert_eq!(high, Some(Bound::exclusive(v)));
                prop_assert!(low.unwrap().value < v);
            }
            Hedge::JustOver => {
                prop_assert_eq!(q.certainty, Certainty::Approximate);
                prop_assert_eq!(low, Some(Bound::exclusive(v)));
                prop_assert!(high.unwrap().value > v);
            }
            _ => unreachable!(),
        }
    }

    #[test]
    fn parse_quantity_never_panics(s in "\\PC{0,40}") {
        let _ = parse_quantity(&s);
    }

    #[test]
    fn parse_quantity_never_panics_near_the_grammar(s in "(at least |more than |about |between |nearly |\\$|€|-|\\.)?[0-9 ,.\\-]{0,12}(million|bn|k|m|%| per cent| km| and| to|st|th)?[ a-z0-9]{0,8}") {
        let _ = parse_quantity(&s);
    }
}

#[test]
fn implied_interval_widens_as_the_rounding_unit_grows() {
    let width = |p: &str| {
        let q = parse_quantity(p).unwrap();
        q.interval
            .high
            .unwrap()
            .value
            .checked_sub(q.interval.low.unwrap().value)
            .unwrap()
    };
    assert!(width("about 126") < width("about 120"));
    assert!(width("about 120") < width("about 100"));
    assert!(width("about 11,000") < width("about 50,000"));
    assert_eq!(width("some 50,000"), Number::from(10_000));
}

/// Checks one name-like value: `Display` pads like a `str`, and the name reads back in its
/// own case, and in upper and lower case too when `any_case`.
#[track_caller]
fn check_name<T>(value: T, name: &str, any_case: bool)
where
    T: core::fmt::Display + core::str::FromStr + PartialEq + core::fmt::Debug,
{
    assert_eq!(format!("{value:>12}|"), format!("{name:>12}|"));
    assert_eq!(format!("{value:*<12}|"), format!("{name:*<12}|"));
    assert_eq!(name.parse::<T>().ok().as_ref(), Some(&value));
    for other in [name.to_uppercase(), name.to_lowercase()] {
        let read = other.parse::<T>().ok();
        if any_case {
            assert_eq!(read.as_ref(), Some(&value), "{other:?}");
        } else if other != name {
            assert_ne!(
                read.as_ref(),
                Some(&value),
                "{other:?} must not read as {name:?}"
            );
        }
    }
}

#[test]
fn names_pad_and_read_back_by_their_case_rule() {
    for &k in Kind::ALL {
        check_name(k, k.as_str(), true);
    }
    for &c in Certainty::ALL {
        check_name(c, c.as_str(), true);
    }
    for &h in Hedge::ALL {
        check_name(h, h.as_str(), true);
    }
    for &c in Currency::ALL {
        check_name(c, c.as_str(), true);
        check_name(Unit::Currency(c), c.as_str(), true);
    }
    for &d in MeasureUnit::ALL {
        check_name(d, d.as_str(), false);
        check_name(Unit::Measure(d), d.as_str(), false);
    }
    let err = "date".parse::<Kind>().unwrap_err();
    assert!(err.to_string().contains("dates are not claims"), "{err}");
}

#[test]
fn a_quantity_built_by_hand_equals_the_parsed_one() {
    let q = Quantity::new(Kind::Count, Interval::point(Number::from(337)))
        .with_value(Number::from(337))
        .with_hedge(Hedge::About)
        .with_certainty(Certainty::Approximate)
        .with_interval(parse_quantity("about 337").unwrap().interval);
    assert_eq!(q, parse_quantity("about 337").unwrap());
    let km = Quantity::exact(Number::from(7)).with_unit(Unit::Measure(MeasureUnit::Kilometre));
    assert_eq!(km, parse_quantity("7 km").unwrap());
    assert_eq!(
        km.with_unit(None).kind,
        Kind::Measure,
        "no unit leaves the kind"
    );
    assert_eq!(
        Bound::new(Number::ONE, false),
        Bound::exclusive(Number::ONE)
    );
}

/// No claim asserts an empty interval (the contract), so no canonical form holds one.
#[test]
fn an_empty_interval_is_no_quantity() {
    for form in [
        "[5, 4]",
        "(5, 5)",
        "[5, 5)",
        "(5, 5]",
        "≈5 [6, 4]",
        "[2, 1] USD",
    ] {
        let err = form.parse::<Quantity>().unwrap_err();
        assert!(
            err.to_string().contains("an interval that holds a value"),
            "{form}: {err}"
        );
    }
    for form in ["[5, 5]", "[4, 5)", "(4, 5)", "(-∞, 5]"] {
        assert!(form.parse::<Quantity>().is_ok(), "{form}");
    }
}
