//! `Number` as a user meets it: conversions to and from Rust's numbers, and formatting with
//! precision and width (examples, then proptest properties).

use numeric_claims::{Number, extract, parse_quantity};
use proptest::prelude::*;

#[track_caller]
fn number(text: &str) -> Number {
    text.parse()
        .unwrap_or_else(|err| panic!("{text:?} is a Number: {err}"))
}

#[test]
fn a_claim_plots_counts_and_prints() {
    let text = "Ukraine launched at least 337 drones; two-thirds were shot down.";
    let claims = extract(text);
    let drones = claims[0].quantity.value.expect("337 is stated");
    let share = parse_quantity("two-thirds").unwrap().value.unwrap();

    let as_count: i64 = drones.try_into().expect("337 is whole");
    assert_eq!(as_count, 337);
    assert!(u8::try_from(drones).unwrap_err().is_out_of_range());
    assert!(i64::try_from(share).unwrap_err().is_not_integer());

    assert_eq!(drones.to_f64() * share.to_f64(), 337.0 * (2.0 / 3.0));
    assert_eq!(format!("{share:.2}"), "0.67");
    assert_eq!(format!("{share}"), "2/3");
    assert_eq!(format!("|{drones:>6}|{share:<6.1}|"), "|   337|0.7   |");
}

#[test]
fn every_integer_type_converts_in() {
    assert_eq!(Number::from(-5i8), number("-5"));
    assert_eq!(Number::from(300i16), number("300"));
    assert_eq!(Number::from(5i32), number("5"));
    assert_eq!(Number::from(-7_000_000_000i64), number("-7000000000"));
    assert_eq!(Number::from(-3isize), number("-3"));
    assert_eq!(Number::from(255u8), number("255"));
    assert_eq!(Number::from(65_535u16), number("65535"));
    assert_eq!(Number::from(1550u32), number("1550"));
    assert_eq!(Number::from(u64::MAX), number("18446744073709551615"));
    assert_eq!(Number::from(7usize), number("7"));
    assert_eq!(Number::try_from(-12i128), Ok(number("-12")));
    assert_eq!(Number::try_from(12u128), Ok(number("12")));
    assert!(Number::try_from(i128::MIN).is_err());
    assert!(Number::try_from(1u128 << 127).is_err());
}

#[test]
fn integers_convert_out_when_whole_and_in_range() {
    assert_eq!(i64::try_from(number("-20")), Ok(-20));
    assert_eq!(i128::try_from(number("1100000")), Ok(1_100_000));
    assert_eq!(u32::try_from(number("4294967295")), Ok(u32::MAX));
    let err = u32::try_from(number("4294967296")).unwrap_err();
    assert_eq!(err.to_string(), "4294967296 is outside the range of u32");
    let err = i128::try_from(number("2.5")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "2.5 is not a whole number, so it is no i128"
    );
    let boxed: Box<dyn std::error::Error> = err.into();
    assert!(boxed.to_string().contains("2.5"));
}

