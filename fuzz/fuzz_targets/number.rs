//! The laws of `Number` on values drawn from the input, the `i128` extremes often among
//! them: lowest terms, a total order that arithmetic and conversion keep, arithmetic
//! identities, and display round trips at any precision.
#![no_main]

use std::cmp::Ordering;

use libfuzzer_sys::fuzz_target;
use numeric_claims::{MeasureUnit, Number};

/// Integers a byte picks, so the extremes are drawn as often as any value.
const SPECIAL: [i128; 10] = [
    0,
    1,
    -1,
    2,
    10,
    i128::MAX,
    i128::MIN,
    i128::MIN + 1,
    100_000_000_000_000_000_000_000_000_000_000_000_000,
    -99_999_999_999_999_999_999_999_999_999_999_999_999,
];

/// The units conversions are checked between.
const UNITS: [MeasureUnit; 8] = [
    MeasureUnit::Kilometre,
    MeasureUnit::Mile,
    MeasureUnit::Millimetre,
    MeasureUnit::Fahrenheit,
    MeasureUnit::Celsius,
    MeasureUnit::Hour,
    MeasureUnit::Day,
    MeasureUnit::PoundMass,
];

/// Reads values from the input: each is a tag byte and, unless the tag picks a special
/// value, 16 bytes of an integer.
struct Draw<'a>(&'a [u8]);

impl Draw<'_> {
    fn byte(&mut self) -> u8 {
        let (&b, rest) = self.0.split_first().unwrap_or((&0, &[]));
        self.0 = rest;
        b
    }

    fn int(&mut self) -> i128 {
        let tag = self.byte();
        if usize::from(tag) < SPECIAL.len() * 2 {
            return SPECIAL[usize::from(tag) % SPECIAL.len()];
        }
        let mut bytes = [0u8; 16];
        for b in &mut bytes[..usize::from(tag % 17)] {
            *b = self.byte();
        }
        i128::from_le_bytes(bytes)
    }

    fn number(&mut self) -> Option<Number> {
        let num = self.int();
        let den = self.int();
        Number::ratio(num, den)
    }
}

fn gcd(a: u128, b: u128) -> u128 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// `|a - b| <= bound`, where each step fits.
fn within(a: Number, b: Number, bound: Number) -> Option<bool> {
    let d = a.checked_sub(b)?;
    let d = if d.is_negative() { d.checked_neg()? } else { d };
    Some(d <= bound)
}

fuzz_target!(|data: &[u8]| {
    let mut draw = Draw(data);
    let (Some(a), Some(b), Some(c)) = (draw.number(), draw.number(), draw.number()) else {
        return;
    };
    for n in [a, b, c] {
        // Lowest terms, a positive denominator.
        assert!(n.denominator() > 0);
        assert_eq!(
            gcd(n.numerator().unsigned_abs(), n.denominator().unsigned_abs()),
            1
        );
        // The exact form reads back.
        assert_eq!(n.to_string().parse::<Number>().ok(), Some(n), "{n}");
    }
    // A total order.
    assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
    if a <= b && b <= c {
        assert!(a <= c);
    }
    assert_eq!(a.cmp(&a), Ordering::Equal);
    // The order agrees with subtraction where it fits, and with to_f64 (never reversed).
    if let Some(d) = a.checked_sub(b) {
        assert_eq!(d.cmp(&Number::ZERO), a.cmp(&b));
    }
    if a < b {
        assert!(a.to_f64() <= b.to_f64());
    }
    // Identities.
    assert_eq!(a.checked_add(Number::ZERO), Some(a));
    assert_eq!(a.checked_mul(Number::ONE), Some(a));
    assert_eq!(a.checked_sub(a), Some(Number::ZERO));
    if let Some(neg) = a.checked_neg() {
        assert_eq!(neg.checked_neg(), Some(a));
        assert_eq!(a.checked_add(neg), Some(Number::ZERO));
    }
    if let Some(sum) = a.checked_add(b) {
        assert_eq!(b.checked_add(a), Some(sum));
        if let Some(back) = sum.checked_sub(b) {
            assert_eq!(back, a);
        }
    }
    if let Some(product) = a.checked_mul(b) {
        assert_eq!(b.checked_mul(a), Some(product));
        if b != Number::ZERO
            && let Some(back) = product.checked_div(b)
        {
            assert_eq!(back, a);
        }
        // Multiplying by a positive number keeps the order.
        if c > Number::ZERO
            && let (Some(x), Some(y)) = (a.checked_mul(c), b.checked_mul(c))
        {
            assert_eq!(x.cmp(&y), a.cmp(&b));
        }
    }
    // At any precision the printed value is the exact one rounded: within half a unit of the
    // last place.
    let places = usize::from(draw.byte() % 40);
    let printed = format!("{a:.places$}");
    let half = Number::pow10(-(places as i32)).and_then(|u| u.checked_div(Number::from(2)));
    if let (Ok(read), Some(half)) = (printed.parse::<Number>(), half) {
        assert_ne!(
            within(read, a, half),
            Some(false),
            "{a} at {places}: {printed}"
        );
    }
    // Conversion keeps the order within a dimension.
    let from = UNITS[usize::from(draw.byte()) % UNITS.len()];
    let to = UNITS[usize::from(draw.byte()) % UNITS.len()];
    if let (Some(x), Some(y)) = (from.convert(a, to), from.convert(b, to)) {
        assert_eq!(x.cmp(&y), a.cmp(&b), "{a} and {b} from {from} to {to}");
    }
});