#[test]
fn precision_width_and_flags_together() {
    let cases = [
        (format!("{:.0}", number("2.5")), "3"),
        (format!("{:.0}", number("-2.5")), "-3"),
        (format!("{:.1}", number("0.05")), "0.1"),
        (format!("{:.10}", number("1/3")), "0.3333333333"),
        (format!("{:.2}", number("-1/3")), "-0.33"),
        (format!("{:.4}", number("1.5")), "1.5000"),
        (format!("{:>9.3}|", number("-2/3")), "   -0.667|"),
        (format!("{:#<8.1}|", number("12")), "12.0####|"),
        (format!("{:+.2}", number("0.125")), "+0.13"),
        (format!("{:07.2}", number("-0.125")), "-000.13"),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
}

/// A value whose numerator and denominator are small enough for exact checks on it, often
/// with a denominator that makes halves (ties) at some decimal place.
fn small_ratio() -> impl Strategy<Value = Number> {
    prop_oneof![
        (
            -1_000_000_000_000i128..1_000_000_000_000,
            1i128..1_000_000_000_000
        ),
        (
            -100_000i128..100_000,
            prop::sample::select(vec![2i128, 4, 8, 20, 40, 200, 2000, 3, 7])
        ),
    ]
    .prop_map(|(n, d)| Number::ratio(n, d).unwrap())
}

proptest! {
    #[test]
    fn to_f64_is_ieee_division_when_both_parts_fit_in_53_bits(
        num in -(1i64 << 53)..(1i64 << 53),
        den in 1i64..(1i64 << 53),
    ) {
        let value = Number::ratio(num.into(), den.into()).unwrap();
        // Both parts convert exactly, and IEEE division rounds the quotient once, correctly.
        let expected = value.numerator() as f64 / value.denominator() as f64;
        prop_assert_eq!(value.to_f64(), expected);
    }

    #[test]
    fn to_f64_of_an_integer_is_the_rounding_cast(n in (i128::MIN + 1)..=i128::MAX) {
        prop_assert_eq!(Number::try_from(n).unwrap().to_f64(), n as f64);
    }

    #[test]
    fn to_f64_is_monotonic(a in small_ratio(), b in small_ratio()) {
        if a <= b {
            prop_assert!(a.to_f64() <= b.to_f64());
        }
    }

    #[test]
    fn decimals_print_their_exact_digits(
        digits in (i128::MIN + 1)..=i128::MAX,
        scale in 0u32..=38,
    ) {
        // A decimal prints as its digits with the point `scale` places from the right,
        // padded with zeros after "0."; read back, it is the same number.
        let Some(n) = Number::decimal(digits, scale) else { return Ok(()) };
        let printed = n.to_string();
        let (sign, magnitude) = match printed.strip_prefix('-') {
            Some(m) => (-1, m),
            None => (1, printed.as_str()),
        };
        prop_assert!(magnitude.bytes().all(|b| b.is_ascii_digit() || b == b'.'), "{}", printed);
        let (whole, fraction) = magnitude.split_once('.').unwrap_or((magnitude, ""));
        prop_assert!(!whole.is_empty() && (whole == "0" || !whole.starts_with('0')), "{}", printed);
        prop_assert!(!fraction.ends_with('0'), "{}", printed);
        let all: i128 = format!("{whole}{fraction}").parse().unwrap();
        let read = Number::decimal(sign * all, fraction.len() as u32);
        prop_assert_eq!(read, Some(n), "{}", printed);
    }

    #[test]
    fn integers_round_trip(i in any::<i64>(), w in (i128::MIN + 1)..=i128::MAX) {
        prop_assert_eq!(i64::try_from(Number::from(i)), Ok(i));
        prop_assert_eq!(i128::try_from(Number::try_from(w).unwrap()), Ok(w));
    }

    #[test]
    fn precision_rounds_to_the_nearest_decimal_half_away_from_zero(
        value in small_ratio(),
        places in 0usize..8,
    ) {
        let printed = format!("{value:.places$}");
        let decimals = printed.split_once('.').map_or(0, |(_, d)| d.len());
        prop_assert_eq!(decimals, places);
        let rounded: Number = printed.parse().unwrap();
        let half = Number::pow10(-(places as i32))
            .unwrap()
            .checked_div(Number::from(2))
            .unwrap();
        let error = rounded.checked_sub(value).unwrap();
        let distance = if error.is_negative() { error.checked_neg().unwrap() } else { error };
        prop_assert!(distance <= half, "{value} printed {printed}");
        if distance == half {
            // A tie goes away from zero.
            prop_assert_eq!(rounded.is_negative(), value.is_negative());
            prop_assert_eq!(error.is_negative(), value.is_negative());
        }
    }

    #[test]
    fn padding_only_adds_fill(value in small_ratio(), width in 0usize..40) {
        let plain = value.to_string();
        for padded in [
            format!("{value:>width$}"),
            format!("{value:<width$}"),
            format!("{value:^width$}"),
        ] {
            prop_assert_eq!(padded.chars().count(), plain.chars().count().max(width));
            prop_assert_eq!(padded.trim(), plain.as_str());
        }
    }
}
